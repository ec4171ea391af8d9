/**
 * The second-order probe behind mtl.meta's design: for an op, build y = sum(op(x)) on a 3×3
 * placeholder, add dy/dx with TF_AddGradients (explicit seed), then add the gradient of
 * sum(dy/dx · c) for a constant c. Whether the second call succeeds says if the op's gradient
 * graph can be differentiated again by TensorFlow's C++ registry.
 */
import { Graph, Output, TensorFlowError } from '../../core';
import * as ops from '../../ops';
import { relu as differentiableRelu, tanh as differentiableTanh, sigmoid as differentiableSigmoid } from './differentiable';

type Build = (g: Graph, x: Output) => Output;

const row = (g: Graph) => ops.constant(g, [1, 2, 3], 'float32');
const image = (g: Graph, x: Output) => ops.reshape(x, ops.constant(g, [1, 3, 3, 1], 'int32'));

/** The ops and composites probed, by what the doc comment of mtl.meta calls them. */
export const SECOND_ORDER_CASES: Record<string, Build> = {
  MatMul: (g, x) => ops.matMul(x, x),
  'BiasAdd (nonlinear after)': (g, x) => ops.square(ops.biasAdd(x, ops.mul(row(g), ops.reduceSum(x)))),
  'AddV2 (broadcast bias)': (g, x) => ops.square(ops.addV2(x, ops.mul(row(g), ops.reduceSum(x)))),
  Relu: (g, x) => ops.square(ops.relu(x)),
  Tanh: (g, x) => ops.tanh(x),
  Sigmoid: (g, x) => ops.sigmoid(x),
  Elu: (g, x) => ops.elu(x),
  Softplus: (g, x) => ops.softplus(x),
  LeakyRelu: (g, x) => ops.square(ops.leakyRelu(x)),
  Softmax: (g, x) => ops.softmax(x),
  LogSoftmax: (g, x) => ops.logSoftmax(x),
  SoftmaxCrossEntropyWithLogits: (g, x) =>
    ops.softmaxCrossEntropyWithLogits(
      x,
      ops.constant(
        g,
        [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
        'float32',
      ),
    ).loss,
  Square: (g, x) => ops.square(x),
  SquaredDifference: (g, x) => ops.squaredDifference(x, ops.constant(g, 1, 'float32')),
  Exp: (g, x) => ops.exp(x),
  Log: (g, x) => ops.log(x),
  Sqrt: (g, x) => ops.sqrt(x),
  Reciprocal: (g, x) => ops.reciprocal(x),
  RealDiv: (g, x) => ops.realDiv(x, ops.addV2(x, ops.constant(g, 5, 'float32'))),
  Conv2D: (g, x) =>
    ops.conv2d(image(g, x), ops.reshape(x, ops.constant(g, [3, 3, 1, 1], 'int32')), { strides: [1, 1, 1, 1], padding: 'SAME' }),
  MaxPool: (g, x) => ops.maxPool(image(g, x), { ksize: [1, 2, 2, 1], strides: [1, 1, 1, 1], padding: 'VALID' }),
  AvgPool: (g, x) => ops.square(ops.avgPool(image(g, x), { ksize: [1, 2, 2, 1], strides: [1, 1, 1, 1], padding: 'VALID' })),
  'Slice + ConcatV2 (mtl.meta.convNet patches)': (g, x) =>
    ops.square(
      ops.concatV2(
        [
          ops.slice(x, ops.constant(g, [0, 0], 'int32'), ops.constant(g, [2, 2], 'int32')),
          ops.slice(x, ops.constant(g, [1, 1], 'int32'), ops.constant(g, [2, 2], 'int32')),
        ],
        ops.constant(g, -1, 'int32'),
      ),
    ),
  'mtl.meta relu': (g, x) => ops.square(differentiableRelu(x)),
  'mtl.meta tanh': (g, x) => differentiableTanh(x),
  'mtl.meta sigmoid': (g, x) => differentiableSigmoid(x),
};

/** 'ok', or the op TensorFlow names as lacking a gradient in the second differentiation. */
export function probeSecondOrder(build: Build): string {
  const graph = new Graph();
  try {
    const x = ops.placeholder(graph, { dtype: 'float32', shape: [3, 3] });
    const y = ops.reduceSum(build(graph, x));
    const [dx] = graph.addGradients([y], [x], { dx: [ops.constant(graph, 1, 'float32')] });
    if (!dx) return 'no first-order gradient';
    const weighted = ops.reduceSum(
      ops.mul(
        dx,
        ops.constant(
          graph,
          [
            [1, 2, 3],
            [4, 5, 6],
            [7, 8, 9],
          ],
          'float32',
        ),
      ),
    );
    try {
      graph.addGradients([weighted], [x], { dx: [ops.constant(graph, 1, 'float32')] });
      return 'ok';
    } catch (error) {
      const missing = /No gradient defined for op: (\w+)/.exec((error as Error).message);
      if (error instanceof TensorFlowError && missing) return missing[1];
      throw error;
    }
  } finally {
    graph.dispose();
  }
}
