// Sparse class labels are checked in the graph, as Keras does: a label outside [0, classes) or a
// non-integer float label fails the run with INVALID_ARGUMENT naming the output, the class count
// and the bad value, whether batches are fed per step or gathered from whole columns inside the
// graph (stepsPerExecution > 1). Before, one-hot encoding made 7 or -1 an all-zero row: loss 0.
import { Graph, Session, Tensor, nn, train } from '../../lib';
import * as ops from '../../lib/ops';
import { reduceLoss } from '../../lib/train/losses';

const { layers } = nn;

/** 12 examples of 2 features; labels 0..2 cycling, with `bad` put at example 5. */
function data(bad?: number, labelType: 'int32' | 'float32' = 'int32') {
  const n = 12;
  const features = Float32Array.from({ length: n * 2 }, (_, i) => Math.sin(i));
  const labels = labelType === 'int32' ? new Int32Array(n) : new Float32Array(n);
  for (let i = 0; i < n; i++) labels[i] = i % 3;
  if (bad !== undefined) labels[5] = bad;
  return { features, digit: labels, other: new Float32Array(n) };
}

function classifier(options: { loss?: boolean; metrics?: train.CompileOptions['metrics'] } = {}) {
  const input = layers.input({ name: 'features', shape: [2] });
  const logits = layers.dense({ units: 3 }).apply(input);
  const other = layers.dense({ units: 1 }).apply(input);
  const model = nn.model({ inputs: { features: input }, outputs: { digit: logits, other } });
  return train.compile(model, {
    optimizer: train.optimizers.sgd({ learningRate: 0.1 }),
    loss: options.loss === false ? { other: 'mse' } : { digit: train.losses.sparseCategoricalCrossentropy({ fromLogits: true }) },
    metrics: options.metrics,
    seed: 1,
  });
}

const outOfRange = (value: string) =>
  new RegExp(
    `output "digit".*class ids in \\[0, 3\\) \\(3 classes\\); found the label\\] \\[${value.replace(/[.-]/g, (c) => `\\${c}`)}\\]`,
    's',
  );

describe('sparse class labels', () => {
  test.each([
    ['7', 7],
    ['-1', -1],
    ['3', 3],
  ])('a label of %s for a 3-class head fails fit with INVALID_ARGUMENT naming the output', async (shown, bad) => {
    const trainer = classifier();
    try {
      const error = await trainer.fit(data(bad), { epochs: 1, batchSize: 4, verbose: false }).then(
        () => null,
        (e: Error) => e,
      );
      expect(error).not.toBeNull();
      expect((error as Error & { code?: string }).code).toBe('INVALID_ARGUMENT');
      expect(error!.message).toMatch(outOfRange(shown));
    } finally {
      await trainer.close();
    }
  });

  test('int64 class ids are checked too', async () => {
    const trainer = classifier();
    try {
      const { features, digit, other } = data(7);
      const ids = BigInt64Array.from(digit, (v) => BigInt(v));
      await expect(trainer.fit({ features, digit: ids, other }, { epochs: 1, batchSize: 4, verbose: false })).rejects.toThrow(
        outOfRange('7'),
      );
    } finally {
      await trainer.close();
    }
  });

  test('valid labels pass unchanged: the loss is the cross-entropy of the predictions', async () => {
    const trainer = classifier();
    try {
      const set = data();
      const logits = (await trainer.predict({ features: set.features })).digit.data as Float32Array;
      const expected =
        Array.from(set.digit).reduce((sum, k, i) => {
          const row = Array.from(logits.subarray(i * 3, i * 3 + 3));
          const max = Math.max(...row);
          return sum + Math.log(row.reduce((s, z) => s + Math.exp(z - max), 0)) + max - row[k];
        }, 0) / set.digit.length;
      const logs = await trainer.evaluate(set, { batchSize: 4 });
      expect(logs.loss).toBeCloseTo(expected, 5);
    } finally {
      await trainer.close();
    }
  });

  test('an empty batch passes the check (loss 0, as reduceLoss gives)', async () => {
    const graph = new Graph();
    const labels = ops.placeholder(graph, { dtype: 'int32', shape: [-1] });
    const logits = ops.placeholder(graph, { dtype: 'float32', shape: [-1, 3] });
    const loss = train.losses.sparseCategoricalCrossentropy({ fromLogits: true });
    const value = reduceLoss(loss.perExample(labels, logits, 'test'), loss.reduction);
    const session = new Session(graph);
    try {
      const [out] = await session.run(
        [
          [labels, Tensor.from(new Int32Array(0), { dtype: 'int32', shape: [0] })],
          [logits, Tensor.from(new Float32Array(0), { dtype: 'float32', shape: [0, 3] })],
        ],
        [value],
      );
      expect(out.item()).toBe(0);
    } finally {
      await session.close();
    }
  });

  test('the in-graph data path (rows gathered by the step loop) checks too', async () => {
    const trainer = classifier();
    try {
      await expect(trainer.fit(data(7), { epochs: 1, batchSize: 2, stepsPerExecution: 3, verbose: false })).rejects.toThrow(
        outOfRange('7'),
      );
    } finally {
      await trainer.close();
    }
  });

  test('with jitCompile (XLA drops Assert ops) the bad example loss is NaN: fit stops as diverged', async () => {
    const input = layers.input({ name: 'features', shape: [2] });
    const model = nn.model({ inputs: { features: input }, outputs: { digit: layers.dense({ units: 3 }).apply(input) } });
    const trainer = train.compile(model, {
      optimizer: train.optimizers.sgd({ learningRate: 0.1 }),
      loss: train.losses.sparseCategoricalCrossentropy({ fromLogits: true }),
      jitCompile: true,
      seed: 1,
    });
    try {
      const { features, digit } = data(7);
      await expect(trainer.fit({ features, digit }, { epochs: 1, batchSize: 4, verbose: false })).rejects.toThrow(
        /class ids in \[0, 3\).*\[7\]|diverged.*NaN/s,
      );
    } finally {
      await trainer.close();
    }
  });

  test('non-integer and NaN float labels are refused, not truncated', async () => {
    for (const bad of [1.5, NaN]) {
      const trainer = classifier();
      try {
        // NaN is refused before the step, as every non-finite training label (on-batch-inputs.test.ts); 1.5 by the graph's check.
        const expected = Number.isNaN(bad)
          ? /fit: the labels of output "digit", example \d+ of the batch at step \d+ of epoch 1 is NaN/
          : outOfRange('1.5');
        await expect(trainer.fit(data(bad, 'float32'), { epochs: 1, batchSize: 4, verbose: false })).rejects.toThrow(expected);
      } finally {
        await trainer.close();
      }
    }
  });

  test('evaluate and the sparse accuracy metrics check labels (no loss on that output)', async () => {
    for (const metric of ['accuracy', 'sparseCategoricalAccuracy'] as const) {
      const trainer = classifier({ loss: false, metrics: { digit: [metric] } });
      try {
        await expect(trainer.evaluate(data(-1), { batchSize: 4 })).rejects.toThrow(
          /metric "\w+" of output "digit".*class ids in \[0, 3\).*\[-1\]/s,
        );
      } finally {
        await trainer.close();
      }
    }
  });
});
