/** Pacing without sleeping: the token bucket and the per-chat gate on an injected clock; error classes. */
import { describe, expect, it } from 'vitest';
import { textLangFor } from '../../src/campaigns/content.js';
import { backoffMs, classifySendError, platformAnswered } from '../../src/campaigns/send-errors.js';
import { ChatGate, TokenBucket } from '../../src/campaigns/token-bucket.js';
import { telegramError } from './helpers.js';

function clock(start = 0) {
  let t = start;
  const advance = (ms: number) => {
    t += ms;
  };
  return { now: () => t, advance, sleep: async (ms: number) => advance(ms) };
}

describe('token bucket', () => {
  it('allows the burst, then exactly `rate` per second (Telegram default 25/s)', () => {
    const c = clock();
    const b = new TokenBucket(25, 1, c.now);
    expect(b.tryTake()).toBe(0);
    expect(b.tryTake()).toBe(40); // one token every 40 ms
    c.advance(40);
    expect(b.tryTake()).toBe(0);
  });

  it('sends N messages in N/rate seconds on the clock, never faster', async () => {
    const c = clock();
    const b = new TokenBucket(2000, 50, c.now);
    const times: number[] = [];
    for (let i = 0; i < 10_050; i++) {
      await b.take(c.sleep);
      times.push(c.now());
    }
    // 50 at once (the burst), then 10,000 more at 2,000/s: 5 s.
    expect(times.at(-1)).toBeGreaterThanOrEqual(4999);
    expect(times.at(-1)).toBeLessThanOrEqual(5010);
    // No one-second window holds more than rate + burst.
    let j = 0;
    for (let i = 0; i < times.length; i++) {
      while ((times[i] as number) - (times[j] as number) >= 1000) j++;
      expect(i - j + 1).toBeLessThanOrEqual(2050);
    }
  });

  it('a 429 retry_after pauses the whole bucket and restarts it empty', () => {
    const c = clock();
    const b = new TokenBucket(100, 10, c.now);
    b.pause(3000);
    expect(b.tryTake()).toBe(3000);
    c.advance(2999);
    expect(b.tryTake()).toBe(1);
    c.advance(1);
    expect(b.tryTake()).toBe(10); // empty: the next token after 10 ms
    c.advance(10);
    expect(b.tryTake()).toBe(0);
  });

  it('holds one chat to one message a second', () => {
    const c = clock();
    const g = new ChatGate(1000, c.now);
    expect(g.tryPass('a')).toBe(0);
    expect(g.tryPass('b')).toBe(0);
    c.advance(400);
    expect(g.tryPass('a')).toBe(600);
    c.advance(600);
    expect(g.tryPass('a')).toBe(0);
  });
});

describe('send errors', () => {
  it('knows when the platform answered, and when a request that left may have arrived (no answer)', async () => {
    const { HttpError } = await import('grammy');
    const { PlatformHttpError } = await import('../../src/campaigns/platform-fetch-node.js');
    expect(platformAnswered(telegramError(429, 'Too Many Requests: retry after 1', 1))).toBe(true);
    expect(platformAnswered(new HttpError('Network request failed', new PlatformHttpError(502)))).toBe(true);
    expect(platformAnswered(Object.assign(new Error('x'), { status: 400, apiCode: 131026 }))).toBe(true);
    // grammY's own timeout, an aborted request (a DOMException with the numeric code 20), a reset connection.
    expect(platformAnswered(new HttpError('timed out', new Error("Request to 'sendMessage' timed out after 2 seconds")))).toBe(false);
    const abort = new AbortController();
    abort.abort();
    expect(platformAnswered(new HttpError('aborted', abort.signal.reason))).toBe(false);
    expect(platformAnswered(new HttpError('reset', Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })))).toBe(false);
  });

  it('tells a rate limit, a block, a permanent refusal and a transient failure apart', () => {
    expect(classifySendError(telegramError(429, 'Too Many Requests: retry after 7', 7))).toEqual({ kind: 'rate_limited', retryAfterMs: 7000, code: '429' });
    expect(classifySendError(telegramError(403, 'Forbidden: bot was blocked by the user')).kind).toBe('blocked');
    expect(classifySendError(telegramError(403, 'Forbidden: user is deactivated')).kind).toBe('blocked');
    expect(classifySendError(telegramError(400, 'Bad Request: chat not found'))).toEqual({ kind: 'permanent', code: '400' });
    expect(classifySendError(telegramError(502, 'Bad Gateway')).kind).toBe('transient');
    expect(classifySendError(Object.assign(new Error('Network request failed'), { name: 'HttpError' })).kind).toBe('transient');
    // WhatsApp: the client's error carries the HTTP status and the Graph code.
    expect(classifySendError(Object.assign(new Error('x'), { status: 400, apiCode: 131026 })).kind).toBe('blocked');
    // She stopped this business's marketing messages in WhatsApp: as good as a STOP.
    expect(classifySendError(Object.assign(new Error('x'), { status: 400, apiCode: 131050 }))).toEqual({ kind: 'blocked', code: '131050' });
    // Meta's per-user marketing limit: not her choice, so not blocked.
    expect(classifySendError(Object.assign(new Error('x'), { status: 400, apiCode: 131049 })).kind).not.toBe('blocked');
    expect(classifySendError(Object.assign(new Error('x'), { status: 400, apiCode: 130429 })).kind).toBe('rate_limited');
  });

  it('backs off exponentially, capped', () => {
    const mid = () => 0.5;
    expect(backoffMs(1, mid)).toBe(2000);
    expect(backoffMs(3, mid)).toBe(8000);
    expect(backoffMs(30, mid)).toBe(300_000);
  });
});

describe('language chain', () => {
  it('ks -> ur -> en, doi -> hi -> en; none in the chain = null', () => {
    expect(textLangFor('ks', { ur: 'x', en: 'y' })).toBe('ur');
    expect(textLangFor('ks', { en: 'y', hi: 'z' })).toBe('en');
    expect(textLangFor('doi', { hi: 'z' })).toBe('hi');
    expect(textLangFor('ur', { hi: 'z' })).toBeNull();
  });
});
