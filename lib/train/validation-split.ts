/**
 * fit's validationSplit (Keras's validation_split): the last fraction of the examples, taken
 * before any shuffling, is held out for validation; the rest is trained on. As in Keras, only
 * in-memory columns can be split (a Dataset or batches have no "last fraction" to take).
 */
import { invalidArgument, isTypedArray } from '../core';
import { Dataset } from '../data';
import { BatchSource, Columns } from './feed';

/** Splits `data` at floor(n · (1 − fraction)): [0, splitAt) trains, [splitAt, n) validates. */
export function splitForValidation(
  data: BatchSource,
  fraction: number,
  inputShapes: Record<string, Array<number | null>>,
): { train: Columns; validation: Columns; splitAt: number; examples: number } {
  if (typeof fraction !== 'number' || !(fraction > 0 && fraction < 1))
    throw invalidArgument(`fit: validationSplit must be a number in (0, 1), got ${JSON.stringify(fraction)}`);
  if (data instanceof Dataset || Array.isArray(data) || !data || typeof data !== 'object' || Symbol.asyncIterator in data) {
    throw invalidArgument(
      'fit: validationSplit splits in-memory columns ({ key: typed array or array }); for a Dataset or batches, give validation data instead',
    );
  }
  const columns = data as Columns;
  const examples = columnExamples(columns, inputShapes);
  if (examples === null)
    throw invalidArgument(
      'fit: validationSplit cannot tell how many examples the columns hold (give a model input column, or arrays with one entry per example)',
    );
  const splitAt = Math.floor(examples * (1 - fraction));
  if (splitAt === 0 || splitAt === examples) {
    throw invalidArgument(
      `fit: the training data has ${examples} examples, which is not enough to split with validationSplit ${fraction} (${splitAt} would train, ${examples - splitAt} validate)`,
    );
  }
  const train: Columns = {};
  const validation: Columns = {};
  for (const [key, column] of Object.entries(columns)) {
    const per = column.length / examples;
    if (!Number.isInteger(per))
      throw invalidArgument(`fit: column "${key}" has ${column.length} values, not a multiple of the ${examples} examples`);
    // Views of typed arrays (no copy), slices of JS arrays.
    train[key] = isTypedArray(column) ? column.subarray(0, splitAt * per) : column.slice(0, splitAt);
    validation[key] = isTypedArray(column) ? column.subarray(splitAt * per) : column.slice(splitAt);
  }
  return { train, validation, splitAt, examples };
}

/** The example count of in-memory columns: a JS array's length, or an input column's length over its example size. */
function columnExamples(columns: Columns, inputShapes: Record<string, Array<number | null>>): number | null {
  for (const [key, column] of Object.entries(columns)) {
    let examples: number | null = null;
    if (Array.isArray(column)) examples = column.length;
    else if (isTypedArray(column) && inputShapes[key] && !inputShapes[key].includes(null))
      examples = column.length / (inputShapes[key] as number[]).reduce((a, b) => a * b, 1);
    if (examples !== null) return Number.isInteger(examples) ? examples : null;
  }
  return null;
}

/**
 * The batches `data` will give, when that is known without reading it (for progress bars):
 * columns and Datasets of known size, ceil(examples / batchSize); batch arrays, their length.
 */
export function knownBatchCount(data: BatchSource, batchSize: number, inputShapes: Record<string, Array<number | null>>): number | null {
  if (Array.isArray(data)) return data.length;
  if (data instanceof Dataset) {
    // A Dataset batched by the user counts batches already; one of examples is batched here.
    const cardinality = data.cardinality;
    if (cardinality === null || cardinality === undefined || !Number.isFinite(cardinality)) return null;
    return /\.batch\(/.test(data.description) ? cardinality : Math.ceil(cardinality / batchSize);
  }
  if (!data || typeof data !== 'object' || Symbol.asyncIterator in data) return null;
  const examples = columnExamples(data as Columns, inputShapes);
  return examples === null ? null : Math.ceil(examples / batchSize);
}
