/**
 * Token buckets per key, in process memory. Generous bursts (a person in distress types fast), steady
 * refill. With several instances each keeps its own buckets: the limit is per instance, which is fine for
 * abuse control and never blocks a real person sooner.
 */
export interface RateLimiter {
  /** Take one token; returns 0 when allowed, else seconds to wait. */
  take(key: string, now?: number): number;
}

export function createRateLimiter(opts: { capacity: number; refillPerSecond: number; maxKeys?: number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const maxKeys = opts.maxKeys ?? 50_000;
  return {
    take(key, now = Date.now()) {
      let b = buckets.get(key);
      if (!b) {
        if (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value as string);
        b = { tokens: opts.capacity, at: now };
        buckets.set(key, b);
      }
      b.tokens = Math.min(opts.capacity, b.tokens + ((now - b.at) / 1000) * opts.refillPerSecond);
      b.at = now;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - b.tokens) / opts.refillPerSecond);
    },
  };
}
