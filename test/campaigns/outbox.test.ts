/**
 * The campaign outbox on a real database (PGlite, or PostgreSQL when DATABASE_URL is set): the segment
 * query, the fallback chain, the send-time checks, at-most-once across a crash, 429s, blocked people, stats.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaignService } from '../../src/campaigns/service.js';
import { createCampaignWorker, type WorkerConfig } from '../../src/campaigns/worker.js';
import type { Database } from '../../src/db/client.js';
import { type Cipher, createCipher } from '../../src/db/crypto.js';
import { createCampaignStore } from '../../src/db/stores/campaign-store.js';
import { rows } from '../../src/db/sql-rows.js';
import { createSubscriptionStore } from '../../src/db/stores/subscription-store.js';
import { createTranslator } from '../../src/i18n/index.js';
import { createTestDatabase } from '../helpers/test-db.js';
import { openCaseFor, outboxRows, scriptedSender, seedPerson, silent, telegramError } from './helpers.js';

let database: Database;
let cleanup: () => Promise<void>;
let cipher: Cipher;
let translator: Awaited<ReturnType<typeof createTranslator>>;

beforeAll(async () => {
  ({ database, cleanup } = await createTestDatabase());
  cipher = await createCipher(globalThis.crypto.getRandomValues(new Uint8Array(32)));
  translator = await createTranslator();
});
afterAll(async () => cleanup?.());

let n = 0;
const uid = () => `u${Date.now() % 100000}${++n}`;
const db = () => database.db;
const store = () => createCampaignStore(db());
const service = () => createCampaignService({ store: store(), translator });

function worker(sender = scriptedSender(), config: Partial<WorkerConfig> = {}) {
  let t = 1_000_000;
  const w = createCampaignWorker({
    store: store(),
    senders: { telegram: sender, whatsapp: sender },
    subscriptions: createSubscriptionStore(db()),
    decrypt: (s) => cipher.decrypt(s),
    translator,
    logger: silent,
    config: { rates: { telegram: 1000, whatsapp: 1000 }, perChatMs: { telegram: 0 }, leaseMs: 60_000, maxAttempts: 3, workerId: 'w-test', pollMs: 10, ...config },
    now: () => t,
    sleep: async (ms) => {
      t += ms;
    },
  });
  return { w, sender, clock: () => t };
}

async function campaign(spec: Record<string, unknown>) {
  // Each test sends only its own campaign: earlier ones are finished.
  await db().execute(sql`update campaigns set status = 'done' where status in ('sending', 'scheduled', 'paused')`);
  const { campaign: c } = await service().create({ name: 'test', ...spec }, null);
  return c.id;
}
const statusOf = async (campaignId: string, personId: string) => (await outboxRows(db(), campaignId)).find((r) => r.person_id === personId);

describe('enqueue: one INSERT ... SELECT over the segment', () => {
  it('segments by channel, language and district; falls back ks -> ur -> en, doi -> hi -> en; counts the skipped', async () => {
    const d = 'Samba';
    const en = await seedPerson(db(), cipher, { externalUserId: uid(), language: 'en', district: d });
    const hi = await seedPerson(db(), cipher, { externalUserId: uid(), language: 'hi', district: d });
    const ks = await seedPerson(db(), cipher, { externalUserId: uid(), language: 'ks', district: d });
    const doi = await seedPerson(db(), cipher, { externalUserId: uid(), language: 'doi', district: d });
    const ur = await seedPerson(db(), cipher, { externalUserId: uid(), language: 'ur', district: d });
    const wa = await seedPerson(db(), cipher, { channel: 'whatsapp', externalUserId: uid(), language: 'en', district: d });
    const kept = await seedPerson(db(), cipher, { externalUserId: uid(), language: 'hi', keptDistrict: d });
    const gone = await seedPerson(db(), cipher, { externalUserId: uid(), language: 'hi', district: d, status: 'unsubscribed' });
    const never = await seedPerson(db(), cipher, { externalUserId: uid(), language: 'hi', district: d, status: null });
    const other = await seedPerson(db(), cipher, { externalUserId: uid(), language: 'hi', district: 'Leh' });

    // Hindi only: en/ur/ks people have no text in their chain; doi falls back to Hindi.
    const hindiOnly = await campaign({ texts: { hi: 'नमस्ते' }, segment: { districts: [d] } });
    const started = await service().sendNow(hindiOnly);
    expect(started.enqueued).toBe(7);
    const got = new Map((await outboxRows(db(), hindiOnly)).map((r) => [r.person_id, r]));
    expect(got.get(hi)).toMatchObject({ status: 'queued', lang: 'hi' });
    expect(got.get(doi)).toMatchObject({ status: 'queued', lang: 'hi' });
    expect(got.get(kept)).toMatchObject({ status: 'queued', lang: 'hi' });
    for (const p of [en, ur, ks, wa]) expect(got.get(p)).toMatchObject({ status: 'skipped', reason: 'no_text', lang: null });
    for (const p of [gone, never, other]) expect(got.has(p)).toBe(false);
    const stats = await service().stats(hindiOnly);
    expect(stats.skipped).toBe(4);
    expect(stats.skippedBy).toEqual({ no_text: 4 });

    // Urdu + English: Kashmiri gets Urdu, Dogri English (no Hindi), WhatsApp only when asked.
    const mixed = await campaign({ texts: { ur: 'سلام', en: 'Hello' }, segment: { districts: [d], channels: ['telegram'], languages: ['ks', 'doi', 'en'] } });
    await service().sendNow(mixed);
    const m = new Map((await outboxRows(db(), mixed)).map((r) => [r.person_id, r]));
    expect([...m.keys()].sort()).toEqual([en, ks, doi].sort());
    expect(m.get(ks)?.lang).toBe('ur');
    expect(m.get(doi)?.lang).toBe('en');
    expect(m.get(en)?.lang).toBe('en');

    const waOnly = await campaign({ texts: { en: 'Hello' }, segment: { channels: ['whatsapp'], districts: [d] } });
    expect((await service().sendNow(waOnly)).enqueued).toBe(1);
    expect((await outboxRows(db(), waOnly))[0]?.person_id).toBe(wa);
  });

  it('gives a person at most one row per campaign, even if enqueued twice', async () => {
    await seedPerson(db(), cipher, { externalUserId: uid(), language: 'en', district: 'Kargil' });
    const id = await campaign({ texts: { en: 'Hi' }, segment: { districts: ['Kargil'] } });
    const row = await store().get(id);
    const map = { en: 'en', hi: 'en', ur: 'en', ks: 'en', doi: 'en' } as const;
    expect(await store().enqueue(row!, map)).toBe(1);
    expect(await store().enqueue(row!, map)).toBe(0);
    await expect(service().sendNow(id)).resolves.toMatchObject({ enqueued: 0 });
    await expect(service().sendNow(id)).rejects.toThrow(/cannot be sent now/);
  });

  it('skips a person in an open counsellor case at enqueue time', async () => {
    const p = await seedPerson(db(), cipher, { externalUserId: uid(), language: 'en', district: 'Kishtwar' });
    await openCaseFor(db(), p);
    const id = await campaign({ texts: { en: 'Hi' }, segment: { districts: ['Kishtwar'] } });
    await service().sendNow(id);
    expect(await statusOf(id, p)).toMatchObject({ status: 'skipped', reason: 'open_case' });
  });
});

describe('the sender', () => {
  it('re-checks at send time: an open case, an erased person and an unsubscribed one get nothing', async () => {
    const district = 'Ramban';
    const ids = await Promise.all(['case', 'erased', 'stopped', 'ok'].map(() => seedPerson(db(), cipher, { externalUserId: uid(), language: 'en', district })));
    const [inCase, erased, stopped, ok] = ids as [string, string, string, string];
    const id = await campaign({ texts: { en: 'Hello from Saheli' }, segment: { districts: [district] } });
    await service().sendNow(id);
    // After enqueue, before sending:
    await openCaseFor(db(), inCase);
    await db().execute(sql`delete from people where id = ${erased}`);
    await createSubscriptionStore(db()).unsubscribe(stopped, 'stop', new Date());

    const { w, sender } = worker();
    await w.tick();
    expect(sender.sent.map((s) => s.to.personId)).toEqual([ok]);
    expect(sender.sent[0]?.reply).toMatchObject({ kind: 'text', text: 'Hello from Saheli' });
    expect(await statusOf(id, inCase)).toMatchObject({ status: 'skipped', reason: 'open_case' });
    expect(await statusOf(id, stopped)).toMatchObject({ status: 'skipped', reason: 'unsubscribed' });
    expect(await statusOf(id, erased)).toBeUndefined();
    expect(await statusOf(id, ok)).toMatchObject({ status: 'sent' });
    await w.tick();
    expect(sender.sent).toHaveLength(1);
    expect((await store().get(id))?.status).toBe('done');
  });

  it('after a crash: rows left in sending past the lease are sent again, rows marked sent never', async () => {
    const district = 'Reasi';
    const people = await Promise.all([1, 2, 3, 4].map(() => seedPerson(db(), cipher, { externalUserId: uid(), language: 'en', district })));
    const id = await campaign({ texts: { en: 'Hello' }, segment: { districts: [district] } });
    await service().sendNow(id);
    // A worker claims all four, gets one out and marks it, then is killed.
    const claimed = await store().claim(id, 'telegram', 4, 'w-dead');
    expect(claimed).toHaveLength(4);
    await store().markSent(claimed[0]!.id);
    const { w, sender } = worker();
    await w.tick(); // within the lease: nothing is touched
    expect(sender.sent).toHaveLength(0);
    await db().execute(sql`update campaign_outbox set claimed_at = claimed_at - interval '10 minutes' where campaign_id = ${id} and status = 'sending'`);
    await w.tick();
    const got = sender.sent.map((s) => s.to.personId).sort();
    expect(got).toEqual(people.filter((p) => p !== claimed[0]!.personId).sort());
    const rowsNow = await outboxRows(db(), id);
    expect(rowsNow.every((r) => r.status === 'sent')).toBe(true);
  });

  it('honours a 429 retry_after: pauses the channel, re-queues without counting an attempt', async () => {
    const district = 'Poonch';
    await Promise.all([1, 2].map((i) => seedPerson(db(), cipher, { externalUserId: `p429-${i}-${uid()}`, language: 'en', district })));
    const id = await campaign({ texts: { en: 'Hello' }, segment: { districts: [district] } });
    await service().sendNow(id);
    const firstRow = (await store().claim(id, 'telegram', 1, 'peek'))[0]!;
    const first = firstRow.personId;
    await store().requeue(firstRow.id, 0, { countAttempt: false });
    const sender = scriptedSender();
    const chat = await cipher.decrypt(firstRow.externalRefEnc!);
    sender.failFor(chat, telegramError(429, 'Too Many Requests: retry after 3', 3));
    const { w, clock } = worker(sender, { rates: { telegram: 100 } }); // one lane: the second send waits for the pause
    const before = clock();
    await w.tick();
    const row = await statusOf(id, first);
    expect(row).toMatchObject({ status: 'queued', attempts: 0, reason: '429' });
    // The other person waited for the pause (the injected clock moved 3 s) and was sent.
    expect(sender.sent).toHaveLength(1);
    expect(clock() - before).toBeGreaterThanOrEqual(3000);
    await db().execute(sql`update campaign_outbox set next_attempt_at = now() where campaign_id = ${id}`);
    await w.tick();
    expect(sender.sent.map((s) => s.to.personId)).toContain(first);
  });

  it('a blocked bot unsubscribes her; transient errors retry a bounded number of times; permanent ones are recorded', async () => {
    const district = 'Udhampur';
    const chats = ['blocked', 'flaky', 'gone'].map((k) => `${k}-${uid()}`);
    const [blocked, flaky, gone] = await Promise.all(chats.map((c) => seedPerson(db(), cipher, { externalUserId: c, language: 'en', district })));
    const sender = scriptedSender();
    sender.failFor(chats[0]!, telegramError(403, 'Forbidden: bot was blocked by the user'));
    sender.failFor(chats[1]!, telegramError(502, 'Bad Gateway'), telegramError(502, 'Bad Gateway'), telegramError(502, 'Bad Gateway'));
    sender.failFor(chats[2]!, telegramError(400, 'Bad Request: chat not found'));
    const id = await campaign({ texts: { en: 'Hello' }, segment: { districts: [district] } });
    await service().sendNow(id);
    const { w } = worker(sender);
    await w.tick();
    expect(await statusOf(id, blocked!)).toMatchObject({ status: 'blocked' });
    expect(await createSubscriptionStore(db()).status(blocked!)).toBe('unsubscribed');
    const [why] = await rows<{ unsubscribe_reason: string }>(db(), sql`select unsubscribe_reason from subscriptions where person_id = ${blocked}`);
    expect(why?.unsubscribe_reason).toBe('blocked');
    expect(await statusOf(id, gone!)).toMatchObject({ status: 'failed', reason: '400' });
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await statusOf(id, flaky!)).toMatchObject({ status: attempt < 3 ? 'queued' : 'failed', attempts: attempt });
      await db().execute(sql`update campaign_outbox set next_attempt_at = now() where campaign_id = ${id}`);
      await w.tick();
    }
    expect(sender.sent).toHaveLength(0);
    const stats = await service().stats(id);
    expect(stats).toMatchObject({ blocked: 1, failed: 2, sent: 0 });
  });

  it('paused campaigns are not sent until resumed; cancelled ones never', async () => {
    const district = 'Doda';
    await seedPerson(db(), cipher, { externalUserId: uid(), language: 'en', district });
    const id = await campaign({ texts: { en: 'Hello' }, segment: { districts: [district] } });
    await service().sendNow(id);
    await service().pause(id);
    const { w, sender } = worker();
    await w.tick();
    expect(sender.sent).toHaveLength(0);
    await service().resume(id);
    await w.tick();
    expect(sender.sent).toHaveLength(1);

    await seedPerson(db(), cipher, { externalUserId: uid(), language: 'en', district: 'Shopian' });
    const c2 = await campaign({ texts: { en: 'Hello' }, segment: { districts: ['Shopian'] } });
    await service().sendNow(c2);
    await service().cancel(c2);
    await w.tick();
    expect(sender.sent).toHaveLength(1);
    expect((await service().stats(c2)).skippedBy).toEqual({ cancelled: 1 });
  });

  it('starts a scheduled campaign when its time comes', async () => {
    await seedPerson(db(), cipher, { externalUserId: uid(), language: 'en', district: 'Budgam' });
    const later = await campaign({ texts: { en: 'Later' }, segment: { districts: ['Budgam'] }, scheduledAt: new Date(Date.now() + 3_600_000).toISOString() });
    const { w, sender } = worker();
    await w.tick();
    expect((await store().get(later))?.status).toBe('scheduled');
    await service().schedule(later, new Date(Date.now() - 1000).toISOString());
    await w.tick();
    expect(sender.sent.map((s) => (s.reply.kind === 'text' ? s.reply.text : ''))).toContain('Later');
  });
});

describe('stats', () => {
  it('shows district counts from 1 to 4 as "< 5", and counts pledges', async () => {
    const big = await Promise.all([1, 2, 3, 4, 5, 6].map(() => seedPerson(db(), cipher, { externalUserId: uid(), language: 'en', district: 'Kulgam' })));
    const few = await Promise.all([1, 2, 3].map(() => seedPerson(db(), cipher, { externalUserId: uid(), language: 'en', district: 'Pulwama' })));
    const id = await campaign({
      texts: { en: 'Will you pledge?' },
      buttons: [{ kind: 'pledge', labels: { en: 'I pledge' } }],
      segment: { districts: ['Kulgam', 'Pulwama'] },
    });
    await service().sendNow(id);
    const { w, sender } = worker();
    await w.tick();
    expect(sender.sent).toHaveLength(9);
    const reply = sender.sent[0]!.reply;
    expect(reply.kind === 'text' && reply.choices?.map((c) => c.id)).toEqual([`pl:${id}`, 'sub:stop']);
    const subs = createSubscriptionStore(db());
    for (const p of [...big.slice(0, 5), few[0]!]) expect(await subs.pledge(id, p)).toBe('counted');
    expect(await subs.pledge(id, big[0]!)).toBe('already');
    const stats = await service().stats(id);
    expect(stats).toMatchObject({ sent: 9, pledges: 6, queued: 0 });
    const by = Object.fromEntries(stats.byDistrict.map((r) => [r.district, r]));
    expect(by.Kulgam).toMatchObject({ sent: 6, pledges: 5 });
    expect(by.Pulwama).toMatchObject({ sent: '< 5', pledges: '< 5', failed: 0 });
  });
});
