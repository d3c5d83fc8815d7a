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
 */
export const campaignOutbox = pgTable(
  'campaign_outbox',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
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
    uniqueIndex('campaign_outbox_campaign_person_uq').on(t.campaignId, t.personId),
    index('campaign_outbox_queued_idx').on(t.campaignId, t.channel, t.id).where(sql`status = 'queued'`),
    index('campaign_outbox_sending_idx').on(t.claimedAt).where(sql`status = 'sending'`),
    index('campaign_outbox_person_idx').on(t.personId),
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
