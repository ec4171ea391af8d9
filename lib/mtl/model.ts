/**
 * Multi-task models: named inputs, a shared trunk (or per-task representations
 * from an architecture such as MMoE), and named tasks, each with a head, a loss,
 * metrics, optional sample weights and label masks, trained with a weighting
 * strategy. Training is the lib/train trainer with a multi-task objective: one
 * session run per step, task gradients included when the strategy needs them.
 */
import { Session, SessionOptions, invalidArgument } from '../core';
import { DTypePolicyLike, Layer, Model, SymbolicTensor, Variable } from '../nn';
import {
  BatchSource,
  CompileOptions,
  FitOptions,
  History,
  Logs,
  ObjectiveBuilder,
  Trainer,
  ModelRuntime,
  attachRuntime,
  runtimeOf,
  readModelDirectory,
  writeModelDirectory,
  LossLike,
  MetricLike,
  OptimizerLike,
  DistributeStrategy,
  isStrategy,
  skippedWrite,
} from '../train';
import type { Verbosity } from '../train';
import type { SaveResult } from '../saved-model';
import { MultiTaskJSON, deserializeMultiTask, serializeMultiTask } from './serialization';
import { Dataset, HostTensor } from '../data';
import { Weighting } from './weighting/types';
import { weightingObjective } from './weighting/objective';
import { equal } from './weighting/equal';
import { multiTaskSummaryText } from './summary';
import { weightedSum } from './weighting/weighted-sum';

export interface TaskSpec {
  /** Maps the task's representation to its output (a layer, e.g. dense or a sequential tower + head). */
  head: Layer;
  loss: LossLike;
  metrics?: MetricLike[];
  /** Batch key with per-example weights for this task. */
  sampleWeight?: string;
  /** Class index → weight for this task's training loss and metrics (Keras's class_weight; unlisted classes weigh 1). */
  classWeight?: Record<number | string, number>;
  /**
   * Batch key with a 0/1 mask of labelled examples. Default: "<task>_mask" when
   * the data has it (lib/data's batch({ missing }) makes one).
   */
  labelMask?: string | false;
  /**
   * The task's weight when the model has no explicit `weighting`: the objective is then
   * weightedSum of these weights (default 1 each), in training and in evaluate. With an explicit
   * weighting, which decides the weights itself, giving a weight is an error.
   */
  weight?: number;
}

export interface MultiTaskConfig {
  inputs: Record<string, SymbolicTensor>;
  /** The shared representation all task heads read. */
  trunk?: SymbolicTensor;
  /** Per-task representations (from an architecture: MMoE, PLE, cross-stitch...), instead of `trunk`. */
  representations?: Record<string, SymbolicTensor>;
  tasks: Record<string, TaskSpec>;
  weighting?: Weighting;
  optimizer: OptimizerLike;
  /** Gradient-based weightings: differentiate with respect to the shared parameters (default) or the shared representation (cheaper). */
  gradientMode?: 'parameters' | 'representation';
  /** Record per-task gradient norms and pairwise cosine similarities every step (extra cost for loss-based weightings). */
  diagnostics?: boolean;
  seed?: number;
  name?: string;
  /** Options of the training session (threads, devices...). */
  session?: SessionOptions;
  /** Training steps per session run (fit's default; see FitOptions.stepsPerExecution). */
  stepsPerExecution?: number;
  /** Compile each training step with XLA (see CompileOptions.jitCompile). */
  jitCompile?: boolean;
  /** Train across processes with this strategy (see CompileOptions.distribute); fit's batchSize is then the global batch. */
  distribute?: DistributeStrategy;
  /** The policy of every layer (trunk and heads) not given its own `dtypePolicy`, as nn.model's option. */
  dtypePolicy?: DTypePolicyLike;
}

const REPRESENTATION = '__representation';

export class MultiTaskModel {
  readonly config: MultiTaskConfig;
  readonly taskNames: string[];
  readonly model: Model;
  readonly weighting: Weighting;
  private trainer: Trainer | null = null;
  private activeTasks: string[];
  private trunkFrozen = false;

  constructor(config: MultiTaskConfig) {
    if (!config || typeof config !== 'object') throw invalidArgument('mtl.model needs a configuration');
    const tasks = config.tasks ?? {};
    this.taskNames = Object.keys(tasks);
    if (this.taskNames.length === 0) throw invalidArgument('mtl.model needs at least one task');
    if (Boolean(config.trunk) === Boolean(config.representations))
      throw invalidArgument('mtl.model needs either a shared `trunk` or per-task `representations` (not both)');
    const inputNames = Object.keys(config.inputs ?? {});
    for (const [name, spec] of Object.entries(tasks)) {
      if (!spec || !(spec.head instanceof Layer)) throw invalidArgument(`task "${name}" needs a head (a layer)`);
      if (spec.loss === undefined || spec.loss === null) throw invalidArgument(`task "${name}" has no loss`);
      if (inputNames.includes(name))
        throw invalidArgument(`task "${name}" has the same name as a model input; task and input names must differ`);
      if (name === REPRESENTATION || name.endsWith('_mask')) throw invalidArgument(`task name "${name}" is reserved`);
    }
    const heads = Object.values(tasks).map((t) => t.head);
    const collision = heads.find((h, i) => heads.indexOf(h) !== i);
    if (collision) throw invalidArgument(`tasks share the head layer "${collision.name}": give each task its own head`);
    if (config.distribute !== undefined && !isStrategy(config.distribute))
      throw invalidArgument('mtl.model: distribute must be a strategy (distribute.multiWorkerMirrored(), ...)');
    this.config = config;
    const weighted = Object.entries(tasks).filter(([, spec]) => spec.weight !== undefined);
    if (config.weighting && weighted.length && !sameWeightedSum(config.weighting, weighted)) {
      throw invalidArgument(
        `task "${weighted[0][0]}" has a weight, but weighting "${config.weighting.name}" decides the task weights: drop the weight, or use weighting.weightedSum({ ${weighted.map(([t, s]) => `${t}: ${s.weight}`).join(', ')} })`,
      );
    }
    this.weighting =
      config.weighting ?? (weighted.length ? weightedSum(Object.fromEntries(weighted.map(([t, s]) => [t, s.weight as number]))) : equal());
    if (config.gradientMode === 'representation' && this.weighting.kind === 'gradient' && !this.weighting.supportsRepresentation) {
      throw invalidArgument(`weighting "${this.weighting.name}" does not support the representation-gradient mode`);
    }
    if (config.representations) {
      for (const name of this.taskNames)
        if (!config.representations[name]) throw invalidArgument(`representations has none for task "${name}"`);
    }
    const outputs: Record<string, SymbolicTensor> = {};
    for (const [name, spec] of Object.entries(tasks)) outputs[name] = spec.head.apply(config.trunk ?? config.representations![name]);
    if (config.trunk) outputs[REPRESENTATION] = config.trunk;
    this.model = new Model({ inputs: config.inputs, outputs, name: config.name, dtypePolicy: config.dtypePolicy });
    // After the model has fixed default names: only explicit names can clash.
    const headNames = heads.map((h) => h.name);
    const clash = headNames.find((n, i) => headNames.indexOf(n) !== i);
    if (clash) throw invalidArgument(`two task heads are named "${clash}"; head names must be unique`);
    this.activeTasks = [...this.taskNames];
  }

  /** Variables of one task's head in the training graph. */
  private taskVariables(task: string, graph: import('../core').Graph): Variable[] {
    return this.config.tasks[task].head.weights(graph);
  }

  private compileOptions(batchKeys: string[] | null): CompileOptions {
    const tasks = this.config.tasks;
    const loss: Record<string, LossLike> = {};
    const metrics: Record<string, MetricLike[]> = {};
    const sampleWeights: Record<string, string> = {};
    const classWeights: Record<string, Record<number | string, number>> = {};
    const labelMasks = this.labelMasksFor(batchKeys);
    const lossWeights: Record<string, number> = {};
    // Every task keeps its loss and metrics (evaluate reports them all); the objective is the active tasks'.
    for (const name of this.taskNames) {
      const spec = tasks[name];
      loss[name] = spec.loss;
      metrics[name] = spec.metrics ?? [];
      if (spec.sampleWeight) sampleWeights[name] = spec.sampleWeight;
      if (spec.classWeight !== undefined) classWeights[name] = spec.classWeight;
      if (spec.weight !== undefined) lossWeights[name] = spec.weight;
    }
    const { session, stepsPerExecution, jitCompile } = this.config;
    return {
      optimizer: this.config.optimizer,
      loss,
      metrics,
      sampleWeights,
      classWeights,
      labelMasks,
      lossWeights,
      trainedOutputs: [...this.activeTasks],
      servedOutputs: [...this.taskNames],
      outputNoun: 'task',
      seed: this.config.seed,
      objective: this.objective(),
      session,
      stepsPerExecution,
      jitCompile,
    };
  }

  /** The multi-task objective handed to the trainer (built beside the Weighting interface, weighting/objective.ts). */
  private objective(): ObjectiveBuilder {
    return (context) =>
      weightingObjective(this.weighting, context, {
        taskVariables: (task, graph) => this.taskVariables(task, graph),
        frozen: (v, graph) => this.frozenHeadVariable(v, graph),
        representation: context.outputs[REPRESENTATION] ?? null,
        representationMode: this.config.gradientMode === 'representation',
        diagnostics: this.config.diagnostics ?? false,
        modelTaskNames: this.taskNames,
      });
  }

  private frozenHeadVariable(v: Variable, graph: import('../core').Graph): boolean {
    return this.taskNames.filter((t) => !this.activeTasks.includes(t)).some((t) => this.taskVariables(t, graph).includes(v));
  }

  /** The model's runtime (graph, session, variables), shared by every compile of it and by models from addTask. */
  get runtime(): ModelRuntime {
    return runtimeOf(this.model, { seed: this.config.seed, session: this.config.session, distribute: this.config.distribute });
  }

  private ensureTrainer(batchKeys: string[] | null): Trainer {
    // Data with label masks the current program lacks (it was built before any data had them):
    // a new program in the same runtime takes them.
    const masks = this.labelMasksFor(batchKeys);
    if (this.trainer && Object.keys(masks).some((task) => this.trainerMasks[task] !== masks[task])) this.trainer = null;
    if (!this.trainer) {
      const options = this.compileOptions(batchKeys);
      this.trainer = new Trainer(this.model, { ...options, runtime: this.runtime });
      this.trainerMasks = options.labelMasks ?? {};
    }
    return this.trainer;
  }

  private trainerMasks: Record<string, string> = {};

  /** Each task's label-mask key: its spec's, else "<task>_mask" when the data has it. */
  private labelMasksFor(batchKeys: string[] | null): Record<string, string> {
    const masks: Record<string, string> = {};
    for (const name of this.taskNames) {
      const spec = this.config.tasks[name];
      const mask =
        spec.labelMask === undefined ? (batchKeys?.includes(`${name}_mask`) ? `${name}_mask` : undefined) : spec.labelMask || undefined;
      if (mask) masks[name] = mask;
    }
    return masks;
  }

  /**
   * Trains every task (or, with `tasks`, only those: the other heads stay frozen;
   * `freezeTrunk` also freezes the shared layers).
   */
  async fit(data: BatchSource, options: FitOptions & { tasks?: string[]; freezeTrunk?: boolean } = {}): Promise<History> {
    const tasks = options.tasks ?? this.taskNames;
    for (const t of tasks)
      if (!this.taskNames.includes(t)) throw invalidArgument(`fit: unknown task "${t}" (tasks: ${this.taskNames.join(', ')})`);
    if (tasks.length === 0) throw invalidArgument('fit: tasks is empty');
    const freezeTrunk = options.freezeTrunk ?? false;
    if ([...tasks].sort().join(',') !== [...this.activeTasks].sort().join(',') || freezeTrunk !== this.trunkFrozen) {
      await this.retarget(tasks, freezeTrunk);
    }
    const keys = await dataKeys(data);
    return this.ensureTrainer(keys).fit(data, options);
  }

  /** The tasks fit trains and whether it freezes the trunk, as the last fit's `tasks` and `freezeTrunk` left them. */
  get trainingTarget(): { tasks: string[]; freezeTrunk: boolean } {
    return { tasks: [...this.activeTasks], freezeTrunk: this.trunkFrozen };
  }

  /** Switches the trained tasks: the next compile is a new program in the same runtime, so every weight stays. */
  private async retarget(tasks: string[], freezeTrunk: boolean): Promise<void> {
    this.activeTasks = [...tasks];
    this.trunkFrozen = freezeTrunk;
    for (const name of this.taskNames) this.config.tasks[name].head.trainable = tasks.includes(name);
    const heads = new Set(this.taskNames.map((t) => this.config.tasks[t].head));
    for (const layer of this.model.layers()) if (!heads.has(layer) && !isHeadPart(layer, heads)) layer.trainable = !freezeTrunk;
    this.trainer = null;
  }

  /** Loss and metrics of every task with inference behaviour. */
  async evaluate(data: BatchSource, options: { batchSize?: number; verbose?: Verbosity } = {}): Promise<Logs> {
    return this.ensureTrainer(await dataKeys(data)).evaluate(data, options);
  }

  /** Each task's predictions. */
  async predict(data: BatchSource, options: { batchSize?: number; verbose?: Verbosity } = {}): Promise<Record<string, HostTensor>> {
    // In-memory data's keys are read without a promise turn (predict serves batch-1 calls).
    return this.ensureTrainer(data instanceof Dataset ? await dataKeys(data) : dataKeysNow(data)).predict(data, options);
  }

  /**
   * Keras's summary() for a multi-task model: the layer table, then each task's head (output
   * shape, parameters, loss) and the parameters the tasks share. `print: true` also writes it out.
   */
  summary(options: { print?: boolean } = {}): string {
    const text = multiTaskSummaryText(this.model, this.config.tasks);
    if (options.print) process.stdout.write(`${text}\n`);
    return text;
  }

  /** The number of parameters of the whole model (trunk, architecture and every head). */
  countParams(): number {
    return this.model.countParams();
  }

  /** The underlying trainer (after the first fit/evaluate/predict). */
  get compiled(): Trainer {
    if (!this.trainer) throw invalidArgument('the model is not built yet: call fit, evaluate or predict first');
    return this.trainer;
  }

  get session(): Session {
    return this.compiled.session;
  }

  /**
   * A model with one more task, sharing every layer with this one: weights learned
   * so far carry over (the new head starts from its initializers). Train it with
   * `fit(data, { tasks: [name] })` to learn the new task alone first.
   */
  async addTask(name: string, spec: TaskSpec): Promise<MultiTaskModel> {
    if (this.taskNames.includes(name)) throw invalidArgument(`the model already has a task "${name}"`);
    const extended = new MultiTaskModel({ ...this.config, tasks: { ...this.config.tasks, [name]: spec } });
    // One runtime for both: the extended model's programs find every variable learned so far.
    attachRuntime(extended.model, this.runtime);
    return extended;
  }

  /** Writes a checkpoint of the model's state (weights, optimizer slots, weighting state, step, epoch) under `dir`. Returns its prefix. */
  async saveCheckpoint(dir: string, name?: string): Promise<string> {
    return this.ensureTrainer(null).saveCheckpoint(dir, name);
  }

  /**
   * Restores the model's state from a checkpoint prefix or directory (works before any fit);
   * the next fit starts at the checkpoint's epoch.
   */
  async restoreCheckpoint(prefixOrDir: string): Promise<void> {
    await this.ensureTrainer(null).restoreCheckpoint(prefixOrDir);
  }

  /**
   * Saves everything needed to serve the model and to continue training it where it stands:
   * `<dir>/config.json` (architecture, tasks, weighting, optimizer: serializeMultiTask),
   * `<dir>/checkpoint/` (weights, optimizer slots, weighting state, step, epoch) and
   * `<dir>/saved_model/` (inputs → every task's output, for serving). mtl.load reads it back;
   * fit then continues at the saved epoch with the same numbers as a run never interrupted.
   */
  async save(dir: string, options: { overwrite?: boolean } = {}): Promise<string> {
    const model = serializeMultiTask(this);
    const trainer = this.ensureTrainer(null);
    await trainer.build();
    if (!trainer.writesFiles) return skippedWrite(dir);
    return writeModelDirectory(dir, {
      config: { kind: 'multi-task', model },
      checkpoint: (checkpointDir, pointer) => this.runtime.saveCheckpoint(checkpointDir, pointer),
      exportTo: (savedModelDir) => this.export(savedModelDir),
      overwrite: options.overwrite,
    });
  }

  /** Exports a SavedModel for serving (inputs → every task's output) that Python, TF Serving and savedModel.load read. */
  async export(dir: string, options: { overwrite?: boolean } = {}): Promise<SaveResult> {
    const trainer = this.ensureTrainer(null);
    await trainer.build();
    return trainer.exportSavedModel(dir, { overwrite: options.overwrite, outputs: this.taskNames });
  }

  /** Closes the model's runtime (shared with models made from it by addTask). */
  async close(): Promise<void> {
    await this.runtime.close();
  }
}

/**
 * Δm (Maninis et al. 2019; Vandenhende et al. 2021): the mean relative change of
 * each task's metric against its single-task baseline, in percent, signed so that
 * positive is better: Δm = 100/K · Σ_k (−1)^{h_k} (M_k − B_k) / B_k, h_k = 1 when
 * higher is better for task k.
 */
export function deltaM(
  results: Record<string, number>,
  baselines: Record<string, number>,
  higherIsBetter: Record<string, boolean>,
): number {
  const tasks = Object.keys(baselines);
  if (tasks.length === 0) throw invalidArgument('deltaM needs at least one task');
  let sum = 0;
  for (const task of tasks) {
    const result = results[task];
    const baseline = baselines[task];
    if (result === undefined) throw invalidArgument(`deltaM: no result for task "${task}"`);
    if (!(task in higherIsBetter)) throw invalidArgument(`deltaM: say whether higher is better for task "${task}"`);
    if (baseline === 0) throw invalidArgument(`deltaM: the baseline of task "${task}" is 0`);
    const relative = (result - baseline) / Math.abs(baseline);
    sum += higherIsBetter[task] ? relative : -relative;
  }
  return (100 * sum) / tasks.length;
}

function isHeadPart(layer: Layer, heads: Set<Layer>): boolean {
  for (const head of heads) if (head.sublayers().includes(layer)) return true;
  return false;
}

/** The keys of the data's examples (columns, batches, or a Dataset's first element), to find label masks. */
async function dataKeys(data: BatchSource): Promise<string[] | null> {
  if (data instanceof Dataset) {
    const [first] = await data.take(1).toArray();
    return first && typeof first === 'object' ? Object.keys(first) : null;
  }
  return dataKeysNow(data);
}

/** dataKeys of data that is not a Dataset. */
function dataKeysNow(data: BatchSource): string[] | null {
  if (data && typeof data === 'object' && !Array.isArray(data) && !(Symbol.asyncIterator in (data as object))) return Object.keys(data);
  if (Array.isArray(data) && data.length) return Object.keys(data[0]);
  return null;
}

/** Whether `weighting` is a weightedSum of exactly the tasks' own weights (as a saved configuration holds both). */
function sameWeightedSum(weighting: Weighting, weighted: Array<[string, TaskSpec]>): boolean {
  if (weighting.name !== 'weighted_sum') return false;
  const config = weighting.getConfig?.() as { taskWeights?: Record<string, number> } | undefined;
  if (!config?.taskWeights) return true;
  return weighted.every(([task, spec]) => config.taskWeights![task] === spec.weight);
}

/**
 * Loads a multi-task model that `model.save` wrote: rebuilt from its configuration (layers keep
 * their names), its training state restored; fit continues at the saved epoch.
 */
export async function load(dir: string): Promise<MultiTaskModel> {
  const { config, checkpoint } = readModelDirectory(dir, 'multi-task', 'mtl.load');
  const model = new MultiTaskModel(deserializeMultiTask(config.model as MultiTaskJSON));
  await model.restoreCheckpoint(checkpoint);
  return model;
}

/** Builds a multi-task model. */
export function model(config: MultiTaskConfig): MultiTaskModel {
  return new MultiTaskModel(config);
}
