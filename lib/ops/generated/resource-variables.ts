// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Graph, Operation, Output } from '../../core';
import { op1, opNoOutput } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `AssignAddVariableOp`.
 * @param resource (resource)
 * @param value (dtype dtype)
 */
export function assignAddVariableOp(resource: OutputLike, value: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('AssignAddVariableOp', [resource, value], options);
}

/**
 * TensorFlow op `AssignSubVariableOp`.
 * @param resource (resource)
 * @param value (dtype dtype)
 */
export function assignSubVariableOp(resource: OutputLike, value: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('AssignSubVariableOp', [resource, value], options);
}

/** Options of {@link assignVariableOp} (TensorFlow op `AssignVariableOp`). */
export interface AssignVariableOpOptions extends InputOpOptions {
  /** `validate_shape` (bool). Default false. */
  validateShape?: boolean;
}

/**
 * TensorFlow op `AssignVariableOp`.
 * @param resource (resource)
 * @param value (dtype dtype)
 */
export function assignVariableOp(resource: OutputLike, value: OutputLike, options: AssignVariableOpOptions = {}): Operation {
  return opNoOutput('AssignVariableOp', [resource, value], options);
}

/** Options of {@link destroyResourceOp} (TensorFlow op `DestroyResourceOp`). */
export interface DestroyResourceOpOptions extends InputOpOptions {
  /** `ignore_lookup_error` (bool). Default true. */
  ignoreLookupError?: boolean;
}

/**
 * TensorFlow op `DestroyResourceOp`.
 * @param resource (resource)
 */
export function destroyResourceOp(resource: OutputLike, options: DestroyResourceOpOptions = {}): Operation {
  return opNoOutput('DestroyResourceOp', [resource], options);
}

/** Options of {@link readVariableOp} (TensorFlow op `ReadVariableOp`). */
export interface ReadVariableOpOptions extends InputOpOptions {
  /** `dtype` (type). */
  dtype: DType;
}

/**
 * TensorFlow op `ReadVariableOp`; outputs: value (dtype dtype).
 * @param resource (resource)
 */
export function readVariableOp(resource: OutputLike, options: ReadVariableOpOptions): Output {
  return op1('ReadVariableOp', [resource], options);
}

/**
 * TensorFlow op `ResourceAccumulatorApplyGradient`.
 * dtype: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param handle (resource)
 * @param localStep (int64)
 * @param gradient (dtype dtype)
 */
export function resourceAccumulatorApplyGradient(handle: OutputLike, localStep: OutputLike, gradient: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ResourceAccumulatorApplyGradient', [handle, localStep, gradient], options);
}

/**
 * TensorFlow op `ResourceAccumulatorNumAccumulated`; outputs: num_accumulated (int32).
 * @param handle (resource)
 */
export function resourceAccumulatorNumAccumulated(handle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('ResourceAccumulatorNumAccumulated', [handle], options);
}

/**
 * TensorFlow op `ResourceAccumulatorSetGlobalStep`.
 * @param handle (resource)
 * @param newGlobalStep (int64)
 */
export function resourceAccumulatorSetGlobalStep(handle: OutputLike, newGlobalStep: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ResourceAccumulatorSetGlobalStep', [handle, newGlobalStep], options);
}

/** Options of {@link resourceAccumulatorTakeGradient} (TensorFlow op `ResourceAccumulatorTakeGradient`). */
export interface ResourceAccumulatorTakeGradientOptions extends InputOpOptions {
  /** `dtype` (type). One of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64. */
  dtype: DType;
}

/**
 * TensorFlow op `ResourceAccumulatorTakeGradient`; outputs: average (dtype dtype).
 * @param handle (resource)
 * @param numRequired (int32)
 */
export function resourceAccumulatorTakeGradient(handle: OutputLike, numRequired: OutputLike, options: ResourceAccumulatorTakeGradientOptions): Output {
  return op1('ResourceAccumulatorTakeGradient', [handle, numRequired], options);
}

/** Options of {@link resourceConditionalAccumulator} (TensorFlow op `ResourceConditionalAccumulator`). */
export interface ResourceConditionalAccumulatorOptions extends OpOptions {
  /** `dtype` (type). One of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64. */
  dtype: DType;
  /** `shape` (shape). */
  shape: number[] | null;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `reduction_type` (string). One of "MEAN", "SUM". Default "MEAN". */
  reductionType?: string;
}

/** TensorFlow op `ResourceConditionalAccumulator`; outputs: handle (resource). */
export function resourceConditionalAccumulator(graph: Graph, options: ResourceConditionalAccumulatorOptions): Output {
  return op1('ResourceConditionalAccumulator', graph, options);
}

/** Options of {@link resourceCountUpTo} (TensorFlow op `ResourceCountUpTo`). */
export interface ResourceCountUpToOptions extends InputOpOptions {
  /** `limit` (int). */
  limit: number;
  /** `T` (type). One of int32, int64. */
  t: DType;
}

/**
 * TensorFlow op `ResourceCountUpTo`; outputs: output (dtype T).
 * @param resource (resource)
 */
export function resourceCountUpTo(resource: OutputLike, options: ResourceCountUpToOptions): Output {
  return op1('ResourceCountUpTo', [resource], options);
}

/** Options of {@link resourceGather} (TensorFlow op `ResourceGather`). */
export interface ResourceGatherOptions extends InputOpOptions {
  /** `batch_dims` (int). Default 0. */
  batchDims?: number;
  /** `validate_indices` (bool). Default true. */
  validateIndices?: boolean;
  /** `dtype` (type). */
  dtype: DType;
}

/**
 * TensorFlow op `ResourceGather`; outputs: output (dtype dtype).
 * Tindices: one of int32, int64.
 * @param resource (resource)
 * @param indices (dtype Tindices)
 */
export function resourceGather(resource: OutputLike, indices: OutputLike, options: ResourceGatherOptions): Output {
  return op1('ResourceGather', [resource, indices], options);
}

/** Options of {@link resourceGatherNd} (TensorFlow op `ResourceGatherNd`). */
export interface ResourceGatherNdOptions extends InputOpOptions {
  /** `dtype` (type). */
  dtype: DType;
}

/**
 * TensorFlow op `ResourceGatherNd`; outputs: output (dtype dtype).
 * Tindices: one of int32, int64.
 * @param resource (resource)
 * @param indices (dtype Tindices)
 */
export function resourceGatherNd(resource: OutputLike, indices: OutputLike, options: ResourceGatherNdOptions): Output {
  return op1('ResourceGatherNd', [resource, indices], options);
}

/**
 * TensorFlow op `ResourceScatterAdd`.
 * dtype: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param resource (resource)
 * @param indices (dtype Tindices)
 * @param updates (dtype dtype)
 */
export function resourceScatterAdd(resource: OutputLike, indices: OutputLike, updates: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ResourceScatterAdd', [resource, indices, updates], options);
}

/**
 * TensorFlow op `ResourceScatterDiv`.
 * dtype: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param resource (resource)
 * @param indices (dtype Tindices)
 * @param updates (dtype dtype)
 */
export function resourceScatterDiv(resource: OutputLike, indices: OutputLike, updates: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ResourceScatterDiv', [resource, indices, updates], options);
}

/**
 * TensorFlow op `ResourceScatterMax`.
 * dtype: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param resource (resource)
 * @param indices (dtype Tindices)
 * @param updates (dtype dtype)
 */
export function resourceScatterMax(resource: OutputLike, indices: OutputLike, updates: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ResourceScatterMax', [resource, indices, updates], options);
}

/**
 * TensorFlow op `ResourceScatterMin`.
 * dtype: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param resource (resource)
 * @param indices (dtype Tindices)
 * @param updates (dtype dtype)
 */
export function resourceScatterMin(resource: OutputLike, indices: OutputLike, updates: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ResourceScatterMin', [resource, indices, updates], options);
}

/**
 * TensorFlow op `ResourceScatterMul`.
 * dtype: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param resource (resource)
 * @param indices (dtype Tindices)
 * @param updates (dtype dtype)
 */
export function resourceScatterMul(resource: OutputLike, indices: OutputLike, updates: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ResourceScatterMul', [resource, indices, updates], options);
}

/** Options of {@link resourceScatterNdAdd} (TensorFlow op `ResourceScatterNdAdd`). */
export interface ResourceScatterNdAddOptions extends InputOpOptions {
  /** `use_locking` (bool). Default true. */
  useLocking?: boolean;
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `ResourceScatterNdAdd`.
 * Tindices: one of int32, int64.
 * @param ref (resource)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function resourceScatterNdAdd(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ResourceScatterNdAddOptions = {}): Operation {
  return opNoOutput('ResourceScatterNdAdd', [ref, indices, updates], options);
}

/** Options of {@link resourceScatterNdMax} (TensorFlow op `ResourceScatterNdMax`). */
export interface ResourceScatterNdMaxOptions extends InputOpOptions {
  /** `use_locking` (bool). Default true. */
  useLocking?: boolean;
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `ResourceScatterNdMax`.
 * Tindices: one of int32, int64.
 * @param ref (resource)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function resourceScatterNdMax(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ResourceScatterNdMaxOptions = {}): Operation {
  return opNoOutput('ResourceScatterNdMax', [ref, indices, updates], options);
}

/** Options of {@link resourceScatterNdMin} (TensorFlow op `ResourceScatterNdMin`). */
export interface ResourceScatterNdMinOptions extends InputOpOptions {
  /** `use_locking` (bool). Default true. */
  useLocking?: boolean;
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `ResourceScatterNdMin`.
 * Tindices: one of int32, int64.
 * @param ref (resource)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function resourceScatterNdMin(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ResourceScatterNdMinOptions = {}): Operation {
  return opNoOutput('ResourceScatterNdMin', [ref, indices, updates], options);
}

/** Options of {@link resourceScatterNdSub} (TensorFlow op `ResourceScatterNdSub`). */
export interface ResourceScatterNdSubOptions extends InputOpOptions {
  /** `use_locking` (bool). Default true. */
  useLocking?: boolean;
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `ResourceScatterNdSub`.
 * Tindices: one of int32, int64.
 * @param ref (resource)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function resourceScatterNdSub(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ResourceScatterNdSubOptions = {}): Operation {
  return opNoOutput('ResourceScatterNdSub', [ref, indices, updates], options);
}

/** Options of {@link resourceScatterNdUpdate} (TensorFlow op `ResourceScatterNdUpdate`). */
export interface ResourceScatterNdUpdateOptions extends InputOpOptions {
  /** `use_locking` (bool). Default true. */
  useLocking?: boolean;
  /** `bad_indices_policy` (string). Default "". */
  badIndicesPolicy?: string;
}

/**
 * TensorFlow op `ResourceScatterNdUpdate`.
 * Tindices: one of int32, int64.
 * @param ref (resource)
 * @param indices (dtype Tindices)
 * @param updates (dtype T)
 */
export function resourceScatterNdUpdate(ref: OutputLike, indices: OutputLike, updates: OutputLike, options: ResourceScatterNdUpdateOptions = {}): Operation {
  return opNoOutput('ResourceScatterNdUpdate', [ref, indices, updates], options);
}

/**
 * TensorFlow op `ResourceScatterSub`.
 * dtype: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param resource (resource)
 * @param indices (dtype Tindices)
 * @param updates (dtype dtype)
 */
export function resourceScatterSub(resource: OutputLike, indices: OutputLike, updates: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ResourceScatterSub', [resource, indices, updates], options);
}

/**
 * TensorFlow op `ResourceScatterUpdate`.
 * Tindices: one of int32, int64.
 * @param resource (resource)
 * @param indices (dtype Tindices)
 * @param updates (dtype dtype)
 */
export function resourceScatterUpdate(resource: OutputLike, indices: OutputLike, updates: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('ResourceScatterUpdate', [resource, indices, updates], options);
}

/** Options of {@link resourceStridedSliceAssign} (TensorFlow op `ResourceStridedSliceAssign`). */
export interface ResourceStridedSliceAssignOptions extends InputOpOptions {
  /** `begin_mask` (int). Default 0. */
  beginMask?: number;
  /** `end_mask` (int). Default 0. */
  endMask?: number;
  /** `ellipsis_mask` (int). Default 0. */
  ellipsisMask?: number;
  /** `new_axis_mask` (int). Default 0. */
  newAxisMask?: number;
  /** `shrink_axis_mask` (int). Default 0. */
  shrinkAxisMask?: number;
}

/**
 * TensorFlow op `ResourceStridedSliceAssign`.
 * Index: one of int32, int64.
 * @param ref (resource)
 * @param begin (dtype Index)
 * @param end (dtype Index)
 * @param strides (dtype Index)
 * @param value (dtype T)
 */
export function resourceStridedSliceAssign(ref: OutputLike, begin: OutputLike, end: OutputLike, strides: OutputLike, value: OutputLike, options: ResourceStridedSliceAssignOptions = {}): Operation {
  return opNoOutput('ResourceStridedSliceAssign', [ref, begin, end, strides, value], options);
}

/** Options of {@link varHandleOp} (TensorFlow op `VarHandleOp`). */
export interface VarHandleOpOptions extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
  /** `debug_name` (string). Default "". */
  debugName?: string;
  /** `dtype` (type). */
  dtype: DType;
  /** `shape` (shape). */
  shape: number[] | null;
  /** `allowed_devices` (list(string)). Default []. */
  allowedDevices?: string[];
}

/** TensorFlow op `VarHandleOp`; outputs: resource (resource). */
export function varHandleOp(graph: Graph, options: VarHandleOpOptions): Output {
  return op1('VarHandleOp', graph, options);
}

/**
 * TensorFlow op `VarIsInitializedOp`; outputs: is_initialized (bool).
 * @param resource (resource)
 */
export function varIsInitializedOp(resource: OutputLike, options: InputOpOptions = {}): Output {
  return op1('VarIsInitializedOp', [resource], options);
}

/** Options of {@link variable} (TensorFlow op `Variable`). */
export interface VariableOptions extends OpOptions {
  /** `shape` (shape). */
  shape: number[] | null;
  /** `dtype` (type). */
  dtype: DType;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `Variable`; outputs: ref (dtype dtype). */
export function variable(graph: Graph, options: VariableOptions): Output {
  return op1('Variable', graph, options);
}

/** Options of {@link variableShape} (TensorFlow op `VariableShape`). */
export interface VariableShapeOptions extends InputOpOptions {
  /** `out_type` (type). One of int32, int64. Default 'int32'. */
  outType?: DType;
}

/**
 * TensorFlow op `VariableShape`; outputs: output (dtype out_type).
 * @param input (resource)
 */
export function variableShape(input: OutputLike, options: VariableShapeOptions = {}): Output {
  return op1('VariableShape', [input], options);
}

/** Options of {@link variableV2} (TensorFlow op `VariableV2`). */
export interface VariableV2Options extends OpOptions {
  /** `shape` (shape). */
  shape: number[] | null;
  /** `dtype` (type). */
  dtype: DType;
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `VariableV2`; outputs: ref (dtype dtype). */
export function variableV2(graph: Graph, options: VariableV2Options): Output {
  return op1('VariableV2', graph, options);
}
