import { Api } from 'grammy';
import { createTelegramSender } from '../channels/telegram/sender.js';
import type { Env } from '../config/env.js';
import type { ChannelName } from '../core/events.js';
import type { ChannelSender, ChatLog, Logger, Translator } from '../core/ports.js';
import type { Db } from '../db/client.js';
import type { Cipher } from '../db/crypto.js';
import { type CampaignStore, type ChatRow, createCampaignStore } from '../db/stores/campaign-store.js';
import { createSubscriptionStore } from '../db/stores/subscription-store.js';
import { createDeliveryFailureHandler } from './delivery-failures.js';
import type { SendJournal } from './send-journal.js';
import { createCampaignService } from './service.js';
import { createCampaignWorker, type WorkerConfig } from './worker.js';

export type CampaignEnv = Pick<
  Env,
  | 'TELEGRAM_BOT_TOKEN'
  | 'TELEGRAM_API_ROOT'
  | 'CAMPAIGN_TELEGRAM_RATE'
  | 'CAMPAIGN_WHATSAPP_RATE'
  | 'CAMPAIGN_TELEGRAM_PER_CHAT_MS'
  | 'CAMPAIGN_LEASE_SECONDS'
  | 'CAMPAIGN_MAX_ATTEMPTS'
  | 'CAMPAIGN_POLL_MS'
>;

export function workerConfig(env: CampaignEnv): WorkerConfig {
  return {
    rates: { telegram: env.CAMPAIGN_TELEGRAM_RATE, whatsapp: env.CAMPAIGN_WHATSAPP_RATE },
    perChatMs: { telegram: env.CAMPAIGN_TELEGRAM_PER_CHAT_MS },
    leaseMs: env.CAMPAIGN_LEASE_SECONDS * 1000,
    maxAttempts: env.CAMPAIGN_MAX_ATTEMPTS,
    workerId: `w-${globalThis.crypto.randomUUID().slice(0, 8)}`,
    pollMs: env.CAMPAIGN_POLL_MS,
  };
}

/**
 * The campaign chat log: message ids are not written on their own but with the next 'sent' marks, in
 * the same statement (one round trip and one commit for both instead of two: the database's share of a
 * campaign send was as large as the sender's). Recording never fails the send: once the platform has
 * accepted a campaign message the worker must not think it failed.
 */
export function createSentLog(store: Pick<CampaignStore, 'markSentAndLog'>, log: ChatLog) {
  let pending: ChatRow[] = [];
  const chatLog: ChatLog = {
    async recordId(personId, channel, direction, providerMessageId) {
      pending.push({ personId, channel, direction, providerMessageId });
    },
    idsSince: (personId, since) => log.idsSince(personId, since),
  };
  /** Marks these rows sent and writes every id recorded so far; on failure the ids wait for the next call. */
  async function markSent(ids: number[]): Promise<void> {
    const rows = pending;
    pending = [];
    try {
      await store.markSentAndLog(ids, rows);
    } catch (err) {
      pending = rows.concat(pending);
      throw err;
    }
  }
  return { chatLog, markSent };
}

/**
 * Campaign senders: Telegram through a Bot API client of its own, without grammY's auto-retry (the worker
 * paces and honours 429 retry_after for the whole channel itself); WhatsApp through the core's sender,
 * which sends the approved template outside the 24-hour window.
 */
export function campaignSenders(
  env: CampaignEnv,
  chatLog: ChatLog,
  logger: Logger,
  coreSenders: Partial<Record<ChannelName, ChannelSender>>,
  platformFetch?: (url: string, init?: never) => Promise<unknown>,
): { senders: Partial<Record<ChannelName, ChannelSender>>; check: () => Promise<void> } {
  const senders: Partial<Record<ChannelName, ChannelSender>> = {};
  let check = async () => {};
  if (env.TELEGRAM_BOT_TOKEN) {
    // On Node, undici's dispatch on a pooled Agent (platform-fetch-node.ts); elsewhere the platform's fetch.
    // Both cost less CPU per call than grammY's node-fetch.
    // The HTTP timeout stays under a quarter of the lease, so a send never outlives its claim (see worker.ts).
    const timeoutSeconds = Math.max(1, Math.floor(env.CAMPAIGN_LEASE_SECONDS / 4));
    const api = new Api(env.TELEGRAM_BOT_TOKEN, { apiRoot: env.TELEGRAM_API_ROOT, fetch: (platformFetch ?? globalThis.fetch) as never, baseFetchConfig: {}, timeoutSeconds });
    senders.telegram = createTelegramSender(api, chatLog, logger);
    // Before the first campaign message: a wrong token shows in the log at once, not as failed sends, and
    // the connection pool and HTTP parser are ready when sending starts (a restarted sender starts cold).
    check = async () => {
      try {
        const me = await api.getMe();
        logger.info({ botId: me.id }, 'campaign sender: Telegram accepted the bot token');
      } catch (err) {
        logger.error({ err: (err as Error).name, code: (err as { error_code?: number }).error_code }, 'campaign sender: Telegram getMe failed');
      }
    };
  }
  if (coreSenders.whatsapp) senders.whatsapp = coreSenders.whatsapp;
  return { senders, check };
}

/** Everything campaigns need, for the server (src/deps.ts) and the CLI. */
export function createCampaigns(parts: {
  env: CampaignEnv;
  db: Db;
  cipher: Cipher;
  chatLog: ChatLog;
  translator: Translator;
  logger: Logger;
  coreSenders?: Partial<Record<ChannelName, ChannelSender>>;
  openJournal?: (workerId: string) => SendJournal;
  platformFetch?: (url: string, init?: never) => Promise<unknown>;
}) {
  const store = createCampaignStore(parts.db);
  const subscriptions = createSubscriptionStore(parts.db);
  let worker: ReturnType<typeof createCampaignWorker> | undefined;
  const getWorker = () => {
    if (worker) return worker;
    const config = workerConfig(parts.env);
    const sentLog = createSentLog(store, parts.chatLog);
    const platform = campaignSenders(parts.env, sentLog.chatLog, parts.logger, parts.coreSenders ?? {}, parts.platformFetch);
    worker = createCampaignWorker({
      store,
      markSent: sentLog.markSent,
      senders: platform.senders,
      beforeRun: platform.check,
      subscriptions,
      decrypt: (s) => parts.cipher.decrypt(s),
      translator: parts.translator,
      logger: parts.logger,
      config,
      journal: parts.openJournal?.(config.workerId),
    });
    return worker;
  };
  const service = createCampaignService({ store, translator: parts.translator, kick: () => worker?.kick() });
  const deliveryFailed = createDeliveryFailureHandler({ store, subscriptions, logger: parts.logger });
  return { store, subscriptions, service, worker: getWorker, deliveryFailed };
}

export type Campaigns = ReturnType<typeof createCampaigns>;
