/**
 * What the preprocessing layers share: reading `adapt` data (arrays, tensors, host tensors, or
 * any iterable / async iterable of batches such as a lib/data Dataset), in-graph lookup tables
 * that initialise themselves from constants, the categorical encodings (one_hot, multi_hot,
 * count, tf_idf) and range checks that fail loudly instead of dropping out-of-range ids.
 *
 * State learnt by `adapt` (vocabularies, means, bin boundaries) lives in the layer's config, so
 * `model.save` → `nn.load` rebuilds the same graph in a fresh process, and becomes graph
 * constants, so a SavedModel export carries it without variables or asset files.
 */
import { DType, Graph, Operation, Output, Tensor, invalidArgument, nestedArrayShape } from '../../../core';
import * as ops from '../../../ops';

/** One batch of adapt data, flattened row-major. */
export interface AdaptBatch {
  shape: number[];
  values: Array<number | string>;
  kind: 'number' | 'string';
}

/** A host tensor as lib/data makes them ({ dtype, shape, data }); duck-typed so lib/nn needs no import of lib/data. */
interface HostTensorLike {
  dtype: string;
  shape: number[];
  data: ArrayLike<number | bigint> | string[];
}

/** One batch (a nested array, a typed array, a Tensor, a host tensor) or an iterable of batches (a Dataset). */
export type AdaptData = unknown;

function isHostTensorLike(value: unknown): value is HostTensorLike {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<HostTensorLike>;
  return typeof candidate.dtype === 'string' && Array.isArray(candidate.shape) && candidate.data !== undefined;
}

function isTypedArray(value: unknown): value is ArrayLike<number | bigint> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

function flattenNested(value: unknown[], where: string): { shape: number[]; values: unknown[] } {
  const shape = nestedArrayShape(value, where);
  return { shape, values: value.flat(Infinity) };
}

function batchFrom(shape: number[], raw: ArrayLike<unknown>, where: string): AdaptBatch {
  const values: Array<number | string> = new Array(raw.length);
  let kind: AdaptBatch['kind'] | null = null;
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    const k = typeof v === 'string' ? 'string' : typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ? 'number' : null;
    if (k === null) throw invalidArgument(`${where}: element ${i} is ${v === null ? 'null' : typeof v}; expected numbers or strings`);
    if (kind !== null && k !== kind) throw invalidArgument(`${where}: the data mixes numbers and strings (element ${i} is a ${k})`);
    kind = k;
    values[i] = typeof v === 'string' ? v : Number(v);
  }
  return { shape, values, kind: kind ?? 'number' };
}

/** One batch from a single value, or null when `value` is not a batch (an iterable of batches). */
function asBatch(value: unknown, where: string): AdaptBatch | null {
  if (value instanceof Tensor) {
    if (value.dtype === 'string') return batchFrom(value.shape, value.strings(), where);
    return batchFrom(value.shape, value.data() as ArrayLike<number>, where);
  }
  if (isHostTensorLike(value)) return batchFrom([...value.shape], value.data as ArrayLike<unknown>, where);
  if (isTypedArray(value)) return batchFrom([value.length], value, where);
  if (Array.isArray(value)) {
    const { shape, values } = flattenNested(value, where);
    return batchFrom(shape, values, where);
  }
  return null;
}

/** A batch from an element of an iterable: a batch, or a record with exactly one column (a Dataset of `{ x }`). */
function elementBatch(element: unknown, where: string): AdaptBatch {
  const batch = asBatch(element, where);
  if (batch) return batch;
  if (element && typeof element === 'object') {
    const keys = Object.keys(element);
    if (keys.length === 1) {
      const inner = asBatch((element as Record<string, unknown>)[keys[0]], `${where} column "${keys[0]}"`);
      if (inner) return inner;
    }
    throw invalidArgument(
      `${where}: a batch of records must have exactly one column to adapt on, got ${JSON.stringify(keys)} (map the dataset to the one feature first)`,
    );
  }
  throw invalidArgument(
    `${where}: expected an array, a Tensor, a host tensor or an iterable of batches, got ${element === null ? 'null' : typeof element}`,
  );
}

/** The batches of adapt data, in order; at least one. */
export async function* adaptBatches(data: AdaptData, where: string): AsyncGenerator<AdaptBatch> {
  const single = asBatch(data, where);
  if (single) {
    yield single;
    return;
  }
  let count = 0;
  if (data && typeof data === 'object' && Symbol.asyncIterator in data) {
    for await (const element of data as AsyncIterable<unknown>) {
      count++;
      yield elementBatch(element, `${where} batch ${count - 1}`);
    }
  } else if (data && typeof data === 'object' && Symbol.iterator in data) {
    for (const element of data as Iterable<unknown>) {
      count++;
      yield elementBatch(element, `${where} batch ${count - 1}`);
    }
  } else {
    throw invalidArgument(
      `${where}: expected an array, a Tensor, a host tensor or an iterable of batches, got ${data === null ? 'null' : typeof data}`,
    );
  }
  if (count === 0) throw invalidArgument(`${where}: the data has no batches`);
}

/** Throws unless every value of `batch` is a number (numeric layers). */
export function requireNumbers(batch: AdaptBatch, where: string): number[] {
  if (batch.kind !== 'number')
    throw invalidArgument(`${where}: got strings; this layer takes numbers (encode strings with stringLookup or hashing first)`);
  return batch.values as number[];
}

const NUMERIC: ReadonlySet<DType> = new Set([
  'float16',
  'bfloat16',
  'float32',
  'float64',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
]);
const INTEGER: ReadonlySet<DType> = new Set(['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']);

/** Refuses a graph input this numeric layer cannot take (strings, booleans, resources), naming the layer. */
export function requireNumericInput(layer: string, x: Output, integerOnly = false): void {
  if (x.dtype === 'string')
    throw invalidArgument(
      `layer "${layer}": got a string tensor; this layer takes numbers (encode strings with stringLookup or hashing first)`,
    );
  if (!(integerOnly ? INTEGER : NUMERIC).has(x.dtype)) {
    throw invalidArgument(
      `layer "${layer}": input dtype ${x.dtype} is not supported; expected ${integerOnly ? 'an integer dtype (int32, int64, ...)' : 'a numeric dtype'}`,
    );
  }
}

/**
 * A static hash table (HashTableV2) filled from constant keys and values, looked up with a
 * default. The fill (InitializeTableV2) is a control dependency of every lookup: it fills the
 * table on the first run of any session over the graph (training, inference, a SavedModel loaded
 * by Python or TF Serving) and is a size check afterwards, so no separate init op has to be run or
 * exported. Only in-memory ops: nothing reads a file (the untrusted-model allow-list admits it).
 */
export function staticLookup(graph: Graph, keys: Output, values: Output, defaultValue: Output, query: Output): Output {
  const table = ops.hashTableV2(graph, { keyDtype: keys.dtype, valueDtype: values.dtype, name: 'table' });
  const fill: Operation = ops.initializeTableV2(table, keys, values, { name: 'table_init' });
  const found = graph.withControlDependencies([fill], () => ops.lookupTableFindV2(table, query, defaultValue, { name: 'lookup' }));
  // LookupTableFindV2 infers no shape; the keys' (partly known) shape carries over through Reshape.
  return ops.reshape(found, ops.shape(query, { outType: 'int32' }));
}

/** `x` with an Assert that every id is in [0, depth): errors name the layer (never silent clipping). */
export function checkedIds(layer: string, ids: Output, depth: number, what = 'ids'): Output {
  const graph = ids.graph;
  const all = ops.rank(ids);
  const axes = ops.range(ops.constant(graph, 0, 'int32'), all, ops.constant(graph, 1, 'int32'));
  const low = ops.greaterEqual(ids, ops.constant(graph, 0, ids.dtype));
  const high = ops.less(ids, ops.constant(graph, depth, ids.dtype));
  const inRange = ops.all(ops.logicalAnd(low, high), axes);
  const message = ops.constant(graph, `layer "${layer}": ${what} must be in [0, ${depth}); got min and max`, 'string');
  const check = ops.assert(inRange, [message, ops.min(ids, axes), ops.max(ids, axes)], { summarize: 3, name: 'check_range' });
  return graph.withControlDependencies([check], () => ops.identity(ids));
}

export type CategoricalMode = 'one_hot' | 'multi_hot' | 'count' | 'tf_idf';

/** Options of the categorical encodings. */
export interface EncodeOptions {
  /** tf_idf: one weight per id. */
  idf?: number[];
  /** Id `depth` is allowed and encodes to nothing (a lookup's mask token in a non-int mode, as in Keras). */
  dropDepth?: boolean;
}

function finishCounts(layer: string, counts: Output, mode: CategoricalMode, depth: number, options: EncodeOptions): Output {
  const graph = counts.graph;
  if (options.dropDepth) counts = ops.slice(counts, ops.constant(graph, [0, 0], 'int32'), ops.constant(graph, [-1, depth], 'int32'));
  if (mode !== 'tf_idf') return counts;
  if (!options.idf || options.idf.length !== depth)
    throw invalidArgument(`layer "${layer}": tf_idf needs ${depth} idf weights, got ${options.idf?.length ?? 0}`);
  return ops.mul(counts, ops.constant(graph, options.idf, 'float32'));
}

/**
 * Ids (integers, checked to be in [0, depth)) → float32 encodings as Keras's
 * encode_categorical_inputs: one_hot adds an axis of `depth` (replacing a last axis of 1);
 * multi_hot, count and tf_idf replace the last axis (a rank-1 batch counts as one id per example,
 * where Keras would count the whole batch as one sample). tf_idf multiplies counts by the idf weights.
 */
export function encodeCategorical(layer: string, ids: Output, mode: CategoricalMode, depth: number, options: EncodeOptions = {}): Output {
  const graph = ids.graph;
  const shape = ids.shape;
  if (shape === null) throw invalidArgument(`layer "${layer}": the input's rank must be known for output mode "${mode}"`);
  const bins = options.dropDepth ? depth + 1 : depth;
  let x = checkedIds(layer, ids.dtype === 'int32' || ids.dtype === 'int64' ? ids : ops.cast(ids, 'int64'), bins);
  if (mode === 'one_hot') {
    if (shape.length > 1 && shape[shape.length - 1] === 1) x = ops.squeeze(x, { squeezeDims: [-1] });
    // OneHot encodes an id equal to depth (the dropped mask) as zeros.
    return ops.oneHot(x, depth, 'float32');
  }
  if (shape.length === 1) x = ops.expandDims(x, ops.constant(graph, -1, 'int32'));
  else if (shape.length !== 2)
    throw invalidArgument(
      `layer "${layer}": output mode "${mode}" takes inputs of rank 1 or 2 (a batch of id lists), got rank ${shape.length}`,
    );
  // DenseBincount over the last axis: one row of counts per example (empty weights: plain counts).
  const counts = ops.denseBincount(x, ops.constant(graph, bins, x.dtype), ops.constant(graph, [], 'float32'), {
    binaryOutput: mode === 'multi_hot',
  });
  return finishCounts(layer, counts, mode, depth, options);
}

/** The same encodings for ragged ids (row splits, int64): one row of `depth` per row of the ragged batch. */
export function encodeRagged(
  layer: string,
  splits: Output,
  ids: Output,
  mode: Exclude<CategoricalMode, 'one_hot'>,
  depth: number,
  options: EncodeOptions = {},
): Output {
  const graph = ids.graph;
  const bins = options.dropDepth ? depth + 1 : depth;
  const x = checkedIds(layer, ids, bins);
  const counts = ops.raggedBincount(splits, x, ops.constant(graph, bins, x.dtype), ops.constant(graph, [], 'float32'), {
    binaryOutput: mode === 'multi_hot',
  });
  return finishCounts(layer, counts, mode, depth, options);
}

/** Checks a Keras-style output mode option against the allowed ones. */
export function outputMode<T extends string>(layer: string, value: unknown, allowed: readonly T[], fallback: T): T {
  const mode = value === undefined ? fallback : value;
  if (typeof mode !== 'string' || !(allowed as readonly string[]).includes(mode)) {
    throw invalidArgument(`${layer}: outputMode must be one of ${allowed.map((m) => `"${m}"`).join(', ')}, got ${JSON.stringify(value)}`);
  }
  return mode as T;
}

/** UTF-8 byte order, as TensorFlow and NumPy sort strings (JS's < compares UTF-16 units). */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
