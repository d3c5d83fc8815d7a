import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { StaffRow, StaffStore } from '../db/stores/staff-store.js';

export const COOKIE = 'saheli_console';

export type ConsoleEnv = { Variables: { user: StaffRow; csrfToken: string; token: string } };

/** Secure cookies everywhere except plain http on this machine (local development and tests). */
function isSecure(c: Context): boolean {
  const url = new URL(c.req.url);
  return url.protocol === 'https:' || !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function setSessionCookie(c: Context, token: string, expires: Date) {
  setCookie(c, COOKIE, token, { path: '/console', httpOnly: true, sameSite: 'Strict', secure: isSecure(c), expires });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, COOKIE, { path: '/console', secure: isSecure(c) });
}

/**
 * Signed-in staff only; state-changing requests also need the session's CSRF token in `x-csrf-token`
 * (the cookie is SameSite=Strict too: two locks, one for old browsers).
 */
export function requireStaff(staff: StaffStore, roles: readonly string[]): MiddlewareHandler<ConsoleEnv> {
  return async function requireStaffSession(c, next) {
    const token = getCookie(c, COOKIE);
    const found = token ? await staff.session(token) : undefined;
    if (!token || !found) return c.json({ error: 'not signed in' }, 401);
    if (!['GET', 'HEAD'].includes(c.req.method) && c.req.header('x-csrf-token') !== found.session.csrfToken) {
      return c.json({ error: 'csrf' }, 403);
    }
    if (!roles.includes(found.user.role)) return c.json({ error: 'forbidden' }, 403);
    c.set('user', found.user);
    c.set('csrfToken', found.session.csrfToken);
    c.set('token', token);
    await next();
  };
}
