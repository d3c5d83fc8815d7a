import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per platform delivery, so a retried delivery is answered once. Purged after a few days. */
export const inboundReceipts = pgTable(
  'inbound_receipts',
  {
    channel: text({ enum: ['telegram', 'whatsapp', 'web'] }).notNull(),
    providerMessageId: text().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.providerMessageId] })],
);
