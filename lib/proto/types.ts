// Written from TensorFlow's published field numbers (no .proto file is vendored).
//
// TypeScript shapes of the plain objects lib/proto encodes and decodes (see codec.ts for the
// conventions). Every field is optional: proto3 has no presence for scalars, so an absent field
// means the default (0, '', false, empty list/map); decode() omits fields that are absent from
// the wire. Field names are TensorFlow's, in camelCase (= the proto3 JSON names).
//
// int64/uint64 fields are `Int64` (number | bigint): decode() gives a number when the value is a
// safe integer (|v| <= 2^53 - 1) and a bigint otherwise; encode() accepts number, bigint or a
// decimal string. bytes fields decode to Uint8Array; encode() also accepts a string (UTF-8).
// Enum fields are numbers (the TS enums below); encode() also accepts the value's name.

/** An int64/uint64 value: a number when it is a safe integer, else a bigint. */
export type Int64 = number | bigint;
/** A bytes value. */
export type Bytes = Uint8Array;

/**
 * What encode() accepts for a message of type T: every field optional, bytes also as string,
 * int64 also as decimal string.
 */
export type ProtoInput<T> = T extends Uint8Array
  ? Uint8Array | string
  : T extends bigint
    ? bigint | string
    : T extends readonly (infer U)[]
      ? readonly ProtoInput<U>[]
      : T extends object
        ? { [K in keyof T]?: ProtoInput<T[K]> | null }
        : T;

// ------------------------------------------------------------------------------------ enums

/** tensorflow.DataType. Numeric values equal TF_DataType; `_REF` values are TF's +100 forms. */
export enum DataTypeProto {
  DT_INVALID = 0, DT_FLOAT = 1, DT_DOUBLE = 2, DT_INT32 = 3, DT_UINT8 = 4, DT_INT16 = 5,
  DT_INT8 = 6, DT_STRING = 7, DT_COMPLEX64 = 8, DT_INT64 = 9, DT_BOOL = 10, DT_QINT8 = 11,
  DT_QUINT8 = 12, DT_QINT32 = 13, DT_BFLOAT16 = 14, DT_QINT16 = 15, DT_QUINT16 = 16,
  DT_UINT16 = 17, DT_COMPLEX128 = 18, DT_HALF = 19, DT_RESOURCE = 20, DT_VARIANT = 21,
  DT_UINT32 = 22, DT_UINT64 = 23, DT_FLOAT8_E5M2 = 24, DT_FLOAT8_E4M3FN = 25,
  DT_FLOAT8_E4M3FNUZ = 26, DT_FLOAT8_E4M3B11FNUZ = 27, DT_FLOAT8_E5M2FNUZ = 28, DT_INT4 = 29,
  DT_UINT4 = 30, DT_INT2 = 31, DT_UINT2 = 32, DT_FLOAT4_E2M1FN = 33,
  DT_FLOAT_REF = 101, DT_DOUBLE_REF = 102, DT_INT32_REF = 103, DT_UINT8_REF = 104,
  DT_INT16_REF = 105, DT_INT8_REF = 106, DT_STRING_REF = 107, DT_COMPLEX64_REF = 108,
  DT_INT64_REF = 109, DT_BOOL_REF = 110, DT_QINT8_REF = 111, DT_QUINT8_REF = 112,
  DT_QINT32_REF = 113, DT_BFLOAT16_REF = 114, DT_QINT16_REF = 115, DT_QUINT16_REF = 116,
  DT_UINT16_REF = 117, DT_COMPLEX128_REF = 118, DT_HALF_REF = 119, DT_RESOURCE_REF = 120,
  DT_VARIANT_REF = 121, DT_UINT32_REF = 122, DT_UINT64_REF = 123, DT_FLOAT8_E5M2_REF = 124,
  DT_FLOAT8_E4M3FN_REF = 125, DT_FLOAT8_E4M3FNUZ_REF = 126, DT_FLOAT8_E4M3B11FNUZ_REF = 127,
  DT_FLOAT8_E5M2FNUZ_REF = 128, DT_INT4_REF = 129, DT_UINT4_REF = 130, DT_INT2_REF = 131,
  DT_UINT2_REF = 132, DT_FLOAT4_E2M1FN_REF = 133,
}

/** tensorflow.FullTypeId (values used by FullTypeDef). */
export enum FullTypeId {
  TFT_UNSET = 0, TFT_VAR = 1, TFT_ANY = 2, TFT_PRODUCT = 3, TFT_NAMED = 4, TFT_FOR_EACH = 20,
  TFT_CALLABLE = 100, TFT_BOOL = 200, TFT_UINT8 = 201, TFT_UINT16 = 202, TFT_UINT32 = 203,
  TFT_UINT64 = 204, TFT_INT8 = 205, TFT_INT16 = 206, TFT_INT32 = 207, TFT_INT64 = 208,
  TFT_HALF = 209, TFT_FLOAT = 210, TFT_DOUBLE = 211, TFT_COMPLEX64 = 212, TFT_COMPLEX128 = 213,
  TFT_STRING = 214, TFT_BFLOAT16 = 215, TFT_TENSOR = 1000, TFT_ARRAY = 1001,
  TFT_OPTIONAL = 1002, TFT_LITERAL = 1003, TFT_ENCODED = 1004, TFT_SHAPE_TENSOR = 1005,
  TFT_DATASET = 10102, TFT_RAGGED = 10103, TFT_ITERATOR = 10104, TFT_MUTEX_LOCK = 10202,
  TFT_LEGACY_VARIANT = 10203,
}

/** tensorflow.RunOptions.TraceLevel */
export enum TraceLevel { NO_TRACE = 0, SOFTWARE_TRACE = 1, HARDWARE_TRACE = 2, FULL_TRACE = 3 }

/** tensorflow.OptimizerOptions.Level */
export enum OptimizerLevel { L1 = 0, L0 = -1 }

/** tensorflow.OptimizerOptions.GlobalJitLevel */
export enum GlobalJitLevel { DEFAULT = 0, OFF = -1, ON_1 = 1, ON_2 = 2 }

/** tensorflow.RewriterConfig.Toggle */
export enum RewriterToggle { DEFAULT = 0, ON = 1, OFF = 2, AGGRESSIVE = 3, EXPERIMENTAL_MLIR = 4, EXPERIMENTAL_BOTH = 5 }

/** tensorflow.SaverDef.CheckpointFormatVersion */
export enum CheckpointFormatVersion { LEGACY = 0, V1 = 1, V2 = 2 }

/** tensorflow.DataClass (SummaryMetadata.data_class) */
export enum DataClass {
  DATA_CLASS_UNKNOWN = 0, DATA_CLASS_SCALAR = 1, DATA_CLASS_TENSOR = 2, DATA_CLASS_BLOB_SEQUENCE = 3,
}

/** tensorflow.LogMessage.Level */
export enum LogMessageLevel { UNKNOWN = 0, DEBUGGING = 10, INFO = 20, WARN = 30, ERROR = 40, FATAL = 50 }

/** tensorflow.SessionLog.SessionStatus */
export enum SessionStatus { STATUS_UNSPECIFIED = 0, START = 1, STOP = 2, CHECKPOINT = 3 }

/** tensorflow.BundleHeaderProto.Endianness */
export enum Endianness { LITTLE = 0, BIG = 1 }

/** tensorflow.TypeSpecProto.TypeSpecClass */
export enum TypeSpecClass {
  UNKNOWN = 0, SPARSE_TENSOR_SPEC = 1, INDEXED_SLICES_SPEC = 2, RAGGED_TENSOR_SPEC = 3,
  TENSOR_ARRAY_SPEC = 4, DATA_DATASET_SPEC = 5, DATA_ITERATOR_SPEC = 6, OPTIONAL_SPEC = 7,
  PER_REPLICA_SPEC = 8, VARIABLE_SPEC = 9, ROW_PARTITION_SPEC = 10, REGISTERED_TYPE_SPEC = 12,
  EXTENSION_TYPE_SPEC = 13,
}

// ------------------------------------------------------------------------------------ google

/** google.protobuf.Any */
export interface Any {
  typeUrl?: string;
  value?: Bytes;
}

// ------------------------------------------------------------------------------------ tensors

export interface TensorShapeDim {
  /** -1 for an unknown dimension. */
  size?: Int64;
  name?: string;
}

/** tensorflow.TensorShapeProto. No dims and !unknownRank = a scalar. */
export interface TensorShapeProto {
  dim?: TensorShapeDim[];
  unknownRank?: boolean;
}

export interface DtypeAndShape {
  dtype?: DataTypeProto;
  shape?: TensorShapeProto;
}

/** tensorflow.ResourceHandleProto */
export interface ResourceHandleProto {
  device?: string;
  container?: string;
  name?: string;
  hashCode?: Int64;
  maybeTypeName?: string;
  dtypesAndShapes?: DtypeAndShape[];
}

/** tensorflow.VariantTensorDataProto */
export interface VariantTensorDataProto {
  typeName?: string;
  metadata?: Bytes;
  tensors?: TensorProto[];
}

/** tensorflow.TensorProto. Either tensorContent (raw little-endian bytes) or one *Val list. */
export interface TensorProto {
  dtype?: DataTypeProto;
  tensorShape?: TensorShapeProto;
  versionNumber?: number;
  tensorContent?: Bytes;
  /** DT_HALF / DT_BFLOAT16 values as their 16-bit patterns. */
  halfVal?: number[];
  floatVal?: number[];
  doubleVal?: number[];
  /** DT_INT32, DT_INT16, DT_INT8, DT_UINT8 (and DT_UINT16, DT_QINT*) values. */
  intVal?: number[];
  stringVal?: Bytes[];
  scomplexVal?: number[];
  int64Val?: Int64[];
  boolVal?: boolean[];
  dcomplexVal?: number[];
  resourceHandleVal?: ResourceHandleProto[];
  variantVal?: VariantTensorDataProto[];
  uint32Val?: number[];
  uint64Val?: Int64[];
  float8Val?: Bytes;
}

export interface TensorSliceExtent {
  start?: Int64;
  /** Absent = the full dimension (TF's "has_length" oneof). */
  length?: Int64;
}

/** tensorflow.TensorSliceProto */
export interface TensorSliceProto {
  extent?: TensorSliceExtent[];
}

/** tensorflow.FullTypeDef */
export interface FullTypeDef {
  typeId?: FullTypeId;
  args?: FullTypeDef[];
  /** oneof attr */
  s?: string;
  /** oneof attr */
  i?: Int64;
}

// ------------------------------------------------------------------------------------ attrs, ops

/** tensorflow.AttrValue.ListValue */
export interface AttrValueList {
  s?: Bytes[];
  i?: Int64[];
  f?: number[];
  b?: boolean[];
  type?: DataTypeProto[];
  shape?: TensorShapeProto[];
  tensor?: TensorProto[];
  func?: NameAttrList[];
}

/** tensorflow.AttrValue: exactly one member of the `value` oneof. */
export interface AttrValue {
  s?: Bytes;
  i?: Int64;
  f?: number;
  b?: boolean;
  type?: DataTypeProto;
  shape?: TensorShapeProto;
  tensor?: TensorProto;
  list?: AttrValueList;
  func?: NameAttrList;
  placeholder?: string;
}

/** tensorflow.NameAttrList */
export interface NameAttrList {
  name?: string;
  attr?: Record<string, AttrValue>;
}

/** tensorflow.OpDeprecation */
export interface OpDeprecation {
  version?: number;
  explanation?: string;
}

/** tensorflow.OpDef.ArgDef */
export interface ArgDef {
  name?: string;
  description?: string;
  type?: DataTypeProto;
  typeAttr?: string;
  numberAttr?: string;
  typeListAttr?: string;
  handleData?: DtypeAndShape[];
  isRef?: boolean;
  experimentalFullType?: FullTypeDef;
}

/** tensorflow.OpDef.AttrDef */
export interface AttrDef {
  name?: string;
  /** 'string', 'int', 'float', 'bool', 'type', 'shape', 'tensor', 'func', 'list(...)'. */
  type?: string;
  defaultValue?: AttrValue;
  description?: string;
  hasMinimum?: boolean;
  minimum?: Int64;
  allowedValues?: AttrValue;
}

/** tensorflow.OpDef */
export interface OpDef {
  name?: string;
  inputArg?: ArgDef[];
  outputArg?: ArgDef[];
  controlOutput?: string[];
  attr?: AttrDef[];
  deprecation?: OpDeprecation;
  summary?: string;
  description?: string;
  isCommutative?: boolean;
  isAggregate?: boolean;
  isStateful?: boolean;
  allowsUninitializedInput?: boolean;
  isDistributedCommunication?: boolean;
}

/** tensorflow.OpList */
export interface OpList {
  op?: OpDef[];
}

// ------------------------------------------------------------------------------------ graphs

/** tensorflow.VersionDef */
export interface VersionDef {
  producer?: number;
  minConsumer?: number;
  badConsumers?: number[];
}

export interface NodeDefExperimentalDebugInfo {
  originalNodeNames?: string[];
  originalFuncNames?: string[];
}

/** tensorflow.NodeDef */
export interface NodeDef {
  name?: string;
  op?: string;
  /** 'node', 'node:1' or '^node' (control input). */
  input?: string[];
  device?: string;
  attr?: Record<string, AttrValue>;
  experimentalDebugInfo?: NodeDefExperimentalDebugInfo;
  experimentalType?: FullTypeDef;
}

/** tensorflow.FunctionDef.ArgAttrs */
export interface FunctionArgAttrs {
  attr?: Record<string, AttrValue>;
}

/** tensorflow.FunctionDef */
export interface FunctionDef {
  signature?: OpDef;
  attr?: Record<string, AttrValue>;
  /** Keyed by argument index. */
  argAttr?: Record<number, FunctionArgAttrs>;
  resourceArgUniqueId?: Record<number, number>;
  nodeDef?: NodeDef[];
  ret?: Record<string, string>;
  controlRet?: Record<string, string>;
}

/** tensorflow.GradientDef */
export interface GradientDef {
  functionName?: string;
  gradientFunc?: string;
}

/** tensorflow.RegisteredGradient */
export interface RegisteredGradient {
  gradientFunc?: string;
  registeredOpType?: string;
}

/** tensorflow.FunctionDefLibrary */
export interface FunctionDefLibrary {
  function?: FunctionDef[];
  gradient?: GradientDef[];
  registeredGradients?: RegisteredGradient[];
}

/** tensorflow.GraphDef */
export interface GraphDef {
  node?: NodeDef[];
  versions?: VersionDef;
  /** Deprecated by TensorFlow: use versions. */
  version?: number;
  library?: FunctionDefLibrary;
  /** Opaque: a serialised tensorflow.GraphDebugInfo. */
  debugInfo?: Bytes;
}

// ------------------------------------------------------------------------------------ config

/** tensorflow.ThreadPoolOptionProto */
export interface ThreadPoolOptionProto {
  numThreads?: number;
  globalName?: string;
}

export interface GPUVirtualDevices {
  memoryLimitMb?: number[];
  priority?: number[];
  deviceOrdinal?: number[];
}

export interface GPUStreamMergeOptions {
  mergeHostToDeviceStream?: boolean;
  mergeDeviceToHostStream?: boolean;
  mergeDeviceToDeviceStream?: boolean;
}

/** tensorflow.GPUOptions.Experimental */
export interface GPUOptionsExperimental {
  virtualDevices?: GPUVirtualDevices[];
  numVirtualDevicesPerGpu?: number;
  useUnifiedMemory?: boolean;
  numDevToDevCopyStreams?: number;
  collectiveRingOrder?: string;
  timestampedAllocator?: boolean;
  kernelTrackerMaxInterval?: number;
  kernelTrackerMaxBytes?: number;
  kernelTrackerMaxPending?: number;
  internalFragmentationFraction?: number;
  useCudaMallocAsync?: boolean;
  disallowRetryOnAllocationFailure?: boolean;
  gpuHostMemLimitInMb?: number;
  gpuHostMemDisallowGrowth?: boolean;
  gpuSystemMemorySizeInMb?: number;
  populatePjrtGpuClientCreationInfo?: boolean;
  nodeId?: number;
  streamMergeOptions?: GPUStreamMergeOptions;
}

/** tensorflow.GPUOptions */
export interface GPUOptions {
  perProcessGpuMemoryFraction?: number;
  allowGrowth?: boolean;
  allocatorType?: string;
  deferredDeletionBytes?: Int64;
  /** Comma-separated visible GPU ids, e.g. '0,1'. */
  visibleDeviceList?: string;
  pollingActiveDelayUsecs?: number;
  pollingInactiveDelayMsecs?: number;
  forceGpuCompatible?: boolean;
  experimental?: GPUOptionsExperimental;
}

/** tensorflow.OptimizerOptions */
export interface OptimizerOptions {
  doCommonSubexpressionElimination?: boolean;
  doConstantFolding?: boolean;
  maxFoldedConstantInBytes?: Int64;
  doFunctionInlining?: boolean;
  optLevel?: OptimizerLevel;
  globalJitLevel?: GlobalJitLevel;
  cpuGlobalJit?: boolean;
}

/** tensorflow.RewriterConfig (Grappler). Toggle/enum fields take RewriterToggle etc. */
export interface RewriterConfig {
  cpuLayoutConversion?: number;
  layoutOptimizer?: RewriterToggle;
  constantFolding?: RewriterToggle;
  shapeOptimization?: RewriterToggle;
  remapping?: RewriterToggle;
  commonSubgraphElimination?: RewriterToggle;
  arithmeticOptimization?: RewriterToggle;
  dependencyOptimization?: RewriterToggle;
  loopOptimization?: RewriterToggle;
  functionOptimization?: RewriterToggle;
  debugStripper?: RewriterToggle;
  disableModelPruning?: boolean;
  scopedAllocatorOptimization?: RewriterToggle;
  pinToHostOptimization?: RewriterToggle;
  implementationSelector?: RewriterToggle;
  autoMixedPrecision?: RewriterToggle;
  autoMixedPrecisionMkl?: RewriterToggle;
  autoMixedPrecisionOnednnBfloat16?: RewriterToggle;
  autoMixedPrecisionCpu?: RewriterToggle;
  disableMetaOptimizer?: boolean;
  disableTfgOptimizer?: boolean;
  usePluginOptimizers?: RewriterToggle;
  experimentalConditionalCodeMotion?: RewriterToggle;
  /** RewriterConfig.NumIterationsType: 0 default, 1 one, 2 two. */
  metaOptimizerIterations?: number;
  minGraphNodes?: number;
  experimentalDisableCompressedTensorOptimization?: boolean;
  experimentalDisableFoldingQuantizationEmulation?: boolean;
  /** RewriterConfig.MemOptType */
  memoryOptimization?: number;
  memoryOptimizerTargetNodeNameScope?: string;
  metaOptimizerTimeoutMs?: Int64;
  autoParallel?: { enable?: boolean; numReplicas?: number };
  failOnOptimizerErrors?: boolean;
  scopedAllocatorOpts?: { enableOp?: string[] };
  optimizers?: string[];
  customOptimizers?: { name?: string; parameterMap?: Record<string, AttrValue> }[];
  interOptimizerVerifierConfig?: VerifierConfig;
  postOptimizationVerifierConfig?: VerifierConfig;
}

/** tensorflow.VerifierConfig */
export interface VerifierConfig {
  verificationTimeoutInMs?: Int64;
  /** VerifierConfig.Toggle: 0 default, 1 on, 2 off. */
  structureVerifier?: number;
}

/** tensorflow.GraphOptions */
export interface GraphOptions {
  enableRecvScheduling?: boolean;
  optimizerOptions?: OptimizerOptions;
  buildCostModel?: Int64;
  buildCostModelAfter?: Int64;
  inferShapes?: boolean;
  placePrunedGraph?: boolean;
  enableBfloat16Sendrecv?: boolean;
  timelineStep?: number;
  rewriteOptions?: RewriterConfig;
}

/** tensorflow.RPCOptions */
export interface RPCOptions {
  useRpcForInprocessMaster?: boolean;
  compressionAlgorithm?: string;
  compressionLevel?: number;
  cacheRpcResponse?: boolean;
  disableSessionConnectionSharing?: boolean;
  numChannelsPerTarget?: number;
}

/** tensorflow.SessionMetadata */
export interface SessionMetadata {
  name?: string;
  version?: Int64;
}

/** tensorflow.ConfigProto.Experimental */
export interface ConfigProtoExperimental {
  collectiveGroupLeader?: string;
  executorType?: string;
  recvBufMaxChunk?: number;
  useNumaAffinity?: boolean;
  collectiveDeterministicSequentialExecution?: boolean;
  collectiveNccl?: boolean;
  shareSessionStateInClusterspecPropagation?: boolean;
  disableThreadSpinning?: boolean;
  shareClusterDevicesInSession?: boolean;
  sessionMetadata?: SessionMetadata;
  optimizeForStaticGraph?: boolean;
  enableMlirBridge?: boolean;
  /** ConfigProto.Experimental.MlirBridgeRollout: 0 unspecified, 1 enabled, 2 disabled. */
  mlirBridgeRollout?: number;
  enableMlirGraphOptimization?: boolean;
  disableOutputPartitionGraphs?: boolean;
  xlaFusionAutotunerThresh?: Int64;
  useTfrt?: boolean;
  enableMultiHost?: boolean;
  tfrtUseIfrt?: boolean;
  backendServerPort?: number;
  targetTpu?: boolean;
  targetGpu?: boolean;
  streamMergeThreshold?: number;
  disableFunctionalOpsLowering?: boolean;
  xlaPreferSingleGraphCluster?: boolean;
  /** Opaque: a serialised tensorflow.CoordinationServiceConfig. */
  coordinationConfig?: Bytes;
  disableOptimizeForStaticGraph?: boolean;
  disableEagerExecutorStreamingEnqueue?: boolean;
  finalizeFunctionLibraryRuntime?: boolean;
  finalizeResourceManager?: boolean;
  tf2xlaDumpDir?: string;
  onlineCostAnalysis?: boolean;
}

/** tensorflow.ConfigProto: session options (TF_SetConfig takes it serialised). */
export interface ConfigProto {
  /** Max devices of each type, e.g. { GPU: 0 } to hide GPUs. */
  deviceCount?: Record<string, number>;
  intraOpParallelismThreads?: number;
  interOpParallelismThreads?: number;
  usePerSessionThreads?: boolean;
  sessionInterOpThreadPool?: ThreadPoolOptionProto[];
  placementPeriod?: number;
  deviceFilters?: string[];
  gpuOptions?: GPUOptions;
  pluggableDeviceOptions?: GPUOptions;
  allowSoftPlacement?: boolean;
  logDevicePlacement?: boolean;
  graphOptions?: GraphOptions;
  operationTimeoutInMs?: Int64;
  rpcOptions?: RPCOptions;
  /** Opaque: a serialised tensorflow.ClusterDef. */
  clusterDef?: Bytes;
  isolateSessionState?: boolean;
  shareClusterDevicesInSession?: boolean;
  experimental?: ConfigProtoExperimental;
}

/** tensorflow.JobDef: one job of a cluster, its task addresses ("host:port") by task index. */
export interface JobDef {
  name?: string;
  tasks?: Record<number, string>;
}

/** tensorflow.ClusterDef */
export interface ClusterDef {
  job?: JobDef[];
}

/** tensorflow.ServerDef: what TF_NewServer takes, serialised. */
export interface ServerDef {
  cluster?: ClusterDef;
  jobName?: string;
  /** Replica of the task (0 when not replicated). */
  replica?: number;
  taskIndex?: number;
  defaultSessionConfig?: ConfigProto;
  /** "grpc" (or "grpc+verbs", ... when TensorFlow was built with them). */
  protocol?: string;
  /** Port to bind, overriding the one in the cluster (0: the cluster's). */
  port?: number;
  /** Opaque: a serialised tensorflow.ClusterDeviceFilters. */
  clusterDeviceFilters?: Bytes;
}

/** tensorflow.RunOptions.Experimental */
export interface RunOptionsExperimental {
  collectiveGraphKey?: Int64;
  useRunHandlerPool?: boolean;
  runHandlerPoolOptions?: { priority?: Int64 };
}

/** tensorflow.RunOptions: per-run options (TF_SessionRun's run_options). */
export interface RunOptions {
  traceLevel?: TraceLevel;
  timeoutInMs?: Int64;
  interOpThreadPool?: number;
  outputPartitionGraphs?: boolean;
  /** Opaque: a serialised tensorflow.DebugOptions. */
  debugOptions?: Bytes;
  reportTensorAllocationsUponOom?: boolean;
  experimental?: RunOptionsExperimental;
}

/** tensorflow.RunMetadata.FunctionGraphs */
export interface RunMetadataFunctionGraphs {
  partitionGraphs?: GraphDef[];
  preOptimizationGraph?: GraphDef;
  postOptimizationGraph?: GraphDef;
}

/** tensorflow.RunMetadata: what TF_SessionRun reports back. */
export interface RunMetadata {
  /** Opaque: a serialised tensorflow.StepStats. */
  stepStats?: Bytes;
  /** Opaque: a serialised tensorflow.CostGraphDef. */
  costGraph?: Bytes;
  partitionGraphs?: GraphDef[];
  functionGraphs?: RunMetadataFunctionGraphs[];
  sessionMetadata?: SessionMetadata;
}

// ------------------------------------------------------------------------------------ SavedModel

/** tensorflow.SaverDef */
export interface SaverDef {
  filenameTensorName?: string;
  saveTensorName?: string;
  restoreOpName?: string;
  maxToKeep?: number;
  sharded?: boolean;
  keepCheckpointEveryNHours?: number;
  version?: CheckpointFormatVersion;
}

/** tensorflow.CollectionDef: exactly one member of the `kind` oneof. */
export interface CollectionDef {
  nodeList?: { value?: string[] };
  bytesList?: { value?: Bytes[] };
  int64List?: { value?: Int64[] };
  floatList?: { value?: number[] };
  anyList?: { value?: Any[] };
}

/** tensorflow.TypeSpecProto */
export interface TypeSpecProto {
  typeSpecClass?: TypeSpecClass;
  /** Opaque: a serialised tensorflow.StructuredValue. */
  typeState?: Bytes;
  typeSpecClassName?: string;
  numFlatComponents?: number;
}

/** tensorflow.TensorInfo: `encoding` oneof = name | cooSparse | compositeTensor. */
export interface TensorInfo {
  /** A tensor name in the graph, e.g. 'serving_default_x:0'. */
  name?: string;
  cooSparse?: { valuesTensorName?: string; indicesTensorName?: string; denseShapeTensorName?: string };
  compositeTensor?: { typeSpec?: TypeSpecProto; components?: TensorInfo[] };
  dtype?: DataTypeProto;
  tensorShape?: TensorShapeProto;
}

/** tensorflow.SignatureDef */
export interface SignatureDef {
  inputs?: Record<string, TensorInfo>;
  outputs?: Record<string, TensorInfo>;
  /** e.g. 'tensorflow/serving/predict'. */
  methodName?: string;
  defaults?: Record<string, TensorProto>;
}

/** tensorflow.AssetFileDef */
export interface AssetFileDef {
  tensorInfo?: TensorInfo;
  filename?: string;
}

/** tensorflow.MetaGraphDef.MetaInfoDef */
export interface MetaInfoDef {
  metaGraphVersion?: string;
  strippedOpList?: OpList;
  anyInfo?: Any;
  tags?: string[];
  tensorflowVersion?: string;
  tensorflowGitVersion?: string;
  strippedDefaultAttrs?: boolean;
  functionAliases?: Record<string, string>;
}

/** tensorflow.MetaGraphDef */
export interface MetaGraphDef {
  metaInfoDef?: MetaInfoDef;
  graphDef?: GraphDef;
  saverDef?: SaverDef;
  collectionDef?: Record<string, CollectionDef>;
  signatureDef?: Record<string, SignatureDef>;
  assetFileDef?: AssetFileDef[];
  /** Opaque: a serialised tensorflow.SavedObjectGraph (TF2 object graph). */
  objectGraphDef?: Bytes;
}

/** tensorflow.SavedModel (the contents of saved_model.pb) */
export interface SavedModel {
  savedModelSchemaVersion?: Int64;
  metaGraphs?: MetaGraphDef[];
}

// ------------------------------------------------------------------------------------ TensorBoard

/** tensorflow.SummaryMetadata */
export interface SummaryMetadata {
  pluginData?: { pluginName?: string; content?: Bytes };
  displayName?: string;
  summaryDescription?: string;
  dataClass?: DataClass;
}

/** tensorflow.HistogramProto */
export interface HistogramProto {
  min?: number;
  max?: number;
  num?: number;
  sum?: number;
  sumSquares?: number;
  bucketLimit?: number[];
  bucket?: number[];
}

/** tensorflow.Summary.Image */
export interface SummaryImage {
  height?: number;
  width?: number;
  colorspace?: number;
  encodedImageString?: Bytes;
}

/** tensorflow.Summary.Audio */
export interface SummaryAudio {
  sampleRate?: number;
  numChannels?: Int64;
  lengthFrames?: Int64;
  encodedAudioString?: Bytes;
  contentType?: string;
}

/** tensorflow.Summary.Value: `value` oneof = simpleValue | image | histo | audio | tensor | ... */
export interface SummaryValue {
  nodeName?: string;
  tag?: string;
  metadata?: SummaryMetadata;
  simpleValue?: number;
  obsoleteOldStyleHistogram?: Bytes;
  image?: SummaryImage;
  histo?: HistogramProto;
  audio?: SummaryAudio;
  tensor?: TensorProto;
}

/** tensorflow.Summary */
export interface Summary {
  value?: SummaryValue[];
}

/** tensorflow.Event: one record of a TensorBoard events file. `what` oneof. */
export interface Event {
  wallTime?: number;
  step?: Int64;
  fileVersion?: string;
  /** A serialised GraphDef (TF declares it bytes). */
  graphDef?: Bytes;
  summary?: Summary;
  logMessage?: { level?: LogMessageLevel; message?: string };
  sessionLog?: { status?: SessionStatus; checkpointPath?: string; msg?: string };
  taggedRunMetadata?: { tag?: string; runMetadata?: Bytes };
  /** A serialised MetaGraphDef (TF declares it bytes). */
  metaGraphDef?: Bytes;
  sourceMetadata?: { writer?: string };
}

// ------------------------------------------------------------------------------------ checkpoints

/** tensorflow.BundleHeaderProto: the header entry ('') of a checkpoint's .index table. */
export interface BundleHeaderProto {
  numShards?: number;
  endianness?: Endianness;
  version?: VersionDef;
}

/** tensorflow.BundleEntryProto: where one tensor lives in the data shards. */
export interface BundleEntryProto {
  dtype?: DataTypeProto;
  shape?: TensorShapeProto;
  shardId?: number;
  offset?: Int64;
  size?: Int64;
  /** masked CRC32C of the tensor's bytes. */
  crc32c?: number;
  slices?: TensorSliceProto[];
}

/** Message full name → plain-object type, for the typed encode()/decode() overloads. */
export interface MessageTypes {
  'google.protobuf.Any': Any;
  'tensorflow.TensorShapeProto': TensorShapeProto;
  'tensorflow.ResourceHandleProto': ResourceHandleProto;
  'tensorflow.TensorProto': TensorProto;
  'tensorflow.TensorSliceProto': TensorSliceProto;
  'tensorflow.FullTypeDef': FullTypeDef;
  'tensorflow.AttrValue': AttrValue;
  'tensorflow.NameAttrList': NameAttrList;
  'tensorflow.OpDef': OpDef;
  'tensorflow.OpList': OpList;
  'tensorflow.VersionDef': VersionDef;
  'tensorflow.NodeDef': NodeDef;
  'tensorflow.FunctionDef': FunctionDef;
  'tensorflow.FunctionDefLibrary': FunctionDefLibrary;
  'tensorflow.GraphDef': GraphDef;
  'tensorflow.GPUOptions': GPUOptions;
  'tensorflow.GraphOptions': GraphOptions;
  'tensorflow.RewriterConfig': RewriterConfig;
  'tensorflow.ConfigProto': ConfigProto;
  'tensorflow.JobDef': JobDef;
  'tensorflow.ClusterDef': ClusterDef;
  'tensorflow.ServerDef': ServerDef;
  'tensorflow.RunOptions': RunOptions;
  'tensorflow.RunMetadata': RunMetadata;
  'tensorflow.SaverDef': SaverDef;
  'tensorflow.CollectionDef': CollectionDef;
  'tensorflow.TensorInfo': TensorInfo;
  'tensorflow.SignatureDef': SignatureDef;
  'tensorflow.AssetFileDef': AssetFileDef;
  'tensorflow.MetaGraphDef': MetaGraphDef;
  'tensorflow.SavedModel': SavedModel;
  'tensorflow.SummaryMetadata': SummaryMetadata;
  'tensorflow.HistogramProto': HistogramProto;
  'tensorflow.Summary': Summary;
  'tensorflow.Event': Event;
  'tensorflow.BundleHeaderProto': BundleHeaderProto;
  'tensorflow.BundleEntryProto': BundleEntryProto;
}

export type MessageName = keyof MessageTypes;
