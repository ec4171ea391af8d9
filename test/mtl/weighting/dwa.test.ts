// Dynamic weight average (DWA, Liu et al. 2019): K·softmax of the epoch-mean loss ratios over a
// temperature, against the rule in float64 and against the losses the trainer recorded (on the
// shared loss harness).
import { mtl } from '../../../lib';
import { dot, softmax, sum } from './float64';
import {
  L,
  built,
  expectClose,
  fitsTheTwoTaskRegression,
  regressionData,
  reportDeviations,
  resumesFromACheckpoint,
  twoTaskModel,
} from './loss-harness';

reportDeviations();

describe('dynamic weight average (DWA, Liu et al. 2019)', () => {
  /** K·softmax(r/T), r_i = L̄_i(t−1)/L̄_i(t−2). */
  const dwaWeights = (last: number[], beforeLast: number[], temperature = 2) =>
    softmax(last.map((l, i) => l / beforeLast[i] / temperature)).map((s) => s * last.length);

  test('weights 1 for two epochs, then K·softmax(r/T) from the epoch-mean loss ratios', async () => {
    const h = await built(mtl.weighting.dwa());
    const hook = h.result.onEpochEnd!;
    const epochs = [
      [1, 2, 4],
      [0.5, 1.8, 4.4],
      [0.25, 1.7, 4.4],
    ];
    await hook(0, { a: 1, b: 2, c: 4 }, h.session);
    let got = await h.run(L);
    expectClose('dwa', got.weights, [1, 1, 1]);
    expectClose('dwa', got.objective, sum(L));
    await hook(1, { a: 0.5, b: 1.8, c: 4.4 }, h.session);
    got = await h.run(L);
    const third = dwaWeights(epochs[1], epochs[0]);
    expectClose('dwa', got.weights, third);
    expectClose('dwa', got.gradients, third);
    expectClose('dwa', got.objective, dot(third, L));
    await hook(2, { a: 0.25, b: 1.7, c: 4.4 }, h.session);
    got = await h.run(L);
    expectClose('dwa', got.weights, dwaWeights(epochs[2], epochs[1]));
    expect(await h.read('mtl/dwa/epochs_seen')).toEqual([3]);
    await h.close();
    // T = 0.5 sharpens: the same ratios weigh task c (slowest) more.
    const sharp = await built(mtl.weighting.dwa({ temperature: 0.5 }));
    await sharp.result.onEpochEnd!(0, { a: 1, b: 2, c: 4 }, sharp.session);
    await sharp.result.onEpochEnd!(1, { a: 0.5, b: 1.8, c: 4.4 }, sharp.session);
    expectClose('dwa', (await sharp.run(L)).weights, dwaWeights(epochs[1], epochs[0], 0.5));
    await sharp.close();
    expect(() => mtl.weighting.dwa({ temperature: 0 })).toThrow(/dwa: temperature must be a finite number > 0, got 0/);
  });

  test('in fit: epochs 3 and 4 use the weights from the recorded epoch losses', async () => {
    const { model } = twoTaskModel(mtl.weighting.dwa());
    const history = await model.fit(regressionData(), { epochs: 4, batchSize: 32, verbose: false });
    const h = history.history;
    for (const epoch of [0, 1]) expectClose('dwa (fit)', [h['weight/y1'][epoch], h['weight/y2'][epoch]], [1, 1]);
    for (const epoch of [2, 3]) {
      const last = [h.y1_loss[epoch - 1], h.y2_loss[epoch - 1]];
      const beforeLast = [h.y1_loss[epoch - 2], h.y2_loss[epoch - 2]];
      const weights = dwaWeights(last, beforeLast);
      // The logged weight is the epoch mean of a value constant within the epoch.
      expectClose('dwa (fit)', [h['weight/y1'][epoch], h['weight/y2'][epoch]], weights);
      // So the epoch-mean objective is Σ w_i · (epoch-mean L_i), up to float32 sums.
      expectClose('dwa (fit) loss', h.loss[epoch], dot(weights, [h.y1_loss[epoch], h.y2_loss[epoch]]), 1e-5);
    }
    console.log(
      `dwa in fit: task losses ${h.y1_loss.map((v) => v.toFixed(4)).join(' ')} / ${h.y2_loss.map((v) => v.toFixed(4)).join(' ')}; weights ${h['weight/y1'].map((v) => v.toFixed(4)).join(' ')} / ${h['weight/y2'].map((v) => v.toFixed(4)).join(' ')}`,
    );
    await model.close();
  });

  fitsTheTwoTaskRegression('dwa', () => mtl.weighting.dwa(), ['mtl/dwa/weights', 'mtl/dwa/last_epoch_losses', 'mtl/dwa/epochs_seen']);

  describe("resuming from a checkpoint continues the strategy's state (the last epochs' mean losses)", () => {
    resumesFromACheckpoint('dwa', () => mtl.weighting.dwa());
  });
});
