// CAGrad: its dual solved exactly (support enumeration up to 10 tasks) or by bisection over exact
// MGDA problems beyond, against the Python reference (exact supports, 60-digit square roots).
import { mtl } from '../../../lib';
import { RANDOM_SETS, relativeError, worstOver } from './harness';

const report: string[] = [];
afterAll(() => console.log(`cagrad:\n${report.map((line) => `  ${line}`).join('\n')}`));

describe('CAGrad', () => {
  test('the issue\'s three tasks: d = (−2.4, 18.549, −13) (c = 0.5, divided by 1 + c², times K), by either solver', () => {
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
    expect(relativeError(mtl.weighting.aggregate('cagrad', [[1, 0], [-1, 0.1]], { c: 0 }).direction, [0, 0.1])).toBeLessThan(1e-12);
    expect(relativeError(mtl.weighting.aggregate('cagrad', [[3, 4]]).direction, [(3 * 1.5) / 1.25, (4 * 1.5) / 1.25])).toBeLessThan(1e-12);
  });

  test.each(RANDOM_SETS)('%s: 100 random matrices against the exact reference, within 1e-5 relative', (set) => {
    const result = worstOver(set, 'cagrad', { solver: 'enumerate' });
    report.push(`${set} enumerate: max relative error of d ${result.direction.toExponential(2)}, of the weights ${result.weights.toExponential(2)} (${result.count} matrices)`);
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
