// PCGrad and GradVac's first step (targets 0: the same projection rule) through aggregate, against
// the Python reference's projections in the same per-step task orders (the orders' random keys from
// TensorFlow's StatelessRandomUniform with the same seed and step; the rule in numpy).
import { mtl } from '../../../lib';
import { RANDOM_SETS, worstOver } from './harness';

const report: string[] = [];
afterAll(() => console.log(`pcgrad / gradvac:\n${report.map((line) => `  ${line}`).join('\n')}`));

describe('PCGrad and GradVac (first step)', () => {
  test.each(RANDOM_SETS)('%s: 100 random matrices, one step each, within 1e-5 relative', (set) => {
    for (const method of ['pcgrad', 'gradvac']) {
      const result = worstOver(set, method);
      report.push(`${set} ${method}: max relative error of d ${result.direction.toExponential(2)} (${result.count} matrices)`);
      expect(result.count).toBe(100);
      expect(result.direction).toBeLessThan(1e-5);
    }
  });

  test('aggregate refuses loss-based methods and GradNorm, unknown names and ragged matrices, with invalidArgument', () => {
    expect(() => mtl.weighting.aggregate('uncertainty', [[1, 2]])).toThrow(/aggregate: "uncertainty" does not combine a gradient matrix \(it needs the model's task losses\)/);
    expect(() => mtl.weighting.aggregate('gradnorm', [[1, 2]])).toThrow(/needs the model's shared layer/);
    expect(() => mtl.weighting.aggregate('mgda2', [[1, 2]])).toThrow(/weighting.get: unknown weighting "mgda2"/);
    expect(() => mtl.weighting.aggregate('mgda', [[1, 2], [3]])).toThrow(/row 1 of the gradient matrix has 1 entries, expected 2/);
    expect(() => mtl.weighting.aggregate('mgda', [[1, NaN]])).toThrow(/entry \[0\]\[1\] of the gradient matrix must be a finite number/);
    expect(() => mtl.weighting.aggregate('mgda', [])).toThrow(/non-empty array of rows/);
  });
});
