/**
 * The on-disk cache of computed columns (backbone features, teacher logits) next to the data
 * columns kept with them. A directory:
 *
 *   manifest.json        format, version, the identity of what computed each column (for a
 *                        SavedModel: sha256 of saved_model.pb and of variables/variables.index,
 *                        signature, output, input specs), the kept data keys, shardSize, columns
 *                        (name, dtype, per-example shape, source), the shards written so far
 *                        (file, examples, bytes, sha256, inputSha256), complete, count
 *   shard-00000.bin ...  `shardSize` examples each (the last may be shorter): every column's
 *                        values, little-endian, column after column in manifest order
 *
 * Shards and the manifest are written to a temporary name and renamed, so a crash leaves the
 * last complete shard listed and nothing half-written is ever read. A restarted writer checks
 * the identity (a different backbone is refused, naming both) and continues after the last
 * listed shard, once the inputs of the listed shards hash as they did.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { DType, TYPED_ARRAYS, TypedArray, dtypeSize, durable, failedPrecondition, invalidArgument, makeError, notFound } from '../../core';
import { Dataset, HostBatch, HostTensor, Random, DatasetSpec, IterationPath } from '../../data';
import { SymbolicTensor, input } from '../../nn';
import { Identity, describeIdentity } from './runner';
import { ShardSink, storable } from './precompute';

export const MANIFEST = 'manifest.json';
export const FORMAT = 'hydra-tf/feature-cache';
export const VERSION = 1;

export interface CacheColumn {
  name: string;
  dtype: DType;
  /** Per-example shape. */
  shape: number[];
  /** "model": computed by the column's identity; "data": copied from the data. */
  source: 'model' | 'data';
}

export interface ShardEntry {
  file: string;
  examples: number;
  bytes: number;
  sha256: string;
  /** sha256 of the data this shard was computed from (every key of the data's examples). */
  inputSha256: string;
}

export interface CacheManifest {
  format: string;
  version: number;
  /** What computed each model column, by column name. */
  identity: Record<string, Identity>;
  keep: string[];
  shardSize: number;
  /** Known once the first shard is written. */
  columns: CacheColumn[] | null;
  shards: ShardEntry[];
  complete: boolean;
  /** Examples in the cache, once complete. */
  count: number | null;
  /** The data it was made from, as described by lib/data. */
  data: { description: string; cardinality: number | null };
}

/** JSON with sorted keys, so equal identities compare equal. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

function readManifest(dir: string): CacheManifest | null {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) return null;
  let manifest: CacheManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheManifest;
  } catch (error) {
    throw makeError('DATA_LOSS', `feature cache ${dir}: ${MANIFEST} is not valid JSON (${(error as Error).message})`);
  }
  if (manifest.format !== FORMAT)
    throw failedPrecondition(
      `${dir}/${MANIFEST} is not a hydra-tf feature cache (format ${JSON.stringify(manifest.format)}, expected "${FORMAT}")`,
    );
  if (manifest.version !== VERSION)
    throw failedPrecondition(`feature cache ${dir} has version ${manifest.version}; this hydra-tf reads version ${VERSION}`);
  return manifest;
}

function describeIdentities(identity: Record<string, Identity>): string {
  return Object.entries(identity)
    .map(([column, id]) => `column "${column}": ${describeIdentity(id)}`)
    .join('; ');
}

function shardFile(index: number): string {
  return `shard-${String(index).padStart(5, '0')}.bin`;
}

function bytesOf(host: HostTensor): Buffer {
  const data = host.data as TypedArray;
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

export interface CacheWriterOptions {
  identity: Record<string, Identity>;
  keep: string[];
  shardSize: number;
  data: { description: string; cardinality: number | null };
}

/** Writes shards into a cache directory, resuming one started with the same identity. */
export class CacheWriter implements ShardSink {
  private constructor(
    readonly dir: string,
    private manifest: CacheManifest,
  ) {}

  /** Opens `dir` for writing: a new cache, or the continuation of one with the same identity and layout. */
  static open(dir: string, options: CacheWriterOptions): CacheWriter {
    fs.mkdirSync(dir, { recursive: true });
    const existing = readManifest(dir);
    if (!existing) {
      // Its own files: shards, the manifest, and the temporaries a killed writer left (this and earlier versions' names).
      const ours = (f: string) =>
        /^shard-\d+\.bin(\.tmp-\d+)?$/.test(f) ||
        f.startsWith(`${MANIFEST}.tmp-`) ||
        /^\.shard-\d+\.bin\.tmp-\d+-[0-9a-f]{8}$/.test(f) ||
        durable.isTemporaryOf(f, MANIFEST) !== null;
      const foreign = fs.readdirSync(dir).filter((f) => !ours(f));
      if (foreign.length)
        throw failedPrecondition(
          `${dir} is not empty and is not a feature cache (it has ${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', ...' : ''}); choose an empty or new directory`,
        );
      const manifest: CacheManifest = {
        format: FORMAT,
        version: VERSION,
        identity: options.identity,
        keep: options.keep,
        shardSize: options.shardSize,
        columns: null,
        shards: [],
        complete: false,
        count: null,
        data: options.data,
      };
      const writer = new CacheWriter(dir, manifest);
      writer.saveManifest();
      return writer;
    }
    if (stable(existing.identity) !== stable(options.identity)) {
      throw failedPrecondition(
        `feature cache ${dir} was written by a different backbone: it holds ${describeIdentities(existing.identity)}; ` +
          `this run computes ${describeIdentities(options.identity)}. Use another directory, or delete this one to recompute`,
      );
    }
    if (stable(existing.keep) !== stable(options.keep)) {
      throw failedPrecondition(
        `feature cache ${dir} keeps data keys [${existing.keep.join(', ')}], this run asks for [${options.keep.join(', ')}]; use another directory`,
      );
    }
    if (existing.shardSize !== options.shardSize) {
      throw failedPrecondition(
        `feature cache ${dir} was written with shardSize ${existing.shardSize}, this run uses ${options.shardSize}; use the same shardSize to resume it`,
      );
    }
    if (existing.data.cardinality !== null && options.data.cardinality !== null && existing.data.cardinality !== options.data.cardinality) {
      throw failedPrecondition(
        `feature cache ${dir} was made from ${existing.data.cardinality} examples (${existing.data.description}), this data has ${options.data.cardinality} (${options.data.description})`,
      );
    }
    // A listed shard whose file is gone or short is recomputed, with every shard after it.
    const intact = existing.shards.findIndex(
      (s) => !fs.existsSync(path.join(dir, s.file)) || fs.statSync(path.join(dir, s.file)).size !== s.bytes,
    );
    if (intact !== -1) {
      existing.shards = existing.shards.slice(0, intact);
      existing.complete = false;
      existing.count = null;
    }
    return new CacheWriter(dir, existing);
  }

  /** Shards already in the cache. */
  get shardsDone(): number {
    return this.manifest.shards.length;
  }

  has(index: number, inputSha256: string, examples: number): boolean {
    const entry = this.manifest.shards[index];
    if (!entry) return false;
    if (entry.inputSha256 !== inputSha256 || entry.examples !== examples) {
      throw failedPrecondition(
        `feature cache ${this.dir}: shard ${index} (${entry.file}) was computed from other data than this run's examples ` +
          `${index * this.manifest.shardSize}..${index * this.manifest.shardSize + examples - 1}; use another directory for other data`,
      );
    }
    return true;
  }

  async write(index: number, shard: HostBatch, inputSha256: string): Promise<void> {
    if (index !== this.manifest.shards.length)
      throw invalidArgument(`feature cache ${this.dir}: shard ${index} written out of order (${this.manifest.shards.length} done)`);
    const columns = this.columnsOf(shard);
    const examples = Object.values(shard)[0].shape[0];
    const bytes = Buffer.concat(columns.map((c) => bytesOf(shard[c.name])));
    const file = shardFile(index);
    durable.writeFileDurably(path.join(this.dir, file), bytes);
    this.manifest.shards.push({
      file,
      examples,
      bytes: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      inputSha256,
    });
    this.manifest.complete = false;
    this.manifest.count = null;
    this.saveManifest();
  }

  /** Columns of a shard, checked against (or, for the first shard, recorded in) the manifest. */
  private columnsOf(shard: HostBatch): CacheColumn[] {
    const model = new Set(Object.keys(this.manifest.identity));
    const columns = Object.entries(shard).map(([name, host]): CacheColumn => {
      if (!storable(host.dtype))
        throw invalidArgument(
          `feature cache ${this.dir}: column "${name}" has dtype ${host.dtype}, which a cache cannot hold (numbers and bools only)`,
        );
      return { name, dtype: host.dtype, shape: host.shape.slice(1), source: model.has(name) ? 'model' : 'data' };
    });
    if (!this.manifest.columns) {
      this.manifest.columns = columns;
      return columns;
    }
    const expected = this.manifest.columns;
    for (const column of expected) {
      const actual = columns.find((c) => c.name === column.name);
      if (!actual || actual.dtype !== column.dtype || stable(actual.shape) !== stable(column.shape)) {
        const got = actual ? `${actual.dtype} [${actual.shape.join(', ')}]` : 'nothing';
        throw invalidArgument(
          `feature cache ${this.dir}: column "${column.name}" is ${column.dtype} [${column.shape.join(', ')}] per example in earlier shards, this shard has ${got}`,
        );
      }
    }
    return expected;
  }

  /** Marks the cache complete with `count` examples. */
  finish(count: number): void {
    const listed = this.manifest.shards.reduce((n, s) => n + s.examples, 0);
    if (listed !== count)
      throw failedPrecondition(
        `feature cache ${this.dir} holds ${listed} examples, but the data has ${count}; use another directory for other data`,
      );
    this.manifest.complete = true;
    this.manifest.count = count;
    this.saveManifest();
  }

  private saveManifest(): void {
    durable.writeFileDurably(path.join(this.dir, MANIFEST), `${JSON.stringify(this.manifest, null, 1)}\n`);
  }
}

export interface CacheDatasetOptions {
  /**
   * Shuffle shard order and examples within each shard, anew for every pass (epoch), from
   * `seed`: a shuffle that costs one shard of memory, whatever the cache's size.
   */
  shuffle?: boolean | { seed?: number };
  /** Only these columns (default: all). */
  columns?: string[];
}

/** A complete cache, read back as a lib/data Dataset streaming shard by shard from disk. */
export class FeatureCache {
  private constructor(
    readonly dir: string,
    readonly manifest: CacheManifest,
  ) {}

  /** Opens a complete cache (an incomplete one is an error saying how to finish it). */
  static open(dir: string, options: { identity?: Record<string, Identity> } = {}): FeatureCache {
    const absolute = path.resolve(dir);
    const manifest = readManifest(absolute);
    if (!manifest) throw notFound(`${absolute} is not a feature cache (no ${MANIFEST})`);
    if (options.identity && stable(manifest.identity) !== stable(options.identity)) {
      throw failedPrecondition(
        `feature cache ${absolute} was written by a different backbone: it holds ${describeIdentities(manifest.identity)}; expected ${describeIdentities(options.identity)}`,
      );
    }
    if (!manifest.complete || !manifest.columns) {
      throw failedPrecondition(
        `feature cache ${absolute} is incomplete (${manifest.shards.length} shard(s) written); run extractFeatures again with the same backbone and data to finish it`,
      );
    }
    return new FeatureCache(absolute, manifest);
  }

  get count(): number {
    return this.manifest.count as number;
  }

  get columns(): CacheColumn[] {
    return this.manifest.columns as CacheColumn[];
  }

  column(name: string): CacheColumn {
    const column = this.columns.find((c) => c.name === name);
    if (!column)
      throw notFound(`feature cache ${this.dir} has no column "${name}" (its columns: ${this.columns.map((c) => c.name).join(', ')})`);
    return column;
  }

  /** A model input shaped like a cached column (default "features"), to build heads on. */
  input(name = 'features'): SymbolicTensor {
    const column = this.column(name);
    return input({ name, shape: column.shape, dtype: column.dtype });
  }

  /** The cached examples as a Dataset: per-example HostTensors (numbers for scalar columns). */
  dataset(options: CacheDatasetOptions = {}): Dataset<Record<string, unknown>> {
    const wanted = options.columns ?? this.columns.map((c) => c.name);
    wanted.forEach((name) => this.column(name));
    const seed = options.shuffle ? (typeof options.shuffle === 'object' ? (options.shuffle.seed ?? 0) : 0) : null;
    const dtypes: Record<string, DType> = {};
    for (const column of this.columns) if (wanted.includes(column.name)) dtypes[column.name] = column.dtype;
    // Passes are counted here, not taken from the iteration path alone: a trainer wraps the
    // dataset anew (batch, prefetch) every epoch, so every pass it starts is "epoch 0" to it.
    let passes = 0;
    const spec: DatasetSpec<Record<string, unknown>> = {
      description: `featureCache(${this.dir})${seed === null ? '' : `.shuffle(seed ${seed})`}`,
      cardinality: this.count,
      dtypes,
      open: (iterationPath) => this.read(wanted, seed, [passes++, ...iterationPath]),
    };
    return new Dataset(spec);
  }

  private async *read(wanted: string[], seed: number | null, iterationPath: IterationPath): AsyncGenerator<Record<string, unknown>> {
    const random = seed === null ? null : Random.fromSeed(seed, ...iterationPath);
    const shards = this.manifest.shards;
    const order = random ? random.permutation(shards.length) : shards.map((_, i) => i);
    for (const index of order) {
      const columns = await this.readShard(shards[index], wanted);
      const examples = shards[index].examples;
      const within = random ? random.permutation(examples) : null;
      for (let k = 0; k < examples; k++) {
        const i = within ? within[k] : k;
        const element: Record<string, unknown> = {};
        for (const { column, data, per } of columns) {
          element[column.name] =
            column.shape.length === 0 ? data[i] : { dtype: column.dtype, shape: column.shape, data: data.subarray(i * per, (i + 1) * per) };
        }
        yield element;
      }
    }
  }

  private async readShard(entry: ShardEntry, wanted: string[]): Promise<Array<{ column: CacheColumn; data: TypedArray; per: number }>> {
    const file = path.join(this.dir, entry.file);
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(file);
    } catch (error) {
      throw makeError('DATA_LOSS', `feature cache ${this.dir}: cannot read ${entry.file} (${(error as Error).message})`);
    }
    if (bytes.length !== entry.bytes)
      throw makeError('DATA_LOSS', `feature cache ${this.dir}: ${entry.file} has ${bytes.length} bytes, the manifest says ${entry.bytes}`);
    const out: Array<{ column: CacheColumn; data: TypedArray; per: number }> = [];
    let offset = 0;
    for (const column of this.columns) {
      const per = column.shape.reduce((a, b) => a * b, 1);
      const length = per * entry.examples * dtypeSize(column.dtype);
      if (wanted.includes(column.name)) {
        const ctor = TYPED_ARRAYS[column.dtype] as unknown as new (buffer: ArrayBuffer) => TypedArray;
        // A copy: the column's offset in the file need not be aligned for its element type.
        const copy = bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length) as ArrayBuffer;
        out.push({ column, data: new ctor(copy), per });
      }
      offset += length;
    }
    return out;
  }
}
