// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Graph, Output } from '../../core';
import { op1, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link tfRecordReaderV2} (TensorFlow op `TFRecordReaderV2`). */
export interface TfRecordReaderV2Options extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `compression_type` (string). Default "". */
  compressionType?: string;
}

/** TensorFlow op `TFRecordReaderV2`; outputs: reader_handle (resource). */
export function tfRecordReaderV2(graph: Graph, options: TfRecordReaderV2Options = {}): Output {
  return op1('TFRecordReaderV2', graph, options);
}

/** Options of {@link takeManySparseFromTensorsMap} (TensorFlow op `TakeManySparseFromTensorsMap`). */
export interface TakeManySparseFromTensorsMapOptions extends InputOpOptions {
  /** `dtype` (type). */
  dtype: DType;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/**
 * TensorFlow op `TakeManySparseFromTensorsMap`; outputs: sparse_indices (int64), sparse_values (dtype dtype), sparse_shape (int64).
 * @param sparseHandles (int64)
 */
export function takeManySparseFromTensorsMap(sparseHandles: OutputLike, options: TakeManySparseFromTensorsMapOptions): { sparseIndices: Output; sparseValues: Output; sparseShape: Output } {
  return opOutputs<{ sparseIndices: Output; sparseValues: Output; sparseShape: Output }>('TakeManySparseFromTensorsMap', [sparseHandles], options);
}

/**
 * TensorFlow op `Tan`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function tan(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Tan', [x], options);
}

/**
 * TensorFlow op `Tanh`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function tanh(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Tanh', [x], options);
}

/**
 * TensorFlow op `TanhGrad`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param y (dtype T)
 * @param dy (dtype T)
 */
export function tanhGrad(y: OutputLike, dy: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TanhGrad', [y, dy], options);
}

/** Options of {@link temporaryVariable} (TensorFlow op `TemporaryVariable`). */
export interface TemporaryVariableOptions extends OpOptions {
  /** `shape` (shape). */
  shape: number[] | null;
  /** `dtype` (type). */
  dtype: DType;
  /** `var_name` (string). Default "". */
  varName?: string;
}

/** TensorFlow op `TemporaryVariable`; outputs: ref (dtype dtype). */
export function temporaryVariable(graph: Graph, options: TemporaryVariableOptions): Output {
  return op1('TemporaryVariable', graph, options);
}

/** Options of {@link tensorScatterAdd} (TensorFlow op `TensorScatterAdd`). */
export interface TensorScatterAddOptions extends InputOpOptions {
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `TensorScatterAdd`; outputs: output (dtype T).
 * Tindices: one of int32, int64.
 * @param tensor (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function tensorScatterAdd(tensor: OutputLike, indices: OutputLike, updates: OutputLike, options: TensorScatterAddOptions = {}): Output {
  return op1('TensorScatterAdd', [tensor, indices, updates], options);
}

/** Options of {@link tensorScatterMax} (TensorFlow op `TensorScatterMax`). */
export interface TensorScatterMaxOptions extends InputOpOptions {
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `TensorScatterMax`; outputs: output (dtype T).
 * Tindices: one of int32, int64.
 * @param tensor (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function tensorScatterMax(tensor: OutputLike, indices: OutputLike, updates: OutputLike, options: TensorScatterMaxOptions = {}): Output {
  return op1('TensorScatterMax', [tensor, indices, updates], options);
}

/** Options of {@link tensorScatterMin} (TensorFlow op `TensorScatterMin`). */
export interface TensorScatterMinOptions extends InputOpOptions {
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `TensorScatterMin`; outputs: output (dtype T).
 * Tindices: one of int32, int64.
 * @param tensor (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function tensorScatterMin(tensor: OutputLike, indices: OutputLike, updates: OutputLike, options: TensorScatterMinOptions = {}): Output {
  return op1('TensorScatterMin', [tensor, indices, updates], options);
}

/** Options of {@link tensorScatterSub} (TensorFlow op `TensorScatterSub`). */
export interface TensorScatterSubOptions extends InputOpOptions {
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `TensorScatterSub`; outputs: output (dtype T).
 * Tindices: one of int32, int64.
 * @param tensor (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function tensorScatterSub(tensor: OutputLike, indices: OutputLike, updates: OutputLike, options: TensorScatterSubOptions = {}): Output {
  return op1('TensorScatterSub', [tensor, indices, updates], options);
}

/** Options of {@link tensorScatterUpdate} (TensorFlow op `TensorScatterUpdate`). */
export interface TensorScatterUpdateOptions extends InputOpOptions {
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `TensorScatterUpdate`; outputs: output (dtype T).
 * Tindices: one of int16, int32, int64, uint16.
 * @param tensor (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function tensorScatterUpdate(tensor: OutputLike, indices: OutputLike, updates: OutputLike, options: TensorScatterUpdateOptions = {}): Output {
  return op1('TensorScatterUpdate', [tensor, indices, updates], options);
}

/** Options of {@link tensorStridedSliceUpdate} (TensorFlow op `TensorStridedSliceUpdate`). */
export interface TensorStridedSliceUpdateOptions extends InputOpOptions {
  /** `begin_mask` (int). Default 0. */
  beginMask?: number;
  /** `end_mask` (int). Default 0. */
  endMask?: number;
  /** `ellipsis_mask` (int). Default 0. */
  ellipsisMask?: number;
  /** `new_axis_mask` (int). Default 0. */
  newAxisMask?: number;
  /** `shrink_axis_mask` (int). Default 0. */
  shrinkAxisMask?: number;
}

/**
 * TensorFlow op `TensorStridedSliceUpdate`; outputs: output (dtype T).
 * Index: one of int32, int64.
 * @param input (dtype T)
 * @param begin (dtype Index)
 * @param end (dtype Index)
 * @param strides (dtype Index)
 * @param value (dtype T)
 */
export function tensorStridedSliceUpdate(input: OutputLike, begin: OutputLike, end: OutputLike, strides: OutputLike, value: OutputLike, options: TensorStridedSliceUpdateOptions = {}): Output {
  return op1('TensorStridedSliceUpdate', [input, begin, end, strides, value], options);
}

/** Options of {@link tensorSummary} (TensorFlow op `TensorSummary`). */
export interface TensorSummaryOptions extends InputOpOptions {
  /** `description` (string). Default "". */
  description?: string;
  /** `labels` (list(string)). Default []. */
  labels?: string[];
  /** `display_name` (string). Default "". */
  displayName?: string;
}

/**
 * TensorFlow op `TensorSummary`; outputs: summary (string).
 * @param tensor (dtype T)
 */
export function tensorSummary(tensor: OutputLike, options: TensorSummaryOptions = {}): Output {
  return op1('TensorSummary', [tensor], options);
}

/**
 * TensorFlow op `TensorSummaryV2`; outputs: summary (string).
 * @param tag (string)
 * @param tensor (dtype T)
 * @param serializedSummaryMetadata (string)
 */
export function tensorSummaryV2(tag: OutputLike, tensor: OutputLike, serializedSummaryMetadata: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorSummaryV2', [tag, tensor, serializedSummaryMetadata], options);
}

/** Options of {@link textLineReaderV2} (TensorFlow op `TextLineReaderV2`). */
export interface TextLineReaderV2Options extends OpOptions {
  /** `skip_header_lines` (int). Default 0. */
  skipHeaderLines?: number;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `TextLineReaderV2`; outputs: reader_handle (resource). */
export function textLineReaderV2(graph: Graph, options: TextLineReaderV2Options = {}): Output {
  return op1('TextLineReaderV2', graph, options);
}

/** Options of {@link threadPoolHandle} (TensorFlow op `ThreadPoolHandle`). */
export interface ThreadPoolHandleOptions extends OpOptions {
  /** `num_threads` (int). */
  numThreads: number;
  /** `max_intra_op_parallelism` (int). Default 1. */
  maxIntraOpParallelism?: number;
  /** `display_name` (string). */
  displayName: string;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `ThreadPoolHandle`; outputs: handle (resource). */
export function threadPoolHandle(graph: Graph, options: ThreadPoolHandleOptions): Output {
  return op1('ThreadPoolHandle', graph, options);
}

/** Options of {@link threadUnsafeUnigramCandidateSampler} (TensorFlow op `ThreadUnsafeUnigramCandidateSampler`). */
export interface ThreadUnsafeUnigramCandidateSamplerOptions extends InputOpOptions {
  /** `num_true` (int). Minimum 1. */
  numTrue: number;
  /** `num_sampled` (int). Minimum 1. */
  numSampled: number;
  /** `unique` (bool). */
  unique: boolean;
  /** `range_max` (int). Minimum 1. */
  rangeMax: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `ThreadUnsafeUnigramCandidateSampler`; outputs: sampled_candidates (int64), true_expected_count (float32), sampled_expected_count (float32).
 * @param trueClasses (int64)
 */
export function threadUnsafeUnigramCandidateSampler(trueClasses: OutputLike, options: ThreadUnsafeUnigramCandidateSamplerOptions): { sampledCandidates: Output; trueExpectedCount: Output; sampledExpectedCount: Output } {
  return opOutputs<{ sampledCandidates: Output; trueExpectedCount: Output; sampledExpectedCount: Output }>('ThreadUnsafeUnigramCandidateSampler', [trueClasses], options);
}

/**
 * TensorFlow op `Tile`; outputs: output (dtype T).
 * Tmultiples: one of int32, int64.
 * @param input (dtype T)
 * @param multiples (dtype Tmultiples)
 */
export function tile(input: OutputLike, multiples: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Tile', [input, multiples], options);
}

/** TensorFlow op `Timestamp`; outputs: ts (float64). */
export function timestamp(graph: Graph, options: OpOptions = {}): Output {
  return op1('Timestamp', graph, options);
}

/**
 * TensorFlow op `ToBool`; outputs: output (bool).
 * @param input (dtype T)
 */
export function toBool(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ToBool', [input], options);
}

/**
 * TensorFlow op `Transpose`; outputs: y (dtype T).
 * Tperm: one of int32, int64.
 * @param x (dtype T)
 * @param perm (dtype Tperm)
 */
export function transpose(x: OutputLike, perm: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Transpose', [x, perm], options);
}

/**
 * TensorFlow op `TridiagonalMatMul`; outputs: output (dtype T).
 * T: one of float64, float32, complex64, complex128.
 * @param superdiag (dtype T)
 * @param maindiag (dtype T)
 * @param subdiag (dtype T)
 * @param rhs (dtype T)
 */
export function tridiagonalMatMul(superdiag: OutputLike, maindiag: OutputLike, subdiag: OutputLike, rhs: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TridiagonalMatMul', [superdiag, maindiag, subdiag, rhs], options);
}

/** Options of {@link tridiagonalSolve} (TensorFlow op `TridiagonalSolve`). */
export interface TridiagonalSolveOptions extends InputOpOptions {
  /** `partial_pivoting` (bool). Default true. */
  partialPivoting?: boolean;
  /** `perturb_singular` (bool). Default false. */
  perturbSingular?: boolean;
}

/**
 * TensorFlow op `TridiagonalSolve`; outputs: output (dtype T).
 * T: one of float64, float32, complex64, complex128.
 * @param diagonals (dtype T)
 * @param rhs (dtype T)
 */
export function tridiagonalSolve(diagonals: OutputLike, rhs: OutputLike, options: TridiagonalSolveOptions = {}): Output {
  return op1('TridiagonalSolve', [diagonals, rhs], options);
}

/**
 * TensorFlow op `TruncateDiv`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, uint8, int8, uint16, int16, int32, uint32, uint64, int64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function truncateDiv(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TruncateDiv', [x, y], options);
}

/**
 * TensorFlow op `TruncateMod`; outputs: z (dtype T).
 * T: one of int32, int64, bfloat16, float16, float32, float64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function truncateMod(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TruncateMod', [x, y], options);
}
