// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Graph, Output } from '../../core';
import { op1, opList, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link eagerPyFunc} (TensorFlow op `EagerPyFunc`). */
export interface EagerPyFuncOptions extends InputOpOptions {
  /** `token` (string). */
  token: string;
  /** `is_async` (bool). Default false. */
  isAsync?: boolean;
  /** `Tout` (list(type)). At least 0 item(s). */
  tout: DType[];
}

/**
 * TensorFlow op `EagerPyFunc`; outputs: output (list, dtypes Tout).
 * @param input (list, dtypes Tin)
 */
export function eagerPyFunc(input: OutputLike[], options: EagerPyFuncOptions): Output[] {
  return opList('EagerPyFunc', [input], options);
}

/** Options of {@link editDistance} (TensorFlow op `EditDistance`). */
export interface EditDistanceOptions extends InputOpOptions {
  /** `normalize` (bool). Default true. */
  normalize?: boolean;
}

/**
 * TensorFlow op `EditDistance`; outputs: output (float32).
 * @param hypothesisIndices (int64)
 * @param hypothesisValues (dtype T)
 * @param hypothesisShape (int64)
 * @param truthIndices (int64)
 * @param truthValues (dtype T)
 * @param truthShape (int64)
 */
export function editDistance(hypothesisIndices: OutputLike, hypothesisValues: OutputLike, hypothesisShape: OutputLike, truthIndices: OutputLike, truthValues: OutputLike, truthShape: OutputLike, options: EditDistanceOptions = {}): Output {
  return op1('EditDistance', [hypothesisIndices, hypothesisValues, hypothesisShape, truthIndices, truthValues, truthShape], options);
}

/** Options of {@link eig} (TensorFlow op `Eig`). */
export interface EigOptions extends InputOpOptions {
  /** `compute_v` (bool). Default true. */
  computeV?: boolean;
  /** `Tout` (type). One of complex64, complex128. */
  tout: DType;
}

/**
 * TensorFlow op `Eig`; outputs: e (dtype Tout), v (dtype Tout).
 * T: one of float32, float64, complex64, complex128.
 * @param input (dtype T)
 */
export function eig(input: OutputLike, options: EigOptions): { e: Output; v: Output } {
  return opOutputs<{ e: Output; v: Output }>('Eig', [input], options);
}

/** Options of {@link einsum} (TensorFlow op `Einsum`). */
export interface EinsumOptions extends InputOpOptions {
  /** `equation` (string). */
  equation: string;
}

/**
 * TensorFlow op `Einsum`; outputs: output (dtype T).
 * @param inputs (list of N, dtype T)
 */
export function einsum(inputs: OutputLike[], options: EinsumOptions): Output {
  return op1('Einsum', [inputs], options);
}

/** Options of {@link empty} (TensorFlow op `Empty`). */
export interface EmptyOptions extends InputOpOptions {
  /** `dtype` (type). */
  dtype: DType;
  /** `init` (bool). Default false. */
  init?: boolean;
}

/**
 * TensorFlow op `Empty`; outputs: output (dtype dtype).
 * @param shape (int32)
 */
export function empty(shape: OutputLike, options: EmptyOptions): Output {
  return op1('Empty', [shape], options);
}

/** Options of {@link emptyTensorList} (TensorFlow op `EmptyTensorList`). */
export interface EmptyTensorListOptions extends InputOpOptions {
  /** `element_dtype` (type). */
  elementDtype: DType;
}

/**
 * TensorFlow op `EmptyTensorList`; outputs: handle (variant).
 * shape_type: one of int32, int64.
 * @param elementShape (dtype shape_type)
 * @param maxNumElements (int32)
 */
export function emptyTensorList(elementShape: OutputLike, maxNumElements: OutputLike, options: EmptyTensorListOptions): Output {
  return op1('EmptyTensorList', [elementShape, maxNumElements], options);
}

/** TensorFlow op `EmptyTensorMap`; outputs: handle (variant). */
export function emptyTensorMap(graph: Graph, options: OpOptions = {}): Output {
  return op1('EmptyTensorMap', graph, options);
}

/** Options of {@link ensureShape} (TensorFlow op `EnsureShape`). */
export interface EnsureShapeOptions extends InputOpOptions {
  /** `shape` (shape). */
  shape: number[] | null;
}

/**
 * TensorFlow op `EnsureShape`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function ensureShape(input: OutputLike, options: EnsureShapeOptions): Output {
  return op1('EnsureShape', [input], options);
}

/** Options of {@link enter} (TensorFlow op `Enter`). */
export interface EnterOptions extends InputOpOptions {
  /** `frame_name` (string). */
  frameName: string;
  /** `is_constant` (bool). Default false. */
  isConstant?: boolean;
  /** `parallel_iterations` (int). Default 10. */
  parallelIterations?: number;
}

/**
 * TensorFlow op `Enter`; outputs: output (dtype T).
 * @param data (dtype T)
 */
export function enter(data: OutputLike, options: EnterOptions): Output {
  return op1('Enter', [data], options);
}

/** Options of {@link equal} (TensorFlow op `Equal`). */
export interface EqualOptions extends InputOpOptions {
  /** `incompatible_shape_error` (bool). Default true. */
  incompatibleShapeError?: boolean;
}

/**
 * TensorFlow op `Equal`; outputs: z (bool).
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function equal(x: OutputLike, y: OutputLike, options: EqualOptions = {}): Output {
  return op1('Equal', [x, y], options);
}

/**
 * TensorFlow op `Erf`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function erf(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Erf', [x], options);
}

/**
 * TensorFlow op `Erfc`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function erfc(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Erfc', [x], options);
}

/**
 * TensorFlow op `Erfinv`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function erfinv(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Erfinv', [x], options);
}

/** Options of {@link euclideanNorm} (TensorFlow op `EuclideanNorm`). */
export interface EuclideanNormOptions extends InputOpOptions {
  /** `keep_dims` (bool). Default false. */
  keepDims?: boolean;
}

/**
 * TensorFlow op `EuclideanNorm`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tidx: one of int32, int64.
 * @param input (dtype T)
 * @param reductionIndices (dtype Tidx)
 */
export function euclideanNorm(input: OutputLike, reductionIndices: OutputLike, options: EuclideanNormOptions = {}): Output {
  return op1('EuclideanNorm', [input, reductionIndices], options);
}

/**
 * TensorFlow op `Exit`; outputs: output (dtype T).
 * @param data (dtype T)
 */
export function exit(data: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Exit', [data], options);
}

/**
 * TensorFlow op `Exp`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function exp(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Exp', [x], options);
}

/**
 * TensorFlow op `ExpandDims`; outputs: output (dtype T).
 * Tdim: one of int32, int64.
 * @param input (dtype T)
 * @param dim (dtype Tdim)
 */
export function expandDims(input: OutputLike, dim: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ExpandDims', [input, dim], options);
}

/**
 * TensorFlow op `Expint`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function expint(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Expint', [x], options);
}

/**
 * TensorFlow op `Expm1`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function expm1(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Expm1', [x], options);
}

/** Options of {@link extractImagePatches} (TensorFlow op `ExtractImagePatches`). */
export interface ExtractImagePatchesOptions extends InputOpOptions {
  /** `ksizes` (list(int)). At least 4 item(s). */
  ksizes: number[];
  /** `strides` (list(int)). At least 4 item(s). */
  strides: number[];
  /** `rates` (list(int)). At least 4 item(s). */
  rates: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
}

/**
 * TensorFlow op `ExtractImagePatches`; outputs: patches (dtype T).
 * T: one of bfloat16, float16, float32, float64, int8, int16, int32, int64, uint8, uint16, uint32, uint64, complex64, complex128, bool.
 * @param images (dtype T)
 */
export function extractImagePatches(images: OutputLike, options: ExtractImagePatchesOptions): Output {
  return op1('ExtractImagePatches', [images], options);
}

/** Options of {@link extractVolumePatches} (TensorFlow op `ExtractVolumePatches`). */
export interface ExtractVolumePatchesOptions extends InputOpOptions {
  /** `ksizes` (list(int)). At least 5 item(s). */
  ksizes: number[];
  /** `strides` (list(int)). At least 5 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
}

/**
 * TensorFlow op `ExtractVolumePatches`; outputs: patches (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param input (dtype T)
 */
export function extractVolumePatches(input: OutputLike, options: ExtractVolumePatchesOptions): Output {
  return op1('ExtractVolumePatches', [input], options);
}
