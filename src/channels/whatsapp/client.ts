import type { WhatsAppPayload } from './render.js';

/**
 * A small typed client for POST /{version}/{phone-number-id}/messages. fetch only, so it runs on Node and
 * Workers. Retries 429/5xx and throughput errors with bounded backoff, honouring Retry-After; the closed
 * 24-hour window is an outcome, not an error.
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages
 * @see https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
 */
export interface WhatsAppClientConfig {
  apiRoot: string;
  apiVersion: string;
  phoneNumberId: string;
  accessToken: string;
  /** Attempts in all, first included. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** More than 24 hours since her last message: only a template may go out. */
export const REENGAGEMENT_REQUIRED = 131047;
/** Cloud API throughput reached. */
export const RATE_LIMIT_HIT = 130429;
/** Too many messages to the same person in a short time (about one per 6 seconds). */
export const PAIR_RATE_LIMIT_HIT = 131056;
const PAIR_RATE_DELAY_MS = 6000;
/** Codes worth another try after a pause, besides HTTP 429 and 5xx. */
const RETRYABLE_CODES = new Set([RATE_LIMIT_HIT, PAIR_RATE_LIMIT_HIT, 4, 80007, 2]);

export type SendOutcome = { kind: 'sent'; wamid: string } | { kind: 'reengage' };

export class WhatsAppApiError extends Error {
  readonly code = 'WHATSAPP_API_ERROR';
  /**
   * Carries the HTTP status and the Graph error code only: Graph messages can echo request parameters,
   * which would put her number into logs.
   */
  constructor(
    readonly status: number,
    readonly apiCode: number | undefined,
  ) {
    super(`WhatsApp API error: HTTP ${status}${apiCode === undefined ? '' : `, code ${apiCode}`}`);
    this.name = 'WhatsAppApiError';
  }
}

export interface WhatsAppClient {
  send(to: string, payload: WhatsAppPayload): Promise<SendOutcome>;
}

interface GraphAnswer {
  messages?: { id?: unknown }[];
  error?: { code?: unknown };
}

export function createWhatsAppClient(cfg: WhatsAppClientConfig): WhatsAppClient {
  const url = `${cfg.apiRoot.replace(/\/$/, '')}/${cfg.apiVersion}/${cfg.phoneNumberId}/messages`;
  const maxAttempts = cfg.maxAttempts ?? 4;
  const baseDelay = cfg.baseDelayMs ?? 500;
  const maxDelay = cfg.maxDelayMs ?? 30_000;
  const doFetch = cfg.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const sleep = cfg.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  return {
    async send(to, payload) {
      const body = JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, ...payload });
      for (let attempt = 1; ; attempt++) {
        let res: Response;
        try {
          res = await doFetch(url, {
            method: 'POST',
            headers: { authorization: `Bearer ${cfg.accessToken}`, 'content-type': 'application/json' },
            body,
            signal: AbortSignal.timeout(cfg.timeoutMs ?? 15_000),
          });
        } catch (err) {
          // Network failure or timeout: the message may or may not have gone; a retry risks a duplicate, silence loses it.
          if (attempt >= maxAttempts) throw err;
          await sleep(backoff(attempt));
          continue;
        }
        const answer = (await res.json().catch(() => ({}))) as GraphAnswer;
        const code = typeof answer.error?.code === 'number' ? answer.error.code : undefined;
        if (res.ok) {
          const wamid = answer.messages?.[0]?.id;
          if (typeof wamid !== 'string') throw new WhatsAppApiError(res.status, undefined);
          return { kind: 'sent', wamid };
        }
        if (code === REENGAGEMENT_REQUIRED) return { kind: 'reengage' };
        const retryable = res.status === 429 || res.status >= 500 || (code !== undefined && RETRYABLE_CODES.has(code));
        if (!retryable || attempt >= maxAttempts) throw new WhatsAppApiError(res.status, code);
        const after = retryAfterMs(res.headers.get('retry-after'));
        await sleep(Math.min(maxDelay, after ?? (code === PAIR_RATE_LIMIT_HIT ? PAIR_RATE_DELAY_MS : backoff(attempt))));
      }
    },
  };

  function backoff(attempt: number): number {
    const exp = Math.min(maxDelay, baseDelay * 2 ** (attempt - 1));
    return exp / 2 + Math.random() * (exp / 2);
  }
}

/** Retry-After as seconds or an HTTP date. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
