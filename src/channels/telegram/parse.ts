import type { Update } from 'grammy/types';
import type { InboundContent, InboundEvent } from '../../core/events.js';

/**
 * A Telegram update -> InboundEvent, or null for updates Saheli does not act on (edits, group and channel
 * messages, a "bot was blocked" notice...). Those are answered 200 and counted, never retried.
 */
export function parseTelegramUpdate(update: Update, receivedAt: Date): InboundEvent | null {
  const providerMessageId = `u:${update.update_id}`;
  if (update.callback_query) {
    const q = update.callback_query;
    if (!q.data || (q.message && q.message.chat.type !== 'private')) return null;
    return {
      channel: 'telegram',
      externalUserId: String(q.from.id),
      providerMessageId,
      languageHint: q.from.language_code,
      receivedAt,
      content: { kind: 'choice', id: q.data },
    };
  }
  const m = update.message;
  if (m?.chat.type !== 'private' || !m.from || m.from.is_bot) return null;
  return {
    channel: 'telegram',
    externalUserId: String(m.from.id),
    providerMessageId,
    platformMessageRef: String(m.message_id),
    languageHint: m.from.language_code,
    receivedAt,
    content: contentOf(m),
  };
}

type Message = NonNullable<Update['message']>;

function contentOf(m: Message): InboundContent {
  if (typeof m.text === 'string') {
    const cmd = /^\/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+([\s\S]*))?$/.exec(m.text.trim());
    if (cmd) return { kind: 'command', command: (cmd[1] as string).toLowerCase(), args: (cmd[2] ?? '').trim() };
    return { kind: 'text', text: m.text };
  }
  if (m.location) return { kind: 'location', location: { latitude: m.location.latitude, longitude: m.location.longitude } };
  const what =
    m.sticker ? 'sticker' : m.voice ? 'voice' : m.photo ? 'photo' : m.video ? 'video' : m.document ? 'document'
    : m.audio ? 'audio' : m.animation ? 'animation' : m.video_note ? 'video_note' : m.contact ? 'contact' : 'other';
  if (typeof m.caption === 'string' && m.caption.trim() !== '') return { kind: 'text', text: m.caption };
  return { kind: 'unsupported', what };
}
