/**
 * What a synchronous strategy changes in the training step, kept out of the trainer: the losses
 * every replica sees are the global batch's, the gradients are the replicas' mean, the metric
 * accumulators are summed over replicas before they are read.
 *
 * Why losses first: a weighting is a function f(L_1..L_K) of the task losses (possibly nonlinear:
 * max, geometric mean), and the global-batch gradient is Σ_i ∂f/∂L_i(L̄) · ḡ_i, with L̄ the global
 * losses and ḡ_i the mean task gradients. Each replica uses L_i + stopGradient(L̄_i − L_i): its
 * value is L̄_i (so f, its weights and any state it updates are the same on every replica) while
 * its gradient is the replica's own ∂L_i; the mean over replicas of the resulting gradient is then
 * exactly the global one. Gradient-based weightings get the mean task-gradient matrix instead.
 */
import { Graph, Operation, Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import type { Variable } from '../../nn';
import type { DistributeStrategy } from './strategy';

/** The losses as the global batch's (values reduced over replicas, gradients the replica's own); unchanged without all-reduce. */
export function globalLosses(strategy: DistributeStrategy | null, graph: Graph, losses: Output[]): Output[] {
  if (!strategy?.allReduce || strategy.replicas <= 1 || losses.length === 0) return losses;
  return graph.withNameScope('replica_losses', () => {
    const reduced = strategy.allReduce!(graph, losses.map((l) => ops.stopGradient(l)), 'mean');
    return losses.map((loss, i) => ops.add(loss, ops.stopGradient(ops.sub(reduced[i], loss))));
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
export function reduceGradients(strategy: DistributeStrategy | null, graph: Graph, gradients: Array<Output | null>, replicated?: boolean[]): Array<Output | null> {
  if (!strategy?.allReduce || strategy.replicas <= 1) return gradients;
  const positions = gradients.flatMap((g, i) => (g && !replicated?.[i] ? [i] : []));
  if (!positions.length) return gradients;
  const reduced = graph.withNameScope('replica_gradients', () => strategy.allReduce!(graph, positions.map((i) => gradients[i]!), 'mean'));
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
    throw invalidArgument(`compile: jitCompile cannot be combined with strategy "${strategy.name}" across ${strategy.replicas} replicas (its all-reduce runs TensorFlow collective ops, which XLA does not compile); drop jitCompile`);
  }
}
