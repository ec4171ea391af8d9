// Smooth max (STCH): μ log Σ exp(w (L − z)/μ), against the formula in float64 (on the shared loss harness).
import { mtl } from '../../../lib';
import { softmax, sum } from './float64';
import { L, LossHarness, built, expectClose, fitsTheTwoTaskRegression, reportDeviations } from './loss-harness';

reportDeviations();

describe('smooth max (STCH)', () => {
  /** μ log Σ exp(w (L − z)/μ) and its gradient weights w·softmax, in float64. */
  const stch = (losses: number[], mu: number, w = [1, 1, 1], z = [0, 0, 0]) => {
    const u = losses.map((l, i) => (w[i] * (l - z[i])) / mu);
    const top = Math.max(...u);
    const value = mu * (top + Math.log(sum(u.map((x) => Math.exp(x - top)))));
    return { value, weights: softmax(u).map((s, i) => w[i] * s) };
  };

  test('default μ = 1: log Σ exp L_i, weights softmax(L)', async () => {
    const h = await built(mtl.weighting.smoothMax());
    const got = await h.run(L);
    const want = stch(L, 1);
    expect(want.value).toBeCloseTo(Math.log(Math.exp(0.5) + Math.exp(2) + Math.exp(4)), 12);
    expectClose('smoothMax', got.objective, want.value);
    expectClose('smoothMax', got.gradients, want.weights);
    expectClose('smoothMax', got.weights, want.weights);
    // Losses far beyond exp's float32 range (e^89) still give the shifted, finite value.
    const large = await h.run([1000, 1001, 999]);
    expectClose('smoothMax', large.objective, 1001 + Math.log(1 + Math.exp(-1) + Math.exp(-2)));
    expectClose('smoothMax', large.gradients, softmax([1000, 1001, 999]));
    await h.close();
  });

  test('μ, preferences and ideal point; small μ approaches the max', async () => {
    const options = { mu: 0.5, preferences: { a: 2, c: 0.5 }, idealPoint: { a: 0.1, b: 0.2, c: 0.3 } };
    const h = await built(mtl.weighting.smoothMax(options));
    const got = await h.run(L);
    const want = stch(L, 0.5, [2, 1, 0.5], [0.1, 0.2, 0.3]);
    expectClose('smoothMax', got.objective, want.value);
    expectClose('smoothMax', got.gradients, want.weights);
    expectClose('smoothMax', got.weights, want.weights);
    await h.close();
    // μ = 0.01: the other terms are e^{-200} and e^{-350} of the largest, far below float32.
    const sharp = await built(mtl.weighting.smoothMax({ mu: 0.01 }));
    const nearMax = await sharp.run(L);
    expectClose('smoothMax', nearMax.objective, 4);
    expectClose('smoothMax', nearMax.gradients, [0, 0, 1]);
    await sharp.close();
  });

  test('refuses bad options and unknown tasks', () => {
    expect(() => mtl.weighting.smoothMax({ mu: 0 })).toThrow(/smoothMax: mu must be a finite number > 0, got 0/);
    expect(() => mtl.weighting.smoothMax({ preferences: { a: 0 } })).toThrow(/preference of task "a" must be a finite number > 0, got 0/);
    expect(() => mtl.weighting.smoothMax({ idealPoint: { a: NaN } })).toThrow(/ideal point of task "a" must be a finite number, got NaN/);
    expect(() => new LossHarness(mtl.weighting.smoothMax({ idealPoint: { q: 1 } }))).toThrow(
      /idealPoint names task "q", which the model does not have/,
    );
  });

  fitsTheTwoTaskRegression('smoothMax', () => mtl.weighting.smoothMax(), []);
});
