// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Output } from '../../core';
import { op1, opList, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link multinomial} (TensorFlow op `Multinomial`). */
export interface MultinomialOptions extends InputOpOptions {
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `output_dtype` (type). One of int32, int64. Default 'int64'. */
  outputDtype?: DType;
}

/**
 * TensorFlow op `Multinomial`; outputs: output (dtype output_dtype).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param logits (dtype T)
 * @param numSamples (int32)
 */
export function multinomial(logits: OutputLike, numSamples: OutputLike, options: MultinomialOptions = {}): Output {
  return op1('Multinomial', [logits, numSamples], options);
}

/** Options of {@link randomGamma} (TensorFlow op `RandomGamma`). */
export interface RandomGammaOptions extends InputOpOptions {
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `RandomGamma`; outputs: output (dtype T).
 * S: one of int32, int64.
 * T: one of float16, float32, float64.
 * @param shape (dtype S)
 * @param alpha (dtype T)
 */
export function randomGamma(shape: OutputLike, alpha: OutputLike, options: RandomGammaOptions = {}): Output {
  return op1('RandomGamma', [shape, alpha], options);
}

/**
 * TensorFlow op `RandomGammaGrad`; outputs: output (dtype T).
 * T: one of float32, float64.
 * @param alpha (dtype T)
 * @param sample (dtype T)
 */
export function randomGammaGrad(alpha: OutputLike, sample: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RandomGammaGrad', [alpha, sample], options);
}

/** Options of {@link randomIndexShuffle} (TensorFlow op `RandomIndexShuffle`). */
export interface RandomIndexShuffleOptions extends InputOpOptions {
  /** `rounds` (int). Default 4. */
  rounds?: number;
}

/**
 * TensorFlow op `RandomIndexShuffle`; outputs: output (dtype dtype).
 * dtype: one of int32, uint32, int64, uint64.
 * Tseed: one of int32, uint32, int64, uint64.
 * @param index (dtype dtype)
 * @param seed (dtype Tseed)
 * @param maxIndex (dtype dtype)
 */
export function randomIndexShuffle(index: OutputLike, seed: OutputLike, maxIndex: OutputLike, options: RandomIndexShuffleOptions = {}): Output {
  return op1('RandomIndexShuffle', [index, seed, maxIndex], options);
}

/** Options of {@link randomPoissonV2} (TensorFlow op `RandomPoissonV2`). */
export interface RandomPoissonV2Options extends InputOpOptions {
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `dtype` (type). One of float16, float32, float64, int32, int64. Default 'int64'. */
  dtype?: DType;
}

/**
 * TensorFlow op `RandomPoissonV2`; outputs: output (dtype dtype).
 * S: one of int32, int64.
 * R: one of float16, float32, float64, int32, int64.
 * @param shape (dtype S)
 * @param rate (dtype R)
 */
export function randomPoissonV2(shape: OutputLike, rate: OutputLike, options: RandomPoissonV2Options = {}): Output {
  return op1('RandomPoissonV2', [shape, rate], options);
}

/** Options of {@link randomShuffle} (TensorFlow op `RandomShuffle`). */
export interface RandomShuffleOptions extends InputOpOptions {
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `RandomShuffle`; outputs: output (dtype T).
 * @param value (dtype T)
 */
export function randomShuffle(value: OutputLike, options: RandomShuffleOptions = {}): Output {
  return op1('RandomShuffle', [value], options);
}

/** Options of {@link randomShuffleQueue} (TensorFlow op `RandomShuffleQueue`). */
export interface RandomShuffleQueueOptions extends OpOptions {
  /** `component_types` (list(type)). At least 1 item(s). */
  componentTypes: DType[];
  /** `shapes` (list(shape)). At least 0 item(s). Default []. */
  shapes?: Array<number[] | null>;
  /** `capacity` (int). Default -1. */
  capacity?: number;
  /** `min_after_dequeue` (int). Default 0. */
  minAfterDequeue?: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `RandomShuffleQueue`; outputs: handle (string). */
export function randomShuffleQueue(graph: Graph, options: RandomShuffleQueueOptions): Output {
  return op1('RandomShuffleQueue', graph, options);
}

/** Options of {@link randomShuffleQueueV2} (TensorFlow op `RandomShuffleQueueV2`). */
export interface RandomShuffleQueueV2Options extends OpOptions {
  /** `component_types` (list(type)). At least 1 item(s). */
  componentTypes: DType[];
  /** `shapes` (list(shape)). At least 0 item(s). Default []. */
  shapes?: Array<number[] | null>;
  /** `capacity` (int). Default -1. */
  capacity?: number;
  /** `min_after_dequeue` (int). Default 0. */
  minAfterDequeue?: number;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `RandomShuffleQueueV2`; outputs: handle (resource). */
export function randomShuffleQueueV2(graph: Graph, options: RandomShuffleQueueV2Options): Output {
  return op1('RandomShuffleQueueV2', graph, options);
}

/** Options of {@link randomStandardNormal} (TensorFlow op `RandomStandardNormal`). */
export interface RandomStandardNormalOptions extends InputOpOptions {
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `dtype` (type). One of float16, bfloat16, float32, float64. */
  dtype: DType;
}

/**
 * TensorFlow op `RandomStandardNormal`; outputs: output (dtype dtype).
 * T: one of int32, int64.
 * @param shape (dtype T)
 */
export function randomStandardNormal(shape: OutputLike, options: RandomStandardNormalOptions): Output {
  return op1('RandomStandardNormal', [shape], options);
}

/** Options of {@link randomUniform} (TensorFlow op `RandomUniform`). */
export interface RandomUniformOptions extends InputOpOptions {
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `dtype` (type). One of float16, bfloat16, float32, float64. */
  dtype: DType;
}

/**
 * TensorFlow op `RandomUniform`; outputs: output (dtype dtype).
 * T: one of int32, int64.
 * @param shape (dtype T)
 */
export function randomUniform(shape: OutputLike, options: RandomUniformOptions): Output {
  return op1('RandomUniform', [shape], options);
}

/** Options of {@link randomUniformInt} (TensorFlow op `RandomUniformInt`). */
export interface RandomUniformIntOptions extends InputOpOptions {
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
}

/**
 * TensorFlow op `RandomUniformInt`; outputs: output (dtype Tout).
 * Tout: one of int32, int64.
 * T: one of int32, int64.
 * @param shape (dtype T)
 * @param minval (dtype Tout)
 * @param maxval (dtype Tout)
 */
export function randomUniformInt(shape: OutputLike, minval: OutputLike, maxval: OutputLike, options: RandomUniformIntOptions = {}): Output {
  return op1('RandomUniformInt', [shape, minval, maxval], options);
}

/** Options of {@link statefulStandardNormalV2} (TensorFlow op `StatefulStandardNormalV2`). */
export interface StatefulStandardNormalV2Options extends InputOpOptions {
  /** `dtype` (type). Default 'float32'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatefulStandardNormalV2`; outputs: output (dtype dtype).
 * @param resource (resource)
 * @param algorithm (int64)
 * @param shape (dtype shape_dtype)
 */
export function statefulStandardNormalV2(resource: OutputLike, algorithm: OutputLike, shape: OutputLike, options: StatefulStandardNormalV2Options = {}): Output {
  return op1('StatefulStandardNormalV2', [resource, algorithm, shape], options);
}

/** Options of {@link statefulTruncatedNormal} (TensorFlow op `StatefulTruncatedNormal`). */
export interface StatefulTruncatedNormalOptions extends InputOpOptions {
  /** `dtype` (type). Default 'float32'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatefulTruncatedNormal`; outputs: output (dtype dtype).
 * @param resource (resource)
 * @param algorithm (int64)
 * @param shape (dtype shape_dtype)
 */
export function statefulTruncatedNormal(resource: OutputLike, algorithm: OutputLike, shape: OutputLike, options: StatefulTruncatedNormalOptions = {}): Output {
  return op1('StatefulTruncatedNormal', [resource, algorithm, shape], options);
}

/** Options of {@link statefulUniform} (TensorFlow op `StatefulUniform`). */
export interface StatefulUniformOptions extends InputOpOptions {
  /** `dtype` (type). Default 'float32'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatefulUniform`; outputs: output (dtype dtype).
 * @param resource (resource)
 * @param algorithm (int64)
 * @param shape (dtype shape_dtype)
 */
export function statefulUniform(resource: OutputLike, algorithm: OutputLike, shape: OutputLike, options: StatefulUniformOptions = {}): Output {
  return op1('StatefulUniform', [resource, algorithm, shape], options);
}

/** Options of {@link statefulUniformFullInt} (TensorFlow op `StatefulUniformFullInt`). */
export interface StatefulUniformFullIntOptions extends InputOpOptions {
  /** `dtype` (type). Default 'uint64'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatefulUniformFullInt`; outputs: output (dtype dtype).
 * @param resource (resource)
 * @param algorithm (int64)
 * @param shape (dtype shape_dtype)
 */
export function statefulUniformFullInt(resource: OutputLike, algorithm: OutputLike, shape: OutputLike, options: StatefulUniformFullIntOptions = {}): Output {
  return op1('StatefulUniformFullInt', [resource, algorithm, shape], options);
}

/**
 * TensorFlow op `StatefulUniformInt`; outputs: output (dtype dtype).
 * @param resource (resource)
 * @param algorithm (int64)
 * @param shape (dtype shape_dtype)
 * @param minval (dtype dtype)
 * @param maxval (dtype dtype)
 */
export function statefulUniformInt(resource: OutputLike, algorithm: OutputLike, shape: OutputLike, minval: OutputLike, maxval: OutputLike, options: InputOpOptions = {}): Output {
  return op1('StatefulUniformInt', [resource, algorithm, shape, minval, maxval], options);
}

/** Options of {@link statelessCase} (TensorFlow op `StatelessCase`). */
export interface StatelessCaseOptions extends InputOpOptions {
  /** `Tout` (list(type)). At least 0 item(s). */
  tout: DType[];
  /** `branches` (list(func)). At least 1 item(s). */
  branches: Array<string | FuncAttr>;
  /** `output_shapes` (list(shape)). Default []. */
  outputShapes?: Array<number[] | null>;
}

/**
 * TensorFlow op `StatelessCase`; outputs: output (list, dtypes Tout).
 * @param branchIndex (int32)
 * @param input (list, dtypes Tin)
 */
export function statelessCase(branchIndex: OutputLike, input: OutputLike[], options: StatelessCaseOptions): Output[] {
  return opList('StatelessCase', [branchIndex, input], options);
}

/** Options of {@link statelessIf} (TensorFlow op `StatelessIf`). */
export interface StatelessIfOptions extends InputOpOptions {
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
 * TensorFlow op `StatelessIf`; outputs: output (list, dtypes Tout).
 * @param cond (dtype Tcond)
 * @param input (list, dtypes Tin)
 */
export function statelessIf(cond: OutputLike, input: OutputLike[], options: StatelessIfOptions): Output[] {
  return opList('StatelessIf', [cond, input], options);
}

/** Options of {@link statelessMultinomial} (TensorFlow op `StatelessMultinomial`). */
export interface StatelessMultinomialOptions extends InputOpOptions {
  /** `output_dtype` (type). One of int32, int64. Default 'int64'. */
  outputDtype?: DType;
}

/**
 * TensorFlow op `StatelessMultinomial`; outputs: output (dtype output_dtype).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * Tseed: one of int32, int64.
 * @param logits (dtype T)
 * @param numSamples (int32)
 * @param seed (dtype Tseed)
 */
export function statelessMultinomial(logits: OutputLike, numSamples: OutputLike, seed: OutputLike, options: StatelessMultinomialOptions = {}): Output {
  return op1('StatelessMultinomial', [logits, numSamples, seed], options);
}

/**
 * TensorFlow op `StatelessParameterizedTruncatedNormal`; outputs: output (dtype dtype).
 * S: one of int32, int64.
 * Tseed: one of int32, int64.
 * dtype: one of float16, float32, float64.
 * @param shape (dtype S)
 * @param seed (dtype Tseed)
 * @param means (dtype dtype)
 * @param stddevs (dtype dtype)
 * @param minvals (dtype dtype)
 * @param maxvals (dtype dtype)
 */
export function statelessParameterizedTruncatedNormal(shape: OutputLike, seed: OutputLike, means: OutputLike, stddevs: OutputLike, minvals: OutputLike, maxvals: OutputLike, options: InputOpOptions = {}): Output {
  return op1('StatelessParameterizedTruncatedNormal', [shape, seed, means, stddevs, minvals, maxvals], options);
}

/** Options of {@link statelessRandomBinomial} (TensorFlow op `StatelessRandomBinomial`). */
export interface StatelessRandomBinomialOptions extends InputOpOptions {
  /** `dtype` (type). One of float16, float32, float64, int32, int64. Default 'int64'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatelessRandomBinomial`; outputs: output (dtype dtype).
 * S: one of int32, int64.
 * Tseed: one of int32, int64.
 * T: one of float16, float32, float64, int32, int64.
 * @param shape (dtype S)
 * @param seed (dtype Tseed)
 * @param counts (dtype T)
 * @param probs (dtype T)
 */
export function statelessRandomBinomial(shape: OutputLike, seed: OutputLike, counts: OutputLike, probs: OutputLike, options: StatelessRandomBinomialOptions = {}): Output {
  return op1('StatelessRandomBinomial', [shape, seed, counts, probs], options);
}

/**
 * TensorFlow op `StatelessRandomGammaV2`; outputs: output (dtype dtype).
 * dtype: one of float16, float32, float64.
 * T: one of int32, int64.
 * Tseed: one of int32, int64.
 * @param shape (dtype T)
 * @param seed (dtype Tseed)
 * @param alpha (dtype dtype)
 */
export function statelessRandomGammaV2(shape: OutputLike, seed: OutputLike, alpha: OutputLike, options: InputOpOptions = {}): Output {
  return op1('StatelessRandomGammaV2', [shape, seed, alpha], options);
}

/**
 * TensorFlow op `StatelessRandomGammaV3`; outputs: output (dtype dtype).
 * dtype: one of float16, float32, float64.
 * shape_dtype: one of int32, int64.
 * @param shape (dtype shape_dtype)
 * @param key (uint64)
 * @param counter (uint64)
 * @param alg (int32)
 * @param alpha (dtype dtype)
 */
export function statelessRandomGammaV3(shape: OutputLike, key: OutputLike, counter: OutputLike, alg: OutputLike, alpha: OutputLike, options: InputOpOptions = {}): Output {
  return op1('StatelessRandomGammaV3', [shape, key, counter, alg, alpha], options);
}

/** TensorFlow op `StatelessRandomGetAlg`; outputs: alg (int32). */
export function statelessRandomGetAlg(graph: Graph, options: OpOptions = {}): Output {
  return op1('StatelessRandomGetAlg', graph, options);
}

/**
 * TensorFlow op `StatelessRandomGetKeyCounter`; outputs: key (uint64), counter (uint64).
 * Tseed: one of int32, int64.
 * @param seed (dtype Tseed)
 */
export function statelessRandomGetKeyCounter(seed: OutputLike, options: InputOpOptions = {}): { key: Output; counter: Output } {
  return opOutputs<{ key: Output; counter: Output }>('StatelessRandomGetKeyCounter', [seed], options);
}

/**
 * TensorFlow op `StatelessRandomGetKeyCounterAlg`; outputs: key (uint64), counter (uint64), alg (int32).
 * Tseed: one of int32, int64.
 * @param seed (dtype Tseed)
 */
export function statelessRandomGetKeyCounterAlg(seed: OutputLike, options: InputOpOptions = {}): { key: Output; counter: Output; alg: Output } {
  return opOutputs<{ key: Output; counter: Output; alg: Output }>('StatelessRandomGetKeyCounterAlg', [seed], options);
}

/** Options of {@link statelessRandomNormal} (TensorFlow op `StatelessRandomNormal`). */
export interface StatelessRandomNormalOptions extends InputOpOptions {
  /** `dtype` (type). One of float16, bfloat16, float32, float64. Default 'float32'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatelessRandomNormal`; outputs: output (dtype dtype).
 * T: one of int32, int64.
 * Tseed: one of int32, int64.
 * @param shape (dtype T)
 * @param seed (dtype Tseed)
 */
export function statelessRandomNormal(shape: OutputLike, seed: OutputLike, options: StatelessRandomNormalOptions = {}): Output {
  return op1('StatelessRandomNormal', [shape, seed], options);
}

/** Options of {@link statelessRandomNormalV2} (TensorFlow op `StatelessRandomNormalV2`). */
export interface StatelessRandomNormalV2Options extends InputOpOptions {
  /** `dtype` (type). One of float16, bfloat16, float32, float64. Default 'float32'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatelessRandomNormalV2`; outputs: output (dtype dtype).
 * Tshape: one of int32, int64.
 * @param shape (dtype Tshape)
 * @param key (uint64)
 * @param counter (uint64)
 * @param alg (int32)
 */
export function statelessRandomNormalV2(shape: OutputLike, key: OutputLike, counter: OutputLike, alg: OutputLike, options: StatelessRandomNormalV2Options = {}): Output {
  return op1('StatelessRandomNormalV2', [shape, key, counter, alg], options);
}

/** Options of {@link statelessRandomPoisson} (TensorFlow op `StatelessRandomPoisson`). */
export interface StatelessRandomPoissonOptions extends InputOpOptions {
  /** `dtype` (type). One of float16, float32, float64, int32, int64. */
  dtype: DType;
}

/**
 * TensorFlow op `StatelessRandomPoisson`; outputs: output (dtype dtype).
 * Rtype: one of float16, float32, float64, int32, int64.
 * T: one of int32, int64.
 * Tseed: one of int32, int64.
 * @param shape (dtype T)
 * @param seed (dtype Tseed)
 * @param lam (dtype Rtype)
 */
export function statelessRandomPoisson(shape: OutputLike, seed: OutputLike, lam: OutputLike, options: StatelessRandomPoissonOptions): Output {
  return op1('StatelessRandomPoisson', [shape, seed, lam], options);
}

/** Options of {@link statelessRandomUniform} (TensorFlow op `StatelessRandomUniform`). */
export interface StatelessRandomUniformOptions extends InputOpOptions {
  /** `dtype` (type). One of float16, bfloat16, float32, float64. Default 'float32'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatelessRandomUniform`; outputs: output (dtype dtype).
 * T: one of int32, int64.
 * Tseed: one of int32, int64.
 * @param shape (dtype T)
 * @param seed (dtype Tseed)
 */
export function statelessRandomUniform(shape: OutputLike, seed: OutputLike, options: StatelessRandomUniformOptions = {}): Output {
  return op1('StatelessRandomUniform', [shape, seed], options);
}

/** Options of {@link statelessRandomUniformFullInt} (TensorFlow op `StatelessRandomUniformFullInt`). */
export interface StatelessRandomUniformFullIntOptions extends InputOpOptions {
  /** `dtype` (type). One of int32, int64, uint32, uint64. Default 'uint64'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatelessRandomUniformFullInt`; outputs: output (dtype dtype).
 * T: one of int32, int64.
 * Tseed: one of int32, int64, uint32, uint64.
 * @param shape (dtype T)
 * @param seed (dtype Tseed)
 */
export function statelessRandomUniformFullInt(shape: OutputLike, seed: OutputLike, options: StatelessRandomUniformFullIntOptions = {}): Output {
  return op1('StatelessRandomUniformFullInt', [shape, seed], options);
}

/** Options of {@link statelessRandomUniformFullIntV2} (TensorFlow op `StatelessRandomUniformFullIntV2`). */
export interface StatelessRandomUniformFullIntV2Options extends InputOpOptions {
  /** `dtype` (type). One of int32, int64, uint32, uint64. Default 'uint64'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatelessRandomUniformFullIntV2`; outputs: output (dtype dtype).
 * Tshape: one of int32, int64.
 * @param shape (dtype Tshape)
 * @param key (uint64)
 * @param counter (uint64)
 * @param alg (int32)
 */
export function statelessRandomUniformFullIntV2(shape: OutputLike, key: OutputLike, counter: OutputLike, alg: OutputLike, options: StatelessRandomUniformFullIntV2Options = {}): Output {
  return op1('StatelessRandomUniformFullIntV2', [shape, key, counter, alg], options);
}

/**
 * TensorFlow op `StatelessRandomUniformInt`; outputs: output (dtype dtype).
 * dtype: one of int32, int64.
 * T: one of int32, int64.
 * Tseed: one of int32, int64.
 * @param shape (dtype T)
 * @param seed (dtype Tseed)
 * @param minval (dtype dtype)
 * @param maxval (dtype dtype)
 */
export function statelessRandomUniformInt(shape: OutputLike, seed: OutputLike, minval: OutputLike, maxval: OutputLike, options: InputOpOptions = {}): Output {
  return op1('StatelessRandomUniformInt', [shape, seed, minval, maxval], options);
}

/**
 * TensorFlow op `StatelessRandomUniformIntV2`; outputs: output (dtype dtype).
 * dtype: one of int32, int64, uint32, uint64.
 * Tshape: one of int32, int64.
 * @param shape (dtype Tshape)
 * @param key (uint64)
 * @param counter (uint64)
 * @param alg (int32)
 * @param minval (dtype dtype)
 * @param maxval (dtype dtype)
 */
export function statelessRandomUniformIntV2(shape: OutputLike, key: OutputLike, counter: OutputLike, alg: OutputLike, minval: OutputLike, maxval: OutputLike, options: InputOpOptions = {}): Output {
  return op1('StatelessRandomUniformIntV2', [shape, key, counter, alg, minval, maxval], options);
}

/** Options of {@link statelessRandomUniformV2} (TensorFlow op `StatelessRandomUniformV2`). */
export interface StatelessRandomUniformV2Options extends InputOpOptions {
  /** `dtype` (type). One of float16, bfloat16, float32, float64. Default 'float32'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatelessRandomUniformV2`; outputs: output (dtype dtype).
 * Tshape: one of int32, int64.
 * @param shape (dtype Tshape)
 * @param key (uint64)
 * @param counter (uint64)
 * @param alg (int32)
 */
export function statelessRandomUniformV2(shape: OutputLike, key: OutputLike, counter: OutputLike, alg: OutputLike, options: StatelessRandomUniformV2Options = {}): Output {
  return op1('StatelessRandomUniformV2', [shape, key, counter, alg], options);
}

/** Options of {@link statelessSampleDistortedBoundingBox} (TensorFlow op `StatelessSampleDistortedBoundingBox`). */
export interface StatelessSampleDistortedBoundingBoxOptions extends InputOpOptions {
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
 * TensorFlow op `StatelessSampleDistortedBoundingBox`; outputs: begin (dtype T), size (dtype T), bboxes (float32).
 * T: one of uint8, int8, int16, int32, int64.
 * Tseed: one of int32, int64.
 * @param imageSize (dtype T)
 * @param boundingBoxes (float32)
 * @param minObjectCovered (float32)
 * @param seed (dtype Tseed)
 */
export function statelessSampleDistortedBoundingBox(imageSize: OutputLike, boundingBoxes: OutputLike, minObjectCovered: OutputLike, seed: OutputLike, options: StatelessSampleDistortedBoundingBoxOptions = {}): { begin: Output; size: Output; bboxes: Output } {
  return opOutputs<{ begin: Output; size: Output; bboxes: Output }>('StatelessSampleDistortedBoundingBox', [imageSize, boundingBoxes, minObjectCovered, seed], options);
}

/**
 * TensorFlow op `StatelessShuffle`; outputs: output (dtype T).
 * @param value (dtype T)
 * @param key (uint64)
 * @param counter (uint64)
 * @param alg (int32)
 */
export function statelessShuffle(value: OutputLike, key: OutputLike, counter: OutputLike, alg: OutputLike, options: InputOpOptions = {}): Output {
  return op1('StatelessShuffle', [value, key, counter, alg], options);
}

/** Options of {@link statelessTruncatedNormal} (TensorFlow op `StatelessTruncatedNormal`). */
export interface StatelessTruncatedNormalOptions extends InputOpOptions {
  /** `dtype` (type). One of float16, bfloat16, float32, float64. Default 'float32'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatelessTruncatedNormal`; outputs: output (dtype dtype).
 * T: one of int32, int64.
 * Tseed: one of int32, int64.
 * @param shape (dtype T)
 * @param seed (dtype Tseed)
 */
export function statelessTruncatedNormal(shape: OutputLike, seed: OutputLike, options: StatelessTruncatedNormalOptions = {}): Output {
  return op1('StatelessTruncatedNormal', [shape, seed], options);
}

/** Options of {@link statelessTruncatedNormalV2} (TensorFlow op `StatelessTruncatedNormalV2`). */
export interface StatelessTruncatedNormalV2Options extends InputOpOptions {
  /** `dtype` (type). One of float16, bfloat16, float32, float64. Default 'float32'. */
  dtype?: DType;
}

/**
 * TensorFlow op `StatelessTruncatedNormalV2`; outputs: output (dtype dtype).
 * Tshape: one of int32, int64.
 * @param shape (dtype Tshape)
 * @param key (uint64)
 * @param counter (uint64)
 * @param alg (int32)
 */
export function statelessTruncatedNormalV2(shape: OutputLike, key: OutputLike, counter: OutputLike, alg: OutputLike, options: StatelessTruncatedNormalV2Options = {}): Output {
  return op1('StatelessTruncatedNormalV2', [shape, key, counter, alg], options);
}

/** Options of {@link statelessWhile} (TensorFlow op `StatelessWhile`). */
export interface StatelessWhileOptions extends InputOpOptions {
  /** `cond` (func). */
  cond: string | FuncAttr;
  /** `body` (func). */
  body: string | FuncAttr;
  /** `output_shapes` (list(shape)). Default []. */
  outputShapes?: Array<number[] | null>;
  /** `parallel_iterations` (int). Default 10. */
  parallelIterations?: number;
}

/**
 * TensorFlow op `StatelessWhile`; outputs: output (list, dtypes T).
 * @param input (list, dtypes T)
 */
export function statelessWhile(input: OutputLike[], options: StatelessWhileOptions): Output[] {
  return opList('StatelessWhile', [input], options);
}

/** Options of {@link truncatedNormal} (TensorFlow op `TruncatedNormal`). */
export interface TruncatedNormalOptions extends InputOpOptions {
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `dtype` (type). One of float16, bfloat16, float32, float64. */
  dtype: DType;
}

/**
 * TensorFlow op `TruncatedNormal`; outputs: output (dtype dtype).
 * T: one of int32, int64.
 * @param shape (dtype T)
 */
export function truncatedNormal(shape: OutputLike, options: TruncatedNormalOptions): Output {
  return op1('TruncatedNormal', [shape], options);
}
