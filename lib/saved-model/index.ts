/**
 * lib/saved-model: SavedModels both ways. `load` runs models trained in Python TensorFlow (or
 * exported by hydra-tf), `save` writes SavedModels Python loads, `inspect` describes one without
 * running it. Exported from 'hydra-tf' as `savedModel`.
 */
export { load, LoadedModel, INLINE_MAX_VARIABLE_BYTES } from './load';
export type { LoadOptions, RunSignatureOptions, Trust } from './load';
export { save } from './save';
export { exportModel } from './export-model';
export type { ExportModelOptions, ExportVariable } from './export-model';
export type { SaveOptions, SaveResult, SignatureSpec } from './save';
export { inspect, formatInfo } from './inspect';
export type { SavedModelInfo } from './inspect';
export { DEFAULT_SIGNATURE, parseSignatures } from './signatures';
export type { Signature, TensorSpec, SignatureInput } from './signatures';
export { DEFAULT_TAGS } from './reader';
export { KNOWN_DANGERS, ATTRIBUTE_RULES, CHECKPOINT_READ_OPS, CHECKPOINT_WRITE_OPS, ASSET_READ_OPS } from './trust';
export { ALLOWED_OPS, ALLOWED_OP_CATEGORIES } from './allowed-ops';
export { DEFAULT_LIMITS } from './reader';
export type { ReadLimits } from './reader';
export type { TrustViolation } from './trust';

// What lib/mtl's transfer builds with (DESIGN.md section 3: a layer is entered through its index).
export { readModelGraph } from './model-graph';
export type { SavedModelGraph } from './model-graph';
export { findSignature, describeShape, prepareFeeds } from './signatures';
export { CALL_OPS, boundVariables, restoredCheckpointKeys, rewriteForGradients } from './inline';
export type { SavedVariableInfo } from './inline';
export { buildSaverGraph } from './saver';
export type { SaverGraph, SaverVariable } from './saver';
