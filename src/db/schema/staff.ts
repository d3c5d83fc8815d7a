import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Console users: counsellors, admins, campaigners. Passwords are scrypt hashes. */
export const staff = pgTable(
  'staff',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    email: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    role: text({ enum: ['admin', 'counsellor', 'campaigner'] }).notNull(),
    districts: jsonb().$type<string[]>().notNull().default([]),
    languages: jsonb().$type<string[]>().notNull().default([]),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    lastSeenAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('staff_email_uq').on(t.email)],
);

/** Console sessions; the cookie holds a random token, the table only its SHA-256. */
export const staffSessions = pgTable('staff_sessions', {
  tokenHash: text().primaryKey(),
  staffId: uuid()
    .notNull()
    .references(() => staff.id, { onDelete: 'cascade' }),
  csrfToken: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});
