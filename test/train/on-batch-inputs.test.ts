// trainOnBatch and the other public entry points take what fit takes: columns of flat typed
// arrays or JS arrays as well as batches of { dtype, shape, data }. Hostile inputs (wrong
// lengths, wrong nesting, strings, undefined columns, NaN labels) give errors that name the column,
// never a bare TypeError from deep inside the trainer.
import { nn, train } from '../../lib';

const { layers } = nn;

function regression(seed = 1) {
  const x = layers.input({ name: 'x', shape: [3] });
  const model = nn.model({ inputs: { x }, outputs: { y: layers.dense({ units: 2, name: 'out' }).apply(x) } });
  return train.compile(model, { optimizer: 'sgd', loss: 'mse', seed });
}

const X = Float32Array.of(0.5, -1, 2, 1, 0, -0.5, 0.25, 0.75, 1.5, -2, 1, 0);
const Y = Float32Array.of(1, 0, -1, 2, 0.5, 0.5, 3, -3);

describe('trainOnBatch and friends on columns and hostile inputs', () => {
  test('flat typed-array columns train like the same batch as { dtype, shape, data }, and like fit', async () => {
    const [a, b, c] = [regression(), regression(), regression()];
    try {
      const fromColumns = await a.trainOnBatch({ x: X, y: Y });
      const fromBatch = await b.trainOnBatch({
        x: { dtype: 'float32', shape: [4, 3], data: X },
        y: { dtype: 'float32', shape: [4, 2], data: Y },
      });
      const fitted = await c.fit({ x: X, y: Y }, { epochs: 1, batchSize: 4, verbose: false });
      expect(Number.isFinite(fromBatch.loss)).toBe(true);
      expect(fromColumns.loss).toBe(fromBatch.loss);
      expect(fitted.history.loss[0]).toBeCloseTo(fromBatch.loss, 6);
      // Nested JS arrays, as fit takes them, too; and trainOnBatches with one step.
      const nested = await a.trainOnBatches(
        {
          x: [
            [0.5, -1, 2],
            [1, 0, -0.5],
          ],
          y: [
            [1, 0],
            [-1, 2],
          ],
        } as never,
        1,
      );
      expect(Number.isFinite(nested.loss)).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });

  const hostile: Array<{ what: string; data: Record<string, unknown>; column: string; batch?: boolean }> = [
    { what: 'a flat x of the wrong length', data: { x: new Float32Array(10), y: Y }, column: 'x' },
    { what: 'flat labels of the wrong length', data: { x: X, y: new Float32Array(7) }, column: 'y' },
    {
      what: 'x nested one level too deep',
      data: {
        x: [
          [[1], [2], [3]],
          [[4], [5], [6]],
        ],
        y: [
          [1, 0],
          [0, 1],
        ],
      },
      column: 'x',
    },
    {
      what: 'x one level too shallow (a value per example for a [3] input)',
      data: {
        x: [1, 2],
        y: [
          [1, 0],
          [0, 1],
        ],
      },
      column: 'x',
    },
    { what: 'a null x', data: { x: null, y: Y }, column: 'x' },
    {
      what: 'x of strings',
      data: {
        x: ['a', 'b'],
        y: [
          [1, 0],
          [0, 1],
        ],
      },
      column: 'x',
    },
    { what: 'an undefined x', data: { x: undefined, y: Y }, column: 'x' },
    { what: 'a batch entry without data', data: { x: { dtype: 'float32', shape: [4, 3] }, y: Y }, column: 'x' },
    { what: 'labels that are a number', data: { x: X, y: 3 }, column: 'y' },
    {
      what: 'a batch whose labels hold 3 examples for 4',
      data: { x: { dtype: 'float32', shape: [4, 3], data: X }, y: { dtype: 'float32', shape: [3, 2], data: Y.slice(0, 6) } },
      column: 'y',
      batch: true,
    },
  ];
  // fit, evaluate and predict take a batch in a list of batches.
  const calls: Array<[string, (t: train.Trainer, data: never, batch: boolean) => Promise<unknown>, boolean]> = [
    ['trainOnBatch', (t, data) => t.trainOnBatch(data), true],
    ['trainOnBatches', (t, data) => t.trainOnBatches(data, 1), true],
    ['fit', (t, data, batch) => t.fit(batch ? [data] : data, { epochs: 1, verbose: false }), true],
    ['evaluate', (t, data, batch) => t.evaluate(batch ? [data] : data), true],
    ['predict', (t, data, batch) => t.predict(batch ? [data] : data), false],
  ];

  test.each(calls)('%s: hostile columns are errors naming the column', async (_name, call, usesLabels) => {
    const trainer = regression();
    try {
      for (const { what, data, column, batch } of hostile) {
        if (!usesLabels && column === 'y') continue;
        const input = usesLabels ? data : { x: data.x };
        let error: unknown = null;
        await call(trainer, input as never, batch ?? false).catch((e: unknown) => (error = e));
        expect({ what, error: error === null ? 'no error' : (error as Error).name }).toEqual({ what, error: 'InvalidArgumentError' });
        expect({ what, message: (error as Error).message }).toEqual({ what, message: expect.stringContaining(`"${column}"`) });
      }
    } finally {
      await trainer.close();
    }
  });

  // Training refuses non-finite labels as evaluate does (it used to return a NaN loss and move the weights by NaN).
  test('NaN labels: training and evaluate refuse them by name, and the weights are left alone', async () => {
    const trainer = regression();
    try {
      await trainer.build();
      const before = await trainer.getWeights();
      const bad = Float32Array.of(0, 0, 1, 2, 0, Infinity, 1, 1);
      await expect(trainer.trainOnBatch({ x: X, y: bad })).rejects.toThrow(
        'trainOnBatch: the labels of output "y", example 2 is Infinity (training data must be finite)',
      );
      await expect(trainer.trainOnBatches({ x: X, y: bad }, 2)).rejects.toThrow(
        'trainOnBatches: the labels of output "y", example 2 is Infinity',
      );
      // fit names the example of its (unshuffled) data, one step per run and through the in-graph
      // loop; the bad label is in the first batch, so no step has run.
      const nan = Float32Array.of(1, 0, NaN, 2, 0.5, 0.5, 3, -3);
      for (const stepsPerExecution of [1, 2]) {
        await expect(
          trainer.fit({ x: X, y: nan }, { epochs: 1, batchSize: 2, shuffle: false, verbose: false, stepsPerExecution }),
        ).rejects.toThrow(/^fit.*the labels of output "y", example 1 is NaN \(training data must be finite\)/);
      }
      const after = await trainer.getWeights();
      for (const [name, value] of before)
        expect(Array.from(after.get(name)!.data() as Float32Array)).toEqual(Array.from(value.data() as Float32Array));
      for (const t of [...before.values(), ...after.values()]) t.dispose();
      // evaluate checks its data: the error names the output and the example.
      await expect(trainer.evaluate({ x: X, y: Float32Array.of(NaN, 0, 1, 2, 0, 0, 1, 1) })).rejects.toThrow(
        'the labels of output "y", example 0 is NaN',
      );
    } finally {
      await trainer.close();
    }
  });
});
