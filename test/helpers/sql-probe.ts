import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { ServerProcess } from './server-process.js';

/**
 * Runs a query against the database a server process used. On PostgreSQL while it runs; on PGlite the
 * data directory belongs to the server, so the server must be stopped first (the caller does that).
 */
export async function queryServerDb(server: Pick<ServerProcess, 'databaseUrl' | 'dataDir'>, text: string): Promise<Record<string, unknown>[]> {
  if (server.databaseUrl) {
    const client = postgres(server.databaseUrl, { max: 1, onnotice: () => {} });
    try {
      return [...(await client.unsafe(text))] as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  }
  if (!server.dataDir) throw new Error('no database to probe');
  const db = await PGlite.create({ dataDir: join(server.dataDir, 'pglite') });
  try {
    return (await db.query<Record<string, unknown>>(text)).rows;
  } finally {
    await db.close();
  }
}
