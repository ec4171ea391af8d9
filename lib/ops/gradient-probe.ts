/**
 * Which op types have a gradient in the loaded TensorFlow's C++ gradient registry. The C API
 * has no call that lists them, so this asks: for each op, build it in a scratch graph on
 * placeholders and call TF_AddGradients from all its outputs to all its inputs. TensorFlow
 * answers NOT_FOUND "No gradient defined for op: X" when the registry has no entry; an entry
 * registered as "no gradient" (Floor, Shape, ArgMax, ...) yields null gradients instead.
 * scripts/generate-ops.js stores the answer in lib/ops/generated/gradient-table.ts.
 */
import { DType, dtypeName, TensorFlowError, AttrInput, Graph, Output } from '../core';
import type { ArgDef, AttrDef, OpDef } from '../proto';

export interface GradientTable {
  /** A gradient function is registered and yields a gradient for some input. */
  hasGradient: string[];
  /** Registered as having no gradient (REGISTER_NO_GRADIENT_OP): gradients stop here, without error. */
  stopsGradient: string[];
  /** Not in the registry: TF_AddGradients fails on a path through this op. */
  noGradient: string[];
  /** No inputs or no outputs: never between a loss and a variable. */
  notDifferentiable: string[];
  /** Could not be built on placeholders with made-up attributes; op → why. */
  unknown: Record<string, string>;
}

export type GradientStatus = 'hasGradient' | 'stopsGradient' | 'noGradient' | 'notDifferentiable' | 'unknown';

export interface ProbeResult {
  status: GradientStatus;
  /** Why, for 'unknown' and 'notDifferentiable'. */
  detail?: string;
}

/**
 * Made-up values for attributes without defaults. The probe tries these in order and keeps the
 * first that builds: list lengths (N) and int-list lengths (strides, ksize: 4 for 2-D ops, 5 for
 * 3-D ones) are what most often make an op's shape function refuse.
 */
interface Profile {
  listLength: number;
  intListLength: number;
}
const PROFILES: Profile[] = [
  { listLength: 2, intListLength: 4 },
  { listLength: 1, intListLength: 4 },
  { listLength: 2, intListLength: 5 },
  { listLength: 2, intListLength: 2 },
  { listLength: 2, intListLength: 3 },
  { listLength: 2, intListLength: 1 },
];

/** Dtypes the probe prefers for type attributes, in order: gradients matter for floats. */
const PREFERRED: DType[] = ['float32', 'float64', 'float16', 'bfloat16', 'int32', 'int64'];

/** Probes every op in `defs` (internal "_" ops included: imported graphs may hold them). */
export function probeGradients(defs: Iterable<OpDef>): GradientTable {
  const table: GradientTable = { hasGradient: [], stopsGradient: [], noGradient: [], notDifferentiable: [], unknown: {} };
  const sorted = [...defs].sort((a, b) => ((a.name as string) < (b.name as string) ? -1 : 1));
  for (const def of sorted) {
    const result = probeGradient(def);
    if (result.status === 'unknown') table.unknown[def.name as string] = result.detail ?? '';
    else table[result.status].push(def.name as string);
  }
  return table;
}

class Unprobeable extends Error {}

/**
 * Ops whose probe kills the process inside TensorFlow 2.21 (a segfault or a CHECK failure in
 * native code, which no status can report), so they are never built here.
 */
export const CRASHES_TENSORFLOW: Readonly<Record<string, string>> = {
  // gradients.cc treats every Exit node as the end of a while loop and dereferences its
  // (absent) loop context.
  Exit: 'the C++ gradient builder needs the while-loop context of an Exit node; without one it crashes',
  RefExit: 'the C++ gradient builder needs the while-loop context of an Exit node; without one it crashes',
  // Shape functions that crash on the made-up attributes instead of returning an error.
  SplitDedupData: 'its shape function crashes on made-up attributes',
  _FusedQuantizedConv2D: 'its shape function crashes on made-up attributes',
  _FusedQuantizedDepthwiseConv2D: 'its shape function crashes on made-up attributes',
};

/** Probes one op type. */
export function probeGradient(def: OpDef): ProbeResult {
  const inputs = def.inputArg ?? [];
  const outputs = def.outputArg ?? [];
  const crash = CRASHES_TENSORFLOW[def.name as string];
  if (crash) return { status: 'unknown', detail: `not probed: ${crash}` };
  if (def.deprecation)
    return { status: 'unknown', detail: `not probed: deprecated, graphs of version ${def.deprecation.version ?? 0} and later refuse it` };
  if (inputs.length === 0) return { status: 'notDifferentiable', detail: 'no inputs' };
  if (outputs.length === 0) return { status: 'notDifferentiable', detail: 'no outputs' };
  if (inputs.some((arg) => arg.isRef)) return { status: 'unknown', detail: 'takes reference-typed inputs (TF1 variables)' };
  let lastProblem = '';
  for (const profile of PROFILES) {
    const graph = new Graph();
    try {
      let built: { xs: Output[]; ys: Output[] };
      try {
        built = buildOnPlaceholders(graph, def, profile);
      } catch (error) {
        if (error instanceof Unprobeable) return { status: 'unknown', detail: error.message };
        lastProblem = `cannot build: ${firstLine(error)}`;
        continue;
      }
      const dx = built.ys.map((y, i) => placeholder(graph, `dy${i}`, y.dtype));
      try {
        const grads = graph.addGradients(built.ys, built.xs, { dx });
        return { status: grads.some((g) => g !== null) ? 'hasGradient' : 'stopsGradient' };
      } catch (error) {
        const missing = /No gradient defined for op: (\S+?)\.? /.exec((error as Error).message ?? '');
        if (error instanceof TensorFlowError && error.code === 'NOT_FOUND' && missing?.[1] === def.name) return { status: 'noGradient' };
        lastProblem = `gradient function failed: ${firstLine(error)}`;
      }
    } finally {
      graph.dispose();
    }
  }
  return { status: 'unknown', detail: lastProblem };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Node names and memory addresses would make the stored table differ from run to run.
  return message
    .split('\n')[0]
    .replace(/0x[0-9a-f]+/gi, '0x…')
    .slice(0, 160);
}

function placeholder(graph: Graph, name: string, dtype: DType | number): Output {
  return graph.addOperation({ type: 'Placeholder', name, attrs: { dtype } }).output(0);
}

function pickType(attr: AttrDef | undefined): DType | number {
  const allowed = attr?.allowedValues?.list?.type ?? [];
  if (allowed.length === 0) return 'float32';
  for (const dtype of PREFERRED) if (allowed.some((code) => safeName(code) === dtype)) return dtype;
  if (attr?.defaultValue?.type) return attr.defaultValue.type;
  return allowed[0];
}

function safeName(code: number): DType | undefined {
  try {
    return dtypeName(code);
  } catch {
    return undefined;
  }
}

function madeUpValue(attr: AttrDef, profile: Profile): AttrInput {
  const minimum = Number(attr.minimum ?? 0);
  const count = Math.max(minimum, 1);
  const strings = (attr.allowedValues?.list?.s ?? []).map((s) => new TextDecoder().decode(s));
  switch (attr.type) {
    case 'type':
      return pickType(attr);
    case 'list(type)':
      return Array.from({ length: count }, () => pickType(attr));
    case 'int':
      return Math.max(minimum, profile.listLength);
    case 'list(int)':
      return Array.from({ length: Math.max(minimum, profile.intListLength) }, () => 1);
    case 'float':
      return 0.5;
    case 'list(float)':
      // Above 1: ratios (FractionalMaxPool's pooling_ratio) must be, boundaries need not care.
      return Array.from({ length: count }, () => 1.5);
    case 'bool':
      return false;
    case 'list(bool)':
      return Array.from({ length: count }, () => false);
    case 'string':
      // An einsum equation cannot be made up from the attribute's kind alone.
      if (attr.name === 'equation') return profile.listLength === 1 ? 'ij->ji' : 'ij,jk->ik';
      return strings[0] ?? '';
    case 'list(string)':
      return Array.from({ length: count }, () => strings[0] ?? 'a');
    case 'shape':
      return null;
    case 'list(shape)':
      return Array.from({ length: count }, () => null);
    case 'tensor':
      return 0;
    default:
      throw new Unprobeable(`needs a ${attr.type} attribute (${attr.name})`);
  }
}

/** Adds the op on placeholders; xs are all its inputs, ys all its outputs. */
function buildOnPlaceholders(graph: Graph, def: OpDef, profile: Profile): { xs: Output[]; ys: Output[] } {
  const attrDefs = new Map((def.attr ?? []).map((attr) => [attr.name as string, attr]));
  const attrs: Record<string, AttrInput> = {};
  // Inferred attributes first: they decide the placeholders' dtypes and list lengths.
  const typeOf = new Map<string, DType | number>();
  const lengthOf = new Map<string, number>();
  for (const arg of def.inputArg ?? []) {
    if (arg.typeAttr && !typeOf.has(arg.typeAttr)) typeOf.set(arg.typeAttr, pickType(attrDefs.get(arg.typeAttr)));
    if (arg.numberAttr && !lengthOf.has(arg.numberAttr)) {
      lengthOf.set(arg.numberAttr, Math.max(Number(attrDefs.get(arg.numberAttr)?.minimum ?? 0), profile.listLength));
    }
  }
  const inferred = new Set([...typeOf.keys(), ...lengthOf.keys(), ...(def.inputArg ?? []).map((a) => a.typeListAttr).filter(Boolean)]);
  for (const attr of def.attr ?? []) {
    if (inferred.has(attr.name as string) || attr.defaultValue !== undefined) continue;
    attrs[attr.name as string] = madeUpValue(attr, profile);
  }
  const xs: Output[] = [];
  const inputs = (def.inputArg ?? []).map((arg, i) => {
    const dtypes = inputTypes(arg, attrDefs, typeOf, lengthOf, profile);
    const made = dtypes.map((dtype, j) => placeholder(graph, `x${i}_${j}`, dtype));
    xs.push(...made);
    return arg.numberAttr || arg.typeListAttr ? made : made[0];
  });
  const op = graph.addOperation({ type: def.name as string, name: 'probe', inputs, attrs });
  return { xs, ys: op.outputs };
}

function inputTypes(
  arg: ArgDef,
  attrDefs: Map<string, AttrDef>,
  typeOf: Map<string, DType | number>,
  lengthOf: Map<string, number>,
  profile: Profile,
): Array<DType | number> {
  if (arg.typeListAttr) {
    const attr = attrDefs.get(arg.typeListAttr);
    const length = Math.max(Number(attr?.minimum ?? 0), 1);
    return Array.from({ length }, () => pickType(attr));
  }
  const element = arg.type ? arg.type : (typeOf.get(arg.typeAttr as string) as DType | number);
  if (arg.numberAttr) return Array.from({ length: lengthOf.get(arg.numberAttr) ?? profile.listLength }, () => element);
  return [element];
}
