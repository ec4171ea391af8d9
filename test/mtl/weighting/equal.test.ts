// Equal weighting: the objective is Σ L_i, every weight 1 (on the shared loss harness).
import { mtl } from '../../../lib';
import { L, built, expectClose, fitsTheTwoTaskRegression, reportDeviations } from './loss-harness';

reportDeviations();

describe('equal', () => {
  test('equal: Σ L_i, every weight 1', async () => {
    const h = await built(mtl.weighting.equal());
    const got = await h.run(L);
    expectClose('equal', got.objective, 6.5);
    expectClose('equal', got.gradients, [1, 1, 1]);
    expectClose('equal', got.weights, [1, 1, 1]);
    await h.close();
  });

  fitsTheTwoTaskRegression('equal', () => mtl.weighting.equal(), []);
});
