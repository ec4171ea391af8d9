/**
 * One pass of a dataset through frozen models (teachers, backbones), shard by shard: each shard
 * is `shardSize` consecutive examples, run through the models in batches of `batchSize`, and
 * handed to a sink with the data columns it keeps. Memory holds one shard, never the dataset.
 * A sink that already has a shard (a resumed cache) skips the models for it, after checking
 * that the shard's input data hashes as it did when the shard was made.
 */
import * as crypto from 'crypto';
import { DType, TYPED_ARRAYS, TypedArray, invalidArgument, makeError, formatShape } from '../../core';
import { Dataset, HostBatch, HostTensor, checkColumnRows, fromArrays } from '../../data';
import { Runner } from './runner';
import { ProgressBar, Verbosity, resolveVerbosity } from '../../train';

/** One column computed by a model: `output` of `runner`, stored as `column`. */
export interface ColumnJob {
  column: string;
  runner: Runner;
  output: string;
  /** Expected per-example shape (-1 matches anything); a mismatch is an error naming `what`. */
  expectShape?: number[] | null;
  /** Names the column's purpose in errors, e.g. `task "digit": the teacher's output "output_0"`. */
  what: string;
  /** Store per-example values flat ([7, 7, 512] → [25088]). */
  flatten?: boolean;
}

export interface ShardSink {
  /** True when shard `index` exists already (its inputs must hash to `inputSha256`, else throw). */
  has(index: number, inputSha256: string, examples: number): boolean;
  write(index: number, shard: HostBatch, inputSha256: string): Promise<void>;
}

export interface ComputeOptions {
  data: Dataset<object>;
  shardSize: number;
  batchSize: number;
  jobs: ColumnJob[];
  /** Data keys copied into every shard (labels, ids). */
  keep: string[];
  sink: ShardSink;
  signal?: AbortSignal;
  /** Called after each shard (written or found); may abort through `signal`. */
  onShard?: (progress: { shards: number; examples: number; computed: boolean }) => void;
  /** Names the pass in errors, e.g. `extractFeatures into /tmp/cache`. */
  what: string;
  /** Progress over the examples, as Keras's verbose (default 0: silent). */
  verbose?: Verbosity;
}

function rows(batch: HostBatch): number {
  return Object.values(batch)[0]?.shape[0] ?? 0;
}

function perExample(host: HostTensor): number {
  return host.shape.slice(1).reduce((a, b) => a * b, 1);
}

/** Rows [start, end) of a batch, as views. */
export function sliceBatch(batch: HostBatch, start: number, end: number): HostBatch {
  const out: HostBatch = {};
  for (const [key, host] of Object.entries(batch)) {
    const per = perExample(host);
    const data = Array.isArray(host.data)
      ? host.data.slice(start * per, end * per)
      : (host.data as TypedArray).subarray(start * per, end * per);
    out[key] = { dtype: host.dtype, shape: [end - start, ...host.shape.slice(1)], data };
  }
  return out;
}

/** Stacks HostTensors along the first dimension. */
export function concatHost(parts: HostTensor[]): HostTensor {
  const first = parts[0];
  const total = parts.reduce((n, p) => n + p.shape[0], 0);
  if (first.dtype === 'string')
    return { dtype: 'string', shape: [total, ...first.shape.slice(1)], data: parts.flatMap((p) => p.data as string[]) };
  const ctor = TYPED_ARRAYS[first.dtype] as unknown as new (n: number) => TypedArray;
  const out = new ctor(total * perExample(first));
  let offset = 0;
  for (const part of parts) {
    (out as Float32Array).set(part.data as Float32Array, offset);
    offset += part.data.length;
  }
  return { dtype: first.dtype, shape: [total, ...first.shape.slice(1)], data: out };
}

/** sha256 over every column of a batch (name, dtype, shape, bytes), in key order. */
export function batchSha256(batch: HostBatch): string {
  const hash = crypto.createHash('sha256');
  for (const key of Object.keys(batch).sort()) {
    const host = batch[key];
    hash.update(`${key}\0${host.dtype}\0${host.shape.join(',')}\0`);
    if (Array.isArray(host.data)) hash.update(JSON.stringify(host.data));
    else hash.update(Buffer.from(host.data.buffer, host.data.byteOffset, host.data.byteLength));
  }
  return hash.digest('hex');
}

function show(shape: number[]): string {
  return formatShape(shape);
}

function fits(actual: number[], expected: number[]): boolean {
  return actual.length === expected.length && expected.every((d, i) => d < 0 || d === actual[i]);
}

/** Runs every job's model on one shard, in batches; returns the computed columns. */
async function computeColumns(shard: HostBatch, options: ComputeOptions): Promise<HostBatch> {
  const byRunner = new Map<Runner, ColumnJob[]>();
  for (const job of options.jobs) byRunner.set(job.runner, [...(byRunner.get(job.runner) ?? []), job]);
  const parts = new Map<string, HostTensor[]>();
  const total = rows(shard);
  for (let start = 0; start < total; start += options.batchSize) {
    const batch = sliceBatch(shard, start, Math.min(total, start + options.batchSize));
    for (const [runner, jobs] of byRunner) {
      const outputs = [...new Set(jobs.map((j) => j.output))];
      const results = await runner.run(batch, outputs);
      for (const job of jobs) {
        let host = results[job.output];
        if (host.shape[0] !== rows(batch))
          throw invalidArgument(`${job.what} gave ${host.shape[0]} rows for a batch of ${rows(batch)} examples`);
        const example = host.shape.slice(1);
        if (job.expectShape && !fits(example, job.expectShape)) {
          throw invalidArgument(`${job.what} has per-example shape ${show(example)}, expected ${show(job.expectShape)}`);
        }
        if (job.flatten && example.length !== 1) host = { ...host, shape: [host.shape[0], example.reduce((a, b) => a * b, 1)] };
        parts.set(job.column, [...(parts.get(job.column) ?? []), host]);
      }
    }
  }
  const out: HostBatch = {};
  for (const [column, list] of parts) out[column] = concatHost(list);
  return out;
}

/** Streams `data` through the jobs into the sink; returns the number of examples. */
export async function computeShards(options: ComputeOptions): Promise<number> {
  let examples = 0;
  let index = 0;
  const verbose = resolveVerbosity(options.verbose ?? 0, process.stdout, `${options.what}: verbose`);
  const cardinality = options.data.cardinality;
  const bar = new ProgressBar({
    target: cardinality !== null && Number.isFinite(cardinality) ? cardinality : null,
    verbose,
    unit: 'example',
    prefix: options.what,
  });
  for await (const shard of options.data.batch(options.shardSize) as AsyncIterable<HostBatch>) {
    const count = rows(shard);
    const inputSha256 = batchSha256(shard);
    const computed = !options.sink.has(index, inputSha256, count);
    if (computed) {
      const columns = await computeColumns(shard, options);
      const kept: HostBatch = {};
      for (const key of options.keep) {
        if (!shard[key])
          throw invalidArgument(`${options.what}: keep names "${key}", which the data lacks (data keys: ${Object.keys(shard).join(', ')})`);
        kept[key] = shard[key];
      }
      await options.sink.write(index, { ...kept, ...columns }, inputSha256);
    }
    index++;
    examples += count;
    bar.update(examples);
    options.onShard?.({ shards: index, examples, computed });
    if (options.signal?.aborted) {
      throw makeError('CANCELLED', `${options.what} was aborted after ${index} shard(s) (${examples} examples); run it again to resume`);
    }
  }
  bar.done(examples);
  return examples;
}

/** A sink that keeps every shard in memory and becomes an in-memory dataset. */
export class MemorySink implements ShardSink {
  private readonly shards: HostBatch[] = [];

  has(): boolean {
    return false;
  }

  async write(_index: number, shard: HostBatch): Promise<void> {
    this.shards.push(shard);
  }

  /** The shards as one dataset of examples (columns with their per-example shapes and dtypes). */
  dataset(): Dataset<Record<string, unknown>> {
    if (this.shards.length === 0) throw invalidArgument('no examples were computed');
    const columns: Record<string, TypedArray | string[]> = {};
    const shapes: Record<string, number[]> = {};
    for (const key of Object.keys(this.shards[0])) {
      const whole = concatHost(this.shards.map((s) => s[key]));
      columns[key] = whole.data;
      if (whole.dtype !== 'string' && whole.shape.length > 1) shapes[key] = whole.shape.slice(1);
    }
    return fromArrays(columns, { shapes }) as unknown as Dataset<Record<string, unknown>>;
  }
}

/** The data as a Dataset of examples: a Dataset as is, or columns (typed arrays take `shapes` per key). */
export function asDataset(data: unknown, shapes: Record<string, Array<number | null>>, what: string): Dataset<object> {
  if (data instanceof Dataset) return data as Dataset<object>;
  if (data && typeof data === 'object' && !Array.isArray(data) && !(Symbol.asyncIterator in data)) {
    const columns = data as Record<string, TypedArray | unknown[]>;
    checkColumnRows(columns, { inputs: shapes }, what);
    const known: Record<string, number[]> = {};
    for (const [key, column] of Object.entries(columns)) {
      const shape = shapes[key];
      if (ArrayBuffer.isView(column) && shape && shape.every((d) => d !== null)) known[key] = shape as number[];
    }
    return fromArrays(columns as Record<string, TypedArray | unknown[]>, { shapes: known } as never) as unknown as Dataset<object>;
  }
  throw invalidArgument(
    `${what}: the data must be a lib/data Dataset of examples or an object of columns (batches are not accepted: teacher outputs are computed per example)`,
  );
}

/** Dtype names a cache can hold. */
export function storable(dtype: DType): boolean {
  return dtype !== 'string' && TYPED_ARRAYS[dtype] !== undefined;
}
