import { eq, sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDefaultCentres } from '../../src/centres/defaults.js';
import { createWhatsAppChannel, type WhatsAppChannel } from '../../src/channels/whatsapp/channel.js';
import type { CoreDeps } from '../../src/core/handle-inbound.js';
import { parseHours } from '../../src/core/hours.js';
import type { Database } from '../../src/db/client.js';
import { createCipher } from '../../src/db/crypto.js';
import { inboundReceipts, people, whatsappHeld, whatsappOutbound, whatsappWindows } from '../../src/db/schema/index.js';
import { createCaseStore } from '../../src/db/stores/case-store.js';
import { createCentreStore } from '../../src/db/stores/centre-store.js';
import { createChatMessageStore } from '../../src/db/stores/chat-message-store.js';
import { createConversationStore, type SqlConversationStore } from '../../src/db/stores/conversation-store.js';
import { createApp } from '../../src/http/app.js';
import { createTranslator } from '../../src/i18n/index.js';
import { type FakeWhatsApp, type RecordedCall, signWhatsAppBody, startFakeWhatsApp, waMessage, waStatus, waWebhookBody } from '../fakes/whatsapp-api.js';
import { createTestDatabase } from '../helpers/test-db.js';

const TOKEN = 'EAAG-test-access-token';
const SECRET = 'app-secret-for-tests';
const VERIFY = 'verify-token-for-tests';
const PHONE_ID = '1098765432101';

const logs: { level: string; obj: object; msg?: string }[] = [];
const logger = {
  debug: (obj: object, msg?: string) => logs.push({ level: 'debug', obj, msg }),
  info: (obj: object, msg?: string) => logs.push({ level: 'info', obj, msg }),
  warn: (obj: object, msg?: string) => logs.push({ level: 'warn', obj, msg }),
  error: (obj: object, msg?: string) => logs.push({ level: 'error', obj, msg }),
};

let database: Database;
let cleanup: () => Promise<void>;
let fake: FakeWhatsApp;
let channel: WhatsAppChannel;
let store: SqlConversationStore;
let app: Hono;

const settings = (over: Record<string, string | undefined> = {}) => ({
  WHATSAPP_ACCESS_TOKEN: TOKEN,
  WHATSAPP_APP_SECRET: SECRET,
  WHATSAPP_VERIFY_TOKEN: VERIFY,
  WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
  WHATSAPP_API_ROOT: fake.url,
  WHATSAPP_API_VERSION: 'v21.0',
  WHATSAPP_NOTIFY_TEMPLATE: 'saheli_new_message',
  WHATSAPP_TEMPLATE_LANGUAGES: 'en:en,hi:hi,ur:ur,ks:ur,doi:hi',
  ...over,
});

beforeAll(async () => {
  ({ database, cleanup } = await createTestDatabase());
  fake = await startFakeWhatsApp({ token: TOKEN, phoneNumberId: PHONE_ID });
  const cipher = await createCipher(globalThis.crypto.getRandomValues(new Uint8Array(32)));
  store = createConversationStore(database.db, cipher);
  const centres = createCentreStore(database.db);
  await loadDefaultCentres(centres);
  const core: CoreDeps = {
    store,
    chatLog: createChatMessageStore(database.db, cipher),
    translator: await createTranslator(),
    senders: {},
    services: { centres, cases: createCaseStore(database.db, cipher, parseHours('00:00-24:00') as never).desk },
    logger,
  };
  channel = createWhatsAppChannel(settings(), { core, db: database.db, cipher, client: { baseDelayMs: 5, maxDelayMs: 50 } }) as WhatsAppChannel;
  core.senders.whatsapp = channel.sender;
  app = createApp({ logger, ping: async () => {}, routes: [channel.routes] });
});
afterAll(async () => {
  await fake?.close();
  await cleanup?.();
});
beforeEach(() => fake.reset());

let n = 0;
const newUser = () => `91980000${String(++n).padStart(4, '0')}`;

async function post(body: string, signature: string | null = signWhatsAppBody(body, SECRET)) {
  const res = await app.request('/webhooks/whatsapp', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'x-hub-signature-256': signature }) },
    body,
  });
  await channel.idle();
  return res;
}
const say = (from: string, text: string) => post(waWebhookBody(PHONE_ID, { messages: [waMessage.text(from, text)] }));
const press = (from: string, id: string) => post(waWebhookBody(PHONE_ID, { messages: [waMessage.list(from, id)] }));
const to = (user: string) => (c: RecordedCall) => c.body.to === user;
const sent = (user: string) => fake.callsTo('/messages').filter(to(user)).filter((c) => c.status === 200);
const rowIds = (c: RecordedCall | undefined) => {
  const i = c?.body.interactive as { action?: { sections?: { rows: { id: string }[] }[]; buttons?: { reply: { id: string } }[] } } | undefined;
  return [...(i?.action?.sections?.flatMap((s) => s.rows.map((r) => r.id)) ?? []), ...(i?.action?.buttons?.map((b) => b.reply.id) ?? [])];
};
const textOf = (c: RecordedCall | undefined) =>
  String((c?.body.text as { body?: string } | undefined)?.body ?? (c?.body.interactive as { body?: { text?: string } } | undefined)?.body?.text ?? '');
const count = async (table: typeof people | typeof inboundReceipts) => Number((await database.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(table))[0]?.n);

describe('verification handshake', () => {
  const get = (q: string) => app.request(`/webhooks/whatsapp?${q}`);
  it('echoes hub.challenge as text/plain for the right token', async () => {
    const res = await get(`hub.mode=subscribe&hub.verify_token=${VERIFY}&hub.challenge=1158201444`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('1158201444');
  });

  it('403 for a wrong or missing token or mode, and the token is never echoed', async () => {
    for (const q of [
      'hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1',
      `hub.mode=unsubscribe&hub.verify_token=${VERIFY}&hub.challenge=1`,
      'hub.mode=subscribe&hub.challenge=1',
      `hub.mode=subscribe&hub.verify_token=${VERIFY}`,
    ]) {
      const res = await get(q);
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain(VERIFY);
    }
  });
});

describe('signature', () => {
  it('a correctly signed "hi" is answered: the language choice goes to that number as a list', async () => {
    const user = newUser();
    const res = await say(user, 'hi');
    expect(res.status).toBe(200);
    const calls = sent(user);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.every((c) => c.token === TOKEN && c.path === `/v21.0/${PHONE_ID}/messages`)).toBe(true);
    const langs = calls.find((c) => rowIds(c).includes('lang:hi'));
    expect(rowIds(langs)).toEqual(expect.arrayContaining(['lang:en', 'lang:hi', 'lang:ur']));
  });

  it('wrong, missing or tampered signatures get 401; nothing is sent or stored', async () => {
    const user = newUser();
    const body = waWebhookBody(PHONE_ID, { messages: [waMessage.text(user, 'hi')] });
    const [peopleBefore, receiptsBefore] = [await count(people), await count(inboundReceipts)];
    const wrong = await post(body, signWhatsAppBody(body, 'not-the-secret'));
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain(SECRET);
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, 'sha256=zz')).status).toBe(401);
    const tampered = body.replace('"hi"', '"ho"');
    expect((await post(tampered, signWhatsAppBody(body, SECRET))).status).toBe(401);
    expect(fake.calls).toHaveLength(0);
    expect(await count(people)).toBe(peopleBefore);
    expect(await count(inboundReceipts)).toBe(receiptsBefore);
  });
});

describe('webhook handling', () => {
  it('a repeated delivery (same wamid) is answered once, and the stored dedupe key is not the wamid', async () => {
    const user = newUser();
    const body = waWebhookBody(PHONE_ID, { messages: [waMessage.text(user, 'hi')] });
    await post(body);
    const once = sent(user).length;
    expect(once).toBeGreaterThan(0);
    expect((await post(body)).status).toBe(200);
    expect(sent(user)).toHaveLength(once);
    const keys = await database.db.select({ id: inboundReceipts.providerMessageId }).from(inboundReceipts).where(eq(inboundReceipts.channel, 'whatsapp'));
    for (const { id } of keys) {
      expect(id).not.toMatch(/^wamid\./);
      expect(id).not.toContain(Buffer.from(user).toString('base64').slice(0, 8));
    }
  });

  it('one bad message is skipped and counted, the rest of the payload still answered', async () => {
    const [a, b] = [newUser(), newUser()];
    const body = waWebhookBody(PHONE_ID, { messages: [waMessage.text(a, 'hi'), { from: a, type: 'text' }, waMessage.text(b, 'hi')] });
    expect((await post(body)).status).toBe(200);
    expect(sent(a).length).toBeGreaterThan(0);
    expect(sent(b).length).toBeGreaterThan(0);
    const done = logs.filter((l) => l.msg === 'whatsapp webhook handled').at(-1);
    expect(done?.obj).toMatchObject({ messages: 2, skipped: 1 });
  });

  it('payloads it does not understand get 200 and no answer', async () => {
    for (const body of ['{"object":', '{}', '[]', JSON.stringify({ object: 'page', entry: [] })]) {
      expect((await post(body)).status).toBe(200);
    }
    expect(fake.calls).toHaveLength(0);
  });

  it('a voice note gets the kind "I can only read…" answer', async () => {
    const user = newUser();
    await say(user, 'hi');
    await press(user, 'lang:en');
    fake.reset();
    await post(waWebhookBody(PHONE_ID, { messages: [waMessage.media(user, 'audio')] }));
    expect(textOf(sent(user)[0])).toMatch(/only read written messages/);
  });

  it('logs carry no phone number and no message text', async () => {
    const user = newUser();
    await say(user, 'my secret words');
    const all = JSON.stringify(logs);
    expect(all).not.toContain(user);
    expect(all).not.toContain('my secret words');
  });
});

describe('delivery statuses', () => {
  it('move forward only (read is not undone by a late "sent"); failed records its error code', async () => {
    const user = newUser();
    await say(user, 'hi');
    const [first, second] = sent(user).map((c) => c.response.messages?.[0]?.id as string);
    const statuses = [waStatus(first as string, 'delivered', user), waStatus(first as string, 'read', user), waStatus(first as string, 'sent', user), waStatus(second as string, 'failed', user, 131026)];
    expect((await post(waWebhookBody(PHONE_ID, { statuses }))).status).toBe(200);
    const personId = (await store.findPersonId('whatsapp', user)) as string;
    const rows = await database.db.select().from(whatsappOutbound).where(eq(whatsappOutbound.personId, personId));
    const byStatus = rows.map((r) => [r.status, r.errorCode]).sort();
    expect(byStatus).toEqual([['failed', 131026], ['read', null]]);
  });
});

describe('the 24-hour window', () => {
  async function personAfterHi(user: string) {
    await say(user, 'hi');
    await press(user, 'lang:en');
    fake.reset();
    return { channel: 'whatsapp' as const, externalUserId: user, personId: (await store.findPersonId('whatsapp', user)) as string, lang: 'en' as const };
  }
  const backdate = (personId: string, hours: number) =>
    database.db.update(people).set({ lastInboundAt: sql`now() - (${hours} * interval '1 hour')` }).where(eq(people.id, personId));

  it('outside it, a late reply sends only the neutral template (once), holds the text encrypted, and releases it when she writes', async () => {
    const user = newUser();
    const her = await personAfterHi(user);
    await backdate(her.personId, 25);
    await channel.sender.send(her, [{ kind: 'text', text: 'Counsellor: how are you today?' }]);
    await channel.sender.send(her, [{ kind: 'text', text: 'Counsellor: I am here when you are ready.' }]);
    const calls = fake.callsTo('/messages');
    expect(calls.map((c) => c.body.type)).toEqual(['template']);
    expect(calls[0]?.body.template).toEqual({ name: 'saheli_new_message', language: { code: 'en' } });
    const held = await database.db.select().from(whatsappHeld).where(eq(whatsappHeld.personId, her.personId));
    expect(held).toHaveLength(2);
    for (const h of held) expect(h.bodyEnc).not.toContain('Counsellor');

    // Her "1" (as the notice asks, here in Devanagari digits) releases them and gets no "I did not understand".
    await say(user, '१');
    expect(sent(user).slice(1).map(textOf)).toEqual(['Counsellor: how are you today?', 'Counsellor: I am here when you are ready.']);
    expect(await database.db.select().from(whatsappHeld).where(eq(whatsappHeld.personId, her.personId))).toHaveLength(0);
  });

  it('131047 from the API switches to template and hold, and later sends hold without a second template', async () => {
    const user = newUser();
    const her = await personAfterHi(user);
    fake.failNext({ status: 400, code: 131047, message: 'Re-engagement message' });
    await channel.sender.send(her, [{ kind: 'text', text: 'first' }, { kind: 'text', text: 'second' }]);
    expect(fake.callsTo('/messages').map((c) => [c.body.type, c.status])).toEqual([['text', 400], ['template', 200]]);
    await channel.sender.send(her, [{ kind: 'text', text: 'third' }]);
    expect(fake.callsTo('/messages')).toHaveLength(2);
    const [w] = await database.db.select().from(whatsappWindows).where(eq(whatsappWindows.personId, her.personId));
    expect(w?.closedAt).toBeInstanceOf(Date);
    await say(user, 'menu');
    expect(sent(user).slice(1, 4).map(textOf)).toEqual(['first', 'second', 'third']);
  });

  it('retries a 429 (honouring Retry-After) and delivers', async () => {
    const user = newUser();
    const her = await personAfterHi(user);
    fake.failNext({ status: 429, code: 130429, message: 'Rate limit hit', retryAfter: 0 });
    await channel.sender.send(her, [{ kind: 'text', text: 'after a pause' }]);
    expect(fake.callsTo('/messages').map((c) => c.status)).toEqual([429, 200]);
  });
});

describe('erase', () => {
  it('answers with how to clear the chat on WhatsApp, and her WhatsApp rows are gone', async () => {
    const user = newUser();
    await say(user, 'hi');
    await press(user, 'lang:en');
    const personId = (await store.findPersonId('whatsapp', user)) as string;
    await say(user, 'delete my data');
    await press(user, 'erase:yes');
    expect(textOf(sent(user).at(-1))).toMatch(/Clear chat/);
    expect(await store.findPersonId('whatsapp', user)).toBeNull();
    expect(await database.db.select().from(whatsappOutbound).where(eq(whatsappOutbound.personId, personId))).toHaveLength(0);
    expect(await database.db.select().from(whatsappHeld).where(eq(whatsappHeld.personId, personId))).toHaveLength(0);
  });
});

describe('configuration', () => {
  it('without all four credentials the channel is off and says so once', () => {
    logs.length = 0;
    const core = { logger } as unknown as CoreDeps;
    expect(createWhatsAppChannel(settings({ WHATSAPP_APP_SECRET: undefined }), { core, db: database.db, cipher: {} as never })).toBeNull();
    expect(logs.filter((l) => /WhatsApp is off/.test(l.msg ?? ''))).toHaveLength(1);
  });
});
