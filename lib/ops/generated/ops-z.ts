// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { Output } from '../../core';
import { op1 } from '../builder';
import type { InputOpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `ZerosLike`; outputs: y (dtype T).
 * @param x (dtype T)
 */
export function zerosLike(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ZerosLike', [x], options);
}

/**
 * TensorFlow op `Zeta`; outputs: z (dtype T).
 * T: one of float32, float64.
 * @param x (dtype T)
 * @param q (dtype T)
 */
export function zeta(x: OutputLike, q: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Zeta', [x, q], options);
}
