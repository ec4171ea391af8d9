// predict through one cached callable per (feeds, fetches, inline), writing predictions into the
// arrays it returns: batch-1 calls (inline) agree with one large batch (TensorFlow's pool), every
// call returns fresh arrays, and repeated calls add nothing to the graph.
import { layers, mtl, optimizers } from '../../lib';
import { PREDICT_INLINE_MAX_ROWS } from '../../lib/train/predict';
import { twoTaskData } from '../support/two-task-data';

function build() {
  const x = layers.input({ name: 'x', shape: [2] });
  const trunk = layers.dense({ units: 16, activation: 'tanh' }).apply(x);
  return mtl.model({
    inputs: { x },
    trunk,
    tasks: {
      sum: { head: layers.dense({ units: 1 }), loss: 'mse' },
      classes: { head: layers.dense({ units: 3 }), loss: 'sparseCategoricalCrossentropy' },
    },
    optimizer: optimizers.adam({ learningRate: 0.02 }),
    seed: 5,
  });
}

describe('predict', () => {
  test('batch-1 predictions (inline) equal those of one large batch (pool); no graph growth', async () => {
    const model = build();
    const n = 2 * PREDICT_INLINE_MAX_ROWS + 3; // one batch above the inline limit
    const { x } = twoTaskData(n, 11);
    const whole = await model.predict({ x }, { batchSize: n });
    expect(whole.sum.shape).toEqual([n, 1]);
    expect(whole.classes.shape).toEqual([n, 3]);
    const graph = model.compiled.graph;
    const ops = graph.operations().length;
    const seen = new Set<unknown>();
    for (let i = 0; i < n; i++) {
      const one = await model.predict({ x: x.subarray(2 * i, 2 * i + 2) }, { batchSize: 1 });
      expect(one.sum.shape).toEqual([1, 1]);
      expect(one.classes.shape).toEqual([1, 3]);
      expect(one.sum.data[0]).toBeCloseTo(whole.sum.data[i] as number, 5);
      for (let c = 0; c < 3; c++) expect(one.classes.data[c]).toBeCloseTo(whole.classes.data[3 * i + c] as number, 5);
      expect(seen.has(one.sum.data)).toBe(false); // a fresh array per call, never a reused buffer
      seen.add(one.sum.data);
    }
    expect(graph.operations().length).toBe(ops);
    // Several batches are concatenated in order.
    const batched = await model.predict({ x }, { batchSize: 10 });
    expect(Array.from(batched.classes.data as Float32Array).map((v) => +v.toFixed(5))).toEqual(
      Array.from(whole.classes.data as Float32Array).map((v) => +v.toFixed(5)),
    );
    await model.close();
  });

  test('repeated predict calls reuse one callable per (served outputs, inline); different outputs get their own', async () => {
    const model = build();
    const { x } = twoTaskData(4, 3);
    await model.predict({ x }, { batchSize: 4 });
    const session = model.compiled.session;
    const made: string[][] = [];
    const callable = session.callable.bind(session);
    const spy = jest.spyOn(session, 'callable').mockImplementation((spec) => {
      made.push((spec.fetches ?? []).map((f) => (typeof f === 'string' ? f : f.name)));
      return callable(spec);
    });
    const first = await model.predict({ x: x.subarray(0, 2) }, { batchSize: 1 });
    for (let i = 0; i < 20; i++) {
      const again = await model.predict({ x: x.subarray(0, 2) }, { batchSize: 1 });
      expect(Array.from(again.classes.data as Float32Array)).toEqual(Array.from(first.classes.data as Float32Array));
    }
    await model.predict({ x }, { batchSize: 4 });
    expect(made).toEqual([]); // both plans (batch 1 and 4 rows: inline) were made by the first calls
    spy.mockRestore();
    await model.close();
  });
});
