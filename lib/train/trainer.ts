/**
 * The trainer (Keras's backend trainer): compiles a model with losses, metrics and an optimizer
 * into a program of the model's runtime (runtime.ts), and runs fit / evaluate / predict. A
 * training step (forward, losses, gradients, update, metrics) is a single session run on a
 * worker thread. Compile plans are compile-plan.ts, compiled steps steps.ts, batch grouping
 * batches.ts, reading data feed.ts.
 */
import { DType, Graph, Operation, Output, Session, SessionOptions, Tensor, TensorFlowError, invalidArgument } from '../core';
import * as ops from '../ops';
import {
  DTypePolicyLike,
  GraphState,
  Model,
  Variable,
  graphState,
  ModelJSON,
  deserializeModel,
  serializeModel,
  checkPruningWithoutJit,
} from '../nn';
import { HostBatch, HostTensor } from '../data';
import { exportModel, SaveResult } from '../saved-model';
import { Callback } from './callbacks';
import { Loss, LossLike } from './losses';
import * as lossConfigs from './losses';
import { MetricLike } from './metrics';
import * as metricConfigs from './metrics';
import { Optimizer, OptimizerLike, getOptimizer } from './optimizers';
import * as optimizerConfigs from './optimizers';
import { readModelDirectory, writeModelDirectory } from './model-directory';
import { Logs, ProgressBar, ProgressReporter, Verbosity, resolveVerbosity } from './progress';
import { knownBatchCount, splitForValidation } from './validation-split';
import { BatchSource, Columns, batchesOf, oneBatchOf, singleBatchOf, wholeColumns } from './feed';
import { predictBatch } from './predict';
import { OutputPlan, PlanOptions, buildOutputPlans, checkFinite, checkPlanOptions, feedsFor } from './compile-plan';
import { batchSize, groupBatches, indexGroups } from './batches';
import { StepRunner } from './steps';
import { ModelRuntime, runtimeOf } from './runtime';
import { DistributeStrategy, isStrategy } from './distribute/strategy';
import { checkStrategyCompile, globalLosses, metricSync, reduceGradients, replicaMean } from './distribute/step';
import { checkGlobalBatch, globalRows, shardBatches } from './distribute/data';
import { ValidationSync, buildValidationSync, sumOverReplicas } from './distribute/validation';
import { skippedWrite } from './distribute/files';
import { checkLossScaled, isLossScaleOptimizer, optimizerForPolicy } from './loss-scale';

/** In-memory columns up to this size train from a copy inside TensorFlow (fit's in-graph data path). */
const IN_GRAPH_BYTES = 1 << 30;

export interface CompileOptions extends PlanOptions {
  optimizer: OptimizerLike;
  /** Sets the model's dtypePolicy (nn.model's option: every layer not given its own) before building. */
  dtypePolicy?: DTypePolicyLike;
  /** Seed for initializers and dropout (reproducible runs). */
  seed?: number;
  session?: SessionOptions;
  /**
   * Values to start from, by variable name, applied to the variables this compile creates
   * (weights carried over from another model, e.g. a distilled student); names the model
   * lacks and values of another shape are skipped. Variables the model's runtime already has
   * keep their values: compiling again never resets weights.
   */
  initialWeights?: Map<string, Tensor>;
  /** @internal The runtime to build into (default: the model's own, see runtime.ts). */
  runtime?: ModelRuntime;
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
  /**
   * Train across processes with this strategy (distribute.multiWorkerMirrored(), ...): given at
   * the model's first compile, it decides the session, variable placement, data sharding and
   * which process writes files. fit's batchSize is then the global batch (see distribute/).
   */
  distribute?: DistributeStrategy;
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
  /**
   * Under a synchronous strategy: the mean over replicas of a tensor (same shape on every
   * replica), for gradients an objective combines itself (task-gradient matrices); absent otherwise.
   * `losses` are then already the global batch's (see distribute/step.ts).
   */
  replicaMean?: (x: Output) => Output;
  /** mixed_float16's dynamic loss scale: the gradients must be those of lossScale·total (loss-scale.ts). */
  lossScale?: Output;
}

export interface ObjectiveResult {
  /** The scalar reported as "loss". */
  total: Output;
  /** With ObjectiveContext.lossScale: the gradients are those of lossScale·total (mixed_float16). */
  lossScaled?: boolean;
  /** The variables to update (the model's, plus any the objective created, e.g. learned task weights). */
  variables: Variable[];
  /** One gradient per variable (null: not updated this step). */
  gradients: Array<Output | null>;
  /** Per gradient: already equal on every replica (built from replicaMean), so not all-reduced again. */
  replicated?: boolean[];
  /** Ops to run with each step (after the gradients are computed, before the step counter moves). */
  updates?: Operation[];
  /** Scalars fetched every step and reported in logs and history (task weights, gradient norms...). */
  logs?: Record<string, Output>;
  /** Called after each epoch with that epoch's mean loss of each output (epoch-level weightings such as DWA). */
  onEpochEnd?: (epoch: number, taskLosses: Record<string, number>, session: Session) => Promise<void>;
  /**
   * The same objective on other losses (evaluate's, in the order of ObjectiveContext.losses),
   * without regularization: what evaluate reports as "loss" (plus regularization).
   */
  evaluation?: (losses: Output[]) => Output;
  /**
   * Without `evaluation`: this step's weight of each loss (shape [losses]). evaluate then reports
   * Σ w·L + regularization with the weights of the last training step (1 before any, unless the
   * weights need no data, e.g. learned or epoch-level ones).
   */
  taskWeights?: Output;
}

export type ObjectiveBuilder = (context: ObjectiveContext) => ObjectiveResult;

export interface FitOptions {
  epochs?: number;
  batchSize?: number;
  /** Shuffle examples each epoch (seeded by the compile seed and the epoch). */
  shuffle?: boolean | { bufferSize?: number };
  validation?: BatchSource;
  /**
   * Hold out this fraction of in-memory columns for validation: the last examples, before
   * shuffling (Keras's validation_split). `validation`, when given, takes precedence, as in Keras.
   */
  validationSplit?: number;
  callbacks?: Callback[];
  /**
   * Progress on stdout, as Keras: 0 none, 1 a live bar (count, bar, time left, time per step,
   * logs), 2 one line per epoch; 'auto' (default, or true) is 1 on a TTY and 2 otherwise.
   */
  verbose?: Verbosity;
  /**
   * Epoch to start from. Default: after a restored checkpoint (restoreCheckpoint, load,
   * backupAndRestore), the epoch it was written at; otherwise 0.
   */
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

/** One compile of the model: its placeholders, plans and train step, in the runtime's graph. */
interface Program {
  inputs: Record<string, Output>;
  outputs: OutputPlan[];
  totalLoss: Output;
  regularization: Output | null;
  trainStep: Operation;
  learningRate: Output;
  learningRateScale: Variable;
  scaleValue: Output;
  setScale: Operation;
  resetTrainMetrics: Operation;
  resetEvalMetrics: Operation;
  /** Sums the train metrics' accumulators over replicas (synchronous strategies), else null. */
  syncTrainMetrics: Operation | null;
  stepLogs: Record<string, Output>;
  onEpochEnd?: ObjectiveResult['onEpochEnd'];
  steps: StepRunner;
  /** The evaluation objective, built on first use. */
  evalObjective: Output | null;
  evaluation?: ObjectiveResult['evaluation'];
  /** The weights of the last training step, for an objective without `evaluation`. */
  lastTaskWeights: Variable | null;
}

export class Trainer {
  readonly model: Model;
  /** Graph, session and variables of the model, shared by every compile of it. */
  readonly runtime: ModelRuntime;
  readonly optimizer: Optimizer;
  /** Set by a callback to end fit after the current epoch (the reason is kept). */
  stopTraining: string | false = false;

  private readonly options: CompileOptions;
  private program: Program | null = null;
  private compiling: Promise<void> | null = null;
  /** fit's sharded validation: the sums over replicas, per compiled program. */
  private readonly validationSyncs = new WeakMap<object, ValidationSync>();

  constructor(model: Model, options: CompileOptions) {
    if (!(model instanceof Model)) throw invalidArgument('compile needs a model (from nn.model or mtl.model)');
    if (!options || options.loss === undefined) throw invalidArgument('compile needs a loss (one for all outputs, or one per output name)');
    this.model = model;
    this.options = options;
    this.optimizer = getOptimizer(options.optimizer);
    if (options.dtypePolicy !== undefined) model.setDtypePolicy(options.dtypePolicy);
    checkPlanOptions(model, options);
    if (options.jitCompile) checkPruningWithoutJit(model);
    if (options.distribute !== undefined && !isStrategy(options.distribute))
      throw invalidArgument('compile: distribute must be a strategy (distribute.multiWorkerMirrored(), ...)');
    this.runtime = options.runtime ?? runtimeOf(model, { seed: options.seed, session: options.session, distribute: options.distribute });
    checkStrategyCompile(this.runtime.distribute, options);
  }

  /** The strategy the model's runtime trains with (null: this process alone). */
  get distribute(): DistributeStrategy | null {
    return this.runtime.distribute;
  }

  /** Whether this process writes checkpoints, TensorBoard logs and SavedModels (callbacks skip writing when not). */
  get writesFiles(): boolean {
    return this.runtime.writesFiles;
  }

  get graph(): Graph {
    return this.runtime.graph;
  }

  get state(): GraphState {
    return this.runtime.state;
  }

  /** An output as messages name it: `output "y"` (or `task "y"`). */
  private describeOutput = (name: string): string => `${this.options.outputNoun ?? 'output'} "${name}"`;

  /** Builds this compile's program (from the dtypes and shapes of `batch`, or from the model's specs). */
  private async compile(batch: HostBatch | null): Promise<void> {
    if (this.program) return;
    if (!this.compiling) this.compiling = this.doCompile(batch);
    try {
      await this.compiling;
    } catch (error) {
      this.compiling = null;
      throw error;
    }
  }

  private async doCompile(batch: HostBatch | null): Promise<void> {
    const runtime = this.runtime;
    const graph = runtime.graph;
    const state = runtime.state;
    const inputs = this.model.placeholders(graph);
    if (batch) {
      for (const key of Object.keys(inputs)) {
        if (!batch[key])
          throw invalidArgument(`the data has no "${key}" for the model input of that name (data keys: ${Object.keys(batch).join(', ')})`);
      }
    }
    // Program 0 at the root (the names a lone compile always had); later compiles under their own scope.
    const index = runtime.nextProgram();
    const scoped = <T>(build: () => T): T => (index === 0 ? build() : graph.withNameScope(`program_${index}`, build));
    const createdBefore = new Set(state.variables);
    const updatesBefore = state.updateOps.length;
    const stepLogsBefore = new Map(state.stepLogs);
    const built = scoped(() => {
      const trainOutputs = this.model.build(graph, inputs, { training: true });
      const evalOutputs = graph.withNameScope('inference', () => this.model.build(graph, inputs, { training: false }));
      const metricsBefore = state.variables.length;
      const plans = buildOutputPlans({
        graph,
        state,
        model: this.model,
        options: this.options,
        batch,
        trainOutputs,
        evalOutputs,
        metricScope: index === 0 ? '' : `program_${index}/`,
      });
      runtime.markTransient(state.variables.slice(metricsBefore));
      if (!plans.some((p) => p.trainLoss && p.trained)) throw invalidArgument('no trained output has a loss: nothing to train');
      const regularizers = state.regularizationLosses.map((r) => r.loss);
      const regularization = regularizers.length
        ? graph.withRootScope(() => ops.addN(regularizers, { name: 'regularization_loss' }))
        : null;
      const modelVariables = this.trainableVariables();
      if (modelVariables.length === 0) throw invalidArgument('the model has no trainable variables (all layers frozen?)');
      const strategy = runtime.distribute;
      const trainedPlans = plans.filter((p) => p.trainLoss && p.trained);
      // Synchronous replicas see the global batch's losses (distribute/step.ts explains why this is exact).
      const replicaLosses = globalLosses(
        strategy,
        graph,
        trainedPlans.map((p) => ({
          loss: p.trainLoss!,
          reduction: p.loss!.reduction,
          label: p.label!,
          mask: p.mask,
          sampleWeight: p.sampleWeight,
        })),
      );
      trainedPlans.forEach((p, i) => (p.trainLoss = replicaLosses[i]));
      const optimizerInUse = optimizerForPolicy(this.model.layers(), this.optimizer);
      const lossScale = isLossScaleOptimizer(optimizerInUse) ? optimizerInUse.lossScale(state) : undefined;
      const objective = (this.options.objective ?? defaultObjective)({
        lossScale,
        graph,
        state,
        losses: trainedPlans.map((p) => ({ name: p.name, loss: p.trainLoss!, weight: p.weight })),
        regularization,
        variables: modelVariables,
        outputs: trainOutputs,
        replicaMean: strategy?.allReduce && strategy.replicas > 1 ? (x) => replicaMean(strategy, graph, x) : undefined,
      });
      if (lossScale) checkLossScaled(objective);
      const gradients = reduceGradients(strategy, graph, objective.gradients, objective.replicated);
      const connected = objective.variables.filter((_, i) => gradients[i] !== null);
      const connectedGradients = gradients.filter((g): g is Output => g !== null);
      const stepVariable = state.stepVariable();
      const step = stepVariable.read('global_step/Read_for_optimizer');
      const learningRateScale = state.existingOrCreate(
        'learning_rate_scale',
        graph.withRootScope(() => ops.constant(graph, 1, 'float32')),
        { trainable: false, shape: [] },
      );
      const optimizer = strategy?.applyGradients
        ? strategy.applyGradients({
            graph,
            state,
            optimizer: optimizerInUse,
            variables: connected,
            gradients: connectedGradients,
            step,
            stepVariable,
            learningRateScale: learningRateScale.read(),
          })
        : {
            ...optimizerInUse.build(state, connectedGradients, connected, step, { learningRateScale: learningRateScale.read() }),
            countsStep: false,
          };
      const metricUpdates = plans.filter((p) => p.trained).flatMap((p) => p.trainMetrics.map((m) => m.update));
      // The weights of each step, kept for evaluate (checkpointed with the weighting's state).
      const lastTaskWeights = !objective.evaluation && objective.taskWeights ? this.lastTaskWeights(objective.taskWeights) : null;
      const keepWeights = lastTaskWeights ? [lastTaskWeights.assign(ops.stopGradient(objective.taskWeights!))] : [];
      // Only this program's layer updates (moving statistics): earlier programs' read other placeholders.
      const layerUpdates = state.updateOps.slice(updatesBefore);
      const increment = graph.withControlDependencies(
        [optimizer.update, ...layerUpdates, ...metricUpdates, ...keepWeights, ...(objective.updates ?? [])],
        () =>
          optimizer.countsStep
            ? graph.addOperation({ type: 'NoOp', name: 'increment_step' })
            : ops.assignAddVariableOp(stepVariable.handle, ops.constant(graph, 1n, 'int64'), { name: 'increment_step' }),
      );
      const trainStep = graph.addOperation({ type: 'NoOp', name: 'train_step', controlInputs: [increment] });
      const scaleValue = graph.withRootScope(() =>
        ops.placeholder(graph, { dtype: 'float32', shape: [], name: 'learning_rate_scale/value' }),
      );
      const setScale = learningRateScale.assign(scaleValue);
      const group = (list: Operation[], name: string) => graph.addOperation({ type: 'NoOp', name, controlInputs: list });
      const resetTrainMetrics = group(
        plans.filter((p) => p.trained).flatMap((p) => p.trainMetrics.map((m) => m.reset)),
        'reset_train_metrics',
      );
      const resetEvalMetrics = group(
        plans.flatMap((p) => p.evalMetrics.map((m) => m.reset)),
        'reset_eval_metrics',
      );
      // Each replica's metrics saw its share of the batches: summed over replicas before an epoch's are read.
      const syncTrainMetrics = metricSync(
        strategy,
        graph,
        plans.filter((p) => p.trained).flatMap((p) => p.trainMetrics.flatMap((m) => m.variables)),
      );
      runtime.epoch();
      return {
        plans,
        regularization,
        objective,
        optimizer,
        trainStep,
        learningRateScale,
        scaleValue,
        setScale,
        resetTrainMetrics,
        resetEvalMetrics,
        syncTrainMetrics,
        lastTaskWeights,
        keepWeights,
      };
    });
    const fresh = !createdBefore.has(built.lastTaskWeights as Variable);
    await runtime.initializeNew();
    // Weights that need no data (static, learned, epoch-level) are known before any step.
    if (built.lastTaskWeights && fresh && !dependsOnPlaceholder(built.objective.taskWeights!))
      await runtime.session.run(null, [], built.keepWeights);
    // Carried-over values go to the variables this compile created only (existing ones keep theirs).
    const carried = [...(this.options.initialWeights ?? new Map<string, Tensor>())].filter(([name, value]) => {
      const variable = state.variable(name);
      return (
        variable !== undefined &&
        !createdBefore.has(variable) &&
        runtime.persistentVariables().includes(variable) &&
        variable.shape.length === value.shape.length &&
        variable.shape.every((d, i) => d === value.shape[i])
      );
    });
    const multi = built.plans.length > 1;
    const stepFetches = [
      { key: 'loss', output: built.objective.total },
      ...built.plans.filter((p) => p.trained && p.trainLoss && multi).map((p) => ({ key: `${p.name}_loss`, output: p.trainLoss! })),
      ...Object.entries(built.objective.logs ?? {}).map(([key, output]) => ({ key, output })),
      // What the layers of this training build report (gate means): theirs, not an earlier program's.
      ...[...state.stepLogs].filter(([key, output]) => stepLogsBefore.get(key) !== output).map(([key, output]) => ({ key, output })),
    ];
    this.program = {
      inputs,
      outputs: built.plans,
      totalLoss: built.objective.total,
      regularization: built.regularization,
      trainStep: built.trainStep,
      learningRate: built.optimizer.learningRate,
      learningRateScale: built.learningRateScale,
      scaleValue: built.scaleValue,
      setScale: built.setScale,
      resetTrainMetrics: built.resetTrainMetrics,
      resetEvalMetrics: built.resetEvalMetrics,
      syncTrainMetrics: built.syncTrainMetrics,
      stepLogs: built.objective.logs ?? {},
      onEpochEnd: built.objective.onEpochEnd,
      steps: new StepRunner(graph, () => runtime.session, built.trainStep, stepFetches, { jitCompile: this.options.jitCompile }),
      evalObjective: null,
      evaluation: built.objective.evaluation,
      lastTaskWeights: built.lastTaskWeights,
    };
    if (carried.length) await runtime.setWeights(new Map(carried));
  }

  /** Per-example shapes of the model's inputs and outputs (for flat typed-array columns). */
  private columnShapes(): { inputs: Record<string, Array<number | null>>; outputs: Record<string, Array<number | null>> } {
    const inputs: Record<string, Array<number | null>> = {};
    const outputs: Record<string, Array<number | null>> = {};
    for (const [key, tensor] of Object.entries(this.model.inputs)) inputs[key] = tensor.node.inputSpec?.shape ?? [];
    for (const [key, tensor] of Object.entries(this.model.outputs)) outputs[key] = tensor.shape.slice(1);
    return { inputs, outputs };
  }

  /** @internal What fit runs, for bench/: the placeholders, the train-step op and its compiled callables. */
  stepInternals(): {
    inputs: Record<string, Output>;
    trainStep: Operation;
    steps: StepRunner;
    columnShapes: ReturnType<Trainer['columnShapes']>;
  } {
    const program = this.ready;
    return { inputs: program.inputs, trainStep: program.trainStep, steps: program.steps, columnShapes: this.columnShapes() };
  }

  /** Variables the optimizer updates (trainable layers only). */
  trainableVariables(): Variable[] {
    return this.model.weights(this.graph).filter((v) => v.trainable);
  }

  private get ready(): Program {
    return this.requireBuilt();
  }

  /** The built program; throws when fit, evaluate, predict or build has not run yet. */
  private requireBuilt(): Program {
    if (!this.program) throw invalidArgument('the model has not been built yet: call fit, evaluate or predict first (or build(batch))');
    return this.program;
  }

  /** Builds the program for data shaped like `batch` (or, without one, from the model's input specs) without training. */
  async build(batch?: HostBatch): Promise<void> {
    await this.compile(batch ?? null);
  }

  private feeds(batch: HostBatch, labels: 'train' | 'evaluate' | 'none', stack?: number) {
    return feedsFor(this.ready.inputs, this.ready.outputs, batch, labels, this.describeOutput, stack);
  }

  /** Each output's loss under its log key ("digit_loss"; none for a single-output model, whose loss is "loss"). */
  private lossFetches(plans: OutputPlan[]): Array<{ key: string; output: Output }> {
    if (this.ready.outputs.length <= 1) return [];
    return plans.filter((p) => p.evalLoss).map((p) => ({ key: `${p.name}_loss`, output: p.evalLoss! }));
  }

  private metricFetches(evaluation: boolean, plans: OutputPlan[]): Array<{ key: string; output: Output }> {
    const multi = this.ready.outputs.length > 1;
    return plans.flatMap((plan) =>
      (evaluation ? plan.evalMetrics : plan.trainMetrics).map((m) => ({
        key: multi ? `${plan.name}_${m.name}` : m.name,
        output: m.result,
      })),
    );
  }

  /**
   * The evaluation objective: the training objective on the trained outputs' inference losses
   * (the objective's `evaluation`, else Σ w·L with the last step's weights), plus regularization.
   */
  private evalObjective(): Output {
    const program = this.ready;
    if (program.evalObjective) return program.evalObjective;
    const graph = this.graph;
    const trained = program.outputs.filter((p) => p.evalLoss && p.trained);
    const losses = trained.map((p) => p.evalLoss!);
    program.evalObjective = graph.withNameScope('inference', () => {
      let objective: Output;
      if (program.evaluation) objective = program.evaluation(losses);
      else if (program.lastTaskWeights) objective = ops.reduceSum(ops.mul(program.lastTaskWeights.read(), ops.pack(losses, { axis: 0 })));
      else objective = ops.addN(trained.map((p) => (p.weight === 1 ? p.evalLoss! : ops.mul(p.evalLoss!, p.weight))));
      return program.regularization
        ? ops.add(objective, program.regularization, { name: 'total_loss' })
        : ops.identity(objective, { name: 'total_loss' });
    });
    return program.evalObjective;
  }

  /** The variable keeping the last step's task weights (one per trained loss). */
  private lastTaskWeights(weights: Output): Variable {
    const graph = this.graph;
    const shape = weights.shape;
    if (!shape || shape.length !== 1 || shape[0] < 0)
      throw invalidArgument(`the objective's taskWeights must be a vector of known length, got shape ${JSON.stringify(shape)}`);
    const ones = graph.withRootScope(() => ops.fill(ops.constant(graph, shape, 'int32'), ops.constant(graph, 1, 'float32')));
    return this.state.existingOrCreate('task_weights', ones, { trainable: false, shape });
  }

  /**
   * Runs `steps` training steps in one session run (see step-loop.ts) on a batch holding
   * `steps` batches of equal size one after another; returns the mean over the steps of each
   * step log (what trainOnBatch returns for one).
   */
  async trainOnBatches(data: HostBatch | Columns, steps: number): Promise<Logs> {
    if (!Number.isInteger(steps) || steps < 1) throw invalidArgument(`trainOnBatches: steps must be a positive integer, got ${steps}`);
    const batch = await oneBatchOf(data, { shapes: this.columnShapes(), what: 'trainOnBatches data' });
    const rows = batchSize(batch);
    if (rows % steps !== 0) throw invalidArgument(`trainOnBatches: ${rows} rows do not split into ${steps} equal batches`);
    await this.compile(batch);
    return this.launch(batch, steps, 'trainOnBatches', (row) => `example ${row}`);
  }

  /** Runs one training step on a batch ({ key: { dtype, shape, data } }, or columns as fit takes them); returns this step's losses. */
  async trainOnBatch(data: HostBatch | Columns): Promise<Logs> {
    const batch = await oneBatchOf(data, { shapes: this.columnShapes(), what: 'trainOnBatch data' });
    await this.compile(batch);
    return this.launch(batch, 1, 'trainOnBatch', (row) => `example ${row}`);
  }

  /**
   * Queues `steps` training steps on `batch` (see StepRunner.launch), once its labels are known
   * finite (`caller` and `example` name a bad one).
   */
  private launch(batch: HostBatch, steps: number, caller: string, example: (row: number) => string): Promise<Logs> {
    const looped = steps > 1 || Boolean(this.options.jitCompile);
    let feeds: Array<[Output, Tensor]>;
    try {
      this.checkLabels(batch, caller, example);
      feeds = this.feeds(batch, 'train', looped ? steps : undefined).feeds;
    } catch (error) {
      return Promise.reject(error);
    }
    return this.ready.steps.launch(feeds, steps, looped);
  }

  /** Reads the current value of the metrics of `plans`. */
  private async readMetrics(evaluation: boolean, plans: OutputPlan[]): Promise<Logs> {
    const fetches = this.metricFetches(evaluation, plans);
    if (!fetches.length) return {};
    if (!evaluation && this.ready.syncTrainMetrics) await this.runtime.session.run(null, [], [this.ready.syncTrainMetrics]);
    const results = await this.runtime.session.run(
      null,
      fetches.map((f) => f.output),
    );
    const logs: Logs = {};
    fetches.forEach((f, i) => {
      logs[f.key] = results[i].item() as number;
      results[i].dispose();
    });
    return logs;
  }

  /**
   * Refuses non-finite float labels and sample weights of the trained outputs (as evaluate does):
   * a NaN label would make the loss and then every weight NaN. Inputs are left to checkDiverged.
   */
  private checkLabels(batch: HostBatch, caller: string, example: (row: number) => string): void {
    checkFinite(
      batch,
      [],
      this.ready.outputs.filter((p) => p.trained),
      this.describeOutput,
      caller,
      example,
    );
  }

  /** Throws if a step's loss is not finite, naming the output (task) whose loss went first. */
  private checkDiverged(losses: Logs, epoch: number, where: string): void {
    const trained = this.ready.outputs.filter((p) => p.trained && p.trainLoss);
    const multi = this.ready.outputs.length > 1;
    for (const plan of trained) {
      const value = multi ? losses[`${plan.name}_loss`] : losses.loss;
      if (value !== undefined && !Number.isFinite(value))
        throw invalidArgument(
          `training diverged at epoch ${epoch + 1}, ${where}: the loss of ${this.describeOutput(plan.name)} is ${value}`,
        );
    }
    for (const [key, value] of Object.entries(losses)) {
      if (!Number.isFinite(value))
        throw invalidArgument(
          `training diverged at epoch ${epoch + 1}, ${where}: ${key === 'loss' ? 'the total loss' : `"${key}"`} is ${value}`,
        );
    }
  }

  /**
   * Trains for `epochs` over `data`, with validation after each epoch. Starts at
   * `initialEpoch`, by default the epoch of a restored checkpoint (else 0).
   */
  async fit(data: BatchSource, options: FitOptions = {}): Promise<History> {
    const explain = this.runtime.distribute?.explainError;
    if (!explain) return this.fitLoop(data, options);
    try {
      return await this.fitLoop(data, options);
    } catch (error) {
      // A peer task that died surfaces here: the strategy names it.
      throw await explain.call(this.runtime.distribute, error);
    }
  }

  private async fitLoop(data: BatchSource, options: FitOptions): Promise<History> {
    const epochs = options.epochs ?? 1;
    const stepsPerExecution = options.stepsPerExecution ?? this.options.stepsPerExecution ?? 1;
    if (!Number.isInteger(stepsPerExecution) || stepsPerExecution < 1)
      throw invalidArgument(`fit: stepsPerExecution must be a positive integer, got ${stepsPerExecution}`);
    if (!Number.isInteger(epochs) || epochs < 0) throw invalidArgument(`fit: epochs must be a non-negative integer, got ${epochs}`);
    if (options.initialEpoch !== undefined && (!Number.isInteger(options.initialEpoch) || options.initialEpoch < 0)) {
      throw invalidArgument(`fit: initialEpoch must be a non-negative integer, got ${options.initialEpoch}`);
    }
    // Nothing to run (epochs 0, or asked to start past the last epoch): Keras returns an empty history too.
    if (epochs === 0 || (options.initialEpoch ?? 0) >= epochs) return { epochs: [], history: {} };
    if (options.validationSplit !== undefined && !options.validation) {
      const split = splitForValidation(data, options.validationSplit, this.columnShapes().inputs);
      data = split.train;
      options = { ...options, validation: split.validation };
    }
    const callbacks = options.callbacks ?? [];
    const knownSteps = knownBatchCount(data, options.batchSize ?? 32, this.columnShapes().inputs);
    const progress = new ProgressReporter(process.stdout, options.verbose ?? 'auto', {
      stepsPerEpoch: knownSteps === null ? null : Math.min(knownSteps, options.stepsPerEpoch ?? Infinity),
    });
    const history: History = { epochs: [], history: {} };
    this.stopTraining = false;
    // Before the first epoch is chosen: a callback may restore a backup (backupAndRestore), which sets it.
    for (const cb of callbacks) await cb.onTrainBegin?.(this);
    const initialEpoch = options.initialEpoch ?? this.runtime.restoredEpoch ?? 0;
    this.runtime.restoredEpoch = null;
    if (initialEpoch >= epochs) {
      // Restored past the last epoch: nothing left to train.
      for (const cb of callbacks) await cb.onTrainEnd?.({}, this);
      return history;
    }
    let started = false;
    let lastLogs: Logs = {};
    const batchRows = options.batchSize ?? 32;
    const shuffle = options.shuffle ?? true;
    const strategy = this.runtime.distribute;
    if (strategy) checkGlobalBatch(strategy, batchRows);
    const sharded = strategy !== null && strategy.dataSharding === 'batch' && strategy.replicas > 1;
    // In-graph data: in-memory columns (up to IN_GRAPH_BYTES) go to TensorFlow once, and each run
    // feeds only the row indices of its k batches; the step loop gathers the rows.
    const memory =
      stepsPerExecution > 1 && !sharded
        ? wholeColumns(data, { shapes: this.columnShapes(), what: 'fit data', batchSize: batchRows })
        : null;
    const inGraph = memory && memory.bytes <= IN_GRAPH_BYTES && options.inGraphData !== false ? memory : null;
    let wholeFeeds: Array<[Output, Tensor]> | null = null;
    try {
      for (let epoch = initialEpoch; epoch < epochs; epoch++) {
        const groups = inGraph
          ? indexGroups(
              inGraph.order({ shuffle, seed: this.options.seed ?? 0, epoch }),
              batchRows,
              stepsPerExecution,
              options.stepsPerEpoch ?? Infinity,
            )
          : groupBatches(
              shardBatches(
                batchesOf(data, {
                  batchSize: batchRows,
                  shuffle,
                  seed: this.options.seed ?? 0,
                  epoch,
                  what: 'fit data',
                  shapes: this.columnShapes(),
                  transient: true,
                }),
                strategy,
              ),
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
              if (inGraph) {
                this.checkLabels(inGraph.whole, 'fit', (row) => `example ${row}`);
                wholeFeeds = this.feeds(inGraph.whole, 'train').feeds;
              }
              started = true;
            }
            if (step === 0) {
              await this.runtime.session.run(null, [], [this.ready.resetTrainMetrics]);
              progress.epochBegin(epoch, epochs);
              for (const cb of callbacks) await cb.onEpochBegin?.(epoch, this);
            }
            // Split batches count as the global batch they came from (every replica then averages its logs alike).
            const size = group.batch ? (sharded ? globalRows(group.batch, strategy!) : batchSize(group.batch)) : group.indices.length;
            // Unshuffled batches are the data's rows in order: a bad label is named by its row in the data.
            const first = examples;
            const example = shuffle
              ? (row: number) => `example ${row} of the batch at step ${step + 1} of epoch ${epoch + 1}`
              : (row: number) => `example ${first + row}`;
            const launched = group.batch
              ? this.launch(group.batch, group.steps, 'fit', example)
              : this.ready.steps.launchIndexed(wholeFeeds!, group.indices, group.steps);
            const running = strategy?.guardRun ? strategy.guardRun(launched, this.runtime.session) : launched;
            // The next batches are gathered while TensorFlow runs this step on a worker thread.
            const upcoming = groups.next();
            upcoming.catch(() => undefined); // its error, if any, is raised when awaited below
            const losses = await running;
            this.checkDiverged(losses, epoch, group.steps > 1 ? `steps ${step + 1}-${step + group.steps}` : `step ${step + 1}`);
            for (const [key, value] of Object.entries(losses)) sums[key] = (sums[key] ?? 0) + value * size;
            examples += size;
            step += group.steps;
            const logs: Logs = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / examples]));
            progress.batchEnd(step, logs);
            for (const cb of callbacks) await cb.onBatchEnd?.(step, logs, this, losses);
            group = await upcoming;
          }
        } finally {
          await groups.close();
        }
        if (step === 0) throw new TensorFlowError('OUT_OF_RANGE', `fit: the training data is empty (epoch ${epoch + 1} yielded no batch)`);
        const logs: Logs = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / examples]));
        Object.assign(
          logs,
          await this.readMetrics(
            false,
            this.ready.outputs.filter((p) => p.trained),
          ),
        );
        if (this.ready.onEpochEnd) {
          const multi = this.ready.outputs.length > 1;
          const taskLosses = Object.fromEntries(
            this.ready.outputs.filter((p) => p.trainLoss && p.trained).map((p) => [p.name, multi ? logs[`${p.name}_loss`] : logs.loss]),
          );
          await this.ready.onEpochEnd(epoch, taskLosses, this.runtime.session);
        }
        // Counted before the callbacks, so that a checkpoint written at this epoch's end resumes at the next.
        await this.runtime.setEpoch(epoch + 1);
        if (options.validation) {
          // Sharded like the training data; the figures are summed over the replicas.
          const validation = await this.evaluate(options.validation, {
            batchSize: options.batchSize,
            verbose: 0,
            shardOver: sharded && strategy!.allReduce ? strategy! : undefined,
          });
          for (const [key, value] of Object.entries(validation)) logs[`val_${key}`] = value;
        }
        logs.learning_rate = await this.getLearningRate();
        progress.epochEnd(epoch, epochs, step, logs);
        history.epochs.push(epoch);
        for (const [key, value] of Object.entries(logs)) (history.history[key] ??= []).push(value);
        for (const cb of callbacks) await cb.onEpochEnd?.(epoch, logs, this);
        lastLogs = logs;
        if (this.stopTraining) {
          progress.message(this.stopTraining);
          break;
        }
      }
    } finally {
      for (const [, tensor] of wholeFeeds ?? []) tensor.dispose();
    }
    for (const cb of callbacks) await cb.onTrainEnd?.(lastLogs, this);
    return history;
  }

  /**
   * Loss and metrics over `data` with inference behaviour (no dropout, moving statistics).
   * "loss" is the training objective on this data: Σ w·L over the trained outputs, plus
   * regularization. Each output whose labels the data has reports its loss and metrics.
   */
  async evaluate(
    data: BatchSource,
    options: {
      batchSize?: number;
      verbose?: Verbosity;
      /** @internal fit's validation: this replica's rows only, figures summed over replicas */ shardOver?: DistributeStrategy;
    } = {},
  ): Promise<Logs> {
    const bar = this.progressBar(data, options);
    const shardOver = options.shardOver;
    let steps = 0;
    let compiledOnce = false;
    let evaluated: OutputPlan[] = [];
    const sums: Record<string, number> = {};
    let examples = 0;
    const batches = batchesOf(data, {
      batchSize: options.batchSize ?? 32,
      shuffle: false,
      seed: 0,
      epoch: 0,
      what: 'evaluation data',
      shapes: this.columnShapes(),
    });
    for await (const batch of shardOver ? shardBatches(batches, shardOver) : batches) {
      if (!compiledOnce) {
        await this.compile(batch);
        await this.runtime.session.run(null, [], [this.ready.resetEvalMetrics]);
        compiledOnce = true;
      }
      const { feeds, labelled } = this.feeds(batch, 'evaluate');
      evaluated = labelled;
      const losses = [{ key: 'loss', output: this.evalObjective() }, ...this.lossFetches(labelled)];
      try {
        checkFinite(batch, Object.keys(this.ready.inputs), labelled, this.describeOutput, 'evaluate', (row) => `example ${examples + row}`);
        const updates = labelled.flatMap((p) => p.evalMetrics.map((m) => m.update));
        const results = await this.runtime.session.run(
          feeds,
          losses.map((l) => l.output),
          updates,
        );
        const size = batchSize(batch);
        losses.forEach((l, i) => {
          sums[l.key] = (sums[l.key] ?? 0) + (results[i].item() as number) * size;
          results[i].dispose();
        });
        examples += size;
      } finally {
        for (const [, tensor] of feeds) tensor.dispose();
      }
      bar.update(++steps, Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / examples])));
    }
    if (examples === 0) throw new TensorFlowError('OUT_OF_RANGE', 'evaluate: the data is empty');
    if (shardOver) {
      // Every replica sums the same keys in the same order (those of all outputs; absent ones count 0).
      const keys = ['loss', ...this.lossFetches(this.ready.outputs).map((l) => l.key)];
      let sync = this.validationSyncs.get(this.ready);
      if (!sync) {
        sync = buildValidationSync(
          shardOver,
          this.runtime.graph,
          this.ready.outputs.flatMap((p) => p.evalMetrics.flatMap((m) => m.variables)),
          keys.length + 1,
        );
        this.validationSyncs.set(this.ready, sync);
      }
      const total = await sumOverReplicas(sync, this.runtime.session, [examples, ...keys.map((k) => sums[k] ?? 0)]);
      examples = total[0];
      keys.forEach((k, i) => {
        if (k in sums) sums[k] = total[i + 1];
      });
    }
    const logs: Logs = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / examples]));
    const result = { ...logs, ...(await this.readMetrics(true, evaluated)) };
    bar.done(steps, result);
    return result;
  }

  /**
   * evaluate's and predict's progress bar (Keras's verbose levels). Silent by default, unlike
   * Keras's 'auto': predict runs per request in a server, and a line per call would fill its
   * logs and break programs whose stdout is data (a test child printing JSON did).
   */
  private progressBar(data: BatchSource, options: { batchSize?: number; verbose?: Verbosity }): ProgressBar {
    const verbose = resolveVerbosity(options.verbose ?? 0, process.stdout);
    const target = verbose ? knownBatchCount(data, options.batchSize ?? 32, this.columnShapes().inputs) : null;
    return new ProgressBar({ target, verbose });
  }

  /** The outputs predict returns (CompileOptions.servedOutputs, default all). */
  private servedPlans(): OutputPlan[] {
    const served = this.options.servedOutputs;
    return this.ready.outputs.filter((p) => !served || served.includes(p.name));
  }

  /** Model outputs (inference behaviour) for every example of `data`, by output name. */
  async predict(data: BatchSource, options: { batchSize?: number; verbose?: Verbosity } = {}): Promise<Record<string, HostTensor>> {
    const bar = this.progressBar(data, options);
    let steps = 0;
    const parts: Record<string, Array<{ data: ArrayLike<number | bigint>; shape: number[]; dtype: DType }>> = {};
    const batching = {
      batchSize: options.batchSize ?? 32,
      shuffle: false,
      seed: 0,
      epoch: 0,
      what: 'prediction data',
      shapes: this.columnShapes(),
      transient: true,
    };
    const single = singleBatchOf(data, batching); // a few in-memory examples: no iterator
    const predictOne = async (batch: HostBatch) => {
      if (!this.program) await this.compile(batch);
      const { feeds } = this.feeds(batch, 'none');
      const served = this.servedPlans();
      try {
        // One cached callable (inline for small batches), predictions written into their arrays: predict.ts.
        const predictions = await predictBatch(
          this.runtime.session,
          feeds,
          served.map((p) => p.evalPrediction),
          batchSize(batch),
        );
        served.forEach((plan, i) => (parts[plan.name] ??= []).push(predictions[i]));
      } finally {
        for (const [, tensor] of feeds) tensor.dispose();
      }
      bar.update(++steps);
    };
    // A serving call's one batch skips the async iteration (its promise turns are a tenth of a batch-1 call).
    if (single) await predictOne(single);
    else for await (const batch of batchesOf(data, batching)) await predictOne(batch);
    if (steps) bar.done(steps);
    const result: Record<string, HostTensor> = {};
    for (const [name, list] of Object.entries(parts)) {
      if (!list.length) continue;
      if (list.length === 1) {
        result[name] = list[0] as HostTensor; // one batch: its arrays are the result, no concatenation
        continue;
      }
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

  /** The learning rate the next step will use. */
  async getLearningRate(): Promise<number> {
    const [value] = await this.runtime.session.run(null, [this.ready.learningRate]);
    const rate = value.item() as number;
    value.dispose();
    return rate;
  }

  /** Sets the learning rate of the following steps (as a scale over the optimizer's schedule). */
  async setLearningRate(rate: number): Promise<void> {
    const program = this.ready;
    const [current, scale] = await this.runtime.session.run(null, [program.learningRate, program.learningRateScale.read()]);
    const base = (current.item() as number) / (scale.item() as number);
    if (!(base > 0) || !Number.isFinite(base)) {
      throw invalidArgument(`setLearningRate: the optimizer's schedule gives ${base} at this step, so it cannot be scaled to ${rate}`);
    }
    await this.runtime.session.run(
      [[program.scaleValue, Tensor.from(rate / base, { dtype: 'float32', shape: [] })]],
      [],
      [program.setScale],
    );
  }

  /** Every variable of the model's state, by name (weights, optimizer slots, step, epoch, weighting state). */
  async getWeights(): Promise<Map<string, Tensor>> {
    this.requireBuilt();
    return this.runtime.getWeights();
  }

  /** Assigns variables by name (names not in the model are an error). */
  async setWeights(values: Map<string, Tensor>): Promise<void> {
    this.requireBuilt();
    await this.runtime.setWeights(values);
  }

  /** Writes a checkpoint of the model's state under `dir` (crash-safe). Returns its prefix. */
  async saveCheckpoint(dir: string, name = `ckpt-${Date.now()}`): Promise<string> {
    await this.compile(null);
    // A distributed job's non-chief writes nothing: the chief's checkpoint, under this pointer, holds the same weights.
    if (!this.writesFiles) return skippedWrite(dir, name);
    return this.runtime.saveCheckpoint(dir, name);
  }

  /**
   * Restores the model's state from a checkpoint prefix, or from the latest checkpoint in a
   * directory; works before any fit or predict (the program is built from the model's input
   * specs, or from `exampleBatch`). The next fit starts at the checkpoint's epoch.
   */
  async restoreCheckpoint(prefixOrDir: string, exampleBatch?: HostBatch): Promise<void> {
    await this.compile(exampleBatch ?? null);
    await this.runtime.restoreCheckpoint(prefixOrDir);
  }

  /**
   * Exports the model as a SavedModel for inference (Python's tf.saved_model.load,
   * TF Serving, hydra-tf's savedModel.load): a clean graph with the model built in
   * inference mode, the trained weights copied in, and a `serving_default`
   * signature from the model's inputs to its outputs.
   */
  async exportSavedModel(dir: string, options: { overwrite?: boolean; outputs?: string[] } = {}): Promise<SaveResult> {
    this.requireBuilt();
    if (!this.writesFiles) return { dir: skippedWrite(dir), tags: [], signatures: [], variables: [], skippedVariables: [] };
    return exportModel(dir, {
      build: (graph) => {
        const state = graphState(graph, this.options.seed ?? 0);
        const inputs = this.model.placeholders(graph);
        const outputs = this.model.build(graph, inputs, { training: false, state });
        return { inputs, outputs, variables: state.variables };
      },
      values: async (names) =>
        this.runtime.session.run(
          null,
          names.map((name) => this.state.variable(name)!.read()),
        ),
      outputs: options.outputs ?? this.options.servedOutputs,
      session: this.options.session,
      overwrite: options.overwrite,
    });
  }

  /**
   * Saves everything needed to serve the model and to continue training it where it stands:
   * `<dir>/config.json` (the architecture and this compile's configuration), `<dir>/checkpoint/`
   * (weights, optimizer slots, step, epoch) and `<dir>/saved_model/` (for serving). nn.load
   * reads it back; fit then continues at the saved epoch with the same numbers as a run never
   * interrupted. Returns the directory.
   */
  async save(dir: string, options: { overwrite?: boolean } = {}): Promise<string> {
    const compile = this.compileConfig();
    const model = serializeModel(this.model);
    await this.compile(null);
    if (!this.writesFiles) return skippedWrite(dir);
    return writeModelDirectory(dir, {
      config: { kind: 'functional', model, compile },
      checkpoint: (checkpointDir, pointer) => this.runtime.saveCheckpoint(checkpointDir, pointer),
      exportTo: (savedModelDir) => this.exportSavedModel(savedModelDir),
      overwrite: options.overwrite,
    });
  }

  /** @internal This compile's options as JSON (for save); see compileFromConfig. */
  compileConfig(): CompileConfig {
    const o = this.options;
    if (o.objective) throw invalidArgument('save: the model was compiled with a custom objective, which has no configuration to save');
    const perOutput = <T, R>(
      spec: T | Record<string, T>,
      single: (value: T) => boolean,
      each: (value: T, key: string) => R,
    ): R | Record<string, R> =>
      single(spec as T)
        ? each(spec as T, '')
        : Object.fromEntries(Object.entries(spec as Record<string, T>).map(([k, v]) => [k, each(v, k)]));
    const isLoss = (spec: unknown) => typeof spec === 'string' || typeof (spec as Loss)?.perExample === 'function';
    return {
      optimizer: optimizerConfigs.serialize(o.optimizer, 'save: optimizer'),
      loss: perOutput(o.loss, isLoss, (loss, key) =>
        lossConfigs.serialize(loss as LossLike, `save: loss${key ? ` of output "${key}"` : ''}`),
      ),
      metrics:
        o.metrics === undefined
          ? undefined
          : perOutput(o.metrics, Array.isArray, (list) => (list as MetricLike[]).map((m) => metricConfigs.serialize(m, 'save: metric'))),
      lossWeights: o.lossWeights,
      sampleWeights: o.sampleWeights,
      classWeights: o.classWeights,
      labelMasks: o.labelMasks,
      trainedOutputs: o.trainedOutputs,
      servedOutputs: o.servedOutputs,
      seed: o.seed,
      stepsPerExecution: o.stepsPerExecution,
      jitCompile: o.jitCompile,
    };
  }

  /** The session running the model's graph. */
  get session(): Session {
    return this.runtime.session;
  }

  /** Closes the model's runtime (its session): every compile of the model ends with it. */
  async close(): Promise<void> {
    await this.runtime.close();
  }
}

/** Σ w·L (+ regularization), differentiated with respect to every trainable variable. */
const defaultObjective: ObjectiveBuilder = ({ graph, losses, regularization, variables, lossScale }) => {
  const weighted = (list: Output[]) => list.map((loss, i) => (losses[i].weight === 1 ? loss : ops.mul(loss, losses[i].weight)));
  const terms = weighted(losses.map((l) => l.loss));
  const total = ops.addN(regularization ? [...terms, regularization] : terms, { name: 'total_loss' });
  ops.checkDifferentiable(
    [total],
    variables.map((v) => v.handle),
  );
  const differentiated = lossScale ? ops.mul(total, lossScale, { name: 'scaled_loss' }) : total;
  return {
    total,
    variables,
    gradients: graph.addGradients(
      [differentiated],
      variables.map((v) => v.handle),
    ),
    lossScaled: lossScale !== undefined,
    evaluation: (evalLosses) => ops.addN(weighted(evalLosses)),
  };
};

/** Whether `output` is computed from a placeholder (fed data), following data and control edges. */
function dependsOnPlaceholder(output: Output): boolean {
  const seen = new Set<string>();
  const stack: Operation[] = [output.op];
  while (stack.length) {
    const op = stack.pop()!;
    if (seen.has(op.name)) continue;
    seen.add(op.name);
    if (op.type === 'Placeholder' || op.type === 'PlaceholderWithDefault') return true;
    for (const input of op.inputs()) stack.push(input.op);
    stack.push(...op.controlInputs());
  }
  return false;
}

/** A compile configuration as save writes it (losses, metrics and the optimizer as names or { className, config }). */
export interface CompileConfig {
  optimizer: unknown;
  loss: unknown;
  metrics?: unknown;
  lossWeights?: Record<string, number>;
  sampleWeights?: Record<string, string>;
  classWeights?: Record<string, Record<string, number>>;
  labelMasks?: Record<string, string>;
  trainedOutputs?: string[];
  servedOutputs?: string[];
  seed?: number;
  stepsPerExecution?: number;
  jitCompile?: boolean;
}

/** CompileOptions from a saved CompileConfig. */
export function compileFromConfig(config: CompileConfig): CompileOptions {
  if (!config || typeof config !== 'object') throw invalidArgument('load: the saved compile configuration is missing');
  const isOne = (value: unknown) =>
    typeof value === 'string' || (value !== null && typeof value === 'object' && 'className' in (value as object));
  const loss = isOne(config.loss)
    ? lossConfigs.get(config.loss as never)
    : Object.fromEntries(Object.entries(config.loss as Record<string, unknown>).map(([k, v]) => [k, lossConfigs.get(v as never)]));
  const metric = (m: unknown): MetricLike => (typeof m === 'string' ? m : metricConfigs.get(m as never));
  const metrics =
    config.metrics === undefined
      ? undefined
      : Array.isArray(config.metrics)
        ? config.metrics.map(metric)
        : Object.fromEntries(Object.entries(config.metrics as Record<string, unknown[]>).map(([k, list]) => [k, list.map(metric)]));
  const { lossWeights, sampleWeights, classWeights, labelMasks, trainedOutputs, servedOutputs, seed, stepsPerExecution, jitCompile } =
    config;
  return {
    optimizer: optimizerConfigs.get(config.optimizer as never),
    loss,
    metrics,
    lossWeights,
    sampleWeights,
    classWeights,
    labelMasks,
    trainedOutputs,
    servedOutputs,
    seed,
    stepsPerExecution,
    jitCompile,
  };
}

/**
 * Loads a functional model that `trainer.save` wrote: rebuilt from its configuration, compiled
 * as it was, its training state restored; fit continues at the saved epoch.
 */
export async function load(dir: string): Promise<Trainer> {
  const { config, checkpoint } = readModelDirectory(dir, 'functional', 'load');
  const trainer = new Trainer(deserializeModel(config.model as ModelJSON), compileFromConfig(config.compile as CompileConfig));
  await trainer.restoreCheckpoint(checkpoint);
  return trainer;
}

/** Compiles `model` for training (into the model's runtime: weights the model already has are kept). */
export function compile(model: Model, options: CompileOptions): Trainer {
  return new Trainer(model, options);
}
