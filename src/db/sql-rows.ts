import type { SQL } from 'drizzle-orm';
import type { Db } from './client.js';

/** db.execute returns an array on postgres.js and `{ rows }` on PGlite. */
export async function rows<T = Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown;
  return (Array.isArray(res) ? res : ((res as { rows?: unknown[] }).rows ?? [])) as T[];
}

/** Rows a command changed: postgres.js puts it in `count`, PGlite in `affectedRows`. */
export function affectedRows(res: unknown): number {
  const r = res as { count?: unknown; affectedRows?: unknown };
  return Number(r.count ?? r.affectedRows ?? 0);
}

/**
 * A PostgreSQL array literal for one text parameter (`${pgArray(xs)}::bigint[]`): one bound value instead
 * of one per element. Elements are quoted and escaped; null stays NULL.
 */
export function pgArray(values: readonly (string | number | null)[]): string {
  const items = values.map((v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, '\\$&')}"`));
  return `{${items.join(',')}}`;
}
