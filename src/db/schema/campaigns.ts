import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people } from './people.js';
import { staff } from './staff.js';

export interface CampaignButton {
  kind: 'pledge' | 'find_help' | 'rights' | 'menu';
  /** Labels per language (pledge only; the others use Saheli's own translated labels). */
  labels?: Record<string, string>;
}

export interface CampaignSegment {
  channels?: ('telegram' | 'whatsapp' | 'web')[];
  languages?: string[];
  districts?: string[];
}

/** An awareness campaign: text per language, optional buttons, a segment, a schedule. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    name: text().notNull(),
    texts: jsonb().$type<Record<string, string>>().notNull(),
    buttons: jsonb().$type<CampaignButton[]>().notNull().default([]),
    segment: jsonb().$type<CampaignSegment>().notNull().default({}),
    status: text({ enum: ['draft', 'scheduled', 'sending', 'paused', 'done', 'cancelled'] }).notNull().default('draft'),
    scheduledAt: timestamp({ withTimezone: true }),
    enqueuedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => staff.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('campaigns_status_idx').on(t.status, t.scheduledAt)],
);

/**
 * The durable per-recipient outbox: one row per (campaign, person), filled by one INSERT ... SELECT and
 * drained by workers with FOR UPDATE SKIP LOCKED. `lang` is the language of the text she gets (after the
 * fallback chain); `district` is kept only for the aggregate stats.
 *
 * No foreign keys, on purpose: a foreign-key check is a trigger per inserted row, and the two of them
 * doubled the time to enqueue 725,000 recipients (22 s → 11 s without them, PostgreSQL 15). Instead,
 * statement triggers on `people` and `campaigns` (migration 0005) delete the rows that would have
 * cascaded, so erasing a person still takes her outbox rows with her. The one unique index is
 * (person_id, campaign_id): it keeps one row per person and campaign and finds her rows on erasure.
 */
export const campaignOutbox = pgTable(
  'campaign_outbox',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    campaignId: uuid().notNull(),
    personId: uuid().notNull(),
    channel: text({ enum: ['telegram', 'whatsapp', 'web'] }).notNull(),
    lang: text(),
    district: text(),
    status: text({ enum: ['queued', 'sending', 'sent', 'failed', 'blocked', 'skipped'] }).notNull(),
    /** Why a row was skipped (`no_text`, `open_case`, `unsubscribed`, `cancelled`) or the last error code. */
    reason: text(),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp({ withTimezone: true }),
    workerId: text(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('campaign_outbox_person_campaign_uq').on(t.personId, t.campaignId),
    index('campaign_outbox_queued_idx').on(t.campaignId, t.channel, t.id).where(sql`status = 'queued'`),
    index('campaign_outbox_sending_idx').on(t.claimedAt).where(sql`status = 'sending'`),
  ],
);

/** One pledge per person per campaign; the count shows in the stats. */
export const campaignPledges = pgTable(
  'campaign_pledges',
  {
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    district: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.personId] })],
);
