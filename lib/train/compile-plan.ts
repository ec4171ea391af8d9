/**
 * Compile plans (Keras's compile_utils): for each model output, its label placeholder, sample
 * weights and label mask, its loss in training and inference behaviour, and its metrics; and
 * the feeds a batch gives them. The trainer turns plans into train, evaluate and predict programs.
 */
import { DType, Graph, Output, Tensor, TensorFlowError, invalidArgument } from '../core';
import * as ops from '../ops';
import { GraphState, Model } from '../nn';
import { HostBatch, HostTensor, hostToTensor, isTransient, releaseBatch } from '../data';
import { Loss, LossLike, getLoss, reduceLoss } from './losses';
import { BuiltMetric, MetricLike, getMetric } from './metrics';
import { batchSize } from './batches';
import { ClassWeight, classWeightVector, classWeightsOf } from './class-weights';

/** The compile options output plans are made from (CompileOptions extends them). */
export interface PlanOptions {
  /** One loss for every output, or a loss per output name. Outputs without a loss are not trained. */
  loss: LossLike | Record<string, LossLike>;
  /** Weights of each output's loss in the objective (default 1). */
  lossWeights?: Record<string, number>;
  /** Metrics for every output, or per output name. */
  metrics?: MetricLike[] | Record<string, MetricLike[]>;
  /** Batch keys holding per-example weights for an output's loss and metrics, by output name. */
  sampleWeights?: Record<string, string>;
  /**
   * Class weights by output name ({ digit: { 0: 1, 1: 5 } }, Keras's class_weight): each training
   * example's loss and metrics are weighted by its class's weight (times its sample weight).
   * Unlisted classes weigh 1. evaluate is not class-weighted (as Keras's).
   */
  classWeights?: Record<string, ClassWeight>;
  /**
   * Batch keys holding a 0/1 mask of which examples have a label, by output name.
   * Unlabelled examples add nothing to that output's loss or metrics; a batch with
   * no label for an output contributes 0 (never NaN).
   */
  labelMasks?: Record<string, string>;
  /**
   * The outputs whose losses make the training objective (default: every output with a loss).
   * The others keep their losses and metrics for evaluate (and need no labels in fit).
   */
  trainedOutputs?: string[];
  /** The outputs predict returns and exportSavedModel exports (default: every output). */
  servedOutputs?: string[];
  /** @internal What an output is called in messages ("task" for multi-task models). */
  outputNoun?: string;
}

export interface OutputPlan {
  name: string;
  /** Whether its loss is part of the training objective (and its labels are fed in fit). */
  trained: boolean;
  loss: Loss | null;
  weight: number;
  label: Output | null;
  sampleWeight: Output | null;
  sampleWeightKey: string | null;
  mask: Output | null;
  maskKey: string | null;
  trainLoss: Output | null;
  evalLoss: Output | null;
  trainMetrics: BuiltMetric[];
  evalMetrics: BuiltMetric[];
  evalPrediction: Output;
}

/** Checks every output name the options mention (at compile time, not at the first batch). */
export function checkPlanOptions(model: Model, options: PlanOptions): void {
  const outputs = Object.keys(model.outputs);
  lossFor(model, options, '');
  const lists: Array<[string, string[] | undefined]> = [
    ['lossWeights', Object.keys(options.lossWeights ?? {})],
    ['classWeights', Object.keys(options.classWeights ?? {})],
    ['trainedOutputs', options.trainedOutputs],
    ['servedOutputs', options.servedOutputs],
  ];
  for (const [option, list] of lists) {
    for (const key of list ?? []) {
      if (!outputs.includes(key))
        throw invalidArgument(`${option} names output "${key}", which the model does not have (outputs: ${outputs.join(', ')})`);
    }
  }
}

/** The loss of one output (null: the output is not trained). */
export function lossFor(model: Model, options: PlanOptions, outputName: string): Loss | null {
  const spec = options.loss;
  const outputs = Object.keys(model.outputs);
  if (typeof spec === 'string' || (spec && typeof (spec as Loss).perExample === 'function'))
    return getLoss(spec as LossLike, `loss of output "${outputName}"`);
  const perOutput = spec as Record<string, LossLike>;
  for (const key of Object.keys(perOutput)) {
    if (!outputs.includes(key))
      throw invalidArgument(`loss names output "${key}", which the model does not have (outputs: ${outputs.join(', ')})`);
  }
  return outputName in perOutput ? getLoss(perOutput[outputName], `loss of output "${outputName}"`) : null;
}

function metricsFor(model: Model, options: PlanOptions, outputName: string) {
  const spec = options.metrics;
  if (!spec) return [];
  const list = Array.isArray(spec) ? spec : (spec[outputName] ?? []);
  return list.map((m) =>
    getMetric(m, `metric of output "${outputName}"`, { loss: lossFor(model, options, outputName), output: outputName }),
  );
}

/**
 * Builds every output's plan into `graph`: label placeholders (dtype and shape from `batch`, or
 * from the loss's kind and the output's shape when there is none: restore, predict or evaluate
 * first), losses on the training and inference outputs, and metrics whose state variables are
 * named under `metricScope` (one per program).
 */
export function buildOutputPlans(args: {
  graph: Graph;
  state: GraphState;
  model: Model;
  options: PlanOptions;
  batch: HostBatch | null;
  trainOutputs: Record<string, Output>;
  evalOutputs: Record<string, Output>;
  metricScope: string;
}): OutputPlan[] {
  const { graph, state, model, options, batch, trainOutputs, evalOutputs, metricScope } = args;
  const multi = Object.keys(model.outputs).length > 1;
  const plans: OutputPlan[] = [];
  for (const name of Object.keys(model.outputs)) {
    const loss = lossFor(model, options, name);
    const prefix = multi ? `${name}_` : '';
    const plan: OutputPlan = {
      name,
      trained: loss !== null && (options.trainedOutputs?.includes(name) ?? true),
      loss,
      weight: options.lossWeights?.[name] ?? 1,
      label: null,
      sampleWeight: null,
      sampleWeightKey: options.sampleWeights?.[name] ?? null,
      mask: null,
      maskKey: options.labelMasks?.[name] ?? null,
      trainLoss: null,
      evalLoss: null,
      trainMetrics: [],
      evalMetrics: [],
      evalPrediction: evalOutputs[name],
    };
    const metrics = metricsFor(model, options, name);
    if (loss || metrics.length) {
      const labelData = batch?.[name];
      // Built from labels-free data: the label placeholder takes the loss's kind and the
      // output's shape; later batches' labels are converted to it.
      const outputShape = trainOutputs[name].shape ?? [-1];
      const labelSpec = labelData
        ? { dtype: labelData.dtype, shape: [-1, ...labelData.shape.slice(1)] }
        : loss?.labelShape
          ? { dtype: loss.labels === 'int' ? ('int32' as const) : trainOutputs[name].dtype, shape: [-1, ...loss.labelShape] }
          : loss?.labels === 'int'
            ? { dtype: 'int32' as const, shape: outputShape.slice(0, -1).map(() => -1) }
            : { dtype: trainOutputs[name].dtype, shape: outputShape.map((d, i) => (i === 0 ? -1 : d)) };
      plan.label = graph.withRootScope(() =>
        ops.placeholder(graph, { dtype: labelSpec.dtype, shape: labelSpec.shape, name: `labels/${name}` }),
      );
      if (plan.sampleWeightKey) {
        plan.sampleWeight = graph.withRootScope(() =>
          ops.placeholder(graph, { dtype: 'float32', shape: [-1], name: `sample_weights/${name}` }),
        );
      }
      if (plan.maskKey) {
        plan.mask = graph.withRootScope(() => ops.placeholder(graph, { dtype: 'float32', shape: [-1], name: `label_masks/${name}` }));
      }
    }
    // Training's sample weights: the fed ones times the class weights (evaluate uses the fed ones only).
    let trainSampleWeight = plan.sampleWeight;
    const classWeight = options.classWeights?.[name];
    if (classWeight !== undefined && plan.label) {
      const vector = classWeightVector(`class weights of ${options.outputNoun ?? 'output'} "${name}"`, classWeight, trainOutputs[name]);
      const byClass = graph.withNameScope(`class_weights/${name}`, () => classWeightsOf(plan.label!, trainOutputs[name], vector));
      trainSampleWeight = plan.sampleWeight ? ops.mul(plan.sampleWeight, byClass) : byClass;
    }
    if (loss && plan.label) {
      const label = `loss "${loss.name}" of output "${name}"`;
      const reduce = (prediction: Output, sampleWeight: Output | null) => {
        const perExample = loss.perExample(plan.label!, prediction, label);
        if (!plan.mask) return reduceLoss(perExample, loss.reduction, sampleWeight);
        // Masked: the mean over labelled examples only; 0 when none is labelled.
        const weights = sampleWeight ? ops.mul(plan.mask, sampleWeight) : plan.mask;
        const masked = ops.mul(perExample, ops.cast(weights, { dstT: perExample.dtype }));
        return ops.divNoNan(ops.reduceSum(masked), ops.cast(ops.reduceSum(plan.mask), { dstT: perExample.dtype }));
      };
      plan.trainLoss = graph.withNameScope(`loss/${name}`, () => reduce(trainOutputs[name], trainSampleWeight));
      plan.evalLoss = graph.withNameScope(`inference/loss/${name}`, () => reduce(evalOutputs[name], plan.sampleWeight));
    }
    const weightsWith = (sampleWeight: Output | null) =>
      plan.mask ? (sampleWeight ? ops.mul(plan.mask, sampleWeight) : plan.mask) : sampleWeight;
    const metricWeights = weightsWith(plan.sampleWeight);
    plan.trainMetrics = metrics.map((metric) =>
      metric.build(state, `${metricScope}metrics/${prefix}${metric.name}`, plan.label!, trainOutputs[name], weightsWith(trainSampleWeight)),
    );
    plan.evalMetrics = metrics.map((metric) =>
      metric.build(state, `${metricScope}val_metrics/${prefix}${metric.name}`, plan.label!, evalOutputs[name], metricWeights),
    );
    plans.push(plan);
  }
  return plans;
}

/** Runs `fn`; a TensorFlow error is re-thrown with `context` in front. */
function withContext<T>(context: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof TensorFlowError) throw Object.assign(error, { message: `${context}: ${error.message}` });
    throw error;
  }
}

/**
 * Tensors for a program's placeholders from a batch. With `stack` k, the batch holds k batches
 * one after another and each tensor is shaped [k, rows / k, ...] (the step loop's feeds).
 * `labels`: 'train' feeds the trained outputs' labels (required), 'evaluate' those of every
 * output the batch has labels for (required for trained outputs; sample weights and masks
 * default to 1 there, as Keras's evaluate without sample_weight), 'none' only the inputs.
 * Returns the feeds and the outputs whose labels were fed.
 */
export function feedsFor(
  inputs: Record<string, Output>,
  plans: OutputPlan[],
  batch: HostBatch,
  labels: 'train' | 'evaluate' | 'none',
  describeOutput: (name: string) => string,
  stack?: number,
): { feeds: Array<[Output, Tensor]>; labelled: OutputPlan[] } {
  const feeds: Array<[Output, Tensor]> = [];
  const labelled: OutputPlan[] = [];
  const add = (output: Output, host: HostTensor, key: string) => {
    const shape = stack === undefined ? host.shape : [stack, host.shape[0] / stack, ...host.shape.slice(1)];
    // Data the batch builders made in TensorFlow's memory is fed as it is (reshaped, shared), other data copied.
    feeds.push([output, withContext(`data "${key}"`, () => hostToTensor(host, output.dtype as DType, shape))]);
  };
  try {
    for (const [key, output] of Object.entries(inputs)) {
      const host = batch[key];
      if (!host) throw invalidArgument(`the batch has no "${key}" for the model input of that name`);
      add(output, host, key);
    }
    if (labels === 'none') return { feeds, labelled };
    const firstInput = Object.keys(inputs)[0];
    const rows = firstInput !== undefined ? batch[firstInput].shape[0] : batchSize(batch);
    // Labels, weights and masks of another row count would fail inside the step as "Incompatible shapes".
    const sameRows = (host: HostTensor, key: string, what: string) => {
      if (firstInput !== undefined && host.shape[0] !== rows)
        throw invalidArgument(`the batch's ${what} "${key}" hold ${host.shape[0]} examples, but input "${firstInput}" holds ${rows}`);
    };
    const ones = (): HostTensor => ({ dtype: 'float32', shape: [rows], data: new Float32Array(rows).fill(1) });
    for (const plan of plans) {
      if (!plan.label) continue;
      const host = batch[plan.name];
      if (!plan.trained && (labels === 'train' || !host)) continue;
      if (!host) throw invalidArgument(`the batch has no "${plan.name}" labels (for ${describeOutput(plan.name)})`);
      sameRows(host, plan.name, 'labels');
      add(plan.label, host, plan.name);
      labelled.push(plan);
      if (plan.sampleWeight && plan.sampleWeightKey) {
        const weights = batch[plan.sampleWeightKey] ?? (labels === 'evaluate' ? ones() : undefined);
        if (!weights) throw invalidArgument(`the batch has no "${plan.sampleWeightKey}" sample weights (for ${describeOutput(plan.name)})`);
        sameRows(weights, plan.sampleWeightKey, 'sample weights');
        add(plan.sampleWeight, { ...weights, shape: [weights.shape[0]] }, plan.sampleWeightKey);
      }
      if (plan.mask && plan.maskKey) {
        const mask = batch[plan.maskKey] ?? (labels === 'evaluate' ? ones() : undefined);
        if (!mask) throw invalidArgument(`the batch has no "${plan.maskKey}" label mask (for ${describeOutput(plan.name)})`);
        sameRows(mask, plan.maskKey, 'label mask');
        add(plan.mask, { ...mask, shape: [mask.shape[0]] }, plan.maskKey);
      }
    }
  } catch (error) {
    for (const [, tensor] of feeds) tensor.dispose();
    throw error;
  }
  // A batch fit's or predict's own pipeline made is not read again: its memory now lives in the feeds alone.
  if (labels !== 'evaluate' && isTransient(batch)) releaseBatch(batch);
  return { feeds, labelled };
}

/**
 * Refuses non-finite values in the float columns fed to evaluate or to a training step (inputs,
 * labels, sample weights): one NaN makes every reported number NaN (and, in training, every
 * weight). `caller` starts the message; `example(i)` names row i of `batch`.
 */
export function checkFinite(
  batch: HostBatch,
  inputs: string[],
  labelled: OutputPlan[],
  describeOutput: (name: string) => string,
  caller: string,
  example: (row: number) => string,
): void {
  const data = caller === 'evaluate' ? 'evaluation' : 'training';
  const check = (key: string, what: string) => {
    const host = batch[key];
    if (!host || (host.dtype !== 'float32' && host.dtype !== 'float64')) return;
    const values = host.data as Float32Array;
    const per = values.length / Math.max(1, host.shape[0]);
    for (let i = 0; i < values.length; i++) {
      // x - x is 0 for finite x and NaN for NaN and ±Infinity: one comparison per value.
      if (values[i] - values[i] !== 0)
        throw invalidArgument(`${caller}: ${what}, ${example(Math.floor(i / per))} is ${values[i]} (${data} data must be finite)`);
    }
  };
  for (const key of inputs) check(key, `input "${key}"`);
  for (const plan of labelled) {
    check(plan.name, `the labels of ${describeOutput(plan.name)}`);
    if (plan.sampleWeightKey) check(plan.sampleWeightKey, `the sample weights "${plan.sampleWeightKey}" of ${describeOutput(plan.name)}`);
  }
}
