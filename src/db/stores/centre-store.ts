import { count, sql } from 'drizzle-orm';
import { buildNearestIndex, type NearestIndex } from '../../centres/nearest.js';
import type { Centre, CentreDirectory } from '../../core/ports.js';
import type { Db } from '../client.js';
import { centres } from '../schema/index.js';

/** A directory row as imported: a Centre plus how exact its coordinates are. */
export interface CentreRecord extends Centre {
  /** `district_hq` (the district town; fine for ranking, not for directions) or `exact`. */
  coordinateBasis: string;
}

export interface CentreStore extends CentreDirectory {
  /** Inserts or updates every row in one transaction (all or nothing), then refreshes the index. */
  upsertAll(rows: readonly CentreRecord[]): Promise<number>;
  count(): Promise<number>;
  /** Reloads the in-memory index from the table (e.g. after another process imported). */
  refresh(): Promise<void>;
}

// 15 columns per row; PostgreSQL allows 65,535 bind parameters per statement.
const BATCH = 1000;

/**
 * The centre directory over the `centres` table. Reads are served from an in-memory index built once
 * (the table is small and changes only on import), so a search costs no database round trip.
 */
export function createCentreStore(db: Db): CentreStore {
  let loading: Promise<Loaded> | null = null;

  const load = (): Promise<Loaded> => {
    if (!loading) {
      loading = readAll(db).catch((err: unknown) => {
        loading = null; // a failed load is retried on the next call, not cached
        throw err;
      });
    }
    return loading;
  };

  return {
    async nearest(point, limit) {
      const { index } = await load();
      return index.nearest(point, limit).map(({ item, distanceKm }) => ({ ...toCentre(item), distanceKm }));
    },

    async inDistrict(district) {
      const { byDistrict } = await load();
      return (byDistrict.get(district.trim().toLowerCase()) ?? []).map(toCentre);
    },

    async upsertAll(rows) {
      if (rows.length === 0) return 0;
      await db.transaction(async (tx) => {
        for (let i = 0; i < rows.length; i += BATCH) {
          const values = rows.slice(i, i + BATCH).map((r) => ({ ...r, updatedAt: sql`now()` }));
          await tx
            .insert(centres)
            .values(values)
            .onConflictDoUpdate({
              target: centres.id,
              set: {
                name: sql`excluded.name`,
                district: sql`excluded.district`,
                ut: sql`excluded.ut`,
                address: sql`excluded.address`,
                phone: sql`excluded.phone`,
                latitude: sql`excluded.latitude`,
                longitude: sql`excluded.longitude`,
                services: sql`excluded.services`,
                hours: sql`excluded.hours`,
                source: sql`excluded.source`,
                lastVerified: sql`excluded.last_verified`,
                verified: sql`excluded.verified`,
                coordinateBasis: sql`excluded.coordinate_basis`,
                updatedAt: sql`now()`,
              },
            });
        }
      });
      loading = null;
      await load();
      return rows.length;
    },

    async count() {
      const [row] = await db.select({ n: count() }).from(centres);
      return row?.n ?? 0;
    },

    async refresh() {
      loading = null;
      await load();
    },
  };
}

interface Loaded {
  index: NearestIndex<CentreRecord>;
  byDistrict: Map<string, CentreRecord[]>;
}

async function readAll(db: Db): Promise<Loaded> {
  const rows = await db.select().from(centres).orderBy(centres.id);
  const records: CentreRecord[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    district: r.district,
    ut: r.ut,
    address: r.address,
    phone: r.phone,
    latitude: r.latitude,
    longitude: r.longitude,
    services: r.services,
    hours: r.hours,
    source: r.source,
    lastVerified: r.lastVerified,
    verified: r.verified,
    coordinateBasis: r.coordinateBasis,
  }));
  const byDistrict = new Map<string, CentreRecord[]>();
  for (const r of records) {
    const key = r.district.toLowerCase();
    byDistrict.set(key, [...(byDistrict.get(key) ?? []), r]);
  }
  return { index: buildNearestIndex(records), byDistrict };
}

/** A copy, so callers cannot change the index's rows. */
function toCentre(r: CentreRecord): CentreRecord {
  return { ...r, services: [...r.services] };
}
