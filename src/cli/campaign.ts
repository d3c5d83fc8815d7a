import { readFileSync } from 'node:fs';
import { ConfigError, parseEnv } from '../config/env.js';
import { CampaignError } from '../campaigns/service.js';
import { openDatabase } from '../db/open-node.js';
import { createDeps } from '../deps.js';
import { resolveEncryptionKey } from '../keys.js';
import { createLogger } from '../logger.js';
import { nodeRuntimeParts } from '../campaigns/node-runtime.js';

/**
 * `npm run campaign -- <command>`
 *   create --file spec.json       create a campaign (the same JSON as POST /console/api/campaigns); prints it and warnings
 *   list                          campaigns, newest first
 *   preview <id>                  what each language group sees, and how many people
 *   send <id>                     enqueue now and start sending (a running worker or server sends it)
 *   schedule <id> <ISO time>      send later
 *   pause|resume|cancel <id>
 *   stats <id>                    queued, sent, delivered, failed, blocked, skipped, pledges ("< 5" for small districts)
 *   worker                        run the sender until SIGTERM/SIGINT (also runs inside `npm start` unless CAMPAIGN_WORKER=off)
 * Output is JSON on stdout.
 */
const USAGE = 'usage: campaign create --file spec.json | list | preview <id> | send <id> | schedule <id> <time> | pause|resume|cancel <id> | stats <id> | worker';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const env = parseEnv(process.env);
  const logger = createLogger(command === 'worker' ? env.LOG_LEVEL : 'warn');
  const database = await openDatabase(env);
  const empty = { html: '', js: '', css: '' };
  const deps = await createDeps(env, {
    database,
    encryptionKey: resolveEncryptionKey(env, logger),
    logger,
    webAssets: empty,
    consoleAssets: empty,
    clientIp: () => 'cli',
    ...nodeRuntimeParts(env, logger),
  });
  const svc = deps.campaigns.service;
  const out = (v: unknown) => process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
  const id = rest[0] ?? '';
  try {
    switch (command) {
      case 'create': {
        const at = rest.indexOf('--file');
        const file = at >= 0 ? rest[at + 1] : undefined;
        if (!file) throw new CampaignError('invalid', '--file spec.json is required');
        let spec: unknown;
        try {
          spec = JSON.parse(readFileSync(file, 'utf8'));
        } catch (err) {
          throw new CampaignError('invalid', `${file}: ${(err as Error).message}`);
        }
        out(await svc.create(spec, null));
        break;
      }
      case 'list':
        out({ campaigns: await svc.list() });
        break;
      case 'preview':
        out(await svc.preview(id));
        break;
      case 'send':
        out(await svc.sendNow(id));
        break;
      case 'schedule':
        out({ campaign: await svc.schedule(id, rest[1] ?? '') });
        break;
      case 'pause':
        out({ campaign: await svc.pause(id) });
        break;
      case 'resume':
        out({ campaign: await svc.resume(id) });
        break;
      case 'cancel':
        out({ campaign: await svc.cancel(id) });
        break;
      case 'stats':
        out(await svc.stats(id));
        break;
      case 'worker': {
        const worker = deps.campaigns.worker();
        const stop = () => worker.stop();
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
        logger.info({ pid: process.pid }, 'campaign worker started');
        await worker.run();
        logger.info({}, 'campaign worker stopped');
        break;
      }
      default:
        process.stderr.write(`${USAGE}\n`);
        return 2;
    }
    return 0;
  } catch (err) {
    if (err instanceof CampaignError) {
      process.stderr.write(`${err.code}: ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await deps.hub.close().catch(() => {});
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `campaign: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
