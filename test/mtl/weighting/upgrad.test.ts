// UPGrad: the K projections onto the dual cone solved exactly (support enumeration up to 10 tasks)
// or to a residual tolerance (projected gradient beyond), against the Python reference (exact QPs).
import { mtl } from '../../../lib';
import { RANDOM_SETS, relativeError, worstOver } from './harness';

const report: string[] = [];
afterAll(() => console.log(`upgrad:\n${report.map((line) => `  ${line}`).join('\n')}`));

describe('UPGrad', () => {
  test('torchjd\'s example J = [[-4, 1, 1], [6, 1, 1]] gives (0.2929, 1.9004, 1.9004); no conflict leaves the mean', () => {
    for (const solver of ['enumerate', 'iterative']) {
      expect(relativeError(mtl.weighting.aggregate('upgrad', [[-4, 1, 1], [6, 1, 1]], { solver }).direction, [0.2929, 1.9004, 1.9004])).toBeLessThan(5e-5);
      expect(relativeError(mtl.weighting.aggregate('upgrad', [[1, 0.2], [0.8, 0.4]], { solver }).weights, [0.5, 0.5])).toBeLessThan(1e-12);
    }
  });

  test.each(RANDOM_SETS)('%s: 100 random matrices against the exact reference, within 1e-5 relative (both solvers)', (set) => {
    for (const solver of ['enumerate', 'iterative']) {
      const result = worstOver(set, 'upgrad', { solver });
      report.push(`${set} ${solver}: max relative error of d ${result.direction.toExponential(2)}, of the weights ${result.weights.toExponential(2)} (${result.count} matrices)`);
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
