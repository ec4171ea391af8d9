/**
 * lib/ops: one typed function per TensorFlow op (generated from the op registry, see
 * codegen.ts), hand-written composites, and the C++ gradient table with checkDifferentiable.
 *
 *   import { ops } from 'hydra-tf';
 *   const y = ops.relu(ops.biasAdd(ops.matMul(x, w, { transposeB: true }), b));
 */
export * from './generated';
export * from './composites';
export { checkDifferentiable, gradientStatus, hasCppGradient } from './gradients';
export type { GradientStatus } from './gradients';
export { addOp } from './builder';
export type { InputOpOptions, OpOptions, OutputLike } from './builder';
