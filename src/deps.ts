import type { UserFromGetMe } from 'grammy/types';
import type { Hono } from 'hono';
import { createTelegramBot, fallbackBotInfo } from './channels/telegram/bot.js';
import { createTelegramSender } from './channels/telegram/sender.js';
import { telegramWebhook } from './channels/telegram/webhook.js';
import { createWhatsAppChannel } from './channels/whatsapp/channel.js';
import { webChat } from './channels/web/routes.js';
import { createWebSender } from './channels/web/sender.js';
import type { SendJournal } from './campaigns/send-journal.js';
import { createCampaigns } from './campaigns/wiring.js';
import type { Env } from './config/env.js';
import type { CoreDeps } from './core/handle-inbound.js';
import type { Logger } from './core/ports.js';
import type { Database } from './db/client.js';
import { type Cipher, createCipher } from './db/crypto.js';
import { createCentreStore } from './db/stores/centre-store.js';
import { createChatMessageStore } from './db/stores/chat-message-store.js';
import { createConversationStore } from './db/stores/conversation-store.js';
import { createUnitOfWork } from './db/unit-of-work.js';
import { createApp } from './http/app.js';
import { createTranslator } from './i18n/index.js';
import { createEventHub } from './console/events.js';
import { consoleRoutes } from './console/routes.js';
import { parseHours } from './core/hours.js';
import { createCaseStore } from './db/stores/case-store.js';
import { createStaffStore } from './db/stores/staff-store.js';

export interface Runtime {
  database: Database;
  encryptionKey: Uint8Array<ArrayBuffer>;
  logger: Logger;
  webAssets: { html: string; js: string; css: string };
  consoleAssets: { html: string; js: string; css: string };
  clientIp(c: { req: { raw: Request }; env: unknown }): string;
  /** Known Telegram bot info (skips getMe). */
  telegramBotInfo?: UserFromGetMe;
  /** The campaign send journal (Node: a file under DATA_DIR); none on Workers. */
  openSendJournal?: (workerId: string) => SendJournal;
  /** The cipher for this runtime (Node: node:crypto, crypto-node.ts); default Web Crypto. Same values either way. */
  createCipher?: (key: Uint8Array<ArrayBuffer>) => Cipher | Promise<Cipher>;
  /** The HTTP client for the Telegram Bot API, for replies and campaigns (Node: undici dispatch, pooled); default fetch. */
  platformFetch?: (url: string, init?: never) => Promise<unknown>;
  /**
   * Write the ids of sent replies for many messages in one statement (Node: one database shared by all
   * requests). Not on Workers: there each request has its own client, which a batch must not outlive.
   */
  batchReplyIds?: boolean;
}

/** Composition root: everything is built here from the parsed env and the runtime's parts. */
export async function createDeps(env: Env, rt: Runtime) {
  const { database, logger } = rt;
  const cipher = await (rt.createCipher ?? createCipher)(rt.encryptionKey);
  // Every store goes through the unit of work, so one message's statements share one transaction.
  const uow = createUnitOfWork(database);
  const db = uow.db;
  const store = createConversationStore(db, cipher);
  // On Node, reply ids are written outside the unit of work, for many messages at once (see the store).
  const messages = createChatMessageStore(db, cipher, rt.batchReplyIds ? database.db : undefined);
  const centres = createCentreStore(db);
  const hours = parseHours(env.COUNSELLING_HOURS);
  if (!hours) throw new Error('COUNSELLING_HOURS is invalid');
  const cases = createCaseStore(db, cipher, hours);
  const staff = createStaffStore(db);
  const hub = createEventHub(database, logger);
  const translator = await createTranslator();
  const counters = { telegramSkipped: { skipped: 0 } };

  const core: CoreDeps = {
    store,
    chatLog: messages,
    translator,
    senders: { web: createWebSender(messages) },
    services: { centres, cases: cases.desk },
    logger,
    transaction: (fn) => uow.run(fn),
  };
  const campaigns = createCampaigns({
    env,
    db,
    cipher,
    chatLog: messages,
    translator,
    logger,
    coreSenders: core.senders,
    openJournal: rt.openSendJournal,
    platformFetch: rt.platformFetch,
  });
  Object.assign(core.services, { subscriptions: campaigns.subscriptions }); // read by the flows (FlowCtx.services)

  const routes: Hono[] = [
    webChat({
      core,
      messages,
      findPersonId: (id) => store.findPersonId('web', id),
      hash: (v) => cipher.lookupHash(v),
      clientIp: rt.clientIp,
      assets: rt.webAssets,
    }),
  ];

  let telegram: ReturnType<typeof createTelegramBot> | undefined;
  if (env.TELEGRAM_BOT_TOKEN) {
    telegram = createTelegramBot(
      { token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT, botInfo: rt.telegramBotInfo ?? fallbackBotInfo(env.TELEGRAM_BOT_TOKEN), fetch: rt.platformFetch },
      core,
      counters.telegramSkipped,
    );
    core.senders.telegram = createTelegramSender(telegram.api, messages, logger);
    if (env.TELEGRAM_WEBHOOK_SECRET) routes.push(telegramWebhook(telegram, env.TELEGRAM_WEBHOOK_SECRET, logger));
  }

  const whatsapp = createWhatsAppChannel(env, { core, db, cipher, onFailed: campaigns.deliveryFailed });
  if (whatsapp) {
    core.senders.whatsapp = whatsapp.sender;
    routes.push(whatsapp.routes);
  }

  routes.push(consoleRoutes({ staff, cases, core, hub, clientIp: rt.clientIp as (c: unknown) => string, assets: rt.consoleAssets, campaigns: campaigns.service }));

  const app = createApp({ logger, ping: () => database.ping(), routes });
  return { app, core, campaigns, store, messages, centres, cases, staff, hub, telegram, whatsapp, counters, cipher, caseRetentionDays: env.CASE_RETENTION_DAYS };
}

export type Deps = Awaited<ReturnType<typeof createDeps>>;
