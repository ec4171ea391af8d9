// fit's validationSplit (the last fraction, before shuffling, as Keras), class weights per
// output and per task (the hand-weighted loss, exactly), and sample weights optional in evaluate.
import { fromObjects } from '../../lib/data';
import { mtl, nn, train } from '../../lib';

const { layers } = nn;
const N = 40;

function data(classes: number) {
  const x = Float32Array.from({ length: N * 4 }, (_, i) => Math.sin(i * 1.7) + (i % 4) * 0.3);
  const label = Int32Array.from({ length: N }, (_, r) => (r * 7 + Math.floor(x[r * 4] * 3 + 3)) % classes);
  return { x, label };
}

function classifier(classes: number, seed = 3, options: Partial<train.CompileOptions> = {}) {
  const x = layers.input({ name: 'x', shape: [4] });
  const h = layers.dense({ name: 'h', units: 6, activation: 'tanh' }).apply(x);
  const model = nn.model({ inputs: { x }, outputs: { label: layers.dense({ name: 'logits', units: classes }).apply(h) } });
  return train.compile(model, {
    optimizer: train.optimizers.sgd({ learningRate: 0.2 }),
    loss: train.losses.sparseCategoricalCrossentropy({ fromLogits: true }),
    metrics: ['accuracy'],
    seed,
    ...options,
  });
}

async function weightsOf(trainer: train.Trainer): Promise<Record<string, number[]>> {
  const all = await trainer.getWeights();
  return Object.fromEntries(
    [...all].filter(([name]) => /^(h|logits)\//.test(name)).map(([name, t]) => [name, Array.from(t.data() as Float32Array)]),
  );
}

describe('validationSplit', () => {
  test('equals training on the first 75% with the last 25% as validation data (shuffled or not)', async () => {
    const { x, label } = data(3);
    for (const shuffle of [true, false]) {
      const split = classifier(3);
      const a = await split.fit({ x, label }, { epochs: 3, batchSize: 8, validationSplit: 0.25, shuffle, verbose: false });
      const explicit = classifier(3);
      const b = await explicit.fit(
        { x: x.subarray(0, 30 * 4), label: label.subarray(0, 30) },
        { epochs: 3, batchSize: 8, validation: { x: x.subarray(120), label: label.subarray(30) }, shuffle, verbose: false },
      );
      expect(a.history.val_loss).toHaveLength(3);
      expect(a.history).toEqual(b.history);
      expect(await weightsOf(split)).toEqual(await weightsOf(explicit));
      // And differs from training on everything.
      const whole = classifier(3);
      const c = await whole.fit({ x, label }, { epochs: 3, batchSize: 8, shuffle, verbose: false });
      expect(c.history.loss).not.toEqual(a.history.loss);
      await Promise.all([split.close(), explicit.close(), whole.close()]);
    }
  });

  test('is refused for data it cannot split, and for fractions outside (0, 1)', async () => {
    const { x, label } = data(3);
    const trainer = classifier(3);
    await expect(trainer.fit({ x, label }, { validationSplit: 1, verbose: false })).rejects.toThrow(
      'validationSplit must be a number in (0, 1), got 1',
    );
    await expect(
      trainer.fit(fromObjects([{ x: [1, 2, 3, 4], label: 0 }]) as never, { validationSplit: 0.2, verbose: false }),
    ).rejects.toThrow('for a Dataset or batches, give validation data instead');
    await expect(
      trainer.fit({ x: x.subarray(0, 8), label: label.subarray(0, 2) }, { validationSplit: 0.6, verbose: false }),
    ).rejects.toThrow(
      'the training data has 2 examples, which is not enough to split with validationSplit 0.6 (0 would train, 2 validate)',
    );
    await trainer.close();
  });
});

describe('class weights', () => {
  test('the training loss and the update equal those with the hand-made sample weights; evaluate is unweighted', async () => {
    const { x, label } = data(3);
    const classWeight = { 0: 0.5, 2: 4 };
    const hand = Float32Array.from(label, (c) => (c === 0 ? 0.5 : c === 2 ? 4 : 1));
    const weighted = classifier(3, 3, { classWeights: { label: classWeight } });
    const reference = classifier(3, 3, { sampleWeights: { label: 'w' } });
    const plain = classifier(3, 3);
    const batch = { x: { dtype: 'float32' as const, shape: [N, 4], data: x }, label: { dtype: 'int32' as const, shape: [N], data: label } };
    for (let step = 0; step < 3; step++) {
      const a = await weighted.trainOnBatch(batch);
      const b = await reference.trainOnBatch({ ...batch, w: { dtype: 'float32', shape: [N], data: hand } });
      expect(a.loss).toBe(b.loss);
      expect(a.accuracy).toBe(b.accuracy);
    }
    expect(await weightsOf(weighted)).toEqual(await weightsOf(reference));
    // The loss is really weighted: unweighted training from the same start differs at step 1.
    const first = await plain.trainOnBatch(batch);
    const again = classifier(3, 3, { classWeights: { label: classWeight } });
    expect((await again.trainOnBatch(batch)).loss).not.toBeCloseTo(first.loss, 3);
    // Keras's evaluate takes no class weights: the same as a model compiled without them.
    const evaluated = await weighted.evaluate({ x, label });
    const unweighted = classifier(3, 3);
    await unweighted.build(batch);
    await unweighted.setWeights(await weighted.getWeights());
    expect(evaluated.loss).toBe((await unweighted.evaluate({ x, label })).loss);
    await Promise.all([weighted, reference, plain, again, unweighted].map((t) => t.close()));
  });

  test('one-hot labels take the argmax class; a single-logit output has classes 0 and 1', async () => {
    const { x, label } = data(3);
    const oneHot = Float32Array.from({ length: N * 3 }, (_, i) => Number(label[Math.floor(i / 3)] === i % 3));
    const make = (options: Partial<train.CompileOptions>, units: number, loss: train.losses.Loss) => {
      const input = layers.input({ name: 'x', shape: [4] });
      const model = nn.model({ inputs: { x: input }, outputs: { y: layers.dense({ name: 'logits', units }).apply(input) } });
      return train.compile(model, { optimizer: 'sgd', loss, seed: 1, ...options });
    };
    const categorical = train.losses.categoricalCrossentropy({ fromLogits: true });
    const a = make({ classWeights: { y: { 1: 3 } } }, 3, categorical);
    const b = make({ sampleWeights: { y: 'w' } }, 3, categorical);
    const xs = { dtype: 'float32' as const, shape: [N, 4], data: x };
    const ys = { dtype: 'float32' as const, shape: [N, 3], data: oneHot };
    const w = { dtype: 'float32' as const, shape: [N], data: Float32Array.from(label, (c) => (c === 1 ? 3 : 1)) };
    expect((await a.trainOnBatch({ x: xs, y: ys })).loss).toBe((await b.trainOnBatch({ x: xs, y: ys, w })).loss);
    const binary = train.losses.binaryCrossentropy({ fromLogits: true });
    const bits = Float32Array.from(label, (c) => Number(c === 2));
    const c = make({ classWeights: { y: { 1: 5, 0: 0.2 } } }, 1, binary);
    const d = make({ sampleWeights: { y: 'w' } }, 1, binary);
    const yb = { dtype: 'float32' as const, shape: [N, 1], data: bits };
    const wb = { dtype: 'float32' as const, shape: [N], data: Float32Array.from(bits, (bit) => (bit ? 5 : 0.2)) };
    expect((await c.trainOnBatch({ x: xs, y: yb })).loss).toBe((await d.trainOnBatch({ x: xs, y: yb, w: wb })).loss);
    await Promise.all([a, b, c, d].map((t) => t.close()));
  });

  test('per task in a multi-task model, and saved with it', async () => {
    const { x, label } = data(3);
    const build = (classWeight: boolean) => {
      const input = layers.input({ name: 'x', shape: [4] });
      const trunk = layers.dense({ name: 'trunk', units: 5, activation: 'relu' }).apply(input);
      return mtl.model({
        inputs: { x: input },
        trunk,
        tasks: {
          kind: {
            head: layers.dense({ name: 'kind_head', units: 3 }),
            loss: train.losses.sparseCategoricalCrossentropy({ fromLogits: true }),
            ...(classWeight ? { classWeight: { 1: 2.5 } } : { sampleWeight: 'kind_w' }),
          },
          size: { head: layers.dense({ name: 'size_head', units: 1 }), loss: 'mse' },
        },
        optimizer: train.optimizers.sgd({ learningRate: 0.1 }),
        seed: 4,
      });
    };
    const size = Float32Array.from(label, (c) => c * 0.5);
    const a = build(true);
    const b = build(false);
    const ha = await a.fit({ x, kind: label, size }, { epochs: 2, batchSize: 10, verbose: false });
    const hb = await b.fit(
      { x, kind: label, size, kind_w: Float32Array.from(label, (c) => (c === 1 ? 2.5 : 1)) },
      { epochs: 2, batchSize: 10, verbose: false },
    );
    expect(ha.history.kind_loss).toEqual(hb.history.kind_loss);
    expect(ha.history.size_loss).toEqual(hb.history.size_loss);
    expect(mtl.serializeMultiTask(a).tasks.find((t) => t.name === 'kind')!.classWeight).toEqual({ 1: 2.5 });
    await Promise.all([a.close(), b.close()]);
  });

  test('errors: a class the output does not have, weights that are not finite or negative, an unknown output', async () => {
    const { x, label } = data(3);
    const cases: Array<[Record<string, Record<string, number>>, string]> = [
      [{ label: { 3: 2 } }, 'class weights of output "label": classWeight names class 3, but the output has 3 classes (0..2)'],
      [{ label: { 1: NaN } }, 'the weight of class 1 must be a finite number >= 0, got NaN'],
      [{ label: { 1: -1 } }, 'the weight of class 1 must be a finite number >= 0, got -1'],
      [{ label: { one: 2 } }, 'classWeight key "one" is not a class index'],
    ];
    for (const [classWeights, message] of cases) {
      const trainer = classifier(3, 3, { classWeights });
      await expect(trainer.fit({ x, label }, { verbose: false })).rejects.toThrow(message);
      await trainer.close();
    }
    expect(() => classifier(3, 3, { classWeights: { digit: { 0: 1 } } })).toThrow(
      'classWeights names output "digit", which the model does not have (outputs: label)',
    );
  });
});

describe('sample weights at evaluation', () => {
  test('optional: without them evaluate weighs every example 1; with them it uses them', async () => {
    const { x, label } = data(3);
    const trainer = classifier(3, 3, { sampleWeights: { label: 'w' } });
    const ones = new Float32Array(N).fill(1);
    const skewed = Float32Array.from({ length: N }, (_, i) => (i % 2 ? 3 : 0.5));
    await trainer.fit({ x, label, w: skewed }, { epochs: 1, batchSize: 8, verbose: false });
    const without = await trainer.evaluate({ x, label });
    const withOnes = await trainer.evaluate({ x, label, w: ones });
    const withSkew = await trainer.evaluate({ x, label, w: skewed });
    expect(without).toEqual(withOnes);
    expect(withSkew.loss).not.toBeCloseTo(without.loss, 4);
    await trainer.close();
  });
});
