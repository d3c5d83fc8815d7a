/**
 * The send journal (src/campaigns/send-journal*.ts): what a killed worker leaves behind and how the next
 * one settles it. The end-to-end proof with a real SIGKILL is test/e2e/campaign-kill.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatformFetch } from '../../src/campaigns/platform-fetch-node.js';
import { type OrphanJournal, parseJournal, type SendJournal } from '../../src/campaigns/send-journal.js';
import { openSendJournal } from '../../src/campaigns/send-journal-node.js';
import { createCampaignService } from '../../src/campaigns/service.js';
import { createCampaignWorker } from '../../src/campaigns/worker.js';
import type { Database } from '../../src/db/client.js';
import { type Cipher, createCipher } from '../../src/db/crypto.js';
import { createCampaignStore } from '../../src/db/stores/campaign-store.js';
import { rows } from '../../src/db/sql-rows.js';
import { createSubscriptionStore } from '../../src/db/stores/subscription-store.js';
import { createTranslator } from '../../src/i18n/index.js';
import { createTestDatabase } from '../helpers/test-db.js';
import { outboxRows, scriptedSender, seedPerson, silent } from './helpers.js';

describe('parseJournal', () => {
  it('counts a row as sent when its request left and was not refused; ignores a torn last line', () => {
    expect(parseJournal('+1\n+2\n-1\n+3\n+4').sort()).toEqual([2, 3]);
    expect(parseJournal('')).toEqual([]);
    expect(parseJournal('+5\ngarbage\n-x\n+6\n')).toEqual([5, 6]);
  });
});

describe('the journal file on Node', () => {
  let dir: string;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'saheli-journal-'));
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.end('{"ok":true,"result":true}'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bot1:x/sendMessage`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });
  const fileOf = () => join(dir, readdirSync(dir).find((f) => f.includes(`.${process.pid}.`)) as string);

  it('writes +id for a request made inside track(), nothing for one outside, -id when refused', async () => {
    const journal = openSendJournal(dir, 'w-a1b2c3d4', silent);
    const { fetch, close } = createPlatformFetch();
    const post = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"chat_id":1}' });
    await journal.track(41, post);
    await post(); // not a campaign send
    await journal.track(42, post);
    journal.refused(42);
    expect(readFileSync(fileOf(), 'utf8')).toBe('+41\n+42\n-42\n');
    expect(journal.left(41)).toBe(true);
    expect(journal.left(42)).toBe(false);
    journal.checkpoint();
    expect(readFileSync(fileOf(), 'utf8')).toBe('');
    expect(journal.left(41)).toBe(false);
    await journal.track(43, post);
    expect(readFileSync(fileOf(), 'utf8')).toBe('+43\n');
    journal.close();
    expect(readdirSync(dir)).toEqual([]);
    await close();
  });

  it('hands over the journals of processes that are gone, never its own or a running one', () => {
    const journal = openSendJournal(dir, 'w-11111111', silent);
    // A pid above the kernel's pid_max cannot be running.
    writeFileSync(join(dir, 'w-deaddead.4194305.journal'), '+7\n+8\n-8\n+9\n');
    writeFileSync(join(dir, `w-live0000.${process.ppid}.journal`), '+10\n');
    const orphans = journal.orphans();
    expect(orphans.map((o) => ({ workerId: o.workerId, sent: o.sent.sort() }))).toEqual([{ workerId: 'w-deaddead', sent: [7, 9] }]);
    orphans[0]?.forget();
    expect(readdirSync(dir).sort()).toEqual([`w-11111111.${process.pid}.journal`, `w-live0000.${process.ppid}.journal`].sort());
    journal.close();
    rmSync(join(dir, `w-live0000.${process.ppid}.journal`));
  });
});

describe('settling a killed worker (database)', () => {
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
  const store = () => createCampaignStore(database.db);

  /** A journal in memory: what a request that left looks like to the worker, and the dead workers to settle. */
  function memoryJournal(orphans: OrphanJournal[] = []): SendJournal {
    const leftIds = new Set<number>();
    return {
      track: async (rowId, send) => {
        leftIds.add(rowId);
        return send();
      },
      left: (rowId) => leftIds.has(rowId),
      refused: (rowId) => leftIds.delete(rowId),
      checkpoint: () => leftIds.clear(),
      orphans: () => orphans,
      close: () => {},
    };
  }

  function journalWorker(
    sender: ReturnType<typeof scriptedSender>,
    journal: SendJournal,
    opts: { workerId: string; leaseMs?: number; markSent?: (ids: number[]) => Promise<void> },
  ) {
    let t = 5_000_000;
    return createCampaignWorker({
      store: store(),
      senders: { telegram: sender },
      subscriptions: createSubscriptionStore(database.db),
      decrypt: (s) => cipher.decrypt(s),
      translator,
      logger: silent,
      journal,
      markSent: opts.markSent,
      config: { rates: { telegram: 1000 }, perChatMs: { telegram: 0 }, leaseMs: opts.leaseMs ?? 60_000, maxAttempts: 3, workerId: opts.workerId, pollMs: 10 },
      now: () => t,
      sleep: async (ms) => {
        t += ms;
      },
    });
  }

  async function campaignFor(district: string, n: number) {
    await database.db.execute(sql`update campaigns set status = 'done' where status = 'sending'`);
    const people = [];
    for (let i = 0; i < n; i++) people.push(await seedPerson(database.db, cipher, { externalUserId: `${district}-${i}`, language: 'en', district }));
    const service = createCampaignService({ store: store(), translator });
    const { campaign } = await service.create({ name: district, texts: { en: 'Hello' }, segment: { districts: [district] } }, null);
    await service.sendNow(campaign.id);
    return { id: campaign.id, people };
  }

  it('marks journaled rows sent, puts the rest back without counting the attempt, and leaves other workers alone', async () => {
    const { id } = await campaignFor('Kupwara', 5);
    const dead = await store().claim(id, 'telegram', 3, 'w-dead0001');
    const other = await store().claim(id, 'telegram', 2, 'w-alive001');
    const settled = await store().settleWorker('w-dead0001', [dead[0]!.id, dead[2]!.id, other[0]!.id]);
    expect(settled).toEqual({ sent: 2, requeued: 1 });
    const got = await rows<{ id: unknown; status: string; attempts: number; worker_id: string | null }>(
      database.db,
      sql`select id, status, attempts, worker_id from campaign_outbox where campaign_id = ${id}`,
    );
    const byId = new Map(got.map((r) => [Number(r.id), r]));
    expect(byId.get(dead[0]!.id)).toMatchObject({ status: 'sent' });
    expect(byId.get(dead[2]!.id)).toMatchObject({ status: 'sent' });
    expect(byId.get(dead[1]!.id)).toMatchObject({ status: 'queued', attempts: 0 });
    for (const o of other) expect(byId.get(o.id)).toMatchObject({ status: 'sending', worker_id: 'w-alive001' });
    expect(await store().settleWorker('w-dead0001', [dead[0]!.id])).toEqual({ sent: 0, requeued: 0 });
  });

  it('never re-queues its own sent rows whose mark could not be committed, even past the lease', async () => {
    const { id, people } = await campaignFor('Ganderbal', 2);
    const sender = scriptedSender();
    let marksFail = true;
    const w = journalWorker(sender, memoryJournal(), {
      workerId: 'w-test0003',
      markSent: async (ids) => {
        if (marksFail) throw new Error('database unavailable');
        await store().markSent(ids);
      },
    });
    await w.tick();
    expect(sender.sent).toHaveLength(2);
    // Long past the lease, marks still failing: the next pass must not hand the rows back to the queue.
    await database.db.execute(sql`update campaign_outbox set claimed_at = claimed_at - interval '1 hour' where campaign_id = ${id}`);
    await w.tick();
    expect((await outboxRows(database.db, id)).map((r) => r.status)).toEqual(['sending', 'sending']);
    marksFail = false;
    await w.tick();
    await w.tick();
    expect((await outboxRows(database.db, id)).map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(sender.sent.map((x) => x.to.personId).sort()).toEqual([...people].sort());
  });

  it('a worker settles a dead worker from the journal before it claims, and does not retry a send that left without an answer', async () => {
    const { id, people } = await campaignFor('Bandipora', 3);
    const [a, b] = await store().claim(id, 'telegram', 2, 'w-dead0002');
    const sender = scriptedSender();
    const third = await cipher.decrypt((await store().claim(id, 'telegram', 1, 'peek'))[0]!.externalRefEnc!);
    await database.db.execute(sql`update campaign_outbox set status = 'queued', attempts = 0, worker_id = null where campaign_id = ${id} and worker_id = 'peek'`);
    // The third send leaves and then times out: no answer from the platform.
    sender.failFor(third, Object.assign(new Error('Network request timed out'), { name: 'HttpError' }));
    let forgotten = 0;
    const journal = memoryJournal([{ workerId: 'w-dead0002', sent: [a!.id], forget: () => forgotten++ }]);
    const w = journalWorker(sender, journal, { workerId: 'w-test0002', leaseMs: 3_600_000 });
    await w.tick();
    expect(forgotten).toBe(1);
    const byPerson = new Map((await outboxRows(database.db, id)).map((r) => [r.person_id, r]));
    expect(byPerson.get(a!.personId)).toMatchObject({ status: 'sent' }); // journaled by the dead worker: not sent again
    expect(byPerson.get(b!.personId)).toMatchObject({ status: 'sent' }); // never left the dead worker: sent now
    expect(sender.sent.map((s) => s.to.personId)).toEqual([b!.personId]);
    const unconfirmed = people.find((p) => p !== a!.personId && p !== b!.personId);
    expect(byPerson.get(unconfirmed!)).toMatchObject({ status: 'failed', reason: 'unconfirmed' });
  });
});
