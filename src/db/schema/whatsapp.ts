import { bigserial, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * Delivery records of messages Saheli sent on WhatsApp. Keyed by a keyed hash of the wamid, never the
 * wamid itself: a wamid base64-encodes the recipient's phone number. No message text. Erased with her.
 */
export const whatsappOutbound = pgTable(
  'whatsapp_outbound',
  {
    wamidHash: text().primaryKey(),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text({ enum: ['message', 'template'] }).notNull(),
    status: text({ enum: ['accepted', 'sent', 'delivered', 'read', 'failed'] }).notNull().default('accepted'),
    statusAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    errorCode: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('whatsapp_outbound_person_idx').on(t.personId)],
);

/** Messages held back while her 24-hour window is closed, encrypted, until she next writes. */
export const whatsappHeld = pgTable(
  'whatsapp_held',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    bodyEnc: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('whatsapp_held_person_idx').on(t.personId, t.id)],
);

/**
 * Her reply window beyond what people.last_inbound_at says: when WhatsApp last refused a free-form message
 * (131047) and when the neutral template last went out, so she is notified once per closed window.
 */
export const whatsappWindows = pgTable('whatsapp_windows', {
  personId: uuid()
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  closedAt: timestamp({ withTimezone: true }),
  notifiedAt: timestamp({ withTimezone: true }),
});
