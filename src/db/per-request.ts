import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import type { Database, Db } from './client.js';
import { openPostgres } from './postgres.js';

/**
 * Workers: a Database whose connection belongs to one request. An isolate serves many requests, but a
 * socket opened in one request cannot be used by another, so the app and its stores are built once per
 * isolate over this facade, and every request (or cron run) opens its own postgres.js client through
 * Hyperdrive (which does the pooling), found again through AsyncLocalStorage.
 */
export function createPerRequestDatabase() {
  const current = new AsyncLocalStorage<Db>();
  const active = (): Db => {
    const db = current.getStore();
    if (!db) throw new Error('database used outside a request (wrap the handler in database.run)');
    return db;
  };
  const db = new Proxy({} as Db, {
    get(_, prop) {
      const target = active() as unknown as Record<PropertyKey, unknown>;
      const value = target[prop];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const database: Database = {
    db,
    kind: 'postgres',
    async ping() {
      await db.execute(sql`select 1`);
    },
    // LISTEN needs a connection that outlives the request: on Workers the console has no live push and
    // refreshes its queue and open case on a timer instead (see README, Cloudflare Workers).
    async listen() {
      return async () => {};
    },
    async close() {},
  };
  return {
    database,
    /**
     * Runs `fn` with a fresh client on `url`. The client is closed through `waitUntil` once `fn` settles,
     * after any query still running (a streamed response may outlive `fn`).
     */
    async run<T>(url: string, waitUntil: (p: Promise<unknown>) => void, fn: () => Promise<T>): Promise<T> {
      const request = openPostgres(url, { serverless: true });
      try {
        return await current.run(request.db, fn);
      } finally {
        waitUntil(request.close().catch(() => {}));
      }
    },
  };
}
