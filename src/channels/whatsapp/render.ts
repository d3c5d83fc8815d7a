import type { Choice, Reply } from '../../core/replies.js';
import { splitText } from '../split-text.js';

/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/text-messages (body: 4096 characters) */
export const WHATSAPP_TEXT_LIMIT = 4096;
/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-reply-buttons-messages (body: 1024) */
export const WHATSAPP_INTERACTIVE_BODY_LIMIT = 1024;
/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-reply-buttons-messages (1-3 buttons) */
export const WHATSAPP_MAX_REPLY_BUTTONS = 3;
/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-reply-buttons-messages (title: 20) */
export const WHATSAPP_BUTTON_TITLE_LIMIT = 20;
/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-reply-buttons-messages (id: 256) */
export const WHATSAPP_BUTTON_ID_LIMIT = 256;
/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-list-messages (10 rows in all sections) */
export const WHATSAPP_LIST_MAX_ROWS = 10;
/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-list-messages (row title: 24) */
export const WHATSAPP_ROW_TITLE_LIMIT = 24;
/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-list-messages (row description: 72) */
export const WHATSAPP_ROW_DESCRIPTION_LIMIT = 72;
/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-list-messages (row id: 200) */
export const WHATSAPP_ROW_ID_LIMIT = 200;
/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-list-messages (button label: 20) */
export const WHATSAPP_LIST_BUTTON_LIMIT = 20;
/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-list-messages (section title: 24) */
export const WHATSAPP_SECTION_TITLE_LIMIT = 24;

/**
 * Labels that need no translation: the body of an interactive message whose text went out just before it,
 * and the label of the button that opens a list (WhatsApp draws a list icon next to it).
 */
export const NEUTRAL_BODY = '👇';
export const LIST_BUTTON_LABEL = '☰';

export interface ReplyButton {
  type: 'reply';
  reply: { id: string; title: string };
}
export interface ListRow {
  id: string;
  title: string;
  description?: string;
}
export type Interactive =
  | { type: 'button'; body: { text: string }; action: { buttons: ReplyButton[] } }
  | { type: 'list'; body: { text: string }; action: { button: string; sections: { title?: string; rows: ListRow[] }[] } }
  /** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/location-request-messages */
  | { type: 'location_request_message'; body: { text: string }; action: { name: 'send_location' } };

/** The message part of a POST /{phone-number-id}/messages body (without `messaging_product` and `to`). */
export type WhatsAppPayload =
  | { type: 'text'; text: { body: string; preview_url?: boolean } }
  | { type: 'interactive'; interactive: Interactive }
  | { type: 'template'; template: { name: string; language: { code: string } } };

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cut to at most `limit` UTF-16 units on a grapheme boundary, ending with … when cut. */
export function truncate(s: string, limit: number): string {
  if (s.length <= limit) return s;
  let out = '';
  for (const { segment } of graphemes.segment(s)) {
    if (out.length + segment.length > limit - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

/** One Reply -> the WhatsApp messages that say it, in order, within the platform limits. */
export function renderWhatsApp(reply: Reply): WhatsAppPayload[] {
  const text = reply.text.trim();
  if (reply.kind === 'location_request') {
    const { lead, body } = interactiveBody(text);
    return [...lead, { type: 'interactive', interactive: { type: 'location_request_message', body: { text: body }, action: { name: 'send_location' } } }];
  }
  const choices = (reply.choices ?? []).filter((c) => c.label.trim() !== '' && c.id !== '' && c.id.length <= WHATSAPP_ROW_ID_LIMIT);
  if (choices.length === 0) return text === '' ? [] : textMessages(text);
  const { lead, body } = interactiveBody(text);
  const fitsButtons =
    choices.length <= WHATSAPP_MAX_REPLY_BUTTONS && choices.every((c) => c.label.trim().length <= WHATSAPP_BUTTON_TITLE_LIMIT);
  if (fitsButtons) {
    const buttons = choices.map((c): ReplyButton => ({ type: 'reply', reply: { id: c.id, title: c.label.trim() } }));
    return [...lead, { type: 'interactive', interactive: { type: 'button', body: { text: body }, action: { buttons } } }];
  }
  const lists: WhatsAppPayload[] = [];
  for (let i = 0; i < choices.length; i += WHATSAPP_LIST_MAX_ROWS) {
    const rows = choices.slice(i, i + WHATSAPP_LIST_MAX_ROWS).map(row);
    lists.push({
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: i === 0 ? body : NEUTRAL_BODY },
        action: { button: LIST_BUTTON_LABEL, sections: [{ rows }] },
      },
    });
  }
  return [...lead, ...lists];
}

function row(c: Choice): ListRow {
  const label = c.label.trim();
  if (label.length <= WHATSAPP_ROW_TITLE_LIMIT) return { id: c.id, title: label };
  return { id: c.id, title: truncate(label, WHATSAPP_ROW_TITLE_LIMIT), description: truncate(label, WHATSAPP_ROW_DESCRIPTION_LIMIT) };
}

/** Text that fits an interactive body rides on it; longer text goes first as plain messages. */
function interactiveBody(text: string): { lead: WhatsAppPayload[]; body: string } {
  if (text === '') return { lead: [], body: NEUTRAL_BODY };
  if (text.length <= WHATSAPP_INTERACTIVE_BODY_LIMIT) return { lead: [], body: text };
  return { lead: textMessages(text), body: NEUTRAL_BODY };
}

function textMessages(text: string): WhatsAppPayload[] {
  return splitText(text, WHATSAPP_TEXT_LIMIT).map((body) => ({ type: 'text', text: { body } }));
}
