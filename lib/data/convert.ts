/**
 * Writing feature values into a batch column of a chosen dtype. Every conversion that could lose
 * information silently (a fraction into an int, 300 into uint8, a string into float32) is an error
 * that names the value and where it came from, because a silently wrapped label trains a wrong model.
 */
import {
  DType,
  INTEGER_RANGES,
  TYPED_ARRAYS,
  TypedArray,
  isTypedArray,
  invalidArgument,
  bfloat16ToNumber,
  float16ToNumber,
  numberToBfloat16,
  numberToFloat16,
} from '../core';
import { Where, describeKind, named, typedArrayDtype } from './element-value';
import { isHostTensor } from './host-tensor';

export type Column = TypedArray | string[];

/** A zeroed column of `count` elements of `dtype`. */
export function allocateColumn(dtype: DType, count: number, where: string): Column {
  if (dtype === 'string') return new Array<string>(count).fill('');
  const ctor = TYPED_ARRAYS[dtype];
  if (!ctor || dtype === 'complex64' || dtype === 'complex128') {
    throw invalidArgument(`${where}: dtype ${dtype} cannot be batched from JS values`);
  }
  return new (ctor as unknown as new (n: number) => TypedArray)(count);
}

/** Writes one scalar at `index`, converting it to the column's dtype or explaining why not. */
export function writeScalar(out: Column, index: number, value: unknown, dtype: DType, where: Where): void {
  // The common case first: a number into a float column.
  if (typeof value === 'number' && (dtype === 'float32' || dtype === 'float64')) {
    (out as Float32Array)[index] = value;
    return;
  }
  const refuse = (why: string): never => refuseValue(where, value, why, dtype);
  switch (dtype) {
    case 'string':
      if (typeof value !== 'string') refuse('is not a string');
      (out as string[])[index] = value as string;
      return;
    case 'bool':
      if (typeof value === 'boolean') (out as Uint8Array)[index] = value ? 1 : 0;
      else if (value === 0 || value === 1) (out as Uint8Array)[index] = value;
      else refuse('is not a boolean (or 0/1)');
      return;
    case 'int64':
    case 'uint64': {
      let big: bigint;
      if (typeof value === 'bigint') big = value;
      else if (typeof value === 'number' && Number.isSafeInteger(value)) big = BigInt(value);
      else if (typeof value === 'boolean') big = value ? 1n : 0n;
      else return refuse('is not a safe integer or a bigint');
      const wrapped = dtype === 'uint64' ? BigInt.asUintN(64, big) : BigInt.asIntN(64, big);
      if (wrapped !== big) refuse(`does not fit in ${dtype}`);
      (out as BigInt64Array)[index] = big;
      return;
    }
  }
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'boolean') number = value ? 1 : 0;
  else if (typeof value === 'bigint') {
    number = Number(value);
    if (BigInt(number) !== value) refuse('does not fit exactly in a double');
  } else return refuse('is not a number');
  const range = INTEGER_RANGES[dtype];
  if (range) {
    if (!Number.isInteger(number)) refuse('is not an integer');
    if (number < range[0] || number > range[1]) refuse(`is outside [${range[0]}, ${range[1]}]`);
  }
  if (dtype === 'float16') (out as Uint16Array)[index] = numberToFloat16(number);
  else if (dtype === 'bfloat16') (out as Uint16Array)[index] = numberToBfloat16(number);
  else (out as Float64Array)[index] = number;
}

function refuseValue(where: Where, value: unknown, why: string, dtype: DType): never {
  throw invalidArgument(`${named(where)}: ${describeKind(value)} ${why} (dtype ${dtype})`);
}

/** The i-th element of typed data as a JS scalar (decoding float16/bfloat16 bits and bools). */
function scalarAt(data: TypedArray, dtype: DType, i: number): number | bigint | boolean {
  const raw = data[i];
  if (dtype === 'float16') return float16ToNumber(raw as number);
  if (dtype === 'bfloat16') return bfloat16ToNumber(raw as number);
  if (dtype === 'bool') return raw !== 0;
  return raw;
}

/**
 * Writes a whole feature value (scalar, nested array, typed array or HostTensor) starting at
 * `offset`; the caller has already checked its shape. Same-dtype typed data is copied in one go.
 */
export function writeValue(out: Column, offset: number, value: unknown, dtype: DType, where: Where): void {
  if (typeof value !== 'object' || value === null) return writeScalar(out, offset, value, dtype, where);
  let data: TypedArray | string[] | null = null;
  let sourceDtype: DType | null = null;
  if (isHostTensor(value)) {
    data = value.data;
    sourceDtype = value.dtype;
  } else if (isTypedArray(value)) {
    data = value;
    sourceDtype = typedArrayDtype(value);
  }
  if (data !== null && sourceDtype !== null) {
    if (Array.isArray(data)) {
      for (let i = 0; i < data.length; i++) writeScalar(out, offset + i, data[i], dtype, where);
    } else if (sourceDtype === dtype) {
      (out as Float32Array).set(data as Float32Array, offset);
    } else {
      for (let i = 0; i < data.length; i++) writeScalar(out, offset + i, scalarAt(data, sourceDtype, i), dtype, where);
    }
    return;
  }
  if (Array.isArray(value)) {
    let position = offset;
    const visit = (items: unknown[]): void => {
      for (const item of items) {
        if (Array.isArray(item)) visit(item);
        else writeScalar(out, position++, item, dtype, where);
      }
    };
    visit(value);
    return;
  }
  writeScalar(out, offset, value, dtype, where);
}
