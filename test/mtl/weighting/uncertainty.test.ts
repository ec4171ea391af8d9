// Uncertainty weighting (Kendall et al. 2018): Σ L_i/(2e^{s_i}) + s_i/2 with learned log-variances,
// against the formula in float64 (on the shared loss harness).
import { Output, Tensor, mtl } from '../../../lib';
import { sum } from './float64';
import { L, LossHarness, TASKS, built, expectClose, fitsTheTwoTaskRegression, reportDeviations } from './loss-harness';

reportDeviations();

describe('uncertainty (Kendall et al. 2018)', () => {
  test('Σ L_i/(2e^{s_i}) + s_i/2: gradients in L and in s, weights 1/(2e^{s_i}), σ_i = e^{s_i/2}', async () => {
    const h = new LossHarness(mtl.weighting.uncertainty());
    const logVariance = h.state.variable('mtl/uncertainty/log_variance')!;
    const [dS] = h.graph.addGradients([h.result.objective!], [logVariance.handle]);
    await h.init();
    const s = [0.3, -0.2, 0.7];
    await h.assign('mtl/uncertainty/log_variance', s);
    const got = await h.run(L);
    const weights = s.map((si) => 0.5 * Math.exp(-si));
    expectClose('uncertainty', got.objective, sum(L.map((l, i) => weights[i] * l + s[i] / 2)));
    expectClose('uncertainty', got.gradients, weights);
    expectClose('uncertainty', got.weights, weights);
    expectClose(
      'uncertainty',
      TASKS.map((t) => got.logs[`sigma/${t}`]),
      s.map((si) => Math.exp(si / 2)),
    );
    const feeds: Array<[Output, Tensor]> = h.losses.map((loss, i) => [loss, Tensor.from(L[i], { dtype: 'float32', shape: [] })]);
    const [ds] = await h.session.run(feeds, [dS!]);
    // ∂/∂s_i = 1/2 − L_i/(2e^{s_i}): zero at the optimum e^{s_i} = L_i.
    expectClose(
      'uncertainty',
      Array.from(ds.data() as Float32Array),
      L.map((l, i) => 0.5 - weights[i] * l),
    );
    ds.dispose();
    feeds.forEach(([, t]) => t.dispose());
    // A fresh variable starts at the given log-variance.
    const fresh = await built(mtl.weighting.uncertainty({ initialLogVariance: Math.log(2) }));
    expectClose('uncertainty', (await fresh.run(L)).weights, [0.25, 0.25, 0.25]);
    await fresh.close();
    await h.close();
  });

  fitsTheTwoTaskRegression('uncertainty', () => mtl.weighting.uncertainty(), ['mtl/uncertainty/log_variance']);
});
