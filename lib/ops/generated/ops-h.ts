// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Graph, Output, TensorLike } from '../../core';
import { op1 } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link hashTable} (TensorFlow op `HashTable`). */
export interface HashTableOptions extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `use_node_name_sharing` (bool). Default false. */
  useNodeNameSharing?: boolean;
  /** `key_dtype` (type). */
  keyDtype: DType;
  /** `value_dtype` (type). */
  valueDtype: DType;
}

/** TensorFlow op `HashTable`; outputs: table_handle (string). */
export function hashTable(graph: Graph, options: HashTableOptions): Output {
  return op1('HashTable', graph, options);
}

/** Options of {@link hashTableV2} (TensorFlow op `HashTableV2`). */
export interface HashTableV2Options extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `use_node_name_sharing` (bool). Default false. */
  useNodeNameSharing?: boolean;
  /** `key_dtype` (type). */
  keyDtype: DType;
  /** `value_dtype` (type). */
  valueDtype: DType;
}

/** TensorFlow op `HashTableV2`; outputs: table_handle (resource). */
export function hashTableV2(graph: Graph, options: HashTableV2Options): Output {
  return op1('HashTableV2', graph, options);
}

/** Options of {@link histogramFixedWidth} (TensorFlow op `HistogramFixedWidth`). */
export interface HistogramFixedWidthOptions extends InputOpOptions {
  /** `dtype` (type). One of int32, int64. Default 'int32'. */
  dtype?: DType;
}

/**
 * TensorFlow op `HistogramFixedWidth`; outputs: out (dtype dtype).
 * T: one of int32, int64, float32, float64.
 * @param values (dtype T)
 * @param valueRange (dtype T)
 * @param nbins (int32)
 */
export function histogramFixedWidth(values: OutputLike, valueRange: OutputLike, nbins: OutputLike, options: HistogramFixedWidthOptions = {}): Output {
  return op1('HistogramFixedWidth', [values, valueRange, nbins], options);
}

/**
 * TensorFlow op `HistogramSummary`; outputs: summary (string).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param tag (string)
 * @param values (dtype T)
 */
export function histogramSummary(tag: OutputLike, values: OutputLike, options: InputOpOptions = {}): Output {
  return op1('HistogramSummary', [tag, values], options);
}

/** Options of {@link hostConst} (TensorFlow op `HostConst`). */
export interface HostConstOptions extends OpOptions {
  /** `value` (tensor). */
  value: TensorLike;
  /** `dtype` (type). */
  dtype: DType;
}

/** TensorFlow op `HostConst`; outputs: output (dtype dtype). */
export function hostConst(graph: Graph, options: HostConstOptions): Output {
  return op1('HostConst', graph, options);
}
