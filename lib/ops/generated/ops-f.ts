// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Operation, Output } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `FFT`; outputs: output (dtype Tcomplex).
 * Tcomplex: one of complex64, complex128.
 * @param input (dtype Tcomplex)
 */
export function fft(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('FFT', [input], options);
}

/**
 * TensorFlow op `FFT2D`; outputs: output (dtype Tcomplex).
 * Tcomplex: one of complex64, complex128.
 * @param input (dtype Tcomplex)
 */
export function fft2d(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('FFT2D', [input], options);
}

/**
 * TensorFlow op `FFT3D`; outputs: output (dtype Tcomplex).
 * Tcomplex: one of complex64, complex128.
 * @param input (dtype Tcomplex)
 */
export function fft3d(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('FFT3D', [input], options);
}

/**
 * TensorFlow op `FFTND`; outputs: output (dtype Tcomplex).
 * Tcomplex: one of complex64, complex128.
 * @param input (dtype Tcomplex)
 * @param fftLength (int32)
 * @param axes (int32)
 */
export function fftnd(input: OutputLike, fftLength: OutputLike, axes: OutputLike, options: InputOpOptions = {}): Output {
  return op1('FFTND', [input, fftLength, axes], options);
}

/** Options of {@link fifoQueue} (TensorFlow op `FIFOQueue`). */
export interface FifoQueueOptions extends OpOptions {
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

/** TensorFlow op `FIFOQueue`; outputs: handle (string). */
export function fifoQueue(graph: Graph, options: FifoQueueOptions): Output {
  return op1('FIFOQueue', graph, options);
}

/** Options of {@link fifoQueueV2} (TensorFlow op `FIFOQueueV2`). */
export interface FifoQueueV2Options extends OpOptions {
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

/** TensorFlow op `FIFOQueueV2`; outputs: handle (resource). */
export function fifoQueueV2(graph: Graph, options: FifoQueueV2Options): Output {
  return op1('FIFOQueueV2', graph, options);
}

/** TensorFlow op `Fact`; outputs: fact (string). */
export function fact(graph: Graph, options: OpOptions = {}): Output {
  return op1('Fact', graph, options);
}

/** Options of {@link fakeParam} (TensorFlow op `FakeParam`). */
export interface FakeParamOptions extends OpOptions {
  /** `dtype` (type). */
  dtype: DType;
  /** `shape` (shape). */
  shape: number[] | null;
}

/** TensorFlow op `FakeParam`; outputs: output (dtype dtype). */
export function fakeParam(graph: Graph, options: FakeParamOptions): Output {
  return op1('FakeParam', graph, options);
}

/** Options of {@link fakeQuantWithMinMaxArgs} (TensorFlow op `FakeQuantWithMinMaxArgs`). */
export interface FakeQuantWithMinMaxArgsOptions extends InputOpOptions {
  /** `min` (float). Default -6. */
  min?: number;
  /** `max` (float). Default 6. */
  max?: number;
  /** `num_bits` (int). Default 8. */
  numBits?: number;
  /** `narrow_range` (bool). Default false. */
  narrowRange?: boolean;
}

/**
 * TensorFlow op `FakeQuantWithMinMaxArgs`; outputs: outputs (float32).
 * @param inputs (float32)
 */
export function fakeQuantWithMinMaxArgs(inputs: OutputLike, options: FakeQuantWithMinMaxArgsOptions = {}): Output {
  return op1('FakeQuantWithMinMaxArgs', [inputs], options);
}

/** Options of {@link fakeQuantWithMinMaxArgsGradient} (TensorFlow op `FakeQuantWithMinMaxArgsGradient`). */
export interface FakeQuantWithMinMaxArgsGradientOptions extends InputOpOptions {
  /** `min` (float). Default -6. */
  min?: number;
  /** `max` (float). Default 6. */
  max?: number;
  /** `num_bits` (int). Default 8. */
  numBits?: number;
  /** `narrow_range` (bool). Default false. */
  narrowRange?: boolean;
}

/**
 * TensorFlow op `FakeQuantWithMinMaxArgsGradient`; outputs: backprops (float32).
 * @param gradients (float32)
 * @param inputs (float32)
 */
export function fakeQuantWithMinMaxArgsGradient(gradients: OutputLike, inputs: OutputLike, options: FakeQuantWithMinMaxArgsGradientOptions = {}): Output {
  return op1('FakeQuantWithMinMaxArgsGradient', [gradients, inputs], options);
}

/** Options of {@link fakeQuantWithMinMaxVars} (TensorFlow op `FakeQuantWithMinMaxVars`). */
export interface FakeQuantWithMinMaxVarsOptions extends InputOpOptions {
  /** `num_bits` (int). Default 8. */
  numBits?: number;
  /** `narrow_range` (bool). Default false. */
  narrowRange?: boolean;
}

/**
 * TensorFlow op `FakeQuantWithMinMaxVars`; outputs: outputs (float32).
 * @param inputs (float32)
 * @param min (float32)
 * @param max (float32)
 */
export function fakeQuantWithMinMaxVars(inputs: OutputLike, min: OutputLike, max: OutputLike, options: FakeQuantWithMinMaxVarsOptions = {}): Output {
  return op1('FakeQuantWithMinMaxVars', [inputs, min, max], options);
}

/** Options of {@link fakeQuantWithMinMaxVarsGradient} (TensorFlow op `FakeQuantWithMinMaxVarsGradient`). */
export interface FakeQuantWithMinMaxVarsGradientOptions extends InputOpOptions {
  /** `num_bits` (int). Default 8. */
  numBits?: number;
  /** `narrow_range` (bool). Default false. */
  narrowRange?: boolean;
}

/**
 * TensorFlow op `FakeQuantWithMinMaxVarsGradient`; outputs: backprops_wrt_input (float32), backprop_wrt_min (float32), backprop_wrt_max (float32).
 * @param gradients (float32)
 * @param inputs (float32)
 * @param min (float32)
 * @param max (float32)
 */
export function fakeQuantWithMinMaxVarsGradient(gradients: OutputLike, inputs: OutputLike, min: OutputLike, max: OutputLike, options: FakeQuantWithMinMaxVarsGradientOptions = {}): { backpropsWrtInput: Output; backpropWrtMin: Output; backpropWrtMax: Output } {
  return opOutputs<{ backpropsWrtInput: Output; backpropWrtMin: Output; backpropWrtMax: Output }>('FakeQuantWithMinMaxVarsGradient', [gradients, inputs, min, max], options);
}

/** Options of {@link fakeQuantWithMinMaxVarsPerChannel} (TensorFlow op `FakeQuantWithMinMaxVarsPerChannel`). */
export interface FakeQuantWithMinMaxVarsPerChannelOptions extends InputOpOptions {
  /** `num_bits` (int). Default 8. */
  numBits?: number;
  /** `narrow_range` (bool). Default false. */
  narrowRange?: boolean;
}

/**
 * TensorFlow op `FakeQuantWithMinMaxVarsPerChannel`; outputs: outputs (float32).
 * @param inputs (float32)
 * @param min (float32)
 * @param max (float32)
 */
export function fakeQuantWithMinMaxVarsPerChannel(inputs: OutputLike, min: OutputLike, max: OutputLike, options: FakeQuantWithMinMaxVarsPerChannelOptions = {}): Output {
  return op1('FakeQuantWithMinMaxVarsPerChannel', [inputs, min, max], options);
}

/** Options of {@link fakeQuantWithMinMaxVarsPerChannelGradient} (TensorFlow op `FakeQuantWithMinMaxVarsPerChannelGradient`). */
export interface FakeQuantWithMinMaxVarsPerChannelGradientOptions extends InputOpOptions {
  /** `num_bits` (int). Default 8. */
  numBits?: number;
  /** `narrow_range` (bool). Default false. */
  narrowRange?: boolean;
}

/**
 * TensorFlow op `FakeQuantWithMinMaxVarsPerChannelGradient`; outputs: backprops_wrt_input (float32), backprop_wrt_min (float32), backprop_wrt_max (float32).
 * @param gradients (float32)
 * @param inputs (float32)
 * @param min (float32)
 * @param max (float32)
 */
export function fakeQuantWithMinMaxVarsPerChannelGradient(gradients: OutputLike, inputs: OutputLike, min: OutputLike, max: OutputLike, options: FakeQuantWithMinMaxVarsPerChannelGradientOptions = {}): { backpropsWrtInput: Output; backpropWrtMin: Output; backpropWrtMax: Output } {
  return opOutputs<{ backpropsWrtInput: Output; backpropWrtMin: Output; backpropWrtMax: Output }>('FakeQuantWithMinMaxVarsPerChannelGradient', [gradients, inputs, min, max], options);
}

/**
 * TensorFlow op `FakeQueue`; outputs: handle (string).
 * @param resource (resource)
 */
export function fakeQueue(resource: OutputLike, options: InputOpOptions = {}): Output {
  return op1('FakeQueue', [resource], options);
}

/**
 * TensorFlow op `FileSystemSetConfiguration`.
 * @param scheme (string)
 * @param key (string)
 * @param value (string)
 */
export function fileSystemSetConfiguration(scheme: OutputLike, key: OutputLike, value: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('FileSystemSetConfiguration', [scheme, key, value], options);
}

/**
 * TensorFlow op `Fill`; outputs: output (dtype T).
 * index_type: one of int32, int64.
 * @param dims (dtype index_type)
 * @param value (dtype T)
 */
export function fill(dims: OutputLike, value: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Fill', [dims, value], options);
}

/**
 * TensorFlow op `Fingerprint`; outputs: fingerprint (uint8).
 * @param data (dtype T)
 * @param method (string)
 */
export function fingerprint(data: OutputLike, method: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Fingerprint', [data, method], options);
}

/** Options of {@link fixedLengthRecordReaderV2} (TensorFlow op `FixedLengthRecordReaderV2`). */
export interface FixedLengthRecordReaderV2Options extends OpOptions {
  /** `header_bytes` (int). Default 0. */
  headerBytes?: number;
  /** `record_bytes` (int). */
  recordBytes: number;
  /** `footer_bytes` (int). Default 0. */
  footerBytes?: number;
  /** `hop_bytes` (int). Default 0. */
  hopBytes?: number;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `encoding` (string). Default "". */
  encoding?: string;
}

/** TensorFlow op `FixedLengthRecordReaderV2`; outputs: reader_handle (resource). */
export function fixedLengthRecordReaderV2(graph: Graph, options: FixedLengthRecordReaderV2Options): Output {
  return op1('FixedLengthRecordReaderV2', graph, options);
}

/** Options of {@link fixedUnigramCandidateSampler} (TensorFlow op `FixedUnigramCandidateSampler`). */
export interface FixedUnigramCandidateSamplerOptions extends InputOpOptions {
  /** `num_true` (int). Minimum 1. */
  numTrue: number;
  /** `num_sampled` (int). Minimum 1. */
  numSampled: number;
  /** `unique` (bool). */
  unique: boolean;
  /** `range_max` (int). Minimum 1. */
  rangeMax: number;
  /** `vocab_file` (string). Default "". */
  vocabFile?: string;
  /** `distortion` (float). Default 1. */
  distortion?: number;
  /** `num_reserved_ids` (int). Default 0. */
  numReservedIds?: number;
  /** `num_shards` (int). Minimum 1. Default 1. */
  numShards?: number;
  /** `shard` (int). Minimum 0. Default 0. */
  shard?: number;
  /** `unigrams` (list(float)). Default []. */
  unigrams?: number[];
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `FixedUnigramCandidateSampler`; outputs: sampled_candidates (int64), true_expected_count (float32), sampled_expected_count (float32).
 * @param trueClasses (int64)
 */
export function fixedUnigramCandidateSampler(trueClasses: OutputLike, options: FixedUnigramCandidateSamplerOptions): { sampledCandidates: Output; trueExpectedCount: Output; sampledExpectedCount: Output } {
  return opOutputs<{ sampledCandidates: Output; trueExpectedCount: Output; sampledExpectedCount: Output }>('FixedUnigramCandidateSampler', [trueClasses], options);
}

/**
 * TensorFlow op `Floor`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function floor(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Floor', [x], options);
}

/**
 * TensorFlow op `FloorDiv`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, uint8, int8, uint16, int16, int32, uint32, uint64, int64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function floorDiv(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('FloorDiv', [x, y], options);
}

/**
 * TensorFlow op `FloorMod`; outputs: z (dtype T).
 * T: one of int8, int16, int32, int64, uint8, uint16, uint32, uint64, bfloat16, float16, float32, float64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function floorMod(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('FloorMod', [x, y], options);
}

/**
 * TensorFlow op `FlushSummaryWriter`.
 * @param writer (resource)
 */
export function flushSummaryWriter(writer: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('FlushSummaryWriter', [writer], options);
}

/** Options of {@link forOp} (TensorFlow op `For`). */
export interface ForOpOptions extends InputOpOptions {
  /** `body` (func). */
  body: string | FuncAttr;
}

/**
 * TensorFlow op `For`; outputs: output (list, dtypes T).
 * @param start (int32)
 * @param limit (int32)
 * @param delta (int32)
 * @param input (list, dtypes T)
 */
export function forOp(start: OutputLike, limit: OutputLike, delta: OutputLike, input: OutputLike[], options: ForOpOptions): Output[] {
  return opList('For', [start, limit, delta, input], options);
}

/**
 * TensorFlow op `FresnelCos`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function fresnelCos(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('FresnelCos', [x], options);
}

/**
 * TensorFlow op `FresnelSin`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function fresnelSin(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('FresnelSin', [x], options);
}
