/**
 * Hand-written composites: what layers and losses need often where the raw op is awkward to
 * call (JS axes, dtype arguments) or lacks a C++ gradient. Each is built only from ops whose
 * gradient TF_AddGradients has (see generated/gradient-table.ts; test/ops/composites.test.ts
 * checks the gradients against analytic values).
 */
import { DType, invalidArgument, Graph, Output, Tensor, TensorLike } from '../core';
import { OpOptions, OutputLike } from './builder';
import * as raw from './generated';

/**
 * A Const holding `value` (dtype inferred from the value unless given: numbers are float32).
 * The last argument is the node name or the usual options.
 */
export function constant(graph: Graph, value: TensorLike, dtype?: DType, nameOrOptions: string | OpOptions = {}): Output {
  const options = typeof nameOrOptions === 'string' ? { name: nameOrOptions } : nameOrOptions;
  const made = value instanceof Tensor ? null : Tensor.from(value, { dtype });
  const tensor = made ?? (value as Tensor);
  try {
    if (dtype && tensor.dtype !== dtype) throw invalidArgument(`constant: the Tensor is ${tensor.dtype}, not ${dtype}`);
    return raw.constOp(graph, { ...options, dtype: tensor.dtype, value: tensor });
  } finally {
    // The graph holds its own copy of the value.
    made?.dispose();
  }
}

/** Options of {@link cast}: the raw Cast op's, with `dstT` the target dtype. */
export type CastOptions = raw.CastOpOptions;

/**
 * `x` converted to a dtype, given as `cast(x, 'float32')` or, as the raw op takes it,
 * `cast(x, { dstT: 'float32', truncate })`. Returns x itself when it already has the dtype.
 */
export function cast(x: Output, dtypeOrOptions: DType | CastOptions, options: OpOptions = {}): Output {
  const castOptions = typeof dtypeOrOptions === 'string' ? { ...options, dstT: dtypeOrOptions } : dtypeOrOptions;
  return x.dtype === castOptions.dstT ? x : raw.castOp(x, castOptions);
}

export interface OneHotOptions extends OpOptions {
  /** The axis of the new dimension (default -1, last). */
  axis?: number;
  /** Value at the index (default 1). */
  onValue?: number;
  /** Value elsewhere (default 0). */
  offValue?: number;
}

/**
 * One-hot encoding of integer `indices` ([...] → [..., depth]) as `dtype`. Indices outside
 * [0, depth) give all-off rows. The raw op (oneHotOp) takes on/off values as tensors instead.
 */
export function oneHot(indices: OutputLike, depth: number | Output, dtype: DType = 'float32', options: OneHotOptions = {}): Output {
  const { axis, onValue = 1, offValue = 0, ...rest } = options;
  const graph = indices instanceof Output ? indices.graph : depth instanceof Output ? depth.graph : null;
  if (!graph) throw invalidArgument('oneHot: indices or depth must be an Output (of the graph to build in)');
  const on = constant(graph, onValue, dtype, { name: 'on_value' });
  const off = constant(graph, offValue, dtype, { name: 'off_value' });
  return raw.oneHotOp(indices, depth, on, off, { ...rest, axis });
}

type Axis = number | number[] | undefined;

/** The reduction axes as an int32 tensor: all of x's dimensions when `axis` is omitted. */
function axes(x: Output, axis: Axis): Output {
  const graph = x.graph;
  if (axis !== undefined) return constant(graph, Array.isArray(axis) ? axis : [axis], 'int32', { name: 'axis' });
  const shape = x.shape;
  if (shape !== null)
    return constant(
      graph,
      shape.map((_, i) => i),
      'int32',
      { name: 'axis' },
    );
  // Unknown rank: Range and Rank have no gradient, but only an int32 edge leads through them.
  return raw.range(0, raw.rank(x), 1, { graph });
}

/** Sum over `axis` (all axes when omitted; negative axes count from the end). */
export function reduceSum(x: Output, axis?: number | number[], keepDims = false, options: OpOptions = {}): Output {
  return raw.sum(x, axes(x, axis), { ...options, keepDims });
}

/** Mean over `axis` (all axes when omitted). */
export function reduceMean(x: Output, axis?: number | number[], keepDims = false, options: OpOptions = {}): Output {
  return raw.mean(x, axes(x, axis), { ...options, keepDims });
}

/** Maximum over `axis` (all axes when omitted). */
export function reduceMax(x: Output, axis?: number | number[], keepDims = false, options: OpOptions = {}): Output {
  return raw.max(x, axes(x, axis), { ...options, keepDims });
}

/** Minimum over `axis` (all axes when omitted). */
export function reduceMin(x: Output, axis?: number | number[], keepDims = false, options: OpOptions = {}): Output {
  return raw.min(x, axes(x, axis), { ...options, keepDims });
}

/**
 * log(sum(exp(x))) over `axis`, computed as m + log(sum(exp(x - m))) with m = max(x) so large
 * values do not overflow; m is held constant for the gradient, as in tf.reduce_logsumexp.
 */
export function logSumExp(x: Output, axis?: number | number[], keepDims = false): Output {
  return x.graph.withNameScope('logSumExp', () => {
    const shift = raw.stopGradient(reduceMax(x, axis, true));
    const summed = raw.log(reduceSum(raw.exp(raw.sub(x, shift)), axis, true));
    const result = raw.addV2(summed, shift);
    if (keepDims) return result;
    return raw.squeeze(result, { squeezeDims: axis === undefined ? [] : Array.isArray(axis) ? axis : [axis] });
  });
}

/**
 * Softmax cross-entropy per example: -sum(labels * log softmax(logits)) over the last axis.
 * logits and labels: [batch, classes], same float dtype. Result: [batch]. float32 only for
 * gradients: TF 2.21's C++ gradient of this op cannot be built for float64.
 */
export function softmaxCrossEntropy(logits: Output, labels: OutputLike): Output {
  return raw.softmaxCrossEntropyWithLogits(logits, labels).loss;
}

/**
 * Softmax cross-entropy per example against integer class ids. logits: [batch, classes];
 * labels: [batch] of int32/int64 class indices. Result: [batch]. TensorFlow's
 * SparseSoftmaxCrossEntropyWithLogits has no C++ gradient, so this one-hot encodes the labels
 * and uses SoftmaxCrossEntropyWithLogits, which has.
 */
export function sparseSoftmaxCrossEntropy(logits: Output, labels: OutputLike): Output {
  const graph = logits.graph;
  return graph.withNameScope('sparseSoftmaxCrossEntropy', () => {
    const classes = logits.shape?.[logits.shape.length - 1] ?? -1;
    const depth =
      classes >= 0
        ? constant(graph, classes, 'int32', { name: 'depth' })
        : raw.stridedSlice(raw.shape(logits), [-1], [0], [1], { endMask: 1, shrinkAxisMask: 1 });
    // One-hot encoding would make a label outside [0, classes) an all-zero row (loss 0); the raw
    // op, on CPU, fails the run instead: so does this.
    const ids = labels instanceof Output ? labels : constant(graph, labels as TensorLike, 'int64', { name: 'labels' });
    const limit = ids.dtype === 'int32' ? depth : cast(depth, ids.dtype as DType);
    const inRange = raw.logicalAnd(raw.greaterEqual(ids, raw.zerosLike(ids)), raw.less(ids, limit));
    const flat = raw.reshape(inRange, constant(graph, [-1], 'int32'));
    const check = raw.assert(
      raw.all(flat, constant(graph, [0], 'int32')),
      [constant(graph, 'sparseSoftmaxCrossEntropy: labels must be class ids in [0, classes); classes and labels:', 'string'), depth, ids],
      { summarize: 8 },
    );
    const checked = graph.withControlDependencies([check], () => raw.identity(ids));
    return raw.softmaxCrossEntropyWithLogits(logits, oneHot(checked, depth, logits.dtype)).loss;
  });
}

/**
 * Sigmoid cross-entropy per element, from logits x and targets z in [0, 1]:
 * max(x, 0) - x z + log(1 + exp(-|x|)), the overflow-free form tf.nn uses. max and |x| are
 * built from one select on x >= 0, as tf.nn does: with Relu and Abs, whose gradients are 0 at
 * x = 0, the gradient there would be -z instead of sigmoid(0) - z.
 */
export function sigmoidCrossEntropy(logits: Output, labels: OutputLike): Output {
  return logits.graph.withNameScope('sigmoidCrossEntropy', () => {
    const graph = logits.graph;
    const z = labels instanceof Output ? labels : constant(graph, labels, logits.dtype, { name: 'labels' });
    const nonNegative = raw.greaterEqual(logits, constant(graph, 0, logits.dtype, { name: 'zero' }));
    const positivePart = raw.selectV2(nonNegative, logits, raw.zerosLike(logits));
    const negativeAbs = raw.selectV2(nonNegative, raw.neg(logits), logits);
    return raw.addV2(raw.sub(positivePart, raw.mul(logits, z)), raw.log1p(raw.exp(negativeAbs)));
  });
}
