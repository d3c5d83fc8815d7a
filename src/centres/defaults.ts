import { readFileSync } from 'node:fs';
import type { Logger } from '../core/ports.js';
import { importCentresCsv } from './csv.js';
import type { CentreStore } from '../db/stores/centre-store.js';

/** The directory shipped with Saheli: one One Stop Centre per district of J&K and Ladakh (all unverified). */
export const DEFAULT_CENTRES_CSV = new URL('./osc-jk-ladakh.csv', import.meta.url);

/**
 * Node start-up: imports the shipped directory when the table is empty, so a fresh `npm start` can answer
 * "find help". A directory the operator imported is never overwritten. Returns how many rows were imported.
 */
export async function loadDefaultCentres(store: Pick<CentreStore, 'count' | 'upsertAll'>, logger?: Logger): Promise<number> {
  if ((await store.count()) > 0) return 0;
  const imported = await importCentresCsv(store, readFileSync(DEFAULT_CENTRES_CSV, 'utf8'));
  logger?.info({ centres: imported }, 'imported the default One Stop Centre directory');
  return imported;
}
