/**
 * Data sharding for synchronous training: every replica reads the same global batches (the same
 * source, the same shuffle seed, so the same order) and keeps rows replicaIndex,
 * replicaIndex + replicas, ... of each. Together the replicas cover each global batch exactly
 * once, so the mean of their gradients is the gradient of the global batch. Reading everything
 * costs each process the whole input pipeline (as Keras's DATA auto-shard policy does); data
 * already split per worker should be given with dataSharding 'none'.
 */
import { invalidArgument } from '../../core';
import { HostBatch, HostTensor } from '../../data';
import { batchSize } from '../batches';
import type { DistributeStrategy } from './strategy';

/** The rows of `tensor` at `rows` (first dimension). */
function takeRows(tensor: HostTensor, rows: number[]): HostTensor {
  const total = tensor.shape[0];
  const per = total === 0 ? 0 : tensor.data.length / total;
  const Ctor = (tensor.data as unknown as { constructor: new (n: number) => HostTensor['data'] }).constructor;
  const data = Array.isArray(tensor.data) ? new Array<string>(rows.length * per) : new Ctor(rows.length * per);
  rows.forEach((row, k) => {
    for (let j = 0; j < per; j++)
      (data as unknown as Array<unknown>)[k * per + j] = (tensor.data as unknown as Array<unknown>)[row * per + j];
  });
  return { dtype: tensor.dtype, shape: [rows.length, ...tensor.shape.slice(1)], data: data as HostTensor['data'] };
}

/** This replica's rows of one global batch (null: fewer rows than replicas, the batch is skipped by all). */
export function shardBatch(batch: HostBatch, replicas: number, replicaIndex: number): HostBatch | null {
  const size = batchSize(batch);
  if (size < replicas) return null;
  const rows: number[] = [];
  for (let row = replicaIndex; row < size; row += replicas) rows.push(row);
  return Object.fromEntries(Object.entries(batch).map(([key, tensor]) => [key, takeRows(tensor, rows)]));
}

/** fit's global batch size, checked against the replicas (each takes batchSize / replicas rows). */
export function checkGlobalBatch(strategy: DistributeStrategy, batchRows: number): void {
  if (strategy.dataSharding === 'batch' && batchRows % strategy.replicas !== 0) {
    throw invalidArgument(
      `fit: batchSize ${batchRows} is the global batch of ${strategy.replicas} replicas (strategy "${strategy.name}") and must be a multiple of ${strategy.replicas}`,
    );
  }
}

/** The rows of the global batch each shard came from (a shard of the last, smaller batch may hold fewer than its share). */
const globalRowsOf = new WeakMap<HostBatch, number>();

/**
 * The rows of the global batch(es) a batch of shards stands for: recorded for a single shard;
 * batches of full shards grouped together (stepsPerExecution) hold batchSize / replicas rows each.
 */
export function globalRows(batch: HostBatch, strategy: DistributeStrategy): number {
  return globalRowsOf.get(batch) ?? batchSize(batch) * strategy.replicas;
}

/** The batches this replica trains on: its rows of each global batch (or all of them, without batch sharding). */
export async function* shardBatches(source: AsyncIterable<HostBatch>, strategy: DistributeStrategy | null): AsyncGenerator<HostBatch> {
  if (!strategy || strategy.dataSharding !== 'batch' || strategy.replicas <= 1) {
    yield* source;
    return;
  }
  for await (const batch of source) {
    const shard = shardBatch(batch, strategy.replicas, strategy.replicaIndex);
    if (!shard) continue;
    globalRowsOf.set(shard, batchSize(batch));
    yield shard;
  }
}
