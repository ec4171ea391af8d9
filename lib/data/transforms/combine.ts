/** concatenate (one dataset after another) and zip (features of two datasets side by side). */
import { invalidArgument } from '../../core';
import { describeKind } from '../element-value';
import { DatasetSpec, IterationPath, iterable } from '../spec';

export function concatenateSpec<T>(first: DatasetSpec<T>, second: DatasetSpec<T>): DatasetSpec<T> {
  const a = first.cardinality;
  const b = second.cardinality;
  // A dtype both sides agree on still holds; a disagreement is left for batch() to infer.
  const dtypes = Object.fromEntries(Object.entries(first.dtypes).filter(([key, dtype]) => second.dtypes[key] === dtype));
  return {
    description: `${first.description}.concatenate(${second.description})`,
    cardinality: a === null || b === null ? null : a + b,
    dtypes,
    open: (path) => concatenateElements(first, second, path),
  };
}

async function* concatenateElements<T>(first: DatasetSpec<T>, second: DatasetSpec<T>, path: IterationPath): AsyncGenerator<T> {
  yield* iterable(first.open(path));
  yield* iterable(second.open(path));
}

/** Pairs elements i of both datasets, merging their feature dicts; ends with the shorter one. */
export function zipSpec<T, U>(first: DatasetSpec<T>, second: DatasetSpec<U>): DatasetSpec<T & U> {
  const description = `${first.description}.zip(${second.description})`;
  const a = first.cardinality;
  const b = second.cardinality;
  let cardinality: number | null;
  if (a === 0 || b === 0) cardinality = 0;
  else if (a === null || b === null) cardinality = null;
  else cardinality = Math.min(a, b);
  const overlap = Object.keys(first.dtypes).filter((key) => key in second.dtypes);
  if (overlap.length > 0) throw invalidArgument(`${description}: both datasets have the key "${overlap[0]}"`);
  return {
    description,
    cardinality,
    dtypes: { ...first.dtypes, ...second.dtypes },
    open: (path) => zipElements(first, second, path, description),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

async function* zipElements<T, U>(
  first: DatasetSpec<T>,
  second: DatasetSpec<U>,
  path: IterationPath,
  description: string,
): AsyncGenerator<T & U> {
  const left = first.open(path);
  const right = second.open(path);
  try {
    for (let index = 0; ; index++) {
      // Both sides are pulled together, so two files (or two pipelines) are read concurrently.
      const [a, b] = await Promise.all([left.next(), right.next()]);
      if (a.done || b.done) return;
      if (!isRecord(a.value) || !isRecord(b.value)) {
        const which = isRecord(a.value)
          ? `the second dataset's is ${describeKind(b.value)}`
          : `the first dataset's is ${describeKind(a.value)}`;
        throw invalidArgument(`${description}: element ${index}: zip merges feature dicts, but ${which}`);
      }
      for (const key of Object.keys(b.value)) {
        if (key in a.value) throw invalidArgument(`${description}: element ${index}: both datasets have the key "${key}"`);
      }
      yield { ...a.value, ...b.value } as T & U;
    }
  } finally {
    await Promise.all([left.return?.(), right.return?.()]);
  }
}
