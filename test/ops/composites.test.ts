// Hand-written composites: values against JS references, gradients against the analytic ones.
import { Graph, Output, Session, Tensor, tensor } from '../../lib';
import * as ops from '../../lib/ops';

async function run(graph: Graph, fetches: Output[], feeds: Array<[Output, Tensor]> = []): Promise<unknown[]> {
  const session = new Session(graph);
  try {
    return (await session.run(feeds, fetches)).map((t) => t.array());
  } finally {
    await session.close();
  }
}

function expectClose(got: unknown, expected: unknown, tolerance: number): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(got) && got.length === expected.length).toBe(true);
    expected.forEach((value, i) => expectClose((got as unknown[])[i], value, tolerance));
  } else {
    expect(Math.abs((got as number) - (expected as number))).toBeLessThanOrEqual(tolerance);
  }
}

const softmax = (row: number[]): number[] => {
  const max = Math.max(...row);
  const exps = row.map((v) => Math.exp(v - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
};
const logSumExpJs = (row: number[]): number => {
  const max = Math.max(...row);
  return max + Math.log(row.reduce((acc, v) => acc + Math.exp(v - max), 0));
};

describe('composites', () => {
  test('constant infers or takes a dtype, and a name; cast takes a dtype or the raw options', async () => {
    const graph = new Graph();
    expect(ops.constant(graph, [1.5, 2]).dtype).toBe('float32');
    expect(ops.constant(graph, [1n, 2n]).dtype).toBe('int64');
    expect(ops.constant(graph, tensor([1, 2], 'int32')).dtype).toBe('int32');
    const named = ops.constant(graph, 3, 'float64', 'three');
    expect(named.name).toBe('three:0');
    expect(() => ops.constant(graph, tensor([1], 'int32'), 'float32')).toThrow(/Tensor is int32, not float32/);
    const x = ops.constant(graph, [1.7, -2.2]);
    expect(ops.cast(x, 'float32')).toBe(x);
    const truncated = ops.cast(x, 'int32');
    const viaOptions = ops.cast(x, { dstT: 'float64', name: 'wide' });
    expect(viaOptions.op.name).toBe('wide');
    const [t, w] = await run(graph, [truncated, viaOptions]);
    expect(t).toEqual([1, -2]);
    expectClose(w, [1.7, -2.2], 1e-6);
  });

  test('oneHot encodes class ids; out-of-range ids give all-off rows', async () => {
    const graph = new Graph();
    const ids = ops.constant(graph, [0, 2, 5, -1], 'int32');
    const [plain, custom] = await run(graph, [ops.oneHot(ids, 3), ops.oneHot(ids, 3, 'float64', { onValue: 2, offValue: -1 })]);
    expect(plain).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(custom).toEqual([
      [2, -1, -1],
      [-1, -1, 2],
      [-1, -1, -1],
      [-1, -1, -1],
    ]);
  });

  test('reduceSum/Mean/Max/Min over all axes, JS axes (negative too) and keepDims, at known and unknown rank', async () => {
    const graph = new Graph();
    const x = ops.constant(graph, [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const unranked = ops.placeholder(graph, { dtype: 'float32' });
    expect(unranked.shape).toBeNull();
    const got = await run(
      graph,
      [
        ops.reduceSum(x),
        ops.reduceMean(x),
        ops.reduceMax(x),
        ops.reduceMin(x),
        ops.reduceSum(x, 0),
        ops.reduceSum(x, [-1], true),
        ops.reduceMean(x, [0, 1], true),
        ops.reduceSum(unranked),
      ],
      [[unranked, tensor([[[1, 2]], [[3, 4]]])]],
    );
    expect(got).toEqual([21, 3.5, 6, 1, [5, 7, 9], [[6], [15]], [[3.5]], 10]);
  });

  test('logSumExp does not overflow, and its gradient is softmax', async () => {
    const graph = new Graph();
    const rows = [
      [1, 2, 3],
      [1000, 1000, 999],
      [-5, 0.5, 7],
    ];
    const x = ops.placeholder(graph, { dtype: 'float64', shape: [3, 3] });
    const perRow = ops.logSumExp(x, -1);
    const all = ops.logSumExp(x);
    const kept = ops.logSumExp(x, 1, true);
    const [dx] = graph.addGradients([ops.reduceSum(perRow)], [x]);
    const [values, total, keptValues, gradient] = await run(graph, [perRow, all, kept, dx as Output], [[x, tensor(rows, 'float64')]]);
    expectClose(values, rows.map(logSumExpJs), 1e-9);
    expectClose(total, logSumExpJs(rows.flat()), 1e-9);
    expectClose(
      keptValues,
      rows.map((row) => [logSumExpJs(row)]),
      1e-9,
    );
    expectClose(gradient, rows.map(softmax), 1e-12);
  });

  test('sparseSoftmaxCrossEntropy = log-sum-exp minus the true logit; gradient softmax − onehot', async () => {
    for (const shape of [
      [3, 4],
      [-1, -1],
    ]) {
      const graph = new Graph();
      const z = [
        [1, 2, 3, 4],
        [-1, 0.5, 0, 2],
        [10, -10, 3, 0.1],
      ];
      const labels = [3, 1, 0];
      const logits = ops.placeholder(graph, { dtype: 'float32', shape });
      const loss = ops.sparseSoftmaxCrossEntropy(logits, ops.constant(graph, labels, 'int64'));
      const [dz] = graph.addGradients([ops.reduceSum(loss)], [logits]);
      expect(() => ops.checkDifferentiable([loss], [logits])).not.toThrow();
      const [got, gradient] = await run(graph, [loss, dz as Output], [[logits, tensor(z)]]);
      expectClose(
        got,
        z.map((row, i) => logSumExpJs(row) - row[labels[i]]),
        1e-5,
      );
      expectClose(
        gradient,
        z.map((row, i) => softmax(row).map((p, c) => p - (c === labels[i] ? 1 : 0))),
        1e-6,
      );
    }
  });

  test('sparseSoftmaxCrossEntropy refuses a label outside [0, classes), as the raw op does on CPU', async () => {
    for (const bad of [4, -1]) {
      const graph = new Graph();
      const logits = ops.placeholder(graph, { dtype: 'float32', shape: [-1, -1] });
      const loss = ops.sparseSoftmaxCrossEntropy(logits, ops.constant(graph, [3, bad], 'int64'));
      await expect(
        run(
          graph,
          [loss],
          [
            [
              logits,
              tensor([
                [1, 2, 3, 4],
                [0, 0, 0, 0],
              ]),
            ],
          ],
        ),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      await expect(
        run(
          graph,
          [loss],
          [
            [
              logits,
              tensor([
                [1, 2, 3, 4],
                [0, 0, 0, 0],
              ]),
            ],
          ],
        ),
      ).rejects.toThrow(new RegExp(`labels must be class ids in \\[0, classes\\); classes and labels:\\] \\[4\\] \\[3 ${bad}\\]`));
    }
  });

  test('softmaxCrossEntropy takes probability labels', async () => {
    const graph = new Graph();
    const logits = ops.constant(graph, [[1, 2, 3]]);
    const [got] = await run(graph, [ops.softmaxCrossEntropy(logits, [[0.25, 0.25, 0.5]])]);
    const p = softmax([1, 2, 3]);
    expectClose(got, [-(0.25 * Math.log(p[0]) + 0.25 * Math.log(p[1]) + 0.5 * Math.log(p[2]))], 1e-6);
  });

  test('sigmoidCrossEntropy is stable for large |x|; gradient σ(x) − z', async () => {
    const graph = new Graph();
    const xs = [-30, -1, 0, 2, 40];
    const zs = [0, 1, 0.5, 1, 0];
    const x = ops.placeholder(graph, { dtype: 'float64', shape: [5] });
    const loss = ops.sigmoidCrossEntropy(x, zs);
    const [dx] = graph.addGradients([ops.reduceSum(loss)], [x]);
    const [got, gradient] = await run(graph, [loss, dx as Output], [[x, tensor(xs, 'float64')]]);
    const sigma = (v: number) => 1 / (1 + Math.exp(-v));
    // −z·log σ(x) − (1−z)·log(1−σ(x)), with log σ(x) = −log1p(e^−x) and log(1−σ(x)) = −x − log1p(e^−x).
    const expected = xs.map((v, i) => zs[i] * Math.log1p(Math.exp(-v)) + (1 - zs[i]) * (v + Math.log1p(Math.exp(-v))));
    expectClose(got, expected, 1e-12);
    expectClose(
      gradient,
      xs.map((v, i) => sigma(v) - zs[i]),
      1e-12,
    );
  });
});
