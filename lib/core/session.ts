/**
 * Session: runs graphs. `run` executes TF_SessionRun on the addon's own threads (not
 * libuv's pool, so a blocked run never starves fs or other runs) and returns a Promise,
 * so Node's event loop keeps turning; `runSync` is opt-in.
 */
import { DType, TYPED_ARRAYS, TypedArray, TypedArrayConstructor } from './dtypes';
import { failedPrecondition, invalidArgument, formatShape } from './errors';
import { Graph, Operation, Output } from './graph';
import { NativeCallable, NativeRunResult, NativeSession, NativeTensor, OutputPair, native } from './library';
import { Tensor, TensorLike } from './tensor';
import { encode } from '../proto';

/** Session settings, mapped onto TensorFlow's ConfigProto. */
export interface SessionOptions {
  /**
   * Threads for one op's inner parallelism (0: TensorFlow picks). TensorFlow sizes this pool once
   * per process, from the first session created: later sessions' values are ignored.
   */
  intraOpThreads?: number;
  /**
   * Threads for running independent ops concurrently (0: TensorFlow picks). -1 runs every
   * op on the thread that called run (no hand-over to a pool; for small graphs, see RunOptions.inline).
   */
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
  /**
   * Time limit of each run in milliseconds (RunOptions.timeout_in_ms; a run past it fails with
   * DeadlineExceededError). Default: none for a local session; REMOTE_RUN_TIMEOUT_MS for a
   * `grpc://` target, where it also bounds session creation and graph transfer
   * (ConfigProto.operation_timeout_in_ms, unless set) — an unreachable server then fails the
   * run instead of hanging it. 0: no limit.
   */
  runTimeoutMs?: number;
}

/** Default runTimeoutMs for sessions with a remote (`grpc://`) target: one minute. */
export const REMOTE_RUN_TIMEOUT_MS = 60000;

/** How long close() and dispose() wait for runs in flight before cancelling them, by default. */
export const CLOSE_GRACE_MS = 5000;

/** Options of Session.close and Session.dispose. */
export interface CloseOptions {
  /**
   * Milliseconds to let runs in flight finish before cancelling them (they then reject with
   * CancelledError); default CLOSE_GRACE_MS, 0 cancels at once, Infinity waits for them.
   */
  cancelAfterMs?: number;
}

/** The run time limit of a session with these options, or 0 for none. */
function runTimeout(options: SessionOptions): number {
  const remote = (options.target ?? '').startsWith('grpc://');
  const timeout = options.runTimeoutMs ?? (remote ? REMOTE_RUN_TIMEOUT_MS : 0);
  if (!Number.isSafeInteger(timeout) || timeout < 0) throw invalidArgument(`runTimeoutMs must be a non-negative integer, got ${timeout}`);
  return timeout;
}

/** Encodes SessionOptions into serialized ConfigProto bytes. */
export function configProto(options: SessionOptions = {}): Uint8Array {
  const config: Record<string, unknown> = {};
  if (options.intraOpThreads !== undefined) config.intraOpParallelismThreads = checkCount(options.intraOpThreads, 'intraOpThreads');
  if (options.interOpThreads !== undefined) {
    config.interOpParallelismThreads = options.interOpThreads === -1 ? -1 : checkCount(options.interOpThreads, 'interOpThreads');
  }
  if (options.allowSoftPlacement !== undefined) config.allowSoftPlacement = options.allowSoftPlacement;
  if (options.logDevicePlacement !== undefined) config.logDevicePlacement = options.logDevicePlacement;
  if (options.deviceCount) config.deviceCount = options.deviceCount;
  if (options.operationTimeoutMs !== undefined) config.operationTimeoutInMs = options.operationTimeoutMs;
  else if ((options.target ?? '').startsWith('grpc://') && runTimeout(options) > 0) config.operationTimeoutInMs = runTimeout(options);
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

/** A run's outputs, one Tensor per fetch; `runMetadata` holds the serialized RunMetadata when `collectMetadata` was set. */
export type RunOutputs = Tensor[] & { runMetadata?: Uint8Array };

export interface RunOptions {
  /** Serialized tensorflow.RunOptions (e.g. for tracing or a timeout). */
  runOptions?: Uint8Array;
  /** Collect RunMetadata (step stats) into the result's `runMetadata`. */
  collectMetadata?: boolean;
  /**
   * Run the graph's ops on the thread that runs the session (the worker thread for `run`,
   * the JS thread for `runSync`) instead of handing each op to TensorFlow's inter-op pool
   * (RunOptions.inter_op_thread_pool = -1). For small graphs (serving one example, a
   * trivial step) this removes the thread hand-overs that cost more than the ops; large
   * graphs lose the parallelism between independent ops (each op still uses the intra-op
   * threads).
   */
  inline?: boolean;
}

/** What a callable feeds, fetches and runs (session.callable). */
export interface CallableSpec {
  /** Tensors fed, in the order their values are passed to run. */
  feeds?: Fetch[];
  fetches?: Fetch[];
  targets?: Array<Operation | string>;
  /** See RunOptions.inline. */
  inline?: boolean;
  /** Serialized tensorflow.RunOptions for every run. */
  runOptions?: Uint8Array;
}

let inlineRunOptions: Uint8Array | null = null;

/**
 * RunOptions bytes for a run: the session's timeout, then inline, then the given ones
 * (serialized protos concatenate as a merge, the last value of a field winning, so the
 * caller's own timeout_in_ms overrides the session's).
 */
function runOptionBytes(runOptions: Uint8Array | undefined, inline: boolean | undefined, timeout: Uint8Array | null): Uint8Array | null {
  const parts: Uint8Array[] = [];
  if (timeout) parts.push(timeout);
  if (inline) parts.push((inlineRunOptions ??= encode('tensorflow.RunOptions', { interOpThreadPool: -1 })));
  if (runOptions) parts.push(runOptions);
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0];
  const merged = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    merged.set(part, offset);
    offset += part.length;
  }
  return merged;
}

function graceArgument(options: CloseOptions): number {
  const grace = options.cancelAfterMs ?? CLOSE_GRACE_MS;
  if (typeof grace !== 'number' || !(grace >= 0)) throw invalidArgument(`cancelAfterMs must be a number >= 0, got ${String(grace)}`);
  return grace;
}

export class Session {
  /** @internal */
  readonly handle: NativeSession;
  readonly graph: Graph;
  /** Serialized RunOptions with this session's timeout_in_ms, put before each run's own. */
  private readonly timeoutOptions: Uint8Array | null;

  constructor(graph: Graph, options: SessionOptions = {}, handle?: NativeSession) {
    if (!(graph instanceof Graph)) throw invalidArgument('Session needs a Graph');
    this.graph = graph;
    const timeout = runTimeout(options);
    this.timeoutOptions = timeout > 0 ? encode('tensorflow.RunOptions', { timeoutInMs: timeout }) : null;
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
  async run(feeds: Feeds | null, fetches: Fetch[], targets: Array<Operation | string> = [], options: RunOptions = {}): Promise<RunOutputs> {
    const [nativeFeeds, temporaries, fetchPairs, targetNames] = this.prepare(feeds, fetches, targets);
    try {
      const outputs = await this.handle.run(
        nativeFeeds,
        fetchPairs,
        targetNames,
        runOptionBytes(options.runOptions, options.inline, this.timeoutOptions),
        options.collectMetadata ?? false,
      );
      return wrapOutputs(outputs);
    } finally {
      for (const temporary of temporaries) temporary.dispose();
    }
  }

  /** Like run, but blocks the event loop until TensorFlow is done. */
  runSync(feeds: Feeds | null, fetches: Fetch[], targets: Array<Operation | string> = [], options: RunOptions = {}): RunOutputs {
    const [nativeFeeds, temporaries, fetchPairs, targetNames] = this.prepare(feeds, fetches, targets);
    try {
      return wrapOutputs(
        this.handle.runSync(
          nativeFeeds,
          fetchPairs,
          targetNames,
          runOptionBytes(options.runOptions, options.inline, this.timeoutOptions),
          options.collectMetadata ?? false,
        ),
      );
    } finally {
      for (const temporary of temporaries) temporary.dispose();
    }
  }

  /**
   * A callable: these feeds, fetches and targets resolved once, for running the same step
   * many times (a training step, a serving signature). Its runs take only the fed values, in
   * the order of `spec.feeds`, and skip the per-run name lookups.
   */
  callable(spec: CallableSpec): Callable {
    const feeds = (spec.feeds ?? []).map((feed) => this.resolve(feed, 'feed'));
    const fetches = (spec.fetches ?? []).map((fetch) => this.resolve(fetch, 'fetch'));
    const targets = this.targetNames(spec.targets ?? []);
    const handle = this.handle.makeCallable(
      feeds.map((f) => f.pair()),
      fetches.map((f) => f.pair()),
      targets,
      runOptionBytes(spec.runOptions, spec.inline, this.timeoutOptions),
    );
    return new Callable(handle, feeds, fetches);
  }

  private targetNames(targets: Array<Operation | string>): string[] {
    if (!Array.isArray(targets)) throw invalidArgument('targets must be an array of Operations or names');
    return targets.map((target) => {
      if (target instanceof Operation) {
        if (target.graph !== this.graph) throw invalidArgument(`target '${target.name}' belongs to another graph`);
        return target.name;
      }
      if (typeof target === 'string') return target;
      throw invalidArgument('targets must be Operations or operation names');
    });
  }

  private prepare(
    feeds: Feeds | null,
    fetches: Fetch[],
    targets: Array<Operation | string>,
  ): [Array<[string, number, NativeTensor]>, Tensor[], OutputPair[], string[]] {
    if (!Array.isArray(fetches)) throw invalidArgument('fetches must be an array of Outputs or "op:index" names');
    const temporaries: Tensor[] = [];
    const nativeFeeds: Array<[string, number, NativeTensor]> = [];
    try {
      for (const [key, value] of feedEntries(feeds)) {
        const output = this.resolve(key, 'feed');
        const tensor = feedTensor(output, value, temporaries);
        const [op, index] = output.pair();
        nativeFeeds.push([op, index, tensor.handle]);
      }
    } catch (error) {
      for (const temporary of temporaries) temporary.dispose();
      throw error;
    }
    const fetchPairs = fetches.map((fetch) => this.resolve(fetch, 'fetch').pair());
    const targetNames = this.targetNames(targets);
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

  /**
   * Closes the session. New runs are refused at once; runs in flight get `cancelAfterMs`
   * (default CLOSE_GRACE_MS) to finish, then are cancelled (they reject with CancelledError:
   * a run blocked on a queue or a remote call ends instead of holding the close forever).
   */
  close(options: CloseOptions = {}): Promise<void> {
    return this.handle.close(graceArgument(options));
  }

  /** Closes without waiting, in the background, the same way as close(). */
  dispose(options: CloseOptions = {}): void {
    this.handle.dispose(graceArgument(options));
  }
}

/** A session step with its feeds, fetches and targets resolved once (Session.callable). */
export class Callable {
  /** @internal */
  readonly handle: NativeCallable;
  readonly feeds: readonly Output[];
  readonly fetches: readonly Output[];

  /** @internal */
  constructor(handle: NativeCallable, feeds: Output[], fetches: Output[]) {
    this.handle = handle;
    this.feeds = feeds;
    this.fetches = fetches;
  }

  /**
   * Runs on a worker thread; `values` in the order of the callable's feeds. The caller owns the
   * results. With `into` (one typed array per fetch, of the fetch's dtype and exact size, or
   * null), outputs are copied into those arrays and no Tensor is made for them: the result is
   * `into` itself, with Tensors in its null slots' places.
   */
  run(values: TensorLike[], options?: { collectMetadata?: boolean }): Promise<Tensor[]>;
  run(values: TensorLike[], options: IntoOptions): Promise<Array<Tensor | TypedArray>>;
  async run(values: TensorLike[], options: IntoOptions | { collectMetadata?: boolean } = {}): Promise<Array<Tensor | TypedArray>> {
    const into = this.checkInto((options as IntoOptions).into);
    const [handles, temporaries] = this.prepare(values);
    try {
      const outputs = await this.handle.run(handles, options.collectMetadata ?? false, into);
      return into ? mergeInto(into, outputs) : wrapOutputs(outputs!);
    } finally {
      for (const temporary of temporaries) temporary.dispose();
    }
  }

  /** Like run, but blocks the event loop until TensorFlow is done. */
  runSync(values: TensorLike[], options?: { collectMetadata?: boolean }): Tensor[];
  runSync(values: TensorLike[], options: IntoOptions): Array<Tensor | TypedArray>;
  runSync(values: TensorLike[], options: IntoOptions | { collectMetadata?: boolean } = {}): Array<Tensor | TypedArray> {
    const into = this.checkInto((options as IntoOptions).into);
    const [handles, temporaries] = this.prepare(values);
    try {
      const outputs = this.handle.runSync(handles, options.collectMetadata ?? false, into);
      return into ? mergeInto(into, outputs) : wrapOutputs(outputs!);
    } finally {
      for (const temporary of temporaries) temporary.dispose();
    }
  }

  /**
   * Binds the fed Tensors (in the order of the feeds; their shapes checked here, once) and,
   * optionally, typed arrays for the outputs: the returned BoundRun's `runSync()` feeds exactly
   * these tensors (write new values into their views: `Tensor.empty(dtype, shape).view()`) and
   * copies the outputs into the arrays, with no argument conversion or checks per run, as a C
   * program reusing its TF_Tensors. The tensors stay pinned until the BoundRun is disposed;
   * disposing one of them makes later runs throw.
   */
  bind(values: Tensor[], options: { into?: Array<TypedArray | null> } = {}): BoundRun {
    if (!Array.isArray(values)) throw invalidArgument('callable.bind takes an array of Tensors, one per feed');
    if (values.length !== this.feeds.length) {
      throw invalidArgument(
        `the callable feeds ${this.feeds.length} tensor(s) (${this.feeds.map((f) => f.name).join(', ')}), got ${values.length}`,
      );
    }
    values.forEach((value, i) => {
      if (!(value instanceof Tensor)) throw invalidArgument(`callable.bind: value ${i} (for ${this.feeds[i].name}) must be a Tensor`);
      if (value.disposed) throw failedPrecondition(`callable.bind: value ${i} (for ${this.feeds[i].name}): the Tensor has been disposed`);
      checkFeedShape(this.feeds[i], value);
    });
    const into = this.checkInto(options.into);
    return new BoundRun(this, [...values], into ? [...into] : undefined);
  }

  /** The typed-array class each fetch's values fit (null for strings and handles), made once. */
  private fetchArrays?: Array<TypedArrayConstructor | null>;

  private checkInto(into: IntoOptions['into'] | undefined): Array<TypedArray | null> | undefined {
    if (into === undefined || into === null) return undefined;
    if (!Array.isArray(into)) throw invalidArgument('into must be an array with one typed array (or null) per fetch');
    if (into.length !== this.fetches.length) {
      throw invalidArgument(
        `into has ${into.length} entries; the callable fetches ${this.fetches.length} (${this.fetches.map((f) => f.name).join(', ')})`,
      );
    }
    const arrays = (this.fetchArrays ??= this.fetches.map((f) => TYPED_ARRAYS[f.dtype as DType] ?? null));
    for (let i = 0; i < into.length; i++) {
      const target = into[i];
      if (target === null || target === undefined) continue;
      const expected = arrays[i];
      if (!expected)
        throw invalidArgument(
          `into[${i}]: ${this.fetches[i].name} is a ${this.fetches[i].dtype} output, which has no typed array; pass null there`,
        );
      if (!(target instanceof expected)) {
        const got = typeof target === 'object' && target !== null ? ((target as object).constructor?.name ?? 'an object') : typeof target;
        throw invalidArgument(`into[${i}] is ${got}; ${this.fetches[i].name} is ${this.fetches[i].dtype}, written into a ${expected.name}`);
      }
    }
    return into as Array<TypedArray | null>;
  }

  private prepare(values: TensorLike[]): [NativeTensor[], Tensor[]] {
    if (!Array.isArray(values)) throw invalidArgument('a callable takes an array of values, one per feed');
    if (values.length !== this.feeds.length) {
      throw invalidArgument(
        `the callable feeds ${this.feeds.length} tensor(s) (${this.feeds.map((f) => f.name).join(', ')}), got ${values.length}`,
      );
    }
    const handles: NativeTensor[] = new Array(values.length);
    const temporaries: Tensor[] = [];
    try {
      for (let i = 0; i < values.length; i++) handles[i] = feedTensor(this.feeds[i], values[i], temporaries).handle;
    } catch (error) {
      for (const temporary of temporaries) temporary.dispose();
      throw error;
    }
    return [handles, temporaries];
  }
}

/**
 * A callable with its feeds and output arrays bound once (Callable.bind): the cheapest way to
 * run one small graph many times (bench (d)).
 */
export class BoundRun {
  private handle: NativeCallable | null;
  private readonly result: Array<TypedArray | null> | undefined;

  /** @internal */
  constructor(
    private readonly callable: Callable,
    private readonly values: Tensor[],
    into: Array<TypedArray | null> | undefined,
  ) {
    this.result = into;
    const bind = callable.handle.bind;
    // An addon built before bound runs: each run goes through callable.runSync.
    this.handle = bind
      ? bind.call(
          callable.handle,
          values.map((v) => v.handle),
          into,
        )
      : null;
    this.run = this.handle ? (this.handle.runner?.() ?? this.handle.runBound!.bind(this.handle)) : null;
  }
  private readonly run: (() => NativeRunResult | undefined) | null;

  /**
   * One run, blocking the event loop: the outputs written into the bound arrays (the result is
   * that array, with Tensors, owned by the caller, where it had null), or all as new Tensors.
   */
  runSync(): Array<Tensor | TypedArray> {
    const handle = this.handle;
    if (handle === null) {
      if (this.disposed) throw failedPrecondition('the bound run has been disposed');
      return this.result ? this.callable.runSync(this.values, { into: this.result }) : this.callable.runSync(this.values);
    }
    const outputs = this.run!();
    if (!this.result) return wrapOutputs(outputs!);
    return outputs === undefined ? (this.result as TypedArray[]) : mergeInto(this.result, outputs);
  }

  /** Releases the bound tensors and arrays; later runs throw. */
  dispose(): void {
    this.disposed = true;
    this.handle?.unbind!();
  }
  private disposed = false;
}

/**
 * The tensor fed to `output`: a Tensor as it is, a plain JS value converted to the output's
 * dtype (added to `temporaries`, for the caller to dispose); its shape checked either way.
 */
function feedTensor(output: Output, value: TensorLike, temporaries: Tensor[]): Tensor {
  let tensor: Tensor;
  if (value instanceof Tensor) {
    tensor = value;
  } else {
    tensor = Tensor.from(value, { dtype: output.dtype as DType });
    temporaries.push(tensor);
  }
  checkFeedShape(output, tensor);
  return tensor;
}

/**
 * TensorFlow's runtime does not check a fed value against the static shape of
 * the tensor it replaces (Python's client does); neither would kernels always
 * notice. Check it here, the same way.
 */
function checkFeedShape(output: Output, tensor: Tensor): void {
  const expected = output.shape;
  if (expected === null) return;
  const actual = tensor.shapeView();
  const fits = actual.length === expected.length && expected.every((dim, i) => dim < 0 || dim === actual[i]);
  if (!fits) {
    const show = (shape: readonly number[]) => formatShape(shape);
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

/** Options of a callable run that writes its outputs into caller buffers. */
export interface IntoOptions {
  collectMetadata?: boolean;
  /** One typed array per fetch (its dtype's class, exactly the output's size), or null for a Tensor. */
  into: Array<TypedArray | null>;
}

/** The result of a run with `into`: the buffers, with Tensors where into had null. */
function mergeInto(
  into: Array<TypedArray | null>,
  outputs: (NativeTensor[] & { runMetadata?: Buffer }) | undefined,
): Array<Tensor | TypedArray> & { runMetadata?: Uint8Array } {
  if (!outputs) return into as TypedArray[];
  const result: Array<Tensor | TypedArray> & { runMetadata?: Uint8Array } = into.map((target, i) => {
    if (!target) return new Tensor(outputs[i]);
    // An addon built before `into` returns every output as a tensor: copy it here.
    if (outputs[i]) copyInto(target, new Tensor(outputs[i]), i);
    return target;
  });
  if (outputs.runMetadata) result.runMetadata = outputs.runMetadata;
  return result;
}

function copyInto(target: TypedArray, tensor: Tensor, i: number): void {
  try {
    const bytes = new Uint8Array(tensor.handle.data());
    if (bytes.byteLength !== target.byteLength) {
      throw invalidArgument(
        `output ${i} has shape [${tensor.shape.join(', ')}] (${bytes.byteLength} bytes) but into[${i}] holds ${target.byteLength} bytes`,
      );
    }
    new Uint8Array(target.buffer, target.byteOffset, target.byteLength).set(bytes);
  } finally {
    tensor.dispose();
  }
}

function wrapOutputs(outputs: NativeTensor[] & { runMetadata?: Buffer }): RunOutputs {
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

/** A graph and session TensorFlow's SavedModel loader built, with the MetaGraphDef it loaded (serialized). */
export interface LoadedSession {
  graph: Graph;
  session: Session;
  metaGraphDef: Uint8Array;
}

/**
 * Runs TensorFlow's own SavedModel loader (LoadSavedModel: import, restore, init op) on `dir` for
 * `tags`, on the libuv pool. No checks of its own: lib/saved-model checks the model before calling
 * this. `runOptions` is a serialized RunOptions for the restore and init runs.
 */
export async function loadSavedModelSession(
  dir: string,
  tags: string[],
  options: SessionOptions = {},
  runOptions: Uint8Array | null = null,
): Promise<LoadedSession> {
  const loaded = await native().Session.loadSavedModel(dir, tags, configProto(options), runOptions);
  const graph = new Graph(loaded.graph);
  return { graph, session: new Session(graph, {}, loaded.session), metaGraphDef: loaded.metaGraphDef };
}
