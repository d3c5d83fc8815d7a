import { and, asc, desc, eq, gt, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { ChannelName } from '../../core/events.js';
import type { Db } from '../client.js';
import type { Cipher } from '../crypto.js';
import { groupCommit } from '../group-commit.js';
import { chatMessages } from '../schema/index.js';
import { pgArray } from '../sql-rows.js';

interface KeptId {
  personId: string;
  channel: ChannelName;
  direction: 'in' | 'out';
  providerMessageId: string;
}

/** Platform message ids (to delete on erase) and, for the web chat, encrypted replies waiting to be collected. */
export interface ChatMessageStore {
  recordId(personId: string, channel: ChannelName, direction: 'in' | 'out', providerMessageId: string): Promise<void>;
  recordIds(personId: string, channel: ChannelName, direction: 'in' | 'out', providerMessageIds: string[]): Promise<void>;
  idsSince(personId: string, since: Date): Promise<string[]>;
  /** Keep a reply (encrypted) until the web page collects it. Returns its cursor id. */
  enqueueBody(personId: string, channel: ChannelName, body: string): Promise<number>;
  bodiesAfter(personId: string, afterId: number, limit: number): Promise<{ id: number; body: string }[]>;
  purgeOlderThan(cutoff: Date): Promise<number>;
}

/**
 * `base`: the database outside any unit of work. With it, the ids of sent replies are written for many messages
 * in one statement (a group commit: one flush at a time takes everything that queued meanwhile). Each caller
 * still waits for its own ids, so by the time she can ask to erase, they are there. A person erased in between
 * is skipped, not a failed batch.
 */
export function createChatMessageStore(db: Db, cipher: Cipher, base?: Db): ChatMessageStore {
  const keep = base
    ? groupCommit<KeptId>(async (items) => {
        await base.execute(sql`
          insert into chat_messages (person_id, channel, direction, provider_message_id)
          select k.person_id, k.channel, k.direction, k.provider_message_id
          from unnest(${pgArray(items.map((i) => i.personId))}::uuid[], ${pgArray(items.map((i) => i.channel))}::text[],
                      ${pgArray(items.map((i) => i.direction))}::text[], ${pgArray(items.map((i) => i.providerMessageId))}::text[])
            as k(person_id, channel, direction, provider_message_id)
          where exists (select 1 from people p where p.id = k.person_id)`);
      })
    : null;
  return {
    async recordId(personId, channel, direction, providerMessageId) {
      await db.insert(chatMessages).values({ personId, channel, direction, providerMessageId });
    },
    async recordIds(personId, channel, direction, providerMessageIds) {
      if (providerMessageIds.length === 0) return;
      if (keep) {
        await Promise.all(providerMessageIds.map((providerMessageId) => keep({ personId, channel, direction, providerMessageId })));
        return;
      }
      await db.insert(chatMessages).values(providerMessageIds.map((providerMessageId) => ({ personId, channel, direction, providerMessageId })));
    },
    async idsSince(personId, since) {
      const rows = await db
        .select({ id: chatMessages.providerMessageId })
        .from(chatMessages)
        .where(
          and(
            eq(chatMessages.personId, personId),
            gte(chatMessages.sentAt, since),
            isNotNull(chatMessages.providerMessageId),
          ),
        )
        .orderBy(desc(chatMessages.id));
      return rows.map((r) => r.id as string);
    },
    async enqueueBody(personId, channel, body) {
      const bodyEnc = await cipher.encrypt(body);
      const [row] = await db
        .insert(chatMessages)
        .values({ personId, channel, direction: 'out', bodyEnc })
        .returning({ id: chatMessages.id });
      return row?.id ?? 0;
    },
    async bodiesAfter(personId, afterId, limit) {
      const rows = await db
        .select({ id: chatMessages.id, bodyEnc: chatMessages.bodyEnc })
        .from(chatMessages)
        .where(and(eq(chatMessages.personId, personId), gt(chatMessages.id, afterId), isNotNull(chatMessages.bodyEnc)))
        .orderBy(asc(chatMessages.id))
        .limit(limit);
      return Promise.all(rows.map(async (r) => ({ id: r.id, body: await cipher.decrypt(r.bodyEnc as string) })));
    },
    async purgeOlderThan(cutoff) {
      const rows = await db
        .delete(chatMessages)
        .where(lt(chatMessages.sentAt, cutoff))
        .returning({ id: chatMessages.id });
      return rows.length;
    },
  };
}
