import type { ChannelSender } from '../../core/ports.js';
import type { Reply } from '../../core/replies.js';
import type { ChatMessageStore } from '../../db/stores/chat-message-store.js';

/**
 * Messages that reach the web chat later (not in answer to a request) wait, encrypted, until the page
 * polls for them.
 */
export function createWebSender(messages: ChatMessageStore): ChannelSender {
  return {
    async send(to, replies) {
      for (const reply of replies) await messages.enqueueBody(to.personId, 'web', JSON.stringify(reply));
    },
    async forget() {
      return { deleted: 0, restHintKey: 'erase.rest_web' };
    },
  };
}

/** For one HTTP request: keeps the replies so the route can return them in its response. */
export function createCapturingSender(): ChannelSender & { captured: Reply[] } {
  const captured: Reply[] = [];
  return {
    captured,
    async send(_to, replies) {
      captured.push(...replies);
    },
    async forget() {
      return { deleted: 0, restHintKey: 'erase.rest_web' };
    },
  };
}
