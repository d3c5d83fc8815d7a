import { and, asc, desc, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { ChannelName } from '../../core/events.js';
import type { Hours } from '../../core/hours.js';
import { dirOf, isLang, type Lang } from '../../core/lang.js';
import type { CaseDesk, OpenCase } from '../../core/ports.js';
import type { Db } from '../client.js';
import type { Cipher } from '../crypto.js';
import { auditLog, caseMessages, cases, people } from '../schema/index.js';

export const CONSOLE_CHANNEL = 'saheli_console';
export type Outcome = 'information' | 'referred_osc' | 'referred_police' | 'legal_aid' | 'other';

export interface CaseSummary {
  caseId: string;
  ref: string;
  status: 'waiting' | 'active' | 'closed';
  waitingSeconds: number;
  language: Lang;
  dir: 'ltr' | 'rtl';
  channel: ChannelName;
  district: string | null;
  emergency: boolean;
  thirdParty: boolean;
  counsellorId: string | null;
  mine: boolean;
}

export interface CaseMessage {
  id: string;
  direction: 'in' | 'out' | 'note' | 'system';
  text: string;
  at: string;
  author: string | null;
  dir: 'ltr' | 'rtl';
}

export interface Viewer {
  id: string;
  role: string;
  districts: string[];
  languages: string[];
}

type CaseRow = typeof cases.$inferSelect;
const REF_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Cases for both sides: the person's (CaseDesk, used by the core) and the counsellors' (console). */
export function createCaseStore(db: Db, cipher: Cipher, hours: Hours, now = () => new Date()) {
  async function notify(type: 'queue' | 'message', caseId: string, messageId?: number) {
    const payload = JSON.stringify({ type, caseId, ...(messageId ? { messageId } : {}) });
    await db.execute(sql`select pg_notify(${CONSOLE_CHANNEL}, ${payload})`);
  }

  async function addMessage(caseId: string, direction: CaseMessage['direction'], text: string, authorId: string | null) {
    const [row] = await db
      .insert(caseMessages)
      .values({ caseId, direction, bodyEnc: await cipher.encrypt(text), authorId })
      .returning({ id: caseMessages.id, createdAt: caseMessages.createdAt });
    if (!row) throw new Error('message not stored');
    await notify('message', caseId, row.id);
    return row;
  }

  function summary(row: CaseRow, viewerId: string | null): CaseSummary {
    const language = isLang(row.language) ? row.language : 'en';
    return {
      caseId: row.id,
      ref: row.ref,
      status: row.status,
      waitingSeconds: Math.max(0, Math.round((now().getTime() - row.createdAt.getTime()) / 1000)),
      language,
      dir: dirOf(language),
      channel: row.channel,
      district: row.district,
      emergency: row.emergency,
      thirdParty: row.thirdParty,
      counsellorId: row.counsellorId,
      mine: viewerId !== null && row.counsellorId === viewerId,
    };
  }

  async function openRowOf(personId: string) {
    const [row] = await db
      .select()
      .from(cases)
      .where(and(eq(cases.personId, personId), inArray(cases.status, ['waiting', 'active'])))
      .orderBy(desc(cases.createdAt))
      .limit(1);
    return row;
  }
  const toOpen = (r: CaseRow): OpenCase => ({ id: r.id, ref: r.ref, status: r.status as OpenCase['status'], emergency: r.emergency });

  const desk: CaseDesk = {
    async openCaseOf(personId) {
      const row = await openRowOf(personId);
      return row ? toOpen(row) : null;
    },
    async request(personId, req) {
      const existing = await openRowOf(personId);
      let row = existing;
      if (!row) {
        for (let attempt = 0; attempt < 5 && !row; attempt++) {
          const [inserted] = await db
            .insert(cases)
            .values({ ref: newRef(), personId, ...req })
            .onConflictDoNothing()
            .returning();
          row = inserted;
        }
        if (!row) throw new Error('could not allocate a case ref');
        await notify('queue', row.id);
      }
      const created = row.createdAt;
      const [ahead] = await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(cases)
        .where(and(eq(cases.status, 'waiting'), lt(cases.createdAt, created)));
      return { case: toOpen(row), ahead: ahead?.n ?? 0 };
    },
    async fromPerson(caseId, entry) {
      await addMessage(caseId, entry.direction, entry.text, null);
    },
    async flagEmergency(caseId) {
      await db.update(cases).set({ emergency: true }).where(eq(cases.id, caseId));
      await notify('queue', caseId);
    },
    async leave(caseId) {
      await db.update(cases).set({ status: 'closed', closedAt: sql`now()`, outcome: 'other' }).where(eq(cases.id, caseId));
      await addMessage(caseId, 'system', 'She left the conversation.', null);
      await notify('queue', caseId);
    },
    hours(district, at) {
      return hours.open(district, at);
    },
  };

  return {
    desk,
    notify,

    /** Waiting cases (emergencies first, then hers in my district or language, then the longest wait), then mine. */
    async queue(viewer: Viewer): Promise<CaseSummary[]> {
      const rows = await db
        .select()
        .from(cases)
        .where(or(eq(cases.status, 'waiting'), and(eq(cases.status, 'active'), eq(cases.counsellorId, viewer.id))))
        .orderBy(desc(cases.emergency), asc(cases.createdAt))
        .limit(500);
      const prefers = (r: CaseRow) =>
        (r.district && viewer.districts.includes(r.district) ? 1 : 0) + (viewer.languages.includes(r.language) ? 1 : 0);
      const waiting = rows
        .filter((r) => r.status === 'waiting')
        .sort((a, b) => Number(b.emergency) - Number(a.emergency) || prefers(b) - prefers(a) || a.createdAt.getTime() - b.createdAt.getTime());
      const mine = rows.filter((r) => r.status === 'active');
      return [...waiting, ...mine].map((r) => summary(r, viewer.id));
    },

    async get(caseId: string): Promise<CaseRow | undefined> {
      const [row] = await db.select().from(cases).where(eq(cases.id, caseId)).limit(1);
      return row;
    },

    summary,

    /** Exactly one counsellor wins: the update only matches while the case is still waiting. */
    async claim(caseId: string, staffId: string): Promise<CaseRow | null> {
      const [row] = await db
        .update(cases)
        .set({ status: 'active', counsellorId: staffId, claimedAt: sql`now()` })
        .where(and(eq(cases.id, caseId), eq(cases.status, 'waiting')))
        .returning();
      if (row) await notify('queue', caseId);
      return row ?? null;
    },

    async messages(caseId: string, names: Map<string, string>): Promise<CaseMessage[]> {
      const row = await this.get(caseId);
      const dir = dirOf(isLang(row?.language) ? row.language : 'en');
      const rows = await db.select().from(caseMessages).where(eq(caseMessages.caseId, caseId)).orderBy(asc(caseMessages.id));
      return Promise.all(
        rows.map(async (m) => ({
          id: String(m.id),
          direction: m.direction,
          text: await cipher.decrypt(m.bodyEnc),
          at: m.createdAt.toISOString(),
          author: m.authorId ? (names.get(m.authorId) ?? null) : null,
          dir: m.direction === 'in' || m.direction === 'out' ? dir : 'ltr',
        })),
      );
    },

    async message(messageId: number, names: Map<string, string>): Promise<(CaseMessage & { caseId: string }) | null> {
      const [m] = await db.select().from(caseMessages).where(eq(caseMessages.id, messageId)).limit(1);
      if (!m) return null;
      const row = await this.get(m.caseId);
      const dir = dirOf(isLang(row?.language) ? row.language : 'en');
      return {
        caseId: m.caseId,
        id: String(m.id),
        direction: m.direction,
        text: await cipher.decrypt(m.bodyEnc),
        at: m.createdAt.toISOString(),
        author: m.authorId ? (names.get(m.authorId) ?? null) : null,
        dir: m.direction === 'in' || m.direction === 'out' ? dir : 'ltr',
      };
    },

    addMessage,

    async transfer(caseId: string, toStaffId: string): Promise<CaseRow | null> {
      const [row] = await db
        .update(cases)
        .set({ counsellorId: toStaffId })
        .where(and(eq(cases.id, caseId), eq(cases.status, 'active')))
        .returning();
      if (row) await notify('queue', caseId);
      return row ?? null;
    },

    async close(caseId: string, outcome: Outcome): Promise<CaseRow | null> {
      const [row] = await db
        .update(cases)
        .set({ status: 'closed', outcome, closedAt: sql`now()` })
        .where(and(eq(cases.id, caseId), eq(cases.status, 'active')))
        .returning();
      if (row) await notify('queue', caseId);
      return row ?? null;
    },

    /** Where to send a counsellor's words: decrypted only here, never shown in the console. */
    async recipient(caseId: string) {
      const [row] = await db
        .select({ personId: people.id, channel: people.channel, ref: people.externalRefEnc, language: cases.language })
        .from(cases)
        .innerJoin(people, eq(people.id, cases.personId))
        .where(eq(cases.id, caseId))
        .limit(1);
      if (!row) return null;
      return {
        personId: row.personId,
        channel: row.channel,
        externalUserId: await cipher.decrypt(row.ref),
        lang: (isLang(row.language) ? row.language : 'en') as Lang,
      };
    },

    async audit(staffId: string | null, action: string, caseId: string | null) {
      await db.insert(auditLog).values({ staffId, action, caseId });
    },

    /** Retention: closed cases (and, by cascade, their transcripts and notes) older than the cut-off. */
    async purgeClosed(before: Date): Promise<number> {
      const rows = await db
        .delete(cases)
        .where(and(eq(cases.status, 'closed'), isNotNull(cases.closedAt), lt(cases.closedAt, before)))
        .returning({ id: cases.id });
      return rows.length;
    },
  };
}

export type CaseStore = ReturnType<typeof createCaseStore>;

function newRef(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(6));
  return `C-${Array.from(bytes, (b) => REF_ALPHABET[b % REF_ALPHABET.length]).join('')}`;
}
