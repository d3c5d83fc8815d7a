/**
 * `npm run centres:import -- FILE.csv`: validates the whole file, then imports it in one transaction.
 * A file with any bad row imports nothing; every problem is printed as `line N: <reason>`.
 * Uses DATABASE_URL (PostgreSQL) or DATA_DIR (embedded PGlite), as the server does.
 */
import { readFileSync } from 'node:fs';
import { CsvImportError, importCentresCsv } from '../centres/csv.js';
import { ConfigError, parseEnv } from '../config/env.js';
import { DatabaseLockedError } from '../db/client.js';
import { openDatabase } from '../db/open-node.js';
import { createCentreStore } from '../db/stores/centre-store.js';

async function main(argv: string[]): Promise<number> {
  const file = argv.find((a) => a !== '--');
  if (!file || argv.includes('--help')) {
    process.stderr.write('Usage: npm run centres:import -- FILE.csv\n');
    return 2;
  }
  let input: string;
  try {
    input = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 2;
  }
  const env = parseEnv(process.env);
  const database = await openDatabase(env);
  try {
    const store = createCentreStore(database.db);
    const imported = await importCentresCsv(store, input);
    const total = await store.count();
    process.stdout.write(`Imported ${imported} centre(s) from ${file} into ${database.kind}; the directory now has ${total}.\n`);
    return 0;
  } catch (err) {
    if (err instanceof CsvImportError) {
      process.stderr.write(`${file}: nothing was imported.\n${err.problems.join('\n')}\n`);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof DatabaseLockedError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`centres:import failed: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
