import { Hono } from 'hono';
import { type CoreDeps, handleInbound } from '../../core/handle-inbound.js';
import { parseWhatsAppWebhook, type ParsedWebhook, type StatusUpdate } from './parse.js';
import { createSignatureVerifier, sameSecret } from './signature.js';

export interface WhatsAppWebhookDeps {
  core: CoreDeps;
  verifyToken: string;
  appSecret: string;
  phoneNumberId: string;
  /** Keyed hash of a wamid: the dedupe key the core stores (a wamid encodes her phone number). */
  hashId(wamid: string): Promise<string>;
  onStatus(update: StatusUpdate): Promise<void>;
  /**
   * Runs the work after the 200 has gone. Node keeps the promise in the background; a Worker passes it to
   * `ctx.waitUntil` (the route does that itself when Hono has an execution context).
   */
  defer(work: Promise<unknown>): void;
}

const decoder = new TextDecoder();
/** Meta's challenge is a short number; anything longer is not Meta. */
const MAX_CHALLENGE = 256;

/**
 * GET /webhooks/whatsapp: the subscription handshake. POST: signature over the raw bytes first, then parse,
 * answer 200 at once and hand the messages to the core in the background. A payload it does not understand
 * is a 200 too: Meta retries anything else for days.
 * @see https://developers.facebook.com/docs/graph-api/webhooks/getting-started
 */
export function whatsappWebhook(deps: WhatsAppWebhookDeps): Hono {
  const app = new Hono();
  const verify = createSignatureVerifier(deps.appSecret);
  const log = deps.core.logger;

  app.get('/webhooks/whatsapp', async (c) => {
    const mode = c.req.query('hub.mode');
    const token = c.req.query('hub.verify_token');
    const challenge = c.req.query('hub.challenge');
    const ok =
      mode === 'subscribe' && token !== undefined && challenge !== undefined && challenge.length <= MAX_CHALLENGE &&
      (await sameSecret(token, deps.verifyToken));
    if (!ok) return c.text('forbidden', 403);
    log.info({}, 'whatsapp webhook verified');
    return c.text(challenge, 200);
  });

  app.post('/webhooks/whatsapp', async (c) => {
    const raw = await c.req.arrayBuffer();
    if (!(await verify(raw, c.req.header('x-hub-signature-256')))) {
      log.warn({ bytes: raw.byteLength }, 'whatsapp webhook: bad or missing signature');
      return c.json({ error: 'unauthorized' }, 401);
    }
    let body: unknown;
    try {
      body = JSON.parse(decoder.decode(raw));
    } catch {
      log.warn({ bytes: raw.byteLength }, 'whatsapp webhook: body is not JSON, skipped');
      return c.json({ ok: true });
    }
    const parsed = parseWhatsAppWebhook(body, { phoneNumberId: deps.phoneNumberId, receivedAt: new Date() });
    const work = handle(parsed);
    try {
      c.executionCtx.waitUntil(work);
    } catch {
      // No execution context: Node.
    }
    deps.defer(work);
    return c.json({ ok: true });
  });

  /** Messages in order (one person's button press and text must not overtake each other), then statuses. */
  async function handle(parsed: ParsedWebhook): Promise<void> {
    let failed = 0;
    let duplicates = 0;
    for (const event of parsed.events) {
      try {
        const providerMessageId = await deps.hashId(event.providerMessageId);
        const result = await handleInbound(deps.core, { ...event, providerMessageId });
        if (result.status === 'duplicate') duplicates++;
      } catch (err) {
        failed++;
        log.error({ err: (err as Error).name, code: (err as { apiCode?: number }).apiCode }, 'whatsapp message not handled');
      }
    }
    for (const status of parsed.statuses) {
      try {
        await deps.onStatus(status);
      } catch (err) {
        failed++;
        log.warn({ err: (err as Error).name }, 'whatsapp status not recorded');
      }
    }
    log.info(
      { messages: parsed.events.length, statuses: parsed.statuses.length, skipped: parsed.skipped, ignored: parsed.ignored, duplicates, failed },
      'whatsapp webhook handled',
    );
  }

  return app;
}
