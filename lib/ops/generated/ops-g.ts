// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Graph, Output } from '../../core';
import { op1, opList, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `GRUBlockCell`; outputs: r (dtype T), u (dtype T), c (dtype T), h (dtype T).
 * T: one of float32.
 * @param x (dtype T)
 * @param hPrev (dtype T)
 * @param wRu (dtype T)
 * @param wC (dtype T)
 * @param bRu (dtype T)
 * @param bC (dtype T)
 */
export function gruBlockCell(x: OutputLike, hPrev: OutputLike, wRu: OutputLike, wC: OutputLike, bRu: OutputLike, bC: OutputLike, options: InputOpOptions = {}): { r: Output; u: Output; c: Output; h: Output } {
  return opOutputs<{ r: Output; u: Output; c: Output; h: Output }>('GRUBlockCell', [x, hPrev, wRu, wC, bRu, bC], options);
}

/**
 * TensorFlow op `GRUBlockCellGrad`; outputs: d_x (dtype T), d_h_prev (dtype T), d_c_bar (dtype T), d_r_bar_u_bar (dtype T).
 * T: one of float32.
 * @param x (dtype T)
 * @param hPrev (dtype T)
 * @param wRu (dtype T)
 * @param wC (dtype T)
 * @param bRu (dtype T)
 * @param bC (dtype T)
 * @param r (dtype T)
 * @param u (dtype T)
 * @param c (dtype T)
 * @param dH (dtype T)
 */
export function gruBlockCellGrad(x: OutputLike, hPrev: OutputLike, wRu: OutputLike, wC: OutputLike, bRu: OutputLike, bC: OutputLike, r: OutputLike, u: OutputLike, c: OutputLike, dH: OutputLike, options: InputOpOptions = {}): { dX: Output; dHPrev: Output; dCBar: Output; dRBarUBar: Output } {
  return opOutputs<{ dX: Output; dHPrev: Output; dCBar: Output; dRBarUBar: Output }>('GRUBlockCellGrad', [x, hPrev, wRu, wC, bRu, bC, r, u, c, dH], options);
}

/** Options of {@link gather} (TensorFlow op `Gather`). */
export interface GatherOptions extends InputOpOptions {
  /** `validate_indices` (bool). Default true. */
  validateIndices?: boolean;
}

/**
 * TensorFlow op `Gather`; outputs: output (dtype Tparams).
 * Tindices: one of int32, int64.
 * @param params (dtype Tparams)
 * @param indices (dtype Tindices)
 */
export function gather(params: OutputLike, indices: OutputLike, options: GatherOptions = {}): Output {
  return op1('Gather', [params, indices], options);
}

/** Options of {@link gatherNd} (TensorFlow op `GatherNd`). */
export interface GatherNdOptions extends InputOpOptions {
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `GatherNd`; outputs: output (dtype Tparams).
 * Tindices: one of int16, int32, int64.
 * @param params (dtype Tparams)
 * @param indices (dtype Tindices)
 */
export function gatherNd(params: OutputLike, indices: OutputLike, options: GatherNdOptions = {}): Output {
  return op1('GatherNd', [params, indices], options);
}

/** Options of {@link gatherV2} (TensorFlow op `GatherV2`). */
export interface GatherV2Options extends InputOpOptions {
  /** `batch_dims` (int). Default 0. */
  batchDims?: number;
}

/**
 * TensorFlow op `GatherV2`; outputs: output (dtype Tparams).
 * Tindices: one of int16, int32, int64.
 * Taxis: one of int32, int64.
 * @param params (dtype Tparams)
 * @param indices (dtype Tindices)
 * @param axis (dtype Taxis)
 */
export function gatherV2(params: OutputLike, indices: OutputLike, axis: OutputLike, options: GatherV2Options = {}): Output {
  return op1('GatherV2', [params, indices, axis], options);
}

/** Options of {@link generateBoundingBoxProposals} (TensorFlow op `GenerateBoundingBoxProposals`). */
export interface GenerateBoundingBoxProposalsOptions extends InputOpOptions {
  /** `post_nms_topn` (int). Default 300. */
  postNmsTopn?: number;
}

/**
 * TensorFlow op `GenerateBoundingBoxProposals`; outputs: rois (float32), roi_probabilities (float32).
 * @param scores (float32)
 * @param bboxDeltas (float32)
 * @param imageInfo (float32)
 * @param anchors (float32)
 * @param nmsThreshold (float32)
 * @param preNmsTopn (int32)
 * @param minSize (float32)
 */
export function generateBoundingBoxProposals(scores: OutputLike, bboxDeltas: OutputLike, imageInfo: OutputLike, anchors: OutputLike, nmsThreshold: OutputLike, preNmsTopn: OutputLike, minSize: OutputLike, options: GenerateBoundingBoxProposalsOptions = {}): { rois: Output; roiProbabilities: Output } {
  return opOutputs<{ rois: Output; roiProbabilities: Output }>('GenerateBoundingBoxProposals', [scores, bboxDeltas, imageInfo, anchors, nmsThreshold, preNmsTopn, minSize], options);
}

/** Options of {@link generateVocabRemapping} (TensorFlow op `GenerateVocabRemapping`). */
export interface GenerateVocabRemappingOptions extends InputOpOptions {
  /** `new_vocab_offset` (int). Minimum 0. */
  newVocabOffset: number;
  /** `num_new_vocab` (int). Minimum 0. */
  numNewVocab: number;
  /** `old_vocab_size` (int). Minimum -1. Default -1. */
  oldVocabSize?: number;
}

/**
 * TensorFlow op `GenerateVocabRemapping`; outputs: remapping (int64), num_present (int32).
 * @param newVocabFile (string)
 * @param oldVocabFile (string)
 */
export function generateVocabRemapping(newVocabFile: OutputLike, oldVocabFile: OutputLike, options: GenerateVocabRemappingOptions): { remapping: Output; numPresent: Output } {
  return opOutputs<{ remapping: Output; numPresent: Output }>('GenerateVocabRemapping', [newVocabFile, oldVocabFile], options);
}

/** Options of {@link getElementAtIndex} (TensorFlow op `GetElementAtIndex`). */
export interface GetElementAtIndexOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `GetElementAtIndex`; outputs: components (list, dtypes output_types).
 * @param dataset (variant)
 * @param index (int64)
 */
export function getElementAtIndex(dataset: OutputLike, index: OutputLike, options: GetElementAtIndexOptions): Output[] {
  return opList('GetElementAtIndex', [dataset, index], options);
}

/** Options of {@link getMinibatchSplitsWithPhysicalReplica} (TensorFlow op `GetMinibatchSplitsWithPhysicalReplica`). */
export interface GetMinibatchSplitsWithPhysicalReplicaOptions extends InputOpOptions {
  /** `sample_count` (int). Minimum 1. */
  sampleCount: number;
  /** `num_replica` (int). Minimum 1. */
  numReplica: number;
  /** `table_vocab_size` (int). Minimum 1. */
  tableVocabSize: number;
  /** `feature_width` (int). Minimum 1. */
  featureWidth: number;
  /** `num_sc_per_chip` (int). Minimum 1. */
  numScPerChip: number;
  /** `table_name` (string). */
  tableName: string;
  /** `mini_batch_splits` (string). */
  miniBatchSplits: string;
}

/**
 * TensorFlow op `GetMinibatchSplitsWithPhysicalReplica`; outputs: sorted_row_ids (int32), sorted_col_ids (int32), sorted_gains (float32), splits (int64), id_counts (int32), max_ids (int32), max_uniques (int32).
 * @param programKey (string)
 * @param rowIds (int32)
 * @param colIds (int32)
 * @param gains (float32)
 */
export function getMinibatchSplitsWithPhysicalReplica(programKey: OutputLike, rowIds: OutputLike, colIds: OutputLike, gains: OutputLike, options: GetMinibatchSplitsWithPhysicalReplicaOptions): { sortedRowIds: Output; sortedColIds: Output; sortedGains: Output; splits: Output; idCounts: Output; maxIds: Output; maxUniques: Output } {
  return opOutputs<{ sortedRowIds: Output; sortedColIds: Output; sortedGains: Output; splits: Output; idCounts: Output; maxIds: Output; maxUniques: Output }>('GetMinibatchSplitsWithPhysicalReplica', [programKey, rowIds, colIds, gains], options);
}

/** Options of {@link getMinibatchesInCsrWithPhysicalReplica} (TensorFlow op `GetMinibatchesInCsrWithPhysicalReplica`). */
export interface GetMinibatchesInCsrWithPhysicalReplicaOptions extends InputOpOptions {
  /** `sample_count` (int). Minimum 1. */
  sampleCount: number;
  /** `num_replica` (int). Minimum 1. */
  numReplica: number;
  /** `max_minibatches_per_sc` (int). Minimum 1. */
  maxMinibatchesPerSc: number;
  /** `max_ids_per_chip_per_sample` (int). Minimum 1. */
  maxIdsPerChipPerSample: number;
  /** `table_vocab_size` (int). Minimum 1. */
  tableVocabSize: number;
  /** `feature_width` (int). Minimum 1. */
  featureWidth: number;
  /** `num_sc_per_chip` (int). Minimum 1. */
  numScPerChip: number;
  /** `table_name` (string). */
  tableName: string;
  /** `mini_batch_in_csr` (string). */
  miniBatchInCsr: string;
}

/**
 * TensorFlow op `GetMinibatchesInCsrWithPhysicalReplica`; outputs: row_pointers (int32), sorted_sample_ids (int32), sorted_token_ids (int32), sorted_gains (float32), row_pointers_unpadded_size (int32), ids_unpadded_size (int32), num_minibatches_per_physical_sparse_core (int32).
 * @param programKey (string)
 * @param rowIds (int32)
 * @param colIds (int32)
 * @param gains (float32)
 * @param splits (int64)
 * @param idCounts (int32)
 */
export function getMinibatchesInCsrWithPhysicalReplica(programKey: OutputLike, rowIds: OutputLike, colIds: OutputLike, gains: OutputLike, splits: OutputLike, idCounts: OutputLike, options: GetMinibatchesInCsrWithPhysicalReplicaOptions): { rowPointers: Output; sortedSampleIds: Output; sortedTokenIds: Output; sortedGains: Output; rowPointersUnpaddedSize: Output; idsUnpaddedSize: Output; numMinibatchesPerPhysicalSparseCore: Output } {
  return opOutputs<{ rowPointers: Output; sortedSampleIds: Output; sortedTokenIds: Output; sortedGains: Output; rowPointersUnpaddedSize: Output; idsUnpaddedSize: Output; numMinibatchesPerPhysicalSparseCore: Output }>('GetMinibatchesInCsrWithPhysicalReplica', [programKey, rowIds, colIds, gains, splits, idCounts], options);
}

/**
 * TensorFlow op `GetOptions`; outputs: serialized_options (string).
 * @param inputDataset (variant)
 */
export function getOptions(inputDataset: OutputLike, options: InputOpOptions = {}): Output {
  return op1('GetOptions', [inputDataset], options);
}

/**
 * TensorFlow op `GetSessionHandle`; outputs: handle (string).
 * @param value (dtype T)
 */
export function getSessionHandle(value: OutputLike, options: InputOpOptions = {}): Output {
  return op1('GetSessionHandle', [value], options);
}

/**
 * TensorFlow op `GetSessionHandleV2`; outputs: handle (resource).
 * @param value (dtype T)
 */
export function getSessionHandleV2(value: OutputLike, options: InputOpOptions = {}): Output {
  return op1('GetSessionHandleV2', [value], options);
}

/** Options of {@link getSessionTensor} (TensorFlow op `GetSessionTensor`). */
export interface GetSessionTensorOptions extends InputOpOptions {
  /** `dtype` (type). */
  dtype: DType;
}

/**
 * TensorFlow op `GetSessionTensor`; outputs: value (dtype dtype).
 * @param handle (string)
 */
export function getSessionTensor(handle: OutputLike, options: GetSessionTensorOptions): Output {
  return op1('GetSessionTensor', [handle], options);
}

/** Options of {@link getStatsFromListOfSparseCoreCooTensors} (TensorFlow op `GetStatsFromListOfSparseCoreCooTensors`). */
export interface GetStatsFromListOfSparseCoreCooTensorsOptions extends InputOpOptions {
  /** `sample_count_list` (list(int)). */
  sampleCountList: number[];
  /** `col_offset_list` (list(int)). */
  colOffsetList: number[];
  /** `num_replica` (int). Minimum 1. */
  numReplica: number;
  /** `table_vocab_size` (int). Minimum 1. */
  tableVocabSize: number;
  /** `feature_width` (int). Minimum 1. */
  featureWidth: number;
  /** `num_sc_per_chip` (int). Minimum 1. */
  numScPerChip: number;
  /** `table_name` (string). */
  tableName: string;
}

/**
 * TensorFlow op `GetStatsFromListOfSparseCoreCooTensors`; outputs: max_ids_per_sparse_core (int32), max_unique_ids_per_sparse_core (int32).
 * @param rowIdsList (list of N, int32)
 * @param colIdsList (list of N, int32)
 * @param gainsList (list of N, float32)
 */
export function getStatsFromListOfSparseCoreCooTensors(rowIdsList: OutputLike[], colIdsList: OutputLike[], gainsList: OutputLike[], options: GetStatsFromListOfSparseCoreCooTensorsOptions): { maxIdsPerSparseCore: Output; maxUniqueIdsPerSparseCore: Output } {
  return opOutputs<{ maxIdsPerSparseCore: Output; maxUniqueIdsPerSparseCore: Output }>('GetStatsFromListOfSparseCoreCooTensors', [rowIdsList, colIdsList, gainsList], options);
}

/** TensorFlow op `GlobalIterId`; outputs: iter_id (int64). */
export function globalIterId(graph: Graph, options: OpOptions = {}): Output {
  return op1('GlobalIterId', graph, options);
}

/**
 * TensorFlow op `Greater`; outputs: z (bool).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function greater(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Greater', [x, y], options);
}

/**
 * TensorFlow op `GreaterEqual`; outputs: z (bool).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function greaterEqual(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('GreaterEqual', [x, y], options);
}

/**
 * TensorFlow op `GuaranteeConst`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function guaranteeConst(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('GuaranteeConst', [input], options);
}
