import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import type { Database } from '../../src/db/client.js';
import { migratePglite, openPglite } from '../../src/db/pglite.js';
import { migratePostgres } from '../../src/db/migrate-postgres.js';
import { openPostgres } from '../../src/db/postgres.js';

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * A fresh, migrated database for one test file. With DATABASE_URL set: a new database on that server
 * (`saheli_t_<random>`), dropped by `cleanup`, so test files running in parallel never share rows.
 * Without it: in-memory PGlite. Call in `beforeAll`, and `cleanup` in `afterAll`.
 */
export async function createTestDatabase(): Promise<{ database: Database; cleanup(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openPglite(undefined);
    await migratePglite(database, MIGRATIONS);
    return { database, cleanup: () => database.close() };
  }
  const name = `saheli_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString(), MIGRATIONS);
  const database = openPostgres(url.toString(), { max: 4 });
  return {
    database,
    async cleanup() {
      await database.close();
      const drop = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await drop.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await drop.end({ timeout: 5 });
      }
    },
  };
}
