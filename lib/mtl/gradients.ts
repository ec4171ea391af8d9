/** Task gradients as one (tasks, P) matrix, and the diagnostics computed from it. */
import { Graph, Output, invalidArgument } from '../core';
import * as ops from '../ops';

/**
 * Row i: ∂L_i/∂x for every x, flattened and concatenated (extra gradient
 * subgraphs in the same graph). A task that does not depend on some x gets zeros there.
 */
export function taskGradientMatrix(
  graph: Graph,
  losses: Output[],
  xs: Output[],
  taskNames: string[],
  shapes: Array<number[] | null>,
): Output {
  if (xs.length === 0) throw invalidArgument('gradient-based weighting needs shared parameters, but the trunk has no trainable variables');
  // A trunk TensorFlow cannot differentiate is refused here, naming the op and its layer.
  ops.checkDifferentiable(losses, xs);
  const rows = losses.map((loss, i) => {
    const grads = graph.addGradients([loss], xs, { prefix: graph.uniqueName(`task_gradients/${taskNames[i]}`) });
    const zeros = (j: number) => {
      const shape = shapes[j];
      return shape ? ops.fill(ops.constant(graph, shape, 'int32'), ops.constant(graph, 0, 'float32')) : ops.zerosLike(xs[j]);
    };
    const parts = grads.map((g, j) => ops.reshape(g ?? zeros(j), ops.constant(graph, [-1], 'int32')));
    return parts.length === 1 ? parts[0] : ops.concatV2(parts, ops.constant(graph, 0, 'int32'));
  });
  return ops.stopGradient(ops.pack(rows, { axis: 0 }));
}

/** Per-task gradient norms and pairwise cosine similarities, as log scalars. */
export function gradientDiagnostics(g: Output, taskNames: string[]): Record<string, Output> {
  const graph = g.graph;
  const logs: Record<string, Output> = {};
  const norms = ops.sqrt(ops.reduceSum(ops.square(g), [1]));
  const gram = ops.matMul(g, g, { transposeB: true });
  const outer = ops.mul(ops.expandDims(norms, 1), ops.expandDims(norms, 0));
  const cosine = ops.divNoNan(gram, outer);
  const at = (x: Output, i: number) => ops.gatherV2(x, ops.constant(graph, i, 'int32'), ops.constant(graph, 0, 'int32'));
  taskNames.forEach((t, i) => {
    logs[`grad_norm/${t}`] = at(norms, i);
    for (let j = i + 1; j < taskNames.length; j++) logs[`grad_cos/${t}/${taskNames[j]}`] = at(at(cosine, i), j);
  });
  return logs;
}
