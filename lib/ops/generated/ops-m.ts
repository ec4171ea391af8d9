// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Operation, Output } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `MakeUnique`; outputs: output (float32).
 * @param input (float32)
 */
export function makeUnique(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MakeUnique', [input], options);
}

/** Options of {@link mapClear} (TensorFlow op `MapClear`). */
export interface MapClearOptions extends OpOptions {
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

/** TensorFlow op `MapClear`. */
export function mapClear(graph: Graph, options: MapClearOptions): Operation {
  return opNoOutput('MapClear', graph, options);
}

/** Options of {@link mapDefun} (TensorFlow op `MapDefun`). */
export interface MapDefunOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `f` (func). */
  f: string | FuncAttr;
  /** `max_intra_op_parallelism` (int). Default 1. */
  maxIntraOpParallelism?: number;
}

/**
 * TensorFlow op `MapDefun`; outputs: output (list, dtypes output_types).
 * @param argumentsInput (list, dtypes Targuments)
 * @param capturedInputs (list, dtypes Tcaptured)
 */
export function mapDefun(argumentsInput: OutputLike[], capturedInputs: OutputLike[], options: MapDefunOptions): Output[] {
  return opList('MapDefun', [argumentsInput, capturedInputs], options);
}

/** Options of {@link mapIncompleteSize} (TensorFlow op `MapIncompleteSize`). */
export interface MapIncompleteSizeOptions extends OpOptions {
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

/** TensorFlow op `MapIncompleteSize`; outputs: size (int32). */
export function mapIncompleteSize(graph: Graph, options: MapIncompleteSizeOptions): Output {
  return op1('MapIncompleteSize', graph, options);
}

/** Options of {@link mapPeek} (TensorFlow op `MapPeek`). */
export interface MapPeekOptions extends InputOpOptions {
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
 * TensorFlow op `MapPeek`; outputs: values (list, dtypes dtypes).
 * @param key (int64)
 * @param indices (int32)
 */
export function mapPeek(key: OutputLike, indices: OutputLike, options: MapPeekOptions): Output[] {
  return opList('MapPeek', [key, indices], options);
}

/** Options of {@link mapSize} (TensorFlow op `MapSize`). */
export interface MapSizeOptions extends OpOptions {
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

/** TensorFlow op `MapSize`; outputs: size (int32). */
export function mapSize(graph: Graph, options: MapSizeOptions): Output {
  return op1('MapSize', graph, options);
}

/** Options of {@link mapStage} (TensorFlow op `MapStage`). */
export interface MapStageOptions extends InputOpOptions {
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

/**
 * TensorFlow op `MapStage`.
 * @param key (int64)
 * @param indices (int32)
 * @param values (list, dtypes fake_dtypes)
 */
export function mapStage(key: OutputLike, indices: OutputLike, values: OutputLike[], options: MapStageOptions): Operation {
  return opNoOutput('MapStage', [key, indices, values], options);
}

/** Options of {@link mapUnstage} (TensorFlow op `MapUnstage`). */
export interface MapUnstageOptions extends InputOpOptions {
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
 * TensorFlow op `MapUnstage`; outputs: values (list, dtypes dtypes).
 * @param key (int64)
 * @param indices (int32)
 */
export function mapUnstage(key: OutputLike, indices: OutputLike, options: MapUnstageOptions): Output[] {
  return opList('MapUnstage', [key, indices], options);
}

/** Options of {@link mapUnstageNoKey} (TensorFlow op `MapUnstageNoKey`). */
export interface MapUnstageNoKeyOptions extends InputOpOptions {
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
 * TensorFlow op `MapUnstageNoKey`; outputs: key (int64), values (list, dtypes dtypes).
 * @param indices (int32)
 */
export function mapUnstageNoKey(indices: OutputLike, options: MapUnstageNoKeyOptions): { key: Output; values: Output[] } {
  return opOutputs<{ key: Output; values: Output[] }>('MapUnstageNoKey', [indices], options);
}

/** Options of {@link matMul} (TensorFlow op `MatMul`). */
export interface MatMulOptions extends InputOpOptions {
  /** `transpose_a` (bool). Default false. */
  transposeA?: boolean;
  /** `transpose_b` (bool). Default false. */
  transposeB?: boolean;
  /** `grad_a` (bool). Default false. */
  gradA?: boolean;
  /** `grad_b` (bool). Default false. */
  gradB?: boolean;
}

/**
 * TensorFlow op `MatMul`; outputs: product (dtype T).
 * T: one of bfloat16, float16, float32, float64, int32, int64, uint8, uint16, uint32, uint64, complex64, complex128.
 * @param a (dtype T)
 * @param b (dtype T)
 */
export function matMul(a: OutputLike, b: OutputLike, options: MatMulOptions = {}): Output {
  return op1('MatMul', [a, b], options);
}

/**
 * TensorFlow op `MatchingFiles`; outputs: filenames (string).
 * @param pattern (string)
 */
export function matchingFiles(pattern: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MatchingFiles', [pattern], options);
}

/**
 * TensorFlow op `MatrixBandPart`; outputs: band (dtype T).
 * Tindex: one of int32, int64.
 * @param input (dtype T)
 * @param numLower (dtype Tindex)
 * @param numUpper (dtype Tindex)
 */
export function matrixBandPart(input: OutputLike, numLower: OutputLike, numUpper: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MatrixBandPart', [input, numLower, numUpper], options);
}

/**
 * TensorFlow op `MatrixDeterminant`; outputs: output (dtype T).
 * T: one of float16, float32, float64, complex64, complex128.
 * @param input (dtype T)
 */
export function matrixDeterminant(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MatrixDeterminant', [input], options);
}

/**
 * TensorFlow op `MatrixDiag`; outputs: output (dtype T).
 * @param diagonal (dtype T)
 */
export function matrixDiag(diagonal: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MatrixDiag', [diagonal], options);
}

/**
 * TensorFlow op `MatrixDiagPart`; outputs: diagonal (dtype T).
 * @param input (dtype T)
 */
export function matrixDiagPart(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MatrixDiagPart', [input], options);
}

/**
 * TensorFlow op `MatrixDiagPartV2`; outputs: diagonal (dtype T).
 * @param input (dtype T)
 * @param k (int32)
 * @param paddingValue (dtype T)
 */
export function matrixDiagPartV2(input: OutputLike, k: OutputLike, paddingValue: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MatrixDiagPartV2', [input, k, paddingValue], options);
}

/** Options of {@link matrixDiagPartV3} (TensorFlow op `MatrixDiagPartV3`). */
export interface MatrixDiagPartV3Options extends InputOpOptions {
  /** `align` (string). One of "LEFT_RIGHT", "RIGHT_LEFT", "LEFT_LEFT", "RIGHT_RIGHT". Default "RIGHT_LEFT". */
  align?: string;
}

/**
 * TensorFlow op `MatrixDiagPartV3`; outputs: diagonal (dtype T).
 * @param input (dtype T)
 * @param k (int32)
 * @param paddingValue (dtype T)
 */
export function matrixDiagPartV3(input: OutputLike, k: OutputLike, paddingValue: OutputLike, options: MatrixDiagPartV3Options = {}): Output {
  return op1('MatrixDiagPartV3', [input, k, paddingValue], options);
}

/**
 * TensorFlow op `MatrixDiagV2`; outputs: output (dtype T).
 * @param diagonal (dtype T)
 * @param k (int32)
 * @param numRows (int32)
 * @param numCols (int32)
 * @param paddingValue (dtype T)
 */
export function matrixDiagV2(diagonal: OutputLike, k: OutputLike, numRows: OutputLike, numCols: OutputLike, paddingValue: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MatrixDiagV2', [diagonal, k, numRows, numCols, paddingValue], options);
}

/** Options of {@link matrixDiagV3} (TensorFlow op `MatrixDiagV3`). */
export interface MatrixDiagV3Options extends InputOpOptions {
  /** `align` (string). One of "LEFT_RIGHT", "RIGHT_LEFT", "LEFT_LEFT", "RIGHT_RIGHT". Default "RIGHT_LEFT". */
  align?: string;
}

/**
 * TensorFlow op `MatrixDiagV3`; outputs: output (dtype T).
 * @param diagonal (dtype T)
 * @param k (int32)
 * @param numRows (int32)
 * @param numCols (int32)
 * @param paddingValue (dtype T)
 */
export function matrixDiagV3(diagonal: OutputLike, k: OutputLike, numRows: OutputLike, numCols: OutputLike, paddingValue: OutputLike, options: MatrixDiagV3Options = {}): Output {
  return op1('MatrixDiagV3', [diagonal, k, numRows, numCols, paddingValue], options);
}

/** Options of {@link matrixInverse} (TensorFlow op `MatrixInverse`). */
export interface MatrixInverseOptions extends InputOpOptions {
  /** `adjoint` (bool). Default false. */
  adjoint?: boolean;
}

/**
 * TensorFlow op `MatrixInverse`; outputs: output (dtype T).
 * T: one of float64, float32, float16, complex64, complex128.
 * @param input (dtype T)
 */
export function matrixInverse(input: OutputLike, options: MatrixInverseOptions = {}): Output {
  return op1('MatrixInverse', [input], options);
}

/**
 * TensorFlow op `MatrixLogarithm`; outputs: output (dtype T).
 * T: one of complex64, complex128.
 * @param input (dtype T)
 */
export function matrixLogarithm(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MatrixLogarithm', [input], options);
}

/**
 * TensorFlow op `MatrixSetDiag`; outputs: output (dtype T).
 * @param input (dtype T)
 * @param diagonal (dtype T)
 */
export function matrixSetDiag(input: OutputLike, diagonal: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MatrixSetDiag', [input, diagonal], options);
}

/**
 * TensorFlow op `MatrixSetDiagV2`; outputs: output (dtype T).
 * @param input (dtype T)
 * @param diagonal (dtype T)
 * @param k (int32)
 */
export function matrixSetDiagV2(input: OutputLike, diagonal: OutputLike, k: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MatrixSetDiagV2', [input, diagonal, k], options);
}

/** Options of {@link matrixSetDiagV3} (TensorFlow op `MatrixSetDiagV3`). */
export interface MatrixSetDiagV3Options extends InputOpOptions {
  /** `align` (string). One of "LEFT_RIGHT", "RIGHT_LEFT", "LEFT_LEFT", "RIGHT_RIGHT". Default "RIGHT_LEFT". */
  align?: string;
}

/**
 * TensorFlow op `MatrixSetDiagV3`; outputs: output (dtype T).
 * @param input (dtype T)
 * @param diagonal (dtype T)
 * @param k (int32)
 */
export function matrixSetDiagV3(input: OutputLike, diagonal: OutputLike, k: OutputLike, options: MatrixSetDiagV3Options = {}): Output {
  return op1('MatrixSetDiagV3', [input, diagonal, k], options);
}

/** Options of {@link matrixSolve} (TensorFlow op `MatrixSolve`). */
export interface MatrixSolveOptions extends InputOpOptions {
  /** `adjoint` (bool). Default false. */
  adjoint?: boolean;
}

/**
 * TensorFlow op `MatrixSolve`; outputs: output (dtype T).
 * T: one of float64, float32, float16, complex64, complex128.
 * @param matrix (dtype T)
 * @param rhs (dtype T)
 */
export function matrixSolve(matrix: OutputLike, rhs: OutputLike, options: MatrixSolveOptions = {}): Output {
  return op1('MatrixSolve', [matrix, rhs], options);
}

/** Options of {@link matrixSolveLs} (TensorFlow op `MatrixSolveLs`). */
export interface MatrixSolveLsOptions extends InputOpOptions {
  /** `fast` (bool). Default true. */
  fast?: boolean;
}

/**
 * TensorFlow op `MatrixSolveLs`; outputs: output (dtype T).
 * T: one of float64, float32, float16, complex64, complex128.
 * @param matrix (dtype T)
 * @param rhs (dtype T)
 * @param l2Regularizer (float64)
 */
export function matrixSolveLs(matrix: OutputLike, rhs: OutputLike, l2Regularizer: OutputLike, options: MatrixSolveLsOptions = {}): Output {
  return op1('MatrixSolveLs', [matrix, rhs, l2Regularizer], options);
}

/**
 * TensorFlow op `MatrixSquareRoot`; outputs: output (dtype T).
 * T: one of float64, float32, float16, complex64, complex128.
 * @param input (dtype T)
 */
export function matrixSquareRoot(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MatrixSquareRoot', [input], options);
}

/** Options of {@link matrixTriangularSolve} (TensorFlow op `MatrixTriangularSolve`). */
export interface MatrixTriangularSolveOptions extends InputOpOptions {
  /** `lower` (bool). Default true. */
  lower?: boolean;
  /** `adjoint` (bool). Default false. */
  adjoint?: boolean;
}

/**
 * TensorFlow op `MatrixTriangularSolve`; outputs: output (dtype T).
 * T: one of bfloat16, float64, float32, float16, complex64, complex128.
 * @param matrix (dtype T)
 * @param rhs (dtype T)
 */
export function matrixTriangularSolve(matrix: OutputLike, rhs: OutputLike, options: MatrixTriangularSolveOptions = {}): Output {
  return op1('MatrixTriangularSolve', [matrix, rhs], options);
}

/** Options of {@link max} (TensorFlow op `Max`). */
export interface MaxOptions extends InputOpOptions {
  /** `keep_dims` (bool). Default false. */
  keepDims?: boolean;
}

/**
 * TensorFlow op `Max`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64, qint8, quint8, qint32, qint16, quint16.
 * Tidx: one of int32, int64.
 * @param input (dtype T)
 * @param reductionIndices (dtype Tidx)
 */
export function max(input: OutputLike, reductionIndices: OutputLike, options: MaxOptions = {}): Output {
  return op1('Max', [input, reductionIndices], options);
}

/**
 * TensorFlow op `Maximum`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, int8, uint8, int16, uint16, int32, uint32, int64, uint64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function maximum(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Maximum', [x, y], options);
}

/** Options of {@link mean} (TensorFlow op `Mean`). */
export interface MeanOptions extends InputOpOptions {
  /** `keep_dims` (bool). Default false. */
  keepDims?: boolean;
}

/**
 * TensorFlow op `Mean`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tidx: one of int32, int64.
 * @param input (dtype T)
 * @param reductionIndices (dtype Tidx)
 */
export function mean(input: OutputLike, reductionIndices: OutputLike, options: MeanOptions = {}): Output {
  return op1('Mean', [input, reductionIndices], options);
}

/**
 * TensorFlow op `Merge`; outputs: output (dtype T), value_index (int32).
 * @param inputs (list of N, dtype T)
 */
export function merge(inputs: OutputLike[], options: InputOpOptions = {}): { output: Output; valueIndex: Output } {
  return opOutputs<{ output: Output; valueIndex: Output }>('Merge', [inputs], options);
}

/** Options of {@link mergeDedupData} (TensorFlow op `MergeDedupData`). */
export interface MergeDedupDataOptions extends InputOpOptions {
  /** `tuple_mask` (string). */
  tupleMask: string;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `MergeDedupData`; outputs: output (variant).
 * integer_type: one of int32, int64, uint32, uint64.
 * float_type: one of float16, bfloat16, float32.
 * @param integerTensor (dtype integer_type)
 * @param floatTensor (dtype float_type)
 */
export function mergeDedupData(integerTensor: OutputLike, floatTensor: OutputLike, options: MergeDedupDataOptions): Output {
  return op1('MergeDedupData', [integerTensor, floatTensor], options);
}

/**
 * TensorFlow op `MergeSummary`; outputs: summary (string).
 * @param inputs (list of N, string)
 */
export function mergeSummary(inputs: OutputLike[], options: InputOpOptions = {}): Output {
  return op1('MergeSummary', [inputs], options);
}

/** Options of {@link mergeV2Checkpoints} (TensorFlow op `MergeV2Checkpoints`). */
export interface MergeV2CheckpointsOptions extends InputOpOptions {
  /** `delete_old_dirs` (bool). Default true. */
  deleteOldDirs?: boolean;
  /** `allow_missing_files` (bool). Default false. */
  allowMissingFiles?: boolean;
}

/**
 * TensorFlow op `MergeV2Checkpoints`.
 * @param checkpointPrefixes (string)
 * @param destinationPrefix (string)
 */
export function mergeV2Checkpoints(checkpointPrefixes: OutputLike, destinationPrefix: OutputLike, options: MergeV2CheckpointsOptions = {}): Operation {
  return opNoOutput('MergeV2Checkpoints', [checkpointPrefixes, destinationPrefix], options);
}

/** Options of {@link mfcc} (TensorFlow op `Mfcc`). */
export interface MfccOptions extends InputOpOptions {
  /** `upper_frequency_limit` (float). Default 4000. */
  upperFrequencyLimit?: number;
  /** `lower_frequency_limit` (float). Default 20. */
  lowerFrequencyLimit?: number;
  /** `filterbank_channel_count` (int). Default 40. */
  filterbankChannelCount?: number;
  /** `dct_coefficient_count` (int). Default 13. */
  dctCoefficientCount?: number;
}

/**
 * TensorFlow op `Mfcc`; outputs: output (float32).
 * @param spectrogram (float32)
 * @param sampleRate (int32)
 */
export function mfcc(spectrogram: OutputLike, sampleRate: OutputLike, options: MfccOptions = {}): Output {
  return op1('Mfcc', [spectrogram, sampleRate], options);
}

/** Options of {@link min} (TensorFlow op `Min`). */
export interface MinOptions extends InputOpOptions {
  /** `keep_dims` (bool). Default false. */
  keepDims?: boolean;
}

/**
 * TensorFlow op `Min`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64, qint8, quint8, qint32, qint16, quint16.
 * Tidx: one of int32, int64.
 * @param input (dtype T)
 * @param reductionIndices (dtype Tidx)
 */
export function min(input: OutputLike, reductionIndices: OutputLike, options: MinOptions = {}): Output {
  return op1('Min', [input, reductionIndices], options);
}

/**
 * TensorFlow op `Minimum`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, int8, uint8, int16, uint16, int32, uint32, int64, uint64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function minimum(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Minimum', [x, y], options);
}

/** Options of {@link mirrorPad} (TensorFlow op `MirrorPad`). */
export interface MirrorPadOptions extends InputOpOptions {
  /** `mode` (string). One of "REFLECT", "SYMMETRIC". */
  mode: string;
}

/**
 * TensorFlow op `MirrorPad`; outputs: output (dtype T).
 * Tpaddings: one of int32, int64.
 * @param input (dtype T)
 * @param paddings (dtype Tpaddings)
 */
export function mirrorPad(input: OutputLike, paddings: OutputLike, options: MirrorPadOptions): Output {
  return op1('MirrorPad', [input, paddings], options);
}

/** Options of {@link mirrorPadGrad} (TensorFlow op `MirrorPadGrad`). */
export interface MirrorPadGradOptions extends InputOpOptions {
  /** `mode` (string). One of "REFLECT", "SYMMETRIC". */
  mode: string;
}

/**
 * TensorFlow op `MirrorPadGrad`; outputs: output (dtype T).
 * Tpaddings: one of int32, int64.
 * @param input (dtype T)
 * @param paddings (dtype Tpaddings)
 */
export function mirrorPadGrad(input: OutputLike, paddings: OutputLike, options: MirrorPadGradOptions): Output {
  return op1('MirrorPadGrad', [input, paddings], options);
}

/** Options of {@link mlirPassthroughOp} (TensorFlow op `MlirPassthroughOp`). */
export interface MlirPassthroughOpOptions extends InputOpOptions {
  /** `mlir_module` (string). */
  mlirModule: string;
  /** `Toutputs` (list(type)). At least 0 item(s). */
  toutputs: DType[];
}

/**
 * TensorFlow op `MlirPassthroughOp`; outputs: outputs (list, dtypes Toutputs).
 * @param inputs (list, dtypes Tinputs)
 */
export function mlirPassthroughOp(inputs: OutputLike[], options: MlirPassthroughOpOptions): Output[] {
  return opList('MlirPassthroughOp', [inputs], options);
}

/**
 * TensorFlow op `Mod`; outputs: z (dtype T).
 * T: one of int32, int64, float16, float16, bfloat16, float32, float64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function mod(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Mod', [x, y], options);
}

/**
 * TensorFlow op `Mul`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, uint8, int8, uint16, int16, int32, uint32, uint64, int64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function mul(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Mul', [x, y], options);
}

/**
 * TensorFlow op `MulNoNan`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function mulNoNan(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MulNoNan', [x, y], options);
}

/** Options of {@link mutableDenseHashTable} (TensorFlow op `MutableDenseHashTable`). */
export interface MutableDenseHashTableOptions extends InputOpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `use_node_name_sharing` (bool). Default false. */
  useNodeNameSharing?: boolean;
  /** `value_dtype` (type). */
  valueDtype: DType;
  /** `value_shape` (shape). Default []. */
  valueShape?: number[] | null;
  /** `initial_num_buckets` (int). Default 131072. */
  initialNumBuckets?: number;
  /** `max_load_factor` (float). Default 0.800000011920929. */
  maxLoadFactor?: number;
}

/**
 * TensorFlow op `MutableDenseHashTable`; outputs: table_handle (string).
 * @param emptyKey (dtype key_dtype)
 */
export function mutableDenseHashTable(emptyKey: OutputLike, options: MutableDenseHashTableOptions): Output {
  return op1('MutableDenseHashTable', [emptyKey], options);
}

/** Options of {@link mutableDenseHashTableV2} (TensorFlow op `MutableDenseHashTableV2`). */
export interface MutableDenseHashTableV2Options extends InputOpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `use_node_name_sharing` (bool). Default false. */
  useNodeNameSharing?: boolean;
  /** `value_dtype` (type). */
  valueDtype: DType;
  /** `value_shape` (shape). Default []. */
  valueShape?: number[] | null;
  /** `initial_num_buckets` (int). Default 131072. */
  initialNumBuckets?: number;
  /** `max_load_factor` (float). Default 0.800000011920929. */
  maxLoadFactor?: number;
}

/**
 * TensorFlow op `MutableDenseHashTableV2`; outputs: table_handle (resource).
 * @param emptyKey (dtype key_dtype)
 * @param deletedKey (dtype key_dtype)
 */
export function mutableDenseHashTableV2(emptyKey: OutputLike, deletedKey: OutputLike, options: MutableDenseHashTableV2Options): Output {
  return op1('MutableDenseHashTableV2', [emptyKey, deletedKey], options);
}

/** Options of {@link mutableHashTable} (TensorFlow op `MutableHashTable`). */
export interface MutableHashTableOptions extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `use_node_name_sharing` (bool). Default false. */
  useNodeNameSharing?: boolean;
  /** `key_dtype` (type). */
  keyDtype: DType;
  /** `value_dtype` (type). */
  valueDtype: DType;
}

/** TensorFlow op `MutableHashTable`; outputs: table_handle (string). */
export function mutableHashTable(graph: Graph, options: MutableHashTableOptions): Output {
  return op1('MutableHashTable', graph, options);
}

/** Options of {@link mutableHashTableOfTensors} (TensorFlow op `MutableHashTableOfTensors`). */
export interface MutableHashTableOfTensorsOptions extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `use_node_name_sharing` (bool). Default false. */
  useNodeNameSharing?: boolean;
  /** `key_dtype` (type). */
  keyDtype: DType;
  /** `value_dtype` (type). */
  valueDtype: DType;
  /** `value_shape` (shape). Default []. */
  valueShape?: number[] | null;
}

/** TensorFlow op `MutableHashTableOfTensors`; outputs: table_handle (string). */
export function mutableHashTableOfTensors(graph: Graph, options: MutableHashTableOfTensorsOptions): Output {
  return op1('MutableHashTableOfTensors', graph, options);
}

/** Options of {@link mutableHashTableOfTensorsV2} (TensorFlow op `MutableHashTableOfTensorsV2`). */
export interface MutableHashTableOfTensorsV2Options extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `use_node_name_sharing` (bool). Default false. */
  useNodeNameSharing?: boolean;
  /** `key_dtype` (type). */
  keyDtype: DType;
  /** `value_dtype` (type). */
  valueDtype: DType;
  /** `value_shape` (shape). Default []. */
  valueShape?: number[] | null;
}

/** TensorFlow op `MutableHashTableOfTensorsV2`; outputs: table_handle (resource). */
export function mutableHashTableOfTensorsV2(graph: Graph, options: MutableHashTableOfTensorsV2Options): Output {
  return op1('MutableHashTableOfTensorsV2', graph, options);
}

/** Options of {@link mutableHashTableV2} (TensorFlow op `MutableHashTableV2`). */
export interface MutableHashTableV2Options extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `use_node_name_sharing` (bool). Default false. */
  useNodeNameSharing?: boolean;
  /** `key_dtype` (type). */
  keyDtype: DType;
  /** `value_dtype` (type). */
  valueDtype: DType;
}

/** TensorFlow op `MutableHashTableV2`; outputs: table_handle (resource). */
export function mutableHashTableV2(graph: Graph, options: MutableHashTableV2Options): Output {
  return op1('MutableHashTableV2', graph, options);
}

/**
 * TensorFlow op `MutexLock`; outputs: mutex_lock (variant).
 * @param mutex (resource)
 */
export function mutexLock(mutex: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MutexLock', [mutex], options);
}

/** Options of {@link mutexV2} (TensorFlow op `MutexV2`). */
export interface MutexV2Options extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `MutexV2`; outputs: resource (resource). */
export function mutexV2(graph: Graph, options: MutexV2Options = {}): Output {
  return op1('MutexV2', graph, options);
}
