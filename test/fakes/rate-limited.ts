/**
 * The fake Telegram Bot API with sendMessage limited to `ratePerSecond`, for campaign tests and the
 * campaign benchmark. The limit lives in the fake itself (telegram-api.ts, `ratePerSecond`): an earlier
 * version put an HTTP proxy in front of it, and that extra hop cost the benchmark process more CPU than
 * the fake, so the benchmark measured the proxy instead of the sender.
 */
import { type FakeTelegram, startFakeTelegram } from './telegram-api.js';

export interface RateLimitedTelegram {
  /** Use as TELEGRAM_API_ROOT. */
  url: string;
  /** Its calls are what got through (429s are not recorded). */
  fake: FakeTelegram;
  /** sendMessage calls answered 429. */
  readonly limited: number;
  setRate(ratePerSecond: number): void;
  close(): Promise<void>;
}

export async function startRateLimitedTelegram(opts: {
  token: string;
  ratePerSecond: number;
  burstSeconds?: number;
  retryAfterSeconds?: number;
}): Promise<RateLimitedTelegram> {
  const fake = await startFakeTelegram(opts);
  return {
    url: fake.url,
    fake,
    get limited() {
      return fake.limited;
    },
    setRate: (r) => fake.setRate(r),
    close: () => fake.close(),
  };
}
