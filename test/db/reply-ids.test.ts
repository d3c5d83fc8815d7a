import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { createNodeCipher } from '../../src/db/crypto-node.js';
import { createChatMessageStore } from '../../src/db/stores/chat-message-store.js';
import { createConversationStore } from '../../src/db/stores/conversation-store.js';
import { rows } from '../../src/db/sql-rows.js';
import { createTestDatabase } from '../helpers/test-db.js';

/** The ids of sent replies, written for many messages at once: every one kept, none for someone erased. */
describe('chat message store: reply ids written together', () => {
  let database: Database;
  let cleanup: () => Promise<void>;
  const cipher = createNodeCipher(randomBytes(32));
  beforeAll(async () => {
    ({ database, cleanup } = await createTestDatabase());
  });
  afterAll(async () => cleanup?.());

  it('keeps every id of many replies sent at once, each caller waiting for its own', async () => {
    const people = createConversationStore(database.db, cipher);
    const messages = createChatMessageStore(database.db, cipher, database.db);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const got = await people.receive({ channel: 'telegram', providerMessageId: `u:${i}`, externalUserId: `reply-${i}` });
      ids.push(got?.conv.personId as string);
    }
    // Sixty messages' ids at once, two replies each; every call resolves only when its ids are stored.
    await Promise.all(
      Array.from({ length: 60 }, async (_, n) => {
        const personId = ids[n % ids.length] as string;
        await messages.recordIds(personId, 'telegram', 'out', [`${n}a`, `${n}b`]);
        const mine = await messages.idsSince(personId, new Date(0));
        expect(mine).toEqual(expect.arrayContaining([`${n}a`, `${n}b`]));
      }),
    );
    const [count] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from chat_messages where direction = 'out'`);
    expect(count?.n).toBe(120);
  });

  it('a person erased before her ids are written is skipped, and the others in the same write are kept', async () => {
    const people = createConversationStore(database.db, cipher);
    const messages = createChatMessageStore(database.db, cipher, database.db);
    const kept = (await people.receive({ channel: 'web', providerMessageId: 'w:1', externalUserId: 'kept' }))?.conv.personId as string;
    const erased = randomUUID(); // nobody: as if she erased her data a moment ago
    await Promise.all([
      messages.recordIds(kept, 'web', 'out', ['k1']),
      messages.recordIds(erased, 'web', 'out', ['e1']),
      messages.recordIds(kept, 'web', 'out', ['k2']),
    ]);
    expect((await messages.idsSince(kept, new Date(0))).sort()).toEqual(['k1', 'k2']);
    const [gone] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from chat_messages where person_id = ${erased}`);
    expect(gone?.n).toBe(0);
  });
});
