// The C++ gradient table (probed from the library) and checkDifferentiable, checked against what
// TF_AddGradients itself does on the same graphs.
import { Graph, InvalidArgumentError, NotFoundError, Output, opRegistry } from '../../lib';
import * as ops from '../../lib/ops';
import { probeGradient } from '../../lib/ops/gradient-probe';

/** A resource variable as lib/nn builds one: VarHandleOp "name" and its read. */
function variable(graph: Graph, name: string, shape: number[]): { handle: Output; value: Output } {
  const handle = ops.varHandleOp(graph, { dtype: 'float32', shape, sharedName: name, name });
  const value = ops.readVariableOp(handle, { dtype: 'float32', name: `${name}/read` });
  return { handle, value };
}

describe('gradient table', () => {
  test.each([
    // What layers and losses are built from.
    ...['MatMul', 'BiasAdd', 'Relu', 'Conv2D', 'MaxPool', 'AvgPool', 'Softmax', 'LogSoftmax', 'SoftmaxCrossEntropyWithLogits'],
    ...['Sigmoid', 'Tanh', 'Mean', 'Sum', 'Max', 'Reshape', 'ConcatV2', 'GatherV2', 'ReadVariableOp', 'SelectV2', 'FusedBatchNormV3'],
    ...['Erf', 'Softplus', 'Elu', 'LeakyRelu', 'Square', 'Sqrt', 'Rsqrt', 'Log', 'Exp', 'Pow', 'Abs', 'Maximum', 'Minimum'],
    ...['Einsum', 'BatchMatMulV2', 'Transpose', 'StridedSlice', 'Pad', 'Tile', 'Cumsum', 'Cast', 'ClipByValue', 'AddN', 'Split'],
  ])('%s has a C++ gradient', (op) => {
    expect(ops.gradientStatus(op)).toBe('hasGradient');
    expect(ops.hasCppGradient(op)).toBe(true);
  });

  test.each(['SparseSoftmaxCrossEntropyWithLogits', 'ResourceGather', 'Where', 'ArgMax', 'TopKV2', 'Cumprod', 'OnesLike', 'Range'])(
    '%s has none',
    (op) => {
      expect(ops.gradientStatus(op)).toBe('noGradient');
      expect(ops.hasCppGradient(op)).toBe(false);
    },
  );

  test.each(['Floor', 'Shape', 'StopGradient', 'OneHot', 'Equal', 'ZerosLike'])(
    '%s is registered as not differentiable (gradient stops)',
    (op) => {
      expect(ops.gradientStatus(op)).toBe('stopsGradient');
      expect(ops.hasCppGradient(op)).toBe(true);
    },
  );

  test('ops without inputs are not differentiable; unknown names have no status', () => {
    expect(ops.gradientStatus('Placeholder')).toBe('notDifferentiable');
    expect(ops.gradientStatus('VarHandleOp')).toBe('notDifferentiable');
    expect(ops.gradientStatus('NoSuchOp')).toBeUndefined();
  });

  test('the probe agrees with TF_AddGradients on hand-built graphs', () => {
    const registry = opRegistry();
    expect(probeGradient(registry.get('Relu')!).status).toBe('hasGradient');
    expect(probeGradient(registry.get('Cumprod')!).status).toBe('noGradient');
    // By hand: a gradient through Cumprod fails with TensorFlow's NOT_FOUND; through Cumsum it works.
    const graph = new Graph();
    const x = ops.placeholder(graph, { dtype: 'float32', shape: [3] });
    expect(() => graph.addGradients([ops.cumprod(x, 0)], [x])).toThrow(NotFoundError);
    expect(() => graph.addGradients([ops.cumprod(x, 0)], [x])).toThrow(/No gradient defined for op: Cumprod/);
    expect(graph.addGradients([ops.cumsum(x, 0)], [x])[0]).not.toBeNull();
  });
});

describe('checkDifferentiable', () => {
  test('names the op, its node (with the layer scope) and the variable, before TensorFlow would fail', () => {
    const graph = new Graph();
    const x = ops.placeholder(graph, { dtype: 'float32', shape: [4, 3], name: 'x' });
    const labels = ops.placeholder(graph, { dtype: 'int32', shape: [4], name: 'labels' });
    const kernel = variable(graph, 'dense/kernel', [3, 5]);
    const bias = variable(graph, 'dense/bias', [5]);
    const logits = graph.withNameScope('dense', () => ops.biasAdd(ops.matMul(x, kernel.value), bias.value));
    const { loss } = graph.withNameScope('digit_head', () => ops.sparseSoftmaxCrossEntropyWithLogits(logits, labels));
    const total = ops.mean(loss, [0], { name: 'total_loss' });

    const check = () => ops.checkDifferentiable([total], [kernel.handle, bias.handle]);
    expect(check).toThrow(InvalidArgumentError);
    expect(check).toThrow(
      'op "SparseSoftmaxCrossEntropyWithLogits" (node "digit_head/SparseSoftmaxCrossEntropyWithLogits") has no gradient in ' +
        'TensorFlow 2.21\'s C++ gradient registry; it lies between the loss "total_loss:0" and variable "dense/kernel", variable "dense/bias"',
    );
    // Reads as xs name the variable too, and TensorFlow itself refuses the same graph.
    expect(() => ops.checkDifferentiable([total], [kernel.value])).toThrow(
      /between the loss "total_loss:0" and variable "dense\/kernel"\. /,
    );
    expect(() => graph.addGradients([total], [kernel.value])).toThrow(/No gradient defined for op: SparseSoftmaxCrossEntropyWithLogits/);
  });

  test('passes a differentiable model, and TensorFlow agrees', () => {
    const graph = new Graph();
    const x = ops.placeholder(graph, { dtype: 'float32', shape: [4, 3], name: 'x' });
    const labels = ops.placeholder(graph, { dtype: 'int32', shape: [4], name: 'labels' });
    const kernel = variable(graph, 'dense/kernel', [3, 5]);
    const logits = graph.withNameScope('dense', () => ops.matMul(x, kernel.value));
    const total = ops.reduceMean(ops.sparseSoftmaxCrossEntropy(logits, labels));
    expect(() => ops.checkDifferentiable([total], [kernel.handle])).not.toThrow();
    expect(graph.addGradients([total], [kernel.handle])[0]).not.toBeNull();
  });

  test('refuses a TF1 while-loop exit on the path, which would crash TF_AddGradients', () => {
    const graph = new Graph();
    const kernel = variable(graph, 'w', [3]);
    const loss = ops.reduceSum(graph.withNameScope('loop', () => ops.exit(kernel.value)));
    expect(() => ops.checkDifferentiable([loss], [kernel.handle])).toThrow(
      /op "Exit" \(node "loop\/Exit"\) is the exit of a TF1 while loop, .* \(it crashes\); it lies between the loss "Sum:0" and variable "w"/,
    );
  });

  test('ops off the gradient path do not matter: integer edges, stopGradient, other branches', () => {
    const graph = new Graph();
    const kernel = variable(graph, 'w', [3]);
    const w = kernel.value;
    // ArgMax and Where (no gradient) only feed integer edges; Cumprod is behind stopGradient;
    // TopKV2 does not depend on the variable.
    const picked = ops.gatherV2(w, ops.argMax(w, 0), 0);
    const positions = ops.cast(ops.where(ops.greater(w, 0)), 'float32');
    const frozen = ops.stopGradient(ops.cumprod(w, 0));
    const unrelated = ops.topKV2(ops.constant(graph, [1, 2, 3]), 1).values;
    const loss = ops.addN([ops.reduceSum(picked), ops.reduceSum(positions), ops.reduceSum(frozen), ops.reduceSum(unrelated)]);
    expect(() => ops.checkDifferentiable([loss], [kernel.handle])).not.toThrow();
    expect(graph.addGradients([loss], [kernel.handle])[0]).not.toBeNull();
    // Without the stopGradient, Cumprod is on the path, and both refuse.
    const live = ops.addV2(loss, ops.reduceSum(ops.cumprod(w, 0, { name: 'running_product' })));
    expect(() => ops.checkDifferentiable([live], [kernel.handle])).toThrow(/op "Cumprod" \(node "running_product"\)/);
    expect(() => graph.addGradients([live], [kernel.handle])).toThrow(/No gradient defined for op: Cumprod/);
  });
});
