import { ConfigError, decodeKey, parseEnv } from './config/env.js';
import { createPerRequestDatabase } from './db/per-request.js';
import { createDeps, type Deps } from './deps.js';
import { createConsoleLogger } from './log-console.js';
import { purgeOnce } from './retention.js';
// Page assets as text modules (wrangler.toml [[rules]] type = "Text"): no file system on Workers.
import consoleCss from './console/assets/console.css';
import consoleHtml from './console/assets/console.html';
// The console's script in parts, joined in the order of CONSOLE_SCRIPT_PARTS (test/console/script-parts.test.ts).
import { joinConsoleScript } from './console/assets/script-parts.js';
import consoleStringsEn from './console/assets/console-strings-en.js';
import consoleStringsHi from './console/assets/console-strings-hi.js';
import consoleCore from './console/assets/console-core.js';
import consoleScreens from './console/assets/console-screens.js';
import consoleQueue from './console/assets/console-queue.js';
import consoleConversation from './console/assets/console-conversation.js';
import consoleLive from './console/assets/console-live.js';
import consoleCampaigns from './console/assets/console-campaigns.js';
import consoleCampaign from './console/assets/console-campaign.js';
import consoleStart from './console/assets/console-start.js';
import webCss from './channels/web/assets/chat.css';
import webJs from './channels/web/assets/chat.js';
import webHtml from './channels/web/assets/index.html';

const consoleJs = joinConsoleScript([
  consoleStringsEn,
  consoleStringsHi,
  consoleCore,
  consoleScreens,
  consoleQueue,
  consoleConversation,
  consoleLive,
  consoleCampaigns,
  consoleCampaign,
  consoleStart,
]);

/** Bindings: HYPERDRIVE (wrangler.toml), [vars], and secrets set with `wrangler secret put`. */
export interface WorkerBindings {
  HYPERDRIVE: Hyperdrive;
  [name: string]: unknown;
}

// Cron Triggers (keep in step with wrangler.toml [triggers]). The entry module exports only handlers:
// workerd treats every named export as an entrypoint.
const RETENTION_CRON = '17 * * * *';

interface Isolate {
  deps: Deps;
  db: ReturnType<typeof createPerRequestDatabase>;
  logger: ReturnType<typeof createConsoleLogger>;
}

let isolate: Promise<Isolate> | undefined;

/**
 * Built once per isolate, like the Node process builds it once: the Hono app, grammY bot, translator,
 * cipher and the in-memory rate limits live as long as the isolate; database connections do not.
 */
function build(bindings: WorkerBindings): Promise<Isolate> {
  isolate ??= (async () => {
    const strings = Object.fromEntries(Object.entries(bindings).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    const env = parseEnv({ NODE_ENV: 'production', ...strings, DATABASE_URL: bindings.HYPERDRIVE.connectionString });
    const logger = createConsoleLogger(env.LOG_LEVEL);
    const key = env.ENCRYPTION_KEY ? decodeKey(env.ENCRYPTION_KEY) : null;
    if (!key) throw new ConfigError(['ENCRYPTION_KEY is required on Workers (wrangler secret put ENCRYPTION_KEY)']);
    const db = createPerRequestDatabase();
    const deps = await createDeps(env, {
      database: db.database,
      encryptionKey: key,
      logger,
      webAssets: { html: webHtml, js: webJs, css: webCss },
      consoleAssets: { html: consoleHtml, js: consoleJs, css: consoleCss },
      clientIp: (c) => c.req.raw.headers.get('cf-connecting-ip') ?? 'unknown',
    });
    return { deps, db, logger };
  })();
  isolate.catch(() => {
    isolate = undefined; // a bad secret is fixed by redeploying; do not cache the failure forever
  });
  return isolate;
}

/**
 * Campaign sending on Workers: one pass of the campaign worker (start due campaigns, re-queue expired
 * leases, send a paced slice of each) per cron run, instead of the Node process's polling loop.
 */
async function sendCampaignBatch(deps: Deps, logger: Isolate['logger']): Promise<void> {
  const sent = await deps.campaigns.worker().tick();
  if (sent > 0) logger.info({ sent }, 'campaign batch sent');
}

export default {
  async fetch(request, bindings, ctx) {
    let it: Isolate;
    try {
      it = await build(bindings);
    } catch (err) {
      const problem = err instanceof ConfigError ? err.message : 'start-up failed';
      console.error(JSON.stringify({ level: 60, msg: 'Saheli cannot start', problem }));
      return new Response(JSON.stringify({ error: 'service misconfigured' }), { status: 500, headers: { 'content-type': 'application/json' } });
    }
    return it.db.run(bindings.HYPERDRIVE.connectionString, (p) => ctx.waitUntil(p), () =>
      Promise.resolve(it.deps.app.fetch(request, bindings, ctx)),
    );
  },

  async scheduled(controller, bindings, ctx) {
    const it = await build(bindings);
    const job = controller.cron === RETENTION_CRON
      ? async () => it.logger.info(await purgeOnce(it.deps), 'retention purge')
      : () => sendCampaignBatch(it.deps, it.logger);
    ctx.waitUntil(
      it.db
        .run(bindings.HYPERDRIVE.connectionString, (p) => ctx.waitUntil(p), job)
        .catch((err) => it.logger.error({ err: (err as Error).name, cron: controller.cron }, 'scheduled job failed')),
    );
  },
} satisfies ExportedHandler<WorkerBindings>;
