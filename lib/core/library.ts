/**
 * Finds libtensorflow and the native addon, and binds them together. The addon
 * opens libtensorflow at run time (dlopen) from the path resolved here, so the
 * same addon binary serves any TensorFlow 2.x C library, CPU or GPU.
 */
import * as fs from 'fs';
import * as path from 'path';
import { makeError } from './errors';

/** The native addon's surface, as lib/core uses it. */
export interface NativeBinding {
  load(libraryPath: string): string;
  isLoaded(): boolean;
  libraryPath(): string;
  version(): string;
  allOpList(): Buffer;
  dataTypeSize(dtype: number): number;
  setErrorFactory(factory: (code: string, message: string) => Error): void;
  Tensor: new (dtype: number, shape: number[], data: unknown) => NativeTensor;
  Graph: new () => NativeGraph;
  Server: new (serverDef: Uint8Array) => NativeServer;
  Session: {
    new (graph: NativeGraph, config: Uint8Array | null, target: string | null): NativeSession;
    loadSavedModel(
      dir: string,
      tags: string[],
      config: Uint8Array | null,
      runOptions: Uint8Array | null,
    ): Promise<{ graph: NativeGraph; session: NativeSession; metaGraphDef: Buffer }>;
  };
}

export interface NativeServer {
  readonly target: string;
  readonly started: boolean;
  readonly disposed: boolean;
  start(): void;
  stop(): void;
  join(): Promise<void>;
  dispose(): void;
}

export interface NativeTensor {
  readonly dtype: number;
  readonly shape: number[];
  readonly byteLength: number;
  readonly disposed: boolean;
  data(): ArrayBuffer;
  strings(): Buffer[];
  /** Frees the tensor; detaches `view` first if it is this tensor's view(). */
  dispose(view?: ArrayBuffer): void;
  /** An ArrayBuffer over the tensor's own memory (tensors made from JS only). */
  view(): ArrayBuffer;
  /** The same memory in another shape. */
  reshape(shape: number[]): NativeTensor;
}

export type OutputPair = [string, number];

export interface NativeOperationSpec {
  type: string;
  name: string;
  device?: string;
  inputs?: Array<OutputPair | OutputPair[]>;
  controlInputs?: string[];
  colocateWith?: string[];
  attrs?: Array<[string, string, unknown]>;
}

export interface NativeOperationInfo {
  name: string;
  type: string;
  device: string;
  numInputs: number;
  numOutputs: number;
  outputTypes: number[];
  numControlInputs: number;
}

export interface NativeGraph {
  readonly disposed: boolean;
  addOperation(spec: NativeOperationSpec): string;
  operationInfo(name: string): NativeOperationInfo | null;
  operationInputs(name: string): { inputs: OutputPair[]; controlInputs: string[] };
  operationNames(): string[];
  outputShape(output: OutputPair): number[] | null;
  attrValueProto(op: string, attr: string): Buffer;
  nodeDef(op: string): Buffer;
  opDef(type: string): Buffer;
  toGraphDef(): Buffer;
  addFunction(
    body: NativeGraph,
    spec: {
      name: string;
      operations: string[] | null;
      inputs: OutputPair[];
      outputs: OutputPair[];
      outputNames?: string[];
      controlOutputs: string[];
      description?: string;
      attrs?: Array<[string, Uint8Array]>;
    },
  ): Buffer;
  importGraphDef(
    graphDef: Uint8Array,
    options: {
      prefix?: string;
      defaultDevice?: string;
      uniquifyNames?: boolean;
      inputMap?: Array<[string, number, OutputPair]>;
      returnOutputs?: OutputPair[];
      returnOperations?: string[];
    },
  ): { outputs: OutputPair[]; operations: string[]; missingUnusedInputMappings: OutputPair[] };
  addGradients(prefix: string | null, ys: OutputPair[], xs: OutputPair[], dx: OutputPair[] | null): Array<OutputPair | null>;
  dispose(): void;
}

export interface NativeDevice {
  name: string;
  type: string;
  memoryBytes: number;
  incarnation: bigint;
}

export type NativeRunResult = NativeTensor[] & { runMetadata?: Buffer };

export interface NativeSession {
  readonly closed: boolean;
  run(
    feeds: Array<[string, number, NativeTensor]>,
    fetches: OutputPair[],
    targets: string[],
    runOptions?: Uint8Array | null,
    wantMetadata?: boolean,
  ): Promise<NativeRunResult>;
  runSync(
    feeds: Array<[string, number, NativeTensor]>,
    fetches: OutputPair[],
    targets: string[],
    runOptions?: Uint8Array | null,
    wantMetadata?: boolean,
  ): NativeRunResult;
  /** Resolves feeds, fetches and targets once; the callable's runs take only the fed tensors. */
  makeCallable(feeds: OutputPair[], fetches: OutputPair[], targets: string[], runOptions?: Uint8Array | null): NativeCallable;
  listDevices(): NativeDevice[];
  close(cancelAfterMs?: number | null): Promise<void>;
  dispose(cancelAfterMs?: number | null): void;
}

export interface NativeCallable {
  /** With `into` (one typed array or null per fetch): undefined when every output was written, else the unwritten ones as Tensors. */
  run(tensors: NativeTensor[], wantMetadata?: boolean, into?: Array<unknown>): Promise<NativeRunResult | undefined>;
  runSync(tensors: NativeTensor[], wantMetadata?: boolean, into?: Array<unknown>): NativeRunResult | undefined;
  /** A callable of the same spec with these feeds and output arrays bound (absent on an addon built before bound runs). */
  bind?(tensors: NativeTensor[], into?: Array<unknown>): NativeCallable;
  /** One synchronous run of a bound callable: undefined when every output went into its array. */
  runBound?(): NativeRunResult | undefined;
  unbind?(): void;
  /** A function doing runBound() without a method call's check of `this` (absent on older addons). */
  runner?(): () => NativeRunResult | undefined;
}

/** Where a libtensorflow candidate came from, for messages and `hydra-tf doctor`. */
export interface LibraryLocation {
  path: string;
  source: 'LIBTENSORFLOW_PATH' | 'HYDRA_TF_LIBRARY' | 'deps' | 'package';
  /** What provided it: `@hydra-tf/libtensorflow-linux-x64@2.21.0`, `wheel 2.21.0`, `archive <file>`, ... */
  origin?: string;
}

/** The hydra-tf package root (holds package.json), from source or from dist/. */
export function packageRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if (JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'hydra-tf') return dir;
      } catch {
        // unreadable package.json: keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`hydra-tf: cannot find the package root above ${__dirname}`);
    dir = parent;
  }
}

interface Locator {
  resolveLibrary(options: { env?: NodeJS.ProcessEnv; root?: string }): { location: LibraryLocation } | { tried: string[] };
  platformPackageName(): string;
}

/** scripts/libtensorflow/locate.js: the one resolution order, shared with the install step (plain CommonJS). */
function locator(root: string): Locator {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(root, 'scripts', 'libtensorflow', 'locate.js')) as Locator;
}

/** npm name of the package that carries libtensorflow for this platform (scripts/pack-libtensorflow.js). */
export function platformPackageName(): string {
  return locator(packageRoot()).platformPackageName();
}

/**
 * Resolves the libtensorflow to load, first found wins (scripts/libtensorflow/locate.js documents
 * the order): `HYDRA_TF_LIBRARY`, `LIBTENSORFLOW_PATH`, an explicit install-time choice in
 * deps/libtensorflow, the platform package `@hydra-tf/libtensorflow-<platform>-<arch>`, the wheel
 * in deps/libtensorflow. `options.env` and `options.root` (the hydra-tf package root) are for tests.
 */
export function resolveLibrary(options: { env?: NodeJS.ProcessEnv; root?: string } = {}): LibraryLocation {
  const root = options.root ?? packageRoot();
  // The locator ships with the package that runs this file; a test's fake root holds none.
  const result = locator(packageRoot()).resolveLibrary({ env: options.env ?? process.env, root });
  if ('location' in result) return result.location;
  throw makeError(
    'NOT_FOUND',
    `hydra-tf: cannot find libtensorflow. Tried:\n  - ${result.tried.join('\n  - ')}\n` +
      `Install hydra-tf with its optional dependencies (npm installs ${platformPackageName()} with it where it ` +
      'is published), or run `npm install` in hydra-tf (it fetches TensorFlow 2.21 from the official tensorflow-cpu ' +
      'wheel; if npm skipped it: `npm install-scripts approve hydra-tf && npm rebuild hydra-tf`), ' +
      'or `npx hydra-tf setup`, or set LIBTENSORFLOW_PATH to a directory with lib/ and include/.',
  );
}

let binding: NativeBinding | null = null;
let location: LibraryLocation | null = null;

/** The native addon with libtensorflow loaded; loads both on first use. */
export function native(): NativeBinding {
  if (binding) return binding;
  // TensorFlow logs INFO lines (graph passes, CPU features) to stderr by default;
  // keep warnings and errors unless the user chose a level.
  if (process.env.TF_CPP_MIN_LOG_LEVEL === undefined) process.env.TF_CPP_MIN_LOG_LEVEL = '1';
  const root = packageRoot();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = require('node-gyp-build') as (dir: string) => NativeBinding;
  let addon: NativeBinding;
  try {
    // HYDRA_TF_ADDON names another build of the addon (the sanitizer build that `npm test` checks).
    const override = process.env.HYDRA_TF_ADDON;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    addon = override ? (require(path.resolve(override)) as NativeBinding) : load(root);
  } catch (error) {
    throw makeError(
      'NOT_FOUND',
      `hydra-tf: the native addon is not built (${(error as Error).message.split('\n')[0]}). ` +
        'Run `npm install`, or `npm run build:native`.',
    );
  }
  addon.setErrorFactory(makeError);
  const resolved = resolveLibrary();
  addon.load(resolved.path);
  location = resolved;
  binding = addon;
  return addon;
}

/** The loaded TensorFlow's version string, e.g. "2.21.0". */
export function version(): string {
  return native().version();
}

/** Where the loaded libtensorflow came from. */
export function libraryLocation(): LibraryLocation {
  native();
  return location as LibraryLocation;
}
