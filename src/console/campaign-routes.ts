/**
 * Campaign console API (JSON). Signed-in `campaigner` or `admin` only; every POST needs the session's
 * CSRF token in `x-csrf-token` (see auth.ts). Errors: `{ error, detail? }` with 400 (invalid input),
 * 401 (not signed in), 403 (csrf / role), 404 (no such campaign), 409 (not allowed in its current state).
 *
 *   GET  /console/api/campaigns                   -> { campaigns: Campaign[] } (newest first, 100)
 *   POST /console/api/campaigns                   <- CampaignSpec -> 201 { campaign, warnings: string[] }
 *   GET  /console/api/campaigns/:id               -> { campaign, stats }
 *   GET  /console/api/campaigns/:id/stats         -> Stats
 *   GET  /console/api/campaigns/:id/preview       -> { campaign, messages[], audience, warnings }
 *   POST /console/api/campaigns/:id/schedule      <- { scheduledAt: ISO date-time } -> { campaign }   (draft|scheduled)
 *   POST /console/api/campaigns/:id/send-now      -> { campaign, enqueued }                         (draft|scheduled)
 *   POST /console/api/campaigns/:id/pause         -> { campaign }                                   (sending|scheduled)
 *   POST /console/api/campaigns/:id/resume        -> { campaign }                                   (paused)
 *   POST /console/api/campaigns/:id/cancel        -> { campaign }                                   (not done)
 *
 * CampaignSpec: {
 *   name: string (1-120),
 *   texts: { en?, hi?, ur?, ks?, doi?: string (1-1000) }      at least one; ks falls back to ur then en, doi to hi then en;
 *                                                           people whose chain has no text are skipped (and counted)
 *   buttons?: ({ kind: 'pledge', labels: { en?: string, hi?: ..., ... } } | { kind: 'find_help' | 'rights' | 'menu' })[]  max 2;
 *             a "Stop updates" button is always added; a pledge press is counted once per person and thanked
 *   segment?: { channels?: ('telegram'|'whatsapp')[], languages?: Lang[], districts?: District[] }   empty = everyone subscribed
 *   scheduledAt?: ISO date-time with offset                     given: the campaign is created as scheduled
 * }
 * Campaign: { id, name, status: draft|scheduled|sending|paused|done|cancelled, texts, buttons, segment, scheduledAt,
 *             enqueuedAt, finishedAt, createdAt }
 * Stats: { campaignId, status, queued, sent, delivered: number|null, failed, blocked, skipped, pledges,
 *          skippedBy: { no_text?, open_case?, unsubscribed?, cancelled? }, byDistrict: [{ district, queued, sent, failed,
 *          blocked, skipped, pledges }] (1-4 shown as "< 5"), notes: string[] }
 * Preview messages: [{ language, textLanguage, text, buttons: string[], dir }] per Saheli language;
 *          audience: { reach, skippedNoText, byChannel: [{ channel, lang, n }] }.
 * Warnings are advice (sensitive words that could be read on a shared phone, long button labels), never a block.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { CampaignError, type CampaignService } from '../campaigns/service.js';
import type { StaffStore } from '../db/stores/staff-store.js';
import { type ConsoleEnv, requireStaff } from './auth.js';

const scheduleSchema = z.object({ scheduledAt: z.iso.datetime({ offset: true }) });

async function body(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new CampaignError('invalid', 'malformed JSON');
  }
}

export function campaignRoutes(deps: { staff: StaffStore; campaigns: CampaignService }) {
  const app = new Hono<ConsoleEnv>();
  const svc = deps.campaigns;
  const guard = requireStaff(deps.staff, ['admin', 'campaigner']);
  app.use('/console/api/campaigns', guard);
  app.use('/console/api/campaigns/*', guard);

  /** Known errors become 4xx; anything else goes on to the app's generic 500. */
  const handle = (fn: (c: Context<ConsoleEnv>) => Promise<unknown>, okStatus: 200 | 201 = 200) =>
    async function campaignHandler(c: Context<ConsoleEnv>) {
      try {
        return c.json(await fn(c), okStatus);
      } catch (err) {
        if (!(err instanceof CampaignError)) throw err;
        const status = err.code === 'not_found' ? 404 : err.code === 'invalid_state' ? 409 : 400;
        return c.json({ error: err.code, detail: err.message }, status);
      }
    };
  const id = (c: Context) => c.req.param('id') ?? '';

  app.get('/console/api/campaigns', handle(async () => ({ campaigns: await svc.list() })));
  app.post('/console/api/campaigns', handle(async (c) => svc.create(await body(c), c.get('user').id), 201));
  app.get('/console/api/campaigns/:id', handle((c) => svc.get(id(c))));
  app.get('/console/api/campaigns/:id/stats', handle((c) => svc.stats(id(c))));
  app.get('/console/api/campaigns/:id/preview', handle((c) => svc.preview(id(c))));
  app.post(
    '/console/api/campaigns/:id/schedule',
    handle(async (c) => {
      const parsed = scheduleSchema.safeParse(await body(c));
      if (!parsed.success) throw new CampaignError('invalid', 'scheduledAt must be an ISO date-time with an offset');
      return { campaign: await svc.schedule(id(c), parsed.data.scheduledAt) };
    }),
  );
  app.post('/console/api/campaigns/:id/send-now', handle((c) => svc.sendNow(id(c))));
  app.post('/console/api/campaigns/:id/pause', handle(async (c) => ({ campaign: await svc.pause(id(c)) })));
  app.post('/console/api/campaigns/:id/resume', handle(async (c) => ({ campaign: await svc.resume(id(c)) })));
  app.post('/console/api/campaigns/:id/cancel', handle(async (c) => ({ campaign: await svc.cancel(id(c)) })));
  return app;
}
