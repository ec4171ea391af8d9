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
 * Φ(α) = ½αᵀMα − Σ log α_i, so here a fixed number of damped Newton steps
 * α ← α + Δ/(1 + λ) (Δ = −(M + diag(1/α²))⁻¹(Mα − 1/α), λ the Newton decrement; Nesterov &
 * Nemirovski) run in the graph: they stay inside α > 0 without a line search and converge
 * quadratically once λ < 1/4. The start α = t·1 minimises Φ along the diagonal. When the task
 * gradients are linearly dependent (M singular) Φ may have no minimiser and α grows with the
 * iterations, as the CCP's would; the clipping bounds the update then (and the Hessian's diagonal
 * term is floored at 1e-4, which only matters for α > 100, so the float32 solve never meets an
 * exactly singular matrix).
 * The residual ‖M̂α − 1/α‖ is logged as "nash_mtl/residual"; the test checks it after the default
 * 20 iterations.
 */
import * as ops from '../../ops';
import { Weighting } from './types';
import { combine, gram } from './util';
import { dot, filled, matVec, scalar } from './gram';

export interface NashMTLOptions {
  /** Damped Newton steps (default 20). */
  iterations?: number;
  /** Clip the shared gradient to this global norm (default 1, as the official code; 0: no clipping). */
  maxNorm?: number;
}

export function nashMtl(options: NashMTLOptions = {}): Weighting {
  const iterations = options.iterations ?? 20;
  const maxNorm = options.maxNorm ?? 1;
  if (!(Number.isInteger(iterations) && iterations >= 1)) throw new RangeError(`nashMtl: iterations must be a positive integer, got ${iterations}`);
  if (!(Number.isFinite(maxNorm) && maxNorm >= 0)) throw new RangeError(`nashMtl: maxNorm must be a finite number >= 0, got ${maxNorm}`);
  return {
    name: 'nash_mtl',
    kind: 'gradient',
    supportsRepresentation: true,
    getConfig: () => ({ iterations, maxNorm }),
    build({ graph, taskNames, taskGradients, representationMode }) {
      const k = taskNames.length;
      const g = taskGradients();
      const raw = ops.stopGradient(gram(g));
      const m = ops.divNoNan(raw, ops.sqrt(ops.reduceSum(ops.square(raw))));
      // Φ(t·1) is minimal at t = √(K / 1ᵀM1); the floor keeps t ≤ 100 for opposing gradients.
      const total = ops.maximum(ops.reduceSum(m), scalar(graph, 1e-4 * k));
      let alpha = ops.mul(filled(graph, k, 1), ops.sqrt(ops.div(k, total)));
      for (let iteration = 0; iteration < iterations; iteration++) {
        const inverse = ops.reciprocal(alpha);
        const residual = ops.sub(matVec(m, alpha), inverse);
        // The floor only matters once α > 100 (M nearly singular): it keeps the float32 solve away from an exactly singular matrix.
        const hessian = ops.add(m, ops.matrixDiag(ops.maximum(ops.square(inverse), scalar(graph, 1e-4))));
        const delta = ops.neg(ops.reshape(ops.matrixSolve(hessian, ops.expandDims(residual, 1)), ops.constant(graph, [-1], 'int32')));
        const decrement = ops.sqrt(ops.relu(dot(delta, matVec(hessian, delta))));
        alpha = ops.add(alpha, ops.div(delta, ops.add(decrement, 1)));
      }
      let shared = combine(alpha, g);
      if (maxNorm > 0 && !representationMode) {
        const norm = ops.sqrt(ops.reduceSum(ops.square(shared)));
        shared = ops.mul(shared, ops.div(maxNorm, ops.maximum(norm, maxNorm)));
      }
      const logs = { 'nash_mtl/residual': ops.sqrt(ops.reduceSum(ops.square(ops.sub(matVec(m, alpha), ops.reciprocal(alpha))))) };
      return { sharedGradient: shared, weights: alpha, logs };
    },
  };
}
