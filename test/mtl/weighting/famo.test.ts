// FAMO (Liu et al. 2023): weights from task logits ξ updated by the change of log losses, against
// the update written out in float64 (on the shared loss harness).
import { mtl } from '../../../lib';
import { softmax, sum } from './float64';
import { L, TASKS, built, expectClose, fitsTheTwoTaskRegression, reportDeviations, resumesFromACheckpoint } from './loss-harness';

reportDeviations();

describe('FAMO (Liu et al. 2023)', () => {
  const eps = 1e-8;
  /** c_i = (z_i/L_i) / Σ_j z_j/L_j with z = softmax(ξ). */
  const famoWeights = (xi: number[], losses: number[]) => {
    const z = softmax(xi);
    const ratio = z.map((zi, i) => zi / (losses[i] + eps));
    return ratio.map((r) => r / sum(ratio));
  };
  /** ξ − β(J_softmax(ξ)ᵀ δ + γ ξ), with the Jacobian written out: J_ij = z_i(1[i=j] − z_j). */
  const famoUpdate = (xi: number[], previous: number[], now: number[], beta: number, gamma: number) => {
    const z = softmax(xi);
    const delta = previous.map((p, i) => Math.log(p + eps) - Math.log(now[i] + eps));
    const jacobian = z.map((zi, i) => z.map((zj, j) => zi * ((i === j ? 1 : 0) - zj)));
    const vjp = xi.map((_, j) => sum(jacobian.map((rowI, i) => rowI[j] * delta[i])));
    return xi.map((x, j) => x - beta * (vjp[j] + gamma * x));
  };

  test('objective Σ stopGradient(c_i) L_i: gradient c_i = (z_i/L_i)/Σ z_j/L_j, value the z-weighted harmonic mean', async () => {
    const h = await built(mtl.weighting.famo());
    const xi = [0.1, -0.2, 0.3];
    await h.assign('mtl/famo/logits', xi);
    const got = await h.run(L);
    const c = famoWeights(xi, L);
    expectClose('famo', got.gradients, c);
    expectClose('famo', got.weights, c);
    const z = softmax(xi);
    expectClose('famo', got.objective, 1 / sum(z.map((zi, i) => zi / L[i])));
    expectClose(
      'famo',
      TASKS.map((t) => got.logs[`famo_z/${t}`]),
      z,
    );
    // Equal logits, equal losses' shares: c ∝ 1/L, the gradient of Σ log L_i / K rescaled.
    await h.assign('mtl/famo/logits', [0, 0, 0]);
    const flat = await h.run(L);
    const inverse = L.map((l) => 1 / l);
    expectClose(
      'famo',
      flat.weights,
      inverse.map((v) => v / sum(inverse)),
    );
    await h.close();
  });

  test('ξ update from the change of log losses between consecutive steps', async () => {
    const beta = 0.5;
    const gamma = 0.1;
    const h = await built(mtl.weighting.famo({ learningRate: beta, weightDecay: gamma }));
    const xi0 = [0.1, -0.2, 0.3];
    await h.assign('mtl/famo/logits', xi0);
    // Step 1: nothing to compare with yet, ξ stays; the log losses are kept.
    const losses1 = [0.5, 2, 4];
    const step1 = await h.run(losses1, { train: true });
    expectClose('famo', step1.weights, famoWeights(xi0, losses1));
    expectClose('famo', await h.read('mtl/famo/logits'), xi0);
    expectClose(
      'famo',
      await h.read('mtl/famo/previous_log_losses'),
      losses1.map((l) => Math.log(l + eps)),
    );
    // Step 2: the weights still come from ξ0 (read before the update), then ξ moves.
    const losses2 = [0.4, 1.9, 4.2];
    const step2 = await h.run(losses2, { train: true });
    expectClose('famo', step2.weights, famoWeights(xi0, losses2));
    const xi1 = famoUpdate(xi0, losses1, losses2, beta, gamma);
    const got1 = await h.read('mtl/famo/logits');
    expectClose('famo', got1, xi1);
    // The step itself (ξ1 − ξ0, about 0.03), to the precision float32 subtraction leaves it.
    expectClose(
      'famo ξ step',
      got1.map((x, i) => x - xi0[i]),
      xi1.map((x, i) => x - xi0[i]),
      1e-5,
    );
    // Task c's loss rose, task a's fell most: c gains weight, a loses it.
    expect(xi1[2] - xi0[2]).toBeGreaterThan(0);
    expect(xi1[0] - xi0[0]).toBeLessThan(0);
    // Step 3 chains from the log losses of step 2.
    const losses3 = [0.3, 1.9, 4.5];
    await h.run(losses3, { train: true });
    expectClose('famo', await h.read('mtl/famo/logits'), famoUpdate(xi1, losses2, losses3, beta, gamma));
    await h.close();
  });

  test('default β = 0.025, γ = 0.001; bad options refused', async () => {
    const h = await built(mtl.weighting.famo());
    const xi0 = [0.4, 0, -0.4];
    await h.assign('mtl/famo/logits', xi0);
    await h.run([1, 1, 1], { train: true });
    await h.run([0.5, 1, 2], { train: true });
    const got = await h.read('mtl/famo/logits');
    const want = famoUpdate(xi0, [1, 1, 1], [0.5, 1, 2], 0.025, 0.001);
    expectClose('famo', got, want);
    expectClose(
      'famo ξ step',
      got.map((x, i) => x - xi0[i]),
      want.map((x, i) => x - xi0[i]),
      1e-4,
    );
    await h.close();
    expect(() => mtl.weighting.famo({ learningRate: 0 })).toThrow(/famo: learningRate must be a finite number > 0, got 0/);
    expect(() => mtl.weighting.famo({ weightDecay: -1 })).toThrow(/famo: weightDecay must be a finite number >= 0, got -1/);
  });

  fitsTheTwoTaskRegression('famo', () => mtl.weighting.famo(), [
    'mtl/famo/logits',
    'mtl/famo/previous_log_losses',
    'mtl/famo/has_previous',
  ]);

  describe("resuming from a checkpoint continues the strategy's state (the logits and last log losses)", () => {
    resumesFromACheckpoint('famo', () => mtl.weighting.famo({ learningRate: 0.5 }));
  });
});
