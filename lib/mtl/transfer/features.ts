/**
 * Feature extraction: a frozen backbone's output for every example of a dataset, computed in
 * batches and cached on disk in shards (cache.ts), resumable, then read back as a Dataset to
 * train new heads on:
 *
 *   const cache = await mtl.extractFeatures({ backbone, data, dir: 'cache/pooled' });
 *   const features = cache.input();
 *   const heads = mtl.model({ inputs: { features }, trunk: features, tasks: { ... }, optimizer });
 *   await heads.fit(cache.dataset({ shuffle: true }), { shuffle: false, epochs: 5 });
 */
import * as path from 'path';
import { invalidArgument } from '../../core';
import { Dataset } from '../../data';
import { Backbone } from './teacher';
import { CacheWriter, FeatureCache } from './cache';
import { asDataset, computeShards } from './precompute';
import type { Verbosity } from '../../train';

export interface ExtractFeaturesOptions {
  backbone: Backbone;
  /** Examples (a lib/data Dataset, or columns of arrays); iterated once, in order. */
  data: Dataset<object> | Record<string, unknown>;
  /** The cache directory: created, resumed, or (when complete) reused. */
  dir: string;
  /** Data keys stored with the features (default: every key the backbone does not read, e.g. labels). */
  keep?: string[];
  /** Examples per backbone run (default 64). */
  batchSize?: number;
  /** Examples per shard file (default 1024); a resumed cache must use the same. */
  shardSize?: number;
  /** Aborting stops after the current shard; the next call resumes there. */
  signal?: AbortSignal;
  /** After each shard: shards and examples so far, and whether this shard was computed (false: found in the cache). */
  onProgress?: (progress: { shards: number; examples: number; computed: boolean }) => void;
  /** Progress over the examples, as Keras's verbose: 0, 1 (a live bar), 2 (one line), 'auto' (default: 1 on a TTY, else 2). */
  verbose?: Verbosity;
}

function positiveInt(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || (value as number) < 1)
    throw invalidArgument(`extractFeatures: ${name} must be a positive integer, got ${JSON.stringify(value)}`);
  return value as number;
}

/** Runs the backbone over `data` into the cache at `dir` (resuming it if started); returns the complete cache. */
export async function extractFeatures(options: ExtractFeaturesOptions): Promise<FeatureCache> {
  if (!options || !(options.backbone instanceof Backbone)) throw invalidArgument('extractFeatures needs a backbone (from mtl.backbone)');
  if (typeof options.dir !== 'string' || options.dir === '') throw invalidArgument('extractFeatures needs dir, the cache directory');
  const { backbone } = options;
  const dir = path.resolve(options.dir);
  const what = `extractFeatures into ${dir}`;
  const batchSize = positiveInt(options.batchSize, 'batchSize', 64);
  const shardSize = positiveInt(options.shardSize, 'shardSize', 1024);
  // Flat typed-array columns are read with the backbone's input shapes, as fit reads them with the model's.
  const data = asDataset(options.data, backbone.runner.inputShapes(), what);
  const first = (await data.take(1).toArray())[0] as Record<string, unknown> | undefined;
  if (!first) throw invalidArgument(`${what}: the data is empty`);
  const keep = options.keep ?? Object.keys(first).filter((key) => !backbone.runner.inputKeys.includes(key));
  if (keep.includes(backbone.name))
    throw invalidArgument(`${what}: the data has a key "${backbone.name}" already; give the backbone another name ({ name })`);
  const writer = CacheWriter.open(dir, {
    identity: { [backbone.name]: await backbone.runner.identity(backbone.output) },
    keep,
    shardSize,
    data: { description: data.description, cardinality: data.cardinality },
  });
  const count = await computeShards({
    data,
    shardSize,
    batchSize,
    keep,
    jobs: [
      {
        column: backbone.name,
        runner: backbone.runner,
        output: backbone.output,
        what: `backbone output "${backbone.output}" of ${backbone.runner.what}`,
      },
    ],
    sink: writer,
    signal: options.signal,
    onShard: options.onProgress,
    what,
    verbose: options.verbose ?? 'auto',
  });
  writer.finish(count);
  return FeatureCache.open(dir);
}

/** Opens a complete feature cache for reading. */
export function openFeatureCache(dir: string): FeatureCache {
  return FeatureCache.open(dir);
}
