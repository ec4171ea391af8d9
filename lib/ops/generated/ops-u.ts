// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Graph, Operation, Output } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link unbatch} (TensorFlow op `Unbatch`). */
export interface UnbatchOptions extends InputOpOptions {
  /** `timeout_micros` (int). */
  timeoutMicros: number;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/**
 * TensorFlow op `Unbatch`; outputs: unbatched_tensor (dtype T).
 * @param batchedTensor (dtype T)
 * @param batchIndex (int64)
 * @param id (int64)
 */
export function unbatch(batchedTensor: OutputLike, batchIndex: OutputLike, id: OutputLike, options: UnbatchOptions): Output {
  return op1('Unbatch', [batchedTensor, batchIndex, id], options);
}

/** Options of {@link unbatchGrad} (TensorFlow op `UnbatchGrad`). */
export interface UnbatchGradOptions extends InputOpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/**
 * TensorFlow op `UnbatchGrad`; outputs: batched_grad (dtype T).
 * @param originalInput (dtype T)
 * @param batchIndex (int64)
 * @param grad (dtype T)
 * @param id (int64)
 */
export function unbatchGrad(originalInput: OutputLike, batchIndex: OutputLike, grad: OutputLike, id: OutputLike, options: UnbatchGradOptions = {}): Output {
  return op1('UnbatchGrad', [originalInput, batchIndex, grad, id], options);
}

/** Options of {@link uncompressElement} (TensorFlow op `UncompressElement`). */
export interface UncompressElementOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `UncompressElement`; outputs: components (list, dtypes output_types).
 * @param compressed (variant)
 */
export function uncompressElement(compressed: OutputLike, options: UncompressElementOptions): Output[] {
  return opList('UncompressElement', [compressed], options);
}

/** Options of {@link uniformCandidateSampler} (TensorFlow op `UniformCandidateSampler`). */
export interface UniformCandidateSamplerOptions extends InputOpOptions {
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
 * TensorFlow op `UniformCandidateSampler`; outputs: sampled_candidates (int64), true_expected_count (float32), sampled_expected_count (float32).
 * @param trueClasses (int64)
 */
export function uniformCandidateSampler(trueClasses: OutputLike, options: UniformCandidateSamplerOptions): { sampledCandidates: Output; trueExpectedCount: Output; sampledExpectedCount: Output } {
  return opOutputs<{ sampledCandidates: Output; trueExpectedCount: Output; sampledExpectedCount: Output }>('UniformCandidateSampler', [trueClasses], options);
}

/** Options of {@link uniformDequantize} (TensorFlow op `UniformDequantize`). */
export interface UniformDequantizeOptions extends InputOpOptions {
  /** `Tout` (type). One of float32. */
  tout: DType;
  /** `quantization_axis` (int). Default -1. */
  quantizationAxis?: number;
  /** `quantization_min_val` (int). */
  quantizationMinVal: number;
  /** `quantization_max_val` (int). */
  quantizationMaxVal: number;
}

/**
 * TensorFlow op `UniformDequantize`; outputs: output (dtype Tout).
 * Tin: one of qint8, quint8, qint32.
 * @param input (dtype Tin)
 * @param scales (float32)
 * @param zeroPoints (int32)
 */
export function uniformDequantize(input: OutputLike, scales: OutputLike, zeroPoints: OutputLike, options: UniformDequantizeOptions): Output {
  return op1('UniformDequantize', [input, scales, zeroPoints], options);
}

/** Options of {@link uniformRequantize} (TensorFlow op `UniformRequantize`). */
export interface UniformRequantizeOptions extends InputOpOptions {
  /** `Tout` (type). One of qint8, qint32. */
  tout: DType;
  /** `input_quantization_axis` (int). Default -1. */
  inputQuantizationAxis?: number;
  /** `input_quantization_min_val` (int). */
  inputQuantizationMinVal: number;
  /** `input_quantization_max_val` (int). */
  inputQuantizationMaxVal: number;
  /** `output_quantization_axis` (int). Default -1. */
  outputQuantizationAxis?: number;
  /** `output_quantization_min_val` (int). */
  outputQuantizationMinVal: number;
  /** `output_quantization_max_val` (int). */
  outputQuantizationMaxVal: number;
}

/**
 * TensorFlow op `UniformRequantize`; outputs: output (dtype Tout).
 * Tin: one of qint8, qint32.
 * @param input (dtype Tin)
 * @param inputScales (float32)
 * @param inputZeroPoints (int32)
 * @param outputScales (float32)
 * @param outputZeroPoints (int32)
 */
export function uniformRequantize(input: OutputLike, inputScales: OutputLike, inputZeroPoints: OutputLike, outputScales: OutputLike, outputZeroPoints: OutputLike, options: UniformRequantizeOptions): Output {
  return op1('UniformRequantize', [input, inputScales, inputZeroPoints, outputScales, outputZeroPoints], options);
}

/** Options of {@link unique} (TensorFlow op `Unique`). */
export interface UniqueOptions extends InputOpOptions {
  /** `out_idx` (type). One of int32, int64. Default 'int32'. */
  outIdx?: DType;
}

/**
 * TensorFlow op `Unique`; outputs: y (dtype T), idx (dtype out_idx).
 * @param x (dtype T)
 */
export function unique(x: OutputLike, options: UniqueOptions = {}): { y: Output; idx: Output } {
  return opOutputs<{ y: Output; idx: Output }>('Unique', [x], options);
}

/** Options of {@link uniqueV2} (TensorFlow op `UniqueV2`). */
export interface UniqueV2Options extends InputOpOptions {
  /** `out_idx` (type). One of int32, int64. Default 'int32'. */
  outIdx?: DType;
}

/**
 * TensorFlow op `UniqueV2`; outputs: y (dtype T), idx (dtype out_idx).
 * Taxis: one of int32, int64.
 * @param x (dtype T)
 * @param axis (dtype Taxis)
 */
export function uniqueV2(x: OutputLike, axis: OutputLike, options: UniqueV2Options = {}): { y: Output; idx: Output } {
  return opOutputs<{ y: Output; idx: Output }>('UniqueV2', [x, axis], options);
}

/** Options of {@link uniqueWithCounts} (TensorFlow op `UniqueWithCounts`). */
export interface UniqueWithCountsOptions extends InputOpOptions {
  /** `out_idx` (type). One of int32, int64. Default 'int32'. */
  outIdx?: DType;
}

/**
 * TensorFlow op `UniqueWithCounts`; outputs: y (dtype T), idx (dtype out_idx), count (dtype out_idx).
 * @param x (dtype T)
 */
export function uniqueWithCounts(x: OutputLike, options: UniqueWithCountsOptions = {}): { y: Output; idx: Output; count: Output } {
  return opOutputs<{ y: Output; idx: Output; count: Output }>('UniqueWithCounts', [x], options);
}

/** Options of {@link uniqueWithCountsV2} (TensorFlow op `UniqueWithCountsV2`). */
export interface UniqueWithCountsV2Options extends InputOpOptions {
  /** `out_idx` (type). One of int32, int64. Default 'int32'. */
  outIdx?: DType;
}

/**
 * TensorFlow op `UniqueWithCountsV2`; outputs: y (dtype T), idx (dtype out_idx), count (dtype out_idx).
 * Taxis: one of int32, int64.
 * @param x (dtype T)
 * @param axis (dtype Taxis)
 */
export function uniqueWithCountsV2(x: OutputLike, axis: OutputLike, options: UniqueWithCountsV2Options = {}): { y: Output; idx: Output; count: Output } {
  return opOutputs<{ y: Output; idx: Output; count: Output }>('UniqueWithCountsV2', [x, axis], options);
}

/** Options of {@link unpack} (TensorFlow op `Unpack`). */
export interface UnpackOptions extends InputOpOptions {
  /** `num` (int). Minimum 0. */
  num: number;
  /** `axis` (int). Default 0. */
  axis?: number;
}

/**
 * TensorFlow op `Unpack`; outputs: output (list of num, dtype T).
 * @param value (dtype T)
 */
export function unpack(value: OutputLike, options: UnpackOptions): Output[] {
  return opList('Unpack', [value], options);
}

/**
 * TensorFlow op `UnravelIndex`; outputs: output (dtype Tidx).
 * Tidx: one of int32, int64.
 * @param indices (dtype Tidx)
 * @param dims (dtype Tidx)
 */
export function unravelIndex(indices: OutputLike, dims: OutputLike, options: InputOpOptions = {}): Output {
  return op1('UnravelIndex', [indices, dims], options);
}

/** Options of {@link unsortedSegmentJoin} (TensorFlow op `UnsortedSegmentJoin`). */
export interface UnsortedSegmentJoinOptions extends InputOpOptions {
  /** `separator` (string). Default "". */
  separator?: string;
}

/**
 * TensorFlow op `UnsortedSegmentJoin`; outputs: output (string).
 * Tindices: one of int32, int64.
 * Tnumsegments: one of int32, int64.
 * @param inputs (string)
 * @param segmentIds (dtype Tindices)
 * @param numSegments (dtype Tnumsegments)
 */
export function unsortedSegmentJoin(inputs: OutputLike, segmentIds: OutputLike, numSegments: OutputLike, options: UnsortedSegmentJoinOptions = {}): Output {
  return op1('UnsortedSegmentJoin', [inputs, segmentIds, numSegments], options);
}

/**
 * TensorFlow op `UnsortedSegmentMax`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * Tnumsegments: one of int32, int64.
 * @param data (dtype T)
 * @param segmentIds (dtype Tindices)
 * @param numSegments (dtype Tnumsegments)
 */
export function unsortedSegmentMax(data: OutputLike, segmentIds: OutputLike, numSegments: OutputLike, options: InputOpOptions = {}): Output {
  return op1('UnsortedSegmentMax', [data, segmentIds, numSegments], options);
}

/**
 * TensorFlow op `UnsortedSegmentMin`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * Tnumsegments: one of int32, int64.
 * @param data (dtype T)
 * @param segmentIds (dtype Tindices)
 * @param numSegments (dtype Tnumsegments)
 */
export function unsortedSegmentMin(data: OutputLike, segmentIds: OutputLike, numSegments: OutputLike, options: InputOpOptions = {}): Output {
  return op1('UnsortedSegmentMin', [data, segmentIds, numSegments], options);
}

/**
 * TensorFlow op `UnsortedSegmentProd`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * Tnumsegments: one of int32, int64.
 * @param data (dtype T)
 * @param segmentIds (dtype Tindices)
 * @param numSegments (dtype Tnumsegments)
 */
export function unsortedSegmentProd(data: OutputLike, segmentIds: OutputLike, numSegments: OutputLike, options: InputOpOptions = {}): Output {
  return op1('UnsortedSegmentProd', [data, segmentIds, numSegments], options);
}

/**
 * TensorFlow op `UnsortedSegmentSum`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int16, int32, int64.
 * Tnumsegments: one of int32, int64.
 * @param data (dtype T)
 * @param segmentIds (dtype Tindices)
 * @param numSegments (dtype Tnumsegments)
 */
export function unsortedSegmentSum(data: OutputLike, segmentIds: OutputLike, numSegments: OutputLike, options: InputOpOptions = {}): Output {
  return op1('UnsortedSegmentSum', [data, segmentIds, numSegments], options);
}

/** Options of {@link unstage} (TensorFlow op `Unstage`). */
export interface UnstageOptions extends OpOptions {
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

/** TensorFlow op `Unstage`; outputs: values (list, dtypes dtypes). */
export function unstage(graph: Graph, options: UnstageOptions): Output[] {
  return opList('Unstage', graph, options);
}

/**
 * TensorFlow op `UpdateTaskIdAndGlobalCoreArray`.
 * @param tpuTaskIdToShardId (list of task_count, int32)
 */
export function updateTaskIdAndGlobalCoreArray(tpuTaskIdToShardId: OutputLike[], options: InputOpOptions = {}): Operation {
  return opNoOutput('UpdateTaskIdAndGlobalCoreArray', [tpuTaskIdToShardId], options);
}

/** Options of {@link upperBound} (TensorFlow op `UpperBound`). */
export interface UpperBoundOptions extends InputOpOptions {
  /** `out_type` (type). One of int32, int64. Default 'int32'. */
  outType?: DType;
}

/**
 * TensorFlow op `UpperBound`; outputs: output (dtype out_type).
 * @param sortedInputs (dtype T)
 * @param values (dtype T)
 */
export function upperBound(sortedInputs: OutputLike, values: OutputLike, options: UpperBoundOptions = {}): Output {
  return op1('UpperBound', [sortedInputs, values], options);
}
