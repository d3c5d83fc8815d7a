import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database, Db } from './client.js';
import * as schema from './schema/index.js';

export interface PostgresOptions {
  max?: number;
  /** Workers: no prepared statements, no type fetch, one connection per request. */
  serverless?: boolean;
}

/**
 * PostgreSQL server through postgres.js. The Worker imports this module: keep it free of PGlite and of
 * the migrator (which reads drizzle/ with node:fs); migrations are in migrate-postgres.ts.
 */
export function openPostgres(url: string, opts: PostgresOptions = {}): Database {
  const client = postgres(url, {
    max: opts.max ?? 10,
    onnotice: () => {},
    ...(opts.serverless ? { prepare: false, fetch_types: false, max: 1 } : {}),
  });
  const db = drizzle({ client: opts.serverless ? client : preparing(client), schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async ping() {
      await db.execute(sql`select 1`);
    },
    async listen(channel, onPayload) {
      const sub = await client.listen(channel, onPayload);
      return () => sub.unlisten();
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

/**
 * drizzle sends every statement unnamed (`prepare: false`), and for an unnamed statement with parameters
 * postgres.js first asks the server for their types (Parse + Describe, wait, then Bind + Execute): two
 * round trips per statement. A named statement is described once per connection and then takes one, and
 * the server parses and plans it once. This turns naming on for drizzle's statements, inside
 * transactions too. The number of distinct statements is bounded by the code (lists are passed as one
 * array parameter where they vary), and postgres.js recycles connections (max_lifetime), which drops them.
 */
function preparing<S extends object>(sql: S): S {
  type Fn = (...args: unknown[]) => unknown;
  /** begin(options?, fn) and savepoint(name?, fn): the transaction's own sql gets the same treatment. */
  const wrapScope = (open: Fn) => (...args: unknown[]) => {
    const fn = args.pop() as (tx: object) => unknown;
    return open(...args, (tx: object) => fn(preparing(tx)));
  };
  return new Proxy(sql, {
    get(target, prop) {
      const value = Reflect.get(target, prop) as unknown;
      if (typeof value !== 'function') return value;
      const bound = (value as Fn).bind(target);
      if (prop === 'unsafe') {
        return (query: string, params?: unknown[], options?: object) => bound(query, params, { ...options, prepare: true });
      }
      return prop === 'begin' || prop === 'savepoint' ? wrapScope(bound) : bound;
    },
  });
}
