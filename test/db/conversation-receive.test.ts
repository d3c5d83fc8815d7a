import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { createNodeCipher } from '../../src/db/crypto-node.js';
import { createConversationStore } from '../../src/db/stores/conversation-store.js';
import { rows } from '../../src/db/sql-rows.js';
import { createUnitOfWork } from '../../src/db/unit-of-work.js';
import { createTestDatabase } from '../helpers/test-db.js';

/** `receive` claims, loads or creates, keeps her message id and finds her open case in one statement. */
describe('conversation store: receive', () => {
  let database: Database;
  let cleanup: () => Promise<void>;
  const cipher = createNodeCipher(randomBytes(32));
  let store: ReturnType<typeof createConversationStore>;
  beforeAll(async () => {
    ({ database, cleanup } = await createTestDatabase());
    store = createConversationStore(database.db, cipher);
  });
  afterAll(async () => cleanup?.());

  const count = async (query: ReturnType<typeof sql>) => Number((await rows<{ n: number }>(database.db, query))[0]?.n);
  const inIds = (personId: string) =>
    rows<{ id: string }>(database.db, sql`select provider_message_id as id from chat_messages where person_id = ${personId} and direction = 'in' order by id`);

  it('a first message creates her, with the new state, and keeps the id of her message', async () => {
    const got = await store.receive({ channel: 'telegram', providerMessageId: 'u:1', externalUserId: 'first-1', inboundRef: '11' });
    expect(got?.conv.isNew).toBe(true);
    expect(got?.conv.state).toEqual({ language: null, flow: 'new', step: '', data: {}, consents: {} });
    expect(got?.openCase).toBeNull();
    const personId = got?.conv.personId as string;
    expect((await inIds(personId)).map((r) => r.id)).toEqual(['11']);
    // Her number is not in the row: only a keyed hash and the encrypted id.
    expect(await count(sql`select count(*)::int as n from people where external_ref_enc like '%first-1%' or external_hash = 'first-1'`)).toBe(0);
  });

  it("a platform's retry of the same message is refused and changes nothing", async () => {
    const again = await store.receive({ channel: 'telegram', providerMessageId: 'u:1', externalUserId: 'first-1', inboundRef: '11' });
    expect(again).toBeNull();
    expect(await count(sql`select count(*)::int as n from chat_messages where provider_message_id = '11'`)).toBe(1);
    expect(await count(sql`select count(*)::int as n from people`)).toBe(1);
  });

  it('a later message loads her saved state and her open case', async () => {
    const first = await store.receive({ channel: 'telegram', providerMessageId: 'u:2', externalUserId: 'later-1', inboundRef: '20' });
    const personId = first?.conv.personId as string;
    await store.save(personId, { language: 'ur', flow: 'rights', step: 'dv', data: { seen: ['a'] }, consents: { handoff: '2026-11-27' } });
    await database.db.execute(sql`insert into cases (ref, person_id, status, emergency, channel, language) values ('K-TEST-1', ${personId}, 'waiting', true, 'telegram', 'ur')`);

    const later = await store.receive({ channel: 'telegram', providerMessageId: 'u:3', externalUserId: 'later-1', inboundRef: '21' });
    expect(later?.conv).toMatchObject({ personId, isNew: false, state: { language: 'ur', flow: 'rights', step: 'dv', data: { seen: ['a'] }, consents: { handoff: '2026-11-27' } } });
    expect(later?.openCase).toMatchObject({ ref: 'K-TEST-1', status: 'waiting', emergency: true });
    expect((await inIds(personId)).map((r) => r.id)).toEqual(['20', '21']);

    await database.db.execute(sql`update cases set status = 'closed', closed_at = now() where ref = 'K-TEST-1'`);
    const afterClose = await store.receive({ channel: 'telegram', providerMessageId: 'u:4', externalUserId: 'later-1' });
    expect(afterClose?.openCase).toBeNull();
    expect((await inIds(personId)).map((r) => r.id)).toEqual(['20', '21']); // no platform id given, none kept
  });

  it('retention counts from her last message: an old touch is renewed, a recent one is left alone', async () => {
    const got = await store.receive({ channel: 'whatsapp', providerMessageId: 'w:1', externalUserId: 'touch-1' });
    const personId = got?.conv.personId as string;
    await database.db.execute(sql`update people set last_inbound_at = '2026-01-01T00:00:00Z' where id = ${personId}`);
    await store.receive({ channel: 'whatsapp', providerMessageId: 'w:2', externalUserId: 'touch-1' });
    expect(await count(sql`select count(*)::int as n from people where id = ${personId} and last_inbound_at > now() - interval '1 minute'`)).toBe(1);
  });

  it('the same id on another channel is another person', async () => {
    const a = await store.receive({ channel: 'telegram', providerMessageId: 'x:1', externalUserId: 'same-id' });
    const b = await store.receive({ channel: 'whatsapp', providerMessageId: 'x:1', externalUserId: 'same-id' });
    expect(a?.conv.personId).toBeTruthy();
    expect(b?.conv.isNew).toBe(true);
    expect(b?.conv.personId).not.toBe(a?.conv.personId);
  });

  it('her first two messages at once make one person, and both are handled and kept', async () => {
    // The first is created inside a transaction that has not committed when the second arrives, so the
    // second waits on the unique index and then reads the person the first created.
    const uow = createUnitOfWork(database);
    const inTx = createConversationStore(uow.db, cipher);
    let second: ReturnType<typeof store.receive> | undefined;
    const first = await uow.run(async () => {
      const got = await inTx.receive({ channel: 'web', providerMessageId: 'r:1', externalUserId: 'race-1', inboundRef: 'a' });
      // `store` is outside the transaction: on the server another connection, which waits for this one.
      second = store.receive({ channel: 'web', providerMessageId: 'r:2', externalUserId: 'race-1', inboundRef: 'b' });
      if (database.kind === 'postgres') {
        await vi.waitFor(async () => {
          const waiting = await count(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
          if (waiting !== 1) throw new Error('the second message is not waiting yet');
        }, { timeout: 5000, interval: 20 });
      }
      return got;
    });
    const other = await second;
    expect(first?.conv.isNew).toBe(true);
    expect(other?.conv.personId).toBe(first?.conv.personId);
    expect(other?.conv.isNew).toBe(false);
    expect(await count(sql`select count(*)::int as n from people where channel = 'web'`)).toBe(1);
    expect((await inIds(first?.conv.personId as string)).map((r) => r.id).sort()).toEqual(['a', 'b']);
  });
});
