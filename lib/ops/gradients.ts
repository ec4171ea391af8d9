/**
 * Refusing, before training, a model whose loss cannot be differentiated by TensorFlow's C++
 * gradient registry (the only one the C API has; Python's gradients are not in it). The table of
 * which ops have a gradient is probed from the library and stored in generated/gradient-table.ts.
 */
import { invalidArgument, Output, version, DTYPE_CODES } from '../core';
import { HAS_GRADIENT, NO_GRADIENT, NOT_DIFFERENTIABLE, STOPS_GRADIENT, UNKNOWN_GRADIENT } from './generated/gradient-table';
import type { GradientStatus } from './gradient-probe';

export type { GradientStatus, GradientTable } from './gradient-probe';

const STATUS = new Map<string, GradientStatus>([
  ...HAS_GRADIENT.map((op) => [op, 'hasGradient'] as const),
  ...STOPS_GRADIENT.map((op) => [op, 'stopsGradient'] as const),
  ...NO_GRADIENT.map((op) => [op, 'noGradient'] as const),
  ...NOT_DIFFERENTIABLE.map((op) => [op, 'notDifferentiable'] as const),
  ...Object.keys(UNKNOWN_GRADIENT).map((op) => [op, 'unknown'] as const),
]);

/** What the C++ gradient registry of the pinned TensorFlow says about an op type (undefined: not a registered op). */
export function gradientStatus(opType: string): GradientStatus | undefined {
  return STATUS.get(opType);
}

/** Whether TF_AddGradients can differentiate through an op type (a registered "no gradient" counts: it stops, without error). */
export function hasCppGradient(opType: string): boolean {
  const status = STATUS.get(opType);
  return status === 'hasGradient' || status === 'stopsGradient';
}

/** Dtypes along which gradients flow; integer, bool and string edges carry none in TensorFlow. */
const DIFFERENTIABLE_CODES = new Set(
  ['float16', 'bfloat16', 'float32', 'float64', 'complex64', 'complex128'].map((d) => DTYPE_CODES[d as keyof typeof DTYPE_CODES]),
);

/**
 * Exits of TF1 while loops (as in imported graphs): TF_AddGradients dereferences the loop
 * context only loops built by TensorFlow's C++ while_loop have, so it would crash the process.
 */
const WHILE_LOOP_EXITS = new Set(['Exit', 'RefExit']);

interface Node {
  type: string;
  inputs: Array<[string, number]>;
  outputTypes: number[];
}

/**
 * Throws an InvalidArgumentError naming every op that would make `graph.addGradients(ys, xs)`
 * fail for lack of a C++ gradient, with its node name (which carries the layer's name scope)
 * and the variables it lies between. Mirrors TensorFlow's own traversal: an op needs a gradient
 * when it is downstream of an x and receives a gradient on some output; gradients flow from the
 * ys back along floating-point edges through ops that pass them on.
 */
export function checkDifferentiable(ys: Output[], xs: Output[]): void {
  if (ys.length === 0 || xs.length === 0) return;
  const graph = ys[0].graph;
  const handle = graph.handle();
  // The part of the graph the ys depend on, read once from the native graph.
  const nodes = new Map<string, Node>();
  const stack = ys.map((y) => y.op.name);
  while (stack.length) {
    const name = stack.pop() as string;
    if (nodes.has(name)) continue;
    const info = handle.operationInfo(name);
    if (!info) continue;
    const inputs = handle.operationInputs(name).inputs;
    nodes.set(name, { type: info.type, inputs, outputTypes: info.outputTypes });
    for (const [input] of inputs) if (!nodes.has(input)) stack.push(input);
  }
  const consumers = new Map<string, string[]>();
  for (const [name, node] of nodes) {
    for (const [input] of node.inputs) consumers.set(input, [...(consumers.get(input) ?? []), name]);
  }
  const xOps = new Set(xs.map((x) => x.op.name));
  const downstream = reachableFrom(xOps, consumers);

  // Backwards from the ys, in reverse topological order, marking outputs that receive a gradient.
  const receiving = new Set<string>(ys.map((y) => `${y.op.name}:${y.index}`));
  const offenders: string[] = [];
  for (const name of reverseTopological(nodes, consumers)) {
    const node = nodes.get(name) as Node;
    const receives = node.outputTypes.some((_, i) => receiving.has(`${name}:${i}`));
    if (!receives || !downstream.has(name)) continue;
    const status = STATUS.get(node.type);
    if (status === 'noGradient' || WHILE_LOOP_EXITS.has(node.type)) offenders.push(name);
    if (status === 'stopsGradient') continue;
    for (const [input, index] of node.inputs) {
      const source = nodes.get(input);
      const code = source?.outputTypes[index] ?? 0;
      if (DIFFERENTIABLE_CODES.has(code > 100 ? code - 100 : code)) receiving.add(`${input}:${index}`);
    }
  }
  if (offenders.length === 0) return;

  const release = version().split('.').slice(0, 2).join('.');
  const lines = offenders.map((name) => {
    const between = xs.filter((x) => reachableFrom(new Set([x.op.name]), consumers).has(name)).map(describeX);
    const shown = between.length > 3 ? `${between.slice(0, 3).join(', ')} and ${between.length - 3} more` : between.join(', ');
    const target = ys.length === 1 ? `the loss "${ys[0].name}"` : 'the losses';
    const type = (nodes.get(name) as Node).type;
    const problem = WHILE_LOOP_EXITS.has(type)
      ? `is the exit of a TF1 while loop, which TensorFlow ${release}'s C++ gradient builder cannot differentiate (it crashes)`
      : `has no gradient in TensorFlow ${release}'s C++ gradient registry`;
    return `op "${type}" (node "${name}") ${problem}; it lies between ${target} and ${shown}`;
  });
  throw invalidArgument(
    `cannot differentiate: ${lines.join('; ')}. Build that part from ops with gradients (lib/ops composites), ` +
      'or cut it off the path with stopGradient.',
  );
}

/** Ops downstream of `starts` along data edges (the starts themselves only if reached again). */
function reachableFrom(starts: Set<string>, consumers: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts].flatMap((start) => consumers.get(start) ?? []);
  while (stack.length) {
    const name = stack.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    stack.push(...(consumers.get(name) ?? []));
  }
  return seen;
}

/** Consumers before producers (Kahn's algorithm on the reversed edges). */
function reverseTopological(nodes: Map<string, Node>, consumers: Map<string, string[]>): string[] {
  const pending = new Map<string, number>();
  for (const name of nodes.keys()) pending.set(name, new Set(consumers.get(name) ?? []).size);
  const ready = [...nodes.keys()].filter((name) => pending.get(name) === 0);
  const order: string[] = [];
  while (ready.length) {
    const name = ready.pop() as string;
    order.push(name);
    for (const input of new Set((nodes.get(name) as Node).inputs.map(([op]) => op))) {
      const left = (pending.get(input) ?? 0) - 1;
      pending.set(input, left);
      if (left === 0) ready.push(input);
    }
  }
  return order;
}

/** "variable "dense/kernel"" for a variable read, else the tensor's name. */
function describeX(x: Output): string {
  if (x.op.type === 'VarHandleOp') return `variable "${x.op.name}"`;
  if (x.op.type === 'ReadVariableOp') {
    const handle = x.op.inputs()[0];
    if (handle?.op.type === 'VarHandleOp') return `variable "${handle.op.name}"`;
  }
  return `"${x.name}"`;
}
