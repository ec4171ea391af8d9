/**
 * Activations and losses whose gradient graph can itself be differentiated by TensorFlow's C++
 * gradient registry, so second-order MAML (a gradient of a graph that already holds gradient ops)
 * is exact. Relu's gradient is ReluGrad, Tanh's TanhGrad, Sigmoid's SigmoidGrad, BiasAdd's
 * BiasAddGrad: none of these has a C++ gradient (see SECOND_ORDER_PROBES). The forms here are
 * built from ops whose gradients are plain differentiable ops (Mul, Exp, RealDiv, Sum, Reshape).
 */
import { Output, invalidArgument } from '../../core';
import * as ops from '../../ops';

/** relu(x) = x · [x > 0]; its gradient dy · [x > 0] has a gradient (the mask is constant). */
export function relu(x: Output): Output {
  const zero = ops.constant(x.graph, 0, x.dtype);
  return ops.mul(x, ops.cast(ops.greater(x, zero), x.dtype));
}

/** leakyRelu(x) = x · (α + (1 − α)·[x > 0]). */
export function leakyRelu(x: Output, alpha = 0.2): Output {
  const zero = ops.constant(x.graph, 0, x.dtype);
  const mask = ops.cast(ops.greater(x, zero), x.dtype);
  const slope = ops.addV2(ops.mul(mask, ops.constant(x.graph, 1 - alpha, x.dtype)), ops.constant(x.graph, alpha, x.dtype));
  return ops.mul(x, slope);
}

/**
 * tanh(x) = sign(x) · (1 − e)/(1 + e) with e = exp(−2|x|) in (0, 1]: no overflow for any x and a
 * gradient built from Exp, RealDiv and Mul (Tanh's own gradient, TanhGrad, has none).
 */
export function tanh(x: Output): Output {
  const graph = x.graph;
  const one = ops.constant(graph, 1, x.dtype);
  const e = ops.exp(ops.mul(ops.abs(x), ops.constant(graph, -2, x.dtype)));
  return ops.mul(ops.sign(x), ops.realDiv(ops.sub(one, e), ops.addV2(one, e)));
}

/** sigmoid(x) = (1 + tanh(x/2)) / 2, through the differentiable tanh above. */
export function sigmoid(x: Output): Output {
  const half = ops.constant(x.graph, 0.5, x.dtype);
  return ops.mul(ops.addV2(tanh(ops.mul(x, half)), ops.constant(x.graph, 1, x.dtype)), half);
}

export type ActivationName = 'relu' | 'tanh' | 'sigmoid' | 'leakyRelu' | 'linear';

const ACTIVATIONS: Record<ActivationName, (x: Output) => Output> = {
  relu,
  tanh,
  sigmoid,
  leakyRelu: (x) => leakyRelu(x),
  linear: (x) => x,
};

/** The twice-differentiable activation of that name. */
export function activation(name: ActivationName, what: string): (x: Output) => Output {
  if (!Object.prototype.hasOwnProperty.call(ACTIVATIONS, name)) {
    throw invalidArgument(`${what}: unknown activation ${JSON.stringify(name)} (known: ${Object.keys(ACTIVATIONS).join(', ')})`);
  }
  return ACTIVATIONS[name];
}

/** Every axis but the first (the task axis) of a tensor of known rank. */
function exampleAxes(x: Output, what: string): number[] {
  const rank = x.shape?.length;
  if (rank === undefined || rank < 2) throw invalidArgument(`${what}: expected [tasks, n, ...], got shape [${(x.shape ?? []).join(', ')}]`);
  return Array.from({ length: rank - 1 }, (_, i) => i + 1);
}

/** Per-task mean squared error [tasks] of predictions and targets [tasks, n, ...] of the same shape. */
export function meanSquaredError(predictions: Output, targets: Output): Output {
  return ops.reduceMean(ops.square(ops.sub(predictions, targets)), exampleAxes(predictions, 'meanSquaredError'));
}

/**
 * Per-task mean softmax cross-entropy [tasks] of logits [tasks, n, classes] against int32 class ids [tasks, n], as
 * logsumexp(logits) − logits[label]. The max shift inside logSumExp is held constant, which
 * leaves first and second derivatives exact (the shift cancels).
 */
export function sparseSoftmaxCrossEntropy(logits: Output, labels: Output): Output {
  const classes = logits.shape?.[logits.shape.length - 1] ?? -1;
  if (classes < 1)
    throw invalidArgument(`sparseSoftmaxCrossEntropy: logits need a known class dimension, got shape [${(logits.shape ?? []).join(', ')}]`);
  const picked = ops.reduceSum(ops.mul(logits, ops.oneHot(labels, classes, logits.dtype)), -1);
  return ops.reduceMean(ops.sub(ops.logSumExp(logits, -1), picked), -1);
}

/** Per-task fraction [tasks] of examples whose largest logit is at the label (logits [tasks, n, classes], labels int32 [tasks, n]). */
export function accuracy(logits: Output, labels: Output): Output {
  const predicted = ops.argMax(logits, ops.constant(logits.graph, -1, 'int32'), { outputType: 'int32' });
  return ops.reduceMean(ops.cast(ops.equal(predicted, labels), 'float32'), -1);
}
