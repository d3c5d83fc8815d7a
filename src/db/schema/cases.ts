import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people } from './people.js';
import { staff } from './staff.js';

/**
 * A request for a counsellor. Counsellors see `ref` (pseudonymous), never the person's platform id.
 * Erased with the person; purged a retention period after it closes.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    ref: text().notNull(),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text({ enum: ['waiting', 'active', 'closed'] }).notNull().default('waiting'),
    emergency: boolean().notNull().default(false),
    thirdParty: boolean().notNull().default(false),
    district: text(),
    language: text().notNull(),
    channel: text({ enum: ['telegram', 'whatsapp', 'web'] }).notNull(),
    counsellorId: uuid().references(() => staff.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    outcome: text({ enum: ['information', 'referred_osc', 'referred_police', 'legal_aid', 'other'] }),
  },
  (t) => [
    uniqueIndex('cases_ref_uq').on(t.ref),
    index('cases_status_idx').on(t.status, t.createdAt),
    index('cases_person_idx').on(t.personId),
  ],
);

/** The transcript and private notes of a case, encrypted at rest. */
export const caseMessages = pgTable(
  'case_messages',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    direction: text({ enum: ['in', 'out', 'note', 'system'] }).notNull(),
    bodyEnc: text().notNull(),
    authorId: uuid().references(() => staff.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_messages_case_idx').on(t.caseId, t.id)],
);

/** Who opened or changed which case, when. Holds ids only: it outlives the case it names. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    staffId: uuid(),
    action: text().notNull(),
    caseId: uuid(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_case_idx').on(t.caseId)],
);
