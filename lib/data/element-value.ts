/**
 * What a feature value in a dataset element can be, and how to read its shape and natural dtype:
 * a JS scalar (number, bigint, boolean, string), a nested array of scalars, a 1-D typed array,
 * or a HostTensor (which carries any shape and dtype, e.g. a [28, 28] image view).
 */
import { DType, TypedArray, isTypedArray, typedArrayDtype, invalidArgument, nestedArrayShape } from '../core';
import { HostTensor, isHostTensor } from './host-tensor';

export type Scalar = number | bigint | boolean | string;
export interface NestedValues extends Array<Scalar | NestedValues> {}
export type FeatureValue = Scalar | NestedValues | TypedArray | HostTensor;

export { typedArrayDtype } from '../core';

/** The dtype a JS scalar becomes when nothing else is said (numbers are float32, as in Keras). */
export function scalarDtype(value: unknown): DType | null {
  switch (typeof value) {
    case 'number':
      return 'float32';
    case 'bigint':
      return 'int64';
    case 'boolean':
      return 'bool';
    case 'string':
      return 'string';
    default:
      return null;
  }
}

/**
 * Where a value came from, for error messages; a function so that hot loops build the text
 * only when there is an error to report.
 */
export type Where = string | (() => string);

export function named(where: Where): string {
  return typeof where === 'string' ? where : where();
}

export interface ValueInfo {
  shape: number[];
  /** The dtype the value asks for by itself, before options and source hints. */
  dtype: DType;
}

/** Shape and natural dtype of a feature value; `where` names it in errors. */
export function describeValue(value: unknown, where: Where): ValueInfo {
  if (isHostTensor(value)) return { shape: value.shape, dtype: value.dtype };
  if (isTypedArray(value)) return { shape: [value.length], dtype: typedArrayDtype(value) };
  const dtype = scalarDtype(value);
  if (dtype !== null) return { shape: [], dtype };
  if (Array.isArray(value)) return describeNested(value, where);
  throw invalidArgument(
    `${named(where)} is ${describeKind(value)}; expected a number, bigint, boolean, string, nested array, typed array or HostTensor`,
  );
}

function describeNested(values: unknown[], where: Where): ValueInfo {
  let level: unknown = values;
  while (Array.isArray(level) && level.length > 0) level = level[0];
  const empty = Array.isArray(level);
  const dtype = empty ? 'float32' : scalarDtype(level);
  if (dtype === null)
    throw invalidArgument(`${named(where)} holds ${describeKind(level)}; nested arrays must hold numbers, bigints, booleans or strings`);
  return { shape: nestedArrayShape(values, where), dtype };
}

export function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object (${(value as object).constructor?.name ?? 'Object'})`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((dim, i) => dim === b[i]);
}
