/**
 * An index over a GraphDef *and its function library*: every node, where it lives, what it
 * calls. TF2 SavedModels keep almost all of their ops inside functions (the top-level graph is a
 * handful of PartitionedCalls), so a check that looked at graph_def.node alone would see nothing.
 */
import type { AttrValue, FunctionDef, GraphDef, NodeDef } from '../proto';

/** A node and where it is: the top-level graph, or the body of a library function. */
export interface LocatedNode {
  node: NodeDef;
  /** The library function holding the node; undefined for the top-level graph. */
  fn?: string;
}

/** "name" from "name", "name:1", "^name" (graph inputs) or "name:out:0" (function-body inputs). */
export function inputNodeName(input: string): string {
  const bare = input.startsWith('^') ? input.slice(1) : input;
  const colon = bare.indexOf(':');
  return colon < 0 ? bare : bare.slice(0, colon);
}

/** `node "x" (Op) in function "f"`, for messages. */
export function describeNode({ node, fn }: LocatedNode): string {
  return `node "${node.name}" (${node.op})${fn ? ` in function "${fn}"` : ' in the graph'}`;
}

/** Function names an attribute value holds, including those in the attributes of a function value. */
function functionsInAttr(value: AttrValue | undefined, out: string[], depth = 0): void {
  if (!value || depth > 32) return;
  const funcs = [...(value.func ? [value.func] : []), ...(value.list?.func ?? [])];
  for (const func of funcs) {
    // A NameAttrList always names something, even '' (TensorFlow then fails to find it).
    out.push(func.name ?? '');
    for (const inner of Object.values(func.attr ?? {})) functionsInAttr(inner, out, depth + 1);
  }
}

export class GraphIndex {
  /** Top-level nodes by name. */
  readonly nodes = new Map<string, NodeDef>();
  /** Library functions by name. */
  readonly functions = new Map<string, FunctionDef>();
  private readonly functionNodes = new Map<string, Map<string, NodeDef>>();
  /** Every node as written (a name given twice appears twice here, once in the maps). */
  private readonly located: LocatedNode[] = [];
  /** Every node of each function name, as written (both bodies of a name given twice). */
  private readonly bodies = new Map<string, NodeDef[]>();
  /** Node names given to more than one node of the graph or of one function, and function names given twice. */
  readonly duplicates: string[] = [];

  constructor(graphDef: GraphDef | undefined) {
    for (const node of graphDef?.node ?? []) {
      if (this.nodes.has(node.name ?? '')) this.duplicates.push(`node "${node.name}" in the graph`);
      this.nodes.set(node.name ?? '', node);
      this.located.push({ node });
    }
    for (const fn of graphDef?.library?.function ?? []) {
      const name = fn.signature?.name ?? '';
      if (this.functions.has(name)) this.duplicates.push(`function "${name}"`);
      this.functions.set(name, fn);
      const nodes = new Map<string, NodeDef>();
      for (const node of fn.nodeDef ?? []) {
        if (nodes.has(node.name ?? '')) this.duplicates.push(`node "${node.name}" in function "${name}"`);
        nodes.set(node.name ?? '', node);
        this.located.push({ node, fn: name });
      }
      this.bodies.set(name, [...(this.bodies.get(name) ?? []), ...(fn.nodeDef ?? [])]);
      this.functionNodes.set(name, nodes);
    }
  }

  /** Every node of the graph, then of each function, as written (duplicates included). */
  *allNodes(): IterableIterator<LocatedNode> {
    yield* this.located;
  }

  /** Number of nodes, graph and functions together. */
  get nodeCount(): number {
    return this.located.length;
  }

  /** The node `name` in the graph (fn undefined) or in function `fn`'s body. */
  node(name: string, fn?: string): NodeDef | undefined {
    return fn === undefined ? this.nodes.get(name) : this.functionNodes.get(fn)?.get(name);
  }

  /** True if `op` names a library function (a node may call a function by using its name as op). */
  isFunction(op: string | undefined): boolean {
    return op !== undefined && this.functions.has(op);
  }

  /** The library functions a node calls: as its op type, or through function-valued attributes. */
  calls(node: NodeDef): string[] {
    return this.functionReferences(node).filter((name) => this.functions.has(name));
  }

  /**
   * Every name a node's function-valued attributes hold (and its op, if a library function).
   * A name that is not a library function is not harmless: its body was never checked, and
   * TensorFlow's function runtime can instantiate an *op* of that name.
   */
  functionReferences(node: NodeDef): string[] {
    const out: string[] = [];
    if (this.isFunction(node.op)) out.push(node.op as string);
    for (const value of Object.values(node.attr ?? {})) functionsInAttr(value, out);
    return out;
  }

  /**
   * Call cycles among library functions (f calls f, or f calls g calls f), each as the list of
   * functions around it. TensorFlow has no recursion: such a graph overflows the stack while it
   * is instantiated or inlined, and kills the process.
   */
  callCycles(): string[][] {
    const cycles: string[][] = [];
    const state = new Map<string, 'active' | 'done'>();
    const stack: string[] = [];
    // Iterative depth-first search (a long call chain must not overflow the JS stack either).
    for (const start of this.functions.keys()) {
      if (state.has(start)) continue;
      const frames: Array<{ fn: string; callees: string[]; next: number }> = [];
      const enter = (fn: string) => {
        state.set(fn, 'active');
        stack.push(fn);
        const callees = new Set<string>();
        for (const node of this.bodies.get(fn) ?? []) for (const callee of this.calls(node)) callees.add(callee);
        frames.push({ fn, callees: [...callees], next: 0 });
      };
      enter(start);
      while (frames.length) {
        const frame = frames[frames.length - 1];
        if (frame.next < frame.callees.length) {
          const callee = frame.callees[frame.next++];
          const seen = state.get(callee);
          if (seen === 'active') cycles.push([...stack.slice(stack.indexOf(callee)), callee]);
          else if (seen === undefined) enter(callee);
        } else {
          state.set(frame.fn, 'done');
          stack.pop();
          frames.pop();
        }
      }
    }
    return cycles;
  }

  /** Functions reachable from `roots` through calls (the roots included). */
  functionClosure(roots: Iterable<string>): Set<string> {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length) {
      const name = stack.pop() as string;
      if (seen.has(name) || !this.functions.has(name)) continue;
      seen.add(name);
      for (const node of this.bodies.get(name) ?? []) stack.push(...this.calls(node));
    }
    return seen;
  }

  /** Top-level nodes that `roots` (node names) depend on, through data and control inputs. */
  graphClosure(roots: Iterable<string>): Set<string> {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length) {
      const name = stack.pop() as string;
      if (seen.has(name)) continue;
      const node = this.nodes.get(name);
      if (!node) continue;
      seen.add(name);
      for (const input of node.input ?? []) stack.push(inputNodeName(input));
    }
    return seen;
  }

  /** The functions the given top-level nodes call, and everything those call. */
  functionsCalledBy(nodeNames: Iterable<string>): Set<string> {
    const roots: string[] = [];
    for (const name of nodeNames) {
      const node = this.nodes.get(name);
      if (node) roots.push(...this.calls(node));
    }
    return this.functionClosure(roots);
  }
}
