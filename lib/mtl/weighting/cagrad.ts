/**
 * CAGrad, conflict-averse gradient descent (Liu et al., NeurIPS 2021): the update d maximises the
 * worst task's improvement min_i g_i·d inside a ball around the mean gradient g0,
 * ‖d − g0‖ ≤ c‖g0‖. Its dual is a problem on the simplex, with φ = c²‖g0‖²:
 *   w* = argmin_{w ∈ Δ} F(w) = wᵀG·g0 + √φ ‖Gᵀw‖,   d = g0 + (√φ / ‖g_w‖) g_w,   g_w = Gᵀw*.
 * Everything is a function of the Gram matrix M = G·Gᵀ (Gg0 = M·1/K, ‖g0‖² = mean(M),
 * ‖g_w‖² = wᵀMw), so the representation-gradient mode works too. The official code solves the
 * dual with scipy's SLSQP; here, in float64 (gram.ts):
 *
 * - up to ENUMERATION_LIMIT tasks, exactly, by enumerating supports. On a support S with M_SS
 *   invertible, stationarity b_S + √φ(Mw)_S/r + ν1 = 0 (b = M1/K, r = ‖g_w‖) gives
 *   w_S = −(r/√φ)(u + νv) with u = M_SS⁻¹b_S, v = M_SS⁻¹1; wᵀMw = r² makes ν a root of
 *   (1ᵀv)ν² + 2(1ᵀu)ν + (b_Sᵀu − φ) = 0, and Σw = 1 with r > 0 picks the smaller root, so
 *   w_S = −(u + νv)/√D with D the discriminant. The answer is the candidate of least F among
 *   the feasible ones (w ≥ 0) and the vertices: each is a point of the simplex, so none is below
 *   the optimum, and the optimal support's candidate is the optimum.
 * - beyond, by bisection on a scalar t over MGDA problems (dualByBisection): the dual's
 *   minimiser is the min-norm point of the hull of g_i + t·g0 for the t with t√φ = ‖g_w‖; each
 *   is solved exactly by Wolfe's active-set method (to `tolerance`, at most `maxIterations`
 *   steps), 60 halvings of the bracket.
 * (The previous solver ran 50 FISTA iterations and could give a component the wrong sign.)
 *
 * Scale: the official code divides d by 1 + c² (rescale = 1, its default; 0: no division; 2:
 * divide by 1 + c, as its toy does) and multiplies it by the number of tasks "to match the sum
 * loss", which is also the scale task heads follow in hydra-tf's models (Σ_i L_i); so does this.
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
  identity,
  matVec,
  normaliseByTrace,
  pick,
  scalar,
  solveOnSupports,
  supportMasks,
} from './gram';
import { minNormActiveSet } from './mgda';

export interface CAGradOptions {
  /** Radius of the ball around the mean gradient, relative to ‖g0‖ (default 0.5; 0 gives the mean gradient). */
  c?: number;
  /** 0: d; 1: d / (1 + c²) (default, as the official code); 2: d / (1 + c) (as its toy). */
  rescale?: 0 | 1 | 2;
  /** 'auto' (default): support enumeration up to 10 tasks, bisection over exact MGDA problems beyond. */
  solver?: 'auto' | 'enumerate' | 'iterative';
  /** Iterative solver: the inner MGDA problems' relative tolerance (default 1e-9). */
  tolerance?: number;
  /** Iterative solver: at most this many active-set steps per MGDA problem (default 1000). */
  maxIterations?: number;
}

export function cagrad(options: CAGradOptions = {}): Weighting {
  const c = numberOption('cagrad', 'c', options.c, 0.5, '>= 0');
  const rescale = options.rescale ?? 1;
  const solver = options.solver ?? 'auto';
  const tolerance = numberOption('cagrad', 'tolerance', options.tolerance, 1e-9, '> 0');
  const maxIterations = numberOption('cagrad', 'maxIterations', options.maxIterations, 1000, 'positive integer');
  if (![0, 1, 2].includes(rescale)) throw invalidArgument(`cagrad: rescale must be 0, 1 or 2, got ${rescale}`);
  if (!['auto', 'enumerate', 'iterative'].includes(solver))
    throw invalidArgument(`cagrad: solver must be 'auto', 'enumerate' or 'iterative', got ${String(solver)}`);
  return gramWeighting({
    name: 'cagrad',
    config: { c, rescale, solver, tolerance, maxIterations },
    weights(m, k) {
      if (solver === 'enumerate' && k > 16)
        throw invalidArgument(`cagrad: solver 'enumerate' is limited to 16 tasks (2^K systems), got ${k}`);
      // The dual's minimiser does not change when M is scaled: solve it on M / (trace/K).
      const mh = normaliseByTrace(m, k);
      // √φ = c‖g0‖ with ‖g0‖² = 1ᵀM1/K² = mean(M).
      const sqrtPhi = ops.mul(ops.sqrt(ops.relu(ops.reduceMean(mh))), c);
      const enumerate = solver === 'enumerate' || (solver === 'auto' && k <= ENUMERATION_LIMIT);
      const w = enumerate ? dualBySupports(mh, sqrtPhi, k) : dualByBisection(mh, sqrtPhi, k, tolerance, maxIterations, 60);
      // d = g0 + (√φ/‖g_w‖) g_w, as weights on the rows of G: 1/K + (√φ/‖g_w‖) w.
      const normW = ops.sqrt(ops.relu(dot(w, matVec(mh, w))));
      const weights = ops.add(ops.mul(ops.divNoNan(sqrtPhi, normW), w), 1 / k);
      const divisor = rescale === 1 ? 1 + c * c : rescale === 2 ? 1 + c : 1;
      return { weights: ops.mul(weights, k / divisor) };
    },
  });
}

/** F(w) = w·b + √φ‖Gᵀw‖ for each row of w (B, K). */
function dualValues(w: Output, m: Output, b: Output, sqrtPhi: Output): Output {
  const quadratic = ops.reduceSum(ops.mul(ops.matMul(w, m), w), [1]);
  return ops.add(ops.reduceSum(ops.mul(w, ops.expandDims(b, 0)), [1]), ops.mul(ops.sqrt(ops.relu(quadratic)), sqrtPhi));
}

/** w* by support enumeration (see the module comment). */
function dualBySupports(m: Output, sqrtPhi: Output, k: number): Output {
  const graph = m.graph;
  const dtype = m.dtype;
  const b = ops.reduceMean(m, [1]);
  const phi = ops.square(sqrtPhi);
  // u and v on every support at once: M_SS [u v] = [b 1]_S, Jacobi-scaled.
  const { scaled, scale } = equilibrate(m);
  const columns = ops.mul(ops.pack([b, filled(graph, k, 1, dtype)], { axis: 1 }), ops.expandDims(scale, 1));
  const solutions = ops.mul(solveOnSupports(scaled, columns, supportMasks(k)), ops.expandDims(ops.expandDims(scale, 0), 2)); // (B, K, 2)
  const part = (index: number) =>
    ops.squeeze(ops.slice(solutions, ops.constant(graph, [0, 0, index], 'int32'), ops.constant(graph, [-1, -1, 1], 'int32')), {
      squeezeDims: [2],
    });
  const u = part(0);
  const v = part(1);
  const a = ops.reduceSum(v, [1]);
  const linear = ops.reduceSum(u, [1]);
  const constant = ops.sub(ops.reduceSum(ops.mul(u, ops.expandDims(b, 0)), [1]), phi);
  const discriminant = ops.sub(ops.square(linear), ops.mul(a, constant));
  const root = ops.sqrt(ops.relu(discriminant));
  const nu = ops.divNoNan(ops.neg(ops.add(linear, root)), a);
  const stationary = ops.divNoNan(ops.neg(ops.add(u, ops.mul(v, ops.expandDims(nu, 1)))), ops.expandDims(root, 1));
  const valid = ops.logicalAnd(ops.greater(discriminant, 0), ops.greaterEqual(ops.reduceMin(stationary, [1]), -1e-9));
  // The vertices are candidates too (always feasible), so a degenerate Gram matrix still gets an honest answer.
  const candidates = ops.concatV2([stationary, identity(graph, k, dtype)], ops.constant(graph, 0, 'int32'));
  const feasible = ops.concatV2([valid, ops.constant(graph, Array(k).fill(true), 'bool')], ops.constant(graph, 0, 'int32'));
  const clipped = ops.relu(candidates);
  const normalised = ops.divNoNan(clipped, ops.reduceSum(clipped, [1], true));
  const values = dualValues(normalised, m, b, sqrtPhi);
  const scored = ops.selectV2(feasible, values, ops.fill(ops.shape(values, { outType: 'int32' }), huge(graph, dtype)));
  return pick(normalised, ops.argMin(scored, ops.constant(graph, 0, 'int32'), { outputType: 'int32' }));
}

/**
 * w* beyond the enumeration limit, by bisection over MGDA problems. The dual's KKT conditions,
 * (Gg0)_i + √φ(Gg_w)_i/‖g_w‖ ≥ λ with equality on the support, multiplied by t = ‖g_w‖/√φ, are
 * those of the min-norm point of the hull of the shifted gradients g_i + t·g0 (a convex QP, so
 * they are sufficient). So w* is MGDA's answer for the t with h(t) = t√φ − ‖g_{w(t)}‖ = 0:
 * h(0) ≤ 0, h(max_i ‖g_i‖/√φ) ≥ 0 (‖g_w‖ ≤ max_i ‖g_i‖), and `bisections` halvings of that
 * bracket keep h(lo) ≤ 0 ≤ h(hi). Each MGDA problem is solved exactly by Wolfe's active-set
 * method (mgda.ts), on the shifted Gram matrix M + t(b1ᵀ + 1bᵀ) + t²‖g0‖²·11ᵀ, b = Gg0.
 */
function dualByBisection(m: Output, sqrtPhi: Output, k: number, tolerance: number, maxIterations: number, bisections: number): Output {
  const graph = m.graph;
  const dtype = m.dtype;
  const b = ops.reduceMean(m, [1]); // G·g0
  const ones = filled(graph, k, 1, dtype);
  const cross = ops.add(ops.mul(ops.expandDims(b, 1), ops.expandDims(ones, 0)), ops.mul(ops.expandDims(ones, 1), ops.expandDims(b, 0)));
  const squaredG0 = ops.reduceMean(m);
  const allOnes = ops.mul(ops.expandDims(ones, 1), ops.expandDims(ones, 0));
  const weightsAt = (t: Output) =>
    minNormActiveSet(
      ops.add(ops.add(m, ops.mul(cross, t)), ops.mul(allOnes, ops.mul(ops.square(t), squaredG0))),
      k,
      tolerance,
      maxIterations,
    );
  let lo = scalar(graph, 0, dtype);
  let hi = ops.divNoNan(ops.sqrt(ops.reduceMax(ops.matrixDiagPart(m))), sqrtPhi);
  for (let i = 0; i < bisections; i++) {
    const mid = ops.mul(ops.add(lo, hi), 0.5);
    const w = weightsAt(mid);
    const below = ops.lessEqual(ops.mul(mid, sqrtPhi), ops.sqrt(ops.relu(dot(w, matVec(m, w)))));
    lo = ops.selectV2(below, mid, lo);
    hi = ops.selectV2(below, hi, mid);
  }
  return weightsAt(ops.mul(ops.add(lo, hi), 0.5));
}
