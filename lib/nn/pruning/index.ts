/**
 * nn.pruning: magnitude pruning on a sparsity schedule, as the TensorFlow Model Optimization
 * toolkit does it (prune_low_magnitude, ConstantSparsity, PolynomialDecay). Masks live in the
 * graph and in checkpoints; exports hold plain kernels with the pruned weights zero.
 */
import { PruneLowMagnitude, PruneLowMagnitudeOptions } from './wrapper';

export { PruneLowMagnitude } from './wrapper';
export type { PruneLowMagnitudeOptions } from './wrapper';
export { constantSparsity, polynomialDecay, getSchedule, serializeSchedule } from './schedules';
export type { PruningSchedule, ConstantSparsityOptions, PolynomialDecayOptions } from './schedules';
export { pruneModel, prunedWeightNames, PRUNABLE_BY_DEFAULT } from './prune-model';
export type { PruneModelOptions } from './prune-model';

/** Wraps a layer so that its kernel (or `weights`) is pruned by magnitude on `schedule`. */
export function pruneLowMagnitude(options: PruneLowMagnitudeOptions): PruneLowMagnitude {
  return new PruneLowMagnitude(options);
}
