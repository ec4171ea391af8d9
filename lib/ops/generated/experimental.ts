// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Operation, Output } from '../../core';
import { op1, opNoOutput } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link experimentalAssertNextDataset} (TensorFlow op `ExperimentalAssertNextDataset`). */
export interface ExperimentalAssertNextDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalAssertNextDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param transformations (string)
 */
export function experimentalAssertNextDataset(inputDataset: OutputLike, transformations: OutputLike, options: ExperimentalAssertNextDatasetOptions): Output {
  return op1('ExperimentalAssertNextDataset', [inputDataset, transformations], options);
}

/** Options of {@link experimentalAutoShardDataset} (TensorFlow op `ExperimentalAutoShardDataset`). */
export interface ExperimentalAutoShardDatasetOptions extends InputOpOptions {
  /** `auto_shard_policy` (int). Default 0. */
  autoShardPolicy?: number;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalAutoShardDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param numWorkers (int64)
 * @param index (int64)
 */
export function experimentalAutoShardDataset(inputDataset: OutputLike, numWorkers: OutputLike, index: OutputLike, options: ExperimentalAutoShardDatasetOptions): Output {
  return op1('ExperimentalAutoShardDataset', [inputDataset, numWorkers, index], options);
}

/** Options of {@link experimentalBytesProducedStatsDataset} (TensorFlow op `ExperimentalBytesProducedStatsDataset`). */
export interface ExperimentalBytesProducedStatsDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalBytesProducedStatsDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param tag (string)
 */
export function experimentalBytesProducedStatsDataset(inputDataset: OutputLike, tag: OutputLike, options: ExperimentalBytesProducedStatsDatasetOptions): Output {
  return op1('ExperimentalBytesProducedStatsDataset', [inputDataset, tag], options);
}

/** Options of {@link experimentalCSVDataset} (TensorFlow op `ExperimentalCSVDataset`). */
export interface ExperimentalCSVDatasetOptions extends InputOpOptions {
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalCSVDataset`; outputs: handle (variant).
 * @param filenames (string)
 * @param compressionType (string)
 * @param bufferSize (int64)
 * @param header (bool)
 * @param fieldDelim (string)
 * @param useQuoteDelim (bool)
 * @param naValue (string)
 * @param selectCols (int64)
 * @param recordDefaults (list, dtypes output_types)
 */
export function experimentalCSVDataset(filenames: OutputLike, compressionType: OutputLike, bufferSize: OutputLike, header: OutputLike, fieldDelim: OutputLike, useQuoteDelim: OutputLike, naValue: OutputLike, selectCols: OutputLike, recordDefaults: OutputLike[], options: ExperimentalCSVDatasetOptions): Output {
  return op1('ExperimentalCSVDataset', [filenames, compressionType, bufferSize, header, fieldDelim, useQuoteDelim, naValue, selectCols, recordDefaults], options);
}

/** Options of {@link experimentalChooseFastestDataset} (TensorFlow op `ExperimentalChooseFastestDataset`). */
export interface ExperimentalChooseFastestDatasetOptions extends InputOpOptions {
  /** `num_experiments` (int). */
  numExperiments: number;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalChooseFastestDataset`; outputs: handle (variant).
 * @param inputDatasets (list of N, variant)
 */
export function experimentalChooseFastestDataset(inputDatasets: OutputLike[], options: ExperimentalChooseFastestDatasetOptions): Output {
  return op1('ExperimentalChooseFastestDataset', [inputDatasets], options);
}

/**
 * TensorFlow op `ExperimentalDatasetCardinality`; outputs: cardinality (int64).
 * @param inputDataset (variant)
 */
export function experimentalDatasetCardinality(inputDataset: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ExperimentalDatasetCardinality', [inputDataset], options);
}

/**
 * TensorFlow op `ExperimentalDatasetToTFRecord`.
 * @param inputDataset (variant)
 * @param filename (string)
 * @param compressionType (string)
 */
export function experimentalDatasetToTFRecord(inputDataset: OutputLike, filename: OutputLike, compressionType: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ExperimentalDatasetToTFRecord', [inputDataset, filename, compressionType], options);
}

/** Options of {@link experimentalDenseToSparseBatchDataset} (TensorFlow op `ExperimentalDenseToSparseBatchDataset`). */
export interface ExperimentalDenseToSparseBatchDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalDenseToSparseBatchDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param batchSize (int64)
 * @param rowShape (int64)
 */
export function experimentalDenseToSparseBatchDataset(inputDataset: OutputLike, batchSize: OutputLike, rowShape: OutputLike, options: ExperimentalDenseToSparseBatchDatasetOptions): Output {
  return op1('ExperimentalDenseToSparseBatchDataset', [inputDataset, batchSize, rowShape], options);
}

/** Options of {@link experimentalDirectedInterleaveDataset} (TensorFlow op `ExperimentalDirectedInterleaveDataset`). */
export interface ExperimentalDirectedInterleaveDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalDirectedInterleaveDataset`; outputs: handle (variant).
 * @param selectorInputDataset (variant)
 * @param dataInputDatasets (list of N, variant)
 */
export function experimentalDirectedInterleaveDataset(selectorInputDataset: OutputLike, dataInputDatasets: OutputLike[], options: ExperimentalDirectedInterleaveDatasetOptions): Output {
  return op1('ExperimentalDirectedInterleaveDataset', [selectorInputDataset, dataInputDatasets], options);
}

/** Options of {@link experimentalGroupByReducerDataset} (TensorFlow op `ExperimentalGroupByReducerDataset`). */
export interface ExperimentalGroupByReducerDatasetOptions extends InputOpOptions {
  /** `key_func` (func). */
  keyFunc: string | FuncAttr;
  /** `init_func` (func). */
  initFunc: string | FuncAttr;
  /** `reduce_func` (func). */
  reduceFunc: string | FuncAttr;
  /** `finalize_func` (func). */
  finalizeFunc: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalGroupByReducerDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param keyFuncOtherArguments (list, dtypes Tkey_func_other_arguments)
 * @param initFuncOtherArguments (list, dtypes Tinit_func_other_arguments)
 * @param reduceFuncOtherArguments (list, dtypes Treduce_func_other_arguments)
 * @param finalizeFuncOtherArguments (list, dtypes Tfinalize_func_other_arguments)
 */
export function experimentalGroupByReducerDataset(inputDataset: OutputLike, keyFuncOtherArguments: OutputLike[], initFuncOtherArguments: OutputLike[], reduceFuncOtherArguments: OutputLike[], finalizeFuncOtherArguments: OutputLike[], options: ExperimentalGroupByReducerDatasetOptions): Output {
  return op1('ExperimentalGroupByReducerDataset', [inputDataset, keyFuncOtherArguments, initFuncOtherArguments, reduceFuncOtherArguments, finalizeFuncOtherArguments], options);
}

/** Options of {@link experimentalGroupByWindowDataset} (TensorFlow op `ExperimentalGroupByWindowDataset`). */
export interface ExperimentalGroupByWindowDatasetOptions extends InputOpOptions {
  /** `key_func` (func). */
  keyFunc: string | FuncAttr;
  /** `reduce_func` (func). */
  reduceFunc: string | FuncAttr;
  /** `window_size_func` (func). */
  windowSizeFunc: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalGroupByWindowDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param keyFuncOtherArguments (list, dtypes Tkey_func_other_arguments)
 * @param reduceFuncOtherArguments (list, dtypes Treduce_func_other_arguments)
 * @param windowSizeFuncOtherArguments (list, dtypes Twindow_size_func_other_arguments)
 */
export function experimentalGroupByWindowDataset(inputDataset: OutputLike, keyFuncOtherArguments: OutputLike[], reduceFuncOtherArguments: OutputLike[], windowSizeFuncOtherArguments: OutputLike[], options: ExperimentalGroupByWindowDatasetOptions): Output {
  return op1('ExperimentalGroupByWindowDataset', [inputDataset, keyFuncOtherArguments, reduceFuncOtherArguments, windowSizeFuncOtherArguments], options);
}

/** Options of {@link experimentalIgnoreErrorsDataset} (TensorFlow op `ExperimentalIgnoreErrorsDataset`). */
export interface ExperimentalIgnoreErrorsDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `log_warning` (bool). Default false. */
  logWarning?: boolean;
}

/**
 * TensorFlow op `ExperimentalIgnoreErrorsDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 */
export function experimentalIgnoreErrorsDataset(inputDataset: OutputLike, options: ExperimentalIgnoreErrorsDatasetOptions): Output {
  return op1('ExperimentalIgnoreErrorsDataset', [inputDataset], options);
}

/**
 * TensorFlow op `ExperimentalIteratorGetDevice`; outputs: device (string).
 * @param resource (resource)
 */
export function experimentalIteratorGetDevice(resource: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ExperimentalIteratorGetDevice', [resource], options);
}

/** Options of {@link experimentalLMDBDataset} (TensorFlow op `ExperimentalLMDBDataset`). */
export interface ExperimentalLMDBDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalLMDBDataset`; outputs: handle (variant).
 * @param filenames (string)
 */
export function experimentalLMDBDataset(filenames: OutputLike, options: ExperimentalLMDBDatasetOptions): Output {
  return op1('ExperimentalLMDBDataset', [filenames], options);
}

/** Options of {@link experimentalLatencyStatsDataset} (TensorFlow op `ExperimentalLatencyStatsDataset`). */
export interface ExperimentalLatencyStatsDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalLatencyStatsDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param tag (string)
 */
export function experimentalLatencyStatsDataset(inputDataset: OutputLike, tag: OutputLike, options: ExperimentalLatencyStatsDatasetOptions): Output {
  return op1('ExperimentalLatencyStatsDataset', [inputDataset, tag], options);
}

/** Options of {@link experimentalMapAndBatchDataset} (TensorFlow op `ExperimentalMapAndBatchDataset`). */
export interface ExperimentalMapAndBatchDatasetOptions extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `preserve_cardinality` (bool). Default false. */
  preserveCardinality?: boolean;
}

/**
 * TensorFlow op `ExperimentalMapAndBatchDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 * @param batchSize (int64)
 * @param numParallelCalls (int64)
 * @param dropRemainder (bool)
 */
export function experimentalMapAndBatchDataset(inputDataset: OutputLike, otherArguments: OutputLike[], batchSize: OutputLike, numParallelCalls: OutputLike, dropRemainder: OutputLike, options: ExperimentalMapAndBatchDatasetOptions): Output {
  return op1('ExperimentalMapAndBatchDataset', [inputDataset, otherArguments, batchSize, numParallelCalls, dropRemainder], options);
}

/** Options of {@link experimentalMapDataset} (TensorFlow op `ExperimentalMapDataset`). */
export interface ExperimentalMapDatasetOptions extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `use_inter_op_parallelism` (bool). Default true. */
  useInterOpParallelism?: boolean;
  /** `preserve_cardinality` (bool). Default false. */
  preserveCardinality?: boolean;
  /** `force_synchronous` (bool). Default false. */
  forceSynchronous?: boolean;
}

/**
 * TensorFlow op `ExperimentalMapDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 */
export function experimentalMapDataset(inputDataset: OutputLike, otherArguments: OutputLike[], options: ExperimentalMapDatasetOptions): Output {
  return op1('ExperimentalMapDataset', [inputDataset, otherArguments], options);
}

/**
 * TensorFlow op `ExperimentalMatchingFilesDataset`; outputs: handle (variant).
 * @param patterns (string)
 */
export function experimentalMatchingFilesDataset(patterns: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ExperimentalMatchingFilesDataset', [patterns], options);
}

/** Options of {@link experimentalMaxIntraOpParallelismDataset} (TensorFlow op `ExperimentalMaxIntraOpParallelismDataset`). */
export interface ExperimentalMaxIntraOpParallelismDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalMaxIntraOpParallelismDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param maxIntraOpParallelism (int64)
 */
export function experimentalMaxIntraOpParallelismDataset(inputDataset: OutputLike, maxIntraOpParallelism: OutputLike, options: ExperimentalMaxIntraOpParallelismDatasetOptions): Output {
  return op1('ExperimentalMaxIntraOpParallelismDataset', [inputDataset, maxIntraOpParallelism], options);
}

/** Options of {@link experimentalNonSerializableDataset} (TensorFlow op `ExperimentalNonSerializableDataset`). */
export interface ExperimentalNonSerializableDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalNonSerializableDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 */
export function experimentalNonSerializableDataset(inputDataset: OutputLike, options: ExperimentalNonSerializableDatasetOptions): Output {
  return op1('ExperimentalNonSerializableDataset', [inputDataset], options);
}

/** Options of {@link experimentalParallelInterleaveDataset} (TensorFlow op `ExperimentalParallelInterleaveDataset`). */
export interface ExperimentalParallelInterleaveDatasetOptions extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalParallelInterleaveDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 * @param cycleLength (int64)
 * @param blockLength (int64)
 * @param sloppy (bool)
 * @param bufferOutputElements (int64)
 * @param prefetchInputElements (int64)
 */
export function experimentalParallelInterleaveDataset(inputDataset: OutputLike, otherArguments: OutputLike[], cycleLength: OutputLike, blockLength: OutputLike, sloppy: OutputLike, bufferOutputElements: OutputLike, prefetchInputElements: OutputLike, options: ExperimentalParallelInterleaveDatasetOptions): Output {
  return op1('ExperimentalParallelInterleaveDataset', [inputDataset, otherArguments, cycleLength, blockLength, sloppy, bufferOutputElements, prefetchInputElements], options);
}

/** Options of {@link experimentalParseExampleDataset} (TensorFlow op `ExperimentalParseExampleDataset`). */
export interface ExperimentalParseExampleDatasetOptions extends InputOpOptions {
  /** `sparse_keys` (list(string)). At least 0 item(s). */
  sparseKeys: string[];
  /** `dense_keys` (list(string)). At least 0 item(s). */
  denseKeys: string[];
  /** `sparse_types` (list(type)). One of float32, int64, string. At least 0 item(s). */
  sparseTypes: DType[];
  /** `dense_shapes` (list(shape)). At least 0 item(s). */
  denseShapes: Array<number[] | null>;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `sloppy` (bool). Default false. */
  sloppy?: boolean;
}

/**
 * TensorFlow op `ExperimentalParseExampleDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param numParallelCalls (int64)
 * @param denseDefaults (list, dtypes Tdense)
 */
export function experimentalParseExampleDataset(inputDataset: OutputLike, numParallelCalls: OutputLike, denseDefaults: OutputLike[], options: ExperimentalParseExampleDatasetOptions): Output {
  return op1('ExperimentalParseExampleDataset', [inputDataset, numParallelCalls, denseDefaults], options);
}

/** Options of {@link experimentalPrivateThreadPoolDataset} (TensorFlow op `ExperimentalPrivateThreadPoolDataset`). */
export interface ExperimentalPrivateThreadPoolDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalPrivateThreadPoolDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param numThreads (int64)
 */
export function experimentalPrivateThreadPoolDataset(inputDataset: OutputLike, numThreads: OutputLike, options: ExperimentalPrivateThreadPoolDatasetOptions): Output {
  return op1('ExperimentalPrivateThreadPoolDataset', [inputDataset, numThreads], options);
}

/** Options of {@link experimentalRandomDataset} (TensorFlow op `ExperimentalRandomDataset`). */
export interface ExperimentalRandomDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalRandomDataset`; outputs: handle (variant).
 * @param seed (int64)
 * @param seed2 (int64)
 */
export function experimentalRandomDataset(seed: OutputLike, seed2: OutputLike, options: ExperimentalRandomDatasetOptions): Output {
  return op1('ExperimentalRandomDataset', [seed, seed2], options);
}

/** Options of {@link experimentalRebatchDataset} (TensorFlow op `ExperimentalRebatchDataset`). */
export interface ExperimentalRebatchDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `use_fallback` (bool). Default true. */
  useFallback?: boolean;
}

/**
 * TensorFlow op `ExperimentalRebatchDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param numReplicas (int64)
 */
export function experimentalRebatchDataset(inputDataset: OutputLike, numReplicas: OutputLike, options: ExperimentalRebatchDatasetOptions): Output {
  return op1('ExperimentalRebatchDataset', [inputDataset, numReplicas], options);
}

/** Options of {@link experimentalScanDataset} (TensorFlow op `ExperimentalScanDataset`). */
export interface ExperimentalScanDatasetOptions extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `preserve_cardinality` (bool). Default false. */
  preserveCardinality?: boolean;
}

/**
 * TensorFlow op `ExperimentalScanDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param initialState (list, dtypes Tstate)
 * @param otherArguments (list, dtypes Targuments)
 */
export function experimentalScanDataset(inputDataset: OutputLike, initialState: OutputLike[], otherArguments: OutputLike[], options: ExperimentalScanDatasetOptions): Output {
  return op1('ExperimentalScanDataset', [inputDataset, initialState, otherArguments], options);
}

/** Options of {@link experimentalSetStatsAggregatorDataset} (TensorFlow op `ExperimentalSetStatsAggregatorDataset`). */
export interface ExperimentalSetStatsAggregatorDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalSetStatsAggregatorDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param statsAggregator (resource)
 * @param tag (string)
 * @param counterPrefix (string)
 */
export function experimentalSetStatsAggregatorDataset(inputDataset: OutputLike, statsAggregator: OutputLike, tag: OutputLike, counterPrefix: OutputLike, options: ExperimentalSetStatsAggregatorDatasetOptions): Output {
  return op1('ExperimentalSetStatsAggregatorDataset', [inputDataset, statsAggregator, tag, counterPrefix], options);
}

/** Options of {@link experimentalSleepDataset} (TensorFlow op `ExperimentalSleepDataset`). */
export interface ExperimentalSleepDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalSleepDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param sleepMicroseconds (int64)
 */
export function experimentalSleepDataset(inputDataset: OutputLike, sleepMicroseconds: OutputLike, options: ExperimentalSleepDatasetOptions): Output {
  return op1('ExperimentalSleepDataset', [inputDataset, sleepMicroseconds], options);
}

/** Options of {@link experimentalSlidingWindowDataset} (TensorFlow op `ExperimentalSlidingWindowDataset`). */
export interface ExperimentalSlidingWindowDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalSlidingWindowDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param windowSize (int64)
 * @param windowShift (int64)
 * @param windowStride (int64)
 */
export function experimentalSlidingWindowDataset(inputDataset: OutputLike, windowSize: OutputLike, windowShift: OutputLike, windowStride: OutputLike, options: ExperimentalSlidingWindowDatasetOptions): Output {
  return op1('ExperimentalSlidingWindowDataset', [inputDataset, windowSize, windowShift, windowStride], options);
}

/** Options of {@link experimentalSqlDataset} (TensorFlow op `ExperimentalSqlDataset`). */
export interface ExperimentalSqlDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalSqlDataset`; outputs: handle (variant).
 * @param driverName (string)
 * @param dataSourceName (string)
 * @param query (string)
 */
export function experimentalSqlDataset(driverName: OutputLike, dataSourceName: OutputLike, query: OutputLike, options: ExperimentalSqlDatasetOptions): Output {
  return op1('ExperimentalSqlDataset', [driverName, dataSourceName, query], options);
}

/** Options of {@link experimentalStatsAggregatorHandle} (TensorFlow op `ExperimentalStatsAggregatorHandle`). */
export interface ExperimentalStatsAggregatorHandleOptions extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `ExperimentalStatsAggregatorHandle`; outputs: handle (resource). */
export function experimentalStatsAggregatorHandle(graph: Graph, options: ExperimentalStatsAggregatorHandleOptions = {}): Output {
  return op1('ExperimentalStatsAggregatorHandle', graph, options);
}

/**
 * TensorFlow op `ExperimentalStatsAggregatorSummary`; outputs: summary (string).
 * @param iterator (resource)
 */
export function experimentalStatsAggregatorSummary(iterator: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ExperimentalStatsAggregatorSummary', [iterator], options);
}

/** Options of {@link experimentalTakeWhileDataset} (TensorFlow op `ExperimentalTakeWhileDataset`). */
export interface ExperimentalTakeWhileDatasetOptions extends InputOpOptions {
  /** `predicate` (func). */
  predicate: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalTakeWhileDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 */
export function experimentalTakeWhileDataset(inputDataset: OutputLike, otherArguments: OutputLike[], options: ExperimentalTakeWhileDatasetOptions): Output {
  return op1('ExperimentalTakeWhileDataset', [inputDataset, otherArguments], options);
}

/** Options of {@link experimentalThreadPoolDataset} (TensorFlow op `ExperimentalThreadPoolDataset`). */
export interface ExperimentalThreadPoolDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalThreadPoolDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param threadPool (resource)
 */
export function experimentalThreadPoolDataset(inputDataset: OutputLike, threadPool: OutputLike, options: ExperimentalThreadPoolDatasetOptions): Output {
  return op1('ExperimentalThreadPoolDataset', [inputDataset, threadPool], options);
}

/** Options of {@link experimentalThreadPoolHandle} (TensorFlow op `ExperimentalThreadPoolHandle`). */
export interface ExperimentalThreadPoolHandleOptions extends OpOptions {
  /** `num_threads` (int). */
  numThreads: number;
  /** `max_intra_op_parallelism` (int). Default 1. */
  maxIntraOpParallelism?: number;
  /** `display_name` (string). */
  displayName: string;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `ExperimentalThreadPoolHandle`; outputs: handle (resource). */
export function experimentalThreadPoolHandle(graph: Graph, options: ExperimentalThreadPoolHandleOptions): Output {
  return op1('ExperimentalThreadPoolHandle', graph, options);
}

/** Options of {@link experimentalUnbatchDataset} (TensorFlow op `ExperimentalUnbatchDataset`). */
export interface ExperimentalUnbatchDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalUnbatchDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 */
export function experimentalUnbatchDataset(inputDataset: OutputLike, options: ExperimentalUnbatchDatasetOptions): Output {
  return op1('ExperimentalUnbatchDataset', [inputDataset], options);
}

/** Options of {@link experimentalUniqueDataset} (TensorFlow op `ExperimentalUniqueDataset`). */
export interface ExperimentalUniqueDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ExperimentalUniqueDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 */
export function experimentalUniqueDataset(inputDataset: OutputLike, options: ExperimentalUniqueDatasetOptions): Output {
  return op1('ExperimentalUniqueDataset', [inputDataset], options);
}
