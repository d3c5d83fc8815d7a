import type { DeliveryFailure } from '../channels/whatsapp/sender.js';
import type { SubscriptionDesk } from '../core/flows/subscription.js';
import type { Logger } from '../core/ports.js';
import type { CampaignStore } from '../db/stores/campaign-store.js';
import { WHATSAPP_BLOCKED } from './send-errors.js';

/**
 * WhatsApp reports most failures after it accepted a message, in a status callback. For campaigns that
 * means: the message counts as failed (or blocked) in the stats instead of sent, and when the code says she
 * cannot or will not get this number's messages (131026, 131050) she is unsubscribed, as a Telegram 403 does.
 */
export function createDeliveryFailureHandler(deps: {
  store: Pick<CampaignStore, 'markUndelivered'>;
  subscriptions: Pick<SubscriptionDesk, 'unsubscribe'>;
  logger: Logger;
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  return async (f: DeliveryFailure): Promise<void> => {
    const blocked = f.code !== undefined && WHATSAPP_BLOCKED.has(f.code);
    if (f.kind === 'message') {
      const changed = await deps.store.markUndelivered(f.personId, f.sentAt, blocked ? 'blocked' : 'failed', String(f.code ?? 'failed'));
      if (changed > 0) deps.logger.info({ personId: f.personId, code: f.code }, 'campaign message reported undelivered by WhatsApp');
    }
    if (blocked && (await deps.subscriptions.unsubscribe(f.personId, 'blocked', new Date(now())))) {
      deps.logger.info({ personId: f.personId, code: f.code }, 'unsubscribed: WhatsApp says she cannot or will not get our messages');
    }
  };
}
