import { and, asc, desc, eq, gt, gte, isNotNull, lt } from 'drizzle-orm';
import type { ChannelName } from '../../core/events.js';
import type { Db } from '../client.js';
import type { Cipher } from '../crypto.js';
import { chatMessages } from '../schema/index.js';

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

export function createChatMessageStore(db: Db, cipher: Cipher): ChatMessageStore {
  return {
    async recordId(personId, channel, direction, providerMessageId) {
      await db.insert(chatMessages).values({ personId, channel, direction, providerMessageId });
    },
    async recordIds(personId, channel, direction, providerMessageIds) {
      if (providerMessageIds.length === 0) return;
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
