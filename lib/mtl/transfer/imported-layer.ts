/**
 * A layer made of an imported graph (see finetune.ts): building it imports the pruned GraphDef
 * into the layer's graph under a fresh name prefix, with the model input mapped onto the layer's
 * input and every VarHandleOp mapped onto a hydra-tf Variable of this layer. The imported
 * ReadVariableOps then read hydra-tf variables, so the trainer, the optimizer, checkpoints and
 * exports treat them as any layer's weights. Each variable starts from the SavedModel's
 * checkpoint (a RestoreV2 of its key is its initial value).
 */
import { DType, Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { CallContext, Layer, Variable } from '../../nn';

/** 'all', 'none', the last k layers, or layer names. */
export type TrainableLayers = 'all' | 'none' | number | string[];

export interface ImportedVariable {
  /** The VarHandleOp's node name in the SavedModel, e.g. "conv_2/kernel" or "conv_2/kernel_1". */
  node: string;
  /** The hydra-tf weight name (under the imported layer's name), e.g. "conv_2/kernel". */
  name: string;
  /** Its layer: the name up to the last "/", e.g. "conv_2". */
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
        throw invalidArgument(`${what}: trainable must be 'all', 'none', a layer count from 0 to ${this.layerNames.length}, or layer names; got ${spec}`);
      }
      return new Set(spec === 0 ? [] : this.layerNames.slice(-spec));
    }
    if (Array.isArray(spec)) {
      for (const name of spec) if (!this.layerNames.includes(name)) throw invalidArgument(`${what} has no layer "${name}" (its layers: ${this.layerNames.join(', ')})`);
      return new Set(spec);
    }
    throw invalidArgument(`${what}: trainable must be 'all', 'none', a number of last layers, or layer names; got ${JSON.stringify(spec)}`);
  }

  /** Refused: the layer is a graph read from a SavedModel, not options (save the model's weights and re-import it). */
  override getConfig(): never {
    throw invalidArgument(`imported layer "${this.name}" (from ${this.source}) has no config: it is a graph read from a SavedModel, not a set of options; to save a model holding it, rebuild it with importSavedModel and restore the weights from a checkpoint`);
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
      const variable = this.addWeight(ctx, spec.name, spec.shape, { initializer: restore, dtype: spec.dtype, trainable: spec.trainable ? undefined : false });
      variable.trainable = this.trainable && spec.trainable && this.unfrozen.has(spec.layer);
      this.created.push({ variable, spec });
    }
  }

  protected override call(ctx: CallContext, inputs: Output[]): Output | Output[] {
    const expected = this.config.inputs;
    if (inputs.length !== expected.length) throw invalidArgument(`imported layer "${this.name}" takes ${expected.length} input(s) (${expected.map((i) => i.tensor).join(', ')}), got ${inputs.length}`);
    const inputMap = new Map<string, Output>();
    for (const [i, x] of inputs.entries()) {
      if (x.dtype !== expected[i].dtype) throw invalidArgument(`imported layer "${this.name}": input ${i} is ${x.dtype}, the SavedModel's input "${expected[i].tensor}" is ${expected[i].dtype}`);
      inputMap.set(expected[i].tensor, x);
    }
    for (const spec of this.config.variables) inputMap.set(`${spec.node}:0`, (this.weight(ctx.graph, spec.name) as Variable).handle);
    // The current name scope is the layer's; a fresh one per call, as a layer applied twice imports twice.
    const scope = ctx.graph.uniqueName('graph');
    const result = ctx.graph.importGraphDef(this.config.graphDef, { prefix: scope, inputMap, returnOutputs: this.config.outputs });
    return result.outputs.length === 1 ? result.outputs[0] : result.outputs;
  }
}
