/**
 * Batches for the training loop (Keras's epoch iterator): consecutive batches grouped by
 * stepsPerExecution into one run, or the row-index groups of fit's in-graph data path.
 * Reading data into batches is feed.ts.
 */
import { invalidArgument } from '../core';
import { HostBatch, HostTensor, allocateData, isTransient, markTransient, releaseBatch } from '../data';

/** One run's worth of training data: a batch holding `steps` batches, or (in-graph data) their row indices. */
export type Group = { batch: HostBatch; steps: number; indices?: undefined } | { batch?: undefined; indices: Int32Array; steps: number };

export interface GroupIterator {
  next(): Promise<Group | null>;
  close(): Promise<void>;
}

/**
 * Groups consecutive batches of equal size by k (a smaller batch, or the end, closes a group
 * early), stopping after `limit` batches. Each group is one batch holding its batches' rows in
 * order (copied together), with the number of steps it stands for.
 */
export function groupBatches(source: AsyncIterable<HostBatch>, k: number, limit: number): GroupIterator {
  const iterator = source[Symbol.asyncIterator]();
  let taken = 0;
  let held: HostBatch | null = null; // a batch read ahead that starts the next group
  let done = false;
  const pull = async (): Promise<HostBatch | null> => {
    if (held) {
      const batch = held;
      held = null;
      return batch;
    }
    if (done || taken >= limit) return null;
    const next = await iterator.next();
    if (next.done) {
      done = true;
      return null;
    }
    taken++;
    return next.value;
  };
  return {
    async next(): Promise<{ batch: HostBatch; steps: number; indices?: undefined } | null> {
      const first = await pull();
      if (!first) return null;
      const rows = batchSize(first);
      const parts = [first];
      while (parts.length < k) {
        const batch = await pull();
        if (!batch) break;
        if (batchSize(batch) !== rows) {
          held = batch;
          break;
        }
        parts.push(batch);
      }
      return { batch: parts.length === 1 ? first : concatBatches(parts), steps: parts.length };
    },
    async close(): Promise<void> {
      if (!done) await iterator.return?.();
    },
  };
}

/**
 * The groups of an epoch over rows in `order` (in-graph data): k batches of `size` rows per
 * group, then the remaining whole batches, then a smaller last batch; at most `limit` batches.
 */
export function indexGroups(order: Int32Array, size: number, k: number, limit: number): GroupIterator {
  let start = 0;
  let taken = 0;
  return {
    async next(): Promise<{ batch?: undefined; indices: Int32Array; steps: number } | null> {
      if (start >= order.length || taken >= limit) return null;
      const whole = Math.min(Math.floor((order.length - start) / size), k, limit - taken);
      const steps = whole > 0 ? whole : 1;
      const end = whole > 0 ? start + whole * size : order.length;
      const indices = order.subarray(start, end);
      start = end;
      taken += steps;
      return { indices, steps };
    },
    async close(): Promise<void> {},
  };
}

/** The rows of `parts` (batches with the same keys, dtypes and example shapes), one after another. */
export function concatBatches(parts: HostBatch[]): HostBatch {
  const result: HostBatch = {};
  const transient = parts.every(isTransient);
  for (const [key, first] of Object.entries(parts[0])) {
    let length = 0;
    for (const part of parts) {
      const host = part[key];
      if (
        !host ||
        host.dtype !== first.dtype ||
        host.shape.length !== first.shape.length ||
        host.shape.some((d, i) => i > 0 && d !== first.shape[i])
      ) {
        throw invalidArgument(`fit: the batches of one stepsPerExecution group differ in "${key}" (dtype or example shape)`);
      }
      length += host.data.length;
    }
    let out: HostTensor['data'];
    if (Array.isArray(first.data)) {
      out = parts.flatMap((part) => part[key].data as string[]);
    } else {
      const typed = allocateData(first.dtype, [length], transient) as Float32Array;
      let offset = 0;
      for (const part of parts) {
        typed.set(part[key].data as Float32Array, offset);
        offset += part[key].data.length;
      }
      out = typed;
    }
    result[key] = { dtype: first.dtype, shape: [parts.reduce((n, p) => n + p[key].shape[0], 0), ...first.shape.slice(1)], data: out };
  }
  // Parts only fit's pipeline held are copied now: their memory can go, and the group is as transient.
  if (transient) {
    for (const part of parts) releaseBatch(part);
    markTransient(result);
  }
  return result;
}

export function batchSize(batch: HostBatch): number {
  const first = Object.values(batch)[0];
  return first ? first.shape[0] : 0;
}
