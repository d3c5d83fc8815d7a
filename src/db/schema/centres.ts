import { boolean, date, doublePrecision, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One Stop Centres (Sakhi centres). Public directory data, no personal data. `verified` stays false until
 * someone has confirmed the address and phone; `coordinateBasis` says how exact the point is
 * (`district_hq` = the district town, good for ranking, not for directions).
 */
export const centres = pgTable(
  'centres',
  {
    /** The directory's own id (e.g. `JK-KTH-01`), so a re-import updates the same row. */
    id: text().primaryKey(),
    name: text().notNull(),
    district: text().notNull(),
    ut: text().notNull(),
    address: text().notNull(),
    phone: text(),
    latitude: doublePrecision().notNull(),
    longitude: doublePrecision().notNull(),
    services: jsonb().$type<string[]>().notNull().default([]),
    hours: text(),
    source: text().notNull(),
    lastVerified: date({ mode: 'string' }),
    verified: boolean().notNull().default(false),
    coordinateBasis: text().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('centres_district_idx').on(t.district)],
);
