// One objective: evaluate().loss and val_loss are the training objective on the evaluation data —
// the weighting's task weights (static, or the current dynamic ones) plus regularization, as
// Keras's evaluate with loss_weights and a kernel regularizer.
import { Tensor, layers, mtl, nn, optimizers } from '../../lib';
import { Random } from '../../lib/data';
import { runPythonJson } from '../support/python';

function data(n: number, seed = 9) {
  const random = Random.fromSeed(seed);
  const x = Float32Array.from({ length: 2 * n }, () => random.normal());
  const a = Float32Array.from({ length: n }, (_, i) => x[2 * i] + 0.5 * x[2 * i + 1]);
  const b = Float32Array.from({ length: n }, (_, i) => x[2 * i] * x[2 * i + 1]);
  return { x, a, b };
}

function build(weighting?: mtl.Weighting, weights: { a?: number; b?: number } = {}) {
  const x = layers.input({ name: 'x', shape: [2] });
  const trunk = layers.dense({ units: 3, activation: 'tanh', kernelRegularizer: nn.regularizers.l2(0.01), name: 'trunk' }).apply(x);
  return mtl.model({
    inputs: { x },
    trunk,
    tasks: {
      a: { head: layers.dense({ units: 1, name: 'a' }), loss: 'mse', weight: weights.a },
      b: { head: layers.dense({ units: 1, name: 'b' }), loss: 'mse', weight: weights.b },
    },
    weighting,
    optimizer: optimizers.sgd({ learningRate: 0.05 }),
    seed: 3,
  });
}

describe('evaluate reports the training objective', () => {
  test('weightedSum weights and the kernel regularizer, as Keras evaluate with loss_weights', async () => {
    const n = 40;
    const { x, a, b } = data(n);
    const random = Random.fromSeed(17);
    const draw = (k: number) => Array.from(Float32Array.from({ length: k }, () => random.normal() * 0.7));
    const weights: Record<string, number[]> = {
      'trunk/kernel': draw(6),
      'trunk/bias': draw(3),
      'a/kernel': draw(3),
      'a/bias': draw(1),
      'b/kernel': draw(3),
      'b/bias': draw(1),
    };
    const shapes: Record<string, number[]> = {
      'trunk/kernel': [2, 3],
      'trunk/bias': [3],
      'a/kernel': [3, 1],
      'a/bias': [1],
      'b/kernel': [3, 1],
      'b/bias': [1],
    };
    const spec = { x: Array.from(x), a: Array.from(a), b: Array.from(b), l2: 0.01, lossWeights: { a: 0.3, b: 2 }, weights };
    const keras = runPythonJson<{ loss: number; a_loss: number; b_loss: number }>('keras_evaluate_objective.py', spec);

    for (const model of [build(mtl.weighting.weightedSum({ a: 0.3, b: 2 })), build(undefined, { a: 0.3, b: 2 })]) {
      await model.predict({ x });
      await model.compiled.setWeights(
        new Map(
          Object.entries(weights).map(([name, values]) => [
            name,
            Tensor.from(Float32Array.from(values), { dtype: 'float32', shape: shapes[name] }),
          ]),
        ),
      );
      const logs = await model.evaluate({ x, a, b }, { batchSize: n });
      expect(logs.a_loss).toBeCloseTo(keras.a_loss, 5);
      expect(logs.b_loss).toBeCloseTo(keras.b_loss, 5);
      expect(Math.abs(logs.loss - keras.loss) / keras.loss).toBeLessThan(1e-6);
      // And val_loss in fit is the same quantity.
      const history = await model.fit({ x, a, b }, { epochs: 1, batchSize: n, verbose: false, validation: { x, a, b } });
      const after = await model.evaluate({ x, a, b }, { batchSize: n });
      expect(history.history.val_loss[0]).toBeCloseTo(after.loss, 6);
      await model.close();
    }
  }, 120_000);

  test("a gradient-based method: the task losses weighted by the last step's implied weights", async () => {
    const model = build(mtl.weighting.mgda());
    const { x, a, b } = data(32);
    await model.predict({ x });
    const step = await model.compiled.trainOnBatch({
      x: { dtype: 'float32', shape: [32, 2], data: x },
      a: { dtype: 'float32', shape: [32, 1], data: a },
      b: { dtype: 'float32', shape: [32, 1], data: b },
    });
    const logs = await model.evaluate({ x, a, b }, { batchSize: 32 });
    const weights = await model.compiled.getWeights();
    const kernel = weights.get('trunk/kernel')!.data() as Float32Array;
    const penalty = 0.01 * kernel.reduce((s, v) => s + v * v, 0);
    expect(logs.loss).toBeCloseTo(step['weight/a'] * logs.a_loss + step['weight/b'] * logs.b_loss + penalty, 5);
    await model.close();
  });

  test("a loss-based method with its own terms: uncertainty's objective on the evaluation losses", async () => {
    const model = build(mtl.weighting.uncertainty());
    const { x, a, b } = data(64);
    await model.fit({ x, a, b }, { epochs: 3, batchSize: 16, verbose: false });
    const logs = await model.evaluate({ x, a, b }, { batchSize: 64 });
    const weights = await model.compiled.getWeights();
    const s = weights.get('mtl/uncertainty/log_variance')!.data() as Float32Array;
    const kernel = weights.get('trunk/kernel')!.data() as Float32Array;
    const penalty = 0.01 * kernel.reduce((sum, v) => sum + v * v, 0);
    const objective = 0.5 * Math.exp(-s[0]) * logs.a_loss + 0.5 * s[0] + 0.5 * Math.exp(-s[1]) * logs.b_loss + 0.5 * s[1];
    expect(logs.loss).toBeCloseTo(objective + penalty, 5);
    await model.close();
  });

  test('task weights with an explicit weighting would be ignored: an error', () => {
    expect(() => build(mtl.weighting.equal(), { a: 2 })).toThrow(/task "a" has a weight.*weighting "equal"/);
  });
});
