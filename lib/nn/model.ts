/**
 * The functional model: named inputs, named outputs, and the DAG of layer calls
 * between them. `build` writes that DAG into a graph (training or inference
 * behaviour), creating each layer's variables once per graph.
 */
import { DType, Graph, Output, invalidArgument, isDType } from '../core';
import * as ops from '../ops';
import { CallContext, Layer, LayerNode, SymbolicTensor, scratchContext, uniqueLayerName } from './layer';
import { GraphState, Variable, graphState } from './variable';

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

function asNamed(value: SymbolicTensor | SymbolicTensor[] | Named<SymbolicTensor>, what: string): Named<SymbolicTensor> {
  if (value instanceof SymbolicTensor) return { [value.node.layer ? value.node.layer.name : (value.node.inputName as string)]: value };
  if (Array.isArray(value)) {
    const named: Named<SymbolicTensor> = {};
    value.forEach((v, i) => {
      if (!(v instanceof SymbolicTensor)) throw invalidArgument(`${what}[${i}] is not a symbolic tensor`);
      named[v.node.layer ? v.node.layer.name : (v.node.inputName as string)] = v;
    });
    return named;
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!(v instanceof SymbolicTensor)) throw invalidArgument(`${what} "${key}" is not a symbolic tensor`);
    return value;
  }
  throw invalidArgument(`${what} must be a symbolic tensor, an array of them, or an object of them by name`);
}

export interface ModelConfig {
  inputs: SymbolicTensor | SymbolicTensor[] | Named<SymbolicTensor>;
  outputs: SymbolicTensor | SymbolicTensor[] | Named<SymbolicTensor>;
  name?: string;
}

export class Model {
  readonly name: string;
  readonly inputs: Named<SymbolicTensor>;
  readonly outputs: Named<SymbolicTensor>;
  private readonly order: LayerNode[];

  constructor(config: ModelConfig) {
    this.name = config.name ?? uniqueLayerName('model');
    this.inputs = asNamed(config.inputs, 'model input');
    this.outputs = asNamed(config.outputs, 'model output');
    if (Object.keys(this.outputs).length === 0) throw invalidArgument(`model "${this.name}" has no outputs`);
    for (const [key, value] of Object.entries(this.inputs)) {
      if (value.node.layer !== null) throw invalidArgument(`model "${this.name}": input "${key}" is a layer output, not a model input (make it with layers.input)`);
    }
    this.order = this.topologicalOrder();
  }

  /** Layer calls in an order where every call comes after its inputs; checks every input is declared. */
  private topologicalOrder(): LayerNode[] {
    const declared = new Set(Object.values(this.inputs).map((t) => t.node));
    const order: LayerNode[] = [];
    const state = new Map<LayerNode, 'visiting' | 'done'>();
    const visit = (node: LayerNode, path: string) => {
      if (state.get(node) === 'done') return;
      if (node.layer === null) {
        if (!declared.has(node)) throw invalidArgument(`model "${this.name}": output ${path} depends on input "${node.inputName}", which is not among the model's inputs`);
        state.set(node, 'done');
        return;
      }
      if (state.get(node) === 'visiting') throw invalidArgument(`model "${this.name}": the layer graph has a cycle at "${node.layer.name}"`);
      state.set(node, 'visiting');
      for (const input of node.inputs) visit(input.node, path);
      state.set(node, 'done');
      order.push(node);
    };
    for (const [key, output] of Object.entries(this.outputs)) visit(output.node, `"${key}"`);
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
      result[key] = existing ? existing.output(0) : graph.withRootScope(() => ops.placeholder(graph, { dtype: spec.dtype, shape: [-1, ...spec.shape.map((d) => d ?? -1)], name }));
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
    return result;
  }

  /** The model's variables in `graph`. */
  weights(graph: Graph): Variable[] {
    // layers() lists sublayers too, and a container's weights() includes theirs: keep each once.
    return [...new Set(this.layers().flatMap((layer) => layer.weights(graph)))];
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
