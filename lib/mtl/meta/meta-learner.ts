/**
 * The meta-learner: MAML (second- or first-order, optionally Meta-SGD's learned inner rates),
 * Reptile and joint pre-training over one functional learner, each meta-batch one session run.
 *
 * Graph of a training program for a meta-batch of B tasks, vectorised over a leading task axis
 * (its size does not grow with B): θ = the variables' values; φ⁰ = θ broadcast to [B, ...];
 * φˢ⁺¹ = φˢ − α ⊙ ∇ Σ_i L_support,i(φᵢˢ), each slice task i's own gradient (gradients
 *   added with TF_AddGradients and an explicit seed dy = 1, so no OnesLike op — which has no
 *   gradient — enters the graph); meta-loss = mean_i L_query(φᵢ^S).
 *   Second order: the meta-gradient is TF_AddGradients of the meta-loss through the inner
 *   gradient ops to θ (exact; needs a learner built from twice-differentiable ops).
 *   First order: the inner gradients pass through StopGradient, so d meta-loss/dθ is
 *   mean_i ∇L_query(φᵢ) (Finn et al.'s first-order approximation).
 *   Reptile: the "gradient" handed to the outer optimizer is θ − mean_i φᵢ (with SGD of rate ε
 *   this is θ ← θ + ε(φ̄ − θ), Nichol et al.'s batched update).
 *   Joint: no adaptation; the loss at θ on support and query points of every task.
 */
import { Graph, Operation, Output, Tensor, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { Variable, getInitializer } from '../../nn';
import { ModelRuntime, Optimizer, OptimizerLike, optimizers } from '../../train';
import { accuracy as accuracyOf, meanSquaredError, sparseSoftmaxCrossEntropy } from './differentiable';
import { Learner } from './learner';
import { PackedBatch, TargetSpec, Task, TaskSampler, packTasks } from './tasks';

/** Per-task losses [tasks] from predictions [tasks, n, ...outputShape] and float targets of the same shape. */
export type LossFunction = (predictions: Output, targets: Output) => Output;

export type Algorithm = 'maml' | 'fomaml' | 'reptile' | 'joint';

export interface MetaOptions {
  learner: Learner;
  /** 'mse', 'crossEntropy' (logits against int class ids), or a function of (predictions, float targets) giving per-task losses [tasks]. */
  loss: 'mse' | 'crossEntropy' | LossFunction;
  /** Gradient steps on the support set per task (default 1). */
  innerSteps?: number;
  /** α of the inner update φ ← φ − α∇L (default 0.01). */
  innerLearningRate?: number;
  /** Meta-SGD (Li et al. 2017): learn one inner rate per weight, starting at innerLearningRate. */
  learnInnerLearningRate?: boolean;
  /** The outer (meta) optimizer, any hydra-tf optimizer (default Adam 1e-3; Reptile: SGD 1.0). */
  optimizer?: OptimizerLike;
  /** Seed of the initial weights (default 0). */
  seed?: number;
}

export interface MamlOptions extends MetaOptions {
  /** First-order MAML: no gradient through the inner gradients (default false: exact second order). */
  firstOrder?: boolean;
}

export interface FitOptions {
  /** Meta-updates to run. */
  iterations: number;
  /** Tasks per meta-update (default 25). */
  metaBatchSize?: number;
  /** Called after each meta-update with its number (from 0) and losses. */
  onIteration?: (iteration: number, logs: StepLogs) => void | Promise<void>;
}

export interface StepLogs {
  /** Mean query loss of the adapted learners (joint: mean loss at θ). */
  loss: number;
  /** Mean query loss at θ, before adaptation. */
  preUpdateLoss: number;
}

export interface EvaluateOptions {
  /** Adaptation steps (default: innerSteps of training, at least 1). The result has values after 0..steps steps. */
  steps?: number;
  /** With a sampler: how many tasks to draw (default 100). */
  tasks?: number;
  /** Tasks per session run (default 25); a short last batch is padded and the padding dropped. */
  batchSize?: number;
}

/** A mean with the half-width of its normal 95% confidence interval (1.96·sd/√n). */
export interface MeanCI {
  mean: number;
  ci95: number;
}

export interface EvaluateResult {
  /** losses[s][t]: query loss of task t after s adaptation steps. */
  losses: number[][];
  /** accuracy[s][t] for cross-entropy learners. */
  accuracy?: number[][];
  /** Per step count: mean loss (and accuracy) with 95% CI over tasks. */
  summary: Array<{ steps: number; loss: MeanCI; accuracy?: MeanCI }>;
}

/** Mean and 95% confidence half-width of a sample. */
export function meanCI(values: number[]): MeanCI {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, ci95: NaN };
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  return { mean, ci95: (1.96 * Math.sqrt(variance)) / Math.sqrt(n) };
}

interface Inputs {
  supportX: Output;
  supportY: Output;
  queryX: Output;
  queryY: Output;
}

interface TrainProgram {
  inputs: Inputs;
  loss: Output;
  preUpdateLoss: Output;
  gradients: Output[];
  step: Operation;
}

interface EvalProgram {
  inputs: Inputs;
  /** [steps + 1, tasks] */
  losses: Output;
  accuracy: Output | null;
}

function positiveInteger(what: string, value: unknown, allowZero = false): number {
  if (!(typeof value === 'number' && Number.isInteger(value) && (allowZero ? value >= 0 : value > 0))) {
    throw invalidArgument(`${what} must be an integer ${allowZero ? '>= 0' : '> 0'}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A meta-learner over one learner; build it with mtl.meta.maml, reptile or pretrain. */
export class MetaLearner {
  readonly learner: Learner;
  readonly algorithm: Algorithm;
  readonly innerSteps: number;
  readonly innerLearningRate: number;
  readonly learnsInnerLearningRate: boolean;
  private readonly optimizer: Optimizer;
  private readonly lossFn: (predictions: Output, targets: Output) => Output;
  private readonly target: TargetSpec;
  private readonly runtime: ModelRuntime;
  private readonly weights: Variable[];
  private readonly rates: Variable[];
  private readonly trainPrograms = new Map<string, TrainProgram>();
  private readonly evalPrograms = new Map<string, EvalProgram>();
  private programCount = 0;
  /** Calls run one after another: graph building must not overlap a run. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(algorithm: Algorithm, options: MamlOptions) {
    const what = `mtl.meta.${algorithm === 'fomaml' ? 'maml' : algorithm === 'joint' ? 'pretrain' : algorithm}`;
    if (!options || typeof options !== 'object') throw invalidArgument(`${what}: expected options { learner, loss, ... }`);
    const known = ['learner', 'loss', 'innerSteps', 'innerLearningRate', 'learnInnerLearningRate', 'optimizer', 'seed', 'firstOrder'];
    for (const key of Object.keys(options))
      if (!known.includes(key)) throw invalidArgument(`${what}: unknown option "${key}" (known: ${known.join(', ')})`);
    const learner = options.learner;
    if (!learner || typeof learner.forward !== 'function' || !Array.isArray(learner.parameters)) {
      throw invalidArgument(
        `${what}: options.learner must be a learner (mtl.meta.mlp(...) or mtl.meta.learner(...)), got ${JSON.stringify(learner)}`,
      );
    }
    this.learner = learner;
    this.algorithm = algorithm;
    this.innerSteps = positiveInteger(`${what}: innerSteps`, options.innerSteps ?? 1, algorithm === 'joint');
    const rate = options.innerLearningRate ?? 0.01;
    if (!(typeof rate === 'number' && Number.isFinite(rate) && rate > 0))
      throw invalidArgument(`${what}: innerLearningRate must be a finite number > 0, got ${JSON.stringify(rate)}`);
    this.innerLearningRate = rate;
    this.learnsInnerLearningRate = options.learnInnerLearningRate ?? false;
    if (this.learnsInnerLearningRate && (algorithm === 'reptile' || algorithm === 'joint'))
      throw invalidArgument(`${what}: learnInnerLearningRate (Meta-SGD) needs MAML's meta-gradient`);
    this.optimizer = optimizers.getOptimizer(
      options.optimizer ?? (algorithm === 'reptile' ? optimizers.sgd({ learningRate: 1 }) : optimizers.adam({ learningRate: 1e-3 })),
    );
    const loss = options.loss;
    const outputs = learner.outputShape;
    if (loss === 'mse') {
      this.lossFn = meanSquaredError;
      this.target = { kind: 'float', shape: outputs };
    } else if (loss === 'crossEntropy') {
      if (outputs.length !== 1 || outputs[0] < 2)
        throw invalidArgument(`${what}: crossEntropy needs logits of shape [classes >= 2], the learner outputs [${outputs.join(', ')}]`);
      this.lossFn = sparseSoftmaxCrossEntropy;
      this.target = { kind: 'class', classes: outputs[0] };
    } else if (typeof loss === 'function') {
      this.lossFn = loss;
      this.target = { kind: 'float', shape: outputs };
    } else {
      throw invalidArgument(
        `${what}: loss must be 'mse', 'crossEntropy' or a function (predictions, targets) => scalar, got ${JSON.stringify(loss)}`,
      );
    }

    this.runtime = new ModelRuntime(options.seed ?? 0);
    const { graph, state } = this.runtime;
    this.weights = graph.withRootScope(() =>
      learner.parameters.map((p) => {
        const init = getInitializer(p.initializer ?? 'glorotUniform', `learner "${learner.name}" parameter "${p.name}"`);
        return state.createVariable(
          p.name,
          graph.withNameScope(`${p.name}/initial_value`, () => init(state, p.shape, 'float32')),
          { trainable: true, shape: p.shape },
        );
      }),
    );
    this.rates = this.learnsInnerLearningRate
      ? graph.withRootScope(() =>
          learner.parameters.map((p) =>
            state.createVariable(
              `inner_learning_rate/${p.name}`,
              ops.fill(ops.constant(graph, p.shape, 'int32'), ops.constant(graph, rate, 'float32')),
              { trainable: true, shape: p.shape },
            ),
          ),
        )
      : [];
    // Everything a checkpoint holds exists from the start (optimizer slots, step, epoch), so a
    // fresh meta-learner restores one before its first step; later programs find the slots again.
    graph.withNameScope('optimizer_state', () => {
      const variables = [...this.weights, ...this.rates];
      this.optimizer.build(
        state,
        variables.map((v) => ops.zerosLike(v.read())),
        variables,
        state.stepVariable().read(),
      );
    });
    this.runtime.epoch();
  }

  private get what(): string {
    return this.algorithm === 'fomaml' ? 'first-order maml' : this.algorithm;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private placeholders(graph: Graph, tasks: number, support: number, query: number): Inputs {
    const xShape = (n: number) => [tasks, n, ...this.learner.inputShape];
    const yShape = (n: number) => (this.target.kind === 'class' ? [tasks, n] : [tasks, n, ...this.target.shape]);
    const yType = this.target.kind === 'class' ? 'int32' : 'float32';
    return {
      supportX: ops.placeholder(graph, { dtype: 'float32', shape: xShape(support), name: 'support_x' }),
      supportY: ops.placeholder(graph, { dtype: yType, shape: yShape(support), name: 'support_y' }),
      queryX: ops.placeholder(graph, { dtype: 'float32', shape: xShape(query), name: 'query_x' }),
      queryY: ops.placeholder(graph, { dtype: yType, shape: yShape(query), name: 'query_y' }),
    };
  }

  /** Per-task losses [tasks] of the learner run with per-task weights ([tasks, ...shape] each). */
  private taskLosses(weights: Output[], x: Output, y: Output): Output {
    const named = Object.fromEntries(this.learner.parameters.map((p, i) => [p.name, weights[i]]));
    return this.lossOf(this.learner.forward(named, x), y, x.shape?.[0] ?? -1);
  }

  private lossOf(predictions: Output, y: Output, tasks: number): Output {
    const losses = this.lossFn(predictions, y);
    const shape = losses.shape;
    if (!shape || shape.length !== 1 || (shape[0] >= 0 && tasks >= 0 && shape[0] !== tasks)) {
      throw invalidArgument(`${this.what}: the loss must give one value per task, shape [${tasks}], got [${(shape ?? []).join(', ')}]`);
    }
    return losses;
  }

  /**
   * The per-task weights after each of `steps` inner updates from `start` (φ⁰ = start, all
   * [tasks, ...shape]). One gradient of the summed task losses gives every task's own gradient,
   * since task i's loss depends on slice i only.
   */
  private adapt(start: Output[], rates: Output[], x: Output, y: Output, steps: number, secondOrder: boolean): Output[][] {
    const graph = x.graph;
    const trajectory = [start];
    let current = start;
    for (let s = 0; s < steps; s++) {
      const total = ops.reduceSum(this.taskLosses(current, x, y));
      // An explicit seed: the default one (OnesLike of the loss) has no gradient itself.
      const seed = ops.constant(graph, 1, total.dtype, { name: 'seed' });
      const gradients = graph.addGradients([total], current, { dx: [seed] });
      current = current.map((w, i) => {
        const g = gradients[i];
        if (g === null) return w;
        return ops.sub(w, ops.mul(rates[i], secondOrder ? g : ops.stopGradient(g)));
      });
      trajectory.push(current);
    }
    return trajectory;
  }

  private rateOutputs(graph: Graph): Output[] {
    if (this.rates.length) return this.rates.map((r) => r.read());
    const rate = ops.constant(graph, this.innerLearningRate, 'float32', { name: 'inner_learning_rate' });
    return this.weights.map(() => rate);
  }

  /** θ repeated along a new leading task axis: [tasks, ...shape]. */
  private perTask(graph: Graph, theta: Output[], tasks: number): Output[] {
    return theta.map((w, i) => ops.broadcastTo(w, ops.constant(graph, [tasks, ...this.weights[i].shape], 'int32')));
  }

  private trainProgram(tasks: number, support: number, query: number): TrainProgram {
    const key = `${tasks}x${support}x${query}`;
    const existing = this.trainPrograms.get(key);
    if (existing) return existing;
    const { graph, state } = this.runtime;
    const program = graph.withNameScope(`train_${this.programCount++}`, () => {
      const inputs = this.placeholders(graph, tasks, support, query);
      const theta = this.weights.map((w) => w.read());
      const rates = this.rateOutputs(graph);
      const start = this.perTask(graph, theta, tasks);
      const mean = (x: Output) => ops.reduceMean(x);
      const preUpdateLoss = mean(this.taskLosses(start, inputs.queryX, inputs.queryY));
      let loss: Output;
      let gradients: Output[];
      if (this.algorithm === 'joint') {
        const supportLoss = mean(this.taskLosses(start, inputs.supportX, inputs.supportY));
        loss = ops.mul(ops.addV2(preUpdateLoss, supportLoss), ops.constant(graph, 0.5, 'float32'));
      } else {
        const trajectory = this.adapt(start, rates, inputs.supportX, inputs.supportY, this.innerSteps, this.algorithm === 'maml');
        const adapted = trajectory[trajectory.length - 1];
        loss = mean(this.taskLosses(adapted, inputs.queryX, inputs.queryY));
        if (this.algorithm === 'reptile') gradients = theta.map((w, n) => ops.sub(w, ops.reduceMean(adapted[n], 0)));
      }
      const variables = [...this.weights, ...this.rates];
      if (this.algorithm !== 'reptile') {
        const xs = [...theta, ...(this.rates.length ? rates : [])];
        if (this.algorithm === 'maml') {
          try {
            ops.checkDifferentiable([loss], xs);
          } catch (error) {
            throw invalidArgument(
              `second-order maml: the meta-gradient must differentiate the inner gradient of learner "${this.learner.name}", and ${(error as Error).message} ` +
                'Build the learner from mtl.meta.activations (twice-differentiable relu, tanh, sigmoid) and add biases with addV2 rather than biasAdd, or use firstOrder: true.',
            );
          }
        }
        const seed = ops.constant(graph, 1, 'float32', { name: 'meta_seed' });
        const raw = graph.addGradients([loss], xs, { dx: [seed] });
        gradients = raw.map((g, n) => g ?? ops.zerosLike(xs[n]));
      }
      const stepVariable = state.stepVariable();
      const built = this.optimizer.build(state, gradients!, variables, stepVariable.read());
      const increment = graph.withControlDependencies([built.update], () =>
        ops.assignAddVariableOp(stepVariable.handle, ops.constant(graph, 1n, 'int64')),
      );
      const step = graph.addOperation({ type: 'NoOp', name: 'meta_step', controlInputs: [increment] });
      return { inputs, loss, preUpdateLoss, gradients: gradients!, step };
    });
    this.trainPrograms.set(key, program);
    return program;
  }

  private evalProgram(tasks: number, support: number, query: number, steps: number): EvalProgram {
    const key = `${tasks}x${support}x${query}x${steps}`;
    const existing = this.evalPrograms.get(key);
    if (existing) return existing;
    const graph = this.runtime.graph;
    const program = graph.withNameScope(`evaluate_${this.programCount++}`, () => {
      const inputs = this.placeholders(graph, tasks, support, query);
      const theta = this.weights.map((w) => ops.stopGradient(w.read()));
      const rates = this.rateOutputs(graph);
      const trajectory = this.adapt(this.perTask(graph, theta, tasks), rates, inputs.supportX, inputs.supportY, steps, false);
      const losses: Output[] = [];
      const accuracies: Output[] = [];
      for (const phi of trajectory) {
        const named = Object.fromEntries(this.learner.parameters.map((p, n) => [p.name, phi[n]]));
        const predictions = this.learner.forward(named, inputs.queryX);
        losses.push(this.lossOf(predictions, inputs.queryY, tasks));
        if (this.target.kind === 'class') accuracies.push(accuracyOf(predictions, inputs.queryY));
      }
      return {
        inputs,
        losses: ops.pack(losses, { axis: 0 }),
        accuracy: this.target.kind === 'class' ? ops.pack(accuracies, { axis: 0 }) : null,
      };
    });
    this.evalPrograms.set(key, program);
    return program;
  }

  private feeds(inputs: Inputs, batch: PackedBatch): Array<[Output, Tensor]> {
    return [
      [inputs.supportX, batch.tensors.supportX],
      [inputs.supportY, batch.tensors.supportY],
      [inputs.queryX, batch.tensors.queryX],
      [inputs.queryY, batch.tensors.queryY],
    ];
  }

  private pack(owner: string, tasks: Task[]): PackedBatch {
    return packTasks(owner, tasks, this.learner.inputShape, this.target);
  }

  private static dispose(batch: PackedBatch): void {
    for (const t of Object.values(batch.tensors)) t.dispose();
  }

  /** One meta-update on a meta-batch of tasks (one session run). */
  step(tasks: Task[]): Promise<StepLogs> {
    return this.serial(async () => {
      const batch = this.pack(`${this.what}.step`, tasks);
      try {
        const program = this.trainProgram(batch.tasks, batch.support, batch.query);
        await this.runtime.initializeNew();
        const [loss, pre] = await this.runtime.session.run(
          this.feeds(program.inputs, batch),
          [program.loss, program.preUpdateLoss],
          [program.step],
        );
        const logs = { loss: Number(loss.item()), preUpdateLoss: Number(pre.item()) };
        loss.dispose();
        pre.dispose();
        return logs;
      } finally {
        MetaLearner.dispose(batch);
      }
    });
  }

  /**
   * The outer gradient of a meta-batch without applying it, by variable name (the learner's
   * parameters, then Meta-SGD's "inner_learning_rate/<parameter>"). Reptile: θ − mean φᵢ.
   */
  metaGradients(tasks: Task[]): Promise<Record<string, Float32Array>> {
    return this.serial(async () => {
      const batch = this.pack(`${this.what}.metaGradients`, tasks);
      try {
        const program = this.trainProgram(batch.tasks, batch.support, batch.query);
        await this.runtime.initializeNew();
        const values = await this.runtime.session.run(this.feeds(program.inputs, batch), program.gradients);
        const names = [...this.weights, ...this.rates].map((v) => v.name);
        return Object.fromEntries(values.map((t, i) => [names[i], copyOut(t)]));
      } finally {
        MetaLearner.dispose(batch);
      }
    });
  }

  /** Runs `iterations` meta-updates, each on `metaBatchSize` tasks drawn from `sampleTask`. */
  async fit(sampleTask: TaskSampler, options: FitOptions): Promise<{ loss: number[]; preUpdateLoss: number[] }> {
    if (typeof sampleTask !== 'function') {
      throw invalidArgument(
        `${this.what}.fit: sampleTask must be a function (index) => { support: { x, y }, query: { x, y } }, got ${sampleTask === null ? 'null' : typeof sampleTask}`,
      );
    }
    if (!options || typeof options !== 'object') throw invalidArgument(`${this.what}.fit: options { iterations } are required`);
    const iterations = positiveInteger(`${this.what}.fit: iterations`, options.iterations);
    const size = positiveInteger(`${this.what}.fit: metaBatchSize`, options.metaBatchSize ?? 25);
    const history = { loss: [] as number[], preUpdateLoss: [] as number[] };
    let drawn = 0;
    for (let it = 0; it < iterations; it++) {
      const tasks: Task[] = [];
      for (let t = 0; t < size; t++) tasks.push(await sampleTask(drawn++));
      const logs = await this.step(tasks);
      history.loss.push(logs.loss);
      history.preUpdateLoss.push(logs.preUpdateLoss);
      if (!Number.isFinite(logs.loss))
        throw invalidArgument(`${this.what}.fit: the meta-loss became ${logs.loss} at iteration ${it} (lower the learning rates?)`);
      await options.onIteration?.(it, logs);
    }
    return history;
  }

  /**
   * Adapts to each task on its support set with `steps` inner updates (the inner rate of
   * training) and measures the query loss (and accuracy) after 0..steps of them.
   */
  async evaluate(tasks: Task[] | TaskSampler, options: EvaluateOptions = {}): Promise<EvaluateResult> {
    const steps = positiveInteger(`${this.what}.evaluate: steps`, options.steps ?? Math.max(this.innerSteps, 1), true);
    const batchSize = positiveInteger(`${this.what}.evaluate: batchSize`, options.batchSize ?? 25);
    let list: Task[];
    if (typeof tasks === 'function') {
      const count = positiveInteger(`${this.what}.evaluate: tasks`, options.tasks ?? 100);
      list = [];
      for (let i = 0; i < count; i++) list.push(await tasks(i));
    } else if (Array.isArray(tasks)) {
      list = tasks;
    } else {
      throw invalidArgument(
        `${this.what}.evaluate: expected an array of tasks or a task sampler, got ${tasks === null ? 'null' : typeof tasks}`,
      );
    }
    if (list.length === 0) throw invalidArgument(`${this.what}.evaluate: no tasks`);
    const losses: number[][] = Array.from({ length: steps + 1 }, () => []);
    const accuracy: number[][] = Array.from({ length: steps + 1 }, () => []);
    for (let start = 0; start < list.length; start += batchSize) {
      const chunk = list.slice(start, start + batchSize);
      const real = chunk.length;
      while (chunk.length < Math.min(batchSize, list.length)) chunk.push(chunk[chunk.length - 1]);
      await this.serial(async () => {
        const batch = this.pack(`${this.what}.evaluate`, chunk);
        try {
          const program = this.evalProgram(batch.tasks, batch.support, batch.query, steps);
          await this.runtime.initializeNew();
          const fetches = program.accuracy ? [program.losses, program.accuracy] : [program.losses];
          const [lossTable, accuracyTable] = await this.runtime.session.run(this.feeds(program.inputs, batch), fetches);
          const read = (table: Tensor, into: number[][]) => {
            const data = table.data() as Float32Array;
            for (let s = 0; s <= steps; s++) for (let t = 0; t < real; t++) into[s].push(data[s * batch.tasks + t]);
            table.dispose();
          };
          read(lossTable, losses);
          if (accuracyTable) read(accuracyTable, accuracy);
        } finally {
          MetaLearner.dispose(batch);
        }
      });
    }
    const classes = this.target.kind === 'class';
    return {
      losses,
      accuracy: classes ? accuracy : undefined,
      summary: losses.map((row, s) => ({ steps: s, loss: meanCI(row), ...(classes ? { accuracy: meanCI(accuracy[s]) } : {}) })),
    };
  }

  /** The learner's weights (and Meta-SGD's inner rates) by name, as float32 arrays. */
  getWeights(): Promise<Record<string, Float32Array>> {
    return this.serial(async () => {
      await this.runtime.initializeNew();
      const variables = [...this.weights, ...this.rates];
      const values = await this.runtime.session.run(
        null,
        variables.map((v) => v.read()),
      );
      return Object.fromEntries(values.map((t, i) => [variables[i].name, copyOut(t)]));
    });
  }

  /** Sets weights by name (a subset is fine); sizes must match the parameters' shapes. */
  setWeights(values: Record<string, ArrayLike<number>>): Promise<void> {
    return this.serial(async () => {
      if (!values || typeof values !== 'object') throw invalidArgument(`${this.what}.setWeights: expected { name: values }`);
      const variables = new Map([...this.weights, ...this.rates].map((v) => [v.name, v]));
      const tensors = new Map<string, Tensor>();
      try {
        for (const [name, array] of Object.entries(values)) {
          const variable = variables.get(name);
          if (!variable)
            throw invalidArgument(`${this.what}.setWeights: no parameter "${name}" (parameters: ${[...variables.keys()].join(', ')})`);
          const size = variable.shape.reduce((a, b) => a * b, 1);
          if (!array || array.length !== size)
            throw invalidArgument(
              `${this.what}.setWeights: "${name}" needs ${size} values (shape [${variable.shape.join(', ')}]), got ${array?.length}`,
            );
          const data = Float32Array.from(array);
          const bad = data.findIndex((v) => !Number.isFinite(v));
          if (bad >= 0) throw invalidArgument(`${this.what}.setWeights: "${name}" value ${bad} is ${data[bad]}, not finite`);
          tensors.set(name, Tensor.from(data, { dtype: 'float32', shape: variable.shape }));
        }
        await this.runtime.initializeNew();
        await this.runtime.setWeights(tensors);
      } finally {
        for (const t of tensors.values()) t.dispose();
      }
    });
  }

  /** Writes a checkpoint (weights, inner rates, optimizer state, step) under `dir`; returns its prefix. */
  saveCheckpoint(dir: string): Promise<string> {
    return this.serial(async () => {
      await this.runtime.initializeNew();
      return this.runtime.saveCheckpoint(dir, 'checkpoint');
    });
  }

  /** Restores a checkpoint written by saveCheckpoint (its prefix or directory). */
  restoreCheckpoint(prefixOrDir: string): Promise<void> {
    return this.serial(() => this.runtime.restoreCheckpoint(prefixOrDir));
  }

  /** Closes the session. */
  close(): Promise<void> {
    return this.serial(() => this.runtime.close());
  }
}

function copyOut(t: Tensor): Float32Array {
  const copy = Float32Array.from(t.data() as Float32Array);
  t.dispose();
  return copy;
}

/** MAML (Finn et al. 2017): exact second-order meta-gradients, or first-order with firstOrder: true. */
export function maml(options: MamlOptions): MetaLearner {
  return new MetaLearner(options?.firstOrder ? 'fomaml' : 'maml', options);
}

/** Reptile (Nichol et al. 2018): θ ← θ + ε(mean φᵢ − θ) through the outer optimizer (default SGD, ε = 1). */
export function reptile(options: MetaOptions): MetaLearner {
  return new MetaLearner('reptile', options);
}

/**
 * Joint pre-training, the baseline of the MAML paper: one learner trained on the pooled points of
 * all tasks (no adaptation in training); evaluate fine-tunes it on each task's support set.
 */
export function pretrain(options: MetaOptions): MetaLearner {
  return new MetaLearner('joint', { ...options, innerSteps: options?.innerSteps ?? 1 });
}
