import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { UserFromGetMe } from 'grammy/types';
import { ConfigError, type Env, parseEnv } from './config/env.js';
import type { Logger } from './core/ports.js';
import { DatabaseLockedError } from './db/client.js';
import { openDatabase } from './db/open-node.js';
import { loadDefaultCentres } from './centres/defaults.js';
import { createDeps } from './deps.js';
import { resolveEncryptionKey } from './keys.js';
import { createLogger } from './logger.js';
import { startRetention } from './retention.js';
import { nodeRuntimeParts } from './campaigns/node-runtime.js';
import { CONSOLE_SCRIPT_PARTS, joinConsoleScript } from './console/assets/script-parts.js';

/** Static pages are read once at start-up (the Worker imports them as text instead). */
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const pageAssets = (dir: string, page: string, script: string) => ({
  html: read(`${dir}${page}.html`),
  js: read(`${dir}${script}.js`),
  css: read(`${dir}${script}.css`),
});

function consoleAssets(logger: Logger) {
  const dir = './console/assets/';
  try {
    return {
      html: read(`${dir}console.html`),
      // The script is kept in parts by concern and served joined as one.
      js: joinConsoleScript(CONSOLE_SCRIPT_PARTS.map((part) => read(`${dir}${part}`))),
      css: read(`${dir}console.css`),
    };
  } catch {
    logger.warn({}, 'console pages missing: /console shows a notice');
    return { html: '<!doctype html><title>Saheli console</title><p>The console pages are not installed.</p>', js: '', css: '' };
  }
}

async function main(): Promise<void> {
  let env: Env;
  try {
    env = parseEnv(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Saheli cannot start. ${err.message}\nSee .env.example and README.md (Configuration).\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(env.LOG_LEVEL);
  const encryptionKey = resolveEncryptionKey(env, logger);

  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(env);
  } catch (err) {
    if (err instanceof DatabaseLockedError) {
      process.stderr.write(`Saheli cannot start. ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }

  const deps = await createDeps(env, {
    database,
    encryptionKey,
    logger,
    webAssets: pageAssets('./channels/web/assets/', 'index', 'chat'),
    consoleAssets: consoleAssets(logger),
    clientIp: (c) => getConnInfo(c as never).remote.address ?? 'unknown',
    telegramBotInfo: env.TELEGRAM_BOT_TOKEN ? await getMe(env, logger) : undefined,
    ...nodeRuntimeParts(env, logger),
  });
  await loadDefaultCentres(deps.centres, logger);

  const server = serve({ fetch: deps.app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    logger.info({ port: info.port, database: database.kind }, `Saheli is listening on http://localhost:${info.port}`);
  });

  if (deps.telegram && !env.TELEGRAM_WEBHOOK_SECRET) {
    // No webhook secret: development with long polling (no public URL needed).
    deps.telegram.catch((err) => logger.error({ err: err.error instanceof Error ? err.error.name : 'error' }, 'telegram update failed'));
    void deps.telegram.start({ onStart: () => logger.info({}, 'telegram: long polling') });
  } else if (!deps.telegram) {
    logger.info({}, 'TELEGRAM_BOT_TOKEN is not set: Telegram is off; the web chat is on /');
  }

  const retention = startRetention(deps, logger);
  // The campaign sender runs here unless CAMPAIGN_WORKER=off (then: npm run campaign -- worker).
  const campaignWorker = env.CAMPAIGN_WORKER === 'on' ? deps.campaigns.worker() : undefined;
  const campaignRun = campaignWorker?.run();
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    retention.stop();
    campaignWorker?.stop();
    await campaignRun?.catch(() => {}); // lets in-flight sends be marked 'sent' before the database closes
    if (deps.telegram?.isRunning()) await deps.telegram.stop().catch(() => {});
    await deps.hub.close().catch(() => {});
    // Stop taking requests; console streams stay open until their clients leave, so cut them after a grace period.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const grace = setTimeout(() => (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(), 3000);
    await closed;
    clearTimeout(grace);
    await deps.whatsapp?.idle().catch(() => {}); // webhook work already answered 200 finishes before the database closes
    await database.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/** getMe once at start-up so the webhook needs no network call on its first update. */
async function getMe(env: Env, logger: Logger): Promise<UserFromGetMe | undefined> {
  try {
    const res = await fetch(`${env.TELEGRAM_API_ROOT}/bot${env.TELEGRAM_BOT_TOKEN}/getMe`, { signal: AbortSignal.timeout(5000) });
    const body = (await res.json()) as { ok: boolean; result?: UserFromGetMe };
    if (body.ok && body.result) return body.result;
    logger.warn({ status: res.status }, 'telegram getMe refused: check TELEGRAM_BOT_TOKEN');
  } catch (err) {
    logger.warn({ err: (err as Error).name }, 'telegram getMe failed: continuing without bot info');
  }
  return undefined;
}

main().catch((err) => {
  process.stderr.write(`Saheli failed to start: ${(err as Error).message}\n`);
  process.exit(1);
});
