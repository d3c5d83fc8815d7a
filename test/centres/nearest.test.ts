import { describe, expect, it } from 'vitest';
import { buildNearestIndex, haversineKm } from '../../src/centres/nearest.js';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('nearest index', () => {
  it('agrees with a brute-force scan, including queries far outside the points', () => {
    const rand = prng(42);
    const points = Array.from({ length: 2000 }, (_, id) => ({ id, latitude: 6 + rand() * 31, longitude: 68 + rand() * 30 }));
    const index = buildNearestIndex(points);
    for (let q = 0; q < 300; q++) {
      const query = q % 10 === 0
        ? { latitude: -80 + rand() * 160, longitude: -179 + rand() * 358 }
        : { latitude: 6 + rand() * 31, longitude: 68 + rand() * 30 };
      const brute = points.map((p) => ({ id: p.id, d: haversineKm(query, p) })).sort((a, b) => a.d - b.d).slice(0, 3);
      const got = index.nearest(query, 3);
      expect(got.map((g) => g.item.id)).toEqual(brute.map((b) => b.id));
      got.forEach((g, i) => {
        expect(g.distanceKm).toBeCloseTo((brute[i] as { d: number }).d, 6);
      });
    }
  });

  it('handles an empty index and limits larger than the index', () => {
    expect(buildNearestIndex([]).nearest({ latitude: 1, longitude: 1 }, 3)).toEqual([]);
    expect(buildNearestIndex([{ latitude: 1, longitude: 1 }]).nearest({ latitude: 0, longitude: 0 }, 3)).toHaveLength(1);
  });
});
