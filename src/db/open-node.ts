import { fileURLToPath } from 'node:url';
import type { Env } from '../config/env.js';
import type { Database } from './client.js';
import { migratePglite, openPglite } from './pglite.js';
import { migratePostgres } from './migrate-postgres.js';
import { openPostgres } from './postgres.js';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Node only: PostgreSQL when DATABASE_URL is set, else embedded PGlite in DATA_DIR; migrated either way. */
export async function openDatabase(env: Pick<Env, 'DATABASE_URL' | 'DATA_DIR'>): Promise<Database> {
  if (env.DATABASE_URL) {
    await migratePostgres(env.DATABASE_URL, MIGRATIONS_FOLDER);
    return openPostgres(env.DATABASE_URL);
  }
  const database = await openPglite(env.DATA_DIR);
  try {
    await migratePglite(database, MIGRATIONS_FOLDER);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}
