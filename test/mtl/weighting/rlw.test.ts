// Random loss weighting (RLW): softmax of normal draws per step from a seed, Σ λ_i L_i (on the shared loss harness).
import { mtl } from '../../../lib';
import { dot, sum } from './float64';
import { L, built, expectClose, fitsTheTwoTaskRegression, reportDeviations, resumesFromACheckpoint } from './loss-harness';

reportDeviations();

describe('random loss weighting (RLW)', () => {
  test('weights sum to 1, change every step, repeat for the same seed and step; objective Σ λ_i L_i', async () => {
    const h = await built(mtl.weighting.rlw({ seed: 7 }));
    const steps = await Promise.all([0, 1, 2, 3].map((step) => h.run(L, { step })));
    for (const got of steps) {
      expectClose('rlw', sum(got.weights), 1);
      expect(got.weights.every((w) => w > 0)).toBe(true);
      expectClose('rlw', got.objective, dot(got.weights, L));
      expectClose('rlw', got.gradients, got.weights);
    }
    for (let i = 1; i < steps.length; i++) expect(steps[i].weights).not.toEqual(steps[i - 1].weights);
    // Same seed and step in another graph (a resumed run): the same weights, bit for bit.
    const again = await built(mtl.weighting.rlw({ seed: 7 }));
    expect((await again.run(L, { step: 2 })).weights).toEqual(steps[2].weights);
    // Without a seed, the model's seed is used.
    const modelSeed = await built(mtl.weighting.rlw(), 7);
    expect((await modelSeed.run(L, { step: 2 })).weights).toEqual(steps[2].weights);
    const otherSeed = await built(mtl.weighting.rlw({ seed: 8 }));
    expect((await otherSeed.run(L, { step: 2 })).weights).not.toEqual(steps[2].weights);
    // By symmetry of N(0, I), E[softmax(ε)_i] = 1/K. Over 1000 steps the standard error of
    // each mean is about 0.006 (a softmax weight of 3 normals has s.d. ≈ 0.2).
    const means = [0, 0, 0];
    for (let step = 0; step < 1000; step++) (await h.run(L, { step })).weights.forEach((w, i) => (means[i] += w / 1000));
    for (const m of means) expect(Math.abs(m - 1 / 3)).toBeLessThan(0.02);
    console.log(`rlw: mean weights over 1000 steps ${means.map((m) => m.toFixed(4)).join(' ')} (expected 1/3 each)`);
    await Promise.all([h, again, modelSeed, otherSeed].map((x) => x.close()));
    expect(() => mtl.weighting.rlw({ seed: 1.5 })).toThrow(/rlw: seed must be an integer, got 1.5/);
  });

  fitsTheTwoTaskRegression('rlw', () => mtl.weighting.rlw(), []);

  describe("resuming from a checkpoint continues the strategy's state (the step)", () => {
    resumesFromACheckpoint('rlw', () => mtl.weighting.rlw());
  });
});
