// Nash-MTL: M̂α = 1/α by damped Newton steps in float64 until the residual meets its tolerance,
// against the Python reference (Newton in 60-digit decimals, residual checked).
import { mtl } from '../../../lib';
import { RANDOM_SETS, norm, relativeError, worstOver } from './harness';
import { add, combine, dot, gramOf, matVec, scale, solve, sub, sum, type Matrix } from './float64';
import {
  ALIGNED,
  CLOSED_FORM,
  CONFLICTING,
  ORTHOGONAL,
  THREE,
  TORCHJD,
  deviation,
  once,
  trainsTheSameInBothModes,
} from './gradient-harness';

const report: string[] = [];
afterAll(() => console.log(`nash_mtl:\n${report.map((line) => `  ${line}`).join('\n')}`));

/** Nash-MTL's α for M/‖M‖_F: float64 damped Newton run to convergence (residual printed by the test). */
function nashReference(g: Matrix): number[] {
  const m0 = gramOf(g);
  const frobenius = Math.sqrt(sum(m0.flat().map((x) => x * x)));
  const m = m0.map((r) => r.map((x) => x / frobenius));
  const k = g.length;
  let alpha = Array(k).fill(Math.sqrt(k / Math.max(sum(m.map(sum)), 1e-4 * k)));
  for (let i = 0; i < 200; i++) {
    const residual = sub(
      matVec(m, alpha),
      alpha.map((a) => 1 / a),
    );
    const hessian = m.map((r, p) => r.map((x, q) => x + (p === q ? 1 / alpha[p] ** 2 : 0)));
    const delta = scale(solve(hessian, residual), -1);
    const decrement = Math.sqrt(Math.max(dot(delta, matVec(hessian, delta)), 0));
    alpha = add(alpha, scale(delta, 1 / (1 + decrement)));
  }
  return alpha;
}

describe('Nash-MTL', () => {
  test('G = I: M̂ = I/√2, so α_i = 2^{1/4}; the default clips the update to norm 1', () => {
    expect(
      relativeError(
        mtl.weighting.aggregate(
          'nash_mtl',
          [
            [1, 0],
            [0, 1],
          ],
          { maxNorm: 0 },
        ).weights,
        [2 ** 0.25, 2 ** 0.25],
      ),
    ).toBeLessThan(1e-12);
    expect(
      norm(
        mtl.weighting.aggregate('nash_mtl', [
          [1, 0],
          [0, 1],
        ]).direction,
      ),
    ).toBeCloseTo(1, 12);
  });

  test.each([...RANDOM_SETS, '12x30_unit', '12x30_disparate'])(
    '%s: random matrices against the converged reference, within 1e-5 relative',
    (set) => {
      const result = worstOver(set, 'nash_mtl', { maxNorm: 0 });
      report.push(
        `${set}: max relative error of d ${result.direction.toExponential(2)}, of α ${result.weights.toExponential(2)} (${result.count} matrices)`,
      );
      expect(result.direction).toBeLessThan(1e-5);
      expect(result.weights).toBeLessThan(1e-5);
    },
  );

  test('options are checked with invalidArgument and round-trip through getConfig', () => {
    expect(() => mtl.weighting.nashMtl({ maxNorm: -1 })).toThrow(/nashMtl: maxNorm/);
    expect(() => mtl.weighting.nashMtl({ tolerance: 0 })).toThrow(/nashMtl: tolerance/);
    const config = mtl.weighting.nashMtl({ maxNorm: 2 }).getConfig();
    expect(mtl.weighting.get('nash_mtl', JSON.parse(JSON.stringify(config))).getConfig()).toEqual(config);
  });
});

describe('Nash-MTL in a graph (float32)', () => {
  test('Mα = 1/α by damped Newton steps to a residual tolerance, against a converged float64 solve; the update is clipped to norm 1 in parameter mode', async () => {
    for (const [name, g] of [
      ['CONFLICTING', CONFLICTING],
      ['ALIGNED', ALIGNED],
      ['ORTHOGONAL', ORTHOGONAL],
      ['TORCHJD', TORCHJD],
      ['THREE', THREE],
    ] as const) {
      const { weights, gradient, logs } = await once(mtl.weighting.nashMtl({ maxNorm: 0 }), g as Matrix);
      const expected = nashReference(g as Matrix);
      const d = deviation(weights, expected);
      report.push(
        `nash_mtl ${name}: ‖M̂α − 1/α‖ ${logs['nash_mtl/residual'].toExponential(2)} (float32), α deviation ${d.toExponential(2)}`,
      );
      expect(logs['nash_mtl/residual']).toBeLessThan(1e-5);
      expect(d).toBeLessThan(1e-5);
      expect(deviation(gradient, combine(expected, g as Matrix))).toBeLessThan(1e-5);
    }
    // G = I: M̂ = I/√2, so α_i = 2^{1/4}.
    expect(deviation((await once(mtl.weighting.nashMtl({ maxNorm: 0 }), ORTHOGONAL)).weights, [2 ** 0.25, 2 ** 0.25])).toBeLessThan(
      CLOSED_FORM,
    );
    // torchjd (20 CCP steps, stopping at a residual of 1e-3, then clipped to norm 1).
    const clipped = await once(mtl.weighting.nashMtl(), TORCHJD);
    expect(norm(clipped.gradient)).toBeCloseTo(1, 5);
    expect(deviation(clipped.gradient, [0.0542, 0.7061, 0.7061])).toBeLessThan(1e-3);
  });
});

describe('Nash-MTL in the representation-gradient mode', () => {
  // The clipping acts on the parameter gradient only, so it is off for the comparison.
  trainsTheSameInBothModes('nash_mtl', () => mtl.weighting.nashMtl({ maxNorm: 0 }), report);
});
