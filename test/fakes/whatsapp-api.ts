/**
 * A loopback fake of the WhatsApp Cloud API (Graph API) messages endpoint, for tests and benchmarks.
 *
 * It answers like graph.facebook.com does — `{ messaging_product, contacts, messages: [{ id: 'wamid.…' }] }`
 * on success, the Graph error envelope `{ error: { message, type, code, error_data, fbtrace_id } }`
 * otherwise — and it rejects what the Cloud API rejects (reply-button count and title length, body
 * length, list rows, row titles, text length, template name), so a renderer that breaks a platform limit
 * fails here instead of in production. Wamids are shaped like real ones (base64 that embeds the number),
 * so a test can catch a number leaking through a stored wamid.
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';

export interface GraphError {
  message: string;
  type: 'OAuthException';
  code: number;
  error_data?: { messaging_product: 'whatsapp'; details: string };
  fbtrace_id: string;
}

export interface RecordedCall {
  method: string;
  path: string;
  token: string | null;
  body: Record<string, unknown>;
  status: number;
  response: { messaging_product?: string; contacts?: unknown[]; messages?: { id: string }[]; error?: GraphError };
  at: number;
}

export interface FailSpec {
  status: number;
  code: number;
  message: string;
  /** Seconds, sent as a Retry-After header. */
  retryAfter?: number;
}

export interface FakeWhatsApp {
  /** Use as WHATSAPP_API_ROOT (no trailing slash). */
  url: string;
  calls: RecordedCall[];
  /** Calls whose path ends with `path` (default `/messages`). */
  callsTo(path?: string): RecordedCall[];
  /** Resolves with the first matching call since the last reset, waiting for it if need be. */
  waitForCall(predicate: (c: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** The next request to /messages answers this error (queued: call twice to fail twice). */
  failNext(error: FailSpec): void;
  reset(): void;
  close(): Promise<void>;
}

/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/text-messages */
export const MAX_TEXT = 4096;
/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-reply-buttons-messages */
export const MAX_INTERACTIVE_BODY = 1024;
export const MAX_BUTTONS = 3;
export const MAX_BUTTON_TITLE = 20;
export const MAX_BUTTON_ID = 256;
/** @see https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-list-messages */
export const MAX_ROWS = 10;
export const MAX_SECTIONS = 10;
export const MAX_ROW_TITLE = 24;
export const MAX_ROW_DESCRIPTION = 72;
export const MAX_ROW_ID = 200;
export const MAX_LIST_BUTTON = 20;
export const MAX_SECTION_TITLE = 24;

/** The error titles the Cloud API puts in `message` as `(#code) Title`. */
const TITLES: Record<number, string> = {
  100: 'Invalid parameter',
  190: 'Invalid OAuth access token - Cannot parse access token',
  131008: 'Required parameter is missing',
  131009: 'Parameter value is not valid',
  131047: 'Re-engagement message',
  130429: 'Rate limit hit',
  131056: '(Business Account, Consumer Account) pair rate limit hit',
  131026: 'Message undeliverable',
  131049: 'This message was not delivered to maintain healthy ecosystem engagement.',
  131050: 'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.',
};

class Rejected extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    readonly details: string,
  ) {
    super(details);
  }
}
const invalid = (details: string): never => {
  throw new Rejected(400, 131009, details);
};
const missing = (details: string): never => {
  throw new Rejected(400, 131008, details);
};

const fbtrace = () => randomBytes(9).toString('base64url');

function graphError(code: number, details: string, title = TITLES[code] ?? 'Error'): GraphError {
  return { message: `(#${code}) ${title}`, type: 'OAuthException', code, error_data: { messaging_product: 'whatsapp', details }, fbtrace_id: fbtrace() };
}

/** A wamid like Meta's: base64 of a small protobuf-ish record that embeds the recipient number. */
function wamid(to: string): string {
  const num = Buffer.from(to);
  const rnd = Buffer.from(randomBytes(9).toString('hex').toUpperCase());
  return `wamid.${Buffer.concat([Buffer.from([0x1c, 0x18, num.length]), num, Buffer.from([0x15, 0x02, 0x00, 0x11, 0x18, rnd.length]), rnd, Buffer.from([0])]).toString('base64')}`;
}

/** The X-Hub-Signature-256 value Meta would send for this body. */
export function signWhatsAppBody(body: string | Uint8Array, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

export async function startFakeWhatsApp(opts: { token: string; phoneNumberId: string; port?: number }): Promise<FakeWhatsApp> {
  const calls: RecordedCall[] = [];
  const failures: FailSpec[] = [];
  const waiters = new Set<{ match: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }>();

  const record = (call: RecordedCall) => {
    calls.push(call);
    for (const w of waiters) {
      if (w.match(call)) {
        waiters.delete(w);
        w.resolve(call);
      }
    }
  };

  const app = new Hono();
  app.all('*', async (c) => {
    const auth = c.req.header('authorization') ?? null;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
    let body: Record<string, unknown> = {};
    let status = 200;
    let response: RecordedCall['response'];
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    try {
      const raw = await c.req.text();
      try {
        body = raw.trim() === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
      } catch {
        throw new Rejected(400, 100, 'Invalid JSON payload');
      }
      response = answer(c.req.method, c.req.path, token, body, headers);
    } catch (e) {
      const r = e instanceof Rejected ? e : new Rejected(500, 1, 'An unknown error occurred');
      status = r.status;
      response = { error: graphError(r.code, r.details) };
    }
    record({ method: c.req.method, path: c.req.path, token, body, status, response, at: Date.now() });
    return new Response(JSON.stringify(response), { status, headers });
  });

  const answer = (method: string, path: string, token: string | null, body: Record<string, unknown>, headers: Record<string, string>): RecordedCall['response'] => {
    const m = /^\/(v\d+\.\d+)\/([^/]+)\/messages$/.exec(path);
    if (method !== 'POST' || !m) throw new Rejected(400, 100, `Unsupported ${method.toLowerCase()} request.`);
    if (token !== opts.token) throw new Rejected(401, 190, 'Invalid OAuth access token');
    if (m[2] !== opts.phoneNumberId) {
      throw new Rejected(400, 100, `Unsupported post request. Object with ID '${m[2]}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`);
    }
    const failure = failures.shift();
    if (failure) {
      if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
      throw new Rejected(failure.status, failure.code, failure.message);
    }
    const to = validate(body);
    return { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id: wamid(to) }] };
  };

  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: opts.port ?? 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    callsTo: (path = '/messages') => calls.filter((c) => c.path.endsWith(path)),
    waitForCall(predicate, timeoutMs = 3000) {
      const seen = calls.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = {
          match: predicate,
          resolve: (c: RecordedCall) => {
            clearTimeout(timer);
            resolve(c);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`fake WhatsApp: no matching call within ${timeoutMs} ms (${calls.length} calls)`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    failNext(error) {
      failures.push(error);
    },
    reset() {
      calls.length = 0;
      failures.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

type Obj = Record<string, unknown>;
const obj = (v: unknown, what: string): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : missing(`${what} is required`));
const str = (v: unknown, what: string): string => (typeof v === 'string' ? v : missing(`${what} is required`));

/** Checks a message body as the Cloud API does; returns the recipient. */
function validate(b: Obj): string {
  if (b.messaging_product !== 'whatsapp') throw new Rejected(400, 100, 'The parameter messaging_product is required.');
  const to = str(b.to, 'to');
  if (!/^\+?\d{5,20}$/.test(to)) throw new Rejected(400, 100, 'Invalid parameter: to');
  switch (b.type ?? 'text') {
    case 'text': {
      const text = str(obj(b.text, 'text').body, 'text.body');
      if (text.trim() === '') missing('text.body is required');
      if (text.length > MAX_TEXT) invalid(`Param text['body'] must be at most ${MAX_TEXT} characters long.`);
      break;
    }
    case 'interactive':
      interactive(obj(b.interactive, 'interactive'));
      break;
    case 'template': {
      const t = obj(b.template, 'template');
      if (typeof t.name !== 'string' || t.name === '') missing('template.name is required');
      str(obj(t.language, 'template.language').code, 'template.language.code');
      break;
    }
    default:
      throw new Rejected(400, 100, `Unsupported message type: ${String(b.type)}`);
  }
  return to.replace(/^\+/, '');
}

function interactive(i: Obj): void {
  const body = str(obj(i.body, 'interactive.body').text, 'interactive.body.text');
  if (body.trim() === '') missing('interactive.body.text is required');
  if (body.length > MAX_INTERACTIVE_BODY) invalid(`Body text length invalid. Min length: 1, Max length: ${MAX_INTERACTIVE_BODY}`);
  const action = obj(i.action, 'interactive.action');
  if (i.type === 'button') {
    const buttons = Array.isArray(action.buttons) ? (action.buttons as unknown[]) : missing('action.buttons is required');
    if (buttons.length < 1 || buttons.length > MAX_BUTTONS) invalid(`Buttons count invalid. Min: 1, Max: ${MAX_BUTTONS}`);
    const ids = new Set<string>();
    const titles = new Set<string>();
    for (const b of buttons) {
      const reply = obj(obj(b, 'button').reply, 'button.reply');
      const title = str(reply.title, 'button.reply.title');
      const id = str(reply.id, 'button.reply.id');
      if (title.trim() === '' || title.length > MAX_BUTTON_TITLE) invalid(`Button title length invalid. Min length: 1, Max length: ${MAX_BUTTON_TITLE}`);
      if (id === '' || id.length > MAX_BUTTON_ID) invalid(`Button id length invalid. Min length: 1, Max length: ${MAX_BUTTON_ID}`);
      if (ids.has(id) || titles.has(title)) invalid('Button title and id must be unique.');
      ids.add(id);
      titles.add(title);
    }
  } else if (i.type === 'list') {
    const button = str(action.button, 'action.button');
    if (button.trim() === '' || button.length > MAX_LIST_BUTTON) invalid(`Button text length invalid. Min length: 1, Max length: ${MAX_LIST_BUTTON}`);
    const sections = Array.isArray(action.sections) ? (action.sections as unknown[]) : missing('action.sections is required');
    if (sections.length < 1 || sections.length > MAX_SECTIONS) invalid(`Sections count invalid. Min: 1, Max: ${MAX_SECTIONS}`);
    let rows = 0;
    const ids = new Set<string>();
    for (const s of sections.map((x) => obj(x, 'section'))) {
      if (s.title !== undefined && (typeof s.title !== 'string' || s.title.length > MAX_SECTION_TITLE)) invalid(`Section title length invalid. Max length: ${MAX_SECTION_TITLE}`);
      if (sections.length > 1 && (typeof s.title !== 'string' || s.title === '')) missing('Section title is required when there is more than one section');
      const list = Array.isArray(s.rows) ? (s.rows as unknown[]) : missing('section.rows is required');
      for (const r of list.map((x) => obj(x, 'row'))) {
        rows++;
        const title = str(r.title, 'row.title');
        const id = str(r.id, 'row.id');
        if (title.trim() === '' || title.length > MAX_ROW_TITLE) invalid(`Row title length invalid. Min length: 1, Max length: ${MAX_ROW_TITLE}`);
        if (id === '' || id.length > MAX_ROW_ID) invalid(`Row id length invalid. Min length: 1, Max length: ${MAX_ROW_ID}`);
        if (r.description !== undefined && (typeof r.description !== 'string' || r.description.length > MAX_ROW_DESCRIPTION)) {
          invalid(`Row description length invalid. Max length: ${MAX_ROW_DESCRIPTION}`);
        }
        if (ids.has(id)) invalid('Row ids must be unique.');
        ids.add(id);
      }
    }
    if (rows < 1 || rows > MAX_ROWS) invalid(`Total row count exceed max allowed count: ${MAX_ROWS}`);
  } else if (i.type === 'location_request_message') {
    if (action.name !== 'send_location') invalid("action.name must be 'send_location'");
  } else {
    throw new Rejected(400, 100, `Unsupported interactive type: ${String(i.type)}`);
  }
}

/* Webhook payloads shaped like Meta's (PII-free: made-up numbers), for tests that post to /webhooks/whatsapp. */
let seq = 0;
/** A fresh inbound wamid for `from`. */
export const inboundWamid = (from: string) => wamid(from).replace('wamid.', `wamid.IN${++seq}`);

export const waMessage = {
  text: (from: string, body: string, id = inboundWamid(from)) => ({ from, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body } }),
  button: (from: string, replyId: string, title = 'x', id = inboundWamid(from)) => ({
    from, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'interactive',
    interactive: { type: 'button_reply', button_reply: { id: replyId, title } },
  }),
  list: (from: string, replyId: string, title = 'x', id = inboundWamid(from)) => ({
    from, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'interactive',
    interactive: { type: 'list_reply', list_reply: { id: replyId, title } },
  }),
  location: (from: string, latitude: number, longitude: number, id = inboundWamid(from)) => ({
    from, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'location', location: { latitude, longitude },
  }),
  media: (from: string, type: 'image' | 'audio' | 'sticker' | 'video' | 'document', id = inboundWamid(from)) => ({
    from, id, timestamp: String(Math.floor(Date.now() / 1000)), type,
    [type]: { id: `media-${seq}`, mime_type: 'application/octet-stream', ...(type === 'audio' ? { voice: true } : {}) },
  }),
};

export function waStatus(id: string, status: 'sent' | 'delivered' | 'read' | 'failed', recipient: string, errorCode?: number) {
  return {
    id, status, timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: recipient,
    ...(errorCode ? { errors: [{ code: errorCode, title: TITLES[errorCode] ?? 'Error' }] } : {}),
  };
}

/** The whole webhook body Meta posts, for one change of field `messages`. */
export function waWebhookBody(phoneNumberId: string, value: { messages?: unknown[]; statuses?: unknown[] }): string {
  const contacts = (value.messages ?? []).map((m) => ({ profile: { name: 'Test' }, wa_id: (m as { from: string }).from }));
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{
      id: '102290129340398',
      changes: [{
        field: 'messages',
        value: {
          messaging_product: 'whatsapp',
          metadata: { display_phone_number: '15550783881', phone_number_id: phoneNumberId },
          ...(contacts.length > 0 ? { contacts } : {}),
          ...value,
        },
      }],
    }],
  });
}
