// UPGrad: the K projections onto the dual cone solved exactly (support enumeration up to 10 tasks)
// or to a residual tolerance (projected gradient beyond), against the Python reference (exact QPs).
import { mtl } from '../../../lib';
import { RANDOM_SETS, relativeError, worstOver } from './harness';
import { add, dot, gramOf, matVec, norm, scale, solve, subsets, sum, unitVector, type Matrix } from './float64';
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
  trainsTheSameInBothModes,
} from './gradient-harness';

const report: string[] = [];
afterAll(() => console.log(`upgrad:\n${report.map((line) => `  ${line}`).join('\n')}`));

/** UPGrad's weights: Σ_i argmin_{v ≥ e_i/K} vᵀM̂v with M̂ = M/tr(M) + 1e-4·I, each QP exact by support enumeration. */
function upgradReference(g: Matrix): number[] {
  const k = g.length;
  const m0 = gramOf(g);
  const tr = sum(m0.map((r, i) => r[i]));
  const m = m0.map((r, i) => r.map((x, j) => x / tr + (i === j ? 1e-4 : 0)));
  const projections = Array.from({ length: k }, (_, i) => {
    const u = scale(unitVector(k, i), 1 / k);
    const mu = matVec(m, u);
    const candidates = [[], ...subsets(k)].map((support) => {
      const lambda = Array(k).fill(0);
      if (support.length) {
        const x = solve(
          support.map((p) => support.map((q) => m[p][q])),
          support.map((p) => -mu[p]),
        );
        support.forEach((p, s) => (lambda[p] = x[s]));
      }
      const v = add(u, lambda);
      const gradient = matVec(m, v);
      const feasible = lambda.every((l) => l >= -1e-12) && gradient.every((x, p) => support.includes(p) || x >= -1e-12);
      return { v, feasible, value: dot(v, gradient) };
    });
    const best = candidates.filter((cand) => cand.feasible).sort((x, y) => x.value - y.value)[0];
    if (!best) throw new Error('upgradReference: no feasible support');
    return best.v;
  });
  return projections.reduce(add);
}

describe('UPGrad', () => {
  test("torchjd's example J = [[-4, 1, 1], [6, 1, 1]] gives (0.2929, 1.9004, 1.9004); no conflict leaves the mean", () => {
    for (const solver of ['enumerate', 'iterative']) {
      expect(
        relativeError(
          mtl.weighting.aggregate(
            'upgrad',
            [
              [-4, 1, 1],
              [6, 1, 1],
            ],
            { solver },
          ).direction,
          [0.2929, 1.9004, 1.9004],
        ),
      ).toBeLessThan(5e-5);
      expect(
        relativeError(
          mtl.weighting.aggregate(
            'upgrad',
            [
              [1, 0.2],
              [0.8, 0.4],
            ],
            { solver },
          ).weights,
          [0.5, 0.5],
        ),
      ).toBeLessThan(1e-12);
    }
  });

  test.each(RANDOM_SETS)('%s: 100 random matrices against the exact reference, within 1e-5 relative (both solvers)', (set) => {
    for (const solver of ['enumerate', 'iterative']) {
      const result = worstOver(set, 'upgrad', { solver });
      report.push(
        `${set} ${solver}: max relative error of d ${result.direction.toExponential(2)}, of the weights ${result.weights.toExponential(2)} (${result.count} matrices)`,
      );
      expect(result.count).toBe(100);
      expect(result.direction).toBeLessThan(1e-5);
      expect(result.weights).toBeLessThan(1e-5);
    }
  });

  test.each(['12x30_unit', '12x30_disparate'])('%s: twelve tasks (the iterative solver by default)', (set) => {
    const result = worstOver(set, 'upgrad');
    report.push(`${set} auto: max relative error of d ${result.direction.toExponential(2)}`);
    expect(result.direction).toBeLessThan(1e-5);
  });

  test('options are checked with invalidArgument and round-trip through getConfig', () => {
    expect(() => mtl.weighting.upgrad({ maxIterations: 1.5 })).toThrow(/upgrad: maxIterations/);
    expect(() => mtl.weighting.upgrad({ regEps: 0 })).toThrow(/upgrad: normEps must be >= 0 and regEps > 0/);
    const config = mtl.weighting.upgrad({ regEps: 1e-3 }).getConfig();
    expect(mtl.weighting.get('upgrad', JSON.parse(JSON.stringify(config))).getConfig()).toEqual(config);
  });
});

describe('UPGrad in a graph (float32)', () => {
  test('each task gradient projected on the dual cone, against the exact QP solutions; the update conflicts with no task', async () => {
    for (const [name, g] of [
      ['CONFLICTING', CONFLICTING],
      ['ALIGNED', ALIGNED],
      ['ORTHOGONAL', ORTHOGONAL],
      ['TORCHJD', TORCHJD],
      ['THREE', THREE],
      ['PARETO_STATIONARY', PARETO_STATIONARY],
    ] as const) {
      const { weights, gradient } = await once(mtl.weighting.upgrad(), g as Matrix);
      const expected = upgradReference(g as Matrix);
      const d = deviation(weights, expected);
      // No conflict: the QPs' KKT conditions (M/tr + εI)v_k ≥ 0 sum to g_i·d ≥ −ε·tr(M)·weights_i (ε = 1e-4),
      // which is g_i·d ≥ 0 but for the regularisation. PARETO_STATIONARY's dual cone is {0}: there d ≈ 0.
      const m = gramOf(g as Matrix);
      const tr = sum(m.map((r, i) => r[i]));
      const slack = Math.min(...(g as Matrix).map((gi, i) => dot(gi, gradient) + 1e-4 * tr * weights[i]));
      report.push(
        `upgrad ${name}: weights ${weights.map((x) => x.toFixed(5)).join(', ')}, deviation ${d.toExponential(2)}, min_i g_i·d + ε·tr·w_i ${slack.toExponential(2)}, ‖d‖ ${norm(gradient).toExponential(2)}`,
      );
      expect(d).toBeLessThan(1e-5);
      expect(slack).toBeGreaterThan(-1e-6);
    }
    expect(deviation((await once(mtl.weighting.upgrad(), TORCHJD)).gradient, [0.2929, 1.9004, 1.9004])).toBeLessThan(PRINTED);
    // No conflict: every e_i/K is already in the dual cone, and UPGrad is the mean.
    expect(deviation((await once(mtl.weighting.upgrad(), ALIGNED)).weights, [0.5, 0.5])).toBeLessThan(CLOSED_FORM);
  });
});

describe('UPGrad in the representation-gradient mode', () => {
  trainsTheSameInBothModes('upgrad', () => mtl.weighting.upgrad(), report);
});
