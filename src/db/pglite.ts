import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { type Database, DatabaseLockedError, type Db } from './client.js';
import * as schema from './schema/index.js';
import { isProcessAlive } from '../process-alive.js';

const LOCK_FILE = 'saheli.pid';

/**
 * Embedded PostgreSQL (PGlite) in `dir`, or in memory when `dir` is undefined. PGlite has no
 * cross-process lock, and two processes writing one data directory corrupt it, so we keep a pid file.
 */
export async function openPglite(
  dir: string | undefined,
  opts: { loadDataDir?: Blob } = {},
): Promise<Database & { client: PGlite }> {
  let releaseLock = () => {};
  let dataDir: string | undefined;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    releaseLock = acquireLock(dir);
    dataDir = join(dir, 'pglite');
  }
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir, loadDataDir: opts.loadDataDir });
  } catch (err) {
    releaseLock();
    throw err;
  }
  const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    client,
    kind: 'pglite',
    async ping() {
      await db.execute(sql`select 1`);
    },
    async listen(channel, onPayload) {
      return client.listen(channel, onPayload);
    },
    async close() {
      try {
        await client.close();
      } finally {
        releaseLock();
      }
    },
  };
}

export async function migratePglite(database: Database, migrationsFolder: string): Promise<void> {
  // drizzle's pglite migrator takes the drizzle instance of that driver.
  await migrate(database.db as never, { migrationsFolder });
}

function acquireLock(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && isProcessAlive(pid)) throw new DatabaseLockedError(dir, pid);
      rmSync(path, { force: true }); // stale: the process that held it is gone
    }
  }
  throw new DatabaseLockedError(dir, -1);
}
