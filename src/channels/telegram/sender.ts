import type { Api } from 'grammy';
import type { ChannelSender, ChatLog, Logger } from '../../core/ports.js';
import { renderTelegram } from './render.js';

/** Telegram keeps a bot's right to delete messages in a private chat for 48 hours. */
export const TELEGRAM_DELETE_WINDOW_MS = 48 * 60 * 60 * 1000;
const DELETE_BATCH = 100; // @see https://core.telegram.org/bots/api#deletemessages (1-100 ids)

export function createTelegramSender(api: Api, chatLog: ChatLog, logger: Logger, now = () => new Date()): ChannelSender {
  return {
    async send(to, replies, opts = {}) {
      const track = opts.track ?? true;
      const sentIds: string[] = [];
      try {
        for (const reply of replies) {
          for (const msg of renderTelegram(reply)) {
            const sent = await api.sendMessage(to.externalUserId, msg.text, msg.reply_markup ? { reply_markup: msg.reply_markup } : {});
            sentIds.push(String(sent.message_id));
          }
        }
      } finally {
        // One write for the whole reply (a commit costs more than the insert), also when a later part failed.
        if (track) await recordAll(chatLog, to.personId, sentIds);
      }
    },
    async forget(to) {
      const ids = (await chatLog.idsSince(to.personId, new Date(now().getTime() - TELEGRAM_DELETE_WINDOW_MS)))
        .map(Number)
        .filter(Number.isInteger)
        .sort((a, b) => a - b);
      let deleted = 0;
      for (let i = 0; i < ids.length; i += DELETE_BATCH) {
        const batch = ids.slice(i, i + DELETE_BATCH);
        try {
          await api.deleteMessages(to.externalUserId, batch);
          deleted += batch.length;
        } catch (err) {
          logger.warn({ personId: to.personId, err: (err as Error).name }, 'telegram deleteMessages failed');
        }
      }
      return { deleted, restHintKey: 'erase.rest_telegram' };
    },
  };
}

async function recordAll(chatLog: ChatLog, personId: string, ids: string[]): Promise<void> {
  if (chatLog.recordIds) return chatLog.recordIds(personId, 'telegram', 'out', ids);
  for (const id of ids) await chatLog.recordId(personId, 'telegram', 'out', id);
}
