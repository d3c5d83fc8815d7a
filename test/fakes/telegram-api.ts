/**
 * A loopback fake of the Telegram Bot API for tests and benchmarks.
 *
 * It answers like api.telegram.org does — the `{ok, result}` / `{ok:false, error_code, description}`
 * envelope, the HTTP status equal to `error_code`, 401 for a wrong token, 404 for an unknown method —
 * and it rejects what Telegram rejects, with Telegram's wording, so a renderer that breaks a platform
 * limit fails here instead of in production.
 * @see https://core.telegram.org/bots/api#making-requests
 *
 * Wording: descriptions marked "verified" were checked against reports of real responses; the others
 * are the closest wording we know of and tests should match them loosely (code 400 + "Bad Request").
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  token: string;
  params: Record<string, unknown>;
  at: number;
  /** What the fake answered; lets a test tell an accepted call from a rejected one. */
  response: ApiResponse;
}

export interface ApiError {
  error_code: number;
  description: string;
  retry_after?: number;
}

export type ApiResponse =
  | { ok: true; result: unknown; description?: string }
  | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };

export interface FakeTelegram {
  /** Use as grammY's `apiRoot` / `TELEGRAM_API_ROOT` (no trailing slash). */
  url: string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Resolves with the first matching call since the last reset, waiting for it if need be. */
  waitForCall(method: string, predicate?: (c: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** The next call to `method` answers this error instead (queued: call twice to fail twice). */
  failNext(method: string, error: ApiError): void;
  /** sendMessage calls answered 429 by the rate limit (`ratePerSecond`); they are not in `calls`. */
  readonly limited: number;
  /** Change the sendMessage limit (requests per second). */
  setRate(ratePerSecond: number): void;
  /** Forget calls, queued failures, messages, webhook and commands. */
  reset(): void;
  close(): Promise<void>;
}

/** @see https://core.telegram.org/bots/api#sendmessage — 1-4096 characters after entities parsing */
export const MAX_TEXT_LENGTH = 4096;
/** @see https://core.telegram.org/bots/api#inlinekeyboardbutton — callback_data 1-64 bytes */
export const MAX_CALLBACK_DATA_BYTES = 64;
/** Telegram answers "reply markup is too long" past 100 inline buttons (community-measured limit). */
export const MAX_INLINE_BUTTONS = 100;
export const MAX_KEYBOARD_BUTTONS = 300;
/** @see https://core.telegram.org/bots/api#sendchataction */
const CHAT_ACTIONS = new Set([
  'typing', 'upload_photo', 'record_video', 'upload_video', 'record_voice', 'upload_voice',
  'upload_document', 'choose_sticker', 'find_location', 'record_video_note', 'upload_video_note',
]);
/** Parameters that arrive as JSON strings in form bodies. */
const JSON_PARAMS = new Set([
  'reply_markup', 'message_ids', 'commands', 'scope', 'allowed_updates', 'entities',
  'link_preview_options', 'reply_parameters',
]);

class BadRequest extends Error {
  constructor(readonly description: string) {
    super(description);
  }
}
function bad(what: string): never {
  throw new BadRequest(`Bad Request: ${what}`);
}

interface StoredMessage { text: string; markup: string; date: number }
interface State {
  lastId: Map<number, number>;
  messages: Map<number, Map<number, StoredMessage>>;
  webhook: { url: string; maxConnections: number; allowedUpdates?: unknown } | null;
  commands: Map<string, unknown[]>;
}
const freshState = (): State => ({ lastId: new Map(), messages: new Map(), webhook: null, commands: new Map() });

type Handler = (p: Record<string, unknown>, s: State) => { result: unknown; description?: string };

export interface FakeTelegramOptions {
  token?: string;
  port?: number;
  /**
   * Limit sendMessage to this many calls a second, the way Telegram does: above it the call is answered
   * HTTP 429 `{ok:false, error_code:429, description:"Too Many Requests: retry after N", parameters:{retry_after:N}}`
   * and has no effect. A token bucket that tolerates a short burst (`burstSeconds` of sending).
   * @see https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
   */
  ratePerSecond?: number;
  burstSeconds?: number;
  retryAfterSeconds?: number;
}

export async function startFakeTelegram(opts: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const token = opts.token ?? '123456789:AAFakeTokenForSahelisTests_0123456789';
  const limiter = createLimiter(opts.ratePerSecond, opts.burstSeconds ?? 0.1);
  const botId = Number(token.split(':')[0]) || 123456789;
  let state = freshState();
  const calls: RecordedCall[] = [];
  const failures = new Map<string, ApiError[]>();
  const waiters = new Set<{ method: string; match: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }>();
  const handlers = createHandlers(botId);
  const canonical = new Map(Object.keys(handlers).map((m) => [m.toLowerCase(), m]));

  const record = (call: RecordedCall) => {
    calls.push(call);
    for (const w of waiters) {
      if (w.method === call.method && w.match(call)) {
        waiters.delete(w);
        w.resolve(call);
      }
    }
  };

  /** One call: path and body in, status and JSON text out. */
  const handle = async (path: string, query: string, req: RawRequest): Promise<{ status: number; body: string }> => {
    const m = /^\/bot([^/]*)\/([^/]+)$/.exec(path);
    if (!m) return { status: 404, body: JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }) };
    const [, gotToken = '', rawMethod = ''] = m;
    // Method names are case-insensitive on the real API.
    const method = canonical.get(rawMethod.toLowerCase()) ?? rawMethod;
    if (method === 'sendMessage' && !limiter.take()) {
      const retry_after = opts.retryAfterSeconds ?? 1;
      return { status: 429, body: JSON.stringify({ ok: false, error_code: 429, description: `Too Many Requests: retry after ${retry_after}`, parameters: { retry_after } }) };
    }
    let params: Record<string, unknown> = {};
    let response: ApiResponse;
    try {
      params = await readParams(query, req);
      response = answer(gotToken, method, params);
    } catch (e) {
      response = e instanceof BadRequest
        ? { ok: false, error_code: 400, description: e.description }
        : { ok: false, error_code: 500, description: 'Internal Server Error' };
    }
    record({ method, token: gotToken, params, at: Date.now(), response });
    return { status: response.ok ? 200 : response.error_code, body: JSON.stringify(response) };
  };

  const answer = (gotToken: string, method: string, params: Record<string, unknown>): ApiResponse => {
    if (gotToken !== token) return { ok: false, error_code: 401, description: 'Unauthorized' }; // verified
    const queued = failures.get(method.toLowerCase());
    const failure = queued?.shift();
    if (failure) {
      const { retry_after, ...rest } = failure;
      return retry_after === undefined
        ? { ok: false, ...rest }
        : { ok: false, ...rest, parameters: { retry_after } };
    }
    const handler = handlers[method];
    if (!handler) return { ok: false, error_code: 404, description: 'Not Found' }; // verified
    try {
      const { result, description } = handler(params, state);
      return description ? { ok: true, result, description } : { ok: true, result };
    } catch (e) {
      if (e instanceof BadRequest) return { ok: false, error_code: 400, description: e.description };
      throw e;
    }
  };

  // Plain node:http, no framework: in the campaign benchmark the fake shares two cores with the sender it
  // measures, so it must cost as little per call as it can (Hono's Request/Response layer doubled that).
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const raw: RawRequest = { method: req.method ?? 'GET', contentType: String(req.headers['content-type'] ?? ''), body: Buffer.concat(chunks) };
      void handle(q < 0 ? url : url.slice(0, q), q < 0 ? '' : url.slice(q + 1), raw).then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    waitForCall(method, predicate = () => true, timeoutMs = 2000) {
      const seen = calls.find((c) => c.method === method && predicate(c));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = {
          method,
          match: predicate,
          resolve: (c: RecordedCall) => {
            clearTimeout(timer);
            resolve(c);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const got = calls.map((c) => c.method).join(', ') || 'none';
          reject(new Error(`fake Telegram: no matching ${method} call within ${timeoutMs} ms (calls: ${got})`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    get limited() {
      return limiter.limited;
    },
    setRate(r) {
      limiter.rate = r;
    },
    failNext(method, error) {
      const key = method.toLowerCase();
      failures.set(key, [...(failures.get(key) ?? []), error]);
    },
    reset() {
      calls.length = 0;
      failures.clear();
      state = freshState();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // grammY keeps connections alive; without this close() waits for their idle timeout.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

/** A token bucket of `rate` a second with a burst of `burstSeconds` of sending; no rate means no limit. */
function createLimiter(initialRate: number | undefined, burstSeconds: number) {
  const l = { rate: initialRate ?? Number.POSITIVE_INFINITY, limited: 0, take };
  const burst = () => Math.max(1, l.rate * burstSeconds);
  let tokens = Number.isFinite(l.rate) ? burst() : 0;
  let last = performance.now();
  function take(): boolean {
    if (!Number.isFinite(l.rate)) return true;
    const now = performance.now();
    tokens = Math.min(burst(), tokens + ((now - last) * l.rate) / 1000);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    l.limited++;
    return false;
  }
  return l;
}

/** Query string, then JSON / urlencoded / multipart body, with JSON-typed fields decoded. */
interface RawRequest {
  method: string;
  contentType: string;
  body: Buffer;
}

async function readParams(query: string, req: RawRequest): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = Object.fromEntries(new URLSearchParams(query));
  const type = req.contentType;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    if (type.includes('multipart/form-data') || type.includes('application/x-www-form-urlencoded')) {
      // Forms (file uploads) are rare here: let the platform's Request parse them.
      const form = await new Request('http://fake.invalid/', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(req.body) }).formData();
      for (const [k, v] of form) params[k] = v;
    } else {
      const raw = req.body.toString('utf8');
      if (raw.trim() !== '') {
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          bad("can't parse JSON object");
        }
        if (typeof body === 'object' && body !== null && !Array.isArray(body)) Object.assign(params, body);
      }
    }
  }
  for (const k of JSON_PARAMS) {
    const v = params[k];
    if (typeof v === 'string') {
      try {
        params[k] = JSON.parse(v);
      } catch {
        // Left as a string; the method's validation reports it the way Telegram does.
      }
    }
  }
  return params;
}

function createHandlers(botId: number): Record<string, Handler> {
  const now = () => Math.floor(Date.now() / 1000);
  const chatOf = (id: number) => ({ id, type: 'private' as const, first_name: 'Test' });
  const from = { id: botId, is_bot: true, first_name: 'Saheli', username: 'saheli_test_bot' };
  const find = (s: State, chat: number, id: number) => s.messages.get(chat)?.get(id);

  return {
    getMe: () => ({
      result: {
        ...from,
        can_join_groups: false,
        can_read_all_group_messages: false,
        supports_inline_queries: false,
        can_connect_to_business: false,
        has_main_web_app: false,
      },
    }),
    sendMessage: (p, s) => {
      const chat = chatId(p.chat_id);
      const text = messageText(p);
      const markup = replyMarkup(p.reply_markup, { inlineOnly: false });
      const message_id = (s.lastId.get(chat) ?? 0) + 1;
      s.lastId.set(chat, message_id);
      const date = now();
      const chatMessages = s.messages.get(chat) ?? new Map<number, StoredMessage>();
      chatMessages.set(message_id, { text, markup: JSON.stringify(markup ?? null), date });
      s.messages.set(chat, chatMessages);
      const inline = markup && 'inline_keyboard' in markup ? { reply_markup: markup } : {};
      return { result: { message_id, from, chat: chatOf(chat), date, text, ...inline } };
    },
    editMessageText: (p, s) => {
      if (p.inline_message_id !== undefined) {
        messageText(p);
        return { result: true };
      }
      const chat = chatId(p.chat_id);
      const id = messageId(p.message_id);
      const text = messageText(p);
      const markup = replyMarkup(p.reply_markup, { inlineOnly: true });
      const stored = find(s, chat, id);
      if (!stored) bad('message to edit not found'); // verified
      const markupJson = JSON.stringify(markup ?? null);
      if (stored.text === text && stored.markup === markupJson) {
        // verified
        bad('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
      }
      Object.assign(stored, { text, markup: markupJson });
      const inline = markup ? { reply_markup: markup } : {};
      return { result: { message_id: id, from, chat: chatOf(chat), date: stored.date, edit_date: now(), text, ...inline } };
    },
    deleteMessage: (p, s) => {
      const chat = chatId(p.chat_id);
      const id = messageId(p.message_id);
      if (!s.messages.get(chat)?.delete(id)) bad('message to delete not found'); // verified
      return { result: true };
    },
    /** @see https://core.telegram.org/bots/api#deletemessages — "messages that can't be found are skipped" */
    deleteMessages: (p, s) => {
      const chat = chatId(p.chat_id);
      const ids = p.message_ids;
      if (!Array.isArray(ids) || ids.length === 0) bad('message identifiers are not specified');
      if ((ids as unknown[]).length > 100) bad('too many message identifiers specified');
      for (const id of ids as unknown[]) s.messages.get(chat)?.delete(messageId(id));
      return { result: true };
    },
    answerCallbackQuery: (p) => {
      if (typeof p.callback_query_id !== 'string' || p.callback_query_id === '') {
        bad('query is too old and response timeout expired or query ID is invalid'); // verified
      }
      return { result: true };
    },
    sendChatAction: (p) => {
      chatId(p.chat_id);
      if (typeof p.action !== 'string' || !CHAT_ACTIONS.has(p.action)) bad('wrong parameter action in request');
      return { result: true };
    },
    /** @see https://core.telegram.org/bots/api#setwebhook — HTTPS only, ports 443, 80, 88, 8443 */
    setWebhook: (p, s) => {
      const url = typeof p.url === 'string' ? p.url : '';
      if (url === '') {
        s.webhook = null;
        return { result: true, description: 'Webhook was deleted' };
      }
      let parsed: URL | undefined;
      try {
        parsed = new URL(url);
      } catch {
        bad('bad webhook: Failed to resolve host: Name or service not known');
      }
      if (parsed.protocol !== 'https:') bad('bad webhook: An HTTPS URL must be provided for webhook'); // verified
      if (!['', '443', '80', '88', '8443'].includes(parsed.port)) {
        bad('bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443'); // verified
      }
      const secret = p.secret_token;
      if (secret !== undefined && !(typeof secret === 'string' && /^[A-Za-z0-9_-]{1,256}$/.test(secret))) {
        bad('secret token contains unallowed characters');
      }
      const max = p.max_connections === undefined ? 40 : Number(p.max_connections);
      s.webhook = { url, maxConnections: max, allowedUpdates: p.allowed_updates };
      return { result: true, description: 'Webhook was set' };
    },
    deleteWebhook: (_p, s) => {
      const had = s.webhook !== null;
      s.webhook = null;
      return { result: true, description: had ? 'Webhook was deleted' : 'Webhook is already deleted' };
    },
    getWebhookInfo: (_p, s) => {
      const base = { url: s.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: 0 };
      if (!s.webhook) return { result: base };
      const allowed = s.webhook.allowedUpdates ? { allowed_updates: s.webhook.allowedUpdates } : {};
      return { result: { ...base, max_connections: s.webhook.maxConnections, ip_address: '127.0.0.1', ...allowed } };
    },
    /** @see https://core.telegram.org/bots/api#botcommand — command 1-32 of [a-z0-9_], description 1-256 */
    setMyCommands: (p, s) => {
      const commands = p.commands;
      if (!Array.isArray(commands)) bad("can't parse commands JSON object");
      if ((commands as unknown[]).length > 100) bad('too many commands specified');
      for (const c of commands as Record<string, unknown>[]) {
        if (typeof c?.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(c.command)) bad('BOT_COMMAND_INVALID');
        const d = c.description;
        if (typeof d !== 'string' || d.trim().length === 0 || d.length > 256) bad('command description is empty');
      }
      s.commands.set(commandsKey(p), commands as unknown[]);
      return { result: true };
    },
    getMyCommands: (p, s) => ({ result: s.commands.get(commandsKey(p)) ?? [] }),
  };
}

const commandsKey = (p: Record<string, unknown>) => `${JSON.stringify(p.scope ?? { type: 'default' })}|${p.language_code ?? ''}`;

function chatId(v: unknown): number {
  if (v === undefined || v === null || v === '') bad('chat_id is empty'); // verified
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  return bad('chat not found'); // verified; usernames (@channel) are not modelled
}

function messageId(v: unknown): number {
  if (v === undefined || v === null || v === '') bad('message identifier is not specified');
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n)) bad('message identifier is not specified');
  return n as number;
}

/** The text as the recipient sees it: entities parsed, surrounding whitespace trimmed, then length-checked. */
function messageText(p: Record<string, unknown>): string {
  const raw = typeof p.text === 'string' ? p.text : typeof p.text === 'number' ? String(p.text) : '';
  const mode = p.parse_mode;
  let text = raw;
  if (mode === 'HTML') text = parseHtml(raw);
  else if (mode === 'MarkdownV2') text = checkMarkdownV2(raw);
  else if (mode !== undefined && mode !== '' && mode !== 'Markdown') bad(`unsupported parse_mode "${String(mode)}"`);
  text = text.trim();
  if (text === '') bad('message text is empty'); // verified
  // String length is UTF-16 code units, which is how Telegram counts (entity offsets use them too).
  if (text.length > MAX_TEXT_LENGTH) bad('message is too long'); // verified
  return text;
}

/** @see https://core.telegram.org/bots/api#html-style */
const HTML_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'code', 'pre', 'blockquote', 'tg-emoji']);
const HTML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

function parseHtml(src: string): string {
  const offset = (i: number) => Buffer.byteLength(src.slice(0, i), 'utf8');
  const fail = (why: string): never => bad(`can't parse entities: ${why}`);
  const open: string[] = [];
  let out = '';
  let i = 0;
  while (i < src.length) {
    const ch = src.charAt(i);
    if (ch === '&') {
      const m = /^&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/.exec(src.slice(i, i + 12));
      const name = m?.[1];
      if (name && (name.startsWith('#') || name in HTML_ENTITIES)) {
        out += name.startsWith('#x') ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
          : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1)))
          : HTML_ENTITIES[name];
        i += m?.[0].length ?? 1;
        continue;
      }
      out += ch; // A bare "&" is kept literally.
      i++;
      continue;
    }
    if (ch !== '<') {
      out += ch;
      i++;
      continue;
    }
    const end = src.indexOf('>', i);
    if (end === -1) fail(`Unclosed start tag at byte offset ${offset(i)}`);
    const inner = src.slice(i + 1, end);
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim().toLowerCase();
      const expected = open.pop();
      if (expected === undefined) fail(`Unexpected end tag at byte offset ${offset(i)}`);
      if (name !== '' && name !== expected) fail(`Unmatched end tag at byte offset ${offset(i)}, expected "</${expected}>", found "</${name}>"`);
    } else {
      const name = (/^[^\s/>]*/.exec(inner)?.[0] ?? '').toLowerCase();
      if (!HTML_TAGS.has(name)) fail(`Unsupported start tag "${name}" at byte offset ${offset(i)}`); // verified
      if (name === 'span' && !/class\s*=\s*["']?tg-spoiler/.test(inner)) fail(`Tag "span" must have class "tg-spoiler" at byte offset ${offset(i)}`);
      open.push(name);
    }
    i = end + 1;
  }
  if (open.length > 0) fail(`Can't find end tag corresponding to start tag "${open[open.length - 1]}"`);
  return out;
}

/**
 * MarkdownV2's most common failure: a reserved character outside an entity that is not escaped.
 * Only the characters that never start an entity are checked, and code spans are skipped.
 * @see https://core.telegram.org/bots/api#markdownv2-style
 */
function checkMarkdownV2(src: string): string {
  let out = '';
  let inCode = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (ch === '\\') {
      out += src[i + 1] ?? '';
      i++;
      continue;
    }
    if (ch === '`') {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      out += ch;
      continue;
    }
    if (ch === '(' && src[i - 1] === ']') {
      // The URL part of an inline link: only ")" and "\\" need escaping there.
      const close = src.indexOf(')', i);
      i = close === -1 ? src.length : close;
      continue;
    }
    const lineStart = i === 0 || src[i - 1] === '\n';
    const reserved = '#+-={}.!'.includes(ch) && !(ch === '!' && src[i + 1] === '[');
    if (reserved || (ch === '>' && !lineStart)) {
      bad(`can't parse entities: Character '${ch}' is reserved and must be escaped with the preceding '\\'`); // verified
    }
    if (!'*_~|[]()>'.includes(ch)) out += ch;
  }
  return out;
}

type Markup = Record<string, unknown>;

/** @see https://core.telegram.org/bots/api#inlinekeyboardmarkup */
function replyMarkup(v: unknown, { inlineOnly }: { inlineOnly: boolean }): Markup | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) return bad("can't parse reply keyboard markup JSON object");
  const markup = v as Markup;
  if ('inline_keyboard' in markup) {
    const rows = markup.inline_keyboard;
    if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
      bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
    }
    const buttons = (rows as unknown[][]).flat();
    if (buttons.length > MAX_INLINE_BUTTONS) bad('reply markup is too long'); // verified
    buttons.forEach(inlineButton);
    return markup;
  }
  if (inlineOnly) return bad('inline keyboard expected');
  if ('keyboard' in markup) {
    const rows = markup.keyboard;
    if (!Array.isArray(rows) || !rows.every(Array.isArray)) bad('field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays');
    const buttons = (rows as unknown[][]).flat();
    if (buttons.length > MAX_KEYBOARD_BUTTONS) bad('reply markup is too long');
    for (const b of buttons) {
      const text = typeof b === 'string' ? b : (b as Markup | null)?.text;
      if (typeof text !== 'string') bad(`can't parse keyboard button: Can't find field "text"`);
      if ((text as string).trim() === '') bad('keyboard button text is empty');
    }
    return markup;
  }
  if (markup.remove_keyboard === true || markup.force_reply === true) return markup;
  return bad("can't parse reply keyboard markup JSON object");
}

const BUTTON_ACTIONS = ['url', 'callback_data', 'web_app', 'login_url', 'switch_inline_query', 'switch_inline_query_current_chat', 'switch_inline_query_chosen_chat', 'copy_text', 'callback_game', 'pay'];

function inlineButton(b: unknown): void {
  const prefix = "can't parse inline keyboard button: ";
  if (typeof b !== 'object' || b === null) bad(`${prefix}InlineKeyboardButton must be an Object`);
  const button = b as Markup;
  if (typeof button.text !== 'string') bad(`${prefix}Can't find field "text"`); // verified
  // Telegram's exact wording for an empty label is unverified; this is its closest real message.
  if ((button.text as string).trim() === '') bad(`${prefix}Text buttons are unallowed in the inline keyboard`);
  if (!BUTTON_ACTIONS.some((k) => button[k] !== undefined)) bad(`${prefix}Text buttons are unallowed in the inline keyboard`); // verified
  if (button.callback_data !== undefined) {
    const data = button.callback_data;
    const bytes = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : 0;
    if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) bad('BUTTON_DATA_INVALID'); // verified
  }
  if (button.url !== undefined) {
    const url = String(button.url);
    // Only http(s) and tg: links are accepted; tel: links (helplines) must go in the message text.
    if (!/^(https?|tg):/i.test(url)) bad(`inline keyboard button URL '${url}' is invalid: Unsupported URL protocol`);
  }
}
