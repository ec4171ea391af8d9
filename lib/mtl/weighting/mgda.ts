/**
 * MGDA (Désidéri 2012; Sener & Koltun, NeurIPS 2018): the update is the point of the convex hull
 * of the task gradients with the smallest norm, d* = Gᵀα*, α* = argmin_{α ∈ Δ} αᵀMα on the Gram
 * matrix M = G·Gᵀ. Σ α_i = 1, as the paper and LibMTL; `rescale` multiplies the update by K, the
 * scale of the sum of the task losses (as the CAGrad repository's MGDA baseline does).
 *
 * Solved exactly, in float64 (gram.ts):
 * - up to ENUMERATION_LIMIT tasks, by enumerating supports: on each support S the KKT system
 *   [M_SS 1; 1ᵀ 0][α_S; ν] = [0; 1] gives the min-norm point of S's affine hull. The optimum is
 *   the candidate of least αᵀMα among those with α ≥ 0: every such candidate is a point of the
 *   hull (so none is below the optimum), and the optimal support's candidate is the optimum.
 *   Singleton supports are always feasible; a singular support (affinely dependent gradients) is
 *   covered by a smaller one with the same value (Carathéodory).
 * - beyond, or with `solver: 'active-set'`, by Wolfe's active-set method in an in-graph while
 *   loop (minNormActiveSet): exact on its final support, and it stops only when the Frank-Wolfe
 *   gap, which bounds ½‖d − d*‖², guarantees ‖d − d*‖ ≤ tolerance·‖d‖ (or after maxIterations).
 * The systems are Jacobi-scaled (gram.ts `equilibrate`), so gradients whose norms differ by
 * orders of magnitude keep their relative precision.
 * (The previous Frank-Wolfe solver, 50 iterations, was far from d* with three tasks or more.)
 */
import { Output, invalidArgument } from '../../core';
import { numberOption } from './util';
import * as ops from '../../ops';
import { Weighting } from './types';
import {
  ENUMERATION_LIMIT,
  dot,
  equilibrate,
  filled,
  gramWeighting,
  huge,
  matVec,
  normaliseByTrace,
  pick,
  solveOnSupports,
  supportMasks,
} from './gram';
import { whileLoop } from './loop';

export interface MGDAOptions {
  /** Multiply the update by the number of tasks (default false). */
  rescale?: boolean;
  /** 'auto' (default): support enumeration up to 10 tasks, Wolfe's active-set method beyond. */
  solver?: 'auto' | 'enumerate' | 'active-set';
  /** Active-set solver: stop when ‖d − d*‖ ≤ tolerance·‖d‖ is guaranteed (default 1e-9). */
  tolerance?: number;
  /** Active-set solver: at most this many iterations (default 1000). */
  maxIterations?: number;
}

export function mgda(options: MGDAOptions = {}): Weighting {
  const rescale = options.rescale ?? false;
  const solver = options.solver ?? 'auto';
  const tolerance = numberOption('mgda', 'tolerance', options.tolerance, 1e-9, '> 0');
  const maxIterations = numberOption('mgda', 'maxIterations', options.maxIterations, 1000, 'positive integer');
  if (typeof rescale !== 'boolean') throw invalidArgument(`mgda: rescale must be a boolean, got ${String(rescale)}`);
  if (!['auto', 'enumerate', 'active-set'].includes(solver))
    throw invalidArgument(`mgda: solver must be 'auto', 'enumerate' or 'active-set', got ${String(solver)}`);
  return gramWeighting({
    name: 'mgda',
    config: { rescale, solver, tolerance, maxIterations },
    weights(m, k) {
      const enumerate = solver === 'enumerate' || (solver === 'auto' && k <= ENUMERATION_LIMIT);
      if (solver === 'enumerate' && k > 16)
        throw invalidArgument(`mgda: solver 'enumerate' is limited to 16 tasks (2^K systems), got ${k}`);
      const mh = normaliseByTrace(m, k);
      const alpha =
        k === 1 ? filled(m.graph, 1, 1, m.dtype) : enumerate ? minNormBySupports(mh, k) : minNormActiveSet(mh, k, tolerance, maxIterations);
      return { weights: rescale ? ops.mul(alpha, k) : alpha };
    },
  });
}

/** The KKT matrix [M 1; 1ᵀ 0] and right-hand side [0; 1] of the min-norm point of an affine hull. */
function bordered(m: Output, k: number): { matrix: Output; rhs: Output } {
  const graph = m.graph;
  const ones = ops.constant(
    graph,
    Array.from({ length: k }, () => [1]),
    m.dtype,
  );
  const top = ops.concatV2([m, ones], ops.constant(graph, 1, 'int32'));
  const bottom = ops.constant(graph, [[...Array(k).fill(1), 0]], m.dtype);
  const matrix = ops.concatV2([top, bottom], ops.constant(graph, 0, 'int32'));
  return { matrix, rhs: ops.constant(graph, [...Array(k).fill([0]), [1]], m.dtype) };
}

/** α on each support (rows of `masks`, K + 1 wide with the border on): the affine min-norm points, (B, K). */
function affineMinNorm(m: Output, k: number, masks: number[][] | Output): Output {
  const graph = m.graph;
  const { matrix, rhs } = bordered(m, k);
  const { scaled, scale } = equilibrate(matrix);
  const y = ops.squeeze(solveOnSupports(scaled, ops.mul(rhs, ops.expandDims(scale, 1)), masks), { squeezeDims: [2] }); // (B, K+1)
  const x = ops.mul(y, ops.expandDims(scale, 0));
  return ops.slice(x, ops.constant(graph, [0, 0], 'int32'), ops.constant(graph, [-1, k], 'int32'));
}

/** α* by support enumeration (see the module comment). */
export function minNormBySupports(m: Output, k: number): Output {
  const graph = m.graph;
  const alpha = affineMinNorm(
    m,
    k,
    supportMasks(k).map((s) => [...s, 1]),
  );
  const feasible = ops.greaterEqual(ops.reduceMin(alpha, [1]), -1e-9);
  // Tiny negative round-off is clipped; renormalising keeps every candidate a point of the hull, so its value is honest.
  const clipped = ops.relu(alpha);
  const normalised = ops.divNoNan(clipped, ops.reduceSum(clipped, [1], true));
  const values = ops.reduceSum(ops.mul(ops.matMul(normalised, m), normalised), [1]);
  const scored = ops.selectV2(feasible, values, ops.fill(ops.shape(values, { outType: 'int32' }), huge(graph, m.dtype)));
  return pick(normalised, ops.argMin(scored, ops.constant(graph, 0, 'int32'), { outputType: 'int32' }));
}

/**
 * α* by Wolfe's active-set method (Wolfe 1976, "Finding the nearest point in a polytope"), in an
 * in-graph while loop. From the vertex nearest 0, each iteration solves the affine min-norm
 * problem on the current support S. If its solution y is strictly inside the simplex face, y is
 * the new point; then if the Frank-Wolfe gap αᵀMα − min_j (Mα)_j (which bounds ½‖d − d*‖²) is
 * at most ½·tolerance²·‖d‖², or its vertex j is already in S (no progress is possible in float64),
 * α is optimal; else j joins S. Otherwise the step from α towards y stops at the face's boundary
 * and the vertices whose weight reached 0 leave S. Finite: the number of supports is.
 */
export function minNormActiveSet(m: Output, k: number, tolerance: number, maxIterations: number): Output {
  const graph = m.graph;
  const dtype = m.dtype;
  const first = ops.argMin(ops.matrixDiagPart(m), ops.constant(graph, 0, 'int32'), { outputType: 'int32' });
  const start = ops.oneHot(first, k, dtype);
  const [, alpha] = whileLoop(
    graph,
    'mgda_active_set',
    [ops.constant(graph, 0, 'int32'), start, start, ops.constant(graph, false, 'bool'), m],
    ([i, , , done]) => ops.logicalAnd(ops.less(i, maxIterations), ops.logicalNot(done)),
    ([i, alpha, support, , mm]) => {
      const g = mm.graph;
      const zero = ops.constant(g, 0, 'int32');
      const mask = ops.expandDims(ops.concatV2([support, ops.constant(g, [1], dtype)], zero), 0);
      const y = ops.reshape(affineMinNorm(mm, k, mask), ops.constant(g, [k], 'int32'));
      const onSupport = ops.greater(support, 0.5);
      const interior = ops.all(ops.logicalOr(ops.logicalNot(onSupport), ops.greater(y, 0)), zero);
      // Interior: y is the new point; check optimality, else add the most violated vertex.
      const my = matVec(mm, y);
      const value = dot(y, my);
      const j = ops.argMin(my, zero, { outputType: 'int32' });
      const gap = ops.sub(value, pick(my, j));
      const ej = ops.oneHot(j, k, dtype);
      const optimal = ops.logicalOr(
        ops.lessEqual(gap, ops.mul(ops.maximum(value, 1e-300), 0.5 * tolerance * tolerance)),
        ops.greater(pick(support, j), 0.5),
      );
      // Boundary: θ = min over S with y_i ≤ 0 of α_i/(α_i − y_i); the vertices that reach 0 leave S.
      const blocking = ops.logicalAnd(onSupport, ops.lessEqual(y, 0));
      const ratios = ops.selectV2(
        blocking,
        ops.divNoNan(alpha, ops.sub(alpha, y)),
        ops.fill(ops.constant(g, [k], 'int32'), huge(g, dtype)),
      );
      const theta = ops.clipByValue(ops.reduceMin(ratios), 0, 1);
      const leaving = ops.oneHot(ops.argMin(ratios, zero, { outputType: 'int32' }), k, dtype);
      const stepped = ops.add(alpha, ops.mul(ops.sub(y, alpha), theta));
      const kept = ops.mul(ops.mul(support, ops.sub(1, leaving)), ops.cast(ops.greater(stepped, 0), dtype));
      const shrunk = ops.mul(ops.relu(stepped), kept);
      const nextAlpha = ops.selectV2(interior, y, ops.divNoNan(shrunk, ops.reduceSum(shrunk)));
      const grown = ops.maximum(support, ej);
      const nextSupport = ops.selectV2(interior, ops.selectV2(optimal, support, grown), kept);
      return [ops.add(i, 1), nextAlpha, nextSupport, ops.logicalAnd(interior, optimal), mm];
    },
  );
  return alpha;
}
