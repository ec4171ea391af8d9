/**
 * Small in-graph linear algebra on the (tasks × tasks) Gram matrix M = G·Gᵀ, shared by the
 * gradient-based strategies that only need inner products of task gradients (so they work on
 * parameter or representation gradients alike). Everything here is forward-only: the combined
 * gradient is applied directly and never differentiated, so ops without a C++ gradient
 * (SelfAdjointEigV2, MatrixSolve, TopKV2) are fine.
 */
import { Graph, Output } from '../../core';
import * as ops from '../../ops';

/** M·v for a (K, K) matrix and a (K,) vector, as a (K,) vector. */
export function matVec(m: Output, v: Output): Output {
  return ops.reshape(ops.matMul(m, ops.expandDims(v, 1)), ops.constant(m.graph, [-1], 'int32'));
}

/** a·b of two vectors (a scalar). */
export function dot(a: Output, b: Output): Output {
  return ops.reduceSum(ops.mul(a, b));
}

/** A (K,) vector filled with `value`. */
export function filled(graph: Graph, k: number, value: number): Output {
  return ops.constant(graph, Array(k).fill(value), 'float32');
}

/** A constant float32 scalar. */
export function scalar(graph: Graph, value: number): Output {
  return ops.constant(graph, value, 'float32');
}

/** trace(M) (a scalar). */
export function trace(m: Output): Output {
  return ops.reduceSum(ops.matrixDiagPart(m));
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
  const inverseCounts = ops.constant(graph, Array.from({ length: k }, (_, j) => 1 / (j + 1)), 'float32');
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
export function unit(graph: Graph, index: Output | number, k: number): Output {
  const i = typeof index === 'number' ? ops.constant(graph, index, 'int32') : index;
  return ops.oneHot(i, k, 'float32');
}
