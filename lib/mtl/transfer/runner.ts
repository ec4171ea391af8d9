/**
 * Runners: a trained model seen from outside, as "batch of data in, named per-example outputs
 * out". A SavedModel (trained in Python or exported by hydra-tf) runs in its own graph and
 * session; a hydra-tf model runs through its compiled trainer. Teachers and backbones are a
 * runner plus the outputs they take from it.
 */
import * as crypto from 'crypto';
import { DType, Tensor, TensorFlowError, invalidArgument, makeError, notFound, parseTensorName, isHalfDtype } from '../../core';
import { HostBatch, HostTensor } from '../../data';
import { LoadedModel, load, DEFAULT_SIGNATURE, Signature, describeShape, findSignature, prepareFeeds } from '../../saved-model';
import { Trainer } from '../../train';
import { MultiTaskModel } from '../model';

/** What identifies a model's outputs for caching: equal identities give equal outputs on equal inputs. */
export type Identity = Record<string, unknown>;

export interface Runner {
  /** Names the model in errors, e.g. `SavedModel /models/teacher`. */
  readonly what: string;
  /** Output names this runner knows without running (signature outputs, model outputs). */
  readonly outputNames: string[];
  /** Data keys the model reads. */
  readonly inputKeys: string[];
  /** Per-example shape of each data key the model reads (null for unknown dimensions or rank), for flat typed-array columns. */
  inputShapes(): Record<string, Array<number | null>>;
  /** Per-example shape of an output when known before running (-1 for unknown dimensions), else null. */
  outputShape(output: string): number[] | null;
  /** Checks that `output` can be fetched; throws naming the model and what it has otherwise. */
  checkOutput(output: string): void;
  /** Runs the model on a batch; returns the requested outputs (batch first) in JS memory. */
  run(batch: HostBatch, outputs: string[]): Promise<Record<string, HostTensor>>;
  /** What identifies this model and output, for caches. */
  identity(output: string): Promise<Identity>;
  /** Frees what the runner loaded itself (a SavedModel given as a directory); a model given to it stays open. */
  close(): Promise<void>;
}

export interface SavedModelRunnerOptions {
  /** Signature to feed (default "serving_default"). */
  signature?: string;
  /** Data key for each signature input (default: the input's own name). */
  inputs?: Record<string, string>;
  /** Load options when the model is given as a directory. */
  tags?: string[];
}

/** A HostTensor holding a fetched tensor's values (the tensor is disposed). */
export function toHost(tensor: Tensor): HostTensor {
  try {
    return { dtype: tensor.dtype, shape: tensor.shape, data: tensor.dtype === 'string' ? tensor.strings() : tensor.data() };
  } finally {
    tensor.dispose();
  }
}

/**
 * A SavedModel signature as a runner. Outputs are the signature's output names, or graph tensor
 * names ("op:index") for intermediate tensors of graphs that have them at the top level
 * (TF1 SavedModels, hydra-tf exports); TF2/Keras exports keep their layers inside functions,
 * whose tensors TensorFlow does not let a session fetch.
 */
export class SavedModelRunner implements Runner {
  readonly what: string;
  readonly signature: Signature;
  private readonly inputMap: Record<string, string>;
  private files: { savedModelSha256: string; variablesSha256: string | null } | null = null;

  constructor(
    readonly model: LoadedModel,
    options: SavedModelRunnerOptions = {},
    /** Whether the runner loaded the model (and so closes it). */
    private readonly owned = false,
  ) {
    this.what = `SavedModel ${model.dir}`;
    this.signature = findSignature(model.signatures, options.signature ?? DEFAULT_SIGNATURE, this.what);
    this.inputMap = {};
    for (const key of Object.keys(options.inputs ?? {})) {
      if (!(key in this.signature.inputs)) {
        throw invalidArgument(
          `inputs names "${key}", which signature "${this.signature.name}" of ${this.what} does not have (its inputs are ${this.quoted(Object.keys(this.signature.inputs))})`,
        );
      }
    }
    for (const key of Object.keys(this.signature.inputs)) this.inputMap[key] = options.inputs?.[key] ?? key;
  }

  private quoted(names: string[]): string {
    return names.length ? names.map((n) => `"${n}"`).join(', ') : 'none';
  }

  get outputNames(): string[] {
    return Object.keys(this.signature.outputs);
  }

  get inputKeys(): string[] {
    return Object.values(this.inputMap);
  }

  inputShapes(): Record<string, Array<number | null>> {
    const shapes: Record<string, Array<number | null>> = {};
    for (const [name, key] of Object.entries(this.inputMap)) {
      const shape = this.signature.inputs[name].shape;
      // Unknown rank: nothing to split flat columns by.
      if (shape !== null && shape.length > 0) shapes[key] = shape.slice(1).map((d) => (d < 0 ? null : d));
    }
    return shapes;
  }

  private isTensorName(output: string): boolean {
    return !(output in this.signature.outputs) && /:\d+$/.test(output);
  }

  checkOutput(output: string): void {
    if (typeof output !== 'string' || output === '')
      throw invalidArgument(
        `${this.what}: an output must be a signature output name or a tensor name "op:index", got ${JSON.stringify(output)}`,
      );
    if (output in this.signature.outputs) return;
    const known = `signature "${this.signature.name}" outputs: ${this.quoted(this.outputNames)}`;
    if (!this.isTensorName(output)) {
      throw notFound(
        `signature "${this.signature.name}" of ${this.what} has no output "${output}" (its outputs are ${this.quoted(this.outputNames)}; an intermediate tensor is named "op:index")`,
      );
    }
    const [opName, index] = parseTensorName(output);
    const op = this.model.graph.operation(opName);
    if (!op || index >= op.numOutputs) {
      throw notFound(
        `${this.what} has no tensor "${output}" in its graph (${known}). TF2/Keras exports keep their layers inside functions, ` +
          'so their intermediate tensors can only be fetched through a signature output',
      );
    }
  }

  outputShape(output: string): number[] | null {
    const shape = output in this.signature.outputs ? this.signature.outputs[output].shape : this.model.graph.output(output).shape;
    return shape === null || shape.length === 0 ? null : shape.slice(1);
  }

  async run(batch: HostBatch, outputs: string[]): Promise<Record<string, HostTensor>> {
    const inputs: Record<string, Tensor> = {};
    const made: Tensor[] = [];
    try {
      for (const [name, key] of Object.entries(this.inputMap)) {
        const host = batch[key];
        if (!host) {
          throw invalidArgument(
            `signature "${this.signature.name}" of ${this.what} needs input "${name}" from data key "${key}", which the data lacks ` +
              `(data keys: ${Object.keys(batch).join(', ')}); map it with inputs: { ${JSON.stringify(name)}: '<data key>' }`,
          );
        }
        const dtype = this.signature.inputs[name].dtype as DType;
        const tensor = Tensor.from(host.data as never, { dtype, shape: host.shape, raw: host.dtype === dtype && isHalfDtype(dtype) });
        made.push(tensor);
        inputs[name] = tensor;
      }
      const { feeds } = prepareFeeds(this.signature, inputs, new Set());
      const fetches = outputs.map((o) => (o in this.signature.outputs ? this.signature.outputs[o].tensorName : o));
      let results: Tensor[];
      try {
        results = await this.model.session.run(feeds, fetches);
      } catch (error) {
        if (error instanceof TensorFlowError)
          throw makeError(error.code, `signature "${this.signature.name}" of ${this.what}: ${error.message}`);
        throw error;
      }
      const out: Record<string, HostTensor> = {};
      outputs.forEach((o, i) => (out[o] = toHost(results[i])));
      return out;
    } finally {
      for (const tensor of made) tensor.dispose();
    }
  }

  async identity(output: string): Promise<Identity> {
    if (!this.files) {
      // variables.index holds every variable's CRC32C, so its hash changes when any weight does.
      // The load hashed the bytes it read: no second read of files that may have changed (or become FIFOs) since.
      this.files = { savedModelSha256: this.model.digests.savedModelSha256, variablesSha256: this.model.digests.variablesIndexSha256 };
    }
    const inputs: Record<string, string> = {};
    for (const [name, spec] of Object.entries(this.signature.inputs)) inputs[name] = `${spec.dtype} ${describeShape(spec.shape)}`;
    return { kind: 'savedModel', ...this.files, signature: this.signature.name, output, inputs };
  }

  async close(): Promise<void> {
    if (this.owned && !this.model.disposed) await this.model.close();
  }
}

/** A trained hydra-tf model (mtl.model or a compiled Trainer) as a runner. */
export class HydraRunner implements Runner {
  readonly what: string;
  readonly inputKeys: string[];
  private readonly outputs: Record<string, number[] | null>;

  constructor(private readonly model: MultiTaskModel | Trainer) {
    const inner = model instanceof MultiTaskModel ? model.model : model.model;
    this.what = model instanceof MultiTaskModel ? `mtl model "${inner.name}"` : `trained model "${inner.name}"`;
    this.outputs = {};
    const names = model instanceof MultiTaskModel ? model.taskNames : Object.keys(inner.outputs);
    for (const name of names) this.outputs[name] = inner.outputs[name].shape.slice(1).map((d) => d ?? -1);
    this.inputKeys = Object.keys(inner.inputs);
  }

  get outputNames(): string[] {
    return Object.keys(this.outputs);
  }

  inputShapes(): Record<string, Array<number | null>> {
    return Object.fromEntries(Object.entries(this.model.model.inputs).map(([key, tensor]) => [key, tensor.node.inputSpec?.shape ?? []]));
  }

  checkOutput(output: string): void {
    if (!(output in this.outputs))
      throw notFound(`${this.what} has no output "${output}" (its outputs are ${this.outputNames.map((n) => `"${n}"`).join(', ')})`);
  }

  outputShape(output: string): number[] | null {
    return this.outputs[output] ?? null;
  }

  private trainer(): Trainer {
    try {
      const trainer = this.model instanceof MultiTaskModel ? this.model.compiled : this.model;
      void trainer.session; // throws when the trainer has not been built by a first fit
      return trainer;
    } catch {
      throw invalidArgument(`${this.what} is not trained yet: fit it before using it as a teacher or backbone`);
    }
  }

  async run(batch: HostBatch, outputs: string[]): Promise<Record<string, HostTensor>> {
    const predictions = await this.trainer().predict([batch], { batchSize: batch[Object.keys(batch)[0]].shape[0], verbose: 0 });
    const out: Record<string, HostTensor> = {};
    for (const o of outputs) out[o] = predictions[o];
    return out;
  }

  /** The weights' values: the same model trained further is a different teacher. */
  async identity(output: string): Promise<Identity> {
    const trainer = this.trainer();
    const names = new Set(trainer.model.weights(trainer.graph).map((v) => v.name));
    const weights = await trainer.getWeights();
    const hash = crypto.createHash('sha256');
    for (const [name, value] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (names.has(name)) {
        const data = value.data();
        hash.update(name).update(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      }
      value.dispose();
    }
    return { kind: 'hydra-tf', model: trainer.model.name, weightsSha256: hash.digest('hex'), output };
  }

  /** The model belongs to the caller. */
  async close(): Promise<void> {}
}

export type ModelLike = LoadedModel | string | MultiTaskModel | Trainer;

/** A runner for a SavedModel (loaded, or a directory to load) or a trained hydra-tf model. */
export async function runnerFor(model: ModelLike, options: SavedModelRunnerOptions, what: string): Promise<Runner> {
  if (typeof model === 'string') {
    const loaded = await load(model, { tags: options.tags });
    try {
      return new SavedModelRunner(loaded, options, true);
    } catch (error) {
      await loaded.close();
      throw error;
    }
  }
  if (model instanceof LoadedModel) return new SavedModelRunner(model, options);
  if (model instanceof MultiTaskModel || model instanceof Trainer) {
    if (options.signature !== undefined || options.inputs !== undefined)
      throw invalidArgument(`${what}: signature and inputs apply to SavedModels, not to hydra-tf models`);
    return new HydraRunner(model);
  }
  throw invalidArgument(`${what} must be a SavedModel (a directory or savedModel.load's result), an mtl model or a trainer`);
}

/** One line for an identity, for errors that show two of them. */
export function describeIdentity(identity: Identity): string {
  if (identity.kind === 'savedModel') {
    const inputs = Object.entries(identity.inputs as Record<string, string>)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ');
    const short = (s: unknown) => (typeof s === 'string' ? s.slice(0, 12) : 'none');
    return `SavedModel saved_model.pb sha256 ${short(identity.savedModelSha256)}…, variables sha256 ${short(identity.variablesSha256)}…, signature "${identity.signature}", output "${identity.output}", inputs (${inputs})`;
  }
  if (identity.kind === 'hydra-tf')
    return `hydra-tf model "${identity.model}" (weights sha256 ${String(identity.weightsSha256).slice(0, 12)}…), output "${identity.output}"`;
  return JSON.stringify(identity);
}
