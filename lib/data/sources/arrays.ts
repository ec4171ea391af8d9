/**
 * In-memory sources: feature columns (fromArrays: the first dimension of every column is the
 * examples, as in tf.data.Dataset.from_tensor_slices) and lists of objects (fromObjects).
 */
import { DType, TypedArray, isTypedArray, invalidArgument } from '../../core';
import { Dataset } from '../dataset';
import { typedArrayDtype } from '../element-value';
import { HostBatch, HostTensor, allocateData, describeShape, elementCount } from '../host-tensor';
import { NO_DTYPES, RowAccess } from '../spec';

/** A feature column: a typed array (with a per-example shape) or a JS array with one entry per example. */
export type ArrayColumn = TypedArray | readonly unknown[];

export interface FromArraysOptions<S> {
  /** Per-example shape of typed-array columns, e.g. { image: [28, 28] } for n*784 floats. Default [] (a scalar per example). */
  shapes?: S;
}

type ScalarOf<C> = C extends BigInt64Array | BigUint64Array ? bigint : number;

/** The element type: shaped typed-array columns give HostTensor views, scalar ones numbers, JS arrays their entries. */
export type ArraysElement<C, S> = {
  [K in keyof C]: K extends keyof S ? HostTensor : C[K] extends TypedArray ? ScalarOf<C[K]> : C[K] extends readonly (infer E)[] ? E : never;
};

interface ColumnReader {
  count: number;
  read(i: number): unknown;
}

function describeColumns(keys: string[]): string {
  return `{${keys.join(', ')}}`;
}

function columnReader(key: string, column: unknown, shape: number[] | undefined, what: string): { reader: ColumnReader; dtype?: DType } {
  if (isTypedArray(column)) {
    const dtype = typedArrayDtype(column);
    const exampleShape = shape ?? [];
    if (!exampleShape.every((dim) => Number.isInteger(dim) && dim >= 0)) {
      throw invalidArgument(`${what}: shapes.${key} ${describeShape(exampleShape)} must be non-negative integers`);
    }
    const size = elementCount(exampleShape);
    if (size === 0 ? column.length !== 0 : column.length % size !== 0) {
      throw invalidArgument(
        `${what}: column "${key}" has ${column.length} values, not a multiple of ${size} (shape ${describeShape(exampleShape)} per example)`,
      );
    }
    const count = size === 0 ? 0 : column.length / size;
    if (exampleShape.length === 0) return { reader: { count, read: (i) => column[i] }, dtype };
    // Views, not copies: a 60000-image column costs nothing extra to expose as examples.
    return { reader: { count, read: (i) => ({ dtype, shape: exampleShape, data: column.subarray(i * size, (i + 1) * size) }) }, dtype };
  }
  if (Array.isArray(column)) {
    if (shape !== undefined) {
      throw invalidArgument(
        `${what}: shapes.${key} applies to typed-array columns; "${key}" is a JS array, whose first dimension is already the examples`,
      );
    }
    return { reader: { count: column.length, read: (i) => column[i] } };
  }
  throw invalidArgument(
    `${what}: column "${key}" is ${column === null ? 'null' : typeof column}; expected a typed array or an array with one entry per example`,
  );
}

/**
 * A dataset of feature dicts from columns: element i is { key: column[i] } for every key.
 * E.g. fromArrays({ image: pixels, label: labels }, { shapes: { image: [28, 28] } }).
 */
export function fromArrays<C extends Record<string, ArrayColumn>, S extends { [K in keyof C]?: number[] } = Record<never, never>>(
  columns: C,
  options: FromArraysOptions<S> = {},
): Dataset<ArraysElement<C, S>> {
  const keys = Object.keys(columns);
  const what = `fromArrays(${describeColumns(keys)})`;
  if (keys.length === 0) throw invalidArgument('fromArrays: needs at least one column, e.g. fromArrays({ x: [1, 2, 3] })');
  const shapes = (options.shapes ?? {}) as Record<string, number[] | undefined>;
  for (const key of Object.keys(shapes)) {
    if (!keys.includes(key)) throw invalidArgument(`${what}: shapes.${key} names no column (columns: ${keys.join(', ')})`);
  }
  const readers: ColumnReader[] = [];
  const dtypes: Record<string, DType> = {};
  keys.forEach((key, k) => {
    const { reader, dtype } = columnReader(key, columns[key], shapes[key], what);
    if (k > 0 && reader.count !== readers[0].count) {
      const describe = (name: string) => {
        const column = columns[name];
        if (!isTypedArray(column)) return `"${name}" is a JS array: one entry per example`;
        const shape = shapes[name] ?? [];
        return `"${name}" has ${column.length} values of shape ${describeShape(shape)} per example${shapes[name] ? '' : ` (give shapes.${name} for examples of several values)`}`;
      };
      throw invalidArgument(
        `${what}: column "${key}" has ${reader.count} examples, but "${keys[0]}" has ${readers[0].count} (${describe(key)}; ${describe(keys[0])})`,
      );
    }
    readers.push(reader);
    if (dtype) dtypes[key] = dtype;
  });
  const count = readers[0].count;
  return new Dataset({
    description: what,
    cardinality: count,
    dtypes: Object.freeze(dtypes),
    open: () => readRows(keys, readers, count),
    rows: keys.every((key) => isTypedArray(columns[key]))
      ? columnRows(keys, columns as Record<string, TypedArray>, shapes, count)
      : undefined,
  });
}

/** Rows of typed-array columns by index: a batch is each column's rows copied into one array. */
function columnRows(
  keys: string[],
  columns: Record<string, TypedArray>,
  shapes: Record<string, number[] | undefined>,
  count: number,
): RowAccess {
  const layout = keys.map((key) => {
    const column = columns[key];
    const shape = shapes[key] ?? [];
    return { key, column, shape, per: elementCount(shape), dtype: typedArrayDtype(column) };
  });
  return {
    order: () => {
      // A plain loop: Int32Array.from({ length }, fn) reads an array-like object, ~50x slower per row.
      const order = new Int32Array(count);
      for (let i = 0; i < count; i++) order[i] = i;
      return order;
    },
    gather(indices) {
      const n = indices.length;
      const batch: HostBatch = {};
      for (const { key, column, shape, per, dtype } of layout) {
        // A plain array: the batch's lifetime is the user's (see allocateData).
        const out = allocateData(dtype, [n, ...shape], false);
        if (per === 1) {
          for (let r = 0; r < n; r++) out[r] = column[indices[r]];
        } else {
          for (let r = 0; r < n; r++) {
            const start = indices[r] * per;
            (out as Float32Array).set((column as Float32Array).subarray(start, start + per), r * per);
          }
        }
        batch[key] = { dtype, shape: [n, ...shape], data: out };
      }
      return batch;
    },
  };
}

async function* readRows<E>(keys: string[], readers: ColumnReader[], count: number): AsyncGenerator<E> {
  for (let i = 0; i < count; i++) {
    const element: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) element[keys[k]] = readers[k].read(i);
    yield element as E;
  }
}

/** A dataset whose elements are the given objects, in order (they are not copied). */
export function fromObjects<T>(objects: readonly T[]): Dataset<T> {
  if (!Array.isArray(objects))
    throw invalidArgument(`fromObjects: expected an array of elements, got ${objects === null ? 'null' : typeof objects}`);
  return new Dataset({
    description: `fromObjects(${objects.length})`,
    cardinality: objects.length,
    dtypes: NO_DTYPES,
    open: () => readObjects(objects),
  });
}

async function* readObjects<T>(objects: readonly T[]): AsyncGenerator<T> {
  for (const object of objects) yield object;
}

/** Per-example shapes of the columns a model reads (inputs) and of its outputs (labels), null for unknown dimensions. */
export interface ColumnRoles {
  inputs?: Record<string, Array<number | null>>;
  outputs?: Record<string, Array<number | null>>;
}

/**
 * Checks that columns agree on the number of examples, reading typed-array columns of a model's
 * inputs with the inputs' per-example shapes; throws naming the column, its role and the
 * per-example shape expected. Other typed-array columns may hold any whole number of values
 * per example (labels of any shape, weights); a JS array holds one entry per example.
 */
export function checkColumnRows(columns: Record<string, unknown>, roles: ColumnRoles, what: string): void {
  const inputs = roles.inputs ?? {};
  const outputs = roles.outputs ?? {};
  const keys = Object.keys(columns);
  const missing = Object.keys(inputs).filter((key) => !(key in columns));
  if (missing.length) {
    throw invalidArgument(
      `${what}: the data has no "${missing[0]}" for the model input of that name (data keys: ${keys.join(', ')}; model inputs: ${Object.keys(inputs).join(', ')})`,
    );
  }
  const known = (shape: Array<number | null> | undefined): number[] | null =>
    shape && shape.every((d) => d !== null && d >= 0) ? (shape as number[]) : null;
  const role = (key: string) => (key in inputs ? 'input' : key in outputs ? 'labels' : 'column');
  // The number of examples, from the most telling column: an input of known shape, a JS array,
  // labels of the output's shape, else any typed array at one value per example.
  let reference: { count: number; key: string } | null = null;
  const candidates: Array<(key: string, column: unknown) => number | null> = [
    (key, column) => {
      const shape = known(inputs[key]);
      const per = shape ? elementCount(shape) : 0;
      return isTypedArray(column) && per > 0 && column.length % per === 0 ? column.length / per : null;
    },
    (_, column) => (Array.isArray(column) ? column.length : null),
    (key, column) => {
      const shape = key in inputs ? null : known(outputs[key]);
      const per = shape ? elementCount(shape) : 0;
      return isTypedArray(column) && per > 0 && column.length % per === 0 ? column.length / per : null;
    },
    (key, column) => (isTypedArray(column) && !known(inputs[key]) ? column.length : null),
  ];
  for (const candidate of candidates) {
    for (const key of keys) {
      const count = candidate(key, columns[key]);
      if (count !== null) {
        reference = { count, key };
        break;
      }
    }
    if (reference) break;
  }
  const examples = (count: number) => `${count} example${count === 1 ? '' : 's'}`;
  const from = reference ? ` for ${examples(reference.count)} (as in ${role(reference.key)} "${reference.key}")` : '';
  for (const key of keys) {
    const column = columns[key];
    const inputShape = known(inputs[key]);
    if (isTypedArray(column) && inputShape) {
      const per = elementCount(inputShape);
      const fits = per > 0 ? column.length % per === 0 && (!reference || column.length / per === reference.count) : column.length === 0;
      if (!fits) {
        const expected = reference ? `: ${reference.count} × ${per} = ${reference.count * per} values expected` : '';
        throw invalidArgument(
          `${what}: input "${key}": ${column.length} values do not split into examples of shape ${describeShape(inputShape)} (${per} values each)${from}${expected}`,
        );
      }
    } else if (reference && isTypedArray(column)) {
      if (reference.count === 0 ? column.length !== 0 : column.length % reference.count !== 0) {
        const outputShape = known(outputs[key]);
        const shape = outputShape
          ? ` (the output's shape is ${describeShape(outputShape)}: ${elementCount(outputShape)} values each, or one class id each)`
          : '';
        throw invalidArgument(
          `${what}: ${role(key)} "${key}": ${column.length} values do not split into ${examples(reference.count)}${shape} (as in ${role(reference.key)} "${reference.key}")`,
        );
      }
    } else if (reference && Array.isArray(column) && column.length !== reference.count) {
      throw invalidArgument(
        `${what}: ${role(key)} "${key}" is a JS array of ${examples(column.length)} (one entry per example), but ${role(reference.key)} "${reference.key}" has ${examples(reference.count)}`,
      );
    }
  }
}
