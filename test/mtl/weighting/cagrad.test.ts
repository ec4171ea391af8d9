// CAGrad: its dual solved exactly (support enumeration up to 10 tasks) or by bisection over exact
// MGDA problems beyond, against the Python reference (exact supports, 60-digit square roots).
import { mtl } from '../../../lib';
import { RANDOM_SETS, relativeError, worstOver } from './harness';
import { add, combine, dot, gramOf, matVec, scale, sum, type Matrix } from './float64';
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
afterAll(() => console.log(`cagrad:\n${report.map((line) => `  ${line}`).join('\n')}`));

/** Minimiser of a convex function on [lo, hi] by golden-section search (to float64 resolution). */
function goldenSection(f: (x: number) => number, lo: number, hi: number): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [lo, hi];
  for (let i = 0; i < 200 && b - a > 1e-15; i++) {
    const c = b - r * (b - a);
    const d = a + r * (b - a);
    if (f(c) < f(d)) b = d;
    else a = c;
  }
  return (a + b) / 2;
}

/** CAGrad's dual minimiser w* (K = 2: golden section; K = 3: nested golden section; both convex). */
function cagradDualReference(m: Matrix, c: number): number[] {
  const k = m.length;
  const b = m.map((r) => sum(r) / k);
  const sqrtPhi = c * Math.sqrt(sum(m.map(sum)) / (k * k));
  const dual = (w: number[]) => dot(w, b) + sqrtPhi * Math.sqrt(Math.max(dot(w, matVec(m, w)), 0));
  if (k === 2) {
    const x = goldenSection((t) => dual([t, 1 - t]), 0, 1);
    return [x, 1 - x];
  }
  if (k !== 3) throw new Error('cagradDualReference: K = 2 or 3');
  const inner = (a: number) => goldenSection((t) => dual([a, t, 1 - a - t]), 0, 1 - a);
  const a = goldenSection((s) => dual([s, inner(s), 1 - s - inner(s)]), 0, 1);
  const bb = inner(a);
  return [a, bb, 1 - a - bb];
}

/** CAGrad's weights from the dual minimiser: (1/K + (√φ/‖g_w‖) w)·K/divisor. */
function cagradWeightsReference(g: Matrix, c: number, divisor: number): number[] {
  const m = gramOf(g);
  const k = g.length;
  const w = cagradDualReference(m, c);
  const sqrtPhi = c * Math.sqrt(sum(m.map(sum)) / (k * k));
  const normW = Math.sqrt(dot(w, matVec(m, w)));
  return w.map((wi) => ((1 / k + (sqrtPhi / normW) * wi) * k) / divisor);
}

/** The Frank-Wolfe gap of CAGrad's dual at w: ∇F(w)·w − min_i ∇F(w)_i ≥ F(w) − F*. */
function cagradDualGap(m: Matrix, c: number, w: number[]): number {
  const k = m.length;
  const s = sum(m.map((r, i) => r[i])) / k; // the module's normalisation, so the gap is in its units
  const mh = m.map((r) => r.map((x) => x / s));
  const b = mh.map((r) => sum(r) / k);
  const sqrtPhi = c * Math.sqrt(sum(mh.map(sum)) / (k * k));
  const mw = matVec(mh, w);
  const gradient = add(b, scale(mw, sqrtPhi / Math.sqrt(dot(w, mw))));
  return dot(gradient, w) - Math.min(...gradient);
}

describe('CAGrad', () => {
  test("the issue's three tasks: d = (−2.4, 18.549, −13) (c = 0.5, divided by 1 + c², times K), by either solver", () => {
    // The dual's minimiser is the vertex w = e_3 (g_3 = (0, 0.25, 0), the Python reference's KKT check confirms it);
    // then d = K/(1 + c²)·(g0 + c‖g0‖·g3/‖g3‖) = 2.4·(g0 + 0.5‖g0‖·(0, 1, 0)) with g0 = (−3, 12.75, −16.25)/3:
    // d_1 = −2.4 and d_3 = −13 exactly, d_2 = 2.4·(4.25 + 0.5‖g0‖) = 18.5487.
    const g = [
      [1, 0.5, -0.25],
      [-4, 12, -16],
      [0, 0.25, 0],
    ];
    const g0 = [-3 / 3, 12.75 / 3, -16.25 / 3];
    const normG0 = Math.sqrt(g0.reduce((a, x) => a + x * x, 0));
    const expected = [g0[0] * 2.4, (g0[1] + 0.5 * normG0) * 2.4, g0[2] * 2.4];
    expect(expected[0]).toBeCloseTo(-2.4, 12);
    expect(expected[2]).toBeCloseTo(-13, 12);
    expect(expected[1]).toBeCloseTo(18.549, 3);
    for (const solver of ['enumerate', 'iterative']) {
      const { direction } = mtl.weighting.aggregate('cagrad', g, { solver });
      report.push(`issue case, ${solver}: d = ${direction.map((x) => x.toFixed(6)).join(', ')}`);
      expect(relativeError(direction, expected)).toBeLessThan(1e-6);
    }
    // 50 FISTA iterations gave the wrong sign on a component.
  });

  test('c = 0 is the mean gradient times K; one task is (1 + c)/(1 + c²) times its gradient', () => {
    expect(
      relativeError(
        mtl.weighting.aggregate(
          'cagrad',
          [
            [1, 0],
            [-1, 0.1],
          ],
          { c: 0 },
        ).direction,
        [0, 0.1],
      ),
    ).toBeLessThan(1e-12);
    expect(relativeError(mtl.weighting.aggregate('cagrad', [[3, 4]]).direction, [(3 * 1.5) / 1.25, (4 * 1.5) / 1.25])).toBeLessThan(1e-12);
  });

  test.each(RANDOM_SETS)('%s: 100 random matrices against the exact reference, within 1e-5 relative', (set) => {
    const result = worstOver(set, 'cagrad', { solver: 'enumerate' });
    report.push(
      `${set} enumerate: max relative error of d ${result.direction.toExponential(2)}, of the weights ${result.weights.toExponential(2)} (${result.count} matrices)`,
    );
    expect(result.count).toBe(100);
    expect(result.direction).toBeLessThan(1e-5);
    expect(result.weights).toBeLessThan(1e-5);
  });

  test('the iterative solver (bisection over exact MGDA problems) agrees to 1e-5 too, unit-scale and scale-disparate', () => {
    // Its graph has 61 while loops (about 2 s to build per aggregate call): the first 4 matrices of each set.
    for (const set of RANDOM_SETS) {
      const result = worstOver(set, 'cagrad', { solver: 'iterative' }, 4);
      report.push(`${set} iterative: max relative error of d ${result.direction.toExponential(2)}`);
      expect(result.direction).toBeLessThan(1e-5);
    }
  });

  test.each(['12x30_unit', '12x30_disparate'])('%s: twelve tasks (the iterative solver by default)', (set) => {
    const result = worstOver(set, 'cagrad');
    report.push(`${set} auto: max relative error of d ${result.direction.toExponential(2)}`);
    expect(result.direction).toBeLessThan(1e-5);
  });

  test('options are checked with invalidArgument and round-trip through getConfig', () => {
    expect(() => mtl.weighting.cagrad({ c: -1 })).toThrow(/cagrad: c must be/);
    expect(() => mtl.weighting.cagrad({ maxIterations: 0 })).toThrow(/cagrad: maxIterations/);
    const config = mtl.weighting.cagrad({ c: 0.4, rescale: 2 }).getConfig();
    expect(mtl.weighting.get('cagrad', JSON.parse(JSON.stringify(config))).getConfig()).toEqual(config);
  });
});

describe('CAGrad in a graph (float32)', () => {
  test('two tasks: the closed-form dual solution matches a golden-section search and torchjd', async () => {
    for (const [name, g] of [
      ['CONFLICTING', CONFLICTING],
      ['ALIGNED', ALIGNED],
      ['ORTHOGONAL', ORTHOGONAL],
      ['TORCHJD', TORCHJD],
    ] as const) {
      const { weights, gradient } = await once(mtl.weighting.cagrad(), g as Matrix);
      const expected = cagradWeightsReference(g as Matrix, 0.5, 1.25);
      const d = deviation(weights, expected);
      report.push(`cagrad ${name}: weights ${weights.map((x) => x.toFixed(5)).join(', ')}, deviation ${d.toExponential(2)}`);
      expect(d).toBeLessThan(1e-5);
      expect(deviation(gradient, combine(expected, g as Matrix))).toBeLessThan(1e-5);
    }
    // torchjd's CAGrad(c=0.5) returns 1/K + (√φ/‖g_w‖)w without rescaling: rescale 0, divided by K = 2.
    const plain = await once(mtl.weighting.cagrad({ rescale: 0 }), TORCHJD);
    expect(deviation(scale(plain.gradient, 1 / 2), [0.1835, 1.2041, 1.2041])).toBeLessThan(PRINTED);
    // c = 0 is the mean gradient, times K (the sum).
    expect(deviation((await once(mtl.weighting.cagrad({ c: 0 }), CONFLICTING)).gradient, [0, 0.1])).toBeLessThan(CLOSED_FORM);
  });

  test('three tasks: the dual solved exactly has a vanishing Frank-Wolfe gap and matches a nested golden-section search', async () => {
    for (const [name, g] of [
      ['THREE', THREE],
      ['PARETO_STATIONARY', PARETO_STATIONARY],
    ] as const) {
      const { weights, gradient } = await once(mtl.weighting.cagrad(), g as Matrix);
      const m = gramOf(g as Matrix);
      // Back from the weights to the dual's w: weights·(1 + c²)/K − 1/K is proportional to w.
      const raw = weights.map((x) => (x * 1.25) / 3 - 1 / 3);
      const w = scale(raw, 1 / sum(raw));
      const gap = cagradDualGap(m, 0.5, w);
      const expected = cagradWeightsReference(g as Matrix, 0.5, 1.25);
      const d = deviation(gradient, combine(expected, g as Matrix));
      report.push(`cagrad ${name}: dual Frank-Wolfe gap ${gap.toExponential(2)} (normalised Gram), deviation of d ${d.toExponential(2)}`);
      expect(gap).toBeLessThan(1e-6);
      expect(d).toBeLessThan(1e-5);
    }
  });
});

describe('CAGrad in the representation-gradient mode', () => {
  trainsTheSameInBothModes('cagrad', () => mtl.weighting.cagrad(), report);
});
