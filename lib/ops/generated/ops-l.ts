// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Graph, Operation, Output } from '../../core';
import { op1, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link lmdbReader} (TensorFlow op `LMDBReader`). */
export interface LmdbReaderOptions extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `LMDBReader`; outputs: reader_handle (string). */
export function lmdbReader(graph: Graph, options: LmdbReaderOptions = {}): Output {
  return op1('LMDBReader', graph, options);
}

/** Options of {@link lstmBlockCell} (TensorFlow op `LSTMBlockCell`). */
export interface LstmBlockCellOptions extends InputOpOptions {
  /** `forget_bias` (float). Default 1. */
  forgetBias?: number;
  /** `cell_clip` (float). Default 3. */
  cellClip?: number;
  /** `use_peephole` (bool). Default false. */
  usePeephole?: boolean;
}

/**
 * TensorFlow op `LSTMBlockCell`; outputs: i (dtype T), cs (dtype T), f (dtype T), o (dtype T), ci (dtype T), co (dtype T), h (dtype T).
 * T: one of float16, float32.
 * @param x (dtype T)
 * @param csPrev (dtype T)
 * @param hPrev (dtype T)
 * @param w (dtype T)
 * @param wci (dtype T)
 * @param wcf (dtype T)
 * @param wco (dtype T)
 * @param b (dtype T)
 */
export function lstmBlockCell(x: OutputLike, csPrev: OutputLike, hPrev: OutputLike, w: OutputLike, wci: OutputLike, wcf: OutputLike, wco: OutputLike, b: OutputLike, options: LstmBlockCellOptions = {}): { i: Output; cs: Output; f: Output; o: Output; ci: Output; co: Output; h: Output } {
  return opOutputs<{ i: Output; cs: Output; f: Output; o: Output; ci: Output; co: Output; h: Output }>('LSTMBlockCell', [x, csPrev, hPrev, w, wci, wcf, wco, b], options);
}

/** Options of {@link lstmBlockCellGrad} (TensorFlow op `LSTMBlockCellGrad`). */
export interface LstmBlockCellGradOptions extends InputOpOptions {
  /** `use_peephole` (bool). */
  usePeephole: boolean;
}

/**
 * TensorFlow op `LSTMBlockCellGrad`; outputs: cs_prev_grad (dtype T), dicfo (dtype T), wci_grad (dtype T), wcf_grad (dtype T), wco_grad (dtype T).
 * T: one of float16, float32.
 * @param x (dtype T)
 * @param csPrev (dtype T)
 * @param hPrev (dtype T)
 * @param w (dtype T)
 * @param wci (dtype T)
 * @param wcf (dtype T)
 * @param wco (dtype T)
 * @param b (dtype T)
 * @param i (dtype T)
 * @param cs (dtype T)
 * @param f (dtype T)
 * @param o (dtype T)
 * @param ci (dtype T)
 * @param co (dtype T)
 * @param csGrad (dtype T)
 * @param hGrad (dtype T)
 */
export function lstmBlockCellGrad(x: OutputLike, csPrev: OutputLike, hPrev: OutputLike, w: OutputLike, wci: OutputLike, wcf: OutputLike, wco: OutputLike, b: OutputLike, i: OutputLike, cs: OutputLike, f: OutputLike, o: OutputLike, ci: OutputLike, co: OutputLike, csGrad: OutputLike, hGrad: OutputLike, options: LstmBlockCellGradOptions): { csPrevGrad: Output; dicfo: Output; wciGrad: Output; wcfGrad: Output; wcoGrad: Output } {
  return opOutputs<{ csPrevGrad: Output; dicfo: Output; wciGrad: Output; wcfGrad: Output; wcoGrad: Output }>('LSTMBlockCellGrad', [x, csPrev, hPrev, w, wci, wcf, wco, b, i, cs, f, o, ci, co, csGrad, hGrad], options);
}

/** Options of {@link learnedUnigramCandidateSampler} (TensorFlow op `LearnedUnigramCandidateSampler`). */
export interface LearnedUnigramCandidateSamplerOptions extends InputOpOptions {
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
 * TensorFlow op `LearnedUnigramCandidateSampler`; outputs: sampled_candidates (int64), true_expected_count (float32), sampled_expected_count (float32).
 * @param trueClasses (int64)
 */
export function learnedUnigramCandidateSampler(trueClasses: OutputLike, options: LearnedUnigramCandidateSamplerOptions): { sampledCandidates: Output; trueExpectedCount: Output; sampledExpectedCount: Output } {
  return opOutputs<{ sampledCandidates: Output; trueExpectedCount: Output; sampledExpectedCount: Output }>('LearnedUnigramCandidateSampler', [trueClasses], options);
}

/**
 * TensorFlow op `LeftShift`; outputs: z (dtype T).
 * T: one of int8, int16, int32, int64, uint8, uint16, uint32, uint64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function leftShift(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('LeftShift', [x, y], options);
}

/**
 * TensorFlow op `Less`; outputs: z (bool).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function less(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Less', [x, y], options);
}

/**
 * TensorFlow op `LessEqual`; outputs: z (bool).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function lessEqual(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('LessEqual', [x, y], options);
}

/**
 * TensorFlow op `Lgamma`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function lgamma(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Lgamma', [x], options);
}

/**
 * TensorFlow op `LinSpace`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * Tidx: one of int32, int64.
 * @param start (dtype T)
 * @param stop (dtype T)
 * @param num (dtype Tidx)
 */
export function linSpace(start: OutputLike, stop: OutputLike, num: OutputLike, options: InputOpOptions = {}): Output {
  return op1('LinSpace', [start, stop, num], options);
}

/** Options of {@link listDiff} (TensorFlow op `ListDiff`). */
export interface ListDiffOptions extends InputOpOptions {
  /** `out_idx` (type). One of int32, int64. Default 'int32'. */
  outIdx?: DType;
}

/**
 * TensorFlow op `ListDiff`; outputs: out (dtype T), idx (dtype out_idx).
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function listDiff(x: OutputLike, y: OutputLike, options: ListDiffOptions = {}): { out: Output; idx: Output } {
  return opOutputs<{ out: Output; idx: Output }>('ListDiff', [x, y], options);
}

/** Options of {@link loadAndRemapMatrix} (TensorFlow op `LoadAndRemapMatrix`). */
export interface LoadAndRemapMatrixOptions extends InputOpOptions {
  /** `num_rows` (int). Minimum 0. */
  numRows: number;
  /** `num_cols` (int). Minimum 1. */
  numCols: number;
  /** `max_rows_in_memory` (int). Default -1. */
  maxRowsInMemory?: number;
}

/**
 * TensorFlow op `LoadAndRemapMatrix`; outputs: output_matrix (float32).
 * @param ckptPath (string)
 * @param oldTensorName (string)
 * @param rowRemapping (int64)
 * @param colRemapping (int64)
 * @param initializingValues (float32)
 */
export function loadAndRemapMatrix(ckptPath: OutputLike, oldTensorName: OutputLike, rowRemapping: OutputLike, colRemapping: OutputLike, initializingValues: OutputLike, options: LoadAndRemapMatrixOptions): Output {
  return op1('LoadAndRemapMatrix', [ckptPath, oldTensorName, rowRemapping, colRemapping, initializingValues], options);
}

/**
 * TensorFlow op `Log`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function log(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Log', [x], options);
}

/**
 * TensorFlow op `Log1p`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function log1p(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Log1p', [x], options);
}

/**
 * TensorFlow op `LogMatrixDeterminant`; outputs: sign (dtype T), log_abs_determinant (dtype T).
 * T: one of float16, float32, float64, complex64, complex128.
 * @param input (dtype T)
 */
export function logMatrixDeterminant(input: OutputLike, options: InputOpOptions = {}): { sign: Output; logAbsDeterminant: Output } {
  return opOutputs<{ sign: Output; logAbsDeterminant: Output }>('LogMatrixDeterminant', [input], options);
}

/** Options of {@link logUniformCandidateSampler} (TensorFlow op `LogUniformCandidateSampler`). */
export interface LogUniformCandidateSamplerOptions extends InputOpOptions {
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
 * TensorFlow op `LogUniformCandidateSampler`; outputs: sampled_candidates (int64), true_expected_count (float32), sampled_expected_count (float32).
 * @param trueClasses (int64)
 */
export function logUniformCandidateSampler(trueClasses: OutputLike, options: LogUniformCandidateSamplerOptions): { sampledCandidates: Output; trueExpectedCount: Output; sampledExpectedCount: Output } {
  return opOutputs<{ sampledCandidates: Output; trueExpectedCount: Output; sampledExpectedCount: Output }>('LogUniformCandidateSampler', [trueClasses], options);
}

/**
 * TensorFlow op `LogicalAnd`; outputs: z (bool).
 * @param x (bool)
 * @param y (bool)
 */
export function logicalAnd(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('LogicalAnd', [x, y], options);
}

/**
 * TensorFlow op `LogicalNot`; outputs: y (bool).
 * @param x (bool)
 */
export function logicalNot(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('LogicalNot', [x], options);
}

/**
 * TensorFlow op `LogicalOr`; outputs: z (bool).
 * @param x (bool)
 * @param y (bool)
 */
export function logicalOr(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('LogicalOr', [x, y], options);
}

/** Options of {@link lookupTableExport} (TensorFlow op `LookupTableExport`). */
export interface LookupTableExportOptions extends InputOpOptions {
  /** `Tkeys` (type). */
  tkeys: DType;
  /** `Tvalues` (type). */
  tvalues: DType;
}

/**
 * TensorFlow op `LookupTableExport`; outputs: keys (dtype Tkeys), values (dtype Tvalues).
 * @param tableHandle (string)
 */
export function lookupTableExport(tableHandle: OutputLike, options: LookupTableExportOptions): { keys: Output; values: Output } {
  return opOutputs<{ keys: Output; values: Output }>('LookupTableExport', [tableHandle], options);
}

/** Options of {@link lookupTableExportV2} (TensorFlow op `LookupTableExportV2`). */
export interface LookupTableExportV2Options extends InputOpOptions {
  /** `Tkeys` (type). */
  tkeys: DType;
  /** `Tvalues` (type). */
  tvalues: DType;
}

/**
 * TensorFlow op `LookupTableExportV2`; outputs: keys (dtype Tkeys), values (dtype Tvalues).
 * @param tableHandle (resource)
 */
export function lookupTableExportV2(tableHandle: OutputLike, options: LookupTableExportV2Options): { keys: Output; values: Output } {
  return opOutputs<{ keys: Output; values: Output }>('LookupTableExportV2', [tableHandle], options);
}

/**
 * TensorFlow op `LookupTableFind`; outputs: values (dtype Tout).
 * @param tableHandle (string)
 * @param keys (dtype Tin)
 * @param defaultValue (dtype Tout)
 */
export function lookupTableFind(tableHandle: OutputLike, keys: OutputLike, defaultValue: OutputLike, options: InputOpOptions = {}): Output {
  return op1('LookupTableFind', [tableHandle, keys, defaultValue], options);
}

/**
 * TensorFlow op `LookupTableFindV2`; outputs: values (dtype Tout).
 * @param tableHandle (resource)
 * @param keys (dtype Tin)
 * @param defaultValue (dtype Tout)
 */
export function lookupTableFindV2(tableHandle: OutputLike, keys: OutputLike, defaultValue: OutputLike, options: InputOpOptions = {}): Output {
  return op1('LookupTableFindV2', [tableHandle, keys, defaultValue], options);
}

/**
 * TensorFlow op `LookupTableImport`.
 * @param tableHandle (string)
 * @param keys (dtype Tin)
 * @param values (dtype Tout)
 */
export function lookupTableImport(tableHandle: OutputLike, keys: OutputLike, values: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('LookupTableImport', [tableHandle, keys, values], options);
}

/**
 * TensorFlow op `LookupTableImportV2`.
 * @param tableHandle (resource)
 * @param keys (dtype Tin)
 * @param values (dtype Tout)
 */
export function lookupTableImportV2(tableHandle: OutputLike, keys: OutputLike, values: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('LookupTableImportV2', [tableHandle, keys, values], options);
}

/**
 * TensorFlow op `LookupTableInsert`.
 * @param tableHandle (string)
 * @param keys (dtype Tin)
 * @param values (dtype Tout)
 */
export function lookupTableInsert(tableHandle: OutputLike, keys: OutputLike, values: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('LookupTableInsert', [tableHandle, keys, values], options);
}

/**
 * TensorFlow op `LookupTableInsertV2`.
 * @param tableHandle (resource)
 * @param keys (dtype Tin)
 * @param values (dtype Tout)
 */
export function lookupTableInsertV2(tableHandle: OutputLike, keys: OutputLike, values: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('LookupTableInsertV2', [tableHandle, keys, values], options);
}

/**
 * TensorFlow op `LookupTableRemoveV2`.
 * @param tableHandle (resource)
 * @param keys (dtype Tin)
 */
export function lookupTableRemoveV2(tableHandle: OutputLike, keys: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('LookupTableRemoveV2', [tableHandle, keys], options);
}

/**
 * TensorFlow op `LookupTableSize`; outputs: size (int64).
 * @param tableHandle (string)
 */
export function lookupTableSize(tableHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('LookupTableSize', [tableHandle], options);
}

/**
 * TensorFlow op `LookupTableSizeV2`; outputs: size (int64).
 * @param tableHandle (resource)
 */
export function lookupTableSizeV2(tableHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('LookupTableSizeV2', [tableHandle], options);
}

/**
 * TensorFlow op `LoopCond`; outputs: output (bool).
 * @param input (bool)
 */
export function loopCond(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('LoopCond', [input], options);
}

/** Options of {@link lowerBound} (TensorFlow op `LowerBound`). */
export interface LowerBoundOptions extends InputOpOptions {
  /** `out_type` (type). One of int32, int64. Default 'int32'. */
  outType?: DType;
}

/**
 * TensorFlow op `LowerBound`; outputs: output (dtype out_type).
 * @param sortedInputs (dtype T)
 * @param values (dtype T)
 */
export function lowerBound(sortedInputs: OutputLike, values: OutputLike, options: LowerBoundOptions = {}): Output {
  return op1('LowerBound', [sortedInputs, values], options);
}

/** Options of {@link lu} (TensorFlow op `Lu`). */
export interface LuOptions extends InputOpOptions {
  /** `output_idx_type` (type). One of int32, int64. Default 'int32'. */
  outputIdxType?: DType;
}

/**
 * TensorFlow op `Lu`; outputs: lu (dtype T), p (dtype output_idx_type).
 * T: one of float64, float32, float16, complex64, complex128.
 * @param input (dtype T)
 */
export function lu(input: OutputLike, options: LuOptions = {}): { lu: Output; p: Output } {
  return opOutputs<{ lu: Output; p: Output }>('Lu', [input], options);
}
