import { autoRetry } from '@grammyjs/auto-retry';
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { type CoreDeps, handleInbound } from '../../core/handle-inbound.js';
import { parseTelegramUpdate } from './parse.js';

export interface TelegramConfig {
  token: string;
  apiRoot: string;
  /** Known bot info; when absent, getMe is tried once at start-up. */
  botInfo?: UserFromGetMe;
  /** The HTTP client for Bot API calls (Node: undici, src/campaigns/platform-fetch-node.ts); grammY's default when absent. */
  fetch?: (url: string, init?: never) => Promise<unknown>;
}

/**
 * grammY bot whose one middleware hands every update to the core. grammY is used for what it is good at:
 * the webhook secret check, the Bot API client, and 429 retries (auto-retry honours retry_after).
 */
export function createTelegramBot(cfg: TelegramConfig, core: CoreDeps, counters: { skipped: number }): Bot {
  const bot = new Bot(cfg.token, { client: { apiRoot: cfg.apiRoot, ...(cfg.fetch ? { fetch: cfg.fetch as never } : {}) }, botInfo: cfg.botInfo });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
  bot.use(async (ctx) => {
    const event = parseTelegramUpdate(ctx.update, new Date());
    if (!event) {
      counters.skipped++;
      core.logger.debug({ updateId: ctx.update.update_id }, 'telegram update skipped');
      return;
    }
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
    await handleInbound(core, event);
  });
  return bot;
}

/** Bot info without a network call, for when getMe is unreachable at start-up; the username only labels logs. */
export function fallbackBotInfo(token: string): UserFromGetMe {
  return {
    id: Number.parseInt(token.split(':')[0] ?? '0', 10),
    is_bot: true,
    first_name: 'Saheli',
    username: 'saheli_bot',
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
  } as UserFromGetMe;
}
