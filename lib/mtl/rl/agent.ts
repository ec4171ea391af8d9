/**
 * A multi-task actor-critic (PPO or A2C with GAE): one shared trunk reads the observation (and,
 * by default, a one-hot of the task), each task has its own policy and value head, and the
 * per-task losses are combined by any lib/mtl weighting (equal, uncertainty, PCGrad, ...). The
 * network is an mtl model, so the update of each minibatch is one session run of its trainer
 * (every task's rows in the minibatch, each task's loss the mean over its own rows via label
 * masks), and the model saves, checkpoints and exports like any other. Actions are sampled in
 * JS (seeded) from one batched forward run over every copy of every task's environment.
 * With one task, the same class is a single-task agent.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Callable, Tensor, invalidArgument } from '../../core';
import { Random } from '../../data';
import type { HostBatch } from '../../data';
import { Dense, orthogonal } from '../../nn';
import * as nn from '../../nn';
import { OptimizerLike, optimizers, readModelDirectory } from '../../train';
import { MultiTaskModel } from '../model';
import { Weighting } from '../weighting/types';
import { Environment, checkEnvironment } from './environment';
import { VectorEnvironment } from './vector';
import { generalizedAdvantages } from './returns';
import { ActorCriticHead, ActorCriticLossOptions, LABEL_COLUMNS, actorCriticLoss } from './policy';
import { PopArtGraph, PopArtOptions, PopArtStatistics } from './popart';

export interface ActorCriticOptions extends ActorCriticLossOptions {
  /** Task name → a function making one copy of the task's environment. */
  tasks: Record<string, () => Environment>;
  /** Environment copies stepped together per task (default 8). */
  envsPerTask?: number;
  /** Steps of each copy per update (default 128). */
  rolloutSteps?: number;
  /** Units of the shared trunk's tanh layers (default [64, 64]). */
  hidden?: number[];
  /** Append a one-hot of the task to the observation (default: true with several tasks). */
  taskInput?: boolean;
  /** Passes over each rollout (default 4 for PPO, 1 for A2C). */
  epochs?: number;
  /** Minibatches per pass (default 4 for PPO, 1 for A2C). */
  minibatches?: number;
  /** Discount γ (default 0.99). */
  gamma?: number;
  /** GAE λ (default 0.95). */
  lambda?: number;
  /** Normalise advantages per task over each rollout (default true). */
  normalizeAdvantages?: boolean;
  /** Per-task PopArt value normalisation (default off). */
  popArt?: boolean | PopArtOptions;
  /** Default equal (the sum of the task losses). */
  weighting?: Weighting;
  /** Default Adam with learningRate and global-norm clipping at maxGradNorm. */
  optimizer?: OptimizerLike;
  /** Adam's learning rate when no optimizer is given (default 1e-3). */
  learningRate?: number;
  /** Global gradient-norm clip of the default optimizer (default 0.5). */
  maxGradNorm?: number;
  /** Seeds the initial weights, the environments and the action sampling (default 0). */
  seed?: number;
}

/** What one update saw and did. */
export interface UpdateReport {
  update: number;
  /** Environment steps taken so far in each task (all its copies). */
  stepsPerTask: number;
  /** Mean undiscounted return of the episodes that ended during this rollout, per task (NaN: none ended). */
  meanReturn: Record<string, number>;
  /** Episodes that ended during this rollout, per task. */
  episodes: Record<string, number>;
  /** Mean of the training logs over the update's minibatches ("loss", "<task>_loss", "weight/<task>", ...). */
  logs: Record<string, number>;
  popArt?: Record<string, PopArtStatistics>;
}

export interface TrainResult {
  updates: UpdateReport[];
  /** Every finished episode per task: the task's environment steps when it ended, and its return. */
  episodes: Record<string, Array<{ step: number; return: number }>>;
}

export interface EvaluateOptions {
  /** Episodes per task (default 10), run as that many copies at once. */
  episodes?: number;
  /** Take the most probable action (default false: sample). */
  greedy?: boolean;
  /** An episode still running after this many steps ends there, with the return so far (default 10,000: environments without a time limit). */
  maxEpisodeSteps?: number;
  seed?: number;
}

interface TaskRuntime {
  name: string;
  index: number;
  envs: VectorEnvironment;
  actions: number;
  head: ActorCriticHead;
}

const RESERVED = /(_mask)$|^observation$|^__/;

export class ActorCritic {
  readonly taskNames: string[];
  readonly model: MultiTaskModel;
  /** The options with their defaults filled in. */
  readonly options: ActorCriticOptions &
    Required<
      Pick<
        ActorCriticOptions,
        | 'envsPerTask'
        | 'rolloutSteps'
        | 'hidden'
        | 'taskInput'
        | 'epochs'
        | 'minibatches'
        | 'gamma'
        | 'lambda'
        | 'normalizeAdvantages'
        | 'learningRate'
        | 'maxGradNorm'
        | 'seed'
      >
    >;
  /** Observation elements every task's is padded to; the model's input adds the task one-hot. */
  readonly observationSize: number;
  readonly inputSize: number;
  private readonly tasks: TaskRuntime[];
  private readonly random: Random;
  private readonly popArtOptions: PopArtOptions | null;
  private forward: Callable | null = null;
  private popArt: PopArtGraph | null = null;
  private updates = 0;
  private stepsPerTask = 0;
  private started = false;
  private readonly episodes: Record<string, Array<{ step: number; return: number }>> = {};

  constructor(options: ActorCriticOptions) {
    if (!options || typeof options !== 'object' || !options.tasks || typeof options.tasks !== 'object')
      throw invalidArgument('rl.actorCritic needs { tasks: { name: () => environment } }');
    const names = Object.keys(options.tasks);
    if (names.length === 0) throw invalidArgument('rl.actorCritic needs at least one task');
    for (const name of names) {
      if (RESERVED.test(name))
        throw invalidArgument(`rl.actorCritic: task name "${name}" is reserved (no "observation", no "_mask" suffix, no "__" prefix)`);
      if (typeof options.tasks[name] !== 'function')
        throw invalidArgument(`rl.actorCritic: task "${name}" must be a function that makes one environment`);
    }
    const algorithm = options.algorithm ?? 'ppo';
    const positive = (key: keyof ActorCriticOptions, fallback: number) => {
      const value = (options[key] as number | undefined) ?? fallback;
      if (!Number.isInteger(value) || value < 1)
        throw invalidArgument(`rl.actorCritic: ${key} must be a positive integer, got ${String(value)}`);
      return value;
    };
    const unit = (key: 'gamma' | 'lambda', fallback: number) => {
      const value = options[key] ?? fallback;
      if (!(value >= 0 && value <= 1)) throw invalidArgument(`rl.actorCritic: ${key} must be in [0, 1], got ${String(value)}`);
      return value;
    };
    const hidden = options.hidden ?? [64, 64];
    if (!Array.isArray(hidden) || hidden.length === 0 || hidden.some((h) => !Number.isInteger(h) || h < 1))
      throw invalidArgument(`rl.actorCritic: hidden must be a non-empty array of positive integers, got ${JSON.stringify(hidden)}`);
    const learningRate = options.learningRate ?? 1e-3;
    const maxGradNorm = options.maxGradNorm ?? 0.5;
    if (!(learningRate > 0)) throw invalidArgument(`rl.actorCritic: learningRate must be > 0, got ${learningRate}`);
    if (!(maxGradNorm > 0)) throw invalidArgument(`rl.actorCritic: maxGradNorm must be > 0, got ${maxGradNorm}`);
    const seed = options.seed ?? 0;
    if (!Number.isSafeInteger(seed) || seed < 0) throw invalidArgument(`rl.actorCritic: seed must be a non-negative integer, got ${seed}`);
    this.options = {
      ...options,
      envsPerTask: positive('envsPerTask', 8),
      rolloutSteps: positive('rolloutSteps', 128),
      hidden,
      taskInput: options.taskInput ?? names.length > 1,
      epochs: positive('epochs', algorithm === 'ppo' ? 4 : 1),
      minibatches: positive('minibatches', algorithm === 'ppo' ? 4 : 1),
      gamma: unit('gamma', 0.99),
      lambda: unit('lambda', 0.95),
      normalizeAdvantages: options.normalizeAdvantages ?? true,
      learningRate,
      maxGradNorm,
      seed,
    };
    this.popArtOptions = options.popArt ? (options.popArt === true ? {} : options.popArt) : null;
    this.taskNames = names;
    this.random = Random.fromSeed(seed, 1);
    this.tasks = names.map((name, index) => {
      const make = () => checkEnvironment(options.tasks[name](), `task "${name}"`);
      const envs = new VectorEnvironment(make, this.options.envsPerTask);
      const head = new ActorCriticHead({ actions: envs.actionCount });
      return { name, index, envs, actions: envs.actionCount, head };
    });
    this.observationSize = Math.max(...this.tasks.map((t) => t.envs.observationSize));
    this.inputSize = this.observationSize + (this.options.taskInput ? names.length : 0);
    const observation = nn.input({ name: 'observation', shape: [this.inputSize] });
    // tanh layers with orthogonal √2 initialization, as in the PPO reference implementation.
    let trunk = observation;
    hidden.forEach(
      (units, i) =>
        (trunk = new Dense({ units, activation: 'tanh', kernelInitializer: orthogonal(Math.SQRT2), name: `trunk_${i}` }).apply(trunk)),
    );
    const lossOptions: ActorCriticLossOptions = {
      algorithm,
      clipRange: options.clipRange,
      valueCoefficient: options.valueCoefficient,
      entropyCoefficient: options.entropyCoefficient,
    };
    this.model = new MultiTaskModel({
      inputs: { observation },
      trunk,
      tasks: Object.fromEntries(
        this.tasks.map((t) => [t.name, { head: t.head, loss: actorCriticLoss(t.actions, lossOptions), labelMask: `${t.name}_mask` }]),
      ),
      weighting: options.weighting,
      optimizer: options.optimizer ?? optimizers.adam({ learningRate, globalClipNorm: maxGradNorm }),
      seed,
      name: 'actor_critic',
    });
    for (const t of this.tasks) this.episodes[t.name] = [];
  }

  /** Compiles the training program, the forward run and PopArt's update (once). */
  private async build(): Promise<Callable> {
    if (this.forward) return this.forward;
    const example = this.batch([0], {
      observation: new Float32Array(this.inputSize),
      labels: this.tasks.map(() => new Float32Array(LABEL_COLUMNS.length)),
      owner: new Int32Array(1),
    });
    // fit with no epochs makes the trainer; build compiles it from a batch with packed labels.
    await this.model.fit([example], { epochs: 0, verbose: false });
    await this.model.compiled.build(example);
    const runtime = this.model.runtime;
    const graph = runtime.graph;
    const inputs = this.model.model.placeholders(graph);
    const outputs = graph.withNameScope('rl_forward', () => this.model.model.build(graph, inputs, { training: false }));
    if (this.popArtOptions) {
      const valueLayers = Object.fromEntries(
        this.tasks.map((t) => {
          const [kernel, bias] = t.head.value.weights(graph);
          return [t.name, { kernel, bias }];
        }),
      );
      this.popArt = new PopArtGraph(graph, runtime.state, valueLayers);
      await runtime.initializeNew();
    }
    this.forward = runtime.session.callable({ feeds: [inputs.observation], fetches: this.tasks.map((t) => outputs[t.name]) });
    return this.forward;
  }

  /** Model inputs for observations of task `task` (rows × its size): padded, with the task's one-hot. */
  private inputsFor(task: TaskRuntime, observations: Float32Array, rows: number, out: Float32Array, rowOffset: number): void {
    const size = task.envs.observationSize;
    for (let r = 0; r < rows; r++) {
      const base = (rowOffset + r) * this.inputSize;
      out.fill(0, base, base + this.inputSize);
      out.set(observations.subarray(r * size, (r + 1) * size), base);
      if (this.options.taskInput) out[base + this.observationSize + task.index] = 1;
    }
  }

  /** One forward run: each task's head output (rows × (actions + 1)) for the given input rows. */
  private async run(inputs: Float32Array, rows: number): Promise<Float32Array[]> {
    const forward = await this.build();
    const tensor = Tensor.from(inputs.subarray(0, rows * this.inputSize), { dtype: 'float32', shape: [rows, this.inputSize] });
    try {
      const results = await forward.run([tensor]);
      return results.map((r) => {
        const data = Float32Array.from(r.data() as Float32Array);
        r.dispose();
        return data;
      });
    } finally {
      tensor.dispose();
    }
  }

  /** The value of a head output row (denormalised with the task's PopArt statistics). */
  private valueOf(task: TaskRuntime, output: Float32Array, row: number, stats: Record<string, PopArtStatistics> | null): number {
    const normalised = output[row * (task.actions + 1) + task.actions];
    const s = stats?.[task.name];
    return s ? s.std * normalised + s.mean : normalised;
  }

  /** Samples (or, greedy, picks the most probable) action from a head output row; returns it and its log-probability. */
  private choose(
    task: TaskRuntime,
    output: Float32Array,
    row: number,
    greedy: boolean,
    random: Random,
  ): { action: number; logProb: number } {
    const a = task.actions;
    const base = row * (a + 1);
    let max = -Infinity;
    for (let i = 0; i < a; i++) max = Math.max(max, output[base + i]);
    let total = 0;
    for (let i = 0; i < a; i++) total += Math.exp(output[base + i] - max);
    const logTotal = Math.log(total) + max;
    let action = 0;
    if (greedy) {
      for (let i = 1; i < a; i++) if (output[base + i] > output[base + action]) action = i;
    } else {
      let u = random.uniform() * total;
      action = a - 1;
      for (let i = 0; i < a; i++) {
        u -= Math.exp(output[base + i] - max);
        if (u < 0) {
          action = i;
          break;
        }
      }
    }
    return { action, logProb: output[base + action] - logTotal };
  }

  /**
   * Trains for `steps` more environment steps per task (rounded up to whole rollouts of
   * envsPerTask × rolloutSteps). `onUpdate` hears each update's report.
   */
  async train(options: { steps: number; onUpdate?: (report: UpdateReport) => void | Promise<void> }): Promise<TrainResult> {
    const steps = options?.steps;
    if (!Number.isInteger(steps) || steps < 1)
      throw invalidArgument(`actorCritic.train: steps must be a positive integer, got ${String(steps)}`);
    await this.build();
    if (!this.started) {
      this.tasks.forEach((t) => t.envs.reset(Random.fromSeed(this.options.seed, 2, t.index).int(0, 2 ** 31)));
      this.started = true;
    }
    const reports: UpdateReport[] = [];
    const target = this.stepsPerTask + steps;
    while (this.stepsPerTask < target) {
      const report = await this.update();
      reports.push(report);
      await options.onUpdate?.(report);
    }
    return { updates: reports, episodes: Object.fromEntries(Object.entries(this.episodes).map(([k, v]) => [k, [...v]])) };
  }

  /** One rollout of every task, then epochs × minibatches training steps on it. */
  private async update(): Promise<UpdateReport> {
    const { rolloutSteps: T, envsPerTask: N, gamma, lambda } = this.options;
    const K = this.tasks.length;
    const stats = this.popArt ? await this.popArt.statistics(this.model.runtime.session) : null;
    const size = T * N;
    const inputs = this.tasks.map(() => new Float32Array(size * this.inputSize));
    const actions = this.tasks.map(() => new Float32Array(size));
    const logProbs = this.tasks.map(() => new Float32Array(size));
    const values = this.tasks.map(() => new Float64Array(size));
    const nextValues = this.tasks.map(() => new Float64Array(size));
    const rewards = this.tasks.map(() => new Float64Array(size));
    const dones = this.tasks.map(() => new Uint8Array(size));
    const truncateds = this.tasks.map(() => new Uint8Array(size));
    const finals: Array<{ task: number; index: number; observation: Float32Array }> = [];
    const returns: number[][] = this.tasks.map(() => []);
    const batchInputs = new Float32Array(K * N * this.inputSize);
    for (let t = 0; t < T; t++) {
      for (const task of this.tasks) this.inputsFor(task, task.envs.observations, N, batchInputs, task.index * N);
      const outputs = await this.run(batchInputs, K * N);
      for (const task of this.tasks) {
        const k = task.index;
        const chosen = new Int32Array(N);
        inputs[k].set(batchInputs.subarray(k * N * this.inputSize, (k + 1) * N * this.inputSize), t * N * this.inputSize);
        for (let n = 0; n < N; n++) {
          const row = k * N + n;
          const { action, logProb } = this.choose(task, outputs[k], row, false, this.random);
          const i = t * N + n;
          chosen[n] = action;
          actions[k][i] = action;
          logProbs[k][i] = logProb;
          values[k][i] = this.valueOf(task, outputs[k], row, stats);
          if (t > 0 && !dones[k][i - N] && !truncateds[k][i - N]) nextValues[k][i - N] = values[k][i];
        }
        const step = task.envs.step(chosen);
        for (let n = 0; n < N; n++) {
          const i = t * N + n;
          rewards[k][i] = step.rewards[n];
          dones[k][i] = step.dones[n];
          truncateds[k][i] = step.truncateds[n];
          if (step.truncateds[n]) finals.push({ task: k, index: i, observation: step.finalObservations.get(n)! });
        }
        for (const episode of step.episodes) {
          returns[k].push(episode.return);
          this.episodes[task.name].push({ step: this.stepsPerTask + (t + 1) * N, return: episode.return });
        }
      }
    }
    // V(s_T) for the rollout's last step, and V(final observation) where an episode was truncated.
    for (const task of this.tasks) this.inputsFor(task, task.envs.observations, N, batchInputs, task.index * N);
    const last = await this.run(batchInputs, K * N);
    for (const task of this.tasks) {
      for (let n = 0; n < N; n++) {
        const i = (T - 1) * N + n;
        if (!dones[task.index][i] && !truncateds[task.index][i])
          nextValues[task.index][i] = this.valueOf(task, last[task.index], task.index * N + n, stats);
      }
    }
    if (finals.length) {
      const finalInputs = new Float32Array(finals.length * this.inputSize);
      finals.forEach((f, r) => this.inputsFor(this.tasks[f.task], f.observation, 1, finalInputs, r));
      const outputs = await this.run(finalInputs, finals.length);
      finals.forEach((f, r) => (nextValues[f.task][f.index] = this.valueOf(this.tasks[f.task], outputs[f.task], r, stats)));
    }
    const advantages: Float64Array[] = [];
    const targets: Float64Array[] = [];
    for (const task of this.tasks) {
      const k = task.index;
      const gae = generalizedAdvantages(
        {
          steps: T,
          copies: N,
          rewards: rewards[k],
          values: values[k],
          nextValues: nextValues[k],
          dones: dones[k],
          truncateds: truncateds[k],
        },
        gamma,
        lambda,
      );
      advantages.push(gae.advantages);
      targets.push(gae.returns);
    }
    let newStats: Record<string, PopArtStatistics> | null = null;
    if (this.popArt)
      newStats = await this.popArt.update(
        this.model.runtime.session,
        Object.fromEntries(this.tasks.map((t) => [t.name, targets[t.index]])),
        this.popArtOptions ?? {},
      );
    const labels = this.tasks.map((task) => {
      const k = task.index;
      const s = newStats?.[task.name];
      const advantage = advantages[k];
      let scale = 1;
      let shift = 0;
      if (this.options.normalizeAdvantages) {
        const mean = advantage.reduce((a, b) => a + b, 0) / size;
        const variance = advantage.reduce((a, b) => a + (b - mean) * (b - mean), 0) / size;
        shift = mean;
        scale = 1 / (Math.sqrt(variance) + 1e-8);
      } else if (s) {
        // PopArt's policy gradient uses the advantage in the normalised scale (Hessel et al. 2019).
        scale = 1 / s.std;
      }
      const packed = new Float32Array(size * LABEL_COLUMNS.length);
      for (let i = 0; i < size; i++) {
        packed[i * 4] = actions[k][i];
        packed[i * 4 + 1] = (advantage[i] - shift) * scale;
        packed[i * 4 + 2] = logProbs[k][i];
        packed[i * 4 + 3] = s ? (targets[k][i] - s.mean) / s.std : targets[k][i];
      }
      return packed;
    });
    const logs = await this.optimize(inputs, labels, size);
    this.updates++;
    this.stepsPerTask += size;
    const mean = (list: number[]) => (list.length ? list.reduce((a, b) => a + b, 0) / list.length : NaN);
    return {
      update: this.updates,
      stepsPerTask: this.stepsPerTask,
      meanReturn: Object.fromEntries(this.tasks.map((t) => [t.name, mean(returns[t.index])])),
      episodes: Object.fromEntries(this.tasks.map((t) => [t.name, returns[t.index].length])),
      logs,
      ...(newStats ? { popArt: newStats } : {}),
    };
  }

  /** A training batch of the given rows (row r of task owner[r]): observations, each task's packed labels (zeros elsewhere) and mask. */
  private batch(
    rows: ArrayLike<number>,
    source: { observation: Float32Array; labels: Float32Array[]; owner: Int32Array; taskRows?: Int32Array },
  ): HostBatch {
    const n = rows.length;
    const width = LABEL_COLUMNS.length;
    const observation = new Float32Array(n * this.inputSize);
    const labels = this.tasks.map(() => new Float32Array(n * width));
    const masks = this.tasks.map(() => new Float32Array(n));
    for (let j = 0; j < n; j++) {
      const r = rows[j];
      observation.set(source.observation.subarray(r * this.inputSize, (r + 1) * this.inputSize), j * this.inputSize);
      const k = source.owner[r];
      const local = source.taskRows ? source.taskRows[r] : 0;
      labels[k].set(source.labels[k].subarray(local * width, (local + 1) * width), j * width);
      masks[k][j] = 1;
    }
    const batch: HostBatch = { observation: { dtype: 'float32', shape: [n, this.inputSize], data: observation } };
    this.tasks.forEach((t, k) => {
      batch[t.name] = { dtype: 'float32', shape: [n, width], data: labels[k] };
      batch[`${t.name}_mask`] = { dtype: 'float32', shape: [n], data: masks[k] };
    });
    return batch;
  }

  /** epochs × minibatches training steps over every task's rollout rows, shuffled together. */
  private async optimize(inputs: Float32Array[], labels: Float32Array[], size: number): Promise<Record<string, number>> {
    const K = this.tasks.length;
    const total = K * size;
    const observation = new Float32Array(total * this.inputSize);
    const owner = new Int32Array(total);
    const taskRows = new Int32Array(total);
    for (let k = 0; k < K; k++) {
      observation.set(inputs[k], k * size * this.inputSize);
      owner.fill(k, k * size, (k + 1) * size);
      for (let i = 0; i < size; i++) taskRows[k * size + i] = i;
    }
    const trainer = this.model.compiled;
    const sums: Record<string, number> = {};
    let count = 0;
    const perBatch = Math.ceil(total / this.options.minibatches);
    for (let epoch = 0; epoch < this.options.epochs; epoch++) {
      const order = this.random.permutation(total);
      for (let start = 0; start < total; start += perBatch) {
        const rows = order.subarray(start, Math.min(total, start + perBatch));
        const logs = await trainer.trainOnBatch(this.batch(rows, { observation, labels, owner, taskRows }));
        for (const [key, value] of Object.entries(logs)) {
          if (!Number.isFinite(value))
            throw invalidArgument(`actorCritic: training diverged at update ${this.updates + 1}: "${key}" is ${value}`);
          sums[key] = (sums[key] ?? 0) + value;
        }
        count++;
      }
    }
    return Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / count]));
  }

  /**
   * Runs `episodes` fresh episodes per task (seeded copies, apart from training's) and returns
   * each task's undiscounted returns, their mean and standard deviation.
   */
  async evaluate(options: EvaluateOptions = {}): Promise<Record<string, { mean: number; std: number; returns: number[] }>> {
    const episodes = options.episodes ?? 10;
    if (!Number.isInteger(episodes) || episodes < 1)
      throw invalidArgument(`actorCritic.evaluate: episodes must be a positive integer, got ${episodes}`);
    const seed = options.seed ?? this.options.seed + 1_000_003;
    const greedy = options.greedy ?? false;
    const maxSteps = options.maxEpisodeSteps ?? 10_000;
    if (!Number.isInteger(maxSteps) || maxSteps < 1)
      throw invalidArgument(`actorCritic.evaluate: maxEpisodeSteps must be a positive integer, got ${maxSteps}`);
    const random = Random.fromSeed(seed, 3);
    const result: Record<string, { mean: number; std: number; returns: number[] }> = {};
    for (const task of this.tasks) {
      const envs = new VectorEnvironment(() => checkEnvironment(this.options.tasks[task.name](), `task "${task.name}"`), episodes);
      envs.reset(Random.fromSeed(seed, 4, task.index).int(0, 2 ** 31));
      const returns = new Array<number>(episodes).fill(0);
      const finished = new Uint8Array(episodes);
      const inputs = new Float32Array(episodes * this.inputSize);
      let open = episodes;
      for (let t = 0; open > 0 && t < maxSteps; t++) {
        this.inputsFor(task, envs.observations, episodes, inputs, 0);
        const outputs = await this.run(inputs, episodes);
        const chosen = new Int32Array(episodes);
        for (let n = 0; n < episodes; n++) chosen[n] = this.choose(task, outputs[task.index], n, greedy, random).action;
        const step = envs.step(chosen);
        for (let n = 0; n < episodes; n++) {
          if (finished[n]) continue;
          returns[n] += step.rewards[n];
          if (step.dones[n] || step.truncateds[n]) {
            finished[n] = 1;
            open--;
          }
        }
      }
      const mean = returns.reduce((a, b) => a + b, 0) / episodes;
      const std = Math.sqrt(returns.reduce((a, b) => a + (b - mean) * (b - mean), 0) / episodes);
      result[task.name] = { mean, std, returns };
    }
    return result;
  }

  /** PopArt's current statistics per task (null without PopArt). */
  async popArtStatistics(): Promise<Record<string, PopArtStatistics> | null> {
    await this.build();
    return this.popArt ? this.popArt.statistics(this.model.runtime.session) : null;
  }

  /** Each task's head output (logits then value, unnormalised by PopArt) for observations of that task (rows × its observation size). */
  async predict(task: string, observations: Float32Array, rows: number): Promise<{ logits: Float32Array; values: Float64Array }> {
    const t = this.tasks.find((x) => x.name === task);
    if (!t) throw invalidArgument(`actorCritic.predict: unknown task "${task}" (tasks: ${this.taskNames.join(', ')})`);
    if (!Number.isInteger(rows) || rows < 1 || observations.length !== rows * t.envs.observationSize)
      throw invalidArgument(
        `actorCritic.predict: task "${task}" needs rows × ${t.envs.observationSize} observation values, got ${observations.length} for ${rows} rows`,
      );
    const inputs = new Float32Array(rows * this.inputSize);
    this.inputsFor(t, observations, rows, inputs, 0);
    const outputs = await this.run(inputs, rows);
    const stats = await this.popArtStatistics();
    const logits = new Float32Array(rows * t.actions);
    const values = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      logits.set(outputs[t.index].subarray(r * (t.actions + 1), r * (t.actions + 1) + t.actions), r * t.actions);
      values[r] = this.valueOf(t, outputs[t.index], r, stats);
    }
    return { logits, values };
  }

  /** Writes a checkpoint of the agent's network, optimizer and PopArt state under `dir`; returns its prefix. */
  async saveCheckpoint(dir: string): Promise<string> {
    await this.build();
    return this.model.saveCheckpoint(dir);
  }

  /**
   * Restores a checkpoint that saveCheckpoint wrote into an agent built with the same tasks and
   * options (the program is compiled for the agent's packed labels first, then the state is read).
   * A directory `agent.model.save` wrote works too (its checkpoint holds the PopArt statistics).
   */
  async restoreCheckpoint(prefixOrDir: string): Promise<void> {
    await this.build();
    const savedModel = typeof prefixOrDir === 'string' && fs.existsSync(path.join(prefixOrDir, 'config.json'));
    await this.model.restoreCheckpoint(
      savedModel ? readModelDirectory(prefixOrDir, 'multi-task', 'actorCritic.restoreCheckpoint').checkpoint : prefixOrDir,
    );
  }

  /** Closes the model's runtime. */
  async close(): Promise<void> {
    await this.model.close();
  }
}

/** A multi-task actor-critic agent (see ActorCriticOptions); with one task, a single-task agent. */
export function actorCritic(options: ActorCriticOptions): ActorCritic {
  return new ActorCritic(options);
}
