/**
 * Aligned-MTL (Senushkin et al., CVPR 2023, Algorithm 1): make the task gradients orthogonal and
 * of equal norm, so the system of gradients has condition number 1. With the eigen-decomposition
 * M = G·Gᵀ = VΛVᵀ (SelfAdjointEigV2, eigenvalues above a rank tolerance only),
 *   B = √λ_min · V Λ^{-1/2} Vᵀ,
 * the aligned gradients are BᵀG (their Gram matrix is λ_min·I on the span), and the update is their
 * sum with uniform preferences: d = Gᵀ(B·1), i.e. weights α = B·1. The scale follows the official
 * code (and LibMTL): the smallest retained eigenvalue ("min" scale mode), preferences all 1.
 * (torchjd's AlignedMTL averages instead, so its update is 1/K of this one.)
 * The rank tolerance is the official one: λ_max · K · float32 epsilon.
 */
import * as ops from '../../ops';
import { Weighting } from './types';
import { gramWeighting, scalar } from './gram';

const FLOAT32_EPSILON = 2 ** -23;

export function alignedMtl(): Weighting {
  return gramWeighting({
    name: 'aligned_mtl',
    config: {},
    weights(m, k) {
      const graph = m.graph;
      const { e: eigenvalues, v: eigenvectors } = ops.selfAdjointEigV2(m, { computeV: true });
      const tolerance = ops.mul(ops.reduceMax(eigenvalues), k * FLOAT32_EPSILON);
      const retained = ops.greater(eigenvalues, tolerance);
      // Dropped directions get 0 instead of 1/√λ (the official code slices them off).
      const inverseRoots = ops.selectV2(
        retained,
        ops.rsqrt(ops.maximum(eigenvalues, scalar(graph, 1e-300, m.dtype))),
        ops.zerosLike(eigenvalues),
      );
      const smallest = ops.reduceMin(
        ops.selectV2(retained, eigenvalues, ops.fill(ops.shape(eigenvalues, { outType: 'int32' }), scalar(graph, 1e300, m.dtype))),
      );
      // No retained direction means G = 0: any weights give d = 0; use 0.
      const scale = ops.selectV2(ops.any(retained, ops.constant(graph, [0], 'int32')), ops.sqrt(smallest), scalar(graph, 0, m.dtype));
      const balance = ops.mul(
        ops.matMul(ops.mul(eigenvectors, ops.expandDims(inverseRoots, 0)), eigenvectors, { transposeB: true }),
        scale,
      );
      return { weights: ops.reduceSum(balance, [1]) };
    },
  });
}
