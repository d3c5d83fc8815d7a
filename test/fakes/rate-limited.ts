/**
 * The fake Telegram Bot API behind a rate limit, for campaign tests and the campaign benchmark. Calls to
 * sendMessage above `ratePerSecond` are answered the way Telegram answers them — HTTP 429,
 * `{ok:false, error_code:429, description:"Too Many Requests: retry after N", parameters:{retry_after:N}}` —
 * and never reach the fake; everything else is passed through unchanged to a plain fake (telegram-api.ts).
 * The limit is a token bucket that tolerates a short burst (`burstSeconds` of sending), as Telegram does.
 * @see https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
 */
import type { AddressInfo } from 'node:net';
import { Agent, createServer, request } from 'node:http';
import { type FakeTelegram, startFakeTelegram } from './telegram-api.js';

export interface RateLimitedTelegram {
  /** Use as TELEGRAM_API_ROOT. */
  url: string;
  /** The fake behind the limit: its calls are what got through. */
  fake: FakeTelegram;
  /** sendMessage calls answered 429. */
  limited: number;
  setRate(ratePerSecond: number): void;
  close(): Promise<void>;
}

export async function startRateLimitedTelegram(opts: {
  token: string;
  ratePerSecond: number;
  burstSeconds?: number;
  retryAfterSeconds?: number;
}): Promise<RateLimitedTelegram> {
  const fake = await startFakeTelegram({ token: opts.token });
  let rate = opts.ratePerSecond;
  const burst = () => Math.max(1, rate * (opts.burstSeconds ?? 0.1));
  let tokens = burst();
  let last = performance.now();
  const state = { limited: 0 };

  const take = (): boolean => {
    const now = performance.now();
    tokens = Math.min(burst(), tokens + ((now - last) * rate) / 1000);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };

  // A plain node:http pass-through (no framework, pooled keep-alive upstream): the limiter must cost far
  // less than the fake behind it, or a benchmark measures the wrapper instead of the sender.
  const target = new URL(fake.url);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const server = createServer((req, res) => {
    if (/\/sendMessage$/i.test(req.url ?? '') && !take()) {
      state.limited++;
      req.resume();
      const retry_after = opts.retryAfterSeconds ?? 1;
      res.writeHead(429, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error_code: 429, description: `Too Many Requests: retry after ${retry_after}`, parameters: { retry_after } }));
      return;
    }
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers, agent },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    fake,
    get limited() {
      return state.limited;
    },
    setRate(r) {
      rate = r;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      });
      await fake.close();
    },
  };
}
