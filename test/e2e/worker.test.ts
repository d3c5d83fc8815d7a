import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unstable_startWorker } from 'wrangler';
import { migratePostgres } from '../../src/db/migrate-postgres.js';
import { type FakeTelegram, startFakeTelegram } from '../fakes/telegram-api.js';
import { createDatabase } from '../helpers/server-process.js';

/**
 * The Worker in workerd (wrangler's local runtime, bundled exactly as `wrangler deploy` bundles it),
 * on a fresh PostgreSQL database through the Hyperdrive binding, talking to the fake Bot API on loopback.
 * PGlite cannot run there, so even the PGlite run of the suite uses the PostgreSQL server.
 */
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TOKEN = '123456789:AAtest-token-for-the-worker-test';
const SECRET = 'worker-webhook-secret-0123456789';
const KEY = Buffer.alloc(32, 7).toString('base64');

let fake: FakeTelegram;
let db: Awaited<ReturnType<typeof createDatabase>>;
let worker: Awaited<ReturnType<typeof unstable_startWorker>>;

beforeAll(async () => {
  process.env.WRANGLER_SEND_METRICS = 'false';
  fake = await startFakeTelegram({ token: TOKEN });
  db = await createDatabase(SERVER);
  await migratePostgres(db.url, fileURLToPath(new URL('../../drizzle', import.meta.url)));
  // wrangler's local Hyperdrive insists on a password in the URL; a trust-auth server ignores it.
  const hyperdrive = new URL(db.url);
  hyperdrive.password ||= 'unused';
  process.env.CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE = hyperdrive.toString();
  const text = (value: string) => ({ type: 'plain_text' as const, value });
  worker = await unstable_startWorker({
    config: fileURLToPath(new URL('../../wrangler.toml', import.meta.url)),
    bindings: {
      TELEGRAM_BOT_TOKEN: text(TOKEN),
      TELEGRAM_WEBHOOK_SECRET: text(SECRET),
      TELEGRAM_API_ROOT: text(fake.url),
      ENCRYPTION_KEY: text(KEY),
      LOG_LEVEL: text('warn'),
    },
    sendMetrics: false,
    dev: {
      server: { hostname: '127.0.0.1', port: 0 },
      inspector: false,
      watch: false,
      liveReload: false,
      persist: false,
      // 'warn' would print esbuild's node:* notices from wrangler's first bundle pass (before the
      // config's nodejs_compat applies; the running Worker has it, as the test shows).
      logLevel: 'error',
    },
  });
  await worker.ready;
});

afterAll(async () => {
  await worker?.dispose();
  await fake?.close();
  await db?.drop();
});

const post = (update: unknown, secret = SECRET) =>
  worker.fetch('http://saheli.test/webhooks/telegram', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
    body: JSON.stringify(update),
  });
const start = (userId: number, updateId: number) => ({
  update_id: updateId,
  message: {
    message_id: updateId,
    date: 1_700_000_000,
    chat: { id: userId, type: 'private' },
    from: { id: userId, is_bot: false, first_name: 'Test', language_code: 'en' },
    text: '/start',
  },
});

describe('Cloudflare Worker in workerd', () => {
  it('answers /health through Hyperdrive', async () => {
    const res = await worker.fetch('http://saheli.test/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('a Telegram /start reaches the fake Bot API with the language keyboard, and the person is stored', async () => {
    expect((await post(start(9001, 1), 'wrong-secret-wrong-secret')).status).toBe(401);
    const res = await post(start(9001, 2));
    expect(res.status).toBe(200);
    const sent = await fake.waitForCall('sendMessage', (c) => Number(c.params.chat_id) === 9001 && keyboardOf(c.params).length > 0, 5000);
    expect(keyboardOf(sent.params)).toEqual(expect.arrayContaining(['English', 'हिन्दी', 'اردو']));
    expect(sent.response.ok).toBe(true);

    // A redelivery of the same update is answered once; the person is one row, under a hash.
    const sentBefore = fake.callsTo('sendMessage').length;
    expect((await post(start(9001, 2))).status).toBe(200);
    expect(fake.callsTo('sendMessage')).toHaveLength(sentBefore);
    const rows = await query<{ n: number }>(`select count(*)::int as n from people where channel = 'telegram'`);
    expect(rows[0]?.n).toBe(1);
  });

  it('serves the web chat page bundled as a text module', async () => {
    const res = await worker.fetch('http://saheli.test/');
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<html/i);
  });

  it('its retention Cron Trigger purges a person silent for 40 days', async () => {
    await query(`insert into people (channel, external_hash, external_ref_enc, last_inbound_at)
      values ('web', 'old-hash', 'v1:x', now() - interval '40 days')`);
    const res = await worker.fetch(`http://saheli.test/cdn-cgi/handler/scheduled?cron=${encodeURIComponent('17 * * * *')}`);
    expect(res.status).toBe(200);
    // The purge runs in ctx.waitUntil, after the response.
    for (let i = 0; i < 50; i++) {
      const rows = await query<{ n: number }>(`select count(*)::int as n from people where external_hash = 'old-hash'`);
      if (rows[0]?.n === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the inactive person was not purged');
  });
});

async function query<T>(text: string): Promise<T[]> {
  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  try {
    return (await sql.unsafe(text)) as unknown as T[];
  } finally {
    await sql.end();
  }
}

function keyboardOf(params: Record<string, unknown>): string[] {
  const markup = params.reply_markup as { inline_keyboard?: { text: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => b.text);
}
