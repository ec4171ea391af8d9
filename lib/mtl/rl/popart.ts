/**
 * PopArt (van Hasselt et al. 2016, "Learning values across many orders of magnitude"; per task as
 * in Hessel et al. 2019, "Multi-task deep reinforcement learning with PopArt"). Each task's value
 * head predicts a normalised value n(s); the value is σ·n(s) + μ, with μ and ν running first and
 * second moments of the task's value targets:
 *   μ ← (1 − β)·μ + β·mean(G),  ν ← (1 − β)·ν + β·mean(G²),  σ = sqrt(ν − μ²) (clipped to [σ_min, σ_max])
 * ART adapts the statistics; POP keeps every unnormalised output exactly as it was by rescaling
 * the last layer (kernel w, bias b) in the same step:
 *   w' = w·σ/σ',  b' = (σ·b + μ − μ')/σ'.
 * The statistics are variables of the model's graph (checkpointed with it); the update is one
 * session run for every task.
 */
import { Graph, Operation, Output, Session, Tensor, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { GraphState, Variable } from '../../nn';

export interface PopArtOptions {
  /** Step size of the running moments per update (default 0.1: each rollout's targets weigh 10%). */
  beta?: number;
  /** σ is kept in [sigmaMin, sigmaMax] (Hessel et al. 2019: 1e-4 and 1e6). */
  sigmaMin?: number;
  sigmaMax?: number;
}

export interface PopArtStatistics {
  mean: number;
  /** Running second moment ν. */
  secondMoment: number;
  /** sqrt(ν − μ²), clipped. */
  std: number;
}

/** The statistics before any update: μ = 0, ν = 1 (σ = 1: the normalised value is the value). */
export const INITIAL_STATISTICS: PopArtStatistics = { mean: 0, secondMoment: 1, std: 1 };

/** The statistics after one update with a batch of value targets (float64, by the definition above). */
export function updateStatistics(previous: PopArtStatistics, targets: ArrayLike<number>, options: PopArtOptions = {}): PopArtStatistics {
  const beta = options.beta ?? 0.1;
  if (!(beta > 0 && beta <= 1)) throw invalidArgument(`popArt: beta must be in (0, 1], got ${beta}`);
  if (targets.length === 0) return previous;
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < targets.length; i++) {
    if (!Number.isFinite(targets[i])) throw invalidArgument(`popArt: value target ${i} is ${targets[i]} (targets must be finite)`);
    sum += targets[i];
    squares += targets[i] * targets[i];
  }
  const mean = (1 - beta) * previous.mean + (beta * sum) / targets.length;
  const secondMoment = (1 - beta) * previous.secondMoment + (beta * squares) / targets.length;
  const std = Math.min(options.sigmaMax ?? 1e6, Math.max(options.sigmaMin ?? 1e-4, Math.sqrt(Math.max(0, secondMoment - mean * mean))));
  return { mean, secondMoment, std };
}

/** The per-task statistics variables of a graph and the one op that updates them and preserves the outputs. */
export class PopArtGraph {
  private readonly tasks: string[];
  private readonly stats: Record<string, { mean: Variable; secondMoment: Variable; std: Variable }> = {};
  private readonly feeds: Output[] = [];
  private readonly updateOp: Operation;
  private readonly reads: Output[];

  /** `valueLayers[task]`: the kernel (h, 1) and bias (1) of the task's normalised value output. */
  constructor(graph: Graph, state: GraphState, valueLayers: Record<string, { kernel: Variable; bias: Variable }>) {
    this.tasks = Object.keys(valueLayers);
    const assignments: Operation[] = [];
    const statAssignments: Operation[] = [];
    const built = graph.withRootScope(() =>
      graph.withNameScope('popart', () => {
        for (const task of this.tasks) {
          const { kernel, bias } = valueLayers[task];
          if (kernel.shape.length !== 2 || kernel.shape[1] !== 1 || bias.shape.length !== 1 || bias.shape[0] !== 1) {
            throw invalidArgument(
              `popArt: task "${task}": the value layer must have a (h, 1) kernel and a (1) bias, got [${kernel.shape}] and [${bias.shape}]`,
            );
          }
          const scalar = (name: string, value: number) =>
            state.existingOrCreate(`popart/${task}/${name}`, ops.constant(graph, value, 'float32'), { trainable: false, shape: [] });
          const s = {
            mean: scalar('mean', INITIAL_STATISTICS.mean),
            secondMoment: scalar('second_moment', INITIAL_STATISTICS.secondMoment),
            std: scalar('std', INITIAL_STATISTICS.std),
          };
          this.stats[task] = s;
          const placeholder = (name: string) => ops.placeholder(graph, { dtype: 'float32', shape: [], name: `${task}/new_${name}` });
          const newMean = placeholder('mean');
          const newSecondMoment = placeholder('second_moment');
          const newStd = placeholder('std');
          this.feeds.push(newMean, newSecondMoment, newStd);
          const oldMean = s.mean.read();
          const oldStd = s.std.read();
          // w' = w·σ/σ', b' = (σ·b + μ − μ')/σ': the reads happen before the statistics change (control edges below).
          const newKernel = ops.div(ops.mul(kernel.read(), oldStd), newStd);
          const newBias = ops.div(ops.sub(ops.add(ops.mul(bias.read(), oldStd), oldMean), newMean), newStd);
          assignments.push(kernel.assign(newKernel, `${task}/rescale_kernel`), bias.assign(newBias, `${task}/rescale_bias`));
          statAssignments.push(
            ...graph.withControlDependencies(assignments.slice(-2), () => [
              s.mean.assign(newMean, `${task}/assign_mean`),
              s.secondMoment.assign(newSecondMoment, `${task}/assign_second_moment`),
              s.std.assign(newStd, `${task}/assign_std`),
            ]),
          );
        }
        const updateOp = graph.addOperation({ type: 'NoOp', name: 'update', controlInputs: [...assignments, ...statAssignments] });
        const reads = this.tasks.flatMap((task) => [
          this.stats[task].mean.read(),
          this.stats[task].secondMoment.read(),
          this.stats[task].std.read(),
        ]);
        return { updateOp, reads };
      }),
    );
    this.updateOp = built.updateOp;
    this.reads = built.reads;
  }

  /** The current statistics of every task (read from the graph). */
  async statistics(session: Session): Promise<Record<string, PopArtStatistics>> {
    const values = await session.run(null, this.reads);
    const result: Record<string, PopArtStatistics> = {};
    this.tasks.forEach((task, i) => {
      result[task] = {
        mean: values[3 * i].item() as number,
        secondMoment: values[3 * i + 1].item() as number,
        std: values[3 * i + 2].item() as number,
      };
    });
    for (const v of values) v.dispose();
    return result;
  }

  /** Updates every task's statistics with its value targets (unnormalised) and rescales its value layer. Returns the new statistics. */
  async update(
    session: Session,
    targets: Record<string, ArrayLike<number>>,
    options: PopArtOptions = {},
  ): Promise<Record<string, PopArtStatistics>> {
    const current = await this.statistics(session);
    const next: Record<string, PopArtStatistics> = {};
    const values: Tensor[] = [];
    for (const task of this.tasks) {
      next[task] = updateStatistics(current[task], targets[task] ?? [], options);
      values.push(
        ...[next[task].mean, next[task].secondMoment, next[task].std].map((v) => Tensor.from(v, { dtype: 'float32', shape: [] })),
      );
    }
    try {
      await session.run(
        this.feeds.map((feed, i) => [feed, values[i]] as [Output, Tensor]),
        [],
        [this.updateOp],
      );
    } finally {
      for (const v of values) v.dispose();
    }
    return this.statistics(session);
  }
}
