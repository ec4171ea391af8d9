import { invalidArgument } from './errors';

/** Data types: hydra-tf's names, TensorFlow's numeric TF_DataType codes, and JS storage. */

export type DType =
  | 'float32'
  | 'float64'
  | 'float16'
  | 'bfloat16'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'bool'
  | 'string'
  | 'complex64'
  | 'complex128'
  | 'resource'
  | 'variant';

/** TF_DataType values (tensorflow/c/tf_datatype.h). */
export const DTYPE_CODES: Record<DType, number> = {
  float32: 1,
  float64: 2,
  int32: 3,
  uint8: 4,
  int16: 5,
  int8: 6,
  string: 7,
  complex64: 8,
  int64: 9,
  bool: 10,
  bfloat16: 14,
  uint16: 17,
  complex128: 18,
  float16: 19,
  resource: 20,
  variant: 21,
  uint32: 22,
  uint64: 23,
};

const BY_CODE = new Map<number, DType>(Object.entries(DTYPE_CODES).map(([name, code]) => [code, name as DType]));

/** Element size in bytes (0 for string, resource and variant). */
export const DTYPE_SIZES: Record<DType, number> = {
  float32: 4,
  float64: 8,
  float16: 2,
  bfloat16: 2,
  int8: 1,
  int16: 2,
  int32: 4,
  int64: 8,
  uint8: 1,
  uint16: 2,
  uint32: 4,
  uint64: 8,
  bool: 1,
  complex64: 8,
  complex128: 16,
  string: 0,
  resource: 0,
  variant: 0,
};

export type TypedArray =
  | Float32Array
  | Float64Array
  | Int8Array
  | Int16Array
  | Int32Array
  | BigInt64Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | BigUint64Array;

export type TypedArrayConstructor = {
  new (buffer: ArrayBuffer, byteOffset?: number, length?: number): TypedArray;
  BYTES_PER_ELEMENT: number;
};

/**
 * The typed array that holds each dtype's elements. float16/bfloat16 are held as
 * raw Uint16 bits; complex64/128 as interleaved (re, im) Float32/Float64.
 */
export const TYPED_ARRAYS: Partial<Record<DType, TypedArrayConstructor>> = {
  float32: Float32Array,
  float64: Float64Array,
  float16: Uint16Array,
  bfloat16: Uint16Array,
  int8: Int8Array,
  int16: Int16Array,
  int32: Int32Array,
  int64: BigInt64Array,
  uint8: Uint8Array,
  uint16: Uint16Array,
  uint32: Uint32Array,
  uint64: BigUint64Array,
  bool: Uint8Array,
  complex64: Float32Array,
  complex128: Float64Array,
};

/** The [min, max] of each integer dtype held in a JS number. */
export const INTEGER_RANGES: Partial<Record<DType, readonly [number, number]>> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
  uint8: [0, 255],
  uint16: [0, 65535],
  uint32: [0, 4294967295],
};

/** True for float16 and bfloat16, held in JS as raw Uint16 bits. */
export function isHalfDtype(dtype: DType): boolean {
  return dtype === 'float16' || dtype === 'bfloat16';
}

/** The numeric code of a dtype name (or a code, passed through after a check). */
export function dtypeCode(dtype: DType | number): number {
  if (typeof dtype === 'number') {
    if (!BY_CODE.has(dtype)) throw new TypeError(`unknown dtype code ${dtype}`);
    return dtype;
  }
  const code = DTYPE_CODES[dtype];
  if (code === undefined) throw new TypeError(`unknown dtype '${String(dtype)}' (expected one of ${Object.keys(DTYPE_CODES).join(', ')})`);
  return code;
}

/** The dtype name of a TF_DataType code; reference types (code + 100) map to their base type. */
export function dtypeName(code: number): DType {
  const name = BY_CODE.get(code > 100 ? code - 100 : code);
  if (name === undefined) throw new TypeError(`unknown TF_DataType ${code}`);
  return name;
}

export function isDType(value: unknown): value is DType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DTYPE_CODES, value);
}

export function isTypedArray(value: unknown): value is TypedArray {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

const TYPED_ARRAY_DTYPES: Array<[TypedArrayConstructor, DType]> = [
  [Float32Array, 'float32'],
  [Float64Array, 'float64'],
  [Int8Array, 'int8'],
  [Int16Array, 'int16'],
  [Int32Array, 'int32'],
  [BigInt64Array, 'int64'],
  [Uint8Array, 'uint8'],
  [Uint16Array, 'uint16'],
  [Uint32Array, 'uint32'],
  [BigUint64Array, 'uint64'],
];

/** The dtype a typed array holds naturally (Uint8Array is uint8, not bool). */
export function typedArrayDtype(values: TypedArray): DType {
  for (const [ctor, dtype] of TYPED_ARRAY_DTYPES) if (values instanceof ctor) return dtype;
  throw invalidArgument(`unsupported typed array ${(values as object).constructor.name}`);
}
