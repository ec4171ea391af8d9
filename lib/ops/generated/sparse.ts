// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Graph, Operation, Output } from '../../core';
import { op1, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link sparseAccumulatorApplyGradient} (TensorFlow op `SparseAccumulatorApplyGradient`). */
export interface SparseAccumulatorApplyGradientOptions extends InputOpOptions {
  /** `has_known_shape` (bool). */
  hasKnownShape: boolean;
}

/**
 * TensorFlow op `SparseAccumulatorApplyGradient`.
 * dtype: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param handle (string)
 * @param localStep (int64)
 * @param gradientIndices (int64)
 * @param gradientValues (dtype dtype)
 * @param gradientShape (int64)
 */
export function sparseAccumulatorApplyGradient(handle: OutputLike, localStep: OutputLike, gradientIndices: OutputLike, gradientValues: OutputLike, gradientShape: OutputLike, options: SparseAccumulatorApplyGradientOptions): Operation {
  return opNoOutput('SparseAccumulatorApplyGradient', [handle, localStep, gradientIndices, gradientValues, gradientShape], options);
}

/** Options of {@link sparseAccumulatorTakeGradient} (TensorFlow op `SparseAccumulatorTakeGradient`). */
export interface SparseAccumulatorTakeGradientOptions extends InputOpOptions {
  /** `dtype` (type). One of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64. */
  dtype: DType;
}

/**
 * TensorFlow op `SparseAccumulatorTakeGradient`; outputs: indices (int64), values (dtype dtype), shape (int64).
 * @param handle (string)
 * @param numRequired (int32)
 */
export function sparseAccumulatorTakeGradient(handle: OutputLike, numRequired: OutputLike, options: SparseAccumulatorTakeGradientOptions): { indices: Output; values: Output; shape: Output } {
  return opOutputs<{ indices: Output; values: Output; shape: Output }>('SparseAccumulatorTakeGradient', [handle, numRequired], options);
}

/**
 * TensorFlow op `SparseAdd`; outputs: sum_indices (int64), sum_values (dtype T), sum_shape (int64).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Treal: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param aIndices (int64)
 * @param aValues (dtype T)
 * @param aShape (int64)
 * @param bIndices (int64)
 * @param bValues (dtype T)
 * @param bShape (int64)
 * @param thresh (dtype Treal)
 */
export function sparseAdd(aIndices: OutputLike, aValues: OutputLike, aShape: OutputLike, bIndices: OutputLike, bValues: OutputLike, bShape: OutputLike, thresh: OutputLike, options: InputOpOptions = {}): { sumIndices: Output; sumValues: Output; sumShape: Output } {
  return opOutputs<{ sumIndices: Output; sumValues: Output; sumShape: Output }>('SparseAdd', [aIndices, aValues, aShape, bIndices, bValues, bShape, thresh], options);
}

/**
 * TensorFlow op `SparseAddGrad`; outputs: a_val_grad (dtype T), b_val_grad (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param backpropValGrad (dtype T)
 * @param aIndices (int64)
 * @param bIndices (int64)
 * @param sumIndices (int64)
 */
export function sparseAddGrad(backpropValGrad: OutputLike, aIndices: OutputLike, bIndices: OutputLike, sumIndices: OutputLike, options: InputOpOptions = {}): { aValGrad: Output; bValGrad: Output } {
  return opOutputs<{ aValGrad: Output; bValGrad: Output }>('SparseAddGrad', [backpropValGrad, aIndices, bIndices, sumIndices], options);
}

/** Options of {@link sparseBincount} (TensorFlow op `SparseBincount`). */
export interface SparseBincountOptions extends InputOpOptions {
  /** `binary_output` (bool). Default false. */
  binaryOutput?: boolean;
}

/**
 * TensorFlow op `SparseBincount`; outputs: output (dtype T).
 * Tidx: one of int32, int64.
 * T: one of int32, int64, float32, float64.
 * @param indices (int64)
 * @param values (dtype Tidx)
 * @param denseShape (int64)
 * @param size (dtype Tidx)
 * @param weights (dtype T)
 */
export function sparseBincount(indices: OutputLike, values: OutputLike, denseShape: OutputLike, size: OutputLike, weights: OutputLike, options: SparseBincountOptions = {}): Output {
  return op1('SparseBincount', [indices, values, denseShape, size, weights], options);
}

/** Options of {@link sparseConcat} (TensorFlow op `SparseConcat`). */
export interface SparseConcatOptions extends InputOpOptions {
  /** `concat_dim` (int). */
  concatDim: number;
}

/**
 * TensorFlow op `SparseConcat`; outputs: output_indices (int64), output_values (dtype T), output_shape (int64).
 * @param indices (list of N, int64)
 * @param values (list of N, dtype T)
 * @param shapes (list of N, int64)
 */
export function sparseConcat(indices: OutputLike[], values: OutputLike[], shapes: OutputLike[], options: SparseConcatOptions): { outputIndices: Output; outputValues: Output; outputShape: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output; outputShape: Output }>('SparseConcat', [indices, values, shapes], options);
}

/** Options of {@link sparseConditionalAccumulator} (TensorFlow op `SparseConditionalAccumulator`). */
export interface SparseConditionalAccumulatorOptions extends OpOptions {
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

/** TensorFlow op `SparseConditionalAccumulator`; outputs: handle (string). */
export function sparseConditionalAccumulator(graph: Graph, options: SparseConditionalAccumulatorOptions): Output {
  return op1('SparseConditionalAccumulator', graph, options);
}

/** Options of {@link sparseCountSparseOutput} (TensorFlow op `SparseCountSparseOutput`). */
export interface SparseCountSparseOutputOptions extends InputOpOptions {
  /** `minlength` (int). Minimum -1. Default -1. */
  minlength?: number;
  /** `maxlength` (int). Minimum -1. Default -1. */
  maxlength?: number;
  /** `binary_output` (bool). */
  binaryOutput: boolean;
}

/**
 * TensorFlow op `SparseCountSparseOutput`; outputs: output_indices (int64), output_values (dtype output_type), output_dense_shape (int64).
 * T: one of int32, int64.
 * output_type: one of int32, int64, float32, float64.
 * @param indices (int64)
 * @param values (dtype T)
 * @param denseShape (int64)
 * @param weights (dtype output_type)
 */
export function sparseCountSparseOutput(indices: OutputLike, values: OutputLike, denseShape: OutputLike, weights: OutputLike, options: SparseCountSparseOutputOptions): { outputIndices: Output; outputValues: Output; outputDenseShape: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output; outputDenseShape: Output }>('SparseCountSparseOutput', [indices, values, denseShape, weights], options);
}

/** Options of {@link sparseCross} (TensorFlow op `SparseCross`). */
export interface SparseCrossOptions extends InputOpOptions {
  /** `hashed_output` (bool). */
  hashedOutput: boolean;
  /** `num_buckets` (int). Minimum 0. */
  numBuckets: number;
  /** `hash_key` (int). */
  hashKey: number;
  /** `out_type` (type). One of int64, string. */
  outType: DType;
  /** `internal_type` (type). One of int64, string. */
  internalType: DType;
}

/**
 * TensorFlow op `SparseCross`; outputs: output_indices (int64), output_values (dtype out_type), output_shape (int64).
 * @param indices (list of N, int64)
 * @param values (list, dtypes sparse_types)
 * @param shapes (list of N, int64)
 * @param denseInputs (list, dtypes dense_types)
 */
export function sparseCross(indices: OutputLike[], values: OutputLike[], shapes: OutputLike[], denseInputs: OutputLike[], options: SparseCrossOptions): { outputIndices: Output; outputValues: Output; outputShape: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output; outputShape: Output }>('SparseCross', [indices, values, shapes, denseInputs], options);
}

/**
 * TensorFlow op `SparseCrossHashed`; outputs: output_indices (int64), output_values (int64), output_shape (int64).
 * @param indices (list of N, int64)
 * @param values (list, dtypes sparse_types)
 * @param shapes (list of N, int64)
 * @param denseInputs (list, dtypes dense_types)
 * @param numBuckets (int64)
 * @param strongHash (bool)
 * @param salt (int64)
 */
export function sparseCrossHashed(indices: OutputLike[], values: OutputLike[], shapes: OutputLike[], denseInputs: OutputLike[], numBuckets: OutputLike, strongHash: OutputLike, salt: OutputLike, options: InputOpOptions = {}): { outputIndices: Output; outputValues: Output; outputShape: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output; outputShape: Output }>('SparseCrossHashed', [indices, values, shapes, denseInputs, numBuckets, strongHash, salt], options);
}

/**
 * TensorFlow op `SparseCrossV2`; outputs: output_indices (int64), output_values (string), output_shape (int64).
 * @param indices (list of N, int64)
 * @param values (list, dtypes sparse_types)
 * @param shapes (list of N, int64)
 * @param denseInputs (list, dtypes dense_types)
 * @param sep (string)
 */
export function sparseCrossV2(indices: OutputLike[], values: OutputLike[], shapes: OutputLike[], denseInputs: OutputLike[], sep: OutputLike, options: InputOpOptions = {}): { outputIndices: Output; outputValues: Output; outputShape: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output; outputShape: Output }>('SparseCrossV2', [indices, values, shapes, denseInputs, sep], options);
}

/**
 * TensorFlow op `SparseDenseCwiseAdd`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param spIndices (int64)
 * @param spValues (dtype T)
 * @param spShape (int64)
 * @param dense (dtype T)
 */
export function sparseDenseCwiseAdd(spIndices: OutputLike, spValues: OutputLike, spShape: OutputLike, dense: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseDenseCwiseAdd', [spIndices, spValues, spShape, dense], options);
}

/**
 * TensorFlow op `SparseDenseCwiseDiv`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param spIndices (int64)
 * @param spValues (dtype T)
 * @param spShape (int64)
 * @param dense (dtype T)
 */
export function sparseDenseCwiseDiv(spIndices: OutputLike, spValues: OutputLike, spShape: OutputLike, dense: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseDenseCwiseDiv', [spIndices, spValues, spShape, dense], options);
}

/**
 * TensorFlow op `SparseDenseCwiseMul`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param spIndices (int64)
 * @param spValues (dtype T)
 * @param spShape (int64)
 * @param dense (dtype T)
 */
export function sparseDenseCwiseMul(spIndices: OutputLike, spValues: OutputLike, spShape: OutputLike, dense: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseDenseCwiseMul', [spIndices, spValues, spShape, dense], options);
}

/**
 * TensorFlow op `SparseFillEmptyRows`; outputs: output_indices (int64), output_values (dtype T), empty_row_indicator (bool), reverse_index_map (int64).
 * @param indices (int64)
 * @param values (dtype T)
 * @param denseShape (int64)
 * @param defaultValue (dtype T)
 */
export function sparseFillEmptyRows(indices: OutputLike, values: OutputLike, denseShape: OutputLike, defaultValue: OutputLike, options: InputOpOptions = {}): { outputIndices: Output; outputValues: Output; emptyRowIndicator: Output; reverseIndexMap: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output; emptyRowIndicator: Output; reverseIndexMap: Output }>('SparseFillEmptyRows', [indices, values, denseShape, defaultValue], options);
}

/**
 * TensorFlow op `SparseFillEmptyRowsGrad`; outputs: d_values (dtype T), d_default_value (dtype T).
 * @param reverseIndexMap (int64)
 * @param gradValues (dtype T)
 */
export function sparseFillEmptyRowsGrad(reverseIndexMap: OutputLike, gradValues: OutputLike, options: InputOpOptions = {}): { dValues: Output; dDefaultValue: Output } {
  return opOutputs<{ dValues: Output; dDefaultValue: Output }>('SparseFillEmptyRowsGrad', [reverseIndexMap, gradValues], options);
}

/** Options of {@link sparseMatMul} (TensorFlow op `SparseMatMul`). */
export interface SparseMatMulOptions extends InputOpOptions {
  /** `transpose_a` (bool). Default false. */
  transposeA?: boolean;
  /** `transpose_b` (bool). Default false. */
  transposeB?: boolean;
  /** `a_is_sparse` (bool). Default false. */
  aIsSparse?: boolean;
  /** `b_is_sparse` (bool). Default false. */
  bIsSparse?: boolean;
}

/**
 * TensorFlow op `SparseMatMul`; outputs: product (float32).
 * Ta: one of float32, bfloat16.
 * Tb: one of float32, bfloat16.
 * @param a (dtype Ta)
 * @param b (dtype Tb)
 */
export function sparseMatMul(a: OutputLike, b: OutputLike, options: SparseMatMulOptions = {}): Output {
  return op1('SparseMatMul', [a, b], options);
}

/**
 * TensorFlow op `SparseMatrixAdd`; outputs: c (variant).
 * T: one of float32, float64, complex64, complex128.
 * @param a (variant)
 * @param b (variant)
 * @param alpha (dtype T)
 * @param beta (dtype T)
 */
export function sparseMatrixAdd(a: OutputLike, b: OutputLike, alpha: OutputLike, beta: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseMatrixAdd', [a, b, alpha, beta], options);
}

/** Options of {@link sparseMatrixMatMul} (TensorFlow op `SparseMatrixMatMul`). */
export interface SparseMatrixMatMulOptions extends InputOpOptions {
  /** `transpose_a` (bool). Default false. */
  transposeA?: boolean;
  /** `transpose_b` (bool). Default false. */
  transposeB?: boolean;
  /** `adjoint_a` (bool). Default false. */
  adjointA?: boolean;
  /** `adjoint_b` (bool). Default false. */
  adjointB?: boolean;
  /** `transpose_output` (bool). Default false. */
  transposeOutput?: boolean;
  /** `conjugate_output` (bool). Default false. */
  conjugateOutput?: boolean;
}

/**
 * TensorFlow op `SparseMatrixMatMul`; outputs: output (dtype T).
 * @param a (variant)
 * @param b (dtype T)
 */
export function sparseMatrixMatMul(a: OutputLike, b: OutputLike, options: SparseMatrixMatMulOptions = {}): Output {
  return op1('SparseMatrixMatMul', [a, b], options);
}

/**
 * TensorFlow op `SparseMatrixMul`; outputs: output (variant).
 * @param a (variant)
 * @param b (dtype T)
 */
export function sparseMatrixMul(a: OutputLike, b: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseMatrixMul', [a, b], options);
}

/**
 * TensorFlow op `SparseMatrixNNZ`; outputs: nnz (int32).
 * @param sparseMatrix (variant)
 */
export function sparseMatrixNNZ(sparseMatrix: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseMatrixNNZ', [sparseMatrix], options);
}

/**
 * TensorFlow op `SparseMatrixOrderingAMD`; outputs: output (int32).
 * @param input (variant)
 */
export function sparseMatrixOrderingAMD(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseMatrixOrderingAMD', [input], options);
}

/** Options of {@link sparseMatrixSoftmax} (TensorFlow op `SparseMatrixSoftmax`). */
export interface SparseMatrixSoftmaxOptions extends InputOpOptions {
  /** `type` (type). One of float32, float64. */
  type: DType;
}

/**
 * TensorFlow op `SparseMatrixSoftmax`; outputs: softmax (variant).
 * @param logits (variant)
 */
export function sparseMatrixSoftmax(logits: OutputLike, options: SparseMatrixSoftmaxOptions): Output {
  return op1('SparseMatrixSoftmax', [logits], options);
}

/** Options of {@link sparseMatrixSoftmaxGrad} (TensorFlow op `SparseMatrixSoftmaxGrad`). */
export interface SparseMatrixSoftmaxGradOptions extends InputOpOptions {
  /** `type` (type). One of float32, float64. */
  type: DType;
}

/**
 * TensorFlow op `SparseMatrixSoftmaxGrad`; outputs: gradient (variant).
 * @param softmax (variant)
 * @param gradSoftmax (variant)
 */
export function sparseMatrixSoftmaxGrad(softmax: OutputLike, gradSoftmax: OutputLike, options: SparseMatrixSoftmaxGradOptions): Output {
  return op1('SparseMatrixSoftmaxGrad', [softmax, gradSoftmax], options);
}

/** Options of {@link sparseMatrixSparseCholesky} (TensorFlow op `SparseMatrixSparseCholesky`). */
export interface SparseMatrixSparseCholeskyOptions extends InputOpOptions {
  /** `type` (type). One of float32, float64, complex64, complex128. */
  type: DType;
}

/**
 * TensorFlow op `SparseMatrixSparseCholesky`; outputs: output (variant).
 * @param input (variant)
 * @param permutation (int32)
 */
export function sparseMatrixSparseCholesky(input: OutputLike, permutation: OutputLike, options: SparseMatrixSparseCholeskyOptions): Output {
  return op1('SparseMatrixSparseCholesky', [input, permutation], options);
}

/** Options of {@link sparseMatrixSparseMatMul} (TensorFlow op `SparseMatrixSparseMatMul`). */
export interface SparseMatrixSparseMatMulOptions extends InputOpOptions {
  /** `type` (type). One of float32, float64, complex64, complex128. */
  type: DType;
  /** `transpose_a` (bool). Default false. */
  transposeA?: boolean;
  /** `transpose_b` (bool). Default false. */
  transposeB?: boolean;
  /** `adjoint_a` (bool). Default false. */
  adjointA?: boolean;
  /** `adjoint_b` (bool). Default false. */
  adjointB?: boolean;
}

/**
 * TensorFlow op `SparseMatrixSparseMatMul`; outputs: c (variant).
 * @param a (variant)
 * @param b (variant)
 */
export function sparseMatrixSparseMatMul(a: OutputLike, b: OutputLike, options: SparseMatrixSparseMatMulOptions): Output {
  return op1('SparseMatrixSparseMatMul', [a, b], options);
}

/** Options of {@link sparseMatrixTranspose} (TensorFlow op `SparseMatrixTranspose`). */
export interface SparseMatrixTransposeOptions extends InputOpOptions {
  /** `conjugate` (bool). Default false. */
  conjugate?: boolean;
  /** `type` (type). One of float32, float64, complex64, complex128. */
  type: DType;
}

/**
 * TensorFlow op `SparseMatrixTranspose`; outputs: output (variant).
 * @param input (variant)
 */
export function sparseMatrixTranspose(input: OutputLike, options: SparseMatrixTransposeOptions): Output {
  return op1('SparseMatrixTranspose', [input], options);
}

/** Options of {@link sparseMatrixZeros} (TensorFlow op `SparseMatrixZeros`). */
export interface SparseMatrixZerosOptions extends InputOpOptions {
  /** `type` (type). One of float32, float64, complex64, complex128. */
  type: DType;
}

/**
 * TensorFlow op `SparseMatrixZeros`; outputs: sparse_matrix (variant).
 * @param denseShape (int64)
 */
export function sparseMatrixZeros(denseShape: OutputLike, options: SparseMatrixZerosOptions): Output {
  return op1('SparseMatrixZeros', [denseShape], options);
}

/** Options of {@link sparseReduceMax} (TensorFlow op `SparseReduceMax`). */
export interface SparseReduceMaxOptions extends InputOpOptions {
  /** `keep_dims` (bool). Default false. */
  keepDims?: boolean;
}

/**
 * TensorFlow op `SparseReduceMax`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param inputIndices (int64)
 * @param inputValues (dtype T)
 * @param inputShape (int64)
 * @param reductionAxes (int32)
 */
export function sparseReduceMax(inputIndices: OutputLike, inputValues: OutputLike, inputShape: OutputLike, reductionAxes: OutputLike, options: SparseReduceMaxOptions = {}): Output {
  return op1('SparseReduceMax', [inputIndices, inputValues, inputShape, reductionAxes], options);
}

/** Options of {@link sparseReduceMaxSparse} (TensorFlow op `SparseReduceMaxSparse`). */
export interface SparseReduceMaxSparseOptions extends InputOpOptions {
  /** `keep_dims` (bool). Default false. */
  keepDims?: boolean;
}

/**
 * TensorFlow op `SparseReduceMaxSparse`; outputs: output_indices (int64), output_values (dtype T), output_shape (int64).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param inputIndices (int64)
 * @param inputValues (dtype T)
 * @param inputShape (int64)
 * @param reductionAxes (int32)
 */
export function sparseReduceMaxSparse(inputIndices: OutputLike, inputValues: OutputLike, inputShape: OutputLike, reductionAxes: OutputLike, options: SparseReduceMaxSparseOptions = {}): { outputIndices: Output; outputValues: Output; outputShape: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output; outputShape: Output }>('SparseReduceMaxSparse', [inputIndices, inputValues, inputShape, reductionAxes], options);
}

/** Options of {@link sparseReduceSum} (TensorFlow op `SparseReduceSum`). */
export interface SparseReduceSumOptions extends InputOpOptions {
  /** `keep_dims` (bool). Default false. */
  keepDims?: boolean;
}

/**
 * TensorFlow op `SparseReduceSum`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param inputIndices (int64)
 * @param inputValues (dtype T)
 * @param inputShape (int64)
 * @param reductionAxes (int32)
 */
export function sparseReduceSum(inputIndices: OutputLike, inputValues: OutputLike, inputShape: OutputLike, reductionAxes: OutputLike, options: SparseReduceSumOptions = {}): Output {
  return op1('SparseReduceSum', [inputIndices, inputValues, inputShape, reductionAxes], options);
}

/** Options of {@link sparseReduceSumSparse} (TensorFlow op `SparseReduceSumSparse`). */
export interface SparseReduceSumSparseOptions extends InputOpOptions {
  /** `keep_dims` (bool). Default false. */
  keepDims?: boolean;
}

/**
 * TensorFlow op `SparseReduceSumSparse`; outputs: output_indices (int64), output_values (dtype T), output_shape (int64).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param inputIndices (int64)
 * @param inputValues (dtype T)
 * @param inputShape (int64)
 * @param reductionAxes (int32)
 */
export function sparseReduceSumSparse(inputIndices: OutputLike, inputValues: OutputLike, inputShape: OutputLike, reductionAxes: OutputLike, options: SparseReduceSumSparseOptions = {}): { outputIndices: Output; outputValues: Output; outputShape: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output; outputShape: Output }>('SparseReduceSumSparse', [inputIndices, inputValues, inputShape, reductionAxes], options);
}

/**
 * TensorFlow op `SparseReorder`; outputs: output_indices (int64), output_values (dtype T).
 * @param inputIndices (int64)
 * @param inputValues (dtype T)
 * @param inputShape (int64)
 */
export function sparseReorder(inputIndices: OutputLike, inputValues: OutputLike, inputShape: OutputLike, options: InputOpOptions = {}): { outputIndices: Output; outputValues: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output }>('SparseReorder', [inputIndices, inputValues, inputShape], options);
}

/**
 * TensorFlow op `SparseReshape`; outputs: output_indices (int64), output_shape (int64).
 * @param inputIndices (int64)
 * @param inputShape (int64)
 * @param newShape (int64)
 */
export function sparseReshape(inputIndices: OutputLike, inputShape: OutputLike, newShape: OutputLike, options: InputOpOptions = {}): { outputIndices: Output; outputShape: Output } {
  return opOutputs<{ outputIndices: Output; outputShape: Output }>('SparseReshape', [inputIndices, inputShape, newShape], options);
}

/** Options of {@link sparseSegmentMean} (TensorFlow op `SparseSegmentMean`). */
export interface SparseSegmentMeanOptions extends InputOpOptions {
  /** `sparse_gradient` (bool). Default false. */
  sparseGradient?: boolean;
}

/**
 * TensorFlow op `SparseSegmentMean`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * Tidx: one of int32, int64.
 * Tsegmentids: one of int32, int64.
 * @param data (dtype T)
 * @param indices (dtype Tidx)
 * @param segmentIds (dtype Tsegmentids)
 */
export function sparseSegmentMean(data: OutputLike, indices: OutputLike, segmentIds: OutputLike, options: SparseSegmentMeanOptions = {}): Output {
  return op1('SparseSegmentMean', [data, indices, segmentIds], options);
}

/**
 * TensorFlow op `SparseSegmentMeanGrad`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * Tidx: one of int32, int64.
 * Tsegmentids: one of int32, int64.
 * @param grad (dtype T)
 * @param indices (dtype Tidx)
 * @param segmentIds (dtype Tsegmentids)
 * @param outputDim0 (int32)
 */
export function sparseSegmentMeanGrad(grad: OutputLike, indices: OutputLike, segmentIds: OutputLike, outputDim0: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseSegmentMeanGrad', [grad, indices, segmentIds, outputDim0], options);
}

/**
 * TensorFlow op `SparseSegmentMeanGradV2`; outputs: output (dtype T), sorted_unique_indices (dtype Tidx).
 * T: one of bfloat16, float16, float32, float64.
 * Tidx: one of int32, int64.
 * Tsegmentids: one of int32, int64.
 * @param grad (dtype T)
 * @param indices (dtype Tidx)
 * @param segmentIds (dtype Tsegmentids)
 * @param denseOutputDim0 (int32)
 */
export function sparseSegmentMeanGradV2(grad: OutputLike, indices: OutputLike, segmentIds: OutputLike, denseOutputDim0: OutputLike, options: InputOpOptions = {}): { output: Output; sortedUniqueIndices: Output } {
  return opOutputs<{ output: Output; sortedUniqueIndices: Output }>('SparseSegmentMeanGradV2', [grad, indices, segmentIds, denseOutputDim0], options);
}

/** Options of {@link sparseSegmentMeanWithNumSegments} (TensorFlow op `SparseSegmentMeanWithNumSegments`). */
export interface SparseSegmentMeanWithNumSegmentsOptions extends InputOpOptions {
  /** `sparse_gradient` (bool). Default false. */
  sparseGradient?: boolean;
}

/**
 * TensorFlow op `SparseSegmentMeanWithNumSegments`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * Tidx: one of int32, int64.
 * Tnumsegments: one of int32, int64.
 * Tsegmentids: one of int32, int64.
 * @param data (dtype T)
 * @param indices (dtype Tidx)
 * @param segmentIds (dtype Tsegmentids)
 * @param numSegments (dtype Tnumsegments)
 */
export function sparseSegmentMeanWithNumSegments(data: OutputLike, indices: OutputLike, segmentIds: OutputLike, numSegments: OutputLike, options: SparseSegmentMeanWithNumSegmentsOptions = {}): Output {
  return op1('SparseSegmentMeanWithNumSegments', [data, indices, segmentIds, numSegments], options);
}

/** Options of {@link sparseSegmentSqrtN} (TensorFlow op `SparseSegmentSqrtN`). */
export interface SparseSegmentSqrtNOptions extends InputOpOptions {
  /** `sparse_gradient` (bool). Default false. */
  sparseGradient?: boolean;
}

/**
 * TensorFlow op `SparseSegmentSqrtN`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * Tidx: one of int32, int64.
 * Tsegmentids: one of int32, int64.
 * @param data (dtype T)
 * @param indices (dtype Tidx)
 * @param segmentIds (dtype Tsegmentids)
 */
export function sparseSegmentSqrtN(data: OutputLike, indices: OutputLike, segmentIds: OutputLike, options: SparseSegmentSqrtNOptions = {}): Output {
  return op1('SparseSegmentSqrtN', [data, indices, segmentIds], options);
}

/**
 * TensorFlow op `SparseSegmentSqrtNGrad`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * Tidx: one of int32, int64.
 * Tsegmentids: one of int32, int64.
 * @param grad (dtype T)
 * @param indices (dtype Tidx)
 * @param segmentIds (dtype Tsegmentids)
 * @param outputDim0 (int32)
 */
export function sparseSegmentSqrtNGrad(grad: OutputLike, indices: OutputLike, segmentIds: OutputLike, outputDim0: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseSegmentSqrtNGrad', [grad, indices, segmentIds, outputDim0], options);
}

/**
 * TensorFlow op `SparseSegmentSqrtNGradV2`; outputs: output (dtype T), sorted_unique_indices (dtype Tidx).
 * T: one of bfloat16, float16, float32, float64.
 * Tidx: one of int32, int64.
 * Tsegmentids: one of int32, int64.
 * @param grad (dtype T)
 * @param indices (dtype Tidx)
 * @param segmentIds (dtype Tsegmentids)
 * @param denseOutputDim0 (int32)
 */
export function sparseSegmentSqrtNGradV2(grad: OutputLike, indices: OutputLike, segmentIds: OutputLike, denseOutputDim0: OutputLike, options: InputOpOptions = {}): { output: Output; sortedUniqueIndices: Output } {
  return opOutputs<{ output: Output; sortedUniqueIndices: Output }>('SparseSegmentSqrtNGradV2', [grad, indices, segmentIds, denseOutputDim0], options);
}

/** Options of {@link sparseSegmentSqrtNWithNumSegments} (TensorFlow op `SparseSegmentSqrtNWithNumSegments`). */
export interface SparseSegmentSqrtNWithNumSegmentsOptions extends InputOpOptions {
  /** `sparse_gradient` (bool). Default false. */
  sparseGradient?: boolean;
}

/**
 * TensorFlow op `SparseSegmentSqrtNWithNumSegments`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * Tidx: one of int32, int64.
 * Tnumsegments: one of int32, int64.
 * Tsegmentids: one of int32, int64.
 * @param data (dtype T)
 * @param indices (dtype Tidx)
 * @param segmentIds (dtype Tsegmentids)
 * @param numSegments (dtype Tnumsegments)
 */
export function sparseSegmentSqrtNWithNumSegments(data: OutputLike, indices: OutputLike, segmentIds: OutputLike, numSegments: OutputLike, options: SparseSegmentSqrtNWithNumSegmentsOptions = {}): Output {
  return op1('SparseSegmentSqrtNWithNumSegments', [data, indices, segmentIds, numSegments], options);
}

/** Options of {@link sparseSegmentSum} (TensorFlow op `SparseSegmentSum`). */
export interface SparseSegmentSumOptions extends InputOpOptions {
  /** `sparse_gradient` (bool). Default false. */
  sparseGradient?: boolean;
}

/**
 * TensorFlow op `SparseSegmentSum`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * Tidx: one of int32, int64.
 * Tsegmentids: one of int32, int64.
 * @param data (dtype T)
 * @param indices (dtype Tidx)
 * @param segmentIds (dtype Tsegmentids)
 */
export function sparseSegmentSum(data: OutputLike, indices: OutputLike, segmentIds: OutputLike, options: SparseSegmentSumOptions = {}): Output {
  return op1('SparseSegmentSum', [data, indices, segmentIds], options);
}

/**
 * TensorFlow op `SparseSegmentSumGrad`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * Tidx: one of int32, int64.
 * Tsegmentids: one of int32, int64.
 * @param grad (dtype T)
 * @param indices (dtype Tidx)
 * @param segmentIds (dtype Tsegmentids)
 * @param outputDim0 (int32)
 */
export function sparseSegmentSumGrad(grad: OutputLike, indices: OutputLike, segmentIds: OutputLike, outputDim0: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseSegmentSumGrad', [grad, indices, segmentIds, outputDim0], options);
}

/**
 * TensorFlow op `SparseSegmentSumGradV2`; outputs: output (dtype T), sorted_unique_indices (dtype Tidx).
 * T: one of bfloat16, float16, float32, float64.
 * Tidx: one of int32, int64.
 * Tsegmentids: one of int32, int64.
 * @param grad (dtype T)
 * @param indices (dtype Tidx)
 * @param segmentIds (dtype Tsegmentids)
 * @param denseOutputDim0 (int32)
 */
export function sparseSegmentSumGradV2(grad: OutputLike, indices: OutputLike, segmentIds: OutputLike, denseOutputDim0: OutputLike, options: InputOpOptions = {}): { output: Output; sortedUniqueIndices: Output } {
  return opOutputs<{ output: Output; sortedUniqueIndices: Output }>('SparseSegmentSumGradV2', [grad, indices, segmentIds, denseOutputDim0], options);
}

/** Options of {@link sparseSegmentSumWithNumSegments} (TensorFlow op `SparseSegmentSumWithNumSegments`). */
export interface SparseSegmentSumWithNumSegmentsOptions extends InputOpOptions {
  /** `sparse_gradient` (bool). Default false. */
  sparseGradient?: boolean;
}

/**
 * TensorFlow op `SparseSegmentSumWithNumSegments`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * Tidx: one of int32, int64.
 * Tnumsegments: one of int32, int64.
 * Tsegmentids: one of int32, int64.
 * @param data (dtype T)
 * @param indices (dtype Tidx)
 * @param segmentIds (dtype Tsegmentids)
 * @param numSegments (dtype Tnumsegments)
 */
export function sparseSegmentSumWithNumSegments(data: OutputLike, indices: OutputLike, segmentIds: OutputLike, numSegments: OutputLike, options: SparseSegmentSumWithNumSegmentsOptions = {}): Output {
  return op1('SparseSegmentSumWithNumSegments', [data, indices, segmentIds, numSegments], options);
}

/**
 * TensorFlow op `SparseSlice`; outputs: output_indices (int64), output_values (dtype T), output_shape (int64).
 * @param indices (int64)
 * @param values (dtype T)
 * @param shape (int64)
 * @param start (int64)
 * @param size (int64)
 */
export function sparseSlice(indices: OutputLike, values: OutputLike, shape: OutputLike, start: OutputLike, size: OutputLike, options: InputOpOptions = {}): { outputIndices: Output; outputValues: Output; outputShape: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output; outputShape: Output }>('SparseSlice', [indices, values, shape, start, size], options);
}

/**
 * TensorFlow op `SparseSliceGrad`; outputs: val_grad (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param backpropValGrad (dtype T)
 * @param inputIndices (int64)
 * @param inputStart (int64)
 * @param outputIndices (int64)
 */
export function sparseSliceGrad(backpropValGrad: OutputLike, inputIndices: OutputLike, inputStart: OutputLike, outputIndices: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseSliceGrad', [backpropValGrad, inputIndices, inputStart, outputIndices], options);
}

/**
 * TensorFlow op `SparseSoftmax`; outputs: output (dtype T).
 * T: one of float16, float32, float64.
 * @param spIndices (int64)
 * @param spValues (dtype T)
 * @param spShape (int64)
 */
export function sparseSoftmax(spIndices: OutputLike, spValues: OutputLike, spShape: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseSoftmax', [spIndices, spValues, spShape], options);
}

/**
 * TensorFlow op `SparseSparseMaximum`; outputs: output_indices (int64), output_values (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param aIndices (int64)
 * @param aValues (dtype T)
 * @param aShape (int64)
 * @param bIndices (int64)
 * @param bValues (dtype T)
 * @param bShape (int64)
 */
export function sparseSparseMaximum(aIndices: OutputLike, aValues: OutputLike, aShape: OutputLike, bIndices: OutputLike, bValues: OutputLike, bShape: OutputLike, options: InputOpOptions = {}): { outputIndices: Output; outputValues: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output }>('SparseSparseMaximum', [aIndices, aValues, aShape, bIndices, bValues, bShape], options);
}

/**
 * TensorFlow op `SparseSparseMinimum`; outputs: output_indices (int64), output_values (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param aIndices (int64)
 * @param aValues (dtype T)
 * @param aShape (int64)
 * @param bIndices (int64)
 * @param bValues (dtype T)
 * @param bShape (int64)
 */
export function sparseSparseMinimum(aIndices: OutputLike, aValues: OutputLike, aShape: OutputLike, bIndices: OutputLike, bValues: OutputLike, bShape: OutputLike, options: InputOpOptions = {}): { outputIndices: Output; outputValues: Output } {
  return opOutputs<{ outputIndices: Output; outputValues: Output }>('SparseSparseMinimum', [aIndices, aValues, aShape, bIndices, bValues, bShape], options);
}

/** Options of {@link sparseSplit} (TensorFlow op `SparseSplit`). */
export interface SparseSplitOptions extends InputOpOptions {
  /** `num_split` (int). Minimum 1. */
  numSplit: number;
}

/**
 * TensorFlow op `SparseSplit`; outputs: output_indices (list of num_split, int64), output_values (list of num_split, dtype T), output_shape (list of num_split, int64).
 * @param splitDim (int64)
 * @param indices (int64)
 * @param values (dtype T)
 * @param shape (int64)
 */
export function sparseSplit(splitDim: OutputLike, indices: OutputLike, values: OutputLike, shape: OutputLike, options: SparseSplitOptions): { outputIndices: Output[]; outputValues: Output[]; outputShape: Output[] } {
  return opOutputs<{ outputIndices: Output[]; outputValues: Output[]; outputShape: Output[] }>('SparseSplit', [splitDim, indices, values, shape], options);
}

/**
 * TensorFlow op `SparseTensorDenseAdd`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param aIndices (dtype Tindices)
 * @param aValues (dtype T)
 * @param aShape (dtype Tindices)
 * @param b (dtype T)
 */
export function sparseTensorDenseAdd(aIndices: OutputLike, aValues: OutputLike, aShape: OutputLike, b: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseTensorDenseAdd', [aIndices, aValues, aShape, b], options);
}

/** Options of {@link sparseTensorDenseMatMul} (TensorFlow op `SparseTensorDenseMatMul`). */
export interface SparseTensorDenseMatMulOptions extends InputOpOptions {
  /** `adjoint_a` (bool). Default false. */
  adjointA?: boolean;
  /** `adjoint_b` (bool). Default false. */
  adjointB?: boolean;
}

/**
 * TensorFlow op `SparseTensorDenseMatMul`; outputs: product (dtype T).
 * Tindices: one of int32, int64.
 * @param aIndices (dtype Tindices)
 * @param aValues (dtype T)
 * @param aShape (int64)
 * @param b (dtype T)
 */
export function sparseTensorDenseMatMul(aIndices: OutputLike, aValues: OutputLike, aShape: OutputLike, b: OutputLike, options: SparseTensorDenseMatMulOptions = {}): Output {
  return op1('SparseTensorDenseMatMul', [aIndices, aValues, aShape, b], options);
}

/**
 * TensorFlow op `SparseTensorToCSRSparseMatrix`; outputs: sparse_matrix (variant).
 * T: one of float32, float64, complex64, complex128.
 * @param indices (int64)
 * @param values (dtype T)
 * @param denseShape (int64)
 */
export function sparseTensorToCSRSparseMatrix(indices: OutputLike, values: OutputLike, denseShape: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseTensorToCSRSparseMatrix', [indices, values, denseShape], options);
}

/** Options of {@link sparseToDense} (TensorFlow op `SparseToDense`). */
export interface SparseToDenseOptions extends InputOpOptions {
  /** `validate_indices` (bool). Default true. */
  validateIndices?: boolean;
}

/**
 * TensorFlow op `SparseToDense`; outputs: dense (dtype T).
 * Tindices: one of int32, int64.
 * @param sparseIndices (dtype Tindices)
 * @param outputShape (dtype Tindices)
 * @param sparseValues (dtype T)
 * @param defaultValue (dtype T)
 */
export function sparseToDense(sparseIndices: OutputLike, outputShape: OutputLike, sparseValues: OutputLike, defaultValue: OutputLike, options: SparseToDenseOptions = {}): Output {
  return op1('SparseToDense', [sparseIndices, outputShape, sparseValues, defaultValue], options);
}

/** Options of {@link sparseToSparseSetOperation} (TensorFlow op `SparseToSparseSetOperation`). */
export interface SparseToSparseSetOperationOptions extends InputOpOptions {
  /** `set_operation` (string). */
  setOperation: string;
  /** `validate_indices` (bool). Default true. */
  validateIndices?: boolean;
}

/**
 * TensorFlow op `SparseToSparseSetOperation`; outputs: result_indices (int64), result_values (dtype T), result_shape (int64).
 * T: one of int8, int16, int32, int64, uint8, uint16, string.
 * @param set1Indices (int64)
 * @param set1Values (dtype T)
 * @param set1Shape (int64)
 * @param set2Indices (int64)
 * @param set2Values (dtype T)
 * @param set2Shape (int64)
 */
export function sparseToSparseSetOperation(set1Indices: OutputLike, set1Values: OutputLike, set1Shape: OutputLike, set2Indices: OutputLike, set2Values: OutputLike, set2Shape: OutputLike, options: SparseToSparseSetOperationOptions): { resultIndices: Output; resultValues: Output; resultShape: Output } {
  return opOutputs<{ resultIndices: Output; resultValues: Output; resultShape: Output }>('SparseToSparseSetOperation', [set1Indices, set1Values, set1Shape, set2Indices, set2Values, set2Shape], options);
}
