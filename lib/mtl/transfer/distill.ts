/**
 * Knowledge distillation: a student learns from a teacher's logits (Hinton et al. 2015) and,
 * optionally, matches a teacher's intermediate representation through a learned projection
 * (FitNets, Romero et al. 2015). Per task with a teacher, the objective is
 *
 *   α·L_task(labels, student) + (1 − α)·T²·KL(softmax(teacher/T) ‖ softmax(student/T))
 *
 * plus β·MSE(projection(student features), teacher features) per feature match.
 *
 * Teacher outputs are computed once per dataset (precompute.ts) and kept with the data, in
 * memory or in a cache directory; training then feeds them as extra columns, so the whole
 * objective is built in the student's graph and a step stays one session run. The training
 * model is the student with extra outputs ("distill/<task>": the same logits, whose "labels"
 * are the teacher's; "features/<name>": the projection), trained by the lib/train trainer with
 * static loss weights (a multi-task student's weighting strategy is not used here). Evaluation,
 * prediction and export use the student alone.
 *
 * Why not the teacher "in the same step": a Keras/TF2 teacher keeps its weights as resource
 * variables read inside functions; importing it into the student's graph as frozen constants
 * needs the function bodies rewritten (Python's convert_variables_to_constants_v2), which the
 * C API does not offer. Once per dataset also runs the teacher once, not once per epoch. The
 * cost: the teacher sees each example as the dataset gives it, so augmentation applied after
 * this point is not seen by the teacher.
 */
import { Tensor, invalidArgument, formatShape } from '../../core';
import { Dataset, HostTensor } from '../../data';
import { Layer, Model, SymbolicTensor, layers } from '../../nn';
import {
  BatchSource,
  CompileOptions,
  FitOptions,
  History,
  Logs,
  Trainer,
  LossLike,
  losses,
  MetricLike,
  OptimizerLike,
  attachRuntime,
  runtimeOf,
} from '../../train';
import { MultiTaskModel } from '../model';
import { Backbone, Teacher } from './teacher';
import { CacheWriter, FeatureCache } from './cache';
import { ColumnJob, MemorySink, asDataset, computeShards } from './precompute';
import { Identity } from './runner';
import { distillationLoss } from './loss';
import type { Verbosity } from '../../train';

/** Matching an intermediate representation of the student to one of the teacher. */
export interface FeatureMatch {
  /** The student's representation (a symbolic tensor of the student model, e.g. its trunk). */
  student: SymbolicTensor;
  /** The teacher's representation: one output of a frozen model (mtl.backbone). */
  teacher: Backbone;
  /** Weight β of the term (default 1). */
  weight?: number;
  /** Maps the student's representation to the teacher's size; default a dense layer (learned, not exported). */
  projection?: Layer;
  /** Names the term in logs ("features/<name>_loss"); default "0", "1", ... */
  name?: string;
}

/** Per-task settings; for an nn.Model student, `loss` says how each output is trained on labels. */
export interface DistillTaskOptions {
  loss?: LossLike;
  metrics?: MetricLike[];
  alpha?: number;
  temperature?: number;
}

export interface DistillConfig {
  /** One teacher (one head, or several heads for several tasks), or one teacher per task. */
  teacher?: Teacher | Teacher[];
  /** A multi-task model, or a functional model whose outputs (logits) are the tasks. */
  student: MultiTaskModel | Model;
  /** Softening temperature T (default 3, as the Keras recipe's Distiller). */
  temperature?: number;
  /** Weight α of the label loss; 1 − α goes to the teacher (default 0.1, as in the Keras recipe). */
  alpha?: number;
  /** Per-task loss, metrics, α and T; every output of an nn.Model student is a task and needs a `loss` when α > 0. */
  tasks?: Record<string, DistillTaskOptions>;
  /** Feature distillation terms. */
  features?: FeatureMatch[];
  /** Default: the multi-task student's optimizer; required for an nn.Model student. */
  optimizer?: OptimizerLike;
  seed?: number;
  /** Keep teacher outputs (with the data) in this directory instead of memory (resumable; reused by later runs). */
  cacheDir?: string;
  /** Examples per teacher run while computing its outputs (default 64). */
  teacherBatchSize?: number;
}

interface TaskPlan {
  name: string;
  output: SymbolicTensor;
  loss: LossLike | null;
  metrics: MetricLike[];
  weight: number;
  alpha: number;
  temperature: number;
  teacher: { teacher: Teacher; output: string } | null;
}

function checkUnit(value: unknown, what: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1))
    throw invalidArgument(`distill: ${what} must be a number in [0, 1], got ${JSON.stringify(value)}`);
  return value;
}

function checkTemperature(value: unknown, what: string): number {
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value))
    throw invalidArgument(`distill: ${what} must be a finite number > 0, got ${JSON.stringify(value)}`);
  return value;
}

function show(shape: Array<number | null> | number[]): string {
  return formatShape(shape);
}

/** Column and output name of a task's distillation term. */
export const distillKey = (task: string) => `distill/${task}`;
/** Column and output name of a feature-matching term. */
export const featureKey = (name: string) => `features/${name}`;

export class Distiller {
  readonly config: DistillConfig;
  /** The student alone (task outputs only). */
  readonly studentModel: Model;
  /** The student with its distillation and feature outputs (what is trained). */
  readonly trainingModel: Model;
  readonly tasks: TaskPlan[];
  private readonly jobs: ColumnJob[];
  private readonly featureWeights: Record<string, number>;
  private readonly optimizer: OptimizerLike;
  private trainer: Trainer | null = null;
  private student: Trainer | null = null;
  private studentStale = true;
  private readonly prepared = new WeakMap<object, Promise<Dataset<Record<string, unknown>>>>();

  constructor(config: DistillConfig) {
    if (!config || typeof config !== 'object')
      throw invalidArgument('distill needs a configuration { teacher, student, temperature, alpha }');
    const { student } = config;
    if (!(student instanceof MultiTaskModel) && !(student instanceof Model))
      throw invalidArgument('distill: student must be an mtl model or an nn model');
    this.config = config;
    const alpha = checkUnit(config.alpha ?? 0.1, 'alpha');
    const temperature = checkTemperature(config.temperature ?? 3, 'temperature');
    const base = student instanceof MultiTaskModel ? student.model : student;
    const taskNames = student instanceof MultiTaskModel ? student.taskNames : Object.keys(base.outputs);
    for (const key of Object.keys(config.tasks ?? {})) {
      if (!taskNames.includes(key))
        throw invalidArgument(`distill: tasks names "${key}", which the student does not have (its tasks: ${taskNames.join(', ')})`);
    }
    for (const name of taskNames)
      if (!base.outputs[name])
        throw invalidArgument(`distill: the student has no output "${name}" (its outputs: ${Object.keys(base.outputs).join(', ')})`);

    const teachers = config.teacher === undefined ? [] : Array.isArray(config.teacher) ? config.teacher : [config.teacher];
    const byTask: Record<string, { teacher: Teacher; output: string }> = {};
    for (const teacher of teachers) {
      if (!(teacher instanceof Teacher)) throw invalidArgument('distill: teacher must come from mtl.teacher(model, options)');
      for (const [task, output] of Object.entries(teacher.resolve(taskNames))) {
        if (byTask[task])
          throw invalidArgument(
            `distill: task "${task}" has two teachers (${byTask[task].teacher.runner.what} and ${teacher.runner.what})`,
          );
        byTask[task] = { teacher, output };
      }
    }

    this.tasks = taskNames.map((name) => {
      const spec = student instanceof MultiTaskModel ? student.config.tasks[name] : undefined;
      const own = config.tasks?.[name] ?? {};
      const plan: TaskPlan = {
        name,
        output: base.outputs[name],
        loss: own.loss ?? spec?.loss ?? null,
        metrics: own.metrics ?? spec?.metrics ?? [],
        weight: spec?.weight ?? 1,
        alpha: own.alpha === undefined ? alpha : checkUnit(own.alpha, `tasks.${name}.alpha`),
        temperature: own.temperature === undefined ? temperature : checkTemperature(own.temperature, `tasks.${name}.temperature`),
        teacher: byTask[name] ?? null,
      };
      if (!plan.teacher) plan.alpha = 1;
      if (plan.alpha > 0 && plan.loss === null)
        throw invalidArgument(
          `distill: task "${name}" needs a loss for its labels (tasks: { ${JSON.stringify(name)}: { loss } }), or alpha 0 to learn from the teacher alone`,
        );
      return plan;
    });
    if (!this.tasks.some((t) => t.teacher) && !(config.features ?? []).length)
      throw invalidArgument('distill needs a teacher for at least one task, or a feature match');

    this.jobs = [];
    const outputs: Record<string, SymbolicTensor> = {};
    for (const task of this.tasks) {
      outputs[task.name] = task.output;
      if (!task.teacher) continue;
      const studentShape = task.output.shape.slice(1).map((d) => d ?? -1);
      const teacherShape = task.teacher.teacher.runner.outputShape(task.teacher.output);
      const what = `task "${task.name}": output "${task.teacher.output}" of teacher ${task.teacher.teacher.runner.what}`;
      if (
        teacherShape &&
        (teacherShape.length !== studentShape.length ||
          teacherShape.some((d, i) => d >= 0 && studentShape[i] >= 0 && d !== studentShape[i]))
      ) {
        throw invalidArgument(`${what} has per-example shape ${show(teacherShape)}, but the student's logits have ${show(studentShape)}`);
      }
      outputs[distillKey(task.name)] = task.output;
      this.jobs.push({
        column: distillKey(task.name),
        runner: task.teacher.teacher.runner,
        output: task.teacher.output,
        expectShape: studentShape,
        what,
      });
    }
    this.featureWeights = {};
    (config.features ?? []).forEach((match, i) => {
      const name = match.name ?? String(i);
      const key = featureKey(name);
      if (!(match.student instanceof SymbolicTensor))
        throw invalidArgument(`distill: features[${i}].student must be a symbolic tensor of the student`);
      if (!(match.teacher instanceof Backbone))
        throw invalidArgument(`distill: features[${i}].teacher must come from mtl.backbone(model, { output })`);
      if (outputs[key]) throw invalidArgument(`distill: two feature matches are named "${name}"`);
      const teacherShape = match.teacher.shape;
      const teacherSize = teacherShape && teacherShape.every((d) => d >= 0) ? teacherShape.reduce((a, b) => a * b, 1) : null;
      let source = match.student;
      if (source.shape.length > 2)
        source = layers.flatten({ name: `distill_flatten_${name.replace(/[^A-Za-z0-9_.-]/g, '_')}` }).apply(source);
      let projection = match.projection;
      if (!projection) {
        if (teacherSize === null)
          throw invalidArgument(
            `distill: features "${name}": the size of output "${match.teacher.output}" of ${match.teacher.runner.what} is not known before running; give a projection layer`,
          );
        projection = layers.dense({ units: teacherSize, name: `distill_projection_${name.replace(/[^A-Za-z0-9_.-]/g, '_')}` });
      }
      const projected = projection.apply(source);
      const size = projected.shape.slice(1);
      if (teacherSize !== null && (size.length !== 1 || size[0] !== teacherSize)) {
        throw invalidArgument(
          `distill: features "${name}": the projection gives ${show(size)} per example, the teacher's output "${match.teacher.output}" has ${teacherSize} values`,
        );
      }
      outputs[key] = projected;
      this.featureWeights[key] = match.weight ?? 1;
      this.jobs.push({
        column: key,
        runner: match.teacher.runner,
        output: match.teacher.output,
        flatten: true,
        what: `features "${name}": output "${match.teacher.output}" of ${match.teacher.runner.what}`,
      });
    });

    const optimizer = config.optimizer ?? (student instanceof MultiTaskModel ? student.config.optimizer : undefined);
    if (optimizer === undefined) throw invalidArgument('distill: give an optimizer (an nn model student has none of its own)');
    this.optimizer = optimizer;
    this.studentModel = new Model({
      inputs: base.inputs,
      outputs: Object.fromEntries(this.tasks.map((t) => [t.name, t.output])),
      name: base.name,
    });
    this.trainingModel = new Model({ inputs: base.inputs, outputs, name: `${base.name}_distill` });
    // One runtime with the student: distillation adds programs to it, so the student's variables
    // are the ones trained (nothing is copied) and a multi-task student sees them at once.
    const runtime = student instanceof MultiTaskModel ? student.runtime : runtimeOf(base, { seed: config.seed });
    attachRuntime(this.studentModel, runtime);
    attachRuntime(this.trainingModel, runtime);
    this.ownsRuntime = !(student instanceof MultiTaskModel);
  }

  /** The data with the teachers' outputs as extra columns, computed once per dataset object. */
  prepare(data: BatchSource, role = 'train', verbose: Verbosity = 0): Promise<Dataset<Record<string, unknown>>> {
    const key = data as object;
    let prepared = this.prepared.get(key);
    if (!prepared) {
      prepared = this.compute(data, role, verbose);
      this.prepared.set(key, prepared);
      prepared.catch(() => this.prepared.delete(key));
    }
    return prepared;
  }

  private async compute(data: BatchSource, role: string, verbose: Verbosity): Promise<Dataset<Record<string, unknown>>> {
    const shapes: Record<string, Array<number | null>> = {};
    for (const [key, tensor] of Object.entries(this.studentModel.inputs)) shapes[key] = tensor.node.inputSpec?.shape ?? [];
    const what = `distill: teacher outputs for the ${role} data`;
    const dataset = asDataset(data, shapes, what);
    const first = (await dataset.take(1).toArray())[0] as Record<string, unknown> | undefined;
    if (!first) throw invalidArgument(`${what}: the data is empty`);
    const keep = Object.keys(first);
    const clash = keep.find((k) => this.jobs.some((j) => j.column === k));
    if (clash) throw invalidArgument(`${what}: the data has a key "${clash}" already, which distillation uses for the teacher's outputs`);
    const batchSize = this.config.teacherBatchSize ?? 64;
    if (this.config.cacheDir === undefined) {
      const sink = new MemorySink();
      await computeShards({ data: dataset, shardSize: 4096, batchSize, jobs: this.jobs, keep, sink, what, verbose });
      return sink.dataset();
    }
    const dir = `${this.config.cacheDir}/${role}`;
    const identity: Record<string, Identity> = {};
    for (const job of this.jobs) identity[job.column] = await job.runner.identity(job.output);
    const shardSize = 4096;
    const writer = CacheWriter.open(dir, {
      identity,
      keep,
      shardSize,
      data: { description: dataset.description, cardinality: dataset.cardinality },
    });
    const count = await computeShards({ data: dataset, shardSize, batchSize, jobs: this.jobs, keep, sink: writer, what, verbose });
    writer.finish(count);
    return FeatureCache.open(dir).dataset({ shuffle: role === 'train' ? { seed: this.config.seed ?? 0 } : false });
  }

  private compileOptions(keys: string[]): CompileOptions {
    const loss: Record<string, LossLike> = {};
    const lossWeights: Record<string, number> = {};
    const metrics: Record<string, MetricLike[]> = {};
    for (const task of this.tasks) {
      const labelled = keys.includes(task.name);
      if (task.alpha > 0) {
        if (!labelled)
          throw invalidArgument(
            `distill: task "${task.name}" has alpha ${task.alpha}, so the data needs its labels "${task.name}" (or set alpha: 0 to learn from the teacher alone)`,
          );
        loss[task.name] = task.loss as LossLike;
        lossWeights[task.name] = task.weight * task.alpha;
      }
      if (labelled && task.metrics.length) metrics[task.name] = task.metrics;
      if (task.teacher && task.alpha < 1) {
        loss[distillKey(task.name)] = distillationLoss({ temperature: task.temperature });
        lossWeights[distillKey(task.name)] = task.weight * (1 - task.alpha);
      }
    }
    for (const [key, weight] of Object.entries(this.featureWeights)) {
      loss[key] = losses.meanSquaredError();
      lossWeights[key] = weight;
    }
    return { optimizer: this.optimizer, loss, lossWeights, metrics, seed: this.config.seed };
  }

  /**
   * Trains the student: computes the teachers' outputs over `data` (and the validation data)
   * once, then fits on the data with them. History keys: "loss", "<task>_loss",
   * "distill/<task>_loss" (T²·KL), "features/<name>_loss", metrics, and "val_" of each.
   */
  async fit(data: BatchSource, options: FitOptions = {}): Promise<History> {
    // The teachers' pass over the data reports progress as fit does (Keras's verbose).
    const train = await this.prepare(data, 'train', options.verbose ?? 'auto');
    const validation = options.validation ? await this.prepare(options.validation, 'validation', options.verbose ?? 'auto') : undefined;
    if (!this.trainer) {
      const first = (await train.take(1).toArray())[0];
      this.trainer = new Trainer(this.trainingModel, this.compileOptions(Object.keys(first)));
    }
    const cached = this.config.cacheDir !== undefined;
    const history = await this.trainer.fit(train, { ...options, validation, shuffle: options.shuffle ?? !cached });
    this.studentStale = true;
    await this.updateStudent();
    return history;
  }

  /** The trainer of the training model (after the first fit). */
  get compiled(): Trainer {
    if (!this.trainer) throw invalidArgument('distill: the student has not been trained yet: call fit first');
    return this.trainer;
  }

  /** The student's weights by variable name (its layers only: no projections, optimizer state or metrics). */
  async studentWeights(): Promise<Map<string, Tensor>> {
    const trainer = this.compiled;
    const names = new Set(this.studentModel.weights(trainer.graph).map((v) => v.name));
    const all = await trainer.getWeights();
    const kept = new Map<string, Tensor>();
    for (const [name, value] of all) {
      if (names.has(name)) kept.set(name, value);
      else value.dispose();
    }
    return kept;
  }

  /** The student's program (task outputs, losses, metrics) in the shared runtime: it reads the trained variables directly. */
  private async updateStudent(): Promise<void> {
    if (!this.studentStale || !this.trainer) return;
    if (!this.student) {
      const loss: Record<string, LossLike> = {};
      const metrics: Record<string, MetricLike[]> = {};
      for (const task of this.tasks) {
        if (task.loss) loss[task.name] = task.loss;
        metrics[task.name] = task.metrics;
      }
      const lossWeights = Object.fromEntries(this.tasks.map((t) => [t.name, t.weight]));
      this.student = new Trainer(this.studentModel, { optimizer: this.optimizer, loss, lossWeights, metrics, seed: this.config.seed });
    }
    this.studentStale = false;
  }

  private async studentTrainer(): Promise<Trainer> {
    if (!this.trainer) throw invalidArgument('distill: the student has not been trained yet: call fit first');
    await this.updateStudent();
    return this.student as Trainer;
  }

  /** The student's loss and metrics on labelled data (no teacher involved). */
  async evaluate(data: BatchSource, options: { batchSize?: number; verbose?: Verbosity } = {}): Promise<Logs> {
    return (await this.studentTrainer()).evaluate(data, options);
  }

  /** The student's outputs, by task. */
  async predict(data: BatchSource, options: { batchSize?: number; verbose?: Verbosity } = {}): Promise<Record<string, HostTensor>> {
    return (await this.studentTrainer()).predict(data, options);
  }

  /** Saves the student (without projections) as a SavedModel. */
  async save(dir: string, options: { overwrite?: boolean } = {}) {
    return (await this.studentTrainer()).exportSavedModel(dir, { overwrite: options.overwrite, outputs: this.tasks.map((t) => t.name) });
  }

  /** Closes the runtime the distillation shares with the student, unless the student is a multi-task model (which owns it). */
  async close(): Promise<void> {
    if (this.ownsRuntime) await runtimeOf(this.trainingModel).close();
  }

  private readonly ownsRuntime: boolean;
}

/** Distills teachers into a student (see Distiller). */
export function distill(config: DistillConfig): Distiller {
  return new Distiller(config);
}
