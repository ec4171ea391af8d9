/**
 * Losses, with Keras semantics: a per-example loss (mean over the last axis
 * for element-wise losses), multiplied by optional sample weights, then reduced
 * ("sumOverBatchSize" by default: the sum divided by the number of examples).
 * Every op used has a C++ gradient in TensorFlow 2.21.
 */
import { Output, invalidArgument, formatShape } from '../core';
import * as ops from '../ops';
import { Config, NameOrConfig, Serialized, lookup, nameAndConfig, serializeObject } from '../nn';
import { classIds, nanWhereInvalid } from './labels';

export type Reduction = 'sumOverBatchSize' | 'sum' | 'mean' | 'none';

/** Computes per-example losses (shape: batch) from labels and predictions. */
export type PerExampleLoss = (yTrue: Output, yPred: Output) => Output;

export interface Loss {
  /** Name for progress, history and TensorBoard. */
  readonly name: string;
  /** Per-example losses, shape (batch,), after checking shapes. */
  perExample(yTrue: Output, yPred: Output, label: string): Output;
  readonly reduction: Reduction;
  /** Label dtype the loss expects: "float" (cast to the prediction's dtype) or "int" (class ids). */
  readonly labels: 'float' | 'int';
  /** For the cross-entropies: what the predictions are, so string metrics can follow (see getMetric). */
  readonly kind?: 'binary' | 'categorical' | 'sparse';
  /** For the cross-entropies: the predictions are logits. */
  readonly fromLogits?: boolean;
  /** Per-example label shape when it is not the output's (a packed-label loss); used when the program is built without labels (restore, predict). */
  readonly labelShape?: number[];
  /** The name `losses.get` knows its factory by (set by this module's factories). */
  readonly className?: string;
  /** Its options as JSON (set by this module's factories). */
  getConfig?(): Config;
}

// Keras's backend epsilon, used to clip probabilities away from 0 and 1.
const EPSILON = 1e-7;

function show(shape: number[] | null): string {
  return formatShape(shape);
}

/**
 * Labels and predictions must have the same shape (unknown dimensions match
 * anything). As in Keras, labels (batch,) against predictions (batch, 1) are
 * given the missing axis. Returns the labels to use.
 */
export function alignLabels(label: string, yTrue: Output, yPred: Output): Output {
  const a = yTrue.shape;
  const b = yPred.shape;
  if (a === null || b === null) return yTrue;
  if (a.length === b.length - 1 && b[b.length - 1] === 1) return ops.expandDims(yTrue, -1);
  const ok = a.length === b.length && a.every((d, i) => d < 0 || b[i] < 0 || d === b[i]);
  if (!ok) throw invalidArgument(`${label}: label shape ${show(a)} does not match prediction shape ${show(b)}`);
  return yTrue;
}

function lastAxisMean(x: Output): Output {
  const shape = x.shape as number[];
  if (shape.length <= 1) return x;
  // One value per example (a [batch, 1] regression or binary output): the mean is that value.
  // A Squeeze's gradient is one Reshape; a Mean's is ~15 shape ops (TensorFlow's C++ SumGrad) per step.
  if (shape[shape.length - 1] === 1) return ops.squeeze(x, { squeezeDims: [-1] });
  return ops.reduceMean(x, [-1]);
}

function asFloat(yTrue: Output, yPred: Output): Output {
  return yTrue.dtype === yPred.dtype ? yTrue : ops.cast(yTrue, { dstT: yPred.dtype });
}

function makeLoss(
  name: string,
  reduction: Reduction | undefined,
  labels: 'float' | 'int',
  fn: (yTrue: Output, yPred: Output, label: string) => Output,
  predictions: Pick<Loss, 'kind' | 'fromLogits'> = {},
  extra: Config = {},
): Loss {
  const chosen = reduction ?? 'sumOverBatchSize';
  if (!['sumOverBatchSize', 'sum', 'mean', 'none'].includes(chosen)) throw invalidArgument(`loss ${name}: unknown reduction "${chosen}"`);
  // The factory's name is the name in camelCase ("binary_crossentropy" → "binaryCrossentropy").
  const className = name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const config: Config = {
    reduction: chosen,
    ...(predictions.fromLogits === undefined ? {} : { fromLogits: predictions.fromLogits }),
    ...extra,
  };
  return { name, reduction: chosen, labels, perExample: fn, ...predictions, className, getConfig: () => ({ ...config }) };
}

export interface LossOptions {
  reduction?: Reduction;
}

export function meanSquaredError(options: LossOptions = {}): Loss {
  return makeLoss('mean_squared_error', options.reduction, 'float', (yTrue, yPred, label) => {
    yTrue = alignLabels(label, yTrue, yPred);
    return lastAxisMean(ops.square(ops.sub(yPred, asFloat(yTrue, yPred))));
  });
}

export function meanAbsoluteError(options: LossOptions = {}): Loss {
  return makeLoss('mean_absolute_error', options.reduction, 'float', (yTrue, yPred, label) => {
    yTrue = alignLabels(label, yTrue, yPred);
    return lastAxisMean(ops.abs(ops.sub(yPred, asFloat(yTrue, yPred))));
  });
}

/** Huber: ½x² where |x| ≤ δ, δ(|x| − ½δ) beyond. */
export function huber(options: LossOptions & { delta?: number } = {}): Loss {
  const delta = options.delta ?? 1;
  if (!(delta > 0)) throw invalidArgument(`huber: delta must be > 0, got ${delta}`);
  return makeLoss(
    'huber',
    options.reduction,
    'float',
    (yTrue, yPred, label) => {
      yTrue = alignLabels(label, yTrue, yPred);
      const error = ops.abs(ops.sub(yPred, asFloat(yTrue, yPred)));
      const quadratic = ops.minimum(error, ops.constant(yPred.graph, delta, yPred.dtype));
      const linear = ops.sub(error, quadratic);
      // ½q² + δ·l equals both branches of the definition.
      return lastAxisMean(ops.add(ops.mul(ops.square(quadratic), 0.5), ops.mul(linear, delta)));
    },
    {},
    { delta },
  );
}

export interface CrossEntropyOptions extends LossOptions {
  /** Predictions are logits (true) or probabilities (false, the Keras default). */
  fromLogits?: boolean;
}

export function binaryCrossentropy(options: CrossEntropyOptions = {}): Loss {
  return makeLoss(
    'binary_crossentropy',
    options.reduction,
    'float',
    (yTrue, yPred, label) => {
      yTrue = alignLabels(label, yTrue, yPred);
      const y = asFloat(yTrue, yPred);
      // max(z, 0) − z·y + log(1 + e^−|z|), with the gradient TensorFlow's nn op has (also at z = 0).
      if (options.fromLogits) return lastAxisMean(ops.sigmoidCrossEntropy(yPred, y));
      const p = ops.clipByValue(yPred, EPSILON, 1 - EPSILON);
      const one = ops.constant(p.graph, 1, p.dtype);
      const elementwise = ops.neg(ops.add(ops.mul(y, ops.log(p)), ops.mul(ops.sub(one, y), ops.log(ops.sub(one, p)))));
      return lastAxisMean(elementwise);
    },
    { kind: 'binary', fromLogits: Boolean(options.fromLogits) },
  );
}

export function categoricalCrossentropy(options: CrossEntropyOptions = {}): Loss {
  return makeLoss(
    'categorical_crossentropy',
    options.reduction,
    'float',
    (yTrue, yPred, label) => {
      yTrue = alignLabels(label, yTrue, yPred);
      const y = asFloat(yTrue, yPred);
      if (options.fromLogits) return softmaxCrossEntropy(y, yPred);
      // Keras renormalises the probabilities, then clips them.
      const p = ops.clipByValue(ops.div(yPred, ops.reduceSum(yPred, [-1], true)), EPSILON, 1 - EPSILON);
      return ops.neg(ops.reduceSum(ops.mul(y, ops.log(p)), [-1]));
    },
    { kind: 'categorical', fromLogits: Boolean(options.fromLogits) },
  );
}

/**
 * −Σ y·log_softmax(z) over the last axis. For [batch, classes] logits, TensorFlow's fused
 * SoftmaxCrossEntropyWithLogits: one op whose gradient (softmax − y, computed with the loss) is
 * two more, where log_softmax, the product and the sum cost ~30 ops per step with their gradients.
 */
function softmaxCrossEntropy(y: Output, logits: Output): Output {
  if (logits.shape?.length === 2) return ops.softmaxCrossEntropyWithLogits(logits, y).loss;
  return ops.neg(ops.reduceSum(ops.mul(y, ops.logSoftmax(logits)), [-1]));
}

export function sparseCategoricalCrossentropy(options: CrossEntropyOptions = {}): Loss {
  return makeLoss(
    'sparse_categorical_crossentropy',
    options.reduction,
    'int',
    (yTrue, yPred, label) => {
      const predShape = yPred.shape;
      let ids = yTrue;
      const labelShape = ids.shape;
      if (predShape && labelShape) {
        // Labels (batch,) or (batch, 1) against predictions (batch, classes).
        if (labelShape.length === predShape.length && labelShape[labelShape.length - 1] === 1) {
          ids = ops.squeeze(ids, { squeezeDims: [-1] });
        } else if (labelShape.length !== predShape.length - 1) {
          throw invalidArgument(
            `${label}: sparse labels must have shape ${show(predShape.slice(0, -1))} (class ids), got ${show(labelShape)} for predictions ${show(predShape)}`,
          );
        }
      }
      const logits = options.fromLogits
        ? yPred
        : ops.log(ops.clipByValue(ops.div(yPred, ops.reduceSum(yPred, [-1], true)), EPSILON, 1 - EPSILON));
      const classes = predShape ? predShape[predShape.length - 1] : -1;
      if (classes < 0) throw invalidArgument(`${label}: the number of classes (last dimension of the predictions) must be known`);
      const checked = classIds(ids, classes, label);
      // −Σ onehot(y)·log_softmax(z): an exact log-likelihood whose ops all have C++ gradients.
      const onehot = ops.oneHot(checked.ids, classes, yPred.dtype);
      if (options.fromLogits) return nanWhereInvalid(softmaxCrossEntropy(onehot, yPred), checked.valid);
      return nanWhereInvalid(ops.neg(ops.reduceSum(ops.mul(onehot, logits), [-1])), checked.valid);
    },
    { kind: 'sparse', fromLogits: Boolean(options.fromLogits) },
  );
}

/** KL(y ‖ p) = Σ y·log(y / p), with both clipped to [ε, 1] as in Keras. */
export function klDivergence(options: LossOptions = {}): Loss {
  return makeLoss('kl_divergence', options.reduction, 'float', (yTrue, yPred, label) => {
    yTrue = alignLabels(label, yTrue, yPred);
    const y = ops.clipByValue(asFloat(yTrue, yPred), EPSILON, 1);
    const p = ops.clipByValue(yPred, EPSILON, 1);
    return ops.reduceSum(ops.mul(y, ops.log(ops.div(y, p))), [-1]);
  });
}

/**
 * Applies sample weights and the reduction to per-example losses. Returns a
 * scalar (or the weighted per-example vector for "none").
 */
export function reduceLoss(perExample: Output, reduction: Reduction, sampleWeight?: Output | null): Output {
  let values = perExample;
  if (sampleWeight) values = ops.mul(values, ops.cast(sampleWeight, { dstT: values.dtype }));
  switch (reduction) {
    case 'none':
      return values;
    case 'sum':
      return ops.reduceSum(values);
    case 'mean':
      if (sampleWeight) {
        const total = ops.reduceSum(ops.cast(sampleWeight, { dstT: values.dtype }));
        return ops.divNoNan(ops.reduceSum(values), total);
      }
      return ops.reduceMean(values);
    default: {
      // sum / number of examples (Keras's sum_over_batch_size); 0 for an empty batch.
      const count = ops.cast(ops.size(values, { outType: 'int32' }), { dstT: values.dtype });
      return ops.divNoNan(ops.reduceSum(values), count);
    }
  }
}

const BY_NAME: Record<string, () => Loss> = {
  meanSquaredError: () => meanSquaredError(),
  mse: () => meanSquaredError(),
  meanAbsoluteError: () => meanAbsoluteError(),
  mae: () => meanAbsoluteError(),
  huber: () => huber(),
  binaryCrossentropy: () => binaryCrossentropy(),
  categoricalCrossentropy: () => categoricalCrossentropy(),
  sparseCategoricalCrossentropy: () => sparseCategoricalCrossentropy(),
  klDivergence: () => klDivergence(),
};

/** A loss, its name ("mse", "binaryCrossentropy", ...) or its config ({ className, config }). */
export type LossLike = Loss | string | Serialized;

/** Loss factories by className, for configs: each takes its options (reduction, fromLogits, delta); users add theirs with register. */
const FROM_CONFIG: Record<string, (config: Config) => Loss> = {
  meanSquaredError,
  meanAbsoluteError,
  huber,
  binaryCrossentropy,
  categoricalCrossentropy,
  sparseCategoricalCrossentropy,
  klDivergence,
};

const OPTIONS: Record<string, string[]> = {
  huber: ['reduction', 'delta'],
  binaryCrossentropy: ['reduction', 'fromLogits'],
  categoricalCrossentropy: ['reduction', 'fromLogits'],
  sparseCategoricalCrossentropy: ['reduction', 'fromLogits'],
};

/** A loss object, or one by name or config; `what` names the place in errors. Names are own properties only ("constructor" is no loss). */
export function getLoss(loss: LossLike, what: string): Loss {
  if (loss && typeof loss === 'object' && typeof (loss as Loss).perExample === 'function') return loss as Loss;
  if (typeof loss === 'string') {
    if (Object.prototype.hasOwnProperty.call(BY_NAME, loss)) return BY_NAME[loss]();
    throw invalidArgument(
      `${what}: unknown loss ${JSON.stringify(loss)} (known: ${Object.keys(BY_NAME).join(', ')}, or a loss object from losses.*)`,
    );
  }
  const { className, config } = nameAndConfig('loss', loss, what);
  const make = lookup('loss', FROM_CONFIG, className, what);
  // The built-in factories ignore unknown options; a config with a misspelt one must not load silently.
  if (BUILT_IN.has(className)) {
    const known = Object.prototype.hasOwnProperty.call(OPTIONS, className) ? OPTIONS[className] : ['reduction'];
    for (const key of Object.keys(config))
      if (!known.includes(key))
        throw invalidArgument(`${what}: loss "${className}": unknown option "${key}" (known options: ${known.join(', ')})`);
  }
  return make(config);
}

const BUILT_IN = new Set(Object.keys(FROM_CONFIG));

/** The loss family's lookup: a name ("mse", "binaryCrossentropy") or { className, config } to a loss. */
export function get(nameOrConfig: NameOrConfig | Loss): Loss {
  return getLoss(nameOrConfig, 'losses.get');
}

/** A loss's { className, config }; a name stays a name (get accepts both). */
export function serialize(loss: LossLike, what = 'loss'): Serialized | string {
  if (typeof loss === 'string') {
    getLoss(loss, what);
    return loss;
  }
  return serializeObject('loss', getLoss(loss, what), what);
}

/**
 * Registers a user-defined loss factory under `className`: its losses must carry that
 * className and a getConfig() whose result the factory takes back.
 */
export function register(className: string, factory: (config: Config) => Loss): void {
  if (typeof className !== 'string' || className.length === 0)
    throw invalidArgument('losses.register: className must be a non-empty string');
  if (typeof factory !== 'function')
    throw invalidArgument(`losses.register("${className}"): the factory must be a function (config) => loss`);
  if (Object.prototype.hasOwnProperty.call(FROM_CONFIG, className))
    throw invalidArgument(`losses.register: "${className}" is already a loss`);
  FROM_CONFIG[className] = factory;
}
