// mtl.weighting.aggregate: a gradient-based method on a host gradient matrix (float64). Each
// method's numbers are in its own file; here the refusals common to every method.
import { mtl } from '../../../lib';

describe('aggregate', () => {
  test('aggregate refuses loss-based methods and GradNorm, unknown names and ragged matrices, with invalidArgument', () => {
    expect(() => mtl.weighting.aggregate('uncertainty', [[1, 2]])).toThrow(
      /aggregate: "uncertainty" does not combine a gradient matrix \(it needs the model's task losses\)/,
    );
    expect(() => mtl.weighting.aggregate('gradnorm', [[1, 2]])).toThrow(/needs the model's shared layer/);
    expect(() => mtl.weighting.aggregate('mgda2', [[1, 2]])).toThrow(/weighting.get: unknown weighting "mgda2"/);
    expect(() => mtl.weighting.aggregate('mgda', [[1, 2], [3]])).toThrow(/row 1 of the gradient matrix has 1 entries, expected 2/);
    expect(() => mtl.weighting.aggregate('mgda', [[1, NaN]])).toThrow(/entry \[0\]\[1\] of the gradient matrix must be a finite number/);
    expect(() => mtl.weighting.aggregate('mgda', [])).toThrow(/non-empty array of rows/);
  });
});
