// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Operation, Output } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `CollateTPUEmbeddingMemory`; outputs: merged_memory_config (string).
 * @param memoryConfigs (list of N, string)
 */
export function collateTPUEmbeddingMemory(memoryConfigs: OutputLike[], options: InputOpOptions = {}): Output {
  return op1('CollateTPUEmbeddingMemory', [memoryConfigs], options);
}

/** Options of {@link configureAndInitializeGlobalTPU} (TensorFlow op `ConfigureAndInitializeGlobalTPU`). */
export interface ConfigureAndInitializeGlobalTPUOptions extends OpOptions {
  /** `use_tfrt_host_runtime` (bool). Default true. */
  useTfrtHostRuntime?: boolean;
}

/** TensorFlow op `ConfigureAndInitializeGlobalTPU`; outputs: output (int32). */
export function configureAndInitializeGlobalTPU(graph: Graph, options: ConfigureAndInitializeGlobalTPUOptions = {}): Output {
  return op1('ConfigureAndInitializeGlobalTPU', graph, options);
}

/** Options of {@link configureDistributedTPU} (TensorFlow op `ConfigureDistributedTPU`). */
export interface ConfigureDistributedTPUOptions extends OpOptions {
  /** `embedding_config` (string). Default "". */
  embeddingConfig?: string;
  /** `tpu_embedding_config` (string). Default "". */
  tpuEmbeddingConfig?: string;
  /** `is_global_init` (bool). Default false. */
  isGlobalInit?: boolean;
  /** `enable_whole_mesh_compilations` (bool). Default false. */
  enableWholeMeshCompilations?: boolean;
  /** `compilation_failure_closes_chips` (bool). Default true. */
  compilationFailureClosesChips?: boolean;
  /** `tpu_cancellation_closes_chips` (int). Default 0. */
  tpuCancellationClosesChips?: number;
}

/** TensorFlow op `ConfigureDistributedTPU`; outputs: topology (string). */
export function configureDistributedTPU(graph: Graph, options: ConfigureDistributedTPUOptions = {}): Output {
  return op1('ConfigureDistributedTPU', graph, options);
}

/** Options of {@link configureTPUEmbedding} (TensorFlow op `ConfigureTPUEmbedding`). */
export interface ConfigureTPUEmbeddingOptions extends OpOptions {
  /** `config` (string). */
  config: string;
}

/** TensorFlow op `ConfigureTPUEmbedding`. */
export function configureTPUEmbedding(graph: Graph, options: ConfigureTPUEmbeddingOptions): Operation {
  return opNoOutput('ConfigureTPUEmbedding', graph, options);
}

/** Options of {@link configureTPUEmbeddingHost} (TensorFlow op `ConfigureTPUEmbeddingHost`). */
export interface ConfigureTPUEmbeddingHostOptions extends InputOpOptions {
  /** `config` (string). */
  config: string;
}

/**
 * TensorFlow op `ConfigureTPUEmbeddingHost`; outputs: network_config (string).
 * @param commonConfig (string)
 * @param memoryConfig (string)
 */
export function configureTPUEmbeddingHost(commonConfig: OutputLike, memoryConfig: OutputLike, options: ConfigureTPUEmbeddingHostOptions): Output {
  return op1('ConfigureTPUEmbeddingHost', [commonConfig, memoryConfig], options);
}

/**
 * TensorFlow op `ConfigureTPUEmbeddingMemory`; outputs: memory_config (string).
 * @param commonConfig (string)
 */
export function configureTPUEmbeddingMemory(commonConfig: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ConfigureTPUEmbeddingMemory', [commonConfig], options);
}

/**
 * TensorFlow op `ConnectTPUEmbeddingHosts`.
 * @param networkConfigs (list of N, string)
 */
export function connectTPUEmbeddingHosts(networkConfigs: OutputLike[], options: InputOpOptions = {}): Operation {
  return opNoOutput('ConnectTPUEmbeddingHosts', [networkConfigs], options);
}

/**
 * TensorFlow op `DTensorSetGlobalTPUArray`.
 * @param topology (string)
 */
export function dTensorSetGlobalTPUArray(topology: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('DTensorSetGlobalTPUArray', [topology], options);
}

/** Options of {@link dynamicEnqueueTPUEmbeddingArbitraryTensorBatch} (TensorFlow op `DynamicEnqueueTPUEmbeddingArbitraryTensorBatch`). */
export interface DynamicEnqueueTPUEmbeddingArbitraryTensorBatchOptions extends InputOpOptions {
  /** `combiners` (list(string)). Default []. */
  combiners?: string[];
}

/**
 * TensorFlow op `DynamicEnqueueTPUEmbeddingArbitraryTensorBatch`.
 * T1: one of int32, int64.
 * T2: one of int32, int64.
 * T3: one of float32, float64.
 * @param sampleIndicesOrRowSplits (list of N, dtype T1)
 * @param embeddingIndices (list of N, dtype T2)
 * @param aggregationWeights (list of N, dtype T3)
 * @param modeOverride (string)
 * @param deviceOrdinal (int32)
 */
export function dynamicEnqueueTPUEmbeddingArbitraryTensorBatch(sampleIndicesOrRowSplits: OutputLike[], embeddingIndices: OutputLike[], aggregationWeights: OutputLike[], modeOverride: OutputLike, deviceOrdinal: OutputLike, options: DynamicEnqueueTPUEmbeddingArbitraryTensorBatchOptions = {}): Operation {
  return opNoOutput('DynamicEnqueueTPUEmbeddingArbitraryTensorBatch', [sampleIndicesOrRowSplits, embeddingIndices, aggregationWeights, modeOverride, deviceOrdinal], options);
}

/** Options of {@link dynamicEnqueueTPUEmbeddingRaggedTensorBatch} (TensorFlow op `DynamicEnqueueTPUEmbeddingRaggedTensorBatch`). */
export interface DynamicEnqueueTPUEmbeddingRaggedTensorBatchOptions extends InputOpOptions {
  /** `combiners` (list(string)). Default []. */
  combiners?: string[];
  /** `table_ids` (list(int)). */
  tableIds: number[];
  /** `max_sequence_lengths` (list(int)). Default []. */
  maxSequenceLengths?: number[];
  /** `num_features` (list(int)). Default []. */
  numFeatures?: number[];
}

/**
 * TensorFlow op `DynamicEnqueueTPUEmbeddingRaggedTensorBatch`.
 * T1: one of int32, int64.
 * T2: one of int32, int64.
 * T3: one of float32, float64.
 * @param sampleSplits (list of N, dtype T1)
 * @param embeddingIndices (list of N, dtype T2)
 * @param aggregationWeights (list of N, dtype T3)
 * @param modeOverride (string)
 * @param deviceOrdinal (int32)
 */
export function dynamicEnqueueTPUEmbeddingRaggedTensorBatch(sampleSplits: OutputLike[], embeddingIndices: OutputLike[], aggregationWeights: OutputLike[], modeOverride: OutputLike, deviceOrdinal: OutputLike, options: DynamicEnqueueTPUEmbeddingRaggedTensorBatchOptions): Operation {
  return opNoOutput('DynamicEnqueueTPUEmbeddingRaggedTensorBatch', [sampleSplits, embeddingIndices, aggregationWeights, modeOverride, deviceOrdinal], options);
}

/** Options of {@link enqueueTPUEmbeddingArbitraryTensorBatch} (TensorFlow op `EnqueueTPUEmbeddingArbitraryTensorBatch`). */
export interface EnqueueTPUEmbeddingArbitraryTensorBatchOptions extends InputOpOptions {
  /** `device_ordinal` (int). Default -1. */
  deviceOrdinal?: number;
  /** `combiners` (list(string)). Default []. */
  combiners?: string[];
}

/**
 * TensorFlow op `EnqueueTPUEmbeddingArbitraryTensorBatch`.
 * T1: one of int32, int64.
 * T2: one of int32, int64.
 * T3: one of float32, float64.
 * @param sampleIndicesOrRowSplits (list of N, dtype T1)
 * @param embeddingIndices (list of N, dtype T2)
 * @param aggregationWeights (list of N, dtype T3)
 * @param modeOverride (string)
 */
export function enqueueTPUEmbeddingArbitraryTensorBatch(sampleIndicesOrRowSplits: OutputLike[], embeddingIndices: OutputLike[], aggregationWeights: OutputLike[], modeOverride: OutputLike, options: EnqueueTPUEmbeddingArbitraryTensorBatchOptions = {}): Operation {
  return opNoOutput('EnqueueTPUEmbeddingArbitraryTensorBatch', [sampleIndicesOrRowSplits, embeddingIndices, aggregationWeights, modeOverride], options);
}

/** Options of {@link enqueueTPUEmbeddingBatch} (TensorFlow op `EnqueueTPUEmbeddingBatch`). */
export interface EnqueueTPUEmbeddingBatchOptions extends InputOpOptions {
  /** `device_ordinal` (int). Default -1. */
  deviceOrdinal?: number;
  /** `combiners` (list(string)). Default []. */
  combiners?: string[];
}

/**
 * TensorFlow op `EnqueueTPUEmbeddingBatch`.
 * @param batch (list of N, string)
 * @param modeOverride (string)
 */
export function enqueueTPUEmbeddingBatch(batch: OutputLike[], modeOverride: OutputLike, options: EnqueueTPUEmbeddingBatchOptions = {}): Operation {
  return opNoOutput('EnqueueTPUEmbeddingBatch', [batch, modeOverride], options);
}

/** Options of {@link enqueueTPUEmbeddingIntegerBatch} (TensorFlow op `EnqueueTPUEmbeddingIntegerBatch`). */
export interface EnqueueTPUEmbeddingIntegerBatchOptions extends InputOpOptions {
  /** `device_ordinal` (int). Default -1. */
  deviceOrdinal?: number;
}

/**
 * TensorFlow op `EnqueueTPUEmbeddingIntegerBatch`.
 * @param batch (list of N, int32)
 * @param modeOverride (string)
 */
export function enqueueTPUEmbeddingIntegerBatch(batch: OutputLike[], modeOverride: OutputLike, options: EnqueueTPUEmbeddingIntegerBatchOptions = {}): Operation {
  return opNoOutput('EnqueueTPUEmbeddingIntegerBatch', [batch, modeOverride], options);
}

/** Options of {@link enqueueTPUEmbeddingRaggedTensorBatch} (TensorFlow op `EnqueueTPUEmbeddingRaggedTensorBatch`). */
export interface EnqueueTPUEmbeddingRaggedTensorBatchOptions extends InputOpOptions {
  /** `device_ordinal` (int). Default -1. */
  deviceOrdinal?: number;
  /** `combiners` (list(string)). Default []. */
  combiners?: string[];
  /** `table_ids` (list(int)). */
  tableIds: number[];
  /** `max_sequence_lengths` (list(int)). Default []. */
  maxSequenceLengths?: number[];
  /** `num_features` (list(int)). Default []. */
  numFeatures?: number[];
}

/**
 * TensorFlow op `EnqueueTPUEmbeddingRaggedTensorBatch`.
 * T1: one of int32, int64.
 * T2: one of int32, int64.
 * T3: one of float32, float64.
 * @param sampleSplits (list of N, dtype T1)
 * @param embeddingIndices (list of N, dtype T2)
 * @param aggregationWeights (list of N, dtype T3)
 * @param modeOverride (string)
 */
export function enqueueTPUEmbeddingRaggedTensorBatch(sampleSplits: OutputLike[], embeddingIndices: OutputLike[], aggregationWeights: OutputLike[], modeOverride: OutputLike, options: EnqueueTPUEmbeddingRaggedTensorBatchOptions): Operation {
  return opNoOutput('EnqueueTPUEmbeddingRaggedTensorBatch', [sampleSplits, embeddingIndices, aggregationWeights, modeOverride], options);
}

/** Options of {@link enqueueTPUEmbeddingSparseBatch} (TensorFlow op `EnqueueTPUEmbeddingSparseBatch`). */
export interface EnqueueTPUEmbeddingSparseBatchOptions extends InputOpOptions {
  /** `device_ordinal` (int). Default -1. */
  deviceOrdinal?: number;
  /** `combiners` (list(string)). Default []. */
  combiners?: string[];
}

/**
 * TensorFlow op `EnqueueTPUEmbeddingSparseBatch`.
 * T1: one of int32, int64.
 * T2: one of int32, int64.
 * T3: one of float32, float64.
 * @param sampleIndices (list of N, dtype T1)
 * @param embeddingIndices (list of N, dtype T2)
 * @param aggregationWeights (list of N, dtype T3)
 * @param modeOverride (string)
 */
export function enqueueTPUEmbeddingSparseBatch(sampleIndices: OutputLike[], embeddingIndices: OutputLike[], aggregationWeights: OutputLike[], modeOverride: OutputLike, options: EnqueueTPUEmbeddingSparseBatchOptions = {}): Operation {
  return opNoOutput('EnqueueTPUEmbeddingSparseBatch', [sampleIndices, embeddingIndices, aggregationWeights, modeOverride], options);
}

/** Options of {@link enqueueTPUEmbeddingSparseTensorBatch} (TensorFlow op `EnqueueTPUEmbeddingSparseTensorBatch`). */
export interface EnqueueTPUEmbeddingSparseTensorBatchOptions extends InputOpOptions {
  /** `device_ordinal` (int). Default -1. */
  deviceOrdinal?: number;
  /** `combiners` (list(string)). Default []. */
  combiners?: string[];
  /** `table_ids` (list(int)). */
  tableIds: number[];
  /** `max_sequence_lengths` (list(int)). Default []. */
  maxSequenceLengths?: number[];
  /** `num_features` (list(int)). Default []. */
  numFeatures?: number[];
}

/**
 * TensorFlow op `EnqueueTPUEmbeddingSparseTensorBatch`.
 * T1: one of int32, int64.
 * T2: one of int32, int64.
 * T3: one of float32, float64.
 * @param sampleIndices (list of N, dtype T1)
 * @param embeddingIndices (list of N, dtype T2)
 * @param aggregationWeights (list of N, dtype T3)
 * @param modeOverride (string)
 */
export function enqueueTPUEmbeddingSparseTensorBatch(sampleIndices: OutputLike[], embeddingIndices: OutputLike[], aggregationWeights: OutputLike[], modeOverride: OutputLike, options: EnqueueTPUEmbeddingSparseTensorBatchOptions): Operation {
  return opNoOutput('EnqueueTPUEmbeddingSparseTensorBatch', [sampleIndices, embeddingIndices, aggregationWeights, modeOverride], options);
}

/** Options of {@link executeTPUEmbeddingPartitioner} (TensorFlow op `ExecuteTPUEmbeddingPartitioner`). */
export interface ExecuteTPUEmbeddingPartitionerOptions extends OpOptions {
  /** `config` (string). */
  config: string;
}

/** TensorFlow op `ExecuteTPUEmbeddingPartitioner`; outputs: common_config (string). */
export function executeTPUEmbeddingPartitioner(graph: Graph, options: ExecuteTPUEmbeddingPartitionerOptions): Output {
  return op1('ExecuteTPUEmbeddingPartitioner', graph, options);
}

/**
 * TensorFlow op `FinalizeTPUEmbedding`.
 * @param commonConfig (string)
 * @param memoryConfig (string)
 */
export function finalizeTPUEmbedding(commonConfig: OutputLike, memoryConfig: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('FinalizeTPUEmbedding', [commonConfig, memoryConfig], options);
}

/**
 * TensorFlow op `FinalizeTPUEmbeddingV2`; outputs: embedding_partitions (string), hbm_buffers_config (string).
 * @param commonConfig (string)
 * @param memoryConfig (string)
 */
export function finalizeTPUEmbeddingV2(commonConfig: OutputLike, memoryConfig: OutputLike, options: InputOpOptions = {}): { embeddingPartitions: Output; hbmBuffersConfig: Output } {
  return opOutputs<{ embeddingPartitions: Output; hbmBuffersConfig: Output }>('FinalizeTPUEmbeddingV2', [commonConfig, memoryConfig], options);
}

/** TensorFlow op `GetTpuTaskId`; outputs: tpu_task_id (int32). */
export function getTpuTaskId(graph: Graph, options: OpOptions = {}): Output {
  return op1('GetTpuTaskId', graph, options);
}

/** Options of {@link isTPUEmbeddingInitialized} (TensorFlow op `IsTPUEmbeddingInitialized`). */
export interface IsTPUEmbeddingInitializedOptions extends OpOptions {
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `IsTPUEmbeddingInitialized`; outputs: is_tpu_embedding_initialized (bool). */
export function isTPUEmbeddingInitialized(graph: Graph, options: IsTPUEmbeddingInitializedOptions = {}): Output {
  return op1('IsTPUEmbeddingInitialized', graph, options);
}

/** Options of {@link loadAllTPUEmbeddingParameters} (TensorFlow op `LoadAllTPUEmbeddingParameters`). */
export interface LoadAllTPUEmbeddingParametersOptions extends InputOpOptions {
  /** `config` (string). */
  config: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
}

/**
 * TensorFlow op `LoadAllTPUEmbeddingParameters`.
 * @param parameters (list of NumTables, float32)
 * @param auxiliary1 (list of NumTables, float32)
 * @param auxiliary2 (list of NumTables, float32)
 * @param auxiliary3 (list of NumTables, float32)
 * @param auxiliary4 (list of NumTables, float32)
 * @param auxiliary5 (list of NumTables, float32)
 * @param auxiliary6 (list of NumTables, float32)
 * @param auxiliary7 (list of NumTables, float32)
 */
export function loadAllTPUEmbeddingParameters(parameters: OutputLike[], auxiliary1: OutputLike[], auxiliary2: OutputLike[], auxiliary3: OutputLike[], auxiliary4: OutputLike[], auxiliary5: OutputLike[], auxiliary6: OutputLike[], auxiliary7: OutputLike[], options: LoadAllTPUEmbeddingParametersOptions): Operation {
  return opNoOutput('LoadAllTPUEmbeddingParameters', [parameters, auxiliary1, auxiliary2, auxiliary3, auxiliary4, auxiliary5, auxiliary6, auxiliary7], options);
}

/** Options of {@link loadTPUEmbeddingADAMParameters} (TensorFlow op `LoadTPUEmbeddingADAMParameters`). */
export interface LoadTPUEmbeddingADAMParametersOptions extends InputOpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `LoadTPUEmbeddingADAMParameters`.
 * @param parameters (float32)
 * @param momenta (float32)
 * @param velocities (float32)
 */
export function loadTPUEmbeddingADAMParameters(parameters: OutputLike, momenta: OutputLike, velocities: OutputLike, options: LoadTPUEmbeddingADAMParametersOptions): Operation {
  return opNoOutput('LoadTPUEmbeddingADAMParameters', [parameters, momenta, velocities], options);
}

/** Options of {@link loadTPUEmbeddingAdadeltaParameters} (TensorFlow op `LoadTPUEmbeddingAdadeltaParameters`). */
export interface LoadTPUEmbeddingAdadeltaParametersOptions extends InputOpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `LoadTPUEmbeddingAdadeltaParameters`.
 * @param parameters (float32)
 * @param accumulators (float32)
 * @param updates (float32)
 */
export function loadTPUEmbeddingAdadeltaParameters(parameters: OutputLike, accumulators: OutputLike, updates: OutputLike, options: LoadTPUEmbeddingAdadeltaParametersOptions): Operation {
  return opNoOutput('LoadTPUEmbeddingAdadeltaParameters', [parameters, accumulators, updates], options);
}

/** Options of {@link loadTPUEmbeddingAdagradMomentumParameters} (TensorFlow op `LoadTPUEmbeddingAdagradMomentumParameters`). */
export interface LoadTPUEmbeddingAdagradMomentumParametersOptions extends InputOpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `LoadTPUEmbeddingAdagradMomentumParameters`.
 * @param parameters (float32)
 * @param accumulators (float32)
 * @param momenta (float32)
 */
export function loadTPUEmbeddingAdagradMomentumParameters(parameters: OutputLike, accumulators: OutputLike, momenta: OutputLike, options: LoadTPUEmbeddingAdagradMomentumParametersOptions): Operation {
  return opNoOutput('LoadTPUEmbeddingAdagradMomentumParameters', [parameters, accumulators, momenta], options);
}

/** Options of {@link loadTPUEmbeddingAdagradParameters} (TensorFlow op `LoadTPUEmbeddingAdagradParameters`). */
export interface LoadTPUEmbeddingAdagradParametersOptions extends InputOpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `LoadTPUEmbeddingAdagradParameters`.
 * @param parameters (float32)
 * @param accumulators (float32)
 */
export function loadTPUEmbeddingAdagradParameters(parameters: OutputLike, accumulators: OutputLike, options: LoadTPUEmbeddingAdagradParametersOptions): Operation {
  return opNoOutput('LoadTPUEmbeddingAdagradParameters', [parameters, accumulators], options);
}

/** Options of {@link loadTPUEmbeddingCenteredRMSPropParameters} (TensorFlow op `LoadTPUEmbeddingCenteredRMSPropParameters`). */
export interface LoadTPUEmbeddingCenteredRMSPropParametersOptions extends InputOpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `LoadTPUEmbeddingCenteredRMSPropParameters`.
 * @param parameters (float32)
 * @param ms (float32)
 * @param mom (float32)
 * @param mg (float32)
 */
export function loadTPUEmbeddingCenteredRMSPropParameters(parameters: OutputLike, ms: OutputLike, mom: OutputLike, mg: OutputLike, options: LoadTPUEmbeddingCenteredRMSPropParametersOptions): Operation {
  return opNoOutput('LoadTPUEmbeddingCenteredRMSPropParameters', [parameters, ms, mom, mg], options);
}

/** Options of {@link loadTPUEmbeddingFTRLParameters} (TensorFlow op `LoadTPUEmbeddingFTRLParameters`). */
export interface LoadTPUEmbeddingFTRLParametersOptions extends InputOpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `LoadTPUEmbeddingFTRLParameters`.
 * @param parameters (float32)
 * @param accumulators (float32)
 * @param linears (float32)
 */
export function loadTPUEmbeddingFTRLParameters(parameters: OutputLike, accumulators: OutputLike, linears: OutputLike, options: LoadTPUEmbeddingFTRLParametersOptions): Operation {
  return opNoOutput('LoadTPUEmbeddingFTRLParameters', [parameters, accumulators, linears], options);
}

/** Options of {@link loadTPUEmbeddingFrequencyEstimatorParameters} (TensorFlow op `LoadTPUEmbeddingFrequencyEstimatorParameters`). */
export interface LoadTPUEmbeddingFrequencyEstimatorParametersOptions extends InputOpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `LoadTPUEmbeddingFrequencyEstimatorParameters`.
 * @param parameters (float32)
 * @param lastHitStep (float32)
 */
export function loadTPUEmbeddingFrequencyEstimatorParameters(parameters: OutputLike, lastHitStep: OutputLike, options: LoadTPUEmbeddingFrequencyEstimatorParametersOptions): Operation {
  return opNoOutput('LoadTPUEmbeddingFrequencyEstimatorParameters', [parameters, lastHitStep], options);
}

/** Options of {@link loadTPUEmbeddingMDLAdagradLightParameters} (TensorFlow op `LoadTPUEmbeddingMDLAdagradLightParameters`). */
export interface LoadTPUEmbeddingMDLAdagradLightParametersOptions extends InputOpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `LoadTPUEmbeddingMDLAdagradLightParameters`.
 * @param parameters (float32)
 * @param accumulators (float32)
 * @param weights (float32)
 * @param benefits (float32)
 */
export function loadTPUEmbeddingMDLAdagradLightParameters(parameters: OutputLike, accumulators: OutputLike, weights: OutputLike, benefits: OutputLike, options: LoadTPUEmbeddingMDLAdagradLightParametersOptions): Operation {
  return opNoOutput('LoadTPUEmbeddingMDLAdagradLightParameters', [parameters, accumulators, weights, benefits], options);
}

/** Options of {@link loadTPUEmbeddingMomentumParameters} (TensorFlow op `LoadTPUEmbeddingMomentumParameters`). */
export interface LoadTPUEmbeddingMomentumParametersOptions extends InputOpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `LoadTPUEmbeddingMomentumParameters`.
 * @param parameters (float32)
 * @param momenta (float32)
 */
export function loadTPUEmbeddingMomentumParameters(parameters: OutputLike, momenta: OutputLike, options: LoadTPUEmbeddingMomentumParametersOptions): Operation {
  return opNoOutput('LoadTPUEmbeddingMomentumParameters', [parameters, momenta], options);
}

/** Options of {@link loadTPUEmbeddingProximalAdagradParameters} (TensorFlow op `LoadTPUEmbeddingProximalAdagradParameters`). */
export interface LoadTPUEmbeddingProximalAdagradParametersOptions extends InputOpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `LoadTPUEmbeddingProximalAdagradParameters`.
 * @param parameters (float32)
 * @param accumulators (float32)
 */
export function loadTPUEmbeddingProximalAdagradParameters(parameters: OutputLike, accumulators: OutputLike, options: LoadTPUEmbeddingProximalAdagradParametersOptions): Operation {
  return opNoOutput('LoadTPUEmbeddingProximalAdagradParameters', [parameters, accumulators], options);
}

/** Options of {@link loadTPUEmbeddingProximalYogiParameters} (TensorFlow op `LoadTPUEmbeddingProximalYogiParameters`). */
export interface LoadTPUEmbeddingProximalYogiParametersOptions extends InputOpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `LoadTPUEmbeddingProximalYogiParameters`.
 * @param parameters (float32)
 * @param v (float32)
 * @param m (float32)
 */
export function loadTPUEmbeddingProximalYogiParameters(parameters: OutputLike, v: OutputLike, m: OutputLike, options: LoadTPUEmbeddingProximalYogiParametersOptions): Operation {
  return opNoOutput('LoadTPUEmbeddingProximalYogiParameters', [parameters, v, m], options);
}

/** Options of {@link loadTPUEmbeddingRMSPropParameters} (TensorFlow op `LoadTPUEmbeddingRMSPropParameters`). */
export interface LoadTPUEmbeddingRMSPropParametersOptions extends InputOpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `LoadTPUEmbeddingRMSPropParameters`.
 * @param parameters (float32)
 * @param ms (float32)
 * @param mom (float32)
 */
export function loadTPUEmbeddingRMSPropParameters(parameters: OutputLike, ms: OutputLike, mom: OutputLike, options: LoadTPUEmbeddingRMSPropParametersOptions): Operation {
  return opNoOutput('LoadTPUEmbeddingRMSPropParameters', [parameters, ms, mom], options);
}

/** Options of {@link loadTPUEmbeddingStochasticGradientDescentParameters} (TensorFlow op `LoadTPUEmbeddingStochasticGradientDescentParameters`). */
export interface LoadTPUEmbeddingStochasticGradientDescentParametersOptions extends InputOpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/**
 * TensorFlow op `LoadTPUEmbeddingStochasticGradientDescentParameters`.
 * @param parameters (float32)
 */
export function loadTPUEmbeddingStochasticGradientDescentParameters(parameters: OutputLike, options: LoadTPUEmbeddingStochasticGradientDescentParametersOptions): Operation {
  return opNoOutput('LoadTPUEmbeddingStochasticGradientDescentParameters', [parameters], options);
}

/** Options of {@link recvTPUEmbeddingActivations} (TensorFlow op `RecvTPUEmbeddingActivations`). */
export interface RecvTPUEmbeddingActivationsOptions extends OpOptions {
  /** `num_outputs` (int). Minimum 1. */
  numOutputs: number;
  /** `config` (string). */
  config: string;
}

/** TensorFlow op `RecvTPUEmbeddingActivations`; outputs: outputs (list of num_outputs, float32). */
export function recvTPUEmbeddingActivations(graph: Graph, options: RecvTPUEmbeddingActivationsOptions): Output[] {
  return opList('RecvTPUEmbeddingActivations', graph, options);
}

/** Options of {@link retrieveAllTPUEmbeddingParameters} (TensorFlow op `RetrieveAllTPUEmbeddingParameters`). */
export interface RetrieveAllTPUEmbeddingParametersOptions extends OpOptions {
  /** `NumTables` (int). Minimum 1. */
  numTables: number;
  /** `config` (string). */
  config: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
}

/** TensorFlow op `RetrieveAllTPUEmbeddingParameters`; outputs: parameters (list of NumTables, float32), auxiliary1 (list of NumTables, float32), auxiliary2 (list of NumTables, float32), auxiliary3 (list of NumTables, float32), auxiliary4 (list of NumTables, float32), auxiliary5 (list of NumTables, float32), auxiliary6 (list of NumTables, float32), auxiliary7 (list of NumTables, float32). */
export function retrieveAllTPUEmbeddingParameters(graph: Graph, options: RetrieveAllTPUEmbeddingParametersOptions): { parameters: Output[]; auxiliary1: Output[]; auxiliary2: Output[]; auxiliary3: Output[]; auxiliary4: Output[]; auxiliary5: Output[]; auxiliary6: Output[]; auxiliary7: Output[] } {
  return opOutputs<{ parameters: Output[]; auxiliary1: Output[]; auxiliary2: Output[]; auxiliary3: Output[]; auxiliary4: Output[]; auxiliary5: Output[]; auxiliary6: Output[]; auxiliary7: Output[] }>('RetrieveAllTPUEmbeddingParameters', graph, options);
}

/** Options of {@link retrieveTPUEmbeddingADAMParameters} (TensorFlow op `RetrieveTPUEmbeddingADAMParameters`). */
export interface RetrieveTPUEmbeddingADAMParametersOptions extends OpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `RetrieveTPUEmbeddingADAMParameters`; outputs: parameters (float32), momenta (float32), velocities (float32). */
export function retrieveTPUEmbeddingADAMParameters(graph: Graph, options: RetrieveTPUEmbeddingADAMParametersOptions): { parameters: Output; momenta: Output; velocities: Output } {
  return opOutputs<{ parameters: Output; momenta: Output; velocities: Output }>('RetrieveTPUEmbeddingADAMParameters', graph, options);
}

/** Options of {@link retrieveTPUEmbeddingAdadeltaParameters} (TensorFlow op `RetrieveTPUEmbeddingAdadeltaParameters`). */
export interface RetrieveTPUEmbeddingAdadeltaParametersOptions extends OpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `RetrieveTPUEmbeddingAdadeltaParameters`; outputs: parameters (float32), accumulators (float32), updates (float32). */
export function retrieveTPUEmbeddingAdadeltaParameters(graph: Graph, options: RetrieveTPUEmbeddingAdadeltaParametersOptions): { parameters: Output; accumulators: Output; updates: Output } {
  return opOutputs<{ parameters: Output; accumulators: Output; updates: Output }>('RetrieveTPUEmbeddingAdadeltaParameters', graph, options);
}

/** Options of {@link retrieveTPUEmbeddingAdagradMomentumParameters} (TensorFlow op `RetrieveTPUEmbeddingAdagradMomentumParameters`). */
export interface RetrieveTPUEmbeddingAdagradMomentumParametersOptions extends OpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `RetrieveTPUEmbeddingAdagradMomentumParameters`; outputs: parameters (float32), accumulators (float32), momenta (float32). */
export function retrieveTPUEmbeddingAdagradMomentumParameters(graph: Graph, options: RetrieveTPUEmbeddingAdagradMomentumParametersOptions): { parameters: Output; accumulators: Output; momenta: Output } {
  return opOutputs<{ parameters: Output; accumulators: Output; momenta: Output }>('RetrieveTPUEmbeddingAdagradMomentumParameters', graph, options);
}

/** Options of {@link retrieveTPUEmbeddingAdagradParameters} (TensorFlow op `RetrieveTPUEmbeddingAdagradParameters`). */
export interface RetrieveTPUEmbeddingAdagradParametersOptions extends OpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `RetrieveTPUEmbeddingAdagradParameters`; outputs: parameters (float32), accumulators (float32). */
export function retrieveTPUEmbeddingAdagradParameters(graph: Graph, options: RetrieveTPUEmbeddingAdagradParametersOptions): { parameters: Output; accumulators: Output } {
  return opOutputs<{ parameters: Output; accumulators: Output }>('RetrieveTPUEmbeddingAdagradParameters', graph, options);
}

/** Options of {@link retrieveTPUEmbeddingCenteredRMSPropParameters} (TensorFlow op `RetrieveTPUEmbeddingCenteredRMSPropParameters`). */
export interface RetrieveTPUEmbeddingCenteredRMSPropParametersOptions extends OpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `RetrieveTPUEmbeddingCenteredRMSPropParameters`; outputs: parameters (float32), ms (float32), mom (float32), mg (float32). */
export function retrieveTPUEmbeddingCenteredRMSPropParameters(graph: Graph, options: RetrieveTPUEmbeddingCenteredRMSPropParametersOptions): { parameters: Output; ms: Output; mom: Output; mg: Output } {
  return opOutputs<{ parameters: Output; ms: Output; mom: Output; mg: Output }>('RetrieveTPUEmbeddingCenteredRMSPropParameters', graph, options);
}

/** Options of {@link retrieveTPUEmbeddingFTRLParameters} (TensorFlow op `RetrieveTPUEmbeddingFTRLParameters`). */
export interface RetrieveTPUEmbeddingFTRLParametersOptions extends OpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `RetrieveTPUEmbeddingFTRLParameters`; outputs: parameters (float32), accumulators (float32), linears (float32). */
export function retrieveTPUEmbeddingFTRLParameters(graph: Graph, options: RetrieveTPUEmbeddingFTRLParametersOptions): { parameters: Output; accumulators: Output; linears: Output } {
  return opOutputs<{ parameters: Output; accumulators: Output; linears: Output }>('RetrieveTPUEmbeddingFTRLParameters', graph, options);
}

/** Options of {@link retrieveTPUEmbeddingFrequencyEstimatorParameters} (TensorFlow op `RetrieveTPUEmbeddingFrequencyEstimatorParameters`). */
export interface RetrieveTPUEmbeddingFrequencyEstimatorParametersOptions extends OpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `RetrieveTPUEmbeddingFrequencyEstimatorParameters`; outputs: parameters (float32), last_hit_step (float32). */
export function retrieveTPUEmbeddingFrequencyEstimatorParameters(graph: Graph, options: RetrieveTPUEmbeddingFrequencyEstimatorParametersOptions): { parameters: Output; lastHitStep: Output } {
  return opOutputs<{ parameters: Output; lastHitStep: Output }>('RetrieveTPUEmbeddingFrequencyEstimatorParameters', graph, options);
}

/** Options of {@link retrieveTPUEmbeddingMDLAdagradLightParameters} (TensorFlow op `RetrieveTPUEmbeddingMDLAdagradLightParameters`). */
export interface RetrieveTPUEmbeddingMDLAdagradLightParametersOptions extends OpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `RetrieveTPUEmbeddingMDLAdagradLightParameters`; outputs: parameters (float32), accumulators (float32), weights (float32), benefits (float32). */
export function retrieveTPUEmbeddingMDLAdagradLightParameters(graph: Graph, options: RetrieveTPUEmbeddingMDLAdagradLightParametersOptions): { parameters: Output; accumulators: Output; weights: Output; benefits: Output } {
  return opOutputs<{ parameters: Output; accumulators: Output; weights: Output; benefits: Output }>('RetrieveTPUEmbeddingMDLAdagradLightParameters', graph, options);
}

/** Options of {@link retrieveTPUEmbeddingMomentumParameters} (TensorFlow op `RetrieveTPUEmbeddingMomentumParameters`). */
export interface RetrieveTPUEmbeddingMomentumParametersOptions extends OpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `RetrieveTPUEmbeddingMomentumParameters`; outputs: parameters (float32), momenta (float32). */
export function retrieveTPUEmbeddingMomentumParameters(graph: Graph, options: RetrieveTPUEmbeddingMomentumParametersOptions): { parameters: Output; momenta: Output } {
  return opOutputs<{ parameters: Output; momenta: Output }>('RetrieveTPUEmbeddingMomentumParameters', graph, options);
}

/** Options of {@link retrieveTPUEmbeddingProximalAdagradParameters} (TensorFlow op `RetrieveTPUEmbeddingProximalAdagradParameters`). */
export interface RetrieveTPUEmbeddingProximalAdagradParametersOptions extends OpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `RetrieveTPUEmbeddingProximalAdagradParameters`; outputs: parameters (float32), accumulators (float32). */
export function retrieveTPUEmbeddingProximalAdagradParameters(graph: Graph, options: RetrieveTPUEmbeddingProximalAdagradParametersOptions): { parameters: Output; accumulators: Output } {
  return opOutputs<{ parameters: Output; accumulators: Output }>('RetrieveTPUEmbeddingProximalAdagradParameters', graph, options);
}

/** Options of {@link retrieveTPUEmbeddingProximalYogiParameters} (TensorFlow op `RetrieveTPUEmbeddingProximalYogiParameters`). */
export interface RetrieveTPUEmbeddingProximalYogiParametersOptions extends OpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `RetrieveTPUEmbeddingProximalYogiParameters`; outputs: parameters (float32), v (float32), m (float32). */
export function retrieveTPUEmbeddingProximalYogiParameters(graph: Graph, options: RetrieveTPUEmbeddingProximalYogiParametersOptions): { parameters: Output; v: Output; m: Output } {
  return opOutputs<{ parameters: Output; v: Output; m: Output }>('RetrieveTPUEmbeddingProximalYogiParameters', graph, options);
}

/** Options of {@link retrieveTPUEmbeddingRMSPropParameters} (TensorFlow op `RetrieveTPUEmbeddingRMSPropParameters`). */
export interface RetrieveTPUEmbeddingRMSPropParametersOptions extends OpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `RetrieveTPUEmbeddingRMSPropParameters`; outputs: parameters (float32), ms (float32), mom (float32). */
export function retrieveTPUEmbeddingRMSPropParameters(graph: Graph, options: RetrieveTPUEmbeddingRMSPropParametersOptions): { parameters: Output; ms: Output; mom: Output } {
  return opOutputs<{ parameters: Output; ms: Output; mom: Output }>('RetrieveTPUEmbeddingRMSPropParameters', graph, options);
}

/** Options of {@link retrieveTPUEmbeddingStochasticGradientDescentParameters} (TensorFlow op `RetrieveTPUEmbeddingStochasticGradientDescentParameters`). */
export interface RetrieveTPUEmbeddingStochasticGradientDescentParametersOptions extends OpOptions {
  /** `table_id` (int). Default -1. */
  tableId?: number;
  /** `table_name` (string). Default "". */
  tableName?: string;
  /** `num_shards` (int). */
  numShards: number;
  /** `shard_id` (int). */
  shardId: number;
  /** `config` (string). Default "". */
  config?: string;
}

/** TensorFlow op `RetrieveTPUEmbeddingStochasticGradientDescentParameters`; outputs: parameters (float32). */
export function retrieveTPUEmbeddingStochasticGradientDescentParameters(graph: Graph, options: RetrieveTPUEmbeddingStochasticGradientDescentParametersOptions): Output {
  return op1('RetrieveTPUEmbeddingStochasticGradientDescentParameters', graph, options);
}

/** Options of {@link sendTPUEmbeddingGradients} (TensorFlow op `SendTPUEmbeddingGradients`). */
export interface SendTPUEmbeddingGradientsOptions extends InputOpOptions {
  /** `config` (string). */
  config: string;
}

/**
 * TensorFlow op `SendTPUEmbeddingGradients`.
 * @param inputs (list of N, float32)
 * @param learningRates (list of NN, float32)
 */
export function sendTPUEmbeddingGradients(inputs: OutputLike[], learningRates: OutputLike[], options: SendTPUEmbeddingGradientsOptions): Operation {
  return opNoOutput('SendTPUEmbeddingGradients', [inputs, learningRates], options);
}

/** TensorFlow op `ShutdownDistributedTPU`. */
export function shutdownDistributedTPU(graph: Graph, options: OpOptions = {}): Operation {
  return opNoOutput('ShutdownDistributedTPU', graph, options);
}

/** TensorFlow op `ShutdownTPUSystem`; outputs: success (bool). */
export function shutdownTPUSystem(graph: Graph, options: OpOptions = {}): Output {
  return op1('ShutdownTPUSystem', graph, options);
}

/**
 * TensorFlow op `TPUAnnotateTensorsWithDynamicShape`; outputs: tpu_tensors (list, dtypes T).
 * @param tensors (list, dtypes T)
 */
export function tpuAnnotateTensorsWithDynamicShape(tensors: OutputLike[], options: InputOpOptions = {}): Output[] {
  return opList('TPUAnnotateTensorsWithDynamicShape', [tensors], options);
}

/** TensorFlow op `TPUCompilationResult`; outputs: output (string). */
export function tpuCompilationResult(graph: Graph, options: OpOptions = {}): Output {
  return op1('TPUCompilationResult', graph, options);
}

/** Options of {@link tpuCompile} (TensorFlow op `TPUCompile`). */
export interface TpuCompileOptions extends InputOpOptions {
  /** `num_computations` (int). Minimum 0. */
  numComputations: number;
  /** `function` (func). */
  function: string | FuncAttr;
  /** `metadata` (string). */
  metadata: string;
}

/**
 * TensorFlow op `TPUCompile`; outputs: compilation_status (string), program (list of num_computations, string), may_modify_variables (list of num_computations, bool).
 * @param dynamicShapes (list of NumDynamicShapes, int64)
 * @param guaranteedConstants (list, dtypes Tguaranteed_constants)
 */
export function tpuCompile(dynamicShapes: OutputLike[], guaranteedConstants: OutputLike[], options: TpuCompileOptions): { compilationStatus: Output; program: Output[]; mayModifyVariables: Output[] } {
  return opOutputs<{ compilationStatus: Output; program: Output[]; mayModifyVariables: Output[] }>('TPUCompile', [dynamicShapes, guaranteedConstants], options);
}

/**
 * TensorFlow op `TPUCompileSucceededAssert`.
 * @param compilationStatus (string)
 */
export function tpuCompileSucceededAssert(compilationStatus: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('TPUCompileSucceededAssert', [compilationStatus], options);
}

/**
 * TensorFlow op `TPUCopyWithDynamicShape`; outputs: tpu_tensors (list, dtypes T).
 * @param tensors (list, dtypes T)
 * @param unpaddedSizes (list of N, int32)
 */
export function tpuCopyWithDynamicShape(tensors: OutputLike[], unpaddedSizes: OutputLike[], options: InputOpOptions = {}): Output[] {
  return opList('TPUCopyWithDynamicShape', [tensors, unpaddedSizes], options);
}

/** Options of {@link tpuDummyInput} (TensorFlow op `TPUDummyInput`). */
export interface TpuDummyInputOptions extends OpOptions {
  /** `dtype` (type). One of float32, bfloat16. */
  dtype: DType;
  /** `shape` (shape). */
  shape: number[] | null;
}

/** TensorFlow op `TPUDummyInput`; outputs: output (dtype dtype). */
export function tpuDummyInput(graph: Graph, options: TpuDummyInputOptions): Output {
  return op1('TPUDummyInput', graph, options);
}

/** Options of {@link tpuEmbeddingActivations} (TensorFlow op `TPUEmbeddingActivations`). */
export interface TpuEmbeddingActivationsOptions extends InputOpOptions {
  /** `table_id` (int). Minimum 0. */
  tableId: number;
  /** `lookup_id` (int). Minimum 0. */
  lookupId: number;
}

/**
 * TensorFlow op `TPUEmbeddingActivations`; outputs: output (float32).
 * @param embeddingVariable (float32)
 * @param slicedActivations (float32)
 */
export function tpuEmbeddingActivations(embeddingVariable: OutputLike, slicedActivations: OutputLike, options: TpuEmbeddingActivationsOptions): Output {
  return op1('TPUEmbeddingActivations', [embeddingVariable, slicedActivations], options);
}

/** Options of {@link tpuExecute} (TensorFlow op `TPUExecute`). */
export interface TpuExecuteOptions extends InputOpOptions {
  /** `Tresults` (list(type)). At least 0 item(s). */
  tresults: DType[];
}

/**
 * TensorFlow op `TPUExecute`; outputs: results (list, dtypes Tresults).
 * @param args (list, dtypes Targs)
 * @param key (string)
 */
export function tpuExecute(args: OutputLike[], key: OutputLike, options: TpuExecuteOptions): Output[] {
  return opList('TPUExecute', [args, key], options);
}

/** Options of {@link tpuExecuteAndUpdateVariables} (TensorFlow op `TPUExecuteAndUpdateVariables`). */
export interface TpuExecuteAndUpdateVariablesOptions extends InputOpOptions {
  /** `Tresults` (list(type)). At least 0 item(s). */
  tresults: DType[];
  /** `device_var_reads_indices` (list(int)). At least 0 item(s). */
  deviceVarReadsIndices: number[];
  /** `device_var_updates_indices` (list(int)). At least 0 item(s). */
  deviceVarUpdatesIndices: number[];
}

/**
 * TensorFlow op `TPUExecuteAndUpdateVariables`; outputs: results (list, dtypes Tresults).
 * @param args (list, dtypes Targs)
 * @param key (string)
 */
export function tpuExecuteAndUpdateVariables(args: OutputLike[], key: OutputLike, options: TpuExecuteAndUpdateVariablesOptions): Output[] {
  return opList('TPUExecuteAndUpdateVariables', [args, key], options);
}

/** TensorFlow op `TPUOrdinalSelector`; outputs: device_ordinals (int32). */
export function tpuOrdinalSelector(graph: Graph, options: OpOptions = {}): Output {
  return op1('TPUOrdinalSelector', graph, options);
}

/** Options of {@link tpuPartitionedCall} (TensorFlow op `TPUPartitionedCall`). */
export interface TpuPartitionedCallOptions extends InputOpOptions {
  /** `Tout` (list(type)). At least 0 item(s). */
  tout: DType[];
  /** `f` (func). */
  f: string | FuncAttr;
  /** `autotuner_thresh` (int). Default 0. */
  autotunerThresh?: number;
}

/**
 * TensorFlow op `TPUPartitionedCall`; outputs: output (list, dtypes Tout).
 * @param args (list, dtypes Tin)
 * @param deviceOrdinal (int32)
 */
export function tpuPartitionedCall(args: OutputLike[], deviceOrdinal: OutputLike, options: TpuPartitionedCallOptions): Output[] {
  return opList('TPUPartitionedCall', [args, deviceOrdinal], options);
}

/** Options of {@link tpuPartitionedInput} (TensorFlow op `TPUPartitionedInput`). */
export interface TpuPartitionedInputOptions extends InputOpOptions {
  /** `partition_dim` (int). Default 0. */
  partitionDim?: number;
}

/**
 * TensorFlow op `TPUPartitionedInput`; outputs: output (dtype T).
 * @param inputs (list of N, dtype T)
 */
export function tpuPartitionedInput(inputs: OutputLike[], options: TpuPartitionedInputOptions = {}): Output {
  return op1('TPUPartitionedInput', [inputs], options);
}

/** Options of {@link tpuPartitionedInputV2} (TensorFlow op `TPUPartitionedInputV2`). */
export interface TpuPartitionedInputV2Options extends InputOpOptions {
  /** `partition_dims` (list(int)). */
  partitionDims: number[];
  /** `is_packed` (bool). Default false. */
  isPacked?: boolean;
}

/**
 * TensorFlow op `TPUPartitionedInputV2`; outputs: output (dtype T).
 * @param inputs (list of N, dtype T)
 */
export function tpuPartitionedInputV2(inputs: OutputLike[], options: TpuPartitionedInputV2Options): Output {
  return op1('TPUPartitionedInputV2', [inputs], options);
}

/** Options of {@link tpuPartitionedOutput} (TensorFlow op `TPUPartitionedOutput`). */
export interface TpuPartitionedOutputOptions extends InputOpOptions {
  /** `num_splits` (int). Minimum 1. */
  numSplits: number;
  /** `partition_dim` (int). Default 0. */
  partitionDim?: number;
}

/**
 * TensorFlow op `TPUPartitionedOutput`; outputs: output (list of num_splits, dtype T).
 * @param inputs (dtype T)
 */
export function tpuPartitionedOutput(inputs: OutputLike, options: TpuPartitionedOutputOptions): Output[] {
  return opList('TPUPartitionedOutput', [inputs], options);
}

/** Options of {@link tpuPartitionedOutputV2} (TensorFlow op `TPUPartitionedOutputV2`). */
export interface TpuPartitionedOutputV2Options extends InputOpOptions {
  /** `num_splits` (int). Minimum 1. */
  numSplits: number;
  /** `partition_dims` (list(int)). */
  partitionDims: number[];
}

/**
 * TensorFlow op `TPUPartitionedOutputV2`; outputs: output (list of num_splits, dtype T).
 * @param inputs (dtype T)
 */
export function tpuPartitionedOutputV2(inputs: OutputLike, options: TpuPartitionedOutputV2Options): Output[] {
  return opList('TPUPartitionedOutputV2', [inputs], options);
}

/** Options of {@link tpuReplicateMetadata} (TensorFlow op `TPUReplicateMetadata`). */
export interface TpuReplicateMetadataOptions extends OpOptions {
  /** `num_replicas` (int). Minimum 0. */
  numReplicas: number;
  /** `num_cores_per_replica` (int). Default 1. */
  numCoresPerReplica?: number;
  /** `topology` (string). Default "". */
  topology?: string;
  /** `use_tpu` (bool). Default true. */
  useTpu?: boolean;
  /** `device_assignment` (list(int)). Default []. */
  deviceAssignment?: number[];
  /** `computation_shape` (list(int)). Default []. */
  computationShape?: number[];
  /** `host_compute_core` (list(string)). Default []. */
  hostComputeCore?: string[];
  /** `padding_map` (list(string)). Default []. */
  paddingMap?: string[];
  /** `step_marker_location` (string). Default "STEP_MARK_AT_ENTRY". */
  stepMarkerLocation?: string;
  /** `allow_soft_placement` (bool). Default false. */
  allowSoftPlacement?: boolean;
  /** `use_spmd_for_xla_partitioning` (bool). Default false. */
  useSpmdForXlaPartitioning?: boolean;
  /** `use_shardy_partitioner` (bool). Default false. */
  useShardyPartitioner?: boolean;
  /** `tpu_compile_options_proto` (string). Default "". */
  tpuCompileOptionsProto?: string;
}

/** TensorFlow op `TPUReplicateMetadata`. */
export function tpuReplicateMetadata(graph: Graph, options: TpuReplicateMetadataOptions): Operation {
  return opNoOutput('TPUReplicateMetadata', graph, options);
}

/** Options of {@link tpuReplicatedInput} (TensorFlow op `TPUReplicatedInput`). */
export interface TpuReplicatedInputOptions extends InputOpOptions {
  /** `is_mirrored_variable` (bool). Default false. */
  isMirroredVariable?: boolean;
  /** `index` (int). Default -1. */
  index?: number;
  /** `is_packed` (bool). Default false. */
  isPacked?: boolean;
}

/**
 * TensorFlow op `TPUReplicatedInput`; outputs: output (dtype T).
 * @param inputs (list of N, dtype T)
 */
export function tpuReplicatedInput(inputs: OutputLike[], options: TpuReplicatedInputOptions = {}): Output {
  return op1('TPUReplicatedInput', [inputs], options);
}

/** Options of {@link tpuReplicatedOutput} (TensorFlow op `TPUReplicatedOutput`). */
export interface TpuReplicatedOutputOptions extends InputOpOptions {
  /** `num_replicas` (int). Minimum 1. */
  numReplicas: number;
}

/**
 * TensorFlow op `TPUReplicatedOutput`; outputs: outputs (list of num_replicas, dtype T).
 * @param input (dtype T)
 */
export function tpuReplicatedOutput(input: OutputLike, options: TpuReplicatedOutputOptions): Output[] {
  return opList('TPUReplicatedOutput', [input], options);
}

/**
 * TensorFlow op `TPUReshardVariables`.
 * @param vars (list of N, resource)
 * @param newFormatKey (string)
 * @param formatStateVar (resource)
 */
export function tpuReshardVariables(vars: OutputLike[], newFormatKey: OutputLike, formatStateVar: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('TPUReshardVariables', [vars, newFormatKey, formatStateVar], options);
}

/** TensorFlow op `TPURoundRobin`; outputs: device_ordinal (int32). */
export function tpuRoundRobin(graph: Graph, options: OpOptions = {}): Output {
  return op1('TPURoundRobin', graph, options);
}

/**
 * TensorFlow op `TpuHandleToProtoKey`; outputs: proto_keys (string).
 * @param uid (int64)
 */
export function tpuHandleToProtoKey(uid: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TpuHandleToProtoKey', [uid], options);
}
