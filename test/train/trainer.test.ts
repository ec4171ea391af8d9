// The trainer end to end: fitting known functions, metrics over batches, dropout and
// batch normalization behaviour, regularization, checkpoints and exact resumption.
import { nn, train } from '../../lib';
import { tempDir } from '../support/tmp';

const { layers } = nn;

function linearData(n: number, seed = 1) {
  // y = 3x − 2 exactly, x in [−1, 1].
  let s = seed;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
  const x = Float32Array.from({ length: n }, rand);
  const y = Float32Array.from(x, (v) => 3 * v - 2);
  return { x, y };
}

describe('Trainer', () => {
  test('SGD fits y = 3x − 2 exactly (weights converge to 3 and −2)', async () => {
    const x = layers.input({ name: 'x', shape: [1] });
    const dense = layers.dense({ units: 1, name: 'line' });
    const model = nn.model({ inputs: { x }, outputs: { y: dense.apply(x) } });
    const trainer = train.compile(model, { optimizer: train.optimizers.sgd({ learningRate: 0.2 }), loss: 'mse', seed: 3 });
    const { x: xs, y: ys } = linearData(256);
    const history = await trainer.fit({ x: xs, y: ys }, { epochs: 30, batchSize: 32, verbose: false });
    const losses = history.history.loss;
    expect(losses[losses.length - 1]).toBeLessThan(1e-6);
    expect(losses[0]).toBeGreaterThan(losses[losses.length - 1]);
    const weights = await trainer.getWeights();
    expect((weights.get('line/kernel')!.data() as Float32Array)[0]).toBeCloseTo(3, 3);
    expect((weights.get('line/bias')!.data() as Float32Array)[0]).toBeCloseTo(-2, 3);
    await trainer.close();
  });

  test('a classifier on separable data reaches high accuracy; metrics aggregate over batches', async () => {
    const n = 512;
    const features = new Float32Array(n * 2);
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const a = Math.cos(i * 2.399) * (1 + (i % 7) / 7);
      const b = Math.sin(i * 2.399) * (1 + (i % 5) / 5);
      features[2 * i] = a;
      features[2 * i + 1] = b;
      labels[i] = a + b > 0 ? 1 : 0;
    }
    const input = layers.input({ name: 'features', shape: [2] });
    const hidden = layers.dense({ units: 16, activation: 'relu' }).apply(input);
    const logits = layers.dense({ units: 2 }).apply(hidden);
    const model = nn.model({ inputs: { features: input }, outputs: { label: logits } });
    const trainer = train.compile(model, {
      optimizer: train.optimizers.adam({ learningRate: 0.05 }),
      loss: train.losses.sparseCategoricalCrossentropy({ fromLogits: true }),
      metrics: ['accuracy'],
      seed: 7,
    });
    const history = await trainer.fit(
      { features, label: labels },
      { epochs: 15, batchSize: 64, verbose: false, validation: { features, label: labels } },
    );
    const accuracy = history.history.accuracy;
    expect(accuracy[accuracy.length - 1]).toBeGreaterThan(0.95);
    expect(history.history.val_accuracy[accuracy.length - 1]).toBeGreaterThan(0.95);
    // evaluate recomputes the same numbers.
    const evaluation = await trainer.evaluate({ features, label: labels }, { batchSize: 100 });
    expect(evaluation.accuracy).toBeCloseTo(history.history.val_accuracy[accuracy.length - 1], 6);
    expect(evaluation.loss).toBeCloseTo(history.history.val_loss[accuracy.length - 1], 5);
    const predictions = await trainer.predict({ features });
    expect(predictions.label.shape).toEqual([n, 2]);
    await trainer.close();
  });

  test('L2 regularization adds l2·Σw² to the loss', async () => {
    const x = layers.input({ name: 'x', shape: [3] });
    const dense = layers.dense({ units: 2, kernelRegularizer: nn.regularizers.l2(0.5), name: 'reg_dense' });
    const model = nn.model({ inputs: { x }, outputs: { y: dense.apply(x) } });
    const trainer = train.compile(model, { optimizer: train.optimizers.sgd({ learningRate: 0 + 1e-12 }), loss: 'mse', seed: 1 });
    const zeros = { x: new Float32Array(3 * 4), y: new Float32Array(2 * 4) };
    await trainer.build({ x: { dtype: 'float32', shape: [4, 3], data: zeros.x }, y: { dtype: 'float32', shape: [4, 2], data: zeros.y } });
    const kernel = (await trainer.getWeights()).get('reg_dense/kernel')!.data() as Float32Array;
    const penalty = 0.5 * kernel.reduce((s, w) => s + w * w, 0);
    // Zero inputs and labels: the data loss is 0 (zero bias), so the loss is the penalty alone.
    const logs = await trainer.evaluate(zeros, { batchSize: 4 });
    expect(logs.loss).toBeCloseTo(penalty, 5);
    await trainer.close();
  });

  test('dropout is active in training only; batch norm tracks moving statistics', async () => {
    const x = layers.input({ name: 'x', shape: [4] });
    const bn = layers.batchNormalization({ momentum: 0.5, name: 'bn' });
    const out = layers.dropout({ rate: 0.5 }).apply(bn.apply(x));
    const model = nn.model({ inputs: { x }, outputs: { y: out } });
    const trainer = train.compile(model, { optimizer: 'sgd', loss: 'mse', seed: 5 });
    // A constant batch: mean 2.5 per feature... rows 1..4 → feature mean 2.5, variance 1.25.
    const rows = [1, 2, 3, 4].flatMap((v) => [v, v, v, v]);
    const batch = { x: Float32Array.from(rows), y: new Float32Array(16) };
    await trainer.fit(batch, { epochs: 3, batchSize: 4, shuffle: false, verbose: false });
    const weights = await trainer.getWeights();
    // After k steps with momentum m: moving = target·(1 − m^k) (+ initial·m^k).
    const mean = weights.get('bn/moving_mean')!.data() as Float32Array;
    const variance = weights.get('bn/moving_variance')!.data() as Float32Array;
    const k = 3;
    expect(mean[0]).toBeCloseTo(2.5 * (1 - 0.5 ** k), 4);
    expect(variance[0]).toBeCloseTo(1.25 * (1 - 0.5 ** k) + 1 * 0.5 ** k, 4);
    // Inference: no dropout, deterministic.
    const a = await trainer.predict({ x: batch.x });
    const b = await trainer.predict({ x: batch.x });
    expect(Array.from(a.y.data as Float32Array)).toEqual(Array.from(b.y.data as Float32Array));
    await trainer.close();
  });

  test('a layer applied twice shares its weights', async () => {
    const a = layers.input({ name: 'a', shape: [3] });
    const b = layers.input({ name: 'b', shape: [3] });
    const shared = layers.dense({ units: 2, name: 'shared' });
    const model = nn.model({ inputs: { a, b }, outputs: { left: shared.apply(a), right: shared.apply(b) } });
    const trainer = train.compile(model, { optimizer: 'sgd', loss: 'mse' });
    const data = { a: new Float32Array(6), b: new Float32Array(6), left: new Float32Array(4), right: new Float32Array(4) };
    await trainer.fit(data, { epochs: 1, batchSize: 2, verbose: false });
    expect(model.weights(trainer.graph).map((v) => v.name)).toEqual(['shared/kernel', 'shared/bias']);
    await trainer.close();
  });

  test('resuming from a checkpoint continues exactly (dropout, Adam, shuffling)', async () => {
    const build = () => {
      const x = layers.input({ name: 'x', shape: [1] });
      const h = layers.dense({ units: 8, activation: 'tanh', name: 'h' }).apply(x);
      const d = layers.dropout({ rate: 0.3, name: 'drop' }).apply(h);
      const y = layers.dense({ units: 1, name: 'out' }).apply(d);
      return nn.model({ inputs: { x }, outputs: { y } });
    };
    const data = linearData(64, 9);
    const options = { optimizer: train.optimizers.adam({ learningRate: 0.01 }), loss: 'mse' as const, seed: 11 };
    const full = train.compile(build(), options);
    const uninterrupted = await full.fit(data, { epochs: 4, batchSize: 16, verbose: false });
    await full.close();

    const dir = tempDir('ckpt');
    const first = train.compile(build(), options);
    const part1 = await first.fit(data, { epochs: 2, batchSize: 16, verbose: false });
    await first.saveCheckpoint(dir, 'ckpt-2');
    await first.close();
    const second = train.compile(build(), options);
    await second.restoreCheckpoint(dir, {
      x: { dtype: 'float32', shape: [1, 1], data: new Float32Array(1) },
      y: { dtype: 'float32', shape: [1, 1], data: new Float32Array(1) },
    });
    const part2 = await second.fit(data, { epochs: 4, initialEpoch: 2, batchSize: 16, verbose: false });
    await second.close();
    expect([...part1.history.loss, ...part2.history.loss]).toEqual(uninterrupted.history.loss);
    // A save writes a fresh prefix; the name is a pointer to it.
    expect(train.latestCheckpoint(dir)).toBe(train.checkpointPointer(dir, 'ckpt-2'));
  });

  test('bad input: mismatched labels, NaN loss, empty data, unknown layer option', async () => {
    const x = layers.input({ name: 'x', shape: [2] });
    const model = nn.model({ inputs: { x }, outputs: { y: layers.dense({ units: 3 }).apply(x) } });
    const trainer = train.compile(model, { optimizer: 'sgd', loss: 'mse' });
    await expect(
      trainer.fit({ x: new Float32Array(4), y: new Float32Array(4) }, { epochs: 1, batchSize: 2, verbose: false }),
    ).rejects.toThrow(/loss "mean_squared_error" of output "y": label shape \[\?, 2\] does not match prediction shape \[\?, 3\]/);
    const nanModel = nn.model({ inputs: { x }, outputs: { y: layers.dense({ units: 1 }).apply(x) } });
    const nanTrainer = train.compile(nanModel, { optimizer: 'sgd', loss: 'mse' });
    await expect(
      nanTrainer.fit(
        { x: Float32Array.from([1, NaN, 2, 3]), y: new Float32Array(2) },
        { epochs: 1, batchSize: 2, verbose: false, shuffle: false },
      ),
    ).rejects.toThrow(/training diverged at epoch 1, step 1: the loss of output "y" is NaN/);
    await expect(
      nanTrainer.fit({ x: new Float32Array(0), y: new Float32Array(0) }, { epochs: 1, batchSize: 2, verbose: false }),
    ).rejects.toMatchObject({ code: 'OUT_OF_RANGE' });
    expect(() => layers.dense({ units: 3, activaton: 'relu' } as never)).toThrow(/dense: unknown option "activaton"/);
    // A wrong dtype: text where the model takes numbers.
    await expect(
      nanTrainer.fit(
        {
          x: [
            ['a', 'b'],
            ['c', 'd'],
          ] as never,
          y: new Float32Array(2),
        },
        { epochs: 1, batchSize: 2, verbose: false },
      ),
    ).rejects.toThrow(/data "x": element \d \("[a-d]"\) is not a number \(dtype float32\)/);
    expect(() => layers.conv2d({ filters: 0, kernelSize: 3 })).toThrow(/filters must be a positive integer/);
    await nanTrainer.close();
    await trainer.close();
  });
});

test('predict before any training needs no labels', async () => {
  const x = layers.input({ name: 'x', shape: [2] });
  const model = nn.model({
    inputs: { x },
    outputs: { cls: layers.dense({ units: 3 }).apply(x), reg: layers.dense({ units: 1 }).apply(x) },
  });
  const trainer = train.compile(model, {
    optimizer: 'sgd',
    loss: { cls: train.losses.sparseCategoricalCrossentropy({ fromLogits: true }), reg: 'mse' },
    metrics: { cls: ['accuracy'] },
  });
  const out = await trainer.predict({ x: new Float32Array(4) });
  expect(out.cls.shape).toEqual([2, 3]);
  // Then training with labels works on the same graph.
  const history = await trainer.fit(
    { x: new Float32Array(8), cls: new Int32Array(4), reg: new Float32Array(4) },
    { epochs: 1, batchSize: 2, verbose: false },
  );
  expect(Number.isFinite(history.history.loss[0])).toBe(true);
  await trainer.close();
});
