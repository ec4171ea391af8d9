/**
 * Function inlining for TF2 SavedModels: a GraphDef -> GraphDef transform that replaces the
 * PartitionedCall / StatefulPartitionedCall nodes (and direct calls of library functions) that
 * given output tensors depend on by their function bodies, recursively. Why: TensorFlow's C API
 * differentiates with the C++ gradient registry, which has no gradient for function-call ops, so
 * a Keras 3 `model.export()` or `tf.saved_model.save` graph only becomes trainable once its
 * computation sits at the top level of the graph.
 *
 * Also here: what a TF2 SavedModel's object graph and restore function say about its variables
 * (checkpoint keys, Keras variable names, trainable flags), which the inlined graph needs to
 * become hydra-tf variables.
 */
import * as protobuf from 'protobufjs/light';
import { invalidArgument, makeError, parseTensorName } from '../core';
import type { AttrValue, FunctionDef, GraphDef, NodeDef, OpDef } from '../proto';

/** Op types that call the function named by their "f" attribute. */
export const CALL_OPS = new Set(['PartitionedCall', 'StatefulPartitionedCall']);

/** At most this many calls are inlined (a recursive function would otherwise never end). */
const MAX_INLINED = 20000;

export interface InlineResult {
  graph: GraphDef;
  /** The requested output tensors, renamed where they were outputs of an inlined call. */
  outputs: string[];
  /** How many calls were inlined. */
  inlined: number;
}

function nodeOfInput(input: string): string {
  return parseTensorName(input.startsWith('^') ? input.slice(1) : input)[0];
}

/** `node:index` in GraphDef spelling (index 0 is the bare node name). */
function tensorName(node: string, index: number): string {
  return index === 0 ? node : `${node}:${index}`;
}

/** The function a node calls, or undefined (with the attributes its placeholders take). */
function calledFunction(
  node: NodeDef,
  library: Map<string, FunctionDef>,
): { fn: FunctionDef; attrs: Record<string, AttrValue> } | undefined {
  const op = node.op ?? '';
  if (CALL_OPS.has(op)) {
    const f = node.attr?.f?.func;
    const fn = f?.name ? library.get(f.name) : undefined;
    if (!fn)
      throw invalidArgument(`inlining node "${node.name}" (${op}): its function "${f?.name ?? ''}" is not in the graph's function library`);
    return { fn, attrs: f?.attr ?? {} };
  }
  const fn = library.get(op);
  return fn ? { fn, attrs: node.attr ?? {} } : undefined;
}

/** `value` with every attribute placeholder replaced by the call's attribute of that name. */
function substitute(value: AttrValue, attrs: Record<string, AttrValue>, where: string): AttrValue {
  if (value.placeholder) {
    const bound = attrs[value.placeholder];
    if (!bound)
      throw invalidArgument(`inlining ${where}: attribute placeholder "${value.placeholder}" has no value in the call's attributes`);
    return bound;
  }
  if (value.func?.attr) {
    const attr: Record<string, AttrValue> = {};
    for (const [k, v] of Object.entries(value.func.attr)) attr[k] = substitute(v, attrs, where);
    return { func: { ...value.func, attr } };
  }
  return value;
}

/** How many tensors each output argument of `node` stands for (number_attr / type_list_attr), by OpDef. */
function outputArgSizes(node: NodeDef, opDef: OpDef): Array<[string, number]> {
  const attrOf = (name: string): AttrValue | undefined => node.attr?.[name] ?? opDef.attr?.find((a) => a.name === name)?.defaultValue;
  return (opDef.outputArg ?? []).map((arg) => {
    if (arg.numberAttr) return [arg.name as string, Number(attrOf(arg.numberAttr)?.i ?? 0)];
    if (arg.typeListAttr) return [arg.name as string, attrOf(arg.typeListAttr)?.list?.type?.length ?? 0];
    return [arg.name as string, 1];
  });
}

/**
 * Inlines every function call the `outputs` (tensor names) depend on through data edges, and the
 * calls inside those bodies. Body nodes are named `<call>/<node>` (made unique if taken); the call
 * node becomes a NoOp of the same name that waits for the body's control and data returns, so
 * control edges on the call keep their meaning; data edges on the call are rewired to the body's
 * return tensors. The function library is kept (functional control flow still refers to it).
 */
export function inlineFunctionCalls(graph: GraphDef, outputs: string[], opDef: (op: string) => OpDef | undefined): InlineResult {
  const library = new Map((graph.library?.function ?? []).map((f) => [f.signature?.name as string, f]));
  const nodes: NodeDef[] = (graph.node ?? []).map((n) => ({ ...n, input: [...(n.input ?? [])] }));
  const byName = new Map(nodes.map((n) => [n.name as string, n]));
  let roots = [...outputs];
  let inlined = 0;
  // The functions each inlined node sits inside: a call of one of them is recursion.
  const chains = new Map<string, string[]>();

  const pendingCalls = (): NodeDef[] => {
    const seen = new Set<string>();
    const stack = roots.map((t) => nodeOfInput(t));
    const calls: NodeDef[] = [];
    while (stack.length) {
      const name = stack.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      const node = byName.get(name);
      if (!node) continue;
      if (CALL_OPS.has(node.op ?? '') || library.has(node.op ?? '')) calls.push(node);
      for (const input of node.input ?? []) if (!input.startsWith('^')) stack.push(nodeOfInput(input));
    }
    return calls;
  };

  const uniquePrefix = (base: string): string => {
    const taken = (p: string) => [...byName.keys()].some((n) => n.startsWith(p));
    if (!taken(`${base}/`)) return `${base}/`;
    for (let i = 1; ; i++) if (!taken(`${base}_inlined_${i}/`)) return `${base}_inlined_${i}/`;
  };

  for (let calls = pendingCalls(); calls.length; calls = pendingCalls()) {
    for (const call of calls) {
      if (++inlined > MAX_INLINED)
        throw makeError(
          'UNIMPLEMENTED',
          `inlining function calls: more than ${MAX_INLINED} calls (a recursive function?) at node "${call.name}"`,
        );
      const { fn, attrs } = calledFunction(call, library) as { fn: FunctionDef; attrs: Record<string, AttrValue> };
      const fnName = fn.signature?.name ?? '';
      const where = `node "${call.name}" (function "${fnName}")`;
      const chain = chains.get(call.name as string) ?? [];
      if (chain.includes(fnName))
        throw makeError(
          'UNIMPLEMENTED',
          `inlining ${where}: the function calls itself (${[...chain, fnName].join(' -> ')}); recursive functions cannot be inlined`,
        );
      const inputArgs = fn.signature?.inputArg ?? [];
      if (inputArgs.some((a) => a.numberAttr || a.typeListAttr))
        throw makeError('UNIMPLEMENTED', `inlining ${where}: list-valued function arguments are not supported`);
      const dataInputs = (call.input ?? []).filter((i) => !i.startsWith('^'));
      const controlInputs = (call.input ?? []).filter((i) => i.startsWith('^'));
      if (dataInputs.length !== inputArgs.length)
        throw invalidArgument(`inlining ${where}: the call has ${dataInputs.length} inputs, the function ${inputArgs.length} arguments`);
      const args = new Map(inputArgs.map((a, i) => [a.name as string, dataInputs[i]]));
      const prefix = uniquePrefix(call.name as string);
      const body = new Map((fn.nodeDef ?? []).map((n) => [n.name as string, n]));

      // Body nodes with their attributes bound, so output-argument sizes can be read from them.
      const bound = new Map<string, NodeDef>();
      for (const n of fn.nodeDef ?? []) {
        const attr: Record<string, AttrValue> = {};
        for (const [k, v] of Object.entries(n.attr ?? {})) attr[k] = substitute(v, attrs, `${where}, node "${n.name}"`);
        bound.set(n.name as string, { ...n, attr });
      }
      const flatIndex = (nodeName: string, outArg: string, index: number): number => {
        const node = bound.get(nodeName) as NodeDef;
        const called = library.get(node.op ?? '');
        const def = called ? called.signature : opDef(node.op ?? '');
        if (!def)
          throw invalidArgument(
            `inlining ${where}: node "${nodeName}" has op "${node.op}", which is neither a registered op nor a library function`,
          );
        const sizes = called ? (def.outputArg ?? []).map((a) => [a.name as string, 1] as [string, number]) : outputArgSizes(node, def);
        let offset = 0;
        for (const [name, size] of sizes) {
          if (name === outArg) {
            if (index >= size)
              throw invalidArgument(
                `inlining ${where}: "${nodeName}:${outArg}:${index}" is past the ${size} tensors of output "${outArg}"`,
              );
            return offset + index;
          }
          offset += size;
        }
        throw invalidArgument(`inlining ${where}: op "${node.op}" of node "${nodeName}" has no output "${outArg}"`);
      };
      const translate = (ref: string): string => {
        if (ref.startsWith('^')) {
          const name = ref.slice(1);
          if (body.has(name)) return `^${prefix}${name}`;
          if (args.has(name)) return `^${nodeOfInput(args.get(name) as string)}`;
          throw invalidArgument(`inlining ${where}: control input "${ref}" names no node or argument of the function`);
        }
        const parts = ref.split(':');
        if (parts.length === 1) {
          if (args.has(ref)) return args.get(ref) as string;
          throw invalidArgument(`inlining ${where}: input "${ref}" names no argument of the function`);
        }
        if (parts.length === 2 && args.has(parts[0])) return args.get(parts[0]) as string;
        const [nodeName, outArg, index] = [parts.slice(0, -2).join(':'), parts[parts.length - 2], Number(parts[parts.length - 1])];
        if (!body.has(nodeName)) throw invalidArgument(`inlining ${where}: input "${ref}" names no node of the function`);
        return tensorName(`${prefix}${nodeName}`, flatIndex(nodeName, outArg, index));
      };

      const added: NodeDef[] = [];
      for (const n of bound.values()) {
        const input = (n.input ?? []).map(translate);
        // The body waits for what the call waited for: its sources take the call's control inputs.
        const internal = (n.input ?? []).some((i) => body.has(i.startsWith('^') ? i.slice(1) : i.split(':')[0]));
        added.push({
          ...n,
          name: `${prefix}${n.name}`,
          input: internal ? input : [...input, ...controlInputs],
          device: n.device || call.device || undefined,
        });
      }
      const returns = (fn.signature?.outputArg ?? []).map((arg) => {
        const ref = fn.ret?.[arg.name as string];
        if (ref === undefined) throw invalidArgument(`inlining ${where}: output "${arg.name}" has no return value`);
        return translate(ref);
      });
      const waits = [...Object.values(fn.controlRet ?? {}).map((name) => `^${prefix}${name}`), ...returns.map((r) => `^${nodeOfInput(r)}`)];
      // Rewire the call's data consumers to the body's returns.
      const callName = call.name as string;
      const rename = (input: string): string => {
        // Most inputs name other nodes: skip parsing them (this runs over the whole graph per call).
        if (input !== callName && !input.startsWith(`${callName}:`)) return input;
        const [name, index] = parseTensorName(input);
        if (name !== call.name) return input;
        if (index >= returns.length) throw invalidArgument(`inlining ${where}: "${input}" is past the call's ${returns.length} outputs`);
        return returns[index];
      };
      for (const node of nodes) node.input = (node.input ?? []).map(rename);
      for (const node of added) node.input = (node.input ?? []).map(rename);
      roots = roots.map(rename);
      const noOp: NodeDef = { name: call.name, op: 'NoOp', input: [...new Set(waits)], device: call.device };
      const at = nodes.indexOf(call);
      nodes.splice(at, 1, noOp, ...added);
      byName.set(call.name as string, noOp);
      for (const node of added) {
        byName.set(node.name as string, node);
        chains.set(node.name as string, [...chain, fnName]);
      }
    }
  }
  return { graph: { ...graph, node: nodes }, outputs: roots, inlined };
}

/**
 * The checkpoint key each variable is restored from, by the restore function of a TF2
 * SavedModel's saver (saver_def.restore_op_name is a call of `__inference__traced_restore_*`):
 * its RestoreV2 names the keys, AssignVariableOp writes them into the call's variable arguments.
 * Keyed by the outer graph's VarHandleOp node name.
 */
export function restoredCheckpointKeys(graph: GraphDef, restoreOp: string, opDef: (op: string) => OpDef | undefined): Map<string, string> {
  const keys = new Map<string, string>();
  const [restoreNode] = parseTensorName(restoreOp.startsWith('^') ? restoreOp.slice(1) : restoreOp);
  const node = (graph.node ?? []).find((n) => n.name === restoreNode);
  if (!node) return keys;
  // Inline only the restore call: a throwaway consumer makes it the one root.
  const probe = inlineFunctionCalls(
    { ...graph, node: [...(graph.node ?? []), { name: '__restore_probe__', op: 'NoOp', input: [restoreNode] }] },
    ['__restore_probe__'],
    opDef,
  );
  const byName = new Map((probe.graph.node ?? []).map((n) => [n.name as string, n]));
  const outer = new Set((graph.node ?? []).filter((n) => n.op === 'VarHandleOp').map((n) => n.name as string));
  for (const assign of probe.graph.node ?? []) {
    if (assign.op !== 'AssignVariableOp') continue;
    const [handle, value] = (assign.input ?? []).filter((i) => !i.startsWith('^'));
    const variable = nodeOfInput(handle ?? '');
    if (!outer.has(variable)) continue;
    let [source, index] = parseTensorName(value ?? '');
    for (let hops = 0; byName.get(source)?.op === 'Identity' && hops < 100; hops++)
      [source, index] = parseTensorName((byName.get(source)?.input ?? [])[0] ?? '');
    const restore = byName.get(source);
    if (restore?.op !== 'RestoreV2') continue;
    const names = byName.get(nodeOfInput((restore.input ?? [])[1] ?? ''));
    const key = names?.attr?.value?.tensor?.stringVal?.[index];
    if (key !== undefined) keys.set(variable, Buffer.from(key as Uint8Array).toString('utf8'));
  }
  return keys;
}

/** What a SavedModel's object graph says about a variable. */
export interface SavedVariableInfo {
  /** Its name in Python (Keras 3: the variable's path, e.g. "dense_1/kernel"). */
  name: string;
  trainable: boolean;
}

/**
 * Reads, from a serialised SavedObjectGraph, the variables bound to a concrete function's
 * captured inputs (its bound_inputs, in capture order); undefined when the function is not there.
 * Only the few fields needed are decoded (field numbers of saved_object_graph.proto):
 * SavedObjectGraph{nodes=1, concrete_functions=2 map}, SavedObject{variable=7},
 * SavedVariable{trainable=3, name=6}, SavedConcreteFunction{bound_inputs=2}.
 */
export function boundVariables(objectGraph: Uint8Array, functionName: string): Array<SavedVariableInfo | undefined> | undefined {
  const nodes: Array<SavedVariableInfo | undefined> = [];
  let bound: number[] | undefined;
  const top = protobuf.Reader.create(objectGraph);
  while (top.pos < top.len) {
    const tag = top.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) {
      const object = protobuf.Reader.create(top.bytes());
      let info: SavedVariableInfo | undefined;
      while (object.pos < object.len) {
        const t = object.uint32();
        if (t >>> 3 === 7 && (t & 7) === 2) {
          const variable = protobuf.Reader.create(object.bytes());
          info = { name: '', trainable: false };
          while (variable.pos < variable.len) {
            const v = variable.uint32();
            if (v >>> 3 === 3 && (v & 7) === 0) info.trainable = variable.bool();
            else if (v >>> 3 === 6 && (v & 7) === 2) info.name = variable.string();
            else variable.skipType(v & 7);
          }
        } else object.skipType(t & 7);
      }
      nodes.push(info);
    } else if (tag >>> 3 === 2 && (tag & 7) === 2) {
      const entry = protobuf.Reader.create(top.bytes());
      let key = '';
      let value: Uint8Array | undefined;
      while (entry.pos < entry.len) {
        const t = entry.uint32();
        if (t >>> 3 === 1 && (t & 7) === 2) key = entry.string();
        else if (t >>> 3 === 2 && (t & 7) === 2) value = entry.bytes();
        else entry.skipType(t & 7);
      }
      if (key !== functionName || !value) continue;
      const fn = protobuf.Reader.create(value);
      bound = [];
      while (fn.pos < fn.len) {
        const t = fn.uint32();
        if (t >>> 3 === 2 && (t & 7) === 2) {
          const end = fn.uint32() + fn.pos;
          while (fn.pos < end) bound.push(fn.int32());
        } else if (t >>> 3 === 2 && (t & 7) === 0) bound.push(fn.int32());
        else fn.skipType(t & 7);
      }
    } else top.skipType(tag & 7);
  }
  return bound?.map((id) => nodes[id]);
}

// ------------------------------------------------------------------ differentiability rewrites

/** What rewriteForGradients changed, by kind (for messages and tests). */
export interface RewriteCounts {
  inlined: number;
  resourceGathers: number;
  constantIfs: number;
  unrolledWhiles: number;
  tensorLists: number;
  /** Erfc -> 1 - Erf, IdentityN (Python custom gradients) bypassed, EnsureShape -> Identity. */
  elementwise: number;
}

type Scalar = number | boolean;

/** Scalar integer/boolean arithmetic, enough to decide static loop trip counts and constant predicates. */
const SCALAR_OPS: Record<string, (args: Scalar[]) => Scalar> = {
  Identity: ([a]) => a,
  Snapshot: ([a]) => a,
  AddV2: ([a, b]) => Number(a) + Number(b),
  Add: ([a, b]) => Number(a) + Number(b),
  Sub: ([a, b]) => Number(a) - Number(b),
  Mul: ([a, b]) => Number(a) * Number(b),
  FloorDiv: ([a, b]) => Math.floor(Number(a) / Number(b)),
  FloorMod: ([a, b]) => Number(a) - Math.floor(Number(a) / Number(b)) * Number(b),
  Maximum: ([a, b]) => Math.max(Number(a), Number(b)),
  Minimum: ([a, b]) => Math.min(Number(a), Number(b)),
  Less: ([a, b]) => Number(a) < Number(b),
  LessEqual: ([a, b]) => Number(a) <= Number(b),
  Greater: ([a, b]) => Number(a) > Number(b),
  GreaterEqual: ([a, b]) => Number(a) >= Number(b),
  Equal: ([a, b]) => a === b,
  NotEqual: ([a, b]) => a !== b,
  LogicalAnd: ([a, b]) => Boolean(a) && Boolean(b),
  LogicalOr: ([a, b]) => Boolean(a) || Boolean(b),
  LogicalNot: ([a]) => !a,
  Cast: ([a]) => (typeof a === 'boolean' ? Number(a) : a),
};

const REDUCTIONS = new Set(['Max', 'Min', 'Sum', 'Prod', 'Mean']);

/** A scalar Const's value (bool or integer), else undefined. */
function constantScalar(node: NodeDef | undefined): Scalar | undefined {
  const tensor = node?.op === 'Const' ? node.attr?.value?.tensor : undefined;
  if (!tensor) return undefined;
  if ((tensor.tensorShape?.dim ?? []).some((d) => Number(d.size) !== 1)) return undefined;
  if (tensor.boolVal?.length) return tensor.boolVal[0];
  if (tensor.intVal?.length) return tensor.intVal[0];
  if (tensor.int64Val?.length) return Number(tensor.int64Val[0]);
  const content = tensor.tensorContent as Uint8Array | undefined;
  if (content?.length) {
    const view = Buffer.from(content);
    if (tensor.dtype === 10) return view[0] !== 0; // DT_BOOL
    if (tensor.dtype === 3) return view.readInt32LE(0); // DT_INT32
    if (tensor.dtype === 9) return Number(view.readBigInt64LE(0)); // DT_INT64
  }
  if (tensor.dtype === 10) return false; // an all-default proto is false / 0
  if (tensor.dtype === 3 || tensor.dtype === 9) return 0;
  return undefined;
}

/**
 * Evaluates a tensor of a graph (or function body) made only of constants and SCALAR_OPS; undefined
 * when it depends on anything else. `resolve` maps an input reference to [node, known value].
 */
function evaluate(ref: string, lookup: (ref: string) => { node?: NodeDef; value?: Scalar }, depth = 0): Scalar | undefined {
  if (depth > 200) return undefined;
  const found = lookup(ref);
  if (found.value !== undefined) return found.value;
  const node = found.node;
  if (!node) return undefined;
  const constant = constantScalar(node);
  if (constant !== undefined) return constant;
  // A reduction of a scalar (Keras's max sequence length: Max(5, range(0))) is the scalar itself.
  if (REDUCTIONS.has(node.op ?? '')) {
    const input = (node.input ?? [])[0];
    const target = input === undefined ? undefined : lookup(input).node;
    const scalar = constantScalar(target);
    if (scalar !== undefined) return scalar;
    return undefined;
  }
  const op = SCALAR_OPS[node.op ?? ''];
  if (!op) return undefined;
  const args: Scalar[] = [];
  for (const input of (node.input ?? []).filter((i) => !i.startsWith('^'))) {
    const v = evaluate(input, lookup, depth + 1);
    if (v === undefined) return undefined;
    args.push(v);
  }
  return op(args);
}

/** Longest loop this rewrite unrolls. */
const MAX_UNROLL = 1000;

/**
 * Rewrites the nodes the outputs depend on into ops TensorFlow's C++ gradient registry can
 * differentiate, each computing the same values: function calls inlined; ResourceGather into
 * ReadVariableOp + GatherV2 (embeddings); If / StatelessIf with a constant predicate into a call of
 * that branch; While / StatelessWhile whose trip count is static (its condition depends only on
 * loop variables that start constant and are updated from constants) into that many calls of its
 * body; then the tensor lists of unrolled RNNs: TensorListGetItem of a TensorListFromTensor into
 * GatherV2, TensorListStack of SetItems at static indices into Pack; Erfc into 1 - Erf; IdentityN
 * (tf.custom_gradient) read through; EnsureShape into Identity. Repeats until nothing changes
 * (branches and bodies may hold more of the same).
 */
export function rewriteForGradients(
  graph: GraphDef,
  outputs: string[],
  opDef: (op: string) => OpDef | undefined,
): InlineResult & { counts: RewriteCounts } {
  const counts: RewriteCounts = { inlined: 0, resourceGathers: 0, constantIfs: 0, unrolledWhiles: 0, tensorLists: 0, elementwise: 0 };
  const library = new Map((graph.library?.function ?? []).map((f) => [f.signature?.name as string, f]));
  let current = graph;
  let roots = outputs;
  for (let round = 0; round < 10000; round++) {
    const inlined = inlineFunctionCalls(current, roots, opDef);
    counts.inlined += inlined.inlined;
    current = inlined.graph;
    roots = inlined.outputs;
    const nodes = current.node as NodeDef[];
    const byName = new Map(nodes.map((n) => [n.name as string, n]));
    const reachable = new Set<string>();
    const stack = roots.map(nodeOfInput);
    while (stack.length) {
      const name = stack.pop() as string;
      if (reachable.has(name) || !byName.has(name)) continue;
      reachable.add(name);
      for (const input of byName.get(name)?.input ?? []) if (!input.startsWith('^')) stack.push(nodeOfInput(input));
    }
    const outerLookup = (ref: string) => ({ node: byName.get(nodeOfInput(ref)) });
    // The node a tensor comes from, through Identity ops (loop bodies pass tensor lists through them).
    const source = (ref: string): NodeDef | undefined => {
      let node = byName.get(nodeOfInput(ref));
      for (let hops = 0; node && (node.op === 'Identity' || node.op === 'Snapshot') && hops < 1000; hops++)
        node = byName.get(nodeOfInput((node.input ?? [])[0] ?? ''));
      return node;
    };
    let changed = false;
    const added: NodeDef[] = [];
    for (const node of nodes) {
      if (!reachable.has(node.name as string)) continue;
      const data = (node.input ?? []).filter((i) => !i.startsWith('^'));
      const control = (node.input ?? []).filter((i) => i.startsWith('^'));
      if (node.op === 'ResourceGather') {
        const dtype = node.attr?.dtype;
        const batchDims = Number(node.attr?.batch_dims?.i ?? 0);
        const read: NodeDef = {
          name: `${node.name}/params`,
          op: 'ReadVariableOp',
          input: [data[0], ...control],
          attr: { dtype: dtype as AttrValue },
          device: node.device,
        };
        const axis: NodeDef = {
          name: `${node.name}/axis`,
          op: 'Const',
          input: control,
          attr: { dtype: { type: 3 }, value: { tensor: { dtype: 3, tensorShape: {}, intVal: [batchDims] } } },
          device: node.device,
        };
        added.push(read, axis);
        node.op = 'GatherV2';
        node.input = [read.name as string, data[1], axis.name as string, ...control];
        node.attr = {
          Tparams: dtype as AttrValue,
          Tindices: node.attr?.Tindices ?? { type: 3 },
          Taxis: { type: 3 },
          batch_dims: { i: batchDims },
        };
        counts.resourceGathers++;
        changed = true;
      } else if (node.op === 'Erfc') {
        // erfc(x) = 1 - erf(x): Erf has a C++ gradient, Erfc none (Keras's exact GELU uses Erfc).
        const t = node.attr?.T as AttrValue;
        const dtype = Number(t?.type ?? 1);
        const one: NodeDef = {
          name: `${node.name}/one`,
          op: 'Const',
          input: control,
          attr: {
            dtype: t,
            value: {
              tensor: {
                dtype,
                tensorShape: {},
                ...(dtype === 2
                  ? { doubleVal: [1] }
                  : dtype === 19
                    ? { halfVal: [0x3c00] }
                    : dtype === 14
                      ? { halfVal: [0x3f80] }
                      : { floatVal: [1] }),
              },
            },
          },
          device: node.device,
        };
        const erf: NodeDef = { name: `${node.name}/erf`, op: 'Erf', input: [data[0], ...control], attr: { T: t }, device: node.device };
        added.push(one, erf);
        node.op = 'Sub';
        node.input = [one.name as string, erf.name as string];
        node.attr = { T: t };
        counts.elementwise++;
        changed = true;
      } else if (node.op === 'EnsureShape') {
        // A run-time shape check with no gradient: the shapes were checked when Python traced.
        node.op = 'Identity';
        node.attr = { T: node.attr?.T as AttrValue };
        counts.elementwise++;
        changed = true;
      } else if (node.op === 'IdentityN') {
        // tf.custom_gradient's marker (Keras's swish): its gradient function is Python code; the
        // ops it wraps differentiate to the same values, so read through it.
        const through = (input: string): string => {
          if (input.startsWith('^')) return input;
          const [name, index] = parseTensorName(input);
          return name === node.name ? data[index] : input;
        };
        for (const other of nodes) other.input = (other.input ?? []).map(through);
        roots = roots.map(through);
        node.op = 'NoOp';
        node.input = data.map((d) => `^${nodeOfInput(d)}`).concat(control);
        node.attr = {};
        counts.elementwise++;
        changed = true;
      } else if (node.op === 'TensorListGetItem') {
        // An unstacked tensor's item i (an RNN reading its input at step i) is a gather of row i.
        const list = source(data[0]);
        if (list?.op !== 'TensorListFromTensor') continue;
        const axis: NodeDef = {
          name: `${node.name}/axis`,
          op: 'Const',
          input: control,
          attr: { dtype: { type: 3 }, value: { tensor: { dtype: 3, tensorShape: {}, intVal: [0] } } },
          device: node.device,
        };
        added.push(axis);
        const dtype = node.attr?.element_dtype as AttrValue;
        node.op = 'GatherV2';
        node.input = [(list.input ?? [])[0], data[1], axis.name as string, ...control];
        node.attr = { Tparams: dtype, Tindices: { type: 3 }, Taxis: { type: 3 }, batch_dims: { i: 0 } };
        counts.tensorLists++;
        changed = true;
      } else if (node.op === 'TensorListStack') {
        // A list filled by SetItem at static indices (an unrolled RNN's outputs) stacks as a Pack.
        const items = new Map<number, string>();
        let list = source(data[0]);
        let ok = true;
        while (list?.op === 'TensorListSetItem') {
          const [inner, index, item] = (list.input ?? []).filter((i) => !i.startsWith('^'));
          const at = evaluate(index, outerLookup);
          if (typeof at !== 'number') {
            ok = false;
            break;
          }
          if (!items.has(at)) items.set(at, item);
          list = source(inner);
        }
        const size = list?.op === 'TensorListReserve' ? evaluate((list.input ?? [])[1] ?? '', outerLookup) : undefined;
        if (!ok || typeof size !== 'number' || size <= 0 || [...Array(size).keys()].some((k) => !items.has(k))) continue;
        node.op = 'Pack';
        node.input = [...[...Array(size).keys()].map((k) => items.get(k) as string), ...control];
        node.attr = { T: node.attr?.element_dtype as AttrValue, N: { i: size }, axis: { i: 0 } };
        counts.tensorLists++;
        changed = true;
      } else if (node.op === 'If' || node.op === 'StatelessIf') {
        const predicate = evaluate(data[0], outerLookup);
        if (predicate === undefined) continue;
        const branch = (predicate !== false && predicate !== 0 ? node.attr?.then_branch : node.attr?.else_branch)?.func;
        node.op = 'PartitionedCall';
        node.input = [...data.slice(1), ...control];
        node.attr = { f: { func: branch } };
        counts.constantIfs++;
        changed = true;
      } else if (node.op === 'While' || node.op === 'StatelessWhile') {
        const cond = library.get(node.attr?.cond?.func?.name ?? '');
        const body = library.get(node.attr?.body?.func?.name ?? '');
        if (!cond || !body) continue;
        const trips = staticTripCount(data, cond, body, outerLookup);
        if (trips === undefined) continue;
        let vars = data;
        const bodyName = node.attr?.body?.func;
        for (let t = 0; t < trips; t++) {
          const name = `${node.name}/iteration_${t}`;
          added.push({
            name,
            op: 'PartitionedCall',
            input: [...vars, ...(t === 0 ? control : [])],
            attr: { f: { func: bodyName } },
            device: node.device,
          });
          vars = vars.map((_, k) => tensorName(name, k));
        }
        const finals = vars;
        for (const other of nodes) {
          other.input = (other.input ?? []).map((input) => {
            if (input.startsWith('^')) return input;
            const [source, index] = parseTensorName(input);
            return source === node.name ? finals[index] : input;
          });
        }
        roots = roots.map((r) => (parseTensorName(r)[0] === node.name ? finals[parseTensorName(r)[1]] : r));
        node.op = 'NoOp';
        node.input = trips > 0 ? [`^${node.name}/iteration_${trips - 1}`] : control;
        node.attr = {};
        counts.unrolledWhiles++;
        changed = true;
      }
    }
    current = { ...current, node: [...nodes, ...added] };
    if (!changed) return { graph: current, outputs: roots, inlined: counts.inlined, counts };
  }
  throw makeError('UNIMPLEMENTED', 'rewriting for gradients: too many rounds (recursive functions?)');
}

/**
 * The number of times a While runs, when it does not depend on data: the loop variables that
 * start constant and whose updates use only such variables and constants are simulated, and the
 * condition must depend on those alone. Undefined when it depends on anything else.
 */
function staticTripCount(
  initial: string[],
  cond: FunctionDef,
  body: FunctionDef,
  outerLookup: (ref: string) => { node?: NodeDef },
): number | undefined {
  const condArgs = (cond.signature?.inputArg ?? []).map((a) => a.name as string);
  const bodyArgs = (body.signature?.inputArg ?? []).map((a) => a.name as string);
  const bodyOuts = (body.signature?.outputArg ?? []).map((a) => body.ret?.[a.name as string] ?? '');
  if (bodyArgs.length !== initial.length || bodyOuts.length !== initial.length || condArgs.length !== initial.length) return undefined;
  let values: Array<Scalar | undefined> = initial.map((ref) => evaluate(ref, outerLookup));
  const functionLookup = (fn: FunctionDef, args: string[], vals: Array<Scalar | undefined>) => {
    const nodes = new Map((fn.nodeDef ?? []).map((n) => [n.name as string, n]));
    return (ref: string) => {
      const argIndex = args.indexOf(ref.split(':')[0]);
      if (argIndex >= 0) return { value: vals[argIndex] };
      return { node: nodes.get(ref.split(':')[0]) };
    };
  };
  for (let trips = 0; trips <= MAX_UNROLL; trips++) {
    const go = evaluate(cond.ret?.[cond.signature?.outputArg?.[0]?.name ?? ''] ?? '', functionLookup(cond, condArgs, values));
    if (go === undefined) return undefined;
    if (!go) return trips;
    const lookup = functionLookup(body, bodyArgs, values);
    values = bodyOuts.map((ref, k) => (values[k] === undefined ? undefined : evaluate(ref, lookup)));
  }
  return undefined;
}
