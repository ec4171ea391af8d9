// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Output } from '../../core';
import { op1, opOutputs } from '../builder';
import type { InputOpOptions, OutputLike } from '../builder';

/** Options of {@link avgPool} (TensorFlow op `AvgPool`). */
export interface AvgPoolOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 4 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 4 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `AvgPool`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param value (dtype T)
 */
export function avgPool(value: OutputLike, options: AvgPoolOptions): Output {
  return op1('AvgPool', [value], options);
}

/** Options of {@link avgPool3d} (TensorFlow op `AvgPool3D`). */
export interface AvgPool3dOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 5 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 5 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NDHWC", "NCDHW". Default "NDHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `AvgPool3D`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param input (dtype T)
 */
export function avgPool3d(input: OutputLike, options: AvgPool3dOptions): Output {
  return op1('AvgPool3D', [input], options);
}

/** Options of {@link avgPool3dGrad} (TensorFlow op `AvgPool3DGrad`). */
export interface AvgPool3dGradOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 5 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 5 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NDHWC", "NCDHW". Default "NDHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `AvgPool3DGrad`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param origInputShape (int32)
 * @param grad (dtype T)
 */
export function avgPool3dGrad(origInputShape: OutputLike, grad: OutputLike, options: AvgPool3dGradOptions): Output {
  return op1('AvgPool3DGrad', [origInputShape, grad], options);
}

/** Options of {@link avgPoolGrad} (TensorFlow op `AvgPoolGrad`). */
export interface AvgPoolGradOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 4 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 4 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `AvgPoolGrad`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param origInputShape (int32)
 * @param grad (dtype T)
 */
export function avgPoolGrad(origInputShape: OutputLike, grad: OutputLike, options: AvgPoolGradOptions): Output {
  return op1('AvgPoolGrad', [origInputShape, grad], options);
}

/** Options of {@link biasAdd} (TensorFlow op `BiasAdd`). */
export interface BiasAddOptions extends InputOpOptions {
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `BiasAdd`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param value (dtype T)
 * @param bias (dtype T)
 */
export function biasAdd(value: OutputLike, bias: OutputLike, options: BiasAddOptions = {}): Output {
  return op1('BiasAdd', [value, bias], options);
}

/** Options of {@link biasAddGrad} (TensorFlow op `BiasAddGrad`). */
export interface BiasAddGradOptions extends InputOpOptions {
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `BiasAddGrad`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param outBackprop (dtype T)
 */
export function biasAddGrad(outBackprop: OutputLike, options: BiasAddGradOptions = {}): Output {
  return op1('BiasAddGrad', [outBackprop], options);
}

/**
 * TensorFlow op `BiasAddV1`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param value (dtype T)
 * @param bias (dtype T)
 */
export function biasAddV1(value: OutputLike, bias: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BiasAddV1', [value, bias], options);
}

/** Options of {@link ctcBeamSearchDecoder} (TensorFlow op `CTCBeamSearchDecoder`). */
export interface CtcBeamSearchDecoderOptions extends InputOpOptions {
  /** `beam_width` (int). Minimum 1. */
  beamWidth: number;
  /** `top_paths` (int). Minimum 1. */
  topPaths: number;
  /** `merge_repeated` (bool). Default true. */
  mergeRepeated?: boolean;
}

/**
 * TensorFlow op `CTCBeamSearchDecoder`; outputs: decoded_indices (list of top_paths, int64), decoded_values (list of top_paths, int64), decoded_shape (list of top_paths, int64), log_probability (dtype T).
 * T: one of float32, float64.
 * @param inputs (dtype T)
 * @param sequenceLength (int32)
 */
export function ctcBeamSearchDecoder(inputs: OutputLike, sequenceLength: OutputLike, options: CtcBeamSearchDecoderOptions): { decodedIndices: Output[]; decodedValues: Output[]; decodedShape: Output[]; logProbability: Output } {
  return opOutputs<{ decodedIndices: Output[]; decodedValues: Output[]; decodedShape: Output[]; logProbability: Output }>('CTCBeamSearchDecoder', [inputs, sequenceLength], options);
}

/** Options of {@link ctcGreedyDecoder} (TensorFlow op `CTCGreedyDecoder`). */
export interface CtcGreedyDecoderOptions extends InputOpOptions {
  /** `merge_repeated` (bool). Default false. */
  mergeRepeated?: boolean;
  /** `blank_index` (int). Default -1. */
  blankIndex?: number;
}

/**
 * TensorFlow op `CTCGreedyDecoder`; outputs: decoded_indices (int64), decoded_values (int64), decoded_shape (int64), log_probability (dtype T).
 * T: one of float32, float64.
 * @param inputs (dtype T)
 * @param sequenceLength (int32)
 */
export function ctcGreedyDecoder(inputs: OutputLike, sequenceLength: OutputLike, options: CtcGreedyDecoderOptions = {}): { decodedIndices: Output; decodedValues: Output; decodedShape: Output; logProbability: Output } {
  return opOutputs<{ decodedIndices: Output; decodedValues: Output; decodedShape: Output; logProbability: Output }>('CTCGreedyDecoder', [inputs, sequenceLength], options);
}

/** Options of {@link ctcLoss} (TensorFlow op `CTCLoss`). */
export interface CtcLossOptions extends InputOpOptions {
  /** `preprocess_collapse_repeated` (bool). Default false. */
  preprocessCollapseRepeated?: boolean;
  /** `ctc_merge_repeated` (bool). Default true. */
  ctcMergeRepeated?: boolean;
  /** `ignore_longer_outputs_than_inputs` (bool). Default false. */
  ignoreLongerOutputsThanInputs?: boolean;
}

/**
 * TensorFlow op `CTCLoss`; outputs: loss (dtype T), gradient (dtype T).
 * T: one of float32, float64.
 * @param inputs (dtype T)
 * @param labelsIndices (int64)
 * @param labelsValues (int32)
 * @param sequenceLength (int32)
 */
export function ctcLoss(inputs: OutputLike, labelsIndices: OutputLike, labelsValues: OutputLike, sequenceLength: OutputLike, options: CtcLossOptions = {}): { loss: Output; gradient: Output } {
  return opOutputs<{ loss: Output; gradient: Output }>('CTCLoss', [inputs, labelsIndices, labelsValues, sequenceLength], options);
}

/** Options of {@link ctcLossV2} (TensorFlow op `CTCLossV2`). */
export interface CtcLossV2Options extends InputOpOptions {
  /** `preprocess_collapse_repeated` (bool). Default false. */
  preprocessCollapseRepeated?: boolean;
  /** `ctc_merge_repeated` (bool). Default true. */
  ctcMergeRepeated?: boolean;
  /** `ignore_longer_outputs_than_inputs` (bool). Default false. */
  ignoreLongerOutputsThanInputs?: boolean;
}

/**
 * TensorFlow op `CTCLossV2`; outputs: loss (float32), gradient (float32).
 * @param inputs (float32)
 * @param labelsIndices (int64)
 * @param labelsValues (int32)
 * @param sequenceLength (int32)
 */
export function ctcLossV2(inputs: OutputLike, labelsIndices: OutputLike, labelsValues: OutputLike, sequenceLength: OutputLike, options: CtcLossV2Options = {}): { loss: Output; gradient: Output } {
  return opOutputs<{ loss: Output; gradient: Output }>('CTCLossV2', [inputs, labelsIndices, labelsValues, sequenceLength], options);
}

/** Options of {@link conv2d} (TensorFlow op `Conv2D`). */
export interface Conv2dOptions extends InputOpOptions {
  /** `strides` (list(int)). */
  strides: number[];
  /** `use_cudnn_on_gpu` (bool). Default true. */
  useCudnnOnGpu?: boolean;
  /** `padding` (string). One of "SAME", "VALID", "EXPLICIT". */
  padding: string;
  /** `explicit_paddings` (list(int)). Default []. */
  explicitPaddings?: number[];
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `Conv2D`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64, int32.
 * @param input (dtype T)
 * @param filter (dtype T)
 */
export function conv2d(input: OutputLike, filter: OutputLike, options: Conv2dOptions): Output {
  return op1('Conv2D', [input, filter], options);
}

/** Options of {@link conv2dBackpropFilter} (TensorFlow op `Conv2DBackpropFilter`). */
export interface Conv2dBackpropFilterOptions extends InputOpOptions {
  /** `strides` (list(int)). */
  strides: number[];
  /** `use_cudnn_on_gpu` (bool). Default true. */
  useCudnnOnGpu?: boolean;
  /** `padding` (string). One of "SAME", "VALID", "EXPLICIT". */
  padding: string;
  /** `explicit_paddings` (list(int)). Default []. */
  explicitPaddings?: number[];
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `Conv2DBackpropFilter`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param input (dtype T)
 * @param filterSizes (int32)
 * @param outBackprop (dtype T)
 */
export function conv2dBackpropFilter(input: OutputLike, filterSizes: OutputLike, outBackprop: OutputLike, options: Conv2dBackpropFilterOptions): Output {
  return op1('Conv2DBackpropFilter', [input, filterSizes, outBackprop], options);
}

/** Options of {@link conv2dBackpropFilterV2} (TensorFlow op `Conv2DBackpropFilterV2`). */
export interface Conv2dBackpropFilterV2Options extends InputOpOptions {
  /** `strides` (list(int)). */
  strides: number[];
  /** `use_cudnn_on_gpu` (bool). Default true. */
  useCudnnOnGpu?: boolean;
  /** `padding` (string). One of "SAME", "VALID", "EXPLICIT". */
  padding: string;
  /** `explicit_paddings` (list(int)). Default []. */
  explicitPaddings?: number[];
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `Conv2DBackpropFilterV2`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param input (dtype T)
 * @param filter (dtype T)
 * @param outBackprop (dtype T)
 */
export function conv2dBackpropFilterV2(input: OutputLike, filter: OutputLike, outBackprop: OutputLike, options: Conv2dBackpropFilterV2Options): Output {
  return op1('Conv2DBackpropFilterV2', [input, filter, outBackprop], options);
}

/** Options of {@link conv2dBackpropInput} (TensorFlow op `Conv2DBackpropInput`). */
export interface Conv2dBackpropInputOptions extends InputOpOptions {
  /** `strides` (list(int)). */
  strides: number[];
  /** `use_cudnn_on_gpu` (bool). Default true. */
  useCudnnOnGpu?: boolean;
  /** `padding` (string). One of "SAME", "VALID", "EXPLICIT". */
  padding: string;
  /** `explicit_paddings` (list(int)). Default []. */
  explicitPaddings?: number[];
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `Conv2DBackpropInput`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64, int32.
 * @param inputSizes (int32)
 * @param filter (dtype T)
 * @param outBackprop (dtype T)
 */
export function conv2dBackpropInput(inputSizes: OutputLike, filter: OutputLike, outBackprop: OutputLike, options: Conv2dBackpropInputOptions): Output {
  return op1('Conv2DBackpropInput', [inputSizes, filter, outBackprop], options);
}

/** Options of {@link conv2dBackpropInputV2} (TensorFlow op `Conv2DBackpropInputV2`). */
export interface Conv2dBackpropInputV2Options extends InputOpOptions {
  /** `strides` (list(int)). */
  strides: number[];
  /** `use_cudnn_on_gpu` (bool). Default true. */
  useCudnnOnGpu?: boolean;
  /** `padding` (string). One of "SAME", "VALID", "EXPLICIT". */
  padding: string;
  /** `explicit_paddings` (list(int)). Default []. */
  explicitPaddings?: number[];
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `Conv2DBackpropInputV2`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64, int32.
 * @param input (dtype T)
 * @param filter (dtype T)
 * @param outBackprop (dtype T)
 */
export function conv2dBackpropInputV2(input: OutputLike, filter: OutputLike, outBackprop: OutputLike, options: Conv2dBackpropInputV2Options): Output {
  return op1('Conv2DBackpropInputV2', [input, filter, outBackprop], options);
}

/** Options of {@link conv3d} (TensorFlow op `Conv3D`). */
export interface Conv3dOptions extends InputOpOptions {
  /** `strides` (list(int)). At least 5 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NDHWC", "NCDHW". Default "NDHWC". */
  dataFormat?: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `Conv3D`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param input (dtype T)
 * @param filter (dtype T)
 */
export function conv3d(input: OutputLike, filter: OutputLike, options: Conv3dOptions): Output {
  return op1('Conv3D', [input, filter], options);
}

/** Options of {@link conv3dBackpropFilterV2} (TensorFlow op `Conv3DBackpropFilterV2`). */
export interface Conv3dBackpropFilterV2Options extends InputOpOptions {
  /** `strides` (list(int)). At least 5 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NDHWC", "NCDHW". Default "NDHWC". */
  dataFormat?: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `Conv3DBackpropFilterV2`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param input (dtype T)
 * @param filterSizes (int32)
 * @param outBackprop (dtype T)
 */
export function conv3dBackpropFilterV2(input: OutputLike, filterSizes: OutputLike, outBackprop: OutputLike, options: Conv3dBackpropFilterV2Options): Output {
  return op1('Conv3DBackpropFilterV2', [input, filterSizes, outBackprop], options);
}

/** Options of {@link conv3dBackpropInputV2} (TensorFlow op `Conv3DBackpropInputV2`). */
export interface Conv3dBackpropInputV2Options extends InputOpOptions {
  /** `strides` (list(int)). At least 5 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NDHWC", "NCDHW". Default "NDHWC". */
  dataFormat?: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `Conv3DBackpropInputV2`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * Tshape: one of int32, int64.
 * @param inputSizes (dtype Tshape)
 * @param filter (dtype T)
 * @param outBackprop (dtype T)
 */
export function conv3dBackpropInputV2(inputSizes: OutputLike, filter: OutputLike, outBackprop: OutputLike, options: Conv3dBackpropInputV2Options): Output {
  return op1('Conv3DBackpropInputV2', [inputSizes, filter, outBackprop], options);
}

/** Options of {@link dataFormatDimMap} (TensorFlow op `DataFormatDimMap`). */
export interface DataFormatDimMapOptions extends InputOpOptions {
  /** `src_format` (string). Default "NHWC". */
  srcFormat?: string;
  /** `dst_format` (string). Default "NCHW". */
  dstFormat?: string;
}

/**
 * TensorFlow op `DataFormatDimMap`; outputs: y (dtype T).
 * T: one of int32, int64.
 * @param x (dtype T)
 */
export function dataFormatDimMap(x: OutputLike, options: DataFormatDimMapOptions = {}): Output {
  return op1('DataFormatDimMap', [x], options);
}

/** Options of {@link dataFormatVecPermute} (TensorFlow op `DataFormatVecPermute`). */
export interface DataFormatVecPermuteOptions extends InputOpOptions {
  /** `src_format` (string). Default "NHWC". */
  srcFormat?: string;
  /** `dst_format` (string). Default "NCHW". */
  dstFormat?: string;
}

/**
 * TensorFlow op `DataFormatVecPermute`; outputs: y (dtype T).
 * T: one of int32, int64.
 * @param x (dtype T)
 */
export function dataFormatVecPermute(x: OutputLike, options: DataFormatVecPermuteOptions = {}): Output {
  return op1('DataFormatVecPermute', [x], options);
}

/** Options of {@link depthwiseConv2dNative} (TensorFlow op `DepthwiseConv2dNative`). */
export interface DepthwiseConv2dNativeOptions extends InputOpOptions {
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID", "EXPLICIT". */
  padding: string;
  /** `explicit_paddings` (list(int)). Default []. */
  explicitPaddings?: number[];
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `DepthwiseConv2dNative`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param input (dtype T)
 * @param filter (dtype T)
 */
export function depthwiseConv2dNative(input: OutputLike, filter: OutputLike, options: DepthwiseConv2dNativeOptions): Output {
  return op1('DepthwiseConv2dNative', [input, filter], options);
}

/** Options of {@link depthwiseConv2dNativeBackpropFilter} (TensorFlow op `DepthwiseConv2dNativeBackpropFilter`). */
export interface DepthwiseConv2dNativeBackpropFilterOptions extends InputOpOptions {
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID", "EXPLICIT". */
  padding: string;
  /** `explicit_paddings` (list(int)). Default []. */
  explicitPaddings?: number[];
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `DepthwiseConv2dNativeBackpropFilter`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param input (dtype T)
 * @param filterSizes (int32)
 * @param outBackprop (dtype T)
 */
export function depthwiseConv2dNativeBackpropFilter(input: OutputLike, filterSizes: OutputLike, outBackprop: OutputLike, options: DepthwiseConv2dNativeBackpropFilterOptions): Output {
  return op1('DepthwiseConv2dNativeBackpropFilter', [input, filterSizes, outBackprop], options);
}

/** Options of {@link depthwiseConv2dNativeBackpropInput} (TensorFlow op `DepthwiseConv2dNativeBackpropInput`). */
export interface DepthwiseConv2dNativeBackpropInputOptions extends InputOpOptions {
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID", "EXPLICIT". */
  padding: string;
  /** `explicit_paddings` (list(int)). Default []. */
  explicitPaddings?: number[];
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
  /** `dilations` (list(int)). Default [1, 1, 1, 1]. */
  dilations?: number[];
}

/**
 * TensorFlow op `DepthwiseConv2dNativeBackpropInput`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param inputSizes (int32)
 * @param filter (dtype T)
 * @param outBackprop (dtype T)
 */
export function depthwiseConv2dNativeBackpropInput(inputSizes: OutputLike, filter: OutputLike, outBackprop: OutputLike, options: DepthwiseConv2dNativeBackpropInputOptions): Output {
  return op1('DepthwiseConv2dNativeBackpropInput', [inputSizes, filter, outBackprop], options);
}

/** Options of {@link dilation2d} (TensorFlow op `Dilation2D`). */
export interface Dilation2dOptions extends InputOpOptions {
  /** `strides` (list(int)). At least 4 item(s). */
  strides: number[];
  /** `rates` (list(int)). At least 4 item(s). */
  rates: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
}

/**
 * TensorFlow op `Dilation2D`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param input (dtype T)
 * @param filter (dtype T)
 */
export function dilation2d(input: OutputLike, filter: OutputLike, options: Dilation2dOptions): Output {
  return op1('Dilation2D', [input, filter], options);
}

/** Options of {@link dilation2dBackpropFilter} (TensorFlow op `Dilation2DBackpropFilter`). */
export interface Dilation2dBackpropFilterOptions extends InputOpOptions {
  /** `strides` (list(int)). At least 4 item(s). */
  strides: number[];
  /** `rates` (list(int)). At least 4 item(s). */
  rates: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
}

/**
 * TensorFlow op `Dilation2DBackpropFilter`; outputs: filter_backprop (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param input (dtype T)
 * @param filter (dtype T)
 * @param outBackprop (dtype T)
 */
export function dilation2dBackpropFilter(input: OutputLike, filter: OutputLike, outBackprop: OutputLike, options: Dilation2dBackpropFilterOptions): Output {
  return op1('Dilation2DBackpropFilter', [input, filter, outBackprop], options);
}

/** Options of {@link dilation2dBackpropInput} (TensorFlow op `Dilation2DBackpropInput`). */
export interface Dilation2dBackpropInputOptions extends InputOpOptions {
  /** `strides` (list(int)). At least 4 item(s). */
  strides: number[];
  /** `rates` (list(int)). At least 4 item(s). */
  rates: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
}

/**
 * TensorFlow op `Dilation2DBackpropInput`; outputs: in_backprop (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param input (dtype T)
 * @param filter (dtype T)
 * @param outBackprop (dtype T)
 */
export function dilation2dBackpropInput(input: OutputLike, filter: OutputLike, outBackprop: OutputLike, options: Dilation2dBackpropInputOptions): Output {
  return op1('Dilation2DBackpropInput', [input, filter, outBackprop], options);
}

/**
 * TensorFlow op `Elu`; outputs: activations (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param features (dtype T)
 */
export function elu(features: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Elu', [features], options);
}

/**
 * TensorFlow op `EluGrad`; outputs: backprops (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param gradients (dtype T)
 * @param outputs (dtype T)
 */
export function eluGrad(gradients: OutputLike, outputs: OutputLike, options: InputOpOptions = {}): Output {
  return op1('EluGrad', [gradients, outputs], options);
}

/** Options of {@link fractionalAvgPool} (TensorFlow op `FractionalAvgPool`). */
export interface FractionalAvgPoolOptions extends InputOpOptions {
  /** `pooling_ratio` (list(float)). At least 4 item(s). */
  poolingRatio: number[];
  /** `pseudo_random` (bool). Default false. */
  pseudoRandom?: boolean;
  /** `overlapping` (bool). Default false. */
  overlapping?: boolean;
  /** `deterministic` (bool). Default false. */
  deterministic?: boolean;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `FractionalAvgPool`; outputs: output (dtype T), row_pooling_sequence (int64), col_pooling_sequence (int64).
 * T: one of float32, float64, int32, int64.
 * @param value (dtype T)
 */
export function fractionalAvgPool(value: OutputLike, options: FractionalAvgPoolOptions): { output: Output; rowPoolingSequence: Output; colPoolingSequence: Output } {
  return opOutputs<{ output: Output; rowPoolingSequence: Output; colPoolingSequence: Output }>('FractionalAvgPool', [value], options);
}

/** Options of {@link fractionalAvgPoolGrad} (TensorFlow op `FractionalAvgPoolGrad`). */
export interface FractionalAvgPoolGradOptions extends InputOpOptions {
  /** `overlapping` (bool). Default false. */
  overlapping?: boolean;
}

/**
 * TensorFlow op `FractionalAvgPoolGrad`; outputs: output (dtype T).
 * T: one of float32, float64, int32, int64.
 * @param origInputTensorShape (int64)
 * @param outBackprop (dtype T)
 * @param rowPoolingSequence (int64)
 * @param colPoolingSequence (int64)
 */
export function fractionalAvgPoolGrad(origInputTensorShape: OutputLike, outBackprop: OutputLike, rowPoolingSequence: OutputLike, colPoolingSequence: OutputLike, options: FractionalAvgPoolGradOptions = {}): Output {
  return op1('FractionalAvgPoolGrad', [origInputTensorShape, outBackprop, rowPoolingSequence, colPoolingSequence], options);
}

/** Options of {@link fractionalMaxPool} (TensorFlow op `FractionalMaxPool`). */
export interface FractionalMaxPoolOptions extends InputOpOptions {
  /** `pooling_ratio` (list(float)). At least 4 item(s). */
  poolingRatio: number[];
  /** `pseudo_random` (bool). Default false. */
  pseudoRandom?: boolean;
  /** `overlapping` (bool). Default false. */
  overlapping?: boolean;
  /** `deterministic` (bool). Default false. */
  deterministic?: boolean;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `FractionalMaxPool`; outputs: output (dtype T), row_pooling_sequence (int64), col_pooling_sequence (int64).
 * T: one of float32, float64, int32, int64.
 * @param value (dtype T)
 */
export function fractionalMaxPool(value: OutputLike, options: FractionalMaxPoolOptions): { output: Output; rowPoolingSequence: Output; colPoolingSequence: Output } {
  return opOutputs<{ output: Output; rowPoolingSequence: Output; colPoolingSequence: Output }>('FractionalMaxPool', [value], options);
}

/** Options of {@link fractionalMaxPoolGrad} (TensorFlow op `FractionalMaxPoolGrad`). */
export interface FractionalMaxPoolGradOptions extends InputOpOptions {
  /** `overlapping` (bool). Default false. */
  overlapping?: boolean;
}

/**
 * TensorFlow op `FractionalMaxPoolGrad`; outputs: output (dtype T).
 * T: one of float32, float64, int32, int64.
 * @param origInput (dtype T)
 * @param origOutput (dtype T)
 * @param outBackprop (dtype T)
 * @param rowPoolingSequence (int64)
 * @param colPoolingSequence (int64)
 */
export function fractionalMaxPoolGrad(origInput: OutputLike, origOutput: OutputLike, outBackprop: OutputLike, rowPoolingSequence: OutputLike, colPoolingSequence: OutputLike, options: FractionalMaxPoolGradOptions = {}): Output {
  return op1('FractionalMaxPoolGrad', [origInput, origOutput, outBackprop, rowPoolingSequence, colPoolingSequence], options);
}

/** Options of {@link fusedBatchNorm} (TensorFlow op `FusedBatchNorm`). */
export interface FusedBatchNormOptions extends InputOpOptions {
  /** `epsilon` (float). Default 0.00009999999747378752. */
  epsilon?: number;
  /** `exponential_avg_factor` (float). Default 1. */
  exponentialAvgFactor?: number;
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
  /** `is_training` (bool). Default true. */
  isTraining?: boolean;
}

/**
 * TensorFlow op `FusedBatchNorm`; outputs: y (dtype T), batch_mean (dtype T), batch_variance (dtype T), reserve_space_1 (dtype T), reserve_space_2 (dtype T).
 * T: one of float32.
 * @param x (dtype T)
 * @param scale (dtype T)
 * @param offset (dtype T)
 * @param mean (dtype T)
 * @param variance (dtype T)
 */
export function fusedBatchNorm(x: OutputLike, scale: OutputLike, offset: OutputLike, mean: OutputLike, variance: OutputLike, options: FusedBatchNormOptions = {}): { y: Output; batchMean: Output; batchVariance: Output; reserveSpace1: Output; reserveSpace2: Output } {
  return opOutputs<{ y: Output; batchMean: Output; batchVariance: Output; reserveSpace1: Output; reserveSpace2: Output }>('FusedBatchNorm', [x, scale, offset, mean, variance], options);
}

/** Options of {@link fusedBatchNormGrad} (TensorFlow op `FusedBatchNormGrad`). */
export interface FusedBatchNormGradOptions extends InputOpOptions {
  /** `epsilon` (float). Default 0.00009999999747378752. */
  epsilon?: number;
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
  /** `is_training` (bool). Default true. */
  isTraining?: boolean;
}

/**
 * TensorFlow op `FusedBatchNormGrad`; outputs: x_backprop (dtype T), scale_backprop (dtype T), offset_backprop (dtype T), reserve_space_3 (dtype T), reserve_space_4 (dtype T).
 * T: one of float32.
 * @param yBackprop (dtype T)
 * @param x (dtype T)
 * @param scale (dtype T)
 * @param reserveSpace1 (dtype T)
 * @param reserveSpace2 (dtype T)
 */
export function fusedBatchNormGrad(yBackprop: OutputLike, x: OutputLike, scale: OutputLike, reserveSpace1: OutputLike, reserveSpace2: OutputLike, options: FusedBatchNormGradOptions = {}): { xBackprop: Output; scaleBackprop: Output; offsetBackprop: Output; reserveSpace3: Output; reserveSpace4: Output } {
  return opOutputs<{ xBackprop: Output; scaleBackprop: Output; offsetBackprop: Output; reserveSpace3: Output; reserveSpace4: Output }>('FusedBatchNormGrad', [yBackprop, x, scale, reserveSpace1, reserveSpace2], options);
}

/** Options of {@link fusedBatchNormGradV2} (TensorFlow op `FusedBatchNormGradV2`). */
export interface FusedBatchNormGradV2Options extends InputOpOptions {
  /** `epsilon` (float). Default 0.00009999999747378752. */
  epsilon?: number;
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
  /** `is_training` (bool). Default true. */
  isTraining?: boolean;
}

/**
 * TensorFlow op `FusedBatchNormGradV2`; outputs: x_backprop (dtype T), scale_backprop (dtype U), offset_backprop (dtype U), reserve_space_3 (dtype U), reserve_space_4 (dtype U).
 * T: one of float16, bfloat16, float32.
 * U: one of float32.
 * @param yBackprop (dtype T)
 * @param x (dtype T)
 * @param scale (float32)
 * @param reserveSpace1 (dtype U)
 * @param reserveSpace2 (dtype U)
 */
export function fusedBatchNormGradV2(yBackprop: OutputLike, x: OutputLike, scale: OutputLike, reserveSpace1: OutputLike, reserveSpace2: OutputLike, options: FusedBatchNormGradV2Options = {}): { xBackprop: Output; scaleBackprop: Output; offsetBackprop: Output; reserveSpace3: Output; reserveSpace4: Output } {
  return opOutputs<{ xBackprop: Output; scaleBackprop: Output; offsetBackprop: Output; reserveSpace3: Output; reserveSpace4: Output }>('FusedBatchNormGradV2', [yBackprop, x, scale, reserveSpace1, reserveSpace2], options);
}

/** Options of {@link fusedBatchNormGradV3} (TensorFlow op `FusedBatchNormGradV3`). */
export interface FusedBatchNormGradV3Options extends InputOpOptions {
  /** `epsilon` (float). Default 0.00009999999747378752. */
  epsilon?: number;
  /** `data_format` (string). One of "NHWC", "NCHW", "NDHWC", "NCDHW". Default "NHWC". */
  dataFormat?: string;
  /** `is_training` (bool). Default true. */
  isTraining?: boolean;
}

/**
 * TensorFlow op `FusedBatchNormGradV3`; outputs: x_backprop (dtype T), scale_backprop (dtype U), offset_backprop (dtype U), reserve_space_4 (dtype U), reserve_space_5 (dtype U).
 * T: one of float16, bfloat16, float32.
 * U: one of float32.
 * @param yBackprop (dtype T)
 * @param x (dtype T)
 * @param scale (float32)
 * @param reserveSpace1 (dtype U)
 * @param reserveSpace2 (dtype U)
 * @param reserveSpace3 (dtype U)
 */
export function fusedBatchNormGradV3(yBackprop: OutputLike, x: OutputLike, scale: OutputLike, reserveSpace1: OutputLike, reserveSpace2: OutputLike, reserveSpace3: OutputLike, options: FusedBatchNormGradV3Options = {}): { xBackprop: Output; scaleBackprop: Output; offsetBackprop: Output; reserveSpace4: Output; reserveSpace5: Output } {
  return opOutputs<{ xBackprop: Output; scaleBackprop: Output; offsetBackprop: Output; reserveSpace4: Output; reserveSpace5: Output }>('FusedBatchNormGradV3', [yBackprop, x, scale, reserveSpace1, reserveSpace2, reserveSpace3], options);
}

/** Options of {@link fusedBatchNormV2} (TensorFlow op `FusedBatchNormV2`). */
export interface FusedBatchNormV2Options extends InputOpOptions {
  /** `epsilon` (float). Default 0.00009999999747378752. */
  epsilon?: number;
  /** `exponential_avg_factor` (float). Default 1. */
  exponentialAvgFactor?: number;
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
  /** `is_training` (bool). Default true. */
  isTraining?: boolean;
}

/**
 * TensorFlow op `FusedBatchNormV2`; outputs: y (dtype T), batch_mean (dtype U), batch_variance (dtype U), reserve_space_1 (dtype U), reserve_space_2 (dtype U).
 * T: one of float16, bfloat16, float32.
 * U: one of float32.
 * @param x (dtype T)
 * @param scale (dtype U)
 * @param offset (dtype U)
 * @param mean (dtype U)
 * @param variance (dtype U)
 */
export function fusedBatchNormV2(x: OutputLike, scale: OutputLike, offset: OutputLike, mean: OutputLike, variance: OutputLike, options: FusedBatchNormV2Options = {}): { y: Output; batchMean: Output; batchVariance: Output; reserveSpace1: Output; reserveSpace2: Output } {
  return opOutputs<{ y: Output; batchMean: Output; batchVariance: Output; reserveSpace1: Output; reserveSpace2: Output }>('FusedBatchNormV2', [x, scale, offset, mean, variance], options);
}

/** Options of {@link fusedBatchNormV3} (TensorFlow op `FusedBatchNormV3`). */
export interface FusedBatchNormV3Options extends InputOpOptions {
  /** `epsilon` (float). Default 0.00009999999747378752. */
  epsilon?: number;
  /** `exponential_avg_factor` (float). Default 1. */
  exponentialAvgFactor?: number;
  /** `data_format` (string). One of "NHWC", "NCHW", "NDHWC", "NCDHW". Default "NHWC". */
  dataFormat?: string;
  /** `is_training` (bool). Default true. */
  isTraining?: boolean;
}

/**
 * TensorFlow op `FusedBatchNormV3`; outputs: y (dtype T), batch_mean (dtype U), batch_variance (dtype U), reserve_space_1 (dtype U), reserve_space_2 (dtype U), reserve_space_3 (dtype U).
 * T: one of float16, bfloat16, float32.
 * U: one of bfloat16, float32.
 * @param x (dtype T)
 * @param scale (dtype U)
 * @param offset (dtype U)
 * @param mean (dtype U)
 * @param variance (dtype U)
 */
export function fusedBatchNormV3(x: OutputLike, scale: OutputLike, offset: OutputLike, mean: OutputLike, variance: OutputLike, options: FusedBatchNormV3Options = {}): { y: Output; batchMean: Output; batchVariance: Output; reserveSpace1: Output; reserveSpace2: Output; reserveSpace3: Output } {
  return opOutputs<{ y: Output; batchMean: Output; batchVariance: Output; reserveSpace1: Output; reserveSpace2: Output; reserveSpace3: Output }>('FusedBatchNormV3', [x, scale, offset, mean, variance], options);
}

/** Options of {@link fusedPadConv2d} (TensorFlow op `FusedPadConv2D`). */
export interface FusedPadConv2dOptions extends InputOpOptions {
  /** `mode` (string). One of "REFLECT", "SYMMETRIC". */
  mode: string;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
}

/**
 * TensorFlow op `FusedPadConv2D`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param input (dtype T)
 * @param paddings (int32)
 * @param filter (dtype T)
 */
export function fusedPadConv2d(input: OutputLike, paddings: OutputLike, filter: OutputLike, options: FusedPadConv2dOptions): Output {
  return op1('FusedPadConv2D', [input, paddings, filter], options);
}

/** Options of {@link fusedResizeAndPadConv2d} (TensorFlow op `FusedResizeAndPadConv2D`). */
export interface FusedResizeAndPadConv2dOptions extends InputOpOptions {
  /** `resize_align_corners` (bool). Default false. */
  resizeAlignCorners?: boolean;
  /** `mode` (string). One of "REFLECT", "SYMMETRIC". */
  mode: string;
  /** `strides` (list(int)). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
}

/**
 * TensorFlow op `FusedResizeAndPadConv2D`; outputs: output (dtype T).
 * T: one of float16, float32, float64.
 * @param input (dtype T)
 * @param size (int32)
 * @param paddings (int32)
 * @param filter (dtype T)
 */
export function fusedResizeAndPadConv2d(input: OutputLike, size: OutputLike, paddings: OutputLike, filter: OutputLike, options: FusedResizeAndPadConv2dOptions): Output {
  return op1('FusedResizeAndPadConv2D', [input, size, paddings, filter], options);
}

/** Options of {@link inTopK} (TensorFlow op `InTopK`). */
export interface InTopKOptions extends InputOpOptions {
  /** `k` (int). */
  k: number;
}

/**
 * TensorFlow op `InTopK`; outputs: precision (bool).
 * T: one of int32, int64.
 * @param predictions (float32)
 * @param targets (dtype T)
 */
export function inTopK(predictions: OutputLike, targets: OutputLike, options: InTopKOptions): Output {
  return op1('InTopK', [predictions, targets], options);
}

/**
 * TensorFlow op `InTopKV2`; outputs: precision (bool).
 * T: one of int32, int64.
 * @param predictions (float32)
 * @param targets (dtype T)
 * @param k (dtype T)
 */
export function inTopKV2(predictions: OutputLike, targets: OutputLike, k: OutputLike, options: InputOpOptions = {}): Output {
  return op1('InTopKV2', [predictions, targets, k], options);
}

/**
 * TensorFlow op `L2Loss`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param t (dtype T)
 */
export function l2Loss(t: OutputLike, options: InputOpOptions = {}): Output {
  return op1('L2Loss', [t], options);
}

/** Options of {@link lrn} (TensorFlow op `LRN`). */
export interface LrnOptions extends InputOpOptions {
  /** `depth_radius` (int). Default 5. */
  depthRadius?: number;
  /** `bias` (float). Default 1. */
  bias?: number;
  /** `alpha` (float). Default 1. */
  alpha?: number;
  /** `beta` (float). Default 0.5. */
  beta?: number;
}

/**
 * TensorFlow op `LRN`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32.
 * @param input (dtype T)
 */
export function lrn(input: OutputLike, options: LrnOptions = {}): Output {
  return op1('LRN', [input], options);
}

/** Options of {@link lrnGrad} (TensorFlow op `LRNGrad`). */
export interface LrnGradOptions extends InputOpOptions {
  /** `depth_radius` (int). Default 5. */
  depthRadius?: number;
  /** `bias` (float). Default 1. */
  bias?: number;
  /** `alpha` (float). Default 1. */
  alpha?: number;
  /** `beta` (float). Default 0.5. */
  beta?: number;
}

/**
 * TensorFlow op `LRNGrad`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32.
 * @param inputGrads (dtype T)
 * @param inputImage (dtype T)
 * @param outputImage (dtype T)
 */
export function lrnGrad(inputGrads: OutputLike, inputImage: OutputLike, outputImage: OutputLike, options: LrnGradOptions = {}): Output {
  return op1('LRNGrad', [inputGrads, inputImage, outputImage], options);
}

/** Options of {@link leakyRelu} (TensorFlow op `LeakyRelu`). */
export interface LeakyReluOptions extends InputOpOptions {
  /** `alpha` (float). Default 0.20000000298023224. */
  alpha?: number;
}

/**
 * TensorFlow op `LeakyRelu`; outputs: activations (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param features (dtype T)
 */
export function leakyRelu(features: OutputLike, options: LeakyReluOptions = {}): Output {
  return op1('LeakyRelu', [features], options);
}

/** Options of {@link leakyReluGrad} (TensorFlow op `LeakyReluGrad`). */
export interface LeakyReluGradOptions extends InputOpOptions {
  /** `alpha` (float). Default 0.20000000298023224. */
  alpha?: number;
}

/**
 * TensorFlow op `LeakyReluGrad`; outputs: backprops (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param gradients (dtype T)
 * @param features (dtype T)
 */
export function leakyReluGrad(gradients: OutputLike, features: OutputLike, options: LeakyReluGradOptions = {}): Output {
  return op1('LeakyReluGrad', [gradients, features], options);
}

/**
 * TensorFlow op `LogSoftmax`; outputs: logsoftmax (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param logits (dtype T)
 */
export function logSoftmax(logits: OutputLike, options: InputOpOptions = {}): Output {
  return op1('LogSoftmax', [logits], options);
}

/** Options of {@link maxPool} (TensorFlow op `MaxPool`). */
export interface MaxPoolOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 4 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 4 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID", "EXPLICIT". */
  padding: string;
  /** `explicit_paddings` (list(int)). Default []. */
  explicitPaddings?: number[];
  /** `data_format` (string). One of "NHWC", "NCHW", "NCHW_VECT_C". Default "NHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `MaxPool`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64, int32, int64, uint8, int16, int8, uint16, qint8.
 * @param input (dtype T)
 */
export function maxPool(input: OutputLike, options: MaxPoolOptions): Output {
  return op1('MaxPool', [input], options);
}

/** Options of {@link maxPool3d} (TensorFlow op `MaxPool3D`). */
export interface MaxPool3dOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 5 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 5 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NDHWC", "NCDHW". Default "NDHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `MaxPool3D`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32.
 * @param input (dtype T)
 */
export function maxPool3d(input: OutputLike, options: MaxPool3dOptions): Output {
  return op1('MaxPool3D', [input], options);
}

/** Options of {@link maxPool3dGrad} (TensorFlow op `MaxPool3DGrad`). */
export interface MaxPool3dGradOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 5 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 5 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NDHWC", "NCDHW". Default "NDHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `MaxPool3DGrad`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32.
 * TInput: one of float16, bfloat16, float32.
 * @param origInput (dtype TInput)
 * @param origOutput (dtype TInput)
 * @param grad (dtype T)
 */
export function maxPool3dGrad(origInput: OutputLike, origOutput: OutputLike, grad: OutputLike, options: MaxPool3dGradOptions): Output {
  return op1('MaxPool3DGrad', [origInput, origOutput, grad], options);
}

/** Options of {@link maxPool3dGradGrad} (TensorFlow op `MaxPool3DGradGrad`). */
export interface MaxPool3dGradGradOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 5 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 5 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NDHWC", "NCDHW". Default "NDHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `MaxPool3DGradGrad`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param origInput (dtype T)
 * @param origOutput (dtype T)
 * @param grad (dtype T)
 */
export function maxPool3dGradGrad(origInput: OutputLike, origOutput: OutputLike, grad: OutputLike, options: MaxPool3dGradGradOptions): Output {
  return op1('MaxPool3DGradGrad', [origInput, origOutput, grad], options);
}

/** Options of {@link maxPoolGrad} (TensorFlow op `MaxPoolGrad`). */
export interface MaxPoolGradOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 4 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 4 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID", "EXPLICIT". */
  padding: string;
  /** `explicit_paddings` (list(int)). Default []. */
  explicitPaddings?: number[];
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `MaxPoolGrad`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param origInput (dtype T)
 * @param origOutput (dtype T)
 * @param grad (dtype T)
 */
export function maxPoolGrad(origInput: OutputLike, origOutput: OutputLike, grad: OutputLike, options: MaxPoolGradOptions): Output {
  return op1('MaxPoolGrad', [origInput, origOutput, grad], options);
}

/** Options of {@link maxPoolGradGrad} (TensorFlow op `MaxPoolGradGrad`). */
export interface MaxPoolGradGradOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 4 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 4 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `MaxPoolGradGrad`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param origInput (dtype T)
 * @param origOutput (dtype T)
 * @param grad (dtype T)
 */
export function maxPoolGradGrad(origInput: OutputLike, origOutput: OutputLike, grad: OutputLike, options: MaxPoolGradGradOptions): Output {
  return op1('MaxPoolGradGrad', [origInput, origOutput, grad], options);
}

/** Options of {@link maxPoolGradGradV2} (TensorFlow op `MaxPoolGradGradV2`). */
export interface MaxPoolGradGradV2Options extends InputOpOptions {
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `MaxPoolGradGradV2`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param origInput (dtype T)
 * @param origOutput (dtype T)
 * @param grad (dtype T)
 * @param ksize (int32)
 * @param strides (int32)
 */
export function maxPoolGradGradV2(origInput: OutputLike, origOutput: OutputLike, grad: OutputLike, ksize: OutputLike, strides: OutputLike, options: MaxPoolGradGradV2Options): Output {
  return op1('MaxPoolGradGradV2', [origInput, origOutput, grad, ksize, strides], options);
}

/** Options of {@link maxPoolGradGradWithArgmax} (TensorFlow op `MaxPoolGradGradWithArgmax`). */
export interface MaxPoolGradGradWithArgmaxOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 4 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 4 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `include_batch_in_index` (bool). Default false. */
  includeBatchInIndex?: boolean;
}

/**
 * TensorFlow op `MaxPoolGradGradWithArgmax`; outputs: output (dtype T).
 * Targmax: one of int32, int64.
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param input (dtype T)
 * @param grad (dtype T)
 * @param argmax (dtype Targmax)
 */
export function maxPoolGradGradWithArgmax(input: OutputLike, grad: OutputLike, argmax: OutputLike, options: MaxPoolGradGradWithArgmaxOptions): Output {
  return op1('MaxPoolGradGradWithArgmax', [input, grad, argmax], options);
}

/** Options of {@link maxPoolGradV2} (TensorFlow op `MaxPoolGradV2`). */
export interface MaxPoolGradV2Options extends InputOpOptions {
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NHWC", "NCHW". Default "NHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `MaxPoolGradV2`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param origInput (dtype T)
 * @param origOutput (dtype T)
 * @param grad (dtype T)
 * @param ksize (int32)
 * @param strides (int32)
 */
export function maxPoolGradV2(origInput: OutputLike, origOutput: OutputLike, grad: OutputLike, ksize: OutputLike, strides: OutputLike, options: MaxPoolGradV2Options): Output {
  return op1('MaxPoolGradV2', [origInput, origOutput, grad, ksize, strides], options);
}

/** Options of {@link maxPoolGradWithArgmax} (TensorFlow op `MaxPoolGradWithArgmax`). */
export interface MaxPoolGradWithArgmaxOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 4 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 4 item(s). */
  strides: number[];
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `include_batch_in_index` (bool). Default false. */
  includeBatchInIndex?: boolean;
}

/**
 * TensorFlow op `MaxPoolGradWithArgmax`; outputs: output (dtype T).
 * Targmax: one of int32, int64.
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param input (dtype T)
 * @param grad (dtype T)
 * @param argmax (dtype Targmax)
 */
export function maxPoolGradWithArgmax(input: OutputLike, grad: OutputLike, argmax: OutputLike, options: MaxPoolGradWithArgmaxOptions): Output {
  return op1('MaxPoolGradWithArgmax', [input, grad, argmax], options);
}

/** Options of {@link maxPoolV2} (TensorFlow op `MaxPoolV2`). */
export interface MaxPoolV2Options extends InputOpOptions {
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `data_format` (string). One of "NHWC", "NCHW", "NCHW_VECT_C". Default "NHWC". */
  dataFormat?: string;
}

/**
 * TensorFlow op `MaxPoolV2`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64, int32, int64, uint8, int16, int8, uint16, qint8.
 * @param input (dtype T)
 * @param ksize (int32)
 * @param strides (int32)
 */
export function maxPoolV2(input: OutputLike, ksize: OutputLike, strides: OutputLike, options: MaxPoolV2Options): Output {
  return op1('MaxPoolV2', [input, ksize, strides], options);
}

/** Options of {@link maxPoolWithArgmax} (TensorFlow op `MaxPoolWithArgmax`). */
export interface MaxPoolWithArgmaxOptions extends InputOpOptions {
  /** `ksize` (list(int)). At least 4 item(s). */
  ksize: number[];
  /** `strides` (list(int)). At least 4 item(s). */
  strides: number[];
  /** `Targmax` (type). One of int32, int64. Default 'int64'. */
  targmax?: DType;
  /** `padding` (string). One of "SAME", "VALID". */
  padding: string;
  /** `include_batch_in_index` (bool). Default false. */
  includeBatchInIndex?: boolean;
}

/**
 * TensorFlow op `MaxPoolWithArgmax`; outputs: output (dtype T), argmax (dtype Targmax).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param input (dtype T)
 */
export function maxPoolWithArgmax(input: OutputLike, options: MaxPoolWithArgmaxOptions): { output: Output; argmax: Output } {
  return opOutputs<{ output: Output; argmax: Output }>('MaxPoolWithArgmax', [input], options);
}

/** Options of {@link nthElement} (TensorFlow op `NthElement`). */
export interface NthElementOptions extends InputOpOptions {
  /** `reverse` (bool). Default false. */
  reverse?: boolean;
}

/**
 * TensorFlow op `NthElement`; outputs: values (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param input (dtype T)
 * @param n (int32)
 */
export function nthElement(input: OutputLike, n: OutputLike, options: NthElementOptions = {}): Output {
  return op1('NthElement', [input, n], options);
}

/**
 * TensorFlow op `Relu`; outputs: activations (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64, qint8.
 * @param features (dtype T)
 */
export function relu(features: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Relu', [features], options);
}

/**
 * TensorFlow op `Relu6`; outputs: activations (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param features (dtype T)
 */
export function relu6(features: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Relu6', [features], options);
}

/**
 * TensorFlow op `Relu6Grad`; outputs: backprops (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param gradients (dtype T)
 * @param features (dtype T)
 */
export function relu6Grad(gradients: OutputLike, features: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Relu6Grad', [gradients, features], options);
}

/**
 * TensorFlow op `ReluGrad`; outputs: backprops (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param gradients (dtype T)
 * @param features (dtype T)
 */
export function reluGrad(gradients: OutputLike, features: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ReluGrad', [gradients, features], options);
}

/**
 * TensorFlow op `Selu`; outputs: activations (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param features (dtype T)
 */
export function selu(features: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Selu', [features], options);
}

/**
 * TensorFlow op `SeluGrad`; outputs: backprops (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param gradients (dtype T)
 * @param outputs (dtype T)
 */
export function seluGrad(gradients: OutputLike, outputs: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SeluGrad', [gradients, outputs], options);
}

/**
 * TensorFlow op `Softmax`; outputs: softmax (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param logits (dtype T)
 */
export function softmax(logits: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Softmax', [logits], options);
}

/**
 * TensorFlow op `SoftmaxCrossEntropyWithLogits`; outputs: loss (dtype T), backprop (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param features (dtype T)
 * @param labels (dtype T)
 */
export function softmaxCrossEntropyWithLogits(features: OutputLike, labels: OutputLike, options: InputOpOptions = {}): { loss: Output; backprop: Output } {
  return opOutputs<{ loss: Output; backprop: Output }>('SoftmaxCrossEntropyWithLogits', [features, labels], options);
}

/**
 * TensorFlow op `Softplus`; outputs: activations (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param features (dtype T)
 */
export function softplus(features: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Softplus', [features], options);
}

/**
 * TensorFlow op `SoftplusGrad`; outputs: backprops (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param gradients (dtype T)
 * @param features (dtype T)
 */
export function softplusGrad(gradients: OutputLike, features: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SoftplusGrad', [gradients, features], options);
}

/**
 * TensorFlow op `Softsign`; outputs: activations (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param features (dtype T)
 */
export function softsign(features: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Softsign', [features], options);
}

/**
 * TensorFlow op `SoftsignGrad`; outputs: backprops (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param gradients (dtype T)
 * @param features (dtype T)
 */
export function softsignGrad(gradients: OutputLike, features: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SoftsignGrad', [gradients, features], options);
}

/**
 * TensorFlow op `SparseSoftmaxCrossEntropyWithLogits`; outputs: loss (dtype T), backprop (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * Tlabels: one of int32, int64.
 * @param features (dtype T)
 * @param labels (dtype Tlabels)
 */
export function sparseSoftmaxCrossEntropyWithLogits(features: OutputLike, labels: OutputLike, options: InputOpOptions = {}): { loss: Output; backprop: Output } {
  return opOutputs<{ loss: Output; backprop: Output }>('SparseSoftmaxCrossEntropyWithLogits', [features, labels], options);
}

/** Options of {@link topKUnique} (TensorFlow op `TopKUnique`). */
export interface TopKUniqueOptions extends InputOpOptions {
  /** `k` (int). */
  k: number;
}

/**
 * TensorFlow op `TopKUnique`; outputs: topk (float32), topk_indices (int32).
 * @param input (float32)
 */
export function topKUnique(input: OutputLike, options: TopKUniqueOptions): { topk: Output; topkIndices: Output } {
  return opOutputs<{ topk: Output; topkIndices: Output }>('TopKUnique', [input], options);
}

/** Options of {@link topKV2} (TensorFlow op `TopKV2`). */
export interface TopKV2Options extends InputOpOptions {
  /** `sorted` (bool). Default true. */
  sorted?: boolean;
  /** `index_type` (type). One of int16, int32, int64. Default 'int32'. */
  indexType?: DType;
}

/**
 * TensorFlow op `TopKV2`; outputs: values (dtype T), indices (dtype index_type).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * Tk: one of int16, int32, int64.
 * @param input (dtype T)
 * @param k (dtype Tk)
 */
export function topKV2(input: OutputLike, k: OutputLike, options: TopKV2Options = {}): { values: Output; indices: Output } {
  return opOutputs<{ values: Output; indices: Output }>('TopKV2', [input, k], options);
}

/** Options of {@link topKWithUnique} (TensorFlow op `TopKWithUnique`). */
export interface TopKWithUniqueOptions extends InputOpOptions {
  /** `k` (int). */
  k: number;
}

/**
 * TensorFlow op `TopKWithUnique`; outputs: topk (float32), topk_indices (int32).
 * @param input (float32)
 */
export function topKWithUnique(input: OutputLike, options: TopKWithUniqueOptions): { topk: Output; topkIndices: Output } {
  return opOutputs<{ topk: Output; topkIndices: Output }>('TopKWithUnique', [input], options);
}
