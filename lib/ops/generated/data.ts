// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Operation, Output } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link anonymousIterator} (TensorFlow op `AnonymousIterator`). */
export interface AnonymousIteratorOptions extends OpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/** TensorFlow op `AnonymousIterator`; outputs: handle (resource). */
export function anonymousIterator(graph: Graph, options: AnonymousIteratorOptions): Output {
  return op1('AnonymousIterator', graph, options);
}

/** Options of {@link anonymousIteratorV2} (TensorFlow op `AnonymousIteratorV2`). */
export interface AnonymousIteratorV2Options extends OpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/** TensorFlow op `AnonymousIteratorV2`; outputs: handle (resource), deleter (variant). */
export function anonymousIteratorV2(graph: Graph, options: AnonymousIteratorV2Options): { handle: Output; deleter: Output } {
  return opOutputs<{ handle: Output; deleter: Output }>('AnonymousIteratorV2', graph, options);
}

/** Options of {@link anonymousIteratorV3} (TensorFlow op `AnonymousIteratorV3`). */
export interface AnonymousIteratorV3Options extends OpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/** TensorFlow op `AnonymousIteratorV3`; outputs: handle (resource). */
export function anonymousIteratorV3(graph: Graph, options: AnonymousIteratorV3Options): Output {
  return op1('AnonymousIteratorV3', graph, options);
}

/** Options of {@link anonymousMultiDeviceIterator} (TensorFlow op `AnonymousMultiDeviceIterator`). */
export interface AnonymousMultiDeviceIteratorOptions extends OpOptions {
  /** `devices` (list(string)). At least 1 item(s). */
  devices: string[];
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/** TensorFlow op `AnonymousMultiDeviceIterator`; outputs: handle (resource), deleter (variant). */
export function anonymousMultiDeviceIterator(graph: Graph, options: AnonymousMultiDeviceIteratorOptions): { handle: Output; deleter: Output } {
  return opOutputs<{ handle: Output; deleter: Output }>('AnonymousMultiDeviceIterator', graph, options);
}

/** Options of {@link anonymousMultiDeviceIteratorV3} (TensorFlow op `AnonymousMultiDeviceIteratorV3`). */
export interface AnonymousMultiDeviceIteratorV3Options extends OpOptions {
  /** `devices` (list(string)). At least 1 item(s). */
  devices: string[];
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/** TensorFlow op `AnonymousMultiDeviceIteratorV3`; outputs: handle (resource). */
export function anonymousMultiDeviceIteratorV3(graph: Graph, options: AnonymousMultiDeviceIteratorV3Options): Output {
  return op1('AnonymousMultiDeviceIteratorV3', graph, options);
}

/** Options of {@link assertCardinalityDataset} (TensorFlow op `AssertCardinalityDataset`). */
export interface AssertCardinalityDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `AssertCardinalityDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param cardinality (int64)
 */
export function assertCardinalityDataset(inputDataset: OutputLike, cardinality: OutputLike, options: AssertCardinalityDatasetOptions): Output {
  return op1('AssertCardinalityDataset', [inputDataset, cardinality], options);
}

/** Options of {@link assertNextDataset} (TensorFlow op `AssertNextDataset`). */
export interface AssertNextDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `AssertNextDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param transformations (string)
 */
export function assertNextDataset(inputDataset: OutputLike, transformations: OutputLike, options: AssertNextDatasetOptions): Output {
  return op1('AssertNextDataset', [inputDataset, transformations], options);
}

/** Options of {@link assertPrevDataset} (TensorFlow op `AssertPrevDataset`). */
export interface AssertPrevDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `AssertPrevDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param transformations (string)
 */
export function assertPrevDataset(inputDataset: OutputLike, transformations: OutputLike, options: AssertPrevDatasetOptions): Output {
  return op1('AssertPrevDataset', [inputDataset, transformations], options);
}

/** Options of {@link autoShardDataset} (TensorFlow op `AutoShardDataset`). */
export interface AutoShardDatasetOptions extends InputOpOptions {
  /** `auto_shard_policy` (int). Default 0. */
  autoShardPolicy?: number;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `num_replicas` (int). Default 0. */
  numReplicas?: number;
}

/**
 * TensorFlow op `AutoShardDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param numWorkers (int64)
 * @param index (int64)
 */
export function autoShardDataset(inputDataset: OutputLike, numWorkers: OutputLike, index: OutputLike, options: AutoShardDatasetOptions): Output {
  return op1('AutoShardDataset', [inputDataset, numWorkers, index], options);
}

/** Options of {@link batchDataset} (TensorFlow op `BatchDataset`). */
export interface BatchDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `BatchDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param batchSize (int64)
 */
export function batchDataset(inputDataset: OutputLike, batchSize: OutputLike, options: BatchDatasetOptions): Output {
  return op1('BatchDataset', [inputDataset, batchSize], options);
}

/** Options of {@link batchDatasetV2} (TensorFlow op `BatchDatasetV2`). */
export interface BatchDatasetV2Options extends InputOpOptions {
  /** `parallel_copy` (bool). Default false. */
  parallelCopy?: boolean;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `BatchDatasetV2`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param batchSize (int64)
 * @param dropRemainder (bool)
 */
export function batchDatasetV2(inputDataset: OutputLike, batchSize: OutputLike, dropRemainder: OutputLike, options: BatchDatasetV2Options): Output {
  return op1('BatchDatasetV2', [inputDataset, batchSize, dropRemainder], options);
}

/** Options of {@link bytesProducedStatsDataset} (TensorFlow op `BytesProducedStatsDataset`). */
export interface BytesProducedStatsDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `BytesProducedStatsDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param tag (string)
 */
export function bytesProducedStatsDataset(inputDataset: OutputLike, tag: OutputLike, options: BytesProducedStatsDatasetOptions): Output {
  return op1('BytesProducedStatsDataset', [inputDataset, tag], options);
}

/** Options of {@link csvDataset} (TensorFlow op `CSVDataset`). */
export interface CsvDatasetOptions extends InputOpOptions {
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `CSVDataset`; outputs: handle (variant).
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
export function csvDataset(filenames: OutputLike, compressionType: OutputLike, bufferSize: OutputLike, header: OutputLike, fieldDelim: OutputLike, useQuoteDelim: OutputLike, naValue: OutputLike, selectCols: OutputLike, recordDefaults: OutputLike[], options: CsvDatasetOptions): Output {
  return op1('CSVDataset', [filenames, compressionType, bufferSize, header, fieldDelim, useQuoteDelim, naValue, selectCols, recordDefaults], options);
}

/** Options of {@link csvDatasetV2} (TensorFlow op `CSVDatasetV2`). */
export interface CsvDatasetV2Options extends InputOpOptions {
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `CSVDatasetV2`; outputs: handle (variant).
 * @param filenames (string)
 * @param compressionType (string)
 * @param bufferSize (int64)
 * @param header (bool)
 * @param fieldDelim (string)
 * @param useQuoteDelim (bool)
 * @param naValue (string)
 * @param selectCols (int64)
 * @param recordDefaults (list, dtypes output_types)
 * @param excludeCols (int64)
 */
export function csvDatasetV2(filenames: OutputLike, compressionType: OutputLike, bufferSize: OutputLike, header: OutputLike, fieldDelim: OutputLike, useQuoteDelim: OutputLike, naValue: OutputLike, selectCols: OutputLike, recordDefaults: OutputLike[], excludeCols: OutputLike, options: CsvDatasetV2Options): Output {
  return op1('CSVDatasetV2', [filenames, compressionType, bufferSize, header, fieldDelim, useQuoteDelim, naValue, selectCols, recordDefaults, excludeCols], options);
}

/** Options of {@link cacheDataset} (TensorFlow op `CacheDataset`). */
export interface CacheDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `CacheDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param filename (string)
 */
export function cacheDataset(inputDataset: OutputLike, filename: OutputLike, options: CacheDatasetOptions): Output {
  return op1('CacheDataset', [inputDataset, filename], options);
}

/** Options of {@link cacheDatasetV2} (TensorFlow op `CacheDatasetV2`). */
export interface CacheDatasetV2Options extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `CacheDatasetV2`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param filename (string)
 * @param cache (resource)
 */
export function cacheDatasetV2(inputDataset: OutputLike, filename: OutputLike, cache: OutputLike, options: CacheDatasetV2Options): Output {
  return op1('CacheDatasetV2', [inputDataset, filename, cache], options);
}

/** Options of {@link chooseFastestBranchDataset} (TensorFlow op `ChooseFastestBranchDataset`). */
export interface ChooseFastestBranchDatasetOptions extends InputOpOptions {
  /** `num_elements_per_branch` (int). Minimum 1. */
  numElementsPerBranch: number;
  /** `branches` (list(func)). At least 1 item(s). */
  branches: Array<string | FuncAttr>;
  /** `other_arguments_lengths` (list(int)). At least 1 item(s). */
  otherArgumentsLengths: number[];
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ChooseFastestBranchDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param ratioNumerator (int64)
 * @param ratioDenominator (int64)
 * @param otherArguments (list, dtypes Targuments)
 */
export function chooseFastestBranchDataset(inputDataset: OutputLike, ratioNumerator: OutputLike, ratioDenominator: OutputLike, otherArguments: OutputLike[], options: ChooseFastestBranchDatasetOptions): Output {
  return op1('ChooseFastestBranchDataset', [inputDataset, ratioNumerator, ratioDenominator, otherArguments], options);
}

/** Options of {@link chooseFastestDataset} (TensorFlow op `ChooseFastestDataset`). */
export interface ChooseFastestDatasetOptions extends InputOpOptions {
  /** `num_experiments` (int). */
  numExperiments: number;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ChooseFastestDataset`; outputs: handle (variant).
 * @param inputDatasets (list of N, variant)
 */
export function chooseFastestDataset(inputDatasets: OutputLike[], options: ChooseFastestDatasetOptions): Output {
  return op1('ChooseFastestDataset', [inputDatasets], options);
}

/** Options of {@link concatenateDataset} (TensorFlow op `ConcatenateDataset`). */
export interface ConcatenateDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ConcatenateDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param anotherDataset (variant)
 */
export function concatenateDataset(inputDataset: OutputLike, anotherDataset: OutputLike, options: ConcatenateDatasetOptions): Output {
  return op1('ConcatenateDataset', [inputDataset, anotherDataset], options);
}

/** Options of {@link dataServiceDataset} (TensorFlow op `DataServiceDataset`). */
export interface DataServiceDatasetOptions extends InputOpOptions {
  /** `task_refresh_interval_hint_ms` (int). Default -1. */
  taskRefreshIntervalHintMs?: number;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `data_transfer_protocol` (string). Default "". */
  dataTransferProtocol?: string;
  /** `target_workers` (string). Default "AUTO". */
  targetWorkers?: string;
  /** `cross_trainer_cache_options` (string). Default "". */
  crossTrainerCacheOptions?: string;
}

/**
 * TensorFlow op `DataServiceDataset`; outputs: handle (variant).
 * @param datasetId (int64)
 * @param processingMode (string)
 * @param address (string)
 * @param protocol (string)
 * @param jobName (string)
 * @param maxOutstandingRequests (int64)
 * @param iterationCounter (resource)
 */
export function dataServiceDataset(datasetId: OutputLike, processingMode: OutputLike, address: OutputLike, protocol: OutputLike, jobName: OutputLike, maxOutstandingRequests: OutputLike, iterationCounter: OutputLike, options: DataServiceDatasetOptions): Output {
  return op1('DataServiceDataset', [datasetId, processingMode, address, protocol, jobName, maxOutstandingRequests, iterationCounter], options);
}

/** Options of {@link dataServiceDatasetV2} (TensorFlow op `DataServiceDatasetV2`). */
export interface DataServiceDatasetV2Options extends InputOpOptions {
  /** `task_refresh_interval_hint_ms` (int). Default -1. */
  taskRefreshIntervalHintMs?: number;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `data_transfer_protocol` (string). Default "". */
  dataTransferProtocol?: string;
  /** `target_workers` (string). Default "AUTO". */
  targetWorkers?: string;
  /** `cross_trainer_cache_options` (string). Default "". */
  crossTrainerCacheOptions?: string;
}

/**
 * TensorFlow op `DataServiceDatasetV2`; outputs: handle (variant).
 * @param datasetId (int64)
 * @param processingMode (string)
 * @param address (string)
 * @param protocol (string)
 * @param jobName (string)
 * @param consumerIndex (int64)
 * @param numConsumers (int64)
 * @param maxOutstandingRequests (int64)
 * @param iterationCounter (resource)
 */
export function dataServiceDatasetV2(datasetId: OutputLike, processingMode: OutputLike, address: OutputLike, protocol: OutputLike, jobName: OutputLike, consumerIndex: OutputLike, numConsumers: OutputLike, maxOutstandingRequests: OutputLike, iterationCounter: OutputLike, options: DataServiceDatasetV2Options): Output {
  return op1('DataServiceDatasetV2', [datasetId, processingMode, address, protocol, jobName, consumerIndex, numConsumers, maxOutstandingRequests, iterationCounter], options);
}

/** Options of {@link dataServiceDatasetV3} (TensorFlow op `DataServiceDatasetV3`). */
export interface DataServiceDatasetV3Options extends InputOpOptions {
  /** `task_refresh_interval_hint_ms` (int). Default -1. */
  taskRefreshIntervalHintMs?: number;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `data_transfer_protocol` (string). Default "". */
  dataTransferProtocol?: string;
  /** `target_workers` (string). Default "AUTO". */
  targetWorkers?: string;
  /** `uncompress` (bool). Default false. */
  uncompress?: boolean;
  /** `uncompress_fn` (func). */
  uncompressFn: string | FuncAttr;
  /** `cross_trainer_cache_options` (string). Default "". */
  crossTrainerCacheOptions?: string;
}

/**
 * TensorFlow op `DataServiceDatasetV3`; outputs: handle (variant).
 * @param datasetId (int64)
 * @param processingMode (string)
 * @param address (string)
 * @param protocol (string)
 * @param jobName (string)
 * @param consumerIndex (int64)
 * @param numConsumers (int64)
 * @param maxOutstandingRequests (int64)
 * @param iterationCounter (resource)
 */
export function dataServiceDatasetV3(datasetId: OutputLike, processingMode: OutputLike, address: OutputLike, protocol: OutputLike, jobName: OutputLike, consumerIndex: OutputLike, numConsumers: OutputLike, maxOutstandingRequests: OutputLike, iterationCounter: OutputLike, options: DataServiceDatasetV3Options): Output {
  return op1('DataServiceDatasetV3', [datasetId, processingMode, address, protocol, jobName, consumerIndex, numConsumers, maxOutstandingRequests, iterationCounter], options);
}

/** Options of {@link dataServiceDatasetV4} (TensorFlow op `DataServiceDatasetV4`). */
export interface DataServiceDatasetV4Options extends InputOpOptions {
  /** `task_refresh_interval_hint_ms` (int). Default -1. */
  taskRefreshIntervalHintMs?: number;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `data_transfer_protocol` (string). Default "". */
  dataTransferProtocol?: string;
  /** `target_workers` (string). Default "AUTO". */
  targetWorkers?: string;
  /** `uncompress` (bool). Default false. */
  uncompress?: boolean;
  /** `uncompress_fn` (func). */
  uncompressFn: string | FuncAttr;
  /** `cross_trainer_cache_options` (string). Default "". */
  crossTrainerCacheOptions?: string;
}

/**
 * TensorFlow op `DataServiceDatasetV4`; outputs: handle (variant).
 * @param datasetId (string)
 * @param processingMode (string)
 * @param address (string)
 * @param protocol (string)
 * @param jobName (string)
 * @param consumerIndex (int64)
 * @param numConsumers (int64)
 * @param maxOutstandingRequests (int64)
 * @param iterationCounter (resource)
 */
export function dataServiceDatasetV4(datasetId: OutputLike, processingMode: OutputLike, address: OutputLike, protocol: OutputLike, jobName: OutputLike, consumerIndex: OutputLike, numConsumers: OutputLike, maxOutstandingRequests: OutputLike, iterationCounter: OutputLike, options: DataServiceDatasetV4Options): Output {
  return op1('DataServiceDatasetV4', [datasetId, processingMode, address, protocol, jobName, consumerIndex, numConsumers, maxOutstandingRequests, iterationCounter], options);
}

/** Options of {@link datasetCardinality} (TensorFlow op `DatasetCardinality`). */
export interface DatasetCardinalityOptions extends InputOpOptions {
  /** `cardinality_options` (string). Default "". */
  cardinalityOptions?: string;
}

/**
 * TensorFlow op `DatasetCardinality`; outputs: cardinality (int64).
 * @param inputDataset (variant)
 */
export function datasetCardinality(inputDataset: OutputLike, options: DatasetCardinalityOptions = {}): Output {
  return op1('DatasetCardinality', [inputDataset], options);
}

/**
 * TensorFlow op `DatasetFingerprint`; outputs: fingerprint (uint64).
 * @param inputDataset (variant)
 */
export function datasetFingerprint(inputDataset: OutputLike, options: InputOpOptions = {}): Output {
  return op1('DatasetFingerprint', [inputDataset], options);
}

/**
 * TensorFlow op `DatasetFromGraph`; outputs: handle (variant).
 * @param graphDef (string)
 */
export function datasetFromGraph(graphDef: OutputLike, options: InputOpOptions = {}): Output {
  return op1('DatasetFromGraph', [graphDef], options);
}

/** Options of {@link datasetToGraph} (TensorFlow op `DatasetToGraph`). */
export interface DatasetToGraphOptions extends InputOpOptions {
  /** `stateful_whitelist` (list(string)). At least 0 item(s). Default []. */
  statefulWhitelist?: string[];
  /** `allow_stateful` (bool). Default false. */
  allowStateful?: boolean;
  /** `strip_device_assignment` (bool). Default false. */
  stripDeviceAssignment?: boolean;
}

/**
 * TensorFlow op `DatasetToGraph`; outputs: graph (string).
 * @param inputDataset (variant)
 */
export function datasetToGraph(inputDataset: OutputLike, options: DatasetToGraphOptions = {}): Output {
  return op1('DatasetToGraph', [inputDataset], options);
}

/** Options of {@link datasetToGraphV2} (TensorFlow op `DatasetToGraphV2`). */
export interface DatasetToGraphV2Options extends InputOpOptions {
  /** `external_state_policy` (int). Default 0. */
  externalStatePolicy?: number;
  /** `strip_device_assignment` (bool). Default false. */
  stripDeviceAssignment?: boolean;
}

/**
 * TensorFlow op `DatasetToGraphV2`; outputs: graph (string).
 * @param inputDataset (variant)
 */
export function datasetToGraphV2(inputDataset: OutputLike, options: DatasetToGraphV2Options = {}): Output {
  return op1('DatasetToGraphV2', [inputDataset], options);
}

/** Options of {@link datasetToSingleElement} (TensorFlow op `DatasetToSingleElement`). */
export interface DatasetToSingleElementOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `DatasetToSingleElement`; outputs: components (list, dtypes output_types).
 * @param dataset (variant)
 */
export function datasetToSingleElement(dataset: OutputLike, options: DatasetToSingleElementOptions): Output[] {
  return opList('DatasetToSingleElement', [dataset], options);
}

/**
 * TensorFlow op `DatasetToTFRecord`.
 * @param inputDataset (variant)
 * @param filename (string)
 * @param compressionType (string)
 */
export function datasetToTFRecord(inputDataset: OutputLike, filename: OutputLike, compressionType: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('DatasetToTFRecord', [inputDataset, filename, compressionType], options);
}

/**
 * TensorFlow op `DeleteIterator`.
 * @param handle (resource)
 * @param deleter (variant)
 */
export function deleteIterator(handle: OutputLike, deleter: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('DeleteIterator', [handle, deleter], options);
}

/**
 * TensorFlow op `DeleteMultiDeviceIterator`.
 * @param multiDeviceIterator (resource)
 * @param iterators (list of N, resource)
 * @param deleter (variant)
 */
export function deleteMultiDeviceIterator(multiDeviceIterator: OutputLike, iterators: OutputLike[], deleter: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('DeleteMultiDeviceIterator', [multiDeviceIterator, iterators, deleter], options);
}

/** Options of {@link denseToSparseBatchDataset} (TensorFlow op `DenseToSparseBatchDataset`). */
export interface DenseToSparseBatchDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `DenseToSparseBatchDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param batchSize (int64)
 * @param rowShape (int64)
 */
export function denseToSparseBatchDataset(inputDataset: OutputLike, batchSize: OutputLike, rowShape: OutputLike, options: DenseToSparseBatchDatasetOptions): Output {
  return op1('DenseToSparseBatchDataset', [inputDataset, batchSize, rowShape], options);
}

/**
 * TensorFlow op `DeserializeIterator`.
 * @param resourceHandle (resource)
 * @param serialized (variant)
 */
export function deserializeIterator(resourceHandle: OutputLike, serialized: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('DeserializeIterator', [resourceHandle, serialized], options);
}

/** Options of {@link directedInterleaveDataset} (TensorFlow op `DirectedInterleaveDataset`). */
export interface DirectedInterleaveDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `stop_on_empty_dataset` (bool). Default false. */
  stopOnEmptyDataset?: boolean;
}

/**
 * TensorFlow op `DirectedInterleaveDataset`; outputs: handle (variant).
 * @param selectorInputDataset (variant)
 * @param dataInputDatasets (list of N, variant)
 */
export function directedInterleaveDataset(selectorInputDataset: OutputLike, dataInputDatasets: OutputLike[], options: DirectedInterleaveDatasetOptions): Output {
  return op1('DirectedInterleaveDataset', [selectorInputDataset, dataInputDatasets], options);
}

/** Options of {@link filterByLastComponentDataset} (TensorFlow op `FilterByLastComponentDataset`). */
export interface FilterByLastComponentDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `FilterByLastComponentDataset`; outputs: output (variant).
 * @param inputDataset (variant)
 */
export function filterByLastComponentDataset(inputDataset: OutputLike, options: FilterByLastComponentDatasetOptions): Output {
  return op1('FilterByLastComponentDataset', [inputDataset], options);
}

/** Options of {@link filterDataset} (TensorFlow op `FilterDataset`). */
export interface FilterDatasetOptions extends InputOpOptions {
  /** `predicate` (func). */
  predicate: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `FilterDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 */
export function filterDataset(inputDataset: OutputLike, otherArguments: OutputLike[], options: FilterDatasetOptions): Output {
  return op1('FilterDataset', [inputDataset, otherArguments], options);
}

/** Options of {@link finalizeDataset} (TensorFlow op `FinalizeDataset`). */
export interface FinalizeDatasetOptions extends InputOpOptions {
  /** `has_captured_ref` (bool). Default false. */
  hasCapturedRef?: boolean;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `FinalizeDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 */
export function finalizeDataset(inputDataset: OutputLike, options: FinalizeDatasetOptions): Output {
  return op1('FinalizeDataset', [inputDataset], options);
}

/** Options of {@link fixedLengthRecordDataset} (TensorFlow op `FixedLengthRecordDataset`). */
export interface FixedLengthRecordDatasetOptions extends InputOpOptions {
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `FixedLengthRecordDataset`; outputs: handle (variant).
 * @param filenames (string)
 * @param headerBytes (int64)
 * @param recordBytes (int64)
 * @param footerBytes (int64)
 * @param bufferSize (int64)
 */
export function fixedLengthRecordDataset(filenames: OutputLike, headerBytes: OutputLike, recordBytes: OutputLike, footerBytes: OutputLike, bufferSize: OutputLike, options: FixedLengthRecordDatasetOptions = {}): Output {
  return op1('FixedLengthRecordDataset', [filenames, headerBytes, recordBytes, footerBytes, bufferSize], options);
}

/** Options of {@link fixedLengthRecordDatasetV2} (TensorFlow op `FixedLengthRecordDatasetV2`). */
export interface FixedLengthRecordDatasetV2Options extends InputOpOptions {
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `FixedLengthRecordDatasetV2`; outputs: handle (variant).
 * @param filenames (string)
 * @param headerBytes (int64)
 * @param recordBytes (int64)
 * @param footerBytes (int64)
 * @param bufferSize (int64)
 * @param compressionType (string)
 */
export function fixedLengthRecordDatasetV2(filenames: OutputLike, headerBytes: OutputLike, recordBytes: OutputLike, footerBytes: OutputLike, bufferSize: OutputLike, compressionType: OutputLike, options: FixedLengthRecordDatasetV2Options = {}): Output {
  return op1('FixedLengthRecordDatasetV2', [filenames, headerBytes, recordBytes, footerBytes, bufferSize, compressionType], options);
}

/** Options of {@link flatMapDataset} (TensorFlow op `FlatMapDataset`). */
export interface FlatMapDatasetOptions extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `FlatMapDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 */
export function flatMapDataset(inputDataset: OutputLike, otherArguments: OutputLike[], options: FlatMapDatasetOptions): Output {
  return op1('FlatMapDataset', [inputDataset, otherArguments], options);
}

/** Options of {@link generatorDataset} (TensorFlow op `GeneratorDataset`). */
export interface GeneratorDatasetOptions extends InputOpOptions {
  /** `init_func` (func). */
  initFunc: string | FuncAttr;
  /** `next_func` (func). */
  nextFunc: string | FuncAttr;
  /** `finalize_func` (func). */
  finalizeFunc: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `GeneratorDataset`; outputs: handle (variant).
 * @param initFuncOtherArgs (list, dtypes Tinit_func_args)
 * @param nextFuncOtherArgs (list, dtypes Tnext_func_args)
 * @param finalizeFuncOtherArgs (list, dtypes Tfinalize_func_args)
 */
export function generatorDataset(initFuncOtherArgs: OutputLike[], nextFuncOtherArgs: OutputLike[], finalizeFuncOtherArgs: OutputLike[], options: GeneratorDatasetOptions): Output {
  return op1('GeneratorDataset', [initFuncOtherArgs, nextFuncOtherArgs, finalizeFuncOtherArgs], options);
}

/** Options of {@link globalShuffleDataset} (TensorFlow op `GlobalShuffleDataset`). */
export interface GlobalShuffleDatasetOptions extends InputOpOptions {
  /** `reshuffle_each_iteration` (bool). Default true. */
  reshuffleEachIteration?: boolean;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `GlobalShuffleDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param seed (int64)
 * @param seed2 (int64)
 * @param seedGenerator (resource)
 */
export function globalShuffleDataset(inputDataset: OutputLike, seed: OutputLike, seed2: OutputLike, seedGenerator: OutputLike, options: GlobalShuffleDatasetOptions): Output {
  return op1('GlobalShuffleDataset', [inputDataset, seed, seed2, seedGenerator], options);
}

/** Options of {@link groupByReducerDataset} (TensorFlow op `GroupByReducerDataset`). */
export interface GroupByReducerDatasetOptions extends InputOpOptions {
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
 * TensorFlow op `GroupByReducerDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param keyFuncOtherArguments (list, dtypes Tkey_func_other_arguments)
 * @param initFuncOtherArguments (list, dtypes Tinit_func_other_arguments)
 * @param reduceFuncOtherArguments (list, dtypes Treduce_func_other_arguments)
 * @param finalizeFuncOtherArguments (list, dtypes Tfinalize_func_other_arguments)
 */
export function groupByReducerDataset(inputDataset: OutputLike, keyFuncOtherArguments: OutputLike[], initFuncOtherArguments: OutputLike[], reduceFuncOtherArguments: OutputLike[], finalizeFuncOtherArguments: OutputLike[], options: GroupByReducerDatasetOptions): Output {
  return op1('GroupByReducerDataset', [inputDataset, keyFuncOtherArguments, initFuncOtherArguments, reduceFuncOtherArguments, finalizeFuncOtherArguments], options);
}

/** Options of {@link groupByWindowDataset} (TensorFlow op `GroupByWindowDataset`). */
export interface GroupByWindowDatasetOptions extends InputOpOptions {
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
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `GroupByWindowDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param keyFuncOtherArguments (list, dtypes Tkey_func_other_arguments)
 * @param reduceFuncOtherArguments (list, dtypes Treduce_func_other_arguments)
 * @param windowSizeFuncOtherArguments (list, dtypes Twindow_size_func_other_arguments)
 */
export function groupByWindowDataset(inputDataset: OutputLike, keyFuncOtherArguments: OutputLike[], reduceFuncOtherArguments: OutputLike[], windowSizeFuncOtherArguments: OutputLike[], options: GroupByWindowDatasetOptions): Output {
  return op1('GroupByWindowDataset', [inputDataset, keyFuncOtherArguments, reduceFuncOtherArguments, windowSizeFuncOtherArguments], options);
}

/** Options of {@link ignoreErrorsDataset} (TensorFlow op `IgnoreErrorsDataset`). */
export interface IgnoreErrorsDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `log_warning` (bool). Default false. */
  logWarning?: boolean;
}

/**
 * TensorFlow op `IgnoreErrorsDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 */
export function ignoreErrorsDataset(inputDataset: OutputLike, options: IgnoreErrorsDatasetOptions): Output {
  return op1('IgnoreErrorsDataset', [inputDataset], options);
}

/** Options of {@link indexFlatMapDataset} (TensorFlow op `IndexFlatMapDataset`). */
export interface IndexFlatMapDatasetOptions extends InputOpOptions {
  /** `map_func` (func). */
  mapFunc: string | FuncAttr;
  /** `index_map_func` (func). */
  indexMapFunc: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `IndexFlatMapDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param mapFuncOtherArgs (list, dtypes Tmap_func_args)
 * @param indexMapFuncOtherArgs (list, dtypes Tindex_map_func_args)
 * @param outputCardinality (int64)
 */
export function indexFlatMapDataset(inputDataset: OutputLike, mapFuncOtherArgs: OutputLike[], indexMapFuncOtherArgs: OutputLike[], outputCardinality: OutputLike, options: IndexFlatMapDatasetOptions): Output {
  return op1('IndexFlatMapDataset', [inputDataset, mapFuncOtherArgs, indexMapFuncOtherArgs, outputCardinality], options);
}

/**
 * TensorFlow op `InitializeTableFromDataset`.
 * @param tableHandle (resource)
 * @param dataset (variant)
 */
export function initializeTableFromDataset(tableHandle: OutputLike, dataset: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('InitializeTableFromDataset', [tableHandle, dataset], options);
}

/** Options of {@link interleaveDataset} (TensorFlow op `InterleaveDataset`). */
export interface InterleaveDatasetOptions extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `InterleaveDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 * @param cycleLength (int64)
 * @param blockLength (int64)
 */
export function interleaveDataset(inputDataset: OutputLike, otherArguments: OutputLike[], cycleLength: OutputLike, blockLength: OutputLike, options: InterleaveDatasetOptions): Output {
  return op1('InterleaveDataset', [inputDataset, otherArguments, cycleLength, blockLength], options);
}

/** Options of {@link iterator} (TensorFlow op `Iterator`). */
export interface IteratorOptions extends OpOptions {
  /** `shared_name` (string). */
  sharedName: string;
  /** `container` (string). */
  container: string;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/** TensorFlow op `Iterator`; outputs: handle (resource). */
export function iterator(graph: Graph, options: IteratorOptions): Output {
  return op1('Iterator', graph, options);
}

/** Options of {@link iteratorFromStringHandle} (TensorFlow op `IteratorFromStringHandle`). */
export interface IteratorFromStringHandleOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 0 item(s). Default []. */
  outputTypes?: DType[];
  /** `output_shapes` (list(shape)). At least 0 item(s). Default []. */
  outputShapes?: Array<number[] | null>;
}

/**
 * TensorFlow op `IteratorFromStringHandle`; outputs: resource_handle (resource).
 * @param stringHandle (string)
 */
export function iteratorFromStringHandle(stringHandle: OutputLike, options: IteratorFromStringHandleOptions = {}): Output {
  return op1('IteratorFromStringHandle', [stringHandle], options);
}

/** Options of {@link iteratorFromStringHandleV2} (TensorFlow op `IteratorFromStringHandleV2`). */
export interface IteratorFromStringHandleV2Options extends InputOpOptions {
  /** `output_types` (list(type)). At least 0 item(s). Default []. */
  outputTypes?: DType[];
  /** `output_shapes` (list(shape)). At least 0 item(s). Default []. */
  outputShapes?: Array<number[] | null>;
}

/**
 * TensorFlow op `IteratorFromStringHandleV2`; outputs: resource_handle (resource).
 * @param stringHandle (string)
 */
export function iteratorFromStringHandleV2(stringHandle: OutputLike, options: IteratorFromStringHandleV2Options = {}): Output {
  return op1('IteratorFromStringHandleV2', [stringHandle], options);
}

/**
 * TensorFlow op `IteratorGetDevice`; outputs: device (string).
 * @param resource (resource)
 */
export function iteratorGetDevice(resource: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IteratorGetDevice', [resource], options);
}

/**
 * TensorFlow op `IteratorGetModelProto`; outputs: model_proto (string).
 * @param iterator (resource)
 */
export function iteratorGetModelProto(iterator: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IteratorGetModelProto', [iterator], options);
}

/** Options of {@link iteratorGetNext} (TensorFlow op `IteratorGetNext`). */
export interface IteratorGetNextOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `IteratorGetNext`; outputs: components (list, dtypes output_types).
 * @param iterator (resource)
 */
export function iteratorGetNext(iterator: OutputLike, options: IteratorGetNextOptions): Output[] {
  return opList('IteratorGetNext', [iterator], options);
}

/** Options of {@link iteratorGetNextAsOptional} (TensorFlow op `IteratorGetNextAsOptional`). */
export interface IteratorGetNextAsOptionalOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `IteratorGetNextAsOptional`; outputs: optional (variant).
 * @param iterator (resource)
 */
export function iteratorGetNextAsOptional(iterator: OutputLike, options: IteratorGetNextAsOptionalOptions): Output {
  return op1('IteratorGetNextAsOptional', [iterator], options);
}

/** Options of {@link iteratorGetNextSync} (TensorFlow op `IteratorGetNextSync`). */
export interface IteratorGetNextSyncOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `IteratorGetNextSync`; outputs: components (list, dtypes output_types).
 * @param iterator (resource)
 */
export function iteratorGetNextSync(iterator: OutputLike, options: IteratorGetNextSyncOptions): Output[] {
  return opList('IteratorGetNextSync', [iterator], options);
}

/**
 * TensorFlow op `IteratorToStringHandle`; outputs: string_handle (string).
 * @param resourceHandle (resource)
 */
export function iteratorToStringHandle(resourceHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('IteratorToStringHandle', [resourceHandle], options);
}

/** Options of {@link iteratorV2} (TensorFlow op `IteratorV2`). */
export interface IteratorV2Options extends OpOptions {
  /** `shared_name` (string). */
  sharedName: string;
  /** `container` (string). */
  container: string;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/** TensorFlow op `IteratorV2`; outputs: handle (resource). */
export function iteratorV2(graph: Graph, options: IteratorV2Options): Output {
  return op1('IteratorV2', graph, options);
}

/** Options of {@link lmdbDataset} (TensorFlow op `LMDBDataset`). */
export interface LmdbDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `LMDBDataset`; outputs: handle (variant).
 * @param filenames (string)
 */
export function lmdbDataset(filenames: OutputLike, options: LmdbDatasetOptions): Output {
  return op1('LMDBDataset', [filenames], options);
}

/** Options of {@link latencyStatsDataset} (TensorFlow op `LatencyStatsDataset`). */
export interface LatencyStatsDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `LatencyStatsDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param tag (string)
 */
export function latencyStatsDataset(inputDataset: OutputLike, tag: OutputLike, options: LatencyStatsDatasetOptions): Output {
  return op1('LatencyStatsDataset', [inputDataset, tag], options);
}

/** Options of {@link legacyParallelInterleaveDatasetV2} (TensorFlow op `LegacyParallelInterleaveDatasetV2`). */
export interface LegacyParallelInterleaveDatasetV2Options extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `deterministic` (string). Default "default". */
  deterministic?: string;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `LegacyParallelInterleaveDatasetV2`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 * @param cycleLength (int64)
 * @param blockLength (int64)
 * @param bufferOutputElements (int64)
 * @param prefetchInputElements (int64)
 */
export function legacyParallelInterleaveDatasetV2(inputDataset: OutputLike, otherArguments: OutputLike[], cycleLength: OutputLike, blockLength: OutputLike, bufferOutputElements: OutputLike, prefetchInputElements: OutputLike, options: LegacyParallelInterleaveDatasetV2Options): Output {
  return op1('LegacyParallelInterleaveDatasetV2', [inputDataset, otherArguments, cycleLength, blockLength, bufferOutputElements, prefetchInputElements], options);
}

/** Options of {@link listDataset} (TensorFlow op `ListDataset`). */
export interface ListDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ListDataset`; outputs: handle (variant).
 * @param tensors (list, dtypes Tinput_types)
 */
export function listDataset(tensors: OutputLike[], options: ListDatasetOptions): Output {
  return op1('ListDataset', [tensors], options);
}

/** Options of {@link listSnapshotChunksDataset} (TensorFlow op `ListSnapshotChunksDataset`). */
export interface ListSnapshotChunksDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ListSnapshotChunksDataset`; outputs: handle (variant).
 * @param snapshotPath (string)
 */
export function listSnapshotChunksDataset(snapshotPath: OutputLike, options: ListSnapshotChunksDatasetOptions): Output {
  return op1('ListSnapshotChunksDataset', [snapshotPath], options);
}

/** Options of {@link loadDataset} (TensorFlow op `LoadDataset`). */
export interface LoadDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `compression` (string). Default "". */
  compression?: string;
  /** `reader_func` (func). */
  readerFunc: string | FuncAttr;
}

/**
 * TensorFlow op `LoadDataset`; outputs: handle (variant).
 * @param path (string)
 * @param readerFuncOtherArgs (list, dtypes Treader_func_args)
 */
export function loadDataset(path: OutputLike, readerFuncOtherArgs: OutputLike[], options: LoadDatasetOptions): Output {
  return op1('LoadDataset', [path, readerFuncOtherArgs], options);
}

/**
 * TensorFlow op `MakeIterator`.
 * @param dataset (variant)
 * @param iterator (resource)
 */
export function makeIterator(dataset: OutputLike, iterator: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('MakeIterator', [dataset, iterator], options);
}

/** Options of {@link mapAndBatchDataset} (TensorFlow op `MapAndBatchDataset`). */
export interface MapAndBatchDatasetOptions extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `preserve_cardinality` (bool). Default false. */
  preserveCardinality?: boolean;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `MapAndBatchDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 * @param batchSize (int64)
 * @param numParallelCalls (int64)
 * @param dropRemainder (bool)
 */
export function mapAndBatchDataset(inputDataset: OutputLike, otherArguments: OutputLike[], batchSize: OutputLike, numParallelCalls: OutputLike, dropRemainder: OutputLike, options: MapAndBatchDatasetOptions): Output {
  return op1('MapAndBatchDataset', [inputDataset, otherArguments, batchSize, numParallelCalls, dropRemainder], options);
}

/** Options of {@link mapDataset} (TensorFlow op `MapDataset`). */
export interface MapDatasetOptions extends InputOpOptions {
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
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `MapDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 */
export function mapDataset(inputDataset: OutputLike, otherArguments: OutputLike[], options: MapDatasetOptions): Output {
  return op1('MapDataset', [inputDataset, otherArguments], options);
}

/**
 * TensorFlow op `MatchingFilesDataset`; outputs: handle (variant).
 * @param patterns (string)
 */
export function matchingFilesDataset(patterns: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MatchingFilesDataset', [patterns], options);
}

/** Options of {@link maxIntraOpParallelismDataset} (TensorFlow op `MaxIntraOpParallelismDataset`). */
export interface MaxIntraOpParallelismDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `MaxIntraOpParallelismDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param maxIntraOpParallelism (int64)
 */
export function maxIntraOpParallelismDataset(inputDataset: OutputLike, maxIntraOpParallelism: OutputLike, options: MaxIntraOpParallelismDatasetOptions): Output {
  return op1('MaxIntraOpParallelismDataset', [inputDataset, maxIntraOpParallelism], options);
}

/** Options of {@link modelDataset} (TensorFlow op `ModelDataset`). */
export interface ModelDatasetOptions extends InputOpOptions {
  /** `algorithm` (int). Default 0. */
  algorithm?: number;
  /** `cpu_budget` (int). Default 0. */
  cpuBudget?: number;
  /** `ram_budget` (int). Default 0. */
  ramBudget?: number;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ModelDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 */
export function modelDataset(inputDataset: OutputLike, options: ModelDatasetOptions): Output {
  return op1('ModelDataset', [inputDataset], options);
}

/** Options of {@link multiDeviceIterator} (TensorFlow op `MultiDeviceIterator`). */
export interface MultiDeviceIteratorOptions extends OpOptions {
  /** `devices` (list(string)). At least 1 item(s). */
  devices: string[];
  /** `shared_name` (string). */
  sharedName: string;
  /** `container` (string). */
  container: string;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/** TensorFlow op `MultiDeviceIterator`; outputs: handle (resource). */
export function multiDeviceIterator(graph: Graph, options: MultiDeviceIteratorOptions): Output {
  return op1('MultiDeviceIterator', graph, options);
}

/** Options of {@link multiDeviceIteratorFromStringHandle} (TensorFlow op `MultiDeviceIteratorFromStringHandle`). */
export interface MultiDeviceIteratorFromStringHandleOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 0 item(s). Default []. */
  outputTypes?: DType[];
  /** `output_shapes` (list(shape)). At least 0 item(s). Default []. */
  outputShapes?: Array<number[] | null>;
}

/**
 * TensorFlow op `MultiDeviceIteratorFromStringHandle`; outputs: multi_device_iterator (resource).
 * @param stringHandle (string)
 */
export function multiDeviceIteratorFromStringHandle(stringHandle: OutputLike, options: MultiDeviceIteratorFromStringHandleOptions = {}): Output {
  return op1('MultiDeviceIteratorFromStringHandle', [stringHandle], options);
}

/** Options of {@link multiDeviceIteratorGetNextFromShard} (TensorFlow op `MultiDeviceIteratorGetNextFromShard`). */
export interface MultiDeviceIteratorGetNextFromShardOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `MultiDeviceIteratorGetNextFromShard`; outputs: components (list, dtypes output_types).
 * @param multiDeviceIterator (resource)
 * @param shardNum (int32)
 * @param incarnationId (int64)
 */
export function multiDeviceIteratorGetNextFromShard(multiDeviceIterator: OutputLike, shardNum: OutputLike, incarnationId: OutputLike, options: MultiDeviceIteratorGetNextFromShardOptions): Output[] {
  return opList('MultiDeviceIteratorGetNextFromShard', [multiDeviceIterator, shardNum, incarnationId], options);
}

/**
 * TensorFlow op `MultiDeviceIteratorInit`; outputs: incarnation_id (int64).
 * @param dataset (variant)
 * @param multiDeviceIterator (resource)
 * @param maxBufferSize (int64)
 */
export function multiDeviceIteratorInit(dataset: OutputLike, multiDeviceIterator: OutputLike, maxBufferSize: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MultiDeviceIteratorInit', [dataset, multiDeviceIterator, maxBufferSize], options);
}

/**
 * TensorFlow op `MultiDeviceIteratorToStringHandle`; outputs: string_handle (string).
 * @param multiDeviceIterator (resource)
 */
export function multiDeviceIteratorToStringHandle(multiDeviceIterator: OutputLike, options: InputOpOptions = {}): Output {
  return op1('MultiDeviceIteratorToStringHandle', [multiDeviceIterator], options);
}

/** Options of {@link nonSerializableDataset} (TensorFlow op `NonSerializableDataset`). */
export interface NonSerializableDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `NonSerializableDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 */
export function nonSerializableDataset(inputDataset: OutputLike, options: NonSerializableDatasetOptions): Output {
  return op1('NonSerializableDataset', [inputDataset], options);
}

/** Options of {@link oneShotIterator} (TensorFlow op `OneShotIterator`). */
export interface OneShotIteratorOptions extends OpOptions {
  /** `dataset_factory` (func). */
  datasetFactory: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `OneShotIterator`; outputs: handle (resource). */
export function oneShotIterator(graph: Graph, options: OneShotIteratorOptions): Output {
  return op1('OneShotIterator', graph, options);
}

/** Options of {@link optimizeDataset} (TensorFlow op `OptimizeDataset`). */
export interface OptimizeDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `optimization_configs` (list(string)). Default []. */
  optimizationConfigs?: string[];
}

/**
 * TensorFlow op `OptimizeDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param optimizations (string)
 */
export function optimizeDataset(inputDataset: OutputLike, optimizations: OutputLike, options: OptimizeDatasetOptions): Output {
  return op1('OptimizeDataset', [inputDataset, optimizations], options);
}

/** Options of {@link optimizeDatasetV2} (TensorFlow op `OptimizeDatasetV2`). */
export interface OptimizeDatasetV2Options extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `optimization_configs` (list(string)). Default []. */
  optimizationConfigs?: string[];
}

/**
 * TensorFlow op `OptimizeDatasetV2`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param optimizationsEnabled (string)
 * @param optimizationsDisabled (string)
 * @param optimizationsDefault (string)
 */
export function optimizeDatasetV2(inputDataset: OutputLike, optimizationsEnabled: OutputLike, optimizationsDisabled: OutputLike, optimizationsDefault: OutputLike, options: OptimizeDatasetV2Options): Output {
  return op1('OptimizeDatasetV2', [inputDataset, optimizationsEnabled, optimizationsDisabled, optimizationsDefault], options);
}

/**
 * TensorFlow op `OptionalFromValue`; outputs: optional (variant).
 * @param components (list, dtypes Toutput_types)
 */
export function optionalFromValue(components: OutputLike[], options: InputOpOptions = {}): Output {
  return op1('OptionalFromValue', [components], options);
}

/** Options of {@link optionalGetValue} (TensorFlow op `OptionalGetValue`). */
export interface OptionalGetValueOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `OptionalGetValue`; outputs: components (list, dtypes output_types).
 * @param optional (variant)
 */
export function optionalGetValue(optional: OutputLike, options: OptionalGetValueOptions): Output[] {
  return opList('OptionalGetValue', [optional], options);
}

/**
 * TensorFlow op `OptionalHasValue`; outputs: has_value (bool).
 * @param optional (variant)
 */
export function optionalHasValue(optional: OutputLike, options: InputOpOptions = {}): Output {
  return op1('OptionalHasValue', [optional], options);
}

/** TensorFlow op `OptionalNone`; outputs: optional (variant). */
export function optionalNone(graph: Graph, options: OpOptions = {}): Output {
  return op1('OptionalNone', graph, options);
}

/** Options of {@link optionsDataset} (TensorFlow op `OptionsDataset`). */
export interface OptionsDatasetOptions extends InputOpOptions {
  /** `serialized_options` (string). */
  serializedOptions: string;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `OptionsDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 */
export function optionsDataset(inputDataset: OutputLike, options: OptionsDatasetOptions): Output {
  return op1('OptionsDataset', [inputDataset], options);
}

/** Options of {@link paddedBatchDataset} (TensorFlow op `PaddedBatchDataset`). */
export interface PaddedBatchDatasetOptions extends InputOpOptions {
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `PaddedBatchDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param batchSize (int64)
 * @param paddedShapes (list of N, int64)
 * @param paddingValues (list, dtypes Toutput_types)
 */
export function paddedBatchDataset(inputDataset: OutputLike, batchSize: OutputLike, paddedShapes: OutputLike[], paddingValues: OutputLike[], options: PaddedBatchDatasetOptions): Output {
  return op1('PaddedBatchDataset', [inputDataset, batchSize, paddedShapes, paddingValues], options);
}

/** Options of {@link paddedBatchDatasetV2} (TensorFlow op `PaddedBatchDatasetV2`). */
export interface PaddedBatchDatasetV2Options extends InputOpOptions {
  /** `parallel_copy` (bool). Default false. */
  parallelCopy?: boolean;
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `PaddedBatchDatasetV2`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param batchSize (int64)
 * @param paddedShapes (list of N, int64)
 * @param paddingValues (list, dtypes Toutput_types)
 * @param dropRemainder (bool)
 */
export function paddedBatchDatasetV2(inputDataset: OutputLike, batchSize: OutputLike, paddedShapes: OutputLike[], paddingValues: OutputLike[], dropRemainder: OutputLike, options: PaddedBatchDatasetV2Options): Output {
  return op1('PaddedBatchDatasetV2', [inputDataset, batchSize, paddedShapes, paddingValues, dropRemainder], options);
}

/** Options of {@link parallelBatchDataset} (TensorFlow op `ParallelBatchDataset`). */
export interface ParallelBatchDatasetOptions extends InputOpOptions {
  /** `parallel_copy` (bool). Default false. */
  parallelCopy?: boolean;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `deterministic` (string). Default "default". */
  deterministic?: string;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ParallelBatchDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param batchSize (int64)
 * @param numParallelCalls (int64)
 * @param dropRemainder (bool)
 */
export function parallelBatchDataset(inputDataset: OutputLike, batchSize: OutputLike, numParallelCalls: OutputLike, dropRemainder: OutputLike, options: ParallelBatchDatasetOptions): Output {
  return op1('ParallelBatchDataset', [inputDataset, batchSize, numParallelCalls, dropRemainder], options);
}

/** Options of {@link parallelFilterDataset} (TensorFlow op `ParallelFilterDataset`). */
export interface ParallelFilterDatasetOptions extends InputOpOptions {
  /** `predicate` (func). */
  predicate: string | FuncAttr;
  /** `deterministic` (string). Default "default". */
  deterministic?: string;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ParallelFilterDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 * @param numParallelCalls (int64)
 */
export function parallelFilterDataset(inputDataset: OutputLike, otherArguments: OutputLike[], numParallelCalls: OutputLike, options: ParallelFilterDatasetOptions): Output {
  return op1('ParallelFilterDataset', [inputDataset, otherArguments, numParallelCalls], options);
}

/** Options of {@link parallelInterleaveDataset} (TensorFlow op `ParallelInterleaveDataset`). */
export interface ParallelInterleaveDatasetOptions extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ParallelInterleaveDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 * @param cycleLength (int64)
 * @param blockLength (int64)
 * @param sloppy (bool)
 * @param bufferOutputElements (int64)
 * @param prefetchInputElements (int64)
 */
export function parallelInterleaveDataset(inputDataset: OutputLike, otherArguments: OutputLike[], cycleLength: OutputLike, blockLength: OutputLike, sloppy: OutputLike, bufferOutputElements: OutputLike, prefetchInputElements: OutputLike, options: ParallelInterleaveDatasetOptions): Output {
  return op1('ParallelInterleaveDataset', [inputDataset, otherArguments, cycleLength, blockLength, sloppy, bufferOutputElements, prefetchInputElements], options);
}

/** Options of {@link parallelInterleaveDatasetV2} (TensorFlow op `ParallelInterleaveDatasetV2`). */
export interface ParallelInterleaveDatasetV2Options extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `sloppy` (bool). Default false. */
  sloppy?: boolean;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ParallelInterleaveDatasetV2`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 * @param cycleLength (int64)
 * @param blockLength (int64)
 * @param numParallelCalls (int64)
 */
export function parallelInterleaveDatasetV2(inputDataset: OutputLike, otherArguments: OutputLike[], cycleLength: OutputLike, blockLength: OutputLike, numParallelCalls: OutputLike, options: ParallelInterleaveDatasetV2Options): Output {
  return op1('ParallelInterleaveDatasetV2', [inputDataset, otherArguments, cycleLength, blockLength, numParallelCalls], options);
}

/** Options of {@link parallelInterleaveDatasetV3} (TensorFlow op `ParallelInterleaveDatasetV3`). */
export interface ParallelInterleaveDatasetV3Options extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `deterministic` (string). Default "default". */
  deterministic?: string;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ParallelInterleaveDatasetV3`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 * @param cycleLength (int64)
 * @param blockLength (int64)
 * @param numParallelCalls (int64)
 */
export function parallelInterleaveDatasetV3(inputDataset: OutputLike, otherArguments: OutputLike[], cycleLength: OutputLike, blockLength: OutputLike, numParallelCalls: OutputLike, options: ParallelInterleaveDatasetV3Options): Output {
  return op1('ParallelInterleaveDatasetV3', [inputDataset, otherArguments, cycleLength, blockLength, numParallelCalls], options);
}

/** Options of {@link parallelInterleaveDatasetV4} (TensorFlow op `ParallelInterleaveDatasetV4`). */
export interface ParallelInterleaveDatasetV4Options extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `deterministic` (string). Default "default". */
  deterministic?: string;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ParallelInterleaveDatasetV4`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 * @param cycleLength (int64)
 * @param blockLength (int64)
 * @param bufferOutputElements (int64)
 * @param prefetchInputElements (int64)
 * @param numParallelCalls (int64)
 */
export function parallelInterleaveDatasetV4(inputDataset: OutputLike, otherArguments: OutputLike[], cycleLength: OutputLike, blockLength: OutputLike, bufferOutputElements: OutputLike, prefetchInputElements: OutputLike, numParallelCalls: OutputLike, options: ParallelInterleaveDatasetV4Options): Output {
  return op1('ParallelInterleaveDatasetV4', [inputDataset, otherArguments, cycleLength, blockLength, bufferOutputElements, prefetchInputElements, numParallelCalls], options);
}

/** Options of {@link parallelMapDataset} (TensorFlow op `ParallelMapDataset`). */
export interface ParallelMapDatasetOptions extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `use_inter_op_parallelism` (bool). Default true. */
  useInterOpParallelism?: boolean;
  /** `sloppy` (bool). Default false. */
  sloppy?: boolean;
  /** `preserve_cardinality` (bool). Default false. */
  preserveCardinality?: boolean;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ParallelMapDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 * @param numParallelCalls (int32)
 */
export function parallelMapDataset(inputDataset: OutputLike, otherArguments: OutputLike[], numParallelCalls: OutputLike, options: ParallelMapDatasetOptions): Output {
  return op1('ParallelMapDataset', [inputDataset, otherArguments, numParallelCalls], options);
}

/** Options of {@link parallelMapDatasetV2} (TensorFlow op `ParallelMapDatasetV2`). */
export interface ParallelMapDatasetV2Options extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `use_inter_op_parallelism` (bool). Default true. */
  useInterOpParallelism?: boolean;
  /** `deterministic` (string). Default "default". */
  deterministic?: string;
  /** `preserve_cardinality` (bool). Default false. */
  preserveCardinality?: boolean;
  /** `use_unbounded_threadpool` (bool). Default false. */
  useUnboundedThreadpool?: boolean;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ParallelMapDatasetV2`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 * @param numParallelCalls (int64)
 */
export function parallelMapDatasetV2(inputDataset: OutputLike, otherArguments: OutputLike[], numParallelCalls: OutputLike, options: ParallelMapDatasetV2Options): Output {
  return op1('ParallelMapDatasetV2', [inputDataset, otherArguments, numParallelCalls], options);
}

/** Options of {@link parseExampleDataset} (TensorFlow op `ParseExampleDataset`). */
export interface ParseExampleDatasetOptions extends InputOpOptions {
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
  /** `ragged_keys` (list(string)). At least 0 item(s). Default []. */
  raggedKeys?: string[];
  /** `ragged_value_types` (list(type)). One of float32, int64, string. At least 0 item(s). Default []. */
  raggedValueTypes?: DType[];
  /** `ragged_split_types` (list(type)). One of int32, int64. At least 0 item(s). Default []. */
  raggedSplitTypes?: DType[];
}

/**
 * TensorFlow op `ParseExampleDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param numParallelCalls (int64)
 * @param denseDefaults (list, dtypes Tdense)
 */
export function parseExampleDataset(inputDataset: OutputLike, numParallelCalls: OutputLike, denseDefaults: OutputLike[], options: ParseExampleDatasetOptions): Output {
  return op1('ParseExampleDataset', [inputDataset, numParallelCalls, denseDefaults], options);
}

/** Options of {@link parseExampleDatasetV2} (TensorFlow op `ParseExampleDatasetV2`). */
export interface ParseExampleDatasetV2Options extends InputOpOptions {
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
  /** `deterministic` (string). Default "default". */
  deterministic?: string;
  /** `ragged_keys` (list(string)). At least 0 item(s). Default []. */
  raggedKeys?: string[];
  /** `ragged_value_types` (list(type)). One of float32, int64, string. At least 0 item(s). Default []. */
  raggedValueTypes?: DType[];
  /** `ragged_split_types` (list(type)). One of int32, int64. At least 0 item(s). Default []. */
  raggedSplitTypes?: DType[];
}

/**
 * TensorFlow op `ParseExampleDatasetV2`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param numParallelCalls (int64)
 * @param denseDefaults (list, dtypes Tdense)
 */
export function parseExampleDatasetV2(inputDataset: OutputLike, numParallelCalls: OutputLike, denseDefaults: OutputLike[], options: ParseExampleDatasetV2Options): Output {
  return op1('ParseExampleDatasetV2', [inputDataset, numParallelCalls, denseDefaults], options);
}

/** Options of {@link prefetchDataset} (TensorFlow op `PrefetchDataset`). */
export interface PrefetchDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `slack_period` (int). Default 0. */
  slackPeriod?: number;
  /** `legacy_autotune` (bool). Default true. */
  legacyAutotune?: boolean;
  /** `buffer_size_min` (int). Default 0. */
  bufferSizeMin?: number;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `PrefetchDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param bufferSize (int64)
 */
export function prefetchDataset(inputDataset: OutputLike, bufferSize: OutputLike, options: PrefetchDatasetOptions): Output {
  return op1('PrefetchDataset', [inputDataset, bufferSize], options);
}

/** Options of {@link privateThreadPoolDataset} (TensorFlow op `PrivateThreadPoolDataset`). */
export interface PrivateThreadPoolDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `PrivateThreadPoolDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param numThreads (int64)
 */
export function privateThreadPoolDataset(inputDataset: OutputLike, numThreads: OutputLike, options: PrivateThreadPoolDatasetOptions): Output {
  return op1('PrivateThreadPoolDataset', [inputDataset, numThreads], options);
}

/** Options of {@link randomDataset} (TensorFlow op `RandomDataset`). */
export interface RandomDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `RandomDataset`; outputs: handle (variant).
 * @param seed (int64)
 * @param seed2 (int64)
 */
export function randomDataset(seed: OutputLike, seed2: OutputLike, options: RandomDatasetOptions): Output {
  return op1('RandomDataset', [seed, seed2], options);
}

/** Options of {@link randomDatasetV2} (TensorFlow op `RandomDatasetV2`). */
export interface RandomDatasetV2Options extends InputOpOptions {
  /** `rerandomize_each_iteration` (bool). Default false. */
  rerandomizeEachIteration?: boolean;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `RandomDatasetV2`; outputs: handle (variant).
 * @param seed (int64)
 * @param seed2 (int64)
 * @param seedGenerator (resource)
 */
export function randomDatasetV2(seed: OutputLike, seed2: OutputLike, seedGenerator: OutputLike, options: RandomDatasetV2Options): Output {
  return op1('RandomDatasetV2', [seed, seed2, seedGenerator], options);
}

/** Options of {@link rangeDataset} (TensorFlow op `RangeDataset`). */
export interface RangeDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
  /** `replicate_on_split` (bool). Default false. */
  replicateOnSplit?: boolean;
}

/**
 * TensorFlow op `RangeDataset`; outputs: handle (variant).
 * @param start (int64)
 * @param stop (int64)
 * @param step (int64)
 */
export function rangeDataset(start: OutputLike, stop: OutputLike, step: OutputLike, options: RangeDatasetOptions): Output {
  return op1('RangeDataset', [start, stop, step], options);
}

/** Options of {@link rebatchDataset} (TensorFlow op `RebatchDataset`). */
export interface RebatchDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `use_fallback` (bool). Default true. */
  useFallback?: boolean;
}

/**
 * TensorFlow op `RebatchDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param numReplicas (int64)
 */
export function rebatchDataset(inputDataset: OutputLike, numReplicas: OutputLike, options: RebatchDatasetOptions): Output {
  return op1('RebatchDataset', [inputDataset, numReplicas], options);
}

/** Options of {@link rebatchDatasetV2} (TensorFlow op `RebatchDatasetV2`). */
export interface RebatchDatasetV2Options extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `RebatchDatasetV2`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param batchSizes (int64)
 * @param dropRemainder (bool)
 */
export function rebatchDatasetV2(inputDataset: OutputLike, batchSizes: OutputLike, dropRemainder: OutputLike, options: RebatchDatasetV2Options): Output {
  return op1('RebatchDatasetV2', [inputDataset, batchSizes, dropRemainder], options);
}

/** Options of {@link reduceDataset} (TensorFlow op `ReduceDataset`). */
export interface ReduceDatasetOptions extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `use_inter_op_parallelism` (bool). Default true. */
  useInterOpParallelism?: boolean;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ReduceDataset`; outputs: components (list, dtypes output_types).
 * @param inputDataset (variant)
 * @param initialState (list, dtypes Tstate)
 * @param otherArguments (list, dtypes Targuments)
 */
export function reduceDataset(inputDataset: OutputLike, initialState: OutputLike[], otherArguments: OutputLike[], options: ReduceDatasetOptions): Output[] {
  return opList('ReduceDataset', [inputDataset, initialState, otherArguments], options);
}

/** Options of {@link registerDataset} (TensorFlow op `RegisterDataset`). */
export interface RegisterDatasetOptions extends InputOpOptions {
  /** `external_state_policy` (int). */
  externalStatePolicy: number;
  /** `element_spec` (string). Default "". */
  elementSpec?: string;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `RegisterDataset`; outputs: dataset_id (int64).
 * @param dataset (variant)
 * @param address (string)
 * @param protocol (string)
 */
export function registerDataset(dataset: OutputLike, address: OutputLike, protocol: OutputLike, options: RegisterDatasetOptions): Output {
  return op1('RegisterDataset', [dataset, address, protocol], options);
}

/** Options of {@link registerDatasetV2} (TensorFlow op `RegisterDatasetV2`). */
export interface RegisterDatasetV2Options extends InputOpOptions {
  /** `external_state_policy` (int). */
  externalStatePolicy: number;
  /** `element_spec` (string). Default "". */
  elementSpec?: string;
  /** `requested_dataset_id` (string). Default "". */
  requestedDatasetId?: string;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `RegisterDatasetV2`; outputs: dataset_id (string).
 * @param dataset (variant)
 * @param address (string)
 * @param protocol (string)
 */
export function registerDatasetV2(dataset: OutputLike, address: OutputLike, protocol: OutputLike, options: RegisterDatasetV2Options): Output {
  return op1('RegisterDatasetV2', [dataset, address, protocol], options);
}

/** Options of {@link repeatDataset} (TensorFlow op `RepeatDataset`). */
export interface RepeatDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `RepeatDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param count (int64)
 */
export function repeatDataset(inputDataset: OutputLike, count: OutputLike, options: RepeatDatasetOptions): Output {
  return op1('RepeatDataset', [inputDataset, count], options);
}

/** Options of {@link rewriteDataset} (TensorFlow op `RewriteDataset`). */
export interface RewriteDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `RewriteDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param rewriteName (string)
 */
export function rewriteDataset(inputDataset: OutputLike, rewriteName: OutputLike, options: RewriteDatasetOptions): Output {
  return op1('RewriteDataset', [inputDataset, rewriteName], options);
}

/** Options of {@link samplingDataset} (TensorFlow op `SamplingDataset`). */
export interface SamplingDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `SamplingDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param rate (float32)
 * @param seed (int64)
 * @param seed2 (int64)
 */
export function samplingDataset(inputDataset: OutputLike, rate: OutputLike, seed: OutputLike, seed2: OutputLike, options: SamplingDatasetOptions): Output {
  return op1('SamplingDataset', [inputDataset, rate, seed, seed2], options);
}

/** Options of {@link saveDataset} (TensorFlow op `SaveDataset`). */
export interface SaveDatasetOptions extends InputOpOptions {
  /** `compression` (string). Default "". */
  compression?: string;
  /** `shard_func` (func). */
  shardFunc: string | FuncAttr;
  /** `use_shard_func` (bool). Default true. */
  useShardFunc?: boolean;
}

/**
 * TensorFlow op `SaveDataset`.
 * @param inputDataset (variant)
 * @param path (string)
 * @param shardFuncOtherArgs (list, dtypes Tshard_func_args)
 */
export function saveDataset(inputDataset: OutputLike, path: OutputLike, shardFuncOtherArgs: OutputLike[], options: SaveDatasetOptions): Operation {
  return opNoOutput('SaveDataset', [inputDataset, path, shardFuncOtherArgs], options);
}

/** Options of {@link saveDatasetV2} (TensorFlow op `SaveDatasetV2`). */
export interface SaveDatasetV2Options extends InputOpOptions {
  /** `compression` (string). Default "". */
  compression?: string;
  /** `shard_func` (func). */
  shardFunc: string | FuncAttr;
  /** `use_shard_func` (bool). Default true. */
  useShardFunc?: boolean;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `SaveDatasetV2`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param path (string)
 * @param shardFuncOtherArgs (list, dtypes Tshard_func_args)
 */
export function saveDatasetV2(inputDataset: OutputLike, path: OutputLike, shardFuncOtherArgs: OutputLike[], options: SaveDatasetV2Options): Output {
  return op1('SaveDatasetV2', [inputDataset, path, shardFuncOtherArgs], options);
}

/** Options of {@link scanDataset} (TensorFlow op `ScanDataset`). */
export interface ScanDatasetOptions extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `preserve_cardinality` (bool). Default false. */
  preserveCardinality?: boolean;
  /** `use_default_device` (bool). Default true. */
  useDefaultDevice?: boolean;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ScanDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param initialState (list, dtypes Tstate)
 * @param otherArguments (list, dtypes Targuments)
 */
export function scanDataset(inputDataset: OutputLike, initialState: OutputLike[], otherArguments: OutputLike[], options: ScanDatasetOptions): Output {
  return op1('ScanDataset', [inputDataset, initialState, otherArguments], options);
}

/** Options of {@link serializeIterator} (TensorFlow op `SerializeIterator`). */
export interface SerializeIteratorOptions extends InputOpOptions {
  /** `external_state_policy` (int). Default 0. */
  externalStatePolicy?: number;
}

/**
 * TensorFlow op `SerializeIterator`; outputs: serialized (variant).
 * @param resourceHandle (resource)
 */
export function serializeIterator(resourceHandle: OutputLike, options: SerializeIteratorOptions = {}): Output {
  return op1('SerializeIterator', [resourceHandle], options);
}

/** Options of {@link setStatsAggregatorDataset} (TensorFlow op `SetStatsAggregatorDataset`). */
export interface SetStatsAggregatorDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `SetStatsAggregatorDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param statsAggregator (resource)
 * @param tag (string)
 * @param counterPrefix (string)
 */
export function setStatsAggregatorDataset(inputDataset: OutputLike, statsAggregator: OutputLike, tag: OutputLike, counterPrefix: OutputLike, options: SetStatsAggregatorDatasetOptions): Output {
  return op1('SetStatsAggregatorDataset', [inputDataset, statsAggregator, tag, counterPrefix], options);
}

/** Options of {@link shardDataset} (TensorFlow op `ShardDataset`). */
export interface ShardDatasetOptions extends InputOpOptions {
  /** `require_non_empty` (bool). Default false. */
  requireNonEmpty?: boolean;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ShardDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param numShards (int64)
 * @param index (int64)
 */
export function shardDataset(inputDataset: OutputLike, numShards: OutputLike, index: OutputLike, options: ShardDatasetOptions): Output {
  return op1('ShardDataset', [inputDataset, numShards, index], options);
}

/** Options of {@link shuffleAndRepeatDataset} (TensorFlow op `ShuffleAndRepeatDataset`). */
export interface ShuffleAndRepeatDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `reshuffle_each_iteration` (bool). Default true. */
  reshuffleEachIteration?: boolean;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ShuffleAndRepeatDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param bufferSize (int64)
 * @param seed (int64)
 * @param seed2 (int64)
 * @param count (int64)
 */
export function shuffleAndRepeatDataset(inputDataset: OutputLike, bufferSize: OutputLike, seed: OutputLike, seed2: OutputLike, count: OutputLike, options: ShuffleAndRepeatDatasetOptions): Output {
  return op1('ShuffleAndRepeatDataset', [inputDataset, bufferSize, seed, seed2, count], options);
}

/** Options of {@link shuffleAndRepeatDatasetV2} (TensorFlow op `ShuffleAndRepeatDatasetV2`). */
export interface ShuffleAndRepeatDatasetV2Options extends InputOpOptions {
  /** `reshuffle_each_iteration` (bool). Default true. */
  reshuffleEachIteration?: boolean;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ShuffleAndRepeatDatasetV2`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param bufferSize (int64)
 * @param seed (int64)
 * @param seed2 (int64)
 * @param count (int64)
 * @param seedGenerator (resource)
 */
export function shuffleAndRepeatDatasetV2(inputDataset: OutputLike, bufferSize: OutputLike, seed: OutputLike, seed2: OutputLike, count: OutputLike, seedGenerator: OutputLike, options: ShuffleAndRepeatDatasetV2Options): Output {
  return op1('ShuffleAndRepeatDatasetV2', [inputDataset, bufferSize, seed, seed2, count, seedGenerator], options);
}

/** Options of {@link shuffleDataset} (TensorFlow op `ShuffleDataset`). */
export interface ShuffleDatasetOptions extends InputOpOptions {
  /** `reshuffle_each_iteration` (bool). Default true. */
  reshuffleEachIteration?: boolean;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ShuffleDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param bufferSize (int64)
 * @param seed (int64)
 * @param seed2 (int64)
 */
export function shuffleDataset(inputDataset: OutputLike, bufferSize: OutputLike, seed: OutputLike, seed2: OutputLike, options: ShuffleDatasetOptions): Output {
  return op1('ShuffleDataset', [inputDataset, bufferSize, seed, seed2], options);
}

/** Options of {@link shuffleDatasetV2} (TensorFlow op `ShuffleDatasetV2`). */
export interface ShuffleDatasetV2Options extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ShuffleDatasetV2`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param bufferSize (int64)
 * @param seedGenerator (resource)
 */
export function shuffleDatasetV2(inputDataset: OutputLike, bufferSize: OutputLike, seedGenerator: OutputLike, options: ShuffleDatasetV2Options): Output {
  return op1('ShuffleDatasetV2', [inputDataset, bufferSize, seedGenerator], options);
}

/** Options of {@link shuffleDatasetV3} (TensorFlow op `ShuffleDatasetV3`). */
export interface ShuffleDatasetV3Options extends InputOpOptions {
  /** `reshuffle_each_iteration` (bool). Default true. */
  reshuffleEachIteration?: boolean;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ShuffleDatasetV3`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param bufferSize (int64)
 * @param seed (int64)
 * @param seed2 (int64)
 * @param seedGenerator (resource)
 */
export function shuffleDatasetV3(inputDataset: OutputLike, bufferSize: OutputLike, seed: OutputLike, seed2: OutputLike, seedGenerator: OutputLike, options: ShuffleDatasetV3Options): Output {
  return op1('ShuffleDatasetV3', [inputDataset, bufferSize, seed, seed2, seedGenerator], options);
}

/** Options of {@link skipDataset} (TensorFlow op `SkipDataset`). */
export interface SkipDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `SkipDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param count (int64)
 */
export function skipDataset(inputDataset: OutputLike, count: OutputLike, options: SkipDatasetOptions): Output {
  return op1('SkipDataset', [inputDataset, count], options);
}

/** Options of {@link sleepDataset} (TensorFlow op `SleepDataset`). */
export interface SleepDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `SleepDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param sleepMicroseconds (int64)
 */
export function sleepDataset(inputDataset: OutputLike, sleepMicroseconds: OutputLike, options: SleepDatasetOptions): Output {
  return op1('SleepDataset', [inputDataset, sleepMicroseconds], options);
}

/** Options of {@link slidingWindowDataset} (TensorFlow op `SlidingWindowDataset`). */
export interface SlidingWindowDatasetOptions extends InputOpOptions {
  /** `drop_remainder` (bool). Default true. */
  dropRemainder?: boolean;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `SlidingWindowDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param windowSize (int64)
 * @param windowShift (int64)
 * @param windowStride (int64)
 */
export function slidingWindowDataset(inputDataset: OutputLike, windowSize: OutputLike, windowShift: OutputLike, windowStride: OutputLike, options: SlidingWindowDatasetOptions): Output {
  return op1('SlidingWindowDataset', [inputDataset, windowSize, windowShift, windowStride], options);
}

/** Options of {@link snapshotChunkDataset} (TensorFlow op `SnapshotChunkDataset`). */
export interface SnapshotChunkDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `compression` (string). Default "". */
  compression?: string;
}

/**
 * TensorFlow op `SnapshotChunkDataset`; outputs: handle (variant).
 * @param chunkFile (string)
 */
export function snapshotChunkDataset(chunkFile: OutputLike, options: SnapshotChunkDatasetOptions): Output {
  return op1('SnapshotChunkDataset', [chunkFile], options);
}

/** Options of {@link snapshotDataset} (TensorFlow op `SnapshotDataset`). */
export interface SnapshotDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `compression` (string). Default "". */
  compression?: string;
  /** `reader_path_prefix` (string). Default "". */
  readerPathPrefix?: string;
  /** `writer_path_prefix` (string). Default "". */
  writerPathPrefix?: string;
  /** `shard_size_bytes` (int). Default 10737418240. */
  shardSizeBytes?: number;
  /** `pending_snapshot_expiry_seconds` (int). Default 86400. */
  pendingSnapshotExpirySeconds?: number;
  /** `num_reader_threads` (int). Default 1. */
  numReaderThreads?: number;
  /** `reader_buffer_size` (int). Default 1. */
  readerBufferSize?: number;
  /** `num_writer_threads` (int). Default 1. */
  numWriterThreads?: number;
  /** `writer_buffer_size` (int). Default 1. */
  writerBufferSize?: number;
  /** `shuffle_on_read` (bool). Default false. */
  shuffleOnRead?: boolean;
  /** `seed` (int). Default 0. */
  seed?: number;
  /** `seed2` (int). Default 0. */
  seed2?: number;
  /** `mode` (string). Default "auto". */
  mode?: string;
  /** `snapshot_name` (string). Default "". */
  snapshotName?: string;
}

/**
 * TensorFlow op `SnapshotDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param path (string)
 */
export function snapshotDataset(inputDataset: OutputLike, path: OutputLike, options: SnapshotDatasetOptions): Output {
  return op1('SnapshotDataset', [inputDataset, path], options);
}

/** Options of {@link snapshotDatasetReader} (TensorFlow op `SnapshotDatasetReader`). */
export interface SnapshotDatasetReaderOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `compression` (string). Default "". */
  compression?: string;
  /** `version` (int). */
  version: number;
}

/**
 * TensorFlow op `SnapshotDatasetReader`; outputs: handle (variant).
 * @param shardDir (string)
 * @param startIndex (int64)
 */
export function snapshotDatasetReader(shardDir: OutputLike, startIndex: OutputLike, options: SnapshotDatasetReaderOptions): Output {
  return op1('SnapshotDatasetReader', [shardDir, startIndex], options);
}

/** Options of {@link snapshotDatasetV2} (TensorFlow op `SnapshotDatasetV2`). */
export interface SnapshotDatasetV2Options extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `compression` (string). Default "". */
  compression?: string;
  /** `reader_prefix` (string). Default "". */
  readerPrefix?: string;
  /** `writer_prefix` (string). Default "". */
  writerPrefix?: string;
  /** `hash_valid` (bool). Default false. */
  hashValid?: boolean;
  /** `hash` (int). Default 0. */
  hash?: number;
  /** `reader_func` (func). */
  readerFunc: string | FuncAttr;
  /** `shard_func` (func). */
  shardFunc: string | FuncAttr;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `SnapshotDatasetV2`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param path (string)
 * @param readerFuncOtherArgs (list, dtypes Treader_func_args)
 * @param shardFuncOtherArgs (list, dtypes Tshard_func_args)
 */
export function snapshotDatasetV2(inputDataset: OutputLike, path: OutputLike, readerFuncOtherArgs: OutputLike[], shardFuncOtherArgs: OutputLike[], options: SnapshotDatasetV2Options): Output {
  return op1('SnapshotDatasetV2', [inputDataset, path, readerFuncOtherArgs, shardFuncOtherArgs], options);
}

/** Options of {@link snapshotNestedDatasetReader} (TensorFlow op `SnapshotNestedDatasetReader`). */
export interface SnapshotNestedDatasetReaderOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `SnapshotNestedDatasetReader`; outputs: handle (variant).
 * @param inputs (list of N, variant)
 */
export function snapshotNestedDatasetReader(inputs: OutputLike[], options: SnapshotNestedDatasetReaderOptions): Output {
  return op1('SnapshotNestedDatasetReader', [inputs], options);
}

/**
 * TensorFlow op `SparseTensorSliceDataset`; outputs: handle (variant).
 * @param indices (int64)
 * @param values (dtype Tvalues)
 * @param denseShape (int64)
 */
export function sparseTensorSliceDataset(indices: OutputLike, values: OutputLike, denseShape: OutputLike, options: InputOpOptions = {}): Output {
  return op1('SparseTensorSliceDataset', [indices, values, denseShape], options);
}

/** Options of {@link sqlDataset} (TensorFlow op `SqlDataset`). */
export interface SqlDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `SqlDataset`; outputs: handle (variant).
 * @param driverName (string)
 * @param dataSourceName (string)
 * @param query (string)
 */
export function sqlDataset(driverName: OutputLike, dataSourceName: OutputLike, query: OutputLike, options: SqlDatasetOptions): Output {
  return op1('SqlDataset', [driverName, dataSourceName, query], options);
}

/** Options of {@link tfRecordDataset} (TensorFlow op `TFRecordDataset`). */
export interface TfRecordDatasetOptions extends InputOpOptions {
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `TFRecordDataset`; outputs: handle (variant).
 * @param filenames (string)
 * @param compressionType (string)
 * @param bufferSize (int64)
 */
export function tfRecordDataset(filenames: OutputLike, compressionType: OutputLike, bufferSize: OutputLike, options: TfRecordDatasetOptions = {}): Output {
  return op1('TFRecordDataset', [filenames, compressionType, bufferSize], options);
}

/** Options of {@link tfRecordDatasetV2} (TensorFlow op `TFRecordDatasetV2`). */
export interface TfRecordDatasetV2Options extends InputOpOptions {
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `TFRecordDatasetV2`; outputs: handle (variant).
 * @param filenames (string)
 * @param compressionType (string)
 * @param bufferSize (int64)
 * @param byteOffsets (int64)
 */
export function tfRecordDatasetV2(filenames: OutputLike, compressionType: OutputLike, bufferSize: OutputLike, byteOffsets: OutputLike, options: TfRecordDatasetV2Options = {}): Output {
  return op1('TFRecordDatasetV2', [filenames, compressionType, bufferSize, byteOffsets], options);
}

/** Options of {@link takeDataset} (TensorFlow op `TakeDataset`). */
export interface TakeDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `TakeDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param count (int64)
 */
export function takeDataset(inputDataset: OutputLike, count: OutputLike, options: TakeDatasetOptions): Output {
  return op1('TakeDataset', [inputDataset, count], options);
}

/** Options of {@link takeWhileDataset} (TensorFlow op `TakeWhileDataset`). */
export interface TakeWhileDatasetOptions extends InputOpOptions {
  /** `predicate` (func). */
  predicate: string | FuncAttr;
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `TakeWhileDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param otherArguments (list, dtypes Targuments)
 */
export function takeWhileDataset(inputDataset: OutputLike, otherArguments: OutputLike[], options: TakeWhileDatasetOptions): Output {
  return op1('TakeWhileDataset', [inputDataset, otherArguments], options);
}

/** Options of {@link tensorDataset} (TensorFlow op `TensorDataset`). */
export interface TensorDatasetOptions extends InputOpOptions {
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `TensorDataset`; outputs: handle (variant).
 * @param components (list, dtypes Toutput_types)
 */
export function tensorDataset(components: OutputLike[], options: TensorDatasetOptions): Output {
  return op1('TensorDataset', [components], options);
}

/** Options of {@link tensorSliceDataset} (TensorFlow op `TensorSliceDataset`). */
export interface TensorSliceDatasetOptions extends InputOpOptions {
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `is_files` (bool). Default false. */
  isFiles?: boolean;
  /** `metadata` (string). Default "". */
  metadata?: string;
  /** `replicate_on_split` (bool). Default false. */
  replicateOnSplit?: boolean;
}

/**
 * TensorFlow op `TensorSliceDataset`; outputs: handle (variant).
 * @param components (list, dtypes Toutput_types)
 */
export function tensorSliceDataset(components: OutputLike[], options: TensorSliceDatasetOptions): Output {
  return op1('TensorSliceDataset', [components], options);
}

/** Options of {@link textLineDataset} (TensorFlow op `TextLineDataset`). */
export interface TextLineDatasetOptions extends InputOpOptions {
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `TextLineDataset`; outputs: handle (variant).
 * @param filenames (string)
 * @param compressionType (string)
 * @param bufferSize (int64)
 */
export function textLineDataset(filenames: OutputLike, compressionType: OutputLike, bufferSize: OutputLike, options: TextLineDatasetOptions = {}): Output {
  return op1('TextLineDataset', [filenames, compressionType, bufferSize], options);
}

/** Options of {@link threadPoolDataset} (TensorFlow op `ThreadPoolDataset`). */
export interface ThreadPoolDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `ThreadPoolDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param threadPool (resource)
 */
export function threadPoolDataset(inputDataset: OutputLike, threadPool: OutputLike, options: ThreadPoolDatasetOptions): Output {
  return op1('ThreadPoolDataset', [inputDataset, threadPool], options);
}

/** Options of {@link unbatchDataset} (TensorFlow op `UnbatchDataset`). */
export interface UnbatchDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `UnbatchDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 */
export function unbatchDataset(inputDataset: OutputLike, options: UnbatchDatasetOptions): Output {
  return op1('UnbatchDataset', [inputDataset], options);
}

/** Options of {@link uniqueDataset} (TensorFlow op `UniqueDataset`). */
export interface UniqueDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `UniqueDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 */
export function uniqueDataset(inputDataset: OutputLike, options: UniqueDatasetOptions): Output {
  return op1('UniqueDataset', [inputDataset], options);
}

/**
 * TensorFlow op `UnwrapDatasetVariant`; outputs: output_handle (variant).
 * @param inputHandle (variant)
 */
export function unwrapDatasetVariant(inputHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('UnwrapDatasetVariant', [inputHandle], options);
}

/** Options of {@link weightedFlatMapDataset} (TensorFlow op `WeightedFlatMapDataset`). */
export interface WeightedFlatMapDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `WeightedFlatMapDataset`; outputs: handle (variant).
 * @param inputDatasets (list of N, variant)
 * @param weights (list of M, float64)
 */
export function weightedFlatMapDataset(inputDatasets: OutputLike[], weights: OutputLike[], options: WeightedFlatMapDatasetOptions): Output {
  return op1('WeightedFlatMapDataset', [inputDatasets, weights], options);
}

/** Options of {@link windowDataset} (TensorFlow op `WindowDataset`). */
export interface WindowDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `WindowDataset`; outputs: handle (variant).
 * @param inputDataset (variant)
 * @param size (int64)
 * @param shift (int64)
 * @param stride (int64)
 * @param dropRemainder (bool)
 */
export function windowDataset(inputDataset: OutputLike, size: OutputLike, shift: OutputLike, stride: OutputLike, dropRemainder: OutputLike, options: WindowDatasetOptions): Output {
  return op1('WindowDataset', [inputDataset, size, shift, stride, dropRemainder], options);
}

/**
 * TensorFlow op `WrapDatasetVariant`; outputs: output_handle (variant).
 * @param inputHandle (variant)
 */
export function wrapDatasetVariant(inputHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('WrapDatasetVariant', [inputHandle], options);
}

/** Options of {@link zipDataset} (TensorFlow op `ZipDataset`). */
export interface ZipDatasetOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
  /** `metadata` (string). Default "". */
  metadata?: string;
}

/**
 * TensorFlow op `ZipDataset`; outputs: handle (variant).
 * @param inputDatasets (list of N, variant)
 */
export function zipDataset(inputDatasets: OutputLike[], options: ZipDatasetOptions): Output {
  return op1('ZipDataset', [inputDatasets], options);
}
