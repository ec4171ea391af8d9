/**
 * savedModel.inspect (and `hydra-tf inspect <dir>`): what a SavedModel holds, read from
 * saved_model.pb alone -- no session is created and nothing runs. It reads and checks exactly as
 * an untrusted load does (the same reader, the same decoded MetaGraph, the same rules, the same
 * file checks), so `untrusted` lists exactly what `load(dir, { trust: 'untrusted' })` refuses.
 */
import { version } from '../core';
import { findIncompatibilities, opTypes } from './compat';
import { GraphIndex } from './graph-index';
import { closeModelFiles, openModelFiles } from './model-files';
import { ReadLimits, readSavedModel, resolveLimits, selectMetaGraph, tagsOf } from './reader';
import { Signature, describeShape, parseSignatures } from './signatures';
import { TrustViolation, describeViolation, findTrustViolations, mergedFieldViolations } from './trust';

export interface SavedModelInfo {
  /** Absolute path of the SavedModel directory. */
  dir: string;
  /** Tags of the MetaGraph described. */
  tags: string[];
  /** Tag sets of every MetaGraph in the SavedModel. */
  tagSets: string[][];
  /** The TensorFlow version it was saved with ('' if it does not say). */
  tensorflowVersion: string;
  signatures: Record<string, Signature>;
  /** Nodes in the graph and in all library functions (function calls count as nodes). */
  opCount: number;
  graphNodeCount: number;
  functionCount: number;
  /** How many nodes of each op type (function calls by function name left out). */
  opTypes: Record<string, number>;
  /** Variables (VarHandleOp and TF1 VariableV2/Variable nodes in the graph). */
  variableCount: number;
  /** The loaded library's view: ops it lacks, recursive calls (refused for any load), and the version compared against. */
  compatibility: { tensorflowVersion: string; missingOps: string[]; unknownAttrs: string[]; recursiveCalls: string[] };
  /** What `load(dir, { trust: 'untrusted' })` would refuse (empty: nothing): nodes, and files (`file` set). */
  untrusted: TrustViolation[];
}

const VARIABLE_OPS = new Set(['VarHandleOp', 'VariableV2', 'Variable']);

/** Describes the MetaGraph selected by `tags` (default as in load: the only one, else ["serve"]). */
export function inspect(dir: string, options: { tags?: string[]; limits?: ReadLimits } = {}): SavedModelInfo {
  const limits = resolveLimits(options.limits);
  // confine: as an untrusted load reads it (a saved_model.pb linking out of the directory is refused).
  const file = readSavedModel(dir, { confine: true, limits });
  const metaGraph = selectMetaGraph(file, options.tags);
  const index = new GraphIndex(metaGraph.graphDef);
  const incompatibilities = findIncompatibilities(index);
  const { files, problems } = openModelFiles({ dir: file.dir, real: file.realDir }, metaGraph, {
    confine: true,
    limits,
    usedBytes: file.byteLength,
    collect: true,
  });
  closeModelFiles(files);
  const fileViolations: TrustViolation[] = problems.map((p) => ({ op: '', node: '', file: p.file, reason: p.reason }));
  return {
    dir: file.dir,
    tags: tagsOf(metaGraph),
    tagSets: (file.savedModel.metaGraphs ?? []).map(tagsOf),
    tensorflowVersion: metaGraph.metaInfoDef?.tensorflowVersion ?? '',
    signatures: parseSignatures(metaGraph.signatureDef),
    opCount: index.nodeCount,
    graphNodeCount: index.nodes.size,
    functionCount: index.functions.size,
    opTypes: Object.fromEntries(opTypes(index)),
    variableCount: [...index.nodes.values()].filter((node) => VARIABLE_OPS.has(node.op ?? '')).length,
    compatibility: {
      tensorflowVersion: version(),
      missingOps: incompatibilities.missingOps.map((m) => m.op),
      unknownAttrs: incompatibilities.unknownAttrs.map((u) => `${u.op}.${u.attr}`),
      recursiveCalls: incompatibilities.recursiveCalls.map((cycle) => cycle.join(' -> ')),
    },
    untrusted: [...mergedFieldViolations(file.mergedFields), ...findTrustViolations(metaGraph, index), ...fileViolations],
  };
}

/** The human-readable form `hydra-tf inspect` prints. */
export function formatInfo(info: SavedModelInfo): string {
  const lines: string[] = [];
  lines.push(`SavedModel ${info.dir}`);
  lines.push(`saved with  TensorFlow ${info.tensorflowVersion || '(not recorded)'}`);
  lines.push(
    `tags        ${info.tags.join(', ') || '(none)'}${info.tagSets.length > 1 ? `   (tag sets: ${info.tagSets.map((t) => `[${t.join(', ')}]`).join(' ')})` : ''}`,
  );
  lines.push(
    `ops         ${info.opCount} (${info.graphNodeCount} in the graph, ${info.opCount - info.graphNodeCount} in ${info.functionCount} functions), ` +
      `${Object.keys(info.opTypes).length} op types, ${info.variableCount} variables`,
  );
  const { missingOps, unknownAttrs, recursiveCalls, tensorflowVersion } = info.compatibility;
  lines.push(
    recursiveCalls.length
      ? `compatible  NO: recursive function calls (${recursiveCalls.join('; ')})`
      : missingOps.length || unknownAttrs.length
        ? `compatible  NO with TensorFlow ${tensorflowVersion}: missing ${[...missingOps, ...unknownAttrs].join(', ')}`
        : `compatible  yes, with TensorFlow ${tensorflowVersion}`,
  );
  if (info.untrusted.length) {
    lines.push(`untrusted   refused (${info.untrusted.length} reasons):`);
    for (const violation of info.untrusted.slice(0, 20)) lines.push(`  ${describeViolation(violation)}`);
    if (info.untrusted.length > 20) lines.push(`  ... and ${info.untrusted.length - 20} more`);
  } else {
    lines.push('untrusted   loads (every op is on the allow-list; files checked)');
  }
  for (const signature of Object.values(info.signatures)) {
    lines.push('');
    lines.push(`signature "${signature.name}"${signature.methodName ? ` (${signature.methodName})` : ''}`);
    for (const side of ['inputs', 'outputs'] as const) {
      lines.push(`  ${side}`);
      const specs = Object.values(signature[side]);
      const width = Math.max(0, ...specs.map((s) => s.name.length));
      const dtypeWidth = Math.max(0, ...specs.map((s) => String(s.dtype).length));
      for (const spec of specs) {
        lines.push(
          `    ${spec.name.padEnd(width)}  ${String(spec.dtype).padEnd(dtypeWidth)}  ${describeShape(spec.shape).padEnd(14)}  ${spec.tensorName}${spec.composite ? ` (${spec.composite})` : ''}`,
        );
      }
      if (specs.length === 0) lines.push('    (none)');
    }
  }
  return lines.join('\n');
}
