// Written from TensorFlow's published field numbers (no .proto file is vendored).
//
// lib/proto against TensorFlow's own protobuf classes (the tensorflow-cpu 2.21.0 Python package
// in <repo>/.venv, made by scripts/setup-python.sh):
//  (that lib/proto's descriptors are TensorFlow's is test/proto/generated.test.ts's job: they are
//  generated from the wheel's descriptors);
//  - richly populated messages round-trip TS -> Python -> TS and Python -> TS with every field
//    equal, no unknown fields on the Python side, and byte-identical serialisations;
//  - messages TensorFlow itself produced (the op registry, a SavedModel, a GraphDef, TensorBoard
//    events, TensorProtos) decode to what Python sees and re-encode byte-identically.
import * as protobuf from 'protobufjs/light';
import {
  CheckpointFormatVersion,
  DataClass,
  DataTypeProto,
  Endianness,
  FullTypeId,
  GlobalJitLevel,
  LogMessageLevel,
  OptimizerLevel,
  RewriterToggle,
  SessionStatus,
  TraceLevel,
  TypeSpecClass,
  OPAQUE_FIELDS,
  ProtoError,
  codecRoot,
  decode,
  encode,
  jsonName,
  lookupType,
  messageNames,
  packAny,
  toJSON,
  unpackAny,
  encodeConfigProto,
  decodeConfigProto,
  decodeOpList,
  decodeSavedModel,
  decodeEvent,
  decodeTensorProto,
} from '../../lib/proto';
import type {
  ArgDef,
  AttrValue,
  AttrValueList,
  BundleEntryProto,
  ConfigProto,
  Event,
  FullTypeDef,
  FunctionDef,
  GPUOptions,
  GraphDef,
  GraphOptions,
  MessageTypes,
  MetaGraphDef,
  NameAttrList,
  NodeDef,
  OpDef,
  ResourceHandleProto,
  RewriterConfig,
  RunMetadata,
  RunOptions,
  SignatureDef,
  Summary,
  SummaryMetadata,
  TensorProto,
  TensorShapeProto,
} from '../../lib/proto';
import { pythonScript, runPythonAsync } from '../support/python';

const TF_VERSION = '2.21.0';

// ----------------------------------------------------------------------------- Python

function runPython(script: string, args: string[], input: string): Promise<string> {
  return runPythonAsync([pythonScript(script), ...args], {
    input,
    purpose: `These tests compare lib/proto with TensorFlow ${TF_VERSION}'s own protobuf classes.`,
  });
}

interface ParseResult {
  json: Record<string, unknown>;
  unknown: string[];
  discardChanged: boolean;
  reserialized: string;
}
interface BuildResult {
  bytes: string;
  json: Record<string, unknown>;
}
interface FixtureItem {
  bytes: string;
  reserialized: string;
  json: Record<string, unknown>;
}
interface FixtureResult {
  type: string;
  items: FixtureItem[];
  facts: Record<string, unknown>;
}
type PyResult = ParseResult | BuildResult | FixtureResult | { error: string };
interface CheckOutput {
  tensorflowVersion: string;
  protobufVersion: string;
  results: Record<string, PyResult>;
}

// ----------------------------------------------------------------------------- helpers

const b64 = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('base64');
const unb64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));
const hex = (s: string) => new Uint8Array(Buffer.from(s, 'hex'));
const bytes = (...xs: number[]) => new Uint8Array(xs);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** Generic JSON form for Python's builder, independent of lib/proto: bigint -> string, bytes -> base64. */
function jsonify(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return b64(v);
  if (Array.isArray(v)) return v.map(jsonify);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonify(x)]));
  return v;
}

function expectSameBytes(actual: Uint8Array, expected: Uint8Array, label: string): void {
  const a = Buffer.from(actual);
  const e = Buffer.from(expected);
  if (a.equals(e)) return;
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  const ctx = (b: Buffer) => b.subarray(Math.max(0, i - 16), i + 16).toString('hex');
  throw new Error(
    `${label}: bytes differ (ours ${a.length} bytes, TensorFlow's ${e.length}) at offset ${i}:\n` +
      `  ours:         ...${ctx(a)}...\n  TensorFlow's: ...${ctx(e)}...`,
  );
}

/**
 * `bytes` (a serialised `type`) with every map's entries in ascending key order (strings by bytes,
 * shorter first; integers numerically): the C++ runtime's deterministic order, which lib/proto
 * writes. Python's upb runtime orders map entries differently (integers descending, a string
 * before its own prefixes), so its bytes are compared after this reordering. Everything else is
 * kept as is: this only walks the wire format, guided by the descriptors.
 */
function canonicalOrder(type: protobuf.Type, buf: Uint8Array): Buffer {
  const reader = protobuf.Reader.create(buf);
  const records: { num: number; raw: Buffer; key?: Buffer | bigint | string }[] = [];
  while (reader.pos < reader.len) {
    const start = reader.pos;
    const tag = reader.uint32();
    const num = tag >>> 3;
    const field = type.fieldsById[num];
    const rt = field?.resolvedType;
    if ((tag & 7) === 2 && rt instanceof protobuf.Type) {
      const tagBytes = Buffer.from(buf.subarray(start, reader.pos));
      const body = canonicalOrder(rt, reader.bytes());
      const len = protobuf.Writer.create().uint32(body.length).finish();
      const rec: { num: number; raw: Buffer; key?: Buffer | bigint | string } = {
        num,
        raw: Buffer.concat([tagBytes, Buffer.from(len), body]),
      };
      if (rt.options?.map_entry) rec.key = mapKey(rt, body);
      records.push(rec);
    } else {
      reader.skipType(tag & 7);
      records.push({ num, raw: Buffer.from(buf.subarray(start, reader.pos)) });
    }
  }
  const order = (a: (typeof records)[number], b: (typeof records)[number]) => {
    if (a.num !== b.num) return a.num - b.num;
    if (a.key === undefined || b.key === undefined) return 0; // stable: repeated fields keep their order
    if (Buffer.isBuffer(a.key)) return Buffer.compare(a.key, b.key as Buffer);
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
  return Buffer.concat(
    records
      .map((r, i) => ({ r, i }))
      .sort((x, y) => order(x.r, y.r) || x.i - y.i)
      .map((x) => x.r.raw),
  );
}

function mapKey(entry: protobuf.Type, body: Buffer): Buffer | bigint {
  const keyType = entry.fields.key.type;
  const reader = protobuf.Reader.create(body);
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag >>> 3 !== 1) {
      reader.skipType(tag & 7);
      continue;
    }
    if (keyType === 'string') return Buffer.from(reader.bytes());
    if (keyType === 'uint32') return BigInt(reader.uint32());
    if (keyType === 'int32') return BigInt(reader.int32());
    if (keyType === 'bool') return reader.bool() ? 1n : 0n;
    throw new Error(`canonicalOrder: map key type ${keyType} not handled`);
  }
  return keyType === 'string' ? Buffer.alloc(0) : 0n;
}

/** Our bytes are in canonical map order already, and equal TensorFlow's up to map order. */
function expectSameAsPython(typeName: string, ours: Uint8Array, python: Uint8Array, label: string): void {
  const type = lookupType(typeName);
  expectSameBytes(ours, canonicalOrder(type, ours), `${label}: ours are not in canonical map order`);
  expectSameBytes(ours, canonicalOrder(type, python), label);
}

function pyOk<T extends PyResult>(r: PyResult | undefined, what: string): Exclude<T, { error: string }> {
  if (!r) throw new Error(`no Python result for ${what}`);
  if ('error' in r) throw new Error(`Python failed for ${what}:\n${r.error}`);
  return r as Exclude<T, { error: string }>;
}

// ----------------------------------------------------------------------------- fixtures (values)
// Written in decode()'s normalised form: camelCase, enums as numbers, bytes as Uint8Array, int64 as
// number when safe and bigint otherwise, no fields equal to their default outside oneofs.

// Serialised by TensorFlow 2.21's Python classes (text_format -> SerializeToString(deterministic)),
// for the fields lib/proto keeps opaque:
const OPAQUE = {
  // ClusterDef: job { name: "worker" tasks { key: 0 value: "localhost:2222" } }
  clusterDef: hex('0a1c0a06776f726b657212120800120e6c6f63616c686f73743a32323232'),
  // CoordinationServiceConfig: service_type: "standalone" heartbeat_timeout_in_ms: 5000
  coordinationConfig: hex('0a0a7374616e64616c6f6e65288827'),
  // DebugOptions: global_step: 10 reset_disk_byte_usage: true
  debugOptions: hex('500a5801'),
  // StepStats: dev_stats { device: "/cpu:0" }
  stepStats: hex('0a080a062f6370753a30'),
  // CostGraphDef: node { name: "n" id: 1 }
  costGraph: hex('0a050a016e1801'),
  // GraphDebugInfo: files: "model.py"
  graphDebugInfo: hex('0a086d6f64656c2e7079'),
  // SavedObjectGraph: nodes { children { node_id: 1 local_name: "w" } }
  savedObjectGraph: hex('0a070a050801120177'),
  // StructuredValue: list_value { values { int64_value: 3 } values { none_value {} } }
  structuredValue: hex('9a03080a0260060a020a00'),
};

const DT = DataTypeProto;
const SHAPE: TensorShapeProto = { dim: [{ size: -1, name: 'batch' }, { size: 3 }] };

const FULL_TYPE: FullTypeDef = {
  typeId: FullTypeId.TFT_PRODUCT,
  args: [
    { typeId: FullTypeId.TFT_TENSOR, args: [{ typeId: FullTypeId.TFT_FLOAT }] },
    { typeId: FullTypeId.TFT_LITERAL, s: 'lit' },
    { typeId: FullTypeId.TFT_LITERAL, i: -1099511627776 },
  ],
};

const RESOURCE_HANDLE: ResourceHandleProto = {
  device: '/job:localhost/replica:0/task:0/device:CPU:0',
  container: 'c',
  name: 'v',
  hashCode: 2n ** 64n - 1n,
  maybeTypeName: 'tensorflow::Var',
  dtypesAndShapes: [{ dtype: DT.DT_FLOAT, shape: SHAPE }, { dtype: DT.DT_INT32 }],
};

const TENSOR_FULL: TensorProto = {
  dtype: DT.DT_FLOAT,
  tensorShape: SHAPE,
  versionNumber: 1,
  tensorContent: bytes(0, 0, 0x80, 0x3f),
  halfVal: [15360, 0x7c00],
  floatVal: [0.5, -1.5, 1024],
  doubleVal: [Math.PI, -1e300],
  intVal: [-7, 2147483647],
  stringVal: [utf8('hello'), bytes(0xff, 0), bytes()],
  scomplexVal: [1, -0.25],
  int64Val: [5, -(2n ** 63n), 2n ** 62n + 1n],
  boolVal: [true, false, true],
  dcomplexVal: [0.1, 0.2],
  resourceHandleVal: [RESOURCE_HANDLE],
  variantVal: [{ typeName: 'tensorflow::Tensor', metadata: bytes(1, 2, 3), tensors: [{ dtype: DT.DT_INT32, intVal: [1] }] }],
  uint32Val: [4294967295, 1],
  uint64Val: [2n ** 64n - 1n, 7],
  float8Val: bytes(0x38, 0x40),
};

const NAME_ATTR_LIST: NameAttrList = { name: 'fn', attr: { T: { type: DT.DT_FLOAT }, n: { i: 3 } } };

const LIST_FULL: AttrValueList = {
  s: [utf8('a'), bytes()],
  i: [1, -1, 2n ** 63n - 1n],
  f: [0.5, -0.5],
  b: [true, false],
  type: [DT.DT_FLOAT, DT.DT_INT64, DT.DT_FLOAT_REF],
  shape: [SHAPE, { unknownRank: true }],
  tensor: [{ dtype: DT.DT_STRING, stringVal: [utf8('x')] }],
  func: [{ name: 'g' }],
};

/** One AttrValue per member of the `value` oneof, plus oneof members equal to their default. */
const ATTRS: Record<string, AttrValue> = {
  s: { s: utf8('VALID') },
  i: { i: -(2n ** 60n) },
  f: { f: 0.25 },
  b: { b: true },
  type: { type: DT.DT_INT64 },
  shape: { shape: SHAPE },
  tensor: { tensor: { dtype: DT.DT_FLOAT, tensorShape: {}, floatVal: [2] } },
  list: { list: LIST_FULL },
  func: { func: NAME_ATTR_LIST },
  placeholder: { placeholder: 'T' },
  i0: { i: 0 },
  b0: { b: false },
  f0: { f: 0 },
  s0: { s: bytes() },
  emptyList: { list: {} },
};

const ARG_FULL: ArgDef = {
  name: 'x',
  description: 'input',
  type: DT.DT_RESOURCE,
  typeAttr: 'T',
  numberAttr: 'N',
  typeListAttr: 'Tlist',
  handleData: [{ dtype: DT.DT_FLOAT, shape: SHAPE }],
  isRef: true,
  experimentalFullType: FULL_TYPE,
};

const OP_DEF_FULL: OpDef = {
  name: 'HydraOp',
  inputArg: [ARG_FULL, { name: 'y', typeAttr: 'T' }],
  outputArg: [{ name: 'z', type: DT.DT_FLOAT, description: 'out' }],
  controlOutput: ['ctl'],
  attr: [
    {
      name: 'T',
      type: 'type',
      defaultValue: { type: DT.DT_FLOAT },
      description: 'dtype',
      allowedValues: { list: { type: [DT.DT_FLOAT, DT.DT_DOUBLE] } },
    },
    { name: 'N', type: 'int', hasMinimum: true, minimum: 1 },
    { name: 'neg', type: 'int', hasMinimum: true, minimum: -(2n ** 63n) },
  ],
  deprecation: { version: 26, explanation: 'use HydraOp2' },
  summary: 'a summary',
  description: 'a description',
  isCommutative: true,
  isAggregate: true,
  isStateful: true,
  allowsUninitializedInput: true,
  isDistributedCommunication: true,
};

const NODE_DEF_FULL: NodeDef = {
  name: 'dense/MatMul',
  op: 'MatMul',
  input: ['x', 'dense/kernel:0', '^init'],
  device: '/device:CPU:0',
  attr: ATTRS,
  experimentalDebugInfo: { originalNodeNames: ['a'], originalFuncNames: ['f'] },
  experimentalType: FULL_TYPE,
};

const FUNCTION_DEF_FULL: FunctionDef = {
  signature: { name: 'f', inputArg: [{ name: 'a', type: DT.DT_FLOAT }], outputArg: [{ name: 'o', type: DT.DT_FLOAT }] },
  attr: { _noinline: { b: true } },
  argAttr: { 0: { attr: { _user_specified_name: { s: utf8('a') } } }, 3: {} },
  resourceArgUniqueId: { 0: 1, 2: 0 },
  nodeDef: [{ name: 'id', op: 'Identity', input: ['a'], attr: { T: { type: DT.DT_FLOAT } } }],
  ret: { o: 'id:output:0' },
  controlRet: { c: 'id' },
};

const GRAPH_DEF_FULL: GraphDef = {
  node: [NODE_DEF_FULL, { name: 'x', op: 'Placeholder', attr: { dtype: { type: DT.DT_FLOAT }, shape: { shape: SHAPE } } }],
  library: {
    function: [FUNCTION_DEF_FULL],
    gradient: [{ functionName: 'f', gradientFunc: 'f_grad' }],
    registeredGradients: [{ gradientFunc: 'g', registeredOpType: 'HydraOp' }],
  },
  version: 21,
  versions: { producer: 1700, minConsumer: 12, badConsumers: [3, 5] },
  debugInfo: OPAQUE.graphDebugInfo,
};

const GPU_FULL: GPUOptions = {
  perProcessGpuMemoryFraction: 0.5,
  allowGrowth: true,
  allocatorType: 'BFC',
  deferredDeletionBytes: 1048576,
  visibleDeviceList: '0,1',
  pollingActiveDelayUsecs: 10,
  pollingInactiveDelayMsecs: 20,
  forceGpuCompatible: true,
  experimental: {
    virtualDevices: [{ memoryLimitMb: [1024, 2048.5], priority: [0, -1], deviceOrdinal: [0, 1] }, {}],
    numVirtualDevicesPerGpu: 2,
    useUnifiedMemory: true,
    numDevToDevCopyStreams: 2,
    collectiveRingOrder: '0,1',
    timestampedAllocator: true,
    kernelTrackerMaxInterval: 5,
    kernelTrackerMaxBytes: 6,
    kernelTrackerMaxPending: 7,
    internalFragmentationFraction: 0.125,
    useCudaMallocAsync: true,
    disallowRetryOnAllocationFailure: true,
    gpuHostMemLimitInMb: 512.5,
    gpuHostMemDisallowGrowth: true,
    gpuSystemMemorySizeInMb: 8192,
    populatePjrtGpuClientCreationInfo: true,
    nodeId: 3,
    streamMergeOptions: { mergeHostToDeviceStream: true, mergeDeviceToHostStream: true, mergeDeviceToDeviceStream: true },
  },
};

const REWRITER_FULL: RewriterConfig = {
  cpuLayoutConversion: 1,
  layoutOptimizer: RewriterToggle.OFF,
  constantFolding: RewriterToggle.ON,
  shapeOptimization: RewriterToggle.AGGRESSIVE,
  remapping: RewriterToggle.OFF,
  commonSubgraphElimination: RewriterToggle.ON,
  arithmeticOptimization: RewriterToggle.OFF,
  dependencyOptimization: RewriterToggle.ON,
  loopOptimization: RewriterToggle.OFF,
  functionOptimization: RewriterToggle.ON,
  debugStripper: RewriterToggle.ON,
  disableModelPruning: true,
  scopedAllocatorOptimization: RewriterToggle.ON,
  pinToHostOptimization: RewriterToggle.OFF,
  implementationSelector: RewriterToggle.ON,
  autoMixedPrecision: RewriterToggle.OFF,
  autoMixedPrecisionMkl: RewriterToggle.OFF,
  autoMixedPrecisionOnednnBfloat16: RewriterToggle.ON,
  autoMixedPrecisionCpu: RewriterToggle.OFF,
  disableMetaOptimizer: true,
  disableTfgOptimizer: true,
  usePluginOptimizers: RewriterToggle.OFF,
  experimentalConditionalCodeMotion: RewriterToggle.EXPERIMENTAL_MLIR,
  metaOptimizerIterations: 2,
  minGraphNodes: -1,
  experimentalDisableCompressedTensorOptimization: true,
  experimentalDisableFoldingQuantizationEmulation: true,
  memoryOptimization: 6,
  memoryOptimizerTargetNodeNameScope: 'gradients/',
  metaOptimizerTimeoutMs: -1,
  autoParallel: { enable: true, numReplicas: 2 },
  failOnOptimizerErrors: true,
  scopedAllocatorOpts: { enableOp: ['CollectiveReduce'] },
  optimizers: ['constfold', 'layout'],
  customOptimizers: [{ name: 'Custom', parameterMap: { k: { i: 1 }, z: { s: utf8('v') } } }],
  interOptimizerVerifierConfig: { verificationTimeoutInMs: 1000, structureVerifier: 1 },
  postOptimizationVerifierConfig: { structureVerifier: 2 },
};

const GRAPH_OPTIONS_FULL: GraphOptions = {
  enableRecvScheduling: true,
  optimizerOptions: {
    doCommonSubexpressionElimination: true,
    doConstantFolding: true,
    maxFoldedConstantInBytes: 10485760,
    doFunctionInlining: true,
    optLevel: OptimizerLevel.L0,
    globalJitLevel: GlobalJitLevel.ON_1,
    cpuGlobalJit: true,
  },
  buildCostModel: 5,
  buildCostModelAfter: 10,
  inferShapes: true,
  placePrunedGraph: true,
  enableBfloat16Sendrecv: true,
  timelineStep: 4,
  rewriteOptions: REWRITER_FULL,
};

const CONFIG_FULL: ConfigProto = {
  // '0', '10', '9' are integer-like: JS objects enumerate them first, TensorFlow sorts bytewise.
  deviceCount: { CPU: 1, GPU: 2, '10': 4, '9': 5, '0': 0 },
  intraOpParallelismThreads: 2,
  interOpParallelismThreads: 3,
  usePerSessionThreads: true,
  sessionInterOpThreadPool: [{ numThreads: 4, globalName: 'pool-a' }, { numThreads: 1 }],
  placementPeriod: 7,
  deviceFilters: ['/job:localhost', '/device:CPU:0'],
  gpuOptions: GPU_FULL,
  pluggableDeviceOptions: { allowGrowth: true, visibleDeviceList: '1' },
  allowSoftPlacement: true,
  logDevicePlacement: true,
  graphOptions: GRAPH_OPTIONS_FULL,
  operationTimeoutInMs: 60000,
  rpcOptions: {
    useRpcForInprocessMaster: true,
    compressionAlgorithm: 'gzip',
    compressionLevel: 3,
    cacheRpcResponse: true,
    disableSessionConnectionSharing: true,
    numChannelsPerTarget: 2,
  },
  clusterDef: OPAQUE.clusterDef,
  isolateSessionState: true,
  shareClusterDevicesInSession: true,
  experimental: {
    collectiveGroupLeader: '/job:worker/replica:0/task:0',
    executorType: 'SINGLE_THREADED_EXECUTOR',
    recvBufMaxChunk: 4096,
    useNumaAffinity: true,
    collectiveDeterministicSequentialExecution: true,
    collectiveNccl: true,
    shareSessionStateInClusterspecPropagation: true,
    disableThreadSpinning: true,
    shareClusterDevicesInSession: true,
    sessionMetadata: { name: 'model', version: 9 },
    optimizeForStaticGraph: true,
    enableMlirBridge: true,
    mlirBridgeRollout: 2,
    enableMlirGraphOptimization: true,
    disableOutputPartitionGraphs: true,
    xlaFusionAutotunerThresh: 3,
    useTfrt: true,
    enableMultiHost: true,
    tfrtUseIfrt: true,
    backendServerPort: 8470,
    targetTpu: true,
    targetGpu: true,
    streamMergeThreshold: 5,
    disableFunctionalOpsLowering: true,
    xlaPreferSingleGraphCluster: true,
    coordinationConfig: OPAQUE.coordinationConfig,
    disableOptimizeForStaticGraph: true,
    disableEagerExecutorStreamingEnqueue: true,
    finalizeFunctionLibraryRuntime: true,
    finalizeResourceManager: true,
    tf2xlaDumpDir: '/tmp/xla',
    onlineCostAnalysis: true,
  },
};

const RUN_OPTIONS_FULL: RunOptions = {
  traceLevel: TraceLevel.FULL_TRACE,
  timeoutInMs: 1099511627776,
  interOpThreadPool: -1,
  outputPartitionGraphs: true,
  debugOptions: OPAQUE.debugOptions,
  reportTensorAllocationsUponOom: true,
  experimental: { collectiveGraphKey: 2n ** 62n, useRunHandlerPool: true, runHandlerPoolOptions: { priority: -5 } },
};

const SMALL_GRAPH: GraphDef = { node: [{ name: 'a', op: 'NoOp' }], versions: { producer: 1 } };

const RUN_METADATA_FULL: RunMetadata = {
  stepStats: OPAQUE.stepStats,
  costGraph: OPAQUE.costGraph,
  partitionGraphs: [SMALL_GRAPH, {}],
  functionGraphs: [
    { partitionGraphs: [SMALL_GRAPH], preOptimizationGraph: SMALL_GRAPH, postOptimizationGraph: { node: [{ name: 'b', op: 'NoOp' }] } },
  ],
  sessionMetadata: { name: 'sess', version: 3 },
};

const SIGNATURE_FULL: SignatureDef = {
  inputs: {
    x: { name: 'serving_default_x:0', dtype: DT.DT_FLOAT, tensorShape: SHAPE },
    sp: {
      cooSparse: { valuesTensorName: 'v:0', indicesTensorName: 'i:0', denseShapeTensorName: 's:0' },
      dtype: DT.DT_FLOAT,
      tensorShape: { unknownRank: true },
    },
    rt: {
      compositeTensor: {
        typeSpec: {
          typeSpecClass: TypeSpecClass.RAGGED_TENSOR_SPEC,
          typeState: OPAQUE.structuredValue,
          typeSpecClassName: 'RaggedTensorSpec',
          numFlatComponents: 2,
        },
        components: [
          { name: 'rt/values:0', dtype: DT.DT_FLOAT },
          { name: 'rt/splits:0', dtype: DT.DT_INT64 },
        ],
      },
      dtype: DT.DT_FLOAT,
    },
  },
  outputs: { y: { name: 'StatefulPartitionedCall:0', dtype: DT.DT_FLOAT, tensorShape: { dim: [{ size: -1 }, { size: 2 }] } } },
  methodName: 'tensorflow/serving/predict',
  defaults: { k: { dtype: DT.DT_INT64, tensorShape: {}, int64Val: [3] } },
};

const ANY_VERSION = { typeUrl: 'type.googleapis.com/tensorflow.VersionDef', value: encode('tensorflow.VersionDef', { producer: 1 }) };

const META_GRAPH_FULL: MetaGraphDef = {
  metaInfoDef: {
    metaGraphVersion: 'v1',
    strippedOpList: { op: [OP_DEF_FULL] },
    anyInfo: ANY_VERSION,
    tags: ['serve', 'train'],
    tensorflowVersion: TF_VERSION,
    tensorflowGitVersion: 'v2.21.0-0-gabc',
    strippedDefaultAttrs: true,
    functionAliases: { serve: '__inference_serve_1', b: 'x' },
  },
  graphDef: GRAPH_DEF_FULL,
  saverDef: {
    filenameTensorName: 'save/Const:0',
    saveTensorName: 'save/Identity:0',
    restoreOpName: 'save/restore_all',
    maxToKeep: 5,
    sharded: true,
    keepCheckpointEveryNHours: 10000,
    version: CheckpointFormatVersion.V2,
  },
  collectionDef: {
    nodes: { nodeList: { value: ['a', 'b'] } },
    blobs: { bytesList: { value: [bytes(1), bytes()] } },
    ints: { int64List: { value: [1, -(2n ** 63n)] } },
    floats: { floatList: { value: [0.5] } },
    anys: { anyList: { value: [ANY_VERSION, {}] } },
    empty: { nodeList: {} },
  },
  signatureDef: {
    serving_default: SIGNATURE_FULL,
    __saved_model_init_op: { outputs: { __saved_model_init_op: { name: 'NoOp' } } },
  },
  assetFileDef: [{ tensorInfo: { name: 'asset_path:0', dtype: DT.DT_STRING, tensorShape: {} }, filename: 'vocab.txt' }],
  objectGraphDef: OPAQUE.savedObjectGraph,
};

const SUMMARY_METADATA_FULL: SummaryMetadata = {
  pluginData: { pluginName: 'scalars', content: bytes(8, 1) },
  displayName: 'Loss',
  summaryDescription: 'the loss',
  dataClass: DataClass.DATA_CLASS_SCALAR,
};

const SUMMARY_FULL: Summary = {
  value: [
    { tag: 'loss', nodeName: 'n', metadata: SUMMARY_METADATA_FULL, simpleValue: 0.25 },
    { tag: 'zero', simpleValue: 0 },
    { tag: 'old', obsoleteOldStyleHistogram: bytes(1, 2) },
    { tag: 'img', image: { height: 2, width: 3, colorspace: 4, encodedImageString: bytes(0x89, 0x50) } },
    {
      tag: 'h',
      histo: { min: -1, max: 1, num: 3, sum: 0.5, sumSquares: 1.25, bucketLimit: [0, 1, 1.7976931348623157e308], bucket: [1, 2, 0] },
    },
    {
      tag: 'a',
      audio: { sampleRate: 16000, numChannels: 2, lengthFrames: 2n ** 53n, encodedAudioString: bytes(1), contentType: 'audio/wav' },
    },
    { tag: 't', tensor: { dtype: DT.DT_FLOAT, tensorShape: {}, floatVal: [1.5] } },
  ],
};

const EVENT_BASE: Event = { wallTime: 1700000000.5, step: 2n ** 60n, sourceMetadata: { writer: 'hydra-tf' } };
const EVENTS: Record<string, Event> = {
  fileVersion: { ...EVENT_BASE, fileVersion: 'brain.Event:2' },
  graphDef: { ...EVENT_BASE, graphDef: encode('tensorflow.GraphDef', SMALL_GRAPH) },
  summary: { ...EVENT_BASE, summary: SUMMARY_FULL },
  logMessage: { ...EVENT_BASE, logMessage: { level: LogMessageLevel.ERROR, message: 'bad' } },
  sessionLog: { ...EVENT_BASE, sessionLog: { status: SessionStatus.CHECKPOINT, checkpointPath: '/tmp/ckpt', msg: 'saved' } },
  taggedRunMetadata: {
    ...EVENT_BASE,
    taggedRunMetadata: { tag: 'step1', runMetadata: encode('tensorflow.RunMetadata', { sessionMetadata: { name: 's' } }) },
  },
  metaGraphDef: { ...EVENT_BASE, metaGraphDef: encode('tensorflow.MetaGraphDef', { metaInfoDef: { tags: ['serve'] } }) },
  emptyFileVersion: { fileVersion: '' },
};

const BUNDLE_ENTRY_FULL: BundleEntryProto = {
  dtype: DT.DT_FLOAT,
  shape: { dim: [{ size: 2 }, { size: 3 }] },
  shardId: 1,
  offset: 2n ** 53n + 1n,
  size: 24,
  crc32c: 0xdeadbeef,
  slices: [{ extent: [{ start: 1, length: 2 }, {}, { length: 0 }] }],
};

type Case = [label: string, typeName: string, value: object];
const CASES: Case[] = [
  ['ConfigProto (every field)', 'tensorflow.ConfigProto', CONFIG_FULL],
  ['ConfigProto (empty)', 'tensorflow.ConfigProto', {}],
  [
    'ServerDef (every field)',
    'tensorflow.ServerDef',
    {
      cluster: {
        job: [
          { name: 'worker', tasks: { 0: '127.0.0.1:2222', 1: 'host-b:2223', 7: '[::1]:2224' } },
          { name: 'ps', tasks: { 0: 'ps0:2225' } },
        ],
      },
      jobName: 'worker',
      taskIndex: 1,
      replica: 2,
      protocol: 'grpc',
      port: 2223,
      defaultSessionConfig: { intraOpParallelismThreads: 2, allowSoftPlacement: true },
      // ClusterDeviceFilters { jobs: [JobDeviceFilters { name: "worker" }] }
      clusterDeviceFilters: bytes(0x0a, 0x08, 0x0a, 0x06, 0x77, 0x6f, 0x72, 0x6b, 0x65, 0x72),
    },
  ],
  ['GPUOptions', 'tensorflow.GPUOptions', GPU_FULL],
  ['GraphOptions', 'tensorflow.GraphOptions', GRAPH_OPTIONS_FULL],
  ['RewriterConfig', 'tensorflow.RewriterConfig', REWRITER_FULL],
  ['RunOptions', 'tensorflow.RunOptions', RUN_OPTIONS_FULL],
  ['RunMetadata', 'tensorflow.RunMetadata', RUN_METADATA_FULL],
  ['OpList', 'tensorflow.OpList', { op: [OP_DEF_FULL, { name: 'NoOp' }] }],
  ['OpDef', 'tensorflow.OpDef', OP_DEF_FULL],
  ...Object.entries(ATTRS).map(([k, v]): Case => [`AttrValue (${k})`, 'tensorflow.AttrValue', v]),
  ['AttrValue (empty: no oneof member)', 'tensorflow.AttrValue', {}],
  ['NameAttrList', 'tensorflow.NameAttrList', NAME_ATTR_LIST],
  ['TensorShapeProto (dims)', 'tensorflow.TensorShapeProto', SHAPE],
  ['TensorShapeProto (unknown rank)', 'tensorflow.TensorShapeProto', { unknownRank: true }],
  ['TensorShapeProto (scalar)', 'tensorflow.TensorShapeProto', {}],
  ['TensorProto (every field)', 'tensorflow.TensorProto', TENSOR_FULL],
  ['ResourceHandleProto', 'tensorflow.ResourceHandleProto', RESOURCE_HANDLE],
  ['FullTypeDef', 'tensorflow.FullTypeDef', FULL_TYPE],
  ['TensorSliceProto', 'tensorflow.TensorSliceProto', { extent: [{ start: 1, length: 2 }, {}, { start: 4 }, { length: 0 }] }],
  ['NodeDef', 'tensorflow.NodeDef', NODE_DEF_FULL],
  ['FunctionDef', 'tensorflow.FunctionDef', FUNCTION_DEF_FULL],
  ['FunctionDefLibrary', 'tensorflow.FunctionDefLibrary', GRAPH_DEF_FULL.library!],
  ['GraphDef', 'tensorflow.GraphDef', GRAPH_DEF_FULL],
  ['VersionDef', 'tensorflow.VersionDef', { producer: 1700, minConsumer: 12, badConsumers: [3] }],
  [
    'SavedModel',
    'tensorflow.SavedModel',
    { savedModelSchemaVersion: 1, metaGraphs: [META_GRAPH_FULL, { metaInfoDef: { tags: ['gpu'] } }] },
  ],
  ['MetaGraphDef', 'tensorflow.MetaGraphDef', META_GRAPH_FULL],
  ['SignatureDef', 'tensorflow.SignatureDef', SIGNATURE_FULL],
  ['SaverDef', 'tensorflow.SaverDef', META_GRAPH_FULL.saverDef!],
  ['CollectionDef (int64 list)', 'tensorflow.CollectionDef', { int64List: { value: [2n ** 63n - 1n, 0] } }],
  ['AssetFileDef', 'tensorflow.AssetFileDef', META_GRAPH_FULL.assetFileDef![0]],
  ['google.protobuf.Any', 'google.protobuf.Any', ANY_VERSION],
  ...Object.entries(EVENTS).map(([k, v]): Case => [`Event (${k})`, 'tensorflow.Event', v]),
  ['Summary', 'tensorflow.Summary', SUMMARY_FULL],
  ['SummaryMetadata', 'tensorflow.SummaryMetadata', SUMMARY_METADATA_FULL],
  ['HistogramProto', 'tensorflow.HistogramProto', SUMMARY_FULL.value![4].histo!],
  [
    'BundleHeaderProto',
    'tensorflow.BundleHeaderProto',
    { numShards: 2, endianness: Endianness.BIG, version: { producer: 1, badConsumers: [2] } },
  ],
  ['BundleEntryProto', 'tensorflow.BundleEntryProto', BUNDLE_ENTRY_FULL],
  ['TensorSliceProto (in a bundle entry)', 'tensorflow.TensorSliceProto', BUNDLE_ENTRY_FULL.slices![0]],
];

/** Inputs in non-normalised forms (defaults, names, strings): only the bytes are compared. */
const BYTES_ONLY: [label: string, typeName: string, value: object, pythonJson: object][] = [
  [
    'ConfigProto with explicit defaults',
    'tensorflow.ConfigProto',
    {
      intraOpParallelismThreads: 0,
      allowSoftPlacement: false,
      operationTimeoutInMs: 0,
      deviceFilters: [],
      deviceCount: {},
      gpuOptions: {},
    },
    { intraOpParallelismThreads: 0, allowSoftPlacement: false, operationTimeoutInMs: '0', gpuOptions: {} },
  ],
  [
    'NodeDef with snake_case keys, enum names, string bytes',
    'tensorflow.NodeDef',
    {
      name: 'c',
      op: 'Const',
      attr: {
        dtype: { type: 'DT_FLOAT' },
        value: { tensor: { dtype: 'DT_FLOAT', tensor_shape: {}, float_val: new Float32Array([1.5]) } },
        padding: { s: 'SAME' },
      },
    },
    {
      name: 'c',
      op: 'Const',
      attr: {
        dtype: { type: 'DT_FLOAT' },
        value: { tensor: { dtype: 'DT_FLOAT', tensorShape: {}, floatVal: [1.5] } },
        padding: { s: b64(utf8('SAME')) },
      },
    },
  ],
  [
    'int64 given as strings and bigints',
    'tensorflow.TensorProto',
    { dtype: 9, int64_val: ['-9223372036854775808', 2n ** 62n, 7], uint64Val: ['18446744073709551615'] },
    { dtype: 9, int64Val: ['-9223372036854775808', String(2n ** 62n), '7'], uint64Val: ['18446744073709551615'] },
  ],
  [
    'map given as a JS Map, in reverse order',
    'tensorflow.ConfigProto',
    {
      deviceCount: new Map([
        ['b', 1],
        ['a', 2],
        ['10', 3],
        ['9', 4],
      ]),
    },
    { deviceCount: { a: 2, b: 1, '9': 4, '10': 3 } },
  ],
  [
    'negative zero double is not a default',
    'tensorflow.GPUOptions',
    { perProcessGpuMemoryFraction: -0 },
    { perProcessGpuMemoryFraction: '-0' },
  ],
];

const FIXTURES = ['config_proto_basic', 'op_list', 'saved_model', 'graph_def', 'events', 'tensor_protos'];

/** Records `Message.field` for every field set in `value`, recursively (coverage of the cases). */
function cover(type: protobuf.Type, value: Record<string, unknown>, seen: Set<string>): void {
  for (const f of type.fieldsArray) {
    const v = value[jsonName(f.name)];
    if (v === undefined) continue;
    seen.add(`${type.fullName.slice(1)}.${f.name}`);
    const rt = f.resolvedType;
    if (!(rt instanceof protobuf.Type)) continue;
    if (rt.options?.map_entry) {
      const vt = rt.fields.value.resolvedType;
      if (vt instanceof protobuf.Type) for (const x of Object.values(v as object)) cover(vt, x, seen);
    } else if (f.repeated) {
      for (const x of v as Record<string, unknown>[]) cover(rt, x, seen);
    } else {
      cover(rt, v as Record<string, unknown>, seen);
    }
  }
}

// ----------------------------------------------------------------------------- run Python once

let check: CheckOutput;
let pythonError: Error | undefined;

function python(): { check: CheckOutput } {
  if (pythonError) throw pythonError;
  return { check };
}

beforeAll(async () => {
  try {
    const requests: object[] = [];
    CASES.forEach(([, type, value], i) => {
      requests.push({ id: `parse:${i}`, op: 'parse', type, bytes: b64(encode(type, value)) });
      requests.push({ id: `build:${i}`, op: 'build', type, json: jsonify(value) });
    });
    BYTES_ONLY.forEach(([, type, , json], i) => requests.push({ id: `bytes:${i}`, op: 'build', type, json }));
    for (const name of FIXTURES) requests.push({ id: `fixture:${name}`, op: 'fixture', name });

    check = JSON.parse(
      await runPython('proto_check.py', [], JSON.stringify({ opaque: Object.keys(OPAQUE_FIELDS), requests })),
    ) as CheckOutput;
  } catch (e) {
    pythonError = e as Error;
  }
}, 300_000);

// ----------------------------------------------------------------------------- tests

test('the Python fixture environment is TensorFlow 2.21.0', () => {
  expect(python().check.tensorflowVersion).toBe(TF_VERSION);
});

describe("round trips through TensorFlow's classes", () => {
  test('the cases set every field lib/proto defines', () => {
    const seen = new Set<string>();
    for (const [, type, value] of CASES) cover(lookupType(type), value as Record<string, unknown>, seen);
    const all: string[] = [];
    for (const name of messageNames()) for (const f of lookupType(name).fieldsArray) all.push(`${name}.${f.name}`);
    expect(all.filter((f) => !seen.has(f))).toEqual([]);
  });

  describe.each(CASES.map((c, i) => [c[0], i] as const))('%s', (_label, i) => {
    const [, type, value] = CASES[i];

    test('TS -> Python -> TS: no unknown fields, same view, same value, same bytes', () => {
      const r = pyOk<ParseResult>(python().check.results[`parse:${i}`], `parse ${type}`);
      expect(r.unknown).toEqual([]);
      expect(r.discardChanged).toBe(false);
      const ours = encode(type, value);
      expect(r.json).toEqual(toJSON(type, ours));
      expect(decode(type, unb64(r.reserialized))).toEqual(value);
      expectSameAsPython(type, ours, unb64(r.reserialized), `${type} vs Python's SerializeToString(deterministic=True)`);
    });

    test('Python -> TS: TensorFlow builds it, TS decodes every field', () => {
      const r = pyOk<BuildResult>(python().check.results[`build:${i}`], `build ${type}`);
      const pyBytes = unb64(r.bytes);
      expect(decode(type, pyBytes)).toEqual(value);
      expect(toJSON(type, pyBytes)).toEqual(r.json);
      expectSameAsPython(type, encode(type, value), pyBytes, `${type}: ours vs Python's`);
    });
  });

  test.each(BYTES_ONLY.map((c, i) => [c[0], i] as const))('same bytes as TensorFlow: %s', (_label, i) => {
    const [, type, value] = BYTES_ONLY[i];
    const r = pyOk<BuildResult>(python().check.results[`bytes:${i}`], `build ${type}`);
    expectSameAsPython(type, encode(type, value), unb64(r.bytes), type);
  });
});

describe('messages TensorFlow produced', () => {
  const fixture = (name: string) => pyOk<FixtureResult>(python().check.results[`fixture:${name}`], `fixture ${name}`);

  test.each(FIXTURES)('%s: decodes to what Python sees and re-encodes byte-identically', (name) => {
    const f = fixture(name);
    expect(f.items.length).toBeGreaterThan(0);
    f.items.forEach((item, k) => {
      const produced = unb64(item.bytes);
      const canonical = unb64(item.reserialized);
      expect(toJSON(f.type, canonical)).toEqual(item.json);
      const decoded = decode(f.type, produced);
      expectSameAsPython(f.type, encode(f.type, decoded), canonical, `${name}[${k}] re-encoded`);
    });
  });

  test("ConfigProto bytes equal Python's SerializeToString() for the same settings", () => {
    const ours = encodeConfigProto({
      intraOpParallelismThreads: 2,
      gpuOptions: { allowGrowth: true, perProcessGpuMemoryFraction: 0.5, visibleDeviceList: '0' },
    });
    expectSameBytes(ours, unb64(fixture('config_proto_basic').items[0].bytes), 'ConfigProto');
    expect(decodeConfigProto(ours)).toEqual({
      intraOpParallelismThreads: 2,
      gpuOptions: { allowGrowth: true, perProcessGpuMemoryFraction: 0.5, visibleDeviceList: '0' },
    });
  });

  test('the op registry (TF_GetAllOpList) decodes completely', () => {
    const f = fixture('op_list');
    const list = decodeOpList(unb64(f.items[0].bytes));
    expect(list.op?.length).toBe(f.facts.count);
    expect(list.op!.length).toBeGreaterThan(1000);
    const matmul = list.op!.find((op) => op.name === 'MatMul')!;
    expect(toJSON('tensorflow.OpDef', matmul)).toEqual(f.facts.matmul);
    expect(matmul.inputArg!.map((a) => a.name)).toEqual(['a', 'b']);
    const transposeA = matmul.attr!.find((a) => a.name === 'transpose_a')!;
    expect(transposeA.type).toBe('bool');
    expect(transposeA.defaultValue).toEqual({ b: false });
    const t = matmul.attr!.find((a) => a.name === 'T')!;
    expect(t.allowedValues!.list!.type).toContain(DataTypeProto.DT_FLOAT);
  });

  test('a SavedModel written by tf.saved_model.save', () => {
    const f = fixture('saved_model');
    const sm = decodeSavedModel(unb64(f.items[0].bytes));
    const mg = sm.metaGraphs![0];
    expect(mg.metaInfoDef!.tags).toEqual(f.facts.tags);
    expect(mg.metaInfoDef!.tensorflowVersion).toBe(TF_VERSION);
    expect(Object.keys(mg.signatureDef!).sort()).toEqual(f.facts.signatures);
    const sig = mg.signatureDef!.serving_default;
    expect(Object.fromEntries(Object.entries(sig.inputs!).map(([k, v]) => [k, v.name]))).toEqual(f.facts.inputs);
    expect(Object.fromEntries(Object.entries(sig.outputs!).map(([k, v]) => [k, v.name]))).toEqual(f.facts.outputs);
    expect(sig.inputs!.x.dtype).toBe(DataTypeProto.DT_FLOAT);
    expect(sig.inputs!.x.tensorShape).toEqual({ dim: [{ size: -1 }, { size: 3 }] });
    expect(sig.inputs!.k.dtype).toBe(DataTypeProto.DT_INT64);
    expect(sig.methodName).toBe('tensorflow/serving/predict');
    expect(mg.graphDef!.library!.function!.length).toBe(f.facts.functions);
    expect(mg.graphDef!.node!.length).toBe(f.facts.nodes);
    expect(mg.objectGraphDef!.length).toBeGreaterThan(0);
  });

  test('TensorBoard events written by tf.summary', () => {
    const f = fixture('events');
    const events = f.items.map((it) => decodeEvent(unb64(it.bytes)));
    expect(events[0].fileVersion).toBe('brain.Event:2');
    const byTag = new Map(events.flatMap((e) => (e.summary?.value ?? []).map((v) => [v.tag, { e, v }] as const)));
    expect(byTag.get('loss/digit')!.e.step).toBe(1);
    expect(byTag.get('loss/parity')!.e.step).toBe(2 ** 40);
    expect(byTag.get('loss/digit')!.v.metadata).toEqual({ pluginData: { pluginName: 'scalars' }, dataClass: DataClass.DATA_CLASS_SCALAR });
    const t = byTag.get('loss/digit')!.v.tensor!;
    expect(new Float32Array(Uint8Array.from(t.tensorContent!).buffer)[0]).toBe(0.25);
    expect(byTag.get('old/simple')!.v.simpleValue).toBe(0.125);
    expect(byTag.get('old/histo')!.v.histo!.bucketLimit).toEqual([0, 1, 1.7e308]);
    expect(byTag.get('old/image')!.v.image!.encodedImageString).toEqual(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a));
  });

  test('TensorProtos from tf.make_tensor_proto keep 64-bit values exact', () => {
    const items = fixture('tensor_protos').items.map((it) => decodeTensorProto(unb64(it.bytes)));
    expect(items[6]).toEqual({ dtype: DataTypeProto.DT_INT64, int64Val: [2n ** 62n + 1n, -(2n ** 63n)] });
    expect(items[5].dtype).toBe(DataTypeProto.DT_UINT64);
    expect(items[5].uint64Val).toEqual([2n ** 64n - 1n]);
    expect(items[0].tensorShape).toEqual({ dim: [{ size: 2 }, { size: 3 }] });
    expect(items[2].stringVal).toEqual([utf8('a'), bytes(0xff, 0), utf8('\u00e9t\u00e9')]);
  });
});

describe('codec behaviour', () => {
  test('int64: number when safe, bigint beyond 2^53, both directions', () => {
    const t = decode(
      'tensorflow.TensorProto',
      encode('tensorflow.TensorProto', { int64Val: [2 ** 53 - 1, -(2 ** 53 - 1), 2n ** 53n, -1] }),
    );
    expect(t.int64Val).toEqual([2 ** 53 - 1, -(2 ** 53 - 1), 2n ** 53n, -1]);
    const dims = decode('tensorflow.TensorShapeProto', encode('tensorflow.TensorShapeProto', { dim: [{ size: -1 }] }));
    expect(dims.dim![0].size).toBe(-1);
    expect(toJSON('tensorflow.TensorProto', { int64Val: [2n ** 62n] })).toEqual({ int64Val: [String(2n ** 62n)] });
  });

  test('map entries are sorted by key bytes regardless of insertion order', () => {
    const a = encode('tensorflow.ConfigProto', { deviceCount: { b: 1, a: 2, '10': 3, '9': 4 } });
    const b = encode('tensorflow.ConfigProto', { deviceCount: { '9': 4, a: 2, '10': 3, b: 1 } });
    expectSameBytes(a, b, 'insertion order');
  });

  test('decoded bytes are plain Uint8Arrays', () => {
    const v = decode('tensorflow.AttrValue', encode('tensorflow.AttrValue', { s: 'x' }));
    expect(Object.getPrototypeOf(v.s)).toBe(Uint8Array.prototype);
    expect(v.s).toEqual(utf8('x'));
  });

  test('empty input decodes to an empty message', () => {
    expect(decode('tensorflow.ConfigProto', new Uint8Array(0))).toEqual({});
  });

  test('null and undefined fields are ignored', () => {
    expectSameBytes(
      encode('tensorflow.ConfigProto', { intraOpParallelismThreads: 2, gpuOptions: null, deviceFilters: undefined }),
      encode('tensorflow.ConfigProto', { intraOpParallelismThreads: 2 }),
      'null fields',
    );
  });

  test.each<[string, string, object, RegExp]>([
    [
      'an unknown field',
      'tensorflow.ConfigProto',
      { intraOpThreads: 2 },
      /ConfigProto has no field 'intraOpThreads'.*intraOpParallelismThreads/,
    ],
    ['a field given twice', 'tensorflow.ConfigProto', { intraOpParallelismThreads: 1, intra_op_parallelism_threads: 2 }, /given twice/],
    [
      'a string for an int32',
      'tensorflow.ConfigProto',
      { intraOpParallelismThreads: '2' },
      /intraOpParallelismThreads: expected an integer/,
    ],
    ['an int32 out of range', 'tensorflow.ConfigProto', { intraOpParallelismThreads: 2 ** 31 }, /in \[-2147483648, 2147483647\]/],
    ['a fraction for an int64', 'tensorflow.ConfigProto', { operationTimeoutInMs: 1.5 }, /operationTimeoutInMs: expected an integer/],
    [
      'an int64 out of range',
      'tensorflow.TensorProto',
      { int64Val: [2n ** 63n] },
      /int64Val\[0\]: 9223372036854775808 is out of range for int64/,
    ],
    ['a negative uint64', 'tensorflow.TensorProto', { uint64Val: [-1] }, /out of range for uint64/],
    ['a negative uint32', 'tensorflow.TensorProto', { uint32Val: [-1] }, /uint32Val\[0\]: expected an integer in \[0, 4294967295\]/],
    ['an unknown enum name', 'tensorflow.TensorProto', { dtype: 'DT_FLOAT33' }, /'DT_FLOAT33' is not a tensorflow.DataType value/],
    ['two oneof members', 'tensorflow.AttrValue', { i: 1, f: 2 }, /oneof 'value' .* several members set \(i, f\)/],
    ['a scalar for a repeated field', 'tensorflow.ConfigProto', { deviceFilters: 'cpu' }, /deviceFilters: expected an array/],
    ['a non-object message', 'tensorflow.ConfigProto', { gpuOptions: true }, /gpuOptions: expected an object \(tensorflow.GPUOptions\)/],
    ['a number for a bool', 'tensorflow.GPUOptions', { allowGrowth: 1 }, /allowGrowth: expected a boolean/],
    ['a non-integer map key', 'tensorflow.FunctionDef', { resourceArgUniqueId: { x: 1 } }, /map key 'x' is not an integer/],
    ['a null repeated element', 'tensorflow.ConfigProto', { deviceFilters: ['a', null] }, /deviceFilters\[1\]: expected a value/],
  ])('encode rejects %s with a clear message', (_label, type, value, message) => {
    expect(() => encode(type, value)).toThrow(ProtoError);
    expect(() => encode(type, value)).toThrow(message);
  });

  test('unknown message types and malformed bytes raise ProtoError', () => {
    expect(() => encode('tensorflow.NoSuchMessage', {})).toThrow(/unknown protobuf message type 'tensorflow.NoSuchMessage'/);
    expect(() => decode('tensorflow.GraphDef', bytes(0x0a, 0xff))).toThrow(ProtoError);
    expect(() => decode('tensorflow.GraphDef', bytes(0x0a, 0xff))).toThrow(/cannot decode tensorflow.GraphDef/);
    expect(() => lookupType('tensorflow.ConfigProto.DeviceCountEntry')).toThrow(ProtoError);
  });

  test('packAny / unpackAny', () => {
    const any = packAny('tensorflow.SaverDef', { maxToKeep: 3 });
    expect(any.typeUrl).toBe('type.googleapis.com/tensorflow.SaverDef');
    expect(unpackAny(any)).toEqual({ typeName: 'tensorflow.SaverDef', message: { maxToKeep: 3 } });
    expect(() => unpackAny({ typeUrl: 'type.googleapis.com/foo.Bar', value: bytes() })).toThrow(ProtoError);
  });

  test('messageNames covers the typed message map; codecRoot hides map entries from lookupType', () => {
    const typed: (keyof MessageTypes)[] = [
      'tensorflow.ConfigProto',
      'tensorflow.OpList',
      'tensorflow.SavedModel',
      'tensorflow.Event',
      'tensorflow.BundleEntryProto',
      'google.protobuf.Any',
    ];
    for (const n of typed) expect(messageNames()).toContain(n);
    expect(messageNames().some((n) => n.endsWith('Entry') && n !== 'tensorflow.BundleEntryProto')).toBe(false);
    expect(codecRoot.lookupType('tensorflow.ConfigProto.DeviceCountEntry').options?.map_entry).toBe(true);
  });

  test("jsonName follows protobuf's rule", () => {
    expect(jsonName('intra_op_parallelism_threads')).toBe('intraOpParallelismThreads');
    expect(jsonName('tf2xla_dump_dir')).toBe('tf2xlaDumpDir');
    expect(jsonName('crc32c')).toBe('crc32c');
  });
});
