/**
 * `npm run bench:webhook`: Telegram webhook throughput on loopback, 64 connections (autocannon), against
 * two baselines built in bench/baselines: a bare grammY + Hono echo bot (stores nothing) and a grammY bot
 * with its session in PostgreSQL (@grammyjs/storage-psql). Every server runs as its own process on a
 * fresh database on the PostgreSQL server; the fake Bot API runs in another process.
 * Each update has a distinct update_id and user id ("new users"); a second Saheli run cycles over 2,000
 * known users ("returning users"). The last line is a JSON summary.
 *
 * Env: BENCH_PG (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_SECONDS (default 10),
 * BENCH_ONLY=saheli,echo,session (subset).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { createDatabase } from '../test/helpers/server-process.js';
import { freePort, rssMb, spawnTs, startFakeApi, stop, waitHealthy } from './lib/proc.js';

const PG = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 3;
const CONNECTIONS = 64;
const RETURNING_USERS = 2000;
const ONLY = new Set((process.env.BENCH_ONLY ?? 'saheli,echo,session').split(','));
const TOKEN = '123456789:AAbench-token-for-the-fake-bot-api';
const SECRET = 'bench-webhook-secret-0123456789';

let updateId = 0;
let newUser = 50_000_000;
let returning = 0;

function update(userId: number) {
  const id = ++updateId;
  return {
    update_id: id,
    message: {
      message_id: id,
      date: 1_700_000_000,
      chat: { id: userId, type: 'private' },
      from: { id: userId, is_bot: false, first_name: 'Bench', language_code: 'en' },
      text: '/start',
    },
  };
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, seconds: number, nextUser: () => number): Promise<Load> {
  const result = await autocannon({
    url: `${url}/webhooks/telegram`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        setupRequest: (req) => ({ ...req, body: JSON.stringify(update(nextUser())) }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

type Target = 'saheli' | 'echo' | 'session';
const FILES: Record<Target, string> = { saheli: 'src/node.ts', echo: 'bench/baselines/echo-bot.ts', session: 'bench/baselines/session-bot.ts' };

async function measure(target: Target, apiRoot: string, users: 'new' | 'returning') {
  const db = await createDatabase(PG);
  const dataDir = mkdtempSync(join(tmpdir(), 'saheli-bench-'));
  const port = await freePort();
  const env: Record<string, string> =
    target === 'saheli'
      ? {
          NODE_ENV: 'production',
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          DATA_DIR: dataDir,
          DATABASE_URL: db.url,
          TELEGRAM_BOT_TOKEN: TOKEN,
          TELEGRAM_WEBHOOK_SECRET: SECRET,
          TELEGRAM_API_ROOT: apiRoot,
          ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        }
      : { PORT: String(port), BOT_TOKEN: TOKEN, API_ROOT: apiRoot, SECRET, DATABASE_URL: db.url };
  const child = spawnTs(FILES[target], env);
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitHealthy(url, child, performance.now());
    const nextUser = users === 'new' ? () => newUser++ : () => 70_000_000 + (returning++ % RETURNING_USERS);
    const firstUpdate = updateId;
    await load(url, WARMUP_SECONDS, nextUser);
    const result = await load(url, SECONDS, nextUser);
    const rss = rssMb(child.pid as number);
    await stop(child);
    // Round trips are what this machine's PostgreSQL makes expensive (a commit waits for fdatasync),
    // and unlike req/s they do not depend on what else the machine is doing.
    const stats = await transactions(db.url);
    // Every update sent, including those still in flight when a window closed (the server finished them).
    const updates = updateId - firstUpdate;
    return { ...result, rssPeakMb: rss.peak, updates, txPerUpdate: stats.tx / updates, writesPerUpdate: stats.writes / updates };
  } finally {
    await stop(child);
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Transactions and written rows in the bench database (each autocommit statement is one transaction). */
async function transactions(url: string): Promise<{ tx: number; writes: number }> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await new Promise((r) => setTimeout(r, 1200)); // backends flush their statistics on exit / each second
    const [row] = await sql<{ tx: string; writes: string }[]>`
      select xact_commit + xact_rollback as tx, tup_inserted + tup_updated + tup_deleted as writes
      from pg_stat_database where datname = current_database()`;
    return { tx: Number(row?.tx ?? 0), writes: Number(row?.writes ?? 0) };
  } finally {
    await sql.end();
  }
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

const fake = await startFakeApi(TOKEN);
const out: Record<string, Awaited<ReturnType<typeof measure>>> = {};
try {
  for (const [name, target, users] of [
    ['echo', 'echo', 'new'],
    ['session_peer', 'session', 'new'],
    ['saheli', 'saheli', 'new'],
    ['saheli_returning', 'saheli', 'returning'],
    ['session_peer_returning', 'session', 'returning'],
  ] as const) {
    if (!ONLY.has(target)) continue;
    const before = await fake.count();
    const r = await measure(target, fake.url, users);
    const calls = (await fake.count()) - before;
    out[name] = r;
    process.stdout.write(
      `${name.padEnd(24)} ${round(r.rps, 0)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  rss ${round(r.rssPeakMb, 0)} MB  ` +
        `non-2xx ${r.non2xx}  errors ${r.errors}  per update: ${round(calls / r.updates, 2)} Bot API calls, ` +
        `${round(r.txPerUpdate, 2)} SQL transactions, ${round(r.writesPerUpdate, 2)} rows written\n`,
    );
  }
} finally {
  await fake.close();
}

const s = out.saheli;
const summary = {
  saheli_rps: s ? round(s.rps, 0) : null,
  echo_rps: out.echo ? round(out.echo.rps, 0) : null,
  session_peer_rps: out.session_peer ? round(out.session_peer.rps, 0) : null,
  ratio_vs_echo: s && out.echo ? round(s.rps / out.echo.rps, 2) : null,
  ratio_vs_session_peer: s && out.session_peer ? round(s.rps / out.session_peer.rps, 2) : null,
  p50_ms: s?.p50 ?? null,
  p99_ms: s?.p99 ?? null,
  rss_mb: s ? round(s.rssPeakMb, 0) : null,
  returning_saheli_rps: out.saheli_returning ? round(out.saheli_returning.rps, 0) : null,
  returning_session_peer_rps: out.session_peer_returning ? round(out.session_peer_returning.rps, 0) : null,
  returning_p99_ms: out.saheli_returning?.p99 ?? null,
  saheli_sql_tx_per_update: s ? round(s.txPerUpdate, 2) : null,
  session_peer_sql_tx_per_update: out.session_peer ? round(out.session_peer.txPerUpdate, 2) : null,
  connections: CONNECTIONS,
  seconds: SECONDS,
};
process.stdout.write(`${JSON.stringify(summary)}\n`);
