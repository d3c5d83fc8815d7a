import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import type { Cipher } from '../crypto.js';
import { people, whatsappHeld, whatsappOutbound, whatsappWindows } from '../schema/index.js';

export type OutboundStatus = 'sent' | 'delivered' | 'read' | 'failed';

export interface OutboundRecord {
  personId: string;
  kind: 'message' | 'template';
  /** When Saheli sent it (the record's creation). */
  sentAt: Date;
}

export interface ReplyWindow {
  /** False when the person no longer exists (erased a moment ago). */
  exists: boolean;
  /** A free-form message may go out now. */
  open: boolean;
  /** The neutral template already went out since her last message. */
  notified: boolean;
}

/** Statuses a new one may replace: they only move forward (callbacks can arrive out of order); failed always wins. */
const REPLACES: Record<OutboundStatus, string[]> = {
  sent: ['accepted'],
  delivered: ['accepted', 'sent'],
  read: ['accepted', 'sent', 'delivered'],
  failed: ['accepted', 'sent', 'delivered', 'read'],
};

export interface WhatsAppStore {
  /** Her window, by the database clock: open within `windowMs` of her last message, unless WhatsApp said otherwise since. */
  windowOf(personId: string, windowMs: number): Promise<ReplyWindow>;
  markClosed(personId: string): Promise<void>;
  markNotified(personId: string): Promise<void>;
  /** Keep messages (JSON), encrypted, until she writes again. */
  hold(personId: string, bodies: string[]): Promise<void>;
  /** Take (and delete) what was held for her, oldest first. */
  takeHeld(personId: string): Promise<string[]>;
  recordSent(personId: string, wamid: string, kind: 'message' | 'template'): Promise<void>;
  /** Update a delivery record; returns whose it was and when it was sent, or null when it is not ours or not newer. */
  updateStatus(wamid: string, status: OutboundStatus, at: Date, errorCode?: number): Promise<OutboundRecord | null>;
}

export function createWhatsAppStore(db: Db, cipher: Cipher): WhatsAppStore {
  const hashOf = (wamid: string) => cipher.lookupHash(`wamid:${wamid}`);
  const upsertWindow = (personId: string, column: 'closedAt' | 'notifiedAt') =>
    db
      .insert(whatsappWindows)
      .values({ personId, [column]: sql`now()` })
      .onConflictDoUpdate({ target: whatsappWindows.personId, set: { [column]: sql`now()` } });

  return {
    async windowOf(personId, windowMs) {
      const rows = await db
        .select({
          recent: sql<boolean>`${people.lastInboundAt} > now() - (${windowMs} * interval '1 millisecond')`,
          closedSince: sql<boolean>`coalesce(${whatsappWindows.closedAt} >= ${people.lastInboundAt}, false)`,
          notified: sql<boolean>`coalesce(${whatsappWindows.notifiedAt} >= ${people.lastInboundAt}, false)`,
        })
        .from(people)
        .leftJoin(whatsappWindows, eq(whatsappWindows.personId, people.id))
        .where(eq(people.id, personId))
        .limit(1);
      const row = rows[0];
      if (!row) return { exists: false, open: false, notified: false };
      return { exists: true, open: Boolean(row.recent) && !row.closedSince, notified: Boolean(row.notified) };
    },

    async markClosed(personId) {
      await upsertWindow(personId, 'closedAt');
    },

    async markNotified(personId) {
      await upsertWindow(personId, 'notifiedAt');
    },

    async hold(personId, bodies) {
      if (bodies.length === 0) return;
      const values = await Promise.all(bodies.map(async (b) => ({ personId, bodyEnc: await cipher.encrypt(b) })));
      await db.insert(whatsappHeld).values(values);
    },

    async takeHeld(personId) {
      // Delete-returning claims the rows, so two messages from her at once cannot release them twice.
      const rows = await db
        .delete(whatsappHeld)
        .where(eq(whatsappHeld.personId, personId))
        .returning({ id: whatsappHeld.id, bodyEnc: whatsappHeld.bodyEnc });
      rows.sort((a, b) => a.id - b.id);
      return Promise.all(rows.map((r) => cipher.decrypt(r.bodyEnc)));
    },

    async recordSent(personId, wamid, kind) {
      await db
        .insert(whatsappOutbound)
        .values({ wamidHash: await hashOf(wamid), personId, kind })
        .onConflictDoNothing();
    },

    async updateStatus(wamid, status, at, errorCode) {
      const rows = await db
        .update(whatsappOutbound)
        .set({ status, statusAt: at, ...(errorCode === undefined ? {} : { errorCode }) })
        .where(and(eq(whatsappOutbound.wamidHash, await hashOf(wamid)), inArray(whatsappOutbound.status, REPLACES[status] as never[])))
        .returning({ personId: whatsappOutbound.personId, kind: whatsappOutbound.kind, sentAt: whatsappOutbound.createdAt });
      return rows[0] ?? null;
    },
  };
}
