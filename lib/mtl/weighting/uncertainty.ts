/**
 * Uncertainty weighting (Kendall, Gal & Cipolla, CVPR 2018): learnable
 * s_i = log σ_i², objective Σ_i L_i / (2·e^{s_i}) + s_i / 2 (LibMTL's form). For a
 * mean-squared-error task the optimum is e^{s_i} = L_i, i.e. σ_i = RMSE_i.
 */
import { invalidArgument } from '../../core';
import * as ops from '../../ops';
import { Weighting } from './types';
import { learnedVariable, stackLosses, row } from './util';

export function uncertainty(options: { initialLogVariance?: number } = {}): Weighting {
  if (options.initialLogVariance !== undefined && !Number.isFinite(options.initialLogVariance)) {
    throw invalidArgument(`uncertainty: initialLogVariance must be a finite number, got ${options.initialLogVariance}`);
  }
  return {
    name: 'uncertainty',
    kind: 'loss',
    supportsRepresentation: false,
    getConfig: () => ({ initialLogVariance: options.initialLogVariance ?? 0 }),
    build({ state, taskNames, losses }) {
      const logVariance = learnedVariable(state, 'mtl/uncertainty/log_variance', options.initialLogVariance ?? 0, [taskNames.length]);
      const s = logVariance.read();
      const precision = ops.exp(ops.neg(s));
      const objective = ops.reduceSum(ops.add(ops.mul(ops.mul(precision, stackLosses(losses)), 0.5), ops.mul(s, 0.5)));
      const logs = Object.fromEntries(taskNames.map((t, i) => [`sigma/${t}`, ops.exp(ops.mul(row(s, i), 0.5))]));
      return { objective, weights: ops.mul(precision, 0.5), variables: [logVariance], logs };
    },
  };
}
