// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Operation, Output } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link bandedTriangularSolve} (TensorFlow op `BandedTriangularSolve`). */
export interface BandedTriangularSolveOptions extends InputOpOptions {
  /** `lower` (bool). Default true. */
  lower?: boolean;
  /** `adjoint` (bool). Default false. */
  adjoint?: boolean;
}

/**
 * TensorFlow op `BandedTriangularSolve`; outputs: output (dtype T).
 * T: one of float64, float32, float16, complex64, complex128.
 * @param matrix (dtype T)
 * @param rhs (dtype T)
 */
export function bandedTriangularSolve(matrix: OutputLike, rhs: OutputLike, options: BandedTriangularSolveOptions = {}): Output {
  return op1('BandedTriangularSolve', [matrix, rhs], options);
}

/** Options of {@link barrier} (TensorFlow op `Barrier`). */
export interface BarrierOptions extends OpOptions {
  /** `component_types` (list(type)). At least 1 item(s). */
  componentTypes: DType[];
  /** `shapes` (list(shape)). At least 0 item(s). Default []. */
  shapes?: Array<number[] | null>;
  /** `capacity` (int). Default -1. */
  capacity?: number;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `Barrier`; outputs: handle (string). */
export function barrier(graph: Graph, options: BarrierOptions): Output {
  return op1('Barrier', graph, options);
}

/** Options of {@link barrierClose} (TensorFlow op `BarrierClose`). */
export interface BarrierCloseOptions extends InputOpOptions {
  /** `cancel_pending_enqueues` (bool). Default false. */
  cancelPendingEnqueues?: boolean;
}

/**
 * TensorFlow op `BarrierClose`.
 * @param handle (string)
 */
export function barrierClose(handle: OutputLike, options: BarrierCloseOptions = {}): Operation {
  return opNoOutput('BarrierClose', [handle], options);
}

/**
 * TensorFlow op `BarrierIncompleteSize`; outputs: size (int32).
 * @param handle (string)
 */
export function barrierIncompleteSize(handle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BarrierIncompleteSize', [handle], options);
}

/** Options of {@link barrierInsertMany} (TensorFlow op `BarrierInsertMany`). */
export interface BarrierInsertManyOptions extends InputOpOptions {
  /** `component_index` (int). */
  componentIndex: number;
}

/**
 * TensorFlow op `BarrierInsertMany`.
 * @param handle (string)
 * @param keys (string)
 * @param values (dtype T)
 */
export function barrierInsertMany(handle: OutputLike, keys: OutputLike, values: OutputLike, options: BarrierInsertManyOptions): Operation {
  return opNoOutput('BarrierInsertMany', [handle, keys, values], options);
}

/**
 * TensorFlow op `BarrierReadySize`; outputs: size (int32).
 * @param handle (string)
 */
export function barrierReadySize(handle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BarrierReadySize', [handle], options);
}

/** Options of {@link barrierTakeMany} (TensorFlow op `BarrierTakeMany`). */
export interface BarrierTakeManyOptions extends InputOpOptions {
  /** `component_types` (list(type)). At least 1 item(s). */
  componentTypes: DType[];
  /** `allow_small_batch` (bool). Default false. */
  allowSmallBatch?: boolean;
  /** `wait_for_incomplete` (bool). Default false. */
  waitForIncomplete?: boolean;
  /** `timeout_ms` (int). Default -1. */
  timeoutMs?: number;
}

/**
 * TensorFlow op `BarrierTakeMany`; outputs: indices (int64), keys (string), values (list, dtypes component_types).
 * @param handle (string)
 * @param numElements (int32)
 */
export function barrierTakeMany(handle: OutputLike, numElements: OutputLike, options: BarrierTakeManyOptions): { indices: Output; keys: Output; values: Output[] } {
  return opOutputs<{ indices: Output; keys: Output; values: Output[] }>('BarrierTakeMany', [handle, numElements], options);
}

/** Options of {@link batch} (TensorFlow op `Batch`). */
export interface BatchOptions extends InputOpOptions {
  /** `num_batch_threads` (int). */
  numBatchThreads: number;
  /** `max_batch_size` (int). */
  maxBatchSize: number;
  /** `max_enqueued_batches` (int). Default 10. */
  maxEnqueuedBatches?: number;
  /** `batch_timeout_micros` (int). */
  batchTimeoutMicros: number;
  /** `allowed_batch_sizes` (list(int)). Default []. */
  allowedBatchSizes?: number[];
  /** `grad_timeout_micros` (int). */
  gradTimeoutMicros: number;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `batching_queue` (string). Default "". */
  batchingQueue?: string;
}

/**
 * TensorFlow op `Batch`; outputs: batched_tensors (list, dtypes T), batch_index (int64), id (int64).
 * @param inTensors (list, dtypes T)
 */
export function batch(inTensors: OutputLike[], options: BatchOptions): { batchedTensors: Output[]; batchIndex: Output; id: Output } {
  return opOutputs<{ batchedTensors: Output[]; batchIndex: Output; id: Output }>('Batch', [inTensors], options);
}

/** Options of {@link batchFunction} (TensorFlow op `BatchFunction`). */
export interface BatchFunctionOptions extends InputOpOptions {
  /** `f` (func). */
  f: string | FuncAttr;
  /** `num_batch_threads` (int). */
  numBatchThreads: number;
  /** `max_batch_size` (int). */
  maxBatchSize: number;
  /** `batch_timeout_micros` (int). */
  batchTimeoutMicros: number;
  /** `max_enqueued_batches` (int). Default 10. */
  maxEnqueuedBatches?: number;
  /** `allowed_batch_sizes` (list(int)). Default []. */
  allowedBatchSizes?: number[];
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `batching_queue` (string). Default "". */
  batchingQueue?: string;
  /** `low_priority_max_batch_size` (int). Default 0. */
  lowPriorityMaxBatchSize?: number;
  /** `low_priority_batch_timeout_micros` (int). Default 0. */
  lowPriorityBatchTimeoutMicros?: number;
  /** `low_priority_allowed_batch_sizes` (list(int)). Default []. */
  lowPriorityAllowedBatchSizes?: number[];
  /** `low_priority_max_enqueued_batches` (int). Default 0. */
  lowPriorityMaxEnqueuedBatches?: number;
  /** `mixed_priority_policy` (string). One of "low_priority_padding_with_max_batch_size", "low_priority_padding_with_next_allowed_batch_size", "priority_isolation", "priority_merge". Default "low_priority_padding_with_max_batch_size". */
  mixedPriorityPolicy?: string;
  /** `batch_padding_policy` (string). One of "PAD_UP", "BATCH_DOWN", "MINIMIZE_TPU_COST_PER_REQUEST". Default "PAD_UP". */
  batchPaddingPolicy?: string;
  /** `Tout` (list(type)). At least 1 item(s). */
  tout: DType[];
  /** `enable_large_batch_splitting` (bool). Default false. */
  enableLargeBatchSplitting?: boolean;
}

/**
 * TensorFlow op `BatchFunction`; outputs: out_tensors (list, dtypes Tout).
 * @param inTensors (list, dtypes Tin)
 * @param capturedTensors (list, dtypes Tcaptured)
 */
export function batchFunction(inTensors: OutputLike[], capturedTensors: OutputLike[], options: BatchFunctionOptions): Output[] {
  return opList('BatchFunction', [inTensors, capturedTensors], options);
}

/** Options of {@link batchMatMul} (TensorFlow op `BatchMatMul`). */
export interface BatchMatMulOptions extends InputOpOptions {
  /** `adj_x` (bool). Default false. */
  adjX?: boolean;
  /** `adj_y` (bool). Default false. */
  adjY?: boolean;
  /** `grad_x` (bool). Default false. */
  gradX?: boolean;
  /** `grad_y` (bool). Default false. */
  gradY?: boolean;
}

/**
 * TensorFlow op `BatchMatMul`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64, int32, int64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function batchMatMul(x: OutputLike, y: OutputLike, options: BatchMatMulOptions = {}): Output {
  return op1('BatchMatMul', [x, y], options);
}

/** Options of {@link batchMatMulV2} (TensorFlow op `BatchMatMulV2`). */
export interface BatchMatMulV2Options extends InputOpOptions {
  /** `adj_x` (bool). Default false. */
  adjX?: boolean;
  /** `adj_y` (bool). Default false. */
  adjY?: boolean;
  /** `grad_x` (bool). Default false. */
  gradX?: boolean;
  /** `grad_y` (bool). Default false. */
  gradY?: boolean;
}

/**
 * TensorFlow op `BatchMatMulV2`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64, int16, int32, int64, uint8, uint16, uint32, uint64, complex64, complex128.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function batchMatMulV2(x: OutputLike, y: OutputLike, options: BatchMatMulV2Options = {}): Output {
  return op1('BatchMatMulV2', [x, y], options);
}

/** Options of {@link batchMatMulV3} (TensorFlow op `BatchMatMulV3`). */
export interface BatchMatMulV3Options extends InputOpOptions {
  /** `Tout` (type). One of bfloat16, float16, float32, float64, int16, int32, int64, complex64, complex128. */
  tout: DType;
  /** `adj_x` (bool). Default false. */
  adjX?: boolean;
  /** `adj_y` (bool). Default false. */
  adjY?: boolean;
  /** `grad_x` (bool). Default false. */
  gradX?: boolean;
  /** `grad_y` (bool). Default false. */
  gradY?: boolean;
}

/**
 * TensorFlow op `BatchMatMulV3`; outputs: output (dtype Tout).
 * Ta: one of bfloat16, float16, float32, float64, uint8, int8, int16, int32, int64, complex64, complex128.
 * Tb: one of bfloat16, float16, float32, float64, uint8, int8, int16, int32, int64, complex64, complex128.
 * @param x (dtype Ta)
 * @param y (dtype Tb)
 */
export function batchMatMulV3(x: OutputLike, y: OutputLike, options: BatchMatMulV3Options): Output {
  return op1('BatchMatMulV3', [x, y], options);
}

/** Options of {@link batchToSpace} (TensorFlow op `BatchToSpace`). */
export interface BatchToSpaceOptions extends InputOpOptions {
  /** `block_size` (int). Minimum 2. */
  blockSize: number;
}

/**
 * TensorFlow op `BatchToSpace`; outputs: output (dtype T).
 * Tidx: one of int32, int64.
 * @param input (dtype T)
 * @param crops (dtype Tidx)
 */
export function batchToSpace(input: OutputLike, crops: OutputLike, options: BatchToSpaceOptions): Output {
  return op1('BatchToSpace', [input, crops], options);
}

/**
 * TensorFlow op `BatchToSpaceND`; outputs: output (dtype T).
 * Tblock_shape: one of int32, int64.
 * Tcrops: one of int32, int64.
 * @param input (dtype T)
 * @param blockShape (dtype Tblock_shape)
 * @param crops (dtype Tcrops)
 */
export function batchToSpaceND(input: OutputLike, blockShape: OutputLike, crops: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BatchToSpaceND', [input, blockShape, crops], options);
}

/**
 * TensorFlow op `BesselI0`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function besselI0(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BesselI0', [x], options);
}

/**
 * TensorFlow op `BesselI0e`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function besselI0e(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BesselI0e', [x], options);
}

/**
 * TensorFlow op `BesselI1`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function besselI1(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BesselI1', [x], options);
}

/**
 * TensorFlow op `BesselI1e`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function besselI1e(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BesselI1e', [x], options);
}

/**
 * TensorFlow op `BesselJ0`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function besselJ0(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BesselJ0', [x], options);
}

/**
 * TensorFlow op `BesselJ1`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function besselJ1(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BesselJ1', [x], options);
}

/**
 * TensorFlow op `BesselK0`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function besselK0(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BesselK0', [x], options);
}

/**
 * TensorFlow op `BesselK0e`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function besselK0e(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BesselK0e', [x], options);
}

/**
 * TensorFlow op `BesselK1`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function besselK1(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BesselK1', [x], options);
}

/**
 * TensorFlow op `BesselK1e`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function besselK1e(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BesselK1e', [x], options);
}

/**
 * TensorFlow op `BesselY0`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function besselY0(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BesselY0', [x], options);
}

/**
 * TensorFlow op `BesselY1`; outputs: y (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param x (dtype T)
 */
export function besselY1(x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BesselY1', [x], options);
}

/**
 * TensorFlow op `Betainc`; outputs: z (dtype T).
 * T: one of float32, float64.
 * @param a (dtype T)
 * @param b (dtype T)
 * @param x (dtype T)
 */
export function betainc(a: OutputLike, b: OutputLike, x: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Betainc', [a, b, x], options);
}

/**
 * TensorFlow op `Bincount`; outputs: bins (dtype T).
 * T: one of int32, int64, float32, float64.
 * @param arr (int32)
 * @param size (int32)
 * @param weights (dtype T)
 */
export function bincount(arr: OutputLike, size: OutputLike, weights: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Bincount', [arr, size, weights], options);
}

/** Options of {@link bitcast} (TensorFlow op `Bitcast`). */
export interface BitcastOptions extends InputOpOptions {
  /** `type` (type). One of bfloat16, float16, float32, float64, int64, int32, uint8, uint16, uint32, uint64, int8, int16, complex64, complex128, qint8, quint8, qint16, quint16, qint32. */
  type: DType;
}

/**
 * TensorFlow op `Bitcast`; outputs: output (dtype type).
 * T: one of bfloat16, float16, float32, float64, int64, int32, uint8, uint16, uint32, uint64, int8, int16, complex64, complex128, qint8, quint8, qint16, quint16, qint32.
 * @param input (dtype T)
 */
export function bitcast(input: OutputLike, options: BitcastOptions): Output {
  return op1('Bitcast', [input], options);
}

/**
 * TensorFlow op `BitwiseAnd`; outputs: z (dtype T).
 * T: one of int8, int16, int32, int64, uint8, uint16, uint32, uint64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function bitwiseAnd(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BitwiseAnd', [x, y], options);
}

/**
 * TensorFlow op `BitwiseOr`; outputs: z (dtype T).
 * T: one of int8, int16, int32, int64, uint8, uint16, uint32, uint64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function bitwiseOr(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BitwiseOr', [x, y], options);
}

/**
 * TensorFlow op `BitwiseXor`; outputs: z (dtype T).
 * T: one of int8, int16, int32, int64, uint8, uint16, uint32, uint64.
 * @param x (dtype T)
 * @param y (dtype T)
 */
export function bitwiseXor(x: OutputLike, y: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BitwiseXor', [x, y], options);
}

/** Options of {@link blockLSTM} (TensorFlow op `BlockLSTM`). */
export interface BlockLSTMOptions extends InputOpOptions {
  /** `forget_bias` (float). Default 1. */
  forgetBias?: number;
  /** `cell_clip` (float). Default 3. */
  cellClip?: number;
  /** `use_peephole` (bool). Default false. */
  usePeephole?: boolean;
}

/**
 * TensorFlow op `BlockLSTM`; outputs: i (dtype T), cs (dtype T), f (dtype T), o (dtype T), ci (dtype T), co (dtype T), h (dtype T).
 * T: one of float16, float32.
 * @param seqLenMax (int64)
 * @param x (dtype T)
 * @param csPrev (dtype T)
 * @param hPrev (dtype T)
 * @param w (dtype T)
 * @param wci (dtype T)
 * @param wcf (dtype T)
 * @param wco (dtype T)
 * @param b (dtype T)
 */
export function blockLSTM(seqLenMax: OutputLike, x: OutputLike, csPrev: OutputLike, hPrev: OutputLike, w: OutputLike, wci: OutputLike, wcf: OutputLike, wco: OutputLike, b: OutputLike, options: BlockLSTMOptions = {}): { i: Output; cs: Output; f: Output; o: Output; ci: Output; co: Output; h: Output } {
  return opOutputs<{ i: Output; cs: Output; f: Output; o: Output; ci: Output; co: Output; h: Output }>('BlockLSTM', [seqLenMax, x, csPrev, hPrev, w, wci, wcf, wco, b], options);
}

/** Options of {@link blockLSTMGrad} (TensorFlow op `BlockLSTMGrad`). */
export interface BlockLSTMGradOptions extends InputOpOptions {
  /** `use_peephole` (bool). */
  usePeephole: boolean;
}

/**
 * TensorFlow op `BlockLSTMGrad`; outputs: x_grad (dtype T), cs_prev_grad (dtype T), h_prev_grad (dtype T), w_grad (dtype T), wci_grad (dtype T), wcf_grad (dtype T), wco_grad (dtype T), b_grad (dtype T).
 * T: one of float16, float32.
 * @param seqLenMax (int64)
 * @param x (dtype T)
 * @param csPrev (dtype T)
 * @param hPrev (dtype T)
 * @param w (dtype T)
 * @param wci (dtype T)
 * @param wcf (dtype T)
 * @param wco (dtype T)
 * @param b (dtype T)
 * @param i (dtype T)
 * @param cs (dtype T)
 * @param f (dtype T)
 * @param o (dtype T)
 * @param ci (dtype T)
 * @param co (dtype T)
 * @param h (dtype T)
 * @param csGrad (dtype T)
 * @param hGrad (dtype T)
 */
export function blockLSTMGrad(seqLenMax: OutputLike, x: OutputLike, csPrev: OutputLike, hPrev: OutputLike, w: OutputLike, wci: OutputLike, wcf: OutputLike, wco: OutputLike, b: OutputLike, i: OutputLike, cs: OutputLike, f: OutputLike, o: OutputLike, ci: OutputLike, co: OutputLike, h: OutputLike, csGrad: OutputLike, hGrad: OutputLike, options: BlockLSTMGradOptions): { xGrad: Output; csPrevGrad: Output; hPrevGrad: Output; wGrad: Output; wciGrad: Output; wcfGrad: Output; wcoGrad: Output; bGrad: Output } {
  return opOutputs<{ xGrad: Output; csPrevGrad: Output; hPrevGrad: Output; wGrad: Output; wciGrad: Output; wcfGrad: Output; wcoGrad: Output; bGrad: Output }>('BlockLSTMGrad', [seqLenMax, x, csPrev, hPrev, w, wci, wcf, wco, b, i, cs, f, o, ci, co, h, csGrad, hGrad], options);
}

/** Options of {@link blockLSTMGradV2} (TensorFlow op `BlockLSTMGradV2`). */
export interface BlockLSTMGradV2Options extends InputOpOptions {
  /** `use_peephole` (bool). */
  usePeephole: boolean;
}

/**
 * TensorFlow op `BlockLSTMGradV2`; outputs: x_grad (dtype T), cs_prev_grad (dtype T), h_prev_grad (dtype T), w_grad (dtype T), wci_grad (dtype T), wcf_grad (dtype T), wco_grad (dtype T), b_grad (dtype T).
 * T: one of float16, float32.
 * @param seqLenMax (int64)
 * @param x (dtype T)
 * @param csPrev (dtype T)
 * @param hPrev (dtype T)
 * @param w (dtype T)
 * @param wci (dtype T)
 * @param wcf (dtype T)
 * @param wco (dtype T)
 * @param b (dtype T)
 * @param i (dtype T)
 * @param cs (dtype T)
 * @param f (dtype T)
 * @param o (dtype T)
 * @param ci (dtype T)
 * @param co (dtype T)
 * @param h (dtype T)
 * @param csGrad (dtype T)
 * @param hGrad (dtype T)
 */
export function blockLSTMGradV2(seqLenMax: OutputLike, x: OutputLike, csPrev: OutputLike, hPrev: OutputLike, w: OutputLike, wci: OutputLike, wcf: OutputLike, wco: OutputLike, b: OutputLike, i: OutputLike, cs: OutputLike, f: OutputLike, o: OutputLike, ci: OutputLike, co: OutputLike, h: OutputLike, csGrad: OutputLike, hGrad: OutputLike, options: BlockLSTMGradV2Options): { xGrad: Output; csPrevGrad: Output; hPrevGrad: Output; wGrad: Output; wciGrad: Output; wcfGrad: Output; wcoGrad: Output; bGrad: Output } {
  return opOutputs<{ xGrad: Output; csPrevGrad: Output; hPrevGrad: Output; wGrad: Output; wciGrad: Output; wcfGrad: Output; wcoGrad: Output; bGrad: Output }>('BlockLSTMGradV2', [seqLenMax, x, csPrev, hPrev, w, wci, wcf, wco, b, i, cs, f, o, ci, co, h, csGrad, hGrad], options);
}

/** Options of {@link blockLSTMV2} (TensorFlow op `BlockLSTMV2`). */
export interface BlockLSTMV2Options extends InputOpOptions {
  /** `cell_clip` (float). Default 0. */
  cellClip?: number;
  /** `use_peephole` (bool). Default false. */
  usePeephole?: boolean;
}

/**
 * TensorFlow op `BlockLSTMV2`; outputs: i (dtype T), cs (dtype T), f (dtype T), o (dtype T), ci (dtype T), co (dtype T), h (dtype T).
 * T: one of float16, float32.
 * @param seqLenMax (int64)
 * @param x (dtype T)
 * @param csPrev (dtype T)
 * @param hPrev (dtype T)
 * @param w (dtype T)
 * @param wci (dtype T)
 * @param wcf (dtype T)
 * @param wco (dtype T)
 * @param b (dtype T)
 */
export function blockLSTMV2(seqLenMax: OutputLike, x: OutputLike, csPrev: OutputLike, hPrev: OutputLike, w: OutputLike, wci: OutputLike, wcf: OutputLike, wco: OutputLike, b: OutputLike, options: BlockLSTMV2Options = {}): { i: Output; cs: Output; f: Output; o: Output; ci: Output; co: Output; h: Output } {
  return opOutputs<{ i: Output; cs: Output; f: Output; o: Output; ci: Output; co: Output; h: Output }>('BlockLSTMV2', [seqLenMax, x, csPrev, hPrev, w, wci, wcf, wco, b], options);
}

/** Options of {@link boostedTreesAggregateStats} (TensorFlow op `BoostedTreesAggregateStats`). */
export interface BoostedTreesAggregateStatsOptions extends InputOpOptions {
  /** `max_splits` (int). Minimum 1. */
  maxSplits: number;
  /** `num_buckets` (int). Minimum 1. */
  numBuckets: number;
}

/**
 * TensorFlow op `BoostedTreesAggregateStats`; outputs: stats_summary (float32).
 * @param nodeIds (int32)
 * @param gradients (float32)
 * @param hessians (float32)
 * @param feature (int32)
 */
export function boostedTreesAggregateStats(nodeIds: OutputLike, gradients: OutputLike, hessians: OutputLike, feature: OutputLike, options: BoostedTreesAggregateStatsOptions): Output {
  return op1('BoostedTreesAggregateStats', [nodeIds, gradients, hessians, feature], options);
}

/**
 * TensorFlow op `BoostedTreesBucketize`; outputs: buckets (list of num_features, int32).
 * @param floatValues (list of num_features, float32)
 * @param bucketBoundaries (list of num_features, float32)
 */
export function boostedTreesBucketize(floatValues: OutputLike[], bucketBoundaries: OutputLike[], options: InputOpOptions = {}): Output[] {
  return opList('BoostedTreesBucketize', [floatValues, bucketBoundaries], options);
}

/** Options of {@link boostedTreesCalculateBestFeatureSplit} (TensorFlow op `BoostedTreesCalculateBestFeatureSplit`). */
export interface BoostedTreesCalculateBestFeatureSplitOptions extends InputOpOptions {
  /** `logits_dimension` (int). Minimum 1. */
  logitsDimension: number;
  /** `split_type` (string). One of "inequality", "equality". Default "inequality". */
  splitType?: string;
}

/**
 * TensorFlow op `BoostedTreesCalculateBestFeatureSplit`; outputs: node_ids (int32), gains (float32), feature_dimensions (int32), thresholds (int32), left_node_contribs (float32), right_node_contribs (float32), split_with_default_directions (string).
 * @param nodeIdRange (int32)
 * @param statsSummary (float32)
 * @param l1 (float32)
 * @param l2 (float32)
 * @param treeComplexity (float32)
 * @param minNodeWeight (float32)
 */
export function boostedTreesCalculateBestFeatureSplit(nodeIdRange: OutputLike, statsSummary: OutputLike, l1: OutputLike, l2: OutputLike, treeComplexity: OutputLike, minNodeWeight: OutputLike, options: BoostedTreesCalculateBestFeatureSplitOptions): { nodeIds: Output; gains: Output; featureDimensions: Output; thresholds: Output; leftNodeContribs: Output; rightNodeContribs: Output; splitWithDefaultDirections: Output } {
  return opOutputs<{ nodeIds: Output; gains: Output; featureDimensions: Output; thresholds: Output; leftNodeContribs: Output; rightNodeContribs: Output; splitWithDefaultDirections: Output }>('BoostedTreesCalculateBestFeatureSplit', [nodeIdRange, statsSummary, l1, l2, treeComplexity, minNodeWeight], options);
}

/** Options of {@link boostedTreesCalculateBestFeatureSplitV2} (TensorFlow op `BoostedTreesCalculateBestFeatureSplitV2`). */
export interface BoostedTreesCalculateBestFeatureSplitV2Options extends InputOpOptions {
  /** `logits_dimension` (int). Minimum 1. */
  logitsDimension: number;
}

/**
 * TensorFlow op `BoostedTreesCalculateBestFeatureSplitV2`; outputs: node_ids (int32), gains (float32), feature_ids (int32), feature_dimensions (int32), thresholds (int32), left_node_contribs (float32), right_node_contribs (float32), split_with_default_directions (string).
 * @param nodeIdRange (int32)
 * @param statsSummariesList (list of num_features, float32)
 * @param splitTypes (string)
 * @param candidateFeatureIds (int32)
 * @param l1 (float32)
 * @param l2 (float32)
 * @param treeComplexity (float32)
 * @param minNodeWeight (float32)
 */
export function boostedTreesCalculateBestFeatureSplitV2(nodeIdRange: OutputLike, statsSummariesList: OutputLike[], splitTypes: OutputLike, candidateFeatureIds: OutputLike, l1: OutputLike, l2: OutputLike, treeComplexity: OutputLike, minNodeWeight: OutputLike, options: BoostedTreesCalculateBestFeatureSplitV2Options): { nodeIds: Output; gains: Output; featureIds: Output; featureDimensions: Output; thresholds: Output; leftNodeContribs: Output; rightNodeContribs: Output; splitWithDefaultDirections: Output } {
  return opOutputs<{ nodeIds: Output; gains: Output; featureIds: Output; featureDimensions: Output; thresholds: Output; leftNodeContribs: Output; rightNodeContribs: Output; splitWithDefaultDirections: Output }>('BoostedTreesCalculateBestFeatureSplitV2', [nodeIdRange, statsSummariesList, splitTypes, candidateFeatureIds, l1, l2, treeComplexity, minNodeWeight], options);
}

/** Options of {@link boostedTreesCalculateBestGainsPerFeature} (TensorFlow op `BoostedTreesCalculateBestGainsPerFeature`). */
export interface BoostedTreesCalculateBestGainsPerFeatureOptions extends InputOpOptions {
  /** `max_splits` (int). Minimum 1. */
  maxSplits: number;
}

/**
 * TensorFlow op `BoostedTreesCalculateBestGainsPerFeature`; outputs: node_ids_list (list of num_features, int32), gains_list (list of num_features, float32), thresholds_list (list of num_features, int32), left_node_contribs_list (list of num_features, float32), right_node_contribs_list (list of num_features, float32).
 * @param nodeIdRange (int32)
 * @param statsSummaryList (list of num_features, float32)
 * @param l1 (float32)
 * @param l2 (float32)
 * @param treeComplexity (float32)
 * @param minNodeWeight (float32)
 */
export function boostedTreesCalculateBestGainsPerFeature(nodeIdRange: OutputLike, statsSummaryList: OutputLike[], l1: OutputLike, l2: OutputLike, treeComplexity: OutputLike, minNodeWeight: OutputLike, options: BoostedTreesCalculateBestGainsPerFeatureOptions): { nodeIdsList: Output[]; gainsList: Output[]; thresholdsList: Output[]; leftNodeContribsList: Output[]; rightNodeContribsList: Output[] } {
  return opOutputs<{ nodeIdsList: Output[]; gainsList: Output[]; thresholdsList: Output[]; leftNodeContribsList: Output[]; rightNodeContribsList: Output[] }>('BoostedTreesCalculateBestGainsPerFeature', [nodeIdRange, statsSummaryList, l1, l2, treeComplexity, minNodeWeight], options);
}

/**
 * TensorFlow op `BoostedTreesCenterBias`; outputs: continue_centering (bool).
 * @param treeEnsembleHandle (resource)
 * @param meanGradients (float32)
 * @param meanHessians (float32)
 * @param l1 (float32)
 * @param l2 (float32)
 */
export function boostedTreesCenterBias(treeEnsembleHandle: OutputLike, meanGradients: OutputLike, meanHessians: OutputLike, l1: OutputLike, l2: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BoostedTreesCenterBias', [treeEnsembleHandle, meanGradients, meanHessians, l1, l2], options);
}

/**
 * TensorFlow op `BoostedTreesCreateEnsemble`.
 * @param treeEnsembleHandle (resource)
 * @param stampToken (int64)
 * @param treeEnsembleSerialized (string)
 */
export function boostedTreesCreateEnsemble(treeEnsembleHandle: OutputLike, stampToken: OutputLike, treeEnsembleSerialized: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('BoostedTreesCreateEnsemble', [treeEnsembleHandle, stampToken, treeEnsembleSerialized], options);
}

/** Options of {@link boostedTreesCreateQuantileStreamResource} (TensorFlow op `BoostedTreesCreateQuantileStreamResource`). */
export interface BoostedTreesCreateQuantileStreamResourceOptions extends InputOpOptions {
  /** `max_elements` (int). Default 1099511627776. */
  maxElements?: number;
}

/**
 * TensorFlow op `BoostedTreesCreateQuantileStreamResource`.
 * @param quantileStreamResourceHandle (resource)
 * @param epsilon (float32)
 * @param numStreams (int64)
 */
export function boostedTreesCreateQuantileStreamResource(quantileStreamResourceHandle: OutputLike, epsilon: OutputLike, numStreams: OutputLike, options: BoostedTreesCreateQuantileStreamResourceOptions = {}): Operation {
  return opNoOutput('BoostedTreesCreateQuantileStreamResource', [quantileStreamResourceHandle, epsilon, numStreams], options);
}

/**
 * TensorFlow op `BoostedTreesDeserializeEnsemble`.
 * @param treeEnsembleHandle (resource)
 * @param stampToken (int64)
 * @param treeEnsembleSerialized (string)
 */
export function boostedTreesDeserializeEnsemble(treeEnsembleHandle: OutputLike, stampToken: OutputLike, treeEnsembleSerialized: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('BoostedTreesDeserializeEnsemble', [treeEnsembleHandle, stampToken, treeEnsembleSerialized], options);
}

/** Options of {@link boostedTreesEnsembleResourceHandleOp} (TensorFlow op `BoostedTreesEnsembleResourceHandleOp`). */
export interface BoostedTreesEnsembleResourceHandleOpOptions extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `BoostedTreesEnsembleResourceHandleOp`; outputs: resource (resource). */
export function boostedTreesEnsembleResourceHandleOp(graph: Graph, options: BoostedTreesEnsembleResourceHandleOpOptions = {}): Output {
  return op1('BoostedTreesEnsembleResourceHandleOp', graph, options);
}

/** Options of {@link boostedTreesExampleDebugOutputs} (TensorFlow op `BoostedTreesExampleDebugOutputs`). */
export interface BoostedTreesExampleDebugOutputsOptions extends InputOpOptions {
  /** `logits_dimension` (int). */
  logitsDimension: number;
}

/**
 * TensorFlow op `BoostedTreesExampleDebugOutputs`; outputs: examples_debug_outputs_serialized (string).
 * @param treeEnsembleHandle (resource)
 * @param bucketizedFeatures (list of num_bucketized_features, int32)
 */
export function boostedTreesExampleDebugOutputs(treeEnsembleHandle: OutputLike, bucketizedFeatures: OutputLike[], options: BoostedTreesExampleDebugOutputsOptions): Output {
  return op1('BoostedTreesExampleDebugOutputs', [treeEnsembleHandle, bucketizedFeatures], options);
}

/** Options of {@link boostedTreesFlushQuantileSummaries} (TensorFlow op `BoostedTreesFlushQuantileSummaries`). */
export interface BoostedTreesFlushQuantileSummariesOptions extends InputOpOptions {
  /** `num_features` (int). Minimum 0. */
  numFeatures: number;
}

/**
 * TensorFlow op `BoostedTreesFlushQuantileSummaries`; outputs: summaries (list of num_features, float32).
 * @param quantileStreamResourceHandle (resource)
 */
export function boostedTreesFlushQuantileSummaries(quantileStreamResourceHandle: OutputLike, options: BoostedTreesFlushQuantileSummariesOptions): Output[] {
  return opList('BoostedTreesFlushQuantileSummaries', [quantileStreamResourceHandle], options);
}

/**
 * TensorFlow op `BoostedTreesGetEnsembleStates`; outputs: stamp_token (int64), num_trees (int32), num_finalized_trees (int32), num_attempted_layers (int32), last_layer_nodes_range (int32).
 * @param treeEnsembleHandle (resource)
 */
export function boostedTreesGetEnsembleStates(treeEnsembleHandle: OutputLike, options: InputOpOptions = {}): { stampToken: Output; numTrees: Output; numFinalizedTrees: Output; numAttemptedLayers: Output; lastLayerNodesRange: Output } {
  return opOutputs<{ stampToken: Output; numTrees: Output; numFinalizedTrees: Output; numAttemptedLayers: Output; lastLayerNodesRange: Output }>('BoostedTreesGetEnsembleStates', [treeEnsembleHandle], options);
}

/**
 * TensorFlow op `BoostedTreesMakeQuantileSummaries`; outputs: summaries (list of num_features, float32).
 * @param floatValues (list of num_features, float32)
 * @param exampleWeights (float32)
 * @param epsilon (float32)
 */
export function boostedTreesMakeQuantileSummaries(floatValues: OutputLike[], exampleWeights: OutputLike, epsilon: OutputLike, options: InputOpOptions = {}): Output[] {
  return opList('BoostedTreesMakeQuantileSummaries', [floatValues, exampleWeights, epsilon], options);
}

/** Options of {@link boostedTreesMakeStatsSummary} (TensorFlow op `BoostedTreesMakeStatsSummary`). */
export interface BoostedTreesMakeStatsSummaryOptions extends InputOpOptions {
  /** `max_splits` (int). Minimum 1. */
  maxSplits: number;
  /** `num_buckets` (int). Minimum 1. */
  numBuckets: number;
}

/**
 * TensorFlow op `BoostedTreesMakeStatsSummary`; outputs: stats_summary (float32).
 * @param nodeIds (int32)
 * @param gradients (float32)
 * @param hessians (float32)
 * @param bucketizedFeaturesList (list of num_features, int32)
 */
export function boostedTreesMakeStatsSummary(nodeIds: OutputLike, gradients: OutputLike, hessians: OutputLike, bucketizedFeaturesList: OutputLike[], options: BoostedTreesMakeStatsSummaryOptions): Output {
  return op1('BoostedTreesMakeStatsSummary', [nodeIds, gradients, hessians, bucketizedFeaturesList], options);
}

/** Options of {@link boostedTreesPredict} (TensorFlow op `BoostedTreesPredict`). */
export interface BoostedTreesPredictOptions extends InputOpOptions {
  /** `logits_dimension` (int). */
  logitsDimension: number;
}

/**
 * TensorFlow op `BoostedTreesPredict`; outputs: logits (float32).
 * @param treeEnsembleHandle (resource)
 * @param bucketizedFeatures (list of num_bucketized_features, int32)
 */
export function boostedTreesPredict(treeEnsembleHandle: OutputLike, bucketizedFeatures: OutputLike[], options: BoostedTreesPredictOptions): Output {
  return op1('BoostedTreesPredict', [treeEnsembleHandle, bucketizedFeatures], options);
}

/**
 * TensorFlow op `BoostedTreesQuantileStreamResourceAddSummaries`.
 * @param quantileStreamResourceHandle (resource)
 * @param summaries (list of num_features, float32)
 */
export function boostedTreesQuantileStreamResourceAddSummaries(quantileStreamResourceHandle: OutputLike, summaries: OutputLike[], options: InputOpOptions = {}): Operation {
  return opNoOutput('BoostedTreesQuantileStreamResourceAddSummaries', [quantileStreamResourceHandle, summaries], options);
}

/**
 * TensorFlow op `BoostedTreesQuantileStreamResourceDeserialize`.
 * @param quantileStreamResourceHandle (resource)
 * @param bucketBoundaries (list of num_streams, float32)
 */
export function boostedTreesQuantileStreamResourceDeserialize(quantileStreamResourceHandle: OutputLike, bucketBoundaries: OutputLike[], options: InputOpOptions = {}): Operation {
  return opNoOutput('BoostedTreesQuantileStreamResourceDeserialize', [quantileStreamResourceHandle, bucketBoundaries], options);
}

/** Options of {@link boostedTreesQuantileStreamResourceFlush} (TensorFlow op `BoostedTreesQuantileStreamResourceFlush`). */
export interface BoostedTreesQuantileStreamResourceFlushOptions extends InputOpOptions {
  /** `generate_quantiles` (bool). Default false. */
  generateQuantiles?: boolean;
}

/**
 * TensorFlow op `BoostedTreesQuantileStreamResourceFlush`.
 * @param quantileStreamResourceHandle (resource)
 * @param numBuckets (int64)
 */
export function boostedTreesQuantileStreamResourceFlush(quantileStreamResourceHandle: OutputLike, numBuckets: OutputLike, options: BoostedTreesQuantileStreamResourceFlushOptions = {}): Operation {
  return opNoOutput('BoostedTreesQuantileStreamResourceFlush', [quantileStreamResourceHandle, numBuckets], options);
}

/** Options of {@link boostedTreesQuantileStreamResourceGetBucketBoundaries} (TensorFlow op `BoostedTreesQuantileStreamResourceGetBucketBoundaries`). */
export interface BoostedTreesQuantileStreamResourceGetBucketBoundariesOptions extends InputOpOptions {
  /** `num_features` (int). Minimum 0. */
  numFeatures: number;
}

/**
 * TensorFlow op `BoostedTreesQuantileStreamResourceGetBucketBoundaries`; outputs: bucket_boundaries (list of num_features, float32).
 * @param quantileStreamResourceHandle (resource)
 */
export function boostedTreesQuantileStreamResourceGetBucketBoundaries(quantileStreamResourceHandle: OutputLike, options: BoostedTreesQuantileStreamResourceGetBucketBoundariesOptions): Output[] {
  return opList('BoostedTreesQuantileStreamResourceGetBucketBoundaries', [quantileStreamResourceHandle], options);
}

/** Options of {@link boostedTreesQuantileStreamResourceHandleOp} (TensorFlow op `BoostedTreesQuantileStreamResourceHandleOp`). */
export interface BoostedTreesQuantileStreamResourceHandleOpOptions extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `BoostedTreesQuantileStreamResourceHandleOp`; outputs: resource (resource). */
export function boostedTreesQuantileStreamResourceHandleOp(graph: Graph, options: BoostedTreesQuantileStreamResourceHandleOpOptions = {}): Output {
  return op1('BoostedTreesQuantileStreamResourceHandleOp', graph, options);
}

/**
 * TensorFlow op `BoostedTreesSerializeEnsemble`; outputs: stamp_token (int64), tree_ensemble_serialized (string).
 * @param treeEnsembleHandle (resource)
 */
export function boostedTreesSerializeEnsemble(treeEnsembleHandle: OutputLike, options: InputOpOptions = {}): { stampToken: Output; treeEnsembleSerialized: Output } {
  return opOutputs<{ stampToken: Output; treeEnsembleSerialized: Output }>('BoostedTreesSerializeEnsemble', [treeEnsembleHandle], options);
}

/** Options of {@link boostedTreesSparseAggregateStats} (TensorFlow op `BoostedTreesSparseAggregateStats`). */
export interface BoostedTreesSparseAggregateStatsOptions extends InputOpOptions {
  /** `max_splits` (int). Minimum 1. */
  maxSplits: number;
  /** `num_buckets` (int). Minimum 1. */
  numBuckets: number;
}

/**
 * TensorFlow op `BoostedTreesSparseAggregateStats`; outputs: stats_summary_indices (int32), stats_summary_values (float32), stats_summary_shape (int32).
 * @param nodeIds (int32)
 * @param gradients (float32)
 * @param hessians (float32)
 * @param featureIndices (int32)
 * @param featureValues (int32)
 * @param featureShape (int32)
 */
export function boostedTreesSparseAggregateStats(nodeIds: OutputLike, gradients: OutputLike, hessians: OutputLike, featureIndices: OutputLike, featureValues: OutputLike, featureShape: OutputLike, options: BoostedTreesSparseAggregateStatsOptions): { statsSummaryIndices: Output; statsSummaryValues: Output; statsSummaryShape: Output } {
  return opOutputs<{ statsSummaryIndices: Output; statsSummaryValues: Output; statsSummaryShape: Output }>('BoostedTreesSparseAggregateStats', [nodeIds, gradients, hessians, featureIndices, featureValues, featureShape], options);
}

/** Options of {@link boostedTreesSparseCalculateBestFeatureSplit} (TensorFlow op `BoostedTreesSparseCalculateBestFeatureSplit`). */
export interface BoostedTreesSparseCalculateBestFeatureSplitOptions extends InputOpOptions {
  /** `logits_dimension` (int). Minimum 1. */
  logitsDimension: number;
  /** `split_type` (string). One of "inequality". Default "inequality". */
  splitType?: string;
}

/**
 * TensorFlow op `BoostedTreesSparseCalculateBestFeatureSplit`; outputs: node_ids (int32), gains (float32), feature_dimensions (int32), thresholds (int32), left_node_contribs (float32), right_node_contribs (float32), split_with_default_directions (string).
 * @param nodeIdRange (int32)
 * @param statsSummaryIndices (int32)
 * @param statsSummaryValues (float32)
 * @param statsSummaryShape (int32)
 * @param l1 (float32)
 * @param l2 (float32)
 * @param treeComplexity (float32)
 * @param minNodeWeight (float32)
 */
export function boostedTreesSparseCalculateBestFeatureSplit(nodeIdRange: OutputLike, statsSummaryIndices: OutputLike, statsSummaryValues: OutputLike, statsSummaryShape: OutputLike, l1: OutputLike, l2: OutputLike, treeComplexity: OutputLike, minNodeWeight: OutputLike, options: BoostedTreesSparseCalculateBestFeatureSplitOptions): { nodeIds: Output; gains: Output; featureDimensions: Output; thresholds: Output; leftNodeContribs: Output; rightNodeContribs: Output; splitWithDefaultDirections: Output } {
  return opOutputs<{ nodeIds: Output; gains: Output; featureDimensions: Output; thresholds: Output; leftNodeContribs: Output; rightNodeContribs: Output; splitWithDefaultDirections: Output }>('BoostedTreesSparseCalculateBestFeatureSplit', [nodeIdRange, statsSummaryIndices, statsSummaryValues, statsSummaryShape, l1, l2, treeComplexity, minNodeWeight], options);
}

/** Options of {@link boostedTreesTrainingPredict} (TensorFlow op `BoostedTreesTrainingPredict`). */
export interface BoostedTreesTrainingPredictOptions extends InputOpOptions {
  /** `logits_dimension` (int). */
  logitsDimension: number;
}

/**
 * TensorFlow op `BoostedTreesTrainingPredict`; outputs: partial_logits (float32), tree_ids (int32), node_ids (int32).
 * @param treeEnsembleHandle (resource)
 * @param cachedTreeIds (int32)
 * @param cachedNodeIds (int32)
 * @param bucketizedFeatures (list of num_bucketized_features, int32)
 */
export function boostedTreesTrainingPredict(treeEnsembleHandle: OutputLike, cachedTreeIds: OutputLike, cachedNodeIds: OutputLike, bucketizedFeatures: OutputLike[], options: BoostedTreesTrainingPredictOptions): { partialLogits: Output; treeIds: Output; nodeIds: Output } {
  return opOutputs<{ partialLogits: Output; treeIds: Output; nodeIds: Output }>('BoostedTreesTrainingPredict', [treeEnsembleHandle, cachedTreeIds, cachedNodeIds, bucketizedFeatures], options);
}

/** Options of {@link boostedTreesUpdateEnsemble} (TensorFlow op `BoostedTreesUpdateEnsemble`). */
export interface BoostedTreesUpdateEnsembleOptions extends InputOpOptions {
  /** `pruning_mode` (int). Minimum 0. */
  pruningMode: number;
}

/**
 * TensorFlow op `BoostedTreesUpdateEnsemble`.
 * @param treeEnsembleHandle (resource)
 * @param featureIds (int32)
 * @param nodeIds (list of num_features, int32)
 * @param gains (list of num_features, float32)
 * @param thresholds (list of num_features, int32)
 * @param leftNodeContribs (list of num_features, float32)
 * @param rightNodeContribs (list of num_features, float32)
 * @param maxDepth (int32)
 * @param learningRate (float32)
 */
export function boostedTreesUpdateEnsemble(treeEnsembleHandle: OutputLike, featureIds: OutputLike, nodeIds: OutputLike[], gains: OutputLike[], thresholds: OutputLike[], leftNodeContribs: OutputLike[], rightNodeContribs: OutputLike[], maxDepth: OutputLike, learningRate: OutputLike, options: BoostedTreesUpdateEnsembleOptions): Operation {
  return opNoOutput('BoostedTreesUpdateEnsemble', [treeEnsembleHandle, featureIds, nodeIds, gains, thresholds, leftNodeContribs, rightNodeContribs, maxDepth, learningRate], options);
}

/** Options of {@link boostedTreesUpdateEnsembleV2} (TensorFlow op `BoostedTreesUpdateEnsembleV2`). */
export interface BoostedTreesUpdateEnsembleV2Options extends InputOpOptions {
  /** `logits_dimension` (int). Default 1. */
  logitsDimension?: number;
}

/**
 * TensorFlow op `BoostedTreesUpdateEnsembleV2`.
 * @param treeEnsembleHandle (resource)
 * @param featureIds (list of num_groups, int32)
 * @param dimensionIds (list of num_features, int32)
 * @param nodeIds (list of num_features, int32)
 * @param gains (list of num_features, float32)
 * @param thresholds (list of num_features, int32)
 * @param leftNodeContribs (list of num_features, float32)
 * @param rightNodeContribs (list of num_features, float32)
 * @param splitTypes (list of num_features, string)
 * @param maxDepth (int32)
 * @param learningRate (float32)
 * @param pruningMode (int32)
 */
export function boostedTreesUpdateEnsembleV2(treeEnsembleHandle: OutputLike, featureIds: OutputLike[], dimensionIds: OutputLike[], nodeIds: OutputLike[], gains: OutputLike[], thresholds: OutputLike[], leftNodeContribs: OutputLike[], rightNodeContribs: OutputLike[], splitTypes: OutputLike[], maxDepth: OutputLike, learningRate: OutputLike, pruningMode: OutputLike, options: BoostedTreesUpdateEnsembleV2Options = {}): Operation {
  return opNoOutput('BoostedTreesUpdateEnsembleV2', [treeEnsembleHandle, featureIds, dimensionIds, nodeIds, gains, thresholds, leftNodeContribs, rightNodeContribs, splitTypes, maxDepth, learningRate, pruningMode], options);
}

/**
 * TensorFlow op `BroadcastArgs`; outputs: r0 (dtype T).
 * T: one of int32, int64.
 * @param s0 (dtype T)
 * @param s1 (dtype T)
 */
export function broadcastArgs(s0: OutputLike, s1: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BroadcastArgs', [s0, s1], options);
}

/**
 * TensorFlow op `BroadcastGradientArgs`; outputs: r0 (dtype T), r1 (dtype T).
 * T: one of int32, int64.
 * @param s0 (dtype T)
 * @param s1 (dtype T)
 */
export function broadcastGradientArgs(s0: OutputLike, s1: OutputLike, options: InputOpOptions = {}): { r0: Output; r1: Output } {
  return opOutputs<{ r0: Output; r1: Output }>('BroadcastGradientArgs', [s0, s1], options);
}

/**
 * TensorFlow op `BroadcastTo`; outputs: output (dtype T).
 * Tidx: one of int32, int64.
 * @param input (dtype T)
 * @param shape (dtype Tidx)
 */
export function broadcastTo(input: OutputLike, shape: OutputLike, options: InputOpOptions = {}): Output {
  return op1('BroadcastTo', [input, shape], options);
}

/** Options of {@link bucketize} (TensorFlow op `Bucketize`). */
export interface BucketizeOptions extends InputOpOptions {
  /** `boundaries` (list(float)). */
  boundaries: number[];
}

/**
 * TensorFlow op `Bucketize`; outputs: output (int32).
 * T: one of int32, int64, float32, float64.
 * @param input (dtype T)
 */
export function bucketize(input: OutputLike, options: BucketizeOptions): Output {
  return op1('Bucketize', [input], options);
}
