/** Weight penalties added to the training objective (Keras semantics: l1·Σ|w| + l2·Σw²). */
import { Output, invalidArgument } from '../core';
import * as ops from '../ops';

export type Regularizer = (weight: Output) => Output;

function check(value: number, what: string): number {
  if (!(Number.isFinite(value) && value >= 0)) throw invalidArgument(`${what} must be a finite number >= 0, got ${value}`);
  return value;
}

/** l1·Σ|w|. */
export function l1(factor = 0.01): Regularizer {
  check(factor, 'l1 factor');
  return (w) => ops.mul(ops.reduceSum(ops.abs(w)), factor);
}

/** l2·Σw² (as Keras: no factor 1/2). */
export function l2(factor = 0.01): Regularizer {
  check(factor, 'l2 factor');
  return (w) => ops.mul(ops.reduceSum(ops.square(w)), factor);
}

/** l1·Σ|w| + l2·Σw². */
export function l1l2(options: { l1?: number; l2?: number } = {}): Regularizer {
  const a = check(options.l1 ?? 0.01, 'l1 factor');
  const b = check(options.l2 ?? 0.01, 'l2 factor');
  return (w) => ops.add(ops.mul(ops.reduceSum(ops.abs(w)), a), ops.mul(ops.reduceSum(ops.square(w)), b));
}
