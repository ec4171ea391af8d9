/**
 * Tensor: an n-dimensional array in TensorFlow's memory, created from typed
 * arrays, nested JS arrays or scalars, and read back as typed arrays or nested arrays.
 */
import {
  DTYPE_SIZES,
  DType,
  INTEGER_RANGES,
  TYPED_ARRAYS,
  TypedArray,
  dtypeCode,
  dtypeName,
  isDType,
  isHalfDtype,
  isTypedArray,
  typedArrayDtype,
} from './dtypes';
import { formatShape, invalidArgument } from './errors';
import { NativeTensor, native } from './library';
import { float16ToNumber, numberToBfloat16, numberToFloat16, bfloat16ToNumber } from './half';

/** Anything `Tensor.from` accepts. */
export type TensorLike = Tensor | TypedArray | number | bigint | boolean | string | Uint8Array | NestedArray;
export interface NestedArray extends Array<number | bigint | boolean | string | Uint8Array | NestedArray> {}

export interface TensorOptions {
  /** Element type; inferred from the values when omitted. */
  dtype?: DType;
  /** Dimensions; inferred from nesting (or [length] for a typed array) when omitted. */
  shape?: number[];
  /** float16/bfloat16 only: the Uint16Array holds raw IEEE-half / bfloat16 bits, not numbers. */
  raw?: boolean;
}

function sizeOf(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

function describeShape(shape: readonly unknown[]): string {
  return `[${shape.map(shown).join(', ')}]`;
}

function describeValues(values: unknown): string {
  if (isTypedArray(values)) return `a ${values.constructor.name}`;
  return Array.isArray(values) ? 'an array' : typeof values;
}

/**
 * Shape of a nested array of scalars ([] for a scalar; strings and Uint8Arrays are scalars), read
 * from the first element of each level and checked against every other element. A ragged array
 * is an invalidArgument naming `what` and the first ragged element by its index path (e.g. [1][0]).
 * `what` may be a function, so hot loops build the text only when there is an error.
 */
export function nestedArrayShape(values: unknown, what: string | (() => string) = 'nested array'): number[] {
  const shape: number[] = [];
  let level: unknown = values;
  while (Array.isArray(level)) {
    shape.push(level.length);
    if (level.length === 0) break;
    level = level[0];
  }
  if (!isRegular(values, shape, 0)) throw raggedError(values, shape, typeof what === 'string' ? what : what());
  return shape;
}

// Builds no strings: the path is only looked for once the array is known to be ragged.
function isRegular(values: unknown, shape: number[], depth: number): boolean {
  if (depth === shape.length) return !Array.isArray(values);
  if (!Array.isArray(values) || values.length !== shape[depth]) return false;
  for (let i = 0; i < values.length; i++) if (!isRegular(values[i], shape, depth + 1)) return false;
  return true;
}

function raggedError(values: unknown, shape: number[], what: string): Error {
  let path = '';
  for (let depth = 0, level = values; ; depth++) {
    const bad = depth === shape.length ? Array.isArray(level) : !Array.isArray(level) || level.length !== shape[depth];
    if (bad) {
      const got = Array.isArray(level) ? (depth === shape.length ? 'an array' : `length ${level.length}`) : 'a scalar';
      const expected = depth === shape.length ? 'a scalar' : `length ${shape[depth]}`;
      return invalidArgument(
        `${what} is ragged at ${path}: ${got}, expected ${expected} (shape ${formatShape(shape)} from the first elements)`,
      );
    }
    const items = level as unknown[];
    const index = items.findIndex((item) => !isRegular(item, shape, depth + 1));
    path += `[${index}]`;
    level = items[index];
  }
}

function flatten(values: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(values)) for (const value of values) flatten(value, out);
  else out.push(values);
  return out;
}

function inferDtype(flat: unknown[]): DType {
  const first = flat[0];
  if (typeof first === 'string' || first instanceof Uint8Array) return 'string';
  if (typeof first === 'boolean') return 'bool';
  if (typeof first === 'bigint') return 'int64';
  return 'float32';
}

const INT64_RANGE = { int64: [-(2n ** 63n), 2n ** 63n - 1n], uint64: [0n, 2n ** 64n - 1n] } as const;

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return String(value);
  } catch {
    // Objects without a prototype (or with a throwing toString) cannot be converted.
    return Object.prototype.toString.call(value);
  }
}

/** A 64-bit integer element, exactly, or an error naming it and the dtype. */
function toBigInt(value: unknown, i: number, dtype: 'int64' | 'uint64'): bigint {
  let big: bigint;
  if (typeof value === 'bigint') big = value;
  else if (typeof value === 'boolean') big = value ? 1n : 0n;
  else if (typeof value === 'number' && Number.isInteger(value)) {
    // Beyond 2^53 a JS number is already rounded; the caller must say which integer it meant.
    if (!Number.isSafeInteger(value))
      throw invalidArgument(`element ${i} (${value}) is not a safe integer: ${dtype} tensors take safe integers or BigInts`);
    big = BigInt(value);
  } else throw invalidArgument(`element ${i} (${shown(value)}) is not an integer (dtype ${dtype})`);
  const [min, max] = INT64_RANGE[dtype];
  if (big < min || big > max) throw invalidArgument(`element ${i} (${big}) is outside the ${dtype} range [${min}, ${max}]`);
  return big;
}

/** Converts JS scalars into the typed array that holds `dtype`, refusing values the dtype cannot hold. */
function toTypedArray(flat: ArrayLike<unknown>, dtype: DType): TypedArray {
  const ctor = TYPED_ARRAYS[dtype];
  if (!ctor || dtype === 'complex64' || dtype === 'complex128') {
    throw invalidArgument(
      `cannot build a ${dtype} tensor from JS values${dtype.startsWith('complex') ? ' (pass interleaved re/im in a typed array)' : ''}`,
    );
  }
  const out = new (ctor as unknown as new (n: number) => TypedArray)(flat.length);
  const range = INTEGER_RANGES[dtype];
  for (let i = 0; i < flat.length; i++) {
    const value = flat[i];
    if (dtype === 'int64' || dtype === 'uint64') {
      (out as BigInt64Array)[i] = toBigInt(value, i, dtype);
    } else if (dtype === 'bool') {
      if (typeof value !== 'boolean' && typeof value !== 'number') throw invalidArgument(`element ${i} (${shown(value)}) is not a boolean`);
      out[i] = value ? 1 : 0;
    } else {
      let number: number;
      if (typeof value === 'number') number = value;
      else if (typeof value === 'boolean') number = value ? 1 : 0;
      else if (typeof value === 'bigint') {
        number = Number(value);
        // A BigInt that a double cannot hold exactly is out of range for every non-64-bit dtype.
        if (range && BigInt(Math.trunc(number)) !== value)
          throw invalidArgument(`element ${i} (${value}) is outside the ${dtype} range [${range[0]}, ${range[1]}]`);
      } else throw invalidArgument(`element ${i} (${shown(value)}) is not a number (dtype ${dtype})`);
      if (range) {
        if (!Number.isInteger(number)) throw invalidArgument(`element ${i} (${number}) is not an integer (dtype ${dtype})`);
        if (number < range[0] || number > range[1])
          throw invalidArgument(`element ${i} (${value}) is outside the ${dtype} range [${range[0]}, ${range[1]}]`);
        out[i] = number;
      } else if (dtype === 'float16') out[i] = numberToFloat16(number);
      else if (dtype === 'bfloat16') out[i] = numberToBfloat16(number);
      else out[i] = number;
    }
  }
  return out;
}

const MAX_ELEMENTS = 2n ** 63n - 1n;

/**
 * Checks a tensor shape: dimensions are non-negative safe integers and every partial product
 * fits in int64, as TensorFlow's TensorShape CHECKs (it aborts the process otherwise), even when
 * a later dimension is 0. Returns the element count.
 */
export function checkShape(shape: readonly number[], what = 'shape'): number {
  if (!Array.isArray(shape)) throw invalidArgument(`${what} must be an array of dimensions, got ${shown(shape)}`);
  let count = 1;
  let exact: bigint | null = null; // once past 2^53, the product is tracked exactly
  for (let i = 0; i < shape.length; i++) {
    const dim = shape[i];
    if (typeof dim !== 'number' || !Number.isSafeInteger(dim) || dim < 0) {
      throw invalidArgument(`${what} ${describeShape(shape)}: dimension ${i} (${shown(dim)}) must be a non-negative integer below 2^53`);
    }
    if (exact === null && Number.isSafeInteger(count * dim)) {
      count *= dim;
      continue;
    }
    exact = (exact ?? BigInt(count)) * BigInt(dim);
    if (exact > MAX_ELEMENTS) {
      throw invalidArgument(
        `${what} ${describeShape(shape)}: the product of dimensions 0..${i} exceeds 2^63 - 1, the most elements TensorFlow allows`,
      );
    }
  }
  return exact === null ? count : Number(exact);
}

function encodeStrings(flat: unknown[]): Array<string | Uint8Array> {
  return flat.map((value, i) => {
    if (typeof value === 'string' || value instanceof Uint8Array) return value;
    throw invalidArgument(`string tensor element ${i} is ${typeof value}, expected a string or bytes`);
  });
}

let viewsSupported: boolean | undefined;

export class Tensor {
  /** @internal */
  readonly handle: NativeTensor;

  /** @internal Wraps a native tensor; use Tensor.from or tensor(). */
  constructor(handle: NativeTensor) {
    this.handle = handle;
  }

  /**
   * A zero-filled tensor of `dtype` and `shape` in TensorFlow's own (64-byte aligned) memory,
   * to be filled in place through `view()`: the fill is then the only copy of the data.
   */
  static empty(dtype: DType, shape: readonly number[]): Tensor {
    if (!isDType(dtype)) throw invalidArgument(`Tensor.empty: unknown dtype '${String(dtype)}'`);
    if (!TYPED_ARRAYS[dtype])
      throw invalidArgument(
        `Tensor.empty: a ${dtype} tensor has no typed-array view${dtype === 'string' ? '; make string tensors with Tensor.from' : ''}`,
      );
    checkShape(shape as number[], 'Tensor.empty: shape');
    return new Tensor(new (native().Tensor)(dtypeCode(dtype), [...shape], null));
  }

  /** @internal Whether the loaded addon has Tensor.empty and views (an addon built before them has not). */
  static hasViews(): boolean {
    return (viewsSupported ??= typeof (native().Tensor.prototype as { view?: unknown }).view === 'function');
  }

  /** Creates a tensor from values; dtype and shape are inferred unless given. */
  static from(values: TensorLike, options: TensorOptions = {}): Tensor {
    if (values instanceof Tensor) {
      if (options.dtype && options.dtype !== values.dtype) {
        throw invalidArgument(`tensor has dtype ${values.dtype}, expected ${options.dtype}`);
      }
      return values;
    }
    if (options.dtype !== undefined && !isDType(options.dtype)) {
      throw invalidArgument(`unknown dtype '${String(options.dtype)}'`);
    }
    const binding = native();
    if (options.raw !== undefined && options.raw !== false) {
      if (!(values instanceof Uint16Array) || options.dtype === undefined || !isHalfDtype(options.dtype)) {
        throw invalidArgument(
          `raw: true takes a Uint16Array of float16 or bfloat16 bits, got ${describeValues(values)} for dtype ${options.dtype ?? '(none)'}`,
        );
      }
    }
    if (options.shape !== undefined) checkShape(options.shape);
    if (isTypedArray(values) && options.dtype !== 'string') {
      const natural = typedArrayDtype(values);
      const dtype = options.dtype ?? natural;
      const shape = options.shape ?? [values.length / (dtype.startsWith('complex') ? 2 : 1)];
      let data: TypedArray = values;
      const ctor = TYPED_ARRAYS[dtype];
      if (!ctor) throw invalidArgument(`cannot build a ${dtype} tensor from a typed array`);
      // A Uint16Array for a half dtype holds numbers unless raw bits were asked for.
      const sameStorage = values instanceof ctor && (!isHalfDtype(dtype) || options.raw === true);
      if (!sameStorage) data = toTypedArray(values as ArrayLike<number | bigint>, dtype);
      return new Tensor(new binding.Tensor(dtypeCode(dtype), shape, data));
    }
    const inferredShape = nestedArrayShape(values);
    const flat = flatten(values);
    const dtype = options.dtype ?? (flat.length ? inferDtype(flat) : 'float32');
    const shape = options.shape ?? inferredShape;
    const size = checkShape(shape);
    if (size !== flat.length) {
      throw invalidArgument(`${flat.length} value(s) do not fill shape ${describeShape(shape)} (${size} elements)`);
    }
    if (dtype === 'string') return new Tensor(new binding.Tensor(dtypeCode('string'), shape, encodeStrings(flat)));
    return new Tensor(new binding.Tensor(dtypeCode(dtype), shape, toTypedArray(flat, dtype)));
  }

  get dtype(): DType {
    return dtypeName(this.handle.dtype);
  }
  get shape(): number[] {
    return this.handle.shape;
  }
  /** @internal The shape, read from the native tensor once (a tensor's shape never changes); not to be mutated. */
  shapeView(): readonly number[] {
    return (this.cachedShape ??= this.handle.shape);
  }
  private cachedShape?: number[];
  get rank(): number {
    return this.handle.shape.length;
  }
  /** Number of elements. */
  get size(): number {
    return sizeOf(this.handle.shape);
  }
  get disposed(): boolean {
    return this.handle.disposed;
  }
  /** Bytes of tensor memory (for strings, of the TF_TString array). */
  get byteLength(): number {
    return this.handle.byteLength;
  }

  /** The elements, flat, as a fresh typed array (bool as Uint8Array, int64 as BigInt64Array). */
  data(): TypedArray {
    const dtype = this.dtype;
    const ctor = TYPED_ARRAYS[dtype];
    if (!ctor) throw invalidArgument(`a ${dtype} tensor has no typed-array view${dtype === 'string' ? '; use strings()' : ''}`);
    const buffer = this.handle.data();
    return new ctor(buffer, 0, buffer.byteLength / ctor.BYTES_PER_ELEMENT);
  }

  /**
   * A writable typed array over the tensor's own memory (no copy): bool as Uint8Array (write 0
   * or 1), int64 as BigInt64Array, float16/bfloat16 as raw bits in a Uint16Array, complex as
   * interleaved re/im. Only tensors made from JS (Tensor.empty, Tensor.from) have one; a run's
   * outputs are read with data(). The view keeps the memory alive while it is reachable;
   * dispose() detaches it (its length becomes 0, its methods throw). Writing while a run that
   * was fed this tensor is in flight changes what that run reads.
   */
  view(): TypedArray {
    if (this.viewCache) return this.viewCache;
    const dtype = this.dtype;
    const ctor = TYPED_ARRAYS[dtype];
    if (!ctor) throw invalidArgument(`a ${dtype} tensor has no typed-array view${dtype === 'string' ? '; use strings()' : ''}`);
    const buffer = this.handle.view();
    return (this.viewCache = new ctor(buffer, 0, buffer.byteLength / ctor.BYTES_PER_ELEMENT));
  }
  private viewCache?: TypedArray;

  /** The same elements in another shape, sharing this tensor's memory (no copy; dispose each separately). */
  reshape(shape: readonly number[]): Tensor {
    checkShape(shape as number[], 'reshape: shape');
    return new Tensor(this.handle.reshape([...shape]));
  }

  /** The elements of a string tensor, decoded as UTF-8. */
  strings(): string[] {
    return this.handle.strings().map((bytes) => bytes.toString('utf8'));
  }

  /** The elements of a string tensor as raw bytes. */
  bytes(): Buffer[] {
    return this.handle.strings();
  }

  /** The elements as nested JS arrays (numbers; BigInt for 64-bit integers; booleans; strings). */
  array(): unknown {
    const flat = this.flatValues();
    const shape = this.shape;
    if (shape.length === 0) return flat[0];
    const build = (offset: number, depth: number): unknown[] => {
      const count = shape[depth];
      const stride = sizeOf(shape.slice(depth + 1));
      const out: unknown[] = new Array(count);
      for (let i = 0; i < count; i++) {
        out[i] = depth === shape.length - 1 ? flat[offset + i] : build(offset + i * stride, depth + 1);
      }
      return out;
    };
    return build(0, 0);
  }

  /** The single element of a tensor with one element. */
  item(): number | bigint | boolean | string {
    if (this.size !== 1) throw invalidArgument(`item() needs a tensor with one element, this one has shape ${describeShape(this.shape)}`);
    return this.flatValues()[0] as number | bigint | boolean | string;
  }

  private flatValues(): unknown[] {
    const dtype = this.dtype;
    if (dtype === 'string') return this.strings();
    const data = this.data();
    if (dtype === 'bool') return Array.from(data as Uint8Array, (v) => v !== 0);
    if (dtype === 'float16') return Array.from(data as Uint16Array, float16ToNumber);
    if (dtype === 'bfloat16') return Array.from(data as Uint16Array, bfloat16ToNumber);
    if (dtype === 'complex64' || dtype === 'complex128') {
      const pairs: Array<[number, number]> = [];
      for (let i = 0; i < data.length; i += 2) pairs.push([data[i] as number, data[i + 1] as number]);
      return pairs;
    }
    return Array.from(data as ArrayLike<number | bigint>);
  }

  /** Frees the tensor's memory now (the garbage collector would do it later). */
  dispose(): void {
    const view = this.viewCache;
    this.viewCache = undefined;
    this.handle.dispose(view?.buffer as ArrayBuffer | undefined);
  }

  toString(): string {
    if (this.disposed) return 'Tensor(disposed)';
    return `Tensor(${this.dtype}, ${describeShape(this.shape)})`;
  }
}

/** Shorthand for Tensor.from. */
export function tensor(values: TensorLike, dtypeOrOptions?: DType | TensorOptions): Tensor {
  const options = typeof dtypeOrOptions === 'string' ? { dtype: dtypeOrOptions } : (dtypeOrOptions ?? {});
  return Tensor.from(values, options);
}

/** A rank-0 tensor. */
export function scalar(value: number | bigint | boolean | string, dtype?: DType): Tensor {
  return Tensor.from(value, { dtype, shape: [] });
}

/** Bytes per element of a dtype (0 for string, resource, variant). */
export function dtypeSize(dtype: DType): number {
  return DTYPE_SIZES[dtype];
}
