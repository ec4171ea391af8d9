/**
 * Graph, Operation and Output: building TensorFlow graphs from TypeScript.
 * Attribute kinds come from each op's OpDef, so callers pass plain JS values.
 */
import { DType, dtypeCode, dtypeName, isDType } from './dtypes';
import { invalidArgument, failedPrecondition, notFound, TensorFlowError } from './errors';
import { NativeGraph, NativeOperationInfo, NativeOperationSpec, OutputPair, native } from './library';
import { Tensor, TensorLike } from './tensor';
import { guardKernel, kernelGuard } from './kernel-guards';
import { decode, encode } from '../proto';
import type { AttrDef, AttrValue, OpDef } from '../proto';

/** One output (a symbolic tensor) of an operation. */
export class Output {
  constructor(
    readonly op: Operation,
    readonly index: number,
  ) {}
  /** "opName:index", TensorFlow's tensor name. */
  get name(): string {
    return `${this.op.name}:${this.index}`;
  }
  get graph(): Graph {
    return this.op.graph;
  }
  get dtype(): DType {
    return dtypeName(this.op.info().outputTypes[this.index]);
  }
  /** Static shape from shape inference: null if the rank is unknown, -1 for unknown dimensions. */
  get shape(): number[] | null {
    return this.op.outputShape(this.index);
  }
  /** @internal */
  pair(): OutputPair {
    return [this.op.name, this.index];
  }
  toString(): string {
    return `Output(${this.name}, ${this.dtype})`;
  }
}

/** A node of the graph, looked up by name (operations are immutable once added). */
export class Operation {
  private cachedInfo: NativeOperationInfo | null = null;
  // Shape inference runs when the op is added and hydra-tf never refines it later, so
  // the static shapes are fixed: read them once (Session.run checks every feed against one).
  private readonly cachedShapes = new Map<number, number[] | null>();
  constructor(
    readonly graph: Graph,
    readonly name: string,
  ) {}
  /** @internal */
  info(): NativeOperationInfo {
    if (!this.cachedInfo) {
      const info = this.graph.handle().operationInfo(this.name);
      if (!info) throw notFound(`no operation named '${this.name}' in the graph`);
      this.cachedInfo = info;
    }
    return this.cachedInfo;
  }
  /** @internal The static shape of output `index` (see Output.shape). */
  outputShape(index: number): number[] | null {
    const handle = this.graph.handle(); // still refuses a disposed graph
    if (!this.cachedShapes.has(index)) this.cachedShapes.set(index, handle.outputShape([this.name, index]));
    const shape = this.cachedShapes.get(index) as number[] | null;
    return shape === null ? null : [...shape];
  }

  /** The op type, e.g. "MatMul". */
  get type(): string {
    return this.info().type;
  }
  get device(): string {
    return this.info().device;
  }
  get numOutputs(): number {
    return this.info().numOutputs;
  }
  get numInputs(): number {
    return this.info().numInputs;
  }
  output(index = 0): Output {
    if (!Number.isInteger(index) || index < 0 || index >= this.numOutputs) {
      throw new TensorFlowError(
        'OUT_OF_RANGE',
        `operation '${this.name}' (${this.type}) has ${this.numOutputs} output(s), no output ${index}`,
      );
    }
    return new Output(this, index);
  }
  get outputs(): Output[] {
    return Array.from({ length: this.numOutputs }, (_, i) => new Output(this, i));
  }
  /** The outputs feeding this operation, in input order. */
  inputs(): Output[] {
    return this.graph
      .handle()
      .operationInputs(this.name)
      .inputs.map(([op, index]) => new Output(this.graph.operation(op) as Operation, index));
  }
  controlInputs(): Operation[] {
    return this.graph
      .handle()
      .operationInputs(this.name)
      .controlInputs.map((op) => this.graph.operation(op) as Operation);
  }
  /** An attribute as a decoded AttrValue message. */
  attr(name: string): AttrValue {
    return decode<AttrValue>('tensorflow.AttrValue', this.graph.handle().attrValueProto(this.name, name));
  }
  /** The serialized NodeDef. */
  nodeDef(): Uint8Array {
    return this.graph.handle().nodeDef(this.name);
  }
  toString(): string {
    return `Operation(${this.name}, ${this.type})`;
  }
}

/** A value for an attribute; its meaning comes from the op's AttrDef type. */
export type AttrInput =
  string | number | bigint | boolean | Uint8Array | Tensor | TensorLike | null | FuncAttr | { proto: Uint8Array } | AttrInput[];

/** A function attribute with its own attributes (e.g. for PartitionedCall). */
export interface FuncAttr {
  func: string;
  attr?: Record<string, AttrValue>;
}

export interface OperationSpec {
  /** The op type (a registered op, or a function in the graph's library). */
  type: string;
  /** The node name; made unique and prefixed with the current name scope. Defaults to the type. */
  name?: string;
  /** One entry per OpDef input: an Output, or an array of Outputs for list inputs. */
  inputs?: Array<Output | Output[]>;
  controlInputs?: Operation[];
  /** Device, e.g. "/CPU:0" or "/GPU:0". Defaults to the current device scope. */
  device?: string;
  colocateWith?: Operation[];
  /** Attributes by name; kinds come from the OpDef. */
  attrs?: Record<string, AttrInput | undefined>;
}

export interface ImportOptions {
  /** Prepended to every imported node name ("prefix/name"). */
  prefix?: string;
  /** Replace imported tensors ("name:index" in the GraphDef) with outputs of this graph. */
  inputMap?: Record<string, Output> | Map<string, Output>;
  /** Imported tensors to return, as "name:index" (GraphDef names, before the prefix). */
  returnOutputs?: string[];
  /** Imported operations to return, by GraphDef name. */
  returnOperations?: string[];
  defaultDevice?: string;
  uniquifyNames?: boolean;
}

export interface ImportResult {
  outputs: Output[];
  operations: Operation[];
  /** inputMap keys that matched nothing in the GraphDef, as "name:index". */
  missingUnusedInputMappings: string[];
}

/** Splits "name:index" (index defaults to 0). */
export function parseTensorName(name: string): [string, number] {
  const match = /^(.*?)(?::(\d+))?$/.exec(name);
  if (!match || !match[1]) throw invalidArgument(`bad tensor name '${name}' (expected "operation:index")`);
  return [match[1], match[2] === undefined ? 0 : Number(match[2])];
}

export class Graph {
  private nativeGraph: NativeGraph;
  private readonly opDefs = new Map<string, OpDef>();
  private readonly usedNames = new Map<string, number>();
  private readonly nameScopes: string[] = [];
  private readonly deviceScopes: string[] = [];
  private readonly controlScopes: Operation[][] = [];

  constructor(handle?: NativeGraph) {
    this.nativeGraph = handle ?? new (native().Graph)();
  }

  /** @internal The native graph; throws if disposed. */
  handle(): NativeGraph {
    if (this.nativeGraph.disposed) throw failedPrecondition('the Graph has been disposed');
    return this.nativeGraph;
  }

  get disposed(): boolean {
    return this.nativeGraph.disposed;
  }

  /** The OpDef of an op type (or of a function in this graph's library). */
  opDef(type: string): OpDef {
    let def = this.opDefs.get(type);
    if (!def) {
      let bytes: Uint8Array;
      try {
        bytes = this.handle().opDef(type);
      } catch (error) {
        if (error instanceof TensorFlowError && (error.code === 'NOT_FOUND' || error.code === 'INVALID_ARGUMENT')) {
          throw notFound(
            `unknown op type '${type}': it is not registered in TensorFlow ${native().version()} and is not a function in this graph`,
          );
        }
        throw error;
      }
      def = decode<OpDef>('tensorflow.OpDef', bytes);
      this.opDefs.set(type, def);
    }
    return def;
  }

  /** A name not used yet in this graph, under the current name scope. */
  uniqueName(base: string): string {
    const scoped = [...this.nameScopes, base].join('/');
    const handle = this.handle();
    let count = this.usedNames.get(scoped) ?? 0;
    let candidate = count === 0 ? scoped : `${scoped}_${count}`;
    while (handle.operationInfo(candidate) !== null) {
      count++;
      candidate = `${scoped}_${count}`;
    }
    this.usedNames.set(scoped, count + 1);
    return candidate;
  }

  /** Runs `build` with names prefixed by `scope/`. */
  withNameScope<T>(scope: string, build: () => T): T {
    this.nameScopes.push(scope);
    try {
      return build();
    } finally {
      this.nameScopes.pop();
    }
  }

  /**
   * Runs `build` outside every name scope and control-dependency scope (the device
   * scope stays): for graph-wide objects such as variables created from inside a layer.
   */
  withRootScope<T>(build: () => T): T {
    const names = this.nameScopes.splice(0);
    const controls = this.controlScopes.splice(0);
    try {
      return build();
    } finally {
      this.nameScopes.push(...names);
      this.controlScopes.push(...controls);
    }
  }

  /** The current name scope ("" at the root). */
  get nameScope(): string {
    return this.nameScopes.join('/');
  }

  /** Runs `build` with operations placed on `device` unless they name one. */
  withDevice<T>(device: string, build: () => T): T {
    this.deviceScopes.push(device);
    try {
      return build();
    } finally {
      this.deviceScopes.pop();
    }
  }

  /** Runs `build` with every new operation depending on `operations`. */
  withControlDependencies<T>(operations: Operation[], build: () => T): T {
    this.controlScopes.push(operations);
    try {
      return build();
    } finally {
      this.controlScopes.pop();
    }
  }

  /** Adds an operation. Attribute values are converted according to the OpDef. */
  addOperation(spec: OperationSpec): Operation {
    if (!spec || typeof spec.type !== 'string' || !spec.type) throw invalidArgument('operation spec needs a type');
    const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);
    if (spec.inputs !== undefined && !Array.isArray(spec.inputs))
      throw invalidArgument(`operation ${spec.type}: inputs must be an array, got ${kind(spec.inputs)}`);
    if (spec.controlInputs !== undefined && !Array.isArray(spec.controlInputs))
      throw invalidArgument(`operation ${spec.type}: controlInputs must be an array, got ${kind(spec.controlInputs)}`);
    if (spec.colocateWith !== undefined && !Array.isArray(spec.colocateWith))
      throw invalidArgument(`operation ${spec.type}: colocateWith must be an array, got ${kind(spec.colocateWith)}`);
    if (spec.attrs !== undefined && (typeof spec.attrs !== 'object' || spec.attrs === null || Array.isArray(spec.attrs)))
      throw invalidArgument(`operation ${spec.type}: attrs must be an object, got ${kind(spec.attrs)}`);
    if (spec.name !== undefined && typeof spec.name !== 'string')
      throw invalidArgument(`operation ${spec.type}: name must be a string, got ${kind(spec.name)}`);
    if (spec.device !== undefined && typeof spec.device !== 'string')
      throw invalidArgument(`operation ${spec.type}: device must be a string, got ${kind(spec.device)}`);
    // Kernels that kill the process on bad shapes get their checks first (lib/core/kernel-guards.ts).
    if (kernelGuard(spec.type)) {
      // The guard reads the inputs' static shapes: they must be this graph's Outputs first.
      (spec.inputs ?? []).forEach((input, i) => {
        const what = `operation ${spec.type} input ${i}`;
        if (Array.isArray(input)) input.forEach((item) => this.ownOutput(item, what));
        else this.ownOutput(input, what);
      });
      spec = guardKernel(this, spec, () => new Graph());
    }
    const def = this.opDef(spec.type);
    const name =
      spec.name !== undefined && this.nameScopes.length === 0 && this.handle().operationInfo(spec.name) === null
        ? spec.name
        : this.uniqueName(spec.name ?? spec.type);
    const label = `operation '${name}' (${spec.type})`;
    const temporaries: Tensor[] = [];
    try {
      const attrs = this.convertAttrs(def, spec, label, temporaries);
      const inputs = (spec.inputs ?? []).map((input, i) => {
        if (Array.isArray(input)) return input.map((item) => this.ownOutput(item, `${label} input ${i}`).pair());
        return this.ownOutput(input, `${label} input ${i}`).pair();
      });
      const controls = [...this.controlScopes.flat(), ...(spec.controlInputs ?? [])].map((op) => this.ownOperation(op, label).name);
      const device = spec.device ?? this.deviceScopes[this.deviceScopes.length - 1];
      const nativeSpec: NativeOperationSpec = {
        type: spec.type,
        name,
        inputs,
        controlInputs: controls,
        attrs,
      };
      if (device) nativeSpec.device = device;
      if (spec.colocateWith) nativeSpec.colocateWith = spec.colocateWith.map((op) => this.ownOperation(op, label).name);
      const finalName = this.handle().addOperation(nativeSpec);
      return new Operation(this, finalName);
    } finally {
      for (const temporary of temporaries) temporary.dispose();
    }
  }

  private ownOutput(output: Output, what: string): Output {
    if (!(output instanceof Output)) throw invalidArgument(`${what} must be an Output`);
    if (output.op.graph !== this) throw invalidArgument(`${what} (${output.name}) belongs to another graph`);
    return output;
  }

  private ownOperation(op: Operation, what: string): Operation {
    if (!(op instanceof Operation)) throw invalidArgument(`${what}: control inputs must be Operations`);
    if (op.graph !== this) throw invalidArgument(`${what}: operation '${op.name}' belongs to another graph`);
    return op;
  }

  private convertAttrs(def: OpDef, spec: OperationSpec, label: string, temporaries: Tensor[]): Array<[string, string, unknown]> {
    const result: Array<[string, string, unknown]> = [];
    const attrDefs = new Map<string, AttrDef>((def.attr ?? []).map((attr) => [attr.name as string, attr]));
    for (const [name, value] of Object.entries(spec.attrs ?? {})) {
      if (value === undefined) continue;
      const attrDef = attrDefs.get(name);
      if (
        !attrDef &&
        name.startsWith('_') &&
        (typeof value === 'boolean' || typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value)))
      ) {
        // Internal attributes ("_lower_using_switch_merge", "_noinline"...) are in no OpDef:
        // their kind comes from the value.
        const kind = typeof value === 'boolean' ? 'bool' : typeof value === 'string' ? 'string' : 'int';
        result.push(convertAttr(name, kind, value, `${label}: attribute '${name}' (${kind})`, spec.attrs ?? {}, temporaries));
        continue;
      }
      if (!attrDef) {
        const known = [...attrDefs.keys()];
        throw invalidArgument(
          `${label}: unknown attribute '${name}' (${spec.type} has ${known.length ? known.join(', ') : 'no attributes'})`,
        );
      }
      const what = `${label}: attribute '${name}' (${attrDef.type})`;
      result.push(convertAttr(name, attrDef.type as string, value, what, spec.attrs ?? {}, temporaries));
    }
    return result;
  }

  /** The operation with this name, or null. */
  operation(name: string): Operation | null {
    return this.handle().operationInfo(name) === null ? null : new Operation(this, name);
  }

  /** The output named "op:index" (index defaults to 0). */
  output(name: string): Output {
    const [opName, index] = parseTensorName(name);
    const op = this.operation(opName);
    if (!op) throw notFound(`no operation named '${opName}' in the graph`);
    return op.output(index);
  }

  /** Every operation, in the order they were added. */
  operations(): Operation[] {
    return this.handle()
      .operationNames()
      .map((name) => new Operation(this, name));
  }

  /** The graph as a serialized GraphDef. */
  toGraphDef(): Uint8Array {
    return this.handle().toGraphDef();
  }

  /** Imports a serialized GraphDef into this graph. */
  importGraphDef(graphDef: Uint8Array, options: ImportOptions = {}): ImportResult {
    if (!(graphDef instanceof Uint8Array)) throw invalidArgument('importGraphDef needs the GraphDef as bytes (Uint8Array)');
    const inputMap: Array<[string, number, OutputPair]> = [];
    const entries = options.inputMap instanceof Map ? [...options.inputMap.entries()] : Object.entries(options.inputMap ?? {});
    for (const [source, target] of entries) {
      const [sourceName, sourceIndex] = parseTensorName(source);
      inputMap.push([sourceName, sourceIndex, this.ownOutput(target, `inputMap['${source}']`).pair()]);
    }
    const result = this.handle().importGraphDef(graphDef, {
      prefix: options.prefix,
      defaultDevice: options.defaultDevice,
      uniquifyNames: options.uniquifyNames ?? false,
      inputMap,
      returnOutputs: (options.returnOutputs ?? []).map(parseTensorName),
      returnOperations: options.returnOperations ?? [],
    });
    return {
      outputs: result.outputs.map(([op, index]) => new Output(new Operation(this, op), index)),
      operations: result.operations.map((op) => new Operation(this, op)),
      missingUnusedInputMappings: result.missingUnusedInputMappings.map(([op, index]) => `${op}:${index}`),
    };
  }

  /**
   * Adds the symbolic gradients d(sum ys)/d(xs) (TF_AddGradientsWithPrefix).
   * `dx` are the initial gradients of ys (ones when omitted). An x that does
   * not influence any y gets null, as in Python's tf.gradients.
   */
  addGradients(ys: Output[], xs: Output[], options: { dx?: Output[]; prefix?: string } = {}): Array<Output | null> {
    const yPairs = ys.map((y, i) => this.ownOutput(y, `gradients ys[${i}]`).pair());
    xs.forEach((x, i) => this.ownOutput(x, `gradients xs[${i}]`));
    const dxPairs = options.dx ? options.dx.map((d, i) => this.ownOutput(d, `gradients dx[${i}]`).pair()) : null;
    if (yPairs.length === 0) throw invalidArgument('gradients need at least one y');
    // TensorFlow refuses an x it cannot reach from ys; give such an x null instead.
    const reachable = this.ancestors(ys);
    const connected = xs.filter((x) => reachable.has(x.op.name));
    const result: Array<Output | null> = xs.map(() => null);
    if (connected.length === 0) return result;
    const prefix = options.prefix ?? this.uniqueName('gradients');
    const grads = this.handle().addGradients(
      prefix,
      yPairs,
      connected.map((x) => x.pair()),
      dxPairs,
    );
    let next = 0;
    xs.forEach((x, i) => {
      if (!reachable.has(x.op.name)) return;
      const pair = grads[next++];
      result[i] = pair === null ? null : new Output(new Operation(this, pair[0]), pair[1]);
    });
    return result;
  }

  /**
   * Adds a function to this graph's library, made from operations of `body` (this graph or
   * another): `inputs` become its arguments (each must be every output of its operation,
   * usually a Placeholder), `outputs` its results, `controlOutputs` operations it must run.
   * `operations` lists the body (default: every operation of `body` but the inputs'). Call it
   * with StatefulPartitionedCall / PartitionedCall (attr `f: { func: name }`), or use it as a
   * While body. Returns the serialized FunctionDef.
   */
  addFunction(
    body: Graph,
    spec: {
      name: string;
      inputs: Output[];
      outputs: Output[];
      outputNames?: string[];
      controlOutputs?: Operation[];
      operations?: Operation[];
      description?: string;
      /** Attributes of the function itself, e.g. { _XlaMustCompile: true } (bool, int or string values). */
      attrs?: Record<string, boolean | number | string>;
    },
  ): Uint8Array {
    if (!(body instanceof Graph)) throw invalidArgument('addFunction needs the Graph holding the function body');
    if (!spec || typeof spec.name !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(spec.name)) {
      throw invalidArgument(
        `a function name must be letters, digits and underscores, starting with a letter; got ${JSON.stringify(spec?.name)}`,
      );
    }
    const own = (output: Output, what: string) => {
      if (!(output instanceof Output) || output.graph !== body)
        throw invalidArgument(`function ${spec.name}: ${what} must be an Output of the body graph`);
      return output.pair();
    };
    const ownOp = (op: Operation, what: string) => {
      if (!(op instanceof Operation) || op.graph !== body)
        throw invalidArgument(`function ${spec.name}: ${what} must be an Operation of the body graph`);
      return op.name;
    };
    return new Uint8Array(
      this.handle().addFunction(body.handle(), {
        name: spec.name,
        operations: spec.operations ? spec.operations.map((op, i) => ownOp(op, `operations[${i}]`)) : null,
        inputs: spec.inputs.map((o, i) => own(o, `inputs[${i}]`)),
        outputs: spec.outputs.map((o, i) => own(o, `outputs[${i}]`)),
        outputNames: spec.outputNames,
        controlOutputs: (spec.controlOutputs ?? []).map((op, i) => ownOp(op, `controlOutputs[${i}]`)),
        description: spec.description,
        attrs: Object.entries(spec.attrs ?? {}).map(([key, value]) => {
          const attr =
            typeof value === 'boolean' ? { b: value } : typeof value === 'number' ? { i: value } : { s: new TextEncoder().encode(value) };
          return [key, encode('tensorflow.AttrValue', attr)] as [string, Uint8Array];
        }),
      }),
    );
  }

  /** Names of the operations that `outputs` depend on through data edges (themselves included). */
  private ancestors(outputs: Output[]): Set<string> {
    const handle = this.handle();
    const seen = new Set<string>();
    const stack = outputs.map((output) => output.op.name);
    while (stack.length) {
      const name = stack.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      for (const [input] of handle.operationInputs(name).inputs) if (!seen.has(input)) stack.push(input);
    }
    return seen;
  }

  /** Frees the graph (sessions still using it keep it alive until they close). */
  dispose(): void {
    this.nativeGraph.dispose();
  }
}

function expectKind(ok: boolean, what: string, expected: string, value: unknown): void {
  if (!ok) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : value instanceof Tensor ? 'a Tensor' : typeof value;
    throw invalidArgument(`${what} expects ${expected}, got ${got}`);
  }
}

function convertScalarAttr(kind: string, value: unknown, what: string, attrs: Record<string, unknown>, temporaries: Tensor[]): unknown {
  switch (kind) {
    case 'string':
      expectKind(typeof value === 'string' || value instanceof Uint8Array, what, 'a string or bytes', value);
      return value;
    case 'int':
      expectKind((typeof value === 'number' && Number.isInteger(value)) || typeof value === 'bigint', what, 'an integer', value);
      return value;
    case 'float':
      expectKind(typeof value === 'number', what, 'a number', value);
      return value;
    case 'bool':
      expectKind(typeof value === 'boolean', what, 'a boolean', value);
      return value;
    case 'type':
      expectKind(isDType(value) || typeof value === 'number', what, 'a dtype name such as "float32"', value);
      try {
        return dtypeCode(value as DType);
      } catch (error) {
        throw invalidArgument(`${what}: ${(error as Error).message}`);
      }
    case 'shape':
      expectKind(
        value === null || (Array.isArray(value) && value.every((d) => d === null || (Number.isInteger(d) && d >= -1))),
        what,
        'a shape (array of sizes, -1 or null for unknown; null for unknown rank)',
        value,
      );
      return value === null ? null : (value as Array<number | null>).map((d) => (d === null ? -1 : d));
    case 'tensor': {
      if (value instanceof Tensor) return value.handle;
      // Plain values become a temporary tensor of the op's "dtype" attribute if it has one.
      const dtypeAttr = attrs.dtype;
      const dtype = isDType(dtypeAttr) ? dtypeAttr : typeof dtypeAttr === 'number' ? dtypeName(dtypeAttr) : undefined;
      const made = Tensor.from(value as TensorLike, { dtype });
      temporaries.push(made);
      return made.handle;
    }
    case 'func':
      expectKind(typeof value === 'string', what, 'a function name', value);
      return value;
    default:
      throw invalidArgument(`${what}: unsupported attribute kind ${kind}`);
  }
}

function convertAttr(
  name: string,
  kind: string,
  value: AttrInput,
  what: string,
  attrs: Record<string, unknown>,
  temporaries: Tensor[],
): [string, string, unknown] {
  if (value && typeof value === 'object' && 'proto' in value && (value as { proto: unknown }).proto instanceof Uint8Array) {
    return [name, 'proto', (value as { proto: Uint8Array }).proto];
  }
  if (kind === 'func' && value && typeof value === 'object' && 'func' in value) {
    const func = value as FuncAttr;
    return [name, 'proto', encode('tensorflow.AttrValue', { func: { name: func.func, attr: func.attr ?? {} } })];
  }
  const list = /^list\((.*)\)$/.exec(kind);
  if (list) {
    const itemKind = list[1];
    expectKind(Array.isArray(value), what, `a list of ${itemKind}`, value);
    const items = value as AttrInput[];
    if (itemKind === 'func') {
      const funcs = items.map((item) =>
        typeof item === 'string' ? { name: item } : { name: (item as FuncAttr).func, attr: (item as FuncAttr).attr ?? {} },
      );
      return [name, 'proto', encode('tensorflow.AttrValue', { list: { func: funcs } })];
    }
    return [name, kind, items.map((item, i) => convertScalarAttr(itemKind, item, `${what}[${i}]`, attrs, temporaries))];
  }
  return [name, kind, convertScalarAttr(kind, value, what, attrs, temporaries)];
}
