// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Operation, Output, TensorLike } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link csrSparseMatrixComponents} (TensorFlow op `CSRSparseMatrixComponents`). */
export interface CsrSparseMatrixComponentsOptions extends InputOpOptions {
  /** `type` (type). One of float32, float64, complex64, complex128. */
  type: DType;
}

/**
 * TensorFlow op `CSRSparseMatrixComponents`; outputs: row_ptrs (int32), col_inds (int32), values (dtype type).
 * @param csrSparseMatrix (variant)
 * @param index (int32)
 */
export function csrSparseMatrixComponents(csrSparseMatrix: OutputLike, index: OutputLike, options: CsrSparseMatrixComponentsOptions): { rowPtrs: Output; colInds: Output; values: Output } {
  return opOutputs<{ rowPtrs: Output; colInds: Output; values: Output }>('CSRSparseMatrixComponents', [csrSparseMatrix, index], options);
}

/** Options of {@link csrSparseMatrixToDense} (TensorFlow op `CSRSparseMatrixToDense`). */
export interface CsrSparseMatrixToDenseOptions extends InputOpOptions {
  /** `type` (type). One of float32, float64, complex64, complex128. */
  type: DType;
}

/**
 * TensorFlow op `CSRSparseMatrixToDense`; outputs: dense_output (dtype type).
 * @param sparseInput (variant)
 */
export function csrSparseMatrixToDense(sparseInput: OutputLike, options: CsrSparseMatrixToDenseOptions): Output {
  return op1('CSRSparseMatrixToDense', [sparseInput], options);
}

/** Options of {@link csrSparseMatrixToSparseTensor} (TensorFlow op `CSRSparseMatrixToSparseTensor`). */
export interface CsrSparseMatrixToSparseTensorOptions extends InputOpOptions {
  /** `type` (type). One of float32, float64, complex64, complex128. */
  type: DType;
}

/**
 * TensorFlow op `CSRSparseMatrixToSparseTensor`; outputs: indices (int64), values (dtype type), dense_shape (int64).
 * @param sparseMatrix (variant)
 */
export function csrSparseMatrixToSparseTensor(sparseMatrix: OutputLike, options: CsrSparseMatrixToSparseTensorOptions): { indices: Output; values: Output; denseShape: Output } {
  return opOutputs<{ indices: Output; values: Output; denseShape: Output }>('CSRSparseMatrixToSparseTensor', [sparseMatrix], options);
}

/** Options of {@link calibrationStatisticsSaver} (TensorFlow op `CalibrationStatisticsSaver`). */
export interface CalibrationStatisticsSaverOptions extends InputOpOptions {
  /** `ids` (list(string)). At least 1 item(s). */
  ids: string[];
  /** `calibration_methods` (list(int)). At least 1 item(s). */
  calibrationMethods: number[];
  /** `output_file_path` (string). */
  outputFilePath: string;
}

/**
 * Aggregates and saves the calibration statistics data.
 *
 * This op collects outputs of multiples CustomAggregator ops, which includes `min`, `max` and `histogram`. Then it aggregates them according to the calibration method and save the result to the given file path as a binary proto file.
 *
 * TensorFlow op `CalibrationStatisticsSaver`.
 * @param args (list, dtypes Tin)
 */
export function calibrationStatisticsSaver(args: OutputLike[], options: CalibrationStatisticsSaverOptions): Operation {
  return opNoOutput('CalibrationStatisticsSaver', [args], options);
}

/** Options of {@link caseOp} (TensorFlow op `Case`). */
export interface CaseOpOptions extends InputOpOptions {
  /** `Tout` (list(type)). At least 0 item(s). */
  tout: DType[];
  /** `branches` (list(func)). At least 1 item(s). */
  branches: Array<string | FuncAttr>;
  /** `output_shapes` (list(shape)). Default []. */
  outputShapes?: Array<number[] | null>;
}

/**
 * TensorFlow op `Case`; outputs: output (list, dtypes Tout).
 * @param branchIndex (int32)
 * @param input (list, dtypes Tin)
 */
export function caseOp(branchIndex: OutputLike, input: OutputLike[], options: CaseOpOptions): Output[] {
  return opList('Case', [branchIndex, input], options);
}

/** Options of {@link castOp} (TensorFlow op `Cast`). */
export interface CastOpOptions extends InputOpOptions {
  /** `DstT` (type). */
  dstT: DType;
  /** `Truncate` (bool). Default false. */
  truncate?: boolean;
}

/**
 * TensorFlow op `Cast`; outputs: y (dtype DstT).
 * @param x (dtype SrcT)
 */
export function castOp(x: OutputLike, options: CastOpOptions): Output {
  return op1('Cast', [x], options);
}

/**
 * TensorFlow op `Ceil`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function ceil(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Ceil', [x], options);
}

/** Options of {@link checkNumerics} (TensorFlow op `CheckNumerics`). */
export interface CheckNumericsOptions extends InputOpOptions {
  /** `message` (string). */
  message: string;
}

/**
 * TensorFlow op `CheckNumerics`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param tensor (dtype T)
 */
export function checkNumerics(tensor: OutputLike, options: CheckNumericsOptions): Output {
  return op1('CheckNumerics', [tensor], options);
}

/** Options of {@link checkNumericsV2} (TensorFlow op `CheckNumericsV2`). */
export interface CheckNumericsV2Options extends InputOpOptions {
  /** `message` (string). */
  message: string;
}

/**
 * TensorFlow op `CheckNumericsV2`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param tensor (dtype T)
 */
export function checkNumericsV2(tensor: OutputLike, options: CheckNumericsV2Options): Output {
  return op1('CheckNumericsV2', [tensor], options);
}

/**
 * TensorFlow op `CheckPinned`; outputs: output (dtype T).
 * @param tensor (dtype T)
 */
export function checkPinned(tensor: OutputLike, options: InputOpOptions = {}): Output {
  return op1('CheckPinned', [tensor], options);
}

/**
 * TensorFlow op `Cholesky`; outputs: output (dtype T).
 * T: one of float64, float32, float16, complex64, complex128.
 * @param input (dtype T)
 */
export function cholesky(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Cholesky', [input], options);
}

/**
 * TensorFlow op `CholeskyGrad`; outputs: output (dtype T).
 * T: one of float16, float32, float64.
 * @param l (dtype T)
 * @param grad (dtype T)
 */
export function choleskyGrad(l: OutputLike, grad: OutputLike, options: InputOpOptions = {}): Output {
  return op1('CholeskyGrad', [l, grad], options);
}

/**
 * TensorFlow op `ClipByValue`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param t (dtype T)
 * @param clipValueMin (dtype T)
 * @param clipValueMax (dtype T)
 */
export function clipByValue(t: OutputLike, clipValueMin: OutputLike, clipValueMax: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ClipByValue', [t, clipValueMin, clipValueMax], options);
}

/**
 * TensorFlow op `CloseSummaryWriter`.
 * @param writer (resource)
 */
export function closeSummaryWriter(writer: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('CloseSummaryWriter', [writer], options);
}

/** Options of {@link combinedNonMaxSuppression} (TensorFlow op `CombinedNonMaxSuppression`). */
export interface CombinedNonMaxSuppressionOptions extends InputOpOptions {
  /** `pad_per_class` (bool). Default false. */
  padPerClass?: boolean;
  /** `clip_boxes` (bool). Default true. */
  clipBoxes?: boolean;
}

/**
 * TensorFlow op `CombinedNonMaxSuppression`; outputs: nmsed_boxes (float32), nmsed_scores (float32), nmsed_classes (float32), valid_detections (int32).
 * @param boxes (float32)
 * @param scores (float32)
 * @param maxOutputSizePerClass (int32)
 * @param maxTotalSize (int32)
 * @param iouThreshold (float32)
 * @param scoreThreshold (float32)
 */
export function combinedNonMaxSuppression(boxes: OutputLike, scores: OutputLike, maxOutputSizePerClass: OutputLike, maxTotalSize: OutputLike, iouThreshold: OutputLike, scoreThreshold: OutputLike, options: CombinedNonMaxSuppressionOptions = {}): { nmsedBoxes: Output; nmsedScores: Output; nmsedClasses: Output; validDetections: Output } {
  return opOutputs<{ nmsedBoxes: Output; nmsedScores: Output; nmsedClasses: Output; validDetections: Output }>('CombinedNonMaxSuppression', [boxes, scores, maxOutputSizePerClass, maxTotalSize, iouThreshold, scoreThreshold], options);
}

/** Options of {@link complex} (TensorFlow op `Complex`). */
export interface ComplexOptions extends InputOpOptions {
  /** `Tout` (type). One of complex64, complex128. Default 'complex64'. */
  tout?: DType;
}

/**
 * TensorFlow op `Complex`; outputs: out (dtype Tout).
 * T: one of float32, float64.
 * @param real (dtype T)
 * @param imag (dtype T)
 */
export function complex(real: OutputLike, imag: OutputLike, options: ComplexOptions = {}): Output {
  return op1('Complex', [real, imag], options);
}

/** Options of {@link complexAbs} (TensorFlow op `ComplexAbs`). */
export interface ComplexAbsOptions extends InputOpOptions {
  /** `Tout` (type). One of float32, float64. Default 'float32'. */
  tout?: DType;
}

/**
 * TensorFlow op `ComplexAbs`; outputs: y (dtype Tout).
 * T: one of complex64, complex128.
 * @param x (dtype T)
 */
export function complexAbs(x: OutputLike, options: ComplexAbsOptions = {}): Output {
  return op1('ComplexAbs', [x], options);
}

/** Options of {@link compositeTensorVariantFromComponents} (TensorFlow op `CompositeTensorVariantFromComponents`). */
export interface CompositeTensorVariantFromComponentsOptions extends InputOpOptions {
  /** `metadata` (string). */
  metadata: string;
}

/**
 * TensorFlow op `CompositeTensorVariantFromComponents`; outputs: encoded (variant).
 * @param components (list, dtypes Tcomponents)
 */
export function compositeTensorVariantFromComponents(components: OutputLike[], options: CompositeTensorVariantFromComponentsOptions): Output {
  return op1('CompositeTensorVariantFromComponents', [components], options);
}

/** Options of {@link compositeTensorVariantToComponents} (TensorFlow op `CompositeTensorVariantToComponents`). */
export interface CompositeTensorVariantToComponentsOptions extends InputOpOptions {
  /** `metadata` (string). */
  metadata: string;
  /** `Tcomponents` (list(type)). At least 0 item(s). */
  tcomponents: DType[];
}

/**
 * TensorFlow op `CompositeTensorVariantToComponents`; outputs: components (list, dtypes Tcomponents).
 * @param encoded (variant)
 */
export function compositeTensorVariantToComponents(encoded: OutputLike, options: CompositeTensorVariantToComponentsOptions): Output[] {
  return opList('CompositeTensorVariantToComponents', [encoded], options);
}

/**
 * TensorFlow op `CompressElement`; outputs: compressed (variant).
 * @param components (list, dtypes input_types)
 */
export function compressElement(components: OutputLike[], options: InputOpOptions = {}): Output {
  return op1('CompressElement', [components], options);
}

/** Options of {@link computeAccidentalHits} (TensorFlow op `ComputeAccidentalHits`). */
export interface ComputeAccidentalHitsOptions extends InputOpOptions {
  /** `num_true` (int). */
  numTrue: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `ComputeAccidentalHits`; outputs: indices (int32), ids (int64), weights (float32).
 * @param trueClasses (int64)
 * @param sampledCandidates (int64)
 */
export function computeAccidentalHits(trueClasses: OutputLike, sampledCandidates: OutputLike, options: ComputeAccidentalHitsOptions): { indices: Output; ids: Output; weights: Output } {
  return opOutputs<{ indices: Output; ids: Output; weights: Output }>('ComputeAccidentalHits', [trueClasses, sampledCandidates], options);
}

/**
 * TensorFlow op `ComputeBatchSize`; outputs: batch_size (int64).
 * @param inputDataset (variant)
 */
export function computeBatchSize(inputDataset: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ComputeBatchSize', [inputDataset], options);
}

/** Options of {@link computeDedupDataSize} (TensorFlow op `ComputeDedupDataSize`). */
export interface ComputeDedupDataSizeOptions extends OpOptions {
  /** `config` (string). */
  config: string;
}

/** TensorFlow op `ComputeDedupDataSize`; outputs: num_elements (int32). */
export function computeDedupDataSize(graph: Graph, options: ComputeDedupDataSizeOptions): Output {
  return op1('ComputeDedupDataSize', graph, options);
}

/** Options of {@link computeDedupDataSizeV2} (TensorFlow op `ComputeDedupDataSizeV2`). */
export interface ComputeDedupDataSizeV2Options extends OpOptions {
  /** `config` (string). */
  config: string;
  /** `embedding_partitions` (string). */
  embeddingPartitions: string;
  /** `hbm_buffers_config` (string). */
  hbmBuffersConfig: string;
  /** `tpu_topology` (string). */
  tpuTopology: string;
}

/** TensorFlow op `ComputeDedupDataSizeV2`; outputs: num_elements (int32). */
export function computeDedupDataSizeV2(graph: Graph, options: ComputeDedupDataSizeV2Options): Output {
  return op1('ComputeDedupDataSizeV2', graph, options);
}

/** Options of {@link computeDedupDataTupleMask} (TensorFlow op `ComputeDedupDataTupleMask`). */
export interface ComputeDedupDataTupleMaskOptions extends OpOptions {
  /** `config` (string). */
  config: string;
}

/** TensorFlow op `ComputeDedupDataTupleMask`; outputs: output_shape (int32). */
export function computeDedupDataTupleMask(graph: Graph, options: ComputeDedupDataTupleMaskOptions): Output {
  return op1('ComputeDedupDataTupleMask', graph, options);
}

/** Options of {@link computeDedupDataTupleMaskV2} (TensorFlow op `ComputeDedupDataTupleMaskV2`). */
export interface ComputeDedupDataTupleMaskV2Options extends OpOptions {
  /** `config` (string). */
  config: string;
  /** `embedding_partitions` (string). */
  embeddingPartitions: string;
  /** `hbm_buffers_config` (string). */
  hbmBuffersConfig: string;
  /** `tpu_topology` (string). */
  tpuTopology: string;
}

/** TensorFlow op `ComputeDedupDataTupleMaskV2`; outputs: output_shape (int32). */
export function computeDedupDataTupleMaskV2(graph: Graph, options: ComputeDedupDataTupleMaskV2Options): Output {
  return op1('ComputeDedupDataTupleMaskV2', graph, options);
}

/**
 * TensorFlow op `Concat`; outputs: output (dtype T).
 * @param concatDim (int32)
 * @param values (list of N, dtype T)
 */
export function concat(concatDim: OutputLike, values: OutputLike[], options: InputOpOptions = {}): Output {
  return op1('Concat', [concatDim, values], options);
}

/**
 * TensorFlow op `ConcatOffset`; outputs: offset (list of N, dtype shape_type).
 * shape_type: one of int32, int64.
 * @param concatDim (int32)
 * @param shape (list of N, dtype shape_type)
 */
export function concatOffset(concatDim: OutputLike, shape: OutputLike[], options: InputOpOptions = {}): Output[] {
  return opList('ConcatOffset', [concatDim, shape], options);
}

/**
 * TensorFlow op `ConcatV2`; outputs: output (dtype T).
 * Tidx: one of int32, int64.
 * @param values (list of N, dtype T)
 * @param axis (dtype Tidx)
 */
export function concatV2(values: OutputLike[], axis: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ConcatV2', [values, axis], options);
}

/** Options of {@link conditionalAccumulator} (TensorFlow op `ConditionalAccumulator`). */
export interface ConditionalAccumulatorOptions extends OpOptions {
  /** `dtype` (type). One of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64. */
  dtype: DType;
  /** `shape` (shape). */
  shape: number[] | null;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `reduction_type` (string). One of "MEAN", "SUM". Default "MEAN". */
  reductionType?: string;
}

/** TensorFlow op `ConditionalAccumulator`; outputs: handle (string). */
export function conditionalAccumulator(graph: Graph, options: ConditionalAccumulatorOptions): Output {
  return op1('ConditionalAccumulator', graph, options);
}

/**
 * TensorFlow op `Conj`; outputs: output (dtype T).
 * T: one of complex64, complex128, variant.
 * @param input (dtype T)
 */
export function conj(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Conj', [input], options);
}

/**
 * TensorFlow op `ConjugateTranspose`; outputs: y (dtype T).
 * Tperm: one of int32, int64.
 * @param x (dtype T)
 * @param perm (dtype Tperm)
 */
export function conjugateTranspose(x: OutputLike, perm: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ConjugateTranspose', [x, perm], options);
}

/** Options of {@link constOp} (TensorFlow op `Const`). */
export interface ConstOpOptions extends OpOptions {
  /** `value` (tensor). */
  value: TensorLike;
  /** `dtype` (type). */
  dtype: DType;
}

/** TensorFlow op `Const`; outputs: output (dtype dtype). */
export function constOp(graph: Graph, options: ConstOpOptions): Output {
  return op1('Const', graph, options);
}

/**
 * TensorFlow op `ConsumeMutexLock`.
 * @param mutexLock (variant)
 */
export function consumeMutexLock(mutexLock: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ConsumeMutexLock', [mutexLock], options);
}

/** TensorFlow op `ControlTrigger`. */
export function controlTrigger(graph: Graph, options: OpOptions = {}): Operation {
  return opNoOutput('ControlTrigger', graph, options);
}

/** Options of {@link conv} (TensorFlow op `Conv`). */
export interface ConvOptions extends InputOpOptions {
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID", "EXPLICIT". */
  padding: string;
  /** `explicit_paddings` (list(int)). Default []. */
  explicitPaddings?: number[];
  /** `data_format` (string). One of "CHANNELS_FIRST", "CHANNELS_LAST". Default "CHANNELS_LAST". */
  dataFormat?: string;
  /** `dilations` (list(int)). Default []. */
  dilations?: number[];
  /** `batch_dims` (int). Default 1. */
  batchDims?: number;
  /** `groups` (int). Default 1. */
  groups?: number;
}

/**
 * TensorFlow op `Conv`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64, int32.
 * @param input (dtype T)
 * @param filter (dtype T)
 */
export function conv(input: OutputLike, filter: OutputLike, options: ConvOptions): Output {
  return op1('Conv', [input, filter], options);
}

/** Options of {@link convertToCooTensor} (TensorFlow op `ConvertToCooTensor`). */
export interface ConvertToCooTensorOptions extends InputOpOptions {
  /** `sample_count` (int). Minimum 1. */
  sampleCount: number;
  /** `combiner` (string). */
  combiner: string;
}

/**
 * TensorFlow op `ConvertToCooTensor`; outputs: row_ids (int32), col_ids (int32), gains (float32).
 * @param indicesOrRowSplits (int32)
 * @param values (int32)
 * @param weights (float32)
 */
export function convertToCooTensor(indicesOrRowSplits: OutputLike, values: OutputLike, weights: OutputLike, options: ConvertToCooTensorOptions): { rowIds: Output; colIds: Output; gains: Output } {
  return opOutputs<{ rowIds: Output; colIds: Output; gains: Output }>('ConvertToCooTensor', [indicesOrRowSplits, values, weights], options);
}

/** Options of {@link convertToListOfSparseCoreCooTensors} (TensorFlow op `ConvertToListOfSparseCoreCooTensors`). */
export interface ConvertToListOfSparseCoreCooTensorsOptions extends InputOpOptions {
  /** `sample_count` (int). Minimum 1. */
  sampleCount: number;
  /** `num_sc_per_chip` (int). Minimum 1. */
  numScPerChip: number;
  /** `row_offset` (int). Minimum 0. */
  rowOffset: number;
  /** `col_offset` (int). Minimum 0. */
  colOffset: number;
  /** `col_shift` (int). Minimum 0. */
  colShift: number;
  /** `num_sc_shards` (int). Minimum 1. */
  numScShards: number;
  /** `stacked_table_sample_count` (int). Minimum 1. */
  stackedTableSampleCount: number;
  /** `combiner` (string). */
  combiner: string;
}

/**
 * TensorFlow op `ConvertToListOfSparseCoreCooTensors`; outputs: row_ids_list (list of num_sc_per_chip, int32), col_ids_list (list of num_sc_per_chip, int32), gains_list (list of num_sc_per_chip, float32).
 * @param indicesOrRowSplits (int32)
 * @param values (int32)
 * @param weights (float32)
 */
export function convertToListOfSparseCoreCooTensors(indicesOrRowSplits: OutputLike, values: OutputLike, weights: OutputLike, options: ConvertToListOfSparseCoreCooTensorsOptions): { rowIdsList: Output[]; colIdsList: Output[]; gainsList: Output[] } {
  return opOutputs<{ rowIdsList: Output[]; colIdsList: Output[]; gainsList: Output[] }>('ConvertToListOfSparseCoreCooTensors', [indicesOrRowSplits, values, weights], options);
}

/** Options of {@link convertToSparseCoreCsrWrappedCooTensor} (TensorFlow op `ConvertToSparseCoreCsrWrappedCooTensor`). */
export interface ConvertToSparseCoreCsrWrappedCooTensorOptions extends InputOpOptions {
  /** `sample_count_per_sc` (int). Minimum 1. */
  sampleCountPerSc: number;
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
  /** `table_name` (string). */
  tableName: string;
  /** `allow_id_dropping` (bool). */
  allowIdDropping: boolean;
}

/**
 * TensorFlow op `ConvertToSparseCoreCsrWrappedCooTensor`; outputs: row_pointers (int32), sorted_sample_ids (int32), sorted_token_ids (int32), sorted_gains (float32), row_pointers_unpadded_size (int32), ids_unpadded_size (int32), num_minibatches_per_sc (int32).
 * @param sortedRowIdsList (list of num_sc_per_chip, int32)
 * @param sortedColIdsList (list of num_sc_per_chip, int32)
 * @param sortedGainsList (list of num_sc_per_chip, float32)
 * @param idCountsList (list of num_sc_per_chip, int32)
 * @param splits (int64)
 */
export function convertToSparseCoreCsrWrappedCooTensor(sortedRowIdsList: OutputLike[], sortedColIdsList: OutputLike[], sortedGainsList: OutputLike[], idCountsList: OutputLike[], splits: OutputLike, options: ConvertToSparseCoreCsrWrappedCooTensorOptions): { rowPointers: Output; sortedSampleIds: Output; sortedTokenIds: Output; sortedGains: Output; rowPointersUnpaddedSize: Output; idsUnpaddedSize: Output; numMinibatchesPerSc: Output } {
  return opOutputs<{ rowPointers: Output; sortedSampleIds: Output; sortedTokenIds: Output; sortedGains: Output; rowPointersUnpaddedSize: Output; idsUnpaddedSize: Output; numMinibatchesPerSc: Output }>('ConvertToSparseCoreCsrWrappedCooTensor', [sortedRowIdsList, sortedColIdsList, sortedGainsList, idCountsList, splits], options);
}

/** Options of {@link copy} (TensorFlow op `Copy`). */
export interface CopyOptions extends InputOpOptions {
  /** `tensor_name` (string). Default "". */
  tensorName?: string;
  /** `debug_ops_spec` (list(string)). Default []. */
  debugOpsSpec?: string[];
}

/**
 * TensorFlow op `Copy`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function copy(input: OutputLike, options: CopyOptions = {}): Output {
  return op1('Copy', [input], options);
}

/** Options of {@link copyHost} (TensorFlow op `CopyHost`). */
export interface CopyHostOptions extends InputOpOptions {
  /** `tensor_name` (string). Default "". */
  tensorName?: string;
  /** `debug_ops_spec` (list(string)). Default []. */
  debugOpsSpec?: string[];
}

/**
 * TensorFlow op `CopyHost`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function copyHost(input: OutputLike, options: CopyHostOptions = {}): Output {
  return op1('CopyHost', [input], options);
}

/** Options of {@link copyToMesh} (TensorFlow op `CopyToMesh`). */
export interface CopyToMeshOptions extends InputOpOptions {
  /** `mesh` (string). */
  mesh: string;
}

/**
 * TensorFlow op `CopyToMesh`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function copyToMesh(input: OutputLike, options: CopyToMeshOptions): Output {
  return op1('CopyToMesh', [input], options);
}

/**
 * TensorFlow op `CopyToMeshGrad`; outputs: output (dtype T).
 * @param input (dtype T)
 * @param forwardInput (dtype T)
 */
export function copyToMeshGrad(input: OutputLike, forwardInput: OutputLike, options: InputOpOptions = {}): Output {
  return op1('CopyToMeshGrad', [input, forwardInput], options);
}

/**
 * TensorFlow op `Cos`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function cos(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Cos', [x], options);
}

/**
 * TensorFlow op `Cosh`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function cosh(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Cosh', [x], options);
}

/** Options of {@link countUpTo} (TensorFlow op `CountUpTo`). */
export interface CountUpToOptions extends InputOpOptions {
  /** `limit` (int). */
  limit: number;
}

/**
 * TensorFlow op `CountUpTo`; outputs: output (dtype T).
 * T: one of int32, int64.
 * @param ref (dtype T)
 */
export function countUpTo(ref: OutputLike, options: CountUpToOptions): Output {
  return op1('CountUpTo', [ref], options);
}

/**
 * TensorFlow op `CreateSummaryDbWriter`.
 * @param writer (resource)
 * @param dbUri (string)
 * @param experimentName (string)
 * @param runName (string)
 * @param userName (string)
 */
export function createSummaryDbWriter(writer: OutputLike, dbUri: OutputLike, experimentName: OutputLike, runName: OutputLike, userName: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('CreateSummaryDbWriter', [writer, dbUri, experimentName, runName, userName], options);
}

/**
 * TensorFlow op `CreateSummaryFileWriter`.
 * @param writer (resource)
 * @param logdir (string)
 * @param maxQueue (int32)
 * @param flushMillis (int32)
 * @param filenameSuffix (string)
 */
export function createSummaryFileWriter(writer: OutputLike, logdir: OutputLike, maxQueue: OutputLike, flushMillis: OutputLike, filenameSuffix: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('CreateSummaryFileWriter', [writer, logdir, maxQueue, flushMillis, filenameSuffix], options);
}

/**
 * TensorFlow op `Cross`; outputs: product (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param a (dtype T)
 * @param b (dtype T)
 */
export function cross(a: OutputLike, b: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Cross', [a, b], options);
}

/**
 * TensorFlow op `CrossReplicaSum`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64, int32, uint32.
 * @param input (dtype T)
 * @param groupAssignment (int32)
 */
export function crossReplicaSum(input: OutputLike, groupAssignment: OutputLike, options: InputOpOptions = {}): Output {
  return op1('CrossReplicaSum', [input, groupAssignment], options);
}

/** Options of {@link cudnnRNN} (TensorFlow op `CudnnRNN`). */
export interface CudnnRNNOptions extends InputOpOptions {
  /** `rnn_mode` (string). One of "rnn_relu", "rnn_tanh", "lstm", "gru". Default "lstm". */
  rnnMode?: string;
  /** `input_mode` (string). One of "linear_input", "skip_input", "auto_select". Default "linear_input". */
  inputMode?: string;
  /** `direction` (string). One of "unidirectional", "bidirectional". Default "unidirectional". */
  direction?: string;
  /** `dropout` (float). Default 0. */
  dropout?: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `is_training` (bool). Default true. */
  isTraining?: boolean;
}

/**
 * TensorFlow op `CudnnRNN`; outputs: output (dtype T), output_h (dtype T), output_c (dtype T), reserve_space (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param input (dtype T)
 * @param inputH (dtype T)
 * @param inputC (dtype T)
 * @param params (dtype T)
 */
export function cudnnRNN(input: OutputLike, inputH: OutputLike, inputC: OutputLike, params: OutputLike, options: CudnnRNNOptions = {}): { output: Output; outputH: Output; outputC: Output; reserveSpace: Output } {
  return opOutputs<{ output: Output; outputH: Output; outputC: Output; reserveSpace: Output }>('CudnnRNN', [input, inputH, inputC, params], options);
}

/** Options of {@link cudnnRNNBackprop} (TensorFlow op `CudnnRNNBackprop`). */
export interface CudnnRNNBackpropOptions extends InputOpOptions {
  /** `rnn_mode` (string). One of "rnn_relu", "rnn_tanh", "lstm", "gru". Default "lstm". */
  rnnMode?: string;
  /** `input_mode` (string). One of "linear_input", "skip_input", "auto_select". Default "linear_input". */
  inputMode?: string;
  /** `direction` (string). One of "unidirectional", "bidirectional". Default "unidirectional". */
  direction?: string;
  /** `dropout` (float). Default 0. */
  dropout?: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `CudnnRNNBackprop`; outputs: input_backprop (dtype T), input_h_backprop (dtype T), input_c_backprop (dtype T), params_backprop (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param input (dtype T)
 * @param inputH (dtype T)
 * @param inputC (dtype T)
 * @param params (dtype T)
 * @param output (dtype T)
 * @param outputH (dtype T)
 * @param outputC (dtype T)
 * @param outputBackprop (dtype T)
 * @param outputHBackprop (dtype T)
 * @param outputCBackprop (dtype T)
 * @param reserveSpace (dtype T)
 */
export function cudnnRNNBackprop(input: OutputLike, inputH: OutputLike, inputC: OutputLike, params: OutputLike, output: OutputLike, outputH: OutputLike, outputC: OutputLike, outputBackprop: OutputLike, outputHBackprop: OutputLike, outputCBackprop: OutputLike, reserveSpace: OutputLike, options: CudnnRNNBackpropOptions = {}): { inputBackprop: Output; inputHBackprop: Output; inputCBackprop: Output; paramsBackprop: Output } {
  return opOutputs<{ inputBackprop: Output; inputHBackprop: Output; inputCBackprop: Output; paramsBackprop: Output }>('CudnnRNNBackprop', [input, inputH, inputC, params, output, outputH, outputC, outputBackprop, outputHBackprop, outputCBackprop, reserveSpace], options);
}

/** Options of {@link cudnnRNNBackpropV2} (TensorFlow op `CudnnRNNBackpropV2`). */
export interface CudnnRNNBackpropV2Options extends InputOpOptions {
  /** `rnn_mode` (string). One of "rnn_relu", "rnn_tanh", "lstm", "gru". Default "lstm". */
  rnnMode?: string;
  /** `input_mode` (string). One of "linear_input", "skip_input", "auto_select". Default "linear_input". */
  inputMode?: string;
  /** `direction` (string). One of "unidirectional", "bidirectional". Default "unidirectional". */
  direction?: string;
  /** `dropout` (float). Default 0. */
  dropout?: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `CudnnRNNBackpropV2`; outputs: input_backprop (dtype T), input_h_backprop (dtype T), input_c_backprop (dtype T), params_backprop (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param input (dtype T)
 * @param inputH (dtype T)
 * @param inputC (dtype T)
 * @param params (dtype T)
 * @param output (dtype T)
 * @param outputH (dtype T)
 * @param outputC (dtype T)
 * @param outputBackprop (dtype T)
 * @param outputHBackprop (dtype T)
 * @param outputCBackprop (dtype T)
 * @param reserveSpace (dtype T)
 * @param hostReserved (int8)
 */
export function cudnnRNNBackpropV2(input: OutputLike, inputH: OutputLike, inputC: OutputLike, params: OutputLike, output: OutputLike, outputH: OutputLike, outputC: OutputLike, outputBackprop: OutputLike, outputHBackprop: OutputLike, outputCBackprop: OutputLike, reserveSpace: OutputLike, hostReserved: OutputLike, options: CudnnRNNBackpropV2Options = {}): { inputBackprop: Output; inputHBackprop: Output; inputCBackprop: Output; paramsBackprop: Output } {
  return opOutputs<{ inputBackprop: Output; inputHBackprop: Output; inputCBackprop: Output; paramsBackprop: Output }>('CudnnRNNBackpropV2', [input, inputH, inputC, params, output, outputH, outputC, outputBackprop, outputHBackprop, outputCBackprop, reserveSpace, hostReserved], options);
}

/** Options of {@link cudnnRNNBackpropV3} (TensorFlow op `CudnnRNNBackpropV3`). */
export interface CudnnRNNBackpropV3Options extends InputOpOptions {
  /** `rnn_mode` (string). One of "rnn_relu", "rnn_tanh", "lstm", "gru". Default "lstm". */
  rnnMode?: string;
  /** `input_mode` (string). One of "linear_input", "skip_input", "auto_select". Default "linear_input". */
  inputMode?: string;
  /** `direction` (string). One of "unidirectional", "bidirectional". Default "unidirectional". */
  direction?: string;
  /** `dropout` (float). Default 0. */
  dropout?: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `num_proj` (int). Default 0. */
  numProj?: number;
  /** `time_major` (bool). Default true. */
  timeMajor?: boolean;
}

/**
 * TensorFlow op `CudnnRNNBackpropV3`; outputs: input_backprop (dtype T), input_h_backprop (dtype T), input_c_backprop (dtype T), params_backprop (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param input (dtype T)
 * @param inputH (dtype T)
 * @param inputC (dtype T)
 * @param params (dtype T)
 * @param sequenceLengths (int32)
 * @param output (dtype T)
 * @param outputH (dtype T)
 * @param outputC (dtype T)
 * @param outputBackprop (dtype T)
 * @param outputHBackprop (dtype T)
 * @param outputCBackprop (dtype T)
 * @param reserveSpace (dtype T)
 * @param hostReserved (int8)
 */
export function cudnnRNNBackpropV3(input: OutputLike, inputH: OutputLike, inputC: OutputLike, params: OutputLike, sequenceLengths: OutputLike, output: OutputLike, outputH: OutputLike, outputC: OutputLike, outputBackprop: OutputLike, outputHBackprop: OutputLike, outputCBackprop: OutputLike, reserveSpace: OutputLike, hostReserved: OutputLike, options: CudnnRNNBackpropV3Options = {}): { inputBackprop: Output; inputHBackprop: Output; inputCBackprop: Output; paramsBackprop: Output } {
  return opOutputs<{ inputBackprop: Output; inputHBackprop: Output; inputCBackprop: Output; paramsBackprop: Output }>('CudnnRNNBackpropV3', [input, inputH, inputC, params, sequenceLengths, output, outputH, outputC, outputBackprop, outputHBackprop, outputCBackprop, reserveSpace, hostReserved], options);
}

/** Options of {@link cudnnRNNCanonicalToParams} (TensorFlow op `CudnnRNNCanonicalToParams`). */
export interface CudnnRNNCanonicalToParamsOptions extends InputOpOptions {
  /** `rnn_mode` (string). One of "rnn_relu", "rnn_tanh", "lstm", "gru". Default "lstm". */
  rnnMode?: string;
  /** `input_mode` (string). One of "linear_input", "skip_input", "auto_select". Default "linear_input". */
  inputMode?: string;
  /** `direction` (string). One of "unidirectional", "bidirectional". Default "unidirectional". */
  direction?: string;
  /** `dropout` (float). Default 0. */
  dropout?: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `CudnnRNNCanonicalToParams`; outputs: params (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param numLayers (int32)
 * @param numUnits (int32)
 * @param inputSize (int32)
 * @param weights (list of num_params, dtype T)
 * @param biases (list of num_params, dtype T)
 */
export function cudnnRNNCanonicalToParams(numLayers: OutputLike, numUnits: OutputLike, inputSize: OutputLike, weights: OutputLike[], biases: OutputLike[], options: CudnnRNNCanonicalToParamsOptions = {}): Output {
  return op1('CudnnRNNCanonicalToParams', [numLayers, numUnits, inputSize, weights, biases], options);
}

/** Options of {@link cudnnRNNCanonicalToParamsV2} (TensorFlow op `CudnnRNNCanonicalToParamsV2`). */
export interface CudnnRNNCanonicalToParamsV2Options extends InputOpOptions {
  /** `rnn_mode` (string). One of "rnn_relu", "rnn_tanh", "lstm", "gru". Default "lstm". */
  rnnMode?: string;
  /** `input_mode` (string). One of "linear_input", "skip_input", "auto_select". Default "linear_input". */
  inputMode?: string;
  /** `direction` (string). One of "unidirectional", "bidirectional". Default "unidirectional". */
  direction?: string;
  /** `dropout` (float). Default 0. */
  dropout?: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `num_proj` (int). Default 0. */
  numProj?: number;
}

/**
 * TensorFlow op `CudnnRNNCanonicalToParamsV2`; outputs: params (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param numLayers (int32)
 * @param numUnits (int32)
 * @param inputSize (int32)
 * @param weights (list of num_params_weights, dtype T)
 * @param biases (list of num_params_biases, dtype T)
 */
export function cudnnRNNCanonicalToParamsV2(numLayers: OutputLike, numUnits: OutputLike, inputSize: OutputLike, weights: OutputLike[], biases: OutputLike[], options: CudnnRNNCanonicalToParamsV2Options = {}): Output {
  return op1('CudnnRNNCanonicalToParamsV2', [numLayers, numUnits, inputSize, weights, biases], options);
}

/** Options of {@link cudnnRNNParamsSize} (TensorFlow op `CudnnRNNParamsSize`). */
export interface CudnnRNNParamsSizeOptions extends InputOpOptions {
  /** `T` (type). One of bfloat16, float16, float32, float64. */
  t: DType;
  /** `S` (type). One of int32, int64. */
  s: DType;
  /** `rnn_mode` (string). One of "rnn_relu", "rnn_tanh", "lstm", "gru". Default "lstm". */
  rnnMode?: string;
  /** `input_mode` (string). One of "linear_input", "skip_input", "auto_select". Default "linear_input". */
  inputMode?: string;
  /** `direction` (string). One of "unidirectional", "bidirectional". Default "unidirectional". */
  direction?: string;
  /** `dropout` (float). Default 0. */
  dropout?: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `num_proj` (int). Default 0. */
  numProj?: number;
}

/**
 * TensorFlow op `CudnnRNNParamsSize`; outputs: params_size (dtype S).
 * @param numLayers (int32)
 * @param numUnits (int32)
 * @param inputSize (int32)
 */
export function cudnnRNNParamsSize(numLayers: OutputLike, numUnits: OutputLike, inputSize: OutputLike, options: CudnnRNNParamsSizeOptions): Output {
  return op1('CudnnRNNParamsSize', [numLayers, numUnits, inputSize], options);
}

/** Options of {@link cudnnRNNParamsToCanonical} (TensorFlow op `CudnnRNNParamsToCanonical`). */
export interface CudnnRNNParamsToCanonicalOptions extends InputOpOptions {
  /** `num_params` (int). Minimum 1. */
  numParams: number;
  /** `rnn_mode` (string). One of "rnn_relu", "rnn_tanh", "lstm", "gru". Default "lstm". */
  rnnMode?: string;
  /** `input_mode` (string). One of "linear_input", "skip_input", "auto_select". Default "linear_input". */
  inputMode?: string;
  /** `direction` (string). One of "unidirectional", "bidirectional". Default "unidirectional". */
  direction?: string;
  /** `dropout` (float). Default 0. */
  dropout?: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `CudnnRNNParamsToCanonical`; outputs: weights (list of num_params, dtype T), biases (list of num_params, dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param numLayers (int32)
 * @param numUnits (int32)
 * @param inputSize (int32)
 * @param params (dtype T)
 */
export function cudnnRNNParamsToCanonical(numLayers: OutputLike, numUnits: OutputLike, inputSize: OutputLike, params: OutputLike, options: CudnnRNNParamsToCanonicalOptions): { weights: Output[]; biases: Output[] } {
  return opOutputs<{ weights: Output[]; biases: Output[] }>('CudnnRNNParamsToCanonical', [numLayers, numUnits, inputSize, params], options);
}

/** Options of {@link cudnnRNNParamsToCanonicalV2} (TensorFlow op `CudnnRNNParamsToCanonicalV2`). */
export interface CudnnRNNParamsToCanonicalV2Options extends InputOpOptions {
  /** `num_params_weights` (int). Minimum 1. */
  numParamsWeights: number;
  /** `num_params_biases` (int). Minimum 1. */
  numParamsBiases: number;
  /** `rnn_mode` (string). One of "rnn_relu", "rnn_tanh", "lstm", "gru". Default "lstm". */
  rnnMode?: string;
  /** `input_mode` (string). One of "linear_input", "skip_input", "auto_select". Default "linear_input". */
  inputMode?: string;
  /** `direction` (string). One of "unidirectional", "bidirectional". Default "unidirectional". */
  direction?: string;
  /** `dropout` (float). Default 0. */
  dropout?: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `num_proj` (int). Default 0. */
  numProj?: number;
}

/**
 * TensorFlow op `CudnnRNNParamsToCanonicalV2`; outputs: weights (list of num_params_weights, dtype T), biases (list of num_params_biases, dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param numLayers (int32)
 * @param numUnits (int32)
 * @param inputSize (int32)
 * @param params (dtype T)
 */
export function cudnnRNNParamsToCanonicalV2(numLayers: OutputLike, numUnits: OutputLike, inputSize: OutputLike, params: OutputLike, options: CudnnRNNParamsToCanonicalV2Options): { weights: Output[]; biases: Output[] } {
  return opOutputs<{ weights: Output[]; biases: Output[] }>('CudnnRNNParamsToCanonicalV2', [numLayers, numUnits, inputSize, params], options);
}

/** Options of {@link cudnnRNNV2} (TensorFlow op `CudnnRNNV2`). */
export interface CudnnRNNV2Options extends InputOpOptions {
  /** `rnn_mode` (string). One of "rnn_relu", "rnn_tanh", "lstm", "gru". Default "lstm". */
  rnnMode?: string;
  /** `input_mode` (string). One of "linear_input", "skip_input", "auto_select". Default "linear_input". */
  inputMode?: string;
  /** `direction` (string). One of "unidirectional", "bidirectional". Default "unidirectional". */
  direction?: string;
  /** `dropout` (float). Default 0. */
  dropout?: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `is_training` (bool). Default true. */
  isTraining?: boolean;
}

/**
 * TensorFlow op `CudnnRNNV2`; outputs: output (dtype T), output_h (dtype T), output_c (dtype T), reserve_space (dtype T), host_reserved (int8).
 * T: one of bfloat16, float16, float32, float64.
 * @param input (dtype T)
 * @param inputH (dtype T)
 * @param inputC (dtype T)
 * @param params (dtype T)
 */
export function cudnnRNNV2(input: OutputLike, inputH: OutputLike, inputC: OutputLike, params: OutputLike, options: CudnnRNNV2Options = {}): { output: Output; outputH: Output; outputC: Output; reserveSpace: Output; hostReserved: Output } {
  return opOutputs<{ output: Output; outputH: Output; outputC: Output; reserveSpace: Output; hostReserved: Output }>('CudnnRNNV2', [input, inputH, inputC, params], options);
}

/** Options of {@link cudnnRNNV3} (TensorFlow op `CudnnRNNV3`). */
export interface CudnnRNNV3Options extends InputOpOptions {
  /** `rnn_mode` (string). One of "rnn_relu", "rnn_tanh", "lstm", "gru". Default "lstm". */
  rnnMode?: string;
  /** `input_mode` (string). One of "linear_input", "skip_input", "auto_select". Default "linear_input". */
  inputMode?: string;
  /** `direction` (string). One of "unidirectional", "bidirectional". Default "unidirectional". */
  direction?: string;
  /** `dropout` (float). Default 0. */
  dropout?: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `num_proj` (int). Default 0. */
  numProj?: number;
  /** `is_training` (bool). Default true. */
  isTraining?: boolean;
  /** `time_major` (bool). Default true. */
  timeMajor?: boolean;
}

/**
 * TensorFlow op `CudnnRNNV3`; outputs: output (dtype T), output_h (dtype T), output_c (dtype T), reserve_space (dtype T), host_reserved (int8).
 * T: one of bfloat16, float16, float32, float64.
 * @param input (dtype T)
 * @param inputH (dtype T)
 * @param inputC (dtype T)
 * @param params (dtype T)
 * @param sequenceLengths (int32)
 */
export function cudnnRNNV3(input: OutputLike, inputH: OutputLike, inputC: OutputLike, params: OutputLike, sequenceLengths: OutputLike, options: CudnnRNNV3Options = {}): { output: Output; outputH: Output; outputC: Output; reserveSpace: Output; hostReserved: Output } {
  return opOutputs<{ output: Output; outputH: Output; outputC: Output; reserveSpace: Output; hostReserved: Output }>('CudnnRNNV3', [input, inputH, inputC, params, sequenceLengths], options);
}

/** Options of {@link cumprod} (TensorFlow op `Cumprod`). */
export interface CumprodOptions extends InputOpOptions {
  /** `exclusive` (bool). Default false. */
  exclusive?: boolean;
  /** `reverse` (bool). Default false. */
  reverse?: boolean;
}

/**
 * TensorFlow op `Cumprod`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tidx: one of int32, int64.
 * @param x (dtype T)
 * @param axis (dtype Tidx)
 */
export function cumprod(x: OutputLike, axis: OutputLike, options: CumprodOptions = {}): Output {
  return op1('Cumprod', [x, axis], options);
}

/** Options of {@link cumsum} (TensorFlow op `Cumsum`). */
export interface CumsumOptions extends InputOpOptions {
  /** `exclusive` (bool). Default false. */
  exclusive?: boolean;
  /** `reverse` (bool). Default false. */
  reverse?: boolean;
}

/**
 * TensorFlow op `Cumsum`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tidx: one of int32, int64.
 * @param x (dtype T)
 * @param axis (dtype Tidx)
 */
export function cumsum(x: OutputLike, axis: OutputLike, options: CumsumOptions = {}): Output {
  return op1('Cumsum', [x, axis], options);
}

/** Options of {@link cumulativeLogsumexp} (TensorFlow op `CumulativeLogsumexp`). */
export interface CumulativeLogsumexpOptions extends InputOpOptions {
  /** `exclusive` (bool). Default false. */
  exclusive?: boolean;
  /** `reverse` (bool). Default false. */
  reverse?: boolean;
}

/**
 * TensorFlow op `CumulativeLogsumexp`; outputs: out (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * Tidx: one of int32, int64.
 * @param x (dtype T)
 * @param axis (dtype Tidx)
 */
export function cumulativeLogsumexp(x: OutputLike, axis: OutputLike, options: CumulativeLogsumexpOptions = {}): Output {
  return op1('CumulativeLogsumexp', [x, axis], options);
}

/** Options of {@link customAggregator} (TensorFlow op `CustomAggregator`). */
export interface CustomAggregatorOptions extends InputOpOptions {
  /** `id` (string). */
  id: string;
  /** `calibration_method` (int). Default 0. */
  calibrationMethod?: number;
  /** `num_bins` (int). Default 0. */
  numBins?: number;
  /** `min_percentile` (float). Default 0. */
  minPercentile?: number;
  /** `max_percentile` (float). Default 0. */
  maxPercentile?: number;
}

/**
 * TensorFlow op `CustomAggregator`; outputs: output (float32), min (float32), max (float32), histogram (int64).
 * @param input (float32)
 */
export function customAggregator(input: OutputLike, options: CustomAggregatorOptions): { output: Output; min: Output; max: Output; histogram: Output } {
  return opOutputs<{ output: Output; min: Output; max: Output; histogram: Output }>('CustomAggregator', [input], options);
}
