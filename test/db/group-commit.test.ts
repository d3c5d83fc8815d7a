/** Group commit of 'sent' marks: how many statements reach the database, and when. Timers are faked. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { groupCommit } from '../../src/db/group-commit.js';

function recorder() {
  const batches: number[][] = [];
  let release: (() => void) | null = null;
  const flush = vi.fn(async (items: number[]) => {
    batches.push(items);
    await new Promise<void>((r) => {
      release = r;
    });
  });
  return { batches, flush, commit: () => release?.() };
}

describe('group commit', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('without a linger, the first item goes at once and the ones added meanwhile go together next', async () => {
    const r = recorder();
    const add = groupCommit(r.flush);
    const done = [add(1), add(2), add(3)];
    expect(r.batches).toEqual([[1]]);
    r.commit();
    await done[0];
    expect(r.batches).toEqual([[1], [2, 3]]);
    r.commit();
    await Promise.all(done);
    expect(r.flush).toHaveBeenCalledTimes(2);
  });

  it('with a linger, everything added within it is one statement, and nothing goes before it ends', async () => {
    const r = recorder();
    const add = groupCommit(r.flush, { lingerMs: 200 });
    const done = Array.from({ length: 400 }, (_, i) => add(i));
    await vi.advanceTimersByTimeAsync(199);
    expect(r.batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(r.batches).toHaveLength(1);
    expect(r.batches[0]).toHaveLength(400);
    r.commit();
    await Promise.all(done);
  });

  it('keeps batches under maxBatch', async () => {
    const r = recorder();
    const add = groupCommit(r.flush, { lingerMs: 50, maxBatch: 300 });
    const done = Array.from({ length: 700 }, (_, i) => add(i));
    await vi.advanceTimersByTimeAsync(50);
    for (let i = 0; i < 3; i++) {
      r.commit();
      await vi.advanceTimersByTimeAsync(0);
    }
    await Promise.all(done);
    expect(r.batches.map((b) => b.length)).toEqual([300, 300, 100]);
  });

  it('flush() commits what waits without the linger, and settles when it is in', async () => {
    const r = recorder();
    const add = groupCommit(r.flush, { lingerMs: 10_000 });
    const item = add(7);
    let flushed = false;
    const f = add.flush().then(() => {
      flushed = true;
    });
    expect(r.batches).toEqual([[7]]);
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);
    r.commit();
    await f;
    await item;
    expect(flushed).toBe(true);
  });

  it('a failed statement rejects only the items it carried; later items still commit', async () => {
    const calls: number[][] = [];
    const add = groupCommit(async (items: number[]) => {
      calls.push(items);
      if (items.includes(1)) throw new Error('database gone');
    });
    const first = add(1);
    const second = add(2);
    await expect(first).rejects.toThrow('database gone');
    await expect(second).resolves.toBeUndefined();
    expect(calls).toEqual([[1], [2]]);
  });
});
