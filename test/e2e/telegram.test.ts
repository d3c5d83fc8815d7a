import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeTelegram, startFakeTelegram } from '../fakes/telegram-api.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';

const TOKEN = '123456789:AAtest-token-for-the-fake-bot-api';
const SECRET = 'e2e-webhook-secret-0123456789';
let fake: FakeTelegram;
let server: ServerProcess;
let updateId = 1000;

beforeAll(async () => {
  fake = await startFakeTelegram({ token: TOKEN });
  server = await startServer({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: fake.url,
  });
});
afterAll(async () => {
  await server?.stop();
  await fake?.close();
});
beforeEach(() => fake.reset());

const from = (id: number) => ({ id, is_bot: false, first_name: 'Test', language_code: 'en' });
function textUpdate(userId: number, text: string) {
  return {
    update_id: ++updateId,
    message: { message_id: updateId, date: 1_700_000_000, chat: { id: userId, type: 'private' }, from: from(userId), text },
  };
}
function callbackUpdate(userId: number, data: string) {
  return {
    update_id: ++updateId,
    callback_query: {
      id: `cb${updateId}`,
      from: from(userId),
      chat_instance: '1',
      data,
      message: { message_id: 1, date: 1_700_000_000, chat: { id: userId, type: 'private' }, text: 'x' },
    },
  };
}
function post(update: unknown, secret: string | null = SECRET) {
  return fetch(`${server.url}/webhooks/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: JSON.stringify(update),
  });
}
const keyboardOf = (params: Record<string, unknown>) =>
  ((params.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] })?.inline_keyboard ?? []).flat();

describe('Telegram webhook end to end', () => {
  it('/start leads to a sendMessage to that chat with an inline keyboard offering the three languages', async () => {
    const res = await post(textUpdate(5001, '/start'));
    expect(res.status).toBe(200);
    const withKeyboard = await fake.waitForCall('sendMessage', (c) => keyboardOf(c.params).length > 0);
    expect(Number(withKeyboard.params.chat_id)).toBe(5001);
    const buttons = keyboardOf(withKeyboard.params).map((b) => b.text);
    expect(buttons).toEqual(expect.arrayContaining(['English', 'हिन्दी', 'اردو']));
    expect(withKeyboard.response.ok).toBe(true);
  });

  it('/start -> हिन्दी -> the menu in Hindi, and the button press is answered', async () => {
    await post(textUpdate(5002, '/start'));
    const res = await post(callbackUpdate(5002, 'lang:hi'));
    expect(res.status).toBe(200);
    const menu = fake.callsTo('sendMessage').filter((c) => Number(c.params.chat_id) === 5002).at(-1);
    expect(String(menu?.params.text)).toMatch(/[\u0900-\u097F]/);
    expect(keyboardOf(menu?.params ?? {}).map((b) => b.text)).toContain('भाषा बदलें');
    expect(fake.callsTo('answerCallbackQuery')).toHaveLength(1);
  });

  it('a wrong or missing secret gets 401 and nothing is sent', async () => {
    expect((await post(textUpdate(5003, '/start'), 'wrong-secret-wrong-secret')).status).toBe(401);
    expect((await post(textUpdate(5003, '/start'), null)).status).toBe(401);
    expect(fake.calls).toHaveLength(0);
  });

  it('the same update delivered twice is answered once', async () => {
    const update = textUpdate(5004, '/start');
    expect((await post(update)).status).toBe(200);
    const once = fake.callsTo('sendMessage').length;
    expect(once).toBeGreaterThan(0);
    expect((await post(update)).status).toBe(200);
    expect(fake.callsTo('sendMessage')).toHaveLength(once);
  });

  it('malformed JSON is a 400; updates it does not handle are a quiet 200', async () => {
    const bad = await fetch(`${server.url}/webhooks/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: '{"update_id": ',
    });
    expect(bad.status).toBe(400);
    const edited = { update_id: ++updateId, edited_message: textUpdate(5005, 'edited').message };
    const group = { update_id: ++updateId, message: { ...textUpdate(5005, 'hi').message, chat: { id: -100, type: 'group' } } };
    const blocked = {
      update_id: ++updateId,
      my_chat_member: { chat: { id: 5005, type: 'private' }, from: from(5005), date: 1, old_chat_member: {}, new_chat_member: {} },
    };
    for (const u of [edited, group, blocked, { hello: 'world' }]) expect((await post(u)).status).toBe(200);
    expect(fake.callsTo('sendMessage')).toHaveLength(0);
  });

  it('a sticker gets a kind reply, not an error', async () => {
    await post(textUpdate(5006, '/start'));
    const sticker = textUpdate(5006, 'x') as { update_id: number; message: Record<string, unknown> };
    delete sticker.message.text;
    sticker.message.sticker = { file_id: 'f', file_unique_id: 'u', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false };
    expect((await post(sticker)).status).toBe(200);
    const last = fake.callsTo('sendMessage').at(-1);
    expect(String(last?.params.text)).toMatch(/only read written messages/);
  });
});
