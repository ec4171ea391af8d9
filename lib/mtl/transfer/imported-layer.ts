/**
 * A layer made of an imported graph (see finetune.ts): building it imports the pruned GraphDef
 * into the layer's graph under a fresh name prefix, with the model input mapped onto the layer's
 * input and every VarHandleOp mapped onto a hydra-tf Variable of this layer. The imported
 * ReadVariableOps then read hydra-tf variables, so the trainer, the optimizer, checkpoints and
 * exports treat them as any layer's weights. Each variable starts from the SavedModel's
 * checkpoint (a RestoreV2 of its key is its initial value).
 */
import { DType, Output, invalidArgument, makeError } from '../../core';
import * as ops from '../../ops';
import { CallContext, Layer, Variable } from '../../nn';

/** The text appended to every refusal: what to do instead (sections of docs/transfer.md, which ships with the package). */
export const FEATURE_EXTRACTION_FALLBACK =
  'Train only the layers after it (trainable: k or layer names; docs/transfer.md, "Fine-tuning a Keras model"), or keep the model frozen and train new heads ' +
  'on its outputs: mtl.backbone(dir, { output }) + mtl.extractFeatures({ backbone, data, dir }) (docs/transfer.md, "Transfer learning")';

/** Scopes of inlined function calls and unrolled loops in node names (not Keras layers). */
const CALL_SCOPE = /^(StatefulPartitionedCall|PartitionedCall)(_\d+)?(_inlined_\d+)?$|^iteration_\d+$/;

/**
 * The Keras layer a node of an imported graph came from, by its name scope: a known layer
 * (Keras 3 traces scopes with a "_1" suffix: "conv_1_1" is layer "conv_1"), else the scope under
 * the model's, or undefined.
 */
export function kerasLayerOf(node: string, layerNames: string[]): string | undefined {
  const scopes = node
    .split('/')
    .slice(0, -1)
    .filter((s) => !CALL_SCOPE.test(s));
  const known = new Set(layerNames);
  for (const scope of scopes) {
    if (known.has(scope)) return scope;
    const stripped = scope.replace(/_\d+$/, '');
    if (known.has(stripped)) return stripped;
  }
  return scopes.length >= 2 ? scopes[1].replace(/_\d+$/, '') : undefined;
}

/** 'all', 'none', the last k layers, or layer names. */
export type TrainableLayers = 'all' | 'none' | number | string[];

export interface ImportedVariable {
  /** The VarHandleOp's node name in the SavedModel, e.g. "conv_2/kernel" or "conv_2/kernel_1". */
  node: string;
  /** The hydra-tf weight name (under the imported layer's name), e.g. "conv_2/kernel". */
  name: string;
  /** Its layer: the name's first scope, e.g. "conv_2" (Keras nests sublayers: "lstm/lstm_cell/kernel" is "lstm"). */
  layer: string;
  dtype: DType;
  shape: number[];
  /** Its key in the SavedModel's checkpoint. */
  checkpointKey: string;
  /** Depth of the first op mixing it with the input (orders layers from input to output). */
  position: number;
  /** False for variables Python does not train (batch-norm moving statistics): never trained here either. */
  trainable: boolean;
}

export interface ImportedLayerConfig {
  source: string;
  graphDef: Uint8Array;
  inputs: Array<{ tensor: string; dtype: DType }>;
  outputs: string[];
  variables: ImportedVariable[];
  checkpointPrefix: string;
  trainable: TrainableLayers;
  name: string;
  /** How importSavedModel made it (source and options): its config, so mtl.load can import it again. */
  importOptions?: Record<string, unknown>;
}

export class ImportedLayer extends Layer {
  /** The SavedModel directory. */
  readonly source: string;
  /** The imported layers (variable-name prefixes), from input to output. */
  readonly layerNames: string[];
  private readonly config: ImportedLayerConfig;
  private unfrozen: Set<string>;
  private readonly created: Array<{ variable: Variable; spec: ImportedVariable }> = [];

  constructor(config: ImportedLayerConfig) {
    super({ name: config.name }, 'imported');
    this.config = config;
    this.source = config.source;
    const first = new Map<string, number>();
    for (const v of config.variables) first.set(v.layer, Math.min(first.get(v.layer) ?? Infinity, v.position));
    this.layerNames = [...first.keys()].sort((a, b) => (first.get(a) as number) - (first.get(b) as number) || (a < b ? -1 : 1));
    this.unfrozen = this.resolve(config.trainable);
  }

  private resolve(spec: TrainableLayers): Set<string> {
    const what = `imported layer "${this.name}" (from ${this.config.source})`;
    if (spec === 'all') return new Set(this.layerNames);
    if (spec === 'none') return new Set();
    if (typeof spec === 'number') {
      if (!Number.isInteger(spec) || spec < 0 || spec > this.layerNames.length) {
        throw invalidArgument(
          `${what}: trainable must be 'all', 'none', a layer count from 0 to ${this.layerNames.length}, or layer names; got ${spec}`,
        );
      }
      return new Set(spec === 0 ? [] : this.layerNames.slice(-spec));
    }
    if (Array.isArray(spec)) {
      for (const name of spec)
        if (!this.layerNames.includes(name))
          throw invalidArgument(`${what} has no layer "${name}" (its layers: ${this.layerNames.join(', ')})`);
      return new Set(spec);
    }
    throw invalidArgument(`${what}: trainable must be 'all', 'none', a number of last layers, or layer names; got ${JSON.stringify(spec)}`);
  }

  /**
   * The SavedModel directory and the importSavedModel options: loading a saved model imports the
   * graph again from that directory (it must still exist) and then restores the trained weights.
   * A layer made without them (by hand) has no config and says why.
   */
  override getConfig(): ReturnType<Layer['getConfig']> {
    if (!this.config.importOptions) {
      throw invalidArgument(
        `imported layer "${this.name}" (from ${this.source}) has no config: it is a graph read from a SavedModel, not a set of options (layers made by importSavedModel have one); to save a model holding it, rebuild it with importSavedModel and restore the weights from a checkpoint`,
      );
    }
    return { ...this.config.importOptions, ...super.getConfig(), source: this.source, layers: this.trainableLayers };
  }

  /** The imported layers that train. */
  get trainableLayers(): string[] {
    return this.layerNames.filter((name) => this.unfrozen.has(name));
  }

  /** Chooses which imported layers train (takes effect at the next compile, e.g. a new mtl.model). */
  unfreeze(spec: TrainableLayers): void {
    this.unfrozen = this.resolve(spec);
    for (const { variable, spec } of this.created) variable.trainable = this.trainable && spec.trainable && this.unfrozen.has(spec.layer);
  }

  protected override expectedInputs(): number {
    return this.config.inputs.length;
  }

  protected override build(ctx: CallContext): void {
    const prefix = this.config.checkpointPrefix;
    for (const spec of this.config.variables) {
      const restore = () => {
        const [value] = ops.restoreV2(
          ops.constant(ctx.graph, prefix, 'string'),
          ops.constant(ctx.graph, [spec.checkpointKey], 'string'),
          ops.constant(ctx.graph, [''], 'string'),
          { dtypes: [spec.dtype] },
        );
        return value;
      };
      const variable = this.addWeight(ctx, spec.name, spec.shape, {
        initializer: restore,
        dtype: spec.dtype,
        trainable: spec.trainable ? undefined : false,
      });
      variable.trainable = this.trainable && spec.trainable && this.unfrozen.has(spec.layer);
      this.created.push({ variable, spec });
    }
  }

  protected override call(ctx: CallContext, inputs: Output[]): Output | Output[] {
    const expected = this.config.inputs;
    if (inputs.length !== expected.length)
      throw invalidArgument(
        `imported layer "${this.name}" takes ${expected.length} input(s) (${expected.map((i) => i.tensor).join(', ')}), got ${inputs.length}`,
      );
    const inputMap = new Map<string, Output>();
    for (const [i, x] of inputs.entries()) {
      if (x.dtype !== expected[i].dtype)
        throw invalidArgument(
          `imported layer "${this.name}": input ${i} is ${x.dtype}, the SavedModel's input "${expected[i].tensor}" is ${expected[i].dtype}`,
        );
      inputMap.set(expected[i].tensor, x);
    }
    for (const spec of this.config.variables) inputMap.set(`${spec.node}:0`, (this.weight(ctx.graph, spec.name) as Variable).handle);
    // The current name scope is the layer's; a fresh one per call, as a layer applied twice imports twice.
    const scope = ctx.graph.uniqueName('graph');
    const result = ctx.graph.importGraphDef(this.config.graphDef, { prefix: scope, inputMap, returnOutputs: this.config.outputs });
    this.checkTrainable(ctx, result.outputs, scope);
    return result.outputs.length === 1 ? result.outputs[0] : result.outputs;
  }

  /**
   * Refuses, before any training, trainable layers whose gradient would cross an op TensorFlow's
   * C++ gradient registry cannot differentiate, naming the op, its node and its Keras layer.
   */
  private checkTrainable(ctx: CallContext, outputs: Output[], scope: string): void {
    const trained = this.config.variables
      .map((spec) => this.weight(ctx.graph, spec.name) as Variable)
      .filter((variable) => variable.trainable);
    const floats = outputs.filter((o) => o.dtype === 'float32' || o.dtype === 'float64' || o.dtype === 'float16' || o.dtype === 'bfloat16');
    if (trained.length === 0 || floats.length === 0) return;
    try {
      ops.checkDifferentiable(
        floats,
        trained.map((variable) => variable.handle),
      );
    } catch (error) {
      const message = (error as Error).message;
      const offenders = [...message.matchAll(/op "([^"]+)" \(node "([^"]+)"\)/g)].map(([, op, node]) => {
        const at = node.indexOf(`${scope}/`);
        const local = at >= 0 ? node.slice(at + scope.length + 1) : node;
        const layer = kerasLayerOf(local, this.layerNames);
        return { op, node: local, layer };
      });
      if (offenders.length === 0) throw error;
      const described = offenders.map(({ op, node, layer }) => `op "${op}" (node "${node}"${layer ? `, Keras layer "${layer}"` : ''})`);
      throw makeError(
        'UNIMPLEMENTED',
        `imported layer "${this.name}" (from ${this.source}) cannot train layers ${this.trainableLayers.map((l) => `"${l}"`).join(', ')}: ` +
          `${described.join(', ')} ${offenders.length > 1 ? 'have' : 'has'} no gradient in TensorFlow's C++ gradient registry (the only one its C API has) and lie${offenders.length > 1 ? '' : 's'} between the output and those layers' variables. ` +
          FEATURE_EXTRACTION_FALLBACK,
      );
    }
  }
}
