/**
 * The trainer: compiles a functional model with losses, metrics and an
 * optimizer into one graph, and runs fit / evaluate / predict. A training step
 * (forward, losses, gradients, update, metrics) is a single session run on a
 * worker thread.
 */
import { Callable, DType, Graph, Operation, Output, Session, SessionOptions, Tensor, TensorFlowError, invalidArgument, isHalfDtype } from '../core';
import * as ops from '../ops';
import { GraphState, Model, Variable, graphState } from '../nn';
import { HostBatch, HostTensor } from '../data';
import { Callback } from './callbacks';
import { Saver, latestCheckpoint } from './checkpoint';
import { save as saveSavedModel, SaveResult } from '../saved-model';
import { Loss, LossLike, getLoss, reduceLoss } from './losses';
import { BuiltMetric, MetricLike, getMetric } from './metrics';
import { Optimizer, OptimizerLike, getOptimizer } from './optimizers';
import { Logs, ProgressReporter } from './progress';
import { BatchSource, batchesOf, wholeColumns } from './feed';
import { buildStepLoop } from './step-loop';

/** In-memory columns up to this size train from a copy inside TensorFlow (fit's in-graph data path). */
const IN_GRAPH_BYTES = 1 << 30;

export interface CompileOptions {
  optimizer: OptimizerLike;
  /** One loss for every output, or a loss per output name. Outputs without a loss are not trained. */
  loss: LossLike | Record<string, LossLike>;
  /** Weights of each output's loss in the objective (default 1). */
  lossWeights?: Record<string, number>;
  /** Metrics for every output, or per output name. */
  metrics?: MetricLike[] | Record<string, MetricLike[]>;
  /** Batch keys holding per-example weights for an output's loss and metrics, by output name. */
  sampleWeights?: Record<string, string>;
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
  /** Seed for initializers and dropout (reproducible runs). */
  seed?: number;
  session?: SessionOptions;
  /**
   * Values to start from, by variable name (weights carried over from another
   * compile of the same layers); names the graph lacks, and metric state, are skipped.
   */
  initialWeights?: Map<string, Tensor>;
  /** Builds the objective and the gradients (multi-task weighting plugs in here); default: Σ w·L + regularization. */
  objective?: ObjectiveBuilder;
  /** Default of FitOptions.stepsPerExecution (training steps per session run). */
  stepsPerExecution?: number;
  /**
   * Compile each training step with XLA (Keras's jit_compile=True): the step function carries
   * `_XlaMustCompile`, and fit runs every group of batches, even a single one, through the step
   * loop. Every op of the step needs an XLA kernel (variables are passed in as resources);
   * results differ from the unfused kernels by float rounding. Default false.
   */
  jitCompile?: boolean;
}

/** What an objective builder receives: each output's reduced training loss, and the variables to train. */
export interface ObjectiveContext {
  graph: Graph;
  state: GraphState;
  /** Outputs that have a loss, with their reduced training loss and static weight. */
  losses: Array<{ name: string; loss: Output; weight: number }>;
  regularization: Output | null;
  /** Trainable variables of the model. */
  variables: Variable[];
  /** Training-mode outputs of the model, by name. */
  outputs: Record<string, Output>;
}

export interface ObjectiveResult {
  /** The scalar reported as "loss". */
  total: Output;
  /** The variables to update (the model's, plus any the objective created, e.g. learned task weights). */
  variables: Variable[];
  /** One gradient per variable (null: not updated this step). */
  gradients: Array<Output | null>;
  /** Ops to run with each step (after the gradients are computed, before the step counter moves). */
  updates?: Operation[];
  /** Scalars fetched every step and reported in logs and history (task weights, gradient norms...). */
  logs?: Record<string, Output>;
  /** Called after each epoch with that epoch's mean loss of each output (epoch-level weightings such as DWA). */
  onEpochEnd?: (epoch: number, taskLosses: Record<string, number>, session: Session) => Promise<void>;
}

export type ObjectiveBuilder = (context: ObjectiveContext) => ObjectiveResult;

export interface FitOptions {
  epochs?: number;
  batchSize?: number;
  /** Shuffle examples each epoch (seeded by the compile seed and the epoch). */
  shuffle?: boolean | { bufferSize?: number };
  validation?: BatchSource;
  callbacks?: Callback[];
  /** Print progress (default true). */
  verbose?: boolean;
  /** Epoch to start from (when resuming). */
  initialEpoch?: number;
  /** Stop an epoch after this many steps. */
  stepsPerEpoch?: number;
  /**
   * Training steps per session run (default: the compile option, else 1). k > 1 runs k
   * batches in one run (an in-graph loop over the stacked batches; step-loop.ts): the same
   * batches in the same order, so the same training, with the per-run costs paid once per k
   * steps. Losses and callbacks' onBatchEnd then arrive every k steps, as in Keras.
   */
  stepsPerExecution?: number;
  /**
   * With stepsPerExecution > 1 and in-memory typed-array columns of at most 1 GiB: copy the
   * columns into TensorFlow once per fit and feed each run only its rows' indices (the step loop
   * gathers the rows in the graph) — default true. False gathers each batch in JS, as k = 1 does.
   * Either way the batches are the same.
   */
  inGraphData?: boolean;
}

export interface History {
  epochs: number[];
  /** Per-epoch values of each loss and metric ("loss", "digit_loss", "val_digit_accuracy", ...). */
  history: Record<string, number[]>;
}

interface OutputPlan {
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

/** Runs `fn`; a TensorFlow error is re-thrown with `context` in front. */
function withContext<T>(context: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof TensorFlowError) throw Object.assign(error, { message: `${context}: ${error.message}` });
    throw error;
  }
}

export class Trainer {
  readonly model: Model;
  readonly graph: Graph;
  readonly state: GraphState;
  readonly optimizer: Optimizer;
  /** Set by a callback to end fit after the current epoch (the reason is kept). */
  stopTraining: string | false = false;

  private readonly options: CompileOptions;
  private compiled: {
    session: Session;
    inputs: Record<string, Output>;
    outputs: OutputPlan[];
    totalLoss: Output;
    regularization: Output | null;
    trainStep: Operation;
    learningRate: Output;
    learningRateScale: Variable;
    scaleValue: Output;
    setScale: Operation;
    initialize: Operation[];
    resetTrainMetrics: Operation;
    resetEvalMetrics: Operation;
    evalUpdates: Operation;
    saver: Saver;
    stepLogs: Record<string, Output>;
    onEpochEnd?: ObjectiveResult['onEpochEnd'];
  } | null = null;
  private compiling: Promise<void> | null = null;

  constructor(model: Model, options: CompileOptions) {
    if (!(model instanceof Model)) throw invalidArgument('compile needs a model (from nn.model or mtl.model)');
    if (!options || options.loss === undefined) throw invalidArgument('compile needs a loss (one for all outputs, or one per output name)');
    this.model = model;
    this.options = options;
    this.optimizer = getOptimizer(options.optimizer);
    this.graph = new Graph();
    this.state = graphState(this.graph, options.seed ?? 0);
    // Check names now, not at the first batch.
    this.lossFor('');
    for (const key of Object.keys(options.lossWeights ?? {})) {
      if (!(key in model.outputs)) throw invalidArgument(`lossWeights names output "${key}", which the model does not have (outputs: ${Object.keys(model.outputs).join(', ')})`);
    }
    for (const [option, list] of [['trainedOutputs', options.trainedOutputs], ['servedOutputs', options.servedOutputs]] as const) {
      for (const key of list ?? []) {
        if (!(key in model.outputs)) throw invalidArgument(`${option} names output "${key}", which the model does not have (outputs: ${Object.keys(model.outputs).join(', ')})`);
      }
    }
  }

  /** An output as messages name it: `output "y"` (or `task "y"`). */
  private describeOutput(name: string): string {
    return `${this.options.outputNoun ?? 'output'} "${name}"`;
  }

  private lossFor(outputName: string): Loss | null {
    const spec = this.options.loss;
    const outputs = Object.keys(this.model.outputs);
    if (typeof spec === 'string' || (spec && typeof (spec as Loss).perExample === 'function')) return getLoss(spec as LossLike, `loss of output "${outputName}"`);
    const perOutput = spec as Record<string, LossLike>;
    for (const key of Object.keys(perOutput)) {
      if (!outputs.includes(key)) throw invalidArgument(`loss names output "${key}", which the model does not have (outputs: ${outputs.join(', ')})`);
    }
    return outputName in perOutput ? getLoss(perOutput[outputName], `loss of output "${outputName}"`) : null;
  }

  private metricsFor(outputName: string) {
    const spec = this.options.metrics;
    if (!spec) return [];
    if (Array.isArray(spec)) return spec.map((m) => getMetric(m, `metric of output "${outputName}"`, { loss: this.lossFor(outputName), output: outputName }));
    return (spec[outputName] ?? []).map((m) => getMetric(m, `metric of output "${outputName}"`, { loss: this.lossFor(outputName), output: outputName }));
  }

  /** Builds the graph from the dtypes and shapes of the first batch. */
  private async compile(batch: HostBatch): Promise<void> {
    if (this.compiled) return;
    if (!this.compiling) this.compiling = this.doCompile(batch);
    await this.compiling;
  }

  private async doCompile(batch: HostBatch): Promise<void> {
    const graph = this.graph;
    const state = this.state;
    const inputs = this.model.placeholders(graph);
    for (const key of Object.keys(inputs)) {
      if (!batch[key]) throw invalidArgument(`the data has no "${key}" for the model input of that name (data keys: ${Object.keys(batch).join(', ')})`);
    }
    const multi = Object.keys(this.model.outputs).length > 1;
    const trainOutputs = this.model.build(graph, inputs, { training: true });
    const evalOutputs = graph.withNameScope('inference', () => this.model.build(graph, inputs, { training: false }));
    const plans: OutputPlan[] = [];
    for (const name of Object.keys(this.model.outputs)) {
      const loss = this.lossFor(name);
      const prefix = multi ? `${name}_` : '';
      const plan: OutputPlan = {
        name,
        trained: loss !== null && (this.options.trainedOutputs?.includes(name) ?? true),
        loss,
        weight: this.options.lossWeights?.[name] ?? 1,
        label: null,
        sampleWeight: null,
        sampleWeightKey: this.options.sampleWeights?.[name] ?? null,
        mask: null,
        maskKey: this.options.labelMasks?.[name] ?? null,
        trainLoss: null,
        evalLoss: null,
        trainMetrics: [],
        evalMetrics: [],
        evalPrediction: evalOutputs[name],
      };
      const metrics = this.metricsFor(name);
      if (loss || metrics.length) {
        const labelData = batch[name];
        // Built from labels-free data (predict or evaluate first): the label placeholder takes the
        // loss's kind and the output's shape; later batches' labels are converted to it.
        const outputShape = trainOutputs[name].shape ?? [-1];
        const labelSpec = labelData
          ? { dtype: labelData.dtype, shape: [-1, ...labelData.shape.slice(1)] }
          : loss?.labels === 'int'
            ? { dtype: 'int32' as const, shape: outputShape.slice(0, -1).map(() => -1) }
            : { dtype: trainOutputs[name].dtype, shape: outputShape.map((d, i) => (i === 0 ? -1 : d)) };
        plan.label = graph.withRootScope(() => ops.placeholder(graph, { dtype: labelSpec.dtype, shape: labelSpec.shape, name: `labels/${name}` }));
        if (plan.sampleWeightKey) {
          plan.sampleWeight = graph.withRootScope(() => ops.placeholder(graph, { dtype: 'float32', shape: [-1], name: `sample_weights/${name}` }));
        }
        if (plan.maskKey) {
          plan.mask = graph.withRootScope(() => ops.placeholder(graph, { dtype: 'float32', shape: [-1], name: `label_masks/${name}` }));
        }
      }
      if (loss && plan.label) {
        const label = `loss "${loss.name}" of output "${name}"`;
        const reduce = (prediction: Output) => {
          const perExample = loss.perExample(plan.label!, prediction, label);
          if (!plan.mask) return reduceLoss(perExample, loss.reduction, plan.sampleWeight);
          // Masked: the mean over labelled examples only; 0 when none is labelled.
          const weights = plan.sampleWeight ? ops.mul(plan.mask, plan.sampleWeight) : plan.mask;
          const masked = ops.mul(perExample, ops.cast(weights, { dstT: perExample.dtype }));
          return ops.divNoNan(ops.reduceSum(masked), ops.cast(ops.reduceSum(plan.mask), { dstT: perExample.dtype }));
        };
        plan.trainLoss = graph.withNameScope(`loss/${name}`, () => reduce(trainOutputs[name]));
        plan.evalLoss = graph.withNameScope(`inference/loss/${name}`, () => reduce(evalOutputs[name]));
      }
      const metricWeights = plan.mask ? (plan.sampleWeight ? ops.mul(plan.mask, plan.sampleWeight) : plan.mask) : plan.sampleWeight;
      plan.trainMetrics = metrics.map((metric) => metric.build(state, `metrics/${prefix}${metric.name}`, plan.label!, trainOutputs[name], metricWeights));
      plan.evalMetrics = metrics.map((metric) => metric.build(state, `val_metrics/${prefix}${metric.name}`, plan.label!, evalOutputs[name], metricWeights));
      plans.push(plan);
    }
    if (!plans.some((p) => p.trainLoss && p.trained)) throw invalidArgument('no trained output has a loss: nothing to train');
    const regularizers = state.regularizationLosses.map((r) => r.loss);
    const regularization = regularizers.length ? ops.addN(regularizers) : null;
    const modelVariables = this.trainableVariables();
    if (modelVariables.length === 0) throw invalidArgument('the model has no trainable variables (all layers frozen?)');
    const builder = this.options.objective ?? defaultObjective;
    const built0 = builder({
      graph,
      state,
      losses: plans.filter((p) => p.trainLoss && p.trained).map((p) => ({ name: p.name, loss: p.trainLoss!, weight: p.weight })),
      regularization,
      variables: modelVariables,
      outputs: trainOutputs,
    });
    const totalLoss = built0.total;
    const connected = built0.variables.filter((_, i) => built0.gradients[i] !== null);
    const connectedGradients = built0.gradients.filter((g): g is Output => g !== null);
    const stepVariable = state.stepVariable();
    const step = stepVariable.read('global_step/Read_for_optimizer');
    const learningRateScale = state.createVariable('learning_rate_scale', graph.withRootScope(() => ops.constant(graph, 1, 'float32')), { trainable: false, shape: [] });
    const built = this.optimizer.build(state, connectedGradients, connected, step, { learningRateScale: learningRateScale.read() });
    const metricUpdates = plans.filter((p) => p.trained).flatMap((p) => p.trainMetrics.map((m) => m.update));
    const increment = graph.withControlDependencies([built.update, ...state.updateOps, ...metricUpdates, ...(built0.updates ?? [])], () =>
      ops.assignAddVariableOp(stepVariable.handle, ops.constant(graph, 1n, 'int64'), { name: 'increment_step' }),
    );
    const trainStep = graph.addOperation({ type: 'NoOp', name: 'train_step', controlInputs: [increment] });
    const scaleValue = graph.withRootScope(() => ops.placeholder(graph, { dtype: 'float32', shape: [], name: 'learning_rate_scale/value' }));
    const setScale = learningRateScale.assign(scaleValue);
    const group = (list: Operation[], name: string) => graph.addOperation({ type: 'NoOp', name, controlInputs: list });
    const resetTrainMetrics = group(plans.filter((p) => p.trained).flatMap((p) => p.trainMetrics.map((m) => m.reset)), 'reset_train_metrics');
    const resetEvalMetrics = group(plans.flatMap((p) => p.evalMetrics.map((m) => m.reset)), 'reset_eval_metrics');
    const evalUpdates = group(plans.flatMap((p) => p.evalMetrics.map((m) => m.update)), 'eval_metrics_update');
    // Created after the objective so its variables (learned task weights...) are saved too.
    const saver = new Saver(graph, state.variables);

    const session = new Session(graph, this.options.session ?? {});
    const initialize = state.variables.map((v) => v.initializer);
    await session.run(null, [], initialize);
    // Carry over what fits: same name and shape (a strategy's per-task state for another
    // set of tasks, or metric state, starts afresh).
    const carried = [...(this.options.initialWeights ?? new Map<string, Tensor>())].filter(([name, value]) => {
      const variable = state.variable(name);
      return variable !== undefined && !/^(val_)?metrics\//.test(name) && variable.shape.length === value.shape.length && variable.shape.every((d, i) => d === value.shape[i]);
    });
    this.compiled = {
      session,
      inputs,
      outputs: plans,
      totalLoss,
      regularization,
      trainStep,
      learningRate: built.learningRate,
      learningRateScale,
      scaleValue,
      setScale,
      initialize,
      resetTrainMetrics,
      resetEvalMetrics,
      evalUpdates,
      saver,
      stepLogs: built0.logs ?? {},
      onEpochEnd: built0.onEpochEnd,
    };
    if (carried.length) await this.setWeights(new Map(carried));
  }

  /** Per-example shapes of the model's inputs and outputs (for flat typed-array columns). */
  private columnShapes(): { inputs: Record<string, Array<number | null>>; outputs: Record<string, Array<number | null>> } {
    const inputs: Record<string, Array<number | null>> = {};
    const outputs: Record<string, Array<number | null>> = {};
    for (const [key, tensor] of Object.entries(this.model.inputs)) inputs[key] = tensor.node.inputSpec?.shape ?? [];
    for (const [key, tensor] of Object.entries(this.model.outputs)) outputs[key] = tensor.shape.slice(1);
    return { inputs, outputs };
  }

  /** Variables the optimizer updates (trainable layers only). */
  trainableVariables(): Variable[] {
    return this.model.weights(this.graph).filter((v) => v.trainable);
  }

  private get ready() {
    if (!this.compiled) throw invalidArgument('the model has not been built yet: call fit, evaluate or predict first (or build(batch))');
    return this.compiled;
  }

  /** Builds the graph for data shaped like `batch` without training. */
  async build(batch: HostBatch): Promise<void> {
    await this.compile(batch);
  }

  /**
   * Tensors for the model's placeholders from a batch. With `stack` k, the batch holds k
   * batches one after another and each tensor is shaped [k, rows / k, ...] (the step loop's feeds).
   * `labels`: 'train' feeds the trained outputs' labels (required), 'evaluate' those of every
   * output the batch has labels for (required for trained outputs; sample weights and masks
   * default to 1 there, as Keras's evaluate without sample_weight), 'none' only the inputs.
   */
  private feeds(batch: HostBatch, labels: 'train' | 'evaluate' | 'none', stack?: number): Array<[Output, Tensor]> {
    return this.feedsFor(batch, labels, stack).feeds;
  }

  private feedsFor(batch: HostBatch, labels: 'train' | 'evaluate' | 'none', stack?: number): { feeds: Array<[Output, Tensor]>; labelled: OutputPlan[] } {
    const compiled = this.ready;
    const feeds: Array<[Output, Tensor]> = [];
    const labelled: OutputPlan[] = [];
    const add = (output: Output, host: HostTensor, key: string) => {
      const shape = stack === undefined ? host.shape : [stack, host.shape[0] / stack, ...host.shape.slice(1)];
      feeds.push([output, withContext(`data "${key}"`, () => Tensor.from(host.data as never, { dtype: host.dtype === output.dtype ? host.dtype : output.dtype, shape, raw: host.dtype === output.dtype && isHalfDtype(host.dtype) }))]);
    };
    try {
      for (const [key, output] of Object.entries(compiled.inputs)) {
        const host = batch[key];
        if (!host) throw invalidArgument(`the batch has no "${key}" for the model input of that name`);
        add(output, host, key);
      }
      if (labels === 'none') return { feeds, labelled };
      const rows = batchSize(batch);
      const ones = (): HostTensor => ({ dtype: 'float32', shape: [rows], data: new Float32Array(rows).fill(1) });
      for (const plan of compiled.outputs) {
        if (!plan.label) continue;
        const host = batch[plan.name];
        if (!plan.trained && (labels === 'train' || !host)) continue;
        if (!host) throw invalidArgument(`the batch has no "${plan.name}" labels (for ${this.describeOutput(plan.name)})`);
        add(plan.label, host, plan.name);
        labelled.push(plan);
        if (plan.sampleWeight && plan.sampleWeightKey) {
          const weights = batch[plan.sampleWeightKey] ?? (labels === 'evaluate' ? ones() : undefined);
          if (!weights) throw invalidArgument(`the batch has no "${plan.sampleWeightKey}" sample weights (for ${this.describeOutput(plan.name)})`);
          add(plan.sampleWeight, { ...weights, shape: [weights.shape[0]] }, plan.sampleWeightKey);
        }
        if (plan.mask && plan.maskKey) {
          const mask = batch[plan.maskKey] ?? (labels === 'evaluate' ? ones() : undefined);
          if (!mask) throw invalidArgument(`the batch has no "${plan.maskKey}" label mask (for ${this.describeOutput(plan.name)})`);
          add(plan.mask, { ...mask, shape: [mask.shape[0]] }, plan.maskKey);
        }
      }
    } catch (error) {
      for (const [, tensor] of feeds) tensor.dispose();
      throw error;
    }
    return { feeds, labelled };
  }

  /** Each output's loss under its log key ("digit_loss"; none for a single-output model, whose loss is "loss"). */
  private lossFetches(evaluation: boolean, plans = this.ready.outputs.filter((p) => p.trained)): Array<{ key: string; output: Output }> {
    const multi = this.ready.outputs.length > 1;
    const list: Array<{ key: string; output: Output }> = [];
    for (const plan of plans) {
      const loss = evaluation ? plan.evalLoss : plan.trainLoss;
      if (loss && multi) list.push({ key: `${plan.name}_loss`, output: loss });
    }
    return list;
  }

  private metricFetches(evaluation: boolean, plans = this.ready.outputs.filter((p) => p.trained)): Array<{ key: string; output: Output }> {
    const multi = this.ready.outputs.length > 1;
    return plans.flatMap((plan) => (evaluation ? plan.evalMetrics : plan.trainMetrics).map((m) => ({ key: multi ? `${plan.name}_${m.name}` : m.name, output: m.result })));
  }

  /** The evaluation objective (weighted sum of the output losses, without regularization). */
  private evalObjective(): Output {
    const compiled = this.ready;
    const graph = this.graph;
    const existing = graph.operation('inference/total_loss');
    if (existing) return existing.output(0);
    const terms = compiled.outputs.filter((p) => p.evalLoss && p.trained).map((p) => (p.weight === 1 ? p.evalLoss! : ops.mul(p.evalLoss!, p.weight)));
    const all = compiled.regularization ? [...terms, compiled.regularization] : terms;
    return graph.withRootScope(() => ops.addN(all, { name: 'inference/total_loss' }));
  }

  /** What one training step fetches: the total loss, each output's loss, the objective's logs. */
  private stepFetches(): Array<{ key: string; output: Output }> {
    const compiled = this.ready;
    return [{ key: 'loss', output: compiled.totalLoss }, ...this.lossFetches(false), ...Object.entries(compiled.stepLogs).map(([key, output]) => ({ key, output }))];
  }

  /**
   * Runs `steps` training steps in one session run (see step-loop.ts) on a batch holding
   * `steps` batches of equal size one after another; returns the mean over the steps of each
   * step log (what trainOnBatch returns for one).
   */
  async trainOnBatches(batch: HostBatch, steps: number): Promise<Logs> {
    if (!Number.isInteger(steps) || steps < 1) throw invalidArgument(`trainOnBatches: steps must be a positive integer, got ${steps}`);
    const rows = batchSize(batch);
    if (rows % steps !== 0) throw invalidArgument(`trainOnBatches: ${rows} rows do not split into ${steps} equal batches`);
    await this.compile(batch);
    return this.launch(batch, steps);
  }

  /** Runs one training step on a batch; returns this step's losses. */
  async trainOnBatch(batch: HostBatch): Promise<Logs> {
    await this.compile(batch);
    return this.launch(batch, 1);
  }

  /**
   * Queues the session run of `steps` training steps (one step's callable, or the step loop)
   * before returning, so that what the caller does next (gathering the next batches) overlaps
   * the run. Resolves with the mean of each step log over the steps.
   */
  private launch(batch: HostBatch, steps: number): Promise<Logs> {
    const compiled = this.ready;
    const looped = steps > 1 || Boolean(this.options.jitCompile);
    const feeds = this.feeds(batch, 'train', looped ? steps : undefined);
    try {
      const key = feeds.map(([output]) => output.name).join(',');
      const cache = looped ? this.loops : this.steps;
      let compiledStep = cache.get(key);
      if (!compiledStep) {
        const fetches = this.stepFetches();
        const stepFeeds = feeds.map(([output]) => output);
        if (looped) {
          const built = buildStepLoop(this.graph, { feeds: stepFeeds, fetches: fetches.map((f) => f.output), target: compiled.trainStep }, { jitCompile: this.options.jitCompile });
          compiledStep = { callable: compiled.session.callable({ feeds: built.feeds, fetches: built.sums }), keys: fetches.map((f) => f.key) };
        } else {
          compiledStep = { callable: compiled.session.callable({ feeds: stepFeeds, fetches: fetches.map((f) => f.output), targets: [compiled.trainStep] }), keys: fetches.map((f) => f.key) };
        }
        cache.set(key, compiledStep);
      }
      return meanLogs(compiledStep, feeds.map(([, tensor]) => tensor), steps, feeds.map(([, tensor]) => tensor));
    } catch (error) {
      for (const [, tensor] of feeds) tensor.dispose();
      return Promise.reject(error);
    }
  }

  /**
   * Queues the session run of `steps` training steps on rows of data already in TensorFlow
   * (`whole`: every row of each fed placeholder): step s trains on rows indices[s·n .. (s+1)·n).
   */
  private launchIndexed(whole: Array<[Output, Tensor]>, indices: Int32Array, steps: number): Promise<Logs> {
    const compiled = this.ready;
    const key = `rows:${whole.map(([output]) => output.name).join(',')}`;
    let entry = this.loops.get(key);
    if (!entry) {
      const fetches = this.stepFetches();
      const built = buildStepLoop(this.graph, { feeds: whole.map(([output]) => output), fetches: fetches.map((f) => f.output), target: compiled.trainStep }, { jitCompile: this.options.jitCompile, gather: true });
      entry = { callable: compiled.session.callable({ feeds: [...built.feeds, built.indices!], fetches: built.sums }), keys: fetches.map((f) => f.key) };
      this.loops.set(key, entry);
    }
    const rows = Tensor.from(indices, { dtype: 'int32', shape: [steps, indices.length / steps] });
    return meanLogs(entry, [...whole.map(([, tensor]) => tensor), rows], steps, [rows]);
  }

  /** Compiled steps by fed placeholders: one step per run (steps), k steps per run (loops). */
  private readonly steps = new Map<string, { callable: Callable; keys: string[] }>();
  private readonly loops = new Map<string, { callable: Callable; keys: string[] }>();

  /** Reads every metric's current value. */
  private async readMetrics(evaluation: boolean, plans?: OutputPlan[]): Promise<Logs> {
    const fetches = this.metricFetches(evaluation, plans);
    if (!fetches.length) return {};
    const results = await this.ready.session.run(null, fetches.map((f) => f.output));
    const logs: Logs = {};
    fetches.forEach((f, i) => {
      logs[f.key] = results[i].item() as number;
      results[i].dispose();
    });
    return logs;
  }

  /** Throws if a step's loss is not finite, naming the output (task) whose loss went first. */
  private checkDiverged(losses: Logs, epoch: number, where: string): void {
    const trained = this.ready.outputs.filter((p) => p.trained && p.trainLoss);
    const multi = this.ready.outputs.length > 1;
    for (const plan of trained) {
      const value = multi ? losses[`${plan.name}_loss`] : losses.loss;
      if (value !== undefined && !Number.isFinite(value)) throw invalidArgument(`training diverged at epoch ${epoch + 1}, ${where}: the loss of ${this.describeOutput(plan.name)} is ${value}`);
    }
    for (const [key, value] of Object.entries(losses)) {
      if (!Number.isFinite(value)) throw invalidArgument(`training diverged at epoch ${epoch + 1}, ${where}: ${key === 'loss' ? 'the total loss' : `"${key}"`} is ${value}`);
    }
  }

  /** Trains for `epochs` over `data`, with validation after each epoch. */
  async fit(data: BatchSource, options: FitOptions = {}): Promise<History> {
    const epochs = options.epochs ?? 1;
    const stepsPerExecution = options.stepsPerExecution ?? this.options.stepsPerExecution ?? 1;
    if (!Number.isInteger(stepsPerExecution) || stepsPerExecution < 1) throw invalidArgument(`fit: stepsPerExecution must be a positive integer, got ${stepsPerExecution}`);
    const initialEpoch = options.initialEpoch ?? 0;
    if (!Number.isInteger(epochs) || epochs < 0) throw invalidArgument(`fit: epochs must be a non-negative integer, got ${epochs}`);
    if (!Number.isInteger(initialEpoch) || initialEpoch < 0) throw invalidArgument(`fit: initialEpoch must be a non-negative integer, got ${initialEpoch}`);
    // Nothing to run (epochs 0, or resumed past the last epoch): Keras returns an empty history too.
    if (initialEpoch >= epochs) return { epochs: [], history: {} };
    const callbacks = options.callbacks ?? [];
    const progress = new ProgressReporter(process.stdout, options.verbose ?? true);
    const history: History = { epochs: [], history: {} };
    this.stopTraining = false;
    let started = false;
    let lastLogs: Logs = {};
    const batchRows = options.batchSize ?? 32;
    const shuffle = options.shuffle ?? true;
    // In-graph data: in-memory columns (up to IN_GRAPH_BYTES) go to TensorFlow once, and each run
    // feeds only the row indices of its k batches; the step loop gathers the rows.
    const memory = stepsPerExecution > 1 ? wholeColumns(data, { shapes: this.columnShapes(), what: 'fit data', batchSize: batchRows }) : null;
    const inGraph = memory && memory.bytes <= IN_GRAPH_BYTES && options.inGraphData !== false ? memory : null;
    let wholeFeeds: Array<[Output, Tensor]> | null = null;
    try {
      for (let epoch = initialEpoch; epoch < epochs; epoch++) {
        const groups = inGraph
          ? indexGroups(inGraph.order({ shuffle, seed: this.options.seed ?? 0, epoch }), batchRows, stepsPerExecution, options.stepsPerEpoch ?? Infinity)
          : groupBatches(
              batchesOf(data, { batchSize: batchRows, shuffle, seed: this.options.seed ?? 0, epoch, what: 'fit data', shapes: this.columnShapes() }),
              stepsPerExecution,
              options.stepsPerEpoch ?? Infinity,
            );
        let step = 0;
        const sums: Record<string, number> = {};
        let examples = 0;
        try {
          let group = await groups.next();
          while (group) {
            if (!started) {
              await this.compile(group.batch ?? inGraph!.whole);
              if (inGraph) wholeFeeds = this.feeds(inGraph.whole, 'train');
              for (const cb of callbacks) await cb.onTrainBegin?.(this);
              started = true;
            }
            if (step === 0) {
              await this.ready.session.run(null, [], [this.ready.resetTrainMetrics]);
              progress.epochBegin(epoch, epochs);
              for (const cb of callbacks) await cb.onEpochBegin?.(epoch, this);
            }
            const size = group.batch ? batchSize(group.batch) : group.indices!.length;
            const running = group.batch ? this.launch(group.batch, group.steps) : this.launchIndexed(wholeFeeds!, group.indices!, group.steps);
            // The next batches are gathered while TensorFlow runs this step on a worker thread.
            const upcoming = groups.next();
            upcoming.catch(() => undefined); // its error, if any, is raised when awaited below
            const losses = await running;
            this.checkDiverged(losses, epoch, group.steps > 1 ? `steps ${step + 1}-${step + group.steps}` : `step ${step + 1}`);
            for (const [key, value] of Object.entries(losses)) sums[key] = (sums[key] ?? 0) + value * size;
            examples += size;
            step += group.steps;
            const logs: Logs = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / examples]));
            progress.batchEnd(step, null, logs);
            for (const cb of callbacks) await cb.onBatchEnd?.(step, logs, this);
            group = await upcoming;
          }
        } finally {
          await groups.close();
        }
        if (step === 0) throw new TensorFlowError('OUT_OF_RANGE', `fit: the training data is empty (epoch ${epoch + 1} yielded no batch)`);
        const logs: Logs = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / examples]));
        Object.assign(logs, await this.readMetrics(false));
        if (this.ready.onEpochEnd) {
          const multi = this.ready.outputs.length > 1;
          const taskLosses = Object.fromEntries(this.ready.outputs.filter((p) => p.trainLoss && p.trained).map((p) => [p.name, multi ? logs[`${p.name}_loss`] : logs.loss]));
          await this.ready.onEpochEnd(epoch, taskLosses, this.ready.session);
        }
        if (options.validation) {
          const validation = await this.evaluate(options.validation, { batchSize: options.batchSize });
          for (const [key, value] of Object.entries(validation)) logs[`val_${key}`] = value;
        }
        logs.learning_rate = await this.getLearningRate();
        progress.epochEnd(epoch, epochs, step, logs);
        history.epochs.push(epoch);
        for (const [key, value] of Object.entries(logs)) (history.history[key] ??= []).push(value);
        for (const cb of callbacks) await cb.onEpochEnd?.(epoch, logs, this);
        lastLogs = logs;
        if (this.stopTraining) {
          if (options.verbose ?? true) process.stdout.write(`${this.stopTraining}\n`);
          break;
        }
      }
    } finally {
      for (const [, tensor] of wholeFeeds ?? []) tensor.dispose();
    }
    for (const cb of callbacks) await cb.onTrainEnd?.(lastLogs, this);
    return history;
  }

  /** Loss and metrics over `data` with inference behaviour (no dropout, moving statistics). */
  async evaluate(data: BatchSource, options: { batchSize?: number } = {}): Promise<Logs> {
    let compiledOnce = false;
    let evaluated: OutputPlan[] = [];
    const sums: Record<string, number> = {};
    let examples = 0;
    for await (const batch of batchesOf(data, { batchSize: options.batchSize ?? 32, shuffle: false, seed: 0, epoch: 0, what: 'evaluation data', shapes: this.columnShapes() })) {
      if (!compiledOnce) {
        await this.compile(batch);
        await this.ready.session.run(null, [], [this.ready.resetEvalMetrics]);
        compiledOnce = true;
      }
      const compiled = this.ready;
      const { feeds, labelled } = this.feedsFor(batch, 'evaluate');
      evaluated = labelled;
      const losses = [{ key: 'loss', output: this.evalObjective() }, ...this.lossFetches(true, labelled)];
      try {
        this.checkFinite(batch, labelled, examples);
        const updates = labelled.flatMap((p) => p.evalMetrics.map((m) => m.update));
        const results = await compiled.session.run(feeds, losses.map((l) => l.output), updates);
        const size = batchSize(batch);
        losses.forEach((l, i) => {
          sums[l.key] = (sums[l.key] ?? 0) + (results[i].item() as number) * size;
          results[i].dispose();
        });
        examples += size;
      } finally {
        for (const [, tensor] of feeds) tensor.dispose();
      }
    }
    if (examples === 0) throw new TensorFlowError('OUT_OF_RANGE', 'evaluate: the data is empty');
    const logs: Logs = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / examples]));
    return { ...logs, ...(await this.readMetrics(true, evaluated)) };
  }

  /**
   * Refuses non-finite values in the float columns evaluate feeds (inputs, labels, sample
   * weights): one NaN would make every reported number NaN. `offset`: examples before this batch.
   */
  private checkFinite(batch: HostBatch, labelled: OutputPlan[], offset: number): void {
    const check = (key: string, what: string) => {
      const host = batch[key];
      if (!host || (host.dtype !== 'float32' && host.dtype !== 'float64' && host.dtype !== 'float16')) return;
      const data = host.data as ArrayLike<number>;
      const per = data.length / Math.max(1, host.shape[0]);
      for (let i = 0; i < data.length; i++) {
        if (!Number.isFinite(data[i])) throw invalidArgument(`evaluate: ${what}, example ${offset + Math.floor(i / per)} is ${data[i]} (evaluation data must be finite)`);
      }
    };
    for (const key of Object.keys(this.ready.inputs)) check(key, `input "${key}"`);
    for (const plan of labelled) {
      check(plan.name, `the labels of ${this.describeOutput(plan.name)}`);
      if (plan.sampleWeightKey) check(plan.sampleWeightKey, `the sample weights "${plan.sampleWeightKey}" of ${this.describeOutput(plan.name)}`);
    }
  }

  /** Model outputs (inference behaviour) for every example of `data`, by output name. */
  async predict(data: BatchSource, options: { batchSize?: number } = {}): Promise<Record<string, HostTensor>> {
    const parts: Record<string, Array<{ data: ArrayLike<number | bigint>; shape: number[]; dtype: DType }>> = {};
    for await (const batch of batchesOf(data, { batchSize: options.batchSize ?? 32, shuffle: false, seed: 0, epoch: 0, what: 'prediction data', shapes: this.columnShapes() })) {
      await this.compile(batch);
      const compiled = this.ready;
      const feeds = this.feeds(batch, 'none');
      const served = this.servedPlans();
      try {
        const results = await compiled.session.run(feeds, served.map((p) => p.evalPrediction));
        served.forEach((plan, i) => {
          (parts[plan.name] ??= []).push({ data: results[i].data() as ArrayLike<number>, shape: results[i].shape, dtype: results[i].dtype });
          results[i].dispose();
        });
      } finally {
        for (const [, tensor] of feeds) tensor.dispose();
      }
    }
    const result: Record<string, HostTensor> = {};
    for (const [name, list] of Object.entries(parts)) {
      if (!list.length) continue;
      const total = list.reduce((n, p) => n + p.shape[0], 0);
      const per = list[0].data.length / Math.max(1, list[0].shape[0]);
      const Ctor = (list[0].data as unknown as { constructor: new (n: number) => Float32Array }).constructor;
      const out = new Ctor(total * per);
      let offset = 0;
      for (const part of list) {
        out.set(part.data as Float32Array, offset);
        offset += part.data.length;
      }
      result[name] = { dtype: list[0].dtype, shape: [total, ...list[0].shape.slice(1)], data: out };
    }
    if (Object.keys(result).length === 0) throw new TensorFlowError('OUT_OF_RANGE', 'predict: the data is empty');
    return result;
  }

  /** The outputs predict returns (CompileOptions.servedOutputs, default all). */
  private servedPlans(): OutputPlan[] {
    const served = this.options.servedOutputs;
    return this.ready.outputs.filter((p) => !served || served.includes(p.name));
  }

  /** The learning rate the next step will use. */
  async getLearningRate(): Promise<number> {
    const [value] = await this.ready.session.run(null, [this.ready.learningRate]);
    const rate = value.item() as number;
    value.dispose();
    return rate;
  }

  /** Sets the learning rate of the following steps (as a scale over the optimizer's schedule). */
  async setLearningRate(rate: number): Promise<void> {
    const compiled = this.ready;
    const [current, scale] = await compiled.session.run(null, [compiled.learningRate, compiled.learningRateScale.read()]);
    const base = (current.item() as number) / (scale.item() as number);
    if (!(base > 0) || !Number.isFinite(base)) {
      throw invalidArgument(`setLearningRate: the optimizer's schedule gives ${base} at this step, so it cannot be scaled to ${rate}`);
    }
    await compiled.session.run([[compiled.scaleValue, Tensor.from(rate / base, { dtype: 'float32', shape: [] })]], [], [compiled.setScale]);
  }

  /** Every variable's value, by name (weights, optimizer slots, step, metrics). */
  async getWeights(): Promise<Map<string, Tensor>> {
    const variables = this.state.variables;
    const values = await this.ready.session.run(null, variables.map((v) => v.read()));
    return new Map(variables.map((v, i) => [v.name, values[i]]));
  }

  /** Assigns variables by name (names not in the model are an error). */
  async setWeights(values: Map<string, Tensor>): Promise<void> {
    const compiled = this.ready;
    const assigns: Operation[] = [];
    const feeds: Array<[Output, Tensor]> = [];
    for (const [name, value] of values) {
      const variable = this.state.variable(name);
      if (!variable) throw invalidArgument(`setWeights: the model has no variable "${name}"`);
      const slot = this.graph.withRootScope(() => ops.placeholder(this.graph, { dtype: variable.dtype, shape: variable.shape }));
      assigns.push(variable.assign(slot));
      feeds.push([slot, value]);
    }
    await compiled.session.run(feeds, [], assigns);
  }

  /** Writes a checkpoint of every variable under `dir` (atomically). Returns its prefix. */
  async saveCheckpoint(dir: string, name = `ckpt-${Date.now()}`): Promise<string> {
    return this.ready.saver.save(this.ready.session, dir, name);
  }

  /** Restores every variable from a checkpoint prefix, or from the latest checkpoint in a directory. */
  async restoreCheckpoint(prefixOrDir: string, exampleBatch?: HostBatch): Promise<void> {
    if (!this.compiled) {
      if (!exampleBatch) throw invalidArgument('restoreCheckpoint before the model is built needs an example batch (or call build first)');
      await this.compile(exampleBatch);
    }
    const prefix = latestCheckpoint(prefixOrDir) ?? prefixOrDir;
    await this.ready.saver.restore(this.ready.session, prefix);
  }

  /**
   * Exports the model as a SavedModel for inference (Python's tf.saved_model.load,
   * TF Serving, hydra-tf's savedModel.load): a clean graph with the model built in
   * inference mode, the trained weights copied in, and a `serving_default`
   * signature from the model's inputs to its outputs.
   */
  async exportSavedModel(dir: string, options: { overwrite?: boolean; outputs?: string[] } = {}): Promise<SaveResult> {
    const compiled = this.ready;
    const graph = new Graph();
    const state = graphState(graph, this.options.seed ?? 0);
    const inputs = this.model.placeholders(graph);
    const built = this.model.build(graph, inputs, { training: false, state });
    const names = options.outputs ?? this.options.servedOutputs ?? Object.keys(built);
    const outputs: Record<string, Output> = {};
    for (const name of names) {
      if (!built[name]) throw invalidArgument(`exportSavedModel: the model has no output "${name}"`);
      outputs[name] = graph.withRootScope(() => ops.identity(built[name], { name: `outputs/${name}` }));
    }
    const session = new Session(graph, this.options.session ?? {});
    try {
      await session.run(null, [], state.variables.map((v) => v.initializer));
      const values = await compiled.session.run(null, state.variables.map((v) => this.state.variable(v.name)!.read()));
      const feeds: Array<[Output, Tensor]> = [];
      const assigns = state.variables.map((v, i) => {
        const slot = graph.withRootScope(() => ops.placeholder(graph, { dtype: v.dtype, shape: v.shape, name: `restore_value/${v.name}` }));
        feeds.push([slot, values[i]]);
        return v.assign(slot);
      });
      await session.run(feeds, [], assigns);
      for (const value of values) value.dispose();
      return await saveSavedModel(dir, {
        graph,
        session,
        signatures: { serving_default: { inputs, outputs } },
        variables: state.variables.map((v) => v.handle.op),
        overwrite: options.overwrite,
      });
    } finally {
      await session.close();
      graph.dispose();
    }
  }

  /** The session running the graph (after the first batch). */
  get session(): Session {
    return this.ready.session;
  }

  async close(): Promise<void> {
    if (this.compiled) await this.compiled.session.close();
  }
}

/** Σ w·L (+ regularization), differentiated with respect to every trainable variable. */
const defaultObjective: ObjectiveBuilder = ({ graph, losses, regularization, variables }) => {
  const terms = losses.map((l) => (l.weight === 1 ? l.loss : ops.mul(l.loss, l.weight)));
  const total = ops.addN(regularization ? [...terms, regularization] : terms, { name: 'total_loss' });
  ops.checkDifferentiable([total], variables.map((v) => v.handle));
  return { total, variables, gradients: graph.addGradients([total], variables.map((v) => v.handle)) };
};

/**
 * Groups consecutive batches of equal size by k (a smaller batch, or the end, closes a group
 * early), stopping after `limit` batches. Each group is one batch holding its batches' rows in
 * order (copied together), with the number of steps it stands for.
 */
function groupBatches(source: AsyncIterable<HostBatch>, k: number, limit: number) {
  const iterator = source[Symbol.asyncIterator]();
  let taken = 0;
  let held: HostBatch | null = null; // a batch read ahead that starts the next group
  let done = false;
  const pull = async (): Promise<HostBatch | null> => {
    if (held) {
      const batch = held;
      held = null;
      return batch;
    }
    if (done || taken >= limit) return null;
    const next = await iterator.next();
    if (next.done) {
      done = true;
      return null;
    }
    taken++;
    return next.value;
  };
  return {
    async next(): Promise<{ batch: HostBatch; steps: number; indices?: undefined } | null> {
      const first = await pull();
      if (!first) return null;
      const rows = batchSize(first);
      const parts = [first];
      while (parts.length < k) {
        const batch = await pull();
        if (!batch) break;
        if (batchSize(batch) !== rows) {
          held = batch;
          break;
        }
        parts.push(batch);
      }
      return { batch: parts.length === 1 ? first : concatBatches(parts), steps: parts.length };
    },
    async close(): Promise<void> {
      if (!done) await iterator.return?.();
    },
  };
}

/**
 * Runs a compiled step (queued before this returns) on `values`; resolves with each fetched log
 * divided by `steps` (the loop's sums become means). `temporaries` are disposed either way.
 */
function meanLogs(step: { callable: Callable; keys: string[] }, values: Tensor[], steps: number, temporaries: Tensor[]): Promise<Logs> {
  const release = () => {
    for (const tensor of temporaries) tensor.dispose();
  };
  return step.callable.run(values).then(
    (results) => {
      release();
      const logs: Logs = {};
      step.keys.forEach((name, i) => {
        logs[name] = (results[i].item() as number) / steps;
        results[i].dispose();
      });
      return logs;
    },
    (error) => {
      release();
      throw error;
    },
  );
}

/**
 * The groups of an epoch over rows in `order` (in-graph data): k batches of `size` rows per
 * group, then the remaining whole batches, then a smaller last batch; at most `limit` batches.
 */
function indexGroups(order: Int32Array, size: number, k: number, limit: number) {
  let start = 0;
  let taken = 0;
  return {
    async next(): Promise<{ batch?: undefined; indices: Int32Array; steps: number } | null> {
      if (start >= order.length || taken >= limit) return null;
      const whole = Math.min(Math.floor((order.length - start) / size), k, limit - taken);
      const steps = whole > 0 ? whole : 1;
      const end = whole > 0 ? start + whole * size : order.length;
      const indices = order.subarray(start, end);
      start = end;
      taken += steps;
      return { indices, steps };
    },
    async close(): Promise<void> {},
  };
}

/** The rows of `parts` (batches with the same keys, dtypes and example shapes), one after another. */
function concatBatches(parts: HostBatch[]): HostBatch {
  const result: HostBatch = {};
  for (const [key, first] of Object.entries(parts[0])) {
    let length = 0;
    for (const part of parts) {
      const host = part[key];
      if (!host || host.dtype !== first.dtype || host.shape.length !== first.shape.length || host.shape.some((d, i) => i > 0 && d !== first.shape[i])) {
        throw invalidArgument(`fit: the batches of one stepsPerExecution group differ in "${key}" (dtype or example shape)`);
      }
      length += host.data.length;
    }
    let out: HostTensor['data'];
    if (Array.isArray(first.data)) {
      out = parts.flatMap((part) => part[key].data as string[]);
    } else {
      const typed = new (first.data.constructor as new (n: number) => Float32Array)(length);
      let offset = 0;
      for (const part of parts) {
        typed.set(part[key].data as Float32Array, offset);
        offset += part[key].data.length;
      }
      out = typed;
    }
    result[key] = { dtype: first.dtype, shape: [parts.reduce((n, p) => n + p[key].shape[0], 0), ...first.shape.slice(1)], data: out };
  }
  return result;
}

function batchSize(batch: HostBatch): number {
  const first = Object.values(batch)[0];
  return first ? first.shape[0] : 0;
}

/** Compiles `model` for training. */
export function compile(model: Model, options: CompileOptions): Trainer {
  return new Trainer(model, options);
}
