// Generated op wrappers, run through a Session against values worked out by hand or in JS.
import { Graph, InvalidArgumentError, Output, Session, Tensor, tensor } from '../../lib';
import * as ops from '../../lib/ops';

async function run(graph: Graph, fetches: Output[], feeds: Array<[Output, Tensor]> = []): Promise<unknown[]> {
  const session = new Session(graph);
  try {
    return (await session.run(feeds, fetches)).map((t) => t.array());
  } finally {
    await session.close();
  }
}

describe('generated ops', () => {
  test('matMul with transposeA computes aᵀ·b', async () => {
    const graph = new Graph();
    const aValues = [
      [1, 2],
      [3, 4],
      [5, 6],
    ];
    const bValues = [
      [1, 0, 2],
      [0, 1, 3],
      [-1, 1, 1],
    ];
    const a = ops.placeholder(graph, { dtype: 'float32', shape: [3, 2], name: 'a' });
    const y = ops.matMul(a, bValues, { transposeA: true });
    expect(y.shape).toEqual([2, 3]);
    const [got] = await run(graph, [y], [[a, tensor(aValues)]]);
    const expected = [0, 1].map((i) => [0, 1, 2].map((j) => [0, 1, 2].reduce((acc, k) => acc + aValues[k][i] * bValues[k][j], 0)));
    expect(expected).toEqual([
      [-4, 8, 16],
      [-4, 10, 22],
    ]);
    expect(got).toEqual(expected);
  });

  test('conv2d on a 3×3 image with a 2×2 filter, VALID and SAME', async () => {
    const graph = new Graph();
    // NHWC [1, 3, 3, 1] holding 1..9 row by row; HWIO filter [2, 2, 1, 1] holding [[1, 2], [3, 4]].
    const image = ops.constant(graph, [
      [
        [[1], [2], [3]],
        [[4], [5], [6]],
        [[7], [8], [9]],
      ],
    ]);
    const filter = ops.constant(graph, [
      [[[1]], [[2]]],
      [[[3]], [[4]]],
    ]);
    const valid = ops.conv2d(image, filter, { strides: [1, 1, 1, 1], padding: 'VALID' });
    const same = ops.conv2d(image, filter, { strides: [1, 1, 1, 1], padding: 'SAME' });
    const [v, s] = (await run(graph, [valid, same])) as number[][][][][];
    // VALID: top-left window 1·1 + 2·2 + 4·3 + 5·4 = 37, and so on.
    expect(v[0].map((row) => row.map((px) => px[0]))).toEqual([
      [37, 47],
      [67, 77],
    ]);
    // SAME pads one zero row/column at the bottom/right: the last column sees 3·1 + 6·3 = 21, ...
    expect(s[0].map((row) => row.map((px) => px[0]))).toEqual([
      [37, 47, 21],
      [67, 77, 33],
      [23, 26, 9],
    ]);
  });

  test('multi-output ops return objects keyed by output name; list outputs return arrays', async () => {
    const graph = new Graph();
    const x = ops.placeholder(graph, { dtype: 'int32', shape: [5] });
    const { y, idx } = ops.unique(x);
    const { values, indices } = ops.topKV2(ops.constant(graph, [1, 5, 3, 4]), 2);
    const halves = ops.split(
      1,
      ops.constant(graph, [
        [1, 2, 3, 4],
        [5, 6, 7, 8],
      ]),
      { numSplit: 2 },
    );
    expect(halves).toHaveLength(2);
    const got = await run(graph, [y, idx, values, indices, ...halves], [[x, tensor([3, 1, 3, 2, 1], 'int32')]]);
    expect(got).toEqual([
      [3, 1, 2],
      [0, 1, 0, 2, 1],
      [5, 4],
      [1, 3],
      [
        [1, 2],
        [5, 6],
      ],
      [
        [3, 4],
        [7, 8],
      ],
    ]);
    const batchNorm = ops.fusedBatchNormV3(ops.constant(graph, [[[[1, 2]]]]), [1, 1], [0, 0], [], [], { isTraining: true });
    expect(Object.keys(batchNorm)).toEqual(['y', 'batchMean', 'batchVariance', 'reserveSpace1', 'reserveSpace2', 'reserveSpace3']);
  });

  test('list inputs: addN and concatV2', async () => {
    const graph = new Graph();
    const a = ops.constant(graph, [1, 2]);
    const b = ops.constant(graph, [10, 20]);
    const sum = ops.addN([a, b, [100, 200]]);
    const joined = ops.concatV2([a, b], 0);
    expect(await run(graph, [sum, joined])).toEqual([
      [111, 222],
      [1, 2, 10, 20],
    ]);
  });

  test('ops without inputs take the graph first; ops without outputs return the Operation', async () => {
    const graph = new Graph();
    const p = ops.placeholder(graph, { dtype: 'float64', shape: [2], name: 'p' });
    const c = ops.constOp(graph, { dtype: 'int32', value: [7, 8], name: 'c' });
    expect(p.name).toBe('p:0');
    expect(p.dtype).toBe('float64');
    expect(c.dtype).toBe('int32');
    const noOp = ops.noOp(graph, { name: 'nothing' });
    expect(noOp.name).toBe('nothing');
    expect(noOp.type).toBe('NoOp');
    expect(await run(graph, [c])).toEqual([[7, 8]]);
  });

  test('plain values become constants of the dtype their type attribute is bound to', async () => {
    const graph = new Graph();
    const x = ops.placeholder(graph, { dtype: 'float64', shape: [3] });
    const doubled = ops.mul(x, 2);
    const constInput = doubled.op.inputs()[1];
    expect(constInput.op.type).toBe('Const');
    expect(constInput.dtype).toBe('float64');
    // Before the Output in argument order, still bound by it.
    const shifted = ops.sub(10, x);
    expect(shifted.op.inputs()[0].dtype).toBe('float64');
    // An attribute's default decides: Sum's Tidx defaults to int32.
    const total = ops.sum(x, [0]);
    expect(total.op.inputs()[1].dtype).toBe('int32');
    // Fixed-type inputs: Split's split_dim is int32.
    expect(ops.split(0, x, { numSplit: 3 })[0].op.inputs()[0].dtype).toBe('int32');
    // No Output at all: the graph comes from options, the dtype from the values.
    const five = ops.addV2(2, 3, { graph });
    expect(five.dtype).toBe('float32');
    const got = await run(graph, [doubled, shifted, total, five], [[x, tensor([1, 2, 3.5], 'float64')]]);
    expect(got).toEqual([[2, 4, 7], [9, 8, 6.5], 6.5, 5]);
  });

  test('names, devices and control inputs pass through; scopes apply', () => {
    const graph = new Graph();
    const x = ops.placeholder(graph, { dtype: 'float32', shape: [2] });
    const first = ops.identity(x, { name: 'first' });
    const scoped = graph.withNameScope('layer', () => ops.relu(x, { device: '/CPU:0', controlInputs: [first.op] }));
    expect(scoped.op.name).toBe('layer/Relu');
    expect(scoped.op.device).toBe('/CPU:0');
    expect(scoped.op.controlInputs().map((op) => op.name)).toEqual(['first']);
  });

  test('misuse is an InvalidArgumentError naming the function', () => {
    const graph = new Graph();
    const x = ops.placeholder(graph, { dtype: 'float32', shape: [2] });
    expect(() => ops.addV2(1, 2)).toThrow(/addV2: none of the inputs is an Output.*options.graph/);
    expect(() => ops.matMul(x, x, { transposeC: true } as never)).toThrow(InvalidArgumentError);
    expect(() => ops.matMul(x, x, { transposeC: true } as never)).toThrow(/matMul: unknown option 'transposeC'/);
    expect(() => ops.addN(x as never)).toThrow(/addN: input 'inputs' takes a list of tensors/);
    expect(() => ops.mul(x, tensor([1, 2], 'int32'))).toThrow(/mul: input 'y' must be float32, got a int32 Tensor/);
  });
});
