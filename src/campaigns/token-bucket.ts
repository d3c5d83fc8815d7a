/**
 * A token bucket per channel: `rate` sends per second on average, at most `burst` at once. The clock is
 * injected (milliseconds), so tests drive it without sleeping. A platform's 429 `retry_after` pauses the
 * whole bucket: every lane of that channel waits, not only the one that was refused.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private pausedUntil = 0;

  constructor(
    readonly rate: number,
    readonly burst: number,
    private readonly now: () => number,
  ) {
    if (!(rate > 0)) throw new Error('rate must be > 0');
    this.burst = Math.max(1, burst);
    this.tokens = this.burst;
    this.last = now();
  }

  /** Takes a token and returns 0, or returns how many ms to wait before asking again (nothing taken). */
  tryTake(): number {
    const now = this.now();
    if (now < this.pausedUntil) return this.pausedUntil - now;
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.rate) / 1000);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.rate));
  }

  /** Waits for a token. */
  async take(sleep: (ms: number) => Promise<void>): Promise<void> {
    for (let wait = this.tryTake(); wait > 0; wait = this.tryTake()) await sleep(wait);
  }

  /** Stop sending for `ms` (a 429's retry_after), and start again with an empty bucket. */
  pause(ms: number): void {
    const now = this.now();
    this.pausedUntil = Math.max(this.pausedUntil, now + ms);
    this.tokens = 0;
    this.last = this.pausedUntil;
  }

  get pausedFor(): number {
    return Math.max(0, this.pausedUntil - this.now());
  }
}

/** At most one message per chat per `intervalMs` (Telegram: about one a second in a private chat). */
export class ChatGate {
  private readonly next = new Map<string, number>();
  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number,
  ) {}

  /** 0 when she may get a message now (and marks it), else ms until she may. */
  tryPass(chat: string): number {
    const now = this.now();
    const at = this.next.get(chat) ?? 0;
    if (at > now) return at - now;
    this.next.set(chat, now + this.intervalMs);
    if (this.next.size > 50_000) for (const [k, v] of this.next) if (v <= now) this.next.delete(k);
    return 0;
  }
}
