/**
 * Metrics computed in the graph and aggregated over batches: each metric keeps
 * its running state in variables, has an update op (run with each step), a
 * result tensor and a reset op (run at the start of each epoch / evaluation).
 */
import { Graph, Operation, Output, invalidArgument } from '../core';
import * as ops from '../ops';
import { GraphState, Variable, Config, NameOrConfig, Serialized, compact, lookup, nameAndConfig, serializeObject } from '../nn';
import { alignLabels } from './losses';
import { classIds } from './labels';

/** Attaches `className` and getConfig (the options as given) to a metric a factory here made. */
function configured(className: string, options: object, metric: Metric): Metric {
  const config = compact({ ...(options as Config) });
  return Object.assign(metric, { className, getConfig: () => structuredClone(config) });
}

/** A metric built into a graph. */
export interface BuiltMetric {
  name: string;
  update: Operation;
  result: Output;
  reset: Operation;
  variables: Variable[];
}

export interface Metric {
  /** Name in progress, history and TensorBoard (prefixed with the output name for multi-output models). */
  readonly name: string;
  /** The name `metrics.get` knows its factory by (set by this module's factories). */
  readonly className?: string;
  /** Its options as JSON (set by this module's factories). */
  getConfig?(): Config;
  /** Builds state, update, result and reset; `scope` makes variable names unique. */
  build(state: GraphState, scope: string, yTrue: Output, yPred: Output, sampleWeight: Output | null): BuiltMetric;
}

function stateVariable(state: GraphState, name: string, shape: number[] = [], dtype: 'float32' | 'float64' = 'float32'): Variable {
  const graph = state.graph;
  const initial = graph.withRootScope(() => ops.fill(ops.constant(graph, shape, 'int32'), ops.constant(graph, 0, dtype)));
  // Each process accumulates its own (a distribution strategy combines them when read).
  return state.createVariable(name, initial, { trainable: false, shape, perProcess: true });
}

function group(graph: Graph, operations: Operation[], name: string): Operation {
  return graph.addOperation({ type: 'NoOp', name, controlInputs: operations });
}

/** A misspelt option (`num_thresholds`, `treshold`) would otherwise silently fall back to a default. */
function checkKeys(kind: string, options: object, known: readonly string[]): void {
  if (options === null || typeof options !== 'object') throw invalidArgument(`${kind}: options must be an object`);
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw invalidArgument(`${kind}: unknown option "${key}" (known options: ${known.join(', ')})`);
  }
}

/** A value for an error message: numbers as JS prints them (NaN, Infinity), anything else as JSON. */
function show(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function unitThreshold(kind: string, value: number): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1))
    throw invalidArgument(`${kind}: threshold must be in [0, 1], got ${show(value)}`);
  return value;
}

/** `x` as (batch, elements per example), so a per-example weight broadcasts over each row. */
function rows(x: Output): Output {
  const graph = x.graph;
  const batch = ops.stridedSlice(
    ops.shape(x, { outType: 'int32' }),
    ops.constant(graph, [0], 'int32'),
    ops.constant(graph, [1], 'int32'),
    ops.constant(graph, [1], 'int32'),
  );
  return ops.reshape(x, ops.concatV2([batch, ops.constant(graph, [-1], 'int32')], ops.constant(graph, 0, 'int32')));
}

/**
 * One value per example: the mean over every axis after the batch axis, as Keras's
 * reduce_to_samplewise_values does. A (batch,) tensor is already per example: for rank-1
 * predictions this counts examples, where Keras's MAE/MSE metrics reduce a rank-1 batch to one
 * number and so average batch means.
 */
function samplewise(values: Output): Output {
  const rank = values.shape?.length;
  if (rank === undefined) return ops.reduceMean(rows(values), [1]);
  if (rank <= 1) return values;
  return ops.reduceMean(
    values,
    Array.from({ length: rank - 1 }, (_, i) => i + 1),
  );
}

// The output a metric is being built for (set by getMetric's wrapper while build runs), so
// errors raised in the graph name it; metrics built directly are named alone.
let buildingFor: string | null = null;

/** `metric "name"`, with the output it is built for when known. */
function describe(name: string): string {
  return buildingFor === null ? `metric "${name}"` : `metric "${name}" of output "${buildingFor}"`;
}

/** total += Σ w·v; count += Σ w; result = total / count, with v the per-example mean of `elementwise`. */
function meanMetric(
  name: string,
  elementwise: (yTrue: Output, yPred: Output, label: string) => Output,
  finish?: (mean: Output) => Output,
): Metric {
  return {
    name,
    build(state, scope, yTrue, yPred, sampleWeight) {
      const graph = state.graph;
      return graph.withNameScope(scope, () => {
        const total = stateVariable(state, `${scope}/total`);
        const count = stateVariable(state, `${scope}/count`);
        const flat = ops.constant(graph, [-1], 'int32');
        const values = ops.reshape(samplewise(ops.cast(elementwise(yTrue, yPred, describe(name)), { dstT: 'float32' })), flat);
        const weights = sampleWeight ? ops.reshape(ops.cast(sampleWeight, { dstT: 'float32' }), flat) : ops.onesLike(values);
        const update = group(
          graph,
          [
            ops.assignAddVariableOp(total.handle, ops.reduceSum(ops.mul(values, weights))),
            ops.assignAddVariableOp(count.handle, ops.reduceSum(weights)),
          ],
          'update',
        );
        const mean = ops.divNoNan(total.read(), count.read());
        const reset = group(graph, [total.assign(ops.zerosLike(total.read())), count.assign(ops.zerosLike(count.read()))], 'reset');
        return { name, update, result: finish ? finish(mean) : mean, reset, variables: [total, count] };
      });
    },
  };
}

function flattenLastIfOne(x: Output): Output {
  const shape = x.shape;
  if (shape && shape.length >= 2 && shape[shape.length - 1] === 1) return ops.squeeze(x, { squeezeDims: [-1] });
  return x;
}

/** Labels with the prediction's rank (Keras adds a trailing axis of 1) and dtype; `label` names the metric in errors. */
function asFloatLike(yTrue: Output, yPred: Output, label: string): Output {
  const aligned = alignLabels(label, yTrue, yPred);
  return aligned.dtype === yPred.dtype ? aligned : ops.cast(aligned, { dstT: yPred.dtype });
}

/** Binary accuracy: prediction > threshold (0.5 for probabilities, 0 with fromLogits) equals the 0/1 label. */
export function binaryAccuracy(options: { threshold?: number; fromLogits?: boolean; name?: string } = {}): Metric {
  checkKeys('binaryAccuracy', options, ['threshold', 'fromLogits', 'name']);
  const threshold = options.threshold ?? (options.fromLogits ? 0 : 0.5);
  if (typeof threshold !== 'number' || !Number.isFinite(threshold))
    throw invalidArgument(`binaryAccuracy: threshold must be a finite number, got ${show(threshold)}`);
  return configured(
    'binaryAccuracy',
    options,
    meanMetric(options.name ?? 'binary_accuracy', (yTrue, yPred, label) => {
      const predicted = ops.cast(ops.greater(yPred, ops.constant(yPred.graph, threshold, yPred.dtype)), { dstT: yPred.dtype });
      return ops.equal(predicted, asFloatLike(yTrue, yPred, label));
    }),
  );
}

/** Categorical accuracy: argmax of the prediction equals argmax of the one-hot label. */
export function categoricalAccuracy(options: { name?: string } = {}): Metric {
  checkKeys('categoricalAccuracy', options, ['name']);
  return configured(
    'categoricalAccuracy',
    options,
    meanMetric(options.name ?? 'categorical_accuracy', (yTrue, yPred) =>
      ops.equal(
        ops.argMax(yPred, ops.constant(yPred.graph, -1, 'int32'), { outputType: 'int64' }),
        ops.argMax(yTrue, ops.constant(yPred.graph, -1, 'int32'), { outputType: 'int64' }),
      ),
    ),
  );
}

/** Sparse categorical accuracy: argmax of the prediction equals the class id. */
export function sparseCategoricalAccuracy(options: { name?: string } = {}): Metric {
  checkKeys('sparseCategoricalAccuracy', options, ['name']);
  return configured(
    'sparseCategoricalAccuracy',
    options,
    meanMetric(options.name ?? 'sparse_categorical_accuracy', (yTrue, yPred, label) => {
      const classes = yPred.shape?.[yPred.shape.length - 1] ?? -1;
      const labels = flattenLastIfOne(yTrue);
      // With an unknown class count only integrality could be checked; Keras checks nothing here.
      const ids = classes > 0 ? classIds(labels, classes, label).ids : ops.cast(labels, { dstT: 'int64' });
      return ops.equal(ops.argMax(yPred, ops.constant(yPred.graph, -1, 'int32'), { outputType: 'int64' }), ids);
    }),
  );
}

/**
 * Accuracy that picks its kind from the shapes, by Keras's rule: binary when the prediction
 * has one column, sparse when the label has a lower rank or one column, else categorical.
 */
export function accuracy(options: { name?: string } = {}): Metric {
  checkKeys('accuracy', options, ['name']);
  const name = options.name ?? 'accuracy';
  return configured('accuracy', options, {
    name,
    build(state, scope, yTrue, yPred, sampleWeight) {
      const predShape = yPred.shape ?? [];
      const labelShape = yTrue.shape ?? [];
      const classes = predShape[predShape.length - 1];
      let chosen: Metric;
      if (classes === 1 || predShape.length <= 1) chosen = binaryAccuracy({ name });
      else if (labelShape.length < predShape.length || labelShape[labelShape.length - 1] === 1)
        chosen = sparseCategoricalAccuracy({ name });
      else chosen = categoricalAccuracy({ name });
      return chosen.build(state, scope, yTrue, yPred, sampleWeight);
    },
  });
}

export function meanAbsoluteError(options: { name?: string } = {}): Metric {
  checkKeys('meanAbsoluteError', options, ['name']);
  return configured(
    'meanAbsoluteError',
    options,
    meanMetric(options.name ?? 'mae', (yTrue, yPred, label) => ops.abs(ops.sub(yPred, asFloatLike(yTrue, yPred, label)))),
  );
}

export function meanSquaredError(options: { name?: string } = {}): Metric {
  checkKeys('meanSquaredError', options, ['name']);
  return configured(
    'meanSquaredError',
    options,
    meanMetric(options.name ?? 'mse', (yTrue, yPred, label) => ops.square(ops.sub(yPred, asFloatLike(yTrue, yPred, label)))),
  );
}

/** √(mean squared error over all batches so far). */
export function rootMeanSquaredError(options: { name?: string } = {}): Metric {
  checkKeys('rootMeanSquaredError', options, ['name']);
  return configured(
    'rootMeanSquaredError',
    options,
    meanMetric(
      options.name ?? 'rmse',
      (yTrue, yPred, label) => ops.square(ops.sub(yPred, asFloatLike(yTrue, yPred, label))),
      (mean) => ops.sqrt(mean),
    ),
  );
}

/** (predictions, labels, weights) as float32 rows (batch, elements), the weight of an example repeated along its row. */
function weightedRows(
  label: string,
  yTrue: Output,
  yPred: Output,
  sampleWeight: Output | null,
): { predictions: Output; positives: Output; weights: Output } {
  const graph = yPred.graph;
  const predictions = rows(ops.cast(yPred, { dstT: 'float32' }));
  // Labels count as positive above 0.5 (Keras casts them to bool: the same for 0/1 labels).
  const positives = rows(
    ops.cast(ops.greater(asFloatLike(yTrue, yPred, label), ops.constant(graph, 0.5, yPred.dtype)), { dstT: 'float32' }),
  );
  let weights = ops.onesLike(predictions);
  if (sampleWeight)
    weights = ops.mul(weights, ops.reshape(ops.cast(sampleWeight, { dstT: 'float32' }), ops.constant(graph, [-1, 1], 'int32')));
  return { predictions, positives, weights };
}

/** Counts of true positives etc. at one threshold, for precision and recall; logits go through a sigmoid first. */
function confusionMetric(
  name: string,
  threshold: number,
  fromLogits: boolean,
  result: (tp: Output, fp: Output, fn: Output) => Output,
): Metric {
  return {
    name,
    build(state, scope, yTrue, logitsOrProbabilities, sampleWeight) {
      const yPred = fromLogits ? ops.sigmoid(logitsOrProbabilities) : logitsOrProbabilities;
      const graph = state.graph;
      return graph.withNameScope(scope, () => {
        const tp = stateVariable(state, `${scope}/true_positives`);
        const fp = stateVariable(state, `${scope}/false_positives`);
        const fn = stateVariable(state, `${scope}/false_negatives`);
        const { predictions, positives, weights } = weightedRows(describe(name), yTrue, yPred, sampleWeight);
        const predicted = ops.cast(ops.greater(predictions, ops.constant(graph, threshold, 'float32')), { dstT: 'float32' });
        const one = ops.onesLike(predicted);
        const update = group(
          graph,
          [
            ops.assignAddVariableOp(tp.handle, ops.reduceSum(ops.mul(ops.mul(predicted, positives), weights))),
            ops.assignAddVariableOp(fp.handle, ops.reduceSum(ops.mul(ops.mul(predicted, ops.sub(one, positives)), weights))),
            ops.assignAddVariableOp(fn.handle, ops.reduceSum(ops.mul(ops.mul(ops.sub(one, predicted), positives), weights))),
          ],
          'update',
        );
        const reset = group(
          graph,
          [tp, fp, fn].map((v) => v.assign(ops.zerosLike(v.read()))),
          'reset',
        );
        return { name, update, result: result(tp.read(), fp.read(), fn.read()), reset, variables: [tp, fp, fn] };
      });
    },
  };
}

/** TP / (TP + FP) at a probability threshold in [0, 1] (default 0.5); 0 before any predicted positive. */
export function precision(options: { threshold?: number; name?: string; fromLogits?: boolean } = {}): Metric {
  checkKeys('precision', options, ['threshold', 'name', 'fromLogits']);
  return configured(
    'precision',
    options,
    confusionMetric(
      options.name ?? 'precision',
      unitThreshold('precision', options.threshold ?? 0.5),
      Boolean(options.fromLogits),
      (tp, fp) => ops.divNoNan(tp, ops.add(tp, fp)),
    ),
  );
}

/** TP / (TP + FN) at a probability threshold in [0, 1] (default 0.5); 0 before any positive label. */
export function recall(options: { threshold?: number; name?: string; fromLogits?: boolean } = {}): Metric {
  checkKeys('recall', options, ['threshold', 'name', 'fromLogits']);
  return configured(
    'recall',
    options,
    confusionMetric(
      options.name ?? 'recall',
      unitThreshold('recall', options.threshold ?? 0.5),
      Boolean(options.fromLogits),
      (tp, _fp, fn) => ops.divNoNan(tp, ops.add(tp, fn)),
    ),
  );
}

/**
 * ROC AUC as Keras computes it: confusion counts at `numThresholds` evenly
 * spaced thresholds in [0, 1] (the ends nudged by ε), then the trapezoidal
 * rule over (false positive rate, true positive rate). Every element of the
 * prediction counts (Keras's multi_label=false), weighted by its example's weight.
 */
export function auc(options: { numThresholds?: number; name?: string; fromLogits?: boolean } = {}): Metric {
  checkKeys('auc', options, ['numThresholds', 'name', 'fromLogits']);
  const count = options.numThresholds ?? 200;
  if (!Number.isInteger(count) || count < 3) throw invalidArgument(`auc: numThresholds must be an integer >= 3, got ${show(count)}`);
  const epsilon = 1e-7;
  const thresholds = Array.from({ length: count }, (_, i) => (i === 0 ? -epsilon : i === count - 1 ? 1 + epsilon : i / (count - 1)));
  return configured('auc', options, {
    name: options.name ?? 'auc',
    build(state, scope, yTrue, yPred, sampleWeight) {
      const graph = state.graph;
      return graph.withNameScope(scope, () => {
        const names = ['true_positives', 'false_positives', 'true_negatives', 'false_negatives'];
        const [tp, fp, tn, fn] = names.map((n) => stateVariable(state, `${scope}/${n}`, [count]));
        const probabilities = options.fromLogits ? ops.sigmoid(yPred) : yPred;
        const weighted = weightedRows(describe(options.name ?? 'auc'), yTrue, probabilities, sampleWeight);
        const line = ops.constant(graph, [1, -1], 'int32');
        const [flatPred, flatTrue, weights] = [weighted.predictions, weighted.positives, weighted.weights].map((x) => ops.reshape(x, line));
        // (thresholds, elements): predicted positive where prediction > threshold.
        const above = ops.cast(
          ops.greater(flatPred, ops.reshape(ops.constant(graph, thresholds, 'float32'), ops.constant(graph, [count, 1], 'int32'))),
          { dstT: 'float32' },
        );
        const one = ops.onesLike(above);
        const negatives = ops.sub(ops.onesLike(flatTrue), flatTrue);
        const sum = (x: Output) => ops.reduceSum(ops.mul(x, weights), [1]);
        const update = group(
          graph,
          [
            ops.assignAddVariableOp(tp.handle, sum(ops.mul(above, flatTrue))),
            ops.assignAddVariableOp(fp.handle, sum(ops.mul(above, negatives))),
            ops.assignAddVariableOp(tn.handle, sum(ops.mul(ops.sub(one, above), negatives))),
            ops.assignAddVariableOp(fn.handle, sum(ops.mul(ops.sub(one, above), flatTrue))),
          ],
          'update',
        );
        const tpr = ops.divNoNan(tp.read(), ops.add(tp.read(), fn.read()));
        const fpr = ops.divNoNan(fp.read(), ops.add(fp.read(), tn.read()));
        // Thresholds rise, so the rates fall: Σ (fpr[i] − fpr[i+1]) · (tpr[i] + tpr[i+1]) / 2.
        const head = (x: Output) => ops.slice(x, ops.constant(graph, [0], 'int32'), ops.constant(graph, [count - 1], 'int32'));
        const tail = (x: Output) => ops.slice(x, ops.constant(graph, [1], 'int32'), ops.constant(graph, [count - 1], 'int32'));
        const result = ops.reduceSum(ops.mul(ops.sub(head(fpr), tail(fpr)), ops.mul(ops.add(head(tpr), tail(tpr)), 0.5)));
        const reset = group(
          graph,
          [tp, fp, tn, fn].map((v) => v.assign(ops.zerosLike(v.read()))),
          'reset',
        );
        return { name: options.name ?? 'auc', update, result, reset, variables: [tp, fp, tn, fn] };
      });
    },
  });
}

/** What an output's loss says about its predictions (see getMetric). */
interface Predictions {
  kind?: 'binary' | 'categorical' | 'sparse';
  fromLogits?: boolean;
}

/** `metric` computed on softmax(logits): for threshold metrics on a categorical logits head. */
function onSoftmax(metric: Metric): Metric {
  return {
    ...metric,
    build: (state, scope, yTrue, yPred, sampleWeight) => metric.build(state, scope, yTrue, ops.softmax(yPred), sampleWeight),
  };
}

/**
 * Metrics by name, resolved for the output's loss: probabilities or logits (`fromLogits`), and
 * binary, categorical or sparse labels. Keras picks the accuracy by the shapes only and leaves
 * `from_logits` to the user; here a name means the metric on what the loss trains, so "accuracy"
 * on a binary logits head thresholds at logit 0 and "auc" ranks sigmoid(logits).
 */
const BY_NAME: Record<string, (p: Predictions) => Metric> = {
  accuracy: (p) =>
    p.kind === 'binary'
      ? binaryAccuracy({ name: 'accuracy', fromLogits: p.fromLogits })
      : p.kind === 'categorical'
        ? categoricalAccuracy({ name: 'accuracy' })
        : p.kind === 'sparse'
          ? sparseCategoricalAccuracy({ name: 'accuracy' })
          : accuracy(),
  binaryAccuracy: (p) => binaryAccuracy({ fromLogits: p.kind === 'binary' && p.fromLogits }),
  categoricalAccuracy: () => categoricalAccuracy(),
  sparseCategoricalAccuracy: () => sparseCategoricalAccuracy(),
  auc: (p) => (p.fromLogits && p.kind !== 'binary' ? onSoftmax(auc()) : auc({ fromLogits: p.fromLogits })),
  precision: (p) => (p.fromLogits && p.kind !== 'binary' ? onSoftmax(precision()) : precision({ fromLogits: p.fromLogits })),
  recall: (p) => (p.fromLogits && p.kind !== 'binary' ? onSoftmax(recall()) : recall({ fromLogits: p.fromLogits })),
  mae: () => meanAbsoluteError(),
  mse: () => meanSquaredError(),
  rmse: () => rootMeanSquaredError(),
};

export type MetricLike = Metric | keyof typeof BY_NAME;

/** Errors raised while `metric` builds (and in its graph) name `output`. */
function forOutput(metric: Metric, output: string): Metric {
  return {
    ...metric,
    build(...args) {
      const outer = buildingFor;
      buildingFor = output;
      try {
        return metric.build(...args);
      } finally {
        buildingFor = outer;
      }
    },
  };
}

/**
 * A metric object, or one by name resolved for the output's loss (`loss`: its `kind` and
 * `fromLogits`; see BY_NAME). With `output`, the metric's errors name that output.
 */
export function getMetric(metric: MetricLike, what: string, context: { loss?: Predictions | null; output?: string } = {}): Metric {
  let chosen: Metric;
  if (metric && typeof metric === 'object' && typeof metric.build === 'function') chosen = metric;
  else if (typeof metric === 'string' && Object.prototype.hasOwnProperty.call(BY_NAME, metric)) {
    // Only the built-in cross-entropies say what their predictions are; other losses leave p empty.
    const loss = context.loss;
    chosen = BY_NAME[metric]({ kind: loss?.kind, fromLogits: Boolean(loss?.kind && loss.fromLogits) });
  } else
    throw invalidArgument(
      `${what}: unknown metric ${JSON.stringify(metric)} (known: ${Object.keys(BY_NAME).join(', ')}, or a metric from metrics.*)`,
    );
  return context.output === undefined ? chosen : forOutput(chosen, context.output);
}

/** Metric factories by className, for configs; users add theirs with register. */
const FROM_CONFIG: Record<string, (config: Config) => Metric> = {
  accuracy,
  binaryAccuracy,
  categoricalAccuracy,
  sparseCategoricalAccuracy,
  meanAbsoluteError,
  meanSquaredError,
  rootMeanSquaredError,
  precision,
  recall,
  auc,
};

/**
 * The metric family's lookup: a name ("auc", "mae": resolved as for an output without a
 * cross-entropy loss; in compile, names follow the output's loss) or { className, config }.
 */
export function get(nameOrConfig: NameOrConfig | Metric): Metric {
  if (typeof nameOrConfig === 'string') return getMetric(nameOrConfig, 'metrics.get');
  if (nameOrConfig && typeof (nameOrConfig as Metric).build === 'function') return nameOrConfig as Metric;
  const { className, config } = nameAndConfig('metric', nameOrConfig, 'metrics.get');
  return lookup('metric', FROM_CONFIG, className, 'metrics.get')(config);
}

/** A metric's { className, config }; a name stays a name (it is resolved against the output's loss when compiled). */
export function serialize(metric: MetricLike, what = 'metric'): Serialized | string {
  if (typeof metric === 'string') {
    getMetric(metric, what);
    return metric;
  }
  return serializeObject('metric', metric, what);
}

/**
 * Registers a user-defined metric factory under `className`: its metrics must carry that
 * className and a getConfig() whose result the factory takes back.
 */
export function register(className: string, factory: (config: Config) => Metric): void {
  if (typeof className !== 'string' || className.length === 0)
    throw invalidArgument('metrics.register: className must be a non-empty string');
  if (typeof factory !== 'function')
    throw invalidArgument(`metrics.register("${className}"): the factory must be a function (config) => metric`);
  if (Object.prototype.hasOwnProperty.call(FROM_CONFIG, className))
    throw invalidArgument(`metrics.register: "${className}" is already a metric`);
  FROM_CONFIG[className] = factory;
}
