/**
 * `npm run bench:nearest`: nearest-3 among 10,000 synthetic centres spread over India's bounding box.
 * Seeded, so runs are comparable. Measures the in-memory search the store serves `nearest()` from.
 * The last line is a JSON summary for scripts.
 */
import { performance } from 'node:perf_hooks';
import { buildNearestIndex } from '../src/centres/nearest.js';

const CENTRES = 10_000;
const QUERIES = 10_000;
const WARMUP = 2_000;
const BOX = { minLat: 6.5, maxLat: 35.7, minLng: 68.1, maxLng: 97.4 };

/** mulberry32: small, fast, seedable. */
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

const rand = prng(20150401);
const point = () => ({
  latitude: BOX.minLat + rand() * (BOX.maxLat - BOX.minLat),
  longitude: BOX.minLng + rand() * (BOX.maxLng - BOX.minLng),
});
const centres = Array.from({ length: CENTRES }, (_, i) => ({ id: `C-${i}`, ...point() }));

const t0 = performance.now();
const index = buildNearestIndex(centres);
const buildMs = performance.now() - t0;

let sink = 0;
for (let i = 0; i < WARMUP; i++) sink += index.nearest(point(), 3).length;

const queries = Array.from({ length: QUERIES }, point);
const times = new Float64Array(QUERIES);
for (let i = 0; i < QUERIES; i++) {
  const start = performance.now();
  const found = index.nearest(queries[i] as { latitude: number; longitude: number }, 3);
  times[i] = performance.now() - start;
  sink += found.length;
}
if (sink !== (WARMUP + QUERIES) * 3) throw new Error('a query returned fewer than 3 centres');

times.sort();
const pct = (p: number) => times[Math.min(QUERIES - 1, Math.ceil((p / 100) * QUERIES) - 1)] as number;
const round = (ms: number) => Math.round(ms * 1000) / 1000;
const summary = { centres: CENTRES, queries: QUERIES, p50_ms: round(pct(50)), p99_ms: round(pct(99)), max_ms: round(times[QUERIES - 1] as number) };
process.stdout.write(
  `nearest-3 among ${CENTRES} centres (index built in ${buildMs.toFixed(1)} ms): p50 ${summary.p50_ms} ms, p99 ${summary.p99_ms} ms, max ${summary.max_ms} ms over ${QUERIES} queries (target p99 < 2 ms)\n`,
);
process.stdout.write(`${JSON.stringify(summary)}\n`);
