/**
 * The shared machinery of the Gram-based strategies (torchjd's split: an aggregator takes the task
 * gradients, a weighting takes their Gramian M = G·Gᵀ and returns task weights). `gramWeighting`
 * builds the aggregator once: the (K, K) Gram matrix, cast to float64 so that every solver works
 * in double precision whatever the gradients' dtype, the strategy's weights formula, and the
 * combined gradient wᵀG in the gradients' dtype. Only inner products of task gradients are used,
 * so every such strategy works on parameter or representation gradients alike.
 *
 * Everything here is forward-only: the combined gradient is applied directly and never
 * differentiated, so ops without a C++ gradient (SelfAdjointEigV2, MatrixSolveLs, TopKV2) are fine.
 */
import { DType, Graph, Output } from '../../core';
import * as ops from '../../ops';
import { Weighting, WeightingContext } from './types';
import { combine, gram } from './util';

/** The dtype of the solvers (the Gram matrix and the weights before they meet the gradients). */
export const SOLVER_DTYPE: DType = 'float64';

/** Up to this many tasks, the exact solvers enumerate supports (2^K − 1 small systems, solved as one batch). */
export const ENUMERATION_LIMIT = 10;

/** What a Gram-based strategy provides: its weights formula. */
export interface GramWeightingSpec {
  name: string;
  /** The options that recreate the strategy (JSON-serialisable). */
  config: Record<string, unknown>;
  /** Task weights (K,) from the Gram matrix M (K, K), both float64; logs are scalars. */
  weights(m: Output, k: number): { weights: Output; logs?: Record<string, Output> };
  /** Adjusts the combined gradient (Nash-MTL's clipping). */
  finish?(direction: Output, context: WeightingContext): Output;
}

/** A gradient-based strategy from its weights formula (the aggregator part is shared). */
export function gramWeighting(spec: GramWeightingSpec): Weighting {
  return {
    name: spec.name,
    kind: 'gradient',
    supportsRepresentation: true,
    getConfig: () => ({ ...spec.config }),
    build(context) {
      const k = context.taskNames.length;
      const g = context.taskGradients();
      const m = ops.cast(ops.stopGradient(gram(g)), SOLVER_DTYPE);
      const { weights, logs } = spec.weights(m, k);
      const w = ops.cast(weights, g.dtype);
      let direction = combine(w, g);
      if (spec.finish) direction = spec.finish(direction, context);
      const floatLogs = logs
        ? Object.fromEntries(Object.entries(logs).map(([key, value]) => [key, ops.cast(value, 'float32')]))
        : undefined;
      return { sharedGradient: direction, weights: w, logs: floatLogs };
    },
  };
}

/** M·v for a (K, K) matrix and a (K,) vector, as a (K,) vector. */
export function matVec(m: Output, v: Output): Output {
  return ops.reshape(ops.matMul(m, ops.expandDims(v, 1)), ops.constant(m.graph, [-1], 'int32'));
}

/** a·b of two vectors (a scalar). */
export function dot(a: Output, b: Output): Output {
  return ops.reduceSum(ops.mul(a, b));
}

/** A (K,) vector filled with `value`. */
export function filled(graph: Graph, k: number, value: number, dtype: DType = 'float32'): Output {
  return ops.constant(graph, Array(k).fill(value), dtype);
}

/** A constant scalar. */
export function scalar(graph: Graph, value: number, dtype: DType = 'float32'): Output {
  return ops.constant(graph, value, dtype);
}

/** The (K, K) identity. */
export function identity(graph: Graph, k: number, dtype: DType = 'float32'): Output {
  return ops.constant(
    graph,
    Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))),
    dtype,
  );
}

/** trace(M) (a scalar). */
export function trace(m: Output): Output {
  return ops.reduceSum(ops.matrixDiagPart(m));
}

/** M / (trace(M)/K): the same minimisers, entries O(1) whatever the gradients' scale (0 stays 0). */
export function normaliseByTrace(m: Output, k: number): Output {
  return ops.divNoNan(m, ops.div(trace(m), k));
}

/** The largest eigenvalue of a symmetric matrix. */
export function largestEigenvalue(m: Output): Output {
  return ops.reduceMax(ops.selfAdjointEigV2(m, { computeV: false }).e);
}

/**
 * Euclidean projection of a (K,) vector onto the probability simplex. With u sorted descending
 * and S_j the sum of its j largest entries, the threshold is θ = max_j (S_j − 1)/j (the sequence
 * rises while u_j exceeds the previous threshold and falls after, Duchi et al. ICML 2008), and
 * the projection is max(v − θ, 0): seven ops, no data-dependent indexing.
 */
export function projectToSimplex(v: Output, k: number): Output {
  const graph = v.graph;
  const sorted = ops.topKV2(v, ops.constant(graph, k, 'int32'), { sorted: true }).values;
  const prefix = ops.cumsum(sorted, ops.constant(graph, 0, 'int32'));
  const inverseCounts = ops.constant(
    graph,
    Array.from({ length: k }, (_, j) => 1 / (j + 1)),
    v.dtype,
  );
  const theta = ops.reduceMax(ops.mul(ops.sub(prefix, 1), inverseCounts));
  return ops.relu(ops.sub(v, theta));
}

/** Momentum coefficients (t_n − 1)/t_{n+1} of FISTA (Beck & Teboulle 2009), fixed in advance: no ops. */
export function fistaMomentum(iterations: number): number[] {
  const coefficients: number[] = [];
  let t = 1;
  for (let i = 0; i < iterations; i++) {
    const next = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    coefficients.push((t - 1) / next);
    t = next;
  }
  return coefficients;
}

/** The (K,) vector with 1 at `index` (an int32 scalar or a number). */
export function unit(graph: Graph, index: Output | number, k: number, dtype: DType = 'float32'): Output {
  const i = typeof index === 'number' ? ops.constant(graph, index, 'int32') : index;
  return ops.oneHot(i, k, dtype);
}

/** Every subset of 0..k−1 as 0/1 rows (the empty one first when asked), in a fixed order. */
export function supportMasks(k: number, options: { empty?: boolean } = {}): number[][] {
  const rows: number[][] = [];
  for (let mask = options.empty ? 0 : 1; mask < 1 << k; mask++) rows.push(Array.from({ length: k }, (_, i) => (mask >> i) & 1));
  return rows;
}

/**
 * For every support s (a 0/1 row of `masks`, (B, n): numbers, or a float Output), the solution of
 * A_ss x_s = b_s with x = 0 off s, for each column of `rhs` ((n, R)): a (B, n, R) tensor. The B
 * systems are one batch of n × n matrices (rows and columns off the support replaced by the
 * identity), solved by a complete orthogonal decomposition (MatrixSolveLs, fast: false), which
 * returns the minimum-norm least-squares solution of a singular system instead of failing;
 * callers judge the candidates by feasibility and objective value, so a singular support cannot
 * win with a wrong answer. The rank decision of that decomposition is relative to the largest
 * entry: equilibrate A first (see `equilibrate`) when its diagonal spans orders of magnitude.
 */
export function solveOnSupports(a: Output, rhs: Output, masks: number[][] | Output): Output {
  const graph = a.graph;
  const d = Array.isArray(masks) ? ops.constant(graph, masks, a.dtype) : masks;
  const rows = ops.expandDims(d, 2); // (B, n, 1)
  const columns = ops.expandDims(d, 1); // (B, 1, n)
  const systems = ops.add(ops.mul(ops.mul(ops.expandDims(a, 0), rows), columns), ops.matrixDiag(ops.sub(1, d)));
  const right = ops.mul(ops.expandDims(rhs, 0), rows); // (B, n, R)
  const x = ops.matrixSolveLs(systems, right, ops.constant(graph, 0, 'float64'), { fast: false });
  return ops.mul(x, rows);
}

/**
 * Jacobi scaling of a symmetric system A x = b: with s_i = 1/√|A_ii| (1 where A_ii = 0), solve
 * (S·A·S) y = S·b and take x = S·y. Gradients of very different norms give a Gram matrix whose
 * diagonal spans many orders of magnitude; the scaled one has a unit diagonal, so the solver's
 * rank decisions and round-off are relative to each task's own scale. Returns S·A·S and s.
 */
export function equilibrate(a: Output): { scaled: Output; scale: Output } {
  const diagonal = ops.abs(ops.matrixDiagPart(a));
  const scale = ops.selectV2(ops.greater(diagonal, 0), ops.rsqrt(ops.maximum(diagonal, 1e-300)), ops.onesLike(diagonal));
  return { scaled: ops.mul(ops.mul(a, ops.expandDims(scale, 0)), ops.expandDims(scale, 1)), scale };
}

/** Row `index` of a (B, ...) tensor picked by an int32 scalar. */
export function pick(x: Output, index: Output): Output {
  return ops.gatherV2(x, index, ops.constant(x.graph, 0, 'int32'));
}

/** A large finite number of the given dtype, for "infeasible" in an argmin. */
export function huge(graph: Graph, dtype: DType): Output {
  return ops.constant(graph, dtype === 'float64' ? 1e300 : 3e38, dtype);
}
