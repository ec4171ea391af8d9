// Trainer-side cases of "no silent wrong numbers" (issue 11): each was a crash, a refusal or a
// silently wrong number before; each is a correct number or an error naming the culprit now.
import { layers, mtl, optimizers, train, nn } from '../../lib';
import { twoTaskData } from '../support/two-task-data';

function build(extra: Partial<mtl.MultiTaskConfig> = {}, sampleWeight?: string) {
  const x = layers.input({ name: 'x', shape: [2] });
  const trunk = layers.dense({ units: 8, activation: 'tanh' }).apply(x);
  return mtl.model({
    inputs: { x },
    trunk,
    tasks: {
      sum: { head: layers.dense({ units: 1 }), loss: 'mse', metrics: ['mae'], sampleWeight },
      diff: { head: layers.dense({ units: 1 }), loss: 'mse', metrics: ['mae'] },
    },
    optimizer: optimizers.adam({ learningRate: 0.02 }),
    seed: 5,
    ...extra,
  });
}

describe('trainer cases', () => {
  test('predict works when the trunk is a model input (heads over cached features)', async () => {
    const features = layers.input({ name: 'features', shape: [2] });
    const model = mtl.model({
      inputs: { features },
      trunk: features,
      tasks: { sum: { head: layers.dense({ units: 1 }), loss: 'mse' } },
      optimizer: optimizers.sgd({ learningRate: 0.1 }),
      seed: 1,
    });
    const data = twoTaskData(64);
    await model.fit({ features: data.x, sum: data.sum }, { epochs: 20, batchSize: 16, verbose: false });
    const predictions = await model.predict({ features: Float32Array.from([1, 2]) });
    expect(Object.keys(predictions)).toEqual(['sum']);
    expect((predictions.sum.data as Float32Array)[0]).toBeCloseTo(3, 1);
    await model.close();
  });

  test('training a subset of tasks works with weightedSum, and evaluate then reports every task', async () => {
    const model = build({ weighting: mtl.weighting.weightedSum({ sum: 1, diff: 2 }) });
    const data = twoTaskData(128);
    const history = await model.fit(data, { epochs: 3, batchSize: 32, verbose: false, tasks: ['sum'] });
    expect(history.history.sum_loss).toHaveLength(3);
    const logs = await model.evaluate(data);
    for (const key of ['loss', 'sum_loss', 'diff_loss', 'sum_mae', 'diff_mae']) expect(Number.isFinite(logs[key])).toBe(true);
    await model.close();
  });

  test('epochs: 0 is a no-op fit with an empty history', async () => {
    const model = build();
    const history = await model.fit(twoTaskData(32), { epochs: 0, verbose: false });
    expect(history).toEqual({ epochs: [], history: {} });
    const x = layers.input({ name: 'x', shape: [1] });
    const trainer = train.compile(nn.model({ inputs: { x }, outputs: { y: layers.dense({ units: 1 }).apply(x) } }), {
      optimizer: 'sgd',
      loss: 'mse',
    });
    expect(await trainer.fit({ x: new Float32Array(4), y: new Float32Array(4) }, { epochs: 0, verbose: false })).toEqual({
      epochs: [],
      history: {},
    });
    await trainer.close();
    await model.close();
  });

  test('evaluate after training with sample weights does not need the weight column (weight 1)', async () => {
    const model = build({}, 'w');
    const data = twoTaskData(96);
    const w = Float32Array.from({ length: 96 }, (_, i) => (i % 3) / 2);
    await model.fit({ ...data, w }, { epochs: 2, batchSize: 32, verbose: false });
    const without = await model.evaluate(data);
    const ones = await model.evaluate({ ...data, w: new Float32Array(96).fill(1) });
    expect(without).toEqual(ones);
    await model.close();
  });

  test('NaN in evaluation data is an error naming the input or task', async () => {
    const model = build();
    const data = twoTaskData(64);
    await model.fit(data, { epochs: 1, batchSize: 32, verbose: false });
    const badX = Float32Array.from(data.x);
    badX[75] = NaN; // example 37
    await expect(model.evaluate({ ...data, x: badX })).rejects.toThrow(/"x".*example 37.*NaN/);
    const badDiff = Float32Array.from(data.diff);
    badDiff[5] = NaN;
    await expect(model.evaluate({ ...data, diff: badDiff })).rejects.toThrow(/"diff".*example 5.*NaN/);
    await model.close();
  });

  test('the diverged-training error names the task whose loss went non-finite', async () => {
    const model = build();
    const data = twoTaskData(64);
    const diff = Float32Array.from(data.diff);
    // A finite label whose squared error overflows float32 (an Infinity label is refused before the step).
    diff[40] = 1e30;
    await expect(model.fit({ ...data, diff }, { epochs: 1, batchSize: 32, verbose: false })).rejects.toThrow(
      /training diverged at epoch 1, step \d+: the loss of task "diff" is Infinity/,
    );
    await model.close();
  });
});
