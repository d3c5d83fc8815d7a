import { Api, GrammyError } from 'grammy';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeTelegram, startFakeTelegram } from './telegram-api.js';

const TOKEN = '424242:AAtest-token_for-the-fake';
let fake: FakeTelegram;
let api: Api;

beforeAll(async () => {
  fake = await startFakeTelegram({ token: TOKEN });
  api = new Api(TOKEN, { apiRoot: fake.url });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

/** Raw HTTP, for what grammY's types would not let us send. */
async function raw(method: string, body: unknown, token = TOKEN) {
  const res = await fetch(`${fake.url}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function rejection(p: Promise<unknown>): Promise<GrammyError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GrammyError);
  return err as GrammyError;
}

const button = (text: string, callback_data: string) => ({ text, callback_data });

describe('envelope and routing', () => {
  it('answers getMe through grammY with a bot user whose id comes from the token', async () => {
    const me = await api.getMe();
    expect(me).toMatchObject({ id: 424242, is_bot: true, username: 'saheli_test_bot' });
    expect(fake.callsTo('getMe')).toHaveLength(1);
  });

  it('answers a wrong token with 401 Unauthorized', async () => {
    const res = await raw('getMe', {}, '1:wrong');
    expect(res).toEqual({ status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
    const err = await rejection(new Api('1:wrong', { apiRoot: fake.url }).getMe());
    expect(err.error_code).toBe(401);
  });

  it('answers an unknown method with 404 Not Found, and treats method names case-insensitively', async () => {
    expect(await raw('sendTelepathy', {})).toEqual({ status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } });
    const res = await raw('GETME', {});
    expect(res.body.ok).toBe(true);
    expect(fake.callsTo('getMe')).toHaveLength(1);
  });

  it('accepts url-encoded and multipart bodies, decoding reply_markup sent as a JSON string', async () => {
    const markup = JSON.stringify({ inline_keyboard: [[button('Yes', 'y')]] });
    const form = new URLSearchParams({ chat_id: '7', text: 'hello', reply_markup: markup });
    const r1 = await fetch(`${fake.url}/bot${TOKEN}/sendMessage`, { method: 'POST', body: form });
    expect(((await r1.json()) as { result: { text: string } }).result.text).toBe('hello');

    const fd = new FormData();
    fd.set('chat_id', '7');
    fd.set('text', 'again');
    fd.set('reply_markup', JSON.stringify({ inline_keyboard: [[button('', 'y')]] }));
    const r2 = await fetch(`${fake.url}/bot${TOKEN}/sendMessage`, { method: 'POST', body: fd });
    expect(r2.status).toBe(400);

    const calls = fake.callsTo('sendMessage');
    expect(calls[0]?.params.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Yes', callback_data: 'y' }]] });
    expect(calls[1]?.response.ok).toBe(false);
  });

  it('accepts GET with query parameters', async () => {
    const res = await fetch(`${fake.url}/bot${TOKEN}/sendMessage?chat_id=9&text=hi`);
    expect(res.status).toBe(200);
  });
});

describe('sendMessage', () => {
  it('returns a Message with message ids that increase per chat', async () => {
    const a1 = await api.sendMessage(1, 'one');
    const a2 = await api.sendMessage(1, 'two');
    const b1 = await api.sendMessage(2, 'other chat');
    expect(a1).toMatchObject({ message_id: 1, chat: { id: 1, type: 'private' }, text: 'one' });
    expect(a2.message_id).toBe(2);
    expect(b1.message_id).toBe(1);
    expect(Math.abs(a1.date - Date.now() / 1000)).toBeLessThan(5);
  });

  it('rejects a missing chat_id', async () => {
    const res = await raw('sendMessage', { text: 'hi' });
    expect(res).toEqual({ status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat_id is empty' } });
  });

  it('rejects empty and whitespace-only text', async () => {
    expect((await rejection(api.sendMessage(1, ''))).description).toBe('Bad Request: message text is empty');
    expect((await rejection(api.sendMessage(1, ' \n '))).description).toBe('Bad Request: message text is empty');
  });

  it('counts length in UTF-16 code units: 4096 passes, 4097 fails, 2049 emoji fail', async () => {
    await expect(api.sendMessage(1, 'a'.repeat(4096))).resolves.toBeDefined();
    expect((await rejection(api.sendMessage(1, 'a'.repeat(4097)))).description).toBe('Bad Request: message is too long');
    // 2049 emoji are 2049 characters to a person but 4098 UTF-16 units to Telegram.
    expect((await rejection(api.sendMessage(1, '🆘'.repeat(2049)))).description).toBe('Bad Request: message is too long');
  });

  it('rejects an inline button without a label', async () => {
    const err = await rejection(api.sendMessage(1, 'pick', { reply_markup: { inline_keyboard: [[button('', 'x')]] } }));
    expect(err.description).toMatch(/^Bad Request: .*text buttons are unallowed in the inline keyboard/i);
  });

  it('rejects an inline button with no action', async () => {
    const res = await raw('sendMessage', { chat_id: 1, text: 'pick', reply_markup: { inline_keyboard: [[{ text: 'Help' }]] } });
    expect(res.status).toBe(400);
    expect(res.body.description).toBe("Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
  });

  it('measures callback_data in UTF-8 bytes: 64 pass, 65 fail, 22 Devanagari letters (66 bytes) fail', async () => {
    const markup = (data: string) => ({ reply_markup: { inline_keyboard: [[button('ok', data)]] } });
    await expect(api.sendMessage(1, 'ok', markup('x'.repeat(64)))).resolves.toBeDefined();
    expect((await rejection(api.sendMessage(1, 'no', markup('x'.repeat(65))))).description).toBe('Bad Request: BUTTON_DATA_INVALID');
    expect((await rejection(api.sendMessage(1, 'no', markup('क'.repeat(22))))).description).toBe('Bad Request: BUTTON_DATA_INVALID');
  });

  it('allows 100 inline buttons and rejects 101', async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [button(`b${i}`, `d${i}`)]);
    await expect(api.sendMessage(1, 'ok', { reply_markup: { inline_keyboard: rows(100) } })).resolves.toBeDefined();
    const err = await rejection(api.sendMessage(1, 'no', { reply_markup: { inline_keyboard: rows(101) } }));
    expect(err.description).toBe('Bad Request: reply markup is too long');
  });

  it('rejects tel: links in inline buttons (helplines belong in the text)', async () => {
    const err = await rejection(api.sendMessage(1, 'call', { reply_markup: { inline_keyboard: [[{ text: '112', url: 'tel:112' }]] } }));
    expect(err.description).toMatch(/^Bad Request: .*Unsupported URL protocol/);
  });

  it('accepts a reply keyboard with a location button', async () => {
    const kb = { keyboard: [[{ text: 'Share location', request_location: true }]], one_time_keyboard: true };
    await expect(api.sendMessage(1, 'Where are you?', { reply_markup: kb })).resolves.toBeDefined();
  });

  it('rejects reply_markup that is not valid JSON', async () => {
    const res = await raw('sendMessage', { chat_id: 1, text: 'x', reply_markup: '{not json' });
    expect(res.body.description).toBe("Bad Request: can't parse reply keyboard markup JSON object");
  });

  it('parses HTML like Telegram: unsupported tags fail with a byte offset, entities decode', async () => {
    const err = await rejection(api.sendMessage(1, 'सहेली <script>x</script>', { parse_mode: 'HTML' }));
    expect(err.description).toBe(`Bad Request: can't parse entities: Unsupported start tag "script" at byte offset 16`);
    const ok = await api.sendMessage(1, '<b>Call 112</b> &lt;now&gt;', { parse_mode: 'HTML' });
    expect(ok.text).toBe('Call 112 <now>');
  });

  it('rejects unescaped reserved characters in MarkdownV2', async () => {
    const err = await rejection(api.sendMessage(1, 'Call 112.', { parse_mode: 'MarkdownV2' }));
    expect(err.description).toMatch(/^Bad Request: can't parse entities: Character '\.' is reserved/);
    await expect(api.sendMessage(1, '*Call* 112\\. [site](https://example.org/a.b)', { parse_mode: 'MarkdownV2' })).resolves.toBeDefined();
  });
});

describe('other methods', () => {
  it('deletes a message once; a second delete answers "message to delete not found"', async () => {
    const m = await api.sendMessage(5, 'erase me');
    await expect(api.deleteMessage(5, m.message_id)).resolves.toBe(true);
    expect((await rejection(api.deleteMessage(5, m.message_id))).description).toBe('Bad Request: message to delete not found');
  });

  it('deleteMessages skips ids it cannot find, as documented', async () => {
    const m = await api.sendMessage(5, 'one');
    await expect(api.deleteMessages(5, [m.message_id, 999])).resolves.toBe(true);
    await expect(api.deleteMessage(5, m.message_id)).rejects.toThrow(/message to delete not found/);
  });

  it('edits text, refuses an unchanged edit and an unknown message', async () => {
    const m = await api.sendMessage(3, 'old');
    const edited = await api.editMessageText(3, m.message_id, 'new');
    expect(edited).toMatchObject({ message_id: m.message_id, text: 'new' });
    expect((await rejection(api.editMessageText(3, m.message_id, 'new'))).description).toMatch(/^Bad Request: message is not modified/);
    expect((await rejection(api.editMessageText(3, 77, 'x'))).description).toBe('Bad Request: message to edit not found');
  });

  it('answers callback queries, chat actions and commands', async () => {
    await expect(api.answerCallbackQuery('cbq-1')).resolves.toBe(true);
    await expect(api.sendChatAction(1, 'typing')).resolves.toBe(true);
    const bad = await raw('sendChatAction', { chat_id: 1, action: 'dancing' });
    expect(bad.body.description).toBe('Bad Request: wrong parameter action in request');
    await api.setMyCommands([{ command: 'help', description: 'Get help' }]);
    await expect(api.getMyCommands()).resolves.toEqual([{ command: 'help', description: 'Get help' }]);
    await expect(api.setMyCommands([{ command: 'Help', description: 'x' }])).rejects.toThrow(/BOT_COMMAND_INVALID/);
  });

  it('keeps webhook state and refuses plain-HTTP webhooks', async () => {
    await expect(api.getWebhookInfo()).resolves.toMatchObject({ url: '', pending_update_count: 0 });
    await api.setWebhook('https://saheli.example.org/telegram', { secret_token: 's3cret_token' });
    await expect(api.getWebhookInfo()).resolves.toMatchObject({ url: 'https://saheli.example.org/telegram' });
    await expect(api.setWebhook('http://saheli.example.org/telegram')).rejects.toThrow(/HTTPS URL must be provided/);
    await api.deleteWebhook();
    await expect(api.getWebhookInfo()).resolves.toMatchObject({ url: '' });
  });
});

describe('test controls', () => {
  it('failNext answers 429 with retry_after once, then recovers', async () => {
    fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 3', retry_after: 3 });
    const err = await rejection(api.sendMessage(1, 'hi'));
    expect(err.error_code).toBe(429);
    expect(err.parameters.retry_after).toBe(3);
    await expect(api.sendMessage(1, 'hi')).resolves.toMatchObject({ text: 'hi' });
  });

  it('failNext can simulate a person who blocked the bot', async () => {
    fake.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    const res = await raw('sendMessage', { chat_id: 1, text: 'hi' });
    expect(res).toEqual({ status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } });
  });

  it('waitForCall resolves for a call already recorded and for one that arrives later', async () => {
    await api.sendMessage(1, 'first');
    await expect(fake.waitForCall('sendMessage')).resolves.toMatchObject({ params: { text: 'first' } });
    const later = fake.waitForCall('sendMessage', (c) => c.params.text === 'second');
    await api.sendMessage(1, 'second');
    await expect(later).resolves.toMatchObject({ token: TOKEN, params: { chat_id: 1, text: 'second' } });
  });

  it('waitForCall rejects after its timeout when nothing matches', async () => {
    await expect(fake.waitForCall('sendMessage', undefined, 50)).rejects.toThrow(/no matching sendMessage call/);
  });

  it('reset forgets calls, queued failures and messages', async () => {
    const m = await api.sendMessage(1, 'x');
    fake.failNext('getMe', { error_code: 500, description: 'Internal Server Error' });
    fake.reset();
    expect(fake.calls).toHaveLength(0);
    await expect(api.getMe()).resolves.toBeDefined();
    await expect(api.deleteMessage(1, m.message_id)).rejects.toThrow(/not found/);
  });
});

describe('rate limit', () => {
  it('answers sendMessage above ratePerSecond with 429 and retry_after, and lets other methods through', async () => {
    const limitedFake = await startFakeTelegram({ token: TOKEN, ratePerSecond: 1, burstSeconds: 5, retryAfterSeconds: 2 });
    try {
      const limitedApi = new Api(TOKEN, { apiRoot: limitedFake.url });
      const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => limitedApi.sendMessage(1, `m${i}`)));
      const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as GrammyError);
      // The burst is five seconds of sending at 1/s; the 12 calls take far less than the second a 6th token needs.
      expect(limitedFake.callsTo('sendMessage')).toHaveLength(5);
      expect(refused).toHaveLength(7);
      expect(limitedFake.limited).toBe(7);
      expect(refused[0]?.error_code).toBe(429);
      expect(refused[0]?.parameters.retry_after).toBe(2);
      expect(refused[0]?.description).toBe('Too Many Requests: retry after 2');
      await expect(limitedApi.getMe()).resolves.toBeDefined();
    } finally {
      await limitedFake.close();
    }
  });
});
