/**
 * Group commit: callers add items; one flush runs at a time and takes everything that queued up while
 * the previous one was committing. Each caller's promise settles when its item is committed. On a disk
 * that takes ~4 ms per commit this turns thousands of single-row commits a second into a few hundred.
 */
export function groupCommit<T>(flush: (items: T[]) => Promise<void>, maxBatch = 500): (item: T) => Promise<void> {
  let pending: { item: T; resolve: () => void; reject: (err: unknown) => void }[] = [];
  let running = false;
  async function drain() {
    running = true;
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
    running = false;
  }
  return (item) =>
    new Promise<void>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      if (!running) void drain();
    });
}
