/**
 * Geometric loss strategy (GLS; Chennupati, Sistu, Yogamani & Rawashdeh, CVPR
 * Workshops 2019, "MultiNet++"): the geometric mean of the task losses,
 * (Π_i L_i)^{1/K}. Being scale-invariant per task, it balances losses of very
 * different magnitudes without tuning: its gradient weights are
 * ∂GLS/∂L_i = GLS / (K · L_i), so a task whose loss is small is weighted up.
 *
 * Computed as exp(mean_i log(L_i + ε)): the product of many small losses would
 * underflow float32, and ε keeps a zero loss (a batch with no label for a task)
 * from making log and the gradient infinite.
 */
import * as ops from '../../ops';
import { Weighting } from './types';
import { numberOption, stackLosses } from './util';

export interface GeometricMeanOptions {
  /** Added to each loss before the log (default 1e-8; 0 for the exact product). */
  epsilon?: number;
}

export function gls(options: GeometricMeanOptions = {}): Weighting {
  const epsilon = numberOption('gls', 'epsilon', options.epsilon, 1e-8, '>= 0');
  return {
    name: 'gls',
    kind: 'loss',
    supportsRepresentation: false,
    getConfig: () => ({ epsilon }),
    build({ taskNames, losses }) {
      const shifted = ops.add(stackLosses(losses), epsilon);
      const objective = ops.exp(ops.reduceMean(ops.log(shifted)));
      // LibMTL reports L_i / (K·Π L) here; the weights of the gradient actually taken are these.
      const weights = ops.realDiv(ops.stopGradient(objective), ops.mul(shifted, taskNames.length));
      return { objective, weights };
    },
  };
}
