import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * Messages in a person's chat that Saheli must be able to find again: platform message ids (so they can
 * be deleted when she erases her data) and, for the web chat, encrypted bot replies until the page
 * collects them. No plain text is ever stored here.
 */
export const chatMessages = pgTable(
  'chat_messages',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    channel: text({ enum: ['telegram', 'whatsapp', 'web'] }).notNull(),
    direction: text({ enum: ['in', 'out'] }).notNull(),
    providerMessageId: text(),
    bodyEnc: text(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('chat_messages_person_id_idx').on(t.personId, t.id)],
);
