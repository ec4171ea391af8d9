/**
 * The one function every generated op calls: finds the graph, turns plain JS values into Const
 * inputs of the right dtype, maps camelCase options onto TensorFlow attributes, adds the
 * operation and shapes its outputs. Everything op-specific comes from the live OpDef, so the
 * generated wrappers stay one line each.
 */
import {
  DType,
  dtypeName,
  isDType,
  invalidArgument,
  TensorFlowError,
  AttrInput,
  Graph,
  Operation,
  Output,
  Tensor,
  TensorLike,
} from '../core';
import type { ArgDef, AttrDef, OpDef } from '../proto';
import { COMMON_OPTION_KEYS, attrKey, opFunctionName, outputKey } from './naming';

/** An op input: a graph Output, or a plain value (number, nested array, typed array, Tensor) that becomes a Const. */
export type OutputLike = Output | TensorLike;

/** Options every op takes besides its attributes. */
export interface OpOptions {
  /** Node name (made unique, under the current name scope); defaults to the op type. */
  name?: string;
  /** Device, e.g. "/CPU:0"; defaults to the current device scope. */
  device?: string;
  /** Operations that must run before this one. */
  controlInputs?: Operation[];
}

/** Options of ops that have inputs: `graph` is needed only when no input is an Output. */
export interface InputOpOptions extends OpOptions {
  graph?: Graph;
}

type InputValue = OutputLike | OutputLike[];
type Options = object & { name?: string; device?: string; controlInputs?: Operation[]; graph?: Graph };

/** Adds an op with exactly one (non-list) output and returns it. */
export function op1(type: string, inputs: Graph | InputValue[], options: Options = {}): Output {
  return addOp(type, inputs, options).output(0);
}

/** Adds an op whose only output argument is a list, and returns the list. */
export function opList(type: string, inputs: Graph | InputValue[], options: Options = {}): Output[] {
  return addOp(type, inputs, options).outputs;
}

/** Adds an op with several output arguments; returns them keyed by camelCase argument name. */
export function opOutputs<T>(type: string, inputs: Graph | InputValue[], options: Options = {}): T {
  const op = addOp(type, inputs, options);
  const def = op.graph.opDef(type);
  const result: Record<string, Output | Output[]> = {};
  let next = 0;
  for (const arg of def.outputArg ?? []) {
    if (isListArg(arg)) {
      const count = listLength(op, arg);
      result[outputKey(arg.name as string)] = op.outputs.slice(next, next + count);
      next += count;
    } else {
      result[outputKey(arg.name as string)] = op.output(next++);
    }
  }
  return result as T;
}

/** Adds an op without outputs (or whose outputs are not wanted) and returns the Operation. */
export function opNoOutput(type: string, inputs: Graph | InputValue[], options: Options = {}): Operation {
  return addOp(type, inputs, options);
}

/** Adds the operation `type` with JS inputs and camelCase options. */
export function addOp(type: string, inputs: Graph | InputValue[], options: Options = {}): Operation {
  const fn = opFunctionName(type);
  const values = inputs instanceof Graph ? [] : inputs;
  const graph = inputs instanceof Graph ? inputs : graphOf(fn, values, options);
  const def = graph.opDef(type);
  const attrs = attrsFromOptions(fn, def, options);
  const args = def.inputArg ?? [];
  if (values.length !== args.length) {
    throw invalidArgument(`${fn}: ${type} takes ${args.length} input(s) (${args.map((a) => a.name).join(', ')}), got ${values.length}`);
  }
  const dtypes = boundTypes(def, values, attrs);
  const resolved = args.map((arg, i) => resolveInput(graph, fn, def, arg, values[i], dtypes, attrs, options.device));
  return graph.addOperation({
    type,
    name: options.name,
    inputs: resolved,
    controlInputs: options.controlInputs,
    device: options.device,
    attrs,
  });
}

function graphOf(fn: string, values: InputValue[], options: Options): Graph {
  for (const value of values) {
    if (value instanceof Output) return value.graph;
    if (Array.isArray(value)) for (const item of value) if (item instanceof Output) return item.graph;
  }
  if (options.graph instanceof Graph) return options.graph;
  throw invalidArgument(`${fn}: none of the inputs is an Output, so the graph is unknown; pass options.graph`);
}

function attrsFromOptions(fn: string, def: OpDef, options: Options): Record<string, AttrInput | undefined> {
  const byKey = new Map<string, string>((def.attr ?? []).map((attr) => [attrKey(attr.name as string), attr.name as string]));
  const attrs: Record<string, AttrInput | undefined> = {};
  for (const [key, value] of Object.entries(options)) {
    if (COMMON_OPTION_KEYS.has(key)) continue;
    const attrName = byKey.get(key);
    if (attrName === undefined) {
      const known = [...byKey.keys(), ...COMMON_OPTION_KEYS];
      throw invalidArgument(`${fn}: unknown option '${key}' (${def.name} takes ${known.join(', ')})`);
    }
    attrs[attrName] = value as AttrInput | undefined;
  }
  return attrs;
}

function isListArg(arg: ArgDef): boolean {
  return Boolean(arg.numberAttr || arg.typeListAttr);
}

function listLength(op: Operation, arg: ArgDef): number {
  if (arg.numberAttr) return Number(op.attr(arg.numberAttr).i ?? 0);
  return op.attr(arg.typeListAttr as string).list?.type?.length ?? 0;
}

/** Dtypes of type attributes fixed by Output inputs or explicit options, by attribute name. */
function boundTypes(def: OpDef, values: InputValue[], attrs: Record<string, unknown>): Map<string, DType> {
  const bound = new Map<string, DType>();
  (def.inputArg ?? []).forEach((arg, i) => {
    if (!arg.typeAttr || bound.has(arg.typeAttr)) return;
    const value = values[i];
    const first = Array.isArray(value) ? value.find((item) => item instanceof Output) : value;
    if (first instanceof Output) bound.set(arg.typeAttr, first.dtype);
  });
  for (const attr of def.attr ?? []) {
    if (attr.type !== 'type' || bound.has(attr.name as string)) continue;
    const explicit = attrs[attr.name as string];
    if (isDType(explicit)) bound.set(attr.name as string, explicit);
    else if (typeof explicit === 'number' && safeDtypeName(explicit)) bound.set(attr.name as string, safeDtypeName(explicit) as DType);
  }
  return bound;
}

function resolveInput(
  graph: Graph,
  fn: string,
  def: OpDef,
  arg: ArgDef,
  value: InputValue,
  dtypes: Map<string, DType>,
  attrs: Record<string, unknown>,
  device: string | undefined,
): Output | Output[] {
  const what = `${fn}: input '${arg.name}'`;
  if (!isListArg(arg)) {
    if (Array.isArray(value) && value.some((item) => item instanceof Output)) {
      throw invalidArgument(`${what} takes one tensor, got an array of Outputs`);
    }
    return toOutput(graph, what, value as OutputLike, inputDtype(def, arg, value as OutputLike, dtypes), device);
  }
  if (!Array.isArray(value)) throw invalidArgument(`${what} takes a list of tensors (an array)`);
  const listTypes = arg.typeListAttr ? (attrs[arg.typeListAttr] as DType[] | undefined) : undefined;
  return value.map((item, i) => {
    const dtype = listTypes?.[i] ?? (arg.typeListAttr ? undefined : inputDtype(def, arg, item, dtypes));
    return toOutput(graph, `${what}[${i}]`, item, dtype, device);
  });
}

/**
 * The dtype a plain value must become: the input's fixed type, else the dtype its type attribute
 * is bound to, else the attribute's default, else what the value itself suggests (narrowed to
 * the attribute's allowed types). The choice binds the attribute for later inputs.
 */
function inputDtype(def: OpDef, arg: ArgDef, value: OutputLike, dtypes: Map<string, DType>): DType | undefined {
  if (value instanceof Output) return undefined;
  if (arg.type) return safeDtypeName(arg.type);
  if (!arg.typeAttr) return undefined;
  const bound = dtypes.get(arg.typeAttr);
  if (bound) return bound;
  const attr = (def.attr ?? []).find((a) => a.name === arg.typeAttr);
  const byDefault = attr?.defaultValue?.type ? safeDtypeName(attr.defaultValue.type) : undefined;
  const chosen = byDefault ?? naturalDtype(value, attr);
  dtypes.set(arg.typeAttr, chosen);
  return chosen;
}

function naturalDtype(value: OutputLike, attr: AttrDef | undefined): DType {
  const natural = value instanceof Tensor ? value.dtype : inferredDtype(value);
  const allowed = (attr?.allowedValues?.list?.type ?? [])
    .filter((code) => safeDtypeName(code) !== undefined)
    .map((code) => dtypeName(code));
  if (allowed.length === 0 || allowed.includes(natural)) return natural;
  const integral = natural === 'float32' && allIntegers(value);
  for (const candidate of integral
    ? (['int32', 'int64', 'float32', 'float64'] as DType[])
    : (['float32', 'float64', 'int32', 'int64'] as DType[])) {
    if (allowed.includes(candidate)) return candidate;
  }
  return allowed[0];
}

function inferredDtype(value: OutputLike): DType {
  if (ArrayBuffer.isView(value)) return Tensor.from(value as TensorLike).dtype;
  let first: unknown = value;
  while (Array.isArray(first)) first = first[0];
  if (typeof first === 'string' || first instanceof Uint8Array) return 'string';
  if (typeof first === 'boolean') return 'bool';
  if (typeof first === 'bigint') return 'int64';
  return 'float32';
}

function allIntegers(value: OutputLike): boolean {
  if (typeof value === 'number') return Number.isInteger(value);
  if (Array.isArray(value)) return value.every((item) => allIntegers(item as OutputLike));
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>).every((v) => Number.isInteger(v));
  return false;
}

function safeDtypeName(code: number): DType | undefined {
  try {
    return dtypeName(code);
  } catch {
    return undefined;
  }
}

function toOutput(graph: Graph, what: string, value: OutputLike, dtype: DType | undefined, device: string | undefined): Output {
  if (value instanceof Output) return value;
  if (value === undefined || value === null) throw invalidArgument(`${what} is missing`);
  if (value instanceof Tensor && dtype && value.dtype !== dtype) {
    throw invalidArgument(`${what} must be ${dtype}, got a ${value.dtype} Tensor`);
  }
  const constDtype = dtype ?? (value instanceof Tensor ? value.dtype : inferredDtype(value));
  try {
    return graph.addOperation({ type: 'Const', name: 'Const', device, attrs: { dtype: constDtype, value } }).output(0);
  } catch (error) {
    if (error instanceof TensorFlowError) throw invalidArgument(`${what}: cannot make a ${constDtype} constant: ${error.message}`);
    throw error;
  }
}
