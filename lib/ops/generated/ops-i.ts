// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Operation, Output, TensorLike } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `IFFT`; outputs: output (dtype Tcomplex).
 * Tcomplex: one of complex64, complex128.
 * @param input (dtype Tcomplex)
 */
export function ifft(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IFFT', [input], options);
}

/**
 * TensorFlow op `IFFT2D`; outputs: output (dtype Tcomplex).
 * Tcomplex: one of complex64, complex128.
 * @param input (dtype Tcomplex)
 */
export function ifft2d(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IFFT2D', [input], options);
}

/**
 * TensorFlow op `IFFT3D`; outputs: output (dtype Tcomplex).
 * Tcomplex: one of complex64, complex128.
 * @param input (dtype Tcomplex)
 */
export function ifft3d(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IFFT3D', [input], options);
}

/**
 * TensorFlow op `IFFTND`; outputs: output (dtype Tcomplex).
 * Tcomplex: one of complex64, complex128.
 * @param input (dtype Tcomplex)
 * @param fftLength (int32)
 * @param axes (int32)
 */
export function ifftnd(input: OutputLike, fftLength: OutputLike, axes: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IFFTND', [input, fftLength, axes], options);
}

/** Options of {@link irfft} (TensorFlow op `IRFFT`). */
export interface IrfftOptions extends InputOpOptions {
  /** `Treal` (type). One of float32, float64. Default 'float32'. */
  treal?: DType;
}

/**
 * TensorFlow op `IRFFT`; outputs: output (dtype Treal).
 * Tcomplex: one of complex64, complex128.
 * @param input (dtype Tcomplex)
 * @param fftLength (int32)
 */
export function irfft(input: OutputLike, fftLength: OutputLike, options: IrfftOptions = {}): Output {
  return op1('IRFFT', [input, fftLength], options);
}

/** Options of {@link irfft2d} (TensorFlow op `IRFFT2D`). */
export interface Irfft2dOptions extends InputOpOptions {
  /** `Treal` (type). One of float32, float64. Default 'float32'. */
  treal?: DType;
}

/**
 * TensorFlow op `IRFFT2D`; outputs: output (dtype Treal).
 * Tcomplex: one of complex64, complex128.
 * @param input (dtype Tcomplex)
 * @param fftLength (int32)
 */
export function irfft2d(input: OutputLike, fftLength: OutputLike, options: Irfft2dOptions = {}): Output {
  return op1('IRFFT2D', [input, fftLength], options);
}

/** Options of {@link irfft3d} (TensorFlow op `IRFFT3D`). */
export interface Irfft3dOptions extends InputOpOptions {
  /** `Treal` (type). One of float32, float64. Default 'float32'. */
  treal?: DType;
}

/**
 * TensorFlow op `IRFFT3D`; outputs: output (dtype Treal).
 * Tcomplex: one of complex64, complex128.
 * @param input (dtype Tcomplex)
 * @param fftLength (int32)
 */
export function irfft3d(input: OutputLike, fftLength: OutputLike, options: Irfft3dOptions = {}): Output {
  return op1('IRFFT3D', [input, fftLength], options);
}

/** Options of {@link irfftnd} (TensorFlow op `IRFFTND`). */
export interface IrfftndOptions extends InputOpOptions {
  /** `Treal` (type). One of float32, float64. Default 'float32'. */
  treal?: DType;
}

/**
 * TensorFlow op `IRFFTND`; outputs: output (dtype Treal).
 * Tcomplex: one of complex64, complex128.
 * @param input (dtype Tcomplex)
 * @param fftLength (int32)
 * @param axes (int32)
 */
export function irfftnd(input: OutputLike, fftLength: OutputLike, axes: OutputLike, options: IrfftndOptions = {}): Output {
  return op1('IRFFTND', [input, fftLength, axes], options);
}

/**
 * TensorFlow op `Identity`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function identity(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Identity', [input], options);
}

/**
 * TensorFlow op `IdentityN`; outputs: output (list, dtypes T).
 * @param input (list, dtypes T)
 */
export function identityN(input: OutputLike[], options: InputOpOptions = {}): Output[] {
  return opList('IdentityN', [input], options);
}

/** Options of {@link identityReaderV2} (TensorFlow op `IdentityReaderV2`). */
export interface IdentityReaderV2Options extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `IdentityReaderV2`; outputs: reader_handle (resource). */
export function identityReaderV2(graph: Graph, options: IdentityReaderV2Options = {}): Output {
  return op1('IdentityReaderV2', graph, options);
}

/** Options of {@link ifOp} (TensorFlow op `If`). */
export interface IfOpOptions extends InputOpOptions {
  /** `Tout` (list(type)). At least 0 item(s). */
  tout: DType[];
  /** `then_branch` (func). */
  thenBranch: string | FuncAttr;
  /** `else_branch` (func). */
  elseBranch: string | FuncAttr;
  /** `output_shapes` (list(shape)). Default []. */
  outputShapes?: Array<number[] | null>;
}

/**
 * TensorFlow op `If`; outputs: output (list, dtypes Tout).
 * @param cond (dtype Tcond)
 * @param input (list, dtypes Tin)
 */
export function ifOp(cond: OutputLike, input: OutputLike[], options: IfOpOptions): Output[] {
  return opList('If', [cond, input], options);
}

/**
 * TensorFlow op `Igamma`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param a (dtype T)
 * @param x (dtype T)
 */
export function igamma(a: OutputLike, x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Igamma', [a, x], options);
}

/**
 * TensorFlow op `IgammaGradA`; outputs: z (dtype T).
 * T: one of float32, float64.
 * @param a (dtype T)
 * @param x (dtype T)
 */
export function igammaGradA(a: OutputLike, x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IgammaGradA', [a, x], options);
}

/**
 * TensorFlow op `Igammac`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param a (dtype T)
 * @param x (dtype T)
 */
export function igammac(a: OutputLike, x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Igammac', [a, x], options);
}

/** Options of {@link imag} (TensorFlow op `Imag`). */
export interface ImagOptions extends InputOpOptions {
  /** `Tout` (type). One of float32, float64. Default 'float32'. */
  tout?: DType;
}

/**
 * TensorFlow op `Imag`; outputs: output (dtype Tout).
 * T: one of complex64, complex128.
 * @param input (dtype T)
 */
export function imag(input: OutputLike, options: ImagOptions = {}): Output {
  return op1('Imag', [input], options);
}

/** Options of {@link imageSummary} (TensorFlow op `ImageSummary`). */
export interface ImageSummaryOptions extends InputOpOptions {
  /** `max_images` (int). Minimum 1. Default 3. */
  maxImages?: number;
  /** `bad_color` (tensor). Default a tensor. */
  badColor?: TensorLike;
}

/**
 * TensorFlow op `ImageSummary`; outputs: summary (string).
 * T: one of uint8, float32, float16, float64.
 * @param tag (string)
 * @param tensor (dtype T)
 */
export function imageSummary(tag: OutputLike, tensor: OutputLike, options: ImageSummaryOptions = {}): Output {
  return op1('ImageSummary', [tag, tensor], options);
}

/** Options of {@link immutableConst} (TensorFlow op `ImmutableConst`). */
export interface ImmutableConstOptions extends OpOptions {
  /** `dtype` (type). */
  dtype: DType;
  /** `shape` (shape). */
  shape: number[] | null;
  /** `memory_region_name` (string). */
  memoryRegionName: string;
}

/** TensorFlow op `ImmutableConst`; outputs: tensor (dtype dtype). */
export function immutableConst(graph: Graph, options: ImmutableConstOptions): Output {
  return op1('ImmutableConst', graph, options);
}

/**
 * TensorFlow op `ImportEvent`.
 * @param writer (resource)
 * @param event (string)
 */
export function importEvent(writer: OutputLike, event: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ImportEvent', [writer, event], options);
}

/** Options of {@link infeedDequeue} (TensorFlow op `InfeedDequeue`). */
export interface InfeedDequeueOptions extends OpOptions {
  /** `dtype` (type). */
  dtype: DType;
  /** `shape` (shape). */
  shape: number[] | null;
}

/** TensorFlow op `InfeedDequeue`; outputs: output (dtype dtype). */
export function infeedDequeue(graph: Graph, options: InfeedDequeueOptions): Output {
  return op1('InfeedDequeue', graph, options);
}

/** Options of {@link infeedDequeueTuple} (TensorFlow op `InfeedDequeueTuple`). */
export interface InfeedDequeueTupleOptions extends OpOptions {
  /** `dtypes` (list(type)). At least 1 item(s). */
  dtypes: DType[];
  /** `shapes` (list(shape)). */
  shapes: Array<number[] | null>;
}

/** TensorFlow op `InfeedDequeueTuple`; outputs: outputs (list, dtypes dtypes). */
export function infeedDequeueTuple(graph: Graph, options: InfeedDequeueTupleOptions): Output[] {
  return opList('InfeedDequeueTuple', graph, options);
}

/** Options of {@link infeedEnqueue} (TensorFlow op `InfeedEnqueue`). */
export interface InfeedEnqueueOptions extends InputOpOptions {
  /** `shape` (shape). Default []. */
  shape?: number[] | null;
  /** `layout` (list(int)). Default []. */
  layout?: number[];
  /** `device_ordinal` (int). Default -1. */
  deviceOrdinal?: number;
}

/**
 * TensorFlow op `InfeedEnqueue`.
 * @param input (dtype dtype)
 */
export function infeedEnqueue(input: OutputLike, options: InfeedEnqueueOptions = {}): Operation {
  return opNoOutput('InfeedEnqueue', [input], options);
}

/** Options of {@link infeedEnqueuePrelinearizedBuffer} (TensorFlow op `InfeedEnqueuePrelinearizedBuffer`). */
export interface InfeedEnqueuePrelinearizedBufferOptions extends InputOpOptions {
  /** `device_ordinal` (int). Default -1. */
  deviceOrdinal?: number;
}

/**
 * TensorFlow op `InfeedEnqueuePrelinearizedBuffer`.
 * @param input (variant)
 */
export function infeedEnqueuePrelinearizedBuffer(input: OutputLike, options: InfeedEnqueuePrelinearizedBufferOptions = {}): Operation {
  return opNoOutput('InfeedEnqueuePrelinearizedBuffer', [input], options);
}

/** Options of {@link infeedEnqueueTuple} (TensorFlow op `InfeedEnqueueTuple`). */
export interface InfeedEnqueueTupleOptions extends InputOpOptions {
  /** `shapes` (list(shape)). */
  shapes: Array<number[] | null>;
  /** `layouts` (list(int)). Default []. */
  layouts?: number[];
  /** `device_ordinal` (int). Default -1. */
  deviceOrdinal?: number;
}

/**
 * TensorFlow op `InfeedEnqueueTuple`.
 * @param inputs (list, dtypes dtypes)
 */
export function infeedEnqueueTuple(inputs: OutputLike[], options: InfeedEnqueueTupleOptions): Operation {
  return opNoOutput('InfeedEnqueueTuple', [inputs], options);
}

/**
 * TensorFlow op `InitializeTable`.
 * @param tableHandle (string)
 * @param keys (dtype Tkey)
 * @param values (dtype Tval)
 */
export function initializeTable(tableHandle: OutputLike, keys: OutputLike, values: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('InitializeTable', [tableHandle, keys, values], options);
}

/** Options of {@link initializeTableFromTextFile} (TensorFlow op `InitializeTableFromTextFile`). */
export interface InitializeTableFromTextFileOptions extends InputOpOptions {
  /** `key_index` (int). Minimum -2. */
  keyIndex: number;
  /** `value_index` (int). Minimum -2. */
  valueIndex: number;
  /** `vocab_size` (int). Minimum -1. Default -1. */
  vocabSize?: number;
  /** `delimiter` (string). Default "\t". */
  delimiter?: string;
  /** `offset` (int). Default 0. */
  offset?: number;
}

/**
 * TensorFlow op `InitializeTableFromTextFile`.
 * @param tableHandle (string)
 * @param filename (string)
 */
export function initializeTableFromTextFile(tableHandle: OutputLike, filename: OutputLike, options: InitializeTableFromTextFileOptions): Operation {
  return opNoOutput('InitializeTableFromTextFile', [tableHandle, filename], options);
}

/** Options of {@link initializeTableFromTextFileV2} (TensorFlow op `InitializeTableFromTextFileV2`). */
export interface InitializeTableFromTextFileV2Options extends InputOpOptions {
  /** `key_index` (int). Minimum -2. */
  keyIndex: number;
  /** `value_index` (int). Minimum -2. */
  valueIndex: number;
  /** `vocab_size` (int). Minimum -1. Default -1. */
  vocabSize?: number;
  /** `delimiter` (string). Default "\t". */
  delimiter?: string;
  /** `offset` (int). Default 0. */
  offset?: number;
}

/**
 * TensorFlow op `InitializeTableFromTextFileV2`.
 * @param tableHandle (resource)
 * @param filename (string)
 */
export function initializeTableFromTextFileV2(tableHandle: OutputLike, filename: OutputLike, options: InitializeTableFromTextFileV2Options): Operation {
  return opNoOutput('InitializeTableFromTextFileV2', [tableHandle, filename], options);
}

/**
 * TensorFlow op `InitializeTableV2`.
 * @param tableHandle (resource)
 * @param keys (dtype Tkey)
 * @param values (dtype Tval)
 */
export function initializeTableV2(tableHandle: OutputLike, keys: OutputLike, values: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('InitializeTableV2', [tableHandle, keys, values], options);
}

/**
 * TensorFlow op `InplaceAdd`; outputs: y (dtype T).
 * @param x (dtype T)
 * @param i (int32)
 * @param v (dtype T)
 */
export function inplaceAdd(x: OutputLike, i: OutputLike, v: OutputLike, options: InputOpOptions = {}): Output {
  return op1('InplaceAdd', [x, i, v], options);
}

/**
 * TensorFlow op `InplaceSub`; outputs: y (dtype T).
 * @param x (dtype T)
 * @param i (int32)
 * @param v (dtype T)
 */
export function inplaceSub(x: OutputLike, i: OutputLike, v: OutputLike, options: InputOpOptions = {}): Output {
  return op1('InplaceSub', [x, i, v], options);
}

/**
 * TensorFlow op `InplaceUpdate`; outputs: y (dtype T).
 * @param x (dtype T)
 * @param i (int32)
 * @param v (dtype T)
 */
export function inplaceUpdate(x: OutputLike, i: OutputLike, v: OutputLike, options: InputOpOptions = {}): Output {
  return op1('InplaceUpdate', [x, i, v], options);
}

/**
 * TensorFlow op `Inv`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, int8, int16, int32, int64, complex64, complex128.
 * @param x (dtype T)
 */
export function inv(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Inv', [x], options);
}

/**
 * TensorFlow op `InvGrad`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param y (dtype T)
 * @param dy (dtype T)
 */
export function invGrad(y: OutputLike, dy: OutputLike, options: InputOpOptions = {}): Output {
  return op1('InvGrad', [y, dy], options);
}

/**
 * TensorFlow op `Invert`; outputs: y (dtype T).
 * T: one of int8, int16, int32, int64, uint8, uint16, uint32, uint64.
 * @param x (dtype T)
 */
export function invert(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Invert', [x], options);
}

/**
 * TensorFlow op `InvertPermutation`; outputs: y (dtype T).
 * T: one of int32, int64.
 * @param x (dtype T)
 */
export function invertPermutation(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('InvertPermutation', [x], options);
}

/**
 * TensorFlow op `IsBoostedTreesEnsembleInitialized`; outputs: is_initialized (bool).
 * @param treeEnsembleHandle (resource)
 */
export function isBoostedTreesEnsembleInitialized(treeEnsembleHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IsBoostedTreesEnsembleInitialized', [treeEnsembleHandle], options);
}

/**
 * TensorFlow op `IsBoostedTreesQuantileStreamResourceInitialized`; outputs: is_initialized (bool).
 * @param quantileStreamResourceHandle (resource)
 */
export function isBoostedTreesQuantileStreamResourceInitialized(quantileStreamResourceHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IsBoostedTreesQuantileStreamResourceInitialized', [quantileStreamResourceHandle], options);
}

/**
 * TensorFlow op `IsFinite`; outputs: y (bool).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function isFinite(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IsFinite', [x], options);
}

/**
 * TensorFlow op `IsInf`; outputs: y (bool).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function isInf(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IsInf', [x], options);
}

/**
 * TensorFlow op `IsNan`; outputs: y (bool).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function isNan(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IsNan', [x], options);
}

/**
 * TensorFlow op `IsVariableInitialized`; outputs: is_initialized (bool).
 * @param ref (dtype dtype)
 */
export function isVariableInitialized(ref: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IsVariableInitialized', [ref], options);
}

/** Options of {@link isotonicRegression} (TensorFlow op `IsotonicRegression`). */
export interface IsotonicRegressionOptions extends InputOpOptions {
  /** `output_dtype` (type). One of float16, bfloat16, float32, float64. Default 'float32'. */
  outputDtype?: DType;
}

/**
 * TensorFlow op `IsotonicRegression`; outputs: output (dtype output_dtype), segments (int32).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param input (dtype T)
 */
export function isotonicRegression(input: OutputLike, options: IsotonicRegressionOptions = {}): { output: Output; segments: Output } {
  return opOutputs<{ output: Output; segments: Output }>('IsotonicRegression', [input], options);
}
