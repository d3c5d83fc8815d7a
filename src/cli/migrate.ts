import { ConfigError, parseEnv } from '../config/env.js';
import { openDatabase } from '../db/open-node.js';

/** `npm run db:migrate`: apply drizzle/ migrations to DATABASE_URL, or to the embedded database in DATA_DIR. */
try {
  const env = parseEnv(process.env);
  const database = await openDatabase(env);
  await database.close();
  process.stdout.write(`migrations applied (${database.kind})\n`);
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : (err as Error).message}\n`);
  process.exit(1);
}
