/**
 * HostTensor: a tensor's worth of data still in JS memory (dtype, shape, flat data). Batches are
 * made of these so a pipeline can stack, inspect and prefetch them without TensorFlow; the
 * trainer turns a batch into real tensors with `toTensors` at the last moment.
 */
import { DType, TYPED_ARRAYS, TypedArray, isHalfDtype, isTypedArray, invalidArgument, Tensor } from '../core';

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
  return (
    typeof candidate.dtype === 'string' && Array.isArray(candidate.shape) && (isTypedArray(candidate.data) || Array.isArray(candidate.data))
  );
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
    if (!(data instanceof ctor)) {
      throw invalidArgument(
        `${what}: dtype ${dtype} needs ${ctor.name} data, got ${Array.isArray(data) ? 'an array' : data.constructor.name}`,
      );
    }
  }
  const perElement = dtype === 'complex64' || dtype === 'complex128' ? 2 : 1;
  if (data.length !== elementCount(shape) * perElement) {
    throw invalidArgument(`${what}: ${data.length} value(s) do not fill shape ${describeShape(shape)}`);
  }
}

/**
 * Typed arrays that are views of a TensorFlow tensor's memory (made by `allocateData`), with
 * that tensor: feeding such data hands TensorFlow its own memory instead of a copy. Keyed by
 * the array itself, so a HostTensor copied or spread keeps the link, and a replaced `data` loses it.
 */
const backing = new WeakMap<TypedArray, Tensor>();

/** Columns of at least this many bytes are made in TensorFlow's memory (allocateData). */
export const ZERO_COPY_MIN_BYTES = 16 * 1024;

/**
 * A zeroed column of `dtype` and `shape` for a batch. For a batch its consumer feeds once and
 * releases (`transient`: fit's own batches), a view of a TensorFlow tensor: filling it is then
 * the only copy the data makes on its way to TensorFlow. Otherwise (and for small columns) a
 * plain typed array: a batch whose lifetime is the user's would hold TensorFlow memory until
 * garbage collection, which costs more than the copy when it is fed (bench/hydra/pipeline.js).
 */
export function allocateData(dtype: DType, shape: readonly number[], transient: boolean): TypedArray {
  const ctor = TYPED_ARRAYS[dtype];
  if (!ctor) throw invalidArgument(`dtype ${dtype} cannot be held in JS memory`);
  const count = elementCount(shape) * (dtype === 'complex64' || dtype === 'complex128' ? 2 : 1);
  // Small columns stay JS arrays: copying a few KiB when fed costs less than a tensor, its view
  // and its finalizer (collected later, not freed at once).
  if (!transient || count * ctor.BYTES_PER_ELEMENT < ZERO_COPY_MIN_BYTES || !Tensor.hasViews())
    return new (ctor as unknown as new (n: number) => TypedArray)(count);
  const tensor = Tensor.empty(dtype, shape);
  const view = tensor.view();
  backing.set(view, tensor);
  return view;
}

/**
 * Batches a pipeline made for one consumer (fit's own batches of in-memory columns): after
 * their tensors are fed, their memory is released at once instead of at garbage collection.
 */
const transient = new WeakSet<HostBatch>();

/** Marks `batch` as used once by whoever feeds it (see hostToTensor's `consume`). */
export function markTransient(batch: HostBatch): HostBatch {
  transient.add(batch);
  return batch;
}

export function isTransient(batch: HostBatch): boolean {
  return transient.has(batch);
}

/** Releases the tensors behind a transient batch's data now (their views become empty). */
export function releaseBatch(batch: HostBatch): void {
  if (!transient.has(batch)) return;
  for (const host of Object.values(batch)) {
    const own = isTypedArray(host.data) ? backing.get(host.data) : undefined;
    if (own) {
      backing.delete(host.data as TypedArray);
      own.dispose();
    }
  }
}

/**
 * The tensor to feed for `host` as `dtype` in `shape`: the tensor its data is a view of
 * (sharing the memory) when there is one of that dtype, else a copy into a new tensor.
 */
export function hostToTensor(host: HostTensor, dtype: DType, shape: readonly number[]): Tensor {
  const own = isTypedArray(host.data) ? backing.get(host.data) : undefined;
  if (own && own.dtype === dtype && host.dtype === dtype && !own.disposed && elementCount(shape) === own.size) return own.reshape(shape);
  // Host data of a half dtype is raw bits (see convert.ts), so it is handed over as bits.
  return Tensor.from(host.data as never, {
    dtype,
    shape: shape as number[],
    raw: host.dtype === dtype && isHalfDtype(dtype) && host.data instanceof Uint16Array,
  });
}

/** A TensorFlow tensor per key of a batch (data made by the batch builders is fed without a copy). */
export function toTensors(batch: HostBatch): Record<string, Tensor> {
  const out: Record<string, Tensor> = {};
  for (const [key, value] of Object.entries(batch)) {
    checkHostTensor(value, `toTensors: key "${key}"`);
    out[key] = hostToTensor(value, value.dtype, value.shape);
  }
  return out;
}
