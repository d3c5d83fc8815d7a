import type { Lang } from '../../core/lang.js';
import type { Reply } from '../../core/replies.js';

/** What the web page receives. Mirrors Reply, plus an id the page uses to never show a message twice. */
export interface OutMessage {
  id: string;
  kind: 'text' | 'location_request';
  text: string;
  choices?: { id: string; label: string }[];
  buttonLabel?: string;
  dir: 'ltr' | 'rtl';
}

export function toOutMessage(id: string, reply: Reply): OutMessage {
  const dir = reply.dir ?? 'ltr';
  if (reply.kind === 'location_request') {
    return { id, kind: 'location_request', text: reply.text, buttonLabel: reply.buttonLabel, dir };
  }
  return reply.choices && reply.choices.length > 0
    ? { id, kind: 'text', text: reply.text, choices: reply.choices, dir }
    : { id, kind: 'text', text: reply.text, dir };
}

export type { Lang };
