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
  const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Db;
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
