// MGDA: the min-norm point of the convex hull of the task gradients, exact (support enumeration up
// to 10 tasks, Wolfe's active-set method beyond), against the Python reference's exact solutions.
import { mtl } from '../../../lib';
import { RANDOM_SETS, relativeError, worstOver } from './harness';
import { combine, dot, gramOf, matVec, norm, solve, subsets, sub, sum, type Matrix } from './float64';
import {
  ALIGNED,
  CLOSED_FORM,
  CONFLICTING,
  ORTHOGONAL,
  PARETO_STATIONARY,
  PRINTED,
  THREE,
  TORCHJD,
  deviation,
  once,
  trainsAReluTrunkInRepresentationMode,
  trainsTheSameInBothModes,
} from './gradient-harness';

const report: string[] = [];
afterAll(() => console.log(`mgda:\n${report.map((line) => `  ${line}`).join('\n')}`));

/** The min-norm point of the convex hull of the rows (exact: KKT on every support). */
function minNormReference(g: Matrix): number[] {
  const m = gramOf(g);
  const k = g.length;
  let best: { alpha: number[]; value: number } | null = null;
  for (const support of subsets(k)) {
    // [M_SS 1; 1ᵀ 0][α_S; ν] = [0; 1]: (Mα)_S = −ν, Σα = 1.
    const size = support.length;
    const system = [...support.map((i) => [...support.map((j) => m[i][j]), 1]), [...Array(size).fill(1), 0]];
    let x: number[];
    try {
      x = solve(system, [...Array(size).fill(0), 1]);
    } catch {
      continue;
    }
    const alpha = Array(k).fill(0);
    support.forEach((i, s) => (alpha[i] = x[s]));
    if (alpha.some((a) => a < -1e-12)) continue;
    const ma = matVec(m, alpha);
    const value = dot(alpha, ma);
    if (ma.some((v, i) => !support.includes(i) && v < value - 1e-12)) continue;
    if (!best || value < best.value) best = { alpha, value };
  }
  if (!best) throw new Error('minNormReference: no feasible support');
  return best.alpha;
}

describe('MGDA', () => {
  test("the issue's three tasks: d* = (28, 32)/113 with weights (53, 0, 60)/113, by either solver", () => {
    // The hull's closest point to 0 lies on the edge g1–g3: α = (g3·(g3 − g1))/‖g1 − g3‖² = 60/113 on g3.
    const g = [
      [-4, 4],
      [2, 3],
      [4, -3],
    ];
    for (const solver of ['enumerate', 'active-set', 'auto']) {
      const { direction, weights } = mtl.weighting.aggregate('mgda', g, { solver });
      expect(relativeError(weights, [53 / 113, 0, 60 / 113])).toBeLessThan(1e-6);
      expect(relativeError(direction, [28 / 113, 32 / 113])).toBeLessThan(1e-6);
    }
    // Frank-Wolfe with 50 iterations gave (0.395, 0.495).
  });

  test("two tasks and degenerate hulls: the segment's closest point, a vertex, the origin inside the hull, equal gradients", () => {
    expect(
      relativeError(
        mtl.weighting.aggregate('mgda', [
          [1, 0],
          [-1, 0.1],
        ]).weights,
        [2.01 / 4.01, 2 / 4.01],
      ),
    ).toBeLessThan(1e-12);
    expect(
      relativeError(
        mtl.weighting.aggregate('mgda', [
          [1, 0.2],
          [0.8, 0.4],
        ]).weights,
        [0, 1],
      ),
    ).toBeLessThan(1e-12);
    // 0 = 0.4·g1 + 0.4·g2 + 0.2·g3: the update is 0 (Pareto-stationary).
    const stationary = mtl.weighting.aggregate('mgda', [
      [1, 0],
      [-1, 0.5],
      [0, -1],
    ]);
    expect(Math.max(...stationary.direction.map(Math.abs))).toBeLessThan(1e-12);
    expect(Math.abs(stationary.weights.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
    // Equal gradients (a singular KKT system on their common support): the update is that gradient.
    // The segment (1, 2)–(3, −1): α = (g3·(g3 − g1))/‖g1 − g3‖² = 9/13 on (1, 2), split in any way between the copies.
    expect(
      relativeError(
        mtl.weighting.aggregate('mgda', [
          [1, 2],
          [1, 2],
          [3, -1],
        ]).direction,
        [21 / 13, 14 / 13],
      ),
    ).toBeLessThan(1e-12);
    expect(
      relativeError(
        mtl.weighting.aggregate(
          'mgda',
          [
            [1, 0],
            [0, 1],
          ],
          { rescale: true },
        ).direction,
        [1, 1],
      ),
    ).toBeLessThan(1e-12);
  });

  test.each(RANDOM_SETS)('%s: 100 random matrices against the exact reference, within 1e-5 relative (both solvers)', (set) => {
    for (const solver of ['enumerate', 'active-set']) {
      const result = worstOver(set, 'mgda', { solver });
      report.push(
        `${set} ${solver}: max relative error of d ${result.direction.toExponential(2)}, of the weights ${result.weights.toExponential(2)} (${result.count} matrices)`,
      );
      expect(result.count).toBe(100);
      expect(result.direction).toBeLessThan(1e-5);
      expect(result.weights).toBeLessThan(1e-5);
    }
  });

  test.each(['12x30_unit', '12x30_disparate'])('%s: twelve tasks (the active-set solver by default)', (set) => {
    const result = worstOver(set, 'mgda');
    report.push(
      `${set} auto: max relative error of d ${result.direction.toExponential(2)}, of the weights ${result.weights.toExponential(2)}`,
    );
    expect(result.direction).toBeLessThan(1e-5);
  });

  test('options are checked when the strategy is made, and round-trip through getConfig', () => {
    expect(() => mtl.weighting.mgda({ tolerance: 0 })).toThrow(/mgda: tolerance must be/);
    expect(() => mtl.weighting.mgda({ solver: 'newton' as never })).toThrow(/mgda: solver must be/);
    const config = mtl.weighting.mgda({ rescale: true }).getConfig();
    expect(mtl.weighting.get('mgda', JSON.parse(JSON.stringify(config))).getConfig()).toEqual(config);
  });
});

describe('MGDA in a graph (float32)', () => {
  test('two tasks: the min-norm point of the segment, exactly', async () => {
    // α1 = (g2·(g2 − g1))/‖g1 − g2‖² = (1.01 + 1)/(4 + 0.01), clipped to [0, 1].
    const a = 2.01 / 4.01;
    const conflicting = await once(mtl.weighting.mgda(), CONFLICTING);
    expect(deviation(conflicting.weights, [a, 1 - a])).toBeLessThan(CLOSED_FORM);
    expect(deviation(conflicting.gradient, combine([a, 1 - a], CONFLICTING))).toBeLessThan(CLOSED_FORM);
    // Aligned: g2 is the shorter and g1·g2 = 0.88 ≥ ‖g2‖² = 0.8, so the answer is the vertex g2.
    expect(deviation((await once(mtl.weighting.mgda(), ALIGNED)).weights, [0, 1])).toBeLessThan(CLOSED_FORM);
    expect(deviation((await once(mtl.weighting.mgda(), ORTHOGONAL)).gradient, [0.5, 0.5])).toBeLessThan(CLOSED_FORM);
    expect(deviation((await once(mtl.weighting.mgda(), TORCHJD)).gradient, [0, 1, 1])).toBeLessThan(PRINTED);
    expect(deviation((await once(mtl.weighting.mgda({ rescale: true }), ORTHOGONAL)).gradient, [1, 1])).toBeLessThan(CLOSED_FORM);
  });

  test('three tasks: the exact min-norm point (its Frank-Wolfe gap vanishes up to float32 rounding of G)', async () => {
    for (const [name, g] of [
      ['THREE', THREE],
      ['PARETO_STATIONARY', PARETO_STATIONARY],
    ] as const) {
      const { weights, gradient } = await once(mtl.weighting.mgda(), g as Matrix);
      const m = gramOf(g as Matrix);
      const ma = matVec(m, weights);
      // Frank-Wolfe gap αᵀMα − min_i (Mα)_i ≥ f(α) − f* ≥ ½‖d − d*‖² for f = ½‖Gᵀα‖².
      const gap = dot(weights, ma) - Math.min(...ma);
      const exact = combine(minNormReference(g as Matrix), g as Matrix);
      const distance = norm(sub(gradient, exact));
      report.push(
        `mgda ${name}: Frank-Wolfe gap ${gap.toExponential(2)}, ‖d − d*‖ ${distance.toExponential(2)} (bound √(2·gap) ${Math.sqrt(2 * Math.max(gap, 0)).toExponential(2)}), ‖d*‖ ${norm(exact).toExponential(2)}`,
      );
      expect(Math.abs(sum(weights) - 1)).toBeLessThan(1e-6);
      expect(Math.min(...weights)).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(1e-6);
      expect(distance).toBeLessThan(1e-6);
      expect(distance).toBeLessThanOrEqual(Math.sqrt(2 * Math.max(gap, 0)) + 1e-6);
    }
  });
});

describe('MGDA in the representation-gradient mode', () => {
  trainsTheSameInBothModes('mgda', () => mtl.weighting.mgda(), report);
  trainsAReluTrunkInRepresentationMode('mgda', () => mtl.weighting.mgda());
});
