/** Small graph helpers shared by weighting strategies. */
import { Graph, Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { GraphState, Variable } from '../../nn';

/** The losses as one (tasks,) vector. */
export function stackLosses(losses: Output[]): Output {
  return ops.pack(losses, { axis: 0 });
}

/** Σ_i w_i L_i for a (tasks,) weight vector. */
export function weightedLossSum(weights: Output, losses: Output[]): Output {
  return ops.reduceSum(ops.mul(weights, stackLosses(losses)));
}

/** A constant vector. */
export function vector(graph: Graph, values: number[]): Output {
  return ops.constant(graph, values, 'float32');
}

/** The Gram matrix G·Gᵀ of the (tasks, P) gradient matrix. */
export function gram(g: Output): Output {
  return ops.matMul(g, g, { transposeB: true });
}

/** Row norms ‖g_i‖ of a (tasks, P) matrix. */
export function rowNorms(g: Output): Output {
  return ops.sqrt(ops.reduceSum(ops.square(g), [1]));
}

/** A non-trainable float32 state variable of the strategy, created once. */
export function stateVariable(state: GraphState, name: string, initial: number[] | number, shape: number[]): Variable {
  const graph = state.graph;
  const value = graph.withRootScope(() =>
    typeof initial === 'number'
      ? ops.fill(ops.constant(graph, shape, 'int32'), ops.constant(graph, initial, 'float32'))
      : ops.reshape(ops.constant(graph, initial, 'float32'), ops.constant(graph, shape, 'int32')),
  );
  return state.existingOrCreate(name, value, { trainable: false, shape });
}

/** The same as a trainable variable (learned with the model). */
export function learnedVariable(state: GraphState, name: string, initial: number, shape: number[]): Variable {
  const graph = state.graph;
  const value = graph.withRootScope(() => ops.fill(ops.constant(graph, shape, 'int32'), ops.constant(graph, initial, 'float32')));
  return state.existingOrCreate(name, value, { trainable: true, shape });
}

/** weightsᵀ·G: the gradient combination for (tasks,) weights. */
export function combine(weights: Output, g: Output): Output {
  return ops.reshape(ops.matMul(ops.expandDims(weights, 0), g), ops.constant(weights.graph, [-1], 'int32'));
}

/** Element or row `index` of x along its first axis (index: a number or an int32 scalar). */
export function row(x: Output, index: number | Output): Output {
  const i = typeof index === 'number' ? ops.constant(x.graph, index, 'int32') : index;
  return ops.gatherV2(x, i, ops.constant(x.graph, 0, 'int32'));
}

/**
 * A numeric option of weighting `method` (or its default), checked: a finite number `> 0` or
 * `>= 0`, or a positive integer; otherwise an invalidArgument naming the method, the option and the value.
 */
export function numberOption(
  method: string,
  key: string,
  value: number | undefined,
  fallback: number,
  rule: '> 0' | '>= 0' | 'positive integer',
): number {
  const x = value ?? fallback;
  const ok = rule === 'positive integer' ? Number.isInteger(x) && x >= 1 : Number.isFinite(x) && (rule === '> 0' ? x > 0 : x >= 0);
  if (!ok)
    throw invalidArgument(
      `${method}: ${key} must be ${rule === 'positive integer' ? 'a positive integer' : `a finite number ${rule}`}, got ${x}`,
    );
  return x;
}
