import { Hono } from 'hono';
import { z } from 'zod';
import { type CoreDeps, handleInbound } from '../../core/handle-inbound.js';
import type { InboundContent } from '../../core/events.js';
import type { Reply } from '../../core/replies.js';
import type { ChatMessageStore } from '../../db/stores/chat-message-store.js';
import { type OutMessage, toOutMessage } from './messages.js';
import { createRateLimiter } from './rate-limit.js';
import { createCapturingSender } from './sender.js';

/** Longest message the web chat accepts. */
export const WEB_TEXT_LIMIT = 2000;

export interface WebChatDeps {
  core: CoreDeps;
  messages: ChatMessageStore;
  findPersonId(externalUserId: string): Promise<string | null>;
  /** Keyed hash, so receipts never hold a session id in clear. */
  hash(value: string): Promise<string>;
  clientIp(c: { req: { raw: Request }; env: unknown }): string;
  assets: { html: string; js: string; css: string };
}

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i, 'must be a UUID');
const cursor = z.string().regex(/^\d{1,15}$/).optional();
const postSchema = z
  .object({
    sessionId: uuid,
    clientMessageId: uuid,
    after: cursor,
    text: z.string().trim().min(1).max(WEB_TEXT_LIMIT, `text must be at most ${WEB_TEXT_LIMIT} characters`).optional(),
    choice: z.string().min(1).max(64).optional(),
    location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
    command: z.literal('start').optional(),
  })
  .strict()
  .refine((b) => [b.text, b.choice, b.location, b.command].filter((v) => v !== undefined).length === 1, {
    message: 'exactly one of text, choice, location or command',
  });

export function webChat(deps: WebChatDeps): Hono {
  const app = new Hono();
  const perSession = createRateLimiter({ capacity: 20, refillPerSecond: 0.5 });
  const perAddress = createRateLimiter({ capacity: 120, refillPerSecond: 2 });
  const pollPerSession = createRateLimiter({ capacity: 30, refillPerSecond: 1 });

  app.get('/', (c) => c.html(deps.assets.html));
  app.get('/static/chat.js', (c) => c.body(deps.assets.js, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/static/chat.css', (c) => c.body(deps.assets.css, 200, { 'content-type': 'text/css; charset=utf-8' }));

  app.post('/api/chat/messages', async (c) => {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      return c.json({ error: 'malformed JSON' }, 400);
    }
    const parsed = postSchema.safeParse(raw);
    if (!parsed.success) return c.json({ error: parsed.error.issues.map(issueText).join('; ') }, 400);
    const body = parsed.data;
    const wait = Math.max(perAddress.take(deps.clientIp(c)), perSession.take(body.sessionId));
    if (wait > 0) return c.json({ error: 'rate_limited', retryAfterSeconds: wait }, 429, { 'retry-after': String(wait) });

    const sender = createCapturingSender();
    const result = await handleInbound(
      deps.core,
      {
        channel: 'web',
        externalUserId: body.sessionId,
        providerMessageId: await deps.hash(`${body.sessionId}:${body.clientMessageId}`),
        receivedAt: new Date(),
        content: contentOf(body),
      },
      { sender },
    );
    const now: OutMessage[] = sender.captured.map((r: Reply, i) => toOutMessage(`r-${body.clientMessageId}-${i}`, r));
    if (result.status === 'erased') return c.json({ messages: now, cursor: '0' });
    const later = await pending(deps, body.sessionId, body.after);
    return c.json({ messages: [...later.messages, ...now], cursor: later.cursor });
  });

  app.get('/api/chat/messages', async (c) => {
    const q = z.object({ sessionId: uuid, after: cursor }).safeParse(c.req.query());
    if (!q.success) return c.json({ error: q.error.issues.map(issueText).join('; ') }, 400);
    const wait = pollPerSession.take(q.data.sessionId);
    if (wait > 0) return c.json({ error: 'rate_limited', retryAfterSeconds: wait }, 429, { 'retry-after': String(wait) });
    return c.json(await pending(deps, q.data.sessionId, q.data.after));
  });

  return app;
}

/** Messages that arrived for this session after the page's cursor (a counsellor's reply, for example). */
async function pending(deps: WebChatDeps, sessionId: string, after: string | undefined) {
  const personId = await deps.findPersonId(sessionId);
  const afterId = after ? Number(after) : 0;
  if (!personId) return { messages: [] as OutMessage[], cursor: String(afterId) };
  const rows = await deps.messages.bodiesAfter(personId, afterId, 50);
  const messages = rows.map((r) => toOutMessage(`m-${r.id}`, JSON.parse(r.body) as Reply));
  return { messages, cursor: String(rows.at(-1)?.id ?? afterId) };
}

function contentOf(b: z.infer<typeof postSchema>): InboundContent {
  if (b.text !== undefined) return { kind: 'text', text: b.text };
  if (b.choice !== undefined) return { kind: 'choice', id: b.choice };
  if (b.location !== undefined) return { kind: 'location', location: b.location };
  return { kind: 'command', command: 'start', args: '' };
}

function issueText(i: z.core.$ZodIssue): string {
  return i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message;
}
