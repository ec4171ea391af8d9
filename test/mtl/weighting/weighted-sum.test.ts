// Weighted sum: Σ w_i L_i with fixed task weights (on the shared loss harness).
import { mtl } from '../../../lib';
import { L, LossHarness, built, expectClose, fitsTheTwoTaskRegression, reportDeviations } from './loss-harness';

reportDeviations();

describe('weightedSum', () => {
  test('weightedSum: Σ w_i L_i, unnamed tasks weigh 1; bad weights and unknown tasks are refused', async () => {
    const h = await built(mtl.weighting.weightedSum({ a: 0.2, c: 3 }));
    const got = await h.run(L);
    expectClose('weightedSum', got.objective, 0.2 * 0.5 + 2 + 3 * 4);
    expectClose('weightedSum', got.gradients, [0.2, 1, 3]);
    expectClose('weightedSum', got.weights, [0.2, 1, 3]);
    await h.close();
    expect(() => mtl.weighting.weightedSum({ a: -1 })).toThrow(/weight of task "a" must be a finite number >= 0, got -1/);
    expect(() => new LossHarness(mtl.weighting.weightedSum({ z: 1 }))).toThrow(
      /names task "z", which the model does not have \(tasks: a, b, c\)/,
    );
  });

  fitsTheTwoTaskRegression('weightedSum', () => mtl.weighting.weightedSum({ y1: 1, y2: 0.5 }), []);
});
