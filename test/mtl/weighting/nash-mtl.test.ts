// Nash-MTL: M̂α = 1/α by damped Newton steps in float64 until the residual meets its tolerance,
// against the Python reference (Newton in 60-digit decimals, residual checked).
import { mtl } from '../../../lib';
import { RANDOM_SETS, norm, relativeError, worstOver } from './harness';

const report: string[] = [];
afterAll(() => console.log(`nash_mtl:\n${report.map((line) => `  ${line}`).join('\n')}`));

describe('Nash-MTL', () => {
  test('G = I: M̂ = I/√2, so α_i = 2^{1/4}; the default clips the update to norm 1', () => {
    expect(relativeError(mtl.weighting.aggregate('nash_mtl', [[1, 0], [0, 1]], { maxNorm: 0 }).weights, [2 ** 0.25, 2 ** 0.25])).toBeLessThan(1e-12);
    expect(norm(mtl.weighting.aggregate('nash_mtl', [[1, 0], [0, 1]]).direction)).toBeCloseTo(1, 12);
  });

  test.each([...RANDOM_SETS, '12x30_unit', '12x30_disparate'])('%s: random matrices against the converged reference, within 1e-5 relative', (set) => {
    const result = worstOver(set, 'nash_mtl', { maxNorm: 0 });
    report.push(`${set}: max relative error of d ${result.direction.toExponential(2)}, of α ${result.weights.toExponential(2)} (${result.count} matrices)`);
    expect(result.direction).toBeLessThan(1e-5);
    expect(result.weights).toBeLessThan(1e-5);
  });

  test('options are checked with invalidArgument and round-trip through getConfig', () => {
    expect(() => mtl.weighting.nashMtl({ maxNorm: -1 })).toThrow(/nashMtl: maxNorm/);
    expect(() => mtl.weighting.nashMtl({ tolerance: 0 })).toThrow(/nashMtl: tolerance/);
    const config = mtl.weighting.nashMtl({ maxNorm: 2 }).getConfig();
    expect(mtl.weighting.get('nash_mtl', JSON.parse(JSON.stringify(config))).getConfig()).toEqual(config);
  });
});
