// Losses against values computed in JS from their definitions (Keras semantics).
import { Graph, Output, Session, tensor } from '../../lib';
import { losses } from '../../lib/train';
import { reduceLoss } from '../../lib/train/losses';

async function evaluate(
  loss: losses.Loss,
  yTrue: number[][] | number[],
  yPred: number[][],
  options: { labelDtype?: 'float32' | 'int32'; sampleWeight?: number[] } = {},
): Promise<number> {
  const graph = new Graph();
  const t = graph
    .addOperation({
      type: 'Const',
      attrs: { dtype: options.labelDtype ?? 'float32', value: tensor(yTrue as never, options.labelDtype ?? 'float32') },
    })
    .output(0);
  const p = graph.addOperation({ type: 'Const', attrs: { dtype: 'float32', value: tensor(yPred, 'float32') } }).output(0);
  const w: Output | null = options.sampleWeight
    ? graph.addOperation({ type: 'Const', attrs: { dtype: 'float32', value: tensor(options.sampleWeight, 'float32') } }).output(0)
    : null;
  const value = reduceLoss(loss.perExample(t, p, 'test'), loss.reduction, w);
  const session = new Session(graph);
  const [out] = await session.run(null, [value]);
  await session.close();
  return out.item() as number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const clip = (p: number) => Math.min(Math.max(p, 1e-7), 1 - 1e-7);
const softmax = (z: number[]) => {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
};

const yTrue = [
  [0, 1, 0],
  [1, 0, 0],
];
const logits = [
  [0.5, 2, -1],
  [3, -2, 0.25],
];
const probs = logits.map(softmax);

describe('losses', () => {
  test('mean squared / absolute error and huber', async () => {
    const a = [
      [1, 2],
      [3, 4],
    ];
    const b = [
      [1.5, 1],
      [2, 6],
    ];
    const diffs = a.map((row, i) => row.map((v, j) => b[i][j] - v));
    expect(await evaluate(losses.meanSquaredError(), a, b)).toBeCloseTo(mean(diffs.map((r) => mean(r.map((d) => d * d)))), 6);
    expect(await evaluate(losses.meanAbsoluteError(), a, b)).toBeCloseTo(mean(diffs.map((r) => mean(r.map(Math.abs)))), 6);
    const huber = (d: number) => (Math.abs(d) <= 1 ? 0.5 * d * d : Math.abs(d) - 0.5);
    expect(await evaluate(losses.huber(), a, b)).toBeCloseTo(mean(diffs.map((r) => mean(r.map(huber)))), 6);
  });

  test('categorical cross-entropy from logits and from probabilities', async () => {
    const expected = mean(yTrue.map((row, i) => -row.reduce((s, y, j) => s + y * Math.log(probs[i][j]), 0)));
    expect(await evaluate(losses.categoricalCrossentropy({ fromLogits: true }), yTrue, logits)).toBeCloseTo(expected, 5);
    expect(await evaluate(losses.categoricalCrossentropy(), yTrue, probs)).toBeCloseTo(expected, 5);
  });

  test('sparse categorical cross-entropy, labels (batch,) or (batch, 1)', async () => {
    const ids = [1, 0];
    const expected = mean(ids.map((k, i) => -Math.log(probs[i][k])));
    expect(await evaluate(losses.sparseCategoricalCrossentropy({ fromLogits: true }), ids, logits, { labelDtype: 'int32' })).toBeCloseTo(
      expected,
      5,
    );
    expect(await evaluate(losses.sparseCategoricalCrossentropy(), [[1], [0]], probs, { labelDtype: 'int32' })).toBeCloseTo(expected, 5);
  });

  test('binary cross-entropy from logits and probabilities; sample weights', async () => {
    const y = [
      [1, 0],
      [0, 1],
    ];
    const z = [
      [2, -1],
      [0.5, -3],
    ];
    const sig = (v: number) => 1 / (1 + Math.exp(-v));
    const perExample = y.map((row, i) =>
      mean(row.map((t, j) => -(t * Math.log(clip(sig(z[i][j]))) + (1 - t) * Math.log(1 - clip(sig(z[i][j])))))),
    );
    expect(await evaluate(losses.binaryCrossentropy({ fromLogits: true }), y, z)).toBeCloseTo(mean(perExample), 5);
    expect(
      await evaluate(
        losses.binaryCrossentropy(),
        y,
        z.map((r) => r.map(sig)),
      ),
    ).toBeCloseTo(mean(perExample), 5);
    // sumOverBatchSize divides by the number of examples, whatever the weights.
    expect(await evaluate(losses.binaryCrossentropy({ fromLogits: true }), y, z, { sampleWeight: [2, 0] })).toBeCloseTo(
      (2 * perExample[0]) / 2,
      5,
    );
    expect(await evaluate(losses.binaryCrossentropy({ fromLogits: true, reduction: 'sum' }), y, z)).toBeCloseTo(
      perExample[0] + perExample[1],
      5,
    );
  });

  test('KL divergence', async () => {
    const p = [[0.2, 0.3, 0.5]];
    const q = [[0.1, 0.6, 0.3]];
    const expected = p[0].reduce((s, v, j) => s + v * Math.log(v / q[0][j]), 0);
    expect(await evaluate(losses.klDivergence(), p, q)).toBeCloseTo(expected, 6);
  });

  test('shape mismatch names the loss and both shapes', async () => {
    await expect(evaluate(losses.meanSquaredError(), [[1, 2, 3]], [[1, 2]])).rejects.toThrow(
      /label shape \[1, 3\] does not match prediction shape \[1, 2\]/,
    );
    await expect(evaluate(losses.sparseCategoricalCrossentropy(), [[[1]]] as never, probs, { labelDtype: 'int32' })).rejects.toThrow(
      /sparse labels must have shape/,
    );
  });
});
