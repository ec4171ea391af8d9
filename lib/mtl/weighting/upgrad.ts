/**
 * UPGrad, unconflicting projection of gradients (Quinton & Rey, "Jacobian Descent for
 * Multi-Objective Optimization", 2024; torchjd's UPGrad): each task gradient, weighted by the
 * uniform preference 1/K, is projected onto the dual cone {d : G·d ≥ 0} of the task gradients,
 * and the projections are summed. The update never conflicts with any task (g_i·d ≥ 0).
 *
 * By the paper's Proposition 1 the projection of Gᵀu is Gᵀv with v = argmin_{v ≥ u} vᵀMv, a
 * K-dimensional QP on the Gram matrix M = G·Gᵀ (so the representation mode works too). As
 * torchjd, M is divided by its trace (treated as zero below `normEps`) and regularised with
 * `regEps`·I, which makes it positive definite.
 *
 * torchjd solves each QP exactly (quadprog). Here, in float64 (gram.ts):
 * - up to ENUMERATION_LIMIT tasks, exactly, by enumerating the support S of the multipliers
 *   λ = v − u ≥ 0: M_SS λ_S = −(Mu)_S, all K problems and all supports in one batch (the matrix
 *   depends on the support only). Each problem's answer is its candidate of least vᵀMv among those
 *   with λ ≥ 0: all are feasible points (λ = 0 is one), and the optimal support's is the optimum.
 * - beyond, by projected gradient with Nesterov momentum and adaptive restart on the K problems
 *   together (after a Jacobi rescaling λ = D·μ, D = diag(M)^{-1/2}, so tasks whose gradient
 *   norms differ by orders of magnitude do not slow it down), in an in-graph while loop until
 *   every problem's projected-gradient residual ‖μ − max(μ − ∇, 0)‖_∞ is at most `tolerance`,
 *   or `maxIterations`. (The previous solver stopped after a fixed 100 iterations.)
 */
import { Output, invalidArgument } from '../../core';
import { numberOption } from './util';
import * as ops from '../../ops';
import { Weighting } from './types';
import {
  ENUMERATION_LIMIT,
  equilibrate,
  gramWeighting,
  huge,
  identity,
  largestEigenvalue,
  solveOnSupports,
  supportMasks,
  trace,
} from './gram';
import { whileLoop } from './loop';

export interface UPGradOptions {
  /** Below this squared Frobenius norm of G the Gram matrix counts as zero (default 1e-4, as torchjd). */
  normEps?: number;
  /** Added to the normalised Gram matrix's diagonal (default 1e-4, as torchjd). */
  regEps?: number;
  /** 'auto' (default): support enumeration up to 10 tasks, projected gradient beyond. */
  solver?: 'auto' | 'enumerate' | 'iterative';
  /** Iterative solver: stop when every QP's projected-gradient residual is at most this (default 1e-13). */
  tolerance?: number;
  /** Iterative solver: at most this many iterations (default 100000). */
  maxIterations?: number;
}

export function upgrad(options: UPGradOptions = {}): Weighting {
  const normEps = options.normEps ?? 1e-4;
  const regEps = options.regEps ?? 1e-4;
  const solver = options.solver ?? 'auto';
  const tolerance = numberOption('upgrad', 'tolerance', options.tolerance, 1e-13, '> 0');
  const maxIterations = numberOption('upgrad', 'maxIterations', options.maxIterations, 100000, 'positive integer');
  if (!(normEps >= 0 && regEps > 0 && Number.isFinite(normEps) && Number.isFinite(regEps)))
    throw invalidArgument(`upgrad: normEps must be >= 0 and regEps > 0, got ${normEps} and ${regEps}`);
  if (!['auto', 'enumerate', 'iterative'].includes(solver))
    throw invalidArgument(`upgrad: solver must be 'auto', 'enumerate' or 'iterative', got ${String(solver)}`);
  return gramWeighting({
    name: 'upgrad',
    config: { normEps, regEps, solver, tolerance, maxIterations },
    weights(raw, k) {
      if (solver === 'enumerate' && k > 12)
        throw invalidArgument(`upgrad: solver 'enumerate' is limited to 12 tasks (K·2^K systems), got ${k}`);
      const graph = raw.graph;
      const squaredNorm = trace(raw);
      const normalised = ops.selectV2(ops.less(squaredNorm, normEps), ops.zerosLike(raw), ops.divNoNan(raw, squaredNorm));
      const m = ops.add(normalised, ops.mul(identity(graph, k, raw.dtype), regEps));
      const enumerate = solver === 'enumerate' || (solver === 'auto' && k <= ENUMERATION_LIMIT);
      // Column i of `projections` is v_i, the solution of task i's QP.
      const projections = enumerate ? projectBySupports(m, k) : projectIteratively(m, k, tolerance, maxIterations);
      return { weights: ops.reduceSum(projections, [1]) };
    },
  });
}

/** The K QPs by support enumeration: a (K, K) matrix whose column i is v_i. */
function projectBySupports(m: Output, k: number): Output {
  const graph = m.graph;
  const dtype = m.dtype;
  const u = ops.mul(identity(graph, k, dtype), 1 / k); // column i: u_i = e_i/K
  const { scaled, scale } = equilibrate(m);
  const rhs = ops.mul(ops.neg(ops.matMul(m, u)), ops.expandDims(scale, 1));
  const masks = supportMasks(k, { empty: true });
  const lambda = ops.mul(solveOnSupports(scaled, rhs, masks), ops.expandDims(ops.expandDims(scale, 0), 2)); // (B, K, K): support, variable, task
  const feasible = ops.greaterEqual(ops.reduceMin(lambda, [1]), -1e-12); // (B, K)
  const v = ops.add(ops.relu(lambda), ops.expandDims(u, 0));
  const mv = ops.batchMatMulV2(ops.expandDims(m, 0), v);
  const values = ops.reduceSum(ops.mul(v, mv), [1]); // (B, K)
  const scored = ops.selectV2(feasible, values, ops.fill(ops.shape(values, { outType: 'int32' }), huge(graph, dtype)));
  const best = ops.argMin(scored, ops.constant(graph, 0, 'int32'), { outputType: 'int32' }); // (K,): a support per task
  const choice = ops.transpose(ops.oneHot(best, masks.length, dtype), ops.constant(graph, [1, 0], 'int32')); // (B, K)
  return ops.reduceSum(ops.mul(v, ops.expandDims(choice, 1)), [0]);
}

/** The K QPs by accelerated projected gradient to a residual tolerance (see the module comment). */
function projectIteratively(m: Output, k: number, tolerance: number, maxIterations: number): Output {
  const graph = m.graph;
  const dtype = m.dtype;
  // Row i of every (K, K) matrix below belongs to the QP of task i, with u_i = e_i/K.
  const scale = ops.rsqrt(ops.matrixDiagPart(m));
  const scaled = ops.mul(ops.mul(m, ops.expandDims(scale, 0)), ops.expandDims(scale, 1)); // D·M·D
  const step = ops.reciprocal(largestEigenvalue(scaled));
  // ∂/∂μ of (u + Dμ)ᵀM(u + Dμ)/2 is D·M·u + (D·M·D)μ; the first part, for all rows at once:
  const linear = ops.mul(ops.mul(m, 1 / k), ops.expandDims(scale, 0));
  const zero = ops.zerosLike(m);
  const one = ops.onesLike(ops.reduceSum(m, [1], true)); // (K, 1): each row's FISTA t
  const residualTooLarge = (mu: Output, lin: Output, mat: Output) => {
    const gradient = ops.add(lin, ops.matMul(mu, mat));
    return ops.greater(ops.reduceMax(ops.abs(ops.sub(mu, ops.relu(ops.sub(mu, gradient))))), tolerance);
  };
  const [, mu] = whileLoop(
    graph,
    'upgrad_projections',
    [ops.constant(graph, 0, 'int32'), zero, zero, one, linear, scaled, step],
    ([i, mu, , , lin, mat]) => ops.logicalAnd(ops.less(i, maxIterations), residualTooLarge(mu, lin, mat)),
    ([i, mu, y, t, lin, mat, stepSize]) => {
      const gradient = ops.add(lin, ops.matMul(y, mat));
      const next = ops.relu(ops.sub(y, ops.mul(gradient, stepSize)));
      const move = ops.sub(next, mu);
      // Adaptive restart (O'Donoghue & Candès 2015, gradient scheme), per row.
      const uphill = ops.greater(ops.reduceSum(ops.mul(ops.sub(y, next), move), [1], true), 0);
      const tNext = ops.div(ops.add(ops.sqrt(ops.add(ops.mul(ops.square(t), 4), 1)), 1), 2);
      const momentum = ops.selectV2(uphill, ops.zerosLike(t), ops.div(ops.sub(t, 1), tNext));
      return [
        ops.add(i, 1),
        next,
        ops.add(next, ops.mul(move, momentum)),
        ops.selectV2(uphill, ops.onesLike(t), tNext),
        lin,
        mat,
        stepSize,
      ];
    },
  );
  // v_i = u_i + D·μ_i (row i), returned as columns.
  const rows = ops.add(ops.mul(identity(graph, k, dtype), 1 / k), ops.mul(mu, ops.expandDims(scale, 0)));
  return ops.transpose(rows, ops.constant(graph, [1, 0], 'int32'));
}
