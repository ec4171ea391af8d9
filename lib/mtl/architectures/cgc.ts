/**
 * CGC, Customized Gate Control (Tang et al., "Progressive Layered Extraction (PLE): A Novel
 * Multi-Task Learning (MTL) Model for Personalized Recommendations", RecSys 2020, eqs. 1-4):
 * each task k has m_k experts of its own, all tasks share m_s experts, and task k's gate
 * g^k(x) = softmax(W_k x) weighs only S^k(x) = [E_k,1(x) … E_k,m_k(x), E_s,1(x) … E_s,m_s(x)]:
 * task k's representation is Σ_i g^k(x)_i S^k(x)_i. Separating task and shared experts is what
 * the paper credits for avoiding the "seesaw" of MMoE on weakly related tasks.
 *
 * One CGC unit is also one extraction level of PLE (ple.ts), which adds a shared gate.
 */
import { Output, invalidArgument } from '../../core';
import { CallContext, Config, Layer, LayerOptions, checkOptions, positiveInt } from '../../nn';
import { Architecture, ArchitectureLayer, requireOptions, taskList } from './architecture';
import { EXPERT_OPTIONS, ExpertFactory, ExpertOptions, expertConfig, mix, runExperts, runGate } from './experts';

export interface CGCOptions extends ExpertOptions, LayerOptions {
  tasks: string[];
  /** Experts of each task: one number for every task, or a number per task. */
  taskExperts: number | Record<string, number>;
  /** Experts shared by all tasks. */
  sharedExperts: number;
}

export const CGC_OPTIONS = ['tasks', 'taskExperts', 'sharedExperts', ...EXPERT_OPTIONS];

/** Per-task expert counts from `taskExperts`, checked. */
export function taskExpertCounts(owner: string, tasks: string[], taskExperts: unknown): number[] {
  if (typeof taskExperts === 'number' || taskExperts === undefined) return tasks.map(() => positiveInt(owner, 'taskExperts', taskExperts));
  if (taskExperts === null || typeof taskExperts !== 'object' || Array.isArray(taskExperts)) {
    throw invalidArgument(
      `${owner}: taskExperts must be a positive integer or an object { task: count }, got ${JSON.stringify(taskExperts)}`,
    );
  }
  const counts = taskExperts as Record<string, unknown>;
  for (const key of Object.keys(counts))
    if (!tasks.includes(key))
      throw invalidArgument(`${owner}: taskExperts names "${key}", which is not a task (tasks: ${tasks.join(', ')})`);
  return tasks.map((task) => {
    if (!(task in counts)) throw invalidArgument(`${owner}: taskExperts has no count for task "${task}"`);
    return positiveInt(owner, `taskExperts.${task}`, counts[task]);
  });
}

/** What one extraction level produces. */
export interface LevelOutputs {
  /** Task k's mixture, in task order. */
  tasks: Output[];
  /** The shared gate's mixture over every expert (levels with a shared gate). */
  shared: Output | null;
  /** Softmax weights of the task gates, then of the shared gate if any. */
  gates: Output[];
}

/**
 * One extraction level: task experts, shared experts, a gate per task over its own and the
 * shared experts, and optionally a shared gate over all experts (PLE's non-final levels).
 */
export class ExtractionLevel {
  readonly taskExperts: Layer[][];
  readonly sharedExperts: Layer[];
  readonly taskGates: Layer[];
  readonly sharedGate: Layer | null;

  constructor(
    factory: ExpertFactory,
    prefix: string,
    tasks: string[],
    counts: number[],
    sharedCount: number,
    level: number,
    withSharedGate: boolean,
  ) {
    this.taskExperts = tasks.map((task, k) =>
      Array.from({ length: counts[k] }, (_, index) =>
        factory.expert({ name: `${prefix}/expert_${task}_${index}`, group: task, index, level }),
      ),
    );
    this.sharedExperts = Array.from({ length: sharedCount }, (_, index) =>
      factory.expert({ name: `${prefix}/expert_shared_${index}`, group: 'shared', index, level }),
    );
    this.taskGates = tasks.map((task, k) =>
      factory.gate({ name: `${prefix}/gate_${task}`, gate: task, experts: counts[k] + sharedCount, level }),
    );
    const all = counts.reduce((a, b) => a + b, 0) + sharedCount;
    this.sharedGate = withSharedGate ? factory.gate({ name: `${prefix}/gate_shared`, gate: 'shared', experts: all, level }) : null;
  }

  layers(): Layer[] {
    return [...this.taskExperts.flat(), ...this.sharedExperts, ...this.taskGates, ...(this.sharedGate ? [this.sharedGate] : [])];
  }

  /** Builds the level: task k's experts and gate read taskInputs[k], the shared experts and gate read sharedInput. */
  build(ctx: CallContext, owner: string, taskInputs: Output[], sharedInput: Output): LevelOutputs {
    const experts = [...this.taskExperts.flat(), ...this.sharedExperts];
    const inputs = [
      ...this.taskExperts.flatMap((group, k) => group.map(() => taskInputs[k])),
      ...this.sharedExperts.map(() => sharedInput),
    ];
    const outputs = runExperts(ctx, owner, experts, inputs);
    const shared = outputs.slice(outputs.length - this.sharedExperts.length);
    let offset = 0;
    const own = this.taskExperts.map((group) => outputs.slice(offset, (offset += group.length)));
    const taskGates = this.taskGates.map((gate, k) => runGate(ctx, owner, gate, taskInputs[k], own[k].length + shared.length));
    const tasks = taskGates.map((gate, k) => mix(gate, [...own[k], ...shared]));
    if (!this.sharedGate) return { tasks, shared: null, gates: taskGates };
    const sharedGate = runGate(ctx, owner, this.sharedGate, sharedInput, outputs.length);
    return { tasks, shared: mix(sharedGate, outputs), gates: [...taskGates, sharedGate] };
  }
}

/** The config of a CGC or PLE: tasks, expert counts (as given), and the experts' and gates' options. */
export function extractionConfig(owner: string, tasks: readonly string[], options: CGCOptions, levels: ExtractionLevel[]): Config {
  const taskExperts = typeof options.taskExperts === 'number' ? options.taskExperts : { ...options.taskExperts };
  const experts = levels.flatMap((level) => [...level.taskExperts.flat(), ...level.sharedExperts]);
  const gates = levels.flatMap((level) => [...level.taskGates, ...(level.sharedGate ? [level.sharedGate] : [])]);
  return { tasks: [...tasks], taskExperts, sharedExperts: options.sharedExperts, ...expertConfig(owner, options, experts, gates) };
}

export class CGC extends ArchitectureLayer {
  readonly level: ExtractionLevel;
  private readonly options: CGCOptions;

  /** @internal Use cgc(). */
  constructor(options: CGCOptions) {
    requireOptions('cgc', options);
    checkOptions('cgc', options, CGC_OPTIONS);
    const tasks = taskList('cgc', options.tasks, { reserved: ['shared'] });
    super(options, 'cgc', tasks, tasks);
    const owner = `cgc "${this.name}"`;
    const counts = taskExpertCounts(owner, tasks, options.taskExperts);
    const sharedCount = positiveInt(owner, 'sharedExperts', options.sharedExperts);
    this.level = new ExtractionLevel(new ExpertFactory(owner, options), this.name, tasks, counts, sharedCount, 0, false);
    this.options = options;
    if (options.trainable === false) this.trainable = false;
  }

  override getConfig(): Config {
    return { ...super.getConfig(), ...extractionConfig(this.name, this.tasks, this.options, [this.level]) };
  }

  override sublayers(): Layer[] {
    return this.level.layers();
  }

  protected forward(ctx: CallContext, x: Output): { representations: Output[]; gates: Output[] } {
    const built = this.level.build(
      ctx,
      this.name,
      this.tasks.map(() => x),
      x,
    );
    return { representations: built.tasks, gates: built.gates };
  }
}

/**
 * CGC: per-task and shared experts, one gate per task. Variables "<name>/expert_<task>_<i>/…",
 * "<name>/expert_shared_<i>/…", "<name>/gate_<task>/kernel".
 *
 *   mtl.architectures.cgc({ tasks: ['a', 'b'], taskExperts: 1, sharedExperts: 2, expertUnits: [16] }).apply(x)
 */
export function cgc(options: CGCOptions): Architecture<CGC> {
  return new Architecture(new CGC(options));
}
