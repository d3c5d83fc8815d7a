import type { Hono } from 'hono';
import type { CoreDeps } from '../../core/handle-inbound.js';
import type { Db } from '../../db/client.js';
import type { Cipher } from '../../db/crypto.js';
import { createWhatsAppStore } from '../../db/stores/whatsapp-store.js';
import { createWhatsAppClient, type WhatsAppClientConfig } from './client.js';
import { createWhatsAppSender, type DeliveryFailure, parseTemplateLanguages, type WhatsAppSender } from './sender.js';
import { whatsappWebhook } from './webhook.js';

export interface WhatsAppSettings {
  WHATSAPP_ACCESS_TOKEN?: string;
  WHATSAPP_APP_SECRET?: string;
  WHATSAPP_VERIFY_TOKEN?: string;
  WHATSAPP_PHONE_NUMBER_ID?: string;
  WHATSAPP_API_ROOT: string;
  WHATSAPP_API_VERSION: string;
  WHATSAPP_NOTIFY_TEMPLATE: string;
  WHATSAPP_TEMPLATE_LANGUAGES: string;
}

export interface WhatsAppChannel {
  routes: Hono;
  sender: WhatsAppSender;
  /** Resolves when the webhook work started so far has finished (tests, graceful shutdown). */
  idle(): Promise<void>;
}

/** Background work after a 200, remembered so shutdown and tests can wait for it. */
export function backgroundTasks(onError: (err: unknown) => void) {
  const pending = new Set<Promise<unknown>>();
  return {
    defer(work: Promise<unknown>) {
      const task: Promise<unknown> = work.catch(onError).finally(() => pending.delete(task));
      pending.add(task);
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

/** The WhatsApp channel, or null (and one log line) when its four credentials are not all set. */
export function createWhatsAppChannel(
  env: WhatsAppSettings,
  parts: { core: CoreDeps; db: Db; cipher: Cipher; client?: Partial<WhatsAppClientConfig>; onFailed?: (f: DeliveryFailure) => Promise<void> },
): WhatsAppChannel | null {
  const { WHATSAPP_ACCESS_TOKEN: token, WHATSAPP_APP_SECRET: secret, WHATSAPP_VERIFY_TOKEN: verifyToken, WHATSAPP_PHONE_NUMBER_ID: phoneNumberId } = env;
  const log = parts.core.logger;
  if (!token || !secret || !verifyToken || !phoneNumberId) {
    log.info({}, 'WHATSAPP_* credentials are not set: WhatsApp is off');
    return null;
  }
  const client = createWhatsAppClient({
    apiRoot: env.WHATSAPP_API_ROOT,
    apiVersion: env.WHATSAPP_API_VERSION,
    phoneNumberId,
    accessToken: token,
    ...parts.client,
  });
  const sender = createWhatsAppSender({
    client,
    store: createWhatsAppStore(parts.db, parts.cipher),
    template: { name: env.WHATSAPP_NOTIFY_TEMPLATE, languages: parseTemplateLanguages(env.WHATSAPP_TEMPLATE_LANGUAGES) },
    logger: log,
    onFailed: parts.onFailed,
  });
  const tasks = backgroundTasks((err) => log.error({ err: (err as Error).name }, 'whatsapp background work failed'));
  const routes = whatsappWebhook({
    core: parts.core,
    verifyToken,
    appSecret: secret,
    phoneNumberId,
    hashId: (wamid) => parts.cipher.lookupHash(`wamid:${wamid}`),
    onStatus: (u) => sender.onStatus(u),
    defer: tasks.defer,
  });
  return { routes, sender, idle: tasks.idle };
}
