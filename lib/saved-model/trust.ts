/**
 * Loading untrusted SavedModels: `load(dir, { trust: 'untrusted' })` inspects the whole graph,
 * function library included, before TensorFlow sees it, and admits only ops that compute in
 * memory. A SavedModel is a program; this check is what lets a server load one it did not write.
 *
 * By construction (load.ts, model-files.ts): every file is read once, checked, and written into a
 * private copy that TensorFlow loads; saved_model.pb is decoded, checked, and re-encoded from
 * what was checked (only the selected MetaGraph), so a field written twice, which TensorFlow's
 * parser would merge, cannot hide anything: TensorFlow receives exactly the checked message.
 *
 * The rules (also in docs/saved-models.md, "Untrusted SavedModels"):
 *
 * 1. Every node of the graph and of every library function -- reachable or not -- is a call of a
 *    library function, or an op on the allow-list (allowed-ops.ts), or one of the conditional ops
 *    below. Anything else is refused, with a reason when it is a known danger (KNOWN_DANGERS).
 * 2. Function-valued attributes (If, While, PartitionedCall, ...) must name library functions
 *    (which rule 1 checks): a name that is not one was never checked (and TensorFlow can instantiate an op by its name).
 *    Gradient definitions likewise. Calls may not form a cycle (TensorFlow has no recursion:
 *    instantiating one overflows the stack) -- refused for trusted loads too (compat.ts).
 * 3. No tensor-valued attribute of dtype variant or resource (a variant tensor can carry any
 *    registered object); no node or function name given twice.
 * 4. What loading and `run` execute is worked out from the MetaGraph: loading runs
 *    saver_def.restore_op_name, then the init op (which must exist); `run` runs what the
 *    signatures' outputs depend on; a called function runs whole. In that part of the graph:
 *    - checkpoint reads (RestoreV2, Restore, RestoreSlice) are allowed only in the restore op's
 *      part, and only when the path they read is the saver's filename tensor, which the loader
 *      feeds with <copy>/variables/variables (traced through Identity nodes, function arguments
 *      to every call site, and resource variables assigned only in the graph);
 *    - checkpoint writes (SaveV2, Save, SaveSlices, MergeV2Checkpoints) are refused;
 *    - vocabulary files (InitializeTableFromTextFile, ...V2) may be read only from the
 *      SavedModel's own assets (asset_file_def), which the loader feeds with <copy>/assets/<file>;
 *      asset file names must be plain relative paths (no "..", not absolute) and the files must be
 *      regular files inside the model directory (model-files.ts).
 *    Elsewhere (the saver's save subgraph, a stale saver left by an earlier export) these ops
 *    never run, and are allowed.
 * 5. PrintV2 may print to stderr, stdout or the log only.
 * 6. Kernels known to kill the process on bad inputs (core/kernel-guards.ts, kept current by the
 *    kernel fuzz): their attribute checks apply; those guarded by input ranks are refused (a
 *    SavedModel's inputs have no rank until a run).
 *
 * What this does not cover: denial of service (a huge Fill, an endless While), bugs in the kernels
 * of allowed ops, reading the model's own checkpoint in ways its author chose, and ops added to
 * TensorFlow after 2.21 (they fail the compatibility check instead, as unknown ops).
 */
import { TensorFlowError, opRegistry, KERNEL_GUARDS } from '../core';
import type { AttrInput } from '../core';
import type { AssetFileDef, AttrValue, MetaGraphDef, NodeDef } from '../proto';
import { DataTypeProto, decode } from '../proto';
import { ALLOWED_OPS } from './allowed-ops';
import { GraphIndex, LocatedNode, describeNode, inputNodeName } from './graph-index';
import { INIT_OP_SIGNATURE_KEY } from './signatures';

/**
 * Why some well-known ops are not on the allow-list, for the error message (the allow-list
 * decides; an op missing here is refused all the same, as "not on the allow-list").
 */
export const KNOWN_DANGERS: Readonly<Record<string, string>> = Object.freeze({
  // Files: read, write, list, map into memory.
  ReadFile: 'reads a file',
  WriteFile: 'writes a file',
  MatchingFiles: 'lists files',
  FileSystemSetConfiguration: 'reconfigures a file system',
  ImmutableConst: 'maps a file into memory',
  LoadAndRemapMatrix: 'reads a checkpoint file by path',
  GenerateVocabRemapping: 'reads vocabulary files',
  RecordInput: 'reads files matching a pattern',
  WholeFileReader: 'reads files',
  WholeFileReaderV2: 'reads files',
  TextLineReader: 'reads files',
  TextLineReaderV2: 'reads files',
  TFRecordReader: 'reads files',
  TFRecordReaderV2: 'reads files',
  FixedLengthRecordReader: 'reads files',
  FixedLengthRecordReaderV2: 'reads files',
  LMDBReader: 'reads a database file',
  TextLineDataset: 'reads files',
  TFRecordDataset: 'reads files',
  TFRecordDatasetV2: 'reads files',
  FixedLengthRecordDataset: 'reads files',
  FixedLengthRecordDatasetV2: 'reads files',
  CSVDataset: 'reads files',
  CSVDatasetV2: 'reads files',
  ExperimentalCSVDataset: 'reads files',
  LMDBDataset: 'reads a database file',
  ExperimentalLMDBDataset: 'reads a database file',
  MatchingFilesDataset: 'lists files',
  ExperimentalMatchingFilesDataset: 'lists files',
  CacheDataset: 'writes and reads cache files',
  CacheDatasetV2: 'writes and reads cache files',
  SnapshotDataset: 'writes and reads snapshot files',
  SnapshotDatasetV2: 'writes and reads snapshot files',
  SnapshotDatasetReader: 'reads snapshot files',
  SnapshotNestedDatasetReader: 'reads snapshot files',
  SnapshotChunkDataset: 'reads snapshot files',
  ListSnapshotChunksDataset: 'lists snapshot files',
  LoadDataset: 'reads dataset files',
  SaveDataset: 'writes dataset files',
  SaveDatasetV2: 'writes dataset files',
  DistributedSave: 'writes dataset files',
  DatasetToTFRecord: 'writes a file',
  ExperimentalDatasetToTFRecord: 'writes a file',
  DTensorRestoreV2: 'reads a checkpoint by path',
  CalibrationStatisticsSaver: 'writes files',
  SummaryWriter: 'creates a summary writer (writes event files)',
  CreateSummaryFileWriter: 'writes event files',
  CreateSummaryDbWriter: 'writes a database file',
  WriteSummary: 'writes event files',
  WriteScalarSummary: 'writes event files',
  WriteHistogramSummary: 'writes event files',
  WriteImageSummary: 'writes event files',
  WriteAudioSummary: 'writes event files',
  WriteGraphSummary: 'writes event files',
  WriteRawProtoSummary: 'writes event files',
  FlushSummaryWriter: 'writes event files',
  CloseSummaryWriter: 'writes event files',
  StatsAggregatorSetSummaryWriter: 'writes event files',
  DebugIdentity: 'sends tensors to debug URLs (files or gRPC)',
  DebugIdentityV2: 'writes tensors to a debug dump directory',
  DebugIdentityV3: 'sends tensors to debug URLs (files or gRPC)',
  DebugNanCount: 'sends tensors to debug URLs (files or gRPC)',
  DebugNumericSummary: 'sends tensors to debug URLs (files or gRPC)',
  // Network.
  RemoteCall: 'runs a function on another (possibly remote) device',
  Send: 'sends tensors to another device or task',
  Recv: 'receives tensors from another device or task',
  _Send: 'sends tensors to another device or task',
  _Recv: 'receives tensors from another device or task',
  _HostSend: 'sends tensors to another device or task',
  _HostRecv: 'receives tensors from another device or task',
  RpcClient: 'makes RPC calls',
  RpcCall: 'makes RPC calls',
  RpcServer: 'starts an RPC server',
  RpcServerStart: 'starts an RPC server',
  RpcServerRegister: 'serves RPC calls',
  RpcCheckStatus: 'waits on an RPC call',
  RpcGetValue: 'waits on an RPC call',
  DataServiceDataset: 'reads from a tf.data service over the network',
  DataServiceDatasetV2: 'reads from a tf.data service over the network',
  DataServiceDatasetV3: 'reads from a tf.data service over the network',
  DataServiceDatasetV4: 'reads from a tf.data service over the network',
  RegisterDataset: 'registers a dataset with a tf.data service over the network',
  RegisterDatasetV2: 'registers a dataset with a tf.data service over the network',
  SqlDataset: 'connects to a database',
  ExperimentalSqlDataset: 'connects to a database',
  CollectiveInitializeCommunicator: 'communicates with other workers',
  CollectiveAssignGroupV2: 'communicates with other workers',
  CollectiveReduce: 'communicates with other workers',
  CollectiveReduceV2: 'communicates with other workers',
  CollectiveReduceV3: 'communicates with other workers',
  CollectiveReduceScatterV2: 'communicates with other workers',
  CollectiveGather: 'communicates with other workers',
  CollectiveGatherV2: 'communicates with other workers',
  CollectiveBcastSend: 'communicates with other workers',
  CollectiveBcastSendV2: 'communicates with other workers',
  CollectiveBcastRecv: 'communicates with other workers',
  CollectiveBcastRecvV2: 'communicates with other workers',
  CollectiveAllToAllV2: 'communicates with other workers',
  CollectiveAllToAllV3: 'communicates with other workers',
  CollectivePermute: 'communicates with other workers',
  // The process.
  PyFunc: 'calls back into a Python interpreter',
  PyFuncStateless: 'calls back into a Python interpreter',
  EagerPyFunc: 'calls back into a Python interpreter',
  Abort: 'aborts the process',
  // Graphs and programs carried in strings.
  DatasetFromGraph: 'runs a dataset graph carried in a string tensor (its ops are not checked)',
  XlaCallModule: 'runs a serialized StableHLO module (its ops are not checked)',
  DecodeProtoV2: 'can read protobuf descriptors from files',
  EncodeProto: 'can read protobuf descriptors from files',
  ParseTensor: 'can build variant tensors from strings',
});

/** Ops refused only for some attribute values: returns the reason, or null when allowed. */
export const ATTRIBUTE_RULES: Readonly<Record<string, (node: NodeDef) => string | null>> = Object.freeze({
  PrintV2: (node: NodeDef) => {
    const stream = bytesText(node.attr?.output_stream?.s) || 'stderr';
    return /^(stderr|stdout|log\((info|warning|error)\))$/.test(stream) ? null : `prints to "${stream}" (a file)`;
  },
});

function bytesText(bytes: Uint8Array | undefined): string {
  return bytes ? Buffer.from(bytes).toString('utf8') : '';
}

/** Checkpoint reads, allowed only in the restore subgraph and only from the saver's filename. */
export const CHECKPOINT_READ_OPS: Readonly<Record<string, number>> = Object.freeze({
  // op -> index of the input holding the checkpoint path
  RestoreV2: 0,
  Restore: 0,
  RestoreSlice: 0,
});

/** Checkpoint writes, allowed only in the save subgraph. */
export const CHECKPOINT_WRITE_OPS: readonly string[] = Object.freeze(['SaveV2', 'Save', 'SaveSlices', 'MergeV2Checkpoints']);

/** Reads of vocabulary files, allowed only from the SavedModel's own assets. */
export const ASSET_READ_OPS: Readonly<Record<string, number>> = Object.freeze({
  InitializeTableFromTextFile: 1,
  InitializeTableFromTextFileV2: 1,
});

/** One thing an untrusted load refuses. */
export interface TrustViolation {
  /** The node's op ('' for a model-level or file-level refusal). */
  op: string;
  /** The node's name, or what a model-level refusal is about. */
  node: string;
  /** The file (relative to the SavedModel directory) a file-level refusal is about. */
  file?: string;
  /** The library function holding the node (undefined: the top-level graph). */
  function?: string;
  reason: string;
}

function tensorName(name: string): string {
  const bare = name.startsWith('^') ? name.slice(1) : name;
  return /:\d+$/.test(bare) ? bare : `${bare}:0`;
}

/**
 * The init op TensorFlow's loader runs, chosen as its GetInitOp chooses: the __saved_model_init_op
 * signature if there is one (whatever it holds), else the saved_model_main_op collection if
 * present, else legacy_init_op (TensorFlow runs a collection's node only when it holds exactly one).
 */
export function initOpNames(metaGraph: MetaGraphDef): string[] {
  const signature = metaGraph.signatureDef?.[INIT_OP_SIGNATURE_KEY];
  if (signature) {
    const name = signature.outputs?.[INIT_OP_SIGNATURE_KEY]?.name;
    return name ? [inputNodeName(name)] : [];
  }
  const collections = metaGraph.collectionDef ?? {};
  const key = 'saved_model_main_op' in collections ? 'saved_model_main_op' : 'legacy_init_op';
  return (collections[key]?.nodeList?.value ?? []).map(inputNodeName);
}

/**
 * Graph tensors the loader feeds with paths of the SavedModel's own asset files: those of
 * asset_file_def, or when it is empty those of the `saved_model_assets` collection (the rule of
 * TensorFlow's loader; a tensor named by the other source is not fed, and vouches for nothing).
 */
export function assetTensorNames(metaGraph: MetaGraphDef): Set<string> {
  const names = new Set<string>();
  const direct = metaGraph.assetFileDef ?? [];
  if (direct.length) {
    for (const asset of direct) if (asset.tensorInfo?.name) names.add(tensorName(asset.tensorInfo.name));
    return names;
  }
  for (const any of metaGraph.collectionDef?.saved_model_assets?.anyList?.value ?? []) {
    try {
      const asset = decode<AssetFileDef>('tensorflow.AssetFileDef', any.value ?? new Uint8Array(0));
      if (asset.tensorInfo?.name) names.add(tensorName(asset.tensorInfo.name));
    } catch {
      // An unreadable asset entry vouches for nothing.
    }
  }
  return names;
}

/** Non-control inputs of a node, in order (control inputs "^x" come last in a NodeDef). */
function dataInputs(node: NodeDef): string[] {
  return (node.input ?? []).filter((input) => !input.startsWith('^'));
}

const PASS_THROUGH = new Set(['Identity', 'Snapshot']);
const CALL_OPS = new Set(['PartitionedCall', 'StatefulPartitionedCall']);

/**
 * The top-level graph tensors that a node input carries, traced back through Identity nodes and
 * function arguments (to every call site). null when a value is computed rather than passed
 * along, or flows through a call we cannot follow (If, While, ...): then it vouches for nothing.
 */
function traceSources(index: GraphIndex, input: string, fn: string | undefined, fed: Set<string>, seen: Set<string>): Set<string> | null {
  const key = `${fn ?? ''}|${input}`;
  if (seen.has(key)) return new Set();
  seen.add(key);
  if (fn === undefined) {
    // A tensor the loader feeds carries the fed value, whatever op made it.
    if (fed.has(tensorName(input))) return new Set([tensorName(input)]);
    const node = index.node(inputNodeName(input));
    if (node && PASS_THROUGH.has(node.op ?? '') && dataInputs(node).length)
      return traceSources(index, dataInputs(node)[0], undefined, fed, seen);
    if (node?.op === 'ReadVariableOp') return variableSources(index, inputNodeName(dataInputs(node)[0] ?? ''), fed, seen);
    return new Set([tensorName(input)]);
  }
  if (!input.includes(':')) {
    // A function argument: follow it to every call site.
    const def = index.functions.get(fn);
    const position = (def?.signature?.inputArg ?? []).findIndex((arg) => arg.name === input);
    if (position < 0) return null;
    const result = new Set<string>();
    let callers = 0;
    for (const located of index.allNodes()) {
      const { node } = located;
      const direct = node.op === fn;
      const viaCall = CALL_OPS.has(node.op ?? '') && node.attr?.f?.func?.name === fn;
      if (!direct && !viaCall) {
        if (index.calls(node).includes(fn)) return null;
        continue;
      }
      callers++;
      const argument = dataInputs(node)[position];
      if (argument === undefined) return null;
      const sources = traceSources(index, argument, located.fn, fed, seen);
      if (sources === null) return null;
      for (const source of sources) result.add(source);
    }
    return callers ? result : null;
  }
  const node = index.node(inputNodeName(input), fn);
  if (node && PASS_THROUGH.has(node.op ?? '') && dataInputs(node).length) return traceSources(index, dataInputs(node)[0], fn, fed, seen);
  return null;
}

/**
 * What a top-level resource variable can hold: the values assigned to it in the graph. TF2
 * exports pass asset paths this way (asset Placeholder -> AssignVariableOp -> ReadVariableOp ->
 * the table initialiser's function). Any other use of the handle (passed to a function, assigned
 * by another op) could change it, so it vouches for nothing.
 */
function variableSources(index: GraphIndex, handle: string, fed: Set<string>, seen: Set<string>): Set<string> | null {
  if (index.node(handle)?.op !== 'VarHandleOp') return null;
  const result = new Set<string>();
  for (const node of index.nodes.values()) {
    const inputs = dataInputs(node);
    const position = inputs.findIndex((input) => inputNodeName(input) === handle);
    if (position < 0 || node.op === 'ReadVariableOp' || node.op === 'VarIsInitializedOp') continue;
    if (node.op !== 'AssignVariableOp' || position !== 0) return null;
    const sources = traceSources(index, inputs[1], undefined, fed, seen);
    if (sources === null) return null;
    for (const source of sources) result.add(source);
  }
  return result;
}

function comesOnlyFrom(index: GraphIndex, located: LocatedNode, inputIndex: number, allowed: Set<string>): boolean {
  const input = dataInputs(located.node)[inputIndex];
  if (input === undefined) return false;
  const sources = traceSources(index, input, located.fn, allowed, new Set());
  return sources !== null && sources.size > 0 && [...sources].every((source) => allowed.has(source));
}

/** A node's scalar and list attributes as Graph.addOperation takes them (enough for the kernel guards' attribute checks). */
function attrInputs(node: NodeDef): Record<string, AttrInput | undefined> {
  const out: Record<string, AttrInput | undefined> = {};
  for (const [key, value] of Object.entries(node.attr ?? {})) {
    if (value.list) out[key] = [...(value.list.i ?? []).map(Number), ...(value.list.f ?? []), ...(value.list.b ?? [])];
    else if (value.i !== undefined) out[key] = Number(value.i);
    else if (value.f !== undefined) out[key] = value.f;
    else if (value.b !== undefined) out[key] = value.b;
    else if (value.s !== undefined) out[key] = Buffer.from(value.s).toString('utf8');
  }
  return out;
}

/**
 * The guards Graph.addOperation applies to kernels that kill the process on bad inputs
 * (core/kernel-guards.ts), applied to a node of an untrusted model: attribute checks run here;
 * ops guarded by input ranks (unknown until a run) or refused outright are refused.
 */
function kernelGuardProblem(node: NodeDef): string | null {
  const op = node.op ?? '';
  if (!Object.prototype.hasOwnProperty.call(KERNEL_GUARDS, op)) return null;
  const guard = KERNEL_GUARDS[op];
  // RaggedGather's attribute check needs its input count, which only the graph knows.
  if (guard.refuse || guard.ranks || !guard.attrs || op === 'RaggedGather')
    return `its kernel can kill the process on hostile inputs (${guard.crash})`;
  const problem = guard.attrs(attrInputs(node), []);
  return problem ? `${problem} (its kernel would kill the process: ${guard.crash})` : null;
}

/** Tensors (dtype variant or resource) an attribute value holds: such a tensor can carry any registered object. */
function opaqueTensorAttr(value: AttrValue | undefined): boolean {
  const opaque = (dtype: number | undefined) => dtype === DataTypeProto.DT_VARIANT || dtype === DataTypeProto.DT_RESOURCE;
  if (!value) return false;
  if (value.tensor && opaque(value.tensor.dtype as number)) return true;
  return (value.list?.tensor ?? []).some((tensor) => opaque(tensor.dtype as number));
}

/** Every reason an untrusted load would refuse this MetaGraph (empty: it may load). */
export function findTrustViolations(metaGraph: MetaGraphDef, index: GraphIndex): TrustViolation[] {
  const saver = metaGraph.saverDef;
  const signatureRoots: string[] = [];
  for (const [key, signature] of Object.entries(metaGraph.signatureDef ?? {})) {
    // TensorFlow's own entries (the init op's) are run by the loader, not by `run`.
    if (key.startsWith('__saved_model_')) continue;
    for (const info of Object.values(signature.outputs ?? {})) {
      for (const name of [
        info.name,
        info.cooSparse?.valuesTensorName,
        info.cooSparse?.indicesTensorName,
        info.cooSparse?.denseShapeTensorName,
      ]) {
        if (name) signatureRoots.push(inputNodeName(name));
      }
      for (const component of info.compositeTensor?.components ?? [])
        if (component.name) signatureRoots.push(inputNodeName(component.name));
    }
  }
  const violations: TrustViolation[] = [];
  const refuse = (located: LocatedNode, reason: string) =>
    violations.push({ op: located.node.op ?? '', node: located.node.name ?? '', function: located.fn, reason });
  const refuseModel = (what: string, reason: string) => violations.push({ op: '', node: what, reason });

  // The init op the loader runs must be a node of the checked graph (else it names nothing that was checked).
  const initOps = initOpNames(metaGraph);
  for (const name of initOps) if (!index.nodes.has(name)) refuseModel(name, `is the init op, but the graph has no node "${name}"`);
  if (saver?.restoreOpName && !index.nodes.has(inputNodeName(saver.restoreOpName))) {
    refuseModel(saver.restoreOpName, `is the saver's restore op, but the graph has no such node`);
  }
  for (const duplicate of index.duplicates) refuseModel(duplicate, 'is defined more than once');
  const registry = opRegistry();
  for (const name of index.functions.keys()) {
    // A node whose op names both would be ambiguous; TensorFlow refuses such a library, we refuse it first.
    if (registry.has(name)) refuseModel(`function "${name}"`, 'has the name of a TensorFlow op');
  }
  for (const gradient of metaGraph.graphDef?.library?.gradient ?? []) {
    if (!index.functions.has(gradient.gradientFunc ?? '')) {
      refuseModel(`gradient of "${gradient.functionName}"`, `names "${gradient.gradientFunc}", which is not a function of the library`);
    }
  }
  for (const cycle of index.callCycles())
    refuseModel(`function "${cycle[0]}"`, `calls itself (${cycle.join(' -> ')}); recursive functions are refused`);

  // What loading (restore, then init) and `run` (signatures) execute; a function runs whole.
  const inits = index.graphClosure(initOps);
  const signatures = index.graphClosure(signatureRoots);
  const runs = new Set([...inits, ...signatures]);
  const restores = index.graphClosure(saver?.restoreOpName ? [inputNodeName(saver.restoreOpName)] : []);
  const restoreOnly = new Set([...restores].filter((name) => !runs.has(name)));
  const signatureFunctions = index.functionsCalledBy(signatures);
  const runFunctions = index.functionsCalledBy(runs);
  const loadFunctions = index.functionsCalledBy([...inits, ...restores]);
  const restoreOnlyFunctions = new Set([...index.functionsCalledBy(restoreOnly)].filter((fn) => !runFunctions.has(fn)));
  const executedFunctions = new Set([...runFunctions, ...restoreOnlyFunctions]);
  const executed = (located: LocatedNode) =>
    located.fn === undefined
      ? runs.has(located.node.name ?? '') || restores.has(located.node.name ?? '')
      : executedFunctions.has(located.fn);
  const onlyRestores = (located: LocatedNode) =>
    located.fn === undefined ? restoreOnly.has(located.node.name ?? '') : restoreOnlyFunctions.has(located.fn);
  // Asset paths are fed only while the loader restores and initialises; a signature run gets whatever the tensor holds.
  const onlyWhileLoading = (located: LocatedNode) =>
    located.fn === undefined
      ? (inits.has(located.node.name ?? '') || restores.has(located.node.name ?? '')) && !signatures.has(located.node.name ?? '')
      : loadFunctions.has(located.fn) && !signatureFunctions.has(located.fn);

  const filename = saver?.filenameTensorName ? new Set([tensorName(saver.filenameTensorName)]) : new Set<string>();
  const assets = assetTensorNames(metaGraph);

  for (const located of index.allNodes()) {
    const op = located.node.op ?? '';
    for (const name of index.functionReferences(located.node)) {
      if (!index.functions.has(name))
        refuse(
          located,
          `calls "${name}", which is not a function of the library (only library functions are checked; TensorFlow can also instantiate an op by its name)`,
        );
    }
    for (const [key, value] of Object.entries(located.node.attr ?? {})) {
      if (opaqueTensorAttr(value)) refuse(located, `attribute "${key}" holds a variant or resource tensor (it can carry any object)`);
    }
    const guarded = kernelGuardProblem(located.node);
    if (guarded) {
      refuse(located, guarded);
      continue;
    }
    if (index.isFunction(op) || ALLOWED_OPS.has(op)) continue;
    if (Object.prototype.hasOwnProperty.call(ATTRIBUTE_RULES, op)) {
      const reason = ATTRIBUTE_RULES[op](located.node);
      if (reason) refuse(located, reason);
    } else if (Object.prototype.hasOwnProperty.call(CHECKPOINT_READ_OPS, op)) {
      if (!executed(located)) continue;
      if (!onlyRestores(located)) {
        refuse(located, "reads a checkpoint when a signature or the init op runs (only the saver's restore op may)");
      } else if (!comesOnlyFrom(index, located, CHECKPOINT_READ_OPS[op], filename)) {
        refuse(located, "reads a checkpoint from a path other than the one the loader gives (the saver's filename tensor)");
      }
    } else if (CHECKPOINT_WRITE_OPS.includes(op)) {
      // The saver's save subgraph is in every export; it never runs when the model loads or runs.
      if (executed(located)) refuse(located, 'writes a checkpoint when the model loads or runs');
    } else if (Object.prototype.hasOwnProperty.call(ASSET_READ_OPS, op)) {
      if (!executed(located)) continue;
      if (!onlyWhileLoading(located))
        refuse(located, 'reads a vocabulary file when a signature runs (asset paths are fed only while loading)');
      else if (!comesOnlyFrom(index, located, ASSET_READ_OPS[op], assets))
        refuse(located, "reads a file that is not one of the SavedModel's assets");
    } else {
      refuse(
        located,
        Object.prototype.hasOwnProperty.call(KNOWN_DANGERS, op)
          ? KNOWN_DANGERS[op]
          : 'is not on the allow-list of ops for untrusted models',
      );
    }
  }
  return violations;
}

/** One line of a refusal message. */
export function describeViolation(v: TrustViolation): string {
  if (v.file !== undefined) return `file ${v.file}: ${v.reason}`;
  if (v.op === '') return `${v.node} ${v.reason}`;
  return `${describeNode({ node: { name: v.node, op: v.op }, fn: v.function })}: ${v.reason}`;
}

/**
 * Fields saved_model.pb writes twice, as refusals: TensorFlow would merge the copies, so the file
 * means something other than its decoded form. (The private copy holds the decoded form only, so
 * nothing hidden this way could run; the refusal says plainly what is wrong with the file.)
 */
export function mergedFieldViolations(mergedFields: readonly string[]): TrustViolation[] {
  return mergedFields.map((field) => ({
    op: '',
    node: `saved_model.pb field ${field}`,
    reason: "is written more than once (TensorFlow's parser would merge the copies; no protobuf serializer writes this)",
  }));
}

/** Throws PERMISSION_DENIED naming each refused op and node (and `extra` refusals), if there is any. */
export function checkUntrusted(metaGraph: MetaGraphDef, index: GraphIndex, dir: string, extra: readonly TrustViolation[] = []): void {
  const violations = [...extra, ...findTrustViolations(metaGraph, index)];
  if (violations.length === 0) return;
  const lines = violations.slice(0, 20).map((v) => `  ${describeViolation(v)}`);
  if (violations.length > 20) lines.push(`  ... and ${violations.length - 20} more`);
  throw new TensorFlowError(
    'PERMISSION_DENIED',
    `SavedModel ${dir} was refused (trust: 'untrusted'): it uses ops outside the allow-list for untrusted models, or uses them in ways that reach files, the network or the process:\n${lines.join('\n')}`,
  );
}
