import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeKey } from '../../src/config/env.js';
import { createCipher } from '../../src/db/crypto.js';
import { type FakeWhatsApp, type RecordedCall, signWhatsAppBody, startFakeWhatsApp, waMessage, waStatus, waWebhookBody } from '../fakes/whatsapp-api.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { queryServerDb } from '../helpers/sql-probe.js';

const TOKEN = 'EAAG-e2e-access-token';
const SECRET = 'e2e-app-secret';
const VERIFY = 'e2e-verify-token';
const PHONE_ID = '109876543210';
const KEY = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(32))).toString('base64');
let fake: FakeWhatsApp;
let server: ServerProcess;

beforeAll(async () => {
  fake = await startFakeWhatsApp({ token: TOKEN, phoneNumberId: PHONE_ID });
  server = await startServer({
    WHATSAPP_ACCESS_TOKEN: TOKEN,
    WHATSAPP_APP_SECRET: SECRET,
    WHATSAPP_VERIFY_TOKEN: VERIFY,
    WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
    WHATSAPP_API_ROOT: fake.url,
    ENCRYPTION_KEY: KEY,
  }, { timeoutMs: 120_000 });
}, 150_000);
afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

const handled = () => server.logs.filter((l) => l.msg === 'whatsapp webhook handled').length;
/** Posts a signed body and waits until the server has finished the work it deferred after its 200. */
async function post(body: string, signature: string | null = signWhatsAppBody(body, SECRET)): Promise<Response> {
  const before = handled();
  const res = await fetch(`${server.url}/webhooks/whatsapp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'x-hub-signature-256': signature }) },
    body,
  });
  if (res.status !== 200) return res;
  const deadline = Date.now() + 10_000;
  while (handled() <= before) {
    if (Date.now() > deadline) throw new Error('the server did not finish the webhook work in time');
    await new Promise((r) => setTimeout(r, 10));
  }
  return res;
}
const say = (from: string, text: string) => post(waWebhookBody(PHONE_ID, { messages: [waMessage.text(from, text)] }));
const sentTo = (user: string) => fake.callsTo('/messages').filter((c) => c.body.to === user && c.status === 200);
const ids = (c: RecordedCall | undefined) => {
  const a = (c?.body.interactive as { action?: { sections?: { rows: { id: string }[] }[]; buttons?: { reply: { id: string } }[] } } | undefined)?.action;
  return [...(a?.sections?.flatMap((s) => s.rows.map((r) => r.id)) ?? []), ...(a?.buttons?.map((b) => b.reply.id) ?? [])];
};
const textOf = (c: RecordedCall | undefined) =>
  String((c?.body.text as { body?: string } | undefined)?.body ?? (c?.body.interactive as { body?: { text?: string } } | undefined)?.body?.text ?? '');

describe('WhatsApp end to end (server process + fake Cloud API)', () => {
  it('the verification handshake returns the challenge for the right token and 403 otherwise', async () => {
    const ok = await fetch(`${server.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${VERIFY}&hub.challenge=424242`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('424242');
    const wrong = await fetch(`${server.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=424242`);
    expect(wrong.status).toBe(403);
  });

  it('a correctly signed "hi" leads to a /messages call for that number offering the languages', async () => {
    expect((await say('919811110001', 'hi')).status).toBe(200);
    const langs = await fake.waitForCall((c) => c.body.to === '919811110001' && ids(c).includes('lang:hi'));
    expect(langs.status).toBe(200);
    expect(langs.path).toBe(`/v21.0/${PHONE_ID}/messages`);
    expect(langs.token).toBe(TOKEN);
    expect(ids(langs)).toEqual(expect.arrayContaining(['lang:en', 'lang:hi', 'lang:ur']));
  });

  it('a wrong signature gets 401 and no call', async () => {
    const before = fake.calls.length;
    const body = waWebhookBody(PHONE_ID, { messages: [waMessage.text('919811110002', 'hi')] });
    expect((await post(body, signWhatsAppBody(body, 'wrong-secret'))).status).toBe(401);
    expect((await post(body, null)).status).toBe(401);
    await new Promise((r) => setTimeout(r, 200)); // nothing was deferred, so nothing can arrive late
    expect(fake.calls.length).toBe(before);
  });

  it('a repeated delivery (same wamid) leads to nothing new', async () => {
    const body = waWebhookBody(PHONE_ID, { messages: [waMessage.text('919811110003', 'hi')] });
    await post(body);
    const once = sentTo('919811110003').length;
    expect(once).toBeGreaterThan(0);
    await post(body);
    expect(sentTo('919811110003')).toHaveLength(once);
  });

  it('outside the window (131047) only the template goes out, and the held text is released when she writes again', async () => {
    const user = '919811110004';
    await say(user, 'hi');
    await post(waWebhookBody(PHONE_ID, { messages: [waMessage.button(user, 'lang:en')] }));
    const start = fake.calls.length;
    fake.failNext({ status: 400, code: 131047, message: 'Re-engagement message' });
    await post(waWebhookBody(PHONE_ID, { messages: [waMessage.list(user, 'm:helplines')] }));
    const during = fake.calls.slice(start).filter((c) => c.body.to === user);
    expect(during.map((c) => [c.body.type, c.status])).toEqual([['interactive', 400], ['template', 200]]);

    await say(user, '1');
    const after = fake.calls.slice(start + during.length).filter((c) => c.body.to === user);
    expect(after.every((c) => c.status === 200)).toBe(true);
    expect(after).toHaveLength(1); // the held helplines, and no "I did not understand" for her "1"
    expect(textOf(after[0])).toMatch(/^112 /m);
  });

  it('status callbacks update the delivery record, and no phone number is stored anywhere', async () => {
    const user = '919811110005';
    await say(user, 'hi');
    const wamids = sentTo(user).map((c) => c.response.messages?.[0]?.id as string);
    const [first, second] = wamids as [string, string];
    await post(waWebhookBody(PHONE_ID, { statuses: [waStatus(first, 'delivered', user), waStatus(first, 'read', user), waStatus(second, 'failed', user, 131026)] }));

    await server.kill();
    const cipher = await createCipher(decodeKey(KEY) as Uint8Array<ArrayBuffer>);
    const [h1, h2] = [await cipher.lookupHash(`wamid:${first}`), await cipher.lookupHash(`wamid:${second}`)];
    const rows = await queryServerDb(server, `select wamid_hash, status, error_code from whatsapp_outbound where wamid_hash in ('${h1}', '${h2}')`);
    const byHash = Object.fromEntries(rows.map((r) => [r.wamid_hash, [r.status, r.error_code === null ? null : Number(r.error_code)]]));
    expect(byHash).toEqual({ [h1]: ['read', null], [h2]: ['failed', 131026] });

    const dump = await queryServerDb(
      server,
      `select (select coalesce(string_agg(p::text, '|'), '') from people p) ||
              (select coalesce(string_agg(r::text, '|'), '') from inbound_receipts r) ||
              (select coalesce(string_agg(o::text, '|'), '') from whatsapp_outbound o) ||
              (select coalesce(string_agg(h::text, '|'), '') from whatsapp_held h) as everything`,
    );
    const everything = String(dump[0]?.everything);
    expect(everything.length).toBeGreaterThan(0);
    for (const n of ['919811110001', '919811110003', user]) {
      expect(everything).not.toContain(n);
      expect(everything).not.toContain(Buffer.from(n).toString('base64').slice(0, 12));
    }
    expect(everything).not.toContain('wamid.');
    expect(JSON.stringify(server.logs)).not.toContain('91981111000');
  });
});
