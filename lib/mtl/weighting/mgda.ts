/**
 * MGDA-UB style min-norm combination (Sener & Koltun, NeurIPS 2018): the point of
 * the convex hull of the task gradients with the smallest norm, found with
 * Frank-Wolfe on the Gram matrix M = G·Gᵀ (unrolled in the graph):
 *   t = argmin_i (M α)_i; line search γ between α and e_t; α ← (1 − γ) α + γ e_t.
 * The update is Σ α_i g_i (Σ α_i = 1, as the paper and LibMTL). `rescale` multiplies it by K,
 * the scale of the sum of the task losses (as the CAGrad repository's MGDA baseline does).
 * With two tasks the first step is exact: from α = (½, ½) the line search reaches the min-norm
 * point of the segment, which is the answer. With more, Frank-Wolfe converges as O(1/t); the test
 * reports the KKT residual after the default 50 iterations.
 */
import * as ops from '../../ops';
import { Weighting } from './types';
import { combine, gram, row } from './util';

export function mgda(options: { iterations?: number; rescale?: boolean } = {}): Weighting {
  const iterations = options.iterations ?? 50;
  return {
    name: 'mgda',
    kind: 'gradient',
    supportsRepresentation: true,
    build({ graph, taskNames, taskGradients }) {
      const k = taskNames.length;
      const g = taskGradients();
      const m = ops.stopGradient(gram(g));
      let alpha = ops.constant(graph, Array(k).fill(1 / k), 'float32');
      for (let iteration = 0; iteration < iterations; iteration++) {
        const mAlpha = ops.reshape(ops.matMul(m, ops.expandDims(alpha, 1)), ops.constant(graph, [-1], 'int32'));
        const t = ops.argMin(mAlpha, ops.constant(graph, 0, 'int32'), { outputType: 'int32' });
        const e = ops.oneHot(t, k, 'float32');
        // Exact line search for min over γ ∈ [0, 1] of ‖(1−γ)u + γv‖² with u = Gᵀα, v = g_t:
        // γ = (u·u − u·v) / (u·u − 2u·v + v·v).
        const uu = ops.reduceSum(ops.mul(alpha, mAlpha));
        const uv = row(mAlpha, t);
        const vv = row(row(m, t), t);
        const gamma = ops.clipByValue(ops.divNoNan(ops.sub(uu, uv), ops.add(ops.sub(uu, ops.mul(uv, 2)), vv)), 0, 1);
        alpha = ops.add(ops.mul(alpha, ops.sub(ops.constant(graph, 1, 'float32'), gamma)), ops.mul(e, gamma));
      }
      const weights = options.rescale ? ops.mul(alpha, k) : alpha;
      return { sharedGradient: combine(weights, g), weights };
    },
  };
}
