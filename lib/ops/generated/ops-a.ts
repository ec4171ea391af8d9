// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Graph, Operation, Output } from '../../core';
import { op1, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link abort} (TensorFlow op `Abort`). */
export interface AbortOptions extends OpOptions {
  /** `error_msg` (string). Default "". */
  errorMsg?: string;
  /** `exit_without_error` (bool). Default false. */
  exitWithoutError?: boolean;
}

/** TensorFlow op `Abort`. */
export function abort(graph: Graph, options: AbortOptions = {}): Operation {
  return opNoOutput('Abort', graph, options);
}

/**
 * TensorFlow op `Abs`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, int8, int16, int32, int64.
 * @param x (dtype T)
 */
export function abs(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Abs', [x], options);
}

/** Options of {@link accumulateNV2} (TensorFlow op `AccumulateNV2`). */
export interface AccumulateNV2Options extends InputOpOptions {
  /** `shape` (shape). */
  shape: number[] | null;
}

/**
 * TensorFlow op `AccumulateNV2`; outputs: sum (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param inputs (list of N, dtype T)
 */
export function accumulateNV2(inputs: OutputLike[], options: AccumulateNV2Options): Output {
  return op1('AccumulateNV2', [inputs], options);
}

/**
 * TensorFlow op `AccumulatorApplyGradient`.
 * dtype: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param handle (string)
 * @param localStep (int64)
 * @param gradient (dtype dtype)
 */
export function accumulatorApplyGradient(handle: OutputLike, localStep: OutputLike, gradient: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('AccumulatorApplyGradient', [handle, localStep, gradient], options);
}

/**
 * TensorFlow op `AccumulatorNumAccumulated`; outputs: num_accumulated (int32).
 * @param handle (string)
 */
export function accumulatorNumAccumulated(handle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('AccumulatorNumAccumulated', [handle], options);
}

/**
 * TensorFlow op `AccumulatorSetGlobalStep`.
 * @param handle (string)
 * @param newGlobalStep (int64)
 */
export function accumulatorSetGlobalStep(handle: OutputLike, newGlobalStep: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('AccumulatorSetGlobalStep', [handle, newGlobalStep], options);
}

/** Options of {@link accumulatorTakeGradient} (TensorFlow op `AccumulatorTakeGradient`). */
export interface AccumulatorTakeGradientOptions extends InputOpOptions {
  /** `dtype` (type). One of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64. */
  dtype: DType;
}

/**
 * TensorFlow op `AccumulatorTakeGradient`; outputs: average (dtype dtype).
 * @param handle (string)
 * @param numRequired (int32)
 */
export function accumulatorTakeGradient(handle: OutputLike, numRequired: OutputLike, options: AccumulatorTakeGradientOptions): Output {
  return op1('AccumulatorTakeGradient', [handle, numRequired], options);
}

/**
 * TensorFlow op `Acos`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function acos(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Acos', [x], options);
}

/**
 * TensorFlow op `Acosh`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function acosh(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Acosh', [x], options);
}

/**
 * TensorFlow op `Add`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, uint8, int8, int16, int32, int64, complex64, complex128, string.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function add(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Add', [x, y], options);
}

/** Options of {@link addManySparseToTensorsMap} (TensorFlow op `AddManySparseToTensorsMap`). */
export interface AddManySparseToTensorsMapOptions extends InputOpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/**
 * TensorFlow op `AddManySparseToTensorsMap`; outputs: sparse_handles (int64).
 * @param sparseIndices (int64)
 * @param sparseValues (dtype T)
 * @param sparseShape (int64)
 */
export function addManySparseToTensorsMap(sparseIndices: OutputLike, sparseValues: OutputLike, sparseShape: OutputLike, options: AddManySparseToTensorsMapOptions = {}): Output {
  return op1('AddManySparseToTensorsMap', [sparseIndices, sparseValues, sparseShape], options);
}

/**
 * TensorFlow op `AddN`; outputs: sum (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64, variant.
 * @param inputs (list of N, dtype T)
 */
export function addN(inputs: OutputLike[], options: InputOpOptions = {}): Output {
  return op1('AddN', [inputs], options);
}

/** Options of {@link addSparseToTensorsMap} (TensorFlow op `AddSparseToTensorsMap`). */
export interface AddSparseToTensorsMapOptions extends InputOpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/**
 * TensorFlow op `AddSparseToTensorsMap`; outputs: sparse_handle (int64).
 * @param sparseIndices (int64)
 * @param sparseValues (dtype T)
 * @param sparseShape (int64)
 */
export function addSparseToTensorsMap(sparseIndices: OutputLike, sparseValues: OutputLike, sparseShape: OutputLike, options: AddSparseToTensorsMapOptions = {}): Output {
  return op1('AddSparseToTensorsMap', [sparseIndices, sparseValues, sparseShape], options);
}

/**
 * TensorFlow op `AddV2`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64, uint8, uint16, uint32, uint64, int8, int16, int32, int64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function addV2(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('AddV2', [x, y], options);
}

/** Options of {@link all} (TensorFlow op `All`). */
export interface AllOptions extends InputOpOptions {
  /** `keep_dims` (bool). Default false. */
  keepDims?: boolean;
}

/**
 * TensorFlow op `All`; outputs: output (bool).
 * Tidx: one of int32, int64.
 * @param input (bool)
 * @param reductionIndices (dtype Tidx)
 */
export function all(input: OutputLike, reductionIndices: OutputLike, options: AllOptions = {}): Output {
  return op1('All', [input, reductionIndices], options);
}

/** Options of {@link allCandidateSampler} (TensorFlow op `AllCandidateSampler`). */
export interface AllCandidateSamplerOptions extends InputOpOptions {
  /** `num_true` (int). Minimum 1. */
  numTrue: number;
  /** `num_sampled` (int). Minimum 1. */
  numSampled: number;
  /** `unique` (bool). */
  unique: boolean;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `AllCandidateSampler`; outputs: sampled_candidates (int64), true_expected_count (float32), sampled_expected_count (float32).
 * @param trueClasses (int64)
 */
export function allCandidateSampler(trueClasses: OutputLike, options: AllCandidateSamplerOptions): { sampledCandidates: Output; trueExpectedCount: Output; sampledExpectedCount: Output } {
  return opOutputs<{ sampledCandidates: Output; trueExpectedCount: Output; sampledExpectedCount: Output }>('AllCandidateSampler', [trueClasses], options);
}

/** Options of {@link angle} (TensorFlow op `Angle`). */
export interface AngleOptions extends InputOpOptions {
  /** `Tout` (type). One of float32, float64. Default 'float32'. */
  tout?: DType;
}

/**
 * TensorFlow op `Angle`; outputs: output (dtype Tout).
 * T: one of complex64, complex128.
 * @param input (dtype T)
 */
export function angle(input: OutputLike, options: AngleOptions = {}): Output {
  return op1('Angle', [input], options);
}

/** Options of {@link anonymousHashTable} (TensorFlow op `AnonymousHashTable`). */
export interface AnonymousHashTableOptions extends OpOptions {
  /** `key_dtype` (type). */
  keyDtype: DType;
  /** `value_dtype` (type). */
  valueDtype: DType;
}

/** TensorFlow op `AnonymousHashTable`; outputs: table_handle (resource). */
export function anonymousHashTable(graph: Graph, options: AnonymousHashTableOptions): Output {
  return op1('AnonymousHashTable', graph, options);
}

/** TensorFlow op `AnonymousMemoryCache`; outputs: handle (resource), deleter (variant). */
export function anonymousMemoryCache(graph: Graph, options: OpOptions = {}): { handle: Output; deleter: Output } {
  return opOutputs<{ handle: Output; deleter: Output }>('AnonymousMemoryCache', graph, options);
}

/** Options of {@link anonymousMutableDenseHashTable} (TensorFlow op `AnonymousMutableDenseHashTable`). */
export interface AnonymousMutableDenseHashTableOptions extends InputOpOptions {
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
 * TensorFlow op `AnonymousMutableDenseHashTable`; outputs: table_handle (resource).
 * @param emptyKey (dtype key_dtype)
 * @param deletedKey (dtype key_dtype)
 */
export function anonymousMutableDenseHashTable(emptyKey: OutputLike, deletedKey: OutputLike, options: AnonymousMutableDenseHashTableOptions): Output {
  return op1('AnonymousMutableDenseHashTable', [emptyKey, deletedKey], options);
}

/** Options of {@link anonymousMutableHashTable} (TensorFlow op `AnonymousMutableHashTable`). */
export interface AnonymousMutableHashTableOptions extends OpOptions {
  /** `key_dtype` (type). */
  keyDtype: DType;
  /** `value_dtype` (type). */
  valueDtype: DType;
}

/** TensorFlow op `AnonymousMutableHashTable`; outputs: table_handle (resource). */
export function anonymousMutableHashTable(graph: Graph, options: AnonymousMutableHashTableOptions): Output {
  return op1('AnonymousMutableHashTable', graph, options);
}

/** Options of {@link anonymousMutableHashTableOfTensors} (TensorFlow op `AnonymousMutableHashTableOfTensors`). */
export interface AnonymousMutableHashTableOfTensorsOptions extends OpOptions {
  /** `key_dtype` (type). */
  keyDtype: DType;
  /** `value_dtype` (type). */
  valueDtype: DType;
  /** `value_shape` (shape). Default []. */
  valueShape?: number[] | null;
}

/** TensorFlow op `AnonymousMutableHashTableOfTensors`; outputs: table_handle (resource). */
export function anonymousMutableHashTableOfTensors(graph: Graph, options: AnonymousMutableHashTableOfTensorsOptions): Output {
  return op1('AnonymousMutableHashTableOfTensors', graph, options);
}

/**
 * TensorFlow op `AnonymousRandomSeedGenerator`; outputs: handle (resource), deleter (variant).
 * @param seed (int64)
 * @param seed2 (int64)
 */
export function anonymousRandomSeedGenerator(seed: OutputLike, seed2: OutputLike, options: InputOpOptions = {}): { handle: Output; deleter: Output } {
  return opOutputs<{ handle: Output; deleter: Output }>('AnonymousRandomSeedGenerator', [seed, seed2], options);
}

/**
 * TensorFlow op `AnonymousSeedGenerator`; outputs: handle (resource), deleter (variant).
 * @param seed (int64)
 * @param seed2 (int64)
 * @param reshuffle (bool)
 */
export function anonymousSeedGenerator(seed: OutputLike, seed2: OutputLike, reshuffle: OutputLike, options: InputOpOptions = {}): { handle: Output; deleter: Output } {
  return opOutputs<{ handle: Output; deleter: Output }>('AnonymousSeedGenerator', [seed, seed2, reshuffle], options);
}

/** Options of {@link any} (TensorFlow op `Any`). */
export interface AnyOptions extends InputOpOptions {
  /** `keep_dims` (bool). Default false. */
  keepDims?: boolean;
}

/**
 * TensorFlow op `Any`; outputs: output (bool).
 * Tidx: one of int32, int64.
 * @param input (bool)
 * @param reductionIndices (dtype Tidx)
 */
export function any(input: OutputLike, reductionIndices: OutputLike, options: AnyOptions = {}): Output {
  return op1('Any', [input, reductionIndices], options);
}

/** Options of {@link approxTopK} (TensorFlow op `ApproxTopK`). */
export interface ApproxTopKOptions extends InputOpOptions {
  /** `k` (int). Minimum 0. */
  k: number;
  /** `reduction_dimension` (int). Default -1. */
  reductionDimension?: number;
  /** `recall_target` (float). Default 0.949999988079071. */
  recallTarget?: number;
  /** `is_max_k` (bool). Default true. */
  isMaxK?: boolean;
  /** `reduction_input_size_override` (int). Default -1. */
  reductionInputSizeOverride?: number;
  /** `aggregate_to_topk` (bool). Default true. */
  aggregateToTopk?: boolean;
}

/**
 * TensorFlow op `ApproxTopK`; outputs: values (dtype T), indices (int32).
 * T: one of float16, bfloat16, float32.
 * @param input (dtype T)
 */
export function approxTopK(input: OutputLike, options: ApproxTopKOptions): { values: Output; indices: Output } {
  return opOutputs<{ values: Output; indices: Output }>('ApproxTopK', [input], options);
}

/** Options of {@link approximateEqual} (TensorFlow op `ApproximateEqual`). */
export interface ApproximateEqualOptions extends InputOpOptions {
  /** `tolerance` (float). Default 0.000009999999747378752. */
  tolerance?: number;
}

/**
 * TensorFlow op `ApproximateEqual`; outputs: z (bool).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function approximateEqual(x: OutputLike, y: OutputLike, options: ApproximateEqualOptions = {}): Output {
  return op1('ApproximateEqual', [x, y], options);
}

/** Options of {@link argMax} (TensorFlow op `ArgMax`). */
export interface ArgMaxOptions extends InputOpOptions {
  /** `output_type` (type). One of int16, uint16, int32, int64. Default 'int64'. */
  outputType?: DType;
}

/**
 * TensorFlow op `ArgMax`; outputs: output (dtype output_type).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64, qint8, quint8, qint32, qint16, quint16, bool.
 * Tidx: one of int16, int32, int64.
 * @param input (dtype T)
 * @param dimension (dtype Tidx)
 */
export function argMax(input: OutputLike, dimension: OutputLike, options: ArgMaxOptions = {}): Output {
  return op1('ArgMax', [input, dimension], options);
}

/** Options of {@link argMin} (TensorFlow op `ArgMin`). */
export interface ArgMinOptions extends InputOpOptions {
  /** `output_type` (type). One of int32, int64. Default 'int64'. */
  outputType?: DType;
}

/**
 * TensorFlow op `ArgMin`; outputs: output (dtype output_type).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64, qint8, quint8, qint32, qint16, quint16, bool.
 * Tidx: one of int32, int64.
 * @param input (dtype T)
 * @param dimension (dtype Tidx)
 */
export function argMin(input: OutputLike, dimension: OutputLike, options: ArgMinOptions = {}): Output {
  return op1('ArgMin', [input, dimension], options);
}

/**
 * TensorFlow op `Asin`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function asin(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Asin', [x], options);
}

/**
 * TensorFlow op `Asinh`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function asinh(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Asinh', [x], options);
}

/** Options of {@link assert} (TensorFlow op `Assert`). */
export interface AssertOptions extends InputOpOptions {
  /** `summarize` (int). Default 3. */
  summarize?: number;
}

/**
 * TensorFlow op `Assert`.
 * @param condition (bool)
 * @param data (list, dtypes T)
 */
export function assert(condition: OutputLike, data: OutputLike[], options: AssertOptions = {}): Operation {
  return opNoOutput('Assert', [condition, data], options);
}

/** Options of {@link assign} (TensorFlow op `Assign`). */
export interface AssignOptions extends InputOpOptions {
  /** `validate_shape` (bool). Default true. */
  validateShape?: boolean;
  /** `use_locking` (bool). Default true. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `Assign`; outputs: output_ref (dtype T).
 * @param ref (dtype T)
 * @param value (dtype T)
 */
export function assign(ref: OutputLike, value: OutputLike, options: AssignOptions = {}): Output {
  return op1('Assign', [ref, value], options);
}

/** Options of {@link assignAdd} (TensorFlow op `AssignAdd`). */
export interface AssignAddOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `AssignAdd`; outputs: output_ref (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param ref (dtype T)
 * @param value (dtype T)
 */
export function assignAdd(ref: OutputLike, value: OutputLike, options: AssignAddOptions = {}): Output {
  return op1('AssignAdd', [ref, value], options);
}

/** Options of {@link assignSub} (TensorFlow op `AssignSub`). */
export interface AssignSubOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `AssignSub`; outputs: output_ref (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param ref (dtype T)
 * @param value (dtype T)
 */
export function assignSub(ref: OutputLike, value: OutputLike, options: AssignSubOptions = {}): Output {
  return op1('AssignSub', [ref, value], options);
}

/** Options of {@link assignVariableXlaConcatND} (TensorFlow op `AssignVariableXlaConcatND`). */
export interface AssignVariableXlaConcatNDOptions extends InputOpOptions {
  /** `num_concats` (list(int)). */
  numConcats: number[];
  /** `paddings` (list(int)). Default []. */
  paddings?: number[];
}

/**
 * TensorFlow op `AssignVariableXlaConcatND`.
 * @param resource (resource)
 * @param inputs (list of N, dtype T)
 */
export function assignVariableXlaConcatND(resource: OutputLike, inputs: OutputLike[], options: AssignVariableXlaConcatNDOptions): Operation {
  return opNoOutput('AssignVariableXlaConcatND', [resource, inputs], options);
}

/**
 * TensorFlow op `Atan`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function atan(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Atan', [x], options);
}

/**
 * TensorFlow op `Atan2`; outputs: z (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param y (dtype T)
 * @param x (dtype T)
 */
export function atan2(y: OutputLike, x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Atan2', [y, x], options);
}

/**
 * TensorFlow op `Atanh`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 */
export function atanh(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Atanh', [x], options);
}

/** Options of {@link audioSpectrogram} (TensorFlow op `AudioSpectrogram`). */
export interface AudioSpectrogramOptions extends InputOpOptions {
  /** `window_size` (int). */
  windowSize: number;
  /** `stride` (int). */
  stride: number;
  /** `magnitude_squared` (bool). Default false. */
  magnitudeSquared?: boolean;
}

/**
 * TensorFlow op `AudioSpectrogram`; outputs: spectrogram (float32).
 * @param input (float32)
 */
export function audioSpectrogram(input: OutputLike, options: AudioSpectrogramOptions): Output {
  return op1('AudioSpectrogram', [input], options);
}

/** Options of {@link audioSummaryV2} (TensorFlow op `AudioSummaryV2`). */
export interface AudioSummaryV2Options extends InputOpOptions {
  /** `max_outputs` (int). Minimum 1. Default 3. */
  maxOutputs?: number;
}

/**
 * TensorFlow op `AudioSummaryV2`; outputs: summary (string).
 * @param tag (string)
 * @param tensor (float32)
 * @param sampleRate (float32)
 */
export function audioSummaryV2(tag: OutputLike, tensor: OutputLike, sampleRate: OutputLike, options: AudioSummaryV2Options = {}): Output {
  return op1('AudioSummaryV2', [tag, tensor, sampleRate], options);
}
