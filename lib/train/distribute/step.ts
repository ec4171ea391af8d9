/**
 * What a synchronous strategy changes in the training step, kept out of the trainer: the losses
 * every replica sees are the global batch's, the gradients are the replicas' mean, the metric
 * accumulators are summed over replicas before they are read.
 *
 * Why losses first: a weighting is a function f(L_1..L_K) of the task losses (possibly nonlinear:
 * max, geometric mean), and the global-batch gradient is Σ_i ∂f/∂L_i(L̄) · ḡ_i, with L̄ the global
 * losses and ḡ_i the global task gradients. Each replica uses w·L_i + stopGradient(L̄_i − w·L_i):
 * its value is L̄_i (so f, its weights and any state it updates are the same on every replica)
 * while its gradient is the replica's own ∂L_i scaled by its share w of the global batch; the mean
 * over replicas of the resulting gradient is then exactly the global one (globalLosses).
 * Gradient-based weightings get the mean task-gradient matrix instead.
 */
import { Graph, Operation, Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import type { Variable } from '../../nn';
import type { DistributeStrategy } from './strategy';

/** What globalLosses needs of a trained output: its reduced loss and how that loss was reduced. */
export interface ReplicaLoss {
  loss: Output;
  /** The loss's reduction ("sum" adds over examples; every other divides by a count of this replica's batch). */
  reduction: string;
  /** The label placeholder (its rows are the batch's examples). */
  label: Output;
  /** 0/1 label mask (the loss is then a mean over the labelled examples). */
  mask: Output | null;
  /** Fed sample weights (a "mean" reduction then divides by their sum). */
  sampleWeight: Output | null;
}

/**
 * The losses as the global batch's: each replica's value is the global loss, its gradient its
 * own loss's, scaled by its share of the global batch's divisor, so that the mean over replicas
 * of any gradient is the global batch's (unchanged without all-reduce). A replica's loss is
 * L_r = S_r / D_r (D_r: its rows, its labelled rows with a mask, its sample weights' sum with a
 * "mean" reduction); the global one is ΣS_r / ΣD_r. One all-reduce of (D_r·L_r, D_r) per task
 * gives both; w_r = N·D_r/ΣD_r scales the replica's gradient (a "sum" reduction: w_r = N).
 * Exact also for a last batch split unevenly and for tasks labelled on some examples only.
 */
export function globalLosses(strategy: DistributeStrategy | null, graph: Graph, losses: ReplicaLoss[]): Output[] {
  if (!strategy?.allReduce || strategy.replicas <= 1 || losses.length === 0) return losses.map((l) => l.loss);
  const replicas = strategy.replicas;
  return graph.withNameScope('replica_losses', () => {
    const float = (x: Output) => (x.dtype === 'float32' ? x : ops.cast(x, { dstT: 'float32' }));
    const divisors = losses.map(({ reduction, label, mask, sampleWeight }) => {
      if (mask) return ops.reduceSum(float(mask));
      if (reduction === 'sum') return ops.constant(graph, 1, 'float32');
      if (reduction === 'mean' && sampleWeight) return ops.reduceSum(float(sampleWeight));
      return float(ops.gatherV2(ops.shape(label, { outType: 'int32' }), ops.constant(graph, 0, 'int32'), ops.constant(graph, 0, 'int32')));
    });
    const values = losses.map((l) => ops.stopGradient(float(l.loss)));
    const sums = strategy.allReduce!(graph, [...values.map((v, i) => ops.mul(v, divisors[i])), ...divisors], 'sum');
    return losses.map(({ loss, reduction }, i) => {
      const total = sums[losses.length + i];
      const sum = reduction === 'sum';
      const global = sum ? sums[i] : ops.divNoNan(sums[i], total);
      const share = sum ? ops.constant(graph, replicas, 'float32') : ops.divNoNan(ops.mul(divisors[i], replicas), total);
      const scaled = ops.mul(float(loss), ops.stopGradient(share));
      return ops.add(scaled, ops.stopGradient(ops.sub(global, scaled)));
    });
  });
}

/** The mean over replicas of `x` (a tensor with the same shape on every replica); `x` without all-reduce. */
export function replicaMean(strategy: DistributeStrategy | null, graph: Graph, x: Output): Output {
  if (!strategy?.allReduce || strategy.replicas <= 1) return x;
  return strategy.allReduce(graph, [x], 'mean')[0];
}

/**
 * The gradients averaged over replicas, except those marked `replicated` (already equal on every
 * replica, e.g. a gradient-based weighting's combined shared gradient built from reduced task gradients).
 */
export function reduceGradients(
  strategy: DistributeStrategy | null,
  graph: Graph,
  gradients: Array<Output | null>,
  replicated?: boolean[],
): Array<Output | null> {
  if (!strategy?.allReduce || strategy.replicas <= 1) return gradients;
  const positions = gradients.flatMap((g, i) => (g && !replicated?.[i] ? [i] : []));
  if (!positions.length) return gradients;
  const reduced = graph.withNameScope('replica_gradients', () =>
    strategy.allReduce!(
      graph,
      positions.map((i) => gradients[i]!),
      'mean',
    ),
  );
  const result = [...gradients];
  positions.forEach((position, k) => (result[position] = reduced[k]));
  return result;
}

/**
 * One op that replaces each metric accumulator by its sum over replicas (run once before reading
 * the metrics of an epoch whose batches were split across replicas); null without all-reduce.
 */
export function metricSync(strategy: DistributeStrategy | null, graph: Graph, accumulators: Variable[]): Operation | null {
  if (!strategy?.allReduce || strategy.replicas <= 1 || accumulators.length === 0) return null;
  return graph.withNameScope('replica_metrics', () => {
    const reads = accumulators.map((v) => v.read());
    const sums = strategy.allReduce!(graph, reads, 'sum');
    const assigns = accumulators.map((v, i) => v.assign(sums[i]));
    return graph.addOperation({ type: 'NoOp', name: 'sync', controlInputs: assigns });
  });
}

/** Compile options a synchronous strategy cannot honour, refused before anything is built. */
export function checkStrategyCompile(strategy: DistributeStrategy | null, options: { jitCompile?: boolean }): void {
  if (strategy?.allReduce && strategy.replicas > 1 && options.jitCompile) {
    // XLA compiles the whole step, and TensorFlow's collective ops have no XLA kernel on CPU.
    throw invalidArgument(
      `compile: jitCompile cannot be combined with strategy "${strategy.name}" across ${strategy.replicas} replicas (its all-reduce runs TensorFlow collective ops, which XLA does not compile); drop jitCompile`,
    );
  }
}
