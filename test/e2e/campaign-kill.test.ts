/**
 * A campaign survives a SIGKILL of the server halfway: the real server process sends to the fake Telegram
 * API, is killed while messages are in flight, and a new one on the same data finishes the campaign.
 * Every subscriber gets the message exactly once. The lease is an hour here, so the campaign can only
 * finish in time if the new process settles the dead one's rows from its send journal.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createCampaignService } from '../../src/campaigns/service.js';
import { createCipher } from '../../src/db/crypto.js';
import { openDatabase } from '../../src/db/open-node.js';
import { createCampaignStore } from '../../src/db/stores/campaign-store.js';
import { createTranslator } from '../../src/i18n/index.js';
import { seedPerson } from '../campaigns/helpers.js';
import { type FakeTelegram, startFakeTelegram } from '../fakes/telegram-api.js';
import { consoleApi, consoleLogin } from '../helpers/console-client.js';
import { createUser, type ServerProcess, startServer } from '../helpers/server-process.js';

const TOKEN = '123456789:AAtest-token-for-the-fake-bot-api';
const PASSWORD = 'a-long-console-password';
const KEY = randomBytes(32);
const RECIPIENTS = 240;
const RATE = 80;
const TEXT = 'Child marriage is a crime. Call 1098 or 181 for help.';
const chatOf = (i: number) => 700_000 + i;

let fake: FakeTelegram | undefined;
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers.reverse()) await s.stop().catch(() => {});
  await fake?.close();
});

describe('a campaign when the sender is killed', () => {
  it('reaches every subscriber exactly once after a SIGKILL and a restart', async () => {
    fake = await startFakeTelegram({ token: TOKEN, ratePerSecond: RATE });
    const env = {
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.url,
      TELEGRAM_WEBHOOK_SECRET: 'kill-test-webhook-secret-0123',
      ENCRYPTION_KEY: KEY.toString('base64'),
      CAMPAIGN_TELEGRAM_RATE: String(RATE),
      CAMPAIGN_LEASE_SECONDS: '3600',
      CAMPAIGN_POLL_MS: '100',
    };
    let campaignId = '';
    const first = await startServer(env, {
      beforeStart: async (dbEnv) => {
        await createUser(dbEnv, { email: 'campaigns@example.org', role: 'campaigner', password: PASSWORD });
        const database = await openDatabase({ DATA_DIR: dbEnv.DATA_DIR as string, DATABASE_URL: dbEnv.DATABASE_URL });
        try {
          const cipher = await createCipher(new Uint8Array(KEY));
          for (let i = 0; i < RECIPIENTS; i++) await seedPerson(database.db, cipher, { externalUserId: String(chatOf(i)), language: 'en', district: 'Leh' });
          const service = createCampaignService({ store: createCampaignStore(database.db), translator: await createTranslator() });
          const { campaign } = await service.create({ name: 'kill test', texts: { en: TEXT } }, null);
          campaignId = campaign.id;
          expect((await service.sendNow(campaign.id)).enqueued).toBe(RECIPIENTS);
        } finally {
          await database.close();
        }
      },
    });
    servers.push(first);

    // Killed as the fake records a third of the messages: that one is in flight (no answer has left yet).
    const third = Math.floor(RECIPIENTS / 3);
    await fake.waitForCall('sendMessage', () => fake!.calls.length >= third, 60_000);
    await first.kill('SIGKILL');
    expect(first.child.signalCode).toBe('SIGKILL');
    const atKill = fake.callsTo('sendMessage').length;
    expect(atKill).toBeLessThan(RECIPIENTS);

    const second = await startServer(env, { reuse: first });
    servers.push(second);
    const { session } = await consoleLogin(second.url, 'campaigns@example.org', PASSWORD);
    const stats = async () => (await (await consoleApi(second.url, session!, `/campaigns/${campaignId}/stats`)).json()) as Record<string, unknown>;
    const end = Date.now() + 60_000;
    let last = await stats();
    while (last.status !== 'done' && Date.now() < end) {
      const seen = fake.calls.length;
      // The next message, or a second without one (the last pass marks the campaign done after its sends).
      await fake.waitForCall('sendMessage', () => fake!.calls.length > seen, 1000).catch(() => {});
      last = await stats();
    }
    expect(last).toMatchObject({ status: 'done', sent: RECIPIENTS, queued: 0, failed: 0 });

    const perChat = new Map<number, number>();
    for (const c of fake.callsTo('sendMessage')) {
      expect(c.params.text).toBe(TEXT);
      perChat.set(Number(c.params.chat_id), (perChat.get(Number(c.params.chat_id)) ?? 0) + 1);
    }
    const twice = [...perChat].filter(([, n]) => n > 1).map(([chat]) => chat);
    const never = Array.from({ length: RECIPIENTS }, (_, i) => chatOf(i)).filter((chat) => !perChat.has(chat));
    expect({ twice, never }).toEqual({ twice: [], never: [] });
    // The restart settled the killed process's rows from its journal, not by waiting out the lease.
    expect(second.logs.some((l) => String(l.msg).includes('settled from its send journal'))).toBe(true);
  }, 180_000); // two server start-ups on PGlite on a busy CI machine, and ~3 s of paced sending
});
