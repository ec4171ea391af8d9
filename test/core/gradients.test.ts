// Gradients (TF_AddGradientsWithPrefix) against analytic values.
import { Graph, Output, Session, Tensor, tensor } from '../../lib';

function placeholder(graph: Graph, name: string, shape: number[], dtype: 'float32' | 'float64' = 'float64'): Output {
  return graph.addOperation({ type: 'Placeholder', name, attrs: { dtype, shape } }).output(0);
}

function op(graph: Graph, type: string, inputs: Array<Output | Output[]>, attrs = {}): Output {
  return graph.addOperation({ type, inputs, attrs }).output(0);
}

function constant(graph: Graph, value: Tensor): Output {
  return graph.addOperation({ type: 'Const', attrs: { dtype: value.dtype, value } }).output(0);
}

describe('gradients', () => {
  test('d/dx and d/dw of sum(x² ⊙ w) are 2x⊙w and x²', async () => {
    const graph = new Graph();
    const x = placeholder(graph, 'x', [2, 3]);
    const w = placeholder(graph, 'w', [2, 3]);
    const loss = op(graph, 'Sum', [op(graph, 'Mul', [op(graph, 'Square', [x]), w]), constant(graph, tensor([0, 1], 'int32'))]);
    const [dx, dw] = graph.addGradients([loss], [x, w]);
    expect(dx).not.toBeNull();
    const xs = [0.5, -1.25, 2, 3.5, -0.75, 1e-3];
    const ws = [1.5, 2, -3, 0.25, 4, -7];
    const session = new Session(graph);
    const [gx, gw] = await session.run(
      [
        [x, tensor([xs.slice(0, 3), xs.slice(3)], 'float64')],
        [w, tensor([ws.slice(0, 3), ws.slice(3)], 'float64')],
      ],
      [dx as Output, dw as Output],
    );
    const gotX = gx.data() as Float64Array;
    const gotW = gw.data() as Float64Array;
    for (let i = 0; i < xs.length; i++) {
      expect(Math.abs(gotX[i] - 2 * xs[i] * ws[i])).toBeLessThan(1e-6);
      expect(Math.abs(gotW[i] - xs[i] * xs[i])).toBeLessThan(1e-6);
    }
    await session.close();
  });

  // float32: TensorFlow 2.21's C++ gradient of SoftmaxCrossEntropyWithLogits mixes
  // float and double constants, so it cannot be built for float64.
  test('gradient of softmax cross-entropy with respect to logits is softmax(z) - y', async () => {
    const graph = new Graph();
    const logits = placeholder(graph, 'logits', [3, 4], 'float32');
    const labels = placeholder(graph, 'labels', [3, 4], 'float32');
    const xent = graph.addOperation({ type: 'SoftmaxCrossEntropyWithLogits', inputs: [logits, labels] });
    const loss = op(graph, 'Sum', [xent.output(0), constant(graph, tensor([0], 'int32'))]);
    const [dz] = graph.addGradients([loss], [logits]);
    const z = [
      [1, 2, 3, 4],
      [-1, 0.5, 0, 2],
      [10, -10, 3, 0.1],
    ];
    const y = [
      [0, 0, 0, 1],
      [0.25, 0.25, 0.5, 0],
      [1, 0, 0, 0],
    ];
    const session = new Session(graph);
    const [grad, lossValue] = await session.run(
      [
        [logits, tensor(z, 'float32')],
        [labels, tensor(y, 'float32')],
      ],
      [dz as Output, loss],
    );
    const got = grad.array() as number[][];
    let expectedLoss = 0;
    for (let r = 0; r < 3; r++) {
      const max = Math.max(...z[r]);
      const exps = z[r].map((v) => Math.exp(v - max));
      const total = exps.reduce((a, b) => a + b, 0);
      for (let c = 0; c < 4; c++) {
        const softmax = exps[c] / total;
        expect(Math.abs(got[r][c] - (softmax - y[r][c]))).toBeLessThan(1e-6);
        expectedLoss -= y[r][c] * Math.log(softmax);
      }
    }
    expect(Math.abs((lossValue.item() as number) - expectedLoss) / expectedLoss).toBeLessThan(1e-6);
    await session.close();
  });

  test('initial gradients dx scale the result; an unconnected x gives null', async () => {
    const graph = new Graph();
    const x = placeholder(graph, 'x', [2]);
    const unrelated = placeholder(graph, 'u', [2]);
    const y = op(graph, 'Square', [x]);
    const seed = constant(graph, tensor([3, -1], 'float64'));
    const [dx, du] = graph.addGradients([y], [x, unrelated], { dx: [seed] });
    expect(du).toBeNull();
    const session = new Session(graph);
    const [g] = await session.run([[x, tensor([2, 5], 'float64')]], [dx as Output]);
    expect(Array.from(g.data() as Float64Array)).toEqual([12, -10]); // 2x * seed
    await session.close();
  });
});
