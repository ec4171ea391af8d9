/**
 * Dataset: an immutable description of a stream of elements, iterated with `for await`. Every
 * iteration is a fresh pass (a file is reopened, a shuffle reshuffles), and every method returns
 * a new dataset, as in tf.data. Elements are usually feature dicts ({ image, text, label_digit,
 * label_parity }), which `batch` stacks into HostBatches for a multi-input, multi-task model.
 */
import type { DType } from '../core';
import { invalidArgument } from '../core';
import type { HostBatch } from './host-tensor';
import { DatasetSpec, IterationPath } from './spec';
import { BatchOptions, batchSpec } from './transforms/batch';
import { concatenateSpec, zipSpec } from './transforms/combine';
import { MapFn, Predicate, filterSpec, mapSpec } from './transforms/map';
import { requireNonEmptySpec } from './transforms/non-empty';
import { prefetchSpec } from './transforms/prefetch';
import { repeatSpec } from './transforms/repeat';
import { ShuffleOptions, shuffleSpec } from './transforms/shuffle';
import { skipSpec, takeSpec } from './transforms/slice';

export interface IterateOptions {
  /** The epoch this pass is (seeds reshuffling); default: how many passes this object has started. */
  epoch?: number;
}

export class Dataset<T> implements AsyncIterable<T> {
  /** The one piece of state: passes started, so consecutive `for await` loops are consecutive epochs. */
  private passes = 0;

  /** @internal Sources and transforms build datasets from specs; users call the from* functions. */
  constructor(private readonly spec: DatasetSpec<T>) {}

  /** How the dataset was made, e.g. `fromCsv("train.csv").shuffle(1000).batch(32)`. */
  get description(): string {
    return this.spec.description;
  }

  /** Number of elements if known without iterating (Infinity after an endless repeat), else null. */
  get cardinality(): number | null {
    return this.spec.cardinality;
  }

  /** Dtypes known from the source for some keys (typed-array columns, typed CSV columns). */
  get dtypes(): Readonly<Record<string, DType>> {
    return this.spec.dtypes;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.iterate();
  }

  /** Starts a pass; `{ epoch }` picks the epoch explicitly (e.g. to resume training reproducibly). */
  iterate(options: IterateOptions = {}): AsyncIterator<T> {
    const epoch = options.epoch ?? this.passes;
    if (!Number.isSafeInteger(epoch) || epoch < 0)
      throw invalidArgument(`${this.description}: epoch must be a non-negative integer, got ${String(epoch)}`);
    this.passes = epoch + 1;
    return this.open([epoch]);
  }

  /** @internal Starts a pass at an iteration path (see spec.ts). */
  open(path: IterationPath): AsyncIterator<T> {
    return this.spec.open(path);
  }

  /** Applies fn (sync or async) to each element; `index` counts from 0 in each pass. */
  map<U>(fn: MapFn<T, U>): Dataset<U> {
    return new Dataset(mapSpec(this.spec, fn));
  }

  /** Keeps the elements for which predicate (sync or async) is true. */
  filter(predicate: Predicate<T>): Dataset<T> {
    return new Dataset(filterSpec(this.spec, predicate));
  }

  /** Seeded buffer shuffle; bufferSize >= cardinality gives a uniform shuffle. */
  shuffle(bufferSize: number, options: ShuffleOptions = {}): Dataset<T> {
    return new Dataset(shuffleSpec(this.spec, bufferSize, options));
  }

  /**
   * Stacks `size` consecutive feature dicts into a HostBatch (the last may be smaller unless
   * dropRemainder). Numbers become float32 unless the source or `dtypes` says otherwise; bigints
   * int64, booleans bool, strings string. An empty dataset is an OutOfRangeError.
   */
  batch(this: Dataset<object>, size: number, options: BatchOptions = {}): Dataset<HostBatch> {
    return new Dataset(batchSpec(this.spec, size, options));
  }

  /** count passes (a new shuffle order each), or forever when omitted. */
  repeat(count?: number): Dataset<T> {
    return new Dataset(repeatSpec(this.spec, count));
  }

  /** The first `count` elements. */
  take(count: number): Dataset<T> {
    return new Dataset(takeSpec(this.spec, count));
  }

  /** All but the first `count` elements. */
  skip(count: number): Dataset<T> {
    return new Dataset(skipSpec(this.spec, count));
  }

  /** Keeps up to bufferSize elements computed ahead while the consumer awaits other work. */
  prefetch(bufferSize: number): Dataset<T> {
    return new Dataset(prefetchSpec(this.spec, bufferSize));
  }

  /** This dataset's elements, then other's. */
  concatenate(other: Dataset<T>): Dataset<T> {
    return new Dataset(concatenateSpec(this.spec, other.spec));
  }

  /** Merges element i of both feature-dict datasets into one dict; a shared key is an error. */
  zip<U extends object>(this: Dataset<object>, other: Dataset<U>): Dataset<T & U> {
    return new Dataset(zipSpec(this.spec as DatasetSpec<T>, other.spec));
  }

  /** An OutOfRangeError naming `purpose` if a pass yields no element (for trainers and evaluators). */
  requireNonEmpty(purpose: string): Dataset<T> {
    return new Dataset(requireNonEmptySpec(this.spec, purpose));
  }

  /** All elements of one pass (for tests and small data); refuses endless datasets. */
  async toArray(): Promise<T[]> {
    if (this.cardinality === Infinity)
      throw invalidArgument(`${this.description}: toArray() on an endless dataset would never return; take(n) first`);
    const out: T[] = [];
    for await (const element of this) out.push(element);
    return out;
  }
}
