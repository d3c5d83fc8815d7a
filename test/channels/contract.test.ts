/**
 * The shared channel contract: the same end-to-end scenarios against Telegram and WhatsApp, each through
 * the real server process and its fake platform API. A channel joins by writing a small adapter: how she
 * sends text, how she presses a choice, and what the bot sent her back as { text, choiceIds }.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RIGHTS_TOPICS } from '../../src/core/content/rights-catalog.js';
import { decodeKey } from '../../src/config/env.js';
import { createCipher } from '../../src/db/crypto.js';
import { startFakeTelegram } from '../fakes/telegram-api.js';
import { signWhatsAppBody, startFakeWhatsApp, waMessage, waWebhookBody, type RecordedCall as WaCall } from '../fakes/whatsapp-api.js';
import { RIGHTS_PHRASES } from '../fixtures/rights-phrases.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { queryServerDb } from '../helpers/sql-probe.js';

interface BotMessage {
  text: string;
  choiceIds: string[];
}

interface ChannelAdapter {
  channel: 'telegram' | 'whatsapp';
  server: ServerProcess;
  newUser(): string;
  say(user: string, text: string): Promise<BotMessage[]>;
  press(user: string, choiceId: string): Promise<BotMessage[]>;
  /** What her erase confirmation says about clearing the chat on this platform. */
  eraseHint: RegExp;
  close(): Promise<void>;
}

/** A few seconds on a quiet machine; generous for a busy CI box. */
const START = { timeoutMs: 120_000 };
const KEY = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(32))).toString('base64');

async function telegramAdapter(): Promise<ChannelAdapter> {
  const token = '123456789:AAcontract-test-token-for-the-fake-api';
  const secret = 'contract-webhook-secret-0123456789';
  const fake = await startFakeTelegram({ token });
  const server = await startServer({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_SECRET: secret, TELEGRAM_API_ROOT: fake.url, ENCRYPTION_KEY: KEY }, START);
  let updateId = 0;
  let user = 7100;
  const from = (id: string) => ({ id: Number(id), is_bot: false, first_name: 'Test' });
  const chat = (id: string) => ({ id: Number(id), type: 'private' });
  /** grammY's webhook answers after the handler finished, so every reply has been sent when it returns. */
  async function exchange(u: string, update: Record<string, unknown>): Promise<BotMessage[]> {
    const before = fake.calls.length;
    const res = await fetch(`${server.url}/webhooks/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      body: JSON.stringify({ update_id: ++updateId, ...update }),
    });
    expect(res.status).toBe(200);
    return fake.calls
      .slice(before)
      .filter((c) => c.method === 'sendMessage' && String(c.params.chat_id) === u && c.response.ok)
      .map((c) => ({
        text: String(c.params.text),
        choiceIds: ((c.params.reply_markup as { inline_keyboard?: { callback_data: string }[][] } | undefined)?.inline_keyboard ?? []).flat().map((b) => b.callback_data),
      }));
  }
  return {
    channel: 'telegram',
    server,
    newUser: () => String(++user),
    say: (u, text) => exchange(u, { message: { message_id: updateId + 1, date: 1_700_000_000, chat: chat(u), from: from(u), text } }),
    press: (u, data) =>
      exchange(u, { callback_query: { id: `cb${updateId}`, from: from(u), chat_instance: '1', data, message: { message_id: 1, date: 1, chat: chat(u), text: 'x' } } }),
    eraseHint: /48 hours/,
    close: async () => {
      await server.stop();
      await fake.close();
    },
  };
}

async function whatsappAdapter(): Promise<ChannelAdapter> {
  const [token, appSecret, phoneId] = ['EAAG-contract-token', 'contract-app-secret', '109876543299'];
  const fake = await startFakeWhatsApp({ token, phoneNumberId: phoneId });
  const server = await startServer({
    WHATSAPP_ACCESS_TOKEN: token,
    WHATSAPP_APP_SECRET: appSecret,
    WHATSAPP_VERIFY_TOKEN: 'contract-verify-token',
    WHATSAPP_PHONE_NUMBER_ID: phoneId,
    WHATSAPP_API_ROOT: fake.url,
    ENCRYPTION_KEY: KEY,
  }, START);
  let user = 0;
  const handled = () => server.logs.filter((l) => l.msg === 'whatsapp webhook handled').length;
  const asMessage = (c: WaCall): BotMessage => {
    const i = c.body.interactive as
      | { body: { text: string }; action: { buttons?: { reply: { id: string } }[]; sections?: { rows: { id: string }[] }[] } }
      | undefined;
    if (!i) return { text: String((c.body.text as { body?: string } | undefined)?.body ?? `[${String(c.body.type)}]`), choiceIds: [] };
    return {
      text: i.body.text,
      choiceIds: [...(i.action.buttons ?? []).map((b) => b.reply.id), ...(i.action.sections ?? []).flatMap((s) => s.rows.map((r) => r.id))],
    };
  };
  /** The webhook answers 200 first and works after; the server logs a line when that work is done. */
  async function exchange(u: string, message: unknown): Promise<BotMessage[]> {
    const before = fake.calls.length;
    const done = handled();
    const body = waWebhookBody(phoneId, { messages: [message] });
    const res = await fetch(`${server.url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWhatsAppBody(body, appSecret) },
      body,
    });
    expect(res.status).toBe(200);
    const deadline = Date.now() + 10_000;
    while (handled() <= done) {
      if (Date.now() > deadline) throw new Error('WhatsApp webhook work did not finish in time');
      await new Promise((r) => setTimeout(r, 10));
    }
    return fake.calls.slice(before).filter((c) => c.body.to === u && c.status === 200).map(asMessage);
  }
  return {
    channel: 'whatsapp',
    server,
    newUser: () => `91982200${String(++user).padStart(4, '0')}`,
    say: (u, text) => exchange(u, waMessage.text(u, text)),
    press: (u, id) => exchange(u, waMessage.list(u, id)),
    eraseHint: /Clear chat/,
    close: async () => {
      await server.stop();
      await fake.close();
    },
  };
}

const adapters: Partial<Record<ChannelAdapter['channel'], ChannelAdapter>> = {};
beforeAll(async () => {
  // One server per channel, started side by side (each takes a few seconds).
  const [tg, wa] = await Promise.all([telegramAdapter(), whatsappAdapter()]);
  adapters.telegram = tg;
  adapters.whatsapp = wa;
}, 150_000);
afterAll(async () => {
  await Promise.all(Object.values(adapters).map((a) => a.close()));
});

const ids = (ms: BotMessage[]) => ms.flatMap((m) => m.choiceIds);
const texts = (ms: BotMessage[]) => ms.map((m) => m.text).join('\n');
const MENU = ['m:rights', 'm:help', 'm:helplines', 'm:language', 'm:erase'];

describe.each(['telegram', 'whatsapp'] as const)('channel contract: %s', (channel) => {
  const a = () => adapters[channel] as ChannelAdapter;
  async function personIn(lang: 'en' | 'hi' | 'ur'): Promise<string> {
    const u = a().newUser();
    await a().say(u, 'hi');
    await a().press(u, `lang:${lang}`);
    return u;
  }

  it('menu: a first message gets the welcome and the language choice; a language leads to the menu; "menu" shows it again', async () => {
    const u = a().newUser();
    const first = await a().say(u, 'hi');
    expect(texts(first)).toMatch(/Saheli/);
    expect(ids(first)).toEqual(expect.arrayContaining(['lang:en', 'lang:hi', 'lang:ur']));
    const menu = await a().press(u, 'lang:en');
    expect(ids(menu)).toEqual(expect.arrayContaining(MENU));
    expect(ids(await a().say(u, 'menu'))).toEqual(expect.arrayContaining(MENU));
  });

  it('language: हिन्दी leads to the menu in Hindi', async () => {
    const u = a().newUser();
    await a().say(u, 'hi');
    const menu = await a().press(u, 'lang:hi');
    expect(texts(menu)).toMatch(/[\u0900-\u097F]/);
    expect(ids(menu)).toEqual(expect.arrayContaining(MENU));
  });

  it.each(RIGHTS_TOPICS.map((t) => t.id))('rights: %s is reachable by buttons, to an answer with 181 and 112', async (topic) => {
    const u = await personIn('en');
    expect(ids(await a().press(u, 'm:rights'))).toContain(`r:${topic}`);
    const subs = await a().press(u, `r:${topic}`);
    const sub = ids(subs).find((id) => id.startsWith(`r:${topic}:`));
    expect(sub).toBeDefined();
    const answer = texts(await a().press(u, sub as string));
    expect(answer).toMatch(/181/);
    expect(answer).toMatch(/112/);
  });

  it.each((['en', 'hi'] as const).flatMap((lang) => Object.entries(RIGHTS_PHRASES[lang]).map(([topic, phrase]) => ({ lang, topic, phrase }))))(
    'rights: $topic is reachable by free text in $lang',
    async ({ lang, topic, phrase }) => {
      const u = await personIn(lang);
      const replies = await a().say(u, phrase);
      expect(ids(replies).some((id) => id.startsWith(`r:${topic}`))).toBe(true);
    },
  );

  it('emergency: a first message about danger is answered first with 112 and 181', async () => {
    const u = a().newUser();
    const [first] = await a().say(u, 'he is beating me right now please help');
    expect(first?.text).toContain('112');
    expect(first?.text).toContain('181');
  });

  // Last: on PGlite the database can only be read once the server has stopped.
  it('erase: confirmed, she is told what is gone and how to clear the chat, and her rows are gone', async () => {
    const her = await personIn('en');
    const other = await personIn('en');
    expect(ids(await a().say(her, 'delete my data'))).toContain('erase:yes');
    const done = texts(await a().press(her, 'erase:yes'));
    expect(done).toMatch(/erased/);
    expect(done).toMatch(a().eraseHint);

    await a().server.kill();
    const cipher = await createCipher(decodeKey(KEY) as Uint8Array<ArrayBuffer>);
    const [h, o] = [await cipher.lookupHash(`${channel}:${her}`), await cipher.lookupHash(`${channel}:${other}`)];
    const [row] = await queryServerDb(
      a().server,
      `select (select count(*) from people where external_hash = '${h}')::int as her,
              (select count(*) from people where external_hash = '${o}')::int as other,
              (select count(*) from conversation_states s where not exists (select 1 from people p where p.id = s.person_id))::int as orphans`,
    );
    expect(row).toEqual({ her: 0, other: 1, orphans: 0 });
  });
});

describe('configuration', () => {
  it('a server without WhatsApp credentials says so once at start-up and has no WhatsApp route', () => {
    const tg = adapters.telegram as ChannelAdapter;
    expect(tg.server.logs.filter((l) => String(l.msg).includes('WhatsApp is off'))).toHaveLength(1);
    const wa = adapters.whatsapp as ChannelAdapter;
    expect(wa.server.logs.filter((l) => String(l.msg).includes('WhatsApp is off'))).toHaveLength(0);
  });
});
