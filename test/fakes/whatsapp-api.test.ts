import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeWhatsApp, signWhatsAppBody, startFakeWhatsApp } from './whatsapp-api.js';

const TOKEN = 'fake-token';
const PHONE_ID = '1234567890';
let fake: FakeWhatsApp;

beforeAll(async () => {
  fake = await startFakeWhatsApp({ token: TOKEN, phoneNumberId: PHONE_ID });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const send = (body: Record<string, unknown>, opts: { token?: string; phoneId?: string } = {}) =>
  fetch(`${fake.url}/v21.0/${opts.phoneId ?? PHONE_ID}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${opts.token ?? TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to: '919800000001', ...body }),
  });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: number; type: string; message: string; fbtrace_id: string } }).error;
const buttons = (titles: string[]) => ({
  type: 'interactive',
  interactive: { type: 'button', body: { text: 'Pick' }, action: { buttons: titles.map((t, i) => ({ type: 'reply', reply: { id: `b${i}`, title: t } })) } },
});
const list = (rows: { id: string; title: string; description?: string }[][], button = 'Options') => ({
  type: 'interactive',
  interactive: { type: 'list', body: { text: 'Pick' }, action: { button, sections: rows.map((r, i) => ({ title: `S${i}`, rows: r })) } },
});
const rows = (n: number, prefix = 'r') => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, title: `Row ${i}` }));

describe('fake WhatsApp Cloud API', () => {
  it('answers like the Graph API: contacts and a wamid that embeds the number (as real wamids do)', async () => {
    const res = await send({ type: 'text', text: { body: 'hello' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { messaging_product: string; contacts: { input: string; wa_id: string }[]; messages: { id: string }[] };
    expect(body.messaging_product).toBe('whatsapp');
    expect(body.contacts).toEqual([{ input: '919800000001', wa_id: '919800000001' }]);
    expect(body.messages[0]?.id).toMatch(/^wamid\./);
    expect(Buffer.from(body.messages[0]?.id.slice(6) ?? '', 'base64').toString('latin1')).toContain('919800000001');
    expect(fake.callsTo()).toHaveLength(1);
  });

  it('rejects a wrong token (401, code 190) and an unknown phone number id (400, code 100)', async () => {
    const bad = await send({ type: 'text', text: { body: 'x' } }, { token: 'nope' });
    expect(bad.status).toBe(401);
    expect(await errorOf(bad)).toMatchObject({ code: 190, type: 'OAuthException' });
    const other = await send({ type: 'text', text: { body: 'x' } }, { phoneId: '999' });
    expect(other.status).toBe(400);
    expect((await errorOf(other)).code).toBe(100);
  });

  it('enforces text ≤ 4096 and interactive body ≤ 1024', async () => {
    expect((await send({ type: 'text', text: { body: 'x'.repeat(4096) } })).status).toBe(200);
    expect((await send({ type: 'text', text: { body: 'x'.repeat(4097) } })).status).toBe(400);
    const long = buttons(['A']);
    (long.interactive.body as { text: string }).text = 'x'.repeat(1025);
    const res = await send(long);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: 131009, message: '(#131009) Parameter value is not valid' });
  });

  it('enforces 1-3 reply buttons with titles ≤ 20', async () => {
    expect((await send(buttons(['One', 'Two', 'Three']))).status).toBe(200);
    expect((await send(buttons(['1', '2', '3', '4']))).status).toBe(400);
    expect((await send(buttons(['x'.repeat(21)]))).status).toBe(400);
  });

  it('enforces ≤ 10 rows across sections, row titles ≤ 24, descriptions ≤ 72, button label ≤ 20', async () => {
    expect((await send(list([rows(5), rows(5, 's')]))).status).toBe(200);
    expect((await send(list([rows(6), rows(5, 's')]))).status).toBe(400);
    expect((await send(list([[{ id: 'a', title: 'x'.repeat(25) }]]))).status).toBe(400);
    expect((await send(list([[{ id: 'a', title: 'ok', description: 'x'.repeat(73) }]]))).status).toBe(400);
    expect((await send(list([rows(2)], 'x'.repeat(21)))).status).toBe(400);
  });

  it('requires a template name and language; accepts a location request', async () => {
    expect((await send({ type: 'template', template: { name: '', language: { code: 'en' } } })).status).toBe(400);
    expect((await send({ type: 'template', template: { name: 'saheli_new_message', language: { code: 'hi' } } })).status).toBe(200);
    const loc = { type: 'interactive', interactive: { type: 'location_request_message', body: { text: 'Where?' }, action: { name: 'send_location' } } };
    expect((await send(loc)).status).toBe(200);
  });

  it('failNext answers a queued Graph error, with Retry-After when given', async () => {
    fake.failNext({ status: 429, code: 130429, message: 'Rate limit hit', retryAfter: 2 });
    fake.failNext({ status: 400, code: 131047, message: 'Re-engagement message' });
    const first = await send({ type: 'text', text: { body: 'x' } });
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(await errorOf(first)).toMatchObject({ code: 130429, message: '(#130429) Rate limit hit' });
    expect((await errorOf(await send({ type: 'text', text: { body: 'x' } }))).code).toBe(131047);
    expect((await send({ type: 'text', text: { body: 'x' } })).status).toBe(200);
  });

  it('waitForCall resolves on a later call', async () => {
    const waiting = fake.waitForCall((c) => c.body.to === '919800000001');
    await send({ type: 'text', text: { body: 'x' } });
    expect((await waiting).status).toBe(200);
  });

  it('signWhatsAppBody is Meta\'s sha256=<hex HMAC>', () => {
    expect(signWhatsAppBody('{"a":1}', 's')).toBe(`sha256=${createHmac('sha256', 's').update('{"a":1}').digest('hex')}`);
  });
});
