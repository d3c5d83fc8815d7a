import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * Explicit opt-in to campaign messages: when she agreed and how (`offer`, `command`, `deeplink:<tag>`,
 * `text`), and the district a deep link named. One row per person; erased with her (cascade).
 */
export const subscriptions = pgTable(
  'subscriptions',
  {
    personId: uuid()
      .primaryKey()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text({ enum: ['subscribed', 'unsubscribed'] }).notNull(),
    district: text(),
    source: text().notNull(),
    consentedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    unsubscribedAt: timestamp({ withTimezone: true }),
    /** `stop` (she asked) or `blocked` (the platform said she blocked the bot). */
    unsubscribeReason: text({ enum: ['stop', 'blocked'] }),
  },
  (t) => [index('subscriptions_status_idx').on(t.status)],
);
