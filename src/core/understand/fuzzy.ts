/**
 * Bounded Levenshtein distance. Hand-written (20 lines) rather than a dependency: we only ever
 * need "is it within 1 or 2 edits" on short words, and an early exit keeps it cheap.
 */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
    prev = cur;
  }
  return (prev[b.length] ?? max + 1) <= max;
}

/** Edits tolerated for a lexicon word of this key length: short words must match exactly. */
export function allowedEdits(keyLength: number): number {
  if (keyLength >= 10) return 2;
  if (keyLength >= 6) return 1;
  return 0;
}
