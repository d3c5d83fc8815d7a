/**
 * WhatsApp reports most failures after it accepted a message, in a status callback. The whole server
 * wiring (createDeps) on a real database and the fake Graph API: a campaign goes out, then the webhook
 * says one message was delivered, one failed for a while (131049) and one was refused because she
 * stopped this business's marketing messages (131050). The stats and her subscription must follow.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/config/env.js';
import type { Database } from '../../src/db/client.js';
import { rows } from '../../src/db/sql-rows.js';
import { createDeps, type Deps } from '../../src/deps.js';
import { type FakeWhatsApp, signWhatsAppBody, startFakeWhatsApp, waStatus, waWebhookBody } from '../fakes/whatsapp-api.js';
import { createTestDatabase } from '../helpers/test-db.js';
import { seedPerson, silent } from './helpers.js';

const TOKEN = 'EAAG-test-access-token';
const SECRET = 'app-secret-for-tests';
const PHONE_ID = '1098765432101';

let database: Database;
let cleanup: () => Promise<void>;
let fake: FakeWhatsApp;
let deps: Deps;
let dataDir: string;

beforeAll(async () => {
  ({ database, cleanup } = await createTestDatabase());
  fake = await startFakeWhatsApp({ token: TOKEN, phoneNumberId: PHONE_ID });
  dataDir = mkdtempSync(join(tmpdir(), 'saheli-wa-failures-'));
  const env = parseEnv({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    WHATSAPP_ACCESS_TOKEN: TOKEN,
    WHATSAPP_APP_SECRET: SECRET,
    WHATSAPP_VERIFY_TOKEN: 'verify-token-for-tests',
    WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
    WHATSAPP_API_ROOT: fake.url,
  });
  const empty = { html: '', js: '', css: '' };
  deps = await createDeps(env, {
    database,
    encryptionKey: globalThis.crypto.getRandomValues(new Uint8Array(32)),
    logger: silent,
    webAssets: empty,
    consoleAssets: empty,
    clientIp: () => 'test',
  });
});
afterAll(async () => {
  await fake?.close();
  await cleanup?.();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const postStatuses = (statuses: unknown[]) => {
  const body = waWebhookBody(PHONE_ID, { statuses });
  return deps.app.request('/webhooks/whatsapp', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWhatsAppBody(body, SECRET) },
    body,
  });
};
const subscriptionOf = async (personId: string) =>
  (await rows<{ status: string; unsubscribe_reason: string | null }>(database.db, sql`select status, unsubscribe_reason from subscriptions where person_id = ${personId}`))[0];

describe('WhatsApp failures reported after a campaign message was accepted', () => {
  it('count as failed or blocked instead of sent; 131050 and 131026 unsubscribe her, a passing failure does not', async () => {
    const numbers = { delivered: '919800000101', throttled: '919800000102', optedOut: '919800000103', gone: '919800000104' };
    const ids: Record<keyof typeof numbers, string> = { delivered: '', throttled: '', optedOut: '', gone: '' };
    for (const [k, phone] of Object.entries(numbers) as [keyof typeof numbers, string][]) {
      ids[k] = await seedPerson(database.db, deps.cipher, { channel: 'whatsapp', externalUserId: phone, language: 'en', district: 'Leh' });
    }
    // Each wrote within the last day, so free-form messages may go to them.
    await database.db.execute(sql`update people set last_inbound_at = now() where channel = 'whatsapp'`);

    const svc = deps.campaigns.service;
    const { campaign } = await svc.create({ name: 'wa', texts: { en: 'Every girl has the right to finish school.' }, segment: { channels: ['whatsapp'] } }, null);
    await svc.sendNow(campaign.id);
    await deps.campaigns.worker().tick();
    const wamidOf = (phone: string) => {
      const call = fake.callsTo('/messages').find((c) => c.body.to === phone && c.status === 200);
      if (!call) throw new Error(`nothing went to ${phone}`);
      return String((call.response as { messages: { id: string }[] }).messages[0]?.id);
    };
    expect((await svc.stats(campaign.id)).sent).toBe(4);

    const res = await postStatuses([
      waStatus(wamidOf(numbers.delivered), 'delivered', numbers.delivered),
      waStatus(wamidOf(numbers.throttled), 'failed', numbers.throttled, 131049),
      waStatus(wamidOf(numbers.optedOut), 'failed', numbers.optedOut, 131050),
      waStatus(wamidOf(numbers.gone), 'failed', numbers.gone, 131026),
    ]);
    expect(res.status).toBe(200);
    await deps.whatsapp?.idle();

    const stats = await svc.stats(campaign.id);
    expect({ sent: stats.sent, delivered: stats.delivered, failed: stats.failed, blocked: stats.blocked }).toEqual({ sent: 1, delivered: 1, failed: 1, blocked: 2 });
    expect(await subscriptionOf(ids.optedOut)).toEqual({ status: 'unsubscribed', unsubscribe_reason: 'blocked' });
    expect(await subscriptionOf(ids.gone)).toEqual({ status: 'unsubscribed', unsubscribe_reason: 'blocked' });
    expect(await subscriptionOf(ids.throttled)).toEqual({ status: 'subscribed', unsubscribe_reason: null });
    expect(await subscriptionOf(ids.delivered)).toEqual({ status: 'subscribed', unsubscribe_reason: null });

    // A repeated callback changes nothing, and the next campaign skips the two who are gone.
    await postStatuses([waStatus(wamidOf(numbers.optedOut), 'failed', numbers.optedOut, 131050)]);
    await deps.whatsapp?.idle();
    expect((await svc.stats(campaign.id)).blocked).toBe(2);
    const before = fake.callsTo('/messages').length;
    const { campaign: next } = await svc.create({ name: 'wa2', texts: { en: 'A second message.' }, segment: { channels: ['whatsapp'] } }, null);
    await svc.sendNow(next.id);
    await deps.campaigns.worker().tick();
    const to = fake.callsTo('/messages').slice(before).map((c) => c.body.to).sort();
    expect(to).toEqual([numbers.delivered, numbers.throttled].sort());
  });
});
