// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Graph, Operation, Output } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link dTensorAllGather} (TensorFlow op `DTensorAllGather`). */
export interface DTensorAllGatherOptions extends InputOpOptions {
  /** `input_layout` (string). */
  inputLayout: string;
  /** `output_layout` (string). */
  outputLayout: string;
}

/**
 * TensorFlow op `DTensorAllGather`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64, int8, uint8, int32, uint32, int64, uint64, bool.
 * @param input (dtype T)
 */
export function dTensorAllGather(input: OutputLike, options: DTensorAllGatherOptions): Output {
  return op1('DTensorAllGather', [input], options);
}

/** Options of {@link dTensorAllReduce} (TensorFlow op `DTensorAllReduce`). */
export interface DTensorAllReduceOptions extends InputOpOptions {
  /** `reduce_op` (string). One of "Min", "Max", "Mul", "Add", "Mean", "Any", "All". */
  reduceOp: string;
  /** `device_type` (string). */
  deviceType: string;
}

/**
 * TensorFlow op `DTensorAllReduce`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64, int8, uint8, int32, uint32, int64, uint64, bool.
 * @param input (dtype T)
 * @param groupAssignment (int32)
 */
export function dTensorAllReduce(input: OutputLike, groupAssignment: OutputLike, options: DTensorAllReduceOptions): Output {
  return op1('DTensorAllReduce', [input, groupAssignment], options);
}

/** Options of {@link dTensorAllScatter} (TensorFlow op `DTensorAllScatter`). */
export interface DTensorAllScatterOptions extends InputOpOptions {
  /** `input_layout` (string). */
  inputLayout: string;
  /** `output_layout` (string). */
  outputLayout: string;
}

/**
 * TensorFlow op `DTensorAllScatter`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64, int8, uint8, int32, uint32, int64, uint64, bool, string.
 * @param input (dtype T)
 */
export function dTensorAllScatter(input: OutputLike, options: DTensorAllScatterOptions): Output {
  return op1('DTensorAllScatter', [input], options);
}

/** Options of {@link dTensorAllToAll} (TensorFlow op `DTensorAllToAll`). */
export interface DTensorAllToAllOptions extends InputOpOptions {
  /** `input_layout` (string). */
  inputLayout: string;
  /** `output_layout` (string). */
  outputLayout: string;
}

/**
 * TensorFlow op `DTensorAllToAll`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64, int32, uint32, int64, bool.
 * @param input (dtype T)
 */
export function dTensorAllToAll(input: OutputLike, options: DTensorAllToAllOptions): Output {
  return op1('DTensorAllToAll', [input], options);
}

/** Options of {@link dTensorReduceScatter} (TensorFlow op `DTensorReduceScatter`). */
export interface DTensorReduceScatterOptions extends InputOpOptions {
  /** `reduce_op` (string). One of "Min", "Max", "Mul", "Add", "Mean", "Any", "All". */
  reduceOp: string;
  /** `device_type` (string). */
  deviceType: string;
}

/**
 * TensorFlow op `DTensorReduceScatter`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, int32, uint32, int64, bool.
 * @param input (dtype T)
 * @param groupAssignment (int32)
 * @param scatterDimension (int32)
 */
export function dTensorReduceScatter(input: OutputLike, groupAssignment: OutputLike, scatterDimension: OutputLike, options: DTensorReduceScatterOptions): Output {
  return op1('DTensorReduceScatter', [input, groupAssignment, scatterDimension], options);
}

/** Options of {@link dTensorRestoreV2} (TensorFlow op `DTensorRestoreV2`). */
export interface DTensorRestoreV2Options extends InputOpOptions {
  /** `input_shapes` (list(shape)). */
  inputShapes: Array<number[] | null>;
  /** `input_layouts` (list(string)). */
  inputLayouts: string[];
  /** `dtypes` (list(type)). At least 1 item(s). */
  dtypes: DType[];
}

/**
 * TensorFlow op `DTensorRestoreV2`; outputs: tensors (list, dtypes dtypes).
 * @param prefix (string)
 * @param tensorNames (string)
 * @param shapeAndSlices (string)
 */
export function dTensorRestoreV2(prefix: OutputLike, tensorNames: OutputLike, shapeAndSlices: OutputLike, options: DTensorRestoreV2Options): Output[] {
  return opList('DTensorRestoreV2', [prefix, tensorNames, shapeAndSlices], options);
}

/**
 * TensorFlow op `Dawsn`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function dawsn(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Dawsn', [x], options);
}

/**
 * TensorFlow op `DebugGradientIdentity`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function debugGradientIdentity(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('DebugGradientIdentity', [input], options);
}

/**
 * TensorFlow op `DebugGradientRefIdentity`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function debugGradientRefIdentity(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('DebugGradientRefIdentity', [input], options);
}

/** Options of {@link debugIdentity} (TensorFlow op `DebugIdentity`). */
export interface DebugIdentityOptions extends InputOpOptions {
  /** `device_name` (string). Default "". */
  deviceName?: string;
  /** `tensor_name` (string). Default "". */
  tensorName?: string;
  /** `debug_urls` (list(string)). Default []. */
  debugUrls?: string[];
  /** `gated_grpc` (bool). Default false. */
  gatedGrpc?: boolean;
}

/**
 * TensorFlow op `DebugIdentity`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function debugIdentity(input: OutputLike, options: DebugIdentityOptions = {}): Output {
  return op1('DebugIdentity', [input], options);
}

/** Options of {@link debugIdentityV2} (TensorFlow op `DebugIdentityV2`). */
export interface DebugIdentityV2Options extends InputOpOptions {
  /** `tfdbg_context_id` (string). Default "". */
  tfdbgContextId?: string;
  /** `op_name` (string). Default "". */
  opName?: string;
  /** `output_slot` (int). Default -1. */
  outputSlot?: number;
  /** `tensor_debug_mode` (int). Default -1. */
  tensorDebugMode?: number;
  /** `debug_urls` (list(string)). Default []. */
  debugUrls?: string[];
  /** `circular_buffer_size` (int). Default 1000. */
  circularBufferSize?: number;
  /** `tfdbg_run_id` (string). Default "". */
  tfdbgRunId?: string;
}

/**
 * TensorFlow op `DebugIdentityV2`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function debugIdentityV2(input: OutputLike, options: DebugIdentityV2Options = {}): Output {
  return op1('DebugIdentityV2', [input], options);
}

/** Options of {@link debugIdentityV3} (TensorFlow op `DebugIdentityV3`). */
export interface DebugIdentityV3Options extends InputOpOptions {
  /** `device_name` (string). Default "". */
  deviceName?: string;
  /** `tensor_name` (string). Default "". */
  tensorName?: string;
  /** `io_of_node` (string). Default "". */
  ioOfNode?: string;
  /** `is_input` (bool). Default false. */
  isInput?: boolean;
  /** `io_index` (int). Default -1. */
  ioIndex?: number;
  /** `debug_urls` (list(string)). Default []. */
  debugUrls?: string[];
  /** `gated_grpc` (bool). Default false. */
  gatedGrpc?: boolean;
}

/**
 * TensorFlow op `DebugIdentityV3`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function debugIdentityV3(input: OutputLike, options: DebugIdentityV3Options = {}): Output {
  return op1('DebugIdentityV3', [input], options);
}

/** Options of {@link debugNanCount} (TensorFlow op `DebugNanCount`). */
export interface DebugNanCountOptions extends InputOpOptions {
  /** `device_name` (string). Default "". */
  deviceName?: string;
  /** `tensor_name` (string). Default "". */
  tensorName?: string;
  /** `debug_urls` (list(string)). Default []. */
  debugUrls?: string[];
  /** `gated_grpc` (bool). Default false. */
  gatedGrpc?: boolean;
}

/**
 * TensorFlow op `DebugNanCount`; outputs: output (int64).
 * @param input (dtype T)
 */
export function debugNanCount(input: OutputLike, options: DebugNanCountOptions = {}): Output {
  return op1('DebugNanCount', [input], options);
}

/** Options of {@link debugNumericSummary} (TensorFlow op `DebugNumericSummary`). */
export interface DebugNumericSummaryOptions extends InputOpOptions {
  /** `device_name` (string). Default "". */
  deviceName?: string;
  /** `tensor_name` (string). Default "". */
  tensorName?: string;
  /** `debug_urls` (list(string)). Default []. */
  debugUrls?: string[];
  /** `lower_bound` (float). Default -Infinity. */
  lowerBound?: number;
  /** `upper_bound` (float). Default Infinity. */
  upperBound?: number;
  /** `mute_if_healthy` (bool). Default false. */
  muteIfHealthy?: boolean;
  /** `gated_grpc` (bool). Default false. */
  gatedGrpc?: boolean;
}

/**
 * TensorFlow op `DebugNumericSummary`; outputs: output (float64).
 * @param input (dtype T)
 */
export function debugNumericSummary(input: OutputLike, options: DebugNumericSummaryOptions = {}): Output {
  return op1('DebugNumericSummary', [input], options);
}

/** Options of {@link debugNumericSummaryV2} (TensorFlow op `DebugNumericSummaryV2`). */
export interface DebugNumericSummaryV2Options extends InputOpOptions {
  /** `output_dtype` (type). One of float32, float64. Default 'float32'. */
  outputDtype?: DType;
  /** `tensor_debug_mode` (int). Default -1. */
  tensorDebugMode?: number;
  /** `tensor_id` (int). Default -1. */
  tensorId?: number;
}

/**
 * TensorFlow op `DebugNumericSummaryV2`; outputs: output (dtype output_dtype).
 * @param input (dtype T)
 */
export function debugNumericSummaryV2(input: OutputLike, options: DebugNumericSummaryV2Options = {}): Output {
  return op1('DebugNumericSummaryV2', [input], options);
}

/**
 * TensorFlow op `DeepCopy`; outputs: y (dtype T).
 * @param x (dtype T)
 */
export function deepCopy(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('DeepCopy', [x], options);
}

/**
 * TensorFlow op `DeleteMemoryCache`.
 * @param handle (resource)
 * @param deleter (variant)
 */
export function deleteMemoryCache(handle: OutputLike, deleter: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('DeleteMemoryCache', [handle, deleter], options);
}

/**
 * TensorFlow op `DeleteRandomSeedGenerator`.
 * @param handle (resource)
 * @param deleter (variant)
 */
export function deleteRandomSeedGenerator(handle: OutputLike, deleter: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('DeleteRandomSeedGenerator', [handle, deleter], options);
}

/**
 * TensorFlow op `DeleteRpcFutureResource`.
 * @param handle (resource)
 * @param deleter (variant)
 */
export function deleteRpcFutureResource(handle: OutputLike, deleter: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('DeleteRpcFutureResource', [handle, deleter], options);
}

/**
 * TensorFlow op `DeleteSeedGenerator`.
 * @param handle (resource)
 * @param deleter (variant)
 */
export function deleteSeedGenerator(handle: OutputLike, deleter: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('DeleteSeedGenerator', [handle, deleter], options);
}

/**
 * TensorFlow op `DeleteSessionTensor`.
 * @param handle (string)
 */
export function deleteSessionTensor(handle: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('DeleteSessionTensor', [handle], options);
}

/** Options of {@link denseBincount} (TensorFlow op `DenseBincount`). */
export interface DenseBincountOptions extends InputOpOptions {
  /** `binary_output` (bool). Default false. */
  binaryOutput?: boolean;
}

/**
 * TensorFlow op `DenseBincount`; outputs: output (dtype T).
 * Tidx: one of int32, int64.
 * T: one of int32, int64, float32, float64.
 * @param input (dtype Tidx)
 * @param size (dtype Tidx)
 * @param weights (dtype T)
 */
export function denseBincount(input: OutputLike, size: OutputLike, weights: OutputLike, options: DenseBincountOptions = {}): Output {
  return op1('DenseBincount', [input, size, weights], options);
}

/** Options of {@link denseCountSparseOutput} (TensorFlow op `DenseCountSparseOutput`). */
export interface DenseCountSparseOutputOptions extends InputOpOptions {
  /** `minlength` (int). Minimum -1. Default -1. */
  minlength?: number;
  /** `maxlength` (int). Minimum -1. Default -1. */
  maxlength?: number;
  /** `binary_output` (bool). */
  binaryOutput: boolean;
}

/**
 * TensorFlow op `DenseCountSparseOutput`; outputs: output_indices (int64), output_values (dtype output_type), output_dense_shape (int64).
 * T: one of int32, int64.
 * output_type: one of int32, int64, float32, float64.
 * @param values (dtype T)
 * @param weights (dtype output_type)
 */
export function denseCountSparseOutput(values: OutputLike, weights: OutputLike, options: DenseCountSparseOutputOptions): { outputIndices: Output; outputValues: Output; outputDenseShape: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output; outputDenseShape: Output }>('DenseCountSparseOutput', [values, weights], options);
}

/**
 * TensorFlow op `DenseToCSRSparseMatrix`; outputs: sparse_output (variant).
 * T: one of float32, float64, complex64, complex128.
 * @param denseInput (dtype T)
 * @param indices (int64)
 */
export function denseToCSRSparseMatrix(denseInput: OutputLike, indices: OutputLike, options: InputOpOptions = {}): Output {
  return op1('DenseToCSRSparseMatrix', [denseInput, indices], options);
}

/** Options of {@link denseToDenseSetOperation} (TensorFlow op `DenseToDenseSetOperation`). */
export interface DenseToDenseSetOperationOptions extends InputOpOptions {
  /** `set_operation` (string). */
  setOperation: string;
  /** `validate_indices` (bool). Default true. */
  validateIndices?: boolean;
}

/**
 * TensorFlow op `DenseToDenseSetOperation`; outputs: result_indices (int64), result_values (dtype T), result_shape (int64).
 * T: one of int8, int16, int32, int64, uint8, uint16, string.
 * @param set1 (dtype T)
 * @param set2 (dtype T)
 */
export function denseToDenseSetOperation(set1: OutputLike, set2: OutputLike, options: DenseToDenseSetOperationOptions): { resultIndices: Output; resultValues: Output; resultShape: Output } {
  return opOutputs<{ resultIndices: Output; resultValues: Output; resultShape: Output }>('DenseToDenseSetOperation', [set1, set2], options);
}

/** Options of {@link denseToSparseSetOperation} (TensorFlow op `DenseToSparseSetOperation`). */
export interface DenseToSparseSetOperationOptions extends InputOpOptions {
  /** `set_operation` (string). */
  setOperation: string;
  /** `validate_indices` (bool). Default true. */
  validateIndices?: boolean;
}

/**
 * TensorFlow op `DenseToSparseSetOperation`; outputs: result_indices (int64), result_values (dtype T), result_shape (int64).
 * T: one of int8, int16, int32, int64, uint8, uint16, string.
 * @param set1 (dtype T)
 * @param set2Indices (int64)
 * @param set2Values (dtype T)
 * @param set2Shape (int64)
 */
export function denseToSparseSetOperation(set1: OutputLike, set2Indices: OutputLike, set2Values: OutputLike, set2Shape: OutputLike, options: DenseToSparseSetOperationOptions): { resultIndices: Output; resultValues: Output; resultShape: Output } {
  return opOutputs<{ resultIndices: Output; resultValues: Output; resultShape: Output }>('DenseToSparseSetOperation', [set1, set2Indices, set2Values, set2Shape], options);
}

/** Options of {@link depthToSpace} (TensorFlow op `DepthToSpace`). */
export interface DepthToSpaceOptions extends InputOpOptions {
  /** `block_size` (int). Minimum 2. */
  blockSize: number;
  /** `data_format` (string). One of "NHWC", "NCHW", "NCHW_VECT_C". Default "NHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `DepthToSpace`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function depthToSpace(input: OutputLike, options: DepthToSpaceOptions): Output {
  return op1('DepthToSpace', [input], options);
}

/** Options of {@link deserializeManySparse} (TensorFlow op `DeserializeManySparse`). */
export interface DeserializeManySparseOptions extends InputOpOptions {
  /** `dtype` (type). */
  dtype: DType;
}

/**
 * TensorFlow op `DeserializeManySparse`; outputs: sparse_indices (int64), sparse_values (dtype dtype), sparse_shape (int64).
 * @param serializedSparse (string)
 */
export function deserializeManySparse(serializedSparse: OutputLike, options: DeserializeManySparseOptions): { sparseIndices: Output; sparseValues: Output; sparseShape: Output } {
  return opOutputs<{ sparseIndices: Output; sparseValues: Output; sparseShape: Output }>('DeserializeManySparse', [serializedSparse], options);
}

/** Options of {@link deserializeSparse} (TensorFlow op `DeserializeSparse`). */
export interface DeserializeSparseOptions extends InputOpOptions {
  /** `dtype` (type). */
  dtype: DType;
}

/**
 * TensorFlow op `DeserializeSparse`; outputs: sparse_indices (int64), sparse_values (dtype dtype), sparse_shape (int64).
 * Tserialized: one of string, variant.
 * @param serializedSparse (dtype Tserialized)
 */
export function deserializeSparse(serializedSparse: OutputLike, options: DeserializeSparseOptions): { sparseIndices: Output; sparseValues: Output; sparseShape: Output } {
  return opOutputs<{ sparseIndices: Output; sparseValues: Output; sparseShape: Output }>('DeserializeSparse', [serializedSparse], options);
}

/** Options of {@link destroyTemporaryVariable} (TensorFlow op `DestroyTemporaryVariable`). */
export interface DestroyTemporaryVariableOptions extends InputOpOptions {
  /** `var_name` (string). */
  varName: string;
}

/**
 * TensorFlow op `DestroyTemporaryVariable`; outputs: value (dtype T).
 * @param ref (dtype T)
 */
export function destroyTemporaryVariable(ref: OutputLike, options: DestroyTemporaryVariableOptions): Output {
  return op1('DestroyTemporaryVariable', [ref], options);
}

/** Options of {@link deviceIndex} (TensorFlow op `DeviceIndex`). */
export interface DeviceIndexOptions extends OpOptions {
  /** `device_names` (list(string)). */
  deviceNames: string[];
}

/** TensorFlow op `DeviceIndex`; outputs: index (int32). */
export function deviceIndex(graph: Graph, options: DeviceIndexOptions): Output {
  return op1('DeviceIndex', graph, options);
}

/**
 * TensorFlow op `Diag`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64, int32, int64, complex64, complex128.
 * @param diagonal (dtype T)
 */
export function diag(diagonal: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Diag', [diagonal], options);
}

/**
 * TensorFlow op `DiagPart`; outputs: diagonal (dtype T).
 * T: one of bfloat16, float16, float32, float64, int32, int64, complex64, complex128.
 * @param input (dtype T)
 */
export function diagPart(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('DiagPart', [input], options);
}

/**
 * TensorFlow op `Digamma`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function digamma(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Digamma', [x], options);
}

/**
 * TensorFlow op `DisableCopyOnRead`.
 * @param resource (resource)
 */
export function disableCopyOnRead(resource: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('DisableCopyOnRead', [resource], options);
}

/** Options of {@link distributedSave} (TensorFlow op `DistributedSave`). */
export interface DistributedSaveOptions extends InputOpOptions {
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `DistributedSave`.
 * @param dataset (variant)
 * @param directory (string)
 * @param address (string)
 */
export function distributedSave(dataset: OutputLike, directory: OutputLike, address: OutputLike, options: DistributedSaveOptions = {}): Operation {
  return opNoOutput('DistributedSave', [dataset, directory, address], options);
}

/**
 * TensorFlow op `Div`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, uint8, int8, uint16, int16, int32, uint32, uint64, int64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function div(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Div', [x, y], options);
}

/**
 * TensorFlow op `DivNoNan`; outputs: z (dtype T).
 * T: one of float16, float32, bfloat16, float64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function divNoNan(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('DivNoNan', [x, y], options);
}

/** TensorFlow op `DummyIterationCounter`; outputs: handle (resource). */
export function dummyIterationCounter(graph: Graph, options: OpOptions = {}): Output {
  return op1('DummyIterationCounter', graph, options);
}

/** TensorFlow op `DummyMemoryCache`; outputs: handle (resource). */
export function dummyMemoryCache(graph: Graph, options: OpOptions = {}): Output {
  return op1('DummyMemoryCache', graph, options);
}

/** TensorFlow op `DummySeedGenerator`; outputs: handle (resource). */
export function dummySeedGenerator(graph: Graph, options: OpOptions = {}): Output {
  return op1('DummySeedGenerator', graph, options);
}

/** Options of {@link dumpTensor} (TensorFlow op `DumpTensor`). */
export interface DumpTensorOptions extends InputOpOptions {
  /** `log_dir_path` (string). */
  logDirPath: string;
  /** `file_name` (string). */
  fileName: string;
  /** `enabled` (bool). */
  enabled: boolean;
  /** `func_name` (string). */
  funcName: string;
  /** `node_name` (string). */
  nodeName: string;
}

/**
 * TensorFlow op `DumpTensor`.
 * @param tensorData (dtype T)
 */
export function dumpTensor(tensorData: OutputLike, options: DumpTensorOptions): Operation {
  return opNoOutput('DumpTensor', [tensorData], options);
}

/** Options of {@link dynamicPartition} (TensorFlow op `DynamicPartition`). */
export interface DynamicPartitionOptions extends InputOpOptions {
  /** `num_partitions` (int). Minimum 1. */
  numPartitions: number;
}

/**
 * TensorFlow op `DynamicPartition`; outputs: outputs (list of num_partitions, dtype T).
 * @param data (dtype T)
 * @param partitions (int32)
 */
export function dynamicPartition(data: OutputLike, partitions: OutputLike, options: DynamicPartitionOptions): Output[] {
  return opList('DynamicPartition', [data, partitions], options);
}

/**
 * TensorFlow op `DynamicStitch`; outputs: merged (dtype T).
 * @param indices (list of N, int32)
 * @param data (list of N, dtype T)
 */
export function dynamicStitch(indices: OutputLike[], data: OutputLike[], options: InputOpOptions = {}): Output {
  return op1('DynamicStitch', [indices, data], options);
}
