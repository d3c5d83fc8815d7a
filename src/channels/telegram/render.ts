import type { Reply } from '../../core/replies.js';
import { splitText } from '../split-text.js';

/** @see https://core.telegram.org/bots/api#sendmessage (1-4096 characters after entities parsing) */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** @see https://core.telegram.org/bots/api#inlinekeyboardbutton (callback_data 1-64 bytes) */
export const TELEGRAM_CALLBACK_DATA_BYTES = 64;

export interface TelegramMessage {
  text: string;
  reply_markup?:
    | { inline_keyboard: { text: string; callback_data: string }[][] }
    | { keyboard: { text: string; request_location?: boolean }[][]; one_time_keyboard: true; resize_keyboard: true }
    | { remove_keyboard: true };
}

const encoder = new TextEncoder();

/** One Reply -> one or more sendMessage payloads; buttons ride on the last part. */
export function renderTelegram(reply: Reply): TelegramMessage[] {
  const parts = splitText(reply.text, TELEGRAM_TEXT_LIMIT);
  const last = parts.length - 1;
  return parts.map((text, i) => {
    if (i !== last) return { text };
    if (reply.kind === 'location_request') {
      return {
        text,
        reply_markup: {
          keyboard: [[{ text: reply.buttonLabel, request_location: true }]],
          one_time_keyboard: true,
          resize_keyboard: true,
        },
      };
    }
    const choices = (reply.choices ?? []).filter(
      (c) => c.label.trim() !== '' && encoder.encode(c.id).length <= TELEGRAM_CALLBACK_DATA_BYTES,
    );
    if (choices.length === 0) return { text };
    return { text, reply_markup: { inline_keyboard: choices.map((c) => [{ text: c.label, callback_data: c.id }]) } };
  });
}
