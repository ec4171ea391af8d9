/**
 * Functional learners: a network written as forward(parameters, x), so meta-learning can run it
 * on the shared weights θ and on per-task adapted weights φ = θ − α·∇L(θ) in the same graph.
 * (Keras-style layers read their variables directly and cannot be re-run on other weights.)
 */
import { DType, Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { InitializerLike } from '../../nn';
import { ActivationName, activation } from './differentiable';

/** One weight tensor of a learner. */
export interface ParameterSpec {
  /** Unique within the learner; also the variable (and checkpoint) name. */
  name: string;
  shape: number[];
  /** Default glorotUniform. */
  initializer?: InitializerLike;
}

/** A network as a function of its weights. */
export interface Learner {
  readonly name: string;
  /** Shape of one example, e.g. [1] for the sinusoid, [784] for flattened digits. */
  readonly inputShape: number[];
  /** Shape of one output row, e.g. [1] for regression, [classes] for logits. */
  readonly outputShape: number[];
  readonly parameters: ParameterSpec[];
  /**
   * Outputs [tasks, n, ...outputShape] from inputs [tasks, n, ...inputShape], each task with its
   * own weights: weights[name] has shape [tasks, ...parameter shape]. Writing the learner over a
   * leading task axis (batched matmuls) keeps a meta-batch one graph of fixed size.
   */
  forward(weights: Record<string, Output>, x: Output): Output;
}

const NAME = /^[A-Za-z0-9_.\-/]+$/;

function checkShape(what: string, shape: unknown): number[] {
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d > 0)) {
    throw invalidArgument(`${what} must be an array of positive integers, got ${JSON.stringify(shape)}`);
  }
  return shape as number[];
}

/**
 * A learner from parameter specs and a forward function. For second-order MAML the forward
 * must be built from ops whose gradients are differentiable (see mtl.meta.activations);
 * compiling a second-order program checks this and names the offending op.
 */
export function learner(spec: Learner): Learner {
  if (!spec || typeof spec !== 'object')
    throw invalidArgument('mtl.meta.learner: expected { name, inputShape, outputShape, parameters, forward }');
  const name = spec.name ?? 'learner';
  if (typeof name !== 'string' || !NAME.test(name))
    throw invalidArgument(`mtl.meta.learner: name ${JSON.stringify(name)} must be letters, digits, _ . - /`);
  checkShape(`learner "${name}": inputShape`, spec.inputShape);
  checkShape(`learner "${name}": outputShape`, spec.outputShape);
  if (typeof spec.forward !== 'function') throw invalidArgument(`learner "${name}": forward must be a function (weights, x) => output`);
  if (!Array.isArray(spec.parameters) || spec.parameters.length === 0)
    throw invalidArgument(`learner "${name}": parameters must be a non-empty array`);
  const seen = new Set<string>();
  for (const p of spec.parameters) {
    if (!p || typeof p.name !== 'string' || !NAME.test(p.name))
      throw invalidArgument(`learner "${name}": parameter name ${JSON.stringify(p?.name)} must be letters, digits, _ . - /`);
    if (seen.has(p.name)) throw invalidArgument(`learner "${name}": two parameters are named "${p.name}"`);
    seen.add(p.name);
    if (!Array.isArray(p.shape) || !p.shape.every((d) => Number.isInteger(d) && d > 0))
      throw invalidArgument(`learner "${name}": parameter "${p.name}" shape must be positive integers, got ${JSON.stringify(p.shape)}`);
  }
  return {
    name,
    inputShape: [...spec.inputShape],
    outputShape: [...spec.outputShape],
    parameters: spec.parameters.map((p) => ({ ...p, shape: [...p.shape] })),
    forward: spec.forward,
  };
}

export interface MlpOptions {
  /** Size of one (flat) input example, or its shape (flattened). */
  inputShape: number[] | number;
  /** Hidden layer widths, e.g. [40, 40]. */
  hidden: number[];
  /** Output units (1 for regression, N for N-way classification logits). */
  outputs: number;
  /** Hidden activation (default relu), twice differentiable. */
  activation?: ActivationName;
  name?: string;
  dtype?: DType;
}

/**
 * A fully connected network: dense layers (kernel [in, out], glorotUniform; bias [out], zeros,
 * as Keras's Dense) with `activation` between them and a linear output, per task a batched
 * matmul. The bias is added with AddV2 rather than BiasAdd, whose gradient (BiasAddGrad) has no
 * gradient.
 */
export function mlp(options: MlpOptions): Learner {
  if (!options || typeof options !== 'object') throw invalidArgument('mtl.meta.mlp: expected { inputShape, hidden, outputs }');
  const name = options.name ?? 'mlp';
  const inputShape = typeof options.inputShape === 'number' ? [options.inputShape] : options.inputShape;
  checkShape(`mlp "${name}": inputShape`, inputShape);
  checkShape(`mlp "${name}": hidden`, options.hidden ?? []);
  if (!(Number.isInteger(options.outputs) && options.outputs > 0))
    throw invalidArgument(`mlp "${name}": outputs must be a positive integer, got ${options.outputs}`);
  const act = activation(options.activation ?? 'relu', `mlp "${name}"`);
  const inputSize = inputShape.reduce((a, b) => a * b, 1);
  const widths = [inputSize, ...options.hidden, options.outputs];
  const parameters: ParameterSpec[] = [];
  for (let i = 0; i + 1 < widths.length; i++) {
    parameters.push({ name: `${name}/dense_${i}/kernel`, shape: [widths[i], widths[i + 1]], initializer: 'glorotUniform' });
    parameters.push({ name: `${name}/dense_${i}/bias`, shape: [widths[i + 1]], initializer: 'zeros' });
  }
  return learner({
    name,
    inputShape,
    outputShape: [options.outputs],
    parameters,
    forward(weights, x) {
      const graph = x.graph;
      const tasks = x.shape?.[0] ?? -1;
      let h = inputShape.length === 1 ? x : ops.reshape(x, ops.constant(graph, [tasks, -1, inputSize], 'int32'));
      for (let i = 0; i + 1 < widths.length; i++) {
        // bias [tasks, out] → [tasks, 1, out], broadcast over the task's examples.
        const bias = ops.expandDims(weights[`${name}/dense_${i}/bias`], ops.constant(graph, 1, 'int32'));
        h = ops.addV2(ops.batchMatMulV2(h, weights[`${name}/dense_${i}/kernel`]), bias);
        if (i + 2 < widths.length) h = act(h);
      }
      return h;
    },
  });
}

export interface ConvNetOptions {
  /** [height, width, channels] of one example. */
  inputShape: number[];
  /** Filters of each convolution block, e.g. [32, 32]. */
  filters: number[];
  /** Square kernel size (default 3); convolutions are VALID with stride 1. */
  kernelSize?: number;
  /** Output units of the final dense layer (N for N-way logits). */
  outputs: number;
  /** Activation after each convolution (default relu), twice differentiable. */
  activation?: ActivationName;
  name?: string;
}

/**
 * A small convolutional learner whose gradients can be differentiated again: each block is a
 * VALID k×k convolution written as patches (k² Slice ops concatenated) times the kernel (a
 * batched matmul), a bias, the activation and a 2×2 mean pool (a reshape and a mean); then a
 * dense layer. TensorFlow's Conv2D, MaxPool and AvgPool would not do for second-order MAML:
 * their gradients' gradients (Conv2DBackpropFilter, MaxPoolGrad, AvgPoolGrad) are missing from
 * the C++ registry, while Slice, ConcatV2, Reshape, Mean and BatchMatMulV2 have them.
 * Kernels are [k, k, in, out] (Keras's layout), glorotUniform; biases zeros.
 */
export function convNet(options: ConvNetOptions): Learner {
  if (!options || typeof options !== 'object') throw invalidArgument('mtl.meta.convNet: expected { inputShape, filters, outputs }');
  const name = options.name ?? 'convnet';
  const inputShape = checkShape(`convNet "${name}": inputShape`, options.inputShape);
  if (inputShape.length !== 3)
    throw invalidArgument(`convNet "${name}": inputShape must be [height, width, channels], got [${inputShape.join(', ')}]`);
  checkShape(`convNet "${name}": filters`, options.filters);
  const k = options.kernelSize ?? 3;
  if (!(Number.isInteger(k) && k > 0)) throw invalidArgument(`convNet "${name}": kernelSize must be a positive integer, got ${k}`);
  if (!(Number.isInteger(options.outputs) && options.outputs > 0))
    throw invalidArgument(`convNet "${name}": outputs must be a positive integer, got ${options.outputs}`);
  const act = activation(options.activation ?? 'relu', `convNet "${name}"`);
  const parameters: ParameterSpec[] = [];
  const blocks: Array<{ inChannels: number; filters: number; height: number; width: number }> = [];
  let [height, width, channels] = inputShape;
  options.filters.forEach((filters, i) => {
    if (height - k + 1 < 2 || width - k + 1 < 2)
      throw invalidArgument(
        `convNet "${name}": block ${i} gets a ${height}×${width} map, too small for a ${k}×${k} kernel and 2×2 pooling`,
      );
    parameters.push({ name: `${name}/conv_${i}/kernel`, shape: [k, k, channels, filters], initializer: 'glorotUniform' });
    parameters.push({ name: `${name}/conv_${i}/bias`, shape: [filters], initializer: 'zeros' });
    blocks.push({ inChannels: channels, filters, height, width });
    height = Math.floor((height - k + 1) / 2);
    width = Math.floor((width - k + 1) / 2);
    channels = filters;
  });
  const flat = height * width * channels;
  parameters.push({ name: `${name}/dense/kernel`, shape: [flat, options.outputs], initializer: 'glorotUniform' });
  parameters.push({ name: `${name}/dense/bias`, shape: [options.outputs], initializer: 'zeros' });
  return learner({
    name,
    inputShape,
    outputShape: [options.outputs],
    parameters,
    forward(weights, x) {
      const graph = x.graph;
      const tasks = x.shape?.[0] ?? -1;
      const int = (values: number[]) => ops.constant(graph, values, 'int32');
      let h = x;
      blocks.forEach((block, i) => {
        const outH = block.height - k + 1;
        const outW = block.width - k + 1;
        const patches: Output[] = [];
        for (let di = 0; di < k; di++)
          for (let dj = 0; dj < k; dj++) patches.push(ops.slice(h, int([0, 0, di, dj, 0]), int([-1, -1, outH, outW, -1])));
        // [tasks, n, outH, outW, k·k·in], the (di, dj, channel) order of the kernel's row-major [k, k, in].
        const stacked = patches.length === 1 ? patches[0] : ops.concatV2(patches, ops.constant(graph, -1, 'int32'));
        const rows = ops.reshape(stacked, int([tasks, -1, k * k * block.inChannels]));
        const kernel = ops.reshape(weights[`${name}/conv_${i}/kernel`], int([tasks, k * k * block.inChannels, block.filters]));
        const bias = ops.expandDims(weights[`${name}/conv_${i}/bias`], ops.constant(graph, 1, 'int32'));
        const conv = act(ops.addV2(ops.batchMatMulV2(rows, kernel), bias));
        const pooledH = Math.floor(outH / 2);
        const pooledW = Math.floor(outW / 2);
        const map = ops.reshape(conv, int([tasks, -1, outH, outW, block.filters]));
        const even = outH % 2 || outW % 2 ? ops.slice(map, int([0, 0, 0, 0, 0]), int([-1, -1, 2 * pooledH, 2 * pooledW, -1])) : map;
        const windows = ops.reshape(even, int([tasks, -1, pooledH, 2, pooledW, 2, block.filters]));
        h = ops.reduceMean(windows, [3, 5]);
      });
      const features = ops.reshape(h, int([tasks, -1, flat]));
      const bias = ops.expandDims(weights[`${name}/dense/bias`], ops.constant(graph, 1, 'int32'));
      return ops.addV2(ops.batchMatMulV2(features, weights[`${name}/dense/kernel`]), bias);
    },
  });
}
