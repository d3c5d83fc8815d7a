import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { staff, staffSessions } from '../schema/index.js';

export type Role = 'admin' | 'counsellor' | 'campaigner';
export type StaffRow = typeof staff.$inferSelect;
export const SESSION_HOURS = 12;
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

const sha256 = (v: string) => createHash('sha256').update(v).digest('base64url');

/** Console users and their sessions. Only the SHA-256 of a session token is stored. */
export function createStaffStore(db: Db, now = () => new Date()) {
  return {
    async create(u: { email: string; displayName: string; passwordHash: string; role: Role; districts?: string[]; languages?: string[] }) {
      const [row] = await db
        .insert(staff)
        .values({ ...u, email: u.email.trim().toLowerCase(), districts: u.districts ?? [], languages: u.languages ?? [] })
        .onConflictDoUpdate({
          target: staff.email,
          set: { displayName: u.displayName, passwordHash: u.passwordHash, role: u.role, failedLogins: 0, lockedUntil: null },
        })
        .returning();
      return row as StaffRow;
    },
    async byEmail(email: string) {
      const [row] = await db.select().from(staff).where(eq(staff.email, email.trim().toLowerCase())).limit(1);
      return row;
    },
    async byId(id: string) {
      const [row] = await db.select().from(staff).where(eq(staff.id, id)).limit(1);
      return row;
    },
    async counsellors() {
      return db.select().from(staff).where(inArray(staff.role, ['counsellor', 'admin']));
    },
    /** Counts a failure; locks the account for LOCK_MINUTES after MAX_FAILED_LOGINS in a row. */
    async failedLogin(id: string) {
      await db
        .update(staff)
        .set({
          failedLogins: sql`${staff.failedLogins} + 1`,
          lockedUntil: sql`case when ${staff.failedLogins} + 1 >= ${MAX_FAILED_LOGINS} then now() + make_interval(mins => ${LOCK_MINUTES}) else ${staff.lockedUntil} end`,
        })
        .where(eq(staff.id, id));
    },
    async succeededLogin(id: string) {
      await db.update(staff).set({ failedLogins: 0, lockedUntil: null, lastSeenAt: sql`now()` }).where(eq(staff.id, id));
    },
    async openSession(staffId: string) {
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const expiresAt = new Date(now().getTime() + SESSION_HOURS * 3600_000);
      await db.insert(staffSessions).values({ tokenHash: sha256(token), staffId, csrfToken, expiresAt });
      await db.delete(staffSessions).where(lt(staffSessions.expiresAt, now()));
      return { token, csrfToken, expiresAt };
    },
    async session(token: string) {
      const [row] = await db
        .select({ session: staffSessions, user: staff })
        .from(staffSessions)
        .innerJoin(staff, eq(staff.id, staffSessions.staffId))
        .where(and(eq(staffSessions.tokenHash, sha256(token)), gt(staffSessions.expiresAt, now())))
        .limit(1);
      return row;
    },
    async closeSession(token: string) {
      await db.delete(staffSessions).where(eq(staffSessions.tokenHash, sha256(token)));
    },
    async seen(id: string) {
      await db.update(staff).set({ lastSeenAt: sql`now()` }).where(eq(staff.id, id));
    },
  };
}

export type StaffStore = ReturnType<typeof createStaffStore>;
