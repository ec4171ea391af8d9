// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Output } from '../../core';
import { op1, opList, opOutputs } from '../builder';
import type { InputOpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `AdjustContrastv2`; outputs: output (dtype T).
 * T: one of float16, float32.
 * @param images (dtype T)
 * @param contrastFactor (float32)
 */
export function adjustContrastv2(images: OutputLike, contrastFactor: OutputLike, options: InputOpOptions = {}): Output {
  return op1('AdjustContrastv2', [images, contrastFactor], options);
}

/**
 * TensorFlow op `AdjustHue`; outputs: output (dtype T).
 * T: one of float16, float32.
 * @param images (dtype T)
 * @param delta (float32)
 */
export function adjustHue(images: OutputLike, delta: OutputLike, options: InputOpOptions = {}): Output {
  return op1('AdjustHue', [images, delta], options);
}

/**
 * TensorFlow op `AdjustSaturation`; outputs: output (dtype T).
 * T: one of float16, float32.
 * @param images (dtype T)
 * @param scale (float32)
 */
export function adjustSaturation(images: OutputLike, scale: OutputLike, options: InputOpOptions = {}): Output {
  return op1('AdjustSaturation', [images, scale], options);
}

/** Options of {@link cropAndResize} (TensorFlow op `CropAndResize`). */
export interface CropAndResizeOptions extends InputOpOptions {
  /** `method` (string). One of "bilinear", "nearest". Default "bilinear". */
  method?: string;
  /** `extrapolation_value` (float). Default 0. */
  extrapolationValue?: number;
}

/**
 * TensorFlow op `CropAndResize`; outputs: crops (float32).
 * T: one of uint8, uint16, int8, int16, int32, int64, float16, float32, float64.
 * @param image (dtype T)
 * @param boxes (float32)
 * @param boxInd (int32)
 * @param cropSize (int32)
 */
export function cropAndResize(image: OutputLike, boxes: OutputLike, boxInd: OutputLike, cropSize: OutputLike, options: CropAndResizeOptions = {}): Output {
  return op1('CropAndResize', [image, boxes, boxInd, cropSize], options);
}

/** Options of {@link cropAndResizeGradBoxes} (TensorFlow op `CropAndResizeGradBoxes`). */
export interface CropAndResizeGradBoxesOptions extends InputOpOptions {
  /** `method` (string). One of "bilinear". Default "bilinear". */
  method?: string;
}

/**
 * TensorFlow op `CropAndResizeGradBoxes`; outputs: output (float32).
 * T: one of uint8, uint16, int8, int16, int32, int64, float16, float32, float64.
 * @param grads (float32)
 * @param image (dtype T)
 * @param boxes (float32)
 * @param boxInd (int32)
 */
export function cropAndResizeGradBoxes(grads: OutputLike, image: OutputLike, boxes: OutputLike, boxInd: OutputLike, options: CropAndResizeGradBoxesOptions = {}): Output {
  return op1('CropAndResizeGradBoxes', [grads, image, boxes, boxInd], options);
}

/** Options of {@link cropAndResizeGradImage} (TensorFlow op `CropAndResizeGradImage`). */
export interface CropAndResizeGradImageOptions extends InputOpOptions {
  /** `T` (type). One of float32, float16, float64. */
  t: DType;
  /** `method` (string). One of "bilinear", "nearest". Default "bilinear". */
  method?: string;
}

/**
 * TensorFlow op `CropAndResizeGradImage`; outputs: output (dtype T).
 * @param grads (float32)
 * @param boxes (float32)
 * @param boxInd (int32)
 * @param imageSize (int32)
 */
export function cropAndResizeGradImage(grads: OutputLike, boxes: OutputLike, boxInd: OutputLike, imageSize: OutputLike, options: CropAndResizeGradImageOptions): Output {
  return op1('CropAndResizeGradImage', [grads, boxes, boxInd, imageSize], options);
}

/** Options of {@link decodeAndCropJpeg} (TensorFlow op `DecodeAndCropJpeg`). */
export interface DecodeAndCropJpegOptions extends InputOpOptions {
  /** `channels` (int). Default 0. */
  channels?: number;
  /** `ratio` (int). Default 1. */
  ratio?: number;
  /** `fancy_upscaling` (bool). Default true. */
  fancyUpscaling?: boolean;
  /** `try_recover_truncated` (bool). Default false. */
  tryRecoverTruncated?: boolean;
  /** `acceptable_fraction` (float). Default 1. */
  acceptableFraction?: number;
  /** `dct_method` (string). Default "". */
  dctMethod?: string;
}

/**
 * TensorFlow op `DecodeAndCropJpeg`; outputs: image (uint8).
 * @param contents (string)
 * @param cropWindow (int32)
 */
export function decodeAndCropJpeg(contents: OutputLike, cropWindow: OutputLike, options: DecodeAndCropJpegOptions = {}): Output {
  return op1('DecodeAndCropJpeg', [contents, cropWindow], options);
}

/**
 * TensorFlow op `DecodeBase64`; outputs: output (string).
 * @param input (string)
 */
export function decodeBase64(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('DecodeBase64', [input], options);
}

/** Options of {@link decodeBmp} (TensorFlow op `DecodeBmp`). */
export interface DecodeBmpOptions extends InputOpOptions {
  /** `channels` (int). Default 0. */
  channels?: number;
}

/**
 * TensorFlow op `DecodeBmp`; outputs: image (uint8).
 * @param contents (string)
 */
export function decodeBmp(contents: OutputLike, options: DecodeBmpOptions = {}): Output {
  return op1('DecodeBmp', [contents], options);
}

/** Options of {@link decodeCSV} (TensorFlow op `DecodeCSV`). */
export interface DecodeCSVOptions extends InputOpOptions {
  /** `field_delim` (string). Default ",". */
  fieldDelim?: string;
  /** `use_quote_delim` (bool). Default true. */
  useQuoteDelim?: boolean;
  /** `na_value` (string). Default "". */
  naValue?: string;
  /** `select_cols` (list(int)). Default []. */
  selectCols?: number[];
}

/**
 * TensorFlow op `DecodeCSV`; outputs: output (list, dtypes OUT_TYPE).
 * @param records (string)
 * @param recordDefaults (list, dtypes OUT_TYPE)
 */
export function decodeCSV(records: OutputLike, recordDefaults: OutputLike[], options: DecodeCSVOptions = {}): Output[] {
  return opList('DecodeCSV', [records, recordDefaults], options);
}

/** Options of {@link decodeCompressed} (TensorFlow op `DecodeCompressed`). */
export interface DecodeCompressedOptions extends InputOpOptions {
  /** `compression_type` (string). Default "". */
  compressionType?: string;
}

/**
 * TensorFlow op `DecodeCompressed`; outputs: output (string).
 * @param bytes (string)
 */
export function decodeCompressed(bytes: OutputLike, options: DecodeCompressedOptions = {}): Output {
  return op1('DecodeCompressed', [bytes], options);
}

/**
 * TensorFlow op `DecodeGif`; outputs: image (uint8).
 * @param contents (string)
 */
export function decodeGif(contents: OutputLike, options: InputOpOptions = {}): Output {
  return op1('DecodeGif', [contents], options);
}

/** Options of {@link decodeImage} (TensorFlow op `DecodeImage`). */
export interface DecodeImageOptions extends InputOpOptions {
  /** `channels` (int). Default 0. */
  channels?: number;
  /** `dtype` (type). One of uint8, uint16, float32. Default 'uint8'. */
  dtype?: DType;
  /** `expand_animations` (bool). Default true. */
  expandAnimations?: boolean;
}

/**
 * TensorFlow op `DecodeImage`; outputs: image (dtype dtype).
 * @param contents (string)
 */
export function decodeImage(contents: OutputLike, options: DecodeImageOptions = {}): Output {
  return op1('DecodeImage', [contents], options);
}

/**
 * TensorFlow op `DecodeJSONExample`; outputs: binary_examples (string).
 * @param jsonExamples (string)
 */
export function decodeJSONExample(jsonExamples: OutputLike, options: InputOpOptions = {}): Output {
  return op1('DecodeJSONExample', [jsonExamples], options);
}

/** Options of {@link decodeJpeg} (TensorFlow op `DecodeJpeg`). */
export interface DecodeJpegOptions extends InputOpOptions {
  /** `channels` (int). Default 0. */
  channels?: number;
  /** `ratio` (int). Default 1. */
  ratio?: number;
  /** `fancy_upscaling` (bool). Default true. */
  fancyUpscaling?: boolean;
  /** `try_recover_truncated` (bool). Default false. */
  tryRecoverTruncated?: boolean;
  /** `acceptable_fraction` (float). Default 1. */
  acceptableFraction?: number;
  /** `dct_method` (string). Default "". */
  dctMethod?: string;
}

/**
 * TensorFlow op `DecodeJpeg`; outputs: image (uint8).
 * @param contents (string)
 */
export function decodeJpeg(contents: OutputLike, options: DecodeJpegOptions = {}): Output {
  return op1('DecodeJpeg', [contents], options);
}

/** Options of {@link decodeJxl} (TensorFlow op `DecodeJxl`). */
export interface DecodeJxlOptions extends InputOpOptions {
  /** `channels` (int). Default 0. */
  channels?: number;
  /** `dtype` (type). One of uint8. Default 'uint8'. */
  dtype?: DType;
}

/**
 * TensorFlow op `DecodeJxl`; outputs: image (dtype dtype).
 * @param contents (string)
 */
export function decodeJxl(contents: OutputLike, options: DecodeJxlOptions = {}): Output {
  return op1('DecodeJxl', [contents], options);
}

/** Options of {@link decodePaddedRaw} (TensorFlow op `DecodePaddedRaw`). */
export interface DecodePaddedRawOptions extends InputOpOptions {
  /** `out_type` (type). One of float16, float32, float64, int32, uint16, uint8, int16, int8, int64, bfloat16. */
  outType: DType;
  /** `little_endian` (bool). Default true. */
  littleEndian?: boolean;
}

/**
 * TensorFlow op `DecodePaddedRaw`; outputs: output (dtype out_type).
 * @param inputBytes (string)
 * @param fixedLength (int32)
 */
export function decodePaddedRaw(inputBytes: OutputLike, fixedLength: OutputLike, options: DecodePaddedRawOptions): Output {
  return op1('DecodePaddedRaw', [inputBytes, fixedLength], options);
}

/** Options of {@link decodePng} (TensorFlow op `DecodePng`). */
export interface DecodePngOptions extends InputOpOptions {
  /** `channels` (int). Default 0. */
  channels?: number;
  /** `dtype` (type). One of uint8, uint16. Default 'uint8'. */
  dtype?: DType;
}

/**
 * TensorFlow op `DecodePng`; outputs: image (dtype dtype).
 * @param contents (string)
 */
export function decodePng(contents: OutputLike, options: DecodePngOptions = {}): Output {
  return op1('DecodePng', [contents], options);
}

/** Options of {@link decodeProtoV2} (TensorFlow op `DecodeProtoV2`). */
export interface DecodeProtoV2Options extends InputOpOptions {
  /** `message_type` (string). */
  messageType: string;
  /** `field_names` (list(string)). */
  fieldNames: string[];
  /** `output_types` (list(type)). At least 0 item(s). */
  outputTypes: DType[];
  /** `descriptor_source` (string). Default "local://". */
  descriptorSource?: string;
  /** `message_format` (string). Default "binary". */
  messageFormat?: string;
  /** `sanitize` (bool). Default false. */
  sanitize?: boolean;
}

/**
 * TensorFlow op `DecodeProtoV2`; outputs: sizes (int32), values (list, dtypes output_types).
 * @param bytes (string)
 */
export function decodeProtoV2(bytes: OutputLike, options: DecodeProtoV2Options): { sizes: Output; values: Output[] } {
  return opOutputs<{ sizes: Output; values: Output[] }>('DecodeProtoV2', [bytes], options);
}

/** Options of {@link decodeRaw} (TensorFlow op `DecodeRaw`). */
export interface DecodeRawOptions extends InputOpOptions {
  /** `out_type` (type). One of float16, float32, float64, int32, uint16, uint8, int16, int8, int64, complex64, complex128, bool, bfloat16. */
  outType: DType;
  /** `little_endian` (bool). Default true. */
  littleEndian?: boolean;
}

/**
 * TensorFlow op `DecodeRaw`; outputs: output (dtype out_type).
 * @param bytes (string)
 */
export function decodeRaw(bytes: OutputLike, options: DecodeRawOptions): Output {
  return op1('DecodeRaw', [bytes], options);
}

/** Options of {@link decodeWav} (TensorFlow op `DecodeWav`). */
export interface DecodeWavOptions extends InputOpOptions {
  /** `desired_channels` (int). Default -1. */
  desiredChannels?: number;
  /** `desired_samples` (int). Default -1. */
  desiredSamples?: number;
}

/**
 * TensorFlow op `DecodeWav`; outputs: audio (float32), sample_rate (int32).
 * @param contents (string)
 */
export function decodeWav(contents: OutputLike, options: DecodeWavOptions = {}): { audio: Output; sampleRate: Output } {
  return opOutputs<{ audio: Output; sampleRate: Output }>('DecodeWav', [contents], options);
}

/** Options of {@link decodeWebP} (TensorFlow op `DecodeWebP`). */
export interface DecodeWebPOptions extends InputOpOptions {
  /** `channels` (int). Default 0. */
  channels?: number;
  /** `dtype` (type). One of uint8. Default 'uint8'. */
  dtype?: DType;
}

/**
 * TensorFlow op `DecodeWebP`; outputs: image (dtype dtype).
 * @param contents (string)
 */
export function decodeWebP(contents: OutputLike, options: DecodeWebPOptions = {}): Output {
  return op1('DecodeWebP', [contents], options);
}

/**
 * TensorFlow op `DrawBoundingBoxes`; outputs: output (dtype T).
 * T: one of float32, float16.
 * @param images (dtype T)
 * @param boxes (float32)
 */
export function drawBoundingBoxes(images: OutputLike, boxes: OutputLike, options: InputOpOptions = {}): Output {
  return op1('DrawBoundingBoxes', [images, boxes], options);
}

/**
 * TensorFlow op `DrawBoundingBoxesV2`; outputs: output (dtype T).
 * T: one of float32, float16.
 * @param images (dtype T)
 * @param boxes (float32)
 * @param colors (float32)
 */
export function drawBoundingBoxesV2(images: OutputLike, boxes: OutputLike, colors: OutputLike, options: InputOpOptions = {}): Output {
  return op1('DrawBoundingBoxesV2', [images, boxes, colors], options);
}

/** Options of {@link encodeBase64} (TensorFlow op `EncodeBase64`). */
export interface EncodeBase64Options extends InputOpOptions {
  /** `pad` (bool). Default false. */
  pad?: boolean;
}

/**
 * TensorFlow op `EncodeBase64`; outputs: output (string).
 * @param input (string)
 */
export function encodeBase64(input: OutputLike, options: EncodeBase64Options = {}): Output {
  return op1('EncodeBase64', [input], options);
}

/** Options of {@link encodeJpeg} (TensorFlow op `EncodeJpeg`). */
export interface EncodeJpegOptions extends InputOpOptions {
  /** `format` (string). One of "", "grayscale", "rgb". Default "". */
  format?: string;
  /** `quality` (int). Default 95. */
  quality?: number;
  /** `progressive` (bool). Default false. */
  progressive?: boolean;
  /** `optimize_size` (bool). Default false. */
  optimizeSize?: boolean;
  /** `chroma_downsampling` (bool). Default true. */
  chromaDownsampling?: boolean;
  /** `density_unit` (string). One of "in", "cm". Default "in". */
  densityUnit?: string;
  /** `x_density` (int). Default 300. */
  xDensity?: number;
  /** `y_density` (int). Default 300. */
  yDensity?: number;
  /** `xmp_metadata` (string). Default "". */
  xmpMetadata?: string;
}

/**
 * TensorFlow op `EncodeJpeg`; outputs: contents (string).
 * @param image (uint8)
 */
export function encodeJpeg(image: OutputLike, options: EncodeJpegOptions = {}): Output {
  return op1('EncodeJpeg', [image], options);
}

/**
 * TensorFlow op `EncodeJpegVariableQuality`; outputs: contents (string).
 * @param images (uint8)
 * @param quality (int32)
 */
export function encodeJpegVariableQuality(images: OutputLike, quality: OutputLike, options: InputOpOptions = {}): Output {
  return op1('EncodeJpegVariableQuality', [images, quality], options);
}

/** Options of {@link encodePng} (TensorFlow op `EncodePng`). */
export interface EncodePngOptions extends InputOpOptions {
  /** `compression` (int). Default -1. */
  compression?: number;
}

/**
 * TensorFlow op `EncodePng`; outputs: contents (string).
 * T: one of uint8, uint16.
 * @param image (dtype T)
 */
export function encodePng(image: OutputLike, options: EncodePngOptions = {}): Output {
  return op1('EncodePng', [image], options);
}

/** Options of {@link encodeProto} (TensorFlow op `EncodeProto`). */
export interface EncodeProtoOptions extends InputOpOptions {
  /** `field_names` (list(string)). */
  fieldNames: string[];
  /** `message_type` (string). */
  messageType: string;
  /** `descriptor_source` (string). Default "local://". */
  descriptorSource?: string;
}

/**
 * TensorFlow op `EncodeProto`; outputs: bytes (string).
 * @param sizes (int32)
 * @param values (list, dtypes Tinput_types)
 */
export function encodeProto(sizes: OutputLike, values: OutputLike[], options: EncodeProtoOptions): Output {
  return op1('EncodeProto', [sizes, values], options);
}

/**
 * TensorFlow op `EncodeWav`; outputs: contents (string).
 * @param audio (float32)
 * @param sampleRate (int32)
 */
export function encodeWav(audio: OutputLike, sampleRate: OutputLike, options: InputOpOptions = {}): Output {
  return op1('EncodeWav', [audio, sampleRate], options);
}

/** Options of {@link extractGlimpse} (TensorFlow op `ExtractGlimpse`). */
export interface ExtractGlimpseOptions extends InputOpOptions {
  /** `centered` (bool). Default true. */
  centered?: boolean;
  /** `normalized` (bool). Default true. */
  normalized?: boolean;
  /** `uniform_noise` (bool). Default true. */
  uniformNoise?: boolean;
  /** `noise` (string). Default "uniform". */
  noise?: string;
}

/**
 * TensorFlow op `ExtractGlimpse`; outputs: glimpse (float32).
 * @param input (float32)
 * @param size (int32)
 * @param offsets (float32)
 */
export function extractGlimpse(input: OutputLike, size: OutputLike, offsets: OutputLike, options: ExtractGlimpseOptions = {}): Output {
  return op1('ExtractGlimpse', [input, size, offsets], options);
}

/** Options of {@link extractGlimpseV2} (TensorFlow op `ExtractGlimpseV2`). */
export interface ExtractGlimpseV2Options extends InputOpOptions {
  /** `centered` (bool). Default true. */
  centered?: boolean;
  /** `normalized` (bool). Default true. */
  normalized?: boolean;
  /** `uniform_noise` (bool). Default true. */
  uniformNoise?: boolean;
  /** `noise` (string). Default "uniform". */
  noise?: string;
}

/**
 * TensorFlow op `ExtractGlimpseV2`; outputs: glimpse (float32).
 * @param input (float32)
 * @param size (int32)
 * @param offsets (float32)
 */
export function extractGlimpseV2(input: OutputLike, size: OutputLike, offsets: OutputLike, options: ExtractGlimpseV2Options = {}): Output {
  return op1('ExtractGlimpseV2', [input, size, offsets], options);
}

/** Options of {@link extractJpegShape} (TensorFlow op `ExtractJpegShape`). */
export interface ExtractJpegShapeOptions extends InputOpOptions {
  /** `output_type` (type). One of int32, int64. Default 'int32'. */
  outputType?: DType;
}

/**
 * TensorFlow op `ExtractJpegShape`; outputs: image_shape (dtype output_type).
 * @param contents (string)
 */
export function extractJpegShape(contents: OutputLike, options: ExtractJpegShapeOptions = {}): Output {
  return op1('ExtractJpegShape', [contents], options);
}

/**
 * TensorFlow op `HSVToRGB`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param images (dtype T)
 */
export function hsvToRGB(images: OutputLike, options: InputOpOptions = {}): Output {
  return op1('HSVToRGB', [images], options);
}

/** Options of {@link imageProjectiveTransformV2} (TensorFlow op `ImageProjectiveTransformV2`). */
export interface ImageProjectiveTransformV2Options extends InputOpOptions {
  /** `interpolation` (string). */
  interpolation: string;
  /** `fill_mode` (string). Default "CONSTANT". */
  fillMode?: string;
}

/**
 * TensorFlow op `ImageProjectiveTransformV2`; outputs: transformed_images (dtype dtype).
 * dtype: one of uint8, int32, int64, float16, bfloat16, float32, float64.
 * @param images (dtype dtype)
 * @param transforms (float32)
 * @param outputShape (int32)
 */
export function imageProjectiveTransformV2(images: OutputLike, transforms: OutputLike, outputShape: OutputLike, options: ImageProjectiveTransformV2Options): Output {
  return op1('ImageProjectiveTransformV2', [images, transforms, outputShape], options);
}

/** Options of {@link imageProjectiveTransformV3} (TensorFlow op `ImageProjectiveTransformV3`). */
export interface ImageProjectiveTransformV3Options extends InputOpOptions {
  /** `interpolation` (string). */
  interpolation: string;
  /** `fill_mode` (string). Default "CONSTANT". */
  fillMode?: string;
}

/**
 * TensorFlow op `ImageProjectiveTransformV3`; outputs: transformed_images (dtype dtype).
 * dtype: one of uint8, int32, int64, float16, bfloat16, float32, float64.
 * @param images (dtype dtype)
 * @param transforms (float32)
 * @param outputShape (int32)
 * @param fillValue (float32)
 */
export function imageProjectiveTransformV3(images: OutputLike, transforms: OutputLike, outputShape: OutputLike, fillValue: OutputLike, options: ImageProjectiveTransformV3Options): Output {
  return op1('ImageProjectiveTransformV3', [images, transforms, outputShape, fillValue], options);
}

/** Options of {@link nonMaxSuppression} (TensorFlow op `NonMaxSuppression`). */
export interface NonMaxSuppressionOptions extends InputOpOptions {
  /** `iou_threshold` (float). Default 0.5. */
  iouThreshold?: number;
}

/**
 * TensorFlow op `NonMaxSuppression`; outputs: selected_indices (int32).
 * @param boxes (float32)
 * @param scores (float32)
 * @param maxOutputSize (int32)
 */
export function nonMaxSuppression(boxes: OutputLike, scores: OutputLike, maxOutputSize: OutputLike, options: NonMaxSuppressionOptions = {}): Output {
  return op1('NonMaxSuppression', [boxes, scores, maxOutputSize], options);
}

/**
 * TensorFlow op `NonMaxSuppressionV2`; outputs: selected_indices (int32).
 * T: one of float16, float32.
 * T_threshold: one of float16, float32.
 * @param boxes (dtype T)
 * @param scores (dtype T)
 * @param maxOutputSize (int32)
 * @param iouThreshold (dtype T_threshold)
 */
export function nonMaxSuppressionV2(boxes: OutputLike, scores: OutputLike, maxOutputSize: OutputLike, iouThreshold: OutputLike, options: InputOpOptions = {}): Output {
  return op1('NonMaxSuppressionV2', [boxes, scores, maxOutputSize, iouThreshold], options);
}

/**
 * TensorFlow op `NonMaxSuppressionV3`; outputs: selected_indices (int32).
 * T: one of float16, float32.
 * T_threshold: one of float16, float32.
 * @param boxes (dtype T)
 * @param scores (dtype T)
 * @param maxOutputSize (int32)
 * @param iouThreshold (dtype T_threshold)
 * @param scoreThreshold (dtype T_threshold)
 */
export function nonMaxSuppressionV3(boxes: OutputLike, scores: OutputLike, maxOutputSize: OutputLike, iouThreshold: OutputLike, scoreThreshold: OutputLike, options: InputOpOptions = {}): Output {
  return op1('NonMaxSuppressionV3', [boxes, scores, maxOutputSize, iouThreshold, scoreThreshold], options);
}

/** Options of {@link nonMaxSuppressionV4} (TensorFlow op `NonMaxSuppressionV4`). */
export interface NonMaxSuppressionV4Options extends InputOpOptions {
  /** `pad_to_max_output_size` (bool). Default false. */
  padToMaxOutputSize?: boolean;
}

/**
 * TensorFlow op `NonMaxSuppressionV4`; outputs: selected_indices (int32), valid_outputs (int32).
 * T: one of float16, float32.
 * T_threshold: one of float16, float32.
 * @param boxes (dtype T)
 * @param scores (dtype T)
 * @param maxOutputSize (int32)
 * @param iouThreshold (dtype T_threshold)
 * @param scoreThreshold (dtype T_threshold)
 */
export function nonMaxSuppressionV4(boxes: OutputLike, scores: OutputLike, maxOutputSize: OutputLike, iouThreshold: OutputLike, scoreThreshold: OutputLike, options: NonMaxSuppressionV4Options = {}): { selectedIndices: Output; validOutputs: Output } {
  return opOutputs<{ selectedIndices: Output; validOutputs: Output }>('NonMaxSuppressionV4', [boxes, scores, maxOutputSize, iouThreshold, scoreThreshold], options);
}

/** Options of {@link nonMaxSuppressionV5} (TensorFlow op `NonMaxSuppressionV5`). */
export interface NonMaxSuppressionV5Options extends InputOpOptions {
  /** `pad_to_max_output_size` (bool). Default false. */
  padToMaxOutputSize?: boolean;
}

/**
 * TensorFlow op `NonMaxSuppressionV5`; outputs: selected_indices (int32), selected_scores (dtype T), valid_outputs (int32).
 * T: one of float16, float32.
 * @param boxes (dtype T)
 * @param scores (dtype T)
 * @param maxOutputSize (int32)
 * @param iouThreshold (dtype T)
 * @param scoreThreshold (dtype T)
 * @param softNmsSigma (dtype T)
 */
export function nonMaxSuppressionV5(boxes: OutputLike, scores: OutputLike, maxOutputSize: OutputLike, iouThreshold: OutputLike, scoreThreshold: OutputLike, softNmsSigma: OutputLike, options: NonMaxSuppressionV5Options = {}): { selectedIndices: Output; selectedScores: Output; validOutputs: Output } {
  return opOutputs<{ selectedIndices: Output; selectedScores: Output; validOutputs: Output }>('NonMaxSuppressionV5', [boxes, scores, maxOutputSize, iouThreshold, scoreThreshold, softNmsSigma], options);
}

/**
 * TensorFlow op `NonMaxSuppressionWithOverlaps`; outputs: selected_indices (int32).
 * @param overlaps (float32)
 * @param scores (float32)
 * @param maxOutputSize (int32)
 * @param overlapThreshold (float32)
 * @param scoreThreshold (float32)
 */
export function nonMaxSuppressionWithOverlaps(overlaps: OutputLike, scores: OutputLike, maxOutputSize: OutputLike, overlapThreshold: OutputLike, scoreThreshold: OutputLike, options: InputOpOptions = {}): Output {
  return op1('NonMaxSuppressionWithOverlaps', [overlaps, scores, maxOutputSize, overlapThreshold, scoreThreshold], options);
}

/**
 * TensorFlow op `RGBToHSV`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, float64.
 * @param images (dtype T)
 */
export function rgbToHSV(images: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RGBToHSV', [images], options);
}

/** Options of {@link resizeArea} (TensorFlow op `ResizeArea`). */
export interface ResizeAreaOptions extends InputOpOptions {
  /** `align_corners` (bool). Default false. */
  alignCorners?: boolean;
}

/**
 * TensorFlow op `ResizeArea`; outputs: resized_images (float32).
 * T: one of int8, uint8, int16, uint16, int32, int64, float16, float32, float64, bfloat16.
 * @param images (dtype T)
 * @param size (int32)
 */
export function resizeArea(images: OutputLike, size: OutputLike, options: ResizeAreaOptions = {}): Output {
  return op1('ResizeArea', [images, size], options);
}

/** Options of {@link resizeBicubic} (TensorFlow op `ResizeBicubic`). */
export interface ResizeBicubicOptions extends InputOpOptions {
  /** `align_corners` (bool). Default false. */
  alignCorners?: boolean;
  /** `half_pixel_centers` (bool). Default false. */
  halfPixelCenters?: boolean;
}

/**
 * TensorFlow op `ResizeBicubic`; outputs: resized_images (float32).
 * T: one of int8, uint8, int16, uint16, int32, int64, float16, float32, float64, bfloat16.
 * @param images (dtype T)
 * @param size (int32)
 */
export function resizeBicubic(images: OutputLike, size: OutputLike, options: ResizeBicubicOptions = {}): Output {
  return op1('ResizeBicubic', [images, size], options);
}

/** Options of {@link resizeBicubicGrad} (TensorFlow op `ResizeBicubicGrad`). */
export interface ResizeBicubicGradOptions extends InputOpOptions {
  /** `align_corners` (bool). Default false. */
  alignCorners?: boolean;
  /** `half_pixel_centers` (bool). Default false. */
  halfPixelCenters?: boolean;
}

/**
 * TensorFlow op `ResizeBicubicGrad`; outputs: output (dtype T).
 * T: one of float32, float64.
 * @param grads (float32)
 * @param originalImage (dtype T)
 */
export function resizeBicubicGrad(grads: OutputLike, originalImage: OutputLike, options: ResizeBicubicGradOptions = {}): Output {
  return op1('ResizeBicubicGrad', [grads, originalImage], options);
}

/** Options of {@link resizeBilinear} (TensorFlow op `ResizeBilinear`). */
export interface ResizeBilinearOptions extends InputOpOptions {
  /** `align_corners` (bool). Default false. */
  alignCorners?: boolean;
  /** `half_pixel_centers` (bool). Default false. */
  halfPixelCenters?: boolean;
}

/**
 * TensorFlow op `ResizeBilinear`; outputs: resized_images (float32).
 * T: one of int8, uint8, int16, uint16, int32, int64, bfloat16, float16, float32, float64, bfloat16.
 * @param images (dtype T)
 * @param size (int32)
 */
export function resizeBilinear(images: OutputLike, size: OutputLike, options: ResizeBilinearOptions = {}): Output {
  return op1('ResizeBilinear', [images, size], options);
}

/** Options of {@link resizeBilinearGrad} (TensorFlow op `ResizeBilinearGrad`). */
export interface ResizeBilinearGradOptions extends InputOpOptions {
  /** `align_corners` (bool). Default false. */
  alignCorners?: boolean;
  /** `half_pixel_centers` (bool). Default false. */
  halfPixelCenters?: boolean;
}

/**
 * TensorFlow op `ResizeBilinearGrad`; outputs: output (dtype T).
 * T: one of float32, bfloat16, float16, float64.
 * @param grads (float32)
 * @param originalImage (dtype T)
 */
export function resizeBilinearGrad(grads: OutputLike, originalImage: OutputLike, options: ResizeBilinearGradOptions = {}): Output {
  return op1('ResizeBilinearGrad', [grads, originalImage], options);
}

/** Options of {@link resizeNearestNeighbor} (TensorFlow op `ResizeNearestNeighbor`). */
export interface ResizeNearestNeighborOptions extends InputOpOptions {
  /** `align_corners` (bool). Default false. */
  alignCorners?: boolean;
  /** `half_pixel_centers` (bool). Default false. */
  halfPixelCenters?: boolean;
}

/**
 * TensorFlow op `ResizeNearestNeighbor`; outputs: resized_images (dtype T).
 * T: one of int8, uint8, int16, uint16, int32, int64, float16, float32, float64, bfloat16.
 * @param images (dtype T)
 * @param size (int32)
 */
export function resizeNearestNeighbor(images: OutputLike, size: OutputLike, options: ResizeNearestNeighborOptions = {}): Output {
  return op1('ResizeNearestNeighbor', [images, size], options);
}

/** Options of {@link resizeNearestNeighborGrad} (TensorFlow op `ResizeNearestNeighborGrad`). */
export interface ResizeNearestNeighborGradOptions extends InputOpOptions {
  /** `align_corners` (bool). Default false. */
  alignCorners?: boolean;
  /** `half_pixel_centers` (bool). Default false. */
  halfPixelCenters?: boolean;
}

/**
 * TensorFlow op `ResizeNearestNeighborGrad`; outputs: output (dtype T).
 * T: one of uint8, int8, int32, float16, float32, float64, bfloat16.
 * @param grads (dtype T)
 * @param size (int32)
 */
export function resizeNearestNeighborGrad(grads: OutputLike, size: OutputLike, options: ResizeNearestNeighborGradOptions = {}): Output {
  return op1('ResizeNearestNeighborGrad', [grads, size], options);
}

/** Options of {@link sampleDistortedBoundingBox} (TensorFlow op `SampleDistortedBoundingBox`). */
export interface SampleDistortedBoundingBoxOptions extends InputOpOptions {
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `min_object_covered` (float). Default 0.10000000149011612. */
  minObjectCovered?: number;
  /** `aspect_ratio_range` (list(float)). Default [0.75, 1.3300000429153442]. */
  aspectRatioRange?: number[];
  /** `area_range` (list(float)). Default [0.05000000074505806, 1]. */
  areaRange?: number[];
  /** `max_attempts` (int). Default 100. */
  maxAttempts?: number;
  /** `use_image_if_no_bounding_boxes` (bool). Default false. */
  useImageIfNoBoundingBoxes?: boolean;
}

/**
 * TensorFlow op `SampleDistortedBoundingBox`; outputs: begin (dtype T), size (dtype T), bboxes (float32).
 * T: one of uint8, int8, int16, int32, int64.
 * @param imageSize (dtype T)
 * @param boundingBoxes (float32)
 */
export function sampleDistortedBoundingBox(imageSize: OutputLike, boundingBoxes: OutputLike, options: SampleDistortedBoundingBoxOptions = {}): { begin: Output; size: Output; bboxes: Output } {
  return opOutputs<{ begin: Output; size: Output; bboxes: Output }>('SampleDistortedBoundingBox', [imageSize, boundingBoxes], options);
}

/** Options of {@link sampleDistortedBoundingBoxV2} (TensorFlow op `SampleDistortedBoundingBoxV2`). */
export interface SampleDistortedBoundingBoxV2Options extends InputOpOptions {
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `aspect_ratio_range` (list(float)). Default [0.75, 1.3300000429153442]. */
  aspectRatioRange?: number[];
  /** `area_range` (list(float)). Default [0.05000000074505806, 1]. */
  areaRange?: number[];
  /** `max_attempts` (int). Default 100. */
  maxAttempts?: number;
  /** `use_image_if_no_bounding_boxes` (bool). Default false. */
  useImageIfNoBoundingBoxes?: boolean;
}

/**
 * TensorFlow op `SampleDistortedBoundingBoxV2`; outputs: begin (dtype T), size (dtype T), bboxes (float32).
 * T: one of uint8, int8, int16, int32, int64.
 * @param imageSize (dtype T)
 * @param boundingBoxes (float32)
 * @param minObjectCovered (float32)
 */
export function sampleDistortedBoundingBoxV2(imageSize: OutputLike, boundingBoxes: OutputLike, minObjectCovered: OutputLike, options: SampleDistortedBoundingBoxV2Options = {}): { begin: Output; size: Output; bboxes: Output } {
  return opOutputs<{ begin: Output; size: Output; bboxes: Output }>('SampleDistortedBoundingBoxV2', [imageSize, boundingBoxes, minObjectCovered], options);
}

/** Options of {@link scaleAndTranslate} (TensorFlow op `ScaleAndTranslate`). */
export interface ScaleAndTranslateOptions extends InputOpOptions {
  /** `kernel_type` (string). Default "lanczos3". */
  kernelType?: string;
  /** `antialias` (bool). Default true. */
  antialias?: boolean;
}

/**
 * TensorFlow op `ScaleAndTranslate`; outputs: resized_images (float32).
 * T: one of int8, uint8, int16, uint16, int32, int64, bfloat16, float16, float32, float64.
 * @param images (dtype T)
 * @param size (int32)
 * @param scale (float32)
 * @param translation (float32)
 */
export function scaleAndTranslate(images: OutputLike, size: OutputLike, scale: OutputLike, translation: OutputLike, options: ScaleAndTranslateOptions = {}): Output {
  return op1('ScaleAndTranslate', [images, size, scale, translation], options);
}

/** Options of {@link scaleAndTranslateGrad} (TensorFlow op `ScaleAndTranslateGrad`). */
export interface ScaleAndTranslateGradOptions extends InputOpOptions {
  /** `kernel_type` (string). Default "lanczos3". */
  kernelType?: string;
  /** `antialias` (bool). Default true. */
  antialias?: boolean;
}

/**
 * TensorFlow op `ScaleAndTranslateGrad`; outputs: output (dtype T).
 * T: one of float32.
 * @param grads (dtype T)
 * @param originalImage (dtype T)
 * @param scale (float32)
 * @param translation (float32)
 */
export function scaleAndTranslateGrad(grads: OutputLike, originalImage: OutputLike, scale: OutputLike, translation: OutputLike, options: ScaleAndTranslateGradOptions = {}): Output {
  return op1('ScaleAndTranslateGrad', [grads, originalImage, scale, translation], options);
}
