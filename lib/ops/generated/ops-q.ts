// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Operation, Output } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OutputLike } from '../builder';

/** Options of {@link qr} (TensorFlow op `Qr`). */
export interface QrOptions extends InputOpOptions {
  /** `full_matrices` (bool). Default false. */
  fullMatrices?: boolean;
}

/**
 * TensorFlow op `Qr`; outputs: q (dtype T), r (dtype T).
 * T: one of float64, float32, float16, complex64, complex128.
 * @param input (dtype T)
 */
export function qr(input: OutputLike, options: QrOptions = {}): { q: Output; r: Output } {
  return opOutputs<{ q: Output; r: Output }>('Qr', [input], options);
}

/** Options of {@link queueClose} (TensorFlow op `QueueClose`). */
export interface QueueCloseOptions extends InputOpOptions {
  /** `cancel_pending_enqueues` (bool). Default false. */
  cancelPendingEnqueues?: boolean;
}

/**
 * TensorFlow op `QueueClose`.
 * @param handle (string)
 */
export function queueClose(handle: OutputLike, options: QueueCloseOptions = {}): Operation {
  return opNoOutput('QueueClose', [handle], options);
}

/** Options of {@link queueCloseV2} (TensorFlow op `QueueCloseV2`). */
export interface QueueCloseV2Options extends InputOpOptions {
  /** `cancel_pending_enqueues` (bool). Default false. */
  cancelPendingEnqueues?: boolean;
}

/**
 * TensorFlow op `QueueCloseV2`.
 * @param handle (resource)
 */
export function queueCloseV2(handle: OutputLike, options: QueueCloseV2Options = {}): Operation {
  return opNoOutput('QueueCloseV2', [handle], options);
}

/** Options of {@link queueDequeue} (TensorFlow op `QueueDequeue`). */
export interface QueueDequeueOptions extends InputOpOptions {
  /** `component_types` (list(type)). At least 1 item(s). */
  componentTypes: DType[];
  /** `timeout_ms` (int). Default -1. */
  timeoutMs?: number;
}

/**
 * TensorFlow op `QueueDequeue`; outputs: components (list, dtypes component_types).
 * @param handle (string)
 */
export function queueDequeue(handle: OutputLike, options: QueueDequeueOptions): Output[] {
  return opList('QueueDequeue', [handle], options);
}

/** Options of {@link queueDequeueMany} (TensorFlow op `QueueDequeueMany`). */
export interface QueueDequeueManyOptions extends InputOpOptions {
  /** `component_types` (list(type)). At least 1 item(s). */
  componentTypes: DType[];
  /** `timeout_ms` (int). Default -1. */
  timeoutMs?: number;
}

/**
 * TensorFlow op `QueueDequeueMany`; outputs: components (list, dtypes component_types).
 * @param handle (string)
 * @param n (int32)
 */
export function queueDequeueMany(handle: OutputLike, n: OutputLike, options: QueueDequeueManyOptions): Output[] {
  return opList('QueueDequeueMany', [handle, n], options);
}

/** Options of {@link queueDequeueManyV2} (TensorFlow op `QueueDequeueManyV2`). */
export interface QueueDequeueManyV2Options extends InputOpOptions {
  /** `component_types` (list(type)). At least 1 item(s). */
  componentTypes: DType[];
  /** `timeout_ms` (int). Default -1. */
  timeoutMs?: number;
}

/**
 * TensorFlow op `QueueDequeueManyV2`; outputs: components (list, dtypes component_types).
 * @param handle (resource)
 * @param n (int32)
 */
export function queueDequeueManyV2(handle: OutputLike, n: OutputLike, options: QueueDequeueManyV2Options): Output[] {
  return opList('QueueDequeueManyV2', [handle, n], options);
}

/** Options of {@link queueDequeueUpTo} (TensorFlow op `QueueDequeueUpTo`). */
export interface QueueDequeueUpToOptions extends InputOpOptions {
  /** `component_types` (list(type)). At least 1 item(s). */
  componentTypes: DType[];
  /** `timeout_ms` (int). Default -1. */
  timeoutMs?: number;
}

/**
 * TensorFlow op `QueueDequeueUpTo`; outputs: components (list, dtypes component_types).
 * @param handle (string)
 * @param n (int32)
 */
export function queueDequeueUpTo(handle: OutputLike, n: OutputLike, options: QueueDequeueUpToOptions): Output[] {
  return opList('QueueDequeueUpTo', [handle, n], options);
}

/** Options of {@link queueDequeueUpToV2} (TensorFlow op `QueueDequeueUpToV2`). */
export interface QueueDequeueUpToV2Options extends InputOpOptions {
  /** `component_types` (list(type)). At least 1 item(s). */
  componentTypes: DType[];
  /** `timeout_ms` (int). Default -1. */
  timeoutMs?: number;
}

/**
 * TensorFlow op `QueueDequeueUpToV2`; outputs: components (list, dtypes component_types).
 * @param handle (resource)
 * @param n (int32)
 */
export function queueDequeueUpToV2(handle: OutputLike, n: OutputLike, options: QueueDequeueUpToV2Options): Output[] {
  return opList('QueueDequeueUpToV2', [handle, n], options);
}

/** Options of {@link queueDequeueV2} (TensorFlow op `QueueDequeueV2`). */
export interface QueueDequeueV2Options extends InputOpOptions {
  /** `component_types` (list(type)). At least 1 item(s). */
  componentTypes: DType[];
  /** `timeout_ms` (int). Default -1. */
  timeoutMs?: number;
}

/**
 * TensorFlow op `QueueDequeueV2`; outputs: components (list, dtypes component_types).
 * @param handle (resource)
 */
export function queueDequeueV2(handle: OutputLike, options: QueueDequeueV2Options): Output[] {
  return opList('QueueDequeueV2', [handle], options);
}

/** Options of {@link queueEnqueue} (TensorFlow op `QueueEnqueue`). */
export interface QueueEnqueueOptions extends InputOpOptions {
  /** `timeout_ms` (int). Default -1. */
  timeoutMs?: number;
}

/**
 * TensorFlow op `QueueEnqueue`.
 * @param handle (string)
 * @param components (list, dtypes Tcomponents)
 */
export function queueEnqueue(handle: OutputLike, components: OutputLike[], options: QueueEnqueueOptions = {}): Operation {
  return opNoOutput('QueueEnqueue', [handle, components], options);
}

/** Options of {@link queueEnqueueMany} (TensorFlow op `QueueEnqueueMany`). */
export interface QueueEnqueueManyOptions extends InputOpOptions {
  /** `timeout_ms` (int). Default -1. */
  timeoutMs?: number;
}

/**
 * TensorFlow op `QueueEnqueueMany`.
 * @param handle (string)
 * @param components (list, dtypes Tcomponents)
 */
export function queueEnqueueMany(handle: OutputLike, components: OutputLike[], options: QueueEnqueueManyOptions = {}): Operation {
  return opNoOutput('QueueEnqueueMany', [handle, components], options);
}

/** Options of {@link queueEnqueueManyV2} (TensorFlow op `QueueEnqueueManyV2`). */
export interface QueueEnqueueManyV2Options extends InputOpOptions {
  /** `timeout_ms` (int). Default -1. */
  timeoutMs?: number;
}

/**
 * TensorFlow op `QueueEnqueueManyV2`.
 * @param handle (resource)
 * @param components (list, dtypes Tcomponents)
 */
export function queueEnqueueManyV2(handle: OutputLike, components: OutputLike[], options: QueueEnqueueManyV2Options = {}): Operation {
  return opNoOutput('QueueEnqueueManyV2', [handle, components], options);
}

/** Options of {@link queueEnqueueV2} (TensorFlow op `QueueEnqueueV2`). */
export interface QueueEnqueueV2Options extends InputOpOptions {
  /** `timeout_ms` (int). Default -1. */
  timeoutMs?: number;
}

/**
 * TensorFlow op `QueueEnqueueV2`.
 * @param handle (resource)
 * @param components (list, dtypes Tcomponents)
 */
export function queueEnqueueV2(handle: OutputLike, components: OutputLike[], options: QueueEnqueueV2Options = {}): Operation {
  return opNoOutput('QueueEnqueueV2', [handle, components], options);
}

/**
 * TensorFlow op `QueueIsClosed`; outputs: is_closed (bool).
 * @param handle (string)
 */
export function queueIsClosed(handle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('QueueIsClosed', [handle], options);
}

/**
 * TensorFlow op `QueueIsClosedV2`; outputs: is_closed (bool).
 * @param handle (resource)
 */
export function queueIsClosedV2(handle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('QueueIsClosedV2', [handle], options);
}

/**
 * TensorFlow op `QueueSize`; outputs: size (int32).
 * @param handle (string)
 */
export function queueSize(handle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('QueueSize', [handle], options);
}

/**
 * TensorFlow op `QueueSizeV2`; outputs: size (int32).
 * @param handle (resource)
 */
export function queueSizeV2(handle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('QueueSizeV2', [handle], options);
}
