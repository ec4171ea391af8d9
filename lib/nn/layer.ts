/**
 * Layers and the functional API. A layer applied to symbolic tensors records a
 * node of a model's DAG; its output shape comes from building it once into a
 * scratch graph and reading TensorFlow's static shape inference. A model then
 * builds the DAG into real graphs (for training and for inference) as often as
 * needed; each layer creates its variables once per graph, so a layer applied
 * twice shares its weights.
 */
import { DType, Graph, Output, invalidArgument, formatShape } from '../core';
import { InitializerLike, getInitializer } from './initializers';
import { RegularizerLike, getRegularizer } from './regularizers';
import { Config } from './config';
import { GraphState, Variable, graphState } from './variable';
import { DTypePolicy, DTypePolicyLike, castFloating, getPolicy, globalPolicy, isMixed, layerComputeDtype } from './dtype-policy';

/** Where a layer is being built: the graph, its state, and training vs inference behaviour. */
export interface CallContext {
  graph: Graph;
  state: GraphState;
  /** Dropout active, batch statistics used: true in the training step. */
  training: boolean;
}

/** A symbolic tensor of the functional API: an output of a layer (or a model input) in a model's DAG. */
export class SymbolicTensor {
  constructor(
    /** The layer call (or input) that produces it. */
    readonly node: LayerNode,
    readonly index: number,
    /** @internal Its counterpart in the scratch graph, for shapes. */
    readonly probe: Output,
  ) {}
  /** Static shape; null for unknown dimensions (the batch dimension is null). */
  get shape(): Array<number | null> {
    const shape = this.probe.shape;
    if (shape === null) throw invalidArgument(`the rank of ${this.toString()} is unknown`);
    return shape.map((d) => (d < 0 ? null : d));
  }
  get dtype(): DType {
    return this.probe.dtype;
  }
  toString(): string {
    return `SymbolicTensor(${this.node.layer ? this.node.layer.name : this.node.inputName}, ${formatShape(this.probe.shape ?? [])}, ${this.probe.dtype})`;
  }
}

/** One application of a layer to symbolic inputs (or a model input when `layer` is null). */
export class LayerNode {
  /** @internal The call's outputs (set by Layer.apply; empty for model inputs), for summaries. */
  outputs: SymbolicTensor[] = [];
  constructor(
    readonly layer: Layer | null,
    readonly inputs: SymbolicTensor[],
    /** For model inputs: the input's name, dtype and per-example shape. */
    readonly inputName?: string,
    readonly inputSpec?: { dtype: DType; shape: Array<number | null> },
  ) {}
}

let scratch: Graph | null = null;

/** @internal The graph symbolic tensors are shaped in (never run). */
export function scratchContext(): CallContext {
  if (!scratch || scratch.disposed) {
    scratch = new Graph();
    graphState(scratch).lenientNames = true;
  }
  return { graph: scratch, state: graphState(scratch), training: true };
}

const nameCounts = new Map<string, number>();

/**
 * A process-wide unique name from a base ("input", "input_1", ...): only for model inputs,
 * which are not variables. Layers are named by their model (Model's claimLayerNames), so
 * variable names never depend on what else the process built.
 */
export function uniqueLayerName(base: string): string {
  const count = nameCounts.get(base) ?? 0;
  nameCounts.set(base, count + 1);
  return count === 0 ? base : `${base}_${count}`;
}

export interface LayerOptions {
  name?: string;
  trainable?: boolean;
  /** 'mixed_bfloat16' or 'mixed_float16': compute in the half type, variables in float32 (default: the global policy). */
  dtypePolicy?: DTypePolicyLike;
}

interface WeightOptions {
  initializer: InitializerLike;
  trainable?: boolean;
  regularizer?: RegularizerLike;
  dtype?: DType;
}

export abstract class Layer {
  private currentName: string;
  /** Whether a model has fixed the name (then it never changes: variables carry it). */
  private nameClaimed = false;
  /** Whether the name is the kind's default ("dense"), which the first model makes unique within itself. */
  private readonly defaultNamed: boolean;
  private trainableFlag: boolean;
  private readonly weightsByGraph = new WeakMap<Graph, Map<string, Variable>>();
  private readonly builtGraphs = new WeakSet<Graph>();
  private readonly allWeights: Variable[] = [];

  constructor(options: LayerOptions, defaultName: string) {
    if (options.name !== undefined && (typeof options.name !== 'string' || !/^[A-Za-z0-9_.\-/]+$/.test(options.name))) {
      throw invalidArgument(`layer name ${JSON.stringify(options.name)} must be a non-empty string of letters, digits, _ . - /`);
    }
    this.currentName = options.name ?? defaultName;
    this.defaultNamed = options.name === undefined;
    this.trainableFlag = options.trainable ?? true;
    this.policyIsOwn = options.dtypePolicy !== undefined;
    this.currentPolicy = this.policyIsOwn
      ? getPolicy(options.dtypePolicy as DTypePolicyLike, `layer "${this.currentName}"`)
      : globalPolicy();
  }

  private currentPolicy: DTypePolicy;
  /** Whether the layer was given its policy (a model's or container's policy then leaves it alone). */
  private readonly policyIsOwn: boolean;

  /** The dtypes it stores variables in and computes in (see dtype-policy.ts). */
  get dtypePolicy(): DTypePolicy {
    return this.currentPolicy;
  }

  /**
   * @internal A model's (or container's) policy, taken with its sublayers unless the layer was
   * given its own (a container given one keeps its sublayers under it).
   */
  inheritPolicy(policy: DTypePolicy): void {
    if (this.policyIsOwn) return;
    this.currentPolicy = policy;
    for (const layer of this.sublayers()) layer.inheritPolicy(policy);
  }

  /**
   * The layer's name, the first part of its variables' names. A layer created without a name has
   * its kind's ("dense") until the first model that holds it makes it unique within that model
   * ("dense_1"); from then on it is fixed.
   */
  get name(): string {
    return this.currentName;
  }

  /** @internal Whether the layer still waits for a model to fix its name. */
  get nameOpen(): { defaultNamed: boolean } | null {
    return this.nameClaimed ? null : { defaultNamed: this.defaultNamed };
  }

  /**
   * @internal Fixes the name (a model does, once). Sublayers named under this layer's name
   * ("mmoe/expert_0", made by the layer from its own name) follow a rename.
   */
  claimName(name: string): void {
    if (this.nameClaimed) return;
    this.rename(name);
    this.nameClaimed = true;
  }

  private rename(name: string): void {
    const previous = this.currentName;
    this.currentName = name;
    if (name === previous) return;
    for (const layer of this.sublayers()) {
      if (!layer.nameClaimed && layer.currentName.startsWith(`${previous}/`))
        layer.rename(`${name}${layer.currentName.slice(previous.length)}`);
    }
  }

  /** Whether the optimizer updates this layer's weights. Setting it freezes or unfreezes them everywhere. */
  get trainable(): boolean {
    return this.trainableFlag;
  }
  set trainable(value: boolean) {
    this.trainableFlag = value;
    for (const weight of this.allWeights) if (!weightIsFrozenForever(weight)) weight.trainable = value;
    for (const layer of this.sublayers()) layer.trainable = value;
  }

  /**
   * The name its class is registered under for configs (see registerLayer); by default the
   * JS class name ("Dense").
   */
  get className(): string {
    return this.constructor.name;
  }

  /**
   * The layer's options as plain JSON (Keras's get_config): with them, the registered factory
   * of `className` rebuilds an equivalent layer of the same name. Subclasses add their own
   * options to this base (name and trainable).
   */
  getConfig(): Config {
    return {
      name: this.name,
      trainable: this.trainable,
      ...(this.dtypePolicy.name === 'float32' && !this.policyIsOwn ? {} : { dtypePolicy: this.dtypePolicy.name }),
    };
  }

  /** Layers this one is made of (sequential containers, recurrent cells). */
  sublayers(): Layer[] {
    return [];
  }

  /** Creates the layer's variables for `ctx.graph` once shapes are known. */
  protected build(_ctx: CallContext, _inputShapes: Array<number[] | null>): void {}

  /** Builds the computation on concrete graph outputs. */
  protected abstract call(ctx: CallContext, inputs: Output[]): Output | Output[];

  /** The number of inputs the layer takes (undefined: any number). */
  protected expectedInputs(): number | undefined {
    return 1;
  }

  /** Creates (once per graph) a weight named `<layer>/<name>`. */
  protected addWeight(ctx: CallContext, name: string, shape: number[], options: WeightOptions): Variable {
    let weights = this.weightsByGraph.get(ctx.graph);
    if (!weights) {
      weights = new Map();
      this.weightsByGraph.set(ctx.graph, weights);
    }
    const existing = weights.get(name);
    if (existing) return existing;
    const dtype = options.dtype ?? 'float32';
    const initializer = getInitializer(options.initializer, `layer "${this.name}" weight "${name}"`);
    const fullName = `${this.name}/${name}`;
    const initial = ctx.graph.withRootScope(() => ctx.graph.withNameScope(fullName, () => initializer(ctx.state, shape, dtype)));
    const trainable = (options.trainable ?? true) && this.trainableFlag;
    const variable = ctx.state.createVariable(fullName, initial, { trainable, shape });
    if (options.trainable === false) frozenForever.add(variable);
    const regularizer = getRegularizer(options.regularizer, `layer "${this.name}" weight "${name}"`);
    if (regularizer) {
      const loss = ctx.graph.withRootScope(() => ctx.graph.withNameScope(`${fullName}/Regularizer`, () => regularizer(variable.read())));
      ctx.state.regularizationLosses.push({ variable, loss });
    }
    weights.set(name, variable);
    this.allWeights.push(variable);
    return variable;
  }

  /**
   * This layer's weight `name` (as given to addWeight) in `graph`. By that name, not the
   * variable's: in the shared scratch graph two layers of the same name (the same model built
   * twice) get renamed variables ("bn/gamma_1").
   */
  protected weight(graph: Graph, name: string): Variable | undefined {
    return this.weightsByGraph.get(graph)?.get(name);
  }

  /** The layer's variables in `graph` (empty until built there). */
  weights(graph: Graph): Variable[] {
    const own = [...(this.weightsByGraph.get(graph)?.values() ?? [])];
    return [...own, ...this.sublayers().flatMap((layer) => layer.weights(graph))];
  }

  /**
   * Applies the layer to symbolic tensors (functional API). Returns symbolic
   * outputs whose shapes TensorFlow inferred.
   */
  apply(inputs: SymbolicTensor | SymbolicTensor[]): SymbolicTensor;
  apply(inputs: SymbolicTensor | SymbolicTensor[], options: { multiOutput: true }): SymbolicTensor[];
  apply(inputs: SymbolicTensor | SymbolicTensor[], options?: { multiOutput?: boolean }): SymbolicTensor | SymbolicTensor[] {
    const list = Array.isArray(inputs) ? inputs : [inputs];
    for (const [i, input] of list.entries()) {
      if (!(input instanceof SymbolicTensor)) {
        throw invalidArgument(
          `layer "${this.name}": input ${i} must be a symbolic tensor (from layers.input or another layer), got ${describe(input)}`,
        );
      }
    }
    const probes = this.invoke(
      scratchContext(),
      list.map((input) => input.probe),
    );
    const node = new LayerNode(this, list);
    const outputs = probes.map((probe, index) => new SymbolicTensor(node, index, probe));
    node.outputs = outputs;
    if (options?.multiOutput) return outputs;
    if (outputs.length !== 1)
      throw invalidArgument(`layer "${this.name}" has ${outputs.length} outputs: use apply(inputs, { multiOutput: true })`);
    return outputs[0];
  }

  /**
   * Builds the layer on concrete graph outputs: creates its variables in
   * `ctx.graph` if needed, then its ops under the name scope of the layer.
   */
  invoke(ctx: CallContext, inputs: Output[]): Output[] {
    const expected = this.expectedInputs();
    if (expected !== undefined && inputs.length !== expected) {
      throw invalidArgument(`layer "${this.name}" takes ${expected} input(s), got ${inputs.length}`);
    }
    this.buildOnce(
      ctx,
      inputs.map((input) => input.shape),
    );
    const result = ctx.graph.withNameScope(this.name, () => this.callInPolicy(ctx, inputs));
    return Array.isArray(result) ? result : [result];
  }

  // Keras's autocast: floating inputs in the compute dtype, float32 variables cast on read in call.
  private callInPolicy(ctx: CallContext, inputs: Output[]): Output | Output[] {
    const policy = this.dtypePolicy;
    const compute = layerComputeDtype(this.className, policy);
    const halfInputs = inputs.some((x) => x.dtype === 'bfloat16' || x.dtype === 'float16');
    if (!isMixed(policy) && !halfInputs) return this.call(ctx, inputs);
    const previous = ctx.state.autocast;
    ctx.state.autocast = compute === 'float32' ? null : compute;
    try {
      const result = this.call(
        ctx,
        inputs.map((x) => castFloating(x, compute)),
      );
      if (compute === policy.computeDtype) return result;
      // A float32 layer (normalization) inside a mixed model hands on the model's compute dtype.
      return Array.isArray(result) ? result.map((y) => castFloating(y, policy.computeDtype)) : castFloating(result, policy.computeDtype);
    } finally {
      ctx.state.autocast = previous;
    }
  }

  /** @internal Creates the layer's variables in `ctx.graph` (once per graph) without building its computation (wrappers need them first). */
  buildOnce(ctx: CallContext, inputShapes: Array<number[] | null>): void {
    if (this.builtGraphs.has(ctx.graph)) return;
    this.build(ctx, inputShapes);
    this.builtGraphs.add(ctx.graph);
  }
}

// Weights created with trainable: false (moving statistics) stay frozen when the layer is unfrozen.
const frozenForever = new WeakSet<Variable>();
function weightIsFrozenForever(variable: Variable): boolean {
  return frozenForever.has(variable);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'an object';
  return typeof value;
}

/** Shapes as the layers see them: the static shape, requiring a known rank. */
export function knownShape(layer: string, shape: number[] | null, what = 'input'): number[] {
  if (shape === null) throw invalidArgument(`layer "${layer}": the ${what} has unknown rank`);
  return shape;
}

/** The last dimension, which must be known (e.g. a dense layer's input features). */
export function lastDim(layer: string, shape: number[] | null, what = 'input'): number {
  const known = knownShape(layer, shape, what);
  const last = known[known.length - 1];
  if (known.length === 0 || last === undefined || last < 0) {
    throw invalidArgument(`layer "${layer}": the last dimension of the ${what} must be known, got shape ${formatShape(known)}`);
  }
  return last;
}
