import { Hono } from 'hono';
import { z } from 'zod';
import type { CoreDeps } from '../core/handle-inbound.js';
import { dirOf, isLang } from '../core/lang.js';
import type { CaseStore, Viewer } from '../db/stores/case-store.js';
import type { StaffRow, StaffStore } from '../db/stores/staff-store.js';
import { type ConsoleEnv, requireStaff } from './auth.js';

export const CANNED_IDS = ['greeting', 'safe_now', 'osc', 'legal_aid', 'closing'] as const;
const textSchema = z.object({ text: z.string().trim().min(1).max(4000) });
const closeSchema = z.object({ outcome: z.enum(['information', 'referred_osc', 'referred_police', 'legal_aid', 'other']) });
const transferSchema = z.object({ counsellorId: z.string().uuid() });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const viewerOf = (u: StaffRow): Viewer => ({ id: u.id, role: u.role, districts: u.districts, languages: u.languages });

async function jsonBody<T>(req: { json(): Promise<unknown> }, schema: z.ZodType<T>): Promise<T | string> {
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    return 'malformed JSON';
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

/** The counsellor's side of a case. Every opening of a case is audited; phone numbers never leave the server. */
export function caseRoutes(deps: { staff: StaffStore; cases: CaseStore; core: CoreDeps }) {
  const app = new Hono<ConsoleEnv>();
  const { cases, staff, core } = deps;
  app.use('/console/api/cases/*', requireStaff(staff, ['admin', 'counsellor']));
  app.use('/console/api/queue', requireStaff(staff, ['admin', 'counsellor']));
  app.use('/console/api/counsellors', requireStaff(staff, ['admin', 'counsellor']));
  app.use('/console/api/canned', requireStaff(staff, ['admin', 'counsellor']));

  const names = async () => new Map((await staff.counsellors()).map((s) => [s.id, s.displayName]));

  /** The case, if this counsellor may see it: waiting (to triage), hers, or any for an admin. */
  async function visible(caseId: string, user: StaffRow) {
    if (!UUID.test(caseId)) return undefined;
    const row = await cases.get(caseId);
    if (!row) return undefined;
    if (row.status === 'waiting' || row.counsellorId === user.id || user.role === 'admin') return row;
    return undefined;
  }

  app.get('/console/api/queue', async (c) => c.json({ cases: await cases.queue(viewerOf(c.get('user'))) }));

  app.get('/console/api/counsellors', async (c) => {
    const list = await staff.counsellors();
    const recent = Date.now() - 15 * 60_000;
    return c.json({
      counsellors: list.map((s) => ({ id: s.id, displayName: s.displayName, online: (s.lastSeenAt?.getTime() ?? 0) > recent })),
    });
  });

  app.get('/console/api/canned', (c) => {
    const lang = c.req.query('lang');
    const t = core.translator.forLang(isLang(lang) ? lang : 'en');
    return c.json({ replies: CANNED_IDS.map((id) => ({ id, text: t(`canned.${id}`, { ns: 'console' }) })) });
  });

  app.post('/console/api/cases/:caseId/claim', async (c) => {
    const user = c.get('user');
    const won = UUID.test(c.req.param('caseId')) ? await cases.claim(c.req.param('caseId'), user.id) : null;
    if (!won) return c.json({ error: 'already_claimed' }, 409);
    await cases.audit(user.id, 'claim', won.id);
    await cases.addMessage(won.id, 'system', `${user.displayName} joined the conversation.`, user.id);
    return c.json({ case: cases.summary(won, user.id) });
  });

  app.get('/console/api/cases/:caseId', async (c) => {
    const user = c.get('user');
    const row = await visible(c.req.param('caseId'), user);
    if (!row) return c.json({ error: 'not found' }, 404);
    await cases.audit(user.id, 'open', row.id);
    return c.json({ case: cases.summary(row, user.id), messages: await cases.messages(row.id, await names()) });
  });

  app.post('/console/api/cases/:caseId/messages', async (c) => {
    const user = c.get('user');
    const row = await visible(c.req.param('caseId'), user);
    if (row?.status !== 'active' || row.counsellorId !== user.id) return c.json({ error: 'claim this conversation first' }, 409);
    const body = await jsonBody(c.req, textSchema);
    if (typeof body === 'string') return c.json({ error: body }, 400);
    const stored = await cases.addMessage(row.id, 'out', body.text, user.id);
    await cases.audit(user.id, 'reply', row.id);
    const to = await cases.recipient(row.id);
    const sender = to ? core.senders[to.channel] : undefined;
    let delivered = false;
    if (to && sender) {
      try {
        await sender.send(to, [{ kind: 'text', text: body.text, dir: dirOf(to.lang) }]);
        delivered = true;
      } catch (err) {
        core.logger.warn({ caseId: row.id, err: (err as Error).name }, 'counsellor reply not delivered');
        await cases.addMessage(row.id, 'system', 'The last reply could not be delivered.', null);
      }
    }
    const message = await cases.message(stored.id, await names());
    return c.json({ message, delivered }, 201);
  });

  app.post('/console/api/cases/:caseId/notes', async (c) => {
    const user = c.get('user');
    const row = await visible(c.req.param('caseId'), user);
    if (!row) return c.json({ error: 'not found' }, 404);
    const body = await jsonBody(c.req, textSchema);
    if (typeof body === 'string') return c.json({ error: body }, 400);
    const stored = await cases.addMessage(row.id, 'note', body.text, user.id);
    await cases.audit(user.id, 'note', row.id);
    return c.json({ message: await cases.message(stored.id, await names()) }, 201);
  });

  app.post('/console/api/cases/:caseId/transfer', async (c) => {
    const user = c.get('user');
    const row = await visible(c.req.param('caseId'), user);
    if (row?.status !== 'active') return c.json({ error: 'only an active conversation can be transferred' }, 409);
    const body = await jsonBody(c.req, transferSchema);
    if (typeof body === 'string') return c.json({ error: body }, 400);
    const target = await staff.byId(body.counsellorId);
    if (!target || !['counsellor', 'admin'].includes(target.role)) return c.json({ error: 'no such counsellor' }, 400);
    const moved = await cases.transfer(row.id, target.id);
    if (!moved) return c.json({ error: 'only an active conversation can be transferred' }, 409);
    await cases.audit(user.id, 'transfer', row.id);
    await cases.addMessage(row.id, 'system', `${user.displayName} transferred the conversation to ${target.displayName}.`, user.id);
    return c.json({ case: cases.summary(moved, user.id) });
  });

  app.post('/console/api/cases/:caseId/close', async (c) => {
    const user = c.get('user');
    const row = await visible(c.req.param('caseId'), user);
    if (row?.status !== 'active' || (row.counsellorId !== user.id && user.role !== 'admin')) {
      return c.json({ error: 'only your active conversation can be closed' }, 409);
    }
    const body = await jsonBody(c.req, closeSchema);
    if (typeof body === 'string') return c.json({ error: body }, 400);
    const closed = await cases.close(row.id, body.outcome);
    if (!closed) return c.json({ error: 'already closed' }, 409);
    await cases.audit(user.id, 'close', row.id);
    await cases.addMessage(row.id, 'system', `Closed: ${body.outcome}.`, user.id);
    const to = await cases.recipient(row.id);
    const sender = to ? core.senders[to.channel] : undefined;
    if (to && sender) {
      const t = core.translator.forLang(to.lang);
      await sender
        .send(to, [
          {
            kind: 'text',
            text: t('handoff.closed'),
            dir: dirOf(to.lang),
            choices: [
              { id: 'm:menu', label: t('menu.back') },
              { id: 'm:erase', label: t('menu.erase') },
            ],
          },
        ])
        .catch((err) => core.logger.warn({ caseId: row.id, err: (err as Error).name }, 'close notice not delivered'));
    }
    return c.json({ case: cases.summary(closed, user.id) });
  });

  return app;
}
