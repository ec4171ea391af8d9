/** lib/mtl: multi-task models, weighting strategies, architectures and diagnostics. */
import { equal } from './weighting/equal';
import { weightedSumOf } from './weighting/static';
import { uncertainty } from './weighting/uncertainty';
import { max } from './weighting/max';
import { smoothMax } from './weighting/smooth-max';
import { dwa } from './weighting/dwa';
import { gls } from './weighting/gls';
import { rlw } from './weighting/rlw';
import { famo } from './weighting/famo';
import { pcgrad } from './weighting/pcgrad';
import { mgda } from './weighting/mgda';
import { cagrad } from './weighting/cagrad';
import { gradvac } from './weighting/gradvac';
import { imtlG } from './weighting/imtl';
import { nashMtl } from './weighting/nashmtl';
import { alignedMtl } from './weighting/aligned';
import { upgrad } from './weighting/upgrad';
import { gradnorm } from './weighting/gradnorm';

export { MultiTaskModel, model, deltaM, load } from './model';
export type { MultiTaskConfig, TaskSpec } from './model';
export type { Weighting, WeightingContext, WeightingResult } from './weighting/types';
export * as architectures from './architectures';
export { serializeMultiTask, deserializeMultiTask, serializeWeighting, MULTI_TASK_FORMAT, MULTI_TASK_VERSION } from './serialization';
export type { MultiTaskJSON, TaskJSON } from './serialization';

/** Weighting strategies (loss-based and gradient-based). */
export const weighting = {
  equal,
  weightedSum: weightedSumOf,
  uncertainty,
  max,
  smoothMax,
  dwa,
  gls,
  rlw,
  famo,
  pcgrad,
  mgda,
  cagrad,
  gradvac,
  imtlG,
  nashMtl,
  alignedMtl,
  upgrad,
  gradnorm,
};
export { distill, distillationLoss, teacher, backbone, extractFeatures, openFeatureCache, Distiller, Teacher, Backbone, FeatureCache } from './transfer';
export { importSavedModel, FEATURE_EXTRACTION_FALLBACK } from './transfer/finetune';
export type { ImportSavedModelOptions } from './transfer/finetune';
export { ImportedLayer } from './transfer/imported-layer';
export type { TrainableLayers } from './transfer/imported-layer';
export * as multimodal from './multimodal';
