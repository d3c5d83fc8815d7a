/**
 * The fake Telegram Bot API behind a rate limit, for campaign tests and the campaign benchmark. Calls to
 * sendMessage above `ratePerSecond` are answered the way Telegram answers them — HTTP 429,
 * `{ok:false, error_code:429, description:"Too Many Requests: retry after N", parameters:{retry_after:N}}` —
 * and never reach the fake; everything else is passed through unchanged to a plain fake (telegram-api.ts).
 * The limit is a token bucket that tolerates a short burst (`burstSeconds` of sending), as Telegram does.
 * @see https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
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

  const app = new Hono();
  app.all('*', async (c) => {
    if (/\/sendMessage$/i.test(c.req.path) && !take()) {
      state.limited++;
      const retry_after = opts.retryAfterSeconds ?? 1;
      return c.json({ ok: false, error_code: 429, description: `Too Many Requests: retry after ${retry_after}`, parameters: { retry_after } }, 429);
    }
    const res = await fetch(`${fake.url}${c.req.path}`, {
      method: c.req.method,
      headers: { 'content-type': c.req.header('content-type') ?? 'application/json' },
      body: ['GET', 'HEAD'].includes(c.req.method) ? undefined : await c.req.arrayBuffer(),
    });
    return new Response(await res.arrayBuffer(), { status: res.status, headers: { 'content-type': 'application/json' } });
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
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
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await fake.close();
    },
  };
}
