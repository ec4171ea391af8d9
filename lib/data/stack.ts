/**
 * Stacking: turns a list of feature dicts ({ image, text, label_digit, ... }) into a HostBatch,
 * one HostTensor per key with the batch as its first dimension. Shapes must agree across the
 * batch (ragged features are an error naming the key and both shapes); keys must be present in
 * every element unless the caller gives a fill value, in which case a `<key>_mask` column says
 * which examples really had it (the multi-task case: not every example labels every task).
 */
import { DType, isDType, invalidArgument } from '../core';
import { allocateColumn, writeValue } from './convert';
import { ValueInfo, describeKind, describeValue, sameShape } from './element-value';
import { HostBatch, HostTensor, describeShape, elementCount } from './host-tensor';

export interface StackOptions {
  /** Per-key dtype, overriding what the values or the source suggest (e.g. { label: 'int32' }). */
  dtypes?: Record<string, DType>;
  /** Per-key fill value for examples that lack the key (undefined or null); adds `<key>_mask` (float32 1/0). */
  missing?: Record<string, unknown>;
}

export interface StackContext {
  /** Names the batch in errors, e.g. `batch(32) of fromCsv("train.csv")`. */
  what: string;
  /** Index of elements[0] in the iteration, so errors name the element a user can find. */
  firstIndex: number;
  /** Dtypes the source knows (typed-array columns, typed CSV columns); options.dtypes win. */
  sourceDtypes?: Readonly<Record<string, DType>>;
}

export const MASK_SUFFIX = '_mask';

export function checkStackOptions(options: StackOptions, what: string): void {
  for (const [key, dtype] of Object.entries(options.dtypes ?? {})) {
    if (!isDType(dtype)) throw invalidArgument(`${what}: dtypes.${key} is '${String(dtype)}', not a dtype name`);
  }
  for (const [key, fill] of Object.entries(options.missing ?? {})) {
    if (fill === undefined || fill === null) throw invalidArgument(`${what}: missing.${key} must be a fill value, got ${String(fill)}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** Stacks elements into a HostBatch (every key's first dimension is elements.length). */
export function stackElements(elements: readonly unknown[], options: StackOptions, context: StackContext): HostBatch {
  const { what, firstIndex } = context;
  const missing = options.missing ?? {};
  const keys: string[] = [];
  const seen = new Set<string>();
  elements.forEach((element, i) => {
    if (!isRecord(element)) {
      throw invalidArgument(
        `${what}: element ${firstIndex + i} is ${describeKind(element)}; batch() needs records of features like { image, label }`,
      );
    }
    for (const key of Object.keys(element)) {
      if (!seen.has(key) && !isAbsent(element[key])) {
        seen.add(key);
        keys.push(key);
      }
    }
  });
  for (const key of Object.keys(missing)) if (!seen.has(key)) keys.push(key);

  const batch: HostBatch = {};
  for (const key of keys) {
    const mask = key in missing ? new Float32Array(elements.length) : null;
    batch[key] = stackKey(elements as Array<Record<string, unknown>>, key, options, context, mask);
    if (mask) {
      const maskKey = key + MASK_SUFFIX;
      if (keys.includes(maskKey)) throw invalidArgument(`${what}: key "${maskKey}" exists already, so missing.${key} cannot add its mask`);
      batch[maskKey] = { dtype: 'float32', shape: [elements.length], data: mask };
    }
  }
  return batch;
}

function stackKey(
  elements: Array<Record<string, unknown>>,
  key: string,
  options: StackOptions,
  context: StackContext,
  mask: Float32Array | null,
): HostTensor {
  const { what, firstIndex } = context;
  const label = `${what}: key "${key}"`;
  const hasFill = mask !== null;
  const fill = options.missing?.[key];

  // The reference shape: the first element that has the key, else the fill value.
  let reference: ValueInfo | null = null;
  let referenceName = '';
  const present: boolean[] = [];
  let at = 0; // the element being looked at, for error messages built only on error
  const where = () => `${label}, element ${firstIndex + at}`;
  for (let i = 0; i < elements.length; i++) {
    at = i;
    const value = elements[i][key];
    present.push(!isAbsent(value));
    if (isAbsent(value)) {
      if (hasFill) continue;
      const holder = elements.findIndex((other) => !isAbsent(other[key]));
      throw invalidArgument(
        `${label} is missing from element ${firstIndex + i} (element ${firstIndex + holder} has it); ` +
          `give a fill value with batch(n, { missing: { ${JSON.stringify(key)}: value } }) if that is expected`,
      );
    }
    const info = describeValue(value, where);
    if (reference === null) {
      reference = info;
      referenceName = `element ${firstIndex + i}`;
    } else if (!sameShape(info.shape, reference.shape)) {
      throw invalidArgument(
        `${label}: element ${firstIndex + i} has shape ${describeShape(info.shape)}, but ${referenceName} has ${describeShape(reference.shape)}`,
      );
    }
  }
  if (hasFill) {
    const fillInfo = describeValue(fill, `${label}, missing fill value`);
    if (reference === null) reference = fillInfo;
    else if (!sameShape(fillInfo.shape, reference.shape)) {
      throw invalidArgument(
        `${label}: the missing fill value has shape ${describeShape(fillInfo.shape)}, but ${referenceName} has ${describeShape(reference.shape)}`,
      );
    }
  }
  if (reference === null) throw invalidArgument(`${label}: no element has the key`); // unreachable: keys come from elements or fills
  const exampleShape = reference.shape;
  const dtype: DType = options.dtypes?.[key] ?? context.sourceDtypes?.[key] ?? reference.dtype;
  const perExample = elementCount(exampleShape);
  const data = allocateColumn(dtype, perExample * elements.length, label);
  const fillWhere = `${label}, missing fill value`;
  for (let i = 0; i < elements.length; i++) {
    at = i;
    if (mask) mask[i] = present[i] ? 1 : 0;
    writeValue(data, i * perExample, present[i] ? elements[i][key] : fill, dtype, present[i] ? where : fillWhere);
  }
  return { dtype, shape: [elements.length, ...exampleShape], data };
}

/**
 * Stacks consecutive elements given column by column (a ColumnChunk's slices: `columns[k][i]`
 * is element i's value of `names[k]`, every value present): the batch stackElements makes of the
 * same elements, with the same dtypes, conversions and errors, without an object per element.
 */
export function stackColumns(names: readonly string[], columns: unknown[][], options: StackOptions, context: StackContext): HostBatch {
  const { what, firstIndex } = context;
  const batch: HostBatch = {};
  names.forEach((key, k) => {
    const values = columns[k];
    const label = `${what}: key "${key}"`;
    let at = 0;
    const where = () => `${label}, element ${firstIndex + at}`;
    const reference = describeValue(values[0], where);
    for (at = 1; at < values.length; at++) {
      const info = describeValue(values[at], where);
      if (!sameShape(info.shape, reference.shape)) {
        throw invalidArgument(
          `${label}: element ${firstIndex + at} has shape ${describeShape(info.shape)}, but element ${firstIndex} has ${describeShape(reference.shape)}`,
        );
      }
    }
    const dtype: DType = options.dtypes?.[key] ?? context.sourceDtypes?.[key] ?? reference.dtype;
    const perExample = elementCount(reference.shape);
    const data = allocateColumn(dtype, perExample * values.length, label);
    for (at = 0; at < values.length; at++) writeValue(data, at * perExample, values[at], dtype, where);
    batch[key] = { dtype, shape: [values.length, ...reference.shape], data };
  });
  return batch;
}
