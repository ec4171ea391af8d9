/**
 * `aggregate`: a gradient-based strategy applied to a host gradient matrix, outside any model
 * (for users comparing aggregators, and for tests). It builds the strategy on a float64 constant
 * in a small graph of its own and runs it synchronously, so the combination and every solver run
 * in double precision.
 */
import { Graph, Output, Session, Tensor, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { graphState } from '../../nn';
import { Weighting, WeightingContext } from './types';
import { get } from './registry';

export interface AggregateResult {
  /** The combined gradient, (P,). */
  direction: number[];
  /** The task weights the strategy reports, (K,). */
  weights: number[];
}

/**
 * Combines the task gradients `g` (K rows of P numbers) with a gradient-based strategy, given by
 * name (with `options`, its config) or as a Weighting. `step` seeds the per-step random task
 * orders of PCGrad and GradVac (default 0); stateful strategies start from their initial state.
 */
export function aggregate(
  method: string | Weighting,
  g: number[][],
  options: Record<string, unknown> = {},
  run: { step?: number } = {},
): AggregateResult {
  const weighting: Weighting = typeof method === 'string' ? get(method, options) : method;
  if (!weighting || typeof weighting.build !== 'function')
    throw invalidArgument('aggregate: method must be a weighting name or a Weighting');
  if (weighting.kind !== 'gradient' || !weighting.supportsRepresentation) {
    throw invalidArgument(
      `aggregate: "${weighting.name}" does not combine a gradient matrix (it needs the model's ${weighting.kind === 'loss' ? 'task losses' : 'shared layer'}); use one of the Gram-based or projection methods`,
    );
  }
  const k = checkMatrix(g);
  const step = run.step ?? 0;
  if (!Number.isSafeInteger(step) || step < 0) throw invalidArgument(`aggregate: step must be an integer >= 0, got ${step}`);
  const graph = new Graph();
  let session: Session | null = null;
  try {
    const state = graphState(graph, 0);
    const gradients = ops.constant(graph, g, 'float64');
    const taskNames = Array.from({ length: k }, (_, i) => `task_${i}`);
    const context: WeightingContext = {
      graph,
      state,
      taskNames,
      losses: taskNames.map(() => ops.constant(graph, 0, 'float32')),
      step: ops.constant(graph, BigInt(step), 'int64'),
      taskGradients: () => gradients,
      sharedVariables: [],
      representationMode: false,
    };
    const result = weighting.build(context);
    if (!result.sharedGradient) throw invalidArgument(`aggregate: "${weighting.name}" returned no combined gradient`);
    session = new Session(graph);
    const initializers = state.variables.map((v) => v.initializer);
    if (initializers.length) session.runSync(null, [], initializers);
    const fetches: Output[] = [result.sharedGradient, result.weights];
    const [direction, weights] = session.runSync(null, fetches, result.updates ?? []).map((t: Tensor) => {
      const values = Array.from(t.data() as Float64Array | Float32Array, Number);
      t.dispose();
      return values;
    });
    return { direction, weights };
  } finally {
    session?.dispose();
    graph.dispose();
  }
}

/** The number of rows of a rectangular matrix of finite numbers; names the first problem otherwise. */
function checkMatrix(g: number[][]): number {
  if (!Array.isArray(g) || g.length === 0)
    throw invalidArgument('aggregate: the gradient matrix must be a non-empty array of rows (one per task)');
  const p = Array.isArray(g[0]) ? g[0].length : -1;
  if (p < 1) throw invalidArgument('aggregate: row 0 of the gradient matrix must be a non-empty array of numbers');
  g.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== p)
      throw invalidArgument(
        `aggregate: row ${i} of the gradient matrix has ${Array.isArray(row) ? row.length : 'no'} entries, expected ${p} (as row 0)`,
      );
    row.forEach((x, j) => {
      if (typeof x !== 'number' || !Number.isFinite(x))
        throw invalidArgument(`aggregate: entry [${i}][${j}] of the gradient matrix must be a finite number, got ${String(x)}`);
    });
  });
  return g.length;
}
