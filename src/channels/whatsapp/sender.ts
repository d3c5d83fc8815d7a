import type { ChannelSender, Logger, Recipient } from '../../core/ports.js';
import type { OutboundRecord, WhatsAppStore } from '../../db/stores/whatsapp-store.js';
import { REENGAGEMENT_REQUIRED, type WhatsAppClient } from './client.js';
import type { StatusUpdate } from './parse.js';
import { renderWhatsApp, type WhatsAppPayload } from './render.js';

/**
 * Free-form messages may go out only within 24 hours of her last message.
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-messages#customer-service-windows
 * A few minutes are kept in hand so a message is not refused on its way out.
 */
export const WHATSAPP_WINDOW_MS = 24 * 60 * 60 * 1000 - 5 * 60 * 1000;

export interface NotifyTemplate {
  /** Approved, content-neutral: "You have a new message. Reply 1 to read it." */
  name: string;
  /** Saheli language -> template language code. */
  languages: Record<string, string>;
}

export interface WhatsAppSender extends ChannelSender {
  /** A delivery status from the webhook: updates the record; a 131047 failure closes her window. */
  onStatus(update: StatusUpdate): Promise<void>;
}

/** A message WhatsApp accepted and later reported failed (for campaign stats and opt-outs). */
export type DeliveryFailure = OutboundRecord & { code: number | undefined };

/** `en:en,hi:hi,ur:ur` -> { en: 'en', hi: 'hi', ur: 'ur' } */
export function parseTemplateLanguages(spec: string): Record<string, string> {
  return Object.fromEntries(spec.split(',').map((pair) => pair.split(':', 2) as [string, string]));
}

/**
 * Within her window: render and send, recording each wamid (hashed) for delivery statuses. Outside it,
 * or when WhatsApp answers 131047: hold the messages encrypted, send the neutral template once, and
 * release what was held when she next writes (`onInbound`).
 */
export function createWhatsAppSender(deps: {
  client: WhatsAppClient;
  store: WhatsAppStore;
  template: NotifyTemplate;
  logger: Logger;
  /** Told of every failed status on a message of ours, after the record is updated. */
  onFailed?: (failure: DeliveryFailure) => Promise<void>;
}): WhatsAppSender {
  const { client, store, logger } = deps;

  async function holdAndNotify(to: Recipient, payloads: WhatsAppPayload[], notified: boolean): Promise<void> {
    await store.hold(to.personId, payloads.map((p) => JSON.stringify(p)));
    logger.info({ personId: to.personId, held: payloads.length }, 'whatsapp window closed: messages held');
    if (notified) return;
    const code = deps.template.languages[to.lang ?? 'en'] ?? deps.template.languages.en ?? 'en';
    try {
      const r = await client.send(to.externalUserId, { type: 'template', template: { name: deps.template.name, language: { code } } });
      if (r.kind === 'sent') {
        await store.recordSent(to.personId, r.wamid, 'template');
        await store.markNotified(to.personId);
      }
    } catch (err) {
      // The messages stay held; she gets them whenever she writes.
      logger.warn({ personId: to.personId, err: (err as Error).name, code: (err as { apiCode?: number }).apiCode }, 'whatsapp notice template not sent');
    }
  }

  /** Sends in order; stops at the first one refused (window closed) or failed, and says what is left. */
  async function sendAll(to: Recipient, payloads: WhatsAppPayload[], track: boolean) {
    for (let i = 0; i < payloads.length; i++) {
      let r: Awaited<ReturnType<WhatsAppClient['send']>>;
      try {
        r = await client.send(to.externalUserId, payloads[i] as WhatsAppPayload);
      } catch (error) {
        return { unsent: payloads.slice(i), error };
      }
      if (r.kind === 'reengage') return { unsent: payloads.slice(i), closed: true };
      if (track) await store.recordSent(to.personId, r.wamid, 'message');
    }
    return { unsent: [] as WhatsAppPayload[] };
  }

  return {
    async send(to, replies, opts = {}) {
      const payloads = replies.flatMap(renderWhatsApp);
      if (payloads.length === 0) return;
      const window = await store.windowOf(to.personId, WHATSAPP_WINDOW_MS);
      if (!window.exists) {
        // Her goodbye after an erase: she has just written, and nothing about her may be kept.
        const { error } = await sendAll(to, payloads, false);
        if (error) throw error;
        return;
      }
      if (!window.open) return holdAndNotify(to, payloads, window.notified);
      const result = await sendAll(to, payloads, opts.track ?? true);
      if (result.error) throw result.error;
      if (result.closed) {
        await store.markClosed(to.personId);
        await holdAndNotify(to, result.unsent, window.notified);
      }
    },

    async onInbound(to) {
      const held = await store.takeHeld(to.personId);
      if (held.length === 0) return { released: 0 };
      const payloads = held.map((b) => JSON.parse(b) as WhatsAppPayload);
      const { unsent, error } = await sendAll(to, payloads, true);
      if (error) logger.warn({ personId: to.personId, err: (error as Error).name }, 'whatsapp held messages not released');
      // Anything not delivered goes back on hold for next time; her new message is still answered.
      if (unsent.length > 0) await store.hold(to.personId, unsent.map((p) => JSON.stringify(p)));
      const released = payloads.length - unsent.length;
      logger.info({ personId: to.personId, released }, 'whatsapp held messages released');
      return { released };
    },

    async forget() {
      // WhatsApp has no way for a business to delete its messages in her chat.
      return { deleted: 0, restHintKey: 'erase.rest_whatsapp' };
    },

    async onStatus(update) {
      const record = await store.updateStatus(update.wamid, update.status, update.at, update.errorCode);
      if (!record || update.status !== 'failed') return;
      const { personId } = record;
      logger.warn({ personId, code: update.errorCode }, 'whatsapp message failed');
      // Refused after acceptance because her window had closed: the next messages are held and she is notified.
      if (update.errorCode === REENGAGEMENT_REQUIRED) await store.markClosed(personId);
      await deps.onFailed?.({ ...record, code: update.errorCode });
    },
  };
}
