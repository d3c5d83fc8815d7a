import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { createRateLimiter } from '../channels/web/rate-limit.js';
import type { Logger } from '../core/ports.js';
import type { CaseStore } from '../db/stores/case-store.js';
import type { StaffRow, StaffStore } from '../db/stores/staff-store.js';
import { COOKIE, type ConsoleEnv, clearSessionCookie, requireStaff, setSessionCookie } from './auth.js';
import { burnPasswordTime, verifyPassword } from './password.js';

const loginSchema = z.object({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(1024) });

export const publicUser = (u: StaffRow) => ({ id: u.id, email: u.email, role: u.role, displayName: u.displayName });

/** Sign-in with lock-out after repeated failures; the answer never says whether the email exists. */
export function sessionRoutes(deps: { staff: StaffStore; cases: CaseStore; logger: Logger; clientIp(c: unknown): string }) {
  const app = new Hono<ConsoleEnv>();
  const perAddress = createRateLimiter({ capacity: 20, refillPerSecond: 0.2 });

  app.post('/console/api/login', async (c) => {
    const wait = perAddress.take(deps.clientIp(c));
    if (wait > 0) return c.json({ error: 'rate_limited', retryAfterSeconds: wait }, 429);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: 'malformed JSON' }, 400);
    }
    const parsed = loginSchema.safeParse(body);
    if (!parsed.success) return c.json({ error: 'email and password are required' }, 400);
    const user = await deps.staff.byEmail(parsed.data.email);
    if (!user) {
      await burnPasswordTime(parsed.data.password);
      return c.json({ error: 'invalid_credentials' }, 401);
    }
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      const retryAfterSeconds = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 1000);
      return c.json({ error: 'locked', retryAfterSeconds }, 423);
    }
    if (!(await verifyPassword(parsed.data.password, user.passwordHash))) {
      await deps.staff.failedLogin(user.id);
      await deps.cases.audit(user.id, 'login_failed', null);
      return c.json({ error: 'invalid_credentials' }, 401);
    }
    await deps.staff.succeededLogin(user.id);
    const session = await deps.staff.openSession(user.id);
    setSessionCookie(c, session.token, session.expiresAt);
    await deps.cases.audit(user.id, 'login', null);
    deps.logger.info({ staffId: user.id }, 'console sign-in');
    return c.json({ user: publicUser(user), csrfToken: session.csrfToken });
  });

  app.get('/console/api/me', requireStaff(deps.staff, ['admin', 'counsellor', 'campaigner']), (c) =>
    c.json({ user: publicUser(c.get('user')), csrfToken: c.get('csrfToken') }),
  );

  app.post('/console/api/logout', requireStaff(deps.staff, ['admin', 'counsellor', 'campaigner']), async (c) => {
    const token = getCookie(c, COOKIE);
    if (token) await deps.staff.closeSession(token);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  return app;
}
