import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { openPostgres } from '../../src/db/postgres.js';
import { people } from '../../src/db/schema/index.js';
import { rows } from '../../src/db/sql-rows.js';
import { createTestDatabase } from '../helpers/test-db.js';

// Only the PostgreSQL server has named statements and round trips; CI runs this file with DATABASE_URL set.
describe.skipIf(!process.env.DATABASE_URL)('PostgreSQL: named statements', () => {
  let database: Database;
  let one: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ database, cleanup } = await createTestDatabase());
    // One connection, so the statements it prepared are the ones pg_prepared_statements lists.
    const [row] = await rows<{ db: string }>(database.db, sql`select current_database() as db`);
    const url = new URL(process.env.DATABASE_URL as string);
    url.pathname = `/${row?.db}`;
    one = openPostgres(url.toString(), { max: 1 });
  });
  afterAll(async () => {
    await one?.close();
    await cleanup?.();
  });

  const prepared = async (db: Database['db']) =>
    (await rows<{ statement: string }>(db, sql`select statement from pg_prepared_statements`)).map((r) => r.statement);

  it('a statement with parameters is prepared once and reused, in and out of transactions', async () => {
    for (const hash of ['a', 'b', 'c']) {
      await one.db.select({ id: people.id }).from(people).where(eq(people.externalHash, hash));
    }
    await one.db.transaction(async (tx) => {
      await tx.select({ id: people.id }).from(people).where(eq(people.externalHash, 'd'));
    });
    const selects = (await prepared(one.db)).filter((s) => s.includes('"external_hash" = $1'));
    expect(selects).toHaveLength(1);
  });

  it('a transaction still commits together or not at all', async () => {
    await expect(
      one.db.transaction(async (tx) => {
        await tx.insert(people).values({ channel: 'web', externalHash: 'tx-1', externalRefEnc: 'x' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await one.db.transaction(async (tx) => {
      await tx.insert(people).values({ channel: 'web', externalHash: 'tx-2', externalRefEnc: 'x' });
    });
    const found = await one.db.select({ h: people.externalHash }).from(people).where(eq(people.channel, 'web'));
    expect(found.map((r) => r.h)).toEqual(['tx-2']);
  });
});
