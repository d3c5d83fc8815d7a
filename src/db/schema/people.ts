import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A person as seen on one channel. Stored under an internal id: the platform id is kept only as a keyed
 * hash (for lookup) and encrypted (to send to later), never in clear.
 */
export const people = pgTable(
  'people',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    channel: text({ enum: ['telegram', 'whatsapp', 'web'] }).notNull(),
    externalHash: text().notNull(),
    externalRefEnc: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastInboundAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('people_channel_external_hash_uq').on(t.channel, t.externalHash)],
);
