import { Hono } from 'hono';
import type { CoreDeps } from '../core/handle-inbound.js';
import type { CaseStore } from '../db/stores/case-store.js';
import type { StaffStore } from '../db/stores/staff-store.js';
import type { CampaignService } from '../campaigns/service.js';
import { campaignRoutes } from './campaign-routes.js';
import { caseRoutes } from './case-routes.js';
import type { EventHub } from './events.js';
import { sessionRoutes } from './session-routes.js';
import { streamRoutes } from './stream.js';

export interface ConsoleDeps {
  staff: StaffStore;
  cases: CaseStore;
  core: CoreDeps;
  hub: EventHub;
  clientIp(c: unknown): string;
  assets: { html: string; js: string; css: string };
  campaigns?: CampaignService;
}

/** The counsellor console: pages at /console, JSON API at /console/api. */
export function consoleRoutes(deps: ConsoleDeps): Hono {
  const app = new Hono();
  app.get('/console', (c) => c.html(deps.assets.html));
  app.get('/console/', (c) => c.redirect('/console'));
  app.get('/console/static/console.js', (c) => c.body(deps.assets.js, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/console/static/console.css', (c) => c.body(deps.assets.css, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.route('/', sessionRoutes({ ...deps, logger: deps.core.logger }));
  app.route('/', caseRoutes(deps));
  app.route('/', streamRoutes(deps));
  if (deps.campaigns) app.route('/', campaignRoutes({ staff: deps.staff, campaigns: deps.campaigns }));
  return app;
}
