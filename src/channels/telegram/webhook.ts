import { timingSafeEqual } from 'node:crypto';
import { type Bot, webhookCallback } from 'grammy';
import { Hono } from 'hono';
import type { Logger } from '../../core/ports.js';

/**
 * POST /webhooks/telegram. The secret is checked before the body is read; malformed JSON is a 400;
 * a well-formed update Saheli does not handle is a 200 (Telegram retries anything else for hours).
 */
export function telegramWebhook(bot: Bot, secret: string, logger: Logger): Hono {
  const app = new Hono();
  const handle = webhookCallback(bot, 'hono', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: 8000 });
  app.post('/webhooks/telegram', async (c) => {
    if (!sameSecret(c.req.header('x-telegram-bot-api-secret-token'), secret)) {
      return c.json({ error: 'unauthorized' }, 401);
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: 'malformed JSON' }, 400);
    }
    if (!isUpdate(body)) {
      logger.warn({}, 'telegram payload without update_id skipped');
      return c.json({ ok: true });
    }
    return handle(c);
  });
  return app;
}

function isUpdate(body: unknown): boolean {
  return typeof body === 'object' && body !== null && Number.isInteger((body as { update_id?: unknown }).update_id);
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
