/**
 * savedModel.load: a SavedModel from Python TensorFlow (Keras `model.export()`,
 * `tf.saved_model.save`, TF1 `simple_save`/builder) or from hydra-tf, ready to run.
 *
 * Order of work, so nothing of an unchecked graph ever runs:
 *  1. saved_model.pb is read (regular files only, within size limits: reader.ts) and decoded
 *     here, and the MetaGraph for the tags chosen;
 *  2. its ops (graph and function library) are checked against the loaded library's op registry
 *     (compat.ts; recursive function calls are refused) and, for `trust: 'untrusted'`, against
 *     the allow-list rules (trust.ts); the variable and asset files are opened and checked
 *     (model-files.ts);
 *  3. trusted: TensorFlow loads the directory itself. Untrusted: the checked MetaGraph is
 *     re-encoded and written, with the variable and asset files read once from the descriptors
 *     opened in 2, into a private 0700 copy; TensorFlow loads that copy, which is deleted after.
 *     So TensorFlow parses exactly the message that was checked (a field written twice cannot
 *     hide nodes), and nothing swapped into the original directory meanwhile is ever read;
 *  4. only then TF_LoadSessionFromSavedModel runs, on the libuv pool. It is TensorFlow's own C++
 *     loader (LoadSavedModel), and it does what Python's loader does: imports the graph, creates
 *     the session, runs saver_def.restore_op_name with <dir>/variables/variables fed to the
 *     saver's filename tensor, feeds asset paths, then runs the init op, found the way Python's
 *     loader_impl.get_init_op finds it: the `__saved_model_init_op` signature (TF2 exports: it
 *     initialises lookup tables), else the `saved_model_main_op` collection, else
 *     `legacy_init_op` (TF1 simple_save). The tests check each path with a lookup table that
 *     only the init op fills.
 *  5. the MetaGraphDef TensorFlow returns is decoded here for the signatures.
 */
import * as path from 'path';
import {
  Callable,
  Graph,
  LoadedSession,
  Session,
  SessionOptions,
  Tensor,
  TensorFlowError,
  failedPrecondition,
  invalidArgument,
  loadSavedModelSession,
  makeError,
  durable,
} from '../core';
import { decode, encode } from '../proto';
import type { MetaGraphDef } from '../proto';
import { checkOpCompatibility } from './compat';
import { GraphIndex } from './graph-index';
import { ModelFile, PrivateCopy, closeModelFiles, hashModelFile, openModelFiles, writePrivateCopy } from './model-files';
import { ReadLimits, VARIABLES_DIR, VARIABLES_PREFIX, readSavedModel, resolveLimits, selectMetaGraph, tagsOf } from './reader';
import { DEFAULT_SIGNATURE, Signature, SignatureInput, describeShape, findSignature, parseSignatures, prepareFeeds } from './signatures';
import { checkUntrusted, mergedFieldViolations } from './trust';

/** 'trusted' runs what the SavedModel holds (as Python does); 'untrusted' admits only ops on the allow-list, and loads a checked private copy. */
export type Trust = 'trusted' | 'untrusted';

export interface LoadOptions {
  /** The MetaGraph's tag set. Default: the only MetaGraph, else the one tagged ["serve"]. */
  tags?: string[];
  /** Default 'trusted'. See trust.ts (and docs/saved-models.md, "Untrusted SavedModels") for what 'untrusted' admits. */
  trust?: Trust;
  /** Size limits for the files read (saved_model.pb 1 GiB, all files 64 GiB, 10000 assets by default). */
  limits?: ReadLimits;
  /** Where an untrusted load writes its private copy (default: the OS temporary directory). */
  scratchDir?: string;
  /** Options of the session the model runs in (threads, devices, ...). */
  session?: SessionOptions;
  /** Serialized tensorflow.RunOptions for the restore and init runs. */
  runOptions?: Uint8Array;
  /**
   * Default of RunSignatureOptions.inline for this model's runs: run each signature's ops on the
   * worker thread that runs it, without TensorFlow's inter-op pool (see Session's
   * RunOptions.inline). Default: true for models whose variables total at most
   * INLINE_MAX_VARIABLE_BYTES (the hand-over of each op to the pool then costs more than any
   * parallelism between ops gains), false for larger ones. `LoadedModel.inline` says which.
   */
  inline?: boolean;
}

/**
 * Models whose variable files total at most this many bytes (16 MiB: ~4M float32 weights) run
 * inline unless told otherwise. Below it every op is short, so handing each to TensorFlow's
 * inter-op pool and waking a thread for it costs more than running independent ops at once saves
 * (bench (c): batch-1 p50 about 2x lower inline); each op still uses the intra-op threads.
 */
export const INLINE_MAX_VARIABLE_BYTES = 16 * 2 ** 20;

export interface RunSignatureOptions {
  /** Only these outputs (default: all of the signature's outputs). */
  outputs?: string[];
  /** Run the ops on the calling worker thread (RunOptions.inline); default: the load option `inline`. */
  inline?: boolean;
}

/** A SavedModel loaded into its own graph and session. */
export class LoadedModel {
  /** Callable signatures by name (TensorFlow's internal `__saved_model_*` entries are left out). */
  readonly signatures: Record<string, Signature>;
  /** The TensorFlow version the SavedModel was saved with ('' if it does not say). */
  readonly tensorflowVersion: string;
  private readonly defaults: Map<string, Set<string>>;

  /** @internal Use savedModel.load. */
  constructor(
    /** Absolute path of the SavedModel directory. */
    readonly dir: string,
    /** The tag set of the loaded MetaGraph. */
    readonly tags: string[],
    readonly graph: Graph,
    readonly session: Session,
    /** The MetaGraphDef TensorFlow loaded, decoded. */
    readonly metaGraphDef: MetaGraphDef,
    /** Whether runs are inline unless a run says otherwise (LoadOptions.inline, or chosen from the model's size). */
    readonly inline = false,
    /**
     * SHA-256 (hex) of the saved_model.pb and variables/variables.index bytes this load read (null:
     * no variables), for cache keys: they describe what was loaded, without reading the files again.
     */
    readonly digests: { savedModelSha256: string; variablesIndexSha256: string | null } = {
      savedModelSha256: '',
      variablesIndexSha256: null,
    },
  ) {
    this.signatures = parseSignatures(metaGraphDef.signatureDef);
    this.tensorflowVersion = metaGraphDef.metaInfoDef?.tensorflowVersion ?? '';
    this.defaults = new Map(
      Object.entries(metaGraphDef.signatureDef ?? {}).map(([name, def]) => [name, new Set(Object.keys(def.defaults ?? {}))]),
    );
  }

  /** True once dispose() or close() was called. */
  get disposed(): boolean {
    return this.session.closed;
  }

  /**
   * Runs a signature (default "serving_default") on the libuv pool. Inputs are Tensors or plain
   * values (nested arrays, typed arrays, scalars, strings), converted with the signature's
   * dtype. Resolves with one Tensor per output, keyed by output name; the caller owns them.
   */
  run(inputs: Record<string, SignatureInput>, options?: RunSignatureOptions): Promise<Record<string, Tensor>>;
  run(signatureName: string, inputs: Record<string, SignatureInput>, options?: RunSignatureOptions): Promise<Record<string, Tensor>>;
  async run(
    nameOrInputs: string | Record<string, SignatureInput>,
    inputsOrOptions?: Record<string, SignatureInput> | RunSignatureOptions,
    maybeOptions?: RunSignatureOptions,
  ): Promise<Record<string, Tensor>> {
    const named = typeof nameOrInputs === 'string';
    const name = named ? (nameOrInputs as string) : DEFAULT_SIGNATURE;
    const inputs = (named ? inputsOrOptions : nameOrInputs) as Record<string, SignatureInput>;
    const options = ((named ? maybeOptions : inputsOrOptions) ?? {}) as RunSignatureOptions;
    if (this.disposed) throw failedPrecondition(`the SavedModel ${this.dir} has been disposed`);
    const signature = findSignature(this.signatures, name, `SavedModel ${this.dir}`);
    const outputNames = this.outputNames(signature, options);
    const { feeds, temporaries } = prepareFeeds(signature, inputs, this.defaults.get(name) ?? new Set());
    try {
      let results: Tensor[];
      try {
        const callable = this.callableFor(
          signature,
          feeds.map(([tensorName]) => tensorName),
          outputNames,
          options.inline ?? this.inline,
        );
        results = await callable.run(feeds.map(([, tensor]) => tensor));
      } catch (error) {
        if (error instanceof TensorFlowError)
          throw makeError(error.code, `signature "${name}" of SavedModel ${this.dir}: ${error.message}`);
        throw error;
      }
      const outputs: Record<string, Tensor> = {};
      outputNames.forEach((key, i) => (outputs[key] = results[i]));
      return outputs;
    } finally {
      for (const temporary of temporaries) temporary.dispose();
    }
  }

  /** One callable per signature, fed inputs, fetched outputs and inline choice: names resolved once. */
  private callableFor(signature: Signature, feedNames: string[], outputNames: string[], inline: boolean): Callable {
    const key = JSON.stringify([signature.name, feedNames, outputNames, inline]);
    let callable = this.callables.get(key);
    if (!callable) {
      callable = this.session.callable({ feeds: feedNames, fetches: outputNames.map((k) => signature.outputs[k].tensorName), inline });
      this.callables.set(key, callable);
    }
    return callable;
  }
  private readonly callables = new Map<string, Callable>();

  private outputNames(signature: Signature, options: RunSignatureOptions): string[] {
    const all = Object.keys(signature.outputs);
    const chosen = options.outputs ?? all;
    if (!Array.isArray(chosen)) throw invalidArgument('options.outputs must be an array of output names');
    for (const key of chosen) {
      const spec = Object.prototype.hasOwnProperty.call(signature.outputs, key) ? signature.outputs[key] : undefined;
      if (!spec)
        throw invalidArgument(
          `signature "${signature.name}" has no output "${key}" (its outputs are ${all.map((k) => `"${k}"`).join(', ')})`,
        );
      if (spec.composite) {
        throw new TensorFlowError(
          'UNIMPLEMENTED',
          `signature "${signature.name}" output "${key}" is a ${spec.composite} tensor; hydra-tf fetches dense tensors only (choose others with { outputs })`,
        );
      }
    }
    return chosen;
  }

  /** A one-line summary per signature, e.g. `serving_default(x: float32 [?, 3]) -> (y: float32 [?, 2])`. */
  describe(): string {
    const side = (specs: Signature['inputs']) =>
      Object.values(specs)
        .map((s) => `${s.name}: ${s.dtype} ${describeShape(s.shape)}`)
        .join(', ');
    return Object.values(this.signatures)
      .map((s) => `${s.name}(${side(s.inputs)}) -> (${side(s.outputs)})`)
      .join('\n');
  }

  /** Frees the session and graph now; runs in flight finish first, in the background. */
  dispose(): void {
    this.session.dispose();
    this.graph.dispose();
  }

  /** Closes the session after the runs in flight, then frees the graph. */
  async close(): Promise<void> {
    await this.session.close();
    this.graph.dispose();
  }
}

function checkOptions(options: LoadOptions): Trust {
  if (options === null || typeof options !== 'object') throw invalidArgument('load options must be an object');
  const trust = options.trust ?? 'trusted';
  if (trust !== 'trusted' && trust !== 'untrusted')
    throw invalidArgument(`trust must be 'trusted' or 'untrusted', got ${JSON.stringify(trust)}`);
  if (options.inline !== undefined && typeof options.inline !== 'boolean')
    throw invalidArgument(`inline must be a boolean, got ${JSON.stringify(options.inline)}`);
  if (options.runOptions !== undefined && !(options.runOptions instanceof Uint8Array)) {
    throw invalidArgument('runOptions must be a serialized tensorflow.RunOptions (Uint8Array)');
  }
  if (options.scratchDir !== undefined && (typeof options.scratchDir !== 'string' || options.scratchDir === '')) {
    throw invalidArgument(`scratchDir must be a non-empty string, got ${JSON.stringify(options.scratchDir)}`);
  }
  return trust;
}

/** Loads the SavedModel in `dir` (see the module comment for what happens, in order). */
export async function load(dir: string, options: LoadOptions = {}): Promise<LoadedModel> {
  const trust = checkOptions(options);
  const untrusted = trust === 'untrusted';
  const limits = resolveLimits(options.limits);
  // An export killed between its two renames left the previous model as a backup: put it back.
  if (typeof dir === 'string' && dir !== '' && !dir.includes('\0')) durable.recoverInterruptedReplace(path.resolve(dir));
  const file = readSavedModel(dir, { confine: untrusted, limits });
  const metaGraph = selectMetaGraph(file, options.tags);
  const index = new GraphIndex(metaGraph.graphDef);
  checkOpCompatibility(metaGraph, index, file.dir);
  if (untrusted) checkUntrusted(metaGraph, index, file.dir, mergedFieldViolations(file.mergedFields));
  const tags = tagsOf(metaGraph);
  let files: ModelFile[] = [];
  let copy: PrivateCopy | undefined;
  let loaded: LoadedSession;
  let digests: LoadedModel['digests'];
  let variableBytes: number;
  try {
    files = openModelFiles({ dir: file.dir, real: file.realDir }, metaGraph, {
      confine: untrusted,
      limits,
      usedBytes: file.byteLength,
    }).files;
    const index = files.find((opened) => opened.relative === `${VARIABLES_DIR}/${VARIABLES_PREFIX}.index`);
    digests = { savedModelSha256: file.sha256, variablesIndexSha256: index ? hashModelFile(index) : null };
    variableBytes = files
      .filter((opened) => opened.relative.startsWith(`${VARIABLES_DIR}/${VARIABLES_PREFIX}.data`))
      .reduce((sum, opened) => sum + opened.size, 0);
    let loadFrom = file.dir;
    if (untrusted) {
      // Only the checked MetaGraph, re-encoded from the checked object: TensorFlow parses what was checked.
      const checked = encode('tensorflow.SavedModel', {
        savedModelSchemaVersion: file.savedModel.savedModelSchemaVersion ?? 1,
        metaGraphs: [metaGraph],
      });
      copy = await writePrivateCopy(checked, files, options.scratchDir);
      loadFrom = copy.dir;
    } else {
      // Trusted: the files were opened only to refuse FIFOs, devices and oversized files before TensorFlow reads them.
      closeModelFiles(files);
    }
    loaded = await loadSavedModelSession(loadFrom, tags, options.session ?? {}, options.runOptions ?? null);
  } catch (error) {
    if (copy && error instanceof TensorFlowError) throw makeError(error.code, error.message.split(copy.dir).join(file.dir));
    throw error;
  } finally {
    closeModelFiles(files);
    copy?.remove();
  }
  const { graph, session } = loaded;
  let metaGraphDef: MetaGraphDef;
  try {
    metaGraphDef = decode('tensorflow.MetaGraphDef', loaded.metaGraphDef);
  } catch (error) {
    session.dispose();
    graph.dispose();
    throw new TensorFlowError(
      'INTERNAL',
      `TensorFlow loaded ${file.dir} but its MetaGraphDef does not decode: ${(error as Error).message}`,
    );
  }
  return new LoadedModel(
    file.dir,
    tags,
    graph,
    session,
    metaGraphDef,
    options.inline ?? variableBytes <= INLINE_MAX_VARIABLE_BYTES,
    digests,
  );
}
