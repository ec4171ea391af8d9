// Geometric loss strategy (GLS): (Π L_i)^{1/K}, against the formula in float64 (on the shared loss harness).
import { mtl } from '../../../lib';
import { sum } from './float64';
import { L, built, expectClose, fitsTheTwoTaskRegression, reportDeviations } from './loss-harness';

reportDeviations();

describe('geometric mean (GLS)', () => {
  test('(Π L_i)^{1/K} = exp(mean log L_i); gradient weights GLS/(K L_i)', async () => {
    const h = await built(mtl.weighting.gls());
    const got = await h.run(L);
    const eps = 1e-8;
    const gls = Math.exp(sum(L.map((l) => Math.log(l + eps))) / 3);
    // ε changes nothing at float32 precision: Π L = 4, so GLS = ∛4.
    expect(gls).toBeCloseTo(Math.cbrt(4), 7);
    const weights = L.map((l) => gls / (3 * (l + eps)));
    expectClose('gls', got.objective, gls);
    expectClose('gls', got.gradients, weights);
    expectClose('gls', got.weights, weights);
    // A zero loss (no label for a task in the batch) gives finite values thanks to ε.
    const zero = await h.run([0, 2, 4]);
    expect([zero.objective, ...zero.gradients].every(Number.isFinite)).toBe(true);
    await h.close();
    expect(() => mtl.weighting.gls({ epsilon: -1 })).toThrow(/gls: epsilon must be a finite number >= 0, got -1/);
  });

  fitsTheTwoTaskRegression('gls', () => mtl.weighting.gls(), []);
});
