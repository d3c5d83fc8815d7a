import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTelegram, startFakeTelegram } from '../fakes/telegram-api.js';
import { createUser, type ServerProcess, startServer } from '../helpers/server-process.js';
import { type ConsoleSession as Session, consoleApi, consoleLogin } from '../helpers/console-client.js';
import { queryServerDb } from '../helpers/sql-probe.js';
import { telegramUpdates } from '../helpers/telegram-updates.js';

const TOKEN = '123456789:AAtest-token-for-the-fake-bot-api';
const SECRET = 'e2e-webhook-secret-0123456789';
const PASSWORD = 'a-long-console-password';
let fake: FakeTelegram;
let server: ServerProcess;

beforeAll(async () => {
  fake = await startFakeTelegram({ token: TOKEN });
  server = await startServer(
    { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: fake.url, COUNSELLING_HOURS: '00:00-24:00' },
    {
      beforeStart: async (dbEnv) => {
        await createUser(dbEnv, { email: 'asha@example.org', role: 'counsellor', password: PASSWORD, name: 'Asha' });
        await createUser(dbEnv, { email: 'bilqees@example.org', role: 'counsellor', password: PASSWORD, name: 'Bilqees' });
        await createUser(dbEnv, { email: 'lock@example.org', role: 'counsellor', password: PASSWORD });
      },
    },
  );
});
afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

const { say, press } = telegramUpdates(() => server.url, SECRET);
const login = (email: string, password = PASSWORD) => consoleLogin(server.url, email, password);
const api = (s: Session, path: string, body?: unknown, opts: { csrf?: boolean } = {}) => consoleApi(server.url, s, path, body, opts);

async function askForCounsellor(user: number): Promise<void> {
  await say(user, '/start');
  await press(user, 'lang:en');
  await say(user, 'I need to talk to a counsellor');
  await press(user, 'ho:me');
}

describe('console sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie, and never says whether the email exists', async () => {
    const ok = await login('asha@example.org');
    expect(ok.status).toBe(200);
    const res = await fetch(`${server.url}/console/api/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'asha@example.org', password: PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/console/);
    const unknown = await login('nobody@example.org');
    const wrong = await login('asha@example.org', 'wrong-password-here');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('lock@example.org', `wrong-${i}-password`)).status).toBe(401);
    const locked = await login('lock@example.org');
    expect(locked.status).toBe(423);
    expect(Number(locked.body.retryAfterSeconds)).toBeGreaterThan(0);
  });

  it('rejects a state-changing request without the CSRF token, and changes nothing', async () => {
    const { session } = await login('asha@example.org');
    await askForCounsellor(8101);
    const queue = (await (await api(session as Session, '/queue')).json()) as { cases: { caseId: string; status: string }[] };
    const waiting = queue.cases.find((c) => c.status === 'waiting') as { caseId: string };
    const res = await api(session as Session, `/cases/${waiting.caseId}/claim`, {}, { csrf: false });
    expect(res.status).toBe(403);
    const after = (await (await api(session as Session, `/cases/${waiting.caseId}`)).json()) as { case: { status: string } };
    expect(after.case.status).toBe('waiting');
    expect((await fetch(`${server.url}/console/api/queue`)).status).toBe(401);
  });
});

describe('a conversation from queue to close', () => {
  it('queue -> claim (one winner) -> reply reaches Telegram -> her answer arrives live -> close -> the bot answers again', async () => {
    const asha = (await login('asha@example.org')).session as Session;
    const bilqees = (await login('bilqees@example.org')).session as Session;
    await askForCounsellor(8200);
    const queueRes = await api(asha, '/queue');
    const raw = await queueRes.text();
    expect(raw).not.toContain('8200');
    expect(raw).not.toContain('Secret Name');
    const mine = (JSON.parse(raw) as { cases: { caseId: string; ref: string; status: string }[] }).cases.filter((c) => c.status === 'waiting');
    const target = mine.at(-1) as { caseId: string; ref: string };
    expect(target.ref).toMatch(/^C-[A-Z0-9]{6}$/);

    const claims = await Promise.all([api(asha, `/cases/${target.caseId}/claim`, {}), api(bilqees, `/cases/${target.caseId}/claim`, {})]);
    expect(claims.map((r) => r.status).sort()).toEqual([200, 409]);
    const owner = claims[0]?.status === 200 ? asha : bilqees;

    // Live stream: her next message must arrive without polling.
    const controller = new AbortController();
    const stream = await fetch(`${server.url}/console/api/events`, { headers: { cookie: owner.cookie }, signal: controller.signal });
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let seen = '';
    const readUntil = async (needle: string) => {
      while (!seen.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}`);
        seen += decoder.decode(value);
      }
    };
    await readUntil('event: ready');

    fake.reset();
    const reply = await api(owner, `/cases/${target.caseId}/messages`, { text: 'Hello, I am here to help' });
    expect(reply.status).toBe(201);
    const sent = await fake.waitForCall('sendMessage', (c) => c.params.text === 'Hello, I am here to help');
    expect(Number(sent.params.chat_id)).toBe(8200);

    await say(8200, 'thank you <script>alert(1)</script>');
    await readUntil('thank you');
    expect(seen).toContain('<script>alert(1)</script>'); // data, shown as text by the console
    controller.abort();

    const bot = fake.callsTo('sendMessage').filter((c) => Number(c.params.chat_id) === 8200);
    expect(bot).toHaveLength(1); // only the counsellor's words: the bot stayed silent

    const closed = await api(owner, `/cases/${target.caseId}/close`, { outcome: 'referred_osc' });
    expect(closed.status).toBe(200);
    const notice = await fake.waitForCall('sendMessage', (c) => Number(c.params.chat_id) === 8200 && /ended this conversation/.test(String(c.params.text)));
    expect(notice).toBeDefined();
    await say(8200, 'menu');
    const menu = fake.callsTo('sendMessage').filter((c) => Number(c.params.chat_id) === 8200).at(-1);
    expect(JSON.stringify(menu?.params.reply_markup)).toContain('m:rights');
  });

  it('keeps an audit trail of who opened which case', async () => {
    await server.kill();
    const rows = await queryServerDb(server, "select action, count(*)::int as n from audit_log group by action");
    const actions = Object.fromEntries(rows.map((r) => [r.action, Number(r.n)]));
    expect(actions.open).toBeGreaterThan(0);
    expect(actions.claim).toBeGreaterThan(0);
    expect(actions.close).toBe(1);
    expect(actions.login_failed).toBeGreaterThanOrEqual(6);
  });
});
