// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Operation, Output } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link rfft} (TensorFlow op `RFFT`). */
export interface RfftOptions extends InputOpOptions {
  /** `Tcomplex` (type). One of complex64, complex128. Default 'complex64'. */
  tcomplex?: DType;
}

/**
 * TensorFlow op `RFFT`; outputs: output (dtype Tcomplex).
 * Treal: one of float32, float64.
 * @param input (dtype Treal)
 * @param fftLength (int32)
 */
export function rfft(input: OutputLike, fftLength: OutputLike, options: RfftOptions = {}): Output {
  return op1('RFFT', [input, fftLength], options);
}

/** Options of {@link rfft2d} (TensorFlow op `RFFT2D`). */
export interface Rfft2dOptions extends InputOpOptions {
  /** `Tcomplex` (type). One of complex64, complex128. Default 'complex64'. */
  tcomplex?: DType;
}

/**
 * TensorFlow op `RFFT2D`; outputs: output (dtype Tcomplex).
 * Treal: one of float32, float64.
 * @param input (dtype Treal)
 * @param fftLength (int32)
 */
export function rfft2d(input: OutputLike, fftLength: OutputLike, options: Rfft2dOptions = {}): Output {
  return op1('RFFT2D', [input, fftLength], options);
}

/** Options of {@link rfft3d} (TensorFlow op `RFFT3D`). */
export interface Rfft3dOptions extends InputOpOptions {
  /** `Tcomplex` (type). One of complex64, complex128. Default 'complex64'. */
  tcomplex?: DType;
}

/**
 * TensorFlow op `RFFT3D`; outputs: output (dtype Tcomplex).
 * Treal: one of float32, float64.
 * @param input (dtype Treal)
 * @param fftLength (int32)
 */
export function rfft3d(input: OutputLike, fftLength: OutputLike, options: Rfft3dOptions = {}): Output {
  return op1('RFFT3D', [input, fftLength], options);
}

/** Options of {@link rfftnd} (TensorFlow op `RFFTND`). */
export interface RfftndOptions extends InputOpOptions {
  /** `Tcomplex` (type). One of complex64, complex128. Default 'complex64'. */
  tcomplex?: DType;
}

/**
 * TensorFlow op `RFFTND`; outputs: output (dtype Tcomplex).
 * Treal: one of float32, float64.
 * @param input (dtype Treal)
 * @param fftLength (int32)
 * @param axes (int32)
 */
export function rfftnd(input: OutputLike, fftLength: OutputLike, axes: OutputLike, options: RfftndOptions = {}): Output {
  return op1('RFFTND', [input, fftLength, axes], options);
}

/** Options of {@link raggedBincount} (TensorFlow op `RaggedBincount`). */
export interface RaggedBincountOptions extends InputOpOptions {
  /** `binary_output` (bool). Default false. */
  binaryOutput?: boolean;
}

/**
 * TensorFlow op `RaggedBincount`; outputs: output (dtype T).
 * Tidx: one of int32, int64.
 * T: one of int32, int64, float32, float64.
 * @param splits (int64)
 * @param values (dtype Tidx)
 * @param size (dtype Tidx)
 * @param weights (dtype T)
 */
export function raggedBincount(splits: OutputLike, values: OutputLike, size: OutputLike, weights: OutputLike, options: RaggedBincountOptions = {}): Output {
  return op1('RaggedBincount', [splits, values, size, weights], options);
}

/** Options of {@link raggedCountSparseOutput} (TensorFlow op `RaggedCountSparseOutput`). */
export interface RaggedCountSparseOutputOptions extends InputOpOptions {
  /** `minlength` (int). Minimum -1. Default -1. */
  minlength?: number;
  /** `maxlength` (int). Minimum -1. Default -1. */
  maxlength?: number;
  /** `binary_output` (bool). */
  binaryOutput: boolean;
}

/**
 * TensorFlow op `RaggedCountSparseOutput`; outputs: output_indices (int64), output_values (dtype output_type), output_dense_shape (int64).
 * T: one of int32, int64.
 * output_type: one of int32, int64, float32, float64.
 * @param splits (int64)
 * @param values (dtype T)
 * @param weights (dtype output_type)
 */
export function raggedCountSparseOutput(splits: OutputLike, values: OutputLike, weights: OutputLike, options: RaggedCountSparseOutputOptions): { outputIndices: Output; outputValues: Output; outputDenseShape: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output; outputDenseShape: Output }>('RaggedCountSparseOutput', [splits, values, weights], options);
}

/** Options of {@link raggedCross} (TensorFlow op `RaggedCross`). */
export interface RaggedCrossOptions extends InputOpOptions {
  /** `input_order` (string). */
  inputOrder: string;
  /** `hashed_output` (bool). */
  hashedOutput: boolean;
  /** `num_buckets` (int). Minimum 0. */
  numBuckets: number;
  /** `hash_key` (int). */
  hashKey: number;
  /** `out_values_type` (type). One of int64, string. */
  outValuesType: DType;
  /** `out_row_splits_type` (type). One of int32, int64. */
  outRowSplitsType: DType;
}

/**
 * TensorFlow op `RaggedCross`; outputs: output_values (dtype out_values_type), output_row_splits (dtype out_row_splits_type).
 * @param raggedValues (list, dtypes ragged_values_types)
 * @param raggedRowSplits (list, dtypes ragged_splits_types)
 * @param sparseIndices (list of Nsparse, int64)
 * @param sparseValues (list, dtypes sparse_values_types)
 * @param sparseShape (list of Nsparse, int64)
 * @param denseInputs (list, dtypes dense_types)
 */
export function raggedCross(raggedValues: OutputLike[], raggedRowSplits: OutputLike[], sparseIndices: OutputLike[], sparseValues: OutputLike[], sparseShape: OutputLike[], denseInputs: OutputLike[], options: RaggedCrossOptions): { outputValues: Output; outputRowSplits: Output } {
  return opOutputs<{ outputValues: Output; outputRowSplits: Output }>('RaggedCross', [raggedValues, raggedRowSplits, sparseIndices, sparseValues, sparseShape, denseInputs], options);
}

/**
 * TensorFlow op `RaggedFillEmptyRows`; outputs: output_value_rowids (int64), output_values (dtype T), empty_row_indicator (bool), reverse_index_map (int64).
 * @param valueRowids (int64)
 * @param values (dtype T)
 * @param nrows (int64)
 * @param defaultValue (dtype T)
 */
export function raggedFillEmptyRows(valueRowids: OutputLike, values: OutputLike, nrows: OutputLike, defaultValue: OutputLike, options: InputOpOptions = {}): { outputValueRowids: Output; outputValues: Output; emptyRowIndicator: Output; reverseIndexMap: Output } {
  return opOutputs<{ outputValueRowids: Output; outputValues: Output; emptyRowIndicator: Output; reverseIndexMap: Output }>('RaggedFillEmptyRows', [valueRowids, values, nrows, defaultValue], options);
}

/**
 * TensorFlow op `RaggedFillEmptyRowsGrad`; outputs: d_values (dtype T), d_default_value (dtype T).
 * @param reverseIndexMap (int64)
 * @param gradValues (dtype T)
 */
export function raggedFillEmptyRowsGrad(reverseIndexMap: OutputLike, gradValues: OutputLike, options: InputOpOptions = {}): { dValues: Output; dDefaultValue: Output } {
  return opOutputs<{ dValues: Output; dDefaultValue: Output }>('RaggedFillEmptyRowsGrad', [reverseIndexMap, gradValues], options);
}

/** Options of {@link raggedGather} (TensorFlow op `RaggedGather`). */
export interface RaggedGatherOptions extends InputOpOptions {
  /** `OUTPUT_RAGGED_RANK` (int). Minimum 0. */
  outputRAGGEDRANK: number;
}

/**
 * TensorFlow op `RaggedGather`; outputs: output_nested_splits (list of OUTPUT_RAGGED_RANK, dtype Tsplits), output_dense_values (dtype Tvalues).
 * Tindices: one of int32, int64.
 * Tsplits: one of int32, int64.
 * @param paramsNestedSplits (list of PARAMS_RAGGED_RANK, dtype Tsplits)
 * @param paramsDenseValues (dtype Tvalues)
 * @param indices (dtype Tindices)
 */
export function raggedGather(paramsNestedSplits: OutputLike[], paramsDenseValues: OutputLike, indices: OutputLike, options: RaggedGatherOptions): { outputNestedSplits: Output[]; outputDenseValues: Output } {
  return opOutputs<{ outputNestedSplits: Output[]; outputDenseValues: Output }>('RaggedGather', [paramsNestedSplits, paramsDenseValues, indices], options);
}

/** Options of {@link raggedRange} (TensorFlow op `RaggedRange`). */
export interface RaggedRangeOptions extends InputOpOptions {
  /** `Tsplits` (type). One of int32, int64. Default 'int64'. */
  tsplits?: DType;
}

/**
 * TensorFlow op `RaggedRange`; outputs: rt_nested_splits (dtype Tsplits), rt_dense_values (dtype T).
 * T: one of bfloat16, float32, float64, int32, int64.
 * @param starts (dtype T)
 * @param limits (dtype T)
 * @param deltas (dtype T)
 */
export function raggedRange(starts: OutputLike, limits: OutputLike, deltas: OutputLike, options: RaggedRangeOptions = {}): { rtNestedSplits: Output; rtDenseValues: Output } {
  return opOutputs<{ rtNestedSplits: Output; rtDenseValues: Output }>('RaggedRange', [starts, limits, deltas], options);
}

/** Options of {@link raggedTensorFromVariant} (TensorFlow op `RaggedTensorFromVariant`). */
export interface RaggedTensorFromVariantOptions extends InputOpOptions {
  /** `input_ragged_rank` (int). Minimum -1. */
  inputRaggedRank: number;
  /** `output_ragged_rank` (int). Minimum 0. */
  outputRaggedRank: number;
  /** `Tvalues` (type). */
  tvalues: DType;
  /** `Tsplits` (type). One of int32, int64. Default 'int64'. */
  tsplits?: DType;
}

/**
 * TensorFlow op `RaggedTensorFromVariant`; outputs: output_nested_splits (list of output_ragged_rank, dtype Tsplits), output_dense_values (dtype Tvalues).
 * @param encodedRagged (variant)
 */
export function raggedTensorFromVariant(encodedRagged: OutputLike, options: RaggedTensorFromVariantOptions): { outputNestedSplits: Output[]; outputDenseValues: Output } {
  return opOutputs<{ outputNestedSplits: Output[]; outputDenseValues: Output }>('RaggedTensorFromVariant', [encodedRagged], options);
}

/**
 * TensorFlow op `RaggedTensorToSparse`; outputs: sparse_indices (int64), sparse_values (dtype T), sparse_dense_shape (int64).
 * Tsplits: one of int32, int64.
 * @param rtNestedSplits (list of RAGGED_RANK, dtype Tsplits)
 * @param rtDenseValues (dtype T)
 */
export function raggedTensorToSparse(rtNestedSplits: OutputLike[], rtDenseValues: OutputLike, options: InputOpOptions = {}): { sparseIndices: Output; sparseValues: Output; sparseDenseShape: Output } {
  return opOutputs<{ sparseIndices: Output; sparseValues: Output; sparseDenseShape: Output }>('RaggedTensorToSparse', [rtNestedSplits, rtDenseValues], options);
}

/** Options of {@link raggedTensorToTensor} (TensorFlow op `RaggedTensorToTensor`). */
export interface RaggedTensorToTensorOptions extends InputOpOptions {
  /** `row_partition_types` (list(string)). */
  rowPartitionTypes: string[];
}

/**
 * TensorFlow op `RaggedTensorToTensor`; outputs: result (dtype T).
 * Tindex: one of int64, int32.
 * Tshape: one of int64, int32.
 * @param shape (dtype Tshape)
 * @param values (dtype T)
 * @param defaultValue (dtype T)
 * @param rowPartitionTensors (list of num_row_partition_tensors, dtype Tindex)
 */
export function raggedTensorToTensor(shape: OutputLike, values: OutputLike, defaultValue: OutputLike, rowPartitionTensors: OutputLike[], options: RaggedTensorToTensorOptions): Output {
  return op1('RaggedTensorToTensor', [shape, values, defaultValue, rowPartitionTensors], options);
}

/** Options of {@link raggedTensorToVariant} (TensorFlow op `RaggedTensorToVariant`). */
export interface RaggedTensorToVariantOptions extends InputOpOptions {
  /** `batched_input` (bool). */
  batchedInput: boolean;
}

/**
 * TensorFlow op `RaggedTensorToVariant`; outputs: encoded_ragged (variant).
 * Tsplits: one of int32, int64.
 * @param rtNestedSplits (list of RAGGED_RANK, dtype Tsplits)
 * @param rtDenseValues (dtype Tvalues)
 */
export function raggedTensorToVariant(rtNestedSplits: OutputLike[], rtDenseValues: OutputLike, options: RaggedTensorToVariantOptions): Output {
  return op1('RaggedTensorToVariant', [rtNestedSplits, rtDenseValues], options);
}

/** Options of {@link raggedTensorToVariantGradient} (TensorFlow op `RaggedTensorToVariantGradient`). */
export interface RaggedTensorToVariantGradientOptions extends InputOpOptions {
  /** `Tvalues` (type). */
  tvalues: DType;
}

/**
 * TensorFlow op `RaggedTensorToVariantGradient`; outputs: dense_values_grad (dtype Tvalues).
 * Tsplits: one of int32, int64.
 * @param encodedRaggedGrad (variant)
 * @param rowSplits (dtype Tsplits)
 * @param denseValuesShape (int32)
 */
export function raggedTensorToVariantGradient(encodedRaggedGrad: OutputLike, rowSplits: OutputLike, denseValuesShape: OutputLike, options: RaggedTensorToVariantGradientOptions): Output {
  return op1('RaggedTensorToVariantGradient', [encodedRaggedGrad, rowSplits, denseValuesShape], options);
}

/**
 * TensorFlow op `Range`; outputs: output (dtype Tidx).
 * Tidx: one of bfloat16, float16, float32, float64, int8, int16, int32, int64, uint16, uint32, uint64.
 * @param start (dtype Tidx)
 * @param limit (dtype Tidx)
 * @param delta (dtype Tidx)
 */
export function range(start: OutputLike, limit: OutputLike, delta: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Range', [start, limit, delta], options);
}

/**
 * TensorFlow op `Rank`; outputs: output (int32).
 * @param input (dtype T)
 */
export function rank(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Rank', [input], options);
}

/**
 * TensorFlow op `ReadFile`; outputs: contents (string).
 * @param filename (string)
 */
export function readFile(filename: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ReadFile', [filename], options);
}

/** Options of {@link readVariableXlaSplitND} (TensorFlow op `ReadVariableXlaSplitND`). */
export interface ReadVariableXlaSplitNDOptions extends InputOpOptions {
  /** `T` (type). */
  t: DType;
  /** `N` (int). Minimum 1. */
  n: number;
  /** `num_splits` (list(int)). */
  numSplits: number[];
  /** `paddings` (list(int)). Default []. */
  paddings?: number[];
}

/**
 * TensorFlow op `ReadVariableXlaSplitND`; outputs: outputs (list of N, dtype T).
 * @param resource (resource)
 */
export function readVariableXlaSplitND(resource: OutputLike, options: ReadVariableXlaSplitNDOptions): Output[] {
  return opList('ReadVariableXlaSplitND', [resource], options);
}

/**
 * TensorFlow op `ReaderNumRecordsProduced`; outputs: records_produced (int64).
 * @param readerHandle (string)
 */
export function readerNumRecordsProduced(readerHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ReaderNumRecordsProduced', [readerHandle], options);
}

/**
 * TensorFlow op `ReaderNumRecordsProducedV2`; outputs: records_produced (int64).
 * @param readerHandle (resource)
 */
export function readerNumRecordsProducedV2(readerHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ReaderNumRecordsProducedV2', [readerHandle], options);
}

/**
 * TensorFlow op `ReaderNumWorkUnitsCompleted`; outputs: units_completed (int64).
 * @param readerHandle (string)
 */
export function readerNumWorkUnitsCompleted(readerHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ReaderNumWorkUnitsCompleted', [readerHandle], options);
}

/**
 * TensorFlow op `ReaderNumWorkUnitsCompletedV2`; outputs: units_completed (int64).
 * @param readerHandle (resource)
 */
export function readerNumWorkUnitsCompletedV2(readerHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ReaderNumWorkUnitsCompletedV2', [readerHandle], options);
}

/**
 * TensorFlow op `ReaderRead`; outputs: key (string), value (string).
 * @param readerHandle (string)
 * @param queueHandle (string)
 */
export function readerRead(readerHandle: OutputLike, queueHandle: OutputLike, options: InputOpOptions = {}): { key: Output; value: Output } {
  return opOutputs<{ key: Output; value: Output }>('ReaderRead', [readerHandle, queueHandle], options);
}

/**
 * TensorFlow op `ReaderReadUpTo`; outputs: keys (string), values (string).
 * @param readerHandle (string)
 * @param queueHandle (string)
 * @param numRecords (int64)
 */
export function readerReadUpTo(readerHandle: OutputLike, queueHandle: OutputLike, numRecords: OutputLike, options: InputOpOptions = {}): { keys: Output; values: Output } {
  return opOutputs<{ keys: Output; values: Output }>('ReaderReadUpTo', [readerHandle, queueHandle, numRecords], options);
}

/**
 * TensorFlow op `ReaderReadUpToV2`; outputs: keys (string), values (string).
 * @param readerHandle (resource)
 * @param queueHandle (resource)
 * @param numRecords (int64)
 */
export function readerReadUpToV2(readerHandle: OutputLike, queueHandle: OutputLike, numRecords: OutputLike, options: InputOpOptions = {}): { keys: Output; values: Output } {
  return opOutputs<{ keys: Output; values: Output }>('ReaderReadUpToV2', [readerHandle, queueHandle, numRecords], options);
}

/**
 * TensorFlow op `ReaderReadV2`; outputs: key (string), value (string).
 * @param readerHandle (resource)
 * @param queueHandle (resource)
 */
export function readerReadV2(readerHandle: OutputLike, queueHandle: OutputLike, options: InputOpOptions = {}): { key: Output; value: Output } {
  return opOutputs<{ key: Output; value: Output }>('ReaderReadV2', [readerHandle, queueHandle], options);
}

/**
 * TensorFlow op `ReaderReset`.
 * @param readerHandle (string)
 */
export function readerReset(readerHandle: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ReaderReset', [readerHandle], options);
}

/**
 * TensorFlow op `ReaderResetV2`.
 * @param readerHandle (resource)
 */
export function readerResetV2(readerHandle: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ReaderResetV2', [readerHandle], options);
}

/**
 * TensorFlow op `ReaderRestoreState`.
 * @param readerHandle (string)
 * @param state (string)
 */
export function readerRestoreState(readerHandle: OutputLike, state: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ReaderRestoreState', [readerHandle, state], options);
}

/**
 * TensorFlow op `ReaderRestoreStateV2`.
 * @param readerHandle (resource)
 * @param state (string)
 */
export function readerRestoreStateV2(readerHandle: OutputLike, state: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ReaderRestoreStateV2', [readerHandle, state], options);
}

/**
 * TensorFlow op `ReaderSerializeState`; outputs: state (string).
 * @param readerHandle (string)
 */
export function readerSerializeState(readerHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ReaderSerializeState', [readerHandle], options);
}

/**
 * TensorFlow op `ReaderSerializeStateV2`; outputs: state (string).
 * @param readerHandle (resource)
 */
export function readerSerializeStateV2(readerHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ReaderSerializeStateV2', [readerHandle], options);
}

/** Options of {@link real} (TensorFlow op `Real`). */
export interface RealOptions extends InputOpOptions {
  /** `Tout` (type). One of float32, float64. Default 'float32'. */
  tout?: DType;
}

/**
 * TensorFlow op `Real`; outputs: output (dtype Tout).
 * T: one of complex64, complex128.
 * @param input (dtype T)
 */
export function real(input: OutputLike, options: RealOptions = {}): Output {
  return op1('Real', [input], options);
}

/**
 * TensorFlow op `RealDiv`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, uint8, int8, uint16, int16, int32, uint32, uint64, int64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function realDiv(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RealDiv', [x, y], options);
}

/**
 * TensorFlow op `Reciprocal`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, int8, int16, int32, int64, complex64, complex128.
 * @param x (dtype T)
 */
export function reciprocal(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Reciprocal', [x], options);
}

/**
 * TensorFlow op `ReciprocalGrad`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param y (dtype T)
 * @param dy (dtype T)
 */
export function reciprocalGrad(y: OutputLike, dy: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ReciprocalGrad', [y, dy], options);
}

/** Options of {@link recordInput} (TensorFlow op `RecordInput`). */
export interface RecordInputOptions extends OpOptions {
  /** `file_pattern` (string). */
  filePattern: string;
  /** `file_random_seed` (int). Default 301. */
  fileRandomSeed?: number;
  /** `file_shuffle_shift_ratio` (float). Default 0. */
  fileShuffleShiftRatio?: number;
  /** `file_buffer_size` (int). Default 10000. */
  fileBufferSize?: number;
  /** `file_parallelism` (int). Default 16. */
  fileParallelism?: number;
  /** `batch_size` (int). Default 32. */
  batchSize?: number;
  /** `compression_type` (string). Default "". */
  compressionType?: string;
}

/** TensorFlow op `RecordInput`; outputs: records (string). */
export function recordInput(graph: Graph, options: RecordInputOptions): Output {
  return op1('RecordInput', graph, options);
}

/** Options of {@link recv} (TensorFlow op `Recv`). */
export interface RecvOptions extends OpOptions {
  /** `tensor_type` (type). */
  tensorType: DType;
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

/** TensorFlow op `Recv`; outputs: tensor (dtype tensor_type). */
export function recv(graph: Graph, options: RecvOptions): Output {
  return op1('Recv', graph, options);
}

/** Options of {@link refEnter} (TensorFlow op `RefEnter`). */
export interface RefEnterOptions extends InputOpOptions {
  /** `frame_name` (string). */
  frameName: string;
  /** `is_constant` (bool). Default false. */
  isConstant?: boolean;
  /** `parallel_iterations` (int). Default 10. */
  parallelIterations?: number;
}

/**
 * TensorFlow op `RefEnter`; outputs: output (dtype T).
 * @param data (dtype T)
 */
export function refEnter(data: OutputLike, options: RefEnterOptions): Output {
  return op1('RefEnter', [data], options);
}

/**
 * TensorFlow op `RefExit`; outputs: output (dtype T).
 * @param data (dtype T)
 */
export function refExit(data: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RefExit', [data], options);
}

/**
 * TensorFlow op `RefIdentity`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function refIdentity(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RefIdentity', [input], options);
}

/**
 * TensorFlow op `RefMerge`; outputs: output (dtype T), value_index (int32).
 * @param inputs (list of N, dtype T)
 */
export function refMerge(inputs: OutputLike[], options: InputOpOptions = {}): { output: Output; valueIndex: Output } {
  return opOutputs<{ output: Output; valueIndex: Output }>('RefMerge', [inputs], options);
}

/**
 * TensorFlow op `RefNextIteration`; outputs: output (dtype T).
 * @param data (dtype T)
 */
export function refNextIteration(data: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RefNextIteration', [data], options);
}

/**
 * TensorFlow op `RefSelect`; outputs: output (dtype T).
 * @param index (int32)
 * @param inputs (list of N, dtype T)
 */
export function refSelect(index: OutputLike, inputs: OutputLike[], options: InputOpOptions = {}): Output {
  return op1('RefSelect', [index, inputs], options);
}

/**
 * TensorFlow op `RefSwitch`; outputs: output_false (dtype T), output_true (dtype T).
 * @param data (dtype T)
 * @param pred (bool)
 */
export function refSwitch(data: OutputLike, pred: OutputLike, options: InputOpOptions = {}): { outputFalse: Output; outputTrue: Output } {
  return opOutputs<{ outputFalse: Output; outputTrue: Output }>('RefSwitch', [data, pred], options);
}

/** Options of {@link relayout} (TensorFlow op `Relayout`). */
export interface RelayoutOptions extends InputOpOptions {
  /** `layout` (string). */
  layout: string;
}

/**
 * TensorFlow op `Relayout`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function relayout(input: OutputLike, options: RelayoutOptions): Output {
  return op1('Relayout', [input], options);
}

/**
 * TensorFlow op `RelayoutLike`; outputs: output (dtype T).
 * @param input (dtype T)
 * @param layoutInput (dtype U)
 */
export function relayoutLike(input: OutputLike, layoutInput: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RelayoutLike', [input, layoutInput], options);
}

/** Options of {@link remoteCall} (TensorFlow op `RemoteCall`). */
export interface RemoteCallOptions extends InputOpOptions {
  /** `Tout` (list(type)). At least 1 item(s). */
  tout: DType[];
  /** `f` (func). */
  f: string | FuncAttr;
}

/**
 * TensorFlow op `RemoteCall`; outputs: output (list, dtypes Tout).
 * @param target (string)
 * @param args (list, dtypes Tin)
 */
export function remoteCall(target: OutputLike, args: OutputLike[], options: RemoteCallOptions): Output[] {
  return opList('RemoteCall', [target, args], options);
}

/**
 * TensorFlow op `Reshape`; outputs: output (dtype T).
 * Tshape: one of int32, int64.
 * @param tensor (dtype T)
 * @param shape (dtype Tshape)
 */
export function reshape(tensor: OutputLike, shape: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Reshape', [tensor, shape], options);
}

/** Options of {@link restore} (TensorFlow op `Restore`). */
export interface RestoreOptions extends InputOpOptions {
  /** `dt` (type). */
  dt: DType;
  /** `preferred_shard` (int). Default -1. */
  preferredShard?: number;
}

/**
 * TensorFlow op `Restore`; outputs: tensor (dtype dt).
 * @param filePattern (string)
 * @param tensorName (string)
 */
export function restore(filePattern: OutputLike, tensorName: OutputLike, options: RestoreOptions): Output {
  return op1('Restore', [filePattern, tensorName], options);
}

/** Options of {@link restoreSlice} (TensorFlow op `RestoreSlice`). */
export interface RestoreSliceOptions extends InputOpOptions {
  /** `dt` (type). */
  dt: DType;
  /** `preferred_shard` (int). Default -1. */
  preferredShard?: number;
}

/**
 * TensorFlow op `RestoreSlice`; outputs: tensor (dtype dt).
 * @param filePattern (string)
 * @param tensorName (string)
 * @param shapeAndSlice (string)
 */
export function restoreSlice(filePattern: OutputLike, tensorName: OutputLike, shapeAndSlice: OutputLike, options: RestoreSliceOptions): Output {
  return op1('RestoreSlice', [filePattern, tensorName, shapeAndSlice], options);
}

/** Options of {@link restoreV2} (TensorFlow op `RestoreV2`). */
export interface RestoreV2Options extends InputOpOptions {
  /** `dtypes` (list(type)). At least 1 item(s). */
  dtypes: DType[];
}

/**
 * TensorFlow op `RestoreV2`; outputs: tensors (list, dtypes dtypes).
 * @param prefix (string)
 * @param tensorNames (string)
 * @param shapeAndSlices (string)
 */
export function restoreV2(prefix: OutputLike, tensorNames: OutputLike, shapeAndSlices: OutputLike, options: RestoreV2Options): Output[] {
  return opList('RestoreV2', [prefix, tensorNames, shapeAndSlices], options);
}

/**
 * TensorFlow op `Reverse`; outputs: output (dtype T).
 * T: one of uint8, int8, uint16, int16, uint32, int32, uint64, int64, bool, bfloat16, float16, float32, float64, complex64, complex128, string.
 * @param tensor (dtype T)
 * @param dims (bool)
 */
export function reverse(tensor: OutputLike, dims: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Reverse', [tensor, dims], options);
}

/** Options of {@link reverseSequence} (TensorFlow op `ReverseSequence`). */
export interface ReverseSequenceOptions extends InputOpOptions {
  /** `seq_dim` (int). */
  seqDim: number;
  /** `batch_dim` (int). Default 0. */
  batchDim?: number;
}

/**
 * TensorFlow op `ReverseSequence`; outputs: output (dtype T).
 * Tlen: one of int32, int64.
 * @param input (dtype T)
 * @param seqLengths (dtype Tlen)
 */
export function reverseSequence(input: OutputLike, seqLengths: OutputLike, options: ReverseSequenceOptions): Output {
  return op1('ReverseSequence', [input, seqLengths], options);
}

/**
 * TensorFlow op `ReverseV2`; outputs: output (dtype T).
 * Tidx: one of int32, int64.
 * T: one of uint8, int8, uint16, int16, int32, uint32, int64, uint64, bool, bfloat16, float16, float32, float64, complex64, complex128, string.
 * @param tensor (dtype T)
 * @param axis (dtype Tidx)
 */
export function reverseV2(tensor: OutputLike, axis: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ReverseV2', [tensor, axis], options);
}

/**
 * TensorFlow op `RightShift`; outputs: z (dtype T).
 * T: one of int8, int16, int32, int64, uint8, uint16, uint32, uint64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function rightShift(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RightShift', [x, y], options);
}

/**
 * TensorFlow op `Rint`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function rint(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Rint', [x], options);
}

/**
 * TensorFlow op `RiscAbs`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function riscAbs(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscAbs', [x], options);
}

/**
 * TensorFlow op `RiscAdd`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function riscAdd(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscAdd', [x, y], options);
}

/** Options of {@link riscBinaryArithmetic} (TensorFlow op `RiscBinaryArithmetic`). */
export interface RiscBinaryArithmeticOptions extends InputOpOptions {
  /** `op_type` (string). One of "ADD", "SUB", "MUL", "DIV", "REM", "MIN", "POW". */
  opType: string;
}

/**
 * TensorFlow op `RiscBinaryArithmetic`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function riscBinaryArithmetic(x: OutputLike, y: OutputLike, options: RiscBinaryArithmeticOptions): Output {
  return op1('RiscBinaryArithmetic', [x, y], options);
}

/** Options of {@link riscBinaryComparison} (TensorFlow op `RiscBinaryComparison`). */
export interface RiscBinaryComparisonOptions extends InputOpOptions {
  /** `op_type` (string). One of "EQ", "NE", "GE", "GT", "LE", "LT". */
  opType: string;
}

/**
 * TensorFlow op `RiscBinaryComparison`; outputs: z (bool).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function riscBinaryComparison(x: OutputLike, y: OutputLike, options: RiscBinaryComparisonOptions): Output {
  return op1('RiscBinaryComparison', [x, y], options);
}

/** Options of {@link riscBitcast} (TensorFlow op `RiscBitcast`). */
export interface RiscBitcastOptions extends InputOpOptions {
  /** `DstT` (type). */
  dstT: DType;
}

/**
 * TensorFlow op `RiscBitcast`; outputs: y (dtype DstT).
 * @param x (dtype SrcT)
 */
export function riscBitcast(x: OutputLike, options: RiscBitcastOptions): Output {
  return op1('RiscBitcast', [x], options);
}

/**
 * TensorFlow op `RiscBroadcast`; outputs: output (dtype T).
 * Tidx: one of int32, int64.
 * @param input (dtype T)
 * @param shape (dtype Tidx)
 */
export function riscBroadcast(input: OutputLike, shape: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscBroadcast', [input, shape], options);
}

/** Options of {@link riscCast} (TensorFlow op `RiscCast`). */
export interface RiscCastOptions extends InputOpOptions {
  /** `DstT` (type). */
  dstT: DType;
}

/**
 * TensorFlow op `RiscCast`; outputs: y (dtype DstT).
 * @param x (dtype SrcT)
 */
export function riscCast(x: OutputLike, options: RiscCastOptions): Output {
  return op1('RiscCast', [x], options);
}

/**
 * TensorFlow op `RiscCeil`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function riscCeil(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscCeil', [x], options);
}

/**
 * TensorFlow op `RiscCholesky`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param input (dtype T)
 */
export function riscCholesky(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscCholesky', [input], options);
}

/**
 * TensorFlow op `RiscConcat`; outputs: output (dtype T).
 * Tidx: one of int32, int64.
 * @param values (list of N, dtype T)
 * @param axis (dtype Tidx)
 */
export function riscConcat(values: OutputLike[], axis: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscConcat', [values, axis], options);
}

/** Options of {@link riscCondition} (TensorFlow op `RiscCondition`). */
export interface RiscConditionOptions extends InputOpOptions {
  /** `func_true` (func). */
  funcTrue: string | FuncAttr;
  /** `func_false` (func). */
  funcFalse: string | FuncAttr;
  /** `DstT` (type). One of bfloat16, float16, float32, float64. */
  dstT: DType;
}

/**
 * TensorFlow op `RiscCondition`; outputs: output (dtype DstT).
 * SrcT: one of bfloat16, float16, float32, float64.
 * @param pred (bool)
 * @param inputTrue (dtype SrcT)
 * @param inputFalse (dtype SrcT)
 */
export function riscCondition(pred: OutputLike, inputTrue: OutputLike, inputFalse: OutputLike, options: RiscConditionOptions): Output {
  return op1('RiscCondition', [pred, inputTrue, inputFalse], options);
}

/** Options of {@link riscConv} (TensorFlow op `RiscConv`). */
export interface RiscConvOptions extends InputOpOptions {
  /** `strides` (list(int)). */
  strides: number[];
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `RiscConv`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param input (dtype T)
 * @param filter (dtype T)
 */
export function riscConv(input: OutputLike, filter: OutputLike, options: RiscConvOptions): Output {
  return op1('RiscConv', [input, filter], options);
}

/**
 * TensorFlow op `RiscCos`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function riscCos(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscCos', [x], options);
}

/**
 * TensorFlow op `RiscDiv`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function riscDiv(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscDiv', [x, y], options);
}

/** Options of {@link riscDot} (TensorFlow op `RiscDot`). */
export interface RiscDotOptions extends InputOpOptions {
  /** `transpose_a` (bool). Default false. */
  transposeA?: boolean;
  /** `transpose_b` (bool). Default false. */
  transposeB?: boolean;
}

/**
 * TensorFlow op `RiscDot`; outputs: product (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param a (dtype T)
 * @param b (dtype T)
 */
export function riscDot(a: OutputLike, b: OutputLike, options: RiscDotOptions = {}): Output {
  return op1('RiscDot', [a, b], options);
}

/**
 * TensorFlow op `RiscExp`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function riscExp(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscExp', [x], options);
}

/**
 * TensorFlow op `RiscFft`; outputs: output (dtype Tcomplex).
 * Tcomplex: one of complex64, complex128.
 * @param input (dtype Tcomplex)
 */
export function riscFft(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscFft', [input], options);
}

/**
 * TensorFlow op `RiscFloor`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function riscFloor(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscFloor', [x], options);
}

/** Options of {@link riscGather} (TensorFlow op `RiscGather`). */
export interface RiscGatherOptions extends InputOpOptions {
  /** `batch_dims` (int). Default 0. */
  batchDims?: number;
}

/**
 * TensorFlow op `RiscGather`; outputs: output (dtype Tparams).
 * Tindices: one of int32, int64.
 * Taxis: one of int32, int64.
 * @param params (dtype Tparams)
 * @param indices (dtype Tindices)
 * @param axis (dtype Taxis)
 */
export function riscGather(params: OutputLike, indices: OutputLike, axis: OutputLike, options: RiscGatherOptions = {}): Output {
  return op1('RiscGather', [params, indices, axis], options);
}

/** Options of {@link riscImag} (TensorFlow op `RiscImag`). */
export interface RiscImagOptions extends InputOpOptions {
  /** `Tout` (type). One of float32, float64. Default 'float32'. */
  tout?: DType;
}

/**
 * TensorFlow op `RiscImag`; outputs: output (dtype Tout).
 * T: one of complex64, complex128.
 * @param input (dtype T)
 */
export function riscImag(input: OutputLike, options: RiscImagOptions = {}): Output {
  return op1('RiscImag', [input], options);
}

/**
 * TensorFlow op `RiscIsFinite`; outputs: y (bool).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function riscIsFinite(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscIsFinite', [x], options);
}

/**
 * TensorFlow op `RiscLog`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function riscLog(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscLog', [x], options);
}

/**
 * TensorFlow op `RiscLogicalAnd`; outputs: z (bool).
 * @param x (bool)
 * @param y (bool)
 */
export function riscLogicalAnd(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscLogicalAnd', [x, y], options);
}

/**
 * TensorFlow op `RiscLogicalNot`; outputs: z (bool).
 * @param x (bool)
 */
export function riscLogicalNot(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscLogicalNot', [x], options);
}

/**
 * TensorFlow op `RiscLogicalOr`; outputs: z (bool).
 * @param x (bool)
 * @param y (bool)
 */
export function riscLogicalOr(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscLogicalOr', [x, y], options);
}

/**
 * TensorFlow op `RiscMax`; outputs: max (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function riscMax(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscMax', [x, y], options);
}

/**
 * TensorFlow op `RiscMin`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function riscMin(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscMin', [x, y], options);
}

/**
 * TensorFlow op `RiscMul`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function riscMul(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscMul', [x, y], options);
}

/**
 * TensorFlow op `RiscNeg`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function riscNeg(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscNeg', [x], options);
}

/**
 * TensorFlow op `RiscPad`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * Tpaddings: one of int32, int64.
 * @param input (dtype T)
 * @param paddings (dtype Tpaddings)
 * @param constantValues (dtype T)
 */
export function riscPad(input: OutputLike, paddings: OutputLike, constantValues: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscPad', [input, paddings, constantValues], options);
}

/** Options of {@link riscPool} (TensorFlow op `RiscPool`). */
export interface RiscPoolOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 4 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 4 item(s). */
  strides: number[];
  /** `pooling_type` (string). One of "AVG", "MAX". */
  poolingType: string;
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `RiscPool`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param value (dtype T)
 */
export function riscPool(value: OutputLike, options: RiscPoolOptions): Output {
  return op1('RiscPool', [value], options);
}

/**
 * TensorFlow op `RiscPow`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function riscPow(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscPow', [x, y], options);
}

/** Options of {@link riscRandomUniform} (TensorFlow op `RiscRandomUniform`). */
export interface RiscRandomUniformOptions extends InputOpOptions {
  /** `seed` (int). Default 0. */
  seed?: number;
}

/**
 * TensorFlow op `RiscRandomUniform`; outputs: output (float32).
 * T: one of int32, int64.
 * @param shape (dtype T)
 */
export function riscRandomUniform(shape: OutputLike, options: RiscRandomUniformOptions = {}): Output {
  return op1('RiscRandomUniform', [shape], options);
}

/** Options of {@link riscReal} (TensorFlow op `RiscReal`). */
export interface RiscRealOptions extends InputOpOptions {
  /** `Tout` (type). One of float32, float64. Default 'float32'. */
  tout?: DType;
}

/**
 * TensorFlow op `RiscReal`; outputs: output (dtype Tout).
 * T: one of complex64, complex128.
 * @param input (dtype T)
 */
export function riscReal(input: OutputLike, options: RiscRealOptions = {}): Output {
  return op1('RiscReal', [input], options);
}

/** Options of {@link riscReduce} (TensorFlow op `RiscReduce`). */
export interface RiscReduceOptions extends InputOpOptions {
  /** `reduce_type` (string). One of "MEAN", "SUM". */
  reduceType: string;
}

/**
 * TensorFlow op `RiscReduce`; outputs: output (dtype T).
 * Index: one of int32, int64.
 * T: one of bfloat16, float16, float32, float64.
 * @param tensor (dtype T)
 * @param axis (dtype Index)
 */
export function riscReduce(tensor: OutputLike, axis: OutputLike, options: RiscReduceOptions): Output {
  return op1('RiscReduce', [tensor, axis], options);
}

/**
 * TensorFlow op `RiscRem`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function riscRem(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscRem', [x, y], options);
}

/**
 * TensorFlow op `RiscReshape`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * Tshape: one of int32, int64.
 * @param tensor (dtype T)
 * @param shape (dtype Tshape)
 */
export function riscReshape(tensor: OutputLike, shape: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscReshape', [tensor, shape], options);
}

/**
 * TensorFlow op `RiscReverse`; outputs: output (dtype T).
 * Tidx: one of int32, int64.
 * T: one of bfloat16, float16, float32, float64.
 * @param tensor (dtype T)
 * @param axis (dtype Tidx)
 */
export function riscReverse(tensor: OutputLike, axis: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscReverse', [tensor, axis], options);
}

/**
 * TensorFlow op `RiscScatter`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * Tindices: one of int32, int64.
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 * @param shape (dtype Tindices)
 */
export function riscScatter(indices: OutputLike, updates: OutputLike, shape: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscScatter', [indices, updates, shape], options);
}

/** Options of {@link riscShape} (TensorFlow op `RiscShape`). */
export interface RiscShapeOptions extends InputOpOptions {
  /** `out_type` (type). One of int32, int64. Default 'int32'. */
  outType?: DType;
}

/**
 * TensorFlow op `RiscShape`; outputs: output (dtype out_type).
 * T: one of bfloat16, float16, float32, float64.
 * @param input (dtype T)
 */
export function riscShape(input: OutputLike, options: RiscShapeOptions = {}): Output {
  return op1('RiscShape', [input], options);
}

/**
 * TensorFlow op `RiscSign`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function riscSign(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscSign', [x], options);
}

/**
 * TensorFlow op `RiscSlice`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * Index: one of int32, int64.
 * @param input (dtype T)
 * @param begin (dtype Index)
 * @param size (dtype Index)
 */
export function riscSlice(input: OutputLike, begin: OutputLike, size: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscSlice', [input, begin, size], options);
}

/** Options of {@link riscSort} (TensorFlow op `RiscSort`). */
export interface RiscSortOptions extends InputOpOptions {
  /** `direction` (string). One of "ASCENDING", "DESCENDING". */
  direction: string;
}

/**
 * TensorFlow op `RiscSort`; outputs: output (dtype T).
 * Index: one of int32, int64.
 * T: one of bfloat16, float16, float32, float64.
 * @param input (dtype T)
 * @param axis (dtype Index)
 */
export function riscSort(input: OutputLike, axis: OutputLike, options: RiscSortOptions): Output {
  return op1('RiscSort', [input, axis], options);
}

/** Options of {@link riscSqueeze} (TensorFlow op `RiscSqueeze`). */
export interface RiscSqueezeOptions extends InputOpOptions {
  /** `squeeze_dims` (list(int)). At least 0 item(s). Default []. */
  squeezeDims?: number[];
}

/**
 * TensorFlow op `RiscSqueeze`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function riscSqueeze(input: OutputLike, options: RiscSqueezeOptions = {}): Output {
  return op1('RiscSqueeze', [input], options);
}

/**
 * TensorFlow op `RiscSub`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function riscSub(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscSub', [x, y], options);
}

/**
 * TensorFlow op `RiscTranspose`; outputs: y (dtype T).
 * Tperm: one of int32, int64.
 * @param x (dtype T)
 * @param perm (dtype Tperm)
 */
export function riscTranspose(x: OutputLike, perm: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RiscTranspose', [x, perm], options);
}

/** Options of {@link riscTriangularSolve} (TensorFlow op `RiscTriangularSolve`). */
export interface RiscTriangularSolveOptions extends InputOpOptions {
  /** `lower` (bool). Default true. */
  lower?: boolean;
  /** `adjoint` (bool). Default false. */
  adjoint?: boolean;
}

/**
 * TensorFlow op `RiscTriangularSolve`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param matrix (dtype T)
 * @param rhs (dtype T)
 */
export function riscTriangularSolve(matrix: OutputLike, rhs: OutputLike, options: RiscTriangularSolveOptions = {}): Output {
  return op1('RiscTriangularSolve', [matrix, rhs], options);
}

/** Options of {@link riscUnary} (TensorFlow op `RiscUnary`). */
export interface RiscUnaryOptions extends InputOpOptions {
  /** `op_type` (string). One of "ABL", "CEIL", "COS", "EXP", "FLOOR", "IMAG", "LOG", "NEG", "REAL", "SIGN". */
  opType: string;
}

/**
 * TensorFlow op `RiscUnary`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function riscUnary(x: OutputLike, options: RiscUnaryOptions): Output {
  return op1('RiscUnary', [x], options);
}

/** Options of {@link riscWhile} (TensorFlow op `RiscWhile`). */
export interface RiscWhileOptions extends InputOpOptions {
  /** `cond` (func). */
  cond: string | FuncAttr;
  /** `body` (func). */
  body: string | FuncAttr;
  /** `output_shapes` (list(shape)). Default []. */
  outputShapes?: Array<number[] | null>;
  /** `parallel_iterations` (int). Default 10. */
  parallelIterations?: number;
}

/**
 * TensorFlow op `RiscWhile`; outputs: output (list, dtypes T).
 * @param input (list, dtypes T)
 */
export function riscWhile(input: OutputLike[], options: RiscWhileOptions): Output[] {
  return opList('RiscWhile', [input], options);
}

/**
 * TensorFlow op `RngReadAndSkip`; outputs: value (int64).
 * @param resource (resource)
 * @param alg (int32)
 * @param delta (uint64)
 */
export function rngReadAndSkip(resource: OutputLike, alg: OutputLike, delta: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RngReadAndSkip', [resource, alg, delta], options);
}

/**
 * TensorFlow op `RngSkip`.
 * @param resource (resource)
 * @param algorithm (int64)
 * @param delta (int64)
 */
export function rngSkip(resource: OutputLike, algorithm: OutputLike, delta: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('RngSkip', [resource, algorithm, delta], options);
}

/**
 * TensorFlow op `Roll`; outputs: output (dtype T).
 * Tshift: one of int32, int64.
 * Taxis: one of int32, int64.
 * @param input (dtype T)
 * @param shift (dtype Tshift)
 * @param axis (dtype Taxis)
 */
export function roll(input: OutputLike, shift: OutputLike, axis: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Roll', [input, shift, axis], options);
}

/**
 * TensorFlow op `Round`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, int8, int16, int32, int64, complex64, complex128.
 * @param x (dtype T)
 */
export function round(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Round', [x], options);
}

/**
 * TensorFlow op `RpcCall`; outputs: future (resource), deleter (variant).
 * @param client (resource)
 * @param methodName (string)
 * @param args (list, dtypes Tin)
 * @param timeoutInMs (int64)
 */
export function rpcCall(client: OutputLike, methodName: OutputLike, args: OutputLike[], timeoutInMs: OutputLike, options: InputOpOptions = {}): { future: Output; deleter: Output } {
  return opOutputs<{ future: Output; deleter: Output }>('RpcCall', [client, methodName, args, timeoutInMs], options);
}

/**
 * TensorFlow op `RpcCheckStatus`; outputs: error_code (int64), error (string).
 * @param statusOr (resource)
 */
export function rpcCheckStatus(statusOr: OutputLike, options: InputOpOptions = {}): { errorCode: Output; error: Output } {
  return opOutputs<{ errorCode: Output; error: Output }>('RpcCheckStatus', [statusOr], options);
}

/** Options of {@link rpcClient} (TensorFlow op `RpcClient`). */
export interface RpcClientOptions extends InputOpOptions {
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `list_registered_methods` (bool). Default false. */
  listRegisteredMethods?: boolean;
}

/**
 * TensorFlow op `RpcClient`; outputs: client (resource), method_specs (string).
 * @param serverAddress (string)
 * @param timeoutInMs (int64)
 */
export function rpcClient(serverAddress: OutputLike, timeoutInMs: OutputLike, options: RpcClientOptions = {}): { client: Output; methodSpecs: Output } {
  return opOutputs<{ client: Output; methodSpecs: Output }>('RpcClient', [serverAddress, timeoutInMs], options);
}

/** Options of {@link rpcGetValue} (TensorFlow op `RpcGetValue`). */
export interface RpcGetValueOptions extends InputOpOptions {
  /** `Tout` (list(type)). At least 0 item(s). */
  tout: DType[];
}

/**
 * TensorFlow op `RpcGetValue`; outputs: output (list, dtypes Tout).
 * @param statusOr (resource)
 */
export function rpcGetValue(statusOr: OutputLike, options: RpcGetValueOptions): Output[] {
  return opList('RpcGetValue', [statusOr], options);
}

/**
 * TensorFlow op `RpcServer`; outputs: server (resource).
 * @param serverAddress (string)
 */
export function rpcServer(serverAddress: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RpcServer', [serverAddress], options);
}

/** Options of {@link rpcServerRegister} (TensorFlow op `RpcServerRegister`). */
export interface RpcServerRegisterOptions extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `input_specs` (string). Default "". */
  inputSpecs?: string;
  /** `output_specs` (string). */
  outputSpecs: string;
}

/**
 * TensorFlow op `RpcServerRegister`.
 * @param server (resource)
 * @param methodName (string)
 * @param capturedInputs (list, dtypes Tin)
 */
export function rpcServerRegister(server: OutputLike, methodName: OutputLike, capturedInputs: OutputLike[], options: RpcServerRegisterOptions): Operation {
  return opNoOutput('RpcServerRegister', [server, methodName, capturedInputs], options);
}

/**
 * TensorFlow op `RpcServerStart`.
 * @param server (resource)
 */
export function rpcServerStart(server: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('RpcServerStart', [server], options);
}

/**
 * TensorFlow op `Rsqrt`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function rsqrt(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Rsqrt', [x], options);
}

/**
 * TensorFlow op `RsqrtGrad`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param y (dtype T)
 * @param dy (dtype T)
 */
export function rsqrtGrad(y: OutputLike, dy: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RsqrtGrad', [y, dy], options);
}
