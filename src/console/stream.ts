import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { CaseStore } from '../db/stores/case-store.js';
import type { StaffStore } from '../db/stores/staff-store.js';
import { type ConsoleEnv, requireStaff } from './auth.js';
import type { ConsoleEvent, EventHub } from './events.js';

const KEEPALIVE_MS = 25_000;

/** Server-sent events: queue changes for every counsellor; messages only for cases she may see. */
export function streamRoutes(deps: { staff: StaffStore; cases: CaseStore; hub: EventHub }) {
  const app = new Hono<ConsoleEnv>();
  app.get('/console/api/events', requireStaff(deps.staff, ['admin', 'counsellor']), (c) => {
    const user = c.get('user');
    return streamSSE(c, async (stream) => {
      const queue: ConsoleEvent[] = [];
      let wake: (() => void) | undefined;
      const unsubscribe = await deps.hub.subscribe((e) => {
        queue.push(e);
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (!stream.aborted && !stream.closed) {
        const e = queue.shift();
        if (!e) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, KEEPALIVE_MS);
          });
          wake = undefined;
          if (queue.length === 0 && !stream.aborted) await stream.writeSSE({ event: 'ping', data: '{}' });
          continue;
        }
        if (e.type === 'queue') {
          await stream.writeSSE({ event: 'queue', data: JSON.stringify({ caseId: e.caseId }) });
          continue;
        }
        const row = await deps.cases.get(e.caseId);
        if (!row || !e.messageId) continue;
        if (row.counsellorId !== user.id && user.role !== 'admin' && row.status !== 'waiting') continue;
        const names = new Map((await deps.staff.counsellors()).map((s) => [s.id, s.displayName]));
        const message = await deps.cases.message(e.messageId, names);
        if (message) await stream.writeSSE({ event: 'message', data: JSON.stringify({ caseId: e.caseId, message }) });
      }
      unsubscribe();
    });
  });
  return app;
}
