import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/** Where a person is in the conversation. One row per person; erased with the person. */
export const conversationStates = pgTable('conversation_states', {
  personId: uuid()
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  language: text(),
  flow: text().notNull().default('new'),
  step: text().notNull().default(''),
  data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  consents: jsonb().$type<Record<string, string>>().notNull().default({}),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
