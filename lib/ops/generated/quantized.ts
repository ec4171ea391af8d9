// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Output } from '../../core';
import { op1, opOutputs } from '../builder';
import type { InputOpOptions, OutputLike } from '../builder';

/** Options of {@link dequantize} (TensorFlow op `Dequantize`). */
export interface DequantizeOptions extends InputOpOptions {
  /** `mode` (string). One of "MIN_COMBINED", "MIN_FIRST", "SCALED". Default "MIN_COMBINED". */
  mode?: string;
  /** `narrow_range` (bool). Default false. */
  narrowRange?: boolean;
  /** `axis` (int). Default -1. */
  axis?: number;
  /** `dtype` (type). One of bfloat16, float32. Default 'float32'. */
  dtype?: DType;
}

/**
 * TensorFlow op `Dequantize`; outputs: output (dtype dtype).
 * T: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype T)
 * @param minRange (float32)
 * @param maxRange (float32)
 */
export function dequantize(input: OutputLike, minRange: OutputLike, maxRange: OutputLike, options: DequantizeOptions = {}): Output {
  return op1('Dequantize', [input, minRange, maxRange], options);
}

/** Options of {@link quantizeAndDequantizeV2} (TensorFlow op `QuantizeAndDequantizeV2`). */
export interface QuantizeAndDequantizeV2Options extends InputOpOptions {
  /** `signed_input` (bool). Default true. */
  signedInput?: boolean;
  /** `num_bits` (int). Default 8. */
  numBits?: number;
  /** `range_given` (bool). Default false. */
  rangeGiven?: boolean;
  /** `round_mode` (string). One of "HALF_TO_EVEN", "HALF_UP". Default "HALF_TO_EVEN". */
  roundMode?: string;
  /** `narrow_range` (bool). Default false. */
  narrowRange?: boolean;
  /** `axis` (int). Default -1. */
  axis?: number;
}

/**
 * TensorFlow op `QuantizeAndDequantizeV2`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param input (dtype T)
 * @param inputMin (dtype T)
 * @param inputMax (dtype T)
 */
export function quantizeAndDequantizeV2(input: OutputLike, inputMin: OutputLike, inputMax: OutputLike, options: QuantizeAndDequantizeV2Options = {}): Output {
  return op1('QuantizeAndDequantizeV2', [input, inputMin, inputMax], options);
}

/** Options of {@link quantizeAndDequantizeV3} (TensorFlow op `QuantizeAndDequantizeV3`). */
export interface QuantizeAndDequantizeV3Options extends InputOpOptions {
  /** `signed_input` (bool). Default true. */
  signedInput?: boolean;
  /** `range_given` (bool). Default true. */
  rangeGiven?: boolean;
  /** `narrow_range` (bool). Default false. */
  narrowRange?: boolean;
  /** `axis` (int). Default -1. */
  axis?: number;
}

/**
 * TensorFlow op `QuantizeAndDequantizeV3`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param input (dtype T)
 * @param inputMin (dtype T)
 * @param inputMax (dtype T)
 * @param numBits (int32)
 */
export function quantizeAndDequantizeV3(input: OutputLike, inputMin: OutputLike, inputMax: OutputLike, numBits: OutputLike, options: QuantizeAndDequantizeV3Options = {}): Output {
  return op1('QuantizeAndDequantizeV3', [input, inputMin, inputMax, numBits], options);
}

/** Options of {@link quantizeAndDequantizeV4} (TensorFlow op `QuantizeAndDequantizeV4`). */
export interface QuantizeAndDequantizeV4Options extends InputOpOptions {
  /** `signed_input` (bool). Default true. */
  signedInput?: boolean;
  /** `num_bits` (int). Default 8. */
  numBits?: number;
  /** `range_given` (bool). Default false. */
  rangeGiven?: boolean;
  /** `round_mode` (string). One of "HALF_TO_EVEN", "HALF_UP". Default "HALF_TO_EVEN". */
  roundMode?: string;
  /** `narrow_range` (bool). Default false. */
  narrowRange?: boolean;
  /** `axis` (int). Default -1. */
  axis?: number;
}

/**
 * TensorFlow op `QuantizeAndDequantizeV4`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param input (dtype T)
 * @param inputMin (dtype T)
 * @param inputMax (dtype T)
 */
export function quantizeAndDequantizeV4(input: OutputLike, inputMin: OutputLike, inputMax: OutputLike, options: QuantizeAndDequantizeV4Options = {}): Output {
  return op1('QuantizeAndDequantizeV4', [input, inputMin, inputMax], options);
}

/** Options of {@link quantizeAndDequantizeV4Grad} (TensorFlow op `QuantizeAndDequantizeV4Grad`). */
export interface QuantizeAndDequantizeV4GradOptions extends InputOpOptions {
  /** `axis` (int). Default -1. */
  axis?: number;
}

/**
 * TensorFlow op `QuantizeAndDequantizeV4Grad`; outputs: input_backprop (dtype T), input_min_backprop (dtype T), input_max_backprop (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param gradients (dtype T)
 * @param input (dtype T)
 * @param inputMin (dtype T)
 * @param inputMax (dtype T)
 */
export function quantizeAndDequantizeV4Grad(gradients: OutputLike, input: OutputLike, inputMin: OutputLike, inputMax: OutputLike, options: QuantizeAndDequantizeV4GradOptions = {}): { inputBackprop: Output; inputMinBackprop: Output; inputMaxBackprop: Output } {
  return opOutputs<{ inputBackprop: Output; inputMinBackprop: Output; inputMaxBackprop: Output }>('QuantizeAndDequantizeV4Grad', [gradients, input, inputMin, inputMax], options);
}

/** Options of {@link quantizeDownAndShrinkRange} (TensorFlow op `QuantizeDownAndShrinkRange`). */
export interface QuantizeDownAndShrinkRangeOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. */
  outType: DType;
}

/**
 * TensorFlow op `QuantizeDownAndShrinkRange`; outputs: output (dtype out_type), output_min (float32), output_max (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param inputMin (float32)
 * @param inputMax (float32)
 */
export function quantizeDownAndShrinkRange(input: OutputLike, inputMin: OutputLike, inputMax: OutputLike, options: QuantizeDownAndShrinkRangeOptions): { output: Output; outputMin: Output; outputMax: Output } {
  return opOutputs<{ output: Output; outputMin: Output; outputMax: Output }>('QuantizeDownAndShrinkRange', [input, inputMin, inputMax], options);
}

/** Options of {@link quantizeV2} (TensorFlow op `QuantizeV2`). */
export interface QuantizeV2Options extends InputOpOptions {
  /** `T` (type). One of qint8, quint8, qint32, qint16, quint16. */
  t: DType;
  /** `mode` (string). One of "MIN_COMBINED", "MIN_FIRST", "SCALED". Default "MIN_COMBINED". */
  mode?: string;
  /** `round_mode` (string). One of "HALF_AWAY_FROM_ZERO", "HALF_TO_EVEN". Default "HALF_AWAY_FROM_ZERO". */
  roundMode?: string;
  /** `narrow_range` (bool). Default false. */
  narrowRange?: boolean;
  /** `axis` (int). Default -1. */
  axis?: number;
  /** `ensure_minimum_range` (float). Default 0.009999999776482582. */
  ensureMinimumRange?: number;
}

/**
 * TensorFlow op `QuantizeV2`; outputs: output (dtype T), output_min (float32), output_max (float32).
 * @param input (float32)
 * @param minRange (float32)
 * @param maxRange (float32)
 */
export function quantizeV2(input: OutputLike, minRange: OutputLike, maxRange: OutputLike, options: QuantizeV2Options): { output: Output; outputMin: Output; outputMax: Output } {
  return opOutputs<{ output: Output; outputMin: Output; outputMax: Output }>('QuantizeV2', [input, minRange, maxRange], options);
}

/** Options of {@link quantizedAdd} (TensorFlow op `QuantizedAdd`). */
export interface QuantizedAddOptions extends InputOpOptions {
  /** `Toutput` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  toutput?: DType;
}

/**
 * TensorFlow op `QuantizedAdd`; outputs: z (dtype Toutput), min_z (float32), max_z (float32).
 * T1: one of qint8, quint8, qint32, qint16, quint16.
 * T2: one of qint8, quint8, qint32, qint16, quint16.
 * @param x (dtype T1)
 * @param y (dtype T2)
 * @param minX (float32)
 * @param maxX (float32)
 * @param minY (float32)
 * @param maxY (float32)
 */
export function quantizedAdd(x: OutputLike, y: OutputLike, minX: OutputLike, maxX: OutputLike, minY: OutputLike, maxY: OutputLike, options: QuantizedAddOptions = {}): { z: Output; minZ: Output; maxZ: Output } {
  return opOutputs<{ z: Output; minZ: Output; maxZ: Output }>('QuantizedAdd', [x, y, minX, maxX, minY, maxY], options);
}

/** Options of {@link quantizedAvgPool} (TensorFlow op `QuantizedAvgPool`). */
export interface QuantizedAvgPoolOptions extends InputOpOptions {
  /** `ksize` (list(int)). */
  ksize: number[];
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
}

/**
 * TensorFlow op `QuantizedAvgPool`; outputs: output (dtype T), min_output (float32), max_output (float32).
 * T: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype T)
 * @param minInput (float32)
 * @param maxInput (float32)
 */
export function quantizedAvgPool(input: OutputLike, minInput: OutputLike, maxInput: OutputLike, options: QuantizedAvgPoolOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedAvgPool', [input, minInput, maxInput], options);
}

/** Options of {@link quantizedBatchNormWithGlobalNormalization} (TensorFlow op `QuantizedBatchNormWithGlobalNormalization`). */
export interface QuantizedBatchNormWithGlobalNormalizationOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. */
  outType: DType;
  /** `variance_epsilon` (float). */
  varianceEpsilon: number;
  /** `scale_after_normalization` (bool). */
  scaleAfterNormalization: boolean;
}

/**
 * TensorFlow op `QuantizedBatchNormWithGlobalNormalization`; outputs: result (dtype out_type), result_min (float32), result_max (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * @param t (dtype Tinput)
 * @param tMin (float32)
 * @param tMax (float32)
 * @param m (dtype Tinput)
 * @param mMin (float32)
 * @param mMax (float32)
 * @param v (dtype Tinput)
 * @param vMin (float32)
 * @param vMax (float32)
 * @param beta (dtype Tinput)
 * @param betaMin (float32)
 * @param betaMax (float32)
 * @param gamma (dtype Tinput)
 * @param gammaMin (float32)
 * @param gammaMax (float32)
 */
export function quantizedBatchNormWithGlobalNormalization(t: OutputLike, tMin: OutputLike, tMax: OutputLike, m: OutputLike, mMin: OutputLike, mMax: OutputLike, v: OutputLike, vMin: OutputLike, vMax: OutputLike, beta: OutputLike, betaMin: OutputLike, betaMax: OutputLike, gamma: OutputLike, gammaMin: OutputLike, gammaMax: OutputLike, options: QuantizedBatchNormWithGlobalNormalizationOptions): { result: Output; resultMin: Output; resultMax: Output } {
  return opOutputs<{ result: Output; resultMin: Output; resultMax: Output }>('QuantizedBatchNormWithGlobalNormalization', [t, tMin, tMax, m, mMin, mMax, v, vMin, vMax, beta, betaMin, betaMax, gamma, gammaMin, gammaMax], options);
}

/** Options of {@link quantizedBiasAdd} (TensorFlow op `QuantizedBiasAdd`). */
export interface QuantizedBiasAddOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. */
  outType: DType;
}

/**
 * TensorFlow op `QuantizedBiasAdd`; outputs: output (dtype out_type), min_out (float32), max_out (float32).
 * T1: one of qint8, quint8, qint32, qint16, quint16.
 * T2: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype T1)
 * @param bias (dtype T2)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minBias (float32)
 * @param maxBias (float32)
 */
export function quantizedBiasAdd(input: OutputLike, bias: OutputLike, minInput: OutputLike, maxInput: OutputLike, minBias: OutputLike, maxBias: OutputLike, options: QuantizedBiasAddOptions): { output: Output; minOut: Output; maxOut: Output } {
  return opOutputs<{ output: Output; minOut: Output; maxOut: Output }>('QuantizedBiasAdd', [input, bias, minInput, maxInput, minBias, maxBias], options);
}

/**
 * TensorFlow op `QuantizedConcat`; outputs: output (dtype T), output_min (float32), output_max (float32).
 * @param concatDim (int32)
 * @param values (list of N, dtype T)
 * @param inputMins (list of N, float32)
 * @param inputMaxes (list of N, float32)
 */
export function quantizedConcat(concatDim: OutputLike, values: OutputLike[], inputMins: OutputLike[], inputMaxes: OutputLike[], options: InputOpOptions = {}): { output: Output; outputMin: Output; outputMax: Output } {
  return opOutputs<{ output: Output; outputMin: Output; outputMax: Output }>('QuantizedConcat', [concatDim, values, inputMins, inputMaxes], options);
}

/**
 * TensorFlow op `QuantizedConcatV2`; outputs: output (dtype T), output_min (float32), output_max (float32).
 * Tidx: one of int32, int64.
 * @param values (list of N, dtype T)
 * @param axis (dtype Tidx)
 * @param inputMins (list of N, float32)
 * @param inputMaxes (list of N, float32)
 */
export function quantizedConcatV2(values: OutputLike[], axis: OutputLike, inputMins: OutputLike[], inputMaxes: OutputLike[], options: InputOpOptions = {}): { output: Output; outputMin: Output; outputMax: Output } {
  return opOutputs<{ output: Output; outputMin: Output; outputMax: Output }>('QuantizedConcatV2', [values, axis, inputMins, inputMaxes], options);
}

/** Options of {@link quantizedConv2d} (TensorFlow op `QuantizedConv2D`). */
export interface QuantizedConv2dOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `QuantizedConv2D`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 */
export function quantizedConv2d(input: OutputLike, filter: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, options: QuantizedConv2dOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedConv2D', [input, filter, minInput, maxInput, minFilter, maxFilter], options);
}

/** Options of {@link quantizedConv2dAndRelu} (TensorFlow op `QuantizedConv2DAndRelu`). */
export interface QuantizedConv2dAndReluOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
  /** `padding_list` (list(int)). Default []. */
  paddingList?: number[];
}

/**
 * TensorFlow op `QuantizedConv2DAndRelu`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 */
export function quantizedConv2dAndRelu(input: OutputLike, filter: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, options: QuantizedConv2dAndReluOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedConv2DAndRelu', [input, filter, minInput, maxInput, minFilter, maxFilter], options);
}

/** Options of {@link quantizedConv2dAndReluAndRequantize} (TensorFlow op `QuantizedConv2DAndReluAndRequantize`). */
export interface QuantizedConv2dAndReluAndRequantizeOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'quint8'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
  /** `padding_list` (list(int)). Default []. */
  paddingList?: number[];
}

/**
 * TensorFlow op `QuantizedConv2DAndReluAndRequantize`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 * @param minFreezedOutput (float32)
 * @param maxFreezedOutput (float32)
 */
export function quantizedConv2dAndReluAndRequantize(input: OutputLike, filter: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, minFreezedOutput: OutputLike, maxFreezedOutput: OutputLike, options: QuantizedConv2dAndReluAndRequantizeOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedConv2DAndReluAndRequantize', [input, filter, minInput, maxInput, minFilter, maxFilter, minFreezedOutput, maxFreezedOutput], options);
}

/** Options of {@link quantizedConv2dAndRequantize} (TensorFlow op `QuantizedConv2DAndRequantize`). */
export interface QuantizedConv2dAndRequantizeOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint8'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
  /** `padding_list` (list(int)). Default []. */
  paddingList?: number[];
}

/**
 * TensorFlow op `QuantizedConv2DAndRequantize`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 * @param minFreezedOutput (float32)
 * @param maxFreezedOutput (float32)
 */
export function quantizedConv2dAndRequantize(input: OutputLike, filter: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, minFreezedOutput: OutputLike, maxFreezedOutput: OutputLike, options: QuantizedConv2dAndRequantizeOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedConv2DAndRequantize', [input, filter, minInput, maxInput, minFilter, maxFilter, minFreezedOutput, maxFreezedOutput], options);
}

/** Options of {@link quantizedConv2dPerChannel} (TensorFlow op `QuantizedConv2DPerChannel`). */
export interface QuantizedConv2dPerChannelOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `QuantizedConv2DPerChannel`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 */
export function quantizedConv2dPerChannel(input: OutputLike, filter: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, options: QuantizedConv2dPerChannelOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedConv2DPerChannel', [input, filter, minInput, maxInput, minFilter, maxFilter], options);
}

/** Options of {@link quantizedConv2dWithBias} (TensorFlow op `QuantizedConv2DWithBias`). */
export interface QuantizedConv2dWithBiasOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
  /** `padding_list` (list(int)). Default []. */
  paddingList?: number[];
}

/**
 * TensorFlow op `QuantizedConv2DWithBias`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param bias (float32)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 */
export function quantizedConv2dWithBias(input: OutputLike, filter: OutputLike, bias: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, options: QuantizedConv2dWithBiasOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedConv2DWithBias', [input, filter, bias, minInput, maxInput, minFilter, maxFilter], options);
}

/** Options of {@link quantizedConv2dWithBiasAndRelu} (TensorFlow op `QuantizedConv2DWithBiasAndRelu`). */
export interface QuantizedConv2dWithBiasAndReluOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
  /** `padding_list` (list(int)). Default []. */
  paddingList?: number[];
}

/**
 * TensorFlow op `QuantizedConv2DWithBiasAndRelu`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param bias (float32)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 */
export function quantizedConv2dWithBiasAndRelu(input: OutputLike, filter: OutputLike, bias: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, options: QuantizedConv2dWithBiasAndReluOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedConv2DWithBiasAndRelu', [input, filter, bias, minInput, maxInput, minFilter, maxFilter], options);
}

/** Options of {@link quantizedConv2dWithBiasAndReluAndRequantize} (TensorFlow op `QuantizedConv2DWithBiasAndReluAndRequantize`). */
export interface QuantizedConv2dWithBiasAndReluAndRequantizeOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'quint8'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
  /** `padding_list` (list(int)). Default []. */
  paddingList?: number[];
}

/**
 * TensorFlow op `QuantizedConv2DWithBiasAndReluAndRequantize`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * Tbias: one of float32, qint32.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param bias (dtype Tbias)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 * @param minFreezedOutput (float32)
 * @param maxFreezedOutput (float32)
 */
export function quantizedConv2dWithBiasAndReluAndRequantize(input: OutputLike, filter: OutputLike, bias: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, minFreezedOutput: OutputLike, maxFreezedOutput: OutputLike, options: QuantizedConv2dWithBiasAndReluAndRequantizeOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedConv2DWithBiasAndReluAndRequantize', [input, filter, bias, minInput, maxInput, minFilter, maxFilter, minFreezedOutput, maxFreezedOutput], options);
}

/** Options of {@link quantizedConv2dWithBiasAndRequantize} (TensorFlow op `QuantizedConv2DWithBiasAndRequantize`). */
export interface QuantizedConv2dWithBiasAndRequantizeOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint8'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
  /** `padding_list` (list(int)). Default []. */
  paddingList?: number[];
}

/**
 * TensorFlow op `QuantizedConv2DWithBiasAndRequantize`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * Tbias: one of float32, qint32.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param bias (dtype Tbias)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 * @param minFreezedOutput (float32)
 * @param maxFreezedOutput (float32)
 */
export function quantizedConv2dWithBiasAndRequantize(input: OutputLike, filter: OutputLike, bias: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, minFreezedOutput: OutputLike, maxFreezedOutput: OutputLike, options: QuantizedConv2dWithBiasAndRequantizeOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedConv2DWithBiasAndRequantize', [input, filter, bias, minInput, maxInput, minFilter, maxFilter, minFreezedOutput, maxFreezedOutput], options);
}

/** Options of {@link quantizedConv2dWithBiasSignedSumAndReluAndRequantize} (TensorFlow op `QuantizedConv2DWithBiasSignedSumAndReluAndRequantize`). */
export interface QuantizedConv2dWithBiasSignedSumAndReluAndRequantizeOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'quint8'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
  /** `padding_list` (list(int)). Default []. */
  paddingList?: number[];
}

/**
 * TensorFlow op `QuantizedConv2DWithBiasSignedSumAndReluAndRequantize`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * Tbias: one of float32, qint32.
 * Tsummand: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param bias (dtype Tbias)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 * @param minFreezedOutput (float32)
 * @param maxFreezedOutput (float32)
 * @param summand (dtype Tsummand)
 * @param minSummand (float32)
 * @param maxSummand (float32)
 */
export function quantizedConv2dWithBiasSignedSumAndReluAndRequantize(input: OutputLike, filter: OutputLike, bias: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, minFreezedOutput: OutputLike, maxFreezedOutput: OutputLike, summand: OutputLike, minSummand: OutputLike, maxSummand: OutputLike, options: QuantizedConv2dWithBiasSignedSumAndReluAndRequantizeOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedConv2DWithBiasSignedSumAndReluAndRequantize', [input, filter, bias, minInput, maxInput, minFilter, maxFilter, minFreezedOutput, maxFreezedOutput, summand, minSummand, maxSummand], options);
}

/** Options of {@link quantizedConv2dWithBiasSumAndRelu} (TensorFlow op `QuantizedConv2DWithBiasSumAndRelu`). */
export interface QuantizedConv2dWithBiasSumAndReluOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
  /** `padding_list` (list(int)). Default []. */
  paddingList?: number[];
}

/**
 * TensorFlow op `QuantizedConv2DWithBiasSumAndRelu`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param bias (float32)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 * @param summand (float32)
 */
export function quantizedConv2dWithBiasSumAndRelu(input: OutputLike, filter: OutputLike, bias: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, summand: OutputLike, options: QuantizedConv2dWithBiasSumAndReluOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedConv2DWithBiasSumAndRelu', [input, filter, bias, minInput, maxInput, minFilter, maxFilter, summand], options);
}

/** Options of {@link quantizedConv2dWithBiasSumAndReluAndRequantize} (TensorFlow op `QuantizedConv2DWithBiasSumAndReluAndRequantize`). */
export interface QuantizedConv2dWithBiasSumAndReluAndRequantizeOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'quint8'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
  /** `padding_list` (list(int)). Default []. */
  paddingList?: number[];
}

/**
 * TensorFlow op `QuantizedConv2DWithBiasSumAndReluAndRequantize`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * Tbias: one of float32, qint32.
 * Tsummand: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param bias (dtype Tbias)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 * @param minFreezedOutput (float32)
 * @param maxFreezedOutput (float32)
 * @param summand (dtype Tsummand)
 * @param minSummand (float32)
 * @param maxSummand (float32)
 */
export function quantizedConv2dWithBiasSumAndReluAndRequantize(input: OutputLike, filter: OutputLike, bias: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, minFreezedOutput: OutputLike, maxFreezedOutput: OutputLike, summand: OutputLike, minSummand: OutputLike, maxSummand: OutputLike, options: QuantizedConv2dWithBiasSumAndReluAndRequantizeOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedConv2DWithBiasSumAndReluAndRequantize', [input, filter, bias, minInput, maxInput, minFilter, maxFilter, minFreezedOutput, maxFreezedOutput, summand, minSummand, maxSummand], options);
}

/** Options of {@link quantizedDepthwiseConv2d} (TensorFlow op `QuantizedDepthwiseConv2D`). */
export interface QuantizedDepthwiseConv2dOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `QuantizedDepthwiseConv2D`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 */
export function quantizedDepthwiseConv2d(input: OutputLike, filter: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, options: QuantizedDepthwiseConv2dOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedDepthwiseConv2D', [input, filter, minInput, maxInput, minFilter, maxFilter], options);
}

/** Options of {@link quantizedDepthwiseConv2dWithBias} (TensorFlow op `QuantizedDepthwiseConv2DWithBias`). */
export interface QuantizedDepthwiseConv2dWithBiasOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `QuantizedDepthwiseConv2DWithBias`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param bias (float32)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 */
export function quantizedDepthwiseConv2dWithBias(input: OutputLike, filter: OutputLike, bias: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, options: QuantizedDepthwiseConv2dWithBiasOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedDepthwiseConv2DWithBias', [input, filter, bias, minInput, maxInput, minFilter, maxFilter], options);
}

/** Options of {@link quantizedDepthwiseConv2dWithBiasAndRelu} (TensorFlow op `QuantizedDepthwiseConv2DWithBiasAndRelu`). */
export interface QuantizedDepthwiseConv2dWithBiasAndReluOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
  /** `padding_list` (list(int)). Default []. */
  paddingList?: number[];
}

/**
 * TensorFlow op `QuantizedDepthwiseConv2DWithBiasAndRelu`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param bias (float32)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 */
export function quantizedDepthwiseConv2dWithBiasAndRelu(input: OutputLike, filter: OutputLike, bias: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, options: QuantizedDepthwiseConv2dWithBiasAndReluOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedDepthwiseConv2DWithBiasAndRelu', [input, filter, bias, minInput, maxInput, minFilter, maxFilter], options);
}

/** Options of {@link quantizedDepthwiseConv2dWithBiasAndReluAndRequantize} (TensorFlow op `QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize`). */
export interface QuantizedDepthwiseConv2dWithBiasAndReluAndRequantizeOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'quint8'. */
  outType?: DType;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
  /** `padding_list` (list(int)). Default []. */
  paddingList?: number[];
}

/**
 * TensorFlow op `QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize`; outputs: output (dtype out_type), min_output (float32), max_output (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * Tfilter: one of qint8, quint8, qint32, qint16, quint16.
 * Tbias: one of float32, qint32.
 * @param input (dtype Tinput)
 * @param filter (dtype Tfilter)
 * @param bias (dtype Tbias)
 * @param minInput (float32)
 * @param maxInput (float32)
 * @param minFilter (float32)
 * @param maxFilter (float32)
 * @param minFreezedOutput (float32)
 * @param maxFreezedOutput (float32)
 */
export function quantizedDepthwiseConv2dWithBiasAndReluAndRequantize(input: OutputLike, filter: OutputLike, bias: OutputLike, minInput: OutputLike, maxInput: OutputLike, minFilter: OutputLike, maxFilter: OutputLike, minFreezedOutput: OutputLike, maxFreezedOutput: OutputLike, options: QuantizedDepthwiseConv2dWithBiasAndReluAndRequantizeOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize', [input, filter, bias, minInput, maxInput, minFilter, maxFilter, minFreezedOutput, maxFreezedOutput], options);
}

/** Options of {@link quantizedInstanceNorm} (TensorFlow op `QuantizedInstanceNorm`). */
export interface QuantizedInstanceNormOptions extends InputOpOptions {
  /** `output_range_given` (bool). Default false. */
  outputRangeGiven?: boolean;
  /** `given_y_min` (float). Default 0. */
  givenYMin?: number;
  /** `given_y_max` (float). Default 0. */
  givenYMax?: number;
  /** `variance_epsilon` (float). Default 0.000009999999747378752. */
  varianceEpsilon?: number;
  /** `min_separation` (float). Default 0.0010000000474974513. */
  minSeparation?: number;
}

/**
 * TensorFlow op `QuantizedInstanceNorm`; outputs: y (dtype T), y_min (float32), y_max (float32).
 * T: one of qint8, quint8, qint32, qint16, quint16.
 * @param x (dtype T)
 * @param xMin (float32)
 * @param xMax (float32)
 */
export function quantizedInstanceNorm(x: OutputLike, xMin: OutputLike, xMax: OutputLike, options: QuantizedInstanceNormOptions = {}): { y: Output; yMin: Output; yMax: Output } {
  return opOutputs<{ y: Output; yMin: Output; yMax: Output }>('QuantizedInstanceNorm', [x, xMin, xMax], options);
}

/** Options of {@link quantizedMatMul} (TensorFlow op `QuantizedMatMul`). */
export interface QuantizedMatMulOptions extends InputOpOptions {
  /** `Toutput` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  toutput?: DType;
  /** `transpose_a` (bool). Default false. */
  transposeA?: boolean;
  /** `transpose_b` (bool). Default false. */
  transposeB?: boolean;
  /** `Tactivation` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'quint8'. */
  tactivation?: DType;
}

/**
 * TensorFlow op `QuantizedMatMul`; outputs: out (dtype Toutput), min_out (float32), max_out (float32).
 * T1: one of qint8, quint8, qint32, qint16, quint16.
 * T2: one of qint8, quint8, qint32, qint16, quint16.
 * @param a (dtype T1)
 * @param b (dtype T2)
 * @param minA (float32)
 * @param maxA (float32)
 * @param minB (float32)
 * @param maxB (float32)
 */
export function quantizedMatMul(a: OutputLike, b: OutputLike, minA: OutputLike, maxA: OutputLike, minB: OutputLike, maxB: OutputLike, options: QuantizedMatMulOptions = {}): { out: Output; minOut: Output; maxOut: Output } {
  return opOutputs<{ out: Output; minOut: Output; maxOut: Output }>('QuantizedMatMul', [a, b, minA, maxA, minB, maxB], options);
}

/** Options of {@link quantizedMatMulWithBias} (TensorFlow op `QuantizedMatMulWithBias`). */
export interface QuantizedMatMulWithBiasOptions extends InputOpOptions {
  /** `Toutput` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  toutput?: DType;
  /** `transpose_a` (bool). Default false. */
  transposeA?: boolean;
  /** `transpose_b` (bool). Default false. */
  transposeB?: boolean;
  /** `input_quant_mode` (string). One of "MIN_FIRST", "SCALED". Default "MIN_FIRST". */
  inputQuantMode?: string;
}

/**
 * TensorFlow op `QuantizedMatMulWithBias`; outputs: out (dtype Toutput), min_out (float32), max_out (float32).
 * T1: one of qint8, quint8, qint32, qint16, quint16.
 * T2: one of qint8, quint8, qint32, qint16, quint16.
 * Tbias: one of float32, qint32.
 * @param a (dtype T1)
 * @param b (dtype T2)
 * @param bias (dtype Tbias)
 * @param minA (float32)
 * @param maxA (float32)
 * @param minB (float32)
 * @param maxB (float32)
 */
export function quantizedMatMulWithBias(a: OutputLike, b: OutputLike, bias: OutputLike, minA: OutputLike, maxA: OutputLike, minB: OutputLike, maxB: OutputLike, options: QuantizedMatMulWithBiasOptions = {}): { out: Output; minOut: Output; maxOut: Output } {
  return opOutputs<{ out: Output; minOut: Output; maxOut: Output }>('QuantizedMatMulWithBias', [a, b, bias, minA, maxA, minB, maxB], options);
}

/** Options of {@link quantizedMatMulWithBiasAndDequantize} (TensorFlow op `QuantizedMatMulWithBiasAndDequantize`). */
export interface QuantizedMatMulWithBiasAndDequantizeOptions extends InputOpOptions {
  /** `Toutput` (type). One of float32. */
  toutput: DType;
  /** `transpose_a` (bool). Default false. */
  transposeA?: boolean;
  /** `transpose_b` (bool). Default false. */
  transposeB?: boolean;
  /** `input_quant_mode` (string). One of "MIN_FIRST", "SCALED". Default "MIN_FIRST". */
  inputQuantMode?: string;
}

/**
 * TensorFlow op `QuantizedMatMulWithBiasAndDequantize`; outputs: out (dtype Toutput).
 * T1: one of qint8, quint8, qint32, qint16, quint16.
 * T2: one of qint8, quint8, qint32, qint16, quint16.
 * Tbias: one of float32, qint32.
 * @param a (dtype T1)
 * @param b (dtype T2)
 * @param bias (dtype Tbias)
 * @param minA (float32)
 * @param maxA (float32)
 * @param minB (float32)
 * @param maxB (float32)
 * @param minFreezedOutput (float32)
 * @param maxFreezedOutput (float32)
 */
export function quantizedMatMulWithBiasAndDequantize(a: OutputLike, b: OutputLike, bias: OutputLike, minA: OutputLike, maxA: OutputLike, minB: OutputLike, maxB: OutputLike, minFreezedOutput: OutputLike, maxFreezedOutput: OutputLike, options: QuantizedMatMulWithBiasAndDequantizeOptions): Output {
  return op1('QuantizedMatMulWithBiasAndDequantize', [a, b, bias, minA, maxA, minB, maxB, minFreezedOutput, maxFreezedOutput], options);
}

/** Options of {@link quantizedMatMulWithBiasAndRelu} (TensorFlow op `QuantizedMatMulWithBiasAndRelu`). */
export interface QuantizedMatMulWithBiasAndReluOptions extends InputOpOptions {
  /** `Toutput` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  toutput?: DType;
  /** `transpose_a` (bool). Default false. */
  transposeA?: boolean;
  /** `transpose_b` (bool). Default false. */
  transposeB?: boolean;
  /** `input_quant_mode` (string). One of "MIN_FIRST", "SCALED". Default "MIN_FIRST". */
  inputQuantMode?: string;
}

/**
 * TensorFlow op `QuantizedMatMulWithBiasAndRelu`; outputs: out (dtype Toutput), min_out (float32), max_out (float32).
 * T1: one of qint8, quint8, qint32, qint16, quint16.
 * T2: one of qint8, quint8, qint32, qint16, quint16.
 * @param a (dtype T1)
 * @param b (dtype T2)
 * @param bias (float32)
 * @param minA (float32)
 * @param maxA (float32)
 * @param minB (float32)
 * @param maxB (float32)
 */
export function quantizedMatMulWithBiasAndRelu(a: OutputLike, b: OutputLike, bias: OutputLike, minA: OutputLike, maxA: OutputLike, minB: OutputLike, maxB: OutputLike, options: QuantizedMatMulWithBiasAndReluOptions = {}): { out: Output; minOut: Output; maxOut: Output } {
  return opOutputs<{ out: Output; minOut: Output; maxOut: Output }>('QuantizedMatMulWithBiasAndRelu', [a, b, bias, minA, maxA, minB, maxB], options);
}

/** Options of {@link quantizedMatMulWithBiasAndReluAndRequantize} (TensorFlow op `QuantizedMatMulWithBiasAndReluAndRequantize`). */
export interface QuantizedMatMulWithBiasAndReluAndRequantizeOptions extends InputOpOptions {
  /** `Toutput` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'quint8'. */
  toutput?: DType;
  /** `transpose_a` (bool). Default false. */
  transposeA?: boolean;
  /** `transpose_b` (bool). Default false. */
  transposeB?: boolean;
  /** `input_quant_mode` (string). One of "MIN_FIRST", "SCALED". Default "MIN_FIRST". */
  inputQuantMode?: string;
}

/**
 * TensorFlow op `QuantizedMatMulWithBiasAndReluAndRequantize`; outputs: out (dtype Toutput), min_out (float32), max_out (float32).
 * T1: one of qint8, quint8, qint32, qint16, quint16.
 * T2: one of qint8, quint8, qint32, qint16, quint16.
 * Tbias: one of float32, qint32.
 * @param a (dtype T1)
 * @param b (dtype T2)
 * @param bias (dtype Tbias)
 * @param minA (float32)
 * @param maxA (float32)
 * @param minB (float32)
 * @param maxB (float32)
 * @param minFreezedOutput (float32)
 * @param maxFreezedOutput (float32)
 */
export function quantizedMatMulWithBiasAndReluAndRequantize(a: OutputLike, b: OutputLike, bias: OutputLike, minA: OutputLike, maxA: OutputLike, minB: OutputLike, maxB: OutputLike, minFreezedOutput: OutputLike, maxFreezedOutput: OutputLike, options: QuantizedMatMulWithBiasAndReluAndRequantizeOptions = {}): { out: Output; minOut: Output; maxOut: Output } {
  return opOutputs<{ out: Output; minOut: Output; maxOut: Output }>('QuantizedMatMulWithBiasAndReluAndRequantize', [a, b, bias, minA, maxA, minB, maxB, minFreezedOutput, maxFreezedOutput], options);
}

/** Options of {@link quantizedMatMulWithBiasAndRequantize} (TensorFlow op `QuantizedMatMulWithBiasAndRequantize`). */
export interface QuantizedMatMulWithBiasAndRequantizeOptions extends InputOpOptions {
  /** `Toutput` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'quint8'. */
  toutput?: DType;
  /** `transpose_a` (bool). Default false. */
  transposeA?: boolean;
  /** `transpose_b` (bool). Default false. */
  transposeB?: boolean;
  /** `input_quant_mode` (string). One of "MIN_FIRST", "SCALED". Default "MIN_FIRST". */
  inputQuantMode?: string;
}

/**
 * TensorFlow op `QuantizedMatMulWithBiasAndRequantize`; outputs: out (dtype Toutput), min_out (float32), max_out (float32).
 * T1: one of qint8, quint8, qint32, qint16, quint16.
 * T2: one of qint8, quint8, qint32, qint16, quint16.
 * Tbias: one of float32, qint32.
 * @param a (dtype T1)
 * @param b (dtype T2)
 * @param bias (dtype Tbias)
 * @param minA (float32)
 * @param maxA (float32)
 * @param minB (float32)
 * @param maxB (float32)
 * @param minFreezedOutput (float32)
 * @param maxFreezedOutput (float32)
 */
export function quantizedMatMulWithBiasAndRequantize(a: OutputLike, b: OutputLike, bias: OutputLike, minA: OutputLike, maxA: OutputLike, minB: OutputLike, maxB: OutputLike, minFreezedOutput: OutputLike, maxFreezedOutput: OutputLike, options: QuantizedMatMulWithBiasAndRequantizeOptions = {}): { out: Output; minOut: Output; maxOut: Output } {
  return opOutputs<{ out: Output; minOut: Output; maxOut: Output }>('QuantizedMatMulWithBiasAndRequantize', [a, b, bias, minA, maxA, minB, maxB, minFreezedOutput, maxFreezedOutput], options);
}

/** Options of {@link quantizedMaxPool} (TensorFlow op `QuantizedMaxPool`). */
export interface QuantizedMaxPoolOptions extends InputOpOptions {
  /** `ksize` (list(int)). */
  ksize: number[];
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
}

/**
 * TensorFlow op `QuantizedMaxPool`; outputs: output (dtype T), min_output (float32), max_output (float32).
 * T: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype T)
 * @param minInput (float32)
 * @param maxInput (float32)
 */
export function quantizedMaxPool(input: OutputLike, minInput: OutputLike, maxInput: OutputLike, options: QuantizedMaxPoolOptions): { output: Output; minOutput: Output; maxOutput: Output } {
  return opOutputs<{ output: Output; minOutput: Output; maxOutput: Output }>('QuantizedMaxPool', [input, minInput, maxInput], options);
}

/** Options of {@link quantizedMul} (TensorFlow op `QuantizedMul`). */
export interface QuantizedMulOptions extends InputOpOptions {
  /** `Toutput` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'qint32'. */
  toutput?: DType;
}

/**
 * TensorFlow op `QuantizedMul`; outputs: z (dtype Toutput), min_z (float32), max_z (float32).
 * T1: one of qint8, quint8, qint32, qint16, quint16.
 * T2: one of qint8, quint8, qint32, qint16, quint16.
 * @param x (dtype T1)
 * @param y (dtype T2)
 * @param minX (float32)
 * @param maxX (float32)
 * @param minY (float32)
 * @param maxY (float32)
 */
export function quantizedMul(x: OutputLike, y: OutputLike, minX: OutputLike, maxX: OutputLike, minY: OutputLike, maxY: OutputLike, options: QuantizedMulOptions = {}): { z: Output; minZ: Output; maxZ: Output } {
  return opOutputs<{ z: Output; minZ: Output; maxZ: Output }>('QuantizedMul', [x, y, minX, maxX, minY, maxY], options);
}

/** Options of {@link quantizedRelu} (TensorFlow op `QuantizedRelu`). */
export interface QuantizedReluOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'quint8'. */
  outType?: DType;
}

/**
 * TensorFlow op `QuantizedRelu`; outputs: activations (dtype out_type), min_activations (float32), max_activations (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * @param features (dtype Tinput)
 * @param minFeatures (float32)
 * @param maxFeatures (float32)
 */
export function quantizedRelu(features: OutputLike, minFeatures: OutputLike, maxFeatures: OutputLike, options: QuantizedReluOptions = {}): { activations: Output; minActivations: Output; maxActivations: Output } {
  return opOutputs<{ activations: Output; minActivations: Output; maxActivations: Output }>('QuantizedRelu', [features, minFeatures, maxFeatures], options);
}

/** Options of {@link quantizedRelu6} (TensorFlow op `QuantizedRelu6`). */
export interface QuantizedRelu6Options extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'quint8'. */
  outType?: DType;
}

/**
 * TensorFlow op `QuantizedRelu6`; outputs: activations (dtype out_type), min_activations (float32), max_activations (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * @param features (dtype Tinput)
 * @param minFeatures (float32)
 * @param maxFeatures (float32)
 */
export function quantizedRelu6(features: OutputLike, minFeatures: OutputLike, maxFeatures: OutputLike, options: QuantizedRelu6Options = {}): { activations: Output; minActivations: Output; maxActivations: Output } {
  return opOutputs<{ activations: Output; minActivations: Output; maxActivations: Output }>('QuantizedRelu6', [features, minFeatures, maxFeatures], options);
}

/** Options of {@link quantizedReluX} (TensorFlow op `QuantizedReluX`). */
export interface QuantizedReluXOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'quint8'. */
  outType?: DType;
}

/**
 * TensorFlow op `QuantizedReluX`; outputs: activations (dtype out_type), min_activations (float32), max_activations (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * @param features (dtype Tinput)
 * @param maxValue (float32)
 * @param minFeatures (float32)
 * @param maxFeatures (float32)
 */
export function quantizedReluX(features: OutputLike, maxValue: OutputLike, minFeatures: OutputLike, maxFeatures: OutputLike, options: QuantizedReluXOptions = {}): { activations: Output; minActivations: Output; maxActivations: Output } {
  return opOutputs<{ activations: Output; minActivations: Output; maxActivations: Output }>('QuantizedReluX', [features, maxValue, minFeatures, maxFeatures], options);
}

/**
 * TensorFlow op `QuantizedReshape`; outputs: output (dtype T), output_min (float32), output_max (float32).
 * Tshape: one of int32, int64.
 * @param tensor (dtype T)
 * @param shape (dtype Tshape)
 * @param inputMin (float32)
 * @param inputMax (float32)
 */
export function quantizedReshape(tensor: OutputLike, shape: OutputLike, inputMin: OutputLike, inputMax: OutputLike, options: InputOpOptions = {}): { output: Output; outputMin: Output; outputMax: Output } {
  return opOutputs<{ output: Output; outputMin: Output; outputMax: Output }>('QuantizedReshape', [tensor, shape, inputMin, inputMax], options);
}

/** Options of {@link quantizedResizeBilinear} (TensorFlow op `QuantizedResizeBilinear`). */
export interface QuantizedResizeBilinearOptions extends InputOpOptions {
  /** `align_corners` (bool). Default false. */
  alignCorners?: boolean;
  /** `half_pixel_centers` (bool). Default false. */
  halfPixelCenters?: boolean;
}

/**
 * TensorFlow op `QuantizedResizeBilinear`; outputs: resized_images (dtype T), out_min (float32), out_max (float32).
 * T: one of quint8, qint32, float32.
 * @param images (dtype T)
 * @param size (int32)
 * @param min (float32)
 * @param max (float32)
 */
export function quantizedResizeBilinear(images: OutputLike, size: OutputLike, min: OutputLike, max: OutputLike, options: QuantizedResizeBilinearOptions = {}): { resizedImages: Output; outMin: Output; outMax: Output } {
  return opOutputs<{ resizedImages: Output; outMin: Output; outMax: Output }>('QuantizedResizeBilinear', [images, size, min, max], options);
}

/**
 * TensorFlow op `RequantizationRange`; outputs: output_min (float32), output_max (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param inputMin (float32)
 * @param inputMax (float32)
 */
export function requantizationRange(input: OutputLike, inputMin: OutputLike, inputMax: OutputLike, options: InputOpOptions = {}): { outputMin: Output; outputMax: Output } {
  return opOutputs<{ outputMin: Output; outputMax: Output }>('RequantizationRange', [input, inputMin, inputMax], options);
}

/** Options of {@link requantizationRangePerChannel} (TensorFlow op `RequantizationRangePerChannel`). */
export interface RequantizationRangePerChannelOptions extends InputOpOptions {
  /** `clip_value_max` (float). */
  clipValueMax: number;
}

/**
 * TensorFlow op `RequantizationRangePerChannel`; outputs: output_min (float32), output_max (float32).
 * T: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype T)
 * @param inputMin (float32)
 * @param inputMax (float32)
 */
export function requantizationRangePerChannel(input: OutputLike, inputMin: OutputLike, inputMax: OutputLike, options: RequantizationRangePerChannelOptions): { outputMin: Output; outputMax: Output } {
  return opOutputs<{ outputMin: Output; outputMax: Output }>('RequantizationRangePerChannel', [input, inputMin, inputMax], options);
}

/** Options of {@link requantize} (TensorFlow op `Requantize`). */
export interface RequantizeOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. */
  outType: DType;
}

/**
 * TensorFlow op `Requantize`; outputs: output (dtype out_type), output_min (float32), output_max (float32).
 * Tinput: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype Tinput)
 * @param inputMin (float32)
 * @param inputMax (float32)
 * @param requestedOutputMin (float32)
 * @param requestedOutputMax (float32)
 */
export function requantize(input: OutputLike, inputMin: OutputLike, inputMax: OutputLike, requestedOutputMin: OutputLike, requestedOutputMax: OutputLike, options: RequantizeOptions): { output: Output; outputMin: Output; outputMax: Output } {
  return opOutputs<{ output: Output; outputMin: Output; outputMax: Output }>('Requantize', [input, inputMin, inputMax, requestedOutputMin, requestedOutputMax], options);
}

/** Options of {@link requantizePerChannel} (TensorFlow op `RequantizePerChannel`). */
export interface RequantizePerChannelOptions extends InputOpOptions {
  /** `out_type` (type). One of qint8, quint8, qint32, qint16, quint16. Default 'quint8'. */
  outType?: DType;
}

/**
 * TensorFlow op `RequantizePerChannel`; outputs: output (dtype out_type), output_min (float32), output_max (float32).
 * T: one of qint8, quint8, qint32, qint16, quint16.
 * @param input (dtype T)
 * @param inputMin (float32)
 * @param inputMax (float32)
 * @param requestedOutputMin (float32)
 * @param requestedOutputMax (float32)
 */
export function requantizePerChannel(input: OutputLike, inputMin: OutputLike, inputMax: OutputLike, requestedOutputMin: OutputLike, requestedOutputMax: OutputLike, options: RequantizePerChannelOptions = {}): { output: Output; outputMin: Output; outputMax: Output } {
  return opOutputs<{ output: Output; outputMin: Output; outputMax: Output }>('RequantizePerChannel', [input, inputMin, inputMax, requestedOutputMin, requestedOutputMax], options);
}

/** Options of {@link uniformQuantize} (TensorFlow op `UniformQuantize`). */
export interface UniformQuantizeOptions extends InputOpOptions {
  /** `Tout` (type). One of qint8, quint8, qint32. */
  tout: DType;
  /** `quantization_axis` (int). Default -1. */
  quantizationAxis?: number;
  /** `quantization_min_val` (int). */
  quantizationMinVal: number;
  /** `quantization_max_val` (int). */
  quantizationMaxVal: number;
}

/**
 * TensorFlow op `UniformQuantize`; outputs: output (dtype Tout).
 * Tin: one of float32.
 * @param input (dtype Tin)
 * @param scales (float32)
 * @param zeroPoints (int32)
 */
export function uniformQuantize(input: OutputLike, scales: OutputLike, zeroPoints: OutputLike, options: UniformQuantizeOptions): Output {
  return op1('UniformQuantize', [input, scales, zeroPoints], options);
}

/** Options of {@link uniformQuantizedAdd} (TensorFlow op `UniformQuantizedAdd`). */
export interface UniformQuantizedAddOptions extends InputOpOptions {
  /** `lhs_quantization_axis` (int). Default -1. */
  lhsQuantizationAxis?: number;
  /** `lhs_quantization_min_val` (int). */
  lhsQuantizationMinVal: number;
  /** `lhs_quantization_max_val` (int). */
  lhsQuantizationMaxVal: number;
  /** `rhs_quantization_axis` (int). Default -1. */
  rhsQuantizationAxis?: number;
  /** `rhs_quantization_min_val` (int). */
  rhsQuantizationMinVal: number;
  /** `rhs_quantization_max_val` (int). */
  rhsQuantizationMaxVal: number;
  /** `output_quantization_axis` (int). Default -1. */
  outputQuantizationAxis?: number;
  /** `output_quantization_min_val` (int). */
  outputQuantizationMinVal: number;
  /** `output_quantization_max_val` (int). */
  outputQuantizationMaxVal: number;
}

/**
 * TensorFlow op `UniformQuantizedAdd`; outputs: output (dtype T).
 * T: one of qint32.
 * @param lhs (dtype T)
 * @param rhs (dtype T)
 * @param lhsScales (float32)
 * @param lhsZeroPoints (int32)
 * @param rhsScales (float32)
 * @param rhsZeroPoints (int32)
 * @param outputScales (float32)
 * @param outputZeroPoints (int32)
 */
export function uniformQuantizedAdd(lhs: OutputLike, rhs: OutputLike, lhsScales: OutputLike, lhsZeroPoints: OutputLike, rhsScales: OutputLike, rhsZeroPoints: OutputLike, outputScales: OutputLike, outputZeroPoints: OutputLike, options: UniformQuantizedAddOptions): Output {
  return op1('UniformQuantizedAdd', [lhs, rhs, lhsScales, lhsZeroPoints, rhsScales, rhsZeroPoints, outputScales, outputZeroPoints], options);
}

/** Options of {@link uniformQuantizedClipByValue} (TensorFlow op `UniformQuantizedClipByValue`). */
export interface UniformQuantizedClipByValueOptions extends InputOpOptions {
  /** `quantization_axis` (int). Default -1. */
  quantizationAxis?: number;
  /** `quantization_min_val` (int). */
  quantizationMinVal: number;
  /** `quantization_max_val` (int). */
  quantizationMaxVal: number;
}

/**
 * TensorFlow op `UniformQuantizedClipByValue`; outputs: output (dtype T).
 * T: one of qint32.
 * @param operand (dtype T)
 * @param min (dtype T)
 * @param max (dtype T)
 * @param scales (float32)
 * @param zeroPoints (int32)
 */
export function uniformQuantizedClipByValue(operand: OutputLike, min: OutputLike, max: OutputLike, scales: OutputLike, zeroPoints: OutputLike, options: UniformQuantizedClipByValueOptions): Output {
  return op1('UniformQuantizedClipByValue', [operand, min, max, scales, zeroPoints], options);
}

/** Options of {@link uniformQuantizedConvolution} (TensorFlow op `UniformQuantizedConvolution`). */
export interface UniformQuantizedConvolutionOptions extends InputOpOptions {
  /** `Tout` (type). One of qint32. */
  tout: DType;
  /** `window_strides` (list(int)). Default []. */
  windowStrides?: number[];
  /** `padding` (string). */
  padding: string;
  /** `explicit_padding` (list(int)). Default []. */
  explicitPadding?: number[];
  /** `lhs_dilation` (list(int)). Default []. */
  lhsDilation?: number[];
  /** `rhs_dilation` (list(int)). Default []. */
  rhsDilation?: number[];
  /** `batch_group_count` (int). Default 1. */
  batchGroupCount?: number;
  /** `feature_group_count` (int). Default 1. */
  featureGroupCount?: number;
  /** `dimension_numbers` (string). Default "". */
  dimensionNumbers?: string;
  /** `lhs_quantization_axis` (int). Default -1. */
  lhsQuantizationAxis?: number;
  /** `lhs_quantization_min_val` (int). */
  lhsQuantizationMinVal: number;
  /** `lhs_quantization_max_val` (int). */
  lhsQuantizationMaxVal: number;
  /** `rhs_quantization_axis` (int). Default -1. */
  rhsQuantizationAxis?: number;
  /** `rhs_quantization_min_val` (int). */
  rhsQuantizationMinVal: number;
  /** `rhs_quantization_max_val` (int). */
  rhsQuantizationMaxVal: number;
  /** `output_quantization_axis` (int). Default -1. */
  outputQuantizationAxis?: number;
  /** `output_quantization_min_val` (int). */
  outputQuantizationMinVal: number;
  /** `output_quantization_max_val` (int). */
  outputQuantizationMaxVal: number;
}

/**
 * TensorFlow op `UniformQuantizedConvolution`; outputs: output (dtype Tout).
 * Tin: one of qint8.
 * @param lhs (dtype Tin)
 * @param rhs (dtype Tin)
 * @param lhsScales (float32)
 * @param lhsZeroPoints (int32)
 * @param rhsScales (float32)
 * @param rhsZeroPoints (int32)
 * @param outputScales (float32)
 * @param outputZeroPoints (int32)
 */
export function uniformQuantizedConvolution(lhs: OutputLike, rhs: OutputLike, lhsScales: OutputLike, lhsZeroPoints: OutputLike, rhsScales: OutputLike, rhsZeroPoints: OutputLike, outputScales: OutputLike, outputZeroPoints: OutputLike, options: UniformQuantizedConvolutionOptions): Output {
  return op1('UniformQuantizedConvolution', [lhs, rhs, lhsScales, lhsZeroPoints, rhsScales, rhsZeroPoints, outputScales, outputZeroPoints], options);
}

/** Options of {@link uniformQuantizedConvolutionHybrid} (TensorFlow op `UniformQuantizedConvolutionHybrid`). */
export interface UniformQuantizedConvolutionHybridOptions extends InputOpOptions {
  /** `Tout` (type). One of float32. */
  tout: DType;
  /** `window_strides` (list(int)). Default []. */
  windowStrides?: number[];
  /** `padding` (string). */
  padding: string;
  /** `explicit_padding` (list(int)). Default []. */
  explicitPadding?: number[];
  /** `lhs_dilation` (list(int)). Default []. */
  lhsDilation?: number[];
  /** `rhs_dilation` (list(int)). Default []. */
  rhsDilation?: number[];
  /** `batch_group_count` (int). Default 1. */
  batchGroupCount?: number;
  /** `feature_group_count` (int). Default 1. */
  featureGroupCount?: number;
  /** `dimension_numbers` (string). Default "". */
  dimensionNumbers?: string;
  /** `rhs_quantization_axis` (int). Default -1. */
  rhsQuantizationAxis?: number;
  /** `rhs_quantization_min_val` (int). */
  rhsQuantizationMinVal: number;
  /** `rhs_quantization_max_val` (int). */
  rhsQuantizationMaxVal: number;
}

/**
 * TensorFlow op `UniformQuantizedConvolutionHybrid`; outputs: output (dtype Tout).
 * Tlhs: one of float32.
 * Trhs: one of qint8.
 * @param lhs (dtype Tlhs)
 * @param rhs (dtype Trhs)
 * @param rhsScales (float32)
 * @param rhsZeroPoints (int32)
 */
export function uniformQuantizedConvolutionHybrid(lhs: OutputLike, rhs: OutputLike, rhsScales: OutputLike, rhsZeroPoints: OutputLike, options: UniformQuantizedConvolutionHybridOptions): Output {
  return op1('UniformQuantizedConvolutionHybrid', [lhs, rhs, rhsScales, rhsZeroPoints], options);
}

/** Options of {@link uniformQuantizedDot} (TensorFlow op `UniformQuantizedDot`). */
export interface UniformQuantizedDotOptions extends InputOpOptions {
  /** `Tout` (type). One of qint32. */
  tout: DType;
  /** `lhs_quantization_axis` (int). Default -1. */
  lhsQuantizationAxis?: number;
  /** `lhs_quantization_min_val` (int). */
  lhsQuantizationMinVal: number;
  /** `lhs_quantization_max_val` (int). */
  lhsQuantizationMaxVal: number;
  /** `rhs_quantization_axis` (int). Default -1. */
  rhsQuantizationAxis?: number;
  /** `rhs_quantization_min_val` (int). */
  rhsQuantizationMinVal: number;
  /** `rhs_quantization_max_val` (int). */
  rhsQuantizationMaxVal: number;
  /** `output_quantization_axis` (int). Default -1. */
  outputQuantizationAxis?: number;
  /** `output_quantization_min_val` (int). */
  outputQuantizationMinVal: number;
  /** `output_quantization_max_val` (int). */
  outputQuantizationMaxVal: number;
}

/**
 * TensorFlow op `UniformQuantizedDot`; outputs: output (dtype Tout).
 * Tin: one of qint8.
 * @param lhs (dtype Tin)
 * @param rhs (dtype Tin)
 * @param lhsScales (float32)
 * @param lhsZeroPoints (int32)
 * @param rhsScales (float32)
 * @param rhsZeroPoints (int32)
 * @param outputScales (float32)
 * @param outputZeroPoints (int32)
 */
export function uniformQuantizedDot(lhs: OutputLike, rhs: OutputLike, lhsScales: OutputLike, lhsZeroPoints: OutputLike, rhsScales: OutputLike, rhsZeroPoints: OutputLike, outputScales: OutputLike, outputZeroPoints: OutputLike, options: UniformQuantizedDotOptions): Output {
  return op1('UniformQuantizedDot', [lhs, rhs, lhsScales, lhsZeroPoints, rhsScales, rhsZeroPoints, outputScales, outputZeroPoints], options);
}

/** Options of {@link uniformQuantizedDotHybrid} (TensorFlow op `UniformQuantizedDotHybrid`). */
export interface UniformQuantizedDotHybridOptions extends InputOpOptions {
  /** `Tout` (type). One of float32. */
  tout: DType;
  /** `rhs_quantization_axis` (int). Default -1. */
  rhsQuantizationAxis?: number;
  /** `rhs_quantization_min_val` (int). */
  rhsQuantizationMinVal: number;
  /** `rhs_quantization_max_val` (int). */
  rhsQuantizationMaxVal: number;
}

/**
 * TensorFlow op `UniformQuantizedDotHybrid`; outputs: output (dtype Tout).
 * Tlhs: one of float32.
 * Trhs: one of qint8.
 * @param lhs (dtype Tlhs)
 * @param rhs (dtype Trhs)
 * @param rhsScales (float32)
 * @param rhsZeroPoints (int32)
 */
export function uniformQuantizedDotHybrid(lhs: OutputLike, rhs: OutputLike, rhsScales: OutputLike, rhsZeroPoints: OutputLike, options: UniformQuantizedDotHybridOptions): Output {
  return op1('UniformQuantizedDotHybrid', [lhs, rhs, rhsScales, rhsZeroPoints], options);
}
