/**
 * HostTensor: a tensor's worth of data still in JS memory (dtype, shape, flat data). Batches are
 * made of these so a pipeline can stack, inspect and prefetch them without TensorFlow; the
 * trainer turns a batch into real tensors with `toTensors` at the last moment.
 */
import { DType, TYPED_ARRAYS, TypedArray, isHalfDtype, isTypedArray } from '../core/dtypes';
import { invalidArgument } from '../core/errors';
import { Tensor } from '../core/tensor';

export interface HostTensor {
  dtype: DType;
  /** Dimensions; in a batch the first is the batch size. */
  shape: number[];
  /** Row-major elements: the dtype's typed array (bool as Uint8Array 0/1), or strings. */
  data: TypedArray | string[];
}

/** A batch: one HostTensor per feature or label key, all with the same first dimension. */
export type HostBatch = Record<string, HostTensor>;

export function elementCount(shape: readonly number[]): number {
  let count = 1;
  for (const dim of shape) count *= dim;
  return count;
}

export function describeShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** True for objects shaped like a HostTensor (a dtype name, a shape array and data). */
export function isHostTensor(value: unknown): value is HostTensor {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<HostTensor>;
  return typeof candidate.dtype === 'string' && Array.isArray(candidate.shape) && (isTypedArray(candidate.data) || Array.isArray(candidate.data));
}

/** Builds a HostTensor, checking that the data's kind and length fit the dtype and shape. */
export function hostTensor(dtype: DType, shape: number[], data: TypedArray | string[], what = 'host tensor'): HostTensor {
  checkHostTensor({ dtype, shape, data }, what);
  return { dtype, shape, data };
}

export function checkHostTensor(value: HostTensor, what: string): void {
  const { dtype, shape, data } = value;
  if (!shape.every((dim) => Number.isInteger(dim) && dim >= 0)) {
    throw invalidArgument(`${what}: shape ${describeShape(shape)} must be non-negative integers`);
  }
  if (dtype === 'string') {
    if (!Array.isArray(data)) throw invalidArgument(`${what}: a string tensor's data must be a string[]`);
  } else {
    const ctor = TYPED_ARRAYS[dtype];
    if (!ctor) throw invalidArgument(`${what}: dtype ${dtype} cannot be held in JS memory`);
    if (!(data instanceof (ctor as unknown as Function))) {
      throw invalidArgument(`${what}: dtype ${dtype} needs ${ctor.name} data, got ${Array.isArray(data) ? 'an array' : data.constructor.name}`);
    }
  }
  const perElement = dtype === 'complex64' || dtype === 'complex128' ? 2 : 1;
  if (data.length !== elementCount(shape) * perElement) {
    throw invalidArgument(`${what}: ${data.length} value(s) do not fill shape ${describeShape(shape)}`);
  }
}

/** A TensorFlow tensor per key of a batch (data is copied into TensorFlow's memory). */
export function toTensors(batch: HostBatch): Record<string, Tensor> {
  const out: Record<string, Tensor> = {};
  for (const [key, value] of Object.entries(batch)) {
    checkHostTensor(value, `toTensors: key "${key}"`);
    // Host data of a half dtype is raw bits (see convert.ts), so it is handed over as bits.
    out[key] = Tensor.from(value.data, { dtype: value.dtype, shape: value.shape, raw: isHalfDtype(value.dtype) && value.data instanceof Uint16Array });
  }
  return out;
}
