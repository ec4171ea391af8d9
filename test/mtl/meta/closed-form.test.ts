// First-order MAML, Reptile and joint pre-training updates against their closed forms on a
// one-weight linear learner y = w·x + b with mean squared error, computed here in float64.
import { Output, ops, optimizers, mtl } from '../../../lib';
import { tempDir } from '../../support/tmp';

jest.setTimeout(60_000);

/** y = w·x + b per task: w, b of shape [1], so per-task weights are [tasks, 1]. */
const linear = mtl.meta.learner({
  name: 'linear',
  inputShape: [1],
  outputShape: [1],
  parameters: [
    { name: 'w', shape: [1], initializer: 'zeros' },
    { name: 'b', shape: [1], initializer: 'zeros' },
  ],
  forward(weights, x) {
    const one = ops.constant(x.graph, 1, 'int32');
    const w: Output = ops.expandDims(weights.w, one);
    const b: Output = ops.expandDims(weights.b, one);
    return ops.addV2(ops.mul(x, w), b);
  },
});

interface Split {
  x: number[];
  y: number[];
}
const tasks = [
  { support: { x: [0.5, -1, 2], y: [1, 0.2, -0.7] }, query: { x: [1.5, -0.3], y: [0.4, 2] } },
  { support: { x: [-2, 0.1, 0.7], y: [-1, 1.1, 0.3] }, query: { x: [0.9, 1.2], y: [-0.5, 0.8] } },
];

/** ∇ of mean((w x + b − y)²) at (w, b). */
function gradient([w, b]: number[], { x, y }: Split): number[] {
  let gw = 0;
  let gb = 0;
  x.forEach((xi, i) => {
    const r = w * xi + b - y[i];
    gw += (2 * r * xi) / x.length;
    gb += (2 * r) / x.length;
  });
  return [gw, gb];
}
const step = (theta: number[], g: number[], rate: number) => theta.map((t, i) => t - rate * g[i]);

const START = { w: [0.3], b: [-0.2] };
const THETA = [0.3, -0.2];

function expectClose(got: Record<string, Float32Array>, want: number[]) {
  expect(got.w[0]).toBeCloseTo(want[0], 5);
  expect(got.b[0]).toBeCloseTo(want[1], 5);
}

describe('mtl.meta closed forms on a linear learner', () => {
  test('first-order MAML: θ − η·mean_i ∇L_query,i(θ − α∇L_support,i(θ))', async () => {
    const alpha = 0.1;
    const eta = 0.05;
    const meta = mtl.meta.maml({
      learner: linear,
      loss: 'mse',
      firstOrder: true,
      innerLearningRate: alpha,
      optimizer: optimizers.sgd({ learningRate: eta }),
    });
    try {
      await meta.setWeights(START);
      const grads = tasks.map((t) => gradient(step(THETA, gradient(THETA, t.support), alpha), t.query));
      const mean = [0, 1].map((k) => (grads[0][k] + grads[1][k]) / 2);
      expectClose(await meta.metaGradients(tasks), mean);
      await meta.step(tasks);
      expectClose(await meta.getWeights(), step(THETA, mean, eta));
    } finally {
      await meta.close();
    }
  });

  test('second-order MAML on this learner: the first-order term times (I − α·H_support), H = 2·mean([x², x; x, 1])', async () => {
    const alpha = 0.1;
    const meta = mtl.meta.maml({ learner: linear, loss: 'mse', innerLearningRate: alpha });
    try {
      await meta.setWeights(START);
      const per = tasks.map((t) => {
        const phi = step(THETA, gradient(THETA, t.support), alpha);
        const gq = gradient(phi, t.query);
        const n = t.support.x.length;
        const h = [
          [(2 * t.support.x.reduce((a, x) => a + x * x, 0)) / n, (2 * t.support.x.reduce((a, x) => a + x, 0)) / n],
          [(2 * t.support.x.reduce((a, x) => a + x, 0)) / n, 2],
        ];
        return [0, 1].map((k) => gq[k] - alpha * (h[0][k] * gq[0] + h[1][k] * gq[1]));
      });
      expectClose(
        await meta.metaGradients(tasks),
        [0, 1].map((k) => (per[0][k] + per[1][k]) / 2),
      );
    } finally {
      await meta.close();
    }
  });

  test('Reptile: θ + ε·(mean_i φ_i − θ), φ_i after k SGD steps on the support set', async () => {
    const alpha = 0.1;
    const epsilon = 0.5;
    const k = 3;
    const meta = mtl.meta.reptile({
      learner: linear,
      loss: 'mse',
      innerSteps: k,
      innerLearningRate: alpha,
      optimizer: optimizers.sgd({ learningRate: epsilon }),
    });
    try {
      await meta.setWeights(START);
      const phis = tasks.map((t) => {
        let phi = THETA;
        for (let s = 0; s < k; s++) phi = step(phi, gradient(phi, t.support), alpha);
        return phi;
      });
      const mean = [0, 1].map((i) => (phis[0][i] + phis[1][i]) / 2);
      await meta.step(tasks);
      expectClose(
        await meta.getWeights(),
        THETA.map((t, i) => t + epsilon * (mean[i] - t)),
      );
    } finally {
      await meta.close();
    }
  });

  test('joint pre-training: the gradient of mean_i (L_support,i + L_query,i)/2 at θ; evaluate fine-tunes with its inner rate', async () => {
    const meta = mtl.meta.pretrain({ learner: linear, loss: 'mse', innerLearningRate: 0.1 });
    try {
      await meta.setWeights(START);
      const per = tasks.map((t) => [0, 1].map((k) => (gradient(THETA, t.support)[k] + gradient(THETA, t.query)[k]) / 2));
      expectClose(
        await meta.metaGradients(tasks),
        [0, 1].map((k) => (per[0][k] + per[1][k]) / 2),
      );
      const result = await meta.evaluate(tasks, { steps: 1 });
      const mse = ([w, b]: number[], { x, y }: Split) => x.reduce((a, xi, i) => a + (w * xi + b - y[i]) ** 2, 0) / x.length;
      tasks.forEach((t, i) => {
        expect(result.losses[0][i]).toBeCloseTo(mse(THETA, t.query), 5);
        expect(result.losses[1][i]).toBeCloseTo(mse(step(THETA, gradient(THETA, t.support), 0.1), t.query), 5);
      });
    } finally {
      await meta.close();
    }
  });
});

test('a checkpoint restores the weights, the inner rates and the optimizer state', async () => {
  const dir = tempDir('meta-ckpt');
  const options = { learner: linear, loss: 'mse' as const, learnInnerLearningRate: true, innerLearningRate: 0.1 };
  const first = mtl.meta.maml(options);
  const second = mtl.meta.maml(options);
  try {
    await first.setWeights(START);
    await first.step(tasks);
    await first.saveCheckpoint(dir);
    const saved = await first.getWeights();
    const next = await first.step(tasks);
    await second.restoreCheckpoint(dir);
    expect(await second.getWeights()).toEqual(saved);
    // Adam's moments and step came along: the next update is the same as the first learner's.
    expect((await second.step(tasks)).loss).toBeCloseTo(next.loss, 6);
    expect(await second.getWeights()).toEqual(await first.getWeights());
  } finally {
    await first.close();
    await second.close();
  }
});
