// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { Output } from '../../core';
import { op1 } from '../builder';
import type { InputOpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `Xdivy`; outputs: z (dtype T).
 * T: one of float16, bfloat16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function xdivy(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Xdivy', [x, y], options);
}

/**
 * TensorFlow op `Xlog1py`; outputs: z (dtype T).
 * T: one of float16, bfloat16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function xlog1py(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Xlog1py', [x, y], options);
}

/**
 * TensorFlow op `Xlogy`; outputs: z (dtype T).
 * T: one of float16, bfloat16, float32, float64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function xlogy(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Xlogy', [x, y], options);
}
