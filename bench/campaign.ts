/**
 * Campaign benchmark against the fake Telegram API behind a rate limit, on a real PostgreSQL.
 *
 *   npm run bench:campaign -- --recipients 20000 --rate 2000 [--kill-at 0.5]
 *   npm run bench:campaign -- --enqueue-only --recipients 725000
 *
 * A fresh database (dropped at the end) on DATABASE_URL's server; N subscribed people seeded in SQL; one
 * campaign enqueued (timed); the sender runs as a child process (`tsx src/cli/campaign.ts worker`). With
 * --kill-at, the child is SIGKILLed once that share of recipients got the message, and a new one started.
 * The fake counts: sent, duplicates (a chat that got it twice), lost (never got it after the run drained).
 * Last line: JSON.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { createCampaignService } from '../src/campaigns/service.js';
import { createCipher } from '../src/db/crypto.js';
import { MIGRATIONS_FOLDER } from '../src/db/open-node.js';
import { migratePostgres } from '../src/db/migrate-postgres.js';
import { openPostgres } from '../src/db/postgres.js';
import { createCampaignStore } from '../src/db/stores/campaign-store.js';
import { rows } from '../src/db/sql-rows.js';
import { createTranslator } from '../src/i18n/index.js';
import { startRateLimitedTelegram } from '../test/fakes/rate-limited.js';

const { values } = parseArgs({
  options: {
    recipients: { type: 'string', default: '20000' },
    rate: { type: 'string', default: '2000' },
    'kill-at': { type: 'string' },
    'enqueue-only': { type: 'boolean', default: false },
    'lease-seconds': { type: 'string', default: '8' },
    timeout: { type: 'string', default: '300' },
  },
});
const N = Number(values.recipients);
const RATE = Number(values.rate);
const KILL_AT = values['kill-at'] === undefined ? undefined : Number(values['kill-at']);
const BASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TOKEN = '123456789:AAbench-token-for-the-fake-bot-api';
const DISTRICTS = ['Jammu', 'Kathua', 'Samba', 'Udhampur', 'Reasi', 'Rajouri', 'Poonch', 'Doda', 'Kishtwar', 'Ramban', 'Srinagar', 'Anantnag', 'Baramulla', 'Budgam', 'Pulwama', 'Shopian', 'Kulgam', 'Ganderbal', 'Bandipora', 'Kupwara', 'Leh', 'Kargil'];
const DISTRICT_ARRAY = sql.raw(`array[${DISTRICTS.map((d) => `'${d}'`).join(',')}]`);
const ROOT = new URL('../', import.meta.url).pathname;
const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const name = `saheli_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(BASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    await migratePostgres(dbUrl, MIGRATIONS_FOLDER);
    const database = openPostgres(dbUrl, { max: 4 });
    cleanups.push(() => database.close());
    const key = randomBytes(32);
    const cipher = await createCipher(new Uint8Array(key));
    const db = database.db;

    const t0 = performance.now();
    if (values['enqueue-only']) {
      await db.execute(sql`
        insert into people (id, channel, external_hash, external_ref_enc)
        select md5('p' || i)::uuid, 'telegram', md5('h' || i), 'v1:placeholder' from generate_series(1, ${N}) i`);
      await db.execute(sql`
        insert into conversation_states (person_id, language, flow)
        select md5('p' || i)::uuid, (array['en','hi','ur','ks','doi'])[1 + i % 5], 'menu' from generate_series(1, ${N}) i`);
      await db.execute(sql`
        insert into subscriptions (person_id, status, district, source)
        select md5('p' || i)::uuid, 'subscribed', (${DISTRICT_ARRAY})[1 + i % ${DISTRICTS.length}], 'bench' from generate_series(1, ${N}) i`);
    } else {
      const chats = Array.from({ length: N }, (_, i) => String(100_000 + i));
      const encs = await Promise.all(chats.map((c) => cipher.encrypt(c)));
      const hashes = await Promise.all(chats.map((c) => cipher.lookupHash(`telegram:${c}`)));
      const raw = postgres(dbUrl, { max: 1, onnotice: () => {} });
      await raw`
        insert into people (id, channel, external_hash, external_ref_enc)
        select md5('p' || t.i)::uuid, 'telegram', t.h, t.e from unnest(${hashes}::text[], ${encs}::text[]) with ordinality as t(h, e, i)`;
      await raw.end();
      await db.execute(sql`
        insert into conversation_states (person_id, language, flow)
        select md5('p' || i)::uuid, (array['en','hi','ur'])[1 + i % 3], 'menu' from generate_series(1, ${N}) i`);
      await db.execute(sql`
        insert into subscriptions (person_id, status, district, source)
        select md5('p' || i)::uuid, 'subscribed', (${DISTRICT_ARRAY})[1 + i % ${DISTRICTS.length}], 'bench' from generate_series(1, ${N}) i`);
    }
    await db.execute(sql`analyze`);
    log(`seeded ${N} subscribed people in ${Math.round(performance.now() - t0)} ms`);

    const translator = await createTranslator();
    const service = createCampaignService({ store: createCampaignStore(db), translator });
    const { campaign } = await service.create(
      {
        name: 'bench',
        texts: { en: 'A message from Saheli. Reply MENU to see what I can do.', hi: 'सहेली की ओर से एक संदेश।', ur: 'سہیلی کی طرف سے ایک پیغام۔' },
        buttons: [{ kind: 'pledge', labels: { en: 'I pledge', hi: 'मैं शपथ लेती हूँ', ur: 'میں عہد کرتی ہوں' } }],
      },
      null,
    );
    const e0 = performance.now();
    const { enqueued } = await service.sendNow(campaign.id);
    const enqueueMs = Math.round(performance.now() - e0);
    log(`enqueued ${enqueued} rows in ${enqueueMs} ms`);
    if (values['enqueue-only']) {
      process.stdout.write(`${JSON.stringify({ recipients: N, enqueued, enqueue_ms: enqueueMs, database: 'postgresql' })}\n`);
      return;
    }

    const tg = await startRateLimitedTelegram({ token: TOKEN, ratePerSecond: RATE });
    cleanups.unshift(() => tg.close());
    await warmUp(tg);
    const childEnv = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'test',
      DATABASE_URL: dbUrl,
      ENCRYPTION_KEY: key.toString('base64'),
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: tg.url,
      CAMPAIGN_TELEGRAM_RATE: String(RATE),
      CAMPAIGN_LEASE_SECONDS: values['lease-seconds'] ?? '8',
      CAMPAIGN_POLL_MS: '100',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    };
    const children: ChildProcess[] = [];
    const startWorker = () => {
      // node --import tsx (not the tsx launcher): SIGKILL must hit the process that sends, not a wrapper.
      // BENCH_CPU_PROF=<dir>: write a V8 CPU profile of each sender (open it in Chrome DevTools).
      const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
      const child = spawn(process.execPath, [...prof, ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', 'src/cli/campaign.ts', 'worker'], { cwd: ROOT, env: childEnv, stdio: ['ignore', process.env.BENCH_LOG_LEVEL ? 'inherit' : 'ignore', 'inherit'] });
      children.push(child);
      cleanups.unshift(async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      });
      return child;
    };

    const accepted = () => tg.fake.calls.filter((c) => c.method === 'sendMessage' && c.response.ok);
    let child = startWorker();
    let killedAt: number | undefined;
    let killedAtWall: number | undefined;
    let inFlightAtKill: number | undefined;
    let restartGapMs = 0;
    let senderCpuMs = 0;
    const benchCpu0 = process.cpuUsage();
    const pgCpu0 = postgresCpuMs();
    const deadline = Date.now() + Number(values.timeout) * 1000;
    const waitMs = () => Math.max(1, deadline - Date.now());
    if (KILL_AT !== undefined) {
      // The kill lands on the call that reaches the share (the fake resolves its waiter as it records it).
      const at = Math.ceil(N * KILL_AT);
      await tg.fake.waitForCall('sendMessage', () => tg.fake.calls.length >= at, waitMs());
      senderCpuMs += cpuMs(child.pid);
      child.kill('SIGKILL');
      killedAt = performance.now();
      killedAtWall = Date.now();
      await new Promise((r) => child.once('exit', r));
      const [w] = await rows<{ n: unknown }>(db, sql`select count(*) as n from campaign_outbox where status = 'sending'`);
      inFlightAtKill = Number(w?.n ?? 0);
      log(`SIGKILL after ${accepted().length} accepted; rows left in 'sending' (claimed or in flight): ${inFlightAtKill}`);
      const before = tg.fake.calls.length;
      child = startWorker();
      const restarted = performance.now();
      await tg.fake.waitForCall('sendMessage', () => tg.fake.calls.length > before, waitMs());
      restartGapMs = Math.round(performance.now() - killedAt);
      log(`new worker sending again after ${restartGapMs} ms (${Math.round(performance.now() - restarted)} ms after spawn)`);
    }
    // Every recipient reached (the fake's own event), then the outbox drained: no database polling while
    // the sender runs, so the benchmark's own queries do not take CPU from it.
    const reached = new Set<string>();
    const reachedAll = () => {
      for (let i = seenCalls; i < tg.fake.calls.length; i++) {
        const c = tg.fake.calls[i];
        if (c?.method === 'sendMessage' && c.response.ok) reached.add(String(c.params.chat_id));
      }
      seenCalls = tg.fake.calls.length;
      return reached.size >= N;
    };
    let seenCalls = 0;
    await tg.fake.waitForCall('sendMessage', reachedAll, waitMs()).catch(() => log('not every recipient was reached before the timeout'));
    for (;;) {
      const [left] = await rows<{ n: unknown }>(db, sql`select count(*) as n from campaign_outbox where status in ('queued', 'sending')`);
      if (Number(left?.n ?? 0) === 0 || Date.now() > deadline) break;
      await sleep(100);
    }
    senderCpuMs += cpuMs(child.pid);
    const benchCpuMs = process.cpuUsage(benchCpu0);
    const pgCpuMs = postgresCpuMs() - pgCpu0;
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));

    const ok = accepted();
    const perChat = new Map<string, number>();
    for (const c of ok) perChat.set(String(c.params.chat_id), (perChat.get(String(c.params.chat_id)) ?? 0) + 1);
    let duplicates = 0;
    for (const n of perChat.values()) duplicates += n - 1;
    let lost = 0;
    for (let i = 0; i < N; i++) if (!perChat.has(String(100_000 + i))) lost++;
    if (duplicates > 0) {
      // For diagnosis: when each copy arrived, and what the outbox says about the row now.
      const twice = [...perChat].filter(([, n]) => n > 1).slice(0, 5).map(([chat]) => chat);
      for (const chat of twice) {
        const times = ok.filter((c) => String(c.params.chat_id) === chat).map((c) => Math.round(c.at - (ok[0]?.at ?? 0)));
        const i = Number(chat) - 100_000 + 1;
        const [row] = await rows(db, sql`select o.id, o.status, o.reason, o.attempts, o.worker_id, o.claimed_at, o.sent_at from campaign_outbox o where o.person_id = md5(${`p${i}`})::uuid`);
        log(`duplicate: chat ${chat} accepted at ${times.join(', ')} ms (kill at ${killedAtWall === undefined ? '-' : killedAtWall - (ok[0]?.at ?? 0)} ms); outbox ${JSON.stringify(row)}`);
      }
    }
    const first = ok[0]?.at ?? 0;
    const last = ok.at(-1)?.at ?? 0;
    const wallS = Math.max(0.001, (last - first) / 1000);
    const activeS = Math.max(0.001, wallS - restartGapMs / 1000);
    const achieved = ok.length / activeS;
    const perSecond = new Map<number, number>();
    for (const c of ok) perSecond.set(Math.floor((c.at - first) / 1000), (perSecond.get(Math.floor((c.at - first) / 1000)) ?? 0) + 1);
    log(`accepted per second: ${[...perSecond.values()].join(' ')}`);
    if (process.env.BENCH_TIMELINE) { const t = new Map<number, number>(); for (const c of ok) { const k = Math.floor((c.at - first) / 100); t.set(k, (t.get(k) ?? 0) + 1); } log(`per 100 ms: ${[...t.entries()].slice(0, 40).map(([k, v]) => `${k}:${v}`).join(' ')}`); }
    const stats = await service.stats(campaign.id);
    log(`stats: sent ${stats.sent}, failed ${stats.failed}, queued ${stats.queued}; 429s answered by the fake: ${tg.limited}`);
    log(`wall ${wallS.toFixed(2)} s (${(ok.length / wallS).toFixed(0)}/s including the restart gap of ${restartGapMs} ms)`);
    process.stdout.write(
      `${JSON.stringify({
        recipients: N,
        sent: ok.length,
        duplicates,
        lost,
        limit_per_s: RATE,
        achieved_per_s: Math.round(achieved),
        ratio: Number((achieved / RATE).toFixed(3)),
        enqueue_ms: enqueueMs,
        ...(KILL_AT !== undefined ? { killed_at: KILL_AT, in_flight_at_kill: inFlightAtKill, restart_gap_ms: restartGapMs } : {}),
        rate_limited_429: tg.limited,
        sender_cpu_ms_per_1000: Math.round((senderCpuMs / Math.max(1, ok.length)) * 1000),
        fake_cpu_ms_per_1000: Math.round(((benchCpuMs.user + benchCpuMs.system) / 1000 / Math.max(1, ok.length)) * 1000),
        postgres_cpu_ms_per_1000: Math.round((pgCpuMs / Math.max(1, ok.length)) * 1000),
      })}\n`,
    );
  } finally {
    for (const c of cleanups) await c().catch(() => {});
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end({ timeout: 5 });
  }
}

/**
 * The real platform is always warm; a fake that just started runs its first thousands of requests
 * through V8's interpreter and would slow the sender's first seconds down. Warm it with calls to chats
 * outside the recipients' range, then forget them and refill its rate limit.
 */
async function warmUp(tg: Awaited<ReturnType<typeof startRateLimitedTelegram>>) {
  tg.setRate(1_000_000);
  const t0 = performance.now();
  for (let round = 0; round < 40; round++) {
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        fetch(`${tg.url}/bot${TOKEN}/sendMessage`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ chat_id: 1 + i, text: 'warm-up', reply_markup: { inline_keyboard: [[{ text: 'x', callback_data: 'x' }]] } }),
        }).then((r) => r.arrayBuffer()),
      ),
    );
  }
  tg.fake.reset();
  tg.setRate(RATE);
  log(`fake Bot API warmed up with 4,000 calls in ${Math.round(performance.now() - t0)} ms`);
}

/** CPU time (user + system) a process has used so far, from /proc (Linux). */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return 0;
  }
}

/** CPU time of every PostgreSQL process on this machine (the server is local in the benchmark). */
function postgresCpuMs(): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) continue;
    } catch {
      continue;
    }
    total += cpuMs(Number(pid));
  }
  return total;
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`bench failed: ${String((err as Error).stack).slice(0, 2000)}\n`);
    process.exit(1);
  },
);
