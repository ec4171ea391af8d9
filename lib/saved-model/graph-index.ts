/**
 * An index over a GraphDef *and its function library*: every node, where it lives, what it
 * calls. TF2 SavedModels keep almost all of their ops inside functions (the top-level graph is a
 * handful of PartitionedCalls), so a check that looked at graph_def.node alone would see nothing.
 */
import type { AttrValue, FunctionDef, GraphDef, NodeDef } from '../proto/types';

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

function functionsInAttr(value: AttrValue | undefined, out: string[]): void {
  if (!value) return;
  if (value.func?.name) out.push(value.func.name);
  for (const func of value.list?.func ?? []) if (func.name) out.push(func.name);
}

export class GraphIndex {
  /** Top-level nodes by name. */
  readonly nodes = new Map<string, NodeDef>();
  /** Library functions by name. */
  readonly functions = new Map<string, FunctionDef>();
  private readonly functionNodes = new Map<string, Map<string, NodeDef>>();

  constructor(graphDef: GraphDef | undefined) {
    for (const node of graphDef?.node ?? []) this.nodes.set(node.name ?? '', node);
    for (const fn of graphDef?.library?.function ?? []) {
      const name = fn.signature?.name ?? '';
      this.functions.set(name, fn);
      this.functionNodes.set(name, new Map((fn.nodeDef ?? []).map((node) => [node.name ?? '', node])));
    }
  }

  /** Every node of the graph, then of each function. */
  *allNodes(): IterableIterator<LocatedNode> {
    for (const node of this.nodes.values()) yield { node };
    for (const [fn, nodes] of this.functionNodes) for (const node of nodes.values()) yield { node, fn };
  }

  /** Number of nodes, graph and functions together. */
  get nodeCount(): number {
    let count = this.nodes.size;
    for (const nodes of this.functionNodes.values()) count += nodes.size;
    return count;
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
    const out: string[] = [];
    if (this.isFunction(node.op)) out.push(node.op as string);
    for (const value of Object.values(node.attr ?? {})) functionsInAttr(value, out);
    return out.filter((name) => this.functions.has(name));
  }

  /** Functions reachable from `roots` through calls (the roots included). */
  functionClosure(roots: Iterable<string>): Set<string> {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length) {
      const name = stack.pop() as string;
      if (seen.has(name) || !this.functions.has(name)) continue;
      seen.add(name);
      for (const node of this.functionNodes.get(name)?.values() ?? []) stack.push(...this.calls(node));
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
