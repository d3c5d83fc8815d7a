/**
 * Group commit: callers add items; one flush runs at a time and takes everything that queued up while
 * the previous one was committing. Each caller's promise settles when its item is committed. On a disk
 * that takes ~4 ms per commit this turns thousands of single-row commits a second into a few hundred.
 *
 * With `lingerMs` a flush also waits that long after its first item (as Kafka's linger.ms does), so
 * callers that need not wait for their commit (the campaign worker with a send journal) turn a few
 * hundred statements a second into a few. `flush()` starts a waiting flush at once.
 */
export interface GroupCommit<T> {
  (item: T): Promise<void>;
  /** Commit what is waiting now instead of after the linger; settles when it is committed. */
  flush(): Promise<void>;
}

export function groupCommit<T>(flush: (items: T[]) => Promise<void>, opts: { maxBatch?: number; lingerMs?: number } = {}): GroupCommit<T> {
  const maxBatch = opts.maxBatch ?? 500;
  const lingerMs = opts.lingerMs ?? 0;
  let pending: { item: T; resolve: () => void; reject: (err: unknown) => void }[] = [];
  let draining: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function drainAll() {
    while (pending.length > 0) {
      const batch = pending.slice(0, maxBatch);
      pending = pending.slice(batch.length);
      try {
        await flush(batch.map((b) => b.item));
        for (const b of batch) b.resolve();
      } catch (err) {
        for (const b of batch) b.reject(err);
      }
    }
  }
  const start = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    draining ??= drainAll().finally(() => {
      draining = null;
      // Items added during the last commit of a lingering drain wait for their own linger.
      if (pending.length > 0) schedule();
    });
    return draining;
  };
  const schedule = () => {
    if (draining || timer) return;
    if (lingerMs <= 0) void start();
    else timer = setTimeout(start, lingerMs);
  };

  const add = (item: T) =>
    new Promise<void>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      schedule();
    });
  return Object.assign(add, {
    async flush() {
      while (pending.length > 0 || draining) await (draining ?? start());
    },
  });
}
