// Magnitude pruning during training: at every step the schedule picks (tfmot's 1-based pruning
// step), the mask keeps exactly k = max(1, round_half_even(n·(1 − s))) weights, those of largest
// magnitude after the previous step, and zeroes the rest; pruned weights stay zero through the
// following steps; gradients reach only kept weights (x^T·g masked, computed here by hand); ties
// at the threshold go to the lower flat index.
import { Graph, Session, Tensor, layers, mtl, nn, optimizers, train } from '../../../lib';
import * as ops from '../../../lib/ops';

const { pruning } = nn;

/** TensorFlow's Round: half to even. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Weights to keep out of n at sparsity s, as tfmot computes it (in float32). */
function kept(n: number, sparsity: number): number {
  return Math.max(1, roundHalfEven(Math.fround(n * Math.fround(1 - Math.fround(sparsity)))));
}

const zeros = (values: Float32Array) => values.reduce((count, v) => count + (v === 0 ? 1 : 0), 0);

/** A batch of `rows` examples (host tensors, as trainOnBatch takes them). */
function regressionData(rows: number, features: number, seed: number) {
  const x = Float32Array.from({ length: rows * features }, (_, i) => Math.sin(seed * 7.1 + i * 1.37));
  const y = Float32Array.from({ length: rows }, (_, i) => Math.cos(seed + i * 0.53));
  return {
    x: { dtype: 'float32' as const, shape: [rows, features], data: x },
    y: { dtype: 'float32' as const, shape: [rows, 1], data: y },
  };
}

describe('nn.pruning during training', () => {
  test('sparsity equals the target at each scheduled step, the smallest weights go, and pruned weights stay zero', async () => {
    const schedule = pruning.polynomialDecay({
      initialSparsity: 0.2,
      finalSparsity: 0.85,
      beginStep: 2,
      endStep: 14,
      power: 3,
      frequency: 3,
    });
    const x = layers.input({ name: 'x', shape: [6] });
    const hidden = pruning.pruneLowMagnitude({ layer: layers.dense({ units: 10, activation: 'tanh', name: 'fc' }), schedule }).apply(x);
    const y = layers.dense({ units: 1, name: 'out' }).apply(hidden);
    const trainer = train.compile(nn.model({ inputs: { x }, outputs: { y } }), {
      optimizer: optimizers.adam({ learningRate: 0.05 }),
      loss: 'meanSquaredError',
      seed: 4,
    });
    const n = 60;
    let previousKernel: Float32Array<ArrayBufferLike> | null = null;
    let previousMask: Float32Array<ArrayBufferLike> = new Float32Array(n).fill(1);
    const scheduled: number[] = [];
    for (let step = 1; step <= 18; step++) {
      const logs = await trainer.trainOnBatch(regressionData(8, 6, step));
      const weights = await trainer.getWeights();
      const kernel = weights.get('fc/kernel')!.data() as Float32Array;
      const mask = weights.get('prune_low_magnitude_fc/kernel_mask')!.data() as Float32Array;
      if (schedule.shouldPrune(step)) {
        scheduled.push(step);
        const keep = kept(n, schedule.sparsityAt(step));
        expect(zeros(mask)).toBe(n - keep);
        // The kept weights were the largest |w·mask| after the previous step.
        const before = previousKernel!;
        const keptMin = Math.min(...[...before].filter((_, i) => mask[i] === 1).map(Math.abs));
        const prunedMax = Math.max(...[...before].filter((_, i) => mask[i] === 0).map(Math.abs));
        expect(prunedMax).toBeLessThanOrEqual(keptMin);
      } else {
        expect(Array.from(mask)).toEqual(Array.from(previousMask));
      }
      // Pruned weights are zero, and a weight once pruned stays pruned (the sparsity only grows).
      for (let i = 0; i < n; i++) {
        if (mask[i] === 0) expect(kernel[i] === 0).toBe(true); // 0 or -0 (a negative weight times 0)
        if (previousMask[i] === 0) expect(mask[i]).toBe(0);
      }
      // Kept weights moved with training: none of them is exactly zero, so the kernel's sparsity is the mask's.
      expect(zeros(kernel)).toBe(zeros(mask));
      // The step log reports the sparsity this step trained with.
      expect(logs['pruning/fc/kernel/sparsity']).toBeCloseTo(zeros(mask) / n, 6);
      previousKernel = kernel;
      previousMask = mask;
    }
    expect(scheduled).toEqual([2, 5, 8, 11, 14]);
    expect(zeros(previousMask)).toBe(n - kept(n, 0.85));
    expect(zeros(previousMask)).toBe(51);
    await trainer.close();
  }, 120_000);

  test('gradients reach only the kept weights: dL/dW = (Σ_b x_b)ᵀ·1 masked, for L = Σ x·(W∘M)', async () => {
    const x = layers.input({ name: 'x', shape: [3] });
    const wrapper = pruning.pruneLowMagnitude({
      layer: layers.dense({ units: 4, useBias: false, name: 'fc' }),
      schedule: pruning.constantSparsity({ targetSparsity: 0.5, beginStep: 1000 }),
    });
    const model = nn.model({ inputs: { x }, outputs: { y: wrapper.apply(x) } });
    const graph = new Graph();
    const state = nn.graphState(graph, 1);
    const feeds = model.placeholders(graph);
    const { y } = model.build(graph, feeds, { training: true, state });
    const kernel = state.variable('fc/kernel')!;
    const mask = state.variable('prune_low_magnitude_fc/kernel_mask')!;
    const [gradient] = graph.addGradients([ops.sum(y, ops.constant(graph, [0, 1], 'int32'))], [kernel.handle]);
    const pattern = [1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0];
    const setMask = mask.assign(ops.constant(graph, Tensor.from(pattern, { dtype: 'float32', shape: [3, 4] })));
    const session = new Session(graph);
    try {
      await session.run(
        null,
        [],
        state.variables.map((v) => v.initializer),
      );
      await session.run(null, [], [setMask]);
      const xs = [0.5, -1, 2, 1.5, 0.25, -0.75];
      const [g, output, stored] = await session.run(
        [[feeds.x, Tensor.from(xs, { dtype: 'float32', shape: [2, 3] })]],
        [gradient!, y, ops.readVariableOp(kernel.handle, { dtype: 'float32' })],
      );
      const columnSums = [xs[0] + xs[3], xs[1] + xs[4], xs[2] + xs[5]];
      const expected = pattern.map((m, k) => columnSums[Math.floor(k / 4)] * m);
      expect(Array.from(g.data() as Float32Array)).toEqual(expected.map((v) => expect.closeTo(v, 6)));
      expect(zeros(g.data() as Float32Array)).toBe(6);
      // The forward pass used W∘M.
      const w = stored.data() as Float32Array;
      for (let b = 0; b < 2; b++) {
        for (let j = 0; j < 4; j++) {
          let sum = 0;
          for (let i = 0; i < 3; i++) sum += xs[b * 3 + i] * w[i * 4 + j] * pattern[i * 4 + j];
          expect((output.data() as Float32Array)[b * 4 + j]).toBeCloseTo(sum, 5);
        }
      }
    } finally {
      await session.close();
      graph.dispose();
    }
  });

  test('round half to even as tfmot (n = 10 at 75%: keep 2, not 3) and ties broken towards the lower index', async () => {
    // Every weight 0.5: all magnitudes tie. SGD with rate 0 leaves them as they are.
    const x = layers.input({ name: 'x', shape: [2] });
    const wrapper = pruning.pruneLowMagnitude({
      layer: layers.dense({ units: 5, useBias: false, kernelInitializer: { className: 'constant', config: { value: 0.5 } }, name: 'fc' }),
      schedule: pruning.constantSparsity({ targetSparsity: 0.75, beginStep: 0, frequency: 1 }),
    });
    const trainer = train.compile(nn.model({ inputs: { x }, outputs: { y: wrapper.apply(x) } }), {
      optimizer: optimizers.sgd({ learningRate: 0 }),
      loss: 'meanSquaredError',
    });
    await trainer.trainOnBatch({
      x: { dtype: 'float32', shape: [2, 2], data: new Float32Array([1, 2, 3, 4]) },
      y: { dtype: 'float32', shape: [2, 5], data: new Float32Array(10) },
    });
    const weights = await trainer.getWeights();
    expect(Array.from(weights.get('prune_low_magnitude_fc/kernel_mask')!.data() as Float32Array)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(weights.get('fc/kernel')!.data() as Float32Array)).toEqual([0.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 0]);
    await trainer.close();
  });

  test('several steps per session run prune at the same steps to the same masks as one step per run', async () => {
    const schedule = () => pruning.constantSparsity({ targetSparsity: 0.7, beginStep: 1, endStep: 7, frequency: 2 });
    const build = () => {
      const x = layers.input({ name: 'x', shape: [5] });
      const h = pruning
        .pruneLowMagnitude({ layer: layers.dense({ units: 8, activation: 'relu', name: 'fc' }), schedule: schedule() })
        .apply(x);
      return train.compile(nn.model({ inputs: { x }, outputs: { y: layers.dense({ units: 1, name: 'out' }).apply(h) } }), {
        optimizer: optimizers.adam({ learningRate: 0.05 }),
        loss: 'meanSquaredError',
        seed: 2,
      });
    };
    const batches = Array.from({ length: 8 }, (_, i) => regressionData(4, 5, i + 1));
    const single = build();
    for (const batch of batches) await single.trainOnBatch(batch);
    const looped = build();
    for (let i = 0; i < 8; i += 4) {
      const four = batches.slice(i, i + 4);
      const stack = (key: 'x' | 'y', width: number) => ({
        dtype: 'float32' as const,
        shape: [16, width],
        data: Float32Array.from(four.flatMap((b) => [...b[key].data])),
      });
      await looped.trainOnBatches({ x: stack('x', 5), y: stack('y', 1) }, 4);
    }
    const [a, b] = [await single.getWeights(), await looped.getWeights()];
    const mask = a.get('prune_low_magnitude_fc/kernel_mask')!.data() as Float32Array;
    expect(zeros(mask)).toBe(40 - kept(40, 0.7));
    expect(Array.from(b.get('prune_low_magnitude_fc/kernel_mask')!.data() as Float32Array)).toEqual(Array.from(mask));
    expect(Array.from(b.get('fc/kernel')!.data() as Float32Array)).toEqual(
      Array.from(a.get('fc/kernel')!.data() as Float32Array).map((v) => expect.closeTo(v, 5)),
    );
    await single.close();
    await looped.close();
  }, 120_000);

  test('a pruned trunk in a multi-task model: exact sparsity after training, in the history, and the config round-trips', async () => {
    const build = () => {
      const x = layers.input({ name: 'x', shape: [6] });
      const trunk = pruning
        .pruneLowMagnitude({
          layer: layers.dense({ units: 8, activation: 'relu', name: 'shared' }),
          schedule: pruning.polynomialDecay({ initialSparsity: 0.25, finalSparsity: 0.75, beginStep: 1, endStep: 7, frequency: 2 }),
        })
        .apply(x);
      return mtl.model({
        inputs: { x },
        trunk,
        tasks: {
          a: { head: layers.dense({ units: 1, name: 'head_a' }), loss: 'mse' },
          b: { head: layers.dense({ units: 1, name: 'head_b' }), loss: 'mse' },
        },
        optimizer: optimizers.adam({ learningRate: 0.02 }),
        seed: 9,
      });
    };
    const model = build();
    const rows = 32;
    const data = {
      x: Float32Array.from({ length: rows * 6 }, (_, i) => Math.sin(i)),
      a: Float32Array.from({ length: rows }, (_, i) => Math.cos(i)),
      b: Float32Array.from({ length: rows }, (_, i) => Math.sin(2 * i)),
    };
    const history = await model.fit(data, { epochs: 2, batchSize: 8, verbose: false });
    // 8 steps: the last update at step 7 reaches 75% of 48 weights: 36 zeros.
    const weights = await model.compiled.getWeights();
    expect(zeros(weights.get('prune_low_magnitude_shared/kernel_mask')!.data() as Float32Array)).toBe(48 - kept(48, 0.75));
    expect(zeros(weights.get('shared/kernel')!.data() as Float32Array)).toBe(36);
    // The history holds each epoch's mean of the per-step sparsity: the masks of steps 1, 3, 5, 7
    // (zeros 12, 29, 35, 36 of 48), each held for two steps.
    const schedule = pruning.polynomialDecay({ initialSparsity: 0.25, finalSparsity: 0.75, beginStep: 1, endStep: 7, frequency: 2 });
    const zerosAt = [1, 3, 5, 7].map((s) => 48 - kept(48, schedule.sparsityAt(s)));
    expect(zerosAt).toEqual([12, 29, 35, 36]);
    expect(history.history['pruning/shared/kernel/sparsity'][0]).toBeCloseTo((2 * zerosAt[0] + 2 * zerosAt[1]) / (4 * 48), 6);
    expect(history.history['pruning/shared/kernel/sparsity'][1]).toBeCloseTo((2 * zerosAt[2] + 2 * zerosAt[3]) / (4 * 48), 6);
    const json = mtl.serializeMultiTask(model);
    expect(mtl.serializeMultiTask(mtl.model(mtl.deserializeMultiTask(JSON.stringify(json))))).toEqual(JSON.parse(JSON.stringify(json)));
    await model.close();
  }, 60_000);

  test('bad wrapper options are clear errors', async () => {
    const schedule = pruning.constantSparsity({ targetSparsity: 0.5, beginStep: 0 });
    expect(() => pruning.pruneLowMagnitude({ schedule } as never)).toThrow('pruneLowMagnitude: give the layer to prune');
    expect(() => pruning.pruneLowMagnitude({ layer: layers.dense({ units: 2, name: 'd' }) } as never)).toThrow(
      'pruneLowMagnitude "prune_low_magnitude_d": give a schedule',
    );
    expect(() => pruning.pruneLowMagnitude({ layer: layers.dense({ units: 2 }), schedule, weights: [] })).toThrow(
      'weights must be a non-empty list of distinct weight names',
    );
    const twice = pruning.pruneLowMagnitude({ layer: layers.dense({ units: 2, name: 'd' }), schedule });
    expect(() => pruning.pruneLowMagnitude({ layer: twice, schedule })).toThrow('layer "prune_low_magnitude_d" is already pruned');
    // A weight the layer lacks: named when the model is first built for training.
    const x = layers.input({ name: 'x', shape: [3] });
    const y = pruning.pruneLowMagnitude({ layer: layers.dense({ units: 2, name: 'd' }), schedule, weights: ['gamma'] });
    expect(() => y.apply(x)).toThrow(
      'pruneLowMagnitude "prune_low_magnitude_d": layer "d" has no weight "gamma" (its weights: kernel, bias)',
    );
    expect(() => pruning.pruneModel(nn.model({ inputs: { x }, outputs: { y: layers.flatten().apply(x) } }), { schedule })).toThrow(
      'pruning.pruneModel: no layer of model "model" matches the filter',
    );
  });

  test('jitCompile with a pruned layer is refused when compiled, naming the layer (XLA cannot compile the mask update)', async () => {
    const schedule = pruning.constantSparsity({ targetSparsity: 0.5, beginStep: 0 });
    const x = layers.input({ name: 'x', shape: [6] });
    const hidden = pruning.pruneLowMagnitude({ layer: layers.dense({ units: 4, name: 'fc' }), schedule }).apply(x);
    const model = nn.model({ inputs: { x }, outputs: { y: layers.dense({ units: 1, name: 'out' }).apply(hidden) } });
    const message =
      'jitCompile: layer "prune_low_magnitude_fc" prunes weights (its mask update is conditional control flow XLA cannot compile); train pruned models without jitCompile';
    expect(() => train.compile(model, { optimizer: 'sgd', loss: 'meanSquaredError', jitCompile: true })).toThrow(message);
    // Inside an mtl head too: refused when the model's trainer is made (its first fit), before any step.
    const trunk = layers.dense({ units: 4, name: 'trunk' }).apply(x);
    const head = pruning.pruneLowMagnitude({ layer: layers.dense({ units: 1, name: 'head_fc' }), schedule });
    const multi = mtl.model({ inputs: { x }, trunk, tasks: { t: { head, loss: 'mse' } }, jitCompile: true, optimizer: 'sgd' });
    try {
      await expect(multi.fit({ x: new Float32Array(12), t: new Float32Array(2) }, { epochs: 1, verbose: false })).rejects.toThrow(
        'jitCompile: layer "prune_low_magnitude_head_fc" prunes weights',
      );
    } finally {
      await multi.close();
    }
  });
});
