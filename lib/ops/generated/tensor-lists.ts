// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Operation, Output } from '../../core';
import { op1, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `TensorArrayCloseV3`.
 * @param handle (resource)
 */
export function tensorArrayCloseV3(handle: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('TensorArrayCloseV3', [handle], options);
}

/** Options of {@link tensorArrayConcatV2} (TensorFlow op `TensorArrayConcatV2`). */
export interface TensorArrayConcatV2Options extends InputOpOptions {
  /** `dtype` (type). */
  dtype: DType;
  /** `element_shape_except0` (shape). Default null (unknown rank). */
  elementShapeExcept0?: number[] | null;
}

/**
 * TensorFlow op `TensorArrayConcatV2`; outputs: value (dtype dtype), lengths (int64).
 * @param handle (string)
 * @param flowIn (float32)
 */
export function tensorArrayConcatV2(handle: OutputLike, flowIn: OutputLike, options: TensorArrayConcatV2Options): { value: Output; lengths: Output } {
  return opOutputs<{ value: Output; lengths: Output }>('TensorArrayConcatV2', [handle, flowIn], options);
}

/** Options of {@link tensorArrayConcatV3} (TensorFlow op `TensorArrayConcatV3`). */
export interface TensorArrayConcatV3Options extends InputOpOptions {
  /** `dtype` (type). */
  dtype: DType;
  /** `element_shape_except0` (shape). Default null (unknown rank). */
  elementShapeExcept0?: number[] | null;
}

/**
 * TensorFlow op `TensorArrayConcatV3`; outputs: value (dtype dtype), lengths (int64).
 * @param handle (resource)
 * @param flowIn (float32)
 */
export function tensorArrayConcatV3(handle: OutputLike, flowIn: OutputLike, options: TensorArrayConcatV3Options): { value: Output; lengths: Output } {
  return opOutputs<{ value: Output; lengths: Output }>('TensorArrayConcatV3', [handle, flowIn], options);
}

/** Options of {@link tensorArrayGatherV3} (TensorFlow op `TensorArrayGatherV3`). */
export interface TensorArrayGatherV3Options extends InputOpOptions {
  /** `dtype` (type). */
  dtype: DType;
  /** `element_shape` (shape). Default null (unknown rank). */
  elementShape?: number[] | null;
}

/**
 * TensorFlow op `TensorArrayGatherV3`; outputs: value (dtype dtype).
 * @param handle (resource)
 * @param indices (int32)
 * @param flowIn (float32)
 */
export function tensorArrayGatherV3(handle: OutputLike, indices: OutputLike, flowIn: OutputLike, options: TensorArrayGatherV3Options): Output {
  return op1('TensorArrayGatherV3', [handle, indices, flowIn], options);
}

/** Options of {@link tensorArrayGradV3} (TensorFlow op `TensorArrayGradV3`). */
export interface TensorArrayGradV3Options extends InputOpOptions {
  /** `source` (string). */
  source: string;
}

/**
 * TensorFlow op `TensorArrayGradV3`; outputs: grad_handle (resource), flow_out (float32).
 * @param handle (resource)
 * @param flowIn (float32)
 */
export function tensorArrayGradV3(handle: OutputLike, flowIn: OutputLike, options: TensorArrayGradV3Options): { gradHandle: Output; flowOut: Output } {
  return opOutputs<{ gradHandle: Output; flowOut: Output }>('TensorArrayGradV3', [handle, flowIn], options);
}

/** Options of {@link tensorArrayGradWithShape} (TensorFlow op `TensorArrayGradWithShape`). */
export interface TensorArrayGradWithShapeOptions extends InputOpOptions {
  /** `source` (string). */
  source: string;
}

/**
 * TensorFlow op `TensorArrayGradWithShape`; outputs: grad_handle (resource), flow_out (float32).
 * @param handle (resource)
 * @param flowIn (float32)
 * @param shapeToPrepend (int32)
 */
export function tensorArrayGradWithShape(handle: OutputLike, flowIn: OutputLike, shapeToPrepend: OutputLike, options: TensorArrayGradWithShapeOptions): { gradHandle: Output; flowOut: Output } {
  return opOutputs<{ gradHandle: Output; flowOut: Output }>('TensorArrayGradWithShape', [handle, flowIn, shapeToPrepend], options);
}

/** Options of {@link tensorArrayReadV3} (TensorFlow op `TensorArrayReadV3`). */
export interface TensorArrayReadV3Options extends InputOpOptions {
  /** `dtype` (type). */
  dtype: DType;
}

/**
 * TensorFlow op `TensorArrayReadV3`; outputs: value (dtype dtype).
 * @param handle (resource)
 * @param index (int32)
 * @param flowIn (float32)
 */
export function tensorArrayReadV3(handle: OutputLike, index: OutputLike, flowIn: OutputLike, options: TensorArrayReadV3Options): Output {
  return op1('TensorArrayReadV3', [handle, index, flowIn], options);
}

/**
 * TensorFlow op `TensorArrayScatterV3`; outputs: flow_out (float32).
 * @param handle (resource)
 * @param indices (int32)
 * @param value (dtype T)
 * @param flowIn (float32)
 */
export function tensorArrayScatterV3(handle: OutputLike, indices: OutputLike, value: OutputLike, flowIn: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorArrayScatterV3', [handle, indices, value, flowIn], options);
}

/**
 * TensorFlow op `TensorArraySizeV3`; outputs: size (int32).
 * @param handle (resource)
 * @param flowIn (float32)
 */
export function tensorArraySizeV3(handle: OutputLike, flowIn: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorArraySizeV3', [handle, flowIn], options);
}

/**
 * TensorFlow op `TensorArraySplitV3`; outputs: flow_out (float32).
 * @param handle (resource)
 * @param value (dtype T)
 * @param lengths (int64)
 * @param flowIn (float32)
 */
export function tensorArraySplitV3(handle: OutputLike, value: OutputLike, lengths: OutputLike, flowIn: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorArraySplitV3', [handle, value, lengths, flowIn], options);
}

/** Options of {@link tensorArrayV3} (TensorFlow op `TensorArrayV3`). */
export interface TensorArrayV3Options extends InputOpOptions {
  /** `dtype` (type). */
  dtype: DType;
  /** `element_shape` (shape). Default null (unknown rank). */
  elementShape?: number[] | null;
  /** `dynamic_size` (bool). Default false. */
  dynamicSize?: boolean;
  /** `clear_after_read` (bool). Default true. */
  clearAfterRead?: boolean;
  /** `identical_element_shapes` (bool). Default false. */
  identicalElementShapes?: boolean;
  /** `tensor_array_name` (string). Default "". */
  tensorArrayName?: string;
}

/**
 * TensorFlow op `TensorArrayV3`; outputs: handle (resource), flow (float32).
 * @param size (int32)
 */
export function tensorArrayV3(size: OutputLike, options: TensorArrayV3Options): { handle: Output; flow: Output } {
  return opOutputs<{ handle: Output; flow: Output }>('TensorArrayV3', [size], options);
}

/**
 * TensorFlow op `TensorArrayWriteV3`; outputs: flow_out (float32).
 * @param handle (resource)
 * @param index (int32)
 * @param value (dtype T)
 * @param flowIn (float32)
 */
export function tensorArrayWriteV3(handle: OutputLike, index: OutputLike, value: OutputLike, flowIn: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorArrayWriteV3', [handle, index, value, flowIn], options);
}

/** Options of {@link tensorListConcat} (TensorFlow op `TensorListConcat`). */
export interface TensorListConcatOptions extends InputOpOptions {
  /** `element_dtype` (type). */
  elementDtype: DType;
  /** `element_shape` (shape). Default null (unknown rank). */
  elementShape?: number[] | null;
}

/**
 * TensorFlow op `TensorListConcat`; outputs: tensor (dtype element_dtype), lengths (int64).
 * @param inputHandle (variant)
 */
export function tensorListConcat(inputHandle: OutputLike, options: TensorListConcatOptions): { tensor: Output; lengths: Output } {
  return opOutputs<{ tensor: Output; lengths: Output }>('TensorListConcat', [inputHandle], options);
}

/** Options of {@link tensorListConcatLists} (TensorFlow op `TensorListConcatLists`). */
export interface TensorListConcatListsOptions extends InputOpOptions {
  /** `element_dtype` (type). */
  elementDtype: DType;
}

/**
 * TensorFlow op `TensorListConcatLists`; outputs: output (variant).
 * @param inputA (variant)
 * @param inputB (variant)
 */
export function tensorListConcatLists(inputA: OutputLike, inputB: OutputLike, options: TensorListConcatListsOptions): Output {
  return op1('TensorListConcatLists', [inputA, inputB], options);
}

/** Options of {@link tensorListConcatV2} (TensorFlow op `TensorListConcatV2`). */
export interface TensorListConcatV2Options extends InputOpOptions {
  /** `element_dtype` (type). */
  elementDtype: DType;
}

/**
 * TensorFlow op `TensorListConcatV2`; outputs: tensor (dtype element_dtype), lengths (int64).
 * shape_type: one of int32, int64.
 * @param inputHandle (variant)
 * @param elementShape (dtype shape_type)
 * @param leadingDims (int64)
 */
export function tensorListConcatV2(inputHandle: OutputLike, elementShape: OutputLike, leadingDims: OutputLike, options: TensorListConcatV2Options): { tensor: Output; lengths: Output } {
  return opOutputs<{ tensor: Output; lengths: Output }>('TensorListConcatV2', [inputHandle, elementShape, leadingDims], options);
}

/** Options of {@link tensorListElementShape} (TensorFlow op `TensorListElementShape`). */
export interface TensorListElementShapeOptions extends InputOpOptions {
  /** `shape_type` (type). One of int32, int64. */
  shapeType: DType;
}

/**
 * TensorFlow op `TensorListElementShape`; outputs: element_shape (dtype shape_type).
 * @param inputHandle (variant)
 */
export function tensorListElementShape(inputHandle: OutputLike, options: TensorListElementShapeOptions): Output {
  return op1('TensorListElementShape', [inputHandle], options);
}

/**
 * TensorFlow op `TensorListFromTensor`; outputs: output_handle (variant).
 * shape_type: one of int32, int64.
 * @param tensor (dtype element_dtype)
 * @param elementShape (dtype shape_type)
 */
export function tensorListFromTensor(tensor: OutputLike, elementShape: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorListFromTensor', [tensor, elementShape], options);
}

/** Options of {@link tensorListGather} (TensorFlow op `TensorListGather`). */
export interface TensorListGatherOptions extends InputOpOptions {
  /** `element_dtype` (type). */
  elementDtype: DType;
}

/**
 * TensorFlow op `TensorListGather`; outputs: values (dtype element_dtype).
 * @param inputHandle (variant)
 * @param indices (int32)
 * @param elementShape (int32)
 */
export function tensorListGather(inputHandle: OutputLike, indices: OutputLike, elementShape: OutputLike, options: TensorListGatherOptions): Output {
  return op1('TensorListGather', [inputHandle, indices, elementShape], options);
}

/** Options of {@link tensorListGetItem} (TensorFlow op `TensorListGetItem`). */
export interface TensorListGetItemOptions extends InputOpOptions {
  /** `element_dtype` (type). */
  elementDtype: DType;
}

/**
 * TensorFlow op `TensorListGetItem`; outputs: item (dtype element_dtype).
 * Tshape: one of int32, int64.
 * @param inputHandle (variant)
 * @param index (int32)
 * @param elementShape (dtype Tshape)
 */
export function tensorListGetItem(inputHandle: OutputLike, index: OutputLike, elementShape: OutputLike, options: TensorListGetItemOptions): Output {
  return op1('TensorListGetItem', [inputHandle, index, elementShape], options);
}

/**
 * TensorFlow op `TensorListLength`; outputs: length (int32).
 * @param inputHandle (variant)
 */
export function tensorListLength(inputHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorListLength', [inputHandle], options);
}

/** Options of {@link tensorListPopBack} (TensorFlow op `TensorListPopBack`). */
export interface TensorListPopBackOptions extends InputOpOptions {
  /** `element_dtype` (type). */
  elementDtype: DType;
}

/**
 * TensorFlow op `TensorListPopBack`; outputs: output_handle (variant), tensor (dtype element_dtype).
 * @param inputHandle (variant)
 * @param elementShape (int32)
 */
export function tensorListPopBack(inputHandle: OutputLike, elementShape: OutputLike, options: TensorListPopBackOptions): { outputHandle: Output; tensor: Output } {
  return opOutputs<{ outputHandle: Output; tensor: Output }>('TensorListPopBack', [inputHandle, elementShape], options);
}

/**
 * TensorFlow op `TensorListPushBack`; outputs: output_handle (variant).
 * @param inputHandle (variant)
 * @param tensor (dtype element_dtype)
 */
export function tensorListPushBack(inputHandle: OutputLike, tensor: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorListPushBack', [inputHandle, tensor], options);
}

/**
 * TensorFlow op `TensorListPushBackBatch`; outputs: output_handles (variant).
 * @param inputHandles (variant)
 * @param tensor (dtype element_dtype)
 */
export function tensorListPushBackBatch(inputHandles: OutputLike, tensor: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorListPushBackBatch', [inputHandles, tensor], options);
}

/** Options of {@link tensorListReserve} (TensorFlow op `TensorListReserve`). */
export interface TensorListReserveOptions extends InputOpOptions {
  /** `element_dtype` (type). */
  elementDtype: DType;
}

/**
 * TensorFlow op `TensorListReserve`; outputs: handle (variant).
 * shape_type: one of int32, int64.
 * @param elementShape (dtype shape_type)
 * @param numElements (int32)
 */
export function tensorListReserve(elementShape: OutputLike, numElements: OutputLike, options: TensorListReserveOptions): Output {
  return op1('TensorListReserve', [elementShape, numElements], options);
}

/**
 * TensorFlow op `TensorListResize`; outputs: output_handle (variant).
 * @param inputHandle (variant)
 * @param size (int32)
 */
export function tensorListResize(inputHandle: OutputLike, size: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorListResize', [inputHandle, size], options);
}

/**
 * TensorFlow op `TensorListScatter`; outputs: output_handle (variant).
 * shape_type: one of int32, int64.
 * @param tensor (dtype element_dtype)
 * @param indices (int32)
 * @param elementShape (dtype shape_type)
 */
export function tensorListScatter(tensor: OutputLike, indices: OutputLike, elementShape: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorListScatter', [tensor, indices, elementShape], options);
}

/**
 * TensorFlow op `TensorListScatterIntoExistingList`; outputs: output_handle (variant).
 * @param inputHandle (variant)
 * @param tensor (dtype element_dtype)
 * @param indices (int32)
 */
export function tensorListScatterIntoExistingList(inputHandle: OutputLike, tensor: OutputLike, indices: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorListScatterIntoExistingList', [inputHandle, tensor, indices], options);
}

/**
 * TensorFlow op `TensorListScatterV2`; outputs: output_handle (variant).
 * shape_type: one of int32, int64.
 * @param tensor (dtype element_dtype)
 * @param indices (int32)
 * @param elementShape (dtype shape_type)
 * @param numElements (int32)
 */
export function tensorListScatterV2(tensor: OutputLike, indices: OutputLike, elementShape: OutputLike, numElements: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorListScatterV2', [tensor, indices, elementShape, numElements], options);
}

/** Options of {@link tensorListSetItem} (TensorFlow op `TensorListSetItem`). */
export interface TensorListSetItemOptions extends InputOpOptions {
  /** `resize_if_index_out_of_bounds` (bool). Default false. */
  resizeIfIndexOutOfBounds?: boolean;
}

/**
 * TensorFlow op `TensorListSetItem`; outputs: output_handle (variant).
 * @param inputHandle (variant)
 * @param index (int32)
 * @param item (dtype element_dtype)
 */
export function tensorListSetItem(inputHandle: OutputLike, index: OutputLike, item: OutputLike, options: TensorListSetItemOptions = {}): Output {
  return op1('TensorListSetItem', [inputHandle, index, item], options);
}

/**
 * TensorFlow op `TensorListSplit`; outputs: output_handle (variant).
 * shape_type: one of int32, int64.
 * @param tensor (dtype element_dtype)
 * @param elementShape (dtype shape_type)
 * @param lengths (int64)
 */
export function tensorListSplit(tensor: OutputLike, elementShape: OutputLike, lengths: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorListSplit', [tensor, elementShape, lengths], options);
}

/** Options of {@link tensorListStack} (TensorFlow op `TensorListStack`). */
export interface TensorListStackOptions extends InputOpOptions {
  /** `element_dtype` (type). */
  elementDtype: DType;
  /** `num_elements` (int). Default -1. */
  numElements?: number;
}

/**
 * TensorFlow op `TensorListStack`; outputs: tensor (dtype element_dtype).
 * @param inputHandle (variant)
 * @param elementShape (int32)
 */
export function tensorListStack(inputHandle: OutputLike, elementShape: OutputLike, options: TensorListStackOptions): Output {
  return op1('TensorListStack', [inputHandle, elementShape], options);
}

/** Options of {@link tensorMapErase} (TensorFlow op `TensorMapErase`). */
export interface TensorMapEraseOptions extends InputOpOptions {
  /** `value_dtype` (type). */
  valueDtype: DType;
}

/**
 * TensorFlow op `TensorMapErase`; outputs: output_handle (variant).
 * @param inputHandle (variant)
 * @param key (dtype key_dtype)
 */
export function tensorMapErase(inputHandle: OutputLike, key: OutputLike, options: TensorMapEraseOptions): Output {
  return op1('TensorMapErase', [inputHandle, key], options);
}

/**
 * TensorFlow op `TensorMapHasKey`; outputs: has_key (bool).
 * @param inputHandle (variant)
 * @param key (dtype key_dtype)
 */
export function tensorMapHasKey(inputHandle: OutputLike, key: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorMapHasKey', [inputHandle, key], options);
}

/**
 * TensorFlow op `TensorMapInsert`; outputs: output_handle (variant).
 * @param inputHandle (variant)
 * @param key (dtype key_dtype)
 * @param value (dtype value_dtype)
 */
export function tensorMapInsert(inputHandle: OutputLike, key: OutputLike, value: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorMapInsert', [inputHandle, key, value], options);
}

/** Options of {@link tensorMapLookup} (TensorFlow op `TensorMapLookup`). */
export interface TensorMapLookupOptions extends InputOpOptions {
  /** `value_dtype` (type). */
  valueDtype: DType;
}

/**
 * TensorFlow op `TensorMapLookup`; outputs: value (dtype value_dtype).
 * @param inputHandle (variant)
 * @param key (dtype key_dtype)
 */
export function tensorMapLookup(inputHandle: OutputLike, key: OutputLike, options: TensorMapLookupOptions): Output {
  return op1('TensorMapLookup', [inputHandle, key], options);
}

/**
 * TensorFlow op `TensorMapSize`; outputs: size (int32).
 * @param inputHandle (variant)
 */
export function tensorMapSize(inputHandle: OutputLike, options: InputOpOptions = {}): Output {
  return op1('TensorMapSize', [inputHandle], options);
}

/** Options of {@link tensorMapStackKeys} (TensorFlow op `TensorMapStackKeys`). */
export interface TensorMapStackKeysOptions extends InputOpOptions {
  /** `key_dtype` (type). */
  keyDtype: DType;
}

/**
 * TensorFlow op `TensorMapStackKeys`; outputs: keys (dtype key_dtype).
 * @param inputHandle (variant)
 */
export function tensorMapStackKeys(inputHandle: OutputLike, options: TensorMapStackKeysOptions): Output {
  return op1('TensorMapStackKeys', [inputHandle], options);
}
