// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { Output } from '../../core';
import { op1 } from '../builder';
import type { InputOpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `KMC2ChainInitialization`; outputs: index (int64).
 * @param distances (float32)
 * @param seed (int64)
 */
export function kmc2ChainInitialization(distances: OutputLike, seed: OutputLike, options: InputOpOptions = {}): Output {
  return op1('KMC2ChainInitialization', [distances, seed], options);
}

/**
 * TensorFlow op `KmeansPlusPlusInitialization`; outputs: samples (float32).
 * @param points (float32)
 * @param numToSample (int64)
 * @param seed (int64)
 * @param numRetriesPerSample (int64)
 */
export function kmeansPlusPlusInitialization(points: OutputLike, numToSample: OutputLike, seed: OutputLike, numRetriesPerSample: OutputLike, options: InputOpOptions = {}): Output {
  return op1('KmeansPlusPlusInitialization', [points, numToSample, seed, numRetriesPerSample], options);
}

/** Options of {@link kthOrderStatistic} (TensorFlow op `KthOrderStatistic`). */
export interface KthOrderStatisticOptions extends InputOpOptions {
  /** `k` (int). */
  k: number;
}

/**
 * TensorFlow op `KthOrderStatistic`; outputs: output (float32).
 * @param input (float32)
 */
export function kthOrderStatistic(input: OutputLike, options: KthOrderStatisticOptions): Output {
  return op1('KthOrderStatistic', [input], options);
}
