/**
 * Op compatibility: does the loaded TensorFlow know every op (and every op attribute) a
 * MetaGraphDef uses, its function library included? Checked before loading, so a SavedModel from
 * a newer TensorFlow fails with the list of what is missing instead of TensorFlow's first
 * "Op type not registered" -- the failure @tensorflow/tfjs-node's 2.9 runtime gives SavedModels
 * from TensorFlow >= 2.16.
 */
import { TensorFlowError, version, opRegistry } from '../core';
import type { MetaGraphDef, OpDef } from '../proto';
import { GraphIndex, LocatedNode, describeNode } from './graph-index';

/** What the loaded library lacks for a MetaGraph. */
export interface Incompatibilities {
  /** Op types the library does not register, with (up to 3 of) the nodes using each. */
  missingOps: Array<{ op: string; nodes: string[] }>;
  /** Attributes a node sets that the library's OpDef does not declare (added by a newer TensorFlow). */
  unknownAttrs: Array<{ op: string; attr: string; node: string }>;
  /** Call cycles among library functions (TensorFlow has no recursion: it would overflow the stack and kill the process). */
  recursiveCalls: string[][];
}

/** The op types a MetaGraph uses (graph and functions; function calls excluded), with counts. */
export function opTypes(index: GraphIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { node } of index.allNodes()) {
    if (!node.op || index.isFunction(node.op)) continue;
    counts.set(node.op, (counts.get(node.op) ?? 0) + 1);
  }
  return new Map([...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Compares a MetaGraph's ops with the loaded library's op registry. */
export function findIncompatibilities(index: GraphIndex, registry: Map<string, OpDef> = opRegistry()): Incompatibilities {
  const missing = new Map<string, LocatedNode[]>();
  const unknownAttrs: Incompatibilities['unknownAttrs'] = [];
  const declared = new Map<string, Set<string>>();
  for (const located of index.allNodes()) {
    const op = located.node.op ?? '';
    if (index.isFunction(op)) continue;
    const def = registry.get(op);
    if (!def) {
      const list = missing.get(op) ?? [];
      list.push(located);
      missing.set(op, list);
      continue;
    }
    let attrs = declared.get(op);
    if (!attrs) {
      attrs = new Set((def.attr ?? []).map((attr) => attr.name as string));
      declared.set(op, attrs);
    }
    // Attributes starting with "_" are TensorFlow's internal annotations, never in an OpDef.
    for (const attr of Object.keys(located.node.attr ?? {})) {
      if (!attr.startsWith('_') && !attrs.has(attr)) unknownAttrs.push({ op, attr, node: describeNode(located) });
    }
  }
  return {
    missingOps: [...missing.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([op, nodes]) => ({ op, nodes: nodes.slice(0, 3).map(describeNode) })),
    unknownAttrs,
    recursiveCalls: index.callCycles(),
  };
}

/**
 * Throws NOT_FOUND naming every op (and op attribute) the loaded TensorFlow lacks, and the
 * TensorFlow version the SavedModel was saved with.
 */
export function checkOpCompatibility(metaGraph: MetaGraphDef, index: GraphIndex, dir: string): void {
  const { missingOps, unknownAttrs, recursiveCalls } = findIncompatibilities(index);
  if (recursiveCalls.length) {
    // Checked for trusted loads too: instantiating a recursive function overflows TensorFlow's stack (SIGSEGV).
    throw new TensorFlowError(
      'INVALID_ARGUMENT',
      `SavedModel ${dir} cannot be loaded: its functions call themselves, and TensorFlow has no recursion (it would crash the process): ` +
        recursiveCalls
          .slice(0, 5)
          .map((cycle) => cycle.join(' -> '))
          .join('; '),
    );
  }
  if (missingOps.length === 0 && unknownAttrs.length === 0) return;
  const savedWith = metaGraph.metaInfoDef?.tensorflowVersion || 'an unrecorded version';
  const lines: string[] = [];
  if (missingOps.length) {
    lines.push(`ops it needs that are not registered: ${missingOps.map((m) => m.op).join(', ')}`);
    for (const { op, nodes } of missingOps) lines.push(`  ${op}: ${nodes.join('; ')}`);
  }
  if (unknownAttrs.length) {
    lines.push(
      `op attributes this TensorFlow does not know: ${unknownAttrs
        .slice(0, 10)
        .map((u) => `${u.op}.${u.attr}`)
        .join(', ')}`,
    );
    for (const u of unknownAttrs.slice(0, 10)) lines.push(`  ${u.op}.${u.attr}: ${u.node}`);
  }
  throw new TensorFlowError(
    'NOT_FOUND',
    `SavedModel ${dir} was saved with TensorFlow ${savedWith} and cannot run on the loaded TensorFlow ${version()}:\n${lines.join('\n')}`,
  );
}
