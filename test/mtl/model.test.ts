// Multi-task models: tasks and heads, label masks, incremental training, adding a task,
// diagnostics, Δm, and bad configurations.
import { Tensor, layers, mtl, nn, optimizers } from '../../lib';
import { twoTaskData } from '../support/two-task-data';

function build(weighting?: mtl.Weighting, extra: Partial<mtl.MultiTaskConfig> = {}) {
  const x = layers.input({ name: 'x', shape: [2] });
  const trunk = layers.dense({ units: 16, activation: 'tanh' }).apply(x);
  return mtl.model({
    inputs: { x },
    trunk,
    tasks: {
      sum: { head: layers.dense({ units: 1 }), loss: 'mse', metrics: ['mae'] },
      diff: { head: layers.dense({ units: 1 }), loss: 'mse', metrics: ['mae'] },
    },
    weighting,
    optimizer: optimizers.adam({ learningRate: 0.02 }),
    seed: 5,
    ...extra,
  });
}

describe('mtl.model', () => {
  test("history and progress show every task's loss and metrics; both tasks are learned", async () => {
    const model = build();
    const history = await model.fit(twoTaskData(512), { epochs: 8, batchSize: 32, verbose: false });
    for (const key of ['loss', 'sum_loss', 'diff_loss', 'sum_mae', 'diff_mae', 'weight/sum', 'weight/diff'])
      expect(history.history[key]).toHaveLength(8);
    const last = (k: string) => history.history[k][7];
    expect(last('sum_loss')).toBeLessThan(0.05 * history.history.sum_loss[0]);
    expect(last('diff_loss')).toBeLessThan(0.05 * history.history.diff_loss[0]);
    expect(last('loss')).toBeCloseTo(last('sum_loss') + last('diff_loss'), 4);
    const predictions = await model.predict({ x: Float32Array.from([1, 2]) });
    expect(Object.keys(predictions).sort()).toEqual(['diff', 'sum']);
    expect((predictions.sum.data as Float32Array)[0]).toBeCloseTo(3, 0);
    await model.close();
  });

  test('label masks: unlabelled examples add nothing; a batch with no label at all gives 0, not NaN', async () => {
    const model = build();
    const data = twoTaskData(64);
    // Every "diff" label is missing, and the labels there are garbage that must not matter.
    const diffMask = new Float32Array(64);
    const garbage = Float32Array.from({ length: 64 }, () => 1e6);
    const history = await model.fit(
      { x: data.x, sum: data.sum, diff: garbage, diff_mask: diffMask },
      { epochs: 2, batchSize: 16, verbose: false },
    );
    expect(history.history.diff_loss).toEqual([0, 0]);
    expect(history.history.loss.every(Number.isFinite)).toBe(true);
    // Half labelled: the loss is the mean over labelled examples only.
    const mask = Float32Array.from({ length: 64 }, (_, i) => i % 2);
    const masked = build();
    const h2 = await masked.fit(
      { x: data.x, sum: data.sum, diff: Float32Array.from(data.diff, (v, i) => (i % 2 ? v : 1e6)), diff_mask: mask },
      { epochs: 3, batchSize: 16, verbose: false },
    );
    expect(h2.history.diff_loss[2]).toBeLessThan(1);
    await model.close();
    await masked.close();
  });

  test('incremental training: a subset of tasks trains while the other heads stay frozen; a task can be added', async () => {
    const model = build();
    const data = twoTaskData(256);
    await model.fit(data, { epochs: 2, batchSize: 32, verbose: false });
    const before = await model.compiled.getWeights();
    const headNames = [...before.keys()].filter((k) => /^dense(_\d+)?\/kernel$/.test(k));
    await model.fit(data, { epochs: 2, batchSize: 32, verbose: false, tasks: ['sum'], freezeTrunk: true });
    const after = await model.compiled.getWeights();
    const changed = (name: string) =>
      !(before.get(name)!.data() as Float32Array).every((v, i) => v === (after.get(name)!.data() as Float32Array)[i]);
    // Trunk frozen, "diff" head frozen, "sum" head trained.
    const trunkKernel = headNames[0];
    const [sumHead, diffHead] = [
      ...model.config.tasks.sum.head.weights(model.compiled.graph),
      ...model.config.tasks.diff.head.weights(model.compiled.graph),
    ]
      .filter((v) => v.name.endsWith('/kernel'))
      .map((v) => v.name);
    expect(changed(sumHead)).toBe(true);
    expect(changed(diffHead)).toBe(false);
    expect(changed(trunkKernel)).toBe(false);

    const extended = await model.addTask('first', { head: layers.dense({ units: 1 }), loss: 'mse' });
    const first = Float32Array.from({ length: 256 }, (_, i) => data.x[2 * i]);
    const history = await extended.fit({ ...data, first }, { epochs: 3, batchSize: 32, verbose: false, tasks: ['first'] });
    expect(history.history.first_loss[2]).toBeLessThan(history.history.first_loss[0]);
    const carried = await extended.compiled.getWeights();
    // The trained trunk and heads came along.
    expect(Array.from(carried.get(sumHead)!.data() as Float32Array)).toEqual(Array.from(after.get(sumHead)!.data() as Float32Array));
    await model.close();
    await extended.close();
  });

  test('diagnostics: per-task gradient norms and cosine similarity every step', async () => {
    const model = build(mtl.weighting.equal(), { diagnostics: true });
    const history = await model.fit(twoTaskData(128), { epochs: 2, batchSize: 32, verbose: false });
    expect(history.history['grad_norm/sum'].every((v) => v > 0)).toBe(true);
    const cos = history.history['grad_cos/sum/diff'];
    expect(cos.every((v) => v >= -1 && v <= 1)).toBe(true);
    await model.close();
  });

  test('gradient-based weighting trains in parameter and representation mode', async () => {
    for (const gradientMode of ['parameters', 'representation'] as const) {
      const model = build(mtl.weighting.pcgrad(), { gradientMode });
      const history = await model.fit(twoTaskData(256), { epochs: 4, batchSize: 32, verbose: false });
      expect(history.history.loss[3]).toBeLessThan(history.history.loss[0]);
      await model.close();
    }
  });

  test('Δm against single-task baselines', () => {
    // accuracy 0.9 vs 0.8 (+12.5 %), error 0.5 vs 0.4 (−25 %): mean −6.25 %.
    expect(mtl.deltaM({ a: 0.9, b: 0.5 }, { a: 0.8, b: 0.4 }, { a: true, b: false })).toBeCloseTo(-6.25, 10);
  });

  test('bad configurations are clear errors', async () => {
    const x = layers.input({ name: 'x', shape: [2] });
    const trunk = layers.dense({ units: 4 }).apply(x);
    const head = layers.dense({ units: 1, name: 'same_head' });
    expect(() => mtl.model({ inputs: { x }, trunk, tasks: { a: { head, loss: undefined as never } }, optimizer: 'sgd' })).toThrow(
      /task "a" has no loss/,
    );
    expect(() =>
      mtl.model({ inputs: { x }, trunk, tasks: { a: { head, loss: 'mse' }, b: { head, loss: 'mse' } }, optimizer: 'sgd' }),
    ).toThrow(/share the head layer/);
    expect(() =>
      mtl.model({
        inputs: { x },
        trunk,
        tasks: {
          a: { head: layers.dense({ units: 1, name: 'h' }), loss: 'mse' },
          b: { head: layers.dense({ units: 1, name: 'h' }), loss: 'mse' },
        },
        optimizer: 'sgd',
      }),
    ).toThrow(/two task heads are named "h"/);
    expect(() => mtl.model({ inputs: { x }, tasks: {}, optimizer: 'sgd' } as never)).toThrow(/at least one task/);
    // A trunk TensorFlow cannot differentiate (Round has no gradient) with a gradient-based weighting.
    class Rounding extends nn.Layer {
      constructor() {
        super({}, 'rounding');
      }
      protected call(_ctx: nn.CallContext, [input]: import('../../lib').Output[]) {
        return input.graph.addOperation({ type: 'Round', inputs: [input] }).output(0);
      }
    }
    const rounded = new Rounding().apply(layers.dense({ units: 4, name: 'before_round' }).apply(x));
    const model = mtl.model({
      inputs: { x },
      trunk: rounded,
      tasks: { a: { head: layers.dense({ units: 1 }), loss: 'mse' }, b: { head: layers.dense({ units: 1 }), loss: 'mse' } },
      weighting: mtl.weighting.mgda(),
      optimizer: 'sgd',
    });
    await expect(
      model.fit({ x: new Float32Array(8), a: new Float32Array(4), b: new Float32Array(4) }, { epochs: 1, batchSize: 2, verbose: false }),
    ).rejects.toThrow(/Round.*no gradient|no gradient.*Round/s);
    void Tensor;
  });
});

test('a strategy with per-task state survives training a subset of tasks and adding a task', async () => {
  const model = build(mtl.weighting.uncertainty());
  const data = twoTaskData(64);
  await model.fit(data, { epochs: 1, batchSize: 16, verbose: false });
  const subset = await model.fit(data, { epochs: 1, batchSize: 16, verbose: false, tasks: ['sum'] });
  expect(Number.isFinite(subset.history.loss[0])).toBe(true);
  const extended = await model.addTask('first', { head: layers.dense({ units: 1 }), loss: 'mse' });
  const h = await extended.fit(
    { ...data, first: Float32Array.from({ length: 64 }, (_, i) => data.x[2 * i]) },
    { epochs: 1, batchSize: 16, verbose: false },
  );
  expect(h.history['sigma/first']).toHaveLength(1);
  await model.close();
  await extended.close();
});

test('gradient-based weighting with a sequential trunk and an MMoE architecture (each variable updated once)', async () => {
  const x = layers.input({ name: 'x', shape: [2] });
  const trunk = layers.sequential([layers.dense({ units: 8, activation: 'relu' }), layers.dense({ units: 8 })]).apply(x);
  const seq = mtl.model({
    inputs: { x },
    trunk,
    tasks: { sum: { head: layers.dense({ units: 1 }), loss: 'mse' }, diff: { head: layers.dense({ units: 1 }), loss: 'mse' } },
    weighting: mtl.weighting.pcgrad(),
    optimizer: optimizers.adam({ learningRate: 0.02 }),
  });
  const data = twoTaskData(128);
  const h1 = await seq.fit(data, { epochs: 3, batchSize: 32, verbose: false });
  expect(h1.history.loss[2]).toBeLessThan(h1.history.loss[0]);
  const representations = mtl.architectures.mmoe({ tasks: ['sum', 'diff'], experts: 3, expertUnits: [8] }).apply(x);
  const moe = mtl.model({
    inputs: { x },
    representations,
    tasks: { sum: { head: layers.dense({ units: 1 }), loss: 'mse' }, diff: { head: layers.dense({ units: 1 }), loss: 'mse' } },
    weighting: mtl.weighting.mgda(),
    optimizer: optimizers.adam({ learningRate: 0.02 }),
  });
  const h2 = await moe.fit(data, { epochs: 3, batchSize: 32, verbose: false });
  expect(h2.history.loss[2]).toBeLessThan(h2.history.loss[0]);
  await seq.close();
  await moe.close();
});

test('label masks from a Dataset of examples, and from a pre-batched Dataset with filled labels', async () => {
  const { data: dataNs } = await import('../../lib');
  // Task "diff" is labelled on even examples only; the unlabelled ones carry garbage.
  const base = twoTaskData(32);
  const objects = Array.from({ length: 32 }, (_, i) => ({
    x: [base.x[2 * i], base.x[2 * i + 1]],
    sum: base.sum[i],
    diff: i % 2 === 0 ? base.diff[i] : 1e6,
    diff_mask: i % 2 === 0 ? 1 : 0,
  }));
  const model = build();
  const viaExamples = await model.evaluate(dataNs.fromObjects(objects), { batchSize: 8 });
  // Pre-batched, with "diff" missing (not garbage) where unlabelled: filled and masked by batch().
  const sparse = objects.map(({ diff_mask, diff, ...rest }) => (diff_mask ? { ...rest, diff } : rest));
  const batched = dataNs.fromObjects(sparse).batch(8, { missing: { diff: 0 } });
  const viaBatches = await model.evaluate(batched as never);
  expect(viaExamples.diff_loss).toBeLessThan(100);
  expect(viaBatches.diff_loss).toBeCloseTo(viaExamples.diff_loss, 4);
  await model.close();
});
