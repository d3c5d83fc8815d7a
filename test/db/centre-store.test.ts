import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultCentres } from '../../src/centres/defaults.js';
import { type CentreStore, createCentreStore } from '../../src/db/stores/centre-store.js';
import { createTestDatabase } from '../helpers/test-db.js';

// Reference distances: Vincenty on the WGS84 ellipsoid (computed independently of the code under test).
const KARGIL_POINT = { latitude: 34.55, longitude: 76.13 };
const LEH_POINT = { latitude: 34.16, longitude: 77.58 };

describe('centre store on the shipped J&K/Ladakh directory', () => {
  let store: CentreStore;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const test = await createTestDatabase();
    cleanup = test.cleanup;
    store = createCentreStore(test.database.db);
    await loadDefaultCentres(store);
  });
  afterAll(async () => cleanup?.());

  it('a point near Kargil finds Kargil first, then the nearest Kashmir centres, nearest first', async () => {
    const found = await store.nearest(KARGIL_POINT, 3);
    expect(found.map((c) => c.district)).toEqual(['Kargil', 'Anantnag', 'Ganderbal']);
    const expected = [0.624, 128.23, 130.26];
    found.forEach((c, i) => {
      expect(Math.abs(c.distanceKm - (expected[i] as number)) / (expected[i] as number)).toBeLessThan(0.01);
    });
  });

  it('a point near Leh finds Leh first; the distance to Kargil is right within 1%', async () => {
    const found = await store.nearest(LEH_POINT, 22);
    expect(found[0]?.district).toBe('Leh');
    const kargil = found.find((c) => c.district === 'Kargil');
    expect(kargil?.distanceKm).toBeGreaterThan(139.94 * 0.99);
    expect(kargil?.distanceKm).toBeLessThan(139.94 * 1.01);
    const sorted = found.map((c) => c.distanceKm);
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
  });

  it('Jammu to Srinagar is 150.6 km within 1%', async () => {
    const found = await store.nearest({ latitude: 32.7266, longitude: 74.857 }, 22);
    const srinagar = found.find((c) => c.district === 'Srinagar');
    expect(Math.abs((srinagar?.distanceKm ?? 0) - 150.62) / 150.62).toBeLessThan(0.01);
  });

  it('finds a district by its canonical name, any case; an unknown district finds nothing', async () => {
    expect((await store.inDistrict('kathua')).map((c) => c.id)).toEqual(['JK-KTH-01']);
    expect(await store.inDistrict('Lahore')).toEqual([]);
  });

  it('never returns more than it has, and a limit of 0 returns nothing', async () => {
    expect(await store.nearest(LEH_POINT, 50)).toHaveLength(22);
    expect(await store.nearest(LEH_POINT, 0)).toEqual([]);
  });
});
