/**
 * What fit / evaluate / predict accept as data, turned into batches:
 * a lib/data Dataset of examples (batched here, shuffled per epoch from the seed),
 * columns of arrays by key, or batches already made (HostBatch arrays or async iterables).
 */
import { TypedArray, invalidArgument, isTypedArray, typedArrayDtype, formatShape } from '../core';
import { Dataset, HostBatch, Random, allocateData, checkColumnRows, fromArrays, isHostTensor, markTransient } from '../data';

export type Columns = Record<string, TypedArray | unknown[]>;
export type BatchSource = Dataset<Record<string, unknown>> | Columns | HostBatch[] | AsyncIterable<HostBatch>;

export interface BatchOptions {
  batchSize: number;
  /** Per-example shapes of the model's inputs and outputs, to read flat typed-array columns. */
  shapes?: { inputs: Record<string, Array<number | null>>; outputs: Record<string, Array<number | null>> };
  shuffle: boolean | { bufferSize?: number };
  seed: number;
  epoch: number;
  what: string;
  /**
   * The caller feeds each batch once and never reads it again (fit's loop): the batches of
   * in-memory columns are then released right after their tensors are fed (markTransient).
   */
  transient?: boolean;
}

function isBatch(value: unknown): value is HostBatch {
  return typeof value === 'object' && value !== null && Object.values(value).length > 0 && Object.values(value).every(isHostTensor);
}

/** Mixes the run's seed and the epoch so each epoch has its own, reproducible order. */
function epochSeed(seed: number, epoch: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(epoch + 1, 0xc2b2ae35)) >>> 0;
}

function showShape(shape: ReadonlyArray<number | null>): string {
  return formatShape(shape);
}

/**
 * The batches, each checked to hold examples of the shapes the model's inputs take: a mismatch
 * (a flat column read as one value per example, images of another size) is an error naming the
 * input and the shape expected, before TensorFlow refuses the feed.
 */
async function* checkedBatches(
  batches: AsyncIterable<HostBatch>,
  inputs: Record<string, Array<number | null>>,
  what: string,
): AsyncGenerator<HostBatch> {
  let index = 0;
  for await (const batch of batches) {
    checkBatchShapes(batch, index, inputs, what);
    index++;
    yield batch;
  }
}

function checkBatchShapes(batch: HostBatch, index: number, inputs: Record<string, Array<number | null>>, what: string): void {
  {
    for (const [key, spec] of Object.entries(inputs)) {
      const host = batch[key];
      if (!host) continue; // the trainer names a missing input
      const example = host.shape.slice(1);
      if (example.length === spec.length && spec.every((d, i) => d === null || d < 0 || d === example[i])) continue;
      const size = (shape: ReadonlyArray<number | null>) => shape.reduce<number>((a, d) => a * (d ?? 1), 1);
      const hint =
        example.length === 0 && spec.length > 0
          ? ` (one value per example: a flat typed-array column in a Dataset needs fromArrays(..., { shapes: { ${key}: ${showShape(spec)} } }))`
          : size(example) === size(spec) && !spec.includes(null)
            ? ` (the same ${size(spec)} values per example: reshape them to ${showShape(spec)})`
            : '';
      throw invalidArgument(
        `${what}: input "${key}": batch ${index + 1} has examples of shape ${showShape(example)}, the input takes ${showShape(spec)}${hint}`,
      );
    }
  }
}

/**
 * In-memory typed-array columns of at most `batchSize` rows, unshuffled, as the one batch
 * batchesOf would yield (the columns themselves, read only), with the same checks, without an
 * iterator: predict and evaluate of a few examples. Null for anything else (use batchesOf).
 */
export function singleBatchOf(source: BatchSource, options: BatchOptions): HostBatch | null {
  if (
    options.shuffle ||
    !source ||
    typeof source !== 'object' ||
    Array.isArray(source) ||
    source instanceof Dataset ||
    Symbol.asyncIterator in source
  )
    return null;
  const columns = source as Columns;
  checkColumnRows(columns, options.shapes ?? {}, options.what);
  const plan = planColumns(columns, columnShapes(columns, options));
  if (!plan || plan.total > options.batchSize) return null;
  const batch: HostBatch = {};
  for (const { key, data, shape } of plan.layout) batch[key] = { dtype: typedArrayDtype(data), shape: [plan.total, ...shape], data };
  const inputs = options.shapes?.inputs;
  if (inputs) checkBatchShapes(batch, 0, inputs, options.what);
  return batch;
}

export function batchesOf(source: BatchSource, options: BatchOptions): AsyncIterable<HostBatch> {
  const batches = uncheckedBatchesOf(source, options);
  const inputs = options.shapes?.inputs;
  return inputs && Object.keys(inputs).length ? checkedBatches(batches, inputs, options.what) : batches;
}

function uncheckedBatchesOf(source: BatchSource, options: BatchOptions): AsyncIterable<HostBatch> {
  if (!Number.isInteger(options.batchSize) || options.batchSize <= 0)
    throw invalidArgument(`${options.what}: batchSize must be a positive integer, got ${options.batchSize}`);
  if (Array.isArray(source)) {
    source.forEach((b, i) => {
      if (!isBatch(b)) throw invalidArgument(`${options.what}: element ${i} is not a batch (an object of { dtype, shape, data })`);
    });
    return (async function* () {
      yield* source;
    })();
  }
  let dataset: Dataset<Record<string, unknown>>;
  if (source instanceof Dataset) {
    dataset = source;
  } else if (source && typeof source === 'object' && Symbol.asyncIterator in source) {
    return source as AsyncIterable<HostBatch>;
  } else if (source && typeof source === 'object') {
    checkColumnRows(source, options.shapes ?? {}, options.what);
    const shapes = columnShapes(source as Columns, options);
    const fast = columnBatches(source as Columns, shapes, options);
    if (fast) return fast;
    dataset = fromArrays(source as Columns, { shapes }) as Dataset<Record<string, unknown>>;
  } else {
    throw invalidArgument(`${options.what} must be a Dataset, an object of columns, or batches`);
  }
  return prebatchedOrBatched(dataset, options);
}

/**
 * A Dataset whose elements are already batches (made with `.batch(n)`, e.g. to fill
 * missing labels) is used as it is; a Dataset of examples is shuffled and batched here.
 */
async function* prebatchedOrBatched(source: Dataset<Record<string, unknown>>, options: BatchOptions): AsyncIterable<HostBatch> {
  // Made with .batch(...) somewhere along its pipeline, and yielding batches.
  const batched = /\.batch\(/.test(source.description) && isBatch((await source.take(1).toArray())[0]);
  if (batched) {
    yield* source as unknown as AsyncIterable<HostBatch>;
    return;
  }
  let dataset = source;
  if (options.shuffle) {
    const bufferSize =
      typeof options.shuffle === 'object' && options.shuffle.bufferSize ? options.shuffle.bufferSize : (dataset.cardinality ?? 10000);
    dataset = dataset.shuffle(Math.max(1, bufferSize), { seed: epochSeed(options.seed, options.epoch), reshuffleEachIteration: false });
  }
  yield* dataset.batch(options.batchSize).prefetch(2) as unknown as AsyncIterable<HostBatch>;
}

/**
 * Per-example shapes for flat typed-array columns: model inputs take their
 * declared shape; other columns (labels) the output's shape when the sizes fit,
 * else one value per example.
 */
function columnShapes(columns: Columns, options: BatchOptions): Record<string, number[]> {
  const inputs = options.shapes?.inputs ?? {};
  const outputs = options.shapes?.outputs ?? {};
  const shapes: Record<string, number[]> = {};
  let examples: number | null = null;
  for (const [key, column] of Object.entries(columns)) {
    const spec = inputs[key];
    if (!ArrayBuffer.isView(column) || !spec || spec.some((d) => d === null)) continue;
    const per = (spec as number[]).reduce((a, b) => a * b, 1);
    if (per > 0 && column.length % per === 0) {
      shapes[key] = spec as number[];
      if (examples === null) examples = column.length / per;
    }
  }
  if (examples === null) return shapes;
  for (const [key, column] of Object.entries(columns)) {
    if (shapes[key] || !ArrayBuffer.isView(column)) continue;
    const per = column.length / examples;
    const spec = outputs[key];
    if (spec && !spec.some((d) => d === null) && (spec as number[]).reduce((a, b) => a * b, 1) === per) shapes[key] = spec as number[];
    else if (per > 1 && Number.isInteger(per)) shapes[key] = [per];
  }
  return shapes;
}

interface ColumnPlan {
  layout: Array<{ key: string; data: TypedArray; per: number; shape: number[] }>;
  /** Rows. */
  total: number;
  /** The row order of an epoch: shuffled with the epoch's seed, or 0..total-1. */
  order(options: Pick<BatchOptions, 'shuffle' | 'seed' | 'epoch'>): Int32Array;
}

/** Typed-array columns with a whole number of rows each, all the same count (else null). */
function planColumns(columns: Columns, shapes: Record<string, number[]>): ColumnPlan | null {
  const keys = Object.keys(columns);
  if (keys.length === 0) return null;
  let rows: number | null = null;
  const layout: ColumnPlan['layout'] = [];
  for (const key of keys) {
    const data = columns[key];
    if (!ArrayBuffer.isView(data) || data instanceof DataView) return null;
    const shape = shapes[key] ?? [];
    const per = shape.reduce((a, b) => a * b, 1);
    if (per <= 0 || data.length % per !== 0) return null;
    const count = data.length / per;
    if (rows !== null && count !== rows) return null;
    rows = count;
    layout.push({ key, data: data as TypedArray, per, shape });
  }
  const total = rows ?? 0;
  if (total === 0) return null; // the Dataset path reports the empty data
  return {
    layout,
    total,
    order(options) {
      if (options.shuffle) return Random.fromSeed(epochSeed(options.seed, options.epoch)).permutation(total);
      // A plain loop: Int32Array.from({ length }, fn) reads an array-like object, ~50x slower per row.
      const order = new Int32Array(total);
      for (let i = 0; i < total; i++) order[i] = i;
      return order;
    },
  };
}

/**
 * In-memory typed-array columns as a whole (every row, shaped [rows, ...]) and each epoch's row
 * order, exactly as batchesOf would batch them; null for any other source. For fit's in-graph
 * data path: the columns go to TensorFlow once, and each run takes rows by index.
 */
export function wholeColumns(
  source: BatchSource,
  options: Pick<BatchOptions, 'shapes' | 'what' | 'batchSize'>,
): { whole: HostBatch; bytes: number; order: ColumnPlan['order'] } | null {
  if (!source || typeof source !== 'object' || Array.isArray(source) || source instanceof Dataset || Symbol.asyncIterator in source)
    return null;
  const columns = source as Columns;
  const plan = planColumns(columns, columnShapes(columns, { ...options, shuffle: false, seed: 0, epoch: 0 }));
  if (!plan) return null;
  const whole: HostBatch = {};
  let bytes = 0;
  for (const { key, data, shape } of plan.layout) {
    whole[key] = { dtype: typedArrayDtype(data), shape: [plan.total, ...shape], data };
    bytes += data.byteLength;
  }
  return { whole, bytes, order: plan.order };
}

/**
 * The fast path for in-memory typed-array columns: shuffle row indices once per
 * epoch and copy each batch's rows straight into its buffers, instead of making
 * and stacking one object per example. Returns null (use the Dataset path, with
 * its checks and messages) unless every column is a typed array with a whole
 * number of rows of the same count.
 */
function columnBatches(columns: Columns, shapes: Record<string, number[]>, options: BatchOptions): AsyncIterable<HostBatch> | null {
  const plan = planColumns(columns, shapes);
  if (!plan) return null;
  const { layout, total } = plan;
  const order = plan.order(options);
  const size = options.batchSize;
  return (async function* () {
    for (let start = 0; start < total; start += size) {
      const count = Math.min(size, total - start);
      const batch: HostBatch = {};
      // Every row in order (no shuffle, one batch: predict and evaluate of a few examples): the
      // columns are the batch as they are, read only, and copied once when fed.
      const whole = count === total && !options.shuffle;
      for (const { key, data, per, shape } of layout) {
        if (whole) {
          batch[key] = { dtype: typedArrayDtype(data), shape: [count, ...shape], data };
          continue;
        }
        // TensorFlow's memory, filled here and fed as it is.
        const out = allocateData(typedArrayDtype(data), [count, ...shape], options.transient ?? false);
        if (per === 1) {
          for (let r = 0; r < count; r++) out[r] = data[order[start + r]];
        } else {
          for (let r = 0; r < count; r++) {
            const row = order[start + r] * per;
            (out as Float32Array).set((data as Float32Array).subarray(row, row + per), r * per);
          }
        }
        batch[key] = { dtype: typedArrayDtype(data), shape: [count, ...shape], data: out };
      }
      // A batch of the caller's own columns is never released.
      yield options.transient && !whole ? markTransient(batch) : batch;
    }
  })();
}

/**
 * What trainOnBatch takes, as one batch: a batch of { dtype, shape, data } as it is, or columns
 * (flat typed arrays, JS arrays) read as fit reads them, every row in the one batch. Errors name
 * the column and what it should be.
 */
export async function oneBatchOf(
  source: unknown,
  options: { shapes: NonNullable<BatchOptions['shapes']>; what: string },
): Promise<HostBatch> {
  const { what } = options;
  if (isBatch(source)) {
    checkBatchShapes(source, 0, options.shapes.inputs, what);
    return source;
  }
  if (!source || typeof source !== 'object' || Array.isArray(source) || source instanceof Dataset || Symbol.asyncIterator in source) {
    throw invalidArgument(
      `${what} takes one batch ({ key: { dtype, shape, data } }) or columns by key (typed arrays or arrays, one entry per example); got ${Array.isArray(source) ? 'an array' : source instanceof Dataset ? 'a Dataset (use fit)' : String(source)}`,
    );
  }
  const columns = source as Record<string, unknown>;
  const tensors = Object.keys(columns).filter((key) => isHostTensor(columns[key]));
  if (tensors.length) {
    const other = Object.keys(columns).find((key) => !isHostTensor(columns[key]))!;
    throw invalidArgument(
      `${what}: "${tensors[0]}" is a { dtype, shape, data } tensor but "${other}" is not (${describeColumn(columns[other])}): give every key as a tensor of the batch, or every key as a column`,
    );
  }
  // An upper bound of the rows (a typed array holds at least one value per row): one batch of all of them.
  const rows = Math.max(1, ...Object.values(columns).map((c) => (Array.isArray(c) || isTypedArray(c) ? c.length : 1)));
  for await (const batch of batchesOf(columns as Columns, {
    batchSize: rows,
    shuffle: false,
    seed: 0,
    epoch: 0,
    what,
    shapes: options.shapes,
  }))
    return batch;
  throw invalidArgument(`${what}: the columns hold no examples`);
}

function describeColumn(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  const keys = Object.keys(value);
  return `an object with keys ${keys.length ? keys.join(', ') : '(none)'}, not { dtype, shape, data }`;
}
