/**
 * What a failed send means for the outbox row, whatever the channel's client threw:
 * - `rate_limited`: the platform said slow down (HTTP 429, Telegram `retry_after`) -> pause the channel.
 * - `blocked`: she blocked the bot or left (Telegram 403, WhatsApp 131026 / 131050 / user-blocked) -> unsubscribe her.
 * - `permanent`: the platform will never accept it (400 chat not found...) -> record and move on.
 * - `transient`: network errors and 5xx -> retry with backoff, a bounded number of times.
 * @see https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
 */
export type SendFailure =
  | { kind: 'rate_limited'; retryAfterMs: number; code: string }
  | { kind: 'blocked'; code: string }
  | { kind: 'permanent'; code: string }
  | { kind: 'transient'; code: string };

/**
 * WhatsApp codes meaning the person cannot or will not get messages from this business number: 131026
 * (undeliverable: not on WhatsApp, or she blocked the number) and 131050 (she chose, in WhatsApp, to stop
 * this business's marketing messages). They come back from the send or, later, in a failed status callback.
 */
export const WHATSAPP_BLOCKED: ReadonlySet<number> = new Set([131026, 131050]);
const WHATSAPP_RATE = new Set([4, 80007, 130429, 131048, 131056]);

interface ErrorLike {
  name?: string;
  message?: string;
  code?: unknown;
  /** WhatsAppApiError: the Graph error code. */
  apiCode?: unknown;
  status?: unknown;
  error_code?: unknown;
  description?: unknown;
  parameters?: { retry_after?: unknown };
  retryAfter?: unknown;
  retry_after?: unknown;
  cause?: unknown;
}

const num = (v: unknown): number | undefined => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};

export function classifySendError(err: unknown): SendFailure {
  const e = (typeof err === 'object' && err !== null ? err : {}) as ErrorLike;
  const text = `${String(e.description ?? '')} ${String(e.message ?? '')}`.toLowerCase();
  // grammY's GrammyError carries error_code/description/parameters; other clients a status or code.
  const status = num(e.error_code) ?? num(e.status) ?? (typeof e.code === 'number' ? e.code : undefined);
  const platformCode = num(e.apiCode) ?? num(e.code);
  const retryAfterS = num(e.parameters?.retry_after) ?? num(e.retryAfter) ?? num(e.retry_after);

  if (status === 429 || (platformCode !== undefined && WHATSAPP_RATE.has(platformCode))) {
    return { kind: 'rate_limited', retryAfterMs: Math.max(1, retryAfterS ?? 1) * 1000, code: String(status ?? platformCode) };
  }
  if ((platformCode !== undefined && WHATSAPP_BLOCKED.has(platformCode)) || /blocked by the user|user is deactivated|user[- ]blocked/.test(text)) {
    return { kind: 'blocked', code: String(platformCode ?? status ?? 'blocked') };
  }
  if (status === 403) return { kind: 'blocked', code: '403' };
  // A wrong token fails every send: retry (bounded) so an operator can fix it, instead of failing everyone at once.
  if (status === 401) return { kind: 'transient', code: '401' };
  if (status !== undefined && status >= 400 && status < 500) return { kind: 'permanent', code: String(status) };
  if (status !== undefined && status >= 500) return { kind: 'transient', code: String(status) };
  if (e.cause && e.cause !== err) {
    const inner = classifySendError(e.cause);
    if (inner.kind !== 'transient') return inner;
  }
  return { kind: 'transient', code: e.name ?? 'error' };
}

/**
 * Whether the platform answered (an HTTP status or an API error code) rather than the call failing on the
 * network or timing out. A request that left and got no answer may have been delivered.
 */
export function platformAnswered(err: unknown): boolean {
  const e = (typeof err === 'object' && err !== null ? err : {}) as ErrorLike;
  // Not a bare numeric `code`: an aborted fetch throws a DOMException whose `code` is 20.
  if (num(e.error_code) !== undefined || num(e.status) !== undefined || num(e.apiCode) !== undefined) return true;
  // grammY's HttpError keeps what fetch threw in `error`; other wrappers in `cause`.
  const inner = (e as { error?: unknown }).error ?? e.cause;
  return inner !== undefined && inner !== err && platformAnswered(inner);
}

/** Exponential backoff with jitter for transient failures: 2 s, 4 s, 8 s... capped at 5 minutes. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(300_000, 1000 * 2 ** Math.max(1, attempt));
  return Math.round(base * (0.75 + random() * 0.5));
}
