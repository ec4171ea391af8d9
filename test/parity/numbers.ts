// Deterministic data and the comparisons the parity tests use.
import type { HostTensor } from '../../lib/data';

/** mulberry32: a tiny seeded generator, so every case has the same data on every machine and run. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  }
  uniform(low: number, high: number): number {
    return low + (high - low) * this.next();
  }
  /** A float32 tensor with elements uniform in [low, high). */
  floats(shape: number[], low = -1, high = 1): HostTensor {
    const data = new Float32Array(shape.reduce((a, b) => a * b, 1));
    for (let i = 0; i < data.length; i++) data[i] = this.uniform(low, high);
    return { dtype: 'float32', shape, data };
  }
  /** An int32 tensor with elements in [0, count). */
  ints(shape: number[], count: number): HostTensor {
    const data = new Int32Array(shape.reduce((a, b) => a * b, 1));
    for (let i = 0; i < data.length; i++) data[i] = Math.floor(this.next() * count);
    return { dtype: 'int32', shape, data };
  }
}

function checkSameSize(a: ArrayLike<number>, b: ArrayLike<number>, what: string): void {
  if (a.length !== b.length) throw new Error(`${what}: hydra-tf has ${a.length} values, Keras ${b.length}`);
}

/**
 * How much of the tolerance |a − b| <= rtol·max(|a|, |b|) + atol the worst element uses:
 * at most 1 when every element is within it (Infinity for NaN). The relative term is the
 * requirement; the absolute floor `atol` is for values near zero (a weight or loss crossing
 * zero), where a relative measure would compare rounding noise with a vanishing denominator.
 */
export function toleranceUsed(a: ArrayLike<number>, b: ArrayLike<number>, rtol: number, atol: number, what = 'values'): number {
  checkSameSize(a, b, what);
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]) / (rtol * Math.max(Math.abs(a[i]), Math.abs(b[i])) + atol);
    if (Number.isNaN(d)) return Infinity;
    worst = Math.max(worst, d);
  }
  return worst;
}

/** The largest plain relative difference |a − b| / max(|a|, |b|) among elements of size >= `floor` (for reports). */
export function relativeDifference(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1e-2, what = 'values'): number {
  checkSameSize(a, b, what);
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const size = Math.max(Math.abs(a[i]), Math.abs(b[i]));
    if (Number.isNaN(a[i]) || Number.isNaN(b[i])) return Infinity;
    if (size >= floor) worst = Math.max(worst, Math.abs(a[i] - b[i]) / size);
  }
  return worst;
}

/** Prints a table when PARITY_REPORT is set (the numbers quoted in reviews); silent otherwise. */
export function report(title: string, rows: Array<[string, ...Array<string | number>]>): void {
  if (!process.env.PARITY_REPORT) return;
  const show = (v: string | number) => (typeof v === 'number' ? v.toExponential(2) : v);
  process.stdout.write(`\n${title}\n${rows.map((row) => `  ${row.map(show).join('  ')}`).join('\n')}\n`);
}
