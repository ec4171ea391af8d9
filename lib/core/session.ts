/**
 * Session: runs graphs. `run` executes TF_SessionRun on the libuv thread pool and
 * returns a Promise, so Node's event loop keeps turning; `runSync` is opt-in.
 */
import { DType } from './dtypes';
import { invalidArgument } from './errors';
import { Graph, Operation, Output } from './graph';
import { NativeSession, NativeTensor, OutputPair, native } from './library';
import { Tensor, TensorLike } from './tensor';
import { encode } from '../proto';

/** Session settings, mapped onto TensorFlow's ConfigProto. */
export interface SessionOptions {
  /** Threads for one op's inner parallelism (0: TensorFlow picks). */
  intraOpThreads?: number;
  /** Threads for running independent ops concurrently (0: TensorFlow picks). */
  interOpThreads?: number;
  allowSoftPlacement?: boolean;
  logDevicePlacement?: boolean;
  /** Maximum number of devices of each type to use, e.g. { GPU: 0 } hides GPUs. */
  deviceCount?: Record<string, number>;
  gpu?: {
    /** Grow GPU memory as needed instead of reserving it all at start. */
    allowGrowth?: boolean;
    /** Comma-separated visible GPU indices, e.g. "0,1". */
    visibleDevices?: string;
    /** Fraction (0..1] of each GPU's memory to reserve. */
    memoryFraction?: number;
  };
  /** Run each op with this timeout in milliseconds (0: none). */
  operationTimeoutMs?: number;
  /** Raw ConfigProto fields (camelCase), merged over the above. */
  config?: Record<string, unknown>;
  /** Session target, e.g. "grpc://host:port" for a distributed runtime ("" for local). */
  target?: string;
}

/** Encodes SessionOptions into serialized ConfigProto bytes. */
export function configProto(options: SessionOptions = {}): Uint8Array {
  const config: Record<string, unknown> = {};
  if (options.intraOpThreads !== undefined) config.intraOpParallelismThreads = checkCount(options.intraOpThreads, 'intraOpThreads');
  if (options.interOpThreads !== undefined) config.interOpParallelismThreads = checkCount(options.interOpThreads, 'interOpThreads');
  if (options.allowSoftPlacement !== undefined) config.allowSoftPlacement = options.allowSoftPlacement;
  if (options.logDevicePlacement !== undefined) config.logDevicePlacement = options.logDevicePlacement;
  if (options.deviceCount) config.deviceCount = options.deviceCount;
  if (options.operationTimeoutMs !== undefined) config.operationTimeoutInMs = options.operationTimeoutMs;
  if (options.gpu) {
    const gpu: Record<string, unknown> = {};
    if (options.gpu.allowGrowth !== undefined) gpu.allowGrowth = options.gpu.allowGrowth;
    if (options.gpu.visibleDevices !== undefined) gpu.visibleDeviceList = options.gpu.visibleDevices;
    if (options.gpu.memoryFraction !== undefined) {
      const fraction = options.gpu.memoryFraction;
      if (!(fraction > 0 && fraction <= 1)) throw invalidArgument(`gpu.memoryFraction must be in (0, 1], got ${fraction}`);
      gpu.perProcessGpuMemoryFraction = fraction;
    }
    config.gpuOptions = gpu;
  }
  Object.assign(config, options.config ?? {});
  return encode('tensorflow.ConfigProto', config);
}

function checkCount(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0) throw invalidArgument(`${what} must be a non-negative integer, got ${value}`);
  return value;
}

/** A device the session can place ops on. */
export interface Device {
  /** Full name, e.g. "/job:localhost/replica:0/task:0/device:CPU:0". */
  name: string;
  /** "CPU", "GPU", ... */
  type: string;
  memoryBytes: number;
}

/** What can be fed: an Output of the session's graph (or its "op:index" name) and a value. */
export type Feeds = Map<Output | string, TensorLike> | Array<[Output | string, TensorLike]> | Record<string, TensorLike>;
export type Fetch = Output | string;

export interface RunOptions {
  /** Serialized tensorflow.RunOptions (e.g. for tracing or a timeout). */
  runOptions?: Uint8Array;
  /** Collect RunMetadata (step stats) into the result's `runMetadata`. */
  collectMetadata?: boolean;
}

export class Session {
  /** @internal */
  readonly handle: NativeSession;
  readonly graph: Graph;

  constructor(graph: Graph, options: SessionOptions = {}, handle?: NativeSession) {
    if (!(graph instanceof Graph)) throw invalidArgument('Session needs a Graph');
    this.graph = graph;
    this.handle = handle ?? new (native().Session)(graph.handle(), configProto(options), options.target ?? null);
  }

  get closed(): boolean {
    return this.handle.closed;
  }

  /**
   * Runs the graph: feeds the given values, computes `fetches`, runs `targets`.
   * Resolves with one Tensor per fetch (the caller owns them). Runs on a worker
   * thread; several runs on one session may be in flight at once.
   */
  async run(feeds: Feeds | null, fetches: Fetch[], targets: Array<Operation | string> = [], options: RunOptions = {}): Promise<Tensor[]> {
    const [nativeFeeds, temporaries, fetchPairs, targetNames] = this.prepare(feeds, fetches, targets);
    try {
      const outputs = await this.handle.run(nativeFeeds, fetchPairs, targetNames, options.runOptions ?? null, options.collectMetadata ?? false);
      return wrapOutputs(outputs);
    } finally {
      for (const temporary of temporaries) temporary.dispose();
    }
  }

  /** Like run, but blocks the event loop until TensorFlow is done. */
  runSync(feeds: Feeds | null, fetches: Fetch[], targets: Array<Operation | string> = [], options: RunOptions = {}): Tensor[] {
    const [nativeFeeds, temporaries, fetchPairs, targetNames] = this.prepare(feeds, fetches, targets);
    try {
      return wrapOutputs(this.handle.runSync(nativeFeeds, fetchPairs, targetNames, options.runOptions ?? null, options.collectMetadata ?? false));
    } finally {
      for (const temporary of temporaries) temporary.dispose();
    }
  }

  private prepare(
    feeds: Feeds | null,
    fetches: Fetch[],
    targets: Array<Operation | string>,
  ): [Array<[string, number, NativeTensor]>, Tensor[], OutputPair[], string[]] {
    if (!Array.isArray(fetches)) throw invalidArgument('fetches must be an array of Outputs or "op:index" names');
    if (!Array.isArray(targets)) throw invalidArgument('targets must be an array of Operations or names');
    const temporaries: Tensor[] = [];
    const nativeFeeds: Array<[string, number, NativeTensor]> = [];
    try {
      for (const [key, value] of feedEntries(feeds)) {
        const output = this.resolve(key, 'feed');
        let tensor: Tensor;
        if (value instanceof Tensor) {
          tensor = value;
        } else {
          // Plain JS values take the dtype of the fed tensor.
          tensor = Tensor.from(value, { dtype: output.dtype as DType });
          temporaries.push(tensor);
        }
        checkFeedShape(output, tensor);
        const [op, index] = output.pair();
        nativeFeeds.push([op, index, tensor.handle]);
      }
    } catch (error) {
      for (const temporary of temporaries) temporary.dispose();
      throw error;
    }
    const fetchPairs = fetches.map((fetch) => this.resolve(fetch, 'fetch').pair());
    const targetNames = targets.map((target) => {
      if (target instanceof Operation) {
        if (target.graph !== this.graph) throw invalidArgument(`target '${target.name}' belongs to another graph`);
        return target.name;
      }
      if (typeof target === 'string') return target;
      throw invalidArgument('targets must be Operations or operation names');
    });
    return [nativeFeeds, temporaries, fetchPairs, targetNames];
  }

  private resolve(key: Output | string, what: string): Output {
    if (key instanceof Output) {
      if (key.graph !== this.graph) throw invalidArgument(`${what} ${key.name} belongs to another graph`);
      return key;
    }
    if (typeof key === 'string') return this.graph.output(key);
    throw invalidArgument(`${what} must be an Output or an "op:index" name`);
  }

  /** The devices this session can use. */
  listDevices(): Device[] {
    return this.handle.listDevices().map(({ name, type, memoryBytes }) => ({ name, type, memoryBytes }));
  }

  /** Closes the session after the runs in flight finish. New runs are refused at once. */
  close(): Promise<void> {
    return this.handle.close();
  }

  /** Closes without waiting: the last run in flight closes the session when it ends. */
  dispose(): void {
    this.handle.dispose();
  }
}

/**
 * TensorFlow's runtime does not check a fed value against the static shape of
 * the tensor it replaces (Python's client does); neither would kernels always
 * notice. Check it here, the same way.
 */
function checkFeedShape(output: Output, tensor: Tensor): void {
  const expected = output.shape;
  if (expected === null) return;
  const actual = tensor.shape;
  const fits = actual.length === expected.length && expected.every((dim, i) => dim < 0 || dim === actual[i]);
  if (!fits) {
    const show = (shape: number[]) => `[${shape.map((d) => (d < 0 ? '?' : d)).join(', ')}]`;
    throw invalidArgument(`cannot feed a value of shape ${show(actual)} to ${output.name}, which has shape ${show(expected)}`);
  }
}

function feedEntries(feeds: Feeds | null): Array<[Output | string, TensorLike]> {
  if (feeds === null || feeds === undefined) return [];
  if (feeds instanceof Map) return [...feeds.entries()];
  if (Array.isArray(feeds)) return feeds;
  if (typeof feeds === 'object') return Object.entries(feeds);
  throw invalidArgument('feeds must be a Map, an array of [output, value] pairs, or an object keyed by "op:index"');
}

function wrapOutputs(outputs: NativeTensor[] & { runMetadata?: Buffer }): Tensor[] & { runMetadata?: Uint8Array } {
  const result: Tensor[] & { runMetadata?: Uint8Array } = outputs.map((handle) => new Tensor(handle));
  if (outputs.runMetadata) result.runMetadata = outputs.runMetadata;
  return result;
}

/** The devices TensorFlow sees in this process (via a throwaway session). */
export function listDevices(options: SessionOptions = {}): Device[] {
  const graph = new Graph();
  const session = new Session(graph, options);
  try {
    return session.listDevices();
  } finally {
    session.dispose();
    graph.dispose();
  }
}
