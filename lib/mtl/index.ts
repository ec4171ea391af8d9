/** lib/mtl: multi-task models, weighting strategies, architectures and diagnostics. */
export { MultiTaskModel, model, deltaM, load } from './model';
export type { MultiTaskConfig, TaskSpec } from './model';
export type { Weighting, WeightingContext, WeightingResult } from './weighting/types';
export * as architectures from './architectures';
export { serializeMultiTask, deserializeMultiTask, serializeWeighting, MULTI_TASK_FORMAT, MULTI_TASK_VERSION } from './serialization';
export type { MultiTaskJSON, TaskJSON } from './serialization';

/** Weighting strategies (loss-based and gradient-based), their registry and `aggregate`. */
export * as weighting from './weighting';
export {
  distill,
  distillationLoss,
  teacher,
  backbone,
  extractFeatures,
  openFeatureCache,
  Distiller,
  Teacher,
  Backbone,
  FeatureCache,
} from './transfer';
export { importSavedModel, FEATURE_EXTRACTION_FALLBACK } from './transfer/finetune';
export type { ImportSavedModelOptions } from './transfer/finetune';
export { ImportedLayer } from './transfer/imported-layer';
export type { TrainableLayers } from './transfer/imported-layer';
export * as multimodal from './multimodal';
export * as rl from './rl';
export * as meta from './meta';
