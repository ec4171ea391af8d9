// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Operation, Output } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link pack} (TensorFlow op `Pack`). */
export interface PackOptions extends InputOpOptions {
  /** `axis` (int). Default 0. */
  axis?: number;
}

/**
 * TensorFlow op `Pack`; outputs: output (dtype T).
 * @param values (list of N, dtype T)
 */
export function pack(values: OutputLike[], options: PackOptions = {}): Output {
  return op1('Pack', [values], options);
}

/**
 * TensorFlow op `Pad`; outputs: output (dtype T).
 * Tpaddings: one of int32, int64.
 * @param input (dtype T)
 * @param paddings (dtype Tpaddings)
 */
export function pad(input: OutputLike, paddings: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Pad', [input, paddings], options);
}

/**
 * TensorFlow op `PadV2`; outputs: output (dtype T).
 * Tpaddings: one of int32, int64.
 * @param input (dtype T)
 * @param paddings (dtype Tpaddings)
 * @param constantValues (dtype T)
 */
export function padV2(input: OutputLike, paddings: OutputLike, constantValues: OutputLike, options: InputOpOptions = {}): Output {
  return op1('PadV2', [input, paddings, constantValues], options);
}

/** Options of {@link paddingFIFOQueue} (TensorFlow op `PaddingFIFOQueue`). */
export interface PaddingFIFOQueueOptions extends OpOptions {
  /** `component_types` (list(type)). At least 1 item(s). */
  componentTypes: DType[];
  /** `shapes` (list(shape)). At least 0 item(s). Default []. */
  shapes?: Array<number[] | null>;
  /** `capacity` (int). Default -1. */
  capacity?: number;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `PaddingFIFOQueue`; outputs: handle (string). */
export function paddingFIFOQueue(graph: Graph, options: PaddingFIFOQueueOptions): Output {
  return op1('PaddingFIFOQueue', graph, options);
}

/** Options of {@link paddingFIFOQueueV2} (TensorFlow op `PaddingFIFOQueueV2`). */
export interface PaddingFIFOQueueV2Options extends OpOptions {
  /** `component_types` (list(type)). At least 1 item(s). */
  componentTypes: DType[];
  /** `shapes` (list(shape)). At least 0 item(s). Default []. */
  shapes?: Array<number[] | null>;
  /** `capacity` (int). Default -1. */
  capacity?: number;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `PaddingFIFOQueueV2`; outputs: handle (resource). */
export function paddingFIFOQueueV2(graph: Graph, options: PaddingFIFOQueueV2Options): Output {
  return op1('PaddingFIFOQueueV2', graph, options);
}

/** Options of {@link parallelConcat} (TensorFlow op `ParallelConcat`). */
export interface ParallelConcatOptions extends InputOpOptions {
  /** `shape` (shape). */
  shape: number[] | null;
}

/**
 * TensorFlow op `ParallelConcat`; outputs: output (dtype T).
 * @param values (list of N, dtype T)
 */
export function parallelConcat(values: OutputLike[], options: ParallelConcatOptions): Output {
  return op1('ParallelConcat', [values], options);
}

/**
 * TensorFlow op `ParallelDynamicStitch`; outputs: merged (dtype T).
 * @param indices (list of N, int32)
 * @param data (list of N, dtype T)
 */
export function parallelDynamicStitch(indices: OutputLike[], data: OutputLike[], options: InputOpOptions = {}): Output {
  return op1('ParallelDynamicStitch', [indices, data], options);
}

/** Options of {@link parameterizedTruncatedNormal} (TensorFlow op `ParameterizedTruncatedNormal`). */
export interface ParameterizedTruncatedNormalOptions extends InputOpOptions {
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `ParameterizedTruncatedNormal`; outputs: output (dtype dtype).
 * dtype: one of float16, bfloat16, float32, float64.
 * T: one of int32, int64.
 * @param shape (dtype T)
 * @param means (dtype dtype)
 * @param stdevs (dtype dtype)
 * @param minvals (dtype dtype)
 * @param maxvals (dtype dtype)
 */
export function parameterizedTruncatedNormal(shape: OutputLike, means: OutputLike, stdevs: OutputLike, minvals: OutputLike, maxvals: OutputLike, options: ParameterizedTruncatedNormalOptions = {}): Output {
  return op1('ParameterizedTruncatedNormal', [shape, means, stdevs, minvals, maxvals], options);
}

/** Options of {@link parseExample} (TensorFlow op `ParseExample`). */
export interface ParseExampleOptions extends InputOpOptions {
  /** `sparse_types` (list(type)). One of float32, int64, string. At least 0 item(s). */
  sparseTypes: DType[];
  /** `dense_shapes` (list(shape)). At least 0 item(s). */
  denseShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ParseExample`; outputs: sparse_indices (list of Nsparse, int64), sparse_values (list, dtypes sparse_types), sparse_shapes (list of Nsparse, int64), dense_values (list, dtypes Tdense).
 * @param serialized (string)
 * @param names (string)
 * @param sparseKeys (list of Nsparse, string)
 * @param denseKeys (list of Ndense, string)
 * @param denseDefaults (list, dtypes Tdense)
 */
export function parseExample(serialized: OutputLike, names: OutputLike, sparseKeys: OutputLike[], denseKeys: OutputLike[], denseDefaults: OutputLike[], options: ParseExampleOptions): { sparseIndices: Output[]; sparseValues: Output[]; sparseShapes: Output[]; denseValues: Output[] } {
  return opOutputs<{ sparseIndices: Output[]; sparseValues: Output[]; sparseShapes: Output[]; denseValues: Output[] }>('ParseExample', [serialized, names, sparseKeys, denseKeys, denseDefaults], options);
}

/** Options of {@link parseExampleV2} (TensorFlow op `ParseExampleV2`). */
export interface ParseExampleV2Options extends InputOpOptions {
  /** `num_sparse` (int). Minimum 0. */
  numSparse: number;
  /** `sparse_types` (list(type)). One of float32, int64, string. At least 0 item(s). */
  sparseTypes: DType[];
  /** `ragged_value_types` (list(type)). One of float32, int64, string. At least 0 item(s). */
  raggedValueTypes: DType[];
  /** `ragged_split_types` (list(type)). One of int32, int64. At least 0 item(s). */
  raggedSplitTypes: DType[];
  /** `dense_shapes` (list(shape)). At least 0 item(s). */
  denseShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ParseExampleV2`; outputs: sparse_indices (list of num_sparse, int64), sparse_values (list, dtypes sparse_types), sparse_shapes (list of num_sparse, int64), dense_values (list, dtypes Tdense), ragged_values (list, dtypes ragged_value_types), ragged_row_splits (list, dtypes ragged_split_types).
 * @param serialized (string)
 * @param names (string)
 * @param sparseKeys (string)
 * @param denseKeys (string)
 * @param raggedKeys (string)
 * @param denseDefaults (list, dtypes Tdense)
 */
export function parseExampleV2(serialized: OutputLike, names: OutputLike, sparseKeys: OutputLike, denseKeys: OutputLike, raggedKeys: OutputLike, denseDefaults: OutputLike[], options: ParseExampleV2Options): { sparseIndices: Output[]; sparseValues: Output[]; sparseShapes: Output[]; denseValues: Output[]; raggedValues: Output[]; raggedRowSplits: Output[] } {
  return opOutputs<{ sparseIndices: Output[]; sparseValues: Output[]; sparseShapes: Output[]; denseValues: Output[]; raggedValues: Output[]; raggedRowSplits: Output[] }>('ParseExampleV2', [serialized, names, sparseKeys, denseKeys, raggedKeys, denseDefaults], options);
}

/** Options of {@link parseSequenceExample} (TensorFlow op `ParseSequenceExample`). */
export interface ParseSequenceExampleOptions extends InputOpOptions {
  /** `feature_list_dense_missing_assumed_empty` (list(string)). At least 0 item(s). */
  featureListDenseMissingAssumedEmpty: string[];
  /** `context_sparse_keys` (list(string)). At least 0 item(s). */
  contextSparseKeys: string[];
  /** `context_dense_keys` (list(string)). At least 0 item(s). */
  contextDenseKeys: string[];
  /** `feature_list_sparse_keys` (list(string)). At least 0 item(s). */
  featureListSparseKeys: string[];
  /** `feature_list_dense_keys` (list(string)). At least 0 item(s). */
  featureListDenseKeys: string[];
  /** `Ncontext_sparse` (int). Minimum 0. Default 0. */
  ncontextSparse?: number;
  /** `Ncontext_dense` (int). Minimum 0. Default 0. */
  ncontextDense?: number;
  /** `Nfeature_list_sparse` (int). Minimum 0. Default 0. */
  nfeatureListSparse?: number;
  /** `Nfeature_list_dense` (int). Minimum 0. Default 0. */
  nfeatureListDense?: number;
  /** `context_sparse_types` (list(type)). One of float32, int64, string. At least 0 item(s). Default []. */
  contextSparseTypes?: DType[];
  /** `feature_list_dense_types` (list(type)). One of float32, int64, string. At least 0 item(s). Default []. */
  featureListDenseTypes?: DType[];
  /** `context_dense_shapes` (list(shape)). At least 0 item(s). Default []. */
  contextDenseShapes?: Array<number[] | null>;
  /** `feature_list_sparse_types` (list(type)). One of float32, int64, string. At least 0 item(s). Default []. */
  featureListSparseTypes?: DType[];
  /** `feature_list_dense_shapes` (list(shape)). At least 0 item(s). Default []. */
  featureListDenseShapes?: Array<number[] | null>;
}

/**
 * TensorFlow op `ParseSequenceExample`; outputs: context_sparse_indices (list of Ncontext_sparse, int64), context_sparse_values (list, dtypes context_sparse_types), context_sparse_shapes (list of Ncontext_sparse, int64), context_dense_values (list, dtypes Tcontext_dense), feature_list_sparse_indices (list of Nfeature_list_sparse, int64), feature_list_sparse_values (list, dtypes feature_list_sparse_types), feature_list_sparse_shapes (list of Nfeature_list_sparse, int64), feature_list_dense_values (list, dtypes feature_list_dense_types), feature_list_dense_lengths (list of Nfeature_list_dense, int64).
 * @param serialized (string)
 * @param debugName (string)
 * @param contextDenseDefaults (list, dtypes Tcontext_dense)
 */
export function parseSequenceExample(serialized: OutputLike, debugName: OutputLike, contextDenseDefaults: OutputLike[], options: ParseSequenceExampleOptions): { contextSparseIndices: Output[]; contextSparseValues: Output[]; contextSparseShapes: Output[]; contextDenseValues: Output[]; featureListSparseIndices: Output[]; featureListSparseValues: Output[]; featureListSparseShapes: Output[]; featureListDenseValues: Output[]; featureListDenseLengths: Output[] } {
  return opOutputs<{ contextSparseIndices: Output[]; contextSparseValues: Output[]; contextSparseShapes: Output[]; contextDenseValues: Output[]; featureListSparseIndices: Output[]; featureListSparseValues: Output[]; featureListSparseShapes: Output[]; featureListDenseValues: Output[]; featureListDenseLengths: Output[] }>('ParseSequenceExample', [serialized, debugName, contextDenseDefaults], options);
}

/** Options of {@link parseSequenceExampleV2} (TensorFlow op `ParseSequenceExampleV2`). */
export interface ParseSequenceExampleV2Options extends InputOpOptions {
  /** `Ncontext_sparse` (int). Minimum 0. Default 0. */
  ncontextSparse?: number;
  /** `context_sparse_types` (list(type)). One of float32, int64, string. At least 0 item(s). Default []. */
  contextSparseTypes?: DType[];
  /** `context_ragged_value_types` (list(type)). One of float32, int64, string. At least 0 item(s). Default []. */
  contextRaggedValueTypes?: DType[];
  /** `context_ragged_split_types` (list(type)). One of int32, int64. At least 0 item(s). Default []. */
  contextRaggedSplitTypes?: DType[];
  /** `context_dense_shapes` (list(shape)). At least 0 item(s). Default []. */
  contextDenseShapes?: Array<number[] | null>;
  /** `Nfeature_list_sparse` (int). Minimum 0. Default 0. */
  nfeatureListSparse?: number;
  /** `Nfeature_list_dense` (int). Minimum 0. Default 0. */
  nfeatureListDense?: number;
  /** `feature_list_dense_types` (list(type)). One of float32, int64, string. At least 0 item(s). Default []. */
  featureListDenseTypes?: DType[];
  /** `feature_list_sparse_types` (list(type)). One of float32, int64, string. At least 0 item(s). Default []. */
  featureListSparseTypes?: DType[];
  /** `feature_list_ragged_value_types` (list(type)). One of float32, int64, string. At least 0 item(s). Default []. */
  featureListRaggedValueTypes?: DType[];
  /** `feature_list_ragged_split_types` (list(type)). One of int32, int64. At least 0 item(s). Default []. */
  featureListRaggedSplitTypes?: DType[];
  /** `feature_list_dense_shapes` (list(shape)). At least 0 item(s). Default []. */
  featureListDenseShapes?: Array<number[] | null>;
}

/**
 * TensorFlow op `ParseSequenceExampleV2`; outputs: context_sparse_indices (list of Ncontext_sparse, int64), context_sparse_values (list, dtypes context_sparse_types), context_sparse_shapes (list of Ncontext_sparse, int64), context_dense_values (list, dtypes Tcontext_dense), context_ragged_values (list, dtypes context_ragged_value_types), context_ragged_row_splits (list, dtypes context_ragged_split_types), feature_list_sparse_indices (list of Nfeature_list_sparse, int64), feature_list_sparse_values (list, dtypes feature_list_sparse_types), feature_list_sparse_shapes (list of Nfeature_list_sparse, int64), feature_list_dense_values (list, dtypes feature_list_dense_types), feature_list_dense_lengths (list of Nfeature_list_dense, int64), feature_list_ragged_values (list, dtypes feature_list_ragged_value_types), feature_list_ragged_outer_splits (list, dtypes feature_list_ragged_split_types), feature_list_ragged_inner_splits (list, dtypes feature_list_ragged_split_types).
 * @param serialized (string)
 * @param debugName (string)
 * @param contextSparseKeys (string)
 * @param contextDenseKeys (string)
 * @param contextRaggedKeys (string)
 * @param featureListSparseKeys (string)
 * @param featureListDenseKeys (string)
 * @param featureListRaggedKeys (string)
 * @param featureListDenseMissingAssumedEmpty (bool)
 * @param contextDenseDefaults (list, dtypes Tcontext_dense)
 */
export function parseSequenceExampleV2(serialized: OutputLike, debugName: OutputLike, contextSparseKeys: OutputLike, contextDenseKeys: OutputLike, contextRaggedKeys: OutputLike, featureListSparseKeys: OutputLike, featureListDenseKeys: OutputLike, featureListRaggedKeys: OutputLike, featureListDenseMissingAssumedEmpty: OutputLike, contextDenseDefaults: OutputLike[], options: ParseSequenceExampleV2Options = {}): { contextSparseIndices: Output[]; contextSparseValues: Output[]; contextSparseShapes: Output[]; contextDenseValues: Output[]; contextRaggedValues: Output[]; contextRaggedRowSplits: Output[]; featureListSparseIndices: Output[]; featureListSparseValues: Output[]; featureListSparseShapes: Output[]; featureListDenseValues: Output[]; featureListDenseLengths: Output[]; featureListRaggedValues: Output[]; featureListRaggedOuterSplits: Output[]; featureListRaggedInnerSplits: Output[] } {
  return opOutputs<{ contextSparseIndices: Output[]; contextSparseValues: Output[]; contextSparseShapes: Output[]; contextDenseValues: Output[]; contextRaggedValues: Output[]; contextRaggedRowSplits: Output[]; featureListSparseIndices: Output[]; featureListSparseValues: Output[]; featureListSparseShapes: Output[]; featureListDenseValues: Output[]; featureListDenseLengths: Output[]; featureListRaggedValues: Output[]; featureListRaggedOuterSplits: Output[]; featureListRaggedInnerSplits: Output[] }>('ParseSequenceExampleV2', [serialized, debugName, contextSparseKeys, contextDenseKeys, contextRaggedKeys, featureListSparseKeys, featureListDenseKeys, featureListRaggedKeys, featureListDenseMissingAssumedEmpty, contextDenseDefaults], options);
}

/** Options of {@link parseSingleExample} (TensorFlow op `ParseSingleExample`). */
export interface ParseSingleExampleOptions extends InputOpOptions {
  /** `num_sparse` (int). Minimum 0. */
  numSparse: number;
  /** `sparse_keys` (list(string)). At least 0 item(s). */
  sparseKeys: string[];
  /** `dense_keys` (list(string)). At least 0 item(s). */
  denseKeys: string[];
  /** `sparse_types` (list(type)). One of float32, int64, string. At least 0 item(s). */
  sparseTypes: DType[];
  /** `dense_shapes` (list(shape)). At least 0 item(s). */
  denseShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ParseSingleExample`; outputs: sparse_indices (list of num_sparse, int64), sparse_values (list, dtypes sparse_types), sparse_shapes (list of num_sparse, int64), dense_values (list, dtypes Tdense).
 * @param serialized (string)
 * @param denseDefaults (list, dtypes Tdense)
 */
export function parseSingleExample(serialized: OutputLike, denseDefaults: OutputLike[], options: ParseSingleExampleOptions): { sparseIndices: Output[]; sparseValues: Output[]; sparseShapes: Output[]; denseValues: Output[] } {
  return opOutputs<{ sparseIndices: Output[]; sparseValues: Output[]; sparseShapes: Output[]; denseValues: Output[] }>('ParseSingleExample', [serialized, denseDefaults], options);
}

/** Options of {@link parseSingleSequenceExample} (TensorFlow op `ParseSingleSequenceExample`). */
export interface ParseSingleSequenceExampleOptions extends InputOpOptions {
  /** `context_sparse_types` (list(type)). One of float32, int64, string. At least 0 item(s). Default []. */
  contextSparseTypes?: DType[];
  /** `feature_list_dense_types` (list(type)). One of float32, int64, string. At least 0 item(s). Default []. */
  featureListDenseTypes?: DType[];
  /** `context_dense_shapes` (list(shape)). At least 0 item(s). Default []. */
  contextDenseShapes?: Array<number[] | null>;
  /** `feature_list_sparse_types` (list(type)). One of float32, int64, string. At least 0 item(s). Default []. */
  featureListSparseTypes?: DType[];
  /** `feature_list_dense_shapes` (list(shape)). At least 0 item(s). Default []. */
  featureListDenseShapes?: Array<number[] | null>;
}

/**
 * TensorFlow op `ParseSingleSequenceExample`; outputs: context_sparse_indices (list of Ncontext_sparse, int64), context_sparse_values (list, dtypes context_sparse_types), context_sparse_shapes (list of Ncontext_sparse, int64), context_dense_values (list, dtypes Tcontext_dense), feature_list_sparse_indices (list of Nfeature_list_sparse, int64), feature_list_sparse_values (list, dtypes feature_list_sparse_types), feature_list_sparse_shapes (list of Nfeature_list_sparse, int64), feature_list_dense_values (list, dtypes feature_list_dense_types).
 * @param serialized (string)
 * @param featureListDenseMissingAssumedEmpty (string)
 * @param contextSparseKeys (list of Ncontext_sparse, string)
 * @param contextDenseKeys (list of Ncontext_dense, string)
 * @param featureListSparseKeys (list of Nfeature_list_sparse, string)
 * @param featureListDenseKeys (list of Nfeature_list_dense, string)
 * @param contextDenseDefaults (list, dtypes Tcontext_dense)
 * @param debugName (string)
 */
export function parseSingleSequenceExample(serialized: OutputLike, featureListDenseMissingAssumedEmpty: OutputLike, contextSparseKeys: OutputLike[], contextDenseKeys: OutputLike[], featureListSparseKeys: OutputLike[], featureListDenseKeys: OutputLike[], contextDenseDefaults: OutputLike[], debugName: OutputLike, options: ParseSingleSequenceExampleOptions = {}): { contextSparseIndices: Output[]; contextSparseValues: Output[]; contextSparseShapes: Output[]; contextDenseValues: Output[]; featureListSparseIndices: Output[]; featureListSparseValues: Output[]; featureListSparseShapes: Output[]; featureListDenseValues: Output[] } {
  return opOutputs<{ contextSparseIndices: Output[]; contextSparseValues: Output[]; contextSparseShapes: Output[]; contextDenseValues: Output[]; featureListSparseIndices: Output[]; featureListSparseValues: Output[]; featureListSparseShapes: Output[]; featureListDenseValues: Output[] }>('ParseSingleSequenceExample', [serialized, featureListDenseMissingAssumedEmpty, contextSparseKeys, contextDenseKeys, featureListSparseKeys, featureListDenseKeys, contextDenseDefaults, debugName], options);
}

/** Options of {@link parseTensor} (TensorFlow op `ParseTensor`). */
export interface ParseTensorOptions extends InputOpOptions {
  /** `out_type` (type). */
  outType: DType;
}

/**
 * TensorFlow op `ParseTensor`; outputs: output (dtype out_type).
 * @param serialized (string)
 */
export function parseTensor(serialized: OutputLike, options: ParseTensorOptions): Output {
  return op1('ParseTensor', [serialized], options);
}

/** Options of {@link partitionedCall} (TensorFlow op `PartitionedCall`). */
export interface PartitionedCallOptions extends InputOpOptions {
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
 * TensorFlow op `PartitionedCall`; outputs: output (list, dtypes Tout).
 * @param args (list, dtypes Tin)
 */
export function partitionedCall(args: OutputLike[], options: PartitionedCallOptions): Output[] {
  return opList('PartitionedCall', [args], options);
}

/** Options of {@link placeholder} (TensorFlow op `Placeholder`). */
export interface PlaceholderOptions extends OpOptions {
  /** `dtype` (type). */
  dtype: DType;
  /** `shape` (shape). Default null (unknown rank). */
  shape?: number[] | null;
}

/** TensorFlow op `Placeholder`; outputs: output (dtype dtype). */
export function placeholder(graph: Graph, options: PlaceholderOptions): Output {
  return op1('Placeholder', graph, options);
}

/** Options of {@link placeholderWithDefault} (TensorFlow op `PlaceholderWithDefault`). */
export interface PlaceholderWithDefaultOptions extends InputOpOptions {
  /** `shape` (shape). */
  shape: number[] | null;
}

/**
 * TensorFlow op `PlaceholderWithDefault`; outputs: output (dtype dtype).
 * @param input (dtype dtype)
 */
export function placeholderWithDefault(input: OutputLike, options: PlaceholderWithDefaultOptions): Output {
  return op1('PlaceholderWithDefault', [input], options);
}

/**
 * TensorFlow op `Polygamma`; outputs: z (dtype T).
 * T: one of float32, float64.
 * @param a (dtype T)
 * @param x (dtype T)
 */
export function polygamma(a: OutputLike, x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Polygamma', [a, x], options);
}

/**
 * TensorFlow op `PopulationCount`; outputs: y (uint8).
 * T: one of int8, int16, int32, int64, uint8, uint16, uint32, uint64.
 * @param x (dtype T)
 */
export function populationCount(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('PopulationCount', [x], options);
}

/**
 * TensorFlow op `Pow`; outputs: z (dtype T).
 * T: one of bfloat16, float32, float16, float64, int8, int16, int32, int64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function pow(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Pow', [x, y], options);
}

/** Options of {@link prelinearize} (TensorFlow op `Prelinearize`). */
export interface PrelinearizeOptions extends InputOpOptions {
  /** `shape` (shape). Default []. */
  shape?: number[] | null;
  /** `layout` (list(int)). Default []. */
  layout?: number[];
}

/**
 * TensorFlow op `Prelinearize`; outputs: output (variant).
 * @param input (dtype dtype)
 */
export function prelinearize(input: OutputLike, options: PrelinearizeOptions = {}): Output {
  return op1('Prelinearize', [input], options);
}

/** Options of {@link prelinearizeTuple} (TensorFlow op `PrelinearizeTuple`). */
export interface PrelinearizeTupleOptions extends InputOpOptions {
  /** `shapes` (list(shape)). */
  shapes: Array<number[] | null>;
  /** `layouts` (list(int)). Default []. */
  layouts?: number[];
}

/**
 * TensorFlow op `PrelinearizeTuple`; outputs: output (variant).
 * @param inputs (list, dtypes dtypes)
 */
export function prelinearizeTuple(inputs: OutputLike[], options: PrelinearizeTupleOptions): Output {
  return op1('PrelinearizeTuple', [inputs], options);
}

/** Options of {@link preventGradient} (TensorFlow op `PreventGradient`). */
export interface PreventGradientOptions extends InputOpOptions {
  /** `message` (string). Default "". */
  message?: string;
}

/**
 * TensorFlow op `PreventGradient`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function preventGradient(input: OutputLike, options: PreventGradientOptions = {}): Output {
  return op1('PreventGradient', [input], options);
}

/** Options of {@link print} (TensorFlow op `Print`). */
export interface PrintOptions extends InputOpOptions {
  /** `message` (string). Default "". */
  message?: string;
  /** `first_n` (int). Default -1. */
  firstN?: number;
  /** `summarize` (int). Default 3. */
  summarize?: number;
}

/**
 * TensorFlow op `Print`; outputs: output (dtype T).
 * @param input (dtype T)
 * @param data (list, dtypes U)
 */
export function print(input: OutputLike, data: OutputLike[], options: PrintOptions = {}): Output {
  return op1('Print', [input, data], options);
}

/** Options of {@link printV2} (TensorFlow op `PrintV2`). */
export interface PrintV2Options extends InputOpOptions {
  /** `output_stream` (string). Default "stderr". */
  outputStream?: string;
  /** `end` (string). Default "\n". */
  end?: string;
}

/**
 * TensorFlow op `PrintV2`.
 * @param input (string)
 */
export function printV2(input: OutputLike, options: PrintV2Options = {}): Operation {
  return opNoOutput('PrintV2', [input], options);
}

/** Options of {@link priorityQueue} (TensorFlow op `PriorityQueue`). */
export interface PriorityQueueOptions extends OpOptions {
  /** `component_types` (list(type)). At least 0 item(s). Default []. */
  componentTypes?: DType[];
  /** `shapes` (list(shape)). At least 0 item(s). */
  shapes: Array<number[] | null>;
  /** `capacity` (int). Default -1. */
  capacity?: number;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `PriorityQueue`; outputs: handle (string). */
export function priorityQueue(graph: Graph, options: PriorityQueueOptions): Output {
  return op1('PriorityQueue', graph, options);
}

/** Options of {@link priorityQueueV2} (TensorFlow op `PriorityQueueV2`). */
export interface PriorityQueueV2Options extends OpOptions {
  /** `component_types` (list(type)). At least 0 item(s). Default []. */
  componentTypes?: DType[];
  /** `shapes` (list(shape)). At least 0 item(s). */
  shapes: Array<number[] | null>;
  /** `capacity` (int). Default -1. */
  capacity?: number;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `PriorityQueueV2`; outputs: handle (resource). */
export function priorityQueueV2(graph: Graph, options: PriorityQueueV2Options): Output {
  return op1('PriorityQueueV2', graph, options);
}

/** Options of {@link prod} (TensorFlow op `Prod`). */
export interface ProdOptions extends InputOpOptions {
  /** `keep_dims` (bool). Default false. */
  keepDims?: boolean;
}

/**
 * TensorFlow op `Prod`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tidx: one of int32, int64.
 * @param input (dtype T)
 * @param reductionIndices (dtype Tidx)
 */
export function prod(input: OutputLike, reductionIndices: OutputLike, options: ProdOptions = {}): Output {
  return op1('Prod', [input, reductionIndices], options);
}

/** Options of {@link pyFunc} (TensorFlow op `PyFunc`). */
export interface PyFuncOptions extends InputOpOptions {
  /** `token` (string). */
  token: string;
  /** `Tout` (list(type)). At least 0 item(s). */
  tout: DType[];
}

/**
 * TensorFlow op `PyFunc`; outputs: output (list, dtypes Tout).
 * @param input (list, dtypes Tin)
 */
export function pyFunc(input: OutputLike[], options: PyFuncOptions): Output[] {
  return opList('PyFunc', [input], options);
}

/** Options of {@link pyFuncStateless} (TensorFlow op `PyFuncStateless`). */
export interface PyFuncStatelessOptions extends InputOpOptions {
  /** `token` (string). */
  token: string;
  /** `Tout` (list(type)). At least 0 item(s). */
  tout: DType[];
}

/**
 * TensorFlow op `PyFuncStateless`; outputs: output (list, dtypes Tout).
 * @param input (list, dtypes Tin)
 */
export function pyFuncStateless(input: OutputLike[], options: PyFuncStatelessOptions): Output[] {
  return opList('PyFuncStateless', [input], options);
}
