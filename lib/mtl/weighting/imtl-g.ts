/**
 * IMTL-G, the gradient half of impartial multi-task learning (Liu et al., ICLR 2021): the update
 * g = Σ_i α_i g_i (Σ α_i = 1) has the same projection on every task's unit gradient u_i, which
 * the paper solves in closed form with D = [g_1 − g_i]ᵢ₌₂..K and U = [u_1 − u_i]ᵢ₌₂..K:
 *   α_{2..K} = g_1·Uᵀ (D·Uᵀ)⁻¹,   α_1 = 1 − Σ_{i≥2} α_i.
 * Every entry of g_1·Uᵀ and D·Uᵀ is a sum of entries of Q = M·diag(1/‖g_j‖) (Q_ij = g_i·u_j),
 * so the whole method runs on the Gram matrix M (and in the representation mode). IMTL-L (the
 * learned loss scales of the paper's hybrid IMTL, which LibMTL's IMTL includes) is a loss-based
 * method and not part of this module.
 *
 * The (K−1)×(K−1) system is solved with MatrixSolve (forward only). D·Uᵀ is singular when two
 * task gradients point the same way (it is exactly zero for two equal gradients), and
 * TensorFlow's MatrixSolve fails on an exactly singular matrix; a ridge of 1e-13 × the mean
 * absolute entries of D·Uᵀ and Q (the solve is in float64) keeps it defined there (equal
 * gradients then get α = (1, 0, ...), the same update) and moves a well-conditioned solution by
 * about 1e-13 relative.
 */
import * as ops from '../../ops';
import { Weighting } from './types';
import { filled, gramWeighting, identity } from './gram';

export function imtlG(): Weighting {
  return gramWeighting({
    name: 'imtl_g',
    config: {},
    weights(m, k) {
      const graph = m.graph;
      if (k === 1) return { weights: filled(graph, 1, 1, m.dtype) };
      const norms = ops.sqrt(ops.matrixDiagPart(m));
      // Q_ij = g_i·u_j (a task with a zero gradient gets u = 0).
      const q = ops.divNoNan(m, ops.expandDims(norms, 0));
      const at = (r: number, c: number) => ops.constant(graph, [r, c], 'int32');
      const q11 = ops.slice(q, at(0, 0), at(1, 1)); // g_1·u_1
      const firstRow = ops.slice(q, at(0, 1), at(1, k - 1)); // g_1·u_j, j ≥ 2
      const firstColumn = ops.slice(q, at(1, 0), at(k - 1, 1)); // g_i·u_1, i ≥ 2
      const rest = ops.slice(q, at(1, 1), at(k - 1, k - 1)); // g_i·u_j, i, j ≥ 2
      // g_1·Uᵀ: (g_1·u_1 − g_1·u_j)_j, a (1, K−1) row.
      const target = ops.sub(q11, firstRow);
      // D·Uᵀ: (g_1 − g_i)·(u_1 − u_j) = Q11 − Q1j − Qi1 + Qij.
      const system = ops.add(ops.sub(ops.sub(q11, firstRow), firstColumn), rest);
      const ridgeScale = ops.add(ops.mul(ops.add(ops.reduceMean(ops.abs(system)), ops.reduceMean(ops.abs(q))), 1e-13), 1e-300);
      const regularised = ops.add(system, ops.mul(identity(graph, k - 1, m.dtype), ridgeScale));
      // α_{2..K} solves α·(D·Uᵀ) = g_1·Uᵀ, i.e. (D·Uᵀ)ᵀ αᵀ = (g_1·Uᵀ)ᵀ.
      const others = ops.reshape(
        ops.matrixSolve(regularised, ops.transpose(target, ops.constant(graph, [1, 0], 'int32')), { adjoint: true }),
        ops.constant(graph, [-1], 'int32'),
      );
      const first = ops.sub(ops.constant(graph, [1], m.dtype), ops.reduceSum(others, [0], true));
      return { weights: ops.concatV2([first, others], ops.constant(graph, 0, 'int32')) };
    },
  });
}
