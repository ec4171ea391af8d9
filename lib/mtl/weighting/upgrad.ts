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
 * torchjd solves each QP exactly (quadprog). Here the K problems, in v = u + λ with λ ≥ 0, run
 * together as a fixed number of FISTA iterations (projected gradient with Nesterov momentum,
 * Beck & Teboulle 2009, with adaptive restart), with step 1/λ_max, after a Jacobi (diagonal)
 * rescaling λ = D·μ, D = diag(M)^{-1/2}: the bound λ ≥ 0 is unchanged, and the rescaled matrix
 * has a unit diagonal, so tasks whose gradient norms differ by orders of magnitude do not slow it
 * down. Gradients at nearly 0° or 180° still make the QP ill-conditioned and the answer
 * approximate; the test compares the default 100 iterations with the exact solution.
 */
import * as ops from '../../ops';
import { Weighting } from './types';
import { combine, gram } from './util';
import { fistaMomentum, largestEigenvalue, trace } from './gram';

export interface UPGradOptions {
  /** Projected-gradient iterations of the QP (default 100). */
  iterations?: number;
  /** Below this squared Frobenius norm of G the Gram matrix counts as zero (default 1e-4, as torchjd). */
  normEps?: number;
  /** Added to the normalised Gram matrix's diagonal (default 1e-4, as torchjd). */
  regEps?: number;
}

export function upgrad(options: UPGradOptions = {}): Weighting {
  const iterations = options.iterations ?? 100;
  const normEps = options.normEps ?? 1e-4;
  const regEps = options.regEps ?? 1e-4;
  if (!(Number.isInteger(iterations) && iterations >= 1)) throw new RangeError(`upgrad: iterations must be a positive integer, got ${iterations}`);
  if (!(normEps >= 0 && regEps > 0)) throw new RangeError(`upgrad: normEps must be >= 0 and regEps > 0, got ${normEps} and ${regEps}`);
  return {
    name: 'upgrad',
    kind: 'gradient',
    supportsRepresentation: true,
    getConfig: () => ({ iterations, normEps, regEps }),
    build({ graph, taskNames, taskGradients }) {
      const k = taskNames.length;
      const g = taskGradients();
      const raw = ops.stopGradient(gram(g));
      const squaredNorm = trace(raw);
      const normalised = ops.selectV2(ops.less(squaredNorm, normEps), ops.zerosLike(raw), ops.divNoNan(raw, squaredNorm));
      const identity = ops.constant(graph, Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))), 'float32');
      const m = ops.add(normalised, ops.mul(identity, regEps));
      // Row i of every (K, K) matrix below belongs to the QP of task i, with u_i = e_i/K.
      const scale = ops.rsqrt(ops.matrixDiagPart(m)); // D, as a row to broadcast over columns
      const scaled = ops.mul(ops.mul(m, ops.expandDims(scale, 0)), ops.expandDims(scale, 1)); // D·M·D
      const step = ops.reciprocal(largestEigenvalue(scaled));
      // ∂/∂μ of (u + Dμ)ᵀM(u + Dμ) / 2 is D·M·u + (D·M·D)μ; the first part, for all rows at once:
      const linear = ops.mul(ops.mul(m, 1 / k), ops.expandDims(scale, 0));
      let mu = ops.zerosLike(m);
      let y = mu;
      for (const momentum of fistaMomentum(iterations)) {
        const gradient = ops.add(linear, ops.matMul(y, scaled));
        const next = ops.relu(ops.sub(y, ops.mul(gradient, step)));
        const move = ops.sub(next, mu);
        // Adaptive restart (O'Donoghue & Candès 2015, gradient scheme): a row whose momentum points uphill
        // (⟨y − next, next − μ⟩ > 0) takes this step without it. Without this, the fixed FISTA schedule
        // converges only as O(1/n²) on these strongly convex QPs.
        const downhill = ops.cast(ops.lessEqual(ops.reduceSum(ops.mul(ops.sub(y, next), move), [1], true), 0), 'float32');
        y = ops.add(next, ops.mul(move, ops.mul(downhill, momentum)));
        mu = next;
      }
      // v_i = u_i + D·μ_i; the update is Σ_i Gᵀv_i.
      const projections = ops.add(ops.mul(identity, 1 / k), ops.mul(mu, ops.expandDims(scale, 0)));
      const weights = ops.reduceSum(projections, [0]);
      return { sharedGradient: combine(weights, g), weights };
    },
  };
}
