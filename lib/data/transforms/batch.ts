/** batch: stacks consecutive feature dicts into HostBatches (see ../stack.ts for the rules). */
import { invalidArgument } from '../../core';
import { outOfRange } from '../errors';
import { HostBatch } from '../host-tensor';
import { DatasetSpec, IterationPath, RowAccess, iterable } from '../spec';
import { MASK_SUFFIX, StackOptions, checkStackOptions, stackColumns, stackElements } from '../stack';

export interface BatchOptions extends StackOptions {
  /** Drop a last batch smaller than `size` (for graphs with a fixed batch dimension). Default false. */
  dropRemainder?: boolean;
}

export function batchSpec<T>(upstream: DatasetSpec<T>, size: number, options: BatchOptions = {}): DatasetSpec<HostBatch> {
  const description = `${upstream.description}.batch(${size})`;
  if (!Number.isSafeInteger(size) || size < 1)
    throw invalidArgument(`${description}: size must be a positive integer, got ${String(size)}`);
  checkStackOptions(options, description);
  const known = upstream.cardinality;
  if (known === 0) throw emptyError(description, upstream.description, 'is empty (it has 0 elements)');
  const cardinality = known === null ? null : options.dropRemainder ? Math.floor(known / size) : Math.ceil(known / size);
  if (cardinality === 0) {
    throw emptyError(description, upstream.description, `has ${known} element(s), fewer than one batch of ${size} with dropRemainder`);
  }
  const dtypes = { ...upstream.dtypes, ...(options.dtypes ?? {}) };
  for (const key of Object.keys(options.missing ?? {})) dtypes[key + MASK_SUFFIX] = 'float32';
  // Rows of typed-array columns (fromArrays, shuffled or not) are gathered column by column,
  // unless stacking would change them (fill values for missing keys, other dtypes).
  const rows = upstream.rows;
  const columnar = rows && !options.missing && Object.entries(options.dtypes ?? {}).every(([key, dtype]) => upstream.dtypes[key] === dtype);
  return {
    description,
    cardinality,
    dtypes,
    open: (path) =>
      columnar
        ? batchRows(upstream, rows, size, options, description, path)
        : upstream.columnChunks && !options.missing
          ? batchColumnChunks(upstream, upstream.columnChunks, size, options, description, path)
          : batchElements(upstream, size, options, description, path),
  };
}

/** Batches from column chunks (fromCsv): each batch's columns filled from slices of the chunks. */
async function* batchColumnChunks<T>(
  upstream: DatasetSpec<T>,
  chunks: NonNullable<DatasetSpec<T>['columnChunks']>,
  size: number,
  options: BatchOptions,
  description: string,
  path: IterationPath,
): AsyncGenerator<HostBatch> {
  const context = { what: description, firstIndex: 0, sourceDtypes: upstream.dtypes };
  let names: readonly string[] = [];
  let pending: unknown[][] = [];
  let pendingCount = 0;
  let total = 0;
  let batches = 0;
  for await (const chunk of iterable(chunks(path))) {
    if (pendingCount === 0) {
      names = chunk.names;
      pending = names.map(() => []);
    }
    let offset = 0;
    while (offset < chunk.count) {
      const take = Math.min(size - pendingCount, chunk.count - offset);
      for (let k = 0; k < names.length; k++) {
        const column = chunk.columns[k];
        for (let i = offset; i < offset + take; i++) pending[k].push(column[i]);
      }
      pendingCount += take;
      offset += take;
      total += take;
      if (pendingCount === size) {
        const batch = stackColumns(names, pending, options, { ...context, firstIndex: total - size });
        pending = names.map(() => []);
        pendingCount = 0;
        batches++;
        yield batch;
      }
    }
  }
  if (pendingCount > 0 && !options.dropRemainder) {
    batches++;
    yield stackColumns(names, pending, options, { ...context, firstIndex: total - pendingCount });
  }
  if (batches === 0) {
    throw emptyError(
      description,
      upstream.description,
      total === 0 ? 'yielded no elements' : `yielded ${total} element(s), fewer than one batch of ${size} with dropRemainder`,
    );
  }
}

async function* batchRows<T>(
  upstream: DatasetSpec<T>,
  rows: RowAccess,
  size: number,
  options: BatchOptions,
  description: string,
  path: IterationPath,
): AsyncGenerator<HostBatch> {
  const order = rows.order(path);
  const whole = options.dropRemainder ? order.length - (order.length % size) : order.length;
  if (whole === 0) {
    throw emptyError(
      description,
      upstream.description,
      order.length === 0 ? 'yielded no elements' : `yielded ${order.length} element(s), fewer than one batch of ${size} with dropRemainder`,
    );
  }
  for (let start = 0; start < whole; start += size) yield rows.gather(order.subarray(start, Math.min(start + size, whole)));
}

function emptyError(description: string, upstream: string, why: string) {
  return outOfRange(`${description}: ${upstream} ${why}; there is no batch to make`);
}

async function* batchElements<T>(
  upstream: DatasetSpec<T>,
  size: number,
  options: BatchOptions,
  description: string,
  path: IterationPath,
): AsyncGenerator<HostBatch> {
  const context = { what: description, firstIndex: 0, sourceDtypes: upstream.dtypes };
  let pending: T[] = [];
  let total = 0;
  let batches = 0;
  for await (const element of iterable(upstream.open(path))) {
    pending.push(element);
    total++;
    if (pending.length === size) {
      const batch = stackElements(pending, options, { ...context, firstIndex: total - size });
      pending = [];
      batches++;
      yield batch;
    }
  }
  if (pending.length > 0 && !options.dropRemainder) {
    batches++;
    yield stackElements(pending, options, { ...context, firstIndex: total - pending.length });
  }
  if (batches === 0) {
    throw emptyError(
      description,
      upstream.description,
      total === 0 ? 'yielded no elements' : `yielded ${total} element(s), fewer than one batch of ${size} with dropRemainder`,
    );
  }
}
