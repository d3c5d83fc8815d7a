import { and, eq, gt, lt, ne, notExists, or, sql } from 'drizzle-orm';
import type { ChannelName } from '../../core/events.js';
import { isLang } from '../../core/lang.js';
import type { Conversation, ConversationState, ConversationStore } from '../../core/ports.js';
import type { Db } from '../client.js';
import type { Cipher } from '../crypto.js';
import { cases, conversationStates, inboundReceipts, people, subscriptions } from '../schema/index.js';

/** How old people.last_inbound_at may be before a message rewrites it (retention works in days). */
const TOUCH_AFTER_MS = 60_000;

export const NEW_STATE: ConversationState = { language: null, flow: 'new', step: '', data: {}, consents: {} };

export type SqlConversationStore = ReturnType<typeof createConversationStore>;

export function createConversationStore(db: Db, cipher: Cipher): ConversationStore & {
  findPersonId(channel: ChannelName, externalUserId: string): Promise<string | null>;
  purgeInactive(olderThan: Date, keepCasesClosedAfter: Date): Promise<number>;
  purgeReceipts(olderThan: Date): Promise<number>;
} {
  return {
    async claimDelivery(channel, providerMessageId) {
      const rows = await db
        .insert(inboundReceipts)
        .values({ channel, providerMessageId })
        .onConflictDoNothing()
        .returning({ id: inboundReceipts.providerMessageId });
      return rows.length === 1;
    },

    async releaseDelivery(channel, providerMessageId) {
      await db
        .delete(inboundReceipts)
        .where(and(eq(inboundReceipts.channel, channel), eq(inboundReceipts.providerMessageId, providerMessageId)));
    },

    async findPersonId(channel: ChannelName, externalUserId: string) {
      const externalHash = await cipher.lookupHash(`${channel}:${externalUserId}`);
      return (await findByHash(db, channel, externalHash))?.personId ?? null;
    },

    async loadOrCreate(channel: ChannelName, externalUserId: string): Promise<Conversation> {
      const externalHash = await cipher.lookupHash(`${channel}:${externalUserId}`);
      const existing = await findByHash(db, channel, externalHash);
      if (existing) {
        // Retention counts days, so a touch within the last minute changes nothing: skip that write (and its commit).
        if (!existing.lastInboundAt || Date.now() - existing.lastInboundAt.getTime() > TOUCH_AFTER_MS) {
          await db.update(people).set({ lastInboundAt: sql`now()` }).where(eq(people.id, existing.personId));
        }
        return { personId: existing.personId, state: existing.state, channel, externalUserId, isNew: false };
      }
      const externalRefEnc = await cipher.encrypt(externalUserId);
      // Two first messages racing: the unique index keeps one person; the loser reads the winner's row.
      // The person and her state row in one statement: one round trip and one commit instead of two.
      const inserted = await db
        .with(
          db.$with('person').as(
            db.insert(people).values({ channel, externalHash, externalRefEnc }).onConflictDoNothing().returning({ id: people.id }),
          ),
        )
        .insert(conversationStates)
        .select(
          // Every column, in the schema's order (drizzle lists them all): the table's defaults for a new person.
          sql`select id, null, ${NEW_STATE.flow}, ${NEW_STATE.step}, '{}'::jsonb, '{}'::jsonb, now() from person`,
        )
        .onConflictDoNothing()
        .returning({ personId: conversationStates.personId });
      const personId = inserted[0]?.personId;
      if (!personId) {
        const winner = await findByHash(db, channel, externalHash);
        if (!winner) throw new Error('person vanished while being created');
        return { personId: winner.personId, state: winner.state, channel, externalUserId, isNew: false };
      }
      return { personId, channel, externalUserId, isNew: true, state: { ...NEW_STATE } };
    },

    async save(personId, state) {
      await db
        .update(conversationStates)
        .set({
          language: state.language,
          flow: state.flow,
          step: state.step,
          data: state.data,
          consents: state.consents,
          updatedAt: sql`now()`,
        })
        .where(eq(conversationStates.personId, personId));
    },

    async erase(personId) {
      // Every table about a person references people with ON DELETE CASCADE.
      await db.delete(people).where(eq(people.id, personId));
    },

    /**
     * People silent since `olderThan`, unless a counsellor case of theirs is open or still within its retention,
     * or she asked for updates.
     */
    async purgeInactive(olderThan, keepCasesClosedAfter) {
      const rows = await db
        .delete(people)
        .where(
          and(
            lt(people.lastInboundAt, olderThan),
            // A subscriber is silent by design: her opt-in is kept until she writes STOP.
            notExists(
              db
                .select({ one: sql`1` })
                .from(subscriptions)
                .where(and(eq(subscriptions.personId, people.id), eq(subscriptions.status, 'subscribed'))),
            ),
            notExists(
              db
                .select({ one: sql`1` })
                .from(cases)
                .where(
                  and(
                    eq(cases.personId, people.id),
                    or(ne(cases.status, 'closed'), gt(cases.closedAt, keepCasesClosedAfter)),
                  ),
                ),
            ),
          ),
        )
        .returning({ id: people.id });
      return rows.length;
    },

    async purgeReceipts(olderThan) {
      const rows = await db
        .delete(inboundReceipts)
        .where(lt(inboundReceipts.receivedAt, olderThan))
        .returning({ id: inboundReceipts.providerMessageId });
      return rows.length;
    },
  };
}

async function findByHash(db: Db, channel: ChannelName, externalHash: string) {
  const rows = await db
    .select({
      personId: people.id,
      language: conversationStates.language,
      flow: conversationStates.flow,
      step: conversationStates.step,
      data: conversationStates.data,
      consents: conversationStates.consents,
      lastInboundAt: people.lastInboundAt,
    })
    .from(people)
    .leftJoin(conversationStates, eq(conversationStates.personId, people.id))
    .where(and(eq(people.channel, channel), eq(people.externalHash, externalHash)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const state: ConversationState = {
    language: isLang(row.language) ? row.language : null,
    flow: row.flow ?? 'new',
    step: row.step ?? '',
    data: row.data ?? {},
    consents: row.consents ?? {},
  };
  return { personId: row.personId, state, lastInboundAt: row.lastInboundAt };
}
