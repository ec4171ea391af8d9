// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Graph, Operation, Output } from '../../core';
import { op1, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `Ndtri`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function ndtri(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Ndtri', [x], options);
}

/**
 * TensorFlow op `NearestNeighbors`; outputs: nearest_center_indices (int64), nearest_center_distances (float32).
 * @param points (float32)
 * @param centers (float32)
 * @param k (int64)
 */
export function nearestNeighbors(points: OutputLike, centers: OutputLike, k: OutputLike, options: InputOpOptions = {}): { nearestCenterIndices: Output; nearestCenterDistances: Output } {
  return opOutputs<{ nearestCenterIndices: Output; nearestCenterDistances: Output }>('NearestNeighbors', [points, centers, k], options);
}

/**
 * TensorFlow op `Neg`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, int8, int16, int32, int64, complex64, complex128.
 * @param x (dtype T)
 */
export function neg(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Neg', [x], options);
}

/**
 * TensorFlow op `NextAfter`; outputs: output (dtype T).
 * T: one of float64, float32.
 * @param x1 (dtype T)
 * @param x2 (dtype T)
 */
export function nextAfter(x1: OutputLike, x2: OutputLike, options: InputOpOptions = {}): Output {
  return op1('NextAfter', [x1, x2], options);
}

/**
 * TensorFlow op `NextIteration`; outputs: output (dtype T).
 * @param data (dtype T)
 */
export function nextIteration(data: OutputLike, options: InputOpOptions = {}): Output {
  return op1('NextIteration', [data], options);
}

/** TensorFlow op `NoOp`. */
export function noOp(graph: Graph, options: OpOptions = {}): Operation {
  return opNoOutput('NoOp', graph, options);
}

/** Options of {@link nonDeterministicInts} (TensorFlow op `NonDeterministicInts`). */
export interface NonDeterministicIntsOptions extends InputOpOptions {
  /** `dtype` (type). Default 'int64'. */
  dtype?: DType;
}

/**
 * TensorFlow op `NonDeterministicInts`; outputs: output (dtype dtype).
 * @param shape (dtype shape_dtype)
 */
export function nonDeterministicInts(shape: OutputLike, options: NonDeterministicIntsOptions = {}): Output {
  return op1('NonDeterministicInts', [shape], options);
}

/** Options of {@link notEqual} (TensorFlow op `NotEqual`). */
export interface NotEqualOptions extends InputOpOptions {
  /** `incompatible_shape_error` (bool). Default true. */
  incompatibleShapeError?: boolean;
}

/**
 * TensorFlow op `NotEqual`; outputs: z (bool).
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function notEqual(x: OutputLike, y: OutputLike, options: NotEqualOptions = {}): Output {
  return op1('NotEqual', [x, y], options);
}
