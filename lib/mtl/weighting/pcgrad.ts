/**
 * PCGrad (Yu et al., NeurIPS 2020): for each task gradient g_i, in a random
 * order of the other tasks j, remove the component along g_j when they conflict
 * (g_i·g_j < 0): g_i ← g_i − (g_i·g_j / ‖g_j‖²) g_j. The update is Σ_i g_i.
 * The order is drawn per step from a stateless generator seeded by the step.
 * As the paper's Algorithm 1 (T_j ~ B \ T_i), g_i is never projected on its own original
 * gradient: once projected on others, g_i'·g_i can be negative (in about 7% of random
 * three-to-five-task cases), and LibMTL and Pytorch-PCGrad, which shuffle all tasks, would then
 * also project it off g_i.
 */
import { Output } from '../../core';
import * as ops from '../../ops';
import { Weighting } from './types';
import { row } from './util';

export function pcgrad(options: { seed?: number } = {}): Weighting {
  return {
    name: 'pcgrad',
    kind: 'gradient',
    supportsRepresentation: true,
    getConfig: () => (options.seed === undefined ? {} : { seed: options.seed }),
    build({ graph, taskNames, taskGradients, step }) {
      const k = taskNames.length;
      const g = taskGradients();
      const rows = ops.unpack(g, { num: k, axis: 0 });
      const seed = ops.pack([ops.constant(graph, BigInt(options.seed ?? 0x5eed), 'int64'), step], { axis: 0 });
      // One random permutation of the other tasks per projected task: argsort of uniform keys in
      // [0, 1), with task i's own key pushed below 0 so that it comes last and is skipped.
      const identity = ops.constant(
        graph,
        Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))),
        'float32',
      );
      const keys = ops.sub(
        ops.statelessRandomUniform(ops.constant(graph, [k, k], 'int32'), seed, { dtype: 'float32' }),
        ops.mul(identity, 2),
      );
      const orders = ops.topKV2(keys, ops.constant(graph, k, 'int32')).indices;
      const projected: Output[] = [];
      for (let i = 0; i < k; i++) {
        let gi = rows[i];
        const order = ops.unpack(row(orders, i), { num: k, axis: 0 });
        for (let position = 0; position < k - 1; position++) {
          const gj = row(g, order[position]);
          const dot = ops.reduceSum(ops.mul(gi, gj));
          const normSquared = ops.reduceSum(ops.square(gj));
          // Project only on conflict.
          const conflict = ops.cast(ops.less(dot, 0), g.dtype);
          gi = ops.sub(gi, ops.mul(ops.mul(conflict, ops.divNoNan(dot, normSquared)), gj));
        }
        projected.push(gi);
      }
      return { sharedGradient: ops.addN(projected), weights: ops.onesLike(ops.reduceSum(g, [1])) };
    },
  };
}
