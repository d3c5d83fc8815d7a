import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

/** A drizzle database over either driver (postgres.js or PGlite). Code above this line is driver-neutral. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Cheap round trip for /health. */
  ping(): Promise<void>;
  /** LISTEN on a channel; returns an unlisten function. Only within one process on PGlite. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export class DatabaseLockedError extends Error {
  readonly code = 'DATABASE_LOCKED';
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is already open in another process (pid ${pid}). ` +
        'Stop that process first, or set DATA_DIR to another folder, or set DATABASE_URL to use a PostgreSQL server.',
    );
    this.name = 'DatabaseLockedError';
  }
}
