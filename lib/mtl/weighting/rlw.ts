/**
 * Random loss weighting (RLW; Lin et al., TMLR 2022, "Reasonable Effectiveness
 * of Random Weighting: A Litmus Test for Multi-Task Learning"): each step,
 * weights λ = softmax(ε) with ε ~ N(0, I_K), objective Σ_i λ_i L_i. The paper
 * shows this random baseline matches many tuned weightings, and argues it escapes
 * local minima more easily than fixed weights.
 *
 * ε comes from a stateless generator keyed by (seed, global step), not from a
 * stateful op: the same seed and step give the same weights, so runs are
 * reproducible and a run resumed from a checkpoint (which holds the step)
 * continues the same sequence.
 */
import { invalidArgument } from '../../core';
import * as ops from '../../ops';
import { Weighting } from './types';
import { weightedLossSum } from './util';

export interface RandomLossWeightingOptions {
  /** Seed of the weight sequence (default: the model's seed). */
  seed?: number;
}

/** Mixed into the seed so the weights are a stream of their own, not the one dropout draws from with the same seed. */
const STREAM = 0x524c57n; // "RLW"

export function rlw(options: RandomLossWeightingOptions = {}): Weighting {
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed))
    throw invalidArgument(`rlw: seed must be an integer, got ${options.seed}`);
  return {
    name: 'rlw',
    kind: 'loss',
    supportsRepresentation: false,
    getConfig: () => (options.seed === undefined ? {} : { seed: options.seed }),
    build({ graph, state, taskNames, losses, step }) {
      const key = BigInt.asIntN(64, BigInt(options.seed ?? state.seed) * 1000003n + STREAM);
      const seed = ops.pack([ops.constant(graph, key, 'int64'), step], { axis: 0 });
      const noise = ops.statelessRandomNormal(ops.constant(graph, [taskNames.length], 'int32'), seed, { dtype: 'float32' });
      const weights = ops.stopGradient(ops.softmax(noise));
      return { objective: weightedLossSum(weights, losses), weights };
    },
  };
}
