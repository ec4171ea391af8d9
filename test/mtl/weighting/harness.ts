// Shared harness of the per-method weighting tests: the Python references (exact float64 solutions
// of seeded random gradient matrices, test/fixtures/python/weighting_reference.py, cached in
// test/fixtures/generated/weighting and regenerated when the script changes) and the comparisons.
// Without the Python environment the tests FAIL with the command that creates it; they never skip.
import * as fs from 'fs';
import * as path from 'path';
import { mtl } from '../../../lib';
import { generatedReference } from '../../support/python-reference';
import { norm, type Matrix } from './float64';

export type { Matrix } from './float64';
export { norm } from './float64';

export interface ReferenceCase {
  g: Matrix;
  [method: string]: { weights?: number[]; direction: number[]; step?: number } | Matrix;
}

/** Set name ("3x10_unit", "5x20_disparate", "12x30_unit"...) → cases. */
export type ReferenceSets = Record<string, ReferenceCase[]>;

let cached: ReferenceSets | null = null;

/** The Python references, generated on first use (or when the generator changed). */
export function references(): ReferenceSets {
  if (cached) return cached;
  const generated = generatedReference('weighting_reference.py', 'weighting');
  cached = JSON.parse(fs.readFileSync(path.join(generated, 'reference.json'), 'utf8')).sets as ReferenceSets;
  return cached;
}

/** The reference answer of one method for one case. */
export function expected(c: ReferenceCase, method: string): { weights?: number[]; direction: number[]; step?: number } {
  const answer = c[method];
  if (!answer || Array.isArray(answer)) throw new Error(`no reference for ${method}`);
  return answer;
}

/** ‖got − expected‖ / ‖expected‖ (the relative error of a vector). */
export function relativeError(got: number[], want: number[]): number {
  expect(got).toHaveLength(want.length);
  return norm(got.map((x, i) => x - want[i])) / Math.max(norm(want), 1e-300);
}

/** The four sets of 100 random matrices the issue asks for. */
export const RANDOM_SETS = ['3x10_unit', '3x10_disparate', '5x20_unit', '5x20_disparate'];

/**
 * Runs `method` on every case of `set` (or the first `limit`) and returns the largest relative error of the direction
 * (and of the weights, relative to their norm, when the reference has them), with the worst case's index.
 */
export function worstOver(
  set: string,
  method: string,
  options: Record<string, unknown> = {},
  limit = Infinity,
): { direction: number; weights: number; worst: number; count: number } {
  const cases = references()[set].slice(0, limit);
  let direction = 0;
  let weights = 0;
  let worst = -1;
  cases.forEach((c, i) => {
    const want = expected(c, method);
    const got = mtl.weighting.aggregate(method, c.g, options, { step: want.step ?? 0 });
    const d = relativeError(got.direction, want.direction);
    const w = want.weights ? relativeError(got.weights, want.weights) : 0;
    if (d > direction) worst = i;
    direction = Math.max(direction, d);
    weights = Math.max(weights, w);
  });
  return { direction, weights, worst, count: cases.length };
}
