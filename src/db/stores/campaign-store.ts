import { desc, eq, type SQL, sql } from 'drizzle-orm';
import type { ChannelName } from '../../core/events.js';
import { LANGS, type Lang } from '../../core/lang.js';
import type { Db } from '../client.js';
import { affectedRows, pgArray, rows } from '../sql-rows.js';
import { type CampaignButton, type CampaignSegment, campaigns } from '../schema/campaigns.js';

export type CampaignRow = typeof campaigns.$inferSelect;
export type CampaignStatus = CampaignRow['status'];

/** A claimed outbox row with what the send-time check needs. */
export interface ClaimedRow {
  id: number;
  campaignId: string;
  personId: string;
  lang: Lang;
  attempts: number;
  /** Null when the person was erased between enqueue and now. */
  externalRefEnc: string | null;
  subscribed: boolean;
  inCase: boolean;
  district: string | null;
}

/** A campaign message id to keep (so she can delete it on erase), written with its row's 'sent' mark. */
export interface ChatRow {
  personId: string;
  channel: string;
  direction: string;
  providerMessageId: string | null;
}

/** Campaign channels: the web chat has no way to reach her outside a visit. */
export const CAMPAIGN_CHANNELS: ChannelName[] = ['telegram', 'whatsapp'];

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

export function createCampaignStore(db: Db) {
  return {
    async create(input: { name: string; texts: Record<string, string>; buttons: CampaignButton[]; segment: CampaignSegment; createdBy: string | null }) {
      const [row] = await db.insert(campaigns).values(input).returning();
      if (!row) throw new Error('campaign not stored');
      return row;
    },

    async get(id: string): Promise<CampaignRow | undefined> {
      const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id)).limit(1);
      return row;
    },

    async list(limit = 100): Promise<CampaignRow[]> {
      return db.select().from(campaigns).orderBy(desc(campaigns.createdAt)).limit(limit);
    },

    /** Moves a campaign from one of `from` to `to`; false when it was in another state (someone else moved it). */
    async transition(id: string, from: CampaignStatus[], to: CampaignStatus, extra: { scheduledAt?: Date | null } = {}): Promise<boolean> {
      const sets: SQL[] = [sql`status = ${to}`];
      if (extra.scheduledAt !== undefined) sets.push(sql`scheduled_at = ${extra.scheduledAt?.toISOString() ?? null}::timestamptz`);
      if (to === 'done' || to === 'cancelled') sets.push(sql`finished_at = now()`);
      const done = await rows(
        db,
        sql`update campaigns set ${sql.join(sets, sql`, `)} where id = ${id} and status in (${list(from)}) returning id`,
      );
      if (done.length > 0 && to === 'cancelled') {
        await db.execute(sql`update campaign_outbox set status = 'skipped', reason = 'cancelled' where campaign_id = ${id} and status = 'queued'`);
      }
      return done.length > 0;
    },

    /**
     * Fills the outbox with ONE `INSERT ... SELECT`: every subscribed person in the segment gets one row.
     * People whose language chain has no text, or who are in an open counsellor case, get a `skipped` row
     * so the stats can count them. The worker checks again at send time. A campaign is enqueued once: the
     * same statement sets `enqueued_at`, and a second call adds nobody (a cheaper guard than ON CONFLICT,
     * which cost 3 s of the 725,000-row enqueue; the unique index still stands behind it). Returns the
     * number of rows added, from the command's row count (no rows travel back).
     */
    async enqueue(campaign: Pick<CampaignRow, 'id' | 'segment'>, textLang: Record<Lang, Lang | null>): Promise<number> {
      const seg = campaign.segment;
      const channels = (seg.channels?.length ? seg.channels : CAMPAIGN_CHANNELS).filter((c) => CAMPAIGN_CHANNELS.includes(c));
      if (channels.length === 0) return 0;
      const resolved = sql.join(LANGS.map((l) => sql`when ${l} then ${textLang[l]}::text`), sql` `);
      const lang = sql`coalesce(cs.language, 'en')`;
      const district = sql`coalesce(s.district, cs.data->>'district')`;
      const filters: SQL[] = [sql`s.status = 'subscribed'`, sql`p.channel in (${list(channels)})`];
      if (seg.languages?.length) filters.push(sql`${lang} in (${list(seg.languages)})`);
      if (seg.districts?.length) filters.push(sql`${district} in (${list(seg.districts)})`);
      const res = await db.execute(
        sql`with once as (
              update campaigns set enqueued_at = now() where id = ${campaign.id} and enqueued_at is null returning id
            )
            insert into campaign_outbox (campaign_id, person_id, channel, lang, district, status, reason)
            select once.id, x.person_id, x.channel, x.rlang, x.district,
                   case when x.rlang is null or x.in_case then 'skipped' else 'queued' end,
                   case when x.rlang is null then 'no_text' when x.in_case then 'open_case' end
            from once, (
              select s.person_id, p.channel, ${district} as district,
                     case ${lang} ${resolved} end as rlang,
                     exists (select 1 from cases k where k.person_id = s.person_id and k.status in ('waiting', 'active')) as in_case
              from subscriptions s
              join people p on p.id = s.person_id
              left join conversation_states cs on cs.person_id = s.person_id
              where ${sql.join(filters, sql` and `)}
            ) x`,
      );
      return affectedRows(res);
    },

    /** Enqueue then start sending, in one transaction (a crash leaves the campaign as it was). */
    async start(id: string, from: CampaignStatus[], textLang: Record<Lang, Lang | null>): Promise<{ started: boolean; enqueued: number }> {
      return db.transaction(async (tx) => {
        const store = createCampaignStore(tx as unknown as Db);
        const [row] = await rows<{ id: string; segment: CampaignSegment }>(
          tx as unknown as Db,
          sql`select id, segment from campaigns where id = ${id} and status in (${list(from)}) for update skip locked`,
        );
        if (!row) return { started: false, enqueued: 0 };
        const enqueued = await store.enqueue({ id: row.id, segment: row.segment }, textLang);
        // Statistics for the claim query's columns now, not when autovacuum gets to the new rows: a claim
        // planned on a table the planner thinks is empty could scan every row (0.13 s for 725,000 rows).
        if (enqueued > 0) await tx.execute(sql`analyze campaign_outbox (campaign_id, channel, status, next_attempt_at)`);
        await tx.execute(sql`update campaigns set status = 'sending', enqueued_at = now() where id = ${id}`);
        return { started: true, enqueued };
      });
    },

    /** Scheduled campaigns whose time has come. */
    async due(): Promise<CampaignRow[]> {
      return db.select().from(campaigns).where(sql`${campaigns.status} = 'scheduled' and ${campaigns.scheduledAt} <= now()`).limit(10);
    },

    async sending(): Promise<CampaignRow[]> {
      return db.select().from(campaigns).where(eq(campaigns.status, 'sending'));
    },

    /**
     * Claims up to `limit` queued rows of one campaign and channel for this worker: status 'sending',
     * claimed_at and worker id set in the same statement that locks them (SKIP LOCKED: other workers take
     * other rows). The same statement reads what the send-time check needs: is she still there (erased =
     * no row), still subscribed, not in an open counsellor case.
     */
    async claim(campaignId: string, channel: ChannelName, limit: number, workerId: string): Promise<ClaimedRow[]> {
      const got = await rows<Record<string, unknown>>(
        db,
        sql`with picked as (
              select id from campaign_outbox
              where campaign_id = ${campaignId} and channel = ${channel} and status = 'queued' and next_attempt_at <= now()
              order by id limit ${limit}
              for update skip locked
            ), claimed as (
              update campaign_outbox o set status = 'sending', claimed_at = now(), worker_id = ${workerId}, attempts = o.attempts + 1
              from picked where o.id = picked.id
              returning o.id, o.campaign_id, o.person_id, o.lang, o.attempts, o.district
            )
            select c.id, c.campaign_id, c.person_id, c.lang, c.attempts, c.district, p.external_ref_enc,
                   coalesce(s.status = 'subscribed', false) as subscribed,
                   exists (select 1 from cases k where k.person_id = c.person_id and k.status in ('waiting', 'active')) as in_case
            from claimed c
            left join people p on p.id = c.person_id
            left join subscriptions s on s.person_id = c.person_id
            order by c.id`,
      );
      return got.map((r) => ({
        id: Number(r.id),
        campaignId: String(r.campaign_id),
        personId: String(r.person_id),
        lang: r.lang as Lang,
        attempts: Number(r.attempts),
        externalRefEnc: (r.external_ref_enc as string | null) ?? null,
        subscribed: r.subscribed === true || r.subscribed === 't',
        inCase: r.in_case === true || r.in_case === 't',
        district: (r.district as string | null) ?? null,
      }));
    },

    /** The platform accepted them: from now on they are never sent again. */
    async markSent(ids: number | number[]): Promise<void> {
      const list = Array.isArray(ids) ? ids : [ids];
      if (list.length === 0) return;
      await db.execute(sql`update campaign_outbox set status = 'sent', sent_at = now(), reason = null where id = any(${pgArray(list)}::bigint[])`);
    },

    /**
     * markSent and the campaign message ids to keep for erasure (src/campaigns/wiring.ts), in one statement.
     */
    async markSentAndLog(ids: number[], chat: ChatRow[]): Promise<void> {
      if (chat.length === 0) {
        await db.execute(sql`update campaign_outbox set status = 'sent', sent_at = now(), reason = null where id = any(${pgArray(ids)}::bigint[])`);
        return;
      }
      const col = <K extends keyof (typeof chat)[number]>(k: K) => pgArray(chat.map((r) => r[k]));
      await db.execute(
        sql`with marked as (
              update campaign_outbox set status = 'sent', sent_at = now(), reason = null where id = any(${pgArray(ids)}::bigint[])
              returning 1
            )
            insert into chat_messages (person_id, channel, direction, provider_message_id)
            select * from unnest(${col('personId')}::uuid[], ${col('channel')}::text[], ${col('direction')}::text[], ${col('providerMessageId')}::text[])`,
      );
    },

    async finish(id: number, status: 'failed' | 'blocked' | 'skipped', reason: string): Promise<void> {
      await db.execute(sql`update campaign_outbox set status = ${status}, reason = ${reason} where id = ${id}`);
    },

    /**
     * WhatsApp accepted a campaign message and later reported it failed: the 'sent' row of hers whose
     * claim-to-sent span holds the moment that message went out becomes failed (or blocked). Returns how
     * many rows changed (0 when the message was not a campaign's, or its 'sent' mark is not in yet).
     */
    async markUndelivered(personId: string, sentAt: Date, status: 'failed' | 'blocked', reason: string): Promise<number> {
      const got = await rows(
        db,
        sql`update campaign_outbox set status = ${status}, reason = ${reason}
            where person_id = ${personId} and channel = 'whatsapp' and status = 'sent'
              and ${sentAt.toISOString()}::timestamptz between claimed_at and sent_at
            returning 1 as one`,
      );
      return got.length;
    },

    /** Back to the queue after `delayMs`; `countAttempt: false` for rows never tried (paused, rate limited). */
    async requeue(id: number, delayMs: number, opts: { reason?: string; countAttempt: boolean }): Promise<void> {
      await db.execute(
        sql`update campaign_outbox set status = 'queued', reason = ${opts.reason ?? null},
              attempts = attempts - ${opts.countAttempt ? 0 : 1},
              next_attempt_at = now() + (${Math.max(0, Math.round(delayMs))} * interval '1 millisecond')
            where id = ${id}`,
      );
    },

    /** Hands an unsent row back to the queue, if this worker still holds it. */
    async release(id: number, workerId: string): Promise<void> {
      await db.execute(
        sql`update campaign_outbox set status = 'queued', attempts = attempts - 1, reason = 'released'
            where id = ${id} and status = 'sending' and worker_id = ${workerId}`,
      );
    },

    /**
     * Settles the rows a killed worker held, from its send journal (src/campaigns/send-journal.ts): the
     * ones whose request left are 'sent'; the rest never left and go back to the queue at once (their
     * attempt not counted). Only rows still 'sending' under that worker id change, so settling twice, or
     * after the lease already re-queued them, does nothing.
     */
    async settleWorker(workerId: string, sentIds: number[]): Promise<{ sent: number; requeued: number }> {
      return db.transaction(async (tx) => {
        const sent = sentIds.length === 0
          ? 0
          : affectedRows(
              await tx.execute(
                sql`update campaign_outbox set status = 'sent', sent_at = now(), reason = null
                    where worker_id = ${workerId} and status = 'sending' and id = any(${pgArray(sentIds)}::bigint[])`,
              ),
            );
        const requeued = affectedRows(
          await tx.execute(
            sql`update campaign_outbox set status = 'queued', attempts = attempts - 1, reason = 'released'
                where worker_id = ${workerId} and status = 'sending'`,
          ),
        );
        return { sent, requeued };
      });
    },

    /**
     * Rows left in 'sending' longer than the lease belonged to a worker that died and whose send journal
     * is not on this machine (see settleWorker for the usual case). THE POSSIBLE DUPLICATES: the platform
     * may have accepted one of them just before the kill. They go back to the queue.
     */
    async reclaimExpired(leaseMs: number): Promise<number> {
      const got = await rows(
        db,
        sql`update campaign_outbox set status = 'queued', reason = 'lease_expired'
            where status = 'sending' and claimed_at < now() - (${Math.round(leaseMs)} * interval '1 millisecond')
            returning 1 as one`,
      );
      return got.length;
    },

    /** Campaigns with nothing left to send are done. */
    async finishDrained(): Promise<number> {
      const got = await rows(
        db,
        sql`update campaigns c set status = 'done', finished_at = now()
            where c.status = 'sending'
              and not exists (select 1 from campaign_outbox o where o.campaign_id = c.id and o.status = 'queued')
              and not exists (select 1 from campaign_outbox o where o.campaign_id = c.id and o.status = 'sending')
            returning 1 as one`,
      );
      return got.length;
    },

    /** Counts per status, reason and district, and pledges per district (aggregates only, no one's row). */
    async counts(campaignId: string) {
      const outbox = await rows<{ status: string; reason: string | null; district: string | null; n: unknown }>(
        db,
        sql`select status, case when status = 'skipped' then reason end as reason, district, count(*) as n
            from campaign_outbox where campaign_id = ${campaignId} group by 1, 2, 3`,
      );
      const pledges = await rows<{ district: string | null; n: unknown }>(
        db,
        sql`select district, count(*) as n from campaign_pledges where campaign_id = ${campaignId} group by 1`,
      );
      // WhatsApp status callbacks land in whatsapp_outbound (per person, not per campaign): the record written
      // while this row was being sent (between claim and 'sent') is this campaign message's.
      const [wa] = await rows<{ sent: unknown; delivered: unknown }>(
        db,
        sql`select count(*) as sent, count(*) filter (where exists (
                select 1 from whatsapp_outbound w where w.person_id = o.person_id and w.kind = 'message'
                  and w.status in ('delivered', 'read') and w.created_at between o.claimed_at and o.sent_at)) as delivered
            from campaign_outbox o where o.campaign_id = ${campaignId} and o.channel = 'whatsapp' and o.status = 'sent'`,
      );
      return {
        whatsapp: { sent: Number(wa?.sent ?? 0), delivered: Number(wa?.delivered ?? 0) },
        outbox: outbox.map((r) => ({ status: r.status, reason: r.reason, district: r.district, n: Number(r.n) })),
        pledges: pledges.map((r) => ({ district: r.district, n: Number(r.n) })),
      };
    },

    /** How many subscribed people a segment reaches now, per channel and text language (for the preview). */
    async audience(segment: CampaignSegment, textLang: Record<Lang, Lang | null>) {
      const channels = (segment.channels?.length ? segment.channels : CAMPAIGN_CHANNELS).filter((c) => CAMPAIGN_CHANNELS.includes(c));
      if (channels.length === 0) return [];
      const resolved = sql.join(LANGS.map((l) => sql`when ${l} then ${textLang[l]}::text`), sql` `);
      const lang = sql`coalesce(cs.language, 'en')`;
      const district = sql`coalesce(s.district, cs.data->>'district')`;
      const filters: SQL[] = [sql`s.status = 'subscribed'`, sql`p.channel in (${list(channels)})`];
      if (segment.languages?.length) filters.push(sql`${lang} in (${list(segment.languages)})`);
      if (segment.districts?.length) filters.push(sql`${district} in (${list(segment.districts)})`);
      const got = await rows<{ channel: string; lang: string | null; n: unknown }>(
        db,
        sql`select p.channel, case ${lang} ${resolved} end as lang, count(*) as n
            from subscriptions s join people p on p.id = s.person_id
            left join conversation_states cs on cs.person_id = s.person_id
            where ${sql.join(filters, sql` and `)} group by 1, 2`,
      );
      return got.map((r) => ({ channel: r.channel, lang: r.lang, n: Number(r.n) }));
    },
  };
}

export type CampaignStore = ReturnType<typeof createCampaignStore>;
