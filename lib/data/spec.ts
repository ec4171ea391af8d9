/**
 * The contract between a Dataset and the sources and transforms behind it. A spec is an
 * immutable recipe: `open(path)` starts one fresh pass over the elements (a file-backed source
 * reopens its file), so datasets are re-iterable and can be iterated by several consumers at once.
 */
import type { DType } from '../core';
import type { HostBatch } from './host-tensor';

/**
 * Which pass this is: [epoch] at the top, and `repeat()` appends its repetition number. Seeded
 * transforms (shuffle) derive their randomness from the path, so any epoch's order can be
 * reproduced on its own, e.g. when training resumes at epoch 5.
 */
export type IterationPath = readonly number[];

export interface DatasetSpec<T> {
  /** How the dataset was made, e.g. `fromCsv("train.csv").shuffle(1000).batch(32)`; used in errors. */
  readonly description: string;
  /** Number of elements when known without iterating (Infinity for endless repeats), else null. */
  readonly cardinality: number | null;
  /** Dtypes the source knows for some keys of record elements (batch() uses them by default). */
  readonly dtypes: Readonly<Record<string, DType>>;
  /** Starts a pass. The iterator must release its resources when `return()` is called. */
  open(path: IterationPath): AsyncIterator<T>;
  /**
   * Random access to the elements as rows of typed-array columns (fromArrays, and shuffles of
   * it), when the source has it: batch() then gathers rows straight into batch columns instead
   * of making one element object per example and stacking them. Transforms that do not keep it
   * leave it out, and batch() takes the element path.
   */
  readonly rows?: RowAccess;
  /**
   * A pass as chunks of consecutive elements held column by column (fromCsv: each chunk of the
   * file parsed straight into one array per column), when the source has it: batch() then
   * fills its columns from these without an object per element.
   */
  readonly columnChunks?: (path: IterationPath) => AsyncIterator<ColumnChunk>;
}

/** Consecutive record elements, column by column: element i is { names[k]: columns[k][i] }. */
export interface ColumnChunk {
  names: readonly string[];
  count: number;
  columns: unknown[][];
}

export interface RowAccess {
  /** The indices of the elements a pass yields, in its order. */
  order(path: IterationPath): Int32Array;
  /** The batch that stacking the elements at `indices` would make. */
  gather(indices: Int32Array): HostBatch;
}

/** Lets `for await` drive an iterator, so break and throw call its `return()` (closing files). */
export function iterable<T>(iterator: AsyncIterator<T>): AsyncIterable<T> {
  return { [Symbol.asyncIterator]: () => iterator };
}

export const NO_DTYPES: Readonly<Record<string, DType>> = Object.freeze({});
