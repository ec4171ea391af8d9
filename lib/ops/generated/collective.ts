// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Graph, Output } from '../../core';
import { op1, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link allToAll} (TensorFlow op `AllToAll`). */
export interface AllToAllOptions extends InputOpOptions {
  /** `concat_dimension` (int). */
  concatDimension: number;
  /** `split_dimension` (int). */
  splitDimension: number;
  /** `split_count` (int). */
  splitCount: number;
}

/**
 * TensorFlow op `AllToAll`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64, bool.
 * @param input (dtype T)
 * @param groupAssignment (int32)
 */
export function allToAll(input: OutputLike, groupAssignment: OutputLike, options: AllToAllOptions): Output {
  return op1('AllToAll', [input, groupAssignment], options);
}

/** Options of {@link collectiveAllToAllV2} (TensorFlow op `CollectiveAllToAllV2`). */
export interface CollectiveAllToAllV2Options extends InputOpOptions {
  /** `communication_hint` (string). Default "auto". */
  communicationHint?: string;
  /** `timeout_seconds` (float). Default 0. */
  timeoutSeconds?: number;
  /** `is_stateless` (bool). Default false. */
  isStateless?: boolean;
}

/**
 * TensorFlow op `CollectiveAllToAllV2`; outputs: data (dtype T).
 * T: one of bfloat16, float32, float16, float64, int32, int64.
 * @param input (dtype T)
 * @param groupSize (int32)
 * @param groupKey (int32)
 * @param instanceKey (int32)
 * @param orderingToken (list of Nordering_token, resource)
 */
export function collectiveAllToAllV2(input: OutputLike, groupSize: OutputLike, groupKey: OutputLike, instanceKey: OutputLike, orderingToken: OutputLike[], options: CollectiveAllToAllV2Options = {}): Output {
  return op1('CollectiveAllToAllV2', [input, groupSize, groupKey, instanceKey, orderingToken], options);
}

/** Options of {@link collectiveAllToAllV3} (TensorFlow op `CollectiveAllToAllV3`). */
export interface CollectiveAllToAllV3Options extends InputOpOptions {
  /** `timeout_seconds` (float). Default 0. */
  timeoutSeconds?: number;
}

/**
 * TensorFlow op `CollectiveAllToAllV3`; outputs: data (dtype T).
 * T: one of bfloat16, float32, float16, float64, int32, int64.
 * @param input (dtype T)
 * @param communicator (resource)
 * @param groupAssignment (int32)
 */
export function collectiveAllToAllV3(input: OutputLike, communicator: OutputLike, groupAssignment: OutputLike, options: CollectiveAllToAllV3Options = {}): Output {
  return op1('CollectiveAllToAllV3', [input, communicator, groupAssignment], options);
}

/**
 * TensorFlow op `CollectiveAssignGroupV2`; outputs: group_size (int32), group_key (int32).
 * @param groupAssignment (int32)
 * @param deviceIndex (int32)
 * @param baseKey (int32)
 */
export function collectiveAssignGroupV2(groupAssignment: OutputLike, deviceIndex: OutputLike, baseKey: OutputLike, options: InputOpOptions = {}): { groupSize: Output; groupKey: Output } {
  return opOutputs<{ groupSize: Output; groupKey: Output }>('CollectiveAssignGroupV2', [groupAssignment, deviceIndex, baseKey], options);
}

/** Options of {@link collectiveBcastRecv} (TensorFlow op `CollectiveBcastRecv`). */
export interface CollectiveBcastRecvOptions extends OpOptions {
  /** `T` (type). One of bool, float32, float16, float64, int32, int64. */
  t: DType;
  /** `group_size` (int). */
  groupSize: number;
  /** `group_key` (int). */
  groupKey: number;
  /** `instance_key` (int). */
  instanceKey: number;
  /** `shape` (shape). */
  shape: number[] | null;
  /** `communication_hint` (string). Default "auto". */
  communicationHint?: string;
  /** `timeout_seconds` (float). Default 0. */
  timeoutSeconds?: number;
}

/** TensorFlow op `CollectiveBcastRecv`; outputs: data (dtype T). */
export function collectiveBcastRecv(graph: Graph, options: CollectiveBcastRecvOptions): Output {
  return op1('CollectiveBcastRecv', graph, options);
}

/** Options of {@link collectiveBcastRecvV2} (TensorFlow op `CollectiveBcastRecvV2`). */
export interface CollectiveBcastRecvV2Options extends InputOpOptions {
  /** `T` (type). One of bool, float32, float16, float64, int32, int64. */
  t: DType;
  /** `communication_hint` (string). Default "auto". */
  communicationHint?: string;
  /** `timeout_seconds` (float). Default 0. */
  timeoutSeconds?: number;
}

/**
 * TensorFlow op `CollectiveBcastRecvV2`; outputs: data (dtype T).
 * Tshape: one of int32, int64.
 * @param groupSize (int32)
 * @param groupKey (int32)
 * @param instanceKey (int32)
 * @param shape (dtype Tshape)
 */
export function collectiveBcastRecvV2(groupSize: OutputLike, groupKey: OutputLike, instanceKey: OutputLike, shape: OutputLike, options: CollectiveBcastRecvV2Options): Output {
  return op1('CollectiveBcastRecvV2', [groupSize, groupKey, instanceKey, shape], options);
}

/** Options of {@link collectiveBcastSend} (TensorFlow op `CollectiveBcastSend`). */
export interface CollectiveBcastSendOptions extends InputOpOptions {
  /** `group_size` (int). */
  groupSize: number;
  /** `group_key` (int). */
  groupKey: number;
  /** `instance_key` (int). */
  instanceKey: number;
  /** `shape` (shape). */
  shape: number[] | null;
  /** `communication_hint` (string). Default "auto". */
  communicationHint?: string;
  /** `timeout_seconds` (float). Default 0. */
  timeoutSeconds?: number;
}

/**
 * TensorFlow op `CollectiveBcastSend`; outputs: data (dtype T).
 * T: one of bool, float32, float16, float64, int32, int64.
 * @param input (dtype T)
 */
export function collectiveBcastSend(input: OutputLike, options: CollectiveBcastSendOptions): Output {
  return op1('CollectiveBcastSend', [input], options);
}

/** Options of {@link collectiveBcastSendV2} (TensorFlow op `CollectiveBcastSendV2`). */
export interface CollectiveBcastSendV2Options extends InputOpOptions {
  /** `communication_hint` (string). Default "auto". */
  communicationHint?: string;
  /** `timeout_seconds` (float). Default 0. */
  timeoutSeconds?: number;
}

/**
 * TensorFlow op `CollectiveBcastSendV2`; outputs: data (dtype T).
 * T: one of bool, float32, float16, float64, int32, int64.
 * @param input (dtype T)
 * @param groupSize (int32)
 * @param groupKey (int32)
 * @param instanceKey (int32)
 */
export function collectiveBcastSendV2(input: OutputLike, groupSize: OutputLike, groupKey: OutputLike, instanceKey: OutputLike, options: CollectiveBcastSendV2Options = {}): Output {
  return op1('CollectiveBcastSendV2', [input, groupSize, groupKey, instanceKey], options);
}

/** Options of {@link collectiveGather} (TensorFlow op `CollectiveGather`). */
export interface CollectiveGatherOptions extends InputOpOptions {
  /** `group_size` (int). */
  groupSize: number;
  /** `group_key` (int). */
  groupKey: number;
  /** `instance_key` (int). */
  instanceKey: number;
  /** `shape` (shape). */
  shape: number[] | null;
  /** `communication_hint` (string). Default "auto". */
  communicationHint?: string;
  /** `timeout_seconds` (float). Default 0. */
  timeoutSeconds?: number;
}

/**
 * TensorFlow op `CollectiveGather`; outputs: data (dtype T).
 * T: one of float32, float16, float64, int32, int64.
 * @param input (dtype T)
 */
export function collectiveGather(input: OutputLike, options: CollectiveGatherOptions): Output {
  return op1('CollectiveGather', [input], options);
}

/** Options of {@link collectiveGatherV2} (TensorFlow op `CollectiveGatherV2`). */
export interface CollectiveGatherV2Options extends InputOpOptions {
  /** `communication_hint` (string). Default "auto". */
  communicationHint?: string;
  /** `timeout_seconds` (float). Default 0. */
  timeoutSeconds?: number;
  /** `is_stateless` (bool). Default false. */
  isStateless?: boolean;
}

/**
 * TensorFlow op `CollectiveGatherV2`; outputs: data (dtype T).
 * T: one of float32, float16, float64, int32, int64.
 * @param input (dtype T)
 * @param groupSize (int32)
 * @param groupKey (int32)
 * @param instanceKey (int32)
 * @param orderingToken (list of Nordering_token, resource)
 */
export function collectiveGatherV2(input: OutputLike, groupSize: OutputLike, groupKey: OutputLike, instanceKey: OutputLike, orderingToken: OutputLike[], options: CollectiveGatherV2Options = {}): Output {
  return op1('CollectiveGatherV2', [input, groupSize, groupKey, instanceKey, orderingToken], options);
}

/** Options of {@link collectiveInitializeCommunicator} (TensorFlow op `CollectiveInitializeCommunicator`). */
export interface CollectiveInitializeCommunicatorOptions extends InputOpOptions {
  /** `communication_hint` (string). Default "auto". */
  communicationHint?: string;
  /** `timeout_seconds` (float). Default 0. */
  timeoutSeconds?: number;
}

/**
 * TensorFlow op `CollectiveInitializeCommunicator`; outputs: communicator (resource).
 * @param groupKey (int32)
 * @param rank (int32)
 * @param groupSize (int32)
 */
export function collectiveInitializeCommunicator(groupKey: OutputLike, rank: OutputLike, groupSize: OutputLike, options: CollectiveInitializeCommunicatorOptions = {}): Output {
  return op1('CollectiveInitializeCommunicator', [groupKey, rank, groupSize], options);
}

/**
 * TensorFlow op `CollectivePermute`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param input (dtype T)
 * @param sourceTargetPairs (int32)
 */
export function collectivePermute(input: OutputLike, sourceTargetPairs: OutputLike, options: InputOpOptions = {}): Output {
  return op1('CollectivePermute', [input, sourceTargetPairs], options);
}

/** Options of {@link collectiveReduce} (TensorFlow op `CollectiveReduce`). */
export interface CollectiveReduceOptions extends InputOpOptions {
  /** `group_size` (int). */
  groupSize: number;
  /** `group_key` (int). */
  groupKey: number;
  /** `instance_key` (int). */
  instanceKey: number;
  /** `merge_op` (string). One of "Min", "Max", "Mul", "Add". */
  mergeOp: string;
  /** `final_op` (string). One of "Id", "Div". */
  finalOp: string;
  /** `subdiv_offsets` (list(int)). */
  subdivOffsets: number[];
  /** `wait_for` (list(int)). Default []. */
  waitFor?: number[];
  /** `communication_hint` (string). Default "auto". */
  communicationHint?: string;
  /** `timeout_seconds` (float). Default 0. */
  timeoutSeconds?: number;
}

/**
 * TensorFlow op `CollectiveReduce`; outputs: data (dtype T).
 * T: one of bfloat16, float32, float16, float64, int32, int64.
 * @param input (dtype T)
 */
export function collectiveReduce(input: OutputLike, options: CollectiveReduceOptions): Output {
  return op1('CollectiveReduce', [input], options);
}

/** Options of {@link collectiveReduceScatterV2} (TensorFlow op `CollectiveReduceScatterV2`). */
export interface CollectiveReduceScatterV2Options extends InputOpOptions {
  /** `merge_op` (string). One of "Min", "Max", "Mul", "Add". */
  mergeOp: string;
  /** `final_op` (string). One of "Id", "Div". */
  finalOp: string;
  /** `communication_hint` (string). Default "auto". */
  communicationHint?: string;
  /** `timeout_seconds` (float). Default 0. */
  timeoutSeconds?: number;
  /** `is_stateless` (bool). Default false. */
  isStateless?: boolean;
  /** `max_subdivs_per_device` (int). Default -1. */
  maxSubdivsPerDevice?: number;
}

/**
 * TensorFlow op `CollectiveReduceScatterV2`; outputs: data (dtype T).
 * T: one of bfloat16, float32, float16, float64, int32, int64.
 * @param input (dtype T)
 * @param groupSize (int32)
 * @param groupKey (int32)
 * @param instanceKey (int32)
 * @param orderingToken (list of Nordering_token, resource)
 */
export function collectiveReduceScatterV2(input: OutputLike, groupSize: OutputLike, groupKey: OutputLike, instanceKey: OutputLike, orderingToken: OutputLike[], options: CollectiveReduceScatterV2Options): Output {
  return op1('CollectiveReduceScatterV2', [input, groupSize, groupKey, instanceKey, orderingToken], options);
}

/** Options of {@link collectiveReduceV2} (TensorFlow op `CollectiveReduceV2`). */
export interface CollectiveReduceV2Options extends InputOpOptions {
  /** `merge_op` (string). One of "Min", "Max", "Mul", "Add". */
  mergeOp: string;
  /** `final_op` (string). One of "Id", "Div". */
  finalOp: string;
  /** `communication_hint` (string). Default "auto". */
  communicationHint?: string;
  /** `timeout_seconds` (float). Default 0. */
  timeoutSeconds?: number;
  /** `is_stateless` (bool). Default false. */
  isStateless?: boolean;
  /** `max_subdivs_per_device` (int). Default -1. */
  maxSubdivsPerDevice?: number;
}

/**
 * TensorFlow op `CollectiveReduceV2`; outputs: data (dtype T).
 * T: one of bfloat16, float32, float16, float64, int32, int64.
 * @param input (dtype T)
 * @param groupSize (int32)
 * @param groupKey (int32)
 * @param instanceKey (int32)
 * @param orderingToken (list of Nordering_token, resource)
 */
export function collectiveReduceV2(input: OutputLike, groupSize: OutputLike, groupKey: OutputLike, instanceKey: OutputLike, orderingToken: OutputLike[], options: CollectiveReduceV2Options): Output {
  return op1('CollectiveReduceV2', [input, groupSize, groupKey, instanceKey, orderingToken], options);
}

/** Options of {@link collectiveReduceV3} (TensorFlow op `CollectiveReduceV3`). */
export interface CollectiveReduceV3Options extends InputOpOptions {
  /** `reduction` (string). One of "Min", "Max", "Mul", "Add". */
  reduction: string;
  /** `timeout_seconds` (float). Default 0. */
  timeoutSeconds?: number;
}

/**
 * TensorFlow op `CollectiveReduceV3`; outputs: data (dtype T).
 * T: one of bfloat16, float32, float16, float64, int32, int64.
 * @param input (dtype T)
 * @param communicator (resource)
 * @param groupAssignment (int32)
 */
export function collectiveReduceV3(input: OutputLike, communicator: OutputLike, groupAssignment: OutputLike, options: CollectiveReduceV3Options): Output {
  return op1('CollectiveReduceV3', [input, communicator, groupAssignment], options);
}

/** Options of {@link ncclAllReduce} (TensorFlow op `NcclAllReduce`). */
export interface NcclAllReduceOptions extends InputOpOptions {
  /** `reduction` (string). One of "min", "max", "prod", "sum". */
  reduction: string;
  /** `num_devices` (int). */
  numDevices: number;
  /** `shared_name` (string). */
  sharedName: string;
}

/**
 * TensorFlow op `NcclAllReduce`; outputs: data (dtype T).
 * T: one of float16, float32, float64, int32, int64.
 * @param input (dtype T)
 */
export function ncclAllReduce(input: OutputLike, options: NcclAllReduceOptions): Output {
  return op1('NcclAllReduce', [input], options);
}

/** Options of {@link ncclBroadcast} (TensorFlow op `NcclBroadcast`). */
export interface NcclBroadcastOptions extends InputOpOptions {
  /** `shape` (shape). */
  shape: number[] | null;
}

/**
 * TensorFlow op `NcclBroadcast`; outputs: output (dtype T).
 * T: one of float16, float32, float64, int32, int64.
 * @param input (dtype T)
 */
export function ncclBroadcast(input: OutputLike, options: NcclBroadcastOptions): Output {
  return op1('NcclBroadcast', [input], options);
}

/** Options of {@link ncclReduce} (TensorFlow op `NcclReduce`). */
export interface NcclReduceOptions extends InputOpOptions {
  /** `reduction` (string). One of "min", "max", "prod", "sum". */
  reduction: string;
}

/**
 * TensorFlow op `NcclReduce`; outputs: data (dtype T).
 * T: one of float16, float32, float64, int32, int64.
 * @param input (list of num_devices, dtype T)
 */
export function ncclReduce(input: OutputLike[], options: NcclReduceOptions): Output {
  return op1('NcclReduce', [input], options);
}
