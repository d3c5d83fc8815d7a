import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeKey } from '../../src/config/env.js';
import { createCipher } from '../../src/db/crypto.js';
import { type FakeTelegram, startFakeTelegram } from '../fakes/telegram-api.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { queryServerDb } from '../helpers/sql-probe.js';

const TOKEN = '123456789:AAtest-token-for-the-fake-bot-api';
const SECRET = 'e2e-webhook-secret-0123456789';
const KEY = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(32))).toString('base64');
let fake: FakeTelegram;
let server: ServerProcess;
let updateId = 1;

beforeAll(async () => {
  fake = await startFakeTelegram({ token: TOKEN });
  server = await startServer({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: fake.url, ENCRYPTION_KEY: KEY });
});
afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

const from = (id: number) => ({ id, is_bot: false, first_name: 'Test' });
const chat = (id: number) => ({ id, type: 'private' });
const text = (user: number, t: string) => ({
  update_id: ++updateId,
  message: { message_id: updateId, date: 1_700_000_000, chat: chat(user), from: from(user), text: t },
});
const press = (user: number, data: string) => ({
  update_id: ++updateId,
  callback_query: { id: `cb${updateId}`, from: from(user), chat_instance: '1', data, message: { message_id: 1, date: 1, chat: chat(user), text: 'x' } },
});
const post = (u: unknown) =>
  fetch(`${server.url}/webhooks/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify(u),
  });

it('/delete, confirmed: recent messages are deleted in the chat and every row about her is gone', async () => {
  const hash = await (await createCipher(decodeKey(KEY) as Uint8Array<ArrayBuffer>)).lookupHash('telegram:7001');
  for (const u of [text(7001, '/start'), press(7001, 'lang:en'), text(7002, '/start'), text(7001, '/delete')]) {
    expect((await post(u)).status).toBe(200);
  }
  const herMessages = fake.callsTo('sendMessage').filter((c) => Number(c.params.chat_id) === 7001);
  const sentIds = herMessages.map((c) => (c.response as { result: { message_id: number } }).result.message_id);
  const ask = herMessages.at(-1);
  expect(String(ask?.params.text)).toMatch(/cannot be undone/);

  expect((await post(press(7001, 'erase:yes'))).status).toBe(200);
  const deletion = await fake.waitForCall('deleteMessages');
  expect(Number(deletion.params.chat_id)).toBe(7001);
  const deleted = deletion.params.message_ids as number[];
  for (const id of sentIds) expect(deleted).toContain(id);
  expect(deleted).toContain(2); // her own "/start" (message_id 2) too: bots may delete incoming messages for 48 h
  const done = fake.callsTo('sendMessage').at(-1);
  expect(String(done?.params.text)).toMatch(/erased/);
  expect(String(done?.params.text)).toMatch(/48 hours/);

  await server.kill();
  const rows = await queryServerDb(
    server,
    `select (select count(*) from people where external_hash = '${hash}')::int as her,
            (select count(*) from people)::int as people,
            (select count(*) from conversation_states)::int as states,
            (select count(*) from chat_messages)::int as messages`,
  );
  expect(Number(rows[0]?.her)).toBe(0);
  expect(Number(rows[0]?.people)).toBe(1); // the other person (7002) is untouched
  expect(Number(rows[0]?.states)).toBe(1);
  expect(Number(rows[0]?.messages)).toBeGreaterThan(0);
});
