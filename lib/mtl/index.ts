/** lib/mtl: multi-task models, weighting strategies, architectures and diagnostics. */
import { equal } from './weighting/equal';
import { weightedSumOf } from './weighting/static';
import { uncertainty } from './weighting/uncertainty';
import { pcgrad } from './weighting/pcgrad';
import { mgda } from './weighting/mgda';

export { MultiTaskModel, model, deltaM } from './model';
export type { MultiTaskConfig, TaskSpec } from './model';
export type { Weighting, WeightingContext, WeightingResult } from './weighting/types';

/** Weighting strategies (loss-based and gradient-based). */
export const weighting = {
  equal,
  weightedSum: weightedSumOf,
  uncertainty,
  pcgrad,
  mgda,
};
