/**
 * Nearest-centre search in memory. The directory is small (hundreds of rows nationally, 22 in J&K and
 * Ladakh) and read on every "find help", so it lives in typed arrays sorted by latitude.
 *
 * Search sweeps outward from the query's latitude. A great-circle distance is never shorter than the
 * north-south distance alone (R·|Δφ|), so once the latitude gap on both sides exceeds the k-th best
 * distance, nothing further can be nearer: the answer is exact, not approximate, and no grid cell size has
 * to be tuned. Distances are compared as the haversine term `a` (monotonic in distance), so the inner
 * loop has no sqrt/asin.
 */

/** Mean Earth radius (IUGG), km. Spherical error vs WGS84 is below 0.5%. */
export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** Great-circle (haversine) distance in km. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.latitude - a.latitude) * RAD;
  const dLng = (b.longitude - a.longitude) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * RAD) * Math.cos(b.latitude * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

export interface NearestIndex<T> {
  readonly size: number;
  /** The `limit` items nearest to `point`, nearest first, with their distance in km. */
  nearest(point: GeoPoint, limit: number): { item: T; distanceKm: number }[];
}

export function buildNearestIndex<T extends GeoPoint>(items: readonly T[]): NearestIndex<T> {
  const n = items.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => (items[i] as T).latitude - (items[j] as T).latitude,
  );
  const lat = new Float64Array(n);
  const lng = new Float64Array(n);
  const cosLat = new Float64Array(n);
  const sorted: T[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const it = items[order[k] as number] as T;
    sorted[k] = it;
    lat[k] = it.latitude * RAD;
    lng[k] = it.longitude * RAD;
    cosLat[k] = Math.cos(lat[k] as number);
  }

  return {
    size: n,
    nearest(point, limit) {
      const k = Math.min(Math.max(0, Math.floor(limit)), n);
      if (k === 0) return [];
      const qLat = point.latitude * RAD;
      const qLng = point.longitude * RAD;
      const qCos = Math.cos(qLat);
      // top-k kept sorted ascending by haversine term `a`; k is small (3), so insertion is cheapest.
      const bestA = new Float64Array(k).fill(Number.POSITIVE_INFINITY);
      const bestI = new Int32Array(k).fill(-1);
      const consider = (i: number): void => {
        const sLat = Math.sin(((lat[i] as number) - qLat) / 2);
        const sLng = Math.sin(((lng[i] as number) - qLng) / 2);
        const a = sLat * sLat + qCos * (cosLat[i] as number) * sLng * sLng;
        if (a >= (bestA[k - 1] as number)) return;
        let p = k - 1;
        while (p > 0 && (bestA[p - 1] as number) > a) {
          bestA[p] = bestA[p - 1] as number;
          bestI[p] = bestI[p - 1] as number;
          p--;
        }
        bestA[p] = a;
        bestI[p] = i;
      };
      // Lower bound of `a` from the latitude gap alone: sin²(Δφ/2).
      const bound = (i: number): number => {
        const s = Math.sin(Math.abs((lat[i] as number) - qLat) / 2);
        return s * s;
      };
      let hi = lowerBound(lat, qLat);
      let lo = hi - 1;
      while (lo >= 0 || hi < n) {
        const bLo = lo >= 0 ? bound(lo) : Number.POSITIVE_INFINITY;
        const bHi = hi < n ? bound(hi) : Number.POSITIVE_INFINITY;
        if (Math.min(bLo, bHi) > (bestA[k - 1] as number)) break;
        if (bLo <= bHi) consider(lo--);
        else consider(hi++);
      }
      const out: { item: T; distanceKm: number }[] = [];
      for (let p = 0; p < k; p++) {
        const i = bestI[p] as number;
        if (i < 0) break;
        const a = Math.min(1, bestA[p] as number);
        out.push({ item: sorted[i] as T, distanceKm: 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a)) });
      }
      return out;
    },
  };
}

/** First index whose value is >= x (arr sorted ascending). */
function lowerBound(arr: Float64Array, x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
