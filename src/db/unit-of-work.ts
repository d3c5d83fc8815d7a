import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database, Db } from './client.js';

/**
 * Stores are built once over `db`; inside `run(fn)` that same `db` means the open transaction, found
 * through AsyncLocalStorage. One message's reads and writes then commit once: on a server where a
 * commit waits ~5 ms for the disk, that is most of the cost of a message.
 */
export function createUnitOfWork(database: Pick<Database, 'db'>) {
  const base = database.db;
  const current = new AsyncLocalStorage<Db>();
  const db = new Proxy({} as Db, {
    get(_, prop) {
      const target = (current.getStore() ?? base) as unknown as Record<PropertyKey, unknown>;
      const value = target[prop];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    db,
    /** Runs `fn` in one transaction (or in the one already open). */
    run<T>(fn: () => Promise<T>): Promise<T> {
      if (current.getStore()) return fn();
      return base.transaction((tx) => current.run(tx as unknown as Db, fn)) as Promise<T>;
    },
  };
}
