/**
 * Nash-MTL (Navon et al., ICML 2022): the update d = Σ_i α_i g_i is the Nash bargaining solution
 * among the tasks, characterised by equations on the Gram matrix M = G·Gᵀ:
 *   M·α = 1/α (element-wise), α > 0,
 * i.e. every task gets g_i·d = 1/α_i. As the official code, M is first divided by its Frobenius
 * norm (so α is scale-free and ‖d‖ grows like the gradients), and the shared gradient is clipped
 * to `maxNorm` (default 1, as the official code; parameter mode only, where it is the gradient
 * the official code clips).
 *
 * Solver (the departure from the paper): the official code runs up to 20 steps of a
 * concave-convex procedure, each a cvxpy/ECOS problem, warm-started from the previous training
 * step. The equations are the stationarity conditions of the strictly convex, self-concordant
 * Φ(α) = ½αᵀMα − Σ log α_i, so here damped Newton steps
 * α ← α + Δ/(1 + λ) (Δ = −(M + diag(1/α²))⁻¹(Mα − 1/α), λ the Newton decrement; Nesterov &
 * Nemirovski) run in the graph: they stay inside α > 0 without a line search and converge
 * quadratically once λ < 1/4. The start α_i = 1/√M̂_ii minimises each coordinate's own terms.
 * When the task gradients are linearly dependent (M singular) Φ may have no minimiser and α grows
 * with the iterations, as the CCP's would; the clipping bounds the update then (and the Hessian's
 * diagonal term is floored at 1e-20, which only matters for α > 1e10, so the solve never meets
 * an exactly singular matrix).
 * The Newton steps run in float64 in an in-graph while loop until the residual ‖M̂α − 1/α‖_∞ is
 * at most `tolerance`·max_i 1/α_i (default 1e-12), or `maxIterations` (default 500); the residual
 * is logged as "nash_mtl/residual". (The previous solver took a fixed 20 steps in float32.)
 */
import { Output } from '../../core';
import { numberOption } from './util';
import * as ops from '../../ops';
import { Weighting } from './types';
import { dot, gramWeighting, matVec } from './gram';
import { whileLoop } from './loop';

export interface NashMTLOptions {
  /** Clip the shared gradient to this global norm (default 1, as the official code; 0: no clipping). */
  maxNorm?: number;
  /** Stop when ‖M̂α − 1/α‖_∞ ≤ tolerance·max 1/α (default 1e-12). */
  tolerance?: number;
  /** At most this many damped Newton steps (default 500). */
  maxIterations?: number;
}

export function nashMtl(options: NashMTLOptions = {}): Weighting {
  const maxNorm = numberOption('nashMtl', 'maxNorm', options.maxNorm, 1, '>= 0');
  const tolerance = numberOption('nashMtl', 'tolerance', options.tolerance, 1e-12, '> 0');
  const maxIterations = numberOption('nashMtl', 'maxIterations', options.maxIterations, 500, 'positive integer');
  return gramWeighting({
    name: 'nash_mtl',
    config: { maxNorm, tolerance, maxIterations },
    weights(raw) {
      const graph = raw.graph;
      const m = ops.divNoNan(raw, ops.sqrt(ops.reduceSum(ops.square(raw))));
      // Each coordinate's own minimiser, α_i = 1/√M̂_ii, is the solution when the gradients are orthogonal, and
      // has the right scale when their norms differ by orders of magnitude (α_i ∝ 1/‖g_i‖ roughly).
      const start = ops.rsqrt(ops.maximum(ops.matrixDiagPart(m), 1e-30));
      const residualOf = (alpha: Output, mm: Output) => ops.sub(matVec(mm, alpha), ops.reciprocal(alpha));
      const [, alpha] = whileLoop(
        graph,
        'nash_mtl_newton',
        [ops.constant(graph, 0, 'int32'), start, m],
        ([i, alpha, mm]) => {
          const residual = ops.reduceMax(ops.abs(residualOf(alpha, mm)));
          return ops.logicalAnd(
            ops.less(i, maxIterations),
            ops.greater(residual, ops.mul(ops.reduceMax(ops.reciprocal(alpha)), tolerance)),
          );
        },
        ([i, alpha, mm]) => {
          const inverse = ops.reciprocal(alpha);
          // The floor only matters once α > 1e10 (M singular, α growing): it keeps the solve away from an exactly singular matrix.
          const hessian = ops.add(mm, ops.matrixDiag(ops.maximum(ops.square(inverse), 1e-20)));
          const delta = ops.neg(
            ops.reshape(ops.matrixSolve(hessian, ops.expandDims(residualOf(alpha, mm), 1)), ops.constant(mm.graph, [-1], 'int32')),
          );
          const decrement = ops.sqrt(ops.relu(dot(delta, matVec(hessian, delta))));
          return [ops.add(i, 1), ops.add(alpha, ops.div(delta, ops.add(decrement, 1))), mm];
        },
      );
      return { weights: alpha, logs: { 'nash_mtl/residual': ops.sqrt(ops.reduceSum(ops.square(residualOf(alpha, m)))) } };
    },
    finish(direction, { representationMode }) {
      if (!(maxNorm > 0) || representationMode) return direction;
      const norm = ops.sqrt(ops.reduceSum(ops.square(direction)));
      return ops.mul(direction, ops.div(maxNorm, ops.maximum(norm, maxNorm)));
    },
  });
}
