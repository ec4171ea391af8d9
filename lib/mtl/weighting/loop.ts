/**
 * An in-graph while loop for the iterative solvers: TensorFlow's functional While op, its
 * condition and body built as functions of the graph's library (as lib/train/step-loop.ts
 * builds the step loop). The body sees only the loop variables: pass any constant it needs
 * (a Gram matrix, a step size) as a loop variable and return it unchanged.
 */
import { Graph, Output } from '../../core';
import * as ops from '../../ops';

/** Runs `body` on the loop variables while `cond` holds; returns their final values (same order, dtypes and shapes). */
export function whileLoop(
  graph: Graph,
  name: string,
  initial: Output[],
  cond: (vars: Output[]) => Output,
  body: (vars: Output[]) => Output[],
): Output[] {
  const base = graph.uniqueName(name).replace(/[^A-Za-z0-9_]/g, '_');
  const signature = (g: Graph) =>
    initial.map((v, i) => ops.placeholder(g, { dtype: v.dtype, shape: v.shape ?? undefined, name: `var_${i}` }));
  const bodyGraph = new Graph();
  try {
    const vars = signature(bodyGraph);
    const next = body(vars);
    graph.addFunction(bodyGraph, { name: `${base}_body`, inputs: vars, outputs: next.map((v) => ops.identity(v)) });
  } finally {
    bodyGraph.dispose();
  }
  const condGraph = new Graph();
  try {
    const vars = signature(condGraph);
    graph.addFunction(condGraph, { name: `${base}_cond`, inputs: vars, outputs: [cond(vars)] });
  } finally {
    condGraph.dispose();
  }
  const loop = graph.addOperation({
    type: 'While',
    inputs: [initial],
    attrs: { cond: `${base}_cond`, body: `${base}_body`, parallel_iterations: 1, _lower_using_switch_merge: true },
  });
  return loop.outputs;
}
