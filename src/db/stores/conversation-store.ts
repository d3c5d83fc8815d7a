import { and, eq, gt, lt, ne, notExists, or, sql } from 'drizzle-orm';
import type { ChannelName } from '../../core/events.js';
import { isLang } from '../../core/lang.js';
import type { Conversation, ConversationState, ConversationStore, OpenCase } from '../../core/ports.js';
import type { Db } from '../client.js';
import type { Cipher } from '../crypto.js';
import { cases, chatMessages, conversationStates, inboundReceipts, people, subscriptions } from '../schema/index.js';
import { rows as sqlRows } from '../sql-rows.js';

/** How old people.last_inbound_at may be before a message rewrites it (retention works in days). */
const TOUCH_AFTER_MS = 60_000;

export const NEW_STATE: ConversationState = { language: null, flow: 'new', step: '', data: {}, consents: {} };

export type SqlConversationStore = ReturnType<typeof createConversationStore>;

export function createConversationStore(db: Db, cipher: Cipher): ConversationStore & {
  findPersonId(channel: ChannelName, externalUserId: string): Promise<string | null>;
  purgeInactive(olderThan: Date, keepCasesClosedAfter: Date): Promise<number>;
  purgeReceipts(olderThan: Date): Promise<number>;
} {
  async function loadOrCreate(channel: ChannelName, externalUserId: string): Promise<Conversation> {
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
  }

  return {
    /**
     * One statement, one round trip, for what every message needs before it is routed: the receipt that
     * answers a platform's retry, her person and state rows (created for a first message), the touch that
     * retention counts from, the id of her message (to delete on erase) and her open counsellor case.
     * Data-modifying CTEs all run, and all read the snapshot taken before any of them.
     */
    async receive({ channel, providerMessageId, externalUserId, inboundRef }) {
      const externalHash = await cipher.lookupHash(`${channel}:${externalUserId}`);
      const externalRefEnc = await cipher.encrypt(externalUserId);
      const ref = inboundRef ?? null;
      const [row] = await sqlRows<ReceiveRow>(
        db,
        sql`
        with claim as (
          insert into inbound_receipts (channel, provider_message_id) values (${channel}, ${providerMessageId})
          on conflict do nothing returning 1
        ), found as (
          select p.id, p.last_inbound_at, s.language, s.flow, s.step, s.data, s.consents
          from people p left join conversation_states s on s.person_id = p.id
          where p.channel = ${channel} and p.external_hash = ${externalHash} and exists (select 1 from claim)
        ), created as (
          insert into people (channel, external_hash, external_ref_enc)
          select ${channel}, ${externalHash}, ${externalRefEnc}
          where exists (select 1 from claim) and not exists (select 1 from found)
          on conflict do nothing returning id
        ), new_state as (
          insert into conversation_states (person_id) select id from created returning 1
        ), touched as (
          update people set last_inbound_at = now()
          where id = (select id from found) and last_inbound_at < now() - ${`${TOUCH_AFTER_MS} milliseconds`}::interval
          returning 1
        ), kept as (
          insert into chat_messages (person_id, channel, direction, provider_message_id)
          select id, ${channel}, 'in', ${ref}::text from (select id from found union all select id from created) person
          where ${ref}::text is not null
          returning 1
        )
        select exists (select 1 from claim) as claimed,
          coalesce(f.id, (select id from created)) as person_id, f.id is null as is_new,
          f.language, f.flow, f.step, f.data, f.consents,
          c.id as case_id, c.ref as case_ref, c.status as case_status, c.emergency as case_emergency
        from (select 1) one
        left join found f on true
        left join lateral (
          select id, ref, status, emergency from cases
          where person_id = f.id and status in ('waiting', 'active')
          order by created_at desc limit 1
        ) c on true`,
      );
      if (!row?.claimed) return null;
      if (!row.person_id) {
        // Her first two messages at once: the other one created her; read its rows (committed by now).
        const conv = await loadOrCreate(channel, externalUserId);
        if (ref) await db.insert(chatMessages).values({ personId: conv.personId, channel, direction: 'in', providerMessageId: ref });
        return { conv, openCase: null };
      }
      const base = { personId: row.person_id, channel, externalUserId };
      if (row.is_new) return { conv: { ...base, isNew: true, state: { ...NEW_STATE } }, openCase: null };
      const conv = { ...base, isNew: false, state: toState(row) };
      const openCase: OpenCase | null = row.case_id
        ? { id: row.case_id, ref: row.case_ref as string, status: row.case_status as OpenCase['status'], emergency: row.case_emergency === true }
        : null;
      return { conv, openCase };
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

    loadOrCreate,

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
  return { personId: row.personId, state: toState(row), lastInboundAt: row.lastInboundAt };
}

interface ReceiveRow {
  claimed: boolean;
  person_id: string | null;
  is_new: boolean;
  language: string | null;
  flow: string | null;
  step: string | null;
  data: unknown;
  consents: unknown;
  case_id: string | null;
  case_ref: string | null;
  case_status: string | null;
  case_emergency: boolean | null;
}

/** jsonb comes parsed from drizzle's query builder and PGlite, and may come as text from a raw query. */
const json = <T>(v: unknown): T | null => (typeof v === 'string' ? (JSON.parse(v) as T) : ((v as T | null) ?? null));

function toState(row: { language: string | null; flow: string | null; step: string | null; data: unknown; consents: unknown }): ConversationState {
  return {
    language: isLang(row.language) ? row.language : null,
    flow: row.flow ?? 'new',
    step: row.step ?? '',
    data: json<Record<string, unknown>>(row.data) ?? {},
    consents: json<Record<string, string>>(row.consents) ?? {},
  };
}
