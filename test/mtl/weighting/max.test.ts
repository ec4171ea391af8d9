// Max: the objective is the largest task loss (on the shared loss harness).
import { mtl } from '../../../lib';
import { L, built, expectClose, fitsTheTwoTaskRegression, reportDeviations } from './loss-harness';

reportDeviations();

describe('max', () => {
  test('max: the largest loss; its gradient and weights are the one-hot of the argmax, split between ties', async () => {
    const h = await built(mtl.weighting.max());
    const got = await h.run(L);
    expectClose('max', got.objective, 4);
    expectClose('max', got.gradients, [0, 0, 1]);
    expectClose('max', got.weights, [0, 0, 1]);
    // Tied worst tasks: TensorFlow's Max gradient splits evenly, and the weights say so.
    const tie = await h.run([3, 3, 1]);
    expectClose('max', tie.objective, 3);
    expectClose('max', tie.gradients, [0.5, 0.5, 0]);
    expectClose('max', tie.weights, [0.5, 0.5, 0]);
    await h.close();
  });

  fitsTheTwoTaskRegression('max', () => mtl.weighting.max(), []);
});
