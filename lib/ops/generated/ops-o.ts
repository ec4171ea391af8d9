// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Graph, Operation, Output } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link oneHotOp} (TensorFlow op `OneHot`). */
export interface OneHotOpOptions extends InputOpOptions {
  /** `axis` (int). Default -1. */
  axis?: number;
}

/**
 * TensorFlow op `OneHot`; outputs: output (dtype T).
 * TI: one of uint8, int8, int32, int64.
 * @param indices (dtype TI)
 * @param depth (int32)
 * @param onValue (dtype T)
 * @param offValue (dtype T)
 */
export function oneHotOp(indices: OutputLike, depth: OutputLike, onValue: OutputLike, offValue: OutputLike, options: OneHotOpOptions = {}): Output {
  return op1('OneHot', [indices, depth, onValue, offValue], options);
}

/**
 * TensorFlow op `OnesLike`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64, int8, uint8, int16, uint16, int32, uint32, int64, uint64, complex64, complex128, bool.
 * @param x (dtype T)
 */
export function onesLike(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('OnesLike', [x], options);
}

/** Options of {@link orderedMapClear} (TensorFlow op `OrderedMapClear`). */
export interface OrderedMapClearOptions extends OpOptions {
  /** `capacity` (int). Minimum 0. Default 0. */
  capacity?: number;
  /** `memory_limit` (int). Minimum 0. Default 0. */
  memoryLimit?: number;
  /** `dtypes` (list(type)). */
  dtypes: DType[];
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `OrderedMapClear`. */
export function orderedMapClear(graph: Graph, options: OrderedMapClearOptions): Operation {
  return opNoOutput('OrderedMapClear', graph, options);
}

/** Options of {@link orderedMapIncompleteSize} (TensorFlow op `OrderedMapIncompleteSize`). */
export interface OrderedMapIncompleteSizeOptions extends OpOptions {
  /** `capacity` (int). Minimum 0. Default 0. */
  capacity?: number;
  /** `memory_limit` (int). Minimum 0. Default 0. */
  memoryLimit?: number;
  /** `dtypes` (list(type)). */
  dtypes: DType[];
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `OrderedMapIncompleteSize`; outputs: size (int32). */
export function orderedMapIncompleteSize(graph: Graph, options: OrderedMapIncompleteSizeOptions): Output {
  return op1('OrderedMapIncompleteSize', graph, options);
}

/** Options of {@link orderedMapPeek} (TensorFlow op `OrderedMapPeek`). */
export interface OrderedMapPeekOptions extends InputOpOptions {
  /** `capacity` (int). Minimum 0. Default 0. */
  capacity?: number;
  /** `memory_limit` (int). Minimum 0. Default 0. */
  memoryLimit?: number;
  /** `dtypes` (list(type)). At least 1 item(s). */
  dtypes: DType[];
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/**
 * TensorFlow op `OrderedMapPeek`; outputs: values (list, dtypes dtypes).
 * @param key (int64)
 * @param indices (int32)
 */
export function orderedMapPeek(key: OutputLike, indices: OutputLike, options: OrderedMapPeekOptions): Output[] {
  return opList('OrderedMapPeek', [key, indices], options);
}

/** Options of {@link orderedMapSize} (TensorFlow op `OrderedMapSize`). */
export interface OrderedMapSizeOptions extends OpOptions {
  /** `capacity` (int). Minimum 0. Default 0. */
  capacity?: number;
  /** `memory_limit` (int). Minimum 0. Default 0. */
  memoryLimit?: number;
  /** `dtypes` (list(type)). */
  dtypes: DType[];
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `OrderedMapSize`; outputs: size (int32). */
export function orderedMapSize(graph: Graph, options: OrderedMapSizeOptions): Output {
  return op1('OrderedMapSize', graph, options);
}

/** Options of {@link orderedMapStage} (TensorFlow op `OrderedMapStage`). */
export interface OrderedMapStageOptions extends InputOpOptions {
  /** `capacity` (int). Minimum 0. Default 0. */
  capacity?: number;
  /** `memory_limit` (int). Minimum 0. Default 0. */
  memoryLimit?: number;
  /** `dtypes` (list(type)). */
  dtypes: DType[];
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/**
 * TensorFlow op `OrderedMapStage`.
 * @param key (int64)
 * @param indices (int32)
 * @param values (list, dtypes fake_dtypes)
 */
export function orderedMapStage(key: OutputLike, indices: OutputLike, values: OutputLike[], options: OrderedMapStageOptions): Operation {
  return opNoOutput('OrderedMapStage', [key, indices, values], options);
}

/** Options of {@link orderedMapUnstage} (TensorFlow op `OrderedMapUnstage`). */
export interface OrderedMapUnstageOptions extends InputOpOptions {
  /** `capacity` (int). Minimum 0. Default 0. */
  capacity?: number;
  /** `memory_limit` (int). Minimum 0. Default 0. */
  memoryLimit?: number;
  /** `dtypes` (list(type)). At least 1 item(s). */
  dtypes: DType[];
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/**
 * TensorFlow op `OrderedMapUnstage`; outputs: values (list, dtypes dtypes).
 * @param key (int64)
 * @param indices (int32)
 */
export function orderedMapUnstage(key: OutputLike, indices: OutputLike, options: OrderedMapUnstageOptions): Output[] {
  return opList('OrderedMapUnstage', [key, indices], options);
}

/** Options of {@link orderedMapUnstageNoKey} (TensorFlow op `OrderedMapUnstageNoKey`). */
export interface OrderedMapUnstageNoKeyOptions extends InputOpOptions {
  /** `capacity` (int). Minimum 0. Default 0. */
  capacity?: number;
  /** `memory_limit` (int). Minimum 0. Default 0. */
  memoryLimit?: number;
  /** `dtypes` (list(type)). At least 1 item(s). */
  dtypes: DType[];
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/**
 * TensorFlow op `OrderedMapUnstageNoKey`; outputs: key (int64), values (list, dtypes dtypes).
 * @param indices (int32)
 */
export function orderedMapUnstageNoKey(indices: OutputLike, options: OrderedMapUnstageNoKeyOptions): { key: Output; values: Output[] } {
  return opOutputs<{ key: Output; values: Output[] }>('OrderedMapUnstageNoKey', [indices], options);
}

/** Options of {@link outfeedDequeue} (TensorFlow op `OutfeedDequeue`). */
export interface OutfeedDequeueOptions extends OpOptions {
  /** `dtype` (type). */
  dtype: DType;
  /** `shape` (shape). */
  shape: number[] | null;
  /** `device_ordinal` (int). Default -1. */
  deviceOrdinal?: number;
}

/** TensorFlow op `OutfeedDequeue`; outputs: output (dtype dtype). */
export function outfeedDequeue(graph: Graph, options: OutfeedDequeueOptions): Output {
  return op1('OutfeedDequeue', graph, options);
}

/** Options of {@link outfeedDequeueTuple} (TensorFlow op `OutfeedDequeueTuple`). */
export interface OutfeedDequeueTupleOptions extends OpOptions {
  /** `dtypes` (list(type)). At least 1 item(s). */
  dtypes: DType[];
  /** `shapes` (list(shape)). */
  shapes: Array<number[] | null>;
  /** `device_ordinal` (int). Default -1. */
  deviceOrdinal?: number;
}

/** TensorFlow op `OutfeedDequeueTuple`; outputs: outputs (list, dtypes dtypes). */
export function outfeedDequeueTuple(graph: Graph, options: OutfeedDequeueTupleOptions): Output[] {
  return opList('OutfeedDequeueTuple', graph, options);
}

/** Options of {@link outfeedDequeueTupleV2} (TensorFlow op `OutfeedDequeueTupleV2`). */
export interface OutfeedDequeueTupleV2Options extends InputOpOptions {
  /** `dtypes` (list(type)). At least 1 item(s). */
  dtypes: DType[];
  /** `shapes` (list(shape)). */
  shapes: Array<number[] | null>;
}

/**
 * TensorFlow op `OutfeedDequeueTupleV2`; outputs: outputs (list, dtypes dtypes).
 * @param deviceOrdinal (int32)
 */
export function outfeedDequeueTupleV2(deviceOrdinal: OutputLike, options: OutfeedDequeueTupleV2Options): Output[] {
  return opList('OutfeedDequeueTupleV2', [deviceOrdinal], options);
}

/** Options of {@link outfeedDequeueV2} (TensorFlow op `OutfeedDequeueV2`). */
export interface OutfeedDequeueV2Options extends InputOpOptions {
  /** `dtype` (type). */
  dtype: DType;
  /** `shape` (shape). */
  shape: number[] | null;
}

/**
 * TensorFlow op `OutfeedDequeueV2`; outputs: output (dtype dtype).
 * @param deviceOrdinal (int32)
 */
export function outfeedDequeueV2(deviceOrdinal: OutputLike, options: OutfeedDequeueV2Options): Output {
  return op1('OutfeedDequeueV2', [deviceOrdinal], options);
}

/**
 * TensorFlow op `OutfeedEnqueue`.
 * @param input (dtype dtype)
 */
export function outfeedEnqueue(input: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('OutfeedEnqueue', [input], options);
}

/**
 * TensorFlow op `OutfeedEnqueueTuple`.
 * @param inputs (list, dtypes dtypes)
 */
export function outfeedEnqueueTuple(inputs: OutputLike[], options: InputOpOptions = {}): Operation {
  return opNoOutput('OutfeedEnqueueTuple', [inputs], options);
}
