/**
 * The HTTP client of the campaign sender on Node: grammY's `fetch` option backed by undici's
 * `request()` on a pooled keep-alive Agent, instead of the global fetch.
 *
 * Why: at 2,000 sends a second the sender was CPU-bound, and a profile put a fifth of its time in the
 * global fetch (WHATWG streams, Request/Response objects, the garbage they leave). undici's `request`
 * is the same client underneath without that layer. It publishes the same diagnostics channels, so the
 * send journal sees each request leave (send-journal-node.ts).
 * @see https://undici.nodejs.org/#/docs/api/Dispatcher?id=dispatcherrequestoptions-callback
 */
import { Agent, request } from 'undici';

/** What grammY reads from a fetch response. */
interface MinimalResponse {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
  text(): Promise<string>;
}

/** An answer that was not JSON (a proxy's 502 page): it still says the platform side answered. */
export class PlatformHttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status} without a JSON body`);
    this.name = 'PlatformHttpError';
  }
}

export function createPlatformFetch(opts: { connections?: number } = {}) {
  const agent = new Agent({ connections: opts.connections ?? 128, keepAliveTimeout: 30_000, pipelining: 1 });
  const fetchLike = async (url: string | URL, init: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal } = {}): Promise<MinimalResponse> => {
    const res = await request(url, {
      method: (init.method ?? 'GET') as 'GET',
      headers: init.headers,
      body: init.body,
      signal: init.signal,
      dispatcher: agent,
    });
    const status = res.statusCode;
    let text: Promise<string> | undefined;
    const read = () => {
      text ??= res.body.text();
      return text;
    };
    return {
      ok: status >= 200 && status < 300,
      status,
      text: read,
      async json() {
        const raw = await read();
        try {
          return JSON.parse(raw);
        } catch {
          throw new PlatformHttpError(status);
        }
      },
    };
  };
  return { fetch: fetchLike, close: () => agent.close() };
}
