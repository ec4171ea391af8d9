// Element-wise comparisons of numbers the tests hold against a reference (Python, a closed form,
// another run). NaN anywhere gives Infinity, so a comparison `toBeLessThan(tolerance)` fails on it.

/** The largest |a[i] − b[i]| (Infinity when a difference is NaN); throws when the lengths differ, naming `what`. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>, what = 'values'): number {
  if (a.length !== b.length) throw new Error(`${what}: lengths differ (${a.length} vs ${b.length})`);
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (Number.isNaN(d)) return Infinity;
    worst = Math.max(worst, d);
  }
  return worst;
}

/** maxAbsDiff over every entry of two records of arrays, which must have the same keys. */
export function maxAbsDiffOfRecords(a: Record<string, ArrayLike<number>>, b: Record<string, ArrayLike<number>>): number {
  const keys = Object.keys(a).sort();
  const other = Object.keys(b).sort();
  if (JSON.stringify(keys) !== JSON.stringify(other))
    throw new Error(`the records' keys differ: [${keys.join(', ')}] vs [${other.join(', ')}]`);
  return Math.max(0, ...keys.map((key) => maxAbsDiff(a[key], b[key], key)));
}
