// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Operation, Output } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `Save`.
 * @param filename (string)
 * @param tensorNames (string)
 * @param data (list, dtypes T)
 */
export function save(filename: OutputLike, tensorNames: OutputLike, data: OutputLike[], options: InputOpOptions = {}): Operation {
  return opNoOutput('Save', [filename, tensorNames, data], options);
}

/**
 * TensorFlow op `SaveSlices`.
 * @param filename (string)
 * @param tensorNames (string)
 * @param shapesAndSlices (string)
 * @param data (list, dtypes T)
 */
export function saveSlices(filename: OutputLike, tensorNames: OutputLike, shapesAndSlices: OutputLike, data: OutputLike[], options: InputOpOptions = {}): Operation {
  return opNoOutput('SaveSlices', [filename, tensorNames, shapesAndSlices, data], options);
}

/**
 * TensorFlow op `SaveV2`.
 * @param prefix (string)
 * @param tensorNames (string)
 * @param shapeAndSlices (string)
 * @param tensors (list, dtypes dtypes)
 */
export function saveV2(prefix: OutputLike, tensorNames: OutputLike, shapeAndSlices: OutputLike, tensors: OutputLike[], options: InputOpOptions = {}): Operation {
  return opNoOutput('SaveV2', [prefix, tensorNames, shapeAndSlices, tensors], options);
}

/**
 * TensorFlow op `ScalarSummary`; outputs: summary (string).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param tags (string)
 * @param values (dtype T)
 */
export function scalarSummary(tags: OutputLike, values: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ScalarSummary', [tags, values], options);
}

/** Options of {@link scatterAdd} (TensorFlow op `ScatterAdd`). */
export interface ScatterAddOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ScatterAdd`; outputs: output_ref (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param ref (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function scatterAdd(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ScatterAddOptions = {}): Output {
  return op1('ScatterAdd', [ref, indices, updates], options);
}

/** Options of {@link scatterDiv} (TensorFlow op `ScatterDiv`). */
export interface ScatterDivOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ScatterDiv`; outputs: output_ref (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param ref (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function scatterDiv(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ScatterDivOptions = {}): Output {
  return op1('ScatterDiv', [ref, indices, updates], options);
}

/** Options of {@link scatterMax} (TensorFlow op `ScatterMax`). */
export interface ScatterMaxOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ScatterMax`; outputs: output_ref (dtype T).
 * T: one of float16, bfloat16, float32, float64, int32, int64.
 * Tindices: one of int32, int64.
 * @param ref (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function scatterMax(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ScatterMaxOptions = {}): Output {
  return op1('ScatterMax', [ref, indices, updates], options);
}

/** Options of {@link scatterMin} (TensorFlow op `ScatterMin`). */
export interface ScatterMinOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ScatterMin`; outputs: output_ref (dtype T).
 * T: one of float16, bfloat16, float32, float64, int32, int64.
 * Tindices: one of int32, int64.
 * @param ref (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function scatterMin(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ScatterMinOptions = {}): Output {
  return op1('ScatterMin', [ref, indices, updates], options);
}

/** Options of {@link scatterMul} (TensorFlow op `ScatterMul`). */
export interface ScatterMulOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ScatterMul`; outputs: output_ref (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param ref (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function scatterMul(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ScatterMulOptions = {}): Output {
  return op1('ScatterMul', [ref, indices, updates], options);
}

/** Options of {@link scatterNd} (TensorFlow op `ScatterNd`). */
export interface ScatterNdOptions extends InputOpOptions {
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `ScatterNd`; outputs: output (dtype T).
 * Tindices: one of int16, int32, int64.
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 * @param shape (dtype Tindices)
 */
export function scatterNd(indices: OutputLike, updates: OutputLike, shape: OutputLike, options: ScatterNdOptions = {}): Output {
  return op1('ScatterNd', [indices, updates, shape], options);
}

/** Options of {@link scatterNdAdd} (TensorFlow op `ScatterNdAdd`). */
export interface ScatterNdAddOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `ScatterNdAdd`; outputs: output_ref (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param ref (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function scatterNdAdd(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ScatterNdAddOptions = {}): Output {
  return op1('ScatterNdAdd', [ref, indices, updates], options);
}

/** Options of {@link scatterNdMax} (TensorFlow op `ScatterNdMax`). */
export interface ScatterNdMaxOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `ScatterNdMax`; outputs: output_ref (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param ref (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function scatterNdMax(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ScatterNdMaxOptions = {}): Output {
  return op1('ScatterNdMax', [ref, indices, updates], options);
}

/** Options of {@link scatterNdMin} (TensorFlow op `ScatterNdMin`). */
export interface ScatterNdMinOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `ScatterNdMin`; outputs: output_ref (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param ref (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function scatterNdMin(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ScatterNdMinOptions = {}): Output {
  return op1('ScatterNdMin', [ref, indices, updates], options);
}

/** Options of {@link scatterNdNonAliasingAdd} (TensorFlow op `ScatterNdNonAliasingAdd`). */
export interface ScatterNdNonAliasingAddOptions extends InputOpOptions {
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `ScatterNdNonAliasingAdd`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64, bool.
 * Tindices: one of int32, int64.
 * @param input (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function scatterNdNonAliasingAdd(input: OutputLike, indices: OutputLike, updates: OutputLike, options: ScatterNdNonAliasingAddOptions = {}): Output {
  return op1('ScatterNdNonAliasingAdd', [input, indices, updates], options);
}

/** Options of {@link scatterNdSub} (TensorFlow op `ScatterNdSub`). */
export interface ScatterNdSubOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `ScatterNdSub`; outputs: output_ref (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param ref (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function scatterNdSub(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ScatterNdSubOptions = {}): Output {
  return op1('ScatterNdSub', [ref, indices, updates], options);
}

/** Options of {@link scatterNdUpdate} (TensorFlow op `ScatterNdUpdate`). */
export interface ScatterNdUpdateOptions extends InputOpOptions {
  /** `use_locking` (bool). Default true. */
  useLocking?: boolean;
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `ScatterNdUpdate`; outputs: output_ref (dtype T).
 * Tindices: one of int32, int64.
 * @param ref (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function scatterNdUpdate(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ScatterNdUpdateOptions = {}): Output {
  return op1('ScatterNdUpdate', [ref, indices, updates], options);
}

/** Options of {@link scatterSub} (TensorFlow op `ScatterSub`). */
export interface ScatterSubOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ScatterSub`; outputs: output_ref (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param ref (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function scatterSub(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ScatterSubOptions = {}): Output {
  return op1('ScatterSub', [ref, indices, updates], options);
}

/** Options of {@link scatterUpdate} (TensorFlow op `ScatterUpdate`). */
export interface ScatterUpdateOptions extends InputOpOptions {
  /** `use_locking` (bool). Default true. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ScatterUpdate`; outputs: output_ref (dtype T).
 * Tindices: one of int32, int64.
 * @param ref (dtype T)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function scatterUpdate(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ScatterUpdateOptions = {}): Output {
  return op1('ScatterUpdate', [ref, indices, updates], options);
}

/**
 * TensorFlow op `SdcaFprint`; outputs: output (int64).
 * @param input (string)
 */
export function sdcaFprint(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SdcaFprint', [input], options);
}

/** Options of {@link sdcaOptimizer} (TensorFlow op `SdcaOptimizer`). */
export interface SdcaOptimizerOptions extends InputOpOptions {
  /** `loss_type` (string). One of "logistic_loss", "squared_loss", "hinge_loss", "smooth_hinge_loss", "poisson_loss". */
  lossType: string;
  /** `adaptative` (bool). Default false. */
  adaptative?: boolean;
  /** `l1` (float). */
  l1: number;
  /** `l2` (float). */
  l2: number;
  /** `num_loss_partitions` (int). Minimum 1. */
  numLossPartitions: number;
  /** `num_inner_iterations` (int). Minimum 1. */
  numInnerIterations: number;
}

/**
 * TensorFlow op `SdcaOptimizer`; outputs: out_example_state_data (float32), out_delta_sparse_weights (list of num_sparse_features, float32), out_delta_dense_weights (list of num_dense_features, float32).
 * @param sparseExampleIndices (list of num_sparse_features, int64)
 * @param sparseFeatureIndices (list of num_sparse_features, int64)
 * @param sparseFeatureValues (list of num_sparse_features_with_values, float32)
 * @param denseFeatures (list of num_dense_features, float32)
 * @param exampleWeights (float32)
 * @param exampleLabels (float32)
 * @param sparseIndices (list of num_sparse_features, int64)
 * @param sparseWeights (list of num_sparse_features, float32)
 * @param denseWeights (list of num_dense_features, float32)
 * @param exampleStateData (float32)
 */
export function sdcaOptimizer(sparseExampleIndices: OutputLike[], sparseFeatureIndices: OutputLike[], sparseFeatureValues: OutputLike[], denseFeatures: OutputLike[], exampleWeights: OutputLike, exampleLabels: OutputLike, sparseIndices: OutputLike[], sparseWeights: OutputLike[], denseWeights: OutputLike[], exampleStateData: OutputLike, options: SdcaOptimizerOptions): { outExampleStateData: Output; outDeltaSparseWeights: Output[]; outDeltaDenseWeights: Output[] } {
  return opOutputs<{ outExampleStateData: Output; outDeltaSparseWeights: Output[]; outDeltaDenseWeights: Output[] }>('SdcaOptimizer', [sparseExampleIndices, sparseFeatureIndices, sparseFeatureValues, denseFeatures, exampleWeights, exampleLabels, sparseIndices, sparseWeights, denseWeights, exampleStateData], options);
}

/** Options of {@link sdcaOptimizerV2} (TensorFlow op `SdcaOptimizerV2`). */
export interface SdcaOptimizerV2Options extends InputOpOptions {
  /** `loss_type` (string). One of "logistic_loss", "squared_loss", "hinge_loss", "smooth_hinge_loss", "poisson_loss". */
  lossType: string;
  /** `adaptive` (bool). Default false. */
  adaptive?: boolean;
  /** `l1` (float). */
  l1: number;
  /** `l2` (float). */
  l2: number;
  /** `num_loss_partitions` (int). Minimum 1. */
  numLossPartitions: number;
  /** `num_inner_iterations` (int). Minimum 1. */
  numInnerIterations: number;
}

/**
 * TensorFlow op `SdcaOptimizerV2`; outputs: out_example_state_data (float32), out_delta_sparse_weights (list of num_sparse_features, float32), out_delta_dense_weights (list of num_dense_features, float32).
 * @param sparseExampleIndices (list of num_sparse_features, int64)
 * @param sparseFeatureIndices (list of num_sparse_features, int64)
 * @param sparseFeatureValues (list of num_sparse_features_with_values, float32)
 * @param denseFeatures (list of num_dense_features, float32)
 * @param exampleWeights (float32)
 * @param exampleLabels (float32)
 * @param sparseIndices (list of num_sparse_features, int64)
 * @param sparseWeights (list of num_sparse_features, float32)
 * @param denseWeights (list of num_dense_features, float32)
 * @param exampleStateData (float32)
 */
export function sdcaOptimizerV2(sparseExampleIndices: OutputLike[], sparseFeatureIndices: OutputLike[], sparseFeatureValues: OutputLike[], denseFeatures: OutputLike[], exampleWeights: OutputLike, exampleLabels: OutputLike, sparseIndices: OutputLike[], sparseWeights: OutputLike[], denseWeights: OutputLike[], exampleStateData: OutputLike, options: SdcaOptimizerV2Options): { outExampleStateData: Output; outDeltaSparseWeights: Output[]; outDeltaDenseWeights: Output[] } {
  return opOutputs<{ outExampleStateData: Output; outDeltaSparseWeights: Output[]; outDeltaDenseWeights: Output[] }>('SdcaOptimizerV2', [sparseExampleIndices, sparseFeatureIndices, sparseFeatureValues, denseFeatures, exampleWeights, exampleLabels, sparseIndices, sparseWeights, denseWeights, exampleStateData], options);
}

/** Options of {@link sdcaShrinkL1} (TensorFlow op `SdcaShrinkL1`). */
export interface SdcaShrinkL1Options extends InputOpOptions {
  /** `l1` (float). */
  l1: number;
  /** `l2` (float). */
  l2: number;
}

/**
 * TensorFlow op `SdcaShrinkL1`.
 * @param weights (list of num_features, float32)
 */
export function sdcaShrinkL1(weights: OutputLike[], options: SdcaShrinkL1Options): Operation {
  return opNoOutput('SdcaShrinkL1', [weights], options);
}

/**
 * TensorFlow op `SegmentMax`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param data (dtype T)
 * @param segmentIds (dtype Tindices)
 */
export function segmentMax(data: OutputLike, segmentIds: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SegmentMax', [data, segmentIds], options);
}

/**
 * TensorFlow op `SegmentMaxV2`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * Tnumsegments: one of int32, int64.
 * @param data (dtype T)
 * @param segmentIds (dtype Tindices)
 * @param numSegments (dtype Tnumsegments)
 */
export function segmentMaxV2(data: OutputLike, segmentIds: OutputLike, numSegments: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SegmentMaxV2', [data, segmentIds, numSegments], options);
}

/**
 * TensorFlow op `SegmentMean`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param data (dtype T)
 * @param segmentIds (dtype Tindices)
 */
export function segmentMean(data: OutputLike, segmentIds: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SegmentMean', [data, segmentIds], options);
}

/**
 * TensorFlow op `SegmentMin`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param data (dtype T)
 * @param segmentIds (dtype Tindices)
 */
export function segmentMin(data: OutputLike, segmentIds: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SegmentMin', [data, segmentIds], options);
}

/**
 * TensorFlow op `SegmentMinV2`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * Tnumsegments: one of int32, int64.
 * @param data (dtype T)
 * @param segmentIds (dtype Tindices)
 * @param numSegments (dtype Tnumsegments)
 */
export function segmentMinV2(data: OutputLike, segmentIds: OutputLike, numSegments: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SegmentMinV2', [data, segmentIds, numSegments], options);
}

/**
 * TensorFlow op `SegmentProd`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param data (dtype T)
 * @param segmentIds (dtype Tindices)
 */
export function segmentProd(data: OutputLike, segmentIds: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SegmentProd', [data, segmentIds], options);
}

/**
 * TensorFlow op `SegmentProdV2`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * Tnumsegments: one of int32, int64.
 * @param data (dtype T)
 * @param segmentIds (dtype Tindices)
 * @param numSegments (dtype Tnumsegments)
 */
export function segmentProdV2(data: OutputLike, segmentIds: OutputLike, numSegments: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SegmentProdV2', [data, segmentIds, numSegments], options);
}

/**
 * TensorFlow op `SegmentSum`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param data (dtype T)
 * @param segmentIds (dtype Tindices)
 */
export function segmentSum(data: OutputLike, segmentIds: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SegmentSum', [data, segmentIds], options);
}

/**
 * TensorFlow op `SegmentSumV2`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * Tnumsegments: one of int32, int64.
 * @param data (dtype T)
 * @param segmentIds (dtype Tindices)
 * @param numSegments (dtype Tnumsegments)
 */
export function segmentSumV2(data: OutputLike, segmentIds: OutputLike, numSegments: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SegmentSumV2', [data, segmentIds, numSegments], options);
}

/**
 * TensorFlow op `Select`; outputs: output (dtype T).
 * @param condition (bool)
 * @param t (dtype T)
 * @param e (dtype T)
 */
export function select(condition: OutputLike, t: OutputLike, e: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Select', [condition, t, e], options);
}

/**
 * TensorFlow op `SelectV2`; outputs: output (dtype T).
 * @param condition (bool)
 * @param t (dtype T)
 * @param e (dtype T)
 */
export function selectV2(condition: OutputLike, t: OutputLike, e: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SelectV2', [condition, t, e], options);
}

/** Options of {@link selfAdjointEigV2} (TensorFlow op `SelfAdjointEigV2`). */
export interface SelfAdjointEigV2Options extends InputOpOptions {
  /** `compute_v` (bool). Default true. */
  computeV?: boolean;
}

/**
 * TensorFlow op `SelfAdjointEigV2`; outputs: e (dtype T), v (dtype T).
 * T: one of float64, float32, float16, complex64, complex128.
 * @param input (dtype T)
 */
export function selfAdjointEigV2(input: OutputLike, options: SelfAdjointEigV2Options = {}): { e: Output; v: Output } {
  return opOutputs<{ e: Output; v: Output }>('SelfAdjointEigV2', [input], options);
}

/** Options of {@link send} (TensorFlow op `Send`). */
export interface SendOptions extends InputOpOptions {
  /** `tensor_name` (string). */
  tensorName: string;
  /** `send_device` (string). */
  sendDevice: string;
  /** `send_device_incarnation` (int). */
  sendDeviceIncarnation: number;
  /** `recv_device` (string). */
  recvDevice: string;
  /** `client_terminated` (bool). Default false. */
  clientTerminated?: boolean;
}

/**
 * TensorFlow op `Send`.
 * @param tensor (dtype T)
 */
export function send(tensor: OutputLike, options: SendOptions): Operation {
  return opNoOutput('Send', [tensor], options);
}

/** Options of {@link serializeManySparse} (TensorFlow op `SerializeManySparse`). */
export interface SerializeManySparseOptions extends InputOpOptions {
  /** `out_type` (type). One of string, variant. Default 'string'. */
  outType?: DType;
}

/**
 * TensorFlow op `SerializeManySparse`; outputs: serialized_sparse (dtype out_type).
 * @param sparseIndices (int64)
 * @param sparseValues (dtype T)
 * @param sparseShape (int64)
 */
export function serializeManySparse(sparseIndices: OutputLike, sparseValues: OutputLike, sparseShape: OutputLike, options: SerializeManySparseOptions = {}): Output {
  return op1('SerializeManySparse', [sparseIndices, sparseValues, sparseShape], options);
}

/** Options of {@link serializeSparse} (TensorFlow op `SerializeSparse`). */
export interface SerializeSparseOptions extends InputOpOptions {
  /** `out_type` (type). One of string, variant. Default 'string'. */
  outType?: DType;
}

/**
 * TensorFlow op `SerializeSparse`; outputs: serialized_sparse (dtype out_type).
 * @param sparseIndices (int64)
 * @param sparseValues (dtype T)
 * @param sparseShape (int64)
 */
export function serializeSparse(sparseIndices: OutputLike, sparseValues: OutputLike, sparseShape: OutputLike, options: SerializeSparseOptions = {}): Output {
  return op1('SerializeSparse', [sparseIndices, sparseValues, sparseShape], options);
}

/**
 * TensorFlow op `SerializeTensor`; outputs: serialized (string).
 * @param tensor (dtype T)
 */
export function serializeTensor(tensor: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SerializeTensor', [tensor], options);
}

/** Options of {@link setSize} (TensorFlow op `SetSize`). */
export interface SetSizeOptions extends InputOpOptions {
  /** `validate_indices` (bool). Default true. */
  validateIndices?: boolean;
}

/**
 * TensorFlow op `SetSize`; outputs: size (int32).
 * T: one of int8, int16, int32, int64, uint8, uint16, string.
 * @param setIndices (int64)
 * @param setValues (dtype T)
 * @param setShape (int64)
 */
export function setSize(setIndices: OutputLike, setValues: OutputLike, setShape: OutputLike, options: SetSizeOptions = {}): Output {
  return op1('SetSize', [setIndices, setValues, setShape], options);
}

/** Options of {@link shape} (TensorFlow op `Shape`). */
export interface ShapeOptions extends InputOpOptions {
  /** `out_type` (type). One of int32, int64. Default 'int32'. */
  outType?: DType;
}

/**
 * TensorFlow op `Shape`; outputs: output (dtype out_type).
 * @param input (dtype T)
 */
export function shape(input: OutputLike, options: ShapeOptions = {}): Output {
  return op1('Shape', [input], options);
}

/** Options of {@link shapeN} (TensorFlow op `ShapeN`). */
export interface ShapeNOptions extends InputOpOptions {
  /** `out_type` (type). One of int32, int64. Default 'int32'. */
  outType?: DType;
}

/**
 * TensorFlow op `ShapeN`; outputs: output (list of N, dtype out_type).
 * @param input (list of N, dtype T)
 */
export function shapeN(input: OutputLike[], options: ShapeNOptions = {}): Output[] {
  return opList('ShapeN', [input], options);
}

/**
 * TensorFlow op `ShardedFilename`; outputs: filename (string).
 * @param basename (string)
 * @param shard (int32)
 * @param numShards (int32)
 */
export function shardedFilename(basename: OutputLike, shard: OutputLike, numShards: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ShardedFilename', [basename, shard, numShards], options);
}

/**
 * TensorFlow op `ShardedFilespec`; outputs: filename (string).
 * @param basename (string)
 * @param numShards (int32)
 */
export function shardedFilespec(basename: OutputLike, numShards: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ShardedFilespec', [basename, numShards], options);
}

/**
 * TensorFlow op `Sigmoid`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function sigmoid(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Sigmoid', [x], options);
}

/**
 * TensorFlow op `SigmoidGrad`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param y (dtype T)
 * @param dy (dtype T)
 */
export function sigmoidGrad(y: OutputLike, dy: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SigmoidGrad', [y, dy], options);
}

/**
 * TensorFlow op `Sign`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, int8, int16, int32, int64, complex64, complex128.
 * @param x (dtype T)
 */
export function sign(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Sign', [x], options);
}

/**
 * TensorFlow op `Sin`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function sin(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Sin', [x], options);
}

/**
 * TensorFlow op `Sinh`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function sinh(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Sinh', [x], options);
}

/** Options of {@link size} (TensorFlow op `Size`). */
export interface SizeOptions extends InputOpOptions {
  /** `out_type` (type). One of int32, int64. Default 'int32'. */
  outType?: DType;
}

/**
 * TensorFlow op `Size`; outputs: output (dtype out_type).
 * @param input (dtype T)
 */
export function size(input: OutputLike, options: SizeOptions = {}): Output {
  return op1('Size', [input], options);
}

/**
 * TensorFlow op `Slice`; outputs: output (dtype T).
 * Index: one of int32, int64.
 * @param input (dtype T)
 * @param begin (dtype Index)
 * @param size (dtype Index)
 */
export function slice(input: OutputLike, begin: OutputLike, size: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Slice', [input, begin, size], options);
}

/**
 * TensorFlow op `Snapshot`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function snapshot(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Snapshot', [input], options);
}

/** Options of {@link sobolSample} (TensorFlow op `SobolSample`). */
export interface SobolSampleOptions extends InputOpOptions {
  /** `dtype` (type). One of float32, float64. Default 'float32'. */
  dtype?: DType;
}

/**
 * TensorFlow op `SobolSample`; outputs: samples (dtype dtype).
 * @param dim (int32)
 * @param numResults (int32)
 * @param skip (int32)
 */
export function sobolSample(dim: OutputLike, numResults: OutputLike, skip: OutputLike, options: SobolSampleOptions = {}): Output {
  return op1('SobolSample', [dim, numResults, skip], options);
}

/** Options of {@link sortListOfSparseCoreCooTensors} (TensorFlow op `SortListOfSparseCoreCooTensors`). */
export interface SortListOfSparseCoreCooTensorsOptions extends InputOpOptions {
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
  /** `max_ids_per_sparse_core` (int). Minimum 1. */
  maxIdsPerSparseCore: number;
  /** `max_unique_ids_per_sparse_core` (int). Minimum 1. */
  maxUniqueIdsPerSparseCore: number;
  /** `table_name` (string). */
  tableName: string;
}

/**
 * TensorFlow op `SortListOfSparseCoreCooTensors`; outputs: sorted_row_ids (int32), sorted_col_ids (int32), sorted_gains (float32), id_counts (int32).
 * @param rowIdsList (list of N, int32)
 * @param colIdsList (list of N, int32)
 * @param gainsList (list of N, float32)
 */
export function sortListOfSparseCoreCooTensors(rowIdsList: OutputLike[], colIdsList: OutputLike[], gainsList: OutputLike[], options: SortListOfSparseCoreCooTensorsOptions): { sortedRowIds: Output; sortedColIds: Output; sortedGains: Output; idCounts: Output } {
  return opOutputs<{ sortedRowIds: Output; sortedColIds: Output; sortedGains: Output; idCounts: Output }>('SortListOfSparseCoreCooTensors', [rowIdsList, colIdsList, gainsList], options);
}

/** Options of {@link spaceToBatch} (TensorFlow op `SpaceToBatch`). */
export interface SpaceToBatchOptions extends InputOpOptions {
  /** `block_size` (int). Minimum 2. */
  blockSize: number;
}

/**
 * TensorFlow op `SpaceToBatch`; outputs: output (dtype T).
 * Tpaddings: one of int32, int64.
 * @param input (dtype T)
 * @param paddings (dtype Tpaddings)
 */
export function spaceToBatch(input: OutputLike, paddings: OutputLike, options: SpaceToBatchOptions): Output {
  return op1('SpaceToBatch', [input, paddings], options);
}

/**
 * TensorFlow op `SpaceToBatchND`; outputs: output (dtype T).
 * Tblock_shape: one of int32, int64.
 * Tpaddings: one of int32, int64.
 * @param input (dtype T)
 * @param blockShape (dtype Tblock_shape)
 * @param paddings (dtype Tpaddings)
 */
export function spaceToBatchND(input: OutputLike, blockShape: OutputLike, paddings: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SpaceToBatchND', [input, blockShape, paddings], options);
}

/** Options of {@link spaceToDepth} (TensorFlow op `SpaceToDepth`). */
export interface SpaceToDepthOptions extends InputOpOptions {
  /** `block_size` (int). Minimum 2. */
  blockSize: number;
  /** `data_format` (string). One of "NHWC", "NCHW", "NCHW_VECT_C". Default "NHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `SpaceToDepth`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function spaceToDepth(input: OutputLike, options: SpaceToDepthOptions): Output {
  return op1('SpaceToDepth', [input], options);
}

/**
 * TensorFlow op `Spence`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function spence(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Spence', [x], options);
}

/** Options of {@link split} (TensorFlow op `Split`). */
export interface SplitOptions extends InputOpOptions {
  /** `num_split` (int). Minimum 1. */
  numSplit: number;
}

/**
 * TensorFlow op `Split`; outputs: output (list of num_split, dtype T).
 * @param splitDim (int32)
 * @param value (dtype T)
 */
export function split(splitDim: OutputLike, value: OutputLike, options: SplitOptions): Output[] {
  return opList('Split', [splitDim, value], options);
}

/** Options of {@link splitDedupData} (TensorFlow op `SplitDedupData`). */
export interface SplitDedupDataOptions extends InputOpOptions {
  /** `integer_type` (type). One of int32, int64, uint32, uint64. */
  integerType: DType;
  /** `float_type` (type). One of float16, bfloat16, float32. */
  floatType: DType;
  /** `tuple_mask` (string). */
  tupleMask: string;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `SplitDedupData`; outputs: integer_tensor (dtype integer_type), float_tensor (dtype float_type).
 * @param input (variant)
 */
export function splitDedupData(input: OutputLike, options: SplitDedupDataOptions): { integerTensor: Output; floatTensor: Output } {
  return opOutputs<{ integerTensor: Output; floatTensor: Output }>('SplitDedupData', [input], options);
}

/** Options of {@link splitV} (TensorFlow op `SplitV`). */
export interface SplitVOptions extends InputOpOptions {
  /** `num_split` (int). Minimum 1. */
  numSplit: number;
}

/**
 * TensorFlow op `SplitV`; outputs: output (list of num_split, dtype T).
 * Tlen: one of int8, int32, int64.
 * @param value (dtype T)
 * @param sizeSplits (dtype Tlen)
 * @param splitDim (int32)
 */
export function splitV(value: OutputLike, sizeSplits: OutputLike, splitDim: OutputLike, options: SplitVOptions): Output[] {
  return opList('SplitV', [value, sizeSplits, splitDim], options);
}

/**
 * TensorFlow op `Sqrt`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function sqrt(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Sqrt', [x], options);
}

/**
 * TensorFlow op `SqrtGrad`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param y (dtype T)
 * @param dy (dtype T)
 */
export function sqrtGrad(y: OutputLike, dy: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SqrtGrad', [y, dy], options);
}

/**
 * TensorFlow op `Square`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, int8, int16, int32, int64, uint8, uint16, uint32, uint64, complex64, complex128.
 * @param x (dtype T)
 */
export function square(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Square', [x], options);
}

/**
 * TensorFlow op `SquaredDifference`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, int32, int64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function squaredDifference(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SquaredDifference', [x, y], options);
}

/** Options of {@link squeeze} (TensorFlow op `Squeeze`). */
export interface SqueezeOptions extends InputOpOptions {
  /** `squeeze_dims` (list(int)). At least 0 item(s). Default []. */
  squeezeDims?: number[];
}

/**
 * TensorFlow op `Squeeze`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function squeeze(input: OutputLike, options: SqueezeOptions = {}): Output {
  return op1('Squeeze', [input], options);
}

/** Options of {@link stack} (TensorFlow op `Stack`). */
export interface StackOptions extends OpOptions {
  /** `elem_type` (type). */
  elemType: DType;
  /** `stack_name` (string). Default "". */
  stackName?: string;
}

/** TensorFlow op `Stack`; outputs: handle (string). */
export function stack(graph: Graph, options: StackOptions): Output {
  return op1('Stack', graph, options);
}

/**
 * TensorFlow op `StackClose`.
 * @param handle (string)
 */
export function stackClose(handle: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('StackClose', [handle], options);
}

/**
 * TensorFlow op `StackCloseV2`.
 * @param handle (resource)
 */
export function stackCloseV2(handle: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('StackCloseV2', [handle], options);
}

/** Options of {@link stackPop} (TensorFlow op `StackPop`). */
export interface StackPopOptions extends InputOpOptions {
  /** `elem_type` (type). */
  elemType: DType;
}

/**
 * TensorFlow op `StackPop`; outputs: elem (dtype elem_type).
 * @param handle (string)
 */
export function stackPop(handle: OutputLike, options: StackPopOptions): Output {
  return op1('StackPop', [handle], options);
}

/** Options of {@link stackPopV2} (TensorFlow op `StackPopV2`). */
export interface StackPopV2Options extends InputOpOptions {
  /** `elem_type` (type). */
  elemType: DType;
}

/**
 * TensorFlow op `StackPopV2`; outputs: elem (dtype elem_type).
 * @param handle (resource)
 */
export function stackPopV2(handle: OutputLike, options: StackPopV2Options): Output {
  return op1('StackPopV2', [handle], options);
}

/** Options of {@link stackPush} (TensorFlow op `StackPush`). */
export interface StackPushOptions extends InputOpOptions {
  /** `swap_memory` (bool). Default false. */
  swapMemory?: boolean;
}

/**
 * TensorFlow op `StackPush`; outputs: output (dtype T).
 * @param handle (string)
 * @param elem (dtype T)
 */
export function stackPush(handle: OutputLike, elem: OutputLike, options: StackPushOptions = {}): Output {
  return op1('StackPush', [handle, elem], options);
}

/** Options of {@link stackPushV2} (TensorFlow op `StackPushV2`). */
export interface StackPushV2Options extends InputOpOptions {
  /** `swap_memory` (bool). Default false. */
  swapMemory?: boolean;
}

/**
 * TensorFlow op `StackPushV2`; outputs: output (dtype T).
 * @param handle (resource)
 * @param elem (dtype T)
 */
export function stackPushV2(handle: OutputLike, elem: OutputLike, options: StackPushV2Options = {}): Output {
  return op1('StackPushV2', [handle, elem], options);
}

/** Options of {@link stackV2} (TensorFlow op `StackV2`). */
export interface StackV2Options extends InputOpOptions {
  /** `elem_type` (type). */
  elemType: DType;
  /** `stack_name` (string). Default "". */
  stackName?: string;
}

/**
 * TensorFlow op `StackV2`; outputs: handle (resource).
 * @param maxSize (int32)
 */
export function stackV2(maxSize: OutputLike, options: StackV2Options): Output {
  return op1('StackV2', [maxSize], options);
}

/** Options of {@link stage} (TensorFlow op `Stage`). */
export interface StageOptions extends InputOpOptions {
  /** `capacity` (int). Minimum 0. Default 0. */
  capacity?: number;
  /** `memory_limit` (int). Minimum 0. Default 0. */
  memoryLimit?: number;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/**
 * TensorFlow op `Stage`.
 * @param values (list, dtypes dtypes)
 */
export function stage(values: OutputLike[], options: StageOptions = {}): Operation {
  return opNoOutput('Stage', [values], options);
}

/** Options of {@link stageClear} (TensorFlow op `StageClear`). */
export interface StageClearOptions extends OpOptions {
  /** `capacity` (int). Minimum 0. Default 0. */
  capacity?: number;
  /** `memory_limit` (int). Minimum 0. Default 0. */
  memoryLimit?: number;
  /** `dtypes` (list(type)). */
  dtypes: DType[];
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `StageClear`. */
export function stageClear(graph: Graph, options: StageClearOptions): Operation {
  return opNoOutput('StageClear', graph, options);
}

/** Options of {@link stagePeek} (TensorFlow op `StagePeek`). */
export interface StagePeekOptions extends InputOpOptions {
  /** `capacity` (int). Minimum 0. Default 0. */
  capacity?: number;
  /** `memory_limit` (int). Minimum 0. Default 0. */
  memoryLimit?: number;
  /** `dtypes` (list(type)). At least 1 item(s). */
  dtypes: DType[];
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/**
 * TensorFlow op `StagePeek`; outputs: values (list, dtypes dtypes).
 * @param index (int32)
 */
export function stagePeek(index: OutputLike, options: StagePeekOptions): Output[] {
  return opList('StagePeek', [index], options);
}

/** Options of {@link stageSize} (TensorFlow op `StageSize`). */
export interface StageSizeOptions extends OpOptions {
  /** `capacity` (int). Minimum 0. Default 0. */
  capacity?: number;
  /** `memory_limit` (int). Minimum 0. Default 0. */
  memoryLimit?: number;
  /** `dtypes` (list(type)). */
  dtypes: DType[];
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `StageSize`; outputs: size (int32). */
export function stageSize(graph: Graph, options: StageSizeOptions): Output {
  return op1('StageSize', graph, options);
}

/** Options of {@link statefulPartitionedCall} (TensorFlow op `StatefulPartitionedCall`). */
export interface StatefulPartitionedCallOptions extends InputOpOptions {
  /** `Tout` (list(type)). At least 0 item(s). */
  tout: DType[];
  /** `f` (func). */
  f: string | FuncAttr;
  /** `config` (string). Default "". */
  config?: string;
  /** `config_proto` (string). Default "". */
  configProto?: string;
  /** `executor_type` (string). Default "". */
  executorType?: string;
}

/**
 * TensorFlow op `StatefulPartitionedCall`; outputs: output (list, dtypes Tout).
 * @param args (list, dtypes Tin)
 */
export function statefulPartitionedCall(args: OutputLike[], options: StatefulPartitionedCallOptions): Output[] {
  return opList('StatefulPartitionedCall', [args], options);
}

/** Options of {@link statefulRandomBinomial} (TensorFlow op `StatefulRandomBinomial`). */
export interface StatefulRandomBinomialOptions extends InputOpOptions {
  /** `dtype` (type). One of float16, float32, float64, int32, int64. Default 'int64'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatefulRandomBinomial`; outputs: output (dtype dtype).
 * S: one of int32, int64.
 * T: one of float16, float32, float64, int32, int64.
 * @param resource (resource)
 * @param algorithm (int64)
 * @param shape (dtype S)
 * @param counts (dtype T)
 * @param probs (dtype T)
 */
export function statefulRandomBinomial(resource: OutputLike, algorithm: OutputLike, shape: OutputLike, counts: OutputLike, probs: OutputLike, options: StatefulRandomBinomialOptions = {}): Output {
  return op1('StatefulRandomBinomial', [resource, algorithm, shape, counts, probs], options);
}

/** Options of {@link statsAggregatorHandle} (TensorFlow op `StatsAggregatorHandle`). */
export interface StatsAggregatorHandleOptions extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `StatsAggregatorHandle`; outputs: handle (resource). */
export function statsAggregatorHandle(graph: Graph, options: StatsAggregatorHandleOptions = {}): Output {
  return op1('StatsAggregatorHandle', graph, options);
}

/** Options of {@link statsAggregatorHandleV2} (TensorFlow op `StatsAggregatorHandleV2`). */
export interface StatsAggregatorHandleV2Options extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `StatsAggregatorHandleV2`; outputs: handle (resource). */
export function statsAggregatorHandleV2(graph: Graph, options: StatsAggregatorHandleV2Options = {}): Output {
  return op1('StatsAggregatorHandleV2', graph, options);
}

/**
 * TensorFlow op `StatsAggregatorSetSummaryWriter`.
 * @param statsAggregator (resource)
 * @param summary (resource)
 */
export function statsAggregatorSetSummaryWriter(statsAggregator: OutputLike, summary: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('StatsAggregatorSetSummaryWriter', [statsAggregator, summary], options);
}

/**
 * TensorFlow op `StatsAggregatorSummary`; outputs: summary (string).
 * @param iterator (resource)
 */
export function statsAggregatorSummary(iterator: OutputLike, options: InputOpOptions = {}): Output {
  return op1('StatsAggregatorSummary', [iterator], options);
}

/** Options of {@link stochasticCastToInt} (TensorFlow op `StochasticCastToInt`). */
export interface StochasticCastToIntOptions extends InputOpOptions {
  /** `Tout` (type). One of int8, int16, int32. */
  tout: DType;
}

/**
 * TensorFlow op `StochasticCastToInt`; outputs: output (dtype Tout).
 * Tin: one of float16, bfloat16, float32, float64.
 * @param input (dtype Tin)
 * @param key (uint64)
 * @param counter (uint64)
 * @param alg (int32)
 */
export function stochasticCastToInt(input: OutputLike, key: OutputLike, counter: OutputLike, alg: OutputLike, options: StochasticCastToIntOptions): Output {
  return op1('StochasticCastToInt', [input, key, counter, alg], options);
}

/**
 * TensorFlow op `StopGradient`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function stopGradient(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('StopGradient', [input], options);
}

/** Options of {@link storeMinibatchStatisticsInFdo} (TensorFlow op `StoreMinibatchStatisticsInFdo`). */
export interface StoreMinibatchStatisticsInFdoOptions extends InputOpOptions {
  /** `sample_count` (int). Minimum 1. */
  sampleCount: number;
  /** `num_replica` (int). Minimum 1. */
  numReplica: number;
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
 * TensorFlow op `StoreMinibatchStatisticsInFdo`.
 * @param programKey (string)
 * @param maxIds (int32)
 * @param maxUniques (int32)
 */
export function storeMinibatchStatisticsInFdo(programKey: OutputLike, maxIds: OutputLike, maxUniques: OutputLike, options: StoreMinibatchStatisticsInFdoOptions): Operation {
  return opNoOutput('StoreMinibatchStatisticsInFdo', [programKey, maxIds, maxUniques], options);
}

/** Options of {@link stridedSlice} (TensorFlow op `StridedSlice`). */
export interface StridedSliceOptions extends InputOpOptions {
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
 * TensorFlow op `StridedSlice`; outputs: output (dtype T).
 * Index: one of int16, int32, int64.
 * @param input (dtype T)
 * @param begin (dtype Index)
 * @param end (dtype Index)
 * @param strides (dtype Index)
 */
export function stridedSlice(input: OutputLike, begin: OutputLike, end: OutputLike, strides: OutputLike, options: StridedSliceOptions = {}): Output {
  return op1('StridedSlice', [input, begin, end, strides], options);
}

/** Options of {@link stridedSliceAssign} (TensorFlow op `StridedSliceAssign`). */
export interface StridedSliceAssignOptions extends InputOpOptions {
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
 * TensorFlow op `StridedSliceAssign`; outputs: output_ref (dtype T).
 * Index: one of int32, int64.
 * @param ref (dtype T)
 * @param begin (dtype Index)
 * @param end (dtype Index)
 * @param strides (dtype Index)
 * @param value (dtype T)
 */
export function stridedSliceAssign(ref: OutputLike, begin: OutputLike, end: OutputLike, strides: OutputLike, value: OutputLike, options: StridedSliceAssignOptions = {}): Output {
  return op1('StridedSliceAssign', [ref, begin, end, strides, value], options);
}

/** Options of {@link stridedSliceGrad} (TensorFlow op `StridedSliceGrad`). */
export interface StridedSliceGradOptions extends InputOpOptions {
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
 * TensorFlow op `StridedSliceGrad`; outputs: output (dtype T).
 * Index: one of int32, int64.
 * @param shape (dtype Index)
 * @param begin (dtype Index)
 * @param end (dtype Index)
 * @param strides (dtype Index)
 * @param dy (dtype T)
 */
export function stridedSliceGrad(shape: OutputLike, begin: OutputLike, end: OutputLike, strides: OutputLike, dy: OutputLike, options: StridedSliceGradOptions = {}): Output {
  return op1('StridedSliceGrad', [shape, begin, end, strides, dy], options);
}

/**
 * TensorFlow op `Sub`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, uint8, int8, uint16, int16, int32, int64, complex64, complex128, uint32, uint64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function sub(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Sub', [x, y], options);
}

/** Options of {@link sum} (TensorFlow op `Sum`). */
export interface SumOptions extends InputOpOptions {
  /** `keep_dims` (bool). Default false. */
  keepDims?: boolean;
}

/**
 * TensorFlow op `Sum`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tidx: one of int32, int64.
 * @param input (dtype T)
 * @param reductionIndices (dtype Tidx)
 */
export function sum(input: OutputLike, reductionIndices: OutputLike, options: SumOptions = {}): Output {
  return op1('Sum', [input, reductionIndices], options);
}

/** Options of {@link summaryWriter} (TensorFlow op `SummaryWriter`). */
export interface SummaryWriterOptions extends OpOptions {
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `container` (string). Default "". */
  container?: string;
}

/** TensorFlow op `SummaryWriter`; outputs: writer (resource). */
export function summaryWriter(graph: Graph, options: SummaryWriterOptions = {}): Output {
  return op1('SummaryWriter', graph, options);
}

/** Options of {@link svd} (TensorFlow op `Svd`). */
export interface SvdOptions extends InputOpOptions {
  /** `compute_uv` (bool). Default true. */
  computeUv?: boolean;
  /** `full_matrices` (bool). Default false. */
  fullMatrices?: boolean;
}

/**
 * TensorFlow op `Svd`; outputs: s (dtype T), u (dtype T), v (dtype T).
 * T: one of float64, float32, float16, complex64, complex128.
 * @param input (dtype T)
 */
export function svd(input: OutputLike, options: SvdOptions = {}): { s: Output; u: Output; v: Output } {
  return opOutputs<{ s: Output; u: Output; v: Output }>('Svd', [input], options);
}

/**
 * TensorFlow op `Switch`; outputs: output_false (dtype T), output_true (dtype T).
 * @param data (dtype T)
 * @param pred (bool)
 */
export function switchOp(data: OutputLike, pred: OutputLike, options: InputOpOptions = {}): { outputFalse: Output; outputTrue: Output } {
  return opOutputs<{ outputFalse: Output; outputTrue: Output }>('Switch', [data, pred], options);
}

/** Options of {@link symbolicGradient} (TensorFlow op `SymbolicGradient`). */
export interface SymbolicGradientOptions extends InputOpOptions {
  /** `Tout` (list(type)). At least 1 item(s). */
  tout: DType[];
  /** `f` (func). */
  f: string | FuncAttr;
}

/**
 * TensorFlow op `SymbolicGradient`; outputs: output (list, dtypes Tout).
 * @param input (list, dtypes Tin)
 */
export function symbolicGradient(input: OutputLike[], options: SymbolicGradientOptions): Output[] {
  return opList('SymbolicGradient', [input], options);
}

/** TensorFlow op `SyncDevice`. */
export function syncDevice(graph: Graph, options: OpOptions = {}): Operation {
  return opNoOutput('SyncDevice', graph, options);
}
