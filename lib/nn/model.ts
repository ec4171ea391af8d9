/**
 * The functional model: named inputs, named outputs, and the DAG of layer calls
 * between them. `build` writes that DAG into a graph (training or inference
 * behaviour), creating each layer's variables once per graph.
 */
import { DType, Graph, Output, invalidArgument, isDType } from '../core';
import * as ops from '../ops';
import { CallContext, Layer, LayerNode, SymbolicTensor, scratchContext, uniqueLayerName } from './layer';
import { GraphState, Variable, graphState } from './variable';
import { DTypePolicy, DTypePolicyLike, getPolicy } from './dtype-policy';
import { ParamCounts, countParams, summarize, summaryText } from './summary';

export interface InputOptions {
  /** Per-example shape (no batch dimension); null entries are unknown. */
  shape: Array<number | null>;
  dtype?: DType;
  name?: string;
}

/** A model input: a symbolic tensor of shape (batch, ...shape). */
export function input(options: InputOptions): SymbolicTensor {
  if (!options || !Array.isArray(options.shape) || options.shape.some((d) => d !== null && (!Number.isInteger(d) || d < 0))) {
    throw invalidArgument(`input: shape must be an array of non-negative sizes (null for unknown), got ${JSON.stringify(options?.shape)}`);
  }
  const dtype = options.dtype ?? 'float32';
  if (!isDType(dtype)) throw invalidArgument(`input: unknown dtype ${JSON.stringify(dtype)}`);
  const name = options.name ?? uniqueLayerName('input');
  const ctx = scratchContext();
  const probe = ops.placeholder(ctx.graph, { dtype, shape: [-1, ...options.shape.map((d) => d ?? -1)], name: `${name}` });
  const node = new LayerNode(null, [], name, { dtype, shape: options.shape });
  return new SymbolicTensor(node, 0, probe);
}

type Named<T> = Record<string, T>;

function nameOf(tensor: SymbolicTensor): string {
  return tensor.node.layer ? tensor.node.layer.name : (tensor.node.inputName as string);
}

/** The tensors of an inputs/outputs argument with their keys (null: named after their layer, known once names are fixed). */
function listed(value: SymbolicTensor | SymbolicTensor[] | Named<SymbolicTensor>, what: string): Array<[string | null, SymbolicTensor]> {
  if (value instanceof SymbolicTensor) return [[null, value]];
  if (Array.isArray(value)) {
    return value.map((v, i) => {
      if (!(v instanceof SymbolicTensor)) throw invalidArgument(`${what}[${i}] is not a symbolic tensor`);
      return [null, v];
    });
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value))
      if (!(v instanceof SymbolicTensor)) throw invalidArgument(`${what} "${key}" is not a symbolic tensor`);
    return Object.entries(value);
  }
  throw invalidArgument(`${what} must be a symbolic tensor, an array of them, or an object of them by name`);
}

function named(list: Array<[string | null, SymbolicTensor]>): Named<SymbolicTensor> {
  return Object.fromEntries(list.map(([key, tensor]) => [key ?? nameOf(tensor), tensor]));
}

/**
 * Fixes the names of `layers` (in build order, sublayers after their container) that no model
 * has named yet: a default name becomes the first of "dense", "dense_1", ... that no other layer
 * of this model has. Names thus depend only on the model's structure, like Keras 3's weight paths.
 */
function claimLayerNames(layers: Layer[]): void {
  const taken = new Set(layers.filter((layer) => !layer.nameOpen?.defaultNamed).map((layer) => layer.name));
  for (const layer of layers) {
    const open = layer.nameOpen;
    if (!open) continue;
    if (!open.defaultNamed) {
      layer.claimName(layer.name);
      continue;
    }
    const base = layer.name;
    let name = base;
    for (let n = 1; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    layer.claimName(name);
    // Sublayers named after this one were renamed with it.
    for (const sub of layer.sublayers()) taken.add(sub.name);
  }
}

export interface ModelConfig {
  inputs: SymbolicTensor | SymbolicTensor[] | Named<SymbolicTensor>;
  outputs: SymbolicTensor | SymbolicTensor[] | Named<SymbolicTensor>;
  name?: string;
  /** The policy of every layer not given its own `dtypePolicy` (instead of the global one); kept in the saved config. */
  dtypePolicy?: DTypePolicyLike;
}

export class Model {
  readonly name: string;
  /** The model's dtypePolicy option (null: its layers keep the policies they were created with). */
  dtypePolicy: DTypePolicy | null = null;
  readonly inputs: Named<SymbolicTensor>;
  readonly outputs: Named<SymbolicTensor>;
  private readonly order: LayerNode[];

  constructor(config: ModelConfig) {
    this.name = config.name ?? 'model';
    const inputs = listed(config.inputs, 'model input');
    const outputs = listed(config.outputs, 'model output');
    if (outputs.length === 0) throw invalidArgument(`model "${this.name}" has no outputs`);
    for (const [key, value] of inputs) {
      if (value.node.layer !== null)
        throw invalidArgument(
          `model "${this.name}": input "${key ?? value.toString()}" is a layer output, not a model input (make it with layers.input)`,
        );
    }
    this.inputs = named(inputs);
    this.order = this.topologicalOrder(outputs);
    claimLayerNames(this.layers());
    this.outputs = named(outputs);
    if (config.dtypePolicy !== undefined && config.dtypePolicy !== null) this.setDtypePolicy(config.dtypePolicy);
  }

  /** @internal Sets the policy of every layer not given its own (the model's and compile's dtypePolicy option). */
  setDtypePolicy(policy: DTypePolicyLike): void {
    this.dtypePolicy = getPolicy(policy, `model "${this.name}": dtypePolicy`);
    // Top-level layers only: a container given its own policy keeps its sublayers under it.
    for (const layer of new Set(this.order.map((node) => node.layer as Layer))) layer.inheritPolicy(this.dtypePolicy);
  }

  /** Layer calls in an order where every call comes after its inputs; checks every input is declared. */
  private topologicalOrder(outputs: Array<[string | null, SymbolicTensor]>): LayerNode[] {
    const declared = new Set(Object.values(this.inputs).map((t) => t.node));
    const order: LayerNode[] = [];
    const state = new Map<LayerNode, 'visiting' | 'done'>();
    const visit = (node: LayerNode, path: string) => {
      if (state.get(node) === 'done') return;
      if (node.layer === null) {
        if (!declared.has(node))
          throw invalidArgument(
            `model "${this.name}": output ${path} depends on input "${node.inputName}", which is not among the model's inputs`,
          );
        state.set(node, 'done');
        return;
      }
      if (state.get(node) === 'visiting')
        throw invalidArgument(`model "${this.name}": the layer graph has a cycle at "${node.layer.name}"`);
      state.set(node, 'visiting');
      for (const input of node.inputs) visit(input.node, path);
      state.set(node, 'done');
      order.push(node);
    };
    for (const [key, output] of outputs) visit(output.node, key === null ? output.toString() : `"${key}"`);
    return order;
  }

  /** Every layer of the model, in build order, each once (sublayers of containers included). */
  layers(): Layer[] {
    const seen = new Set<Layer>();
    const add = (layer: Layer) => {
      if (seen.has(layer)) return;
      seen.add(layer);
      layer.sublayers().forEach(add);
    };
    for (const node of this.order) add(node.layer as Layer);
    return [...seen];
  }

  /** Placeholders for the model's inputs in `graph` (batch dimension unknown), created once per graph. */
  placeholders(graph: Graph): Named<Output> {
    const state = graphState(graph);
    const result: Named<Output> = {};
    for (const [key, tensor] of Object.entries(this.inputs)) {
      const spec = tensor.node.inputSpec as { dtype: DType; shape: Array<number | null> };
      const name = `input/${key}`;
      const existing = graph.operation(name);
      result[key] = existing
        ? existing.output(0)
        : graph.withRootScope(() => ops.placeholder(graph, { dtype: spec.dtype, shape: [-1, ...spec.shape.map((d) => d ?? -1)], name }));
    }
    void state;
    return result;
  }

  /**
   * Builds the model into `graph` from the given input outputs (by input name);
   * returns the outputs by name. `training` selects dropout and batch statistics.
   */
  build(graph: Graph, feeds: Named<Output>, options: { training: boolean; state?: GraphState }): Named<Output> {
    const ctx: CallContext = { graph, state: options.state ?? graphState(graph), training: options.training };
    const values = new Map<LayerNode, Output[]>();
    for (const [key, tensor] of Object.entries(this.inputs)) {
      const feed = feeds[key];
      if (!feed) throw invalidArgument(`model "${this.name}": no value for input "${key}"`);
      values.set(tensor.node, [feed]);
    }
    for (const node of this.order) {
      const inputs = node.inputs.map((t) => (values.get(t.node) as Output[])[t.index]);
      values.set(node, (node.layer as Layer).invoke(ctx, inputs));
    }
    const result: Named<Output> = {};
    for (const [key, tensor] of Object.entries(this.outputs)) result[key] = (values.get(tensor.node) as Output[])[tensor.index];
    // Mixed precision: outputs in float32, as Keras's losses cast them (dtype-policy.ts).
    for (const [key, output] of Object.entries(result))
      if (output.dtype === 'bfloat16' || output.dtype === 'float16')
        result[key] = graph.withNameScope(`output_${key}`, () => ops.cast(output, 'float32'));
    return result;
  }

  /** The model's variables in `graph`. */
  weights(graph: Graph): Variable[] {
    // layers() lists sublayers too, and a container's weights() includes theirs: keep each once.
    return [...new Set(this.layers().flatMap((layer) => layer.weights(graph)))];
  }

  /** The layer calls in build order (every call after the calls it reads). */
  nodes(): LayerNode[] {
    return [...this.order];
  }

  /**
   * Keras's model.summary(): a table of the layers (name and class, output shape, parameters,
   * the outputs each reads) and the parameter totals, trainable and not. Returned as text;
   * `print: true` also writes it to stdout (or `printFn`, line by line).
   */
  summary(options: { print?: boolean; printFn?: (line: string) => void } = {}): string {
    const text = summaryText(summarize(this));
    if (options.printFn) text.split('\n').forEach((line) => options.printFn!(line));
    else if (options.print) process.stdout.write(`${text}\n`);
    return text;
  }

  /** The number of parameters (every weight's element count, trainable or not), as Keras's count_params(). */
  countParams(): number {
    return countParams(this).total;
  }

  /** Parameter counts split by trainability, with their sizes in bytes. */
  paramCounts(): ParamCounts {
    return countParams(this);
  }

  /** Freezes or unfreezes every layer. */
  set trainable(value: boolean) {
    for (const layer of this.layers()) layer.trainable = value;
  }
}

/** Shorthand for new Model(config). */
export function model(config: ModelConfig): Model {
  return new Model(config);
}
