// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { Operation, Output } from '../../core';
import { op1, opNoOutput } from '../builder';
import type { InputOpOptions, OutputLike } from '../builder';

/** Options of {@link applyAdaMax} (TensorFlow op `ApplyAdaMax`). */
export interface ApplyAdaMaxOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ApplyAdaMax`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param m (dtype T)
 * @param v (dtype T)
 * @param beta1Power (dtype T)
 * @param lr (dtype T)
 * @param beta1 (dtype T)
 * @param beta2 (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 */
export function applyAdaMax(varInput: OutputLike, m: OutputLike, v: OutputLike, beta1Power: OutputLike, lr: OutputLike, beta1: OutputLike, beta2: OutputLike, epsilon: OutputLike, grad: OutputLike, options: ApplyAdaMaxOptions = {}): Output {
  return op1('ApplyAdaMax', [varInput, m, v, beta1Power, lr, beta1, beta2, epsilon, grad], options);
}

/** Options of {@link applyAdadelta} (TensorFlow op `ApplyAdadelta`). */
export interface ApplyAdadeltaOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ApplyAdadelta`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param accumUpdate (dtype T)
 * @param lr (dtype T)
 * @param rho (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 */
export function applyAdadelta(varInput: OutputLike, accum: OutputLike, accumUpdate: OutputLike, lr: OutputLike, rho: OutputLike, epsilon: OutputLike, grad: OutputLike, options: ApplyAdadeltaOptions = {}): Output {
  return op1('ApplyAdadelta', [varInput, accum, accumUpdate, lr, rho, epsilon, grad], options);
}

/** Options of {@link applyAdagrad} (TensorFlow op `ApplyAdagrad`). */
export interface ApplyAdagradOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `update_slots` (bool). Default true. */
  updateSlots?: boolean;
}

/**
 * TensorFlow op `ApplyAdagrad`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param lr (dtype T)
 * @param grad (dtype T)
 */
export function applyAdagrad(varInput: OutputLike, accum: OutputLike, lr: OutputLike, grad: OutputLike, options: ApplyAdagradOptions = {}): Output {
  return op1('ApplyAdagrad', [varInput, accum, lr, grad], options);
}

/** Options of {@link applyAdagradDA} (TensorFlow op `ApplyAdagradDA`). */
export interface ApplyAdagradDAOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ApplyAdagradDA`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param gradientAccumulator (dtype T)
 * @param gradientSquaredAccumulator (dtype T)
 * @param grad (dtype T)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param globalStep (int64)
 */
export function applyAdagradDA(varInput: OutputLike, gradientAccumulator: OutputLike, gradientSquaredAccumulator: OutputLike, grad: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, globalStep: OutputLike, options: ApplyAdagradDAOptions = {}): Output {
  return op1('ApplyAdagradDA', [varInput, gradientAccumulator, gradientSquaredAccumulator, grad, lr, l1, l2, globalStep], options);
}

/** Options of {@link applyAdagradV2} (TensorFlow op `ApplyAdagradV2`). */
export interface ApplyAdagradV2Options extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `update_slots` (bool). Default true. */
  updateSlots?: boolean;
}

/**
 * TensorFlow op `ApplyAdagradV2`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param lr (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 */
export function applyAdagradV2(varInput: OutputLike, accum: OutputLike, lr: OutputLike, epsilon: OutputLike, grad: OutputLike, options: ApplyAdagradV2Options = {}): Output {
  return op1('ApplyAdagradV2', [varInput, accum, lr, epsilon, grad], options);
}

/** Options of {@link applyAdam} (TensorFlow op `ApplyAdam`). */
export interface ApplyAdamOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `use_nesterov` (bool). Default false. */
  useNesterov?: boolean;
}

/**
 * TensorFlow op `ApplyAdam`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param m (dtype T)
 * @param v (dtype T)
 * @param beta1Power (dtype T)
 * @param beta2Power (dtype T)
 * @param lr (dtype T)
 * @param beta1 (dtype T)
 * @param beta2 (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 */
export function applyAdam(varInput: OutputLike, m: OutputLike, v: OutputLike, beta1Power: OutputLike, beta2Power: OutputLike, lr: OutputLike, beta1: OutputLike, beta2: OutputLike, epsilon: OutputLike, grad: OutputLike, options: ApplyAdamOptions = {}): Output {
  return op1('ApplyAdam', [varInput, m, v, beta1Power, beta2Power, lr, beta1, beta2, epsilon, grad], options);
}

/** Options of {@link applyAddSign} (TensorFlow op `ApplyAddSign`). */
export interface ApplyAddSignOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ApplyAddSign`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param m (dtype T)
 * @param lr (dtype T)
 * @param alpha (dtype T)
 * @param signDecay (dtype T)
 * @param beta (dtype T)
 * @param grad (dtype T)
 */
export function applyAddSign(varInput: OutputLike, m: OutputLike, lr: OutputLike, alpha: OutputLike, signDecay: OutputLike, beta: OutputLike, grad: OutputLike, options: ApplyAddSignOptions = {}): Output {
  return op1('ApplyAddSign', [varInput, m, lr, alpha, signDecay, beta, grad], options);
}

/** Options of {@link applyCenteredRMSProp} (TensorFlow op `ApplyCenteredRMSProp`). */
export interface ApplyCenteredRMSPropOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ApplyCenteredRMSProp`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param mg (dtype T)
 * @param ms (dtype T)
 * @param mom (dtype T)
 * @param lr (dtype T)
 * @param rho (dtype T)
 * @param momentum (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 */
export function applyCenteredRMSProp(varInput: OutputLike, mg: OutputLike, ms: OutputLike, mom: OutputLike, lr: OutputLike, rho: OutputLike, momentum: OutputLike, epsilon: OutputLike, grad: OutputLike, options: ApplyCenteredRMSPropOptions = {}): Output {
  return op1('ApplyCenteredRMSProp', [varInput, mg, ms, mom, lr, rho, momentum, epsilon, grad], options);
}

/** Options of {@link applyFtrl} (TensorFlow op `ApplyFtrl`). */
export interface ApplyFtrlOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `multiply_linear_by_lr` (bool). Default false. */
  multiplyLinearByLr?: boolean;
}

/**
 * TensorFlow op `ApplyFtrl`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param linear (dtype T)
 * @param grad (dtype T)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param lrPower (dtype T)
 */
export function applyFtrl(varInput: OutputLike, accum: OutputLike, linear: OutputLike, grad: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, lrPower: OutputLike, options: ApplyFtrlOptions = {}): Output {
  return op1('ApplyFtrl', [varInput, accum, linear, grad, lr, l1, l2, lrPower], options);
}

/** Options of {@link applyFtrlV2} (TensorFlow op `ApplyFtrlV2`). */
export interface ApplyFtrlV2Options extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `multiply_linear_by_lr` (bool). Default false. */
  multiplyLinearByLr?: boolean;
}

/**
 * TensorFlow op `ApplyFtrlV2`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param linear (dtype T)
 * @param grad (dtype T)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param l2Shrinkage (dtype T)
 * @param lrPower (dtype T)
 */
export function applyFtrlV2(varInput: OutputLike, accum: OutputLike, linear: OutputLike, grad: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, l2Shrinkage: OutputLike, lrPower: OutputLike, options: ApplyFtrlV2Options = {}): Output {
  return op1('ApplyFtrlV2', [varInput, accum, linear, grad, lr, l1, l2, l2Shrinkage, lrPower], options);
}

/** Options of {@link applyGradientDescent} (TensorFlow op `ApplyGradientDescent`). */
export interface ApplyGradientDescentOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ApplyGradientDescent`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param alpha (dtype T)
 * @param delta (dtype T)
 */
export function applyGradientDescent(varInput: OutputLike, alpha: OutputLike, delta: OutputLike, options: ApplyGradientDescentOptions = {}): Output {
  return op1('ApplyGradientDescent', [varInput, alpha, delta], options);
}

/** Options of {@link applyMomentum} (TensorFlow op `ApplyMomentum`). */
export interface ApplyMomentumOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `use_nesterov` (bool). Default false. */
  useNesterov?: boolean;
}

/**
 * TensorFlow op `ApplyMomentum`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param lr (dtype T)
 * @param grad (dtype T)
 * @param momentum (dtype T)
 */
export function applyMomentum(varInput: OutputLike, accum: OutputLike, lr: OutputLike, grad: OutputLike, momentum: OutputLike, options: ApplyMomentumOptions = {}): Output {
  return op1('ApplyMomentum', [varInput, accum, lr, grad, momentum], options);
}

/** Options of {@link applyPowerSign} (TensorFlow op `ApplyPowerSign`). */
export interface ApplyPowerSignOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ApplyPowerSign`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param m (dtype T)
 * @param lr (dtype T)
 * @param logbase (dtype T)
 * @param signDecay (dtype T)
 * @param beta (dtype T)
 * @param grad (dtype T)
 */
export function applyPowerSign(varInput: OutputLike, m: OutputLike, lr: OutputLike, logbase: OutputLike, signDecay: OutputLike, beta: OutputLike, grad: OutputLike, options: ApplyPowerSignOptions = {}): Output {
  return op1('ApplyPowerSign', [varInput, m, lr, logbase, signDecay, beta, grad], options);
}

/** Options of {@link applyProximalAdagrad} (TensorFlow op `ApplyProximalAdagrad`). */
export interface ApplyProximalAdagradOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ApplyProximalAdagrad`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param grad (dtype T)
 */
export function applyProximalAdagrad(varInput: OutputLike, accum: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, grad: OutputLike, options: ApplyProximalAdagradOptions = {}): Output {
  return op1('ApplyProximalAdagrad', [varInput, accum, lr, l1, l2, grad], options);
}

/** Options of {@link applyProximalGradientDescent} (TensorFlow op `ApplyProximalGradientDescent`). */
export interface ApplyProximalGradientDescentOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ApplyProximalGradientDescent`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param alpha (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param delta (dtype T)
 */
export function applyProximalGradientDescent(varInput: OutputLike, alpha: OutputLike, l1: OutputLike, l2: OutputLike, delta: OutputLike, options: ApplyProximalGradientDescentOptions = {}): Output {
  return op1('ApplyProximalGradientDescent', [varInput, alpha, l1, l2, delta], options);
}

/** Options of {@link applyRMSProp} (TensorFlow op `ApplyRMSProp`). */
export interface ApplyRMSPropOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ApplyRMSProp`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (dtype T)
 * @param ms (dtype T)
 * @param mom (dtype T)
 * @param lr (dtype T)
 * @param rho (dtype T)
 * @param momentum (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 */
export function applyRMSProp(varInput: OutputLike, ms: OutputLike, mom: OutputLike, lr: OutputLike, rho: OutputLike, momentum: OutputLike, epsilon: OutputLike, grad: OutputLike, options: ApplyRMSPropOptions = {}): Output {
  return op1('ApplyRMSProp', [varInput, ms, mom, lr, rho, momentum, epsilon, grad], options);
}

/** Options of {@link resourceApplyAdaMax} (TensorFlow op `ResourceApplyAdaMax`). */
export interface ResourceApplyAdaMaxOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceApplyAdaMax`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param m (resource)
 * @param v (resource)
 * @param beta1Power (dtype T)
 * @param lr (dtype T)
 * @param beta1 (dtype T)
 * @param beta2 (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 */
export function resourceApplyAdaMax(varInput: OutputLike, m: OutputLike, v: OutputLike, beta1Power: OutputLike, lr: OutputLike, beta1: OutputLike, beta2: OutputLike, epsilon: OutputLike, grad: OutputLike, options: ResourceApplyAdaMaxOptions = {}): Operation {
  return opNoOutput('ResourceApplyAdaMax', [varInput, m, v, beta1Power, lr, beta1, beta2, epsilon, grad], options);
}

/** Options of {@link resourceApplyAdadelta} (TensorFlow op `ResourceApplyAdadelta`). */
export interface ResourceApplyAdadeltaOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceApplyAdadelta`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param accumUpdate (resource)
 * @param lr (dtype T)
 * @param rho (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 */
export function resourceApplyAdadelta(varInput: OutputLike, accum: OutputLike, accumUpdate: OutputLike, lr: OutputLike, rho: OutputLike, epsilon: OutputLike, grad: OutputLike, options: ResourceApplyAdadeltaOptions = {}): Operation {
  return opNoOutput('ResourceApplyAdadelta', [varInput, accum, accumUpdate, lr, rho, epsilon, grad], options);
}

/** Options of {@link resourceApplyAdagrad} (TensorFlow op `ResourceApplyAdagrad`). */
export interface ResourceApplyAdagradOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `update_slots` (bool). Default true. */
  updateSlots?: boolean;
}

/**
 * TensorFlow op `ResourceApplyAdagrad`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param lr (dtype T)
 * @param grad (dtype T)
 */
export function resourceApplyAdagrad(varInput: OutputLike, accum: OutputLike, lr: OutputLike, grad: OutputLike, options: ResourceApplyAdagradOptions = {}): Operation {
  return opNoOutput('ResourceApplyAdagrad', [varInput, accum, lr, grad], options);
}

/** Options of {@link resourceApplyAdagradDA} (TensorFlow op `ResourceApplyAdagradDA`). */
export interface ResourceApplyAdagradDAOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceApplyAdagradDA`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param gradientAccumulator (resource)
 * @param gradientSquaredAccumulator (resource)
 * @param grad (dtype T)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param globalStep (int64)
 */
export function resourceApplyAdagradDA(varInput: OutputLike, gradientAccumulator: OutputLike, gradientSquaredAccumulator: OutputLike, grad: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, globalStep: OutputLike, options: ResourceApplyAdagradDAOptions = {}): Operation {
  return opNoOutput('ResourceApplyAdagradDA', [varInput, gradientAccumulator, gradientSquaredAccumulator, grad, lr, l1, l2, globalStep], options);
}

/** Options of {@link resourceApplyAdagradV2} (TensorFlow op `ResourceApplyAdagradV2`). */
export interface ResourceApplyAdagradV2Options extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `update_slots` (bool). Default true. */
  updateSlots?: boolean;
}

/**
 * TensorFlow op `ResourceApplyAdagradV2`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param lr (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 */
export function resourceApplyAdagradV2(varInput: OutputLike, accum: OutputLike, lr: OutputLike, epsilon: OutputLike, grad: OutputLike, options: ResourceApplyAdagradV2Options = {}): Operation {
  return opNoOutput('ResourceApplyAdagradV2', [varInput, accum, lr, epsilon, grad], options);
}

/** Options of {@link resourceApplyAdam} (TensorFlow op `ResourceApplyAdam`). */
export interface ResourceApplyAdamOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `use_nesterov` (bool). Default false. */
  useNesterov?: boolean;
}

/**
 * TensorFlow op `ResourceApplyAdam`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param m (resource)
 * @param v (resource)
 * @param beta1Power (dtype T)
 * @param beta2Power (dtype T)
 * @param lr (dtype T)
 * @param beta1 (dtype T)
 * @param beta2 (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 */
export function resourceApplyAdam(varInput: OutputLike, m: OutputLike, v: OutputLike, beta1Power: OutputLike, beta2Power: OutputLike, lr: OutputLike, beta1: OutputLike, beta2: OutputLike, epsilon: OutputLike, grad: OutputLike, options: ResourceApplyAdamOptions = {}): Operation {
  return opNoOutput('ResourceApplyAdam', [varInput, m, v, beta1Power, beta2Power, lr, beta1, beta2, epsilon, grad], options);
}

/** Options of {@link resourceApplyAdamWithAmsgrad} (TensorFlow op `ResourceApplyAdamWithAmsgrad`). */
export interface ResourceApplyAdamWithAmsgradOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceApplyAdamWithAmsgrad`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param m (resource)
 * @param v (resource)
 * @param vhat (resource)
 * @param beta1Power (dtype T)
 * @param beta2Power (dtype T)
 * @param lr (dtype T)
 * @param beta1 (dtype T)
 * @param beta2 (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 */
export function resourceApplyAdamWithAmsgrad(varInput: OutputLike, m: OutputLike, v: OutputLike, vhat: OutputLike, beta1Power: OutputLike, beta2Power: OutputLike, lr: OutputLike, beta1: OutputLike, beta2: OutputLike, epsilon: OutputLike, grad: OutputLike, options: ResourceApplyAdamWithAmsgradOptions = {}): Operation {
  return opNoOutput('ResourceApplyAdamWithAmsgrad', [varInput, m, v, vhat, beta1Power, beta2Power, lr, beta1, beta2, epsilon, grad], options);
}

/** Options of {@link resourceApplyAddSign} (TensorFlow op `ResourceApplyAddSign`). */
export interface ResourceApplyAddSignOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceApplyAddSign`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param m (resource)
 * @param lr (dtype T)
 * @param alpha (dtype T)
 * @param signDecay (dtype T)
 * @param beta (dtype T)
 * @param grad (dtype T)
 */
export function resourceApplyAddSign(varInput: OutputLike, m: OutputLike, lr: OutputLike, alpha: OutputLike, signDecay: OutputLike, beta: OutputLike, grad: OutputLike, options: ResourceApplyAddSignOptions = {}): Operation {
  return opNoOutput('ResourceApplyAddSign', [varInput, m, lr, alpha, signDecay, beta, grad], options);
}

/** Options of {@link resourceApplyCenteredRMSProp} (TensorFlow op `ResourceApplyCenteredRMSProp`). */
export interface ResourceApplyCenteredRMSPropOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceApplyCenteredRMSProp`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param mg (resource)
 * @param ms (resource)
 * @param mom (resource)
 * @param lr (dtype T)
 * @param rho (dtype T)
 * @param momentum (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 */
export function resourceApplyCenteredRMSProp(varInput: OutputLike, mg: OutputLike, ms: OutputLike, mom: OutputLike, lr: OutputLike, rho: OutputLike, momentum: OutputLike, epsilon: OutputLike, grad: OutputLike, options: ResourceApplyCenteredRMSPropOptions = {}): Operation {
  return opNoOutput('ResourceApplyCenteredRMSProp', [varInput, mg, ms, mom, lr, rho, momentum, epsilon, grad], options);
}

/** Options of {@link resourceApplyFtrl} (TensorFlow op `ResourceApplyFtrl`). */
export interface ResourceApplyFtrlOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `multiply_linear_by_lr` (bool). Default false. */
  multiplyLinearByLr?: boolean;
}

/**
 * TensorFlow op `ResourceApplyFtrl`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param linear (resource)
 * @param grad (dtype T)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param lrPower (dtype T)
 */
export function resourceApplyFtrl(varInput: OutputLike, accum: OutputLike, linear: OutputLike, grad: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, lrPower: OutputLike, options: ResourceApplyFtrlOptions = {}): Operation {
  return opNoOutput('ResourceApplyFtrl', [varInput, accum, linear, grad, lr, l1, l2, lrPower], options);
}

/** Options of {@link resourceApplyFtrlV2} (TensorFlow op `ResourceApplyFtrlV2`). */
export interface ResourceApplyFtrlV2Options extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `multiply_linear_by_lr` (bool). Default false. */
  multiplyLinearByLr?: boolean;
}

/**
 * TensorFlow op `ResourceApplyFtrlV2`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param linear (resource)
 * @param grad (dtype T)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param l2Shrinkage (dtype T)
 * @param lrPower (dtype T)
 */
export function resourceApplyFtrlV2(varInput: OutputLike, accum: OutputLike, linear: OutputLike, grad: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, l2Shrinkage: OutputLike, lrPower: OutputLike, options: ResourceApplyFtrlV2Options = {}): Operation {
  return opNoOutput('ResourceApplyFtrlV2', [varInput, accum, linear, grad, lr, l1, l2, l2Shrinkage, lrPower], options);
}

/** Options of {@link resourceApplyGradientDescent} (TensorFlow op `ResourceApplyGradientDescent`). */
export interface ResourceApplyGradientDescentOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceApplyGradientDescent`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param alpha (dtype T)
 * @param delta (dtype T)
 */
export function resourceApplyGradientDescent(varInput: OutputLike, alpha: OutputLike, delta: OutputLike, options: ResourceApplyGradientDescentOptions = {}): Operation {
  return opNoOutput('ResourceApplyGradientDescent', [varInput, alpha, delta], options);
}

/** Options of {@link resourceApplyKerasMomentum} (TensorFlow op `ResourceApplyKerasMomentum`). */
export interface ResourceApplyKerasMomentumOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `use_nesterov` (bool). Default false. */
  useNesterov?: boolean;
}

/**
 * TensorFlow op `ResourceApplyKerasMomentum`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param lr (dtype T)
 * @param grad (dtype T)
 * @param momentum (dtype T)
 */
export function resourceApplyKerasMomentum(varInput: OutputLike, accum: OutputLike, lr: OutputLike, grad: OutputLike, momentum: OutputLike, options: ResourceApplyKerasMomentumOptions = {}): Operation {
  return opNoOutput('ResourceApplyKerasMomentum', [varInput, accum, lr, grad, momentum], options);
}

/** Options of {@link resourceApplyMomentum} (TensorFlow op `ResourceApplyMomentum`). */
export interface ResourceApplyMomentumOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `use_nesterov` (bool). Default false. */
  useNesterov?: boolean;
}

/**
 * TensorFlow op `ResourceApplyMomentum`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param lr (dtype T)
 * @param grad (dtype T)
 * @param momentum (dtype T)
 */
export function resourceApplyMomentum(varInput: OutputLike, accum: OutputLike, lr: OutputLike, grad: OutputLike, momentum: OutputLike, options: ResourceApplyMomentumOptions = {}): Operation {
  return opNoOutput('ResourceApplyMomentum', [varInput, accum, lr, grad, momentum], options);
}

/** Options of {@link resourceApplyPowerSign} (TensorFlow op `ResourceApplyPowerSign`). */
export interface ResourceApplyPowerSignOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceApplyPowerSign`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param m (resource)
 * @param lr (dtype T)
 * @param logbase (dtype T)
 * @param signDecay (dtype T)
 * @param beta (dtype T)
 * @param grad (dtype T)
 */
export function resourceApplyPowerSign(varInput: OutputLike, m: OutputLike, lr: OutputLike, logbase: OutputLike, signDecay: OutputLike, beta: OutputLike, grad: OutputLike, options: ResourceApplyPowerSignOptions = {}): Operation {
  return opNoOutput('ResourceApplyPowerSign', [varInput, m, lr, logbase, signDecay, beta, grad], options);
}

/** Options of {@link resourceApplyProximalAdagrad} (TensorFlow op `ResourceApplyProximalAdagrad`). */
export interface ResourceApplyProximalAdagradOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceApplyProximalAdagrad`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param grad (dtype T)
 */
export function resourceApplyProximalAdagrad(varInput: OutputLike, accum: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, grad: OutputLike, options: ResourceApplyProximalAdagradOptions = {}): Operation {
  return opNoOutput('ResourceApplyProximalAdagrad', [varInput, accum, lr, l1, l2, grad], options);
}

/** Options of {@link resourceApplyProximalGradientDescent} (TensorFlow op `ResourceApplyProximalGradientDescent`). */
export interface ResourceApplyProximalGradientDescentOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceApplyProximalGradientDescent`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param alpha (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param delta (dtype T)
 */
export function resourceApplyProximalGradientDescent(varInput: OutputLike, alpha: OutputLike, l1: OutputLike, l2: OutputLike, delta: OutputLike, options: ResourceApplyProximalGradientDescentOptions = {}): Operation {
  return opNoOutput('ResourceApplyProximalGradientDescent', [varInput, alpha, l1, l2, delta], options);
}

/** Options of {@link resourceApplyRMSProp} (TensorFlow op `ResourceApplyRMSProp`). */
export interface ResourceApplyRMSPropOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceApplyRMSProp`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param varInput (resource)
 * @param ms (resource)
 * @param mom (resource)
 * @param lr (dtype T)
 * @param rho (dtype T)
 * @param momentum (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 */
export function resourceApplyRMSProp(varInput: OutputLike, ms: OutputLike, mom: OutputLike, lr: OutputLike, rho: OutputLike, momentum: OutputLike, epsilon: OutputLike, grad: OutputLike, options: ResourceApplyRMSPropOptions = {}): Operation {
  return opNoOutput('ResourceApplyRMSProp', [varInput, ms, mom, lr, rho, momentum, epsilon, grad], options);
}

/** Options of {@link resourceSparseApplyAdadelta} (TensorFlow op `ResourceSparseApplyAdadelta`). */
export interface ResourceSparseApplyAdadeltaOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceSparseApplyAdadelta`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param accumUpdate (resource)
 * @param lr (dtype T)
 * @param rho (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function resourceSparseApplyAdadelta(varInput: OutputLike, accum: OutputLike, accumUpdate: OutputLike, lr: OutputLike, rho: OutputLike, epsilon: OutputLike, grad: OutputLike, indices: OutputLike, options: ResourceSparseApplyAdadeltaOptions = {}): Operation {
  return opNoOutput('ResourceSparseApplyAdadelta', [varInput, accum, accumUpdate, lr, rho, epsilon, grad, indices], options);
}

/** Options of {@link resourceSparseApplyAdagrad} (TensorFlow op `ResourceSparseApplyAdagrad`). */
export interface ResourceSparseApplyAdagradOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `update_slots` (bool). Default true. */
  updateSlots?: boolean;
}

/**
 * TensorFlow op `ResourceSparseApplyAdagrad`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param lr (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function resourceSparseApplyAdagrad(varInput: OutputLike, accum: OutputLike, lr: OutputLike, grad: OutputLike, indices: OutputLike, options: ResourceSparseApplyAdagradOptions = {}): Operation {
  return opNoOutput('ResourceSparseApplyAdagrad', [varInput, accum, lr, grad, indices], options);
}

/** Options of {@link resourceSparseApplyAdagradDA} (TensorFlow op `ResourceSparseApplyAdagradDA`). */
export interface ResourceSparseApplyAdagradDAOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceSparseApplyAdagradDA`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (resource)
 * @param gradientAccumulator (resource)
 * @param gradientSquaredAccumulator (resource)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param globalStep (int64)
 */
export function resourceSparseApplyAdagradDA(varInput: OutputLike, gradientAccumulator: OutputLike, gradientSquaredAccumulator: OutputLike, grad: OutputLike, indices: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, globalStep: OutputLike, options: ResourceSparseApplyAdagradDAOptions = {}): Operation {
  return opNoOutput('ResourceSparseApplyAdagradDA', [varInput, gradientAccumulator, gradientSquaredAccumulator, grad, indices, lr, l1, l2, globalStep], options);
}

/** Options of {@link resourceSparseApplyAdagradV2} (TensorFlow op `ResourceSparseApplyAdagradV2`). */
export interface ResourceSparseApplyAdagradV2Options extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `update_slots` (bool). Default true. */
  updateSlots?: boolean;
}

/**
 * TensorFlow op `ResourceSparseApplyAdagradV2`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param lr (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function resourceSparseApplyAdagradV2(varInput: OutputLike, accum: OutputLike, lr: OutputLike, epsilon: OutputLike, grad: OutputLike, indices: OutputLike, options: ResourceSparseApplyAdagradV2Options = {}): Operation {
  return opNoOutput('ResourceSparseApplyAdagradV2', [varInput, accum, lr, epsilon, grad, indices], options);
}

/** Options of {@link resourceSparseApplyCenteredRMSProp} (TensorFlow op `ResourceSparseApplyCenteredRMSProp`). */
export interface ResourceSparseApplyCenteredRMSPropOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceSparseApplyCenteredRMSProp`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (resource)
 * @param mg (resource)
 * @param ms (resource)
 * @param mom (resource)
 * @param lr (dtype T)
 * @param rho (dtype T)
 * @param momentum (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function resourceSparseApplyCenteredRMSProp(varInput: OutputLike, mg: OutputLike, ms: OutputLike, mom: OutputLike, lr: OutputLike, rho: OutputLike, momentum: OutputLike, epsilon: OutputLike, grad: OutputLike, indices: OutputLike, options: ResourceSparseApplyCenteredRMSPropOptions = {}): Operation {
  return opNoOutput('ResourceSparseApplyCenteredRMSProp', [varInput, mg, ms, mom, lr, rho, momentum, epsilon, grad, indices], options);
}

/** Options of {@link resourceSparseApplyFtrl} (TensorFlow op `ResourceSparseApplyFtrl`). */
export interface ResourceSparseApplyFtrlOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `multiply_linear_by_lr` (bool). Default false. */
  multiplyLinearByLr?: boolean;
}

/**
 * TensorFlow op `ResourceSparseApplyFtrl`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param linear (resource)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param lrPower (dtype T)
 */
export function resourceSparseApplyFtrl(varInput: OutputLike, accum: OutputLike, linear: OutputLike, grad: OutputLike, indices: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, lrPower: OutputLike, options: ResourceSparseApplyFtrlOptions = {}): Operation {
  return opNoOutput('ResourceSparseApplyFtrl', [varInput, accum, linear, grad, indices, lr, l1, l2, lrPower], options);
}

/** Options of {@link resourceSparseApplyFtrlV2} (TensorFlow op `ResourceSparseApplyFtrlV2`). */
export interface ResourceSparseApplyFtrlV2Options extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `multiply_linear_by_lr` (bool). Default false. */
  multiplyLinearByLr?: boolean;
}

/**
 * TensorFlow op `ResourceSparseApplyFtrlV2`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param linear (resource)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param l2Shrinkage (dtype T)
 * @param lrPower (dtype T)
 */
export function resourceSparseApplyFtrlV2(varInput: OutputLike, accum: OutputLike, linear: OutputLike, grad: OutputLike, indices: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, l2Shrinkage: OutputLike, lrPower: OutputLike, options: ResourceSparseApplyFtrlV2Options = {}): Operation {
  return opNoOutput('ResourceSparseApplyFtrlV2', [varInput, accum, linear, grad, indices, lr, l1, l2, l2Shrinkage, lrPower], options);
}

/** Options of {@link resourceSparseApplyKerasMomentum} (TensorFlow op `ResourceSparseApplyKerasMomentum`). */
export interface ResourceSparseApplyKerasMomentumOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `use_nesterov` (bool). Default false. */
  useNesterov?: boolean;
}

/**
 * TensorFlow op `ResourceSparseApplyKerasMomentum`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param lr (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 * @param momentum (dtype T)
 */
export function resourceSparseApplyKerasMomentum(varInput: OutputLike, accum: OutputLike, lr: OutputLike, grad: OutputLike, indices: OutputLike, momentum: OutputLike, options: ResourceSparseApplyKerasMomentumOptions = {}): Operation {
  return opNoOutput('ResourceSparseApplyKerasMomentum', [varInput, accum, lr, grad, indices, momentum], options);
}

/** Options of {@link resourceSparseApplyMomentum} (TensorFlow op `ResourceSparseApplyMomentum`). */
export interface ResourceSparseApplyMomentumOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `use_nesterov` (bool). Default false. */
  useNesterov?: boolean;
}

/**
 * TensorFlow op `ResourceSparseApplyMomentum`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param lr (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 * @param momentum (dtype T)
 */
export function resourceSparseApplyMomentum(varInput: OutputLike, accum: OutputLike, lr: OutputLike, grad: OutputLike, indices: OutputLike, momentum: OutputLike, options: ResourceSparseApplyMomentumOptions = {}): Operation {
  return opNoOutput('ResourceSparseApplyMomentum', [varInput, accum, lr, grad, indices, momentum], options);
}

/** Options of {@link resourceSparseApplyProximalAdagrad} (TensorFlow op `ResourceSparseApplyProximalAdagrad`). */
export interface ResourceSparseApplyProximalAdagradOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceSparseApplyProximalAdagrad`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (resource)
 * @param accum (resource)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function resourceSparseApplyProximalAdagrad(varInput: OutputLike, accum: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, grad: OutputLike, indices: OutputLike, options: ResourceSparseApplyProximalAdagradOptions = {}): Operation {
  return opNoOutput('ResourceSparseApplyProximalAdagrad', [varInput, accum, lr, l1, l2, grad, indices], options);
}

/** Options of {@link resourceSparseApplyProximalGradientDescent} (TensorFlow op `ResourceSparseApplyProximalGradientDescent`). */
export interface ResourceSparseApplyProximalGradientDescentOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceSparseApplyProximalGradientDescent`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (resource)
 * @param alpha (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function resourceSparseApplyProximalGradientDescent(varInput: OutputLike, alpha: OutputLike, l1: OutputLike, l2: OutputLike, grad: OutputLike, indices: OutputLike, options: ResourceSparseApplyProximalGradientDescentOptions = {}): Operation {
  return opNoOutput('ResourceSparseApplyProximalGradientDescent', [varInput, alpha, l1, l2, grad, indices], options);
}

/** Options of {@link resourceSparseApplyRMSProp} (TensorFlow op `ResourceSparseApplyRMSProp`). */
export interface ResourceSparseApplyRMSPropOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `ResourceSparseApplyRMSProp`.
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (resource)
 * @param ms (resource)
 * @param mom (resource)
 * @param lr (dtype T)
 * @param rho (dtype T)
 * @param momentum (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function resourceSparseApplyRMSProp(varInput: OutputLike, ms: OutputLike, mom: OutputLike, lr: OutputLike, rho: OutputLike, momentum: OutputLike, epsilon: OutputLike, grad: OutputLike, indices: OutputLike, options: ResourceSparseApplyRMSPropOptions = {}): Operation {
  return opNoOutput('ResourceSparseApplyRMSProp', [varInput, ms, mom, lr, rho, momentum, epsilon, grad, indices], options);
}

/** Options of {@link sparseApplyAdadelta} (TensorFlow op `SparseApplyAdadelta`). */
export interface SparseApplyAdadeltaOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `SparseApplyAdadelta`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param accumUpdate (dtype T)
 * @param lr (dtype T)
 * @param rho (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function sparseApplyAdadelta(varInput: OutputLike, accum: OutputLike, accumUpdate: OutputLike, lr: OutputLike, rho: OutputLike, epsilon: OutputLike, grad: OutputLike, indices: OutputLike, options: SparseApplyAdadeltaOptions = {}): Output {
  return op1('SparseApplyAdadelta', [varInput, accum, accumUpdate, lr, rho, epsilon, grad, indices], options);
}

/** Options of {@link sparseApplyAdagrad} (TensorFlow op `SparseApplyAdagrad`). */
export interface SparseApplyAdagradOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `update_slots` (bool). Default true. */
  updateSlots?: boolean;
}

/**
 * TensorFlow op `SparseApplyAdagrad`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param lr (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function sparseApplyAdagrad(varInput: OutputLike, accum: OutputLike, lr: OutputLike, grad: OutputLike, indices: OutputLike, options: SparseApplyAdagradOptions = {}): Output {
  return op1('SparseApplyAdagrad', [varInput, accum, lr, grad, indices], options);
}

/** Options of {@link sparseApplyAdagradDA} (TensorFlow op `SparseApplyAdagradDA`). */
export interface SparseApplyAdagradDAOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `SparseApplyAdagradDA`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (dtype T)
 * @param gradientAccumulator (dtype T)
 * @param gradientSquaredAccumulator (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param globalStep (int64)
 */
export function sparseApplyAdagradDA(varInput: OutputLike, gradientAccumulator: OutputLike, gradientSquaredAccumulator: OutputLike, grad: OutputLike, indices: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, globalStep: OutputLike, options: SparseApplyAdagradDAOptions = {}): Output {
  return op1('SparseApplyAdagradDA', [varInput, gradientAccumulator, gradientSquaredAccumulator, grad, indices, lr, l1, l2, globalStep], options);
}

/** Options of {@link sparseApplyAdagradV2} (TensorFlow op `SparseApplyAdagradV2`). */
export interface SparseApplyAdagradV2Options extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `update_slots` (bool). Default true. */
  updateSlots?: boolean;
}

/**
 * TensorFlow op `SparseApplyAdagradV2`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param lr (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function sparseApplyAdagradV2(varInput: OutputLike, accum: OutputLike, lr: OutputLike, epsilon: OutputLike, grad: OutputLike, indices: OutputLike, options: SparseApplyAdagradV2Options = {}): Output {
  return op1('SparseApplyAdagradV2', [varInput, accum, lr, epsilon, grad, indices], options);
}

/** Options of {@link sparseApplyCenteredRMSProp} (TensorFlow op `SparseApplyCenteredRMSProp`). */
export interface SparseApplyCenteredRMSPropOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `SparseApplyCenteredRMSProp`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (dtype T)
 * @param mg (dtype T)
 * @param ms (dtype T)
 * @param mom (dtype T)
 * @param lr (dtype T)
 * @param rho (dtype T)
 * @param momentum (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function sparseApplyCenteredRMSProp(varInput: OutputLike, mg: OutputLike, ms: OutputLike, mom: OutputLike, lr: OutputLike, rho: OutputLike, momentum: OutputLike, epsilon: OutputLike, grad: OutputLike, indices: OutputLike, options: SparseApplyCenteredRMSPropOptions = {}): Output {
  return op1('SparseApplyCenteredRMSProp', [varInput, mg, ms, mom, lr, rho, momentum, epsilon, grad, indices], options);
}

/** Options of {@link sparseApplyFtrl} (TensorFlow op `SparseApplyFtrl`). */
export interface SparseApplyFtrlOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `multiply_linear_by_lr` (bool). Default false. */
  multiplyLinearByLr?: boolean;
}

/**
 * TensorFlow op `SparseApplyFtrl`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param linear (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param lrPower (dtype T)
 */
export function sparseApplyFtrl(varInput: OutputLike, accum: OutputLike, linear: OutputLike, grad: OutputLike, indices: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, lrPower: OutputLike, options: SparseApplyFtrlOptions = {}): Output {
  return op1('SparseApplyFtrl', [varInput, accum, linear, grad, indices, lr, l1, l2, lrPower], options);
}

/** Options of {@link sparseApplyFtrlV2} (TensorFlow op `SparseApplyFtrlV2`). */
export interface SparseApplyFtrlV2Options extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `multiply_linear_by_lr` (bool). Default false. */
  multiplyLinearByLr?: boolean;
}

/**
 * TensorFlow op `SparseApplyFtrlV2`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param linear (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param l2Shrinkage (dtype T)
 * @param lrPower (dtype T)
 */
export function sparseApplyFtrlV2(varInput: OutputLike, accum: OutputLike, linear: OutputLike, grad: OutputLike, indices: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, l2Shrinkage: OutputLike, lrPower: OutputLike, options: SparseApplyFtrlV2Options = {}): Output {
  return op1('SparseApplyFtrlV2', [varInput, accum, linear, grad, indices, lr, l1, l2, l2Shrinkage, lrPower], options);
}

/** Options of {@link sparseApplyMomentum} (TensorFlow op `SparseApplyMomentum`). */
export interface SparseApplyMomentumOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
  /** `use_nesterov` (bool). Default false. */
  useNesterov?: boolean;
}

/**
 * TensorFlow op `SparseApplyMomentum`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param lr (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 * @param momentum (dtype T)
 */
export function sparseApplyMomentum(varInput: OutputLike, accum: OutputLike, lr: OutputLike, grad: OutputLike, indices: OutputLike, momentum: OutputLike, options: SparseApplyMomentumOptions = {}): Output {
  return op1('SparseApplyMomentum', [varInput, accum, lr, grad, indices, momentum], options);
}

/** Options of {@link sparseApplyProximalAdagrad} (TensorFlow op `SparseApplyProximalAdagrad`). */
export interface SparseApplyProximalAdagradOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `SparseApplyProximalAdagrad`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (dtype T)
 * @param accum (dtype T)
 * @param lr (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function sparseApplyProximalAdagrad(varInput: OutputLike, accum: OutputLike, lr: OutputLike, l1: OutputLike, l2: OutputLike, grad: OutputLike, indices: OutputLike, options: SparseApplyProximalAdagradOptions = {}): Output {
  return op1('SparseApplyProximalAdagrad', [varInput, accum, lr, l1, l2, grad, indices], options);
}

/** Options of {@link sparseApplyProximalGradientDescent} (TensorFlow op `SparseApplyProximalGradientDescent`). */
export interface SparseApplyProximalGradientDescentOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `SparseApplyProximalGradientDescent`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (dtype T)
 * @param alpha (dtype T)
 * @param l1 (dtype T)
 * @param l2 (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function sparseApplyProximalGradientDescent(varInput: OutputLike, alpha: OutputLike, l1: OutputLike, l2: OutputLike, grad: OutputLike, indices: OutputLike, options: SparseApplyProximalGradientDescentOptions = {}): Output {
  return op1('SparseApplyProximalGradientDescent', [varInput, alpha, l1, l2, grad, indices], options);
}

/** Options of {@link sparseApplyRMSProp} (TensorFlow op `SparseApplyRMSProp`). */
export interface SparseApplyRMSPropOptions extends InputOpOptions {
  /** `use_locking` (bool). Default false. */
  useLocking?: boolean;
}

/**
 * TensorFlow op `SparseApplyRMSProp`; outputs: out (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param varInput (dtype T)
 * @param ms (dtype T)
 * @param mom (dtype T)
 * @param lr (dtype T)
 * @param rho (dtype T)
 * @param momentum (dtype T)
 * @param epsilon (dtype T)
 * @param grad (dtype T)
 * @param indices (dtype Tindices)
 */
export function sparseApplyRMSProp(varInput: OutputLike, ms: OutputLike, mom: OutputLike, lr: OutputLike, rho: OutputLike, momentum: OutputLike, epsilon: OutputLike, grad: OutputLike, indices: OutputLike, options: SparseApplyRMSPropOptions = {}): Output {
  return op1('SparseApplyRMSProp', [varInput, ms, mom, lr, rho, momentum, epsilon, grad, indices], options);
}
