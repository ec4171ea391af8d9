// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Operation, Output } from '../../core';
import { op1, opList, opNoOutput, opOutputs } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/** Options of {@link xlaAllReduce} (TensorFlow op `XlaAllReduce`). */
export interface XlaAllReduceOptions extends InputOpOptions {
  /** `reduce_op` (string): Reduction computation. One of "Min", "Max", "Mul", "Add", "Mean". */
  reduceOp: string;
  /** `mode` (string): group mode. CrossReplica: group_assignment contains replica_id. Each group contains the replicas for the current partition. CrossReplicaAndPartition: group_assignment contains replica_id. Each group contains the replicas for all partitions. One of "CrossReplica", "CrossReplicaAndPartition". */
  mode: string;
}

/**
 * Wraps the XLA AllReduce operator
 *
 * documented at https://www.tensorflow.org/xla/operation_semantics#allreduce.
 *
 * TensorFlow op `XlaAllReduce`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, int32, uint32.
 * @param input (dtype T) Array or a non-empty tuple of arrays to reduce across replicas.
 * @param groupAssignment (int32) Groups between which the reductions are performed.
 */
export function xlaAllReduce(input: OutputLike, groupAssignment: OutputLike, options: XlaAllReduceOptions): Output {
  return op1('XlaAllReduce', [input, groupAssignment], options);
}

/**
 * Helper operator for performing XLA-style broadcasts
 *
 * Broadcasts `lhs` and `rhs` to the same rank, by adding size 1 dimensions to whichever of `lhs` and `rhs` has the lower rank, using XLA's broadcasting rules for binary operators.
 *
 * TensorFlow op `XlaBroadcastHelper`; outputs: lhs_output (dtype T), rhs_output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param lhs (dtype T) the LHS input tensor
 * @param rhs (dtype T) the RHS input tensor
 * @param broadcastDims (dtype Tindices) an XLA-style broadcast dimension specification
 */
export function xlaBroadcastHelper(lhs: OutputLike, rhs: OutputLike, broadcastDims: OutputLike, options: InputOpOptions = {}): { lhsOutput: Output; rhsOutput: Output } {
  return opOutputs<{ lhsOutput: Output; rhsOutput: Output }>('XlaBroadcastHelper', [lhs, rhs, broadcastDims], options);
}

/** Options of {@link xlaCallModule} (TensorFlow op `XlaCallModule`). */
export interface XlaCallModuleOptions extends InputOpOptions {
  /** `version` (int): Tracks changes the semantics of the op, to support backwards compatibility. Minimum supported version is 2. From version 2, the op carries a StableHLO text or bytecode `module`. From version 3, the op also supports the `platforms` attribute. From version 4, the op carries a StableHLO module with compatibility guarantees. From version 5, XLACallModule can include `stablehlo.custom_call` op to … */
  version: number;
  /** `module` (string): A serialized computation, a text or bytecode representation of an mlir.Module. The return type must be a tuple if and only if the `Sout` is a list with 0 or more than 1 elements. The length of `Tout` and `Sout` must match. This op always returns a tuple of results, even if the module returns a single result. */
  module: string;
  /** `Sout` (list(shape)): List of output tensor shapes. At least 0 item(s). */
  sout: Array<number[] | null>;
  /** `Tout` (list(type)): List of output tensor data types. At least 0 item(s). */
  tout: DType[];
  /** `dim_args_spec` (list(string)): this attribute is not supported anymore. Default []. */
  dimArgsSpec?: string[];
  /** `platforms` (list(string)): the list of platforms supported by `module`. The list can contain the strings "CPU", "CUDA", "ROCM", or "TPU". It is an error to compile this op for a platform that does not appear in the list. This check can be disabled using `disabled_checks`. If the list contains more than one platform, then the `module` takes one additional 0-dimensional integer-tensor parameter in the first position, … Default []. */
  platforms?: string[];
  /** `function_list` (list(func)): This list contains the TensorFlow FunctionDefs that are used by the XLACallModule. If the XLACallModule contains `stablehlo.custom_call` operations, they can call TensorFlow graph functions outside of the XLACallModule. This `function_list` attribute registers the dependency of the XLACallModule on those functions. This attribute was added in version 5. Default []. */
  functionList?: Array<string | FuncAttr>;
  /** `has_token_input_output` (bool): If true, the embedded StableHLO module's main function must take a `!stablehlo.token` as its first argument and returns a token as its first result. This can be used in conjunction with the TF2XLA's side effect mechanism in order to model side effects. This is used only in versions prior to version 9. After that, the number and position of tokens among the arguments and results are obtained from … Default false. */
  hasTokenInputOutput?: boolean;
  /** `disabled_checks` (list(string)): A list of strings describing the safety checks that were disabled at serialization time. This attribute was added in version 6. For more details see https://github.com/search?q=repo%3Agoogle%2Fjax+path%3Ajax_export+%22class+DisabledSafetyCheck%22&type=code. This list, supplemented with a comma-separate list of directives specified using the flag --tf_xla_call_module_disabled_checks, is used at … Default []. */
  disabledChecks?: string[];
  /** `use_shardy_partitioner` (bool): Indicates whether Shardy is used for SPMD partitioning. Default false. */
  useShardyPartitioner?: boolean;
}

/**
 * Invokes a StableHLO module.
 *
 * This op is used with JAX native serialization in a TensorFlow context with stability guarantees.
 *
 * TensorFlow op `XlaCallModule`; outputs: output (list, dtypes Tout).
 * @param args (list, dtypes Tin) A list of `Tensor` with possibly different types to be passed as arguments to the `module`. These are the actual arguments and do not include the platform argument (see `platforms`) nor the dimension arguments (see `dim_args_spec`).
 */
export function xlaCallModule(args: OutputLike[], options: XlaCallModuleOptions): Output[] {
  return opList('XlaCallModule', [args], options);
}

/**
 * Operator that connects the output of an XLA computation to other consumer graph nodes.
 *
 * TensorFlow op `XlaClusterOutput`; outputs: outputs (dtype T).
 * @param input (dtype T)
 */
export function xlaClusterOutput(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('XlaClusterOutput', [input], options);
}

/** Options of {@link xlaConcatND} (TensorFlow op `XlaConcatND`). */
export interface XlaConcatNDOptions extends InputOpOptions {
  /** `num_concats` (list(int)). */
  numConcats: number[];
  /** `paddings` (list(int)). Default []. */
  paddings?: number[];
}

/**
 * TensorFlow op `XlaConcatND`; outputs: output (dtype T).
 * @param inputs (list of N, dtype T)
 */
export function xlaConcatND(inputs: OutputLike[], options: XlaConcatNDOptions): Output {
  return op1('XlaConcatND', [inputs], options);
}

/** Options of {@link xlaConv} (TensorFlow op `XlaConv`). */
export interface XlaConvOptions extends InputOpOptions {
  /** `dimension_numbers` (string): a serialized xla::ConvolutionDimensionNumbers proto. */
  dimensionNumbers: string;
  /** `precision_config` (string): a serialized xla::PrecisionConfig proto. */
  precisionConfig: string;
}

/**
 * Wraps the XLA ConvGeneralDilated operator, documented at
 *
 * https://www.tensorflow.org/performance/xla/operation_semantics#conv_convolution .
 *
 * TensorFlow op `XlaConv`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param lhs (dtype T) the input tensor
 * @param rhs (dtype T) the kernel tensor
 * @param windowStrides (dtype Tindices) the inter-window strides
 * @param padding (dtype Tindices) the padding to apply at the start and end of each input dimensions
 * @param lhsDilation (dtype Tindices) dilation to apply between input elements
 * @param rhsDilation (dtype Tindices) dilation to apply between kernel elements
 * @param featureGroupCount (dtype Tindices) number of feature groups for grouped convolution.
 */
export function xlaConv(lhs: OutputLike, rhs: OutputLike, windowStrides: OutputLike, padding: OutputLike, lhsDilation: OutputLike, rhsDilation: OutputLike, featureGroupCount: OutputLike, options: XlaConvOptions): Output {
  return op1('XlaConv', [lhs, rhs, windowStrides, padding, lhsDilation, rhsDilation, featureGroupCount], options);
}

/** Options of {@link xlaConvV2} (TensorFlow op `XlaConvV2`). */
export interface XlaConvV2Options extends InputOpOptions {
  /** `dimension_numbers` (string): serialized xla::ConvolutionDimensionNumbers proto. */
  dimensionNumbers: string;
  /** `precision_config` (string): serialized xla::PrecisionConfig proto. */
  precisionConfig: string;
  /** `preferred_element_type` (type): type of the tensor. One of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64. */
  preferredElementType: DType;
  /** `batch_group_count` (int): number of batch groups or grouped filters. Default 1. */
  batchGroupCount?: number;
}

/**
 * Wraps the XLA ConvGeneralDilated operator, documented at
 *
 * https://www.tensorflow.org/performance/xla/operation_semantics#conv_convolution .
 *
 * TensorFlow op `XlaConvV2`; outputs: output (dtype preferred_element_type).
 * LhsT: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * RhsT: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param lhs (dtype LhsT) input tensor
 * @param rhs (dtype RhsT) kernel tensor
 * @param windowStrides (dtype Tindices) inter-window strides
 * @param padding (dtype Tindices) padding to apply at the start and end of each input dimensions
 * @param lhsDilation (dtype Tindices) dilation to apply between input elements
 * @param rhsDilation (dtype Tindices) dilation to apply between kernel elements
 * @param featureGroupCount (dtype Tindices) number of feature groups for grouped convolution.
 */
export function xlaConvV2(lhs: OutputLike, rhs: OutputLike, windowStrides: OutputLike, padding: OutputLike, lhsDilation: OutputLike, rhsDilation: OutputLike, featureGroupCount: OutputLike, options: XlaConvV2Options): Output {
  return op1('XlaConvV2', [lhs, rhs, windowStrides, padding, lhsDilation, rhsDilation, featureGroupCount], options);
}

/** Options of {@link xlaCustomCall} (TensorFlow op `XlaCustomCall`). */
export interface XlaCustomCallOptions extends InputOpOptions {
  /** `target_name` (string): Name of the function. A call instruction will be emitted which targets this symbol name. */
  targetName: string;
  /** `backend_config` (string): String, used to encode serialized metadata to the backend. */
  backendConfig: string;
  /** `dtype` (type): Output tensor data type. */
  dtype: DType;
  /** `shape` (shape): Output tensor shape. */
  shape: number[] | null;
}

/**
 * Wraps the XLA CustomCall operator
 *
 * documented at https://www.tensorflow.org/xla/operation_semantics#customcall.
 *
 * TensorFlow op `XlaCustomCall`; outputs: output (dtype dtype).
 * @param args (list, dtypes T) A list of `Tensor` with possibly different types.
 */
export function xlaCustomCall(args: OutputLike[], options: XlaCustomCallOptions): Output {
  return op1('XlaCustomCall', [args], options);
}

/** Options of {@link xlaCustomCallV2} (TensorFlow op `XlaCustomCallV2`). */
export interface XlaCustomCallV2Options extends InputOpOptions {
  /** `call_target_name` (string): Name of the user function. The function signature must conform to version 3 of the API, see `API_VERSION_STATUS_RETURNING_UNIFIED`. All operands and results assumed to be in the default layout. */
  callTargetName: string;
  /** `backend_config` (string): A string that encodes a metadata for the backend. */
  backendConfig: string;
  /** `has_side_effect` (bool): Indicates whether the custom call has side effects. */
  hasSideEffect: boolean;
  /** `result_dtypes` (list(type)): Types of all results. At least 0 item(s). */
  resultDtypes: DType[];
  /** `result_shapes` (list(shape)): Shapes of all results. At least 0 item(s). */
  resultShapes: Array<number[] | null>;
}

/**
 * Emits an HLO `CustomCall` operation with multiple outputs.
 *
 * As opposed to `XlaCustomCall`, this operation supports multiple outputs.
 *
 * TensorFlow op `XlaCustomCallV2`; outputs: results (list, dtypes result_dtypes).
 * @param operands (list, dtypes operand_dtypes) A sequence of tensors with possibly different types.
 */
export function xlaCustomCallV2(operands: OutputLike[], options: XlaCustomCallV2Options): Output[] {
  return opList('XlaCustomCallV2', [operands], options);
}

/** Options of {@link xlaDequantize} (TensorFlow op `XlaDequantize`). */
export interface XlaDequantizeOptions extends InputOpOptions {
  /** `min_range` (float): The minimum scalar value possibly produced for the input. */
  minRange: number;
  /** `max_range` (float): The maximum scalar value possibly produced for the input. */
  maxRange: number;
  /** `mode` (string): String to determine the dequantize mode in {"MIN_COMBINED", "MIN_FIRST", "SCALED"}. */
  mode: string;
  /** `transpose_output` (bool): Boolean to determine if output is transposed. transpose_output is faster when input is large and rank of input is higher than 1. */
  transposeOutput: boolean;
}

/**
 * Takes the packed uint32 input and unpacks the input to uint8 to do
 *
 * Dequantization on device.
 *
 * TensorFlow op `XlaDequantize`; outputs: output (bfloat16).
 * @param input (uint32) Input tensors whose types is uint32, shape is [d0, ..., dn].
 */
export function xlaDequantize(input: OutputLike, options: XlaDequantizeOptions): Output {
  return op1('XlaDequantize', [input], options);
}

/** Options of {@link xlaDot} (TensorFlow op `XlaDot`). */
export interface XlaDotOptions extends InputOpOptions {
  /** `dimension_numbers` (string): a serialized xla::DotDimensionNumbers proto. */
  dimensionNumbers: string;
  /** `precision_config` (string): a serialized xla::PrecisionConfig proto. */
  precisionConfig: string;
}

/**
 * Wraps the XLA DotGeneral operator, documented at
 *
 * https://www.tensorflow.org/performance/xla/operation_semantics#dotgeneral .
 *
 * TensorFlow op `XlaDot`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param lhs (dtype T) the LHS tensor
 * @param rhs (dtype T) the RHS tensor
 */
export function xlaDot(lhs: OutputLike, rhs: OutputLike, options: XlaDotOptions): Output {
  return op1('XlaDot', [lhs, rhs], options);
}

/** Options of {@link xlaDotV2} (TensorFlow op `XlaDotV2`). */
export interface XlaDotV2Options extends InputOpOptions {
  /** `dimension_numbers` (string): a serialized xla::DotDimensionNumbers proto. */
  dimensionNumbers: string;
  /** `precision_config` (string): a serialized xla::PrecisionConfig proto. */
  precisionConfig: string;
  /** `preferred_element_type` (type): The type of the tensor. One of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64. */
  preferredElementType: DType;
}

/**
 * Wraps the XLA DotGeneral operator, documented at
 *
 * https://www.tensorflow.org/performance/xla/operation_semantics#dotgeneral .
 *
 * TensorFlow op `XlaDotV2`; outputs: output (dtype preferred_element_type).
 * LhsT: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * RhsT: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param lhs (dtype LhsT) the LHS tensor
 * @param rhs (dtype RhsT) the RHS tensor
 */
export function xlaDotV2(lhs: OutputLike, rhs: OutputLike, options: XlaDotV2Options): Output {
  return op1('XlaDotV2', [lhs, rhs], options);
}

/**
 * Wraps the XLA DynamicSlice operator, documented at
 *
 * https://www.tensorflow.org/performance/xla/operation_semantics#dynamicslice .
 *
 * TensorFlow op `XlaDynamicSlice`; outputs: output (dtype T).
 * Tindices: one of int32, int64.
 * @param input (dtype T) A `Tensor` of type T.
 * @param startIndices (dtype Tindices) List of N integers containing the slice size for each dimension. Each value must be strictly greater than zero, and start + size must be less than or equal to the size of the dimension to avoid implementation defined behavior.
 * @param sizeIndices (dtype Tindices)
 */
export function xlaDynamicSlice(input: OutputLike, startIndices: OutputLike, sizeIndices: OutputLike, options: InputOpOptions = {}): Output {
  return op1('XlaDynamicSlice', [input, startIndices, sizeIndices], options);
}

/**
 * Wraps the XLA DynamicUpdateSlice operator, documented at
 *
 * https://www.tensorflow.org/performance/xla/operation_semantics#dynamicupdateslice .
 *
 * TensorFlow op `XlaDynamicUpdateSlice`; outputs: output (dtype T).
 * Tindices: one of int32, int64.
 * @param input (dtype T) A `Tensor` of type T.
 * @param update (dtype T) A `Tensor` of type T. Same rank as `input`.
 * @param indices (dtype Tindices) A vector of indices into `input`. Must have length equal to the rank of `input`.
 */
export function xlaDynamicUpdateSlice(input: OutputLike, update: OutputLike, indices: OutputLike, options: InputOpOptions = {}): Output {
  return op1('XlaDynamicUpdateSlice', [input, update, indices], options);
}

/** Options of {@link xlaEinsum} (TensorFlow op `XlaEinsum`). */
export interface XlaEinsumOptions extends InputOpOptions {
  /** `equation` (string). */
  equation: string;
}

/**
 * An op which supports basic einsum op with 2 inputs and 1 output.
 *
 * This op has better TPU performance since it doesn't have explicitly reshape and transpose operations as tf.einsum does.
 *
 * TensorFlow op `XlaEinsum`; outputs: product (dtype T).
 * T: one of complex64, bfloat16, float32.
 * @param a (dtype T)
 * @param b (dtype T)
 */
export function xlaEinsum(a: OutputLike, b: OutputLike, options: XlaEinsumOptions): Output {
  return op1('XlaEinsum', [a, b], options);
}

/** Options of {@link xlaGather} (TensorFlow op `XlaGather`). */
export interface XlaGatherOptions extends InputOpOptions {
  /** `dimension_numbers` (string): A serialized xla::GatherDimensionNumbers proto. */
  dimensionNumbers: string;
  /** `indices_are_sorted` (bool): Boolean indicating if the indices are sorted. */
  indicesAreSorted: boolean;
}

/**
 * Wraps the XLA Gather operator documented at
 *
 * https://www.tensorflow.org/xla/operation_semantics#gather
 *
 * TensorFlow op `XlaGather`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64, bool.
 * Tindices: one of int32, int64.
 * @param operand (dtype T) The array we're gathering from.
 * @param startIndices (dtype Tindices) Array containing the starting indices of the slices we gather.
 * @param sliceSizes (dtype Tindices) slice_sizes[i] is the bounds for the slice on dimension i.
 */
export function xlaGather(operand: OutputLike, startIndices: OutputLike, sliceSizes: OutputLike, options: XlaGatherOptions): Output {
  return op1('XlaGather', [operand, startIndices, sliceSizes], options);
}

/** Options of {@link xlaHostCompute} (TensorFlow op `XlaHostCompute`). */
export interface XlaHostComputeOptions extends InputOpOptions {
  /** `Toutputs` (list(type)). At least 0 item(s). */
  toutputs: DType[];
  /** `ancestors` (list(string)). At least 0 item(s). */
  ancestors: string[];
  /** `shapes` (list(shape)). At least 0 item(s). */
  shapes: Array<number[] | null>;
  /** `shape_inference_graph` (func). */
  shapeInferenceGraph: string | FuncAttr;
  /** `key` (string). */
  key: string;
  /** `send_key` (string). Default "". */
  sendKey?: string;
  /** `recv_key` (string). Default "". */
  recvKey?: string;
  /** `cost_estimate_ns` (int). Default 1000000. */
  costEstimateNs?: number;
  /** `tpu_core` (int). Default 0. */
  tpuCore?: number;
}

/**
 * TensorFlow op `XlaHostCompute`; outputs: outputs (list, dtypes Toutputs).
 * @param inputs (list, dtypes Tinputs)
 */
export function xlaHostCompute(inputs: OutputLike[], options: XlaHostComputeOptions): Output[] {
  return opList('XlaHostCompute', [inputs], options);
}

/** Options of {@link xlaIf} (TensorFlow op `XlaIf`). */
export interface XlaIfOptions extends InputOpOptions {
  /** `then_branch` (func): A function takes 'inputs' and returns a list of tensors, whose types are the same as what else_branch returns. */
  thenBranch: string | FuncAttr;
  /** `else_branch` (func): A function takes 'inputs' and returns a list of tensors. whose types are the same as what then_branch returns. */
  elseBranch: string | FuncAttr;
  /** `Tout` (list(type)). At least 0 item(s). */
  tout: DType[];
}

/**
 * output = cond ? then_branch(inputs) : else_branch(inputs).
 *
 * TensorFlow op `XlaIf`; outputs: output (list, dtypes Tout).
 * @param cond (dtype Tcond) A boolean scalar.
 * @param inputs (list, dtypes Tin) A list of input tensors.
 */
export function xlaIf(cond: OutputLike, inputs: OutputLike[], options: XlaIfOptions): Output[] {
  return opList('XlaIf', [cond, inputs], options);
}

/**
 * Wraps the XLA Sort operator, documented at
 *
 * https://www.tensorflow.org/performance/xla/operation_semantics#sort .
 *
 * TensorFlow op `XlaKeyValueSort`; outputs: sorted_keys (dtype K), sorted_values (dtype V).
 * K: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param keys (dtype K) A `Tensor` of type K.
 * @param values (dtype V) A `Tensor` of type V.
 */
export function xlaKeyValueSort(keys: OutputLike, values: OutputLike, options: InputOpOptions = {}): { sortedKeys: Output; sortedValues: Output } {
  return opOutputs<{ sortedKeys: Output; sortedValues: Output }>('XlaKeyValueSort', [keys, values], options);
}

/** Options of {@link xlaLaunch} (TensorFlow op `XlaLaunch`). */
export interface XlaLaunchOptions extends InputOpOptions {
  /** `Tresults` (list(type)). At least 0 item(s). */
  tresults: DType[];
  /** `function` (func). */
  function: string | FuncAttr;
}

/**
 * XLA Launch Op. For use by the XLA JIT only.
 *
 * TensorFlow op `XlaLaunch`; outputs: results (list, dtypes Tresults).
 * @param constants (list, dtypes Tconstants)
 * @param args (list, dtypes Targs)
 * @param resources (list of Nresources, resource)
 */
export function xlaLaunch(constants: OutputLike[], args: OutputLike[], resources: OutputLike[], options: XlaLaunchOptions): Output[] {
  return opList('XlaLaunch', [constants, args, resources], options);
}

/** Options of {@link xlaLaunchV2} (TensorFlow op `XlaLaunchV2`). */
export interface XlaLaunchV2Options extends InputOpOptions {
  /** `Tresults` (list(type)). At least 0 item(s). */
  tresults: DType[];
  /** `constants` (list(int)). At least 0 item(s). */
  constants: number[];
  /** `resources` (list(int)). At least 0 item(s). */
  resources: number[];
  /** `function` (func). */
  function: string | FuncAttr;
}

/**
 * XLA Launch Op. For use by the XLA JIT only.
 *
 * TensorFlow op `XlaLaunchV2`; outputs: results (list, dtypes Tresults).
 * @param args (list, dtypes Targs)
 */
export function xlaLaunchV2(args: OutputLike[], options: XlaLaunchV2Options): Output[] {
  return opList('XlaLaunchV2', [args], options);
}

/**
 * Wraps the XLA OptimizationBarrier operator.
 *
 * Documented at https://www.tensorflow.org/xla/operation_semantics#optimizationbarrier.
 *
 * TensorFlow op `XlaOptimizationBarrier`; outputs: output (list, dtypes T).
 * @param input (list, dtypes T) A Tuple of Arrays of any type.
 */
export function xlaOptimizationBarrier(input: OutputLike[], options: InputOpOptions = {}): Output[] {
  return opList('XlaOptimizationBarrier', [input], options);
}

/**
 * Wraps the XLA Pad operator, documented at
 *
 * https://www.tensorflow.org/performance/xla/operation_semantics#pad .
 *
 * TensorFlow op `XlaPad`; outputs: output (dtype T).
 * Tindices: one of int32, int64.
 * @param input (dtype T) A `Tensor` of type T.
 * @param paddingValue (dtype T) A scalar `Tensor` of type T.
 * @param paddingLow (dtype Tindices) the padding to apply at the start of each input dimensions. Must be a compile-time constant 1D tensor of length equal to rank of input.
 * @param paddingHigh (dtype Tindices) the padding to apply at the end of each input dimension. Must be a compile-time constant 1D tensor of length equal to rank of input.
 * @param paddingInterior (dtype Tindices) the padding to apply between each input element. Must be a compile-time constant 1D tensor of length equal to rank of input, containing only non-negative values.
 */
export function xlaPad(input: OutputLike, paddingValue: OutputLike, paddingLow: OutputLike, paddingHigh: OutputLike, paddingInterior: OutputLike, options: InputOpOptions = {}): Output {
  return op1('XlaPad', [input, paddingValue, paddingLow, paddingHigh, paddingInterior], options);
}

/** Options of {@link xlaRecv} (TensorFlow op `XlaRecv`). */
export interface XlaRecvOptions extends OpOptions {
  /** `dtype` (type): The type of the tensor. */
  dtype: DType;
  /** `tensor_name` (string): A string key that identifies the channel. */
  tensorName: string;
  /** `shape` (shape): The shape of the tensor. */
  shape: number[] | null;
}

/**
 * Receives the named tensor from another XLA computation. Wraps the XLA Recv
 *
 * operator documented at https://www.tensorflow.org/performance/xla/operation_semantics#recv .
 *
 * TensorFlow op `XlaRecv`; outputs: tensor (dtype dtype).
 */
export function xlaRecv(graph: Graph, options: XlaRecvOptions): Output {
  return op1('XlaRecv', graph, options);
}

/** Options of {@link xlaRecvFromHost} (TensorFlow op `XlaRecvFromHost`). */
export interface XlaRecvFromHostOptions extends OpOptions {
  /** `Toutput` (type). */
  toutput: DType;
  /** `shape` (shape). */
  shape: number[] | null;
  /** `key` (string). */
  key: string;
}

/** TensorFlow op `XlaRecvFromHost`; outputs: output (dtype Toutput). */
export function xlaRecvFromHost(graph: Graph, options: XlaRecvFromHostOptions): Output {
  return op1('XlaRecvFromHost', graph, options);
}

/** Options of {@link xlaRecvTPUEmbeddingActivations} (TensorFlow op `XlaRecvTPUEmbeddingActivations`). */
export interface XlaRecvTPUEmbeddingActivationsOptions extends InputOpOptions {
  /** `num_tables` (int). Minimum 1. */
  numTables: number;
  /** `config` (string). */
  config: string;
}

/**
 * TensorFlow op `XlaRecvTPUEmbeddingActivations`; outputs: outputs (list of num_tables, float32).
 * @param deduplicationData (variant)
 */
export function xlaRecvTPUEmbeddingActivations(deduplicationData: OutputLike, options: XlaRecvTPUEmbeddingActivationsOptions): Output[] {
  return opList('XlaRecvTPUEmbeddingActivations', [deduplicationData], options);
}

/** Options of {@link xlaRecvTPUEmbeddingActivationsV2} (TensorFlow op `XlaRecvTPUEmbeddingActivationsV2`). */
export interface XlaRecvTPUEmbeddingActivationsV2Options extends InputOpOptions {
  /** `num_tables` (int). Minimum 1. */
  numTables: number;
  /** `config` (string). */
  config: string;
  /** `embedding_partitions` (string). */
  embeddingPartitions: string;
  /** `hbm_buffers_config` (string). */
  hbmBuffersConfig: string;
  /** `tpu_topology` (string). */
  tpuTopology: string;
}

/**
 * TensorFlow op `XlaRecvTPUEmbeddingActivationsV2`; outputs: outputs (list of num_tables, float32).
 * @param deduplicationData (variant)
 */
export function xlaRecvTPUEmbeddingActivationsV2(deduplicationData: OutputLike, options: XlaRecvTPUEmbeddingActivationsV2Options): Output[] {
  return opList('XlaRecvTPUEmbeddingActivationsV2', [deduplicationData], options);
}

/** Options of {@link xlaRecvTPUEmbeddingDeduplicationData} (TensorFlow op `XlaRecvTPUEmbeddingDeduplicationData`). */
export interface XlaRecvTPUEmbeddingDeduplicationDataOptions extends OpOptions {
  /** `config` (string). */
  config: string;
}

/** TensorFlow op `XlaRecvTPUEmbeddingDeduplicationData`; outputs: output (variant). */
export function xlaRecvTPUEmbeddingDeduplicationData(graph: Graph, options: XlaRecvTPUEmbeddingDeduplicationDataOptions): Output {
  return op1('XlaRecvTPUEmbeddingDeduplicationData', graph, options);
}

/** Options of {@link xlaRecvTPUEmbeddingDeduplicationDataV2} (TensorFlow op `XlaRecvTPUEmbeddingDeduplicationDataV2`). */
export interface XlaRecvTPUEmbeddingDeduplicationDataV2Options extends OpOptions {
  /** `config` (string). */
  config: string;
  /** `embedding_partitions` (string). */
  embeddingPartitions: string;
  /** `hbm_buffers_config` (string). */
  hbmBuffersConfig: string;
  /** `tpu_topology` (string). */
  tpuTopology: string;
}

/** TensorFlow op `XlaRecvTPUEmbeddingDeduplicationDataV2`; outputs: output (variant). */
export function xlaRecvTPUEmbeddingDeduplicationDataV2(graph: Graph, options: XlaRecvTPUEmbeddingDeduplicationDataV2Options): Output {
  return op1('XlaRecvTPUEmbeddingDeduplicationDataV2', graph, options);
}

/** Options of {@link xlaReduce} (TensorFlow op `XlaReduce`). */
export interface XlaReduceOptions extends InputOpOptions {
  /** `dimensions_to_reduce` (list(int)): dimension numbers over which to reduce */
  dimensionsToReduce: number[];
  /** `reducer` (func): a reducer function to apply */
  reducer: string | FuncAttr;
}

/**
 * Wraps the XLA Reduce operator, documented at
 *
 * https://www.tensorflow.org/performance/xla/operation_semantics#reduce .
 *
 * TensorFlow op `XlaReduce`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64, bool.
 * @param input (dtype T) the input tensor
 * @param initValue (dtype T) a scalar representing the initial value for the reduction
 */
export function xlaReduce(input: OutputLike, initValue: OutputLike, options: XlaReduceOptions): Output {
  return op1('XlaReduce', [input, initValue], options);
}

/** Options of {@link xlaReducePrecision} (TensorFlow op `XlaReducePrecision`). */
export interface XlaReducePrecisionOptions extends InputOpOptions {
  /** `exponent_bits` (int): number of exponent bits in lower-precision format */
  exponentBits: number;
  /** `mantissa_bits` (int): number of mantissa bits in lower-precision format */
  mantissaBits: number;
}

/**
 * Wraps the XLA ReducePrecision operator
 *
 * documented at https://www.tensorflow.org/xla/operation_semantics#reduceprecision.
 *
 * TensorFlow op `XlaReducePrecision`; outputs: output (dtype T).
 * T: one of bfloat16, float16, float32, float64.
 * @param operand (dtype T) array of floating-point type.
 */
export function xlaReducePrecision(operand: OutputLike, options: XlaReducePrecisionOptions): Output {
  return op1('XlaReducePrecision', [operand], options);
}

/** Options of {@link xlaReduceScatter} (TensorFlow op `XlaReduceScatter`). */
export interface XlaReduceScatterOptions extends InputOpOptions {
  /** `reduce_op` (string): Reduction computation. One of "Min", "Max", "Mul", "Add", "Mean". */
  reduceOp: string;
}

/**
 * Wraps the XLA ReduceScatter operator
 *
 * documented at https://www.tensorflow.org/xla/operation_semantics#reducescatter.
 *
 * TensorFlow op `XlaReduceScatter`; outputs: output (dtype T).
 * T: one of float16, bfloat16, float32, int32, uint32.
 * @param input (dtype T) Array or a non-empty tuple of arrays to reduce across replicas.
 * @param groupAssignment (int32) Groups between which the reductions are performed.
 * @param scatterDimension (int32) Dimension to scatter.
 */
export function xlaReduceScatter(input: OutputLike, groupAssignment: OutputLike, scatterDimension: OutputLike, options: XlaReduceScatterOptions): Output {
  return op1('XlaReduceScatter', [input, groupAssignment, scatterDimension], options);
}

/** Options of {@link xlaReduceWindow} (TensorFlow op `XlaReduceWindow`). */
export interface XlaReduceWindowOptions extends InputOpOptions {
  /** `computation` (func): a reducer function to apply */
  computation: string | FuncAttr;
}

/**
 * Wraps the XLA ReduceWindow operator, documented at
 *
 * https://www.tensorflow.org/performance/xla/operation_semantics#reducewindow .
 *
 * TensorFlow op `XlaReduceWindow`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64, bool.
 * Tindices: one of int32, int64.
 * @param input (dtype T) the input tensor
 * @param initValue (dtype T) a scalar representing the initial value for the reduction
 * @param windowDimensions (dtype Tindices) the shape of the window
 * @param windowStrides (dtype Tindices) the inter-window strides
 * @param baseDilations (dtype Tindices)
 * @param windowDilations (dtype Tindices)
 * @param padding (dtype Tindices) the padding to apply at the start and end of each input dimensions
 */
export function xlaReduceWindow(input: OutputLike, initValue: OutputLike, windowDimensions: OutputLike, windowStrides: OutputLike, baseDilations: OutputLike, windowDilations: OutputLike, padding: OutputLike, options: XlaReduceWindowOptions): Output {
  return op1('XlaReduceWindow', [input, initValue, windowDimensions, windowStrides, baseDilations, windowDilations, padding], options);
}

/**
 * Inverse of XlaSetDynamicDimensionSize.
 *
 * Make an xla bounded dynamic dimension into a static dimension. The bound of the size of dimension `dim_index` becomes the static dimension size.
 *
 * TensorFlow op `XlaRemoveDynamicDimensionSize`; outputs: output (dtype T).
 * @param input (dtype T)
 * @param dimIndex (int32)
 */
export function xlaRemoveDynamicDimensionSize(input: OutputLike, dimIndex: OutputLike, options: InputOpOptions = {}): Output {
  return op1('XlaRemoveDynamicDimensionSize', [input, dimIndex], options);
}

/**
 * Replica ID.
 *
 * TensorFlow op `XlaReplicaId`; outputs: id (int32).
 */
export function xlaReplicaId(graph: Graph, options: OpOptions = {}): Output {
  return op1('XlaReplicaId', graph, options);
}

/** Options of {@link xlaRngBitGenerator} (TensorFlow op `XlaRngBitGenerator`). */
export interface XlaRngBitGeneratorOptions extends InputOpOptions {
  /** `dtype` (type): The type of the tensor. One of uint8, int8, int32, int64, uint32, uint64. Default 'uint64'. */
  dtype?: DType;
}

/**
 * Stateless PRNG bit generator.
 *
 * Wraps the XLA RngBitGenerator operator, documented at https://www.tensorflow.org/performance/xla/operation_semantics#rngbitgenerator.
 *
 * TensorFlow op `XlaRngBitGenerator`; outputs: output_key (uint64), output (dtype dtype).
 * Tshape: one of int32, int64.
 * @param algorithm (int32) The PRNG algorithm to use, one of tf.random.Algorithm.{PHILOX, THREEFRY, AUTO_SELECT}.
 * @param initialState (uint64) Initial state for the PRNG algorithm. For THREEFRY, it should be a u64[2] and for PHILOX a u64[3].
 * @param shape (dtype Tshape) The output shape of the generated data.
 */
export function xlaRngBitGenerator(algorithm: OutputLike, initialState: OutputLike, shape: OutputLike, options: XlaRngBitGeneratorOptions = {}): { outputKey: Output; output: Output } {
  return opOutputs<{ outputKey: Output; output: Output }>('XlaRngBitGenerator', [algorithm, initialState, shape], options);
}

/** Options of {@link xlaScatter} (TensorFlow op `XlaScatter`). */
export interface XlaScatterOptions extends InputOpOptions {
  /** `update_computation` (func): Computation to be used for combining the existing values in the input array and the updates during scatter. */
  updateComputation: string | FuncAttr;
  /** `dimension_numbers` (string): A serialized xla::ScatterDimensionNumbers proto. */
  dimensionNumbers: string;
  /** `indices_are_sorted` (bool): Boolean indicating if the indices are sorted. */
  indicesAreSorted: boolean;
}

/**
 * Wraps the XLA Scatter operator documented at
 *
 * https://www.tensorflow.org/xla/operation_semantics#scatter.
 *
 * TensorFlow op `XlaScatter`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64, bool.
 * Tindices: one of int32, int64.
 * @param operand (dtype T) Array to be scattered into.
 * @param scatterIndices (dtype Tindices) Array containing the starting indices of the slices that must be scattered to.
 * @param updates (dtype T) Array containing the values that must be used for scattering.
 */
export function xlaScatter(operand: OutputLike, scatterIndices: OutputLike, updates: OutputLike, options: XlaScatterOptions): Output {
  return op1('XlaScatter', [operand, scatterIndices, updates], options);
}

/** Options of {@link xlaSelectAndScatter} (TensorFlow op `XlaSelectAndScatter`). */
export interface XlaSelectAndScatterOptions extends InputOpOptions {
  /** `select` (func): a selection function to apply */
  select: string | FuncAttr;
  /** `scatter` (func): a scatter function to apply */
  scatter: string | FuncAttr;
}

/**
 * Wraps the XLA SelectAndScatter operator, documented at
 *
 * https://www.tensorflow.org/performance/xla/operation_semantics#selectandscatter .
 *
 * TensorFlow op `XlaSelectAndScatter`; outputs: output (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * Tindices: one of int32, int64.
 * @param operand (dtype T) the input tensor
 * @param windowDimensions (dtype Tindices) the shape of the window
 * @param windowStrides (dtype Tindices) the inter-window strides
 * @param padding (dtype Tindices) the padding to apply at the start and end of each input dimensions
 * @param source (dtype T) a tensor of values to scatter
 * @param initValue (dtype T) a scalar representing the initial value for the output tensor
 */
export function xlaSelectAndScatter(operand: OutputLike, windowDimensions: OutputLike, windowStrides: OutputLike, padding: OutputLike, source: OutputLike, initValue: OutputLike, options: XlaSelectAndScatterOptions): Output {
  return op1('XlaSelectAndScatter', [operand, windowDimensions, windowStrides, padding, source, initValue], options);
}

/** Options of {@link xlaSelfAdjointEig} (TensorFlow op `XlaSelfAdjointEig`). */
export interface XlaSelfAdjointEigOptions extends InputOpOptions {
  /** `lower` (bool): a boolean specifies whether the calculation is done with the lower triangular part or the upper triangular part. */
  lower: boolean;
  /** `max_iter` (int): maximum number of sweep update, i.e., the whole lower triangular part or upper triangular part based on parameter lower. Heuristically, it has been argued that approximately logN sweeps are needed in practice (Ref: Golub & van Loan "Matrix Computation"). */
  maxIter: number;
  /** `epsilon` (float): the tolerance ratio. */
  epsilon: number;
}

/**
 * Computes the eigen decomposition of a batch of self-adjoint matrices
 *
 * (Note: Only real inputs are supported).
 *
 * TensorFlow op `XlaSelfAdjointEig`; outputs: w (dtype T), v (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param a (dtype T) the input tensor.
 */
export function xlaSelfAdjointEig(a: OutputLike, options: XlaSelfAdjointEigOptions): { w: Output; v: Output } {
  return opOutputs<{ w: Output; v: Output }>('XlaSelfAdjointEig', [a], options);
}

/** Options of {@link xlaSend} (TensorFlow op `XlaSend`). */
export interface XlaSendOptions extends InputOpOptions {
  /** `tensor_name` (string): A string key that identifies the channel. */
  tensorName: string;
}

/**
 * Sends the named tensor to another XLA computation. Wraps the XLA Send operator
 *
 * documented at https://www.tensorflow.org/performance/xla/operation_semantics#send .
 *
 * TensorFlow op `XlaSend`.
 * @param tensor (dtype T) The tensor to send.
 */
export function xlaSend(tensor: OutputLike, options: XlaSendOptions): Operation {
  return opNoOutput('XlaSend', [tensor], options);
}

/** Options of {@link xlaSendTPUEmbeddingGradients} (TensorFlow op `XlaSendTPUEmbeddingGradients`). */
export interface XlaSendTPUEmbeddingGradientsOptions extends InputOpOptions {
  /** `config` (string). */
  config: string;
}

/**
 * TensorFlow op `XlaSendTPUEmbeddingGradients`.
 * @param gradients (list of NumTables, float32)
 * @param learningRates (list of NumLearningRateTags, float32)
 * @param deduplicationData (variant)
 */
export function xlaSendTPUEmbeddingGradients(gradients: OutputLike[], learningRates: OutputLike[], deduplicationData: OutputLike, options: XlaSendTPUEmbeddingGradientsOptions): Operation {
  return opNoOutput('XlaSendTPUEmbeddingGradients', [gradients, learningRates, deduplicationData], options);
}

/** Options of {@link xlaSendTPUEmbeddingGradientsV2} (TensorFlow op `XlaSendTPUEmbeddingGradientsV2`). */
export interface XlaSendTPUEmbeddingGradientsV2Options extends InputOpOptions {
  /** `config` (string). */
  config: string;
  /** `embedding_partitions` (string). */
  embeddingPartitions: string;
  /** `hbm_buffers_config` (string). */
  hbmBuffersConfig: string;
  /** `tpu_topology` (string). */
  tpuTopology: string;
}

/**
 * TensorFlow op `XlaSendTPUEmbeddingGradientsV2`.
 * @param gradients (list of NumTables, float32)
 * @param learningRates (list of NumLearningRateTags, float32)
 * @param deduplicationData (variant)
 */
export function xlaSendTPUEmbeddingGradientsV2(gradients: OutputLike[], learningRates: OutputLike[], deduplicationData: OutputLike, options: XlaSendTPUEmbeddingGradientsV2Options): Operation {
  return opNoOutput('XlaSendTPUEmbeddingGradientsV2', [gradients, learningRates, deduplicationData], options);
}

/** Options of {@link xlaSendToHost} (TensorFlow op `XlaSendToHost`). */
export interface XlaSendToHostOptions extends InputOpOptions {
  /** `key` (string). */
  key: string;
}

/**
 * TensorFlow op `XlaSendToHost`.
 * @param input (dtype Tinput)
 */
export function xlaSendToHost(input: OutputLike, options: XlaSendToHostOptions): Operation {
  return opNoOutput('XlaSendToHost', [input], options);
}

/**
 * Set a bound for the given input value as a hint to Xla compiler,
 *
 * returns the same value.
 *
 * TensorFlow op `XlaSetBound`; outputs: output (int32).
 * @param input (int32)
 * @param bound (int32)
 */
export function xlaSetBound(input: OutputLike, bound: OutputLike, options: InputOpOptions = {}): Output {
  return op1('XlaSetBound', [input, bound], options);
}

/**
 * Make a static dimension into a xla bounded dynamic dimension.
 *
 * The current static dimension size will become the bound and the second operand becomes the dynamic size of the dimension.
 *
 * TensorFlow op `XlaSetDynamicDimensionSize`; outputs: output (dtype T).
 * @param input (dtype T)
 * @param dimIndex (int32)
 * @param size (int32)
 */
export function xlaSetDynamicDimensionSize(input: OutputLike, dimIndex: OutputLike, size: OutputLike, options: InputOpOptions = {}): Output {
  return op1('XlaSetDynamicDimensionSize', [input, dimIndex, size], options);
}

/** Options of {@link xlaSharding} (TensorFlow op `XlaSharding`). */
export interface XlaShardingOptions extends InputOpOptions {
  /** `sharding` (string). Default "". */
  sharding?: string;
  /** `unspecified_dims` (list(int)). Default []. */
  unspecifiedDims?: number[];
}

/**
 * An op which shards the input based on the given sharding attribute. It can
 *
 * selectively annotate a subset of tensor dimensions by skipping unspecified_dims, and the sharding annotation should be replicated in those dims.
 *
 * TensorFlow op `XlaSharding`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function xlaSharding(input: OutputLike, options: XlaShardingOptions = {}): Output {
  return op1('XlaSharding', [input], options);
}

/**
 * Wraps the XLA Sort operator, documented at
 *
 * https://www.tensorflow.org/performance/xla/operation_semantics#sort .
 *
 * TensorFlow op `XlaSort`; outputs: output (dtype T).
 * @param input (dtype T) A `Tensor` of type T.
 */
export function xlaSort(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('XlaSort', [input], options);
}

/** Options of {@link xlaSparseActivationsUnstack} (TensorFlow op `XlaSparseActivationsUnstack`). */
export interface XlaSparseActivationsUnstackOptions extends InputOpOptions {
  /** `num_tables` (int). Minimum 1. */
  numTables: number;
  /** `sample_counts` (list(int)). At least 1 item(s). */
  sampleCounts: number[];
  /** `features` (list(int)). At least 1 item(s). */
  features: number[];
  /** `interleaved` (bool). */
  interleaved: boolean;
  /** `dtype` (type). */
  dtype: DType;
}

/**
 * TensorFlow op `XlaSparseActivationsUnstack`; outputs: unstacked_activations (list of num_tables, dtype dtype).
 * @param stackedActivations (dtype input_dtype)
 */
export function xlaSparseActivationsUnstack(stackedActivations: OutputLike, options: XlaSparseActivationsUnstackOptions): Output[] {
  return opList('XlaSparseActivationsUnstack', [stackedActivations], options);
}

/** Options of {@link xlaSparseCoreAdagrad} (TensorFlow op `XlaSparseCoreAdagrad`). */
export interface XlaSparseCoreAdagradOptions extends InputOpOptions {
  /** `feature_width` (int). */
  featureWidth: number;
}

/**
 * TensorFlow op `XlaSparseCoreAdagrad`; outputs: updated_embedding_table (float32), updated_accumulator (float32).
 * @param indices (int32)
 * @param gradient (float32)
 * @param learningRate (float32)
 * @param accumulator (float32)
 * @param embeddingTable (float32)
 */
export function xlaSparseCoreAdagrad(indices: OutputLike, gradient: OutputLike, learningRate: OutputLike, accumulator: OutputLike, embeddingTable: OutputLike, options: XlaSparseCoreAdagradOptions): { updatedEmbeddingTable: Output; updatedAccumulator: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedAccumulator: Output }>('XlaSparseCoreAdagrad', [indices, gradient, learningRate, accumulator, embeddingTable], options);
}

/** Options of {@link xlaSparseCoreAdagradMomentum} (TensorFlow op `XlaSparseCoreAdagradMomentum`). */
export interface XlaSparseCoreAdagradMomentumOptions extends InputOpOptions {
  /** `feature_width` (int). */
  featureWidth: number;
  /** `use_nesterov` (bool). */
  useNesterov: boolean;
  /** `beta_2` (float). */
  beta2: number;
  /** `exponent` (float). */
  exponent: number;
}

/**
 * TensorFlow op `XlaSparseCoreAdagradMomentum`; outputs: updated_embedding_table (float32), updated_accumulator (float32), updated_momentum (float32).
 * @param indices (int32)
 * @param gradient (float32)
 * @param learningRate (float32)
 * @param beta1 (float32)
 * @param epsilon (float32)
 * @param accumulator (float32)
 * @param momentum (float32)
 * @param embeddingTable (float32)
 */
export function xlaSparseCoreAdagradMomentum(indices: OutputLike, gradient: OutputLike, learningRate: OutputLike, beta1: OutputLike, epsilon: OutputLike, accumulator: OutputLike, momentum: OutputLike, embeddingTable: OutputLike, options: XlaSparseCoreAdagradMomentumOptions): { updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedMomentum: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedMomentum: Output }>('XlaSparseCoreAdagradMomentum', [indices, gradient, learningRate, beta1, epsilon, accumulator, momentum, embeddingTable], options);
}

/** Options of {@link xlaSparseCoreAdam} (TensorFlow op `XlaSparseCoreAdam`). */
export interface XlaSparseCoreAdamOptions extends InputOpOptions {
  /** `feature_width` (int). */
  featureWidth: number;
  /** `use_sum_inside_sqrt` (bool). */
  useSumInsideSqrt: boolean;
}

/**
 * TensorFlow op `XlaSparseCoreAdam`; outputs: updated_embedding_table (float32), updated_velocity (float32), updated_momentum (float32).
 * @param embeddingTable (float32)
 * @param indices (int32)
 * @param gradient (float32)
 * @param learningRate (float32)
 * @param momentum (float32)
 * @param velocity (float32)
 * @param beta1 (float32)
 * @param beta2 (float32)
 * @param epsilon (float32)
 */
export function xlaSparseCoreAdam(embeddingTable: OutputLike, indices: OutputLike, gradient: OutputLike, learningRate: OutputLike, momentum: OutputLike, velocity: OutputLike, beta1: OutputLike, beta2: OutputLike, epsilon: OutputLike, options: XlaSparseCoreAdamOptions): { updatedEmbeddingTable: Output; updatedVelocity: Output; updatedMomentum: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedVelocity: Output; updatedMomentum: Output }>('XlaSparseCoreAdam', [embeddingTable, indices, gradient, learningRate, momentum, velocity, beta1, beta2, epsilon], options);
}

/** Options of {@link xlaSparseCoreFtrl} (TensorFlow op `XlaSparseCoreFtrl`). */
export interface XlaSparseCoreFtrlOptions extends InputOpOptions {
  /** `feature_width` (int). */
  featureWidth: number;
  /** `multiply_linear_by_learning_rate` (bool). */
  multiplyLinearByLearningRate: boolean;
  /** `l1_regularization_strength` (float). */
  l1RegularizationStrength: number;
}

/**
 * TensorFlow op `XlaSparseCoreFtrl`; outputs: updated_embedding_table (float32), updated_accumulator (float32), updated_linear (float32).
 * @param embeddingTable (float32)
 * @param accumulator (float32)
 * @param linear (float32)
 * @param learningRate (float32)
 * @param indices (int32)
 * @param gradient (float32)
 * @param beta (float32)
 * @param learningRatePower (float32)
 * @param l2RegularizationStrength (float32)
 */
export function xlaSparseCoreFtrl(embeddingTable: OutputLike, accumulator: OutputLike, linear: OutputLike, learningRate: OutputLike, indices: OutputLike, gradient: OutputLike, beta: OutputLike, learningRatePower: OutputLike, l2RegularizationStrength: OutputLike, options: XlaSparseCoreFtrlOptions): { updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedLinear: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedLinear: Output }>('XlaSparseCoreFtrl', [embeddingTable, accumulator, linear, learningRate, indices, gradient, beta, learningRatePower, l2RegularizationStrength], options);
}

/** Options of {@link xlaSparseCoreSgd} (TensorFlow op `XlaSparseCoreSgd`). */
export interface XlaSparseCoreSgdOptions extends InputOpOptions {
  /** `feature_width` (int). */
  featureWidth: number;
}

/**
 * TensorFlow op `XlaSparseCoreSgd`; outputs: updated_embedding_table (float32).
 * @param indices (int32)
 * @param gradient (float32)
 * @param learningRate (float32)
 * @param embeddingTable (float32)
 */
export function xlaSparseCoreSgd(indices: OutputLike, gradient: OutputLike, learningRate: OutputLike, embeddingTable: OutputLike, options: XlaSparseCoreSgdOptions): Output {
  return op1('XlaSparseCoreSgd', [indices, gradient, learningRate, embeddingTable], options);
}

/** Options of {@link xlaSparseDenseMatmul} (TensorFlow op `XlaSparseDenseMatmul`). */
export interface XlaSparseDenseMatmulOptions extends InputOpOptions {
  /** `max_ids_per_partition` (int). Minimum 0. */
  maxIdsPerPartition: number;
  /** `max_unique_ids_per_partition` (int). Minimum 0. */
  maxUniqueIdsPerPartition: number;
  /** `input_size` (int). Minimum 0. */
  inputSize: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmul`; outputs: activations (float32), row_pointers (int32), sorted_embedding_ids (int32), sorted_sample_ids (int32), sorted_gains (float32).
 * @param rowIds (int32)
 * @param colIds (uint32)
 * @param values (float32)
 * @param offsets (uint32)
 * @param embeddingTable (float32)
 */
export function xlaSparseDenseMatmul(rowIds: OutputLike, colIds: OutputLike, values: OutputLike, offsets: OutputLike, embeddingTable: OutputLike, options: XlaSparseDenseMatmulOptions): { activations: Output; rowPointers: Output; sortedEmbeddingIds: Output; sortedSampleIds: Output; sortedGains: Output } {
  return opOutputs<{ activations: Output; rowPointers: Output; sortedEmbeddingIds: Output; sortedSampleIds: Output; sortedGains: Output }>('XlaSparseDenseMatmul', [rowIds, colIds, values, offsets, embeddingTable], options);
}

/** Options of {@link xlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradAndCsrInput} (TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradAndCsrInput`). */
export interface XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradAndCsrInputOptions extends InputOpOptions {
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `max_valency` (int). Minimum 0. */
  maxValency: number;
  /** `num_weights` (int). Minimum 0. */
  numWeights: number;
  /** `combiner_table_vjp_computation` (func). */
  combinerTableVjpComputation: string | FuncAttr;
  /** `combiner_weights_vjp_computation` (func). */
  combinerWeightsVjpComputation: string | FuncAttr;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradAndCsrInput`; outputs: updated_embedding_table (float32), updated_accumulator (float32), updated_weights (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedPosIds (int32)
 * @param sortedGains (float32)
 * @param weights (float32)
 * @param preservedValencies (int32)
 * @param preservedVectors (float32)
 * @param preservedWeights (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param combinerWeightsLearningRate (float32)
 * @param embeddingTable (float32)
 * @param accumulator (float32)
 */
export function xlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradAndCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedPosIds: OutputLike, sortedGains: OutputLike, weights: OutputLike, preservedValencies: OutputLike, preservedVectors: OutputLike, preservedWeights: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, combinerWeightsLearningRate: OutputLike, embeddingTable: OutputLike, accumulator: OutputLike, options: XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradAndCsrInputOptions): { updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedWeights: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedWeights: Output }>('XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradAndCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedPosIds, sortedGains, weights, preservedValencies, preservedVectors, preservedWeights, activationGradients, learningRate, combinerWeightsLearningRate, embeddingTable, accumulator], options);
}

/** Options of {@link xlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradMomentumAndCsrInput} (TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradMomentumAndCsrInput`). */
export interface XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradMomentumAndCsrInputOptions extends InputOpOptions {
  /** `use_nesterov` (bool). */
  useNesterov: boolean;
  /** `exponent` (float). */
  exponent: number;
  /** `beta1` (float). */
  beta1: number;
  /** `beta2` (float). */
  beta2: number;
  /** `epsilon` (float). */
  epsilon: number;
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `max_valency` (int). Minimum 0. */
  maxValency: number;
  /** `num_weights` (int). Minimum 0. */
  numWeights: number;
  /** `combiner_table_vjp_computation` (func). */
  combinerTableVjpComputation: string | FuncAttr;
  /** `combiner_weights_vjp_computation` (func). */
  combinerWeightsVjpComputation: string | FuncAttr;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradMomentumAndCsrInput`; outputs: updated_embedding_table (float32), updated_accumulator (float32), updated_momenta (float32), updated_weights (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedPosIds (int32)
 * @param sortedGains (float32)
 * @param weights (float32)
 * @param preservedValencies (int32)
 * @param preservedVectors (float32)
 * @param preservedWeights (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param combinerWeightsLearningRate (float32)
 * @param embeddingTable (float32)
 * @param accumulator (float32)
 * @param momenta (float32)
 */
export function xlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradMomentumAndCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedPosIds: OutputLike, sortedGains: OutputLike, weights: OutputLike, preservedValencies: OutputLike, preservedVectors: OutputLike, preservedWeights: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, combinerWeightsLearningRate: OutputLike, embeddingTable: OutputLike, accumulator: OutputLike, momenta: OutputLike, options: XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradMomentumAndCsrInputOptions): { updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedMomenta: Output; updatedWeights: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedMomenta: Output; updatedWeights: Output }>('XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradMomentumAndCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedPosIds, sortedGains, weights, preservedValencies, preservedVectors, preservedWeights, activationGradients, learningRate, combinerWeightsLearningRate, embeddingTable, accumulator, momenta], options);
}

/** Options of {@link xlaSparseDenseMatmulCustomCombinerOnTcGradWithAdamAndCsrInput} (TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdamAndCsrInput`). */
export interface XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdamAndCsrInputOptions extends InputOpOptions {
  /** `use_sum_inside_sqrt` (bool). */
  useSumInsideSqrt: boolean;
  /** `beta1` (float). */
  beta1: number;
  /** `beta2` (float). */
  beta2: number;
  /** `epsilon` (float). */
  epsilon: number;
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `max_valency` (int). Minimum 0. */
  maxValency: number;
  /** `num_weights` (int). Minimum 0. */
  numWeights: number;
  /** `combiner_table_vjp_computation` (func). */
  combinerTableVjpComputation: string | FuncAttr;
  /** `combiner_weights_vjp_computation` (func). */
  combinerWeightsVjpComputation: string | FuncAttr;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdamAndCsrInput`; outputs: updated_embedding_table (float32), updated_momenta (float32), updated_velocity (float32), updated_weights (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedPosIds (int32)
 * @param sortedGains (float32)
 * @param weights (float32)
 * @param preservedValencies (int32)
 * @param preservedVectors (float32)
 * @param preservedWeights (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param combinerWeightsLearningRate (float32)
 * @param embeddingTable (float32)
 * @param momenta (float32)
 * @param velocity (float32)
 */
export function xlaSparseDenseMatmulCustomCombinerOnTcGradWithAdamAndCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedPosIds: OutputLike, sortedGains: OutputLike, weights: OutputLike, preservedValencies: OutputLike, preservedVectors: OutputLike, preservedWeights: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, combinerWeightsLearningRate: OutputLike, embeddingTable: OutputLike, momenta: OutputLike, velocity: OutputLike, options: XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdamAndCsrInputOptions): { updatedEmbeddingTable: Output; updatedMomenta: Output; updatedVelocity: Output; updatedWeights: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedMomenta: Output; updatedVelocity: Output; updatedWeights: Output }>('XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdamAndCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedPosIds, sortedGains, weights, preservedValencies, preservedVectors, preservedWeights, activationGradients, learningRate, combinerWeightsLearningRate, embeddingTable, momenta, velocity], options);
}

/** Options of {@link xlaSparseDenseMatmulCustomCombinerOnTcGradWithCsrInput} (TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcGradWithCsrInput`). */
export interface XlaSparseDenseMatmulCustomCombinerOnTcGradWithCsrInputOptions extends InputOpOptions {
  /** `max_valency` (int). Minimum 0. */
  maxValency: number;
  /** `num_weights` (int). Minimum 0. */
  numWeights: number;
  /** `combiner_table_vjp_computation` (func). */
  combinerTableVjpComputation: string | FuncAttr;
  /** `combiner_weights_vjp_computation` (func). */
  combinerWeightsVjpComputation: string | FuncAttr;
  /** `optimizer_custom_computation` (func). */
  optimizerCustomComputation: string | FuncAttr;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcGradWithCsrInput`; outputs: updated_tables (list of N, float32), updated_weights (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedPosIds (int32)
 * @param sortedGains (float32)
 * @param weights (float32)
 * @param preservedValencies (int32)
 * @param preservedVectors (float32)
 * @param preservedWeights (float32)
 * @param activationGradients (float32)
 * @param tables (list of N, float32)
 * @param hyperparameters (list of M, float32)
 * @param combinerWeightsLearningRate (float32)
 */
export function xlaSparseDenseMatmulCustomCombinerOnTcGradWithCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedPosIds: OutputLike, sortedGains: OutputLike, weights: OutputLike, preservedValencies: OutputLike, preservedVectors: OutputLike, preservedWeights: OutputLike, activationGradients: OutputLike, tables: OutputLike[], hyperparameters: OutputLike[], combinerWeightsLearningRate: OutputLike, options: XlaSparseDenseMatmulCustomCombinerOnTcGradWithCsrInputOptions): { updatedTables: Output[]; updatedWeights: Output } {
  return opOutputs<{ updatedTables: Output[]; updatedWeights: Output }>('XlaSparseDenseMatmulCustomCombinerOnTcGradWithCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedPosIds, sortedGains, weights, preservedValencies, preservedVectors, preservedWeights, activationGradients, tables, hyperparameters, combinerWeightsLearningRate], options);
}

/** Options of {@link xlaSparseDenseMatmulCustomCombinerOnTcGradWithFtrlAndCsrInput} (TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcGradWithFtrlAndCsrInput`). */
export interface XlaSparseDenseMatmulCustomCombinerOnTcGradWithFtrlAndCsrInputOptions extends InputOpOptions {
  /** `multiply_linear_by_learning_rate` (bool). */
  multiplyLinearByLearningRate: boolean;
  /** `beta` (float). */
  beta: number;
  /** `learning_rate_power` (float). */
  learningRatePower: number;
  /** `l1_regularization_strength` (float). */
  l1RegularizationStrength: number;
  /** `l2_regularization_strength` (float). */
  l2RegularizationStrength: number;
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `max_valency` (int). Minimum 0. */
  maxValency: number;
  /** `num_weights` (int). Minimum 0. */
  numWeights: number;
  /** `combiner_table_vjp_computation` (func). */
  combinerTableVjpComputation: string | FuncAttr;
  /** `combiner_weights_vjp_computation` (func). */
  combinerWeightsVjpComputation: string | FuncAttr;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcGradWithFtrlAndCsrInput`; outputs: updated_embedding_table (float32), updated_accumulator (float32), updated_linear (float32), updated_weights (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedPosIds (int32)
 * @param sortedGains (float32)
 * @param weights (float32)
 * @param preservedValencies (int32)
 * @param preservedVectors (float32)
 * @param preservedWeights (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param combinerWeightsLearningRate (float32)
 * @param embeddingTable (float32)
 * @param accumulator (float32)
 * @param linear (float32)
 */
export function xlaSparseDenseMatmulCustomCombinerOnTcGradWithFtrlAndCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedPosIds: OutputLike, sortedGains: OutputLike, weights: OutputLike, preservedValencies: OutputLike, preservedVectors: OutputLike, preservedWeights: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, combinerWeightsLearningRate: OutputLike, embeddingTable: OutputLike, accumulator: OutputLike, linear: OutputLike, options: XlaSparseDenseMatmulCustomCombinerOnTcGradWithFtrlAndCsrInputOptions): { updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedLinear: Output; updatedWeights: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedLinear: Output; updatedWeights: Output }>('XlaSparseDenseMatmulCustomCombinerOnTcGradWithFtrlAndCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedPosIds, sortedGains, weights, preservedValencies, preservedVectors, preservedWeights, activationGradients, learningRate, combinerWeightsLearningRate, embeddingTable, accumulator, linear], options);
}

/** Options of {@link xlaSparseDenseMatmulCustomCombinerOnTcGradWithSgdAndCsrInput} (TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcGradWithSgdAndCsrInput`). */
export interface XlaSparseDenseMatmulCustomCombinerOnTcGradWithSgdAndCsrInputOptions extends InputOpOptions {
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `max_valency` (int). Minimum 0. */
  maxValency: number;
  /** `num_weights` (int). Minimum 0. */
  numWeights: number;
  /** `combiner_table_vjp_computation` (func). */
  combinerTableVjpComputation: string | FuncAttr;
  /** `combiner_weights_vjp_computation` (func). */
  combinerWeightsVjpComputation: string | FuncAttr;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcGradWithSgdAndCsrInput`; outputs: updated_embedding_table (float32), updated_weights (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedPosIds (int32)
 * @param sortedGains (float32)
 * @param weights (float32)
 * @param preservedValencies (int32)
 * @param preservedVectors (float32)
 * @param preservedWeights (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param combinerWeightsLearningRate (float32)
 * @param embeddingTable (float32)
 */
export function xlaSparseDenseMatmulCustomCombinerOnTcGradWithSgdAndCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedPosIds: OutputLike, sortedGains: OutputLike, weights: OutputLike, preservedValencies: OutputLike, preservedVectors: OutputLike, preservedWeights: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, combinerWeightsLearningRate: OutputLike, embeddingTable: OutputLike, options: XlaSparseDenseMatmulCustomCombinerOnTcGradWithSgdAndCsrInputOptions): { updatedEmbeddingTable: Output; updatedWeights: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedWeights: Output }>('XlaSparseDenseMatmulCustomCombinerOnTcGradWithSgdAndCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedPosIds, sortedGains, weights, preservedValencies, preservedVectors, preservedWeights, activationGradients, learningRate, combinerWeightsLearningRate, embeddingTable], options);
}

/** Options of {@link xlaSparseDenseMatmulCustomCombinerOnTcWithCsrInput} (TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcWithCsrInput`). */
export interface XlaSparseDenseMatmulCustomCombinerOnTcWithCsrInputOptions extends InputOpOptions {
  /** `input_size` (int). Minimum 0. */
  inputSize: number;
  /** `max_valency` (int). Minimum 0. */
  maxValency: number;
  /** `num_weights` (int). Minimum 0. */
  numWeights: number;
  /** `combiner_computation` (func). */
  combinerComputation: string | FuncAttr;
  /** `quantization_config_low` (float). */
  quantizationConfigLow: number;
  /** `quantization_config_high` (float). */
  quantizationConfigHigh: number;
  /** `quantization_config_num_buckets` (int). Minimum 0. */
  quantizationConfigNumBuckets: number;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulCustomCombinerOnTcWithCsrInput`; outputs: activations (float32), preserved_valencies (int32), preserved_vectors (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedPosIds (int32)
 * @param sortedGains (float32)
 * @param embeddingTable (float32)
 * @param weights (float32)
 */
export function xlaSparseDenseMatmulCustomCombinerOnTcWithCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedPosIds: OutputLike, sortedGains: OutputLike, embeddingTable: OutputLike, weights: OutputLike, options: XlaSparseDenseMatmulCustomCombinerOnTcWithCsrInputOptions): { activations: Output; preservedValencies: Output; preservedVectors: Output } {
  return opOutputs<{ activations: Output; preservedValencies: Output; preservedVectors: Output }>('XlaSparseDenseMatmulCustomCombinerOnTcWithCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedPosIds, sortedGains, embeddingTable, weights], options);
}

/** Options of {@link xlaSparseDenseMatmulGradWithAdagradAndCsrInput} (TensorFlow op `XlaSparseDenseMatmulGradWithAdagradAndCsrInput`). */
export interface XlaSparseDenseMatmulGradWithAdagradAndCsrInputOptions extends InputOpOptions {
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulGradWithAdagradAndCsrInput`; outputs: updated_embedding_table (float32), updated_accumulator (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedGains (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param embeddingTable (float32)
 * @param accumulator (float32)
 * @param numMinibatchesPerPhysicalSparseCore (int32)
 */
export function xlaSparseDenseMatmulGradWithAdagradAndCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedGains: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, embeddingTable: OutputLike, accumulator: OutputLike, numMinibatchesPerPhysicalSparseCore: OutputLike, options: XlaSparseDenseMatmulGradWithAdagradAndCsrInputOptions): { updatedEmbeddingTable: Output; updatedAccumulator: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedAccumulator: Output }>('XlaSparseDenseMatmulGradWithAdagradAndCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedGains, activationGradients, learningRate, embeddingTable, accumulator, numMinibatchesPerPhysicalSparseCore], options);
}

/** Options of {@link xlaSparseDenseMatmulGradWithAdagradAndStaticBufferSize} (TensorFlow op `XlaSparseDenseMatmulGradWithAdagradAndStaticBufferSize`). */
export interface XlaSparseDenseMatmulGradWithAdagradAndStaticBufferSizeOptions extends InputOpOptions {
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `max_ids_per_sparse_core` (int). Minimum 1. */
  maxIdsPerSparseCore: number;
  /** `max_unique_ids_per_sparse_core` (int). Minimum 1. */
  maxUniqueIdsPerSparseCore: number;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulGradWithAdagradAndStaticBufferSize`; outputs: updated_embedding_table (float32), updated_accumulator (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedGains (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param embeddingTable (float32)
 * @param accumulator (float32)
 * @param numMinibatchesPerPhysicalSparseCore (int32)
 */
export function xlaSparseDenseMatmulGradWithAdagradAndStaticBufferSize(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedGains: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, embeddingTable: OutputLike, accumulator: OutputLike, numMinibatchesPerPhysicalSparseCore: OutputLike, options: XlaSparseDenseMatmulGradWithAdagradAndStaticBufferSizeOptions): { updatedEmbeddingTable: Output; updatedAccumulator: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedAccumulator: Output }>('XlaSparseDenseMatmulGradWithAdagradAndStaticBufferSize', [rowPointers, sortedSampleIds, sortedTokenIds, sortedGains, activationGradients, learningRate, embeddingTable, accumulator, numMinibatchesPerPhysicalSparseCore], options);
}

/** Options of {@link xlaSparseDenseMatmulGradWithAdagradMomentumAndCsrInput} (TensorFlow op `XlaSparseDenseMatmulGradWithAdagradMomentumAndCsrInput`). */
export interface XlaSparseDenseMatmulGradWithAdagradMomentumAndCsrInputOptions extends InputOpOptions {
  /** `use_nesterov` (bool). */
  useNesterov: boolean;
  /** `exponent` (float). */
  exponent: number;
  /** `beta1` (float). */
  beta1: number;
  /** `beta2` (float). */
  beta2: number;
  /** `epsilon` (float). */
  epsilon: number;
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulGradWithAdagradMomentumAndCsrInput`; outputs: updated_embedding_table (float32), updated_accumulator (float32), updated_momenta (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedGains (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param embeddingTable (float32)
 * @param accumulator (float32)
 * @param momenta (float32)
 * @param numMinibatchesPerPhysicalSparseCore (int32)
 */
export function xlaSparseDenseMatmulGradWithAdagradMomentumAndCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedGains: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, embeddingTable: OutputLike, accumulator: OutputLike, momenta: OutputLike, numMinibatchesPerPhysicalSparseCore: OutputLike, options: XlaSparseDenseMatmulGradWithAdagradMomentumAndCsrInputOptions): { updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedMomenta: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedMomenta: Output }>('XlaSparseDenseMatmulGradWithAdagradMomentumAndCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedGains, activationGradients, learningRate, embeddingTable, accumulator, momenta, numMinibatchesPerPhysicalSparseCore], options);
}

/** Options of {@link xlaSparseDenseMatmulGradWithAdagradMomentumAndStaticBufferSize} (TensorFlow op `XlaSparseDenseMatmulGradWithAdagradMomentumAndStaticBufferSize`). */
export interface XlaSparseDenseMatmulGradWithAdagradMomentumAndStaticBufferSizeOptions extends InputOpOptions {
  /** `use_nesterov` (bool). */
  useNesterov: boolean;
  /** `exponent` (float). */
  exponent: number;
  /** `beta1` (float). */
  beta1: number;
  /** `beta2` (float). */
  beta2: number;
  /** `epsilon` (float). */
  epsilon: number;
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `max_ids_per_sparse_core` (int). Minimum 1. */
  maxIdsPerSparseCore: number;
  /** `max_unique_ids_per_sparse_core` (int). Minimum 1. */
  maxUniqueIdsPerSparseCore: number;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulGradWithAdagradMomentumAndStaticBufferSize`; outputs: updated_embedding_table (float32), updated_accumulator (float32), updated_momenta (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedGains (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param embeddingTable (float32)
 * @param accumulator (float32)
 * @param momenta (float32)
 * @param numMinibatchesPerPhysicalSparseCore (int32)
 */
export function xlaSparseDenseMatmulGradWithAdagradMomentumAndStaticBufferSize(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedGains: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, embeddingTable: OutputLike, accumulator: OutputLike, momenta: OutputLike, numMinibatchesPerPhysicalSparseCore: OutputLike, options: XlaSparseDenseMatmulGradWithAdagradMomentumAndStaticBufferSizeOptions): { updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedMomenta: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedMomenta: Output }>('XlaSparseDenseMatmulGradWithAdagradMomentumAndStaticBufferSize', [rowPointers, sortedSampleIds, sortedTokenIds, sortedGains, activationGradients, learningRate, embeddingTable, accumulator, momenta, numMinibatchesPerPhysicalSparseCore], options);
}

/** Options of {@link xlaSparseDenseMatmulGradWithAdamAndCsrInput} (TensorFlow op `XlaSparseDenseMatmulGradWithAdamAndCsrInput`). */
export interface XlaSparseDenseMatmulGradWithAdamAndCsrInputOptions extends InputOpOptions {
  /** `use_sum_inside_sqrt` (bool). */
  useSumInsideSqrt: boolean;
  /** `beta1` (float). */
  beta1: number;
  /** `beta2` (float). */
  beta2: number;
  /** `epsilon` (float). */
  epsilon: number;
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulGradWithAdamAndCsrInput`; outputs: updated_embedding_table (float32), updated_momenta (float32), updated_velocity (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedGains (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param embeddingTable (float32)
 * @param momenta (float32)
 * @param velocity (float32)
 * @param numMinibatchesPerPhysicalSparseCore (int32)
 */
export function xlaSparseDenseMatmulGradWithAdamAndCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedGains: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, embeddingTable: OutputLike, momenta: OutputLike, velocity: OutputLike, numMinibatchesPerPhysicalSparseCore: OutputLike, options: XlaSparseDenseMatmulGradWithAdamAndCsrInputOptions): { updatedEmbeddingTable: Output; updatedMomenta: Output; updatedVelocity: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedMomenta: Output; updatedVelocity: Output }>('XlaSparseDenseMatmulGradWithAdamAndCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedGains, activationGradients, learningRate, embeddingTable, momenta, velocity, numMinibatchesPerPhysicalSparseCore], options);
}

/** Options of {@link xlaSparseDenseMatmulGradWithAdamAndStaticBufferSize} (TensorFlow op `XlaSparseDenseMatmulGradWithAdamAndStaticBufferSize`). */
export interface XlaSparseDenseMatmulGradWithAdamAndStaticBufferSizeOptions extends InputOpOptions {
  /** `use_sum_inside_sqrt` (bool). */
  useSumInsideSqrt: boolean;
  /** `beta1` (float). */
  beta1: number;
  /** `beta2` (float). */
  beta2: number;
  /** `epsilon` (float). */
  epsilon: number;
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `max_ids_per_sparse_core` (int). Minimum 1. */
  maxIdsPerSparseCore: number;
  /** `max_unique_ids_per_sparse_core` (int). Minimum 1. */
  maxUniqueIdsPerSparseCore: number;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulGradWithAdamAndStaticBufferSize`; outputs: updated_embedding_table (float32), updated_momenta (float32), updated_velocity (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedGains (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param embeddingTable (float32)
 * @param momenta (float32)
 * @param velocity (float32)
 * @param numMinibatchesPerPhysicalSparseCore (int32)
 */
export function xlaSparseDenseMatmulGradWithAdamAndStaticBufferSize(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedGains: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, embeddingTable: OutputLike, momenta: OutputLike, velocity: OutputLike, numMinibatchesPerPhysicalSparseCore: OutputLike, options: XlaSparseDenseMatmulGradWithAdamAndStaticBufferSizeOptions): { updatedEmbeddingTable: Output; updatedMomenta: Output; updatedVelocity: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedMomenta: Output; updatedVelocity: Output }>('XlaSparseDenseMatmulGradWithAdamAndStaticBufferSize', [rowPointers, sortedSampleIds, sortedTokenIds, sortedGains, activationGradients, learningRate, embeddingTable, momenta, velocity, numMinibatchesPerPhysicalSparseCore], options);
}

/** Options of {@link xlaSparseDenseMatmulGradWithCsrInput} (TensorFlow op `XlaSparseDenseMatmulGradWithCsrInput`). */
export interface XlaSparseDenseMatmulGradWithCsrInputOptions extends InputOpOptions {
  /** `custom_computation` (func). */
  customComputation: string | FuncAttr;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulGradWithCsrInput`; outputs: updated_tables (list of N, dtype T).
 * T: one of int32, float32.
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedGains (float32)
 * @param activationGradients (float32)
 * @param tables (list of N, dtype T)
 * @param hyperparameters (list of M, float32)
 * @param numMinibatchesPerPhysicalSparseCore (int32)
 */
export function xlaSparseDenseMatmulGradWithCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedGains: OutputLike, activationGradients: OutputLike, tables: OutputLike[], hyperparameters: OutputLike[], numMinibatchesPerPhysicalSparseCore: OutputLike, options: XlaSparseDenseMatmulGradWithCsrInputOptions): Output[] {
  return opList('XlaSparseDenseMatmulGradWithCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedGains, activationGradients, tables, hyperparameters, numMinibatchesPerPhysicalSparseCore], options);
}

/** Options of {@link xlaSparseDenseMatmulGradWithFtrlAndCsrInput} (TensorFlow op `XlaSparseDenseMatmulGradWithFtrlAndCsrInput`). */
export interface XlaSparseDenseMatmulGradWithFtrlAndCsrInputOptions extends InputOpOptions {
  /** `multiply_linear_by_learning_rate` (bool). */
  multiplyLinearByLearningRate: boolean;
  /** `beta` (float). */
  beta: number;
  /** `learning_rate_power` (float). */
  learningRatePower: number;
  /** `l1_regularization_strength` (float). */
  l1RegularizationStrength: number;
  /** `l2_regularization_strength` (float). */
  l2RegularizationStrength: number;
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulGradWithFtrlAndCsrInput`; outputs: updated_embedding_table (float32), updated_accumulator (float32), updated_linear (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedGains (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param embeddingTable (float32)
 * @param accumulator (float32)
 * @param linear (float32)
 * @param numMinibatchesPerPhysicalSparseCore (int32)
 */
export function xlaSparseDenseMatmulGradWithFtrlAndCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedGains: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, embeddingTable: OutputLike, accumulator: OutputLike, linear: OutputLike, numMinibatchesPerPhysicalSparseCore: OutputLike, options: XlaSparseDenseMatmulGradWithFtrlAndCsrInputOptions): { updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedLinear: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedLinear: Output }>('XlaSparseDenseMatmulGradWithFtrlAndCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedGains, activationGradients, learningRate, embeddingTable, accumulator, linear, numMinibatchesPerPhysicalSparseCore], options);
}

/** Options of {@link xlaSparseDenseMatmulGradWithFtrlAndStaticBufferSize} (TensorFlow op `XlaSparseDenseMatmulGradWithFtrlAndStaticBufferSize`). */
export interface XlaSparseDenseMatmulGradWithFtrlAndStaticBufferSizeOptions extends InputOpOptions {
  /** `multiply_linear_by_learning_rate` (bool). */
  multiplyLinearByLearningRate: boolean;
  /** `beta` (float). */
  beta: number;
  /** `learning_rate_power` (float). */
  learningRatePower: number;
  /** `l1_regularization_strength` (float). */
  l1RegularizationStrength: number;
  /** `l2_regularization_strength` (float). */
  l2RegularizationStrength: number;
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `max_ids_per_sparse_core` (int). Minimum 1. */
  maxIdsPerSparseCore: number;
  /** `max_unique_ids_per_sparse_core` (int). Minimum 1. */
  maxUniqueIdsPerSparseCore: number;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulGradWithFtrlAndStaticBufferSize`; outputs: updated_embedding_table (float32), updated_accumulator (float32), updated_linear (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedGains (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param embeddingTable (float32)
 * @param accumulator (float32)
 * @param linear (float32)
 * @param numMinibatchesPerPhysicalSparseCore (int32)
 */
export function xlaSparseDenseMatmulGradWithFtrlAndStaticBufferSize(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedGains: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, embeddingTable: OutputLike, accumulator: OutputLike, linear: OutputLike, numMinibatchesPerPhysicalSparseCore: OutputLike, options: XlaSparseDenseMatmulGradWithFtrlAndStaticBufferSizeOptions): { updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedLinear: Output } {
  return opOutputs<{ updatedEmbeddingTable: Output; updatedAccumulator: Output; updatedLinear: Output }>('XlaSparseDenseMatmulGradWithFtrlAndStaticBufferSize', [rowPointers, sortedSampleIds, sortedTokenIds, sortedGains, activationGradients, learningRate, embeddingTable, accumulator, linear, numMinibatchesPerPhysicalSparseCore], options);
}

/** Options of {@link xlaSparseDenseMatmulGradWithSgdAndCsrInput} (TensorFlow op `XlaSparseDenseMatmulGradWithSgdAndCsrInput`). */
export interface XlaSparseDenseMatmulGradWithSgdAndCsrInputOptions extends InputOpOptions {
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulGradWithSgdAndCsrInput`; outputs: updated_embedding_table (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedGains (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param embeddingTable (float32)
 * @param numMinibatchesPerPhysicalSparseCore (int32)
 */
export function xlaSparseDenseMatmulGradWithSgdAndCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedGains: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, embeddingTable: OutputLike, numMinibatchesPerPhysicalSparseCore: OutputLike, options: XlaSparseDenseMatmulGradWithSgdAndCsrInputOptions): Output {
  return op1('XlaSparseDenseMatmulGradWithSgdAndCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedGains, activationGradients, learningRate, embeddingTable, numMinibatchesPerPhysicalSparseCore], options);
}

/** Options of {@link xlaSparseDenseMatmulGradWithSgdAndStaticBufferSize} (TensorFlow op `XlaSparseDenseMatmulGradWithSgdAndStaticBufferSize`). */
export interface XlaSparseDenseMatmulGradWithSgdAndStaticBufferSizeOptions extends InputOpOptions {
  /** `clip_weight_min` (float). Default -Infinity. */
  clipWeightMin?: number;
  /** `clip_weight_max` (float). Default Infinity. */
  clipWeightMax?: number;
  /** `max_ids_per_sparse_core` (int). Minimum 1. */
  maxIdsPerSparseCore: number;
  /** `max_unique_ids_per_sparse_core` (int). Minimum 1. */
  maxUniqueIdsPerSparseCore: number;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulGradWithSgdAndStaticBufferSize`; outputs: updated_embedding_table (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedGains (float32)
 * @param activationGradients (float32)
 * @param learningRate (float32)
 * @param embeddingTable (float32)
 * @param numMinibatchesPerPhysicalSparseCore (int32)
 */
export function xlaSparseDenseMatmulGradWithSgdAndStaticBufferSize(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedGains: OutputLike, activationGradients: OutputLike, learningRate: OutputLike, embeddingTable: OutputLike, numMinibatchesPerPhysicalSparseCore: OutputLike, options: XlaSparseDenseMatmulGradWithSgdAndStaticBufferSizeOptions): Output {
  return op1('XlaSparseDenseMatmulGradWithSgdAndStaticBufferSize', [rowPointers, sortedSampleIds, sortedTokenIds, sortedGains, activationGradients, learningRate, embeddingTable, numMinibatchesPerPhysicalSparseCore], options);
}

/** Options of {@link xlaSparseDenseMatmulWithCsrInput} (TensorFlow op `XlaSparseDenseMatmulWithCsrInput`). */
export interface XlaSparseDenseMatmulWithCsrInputOptions extends InputOpOptions {
  /** `input_size` (int). Minimum 0. */
  inputSize: number;
  /** `quantization_config_low` (float). */
  quantizationConfigLow: number;
  /** `quantization_config_high` (float). */
  quantizationConfigHigh: number;
  /** `quantization_config_num_buckets` (int). Minimum 0. */
  quantizationConfigNumBuckets: number;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulWithCsrInput`; outputs: activations (dtype T).
 * T: one of int32, float32.
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedGains (float32)
 * @param embeddingTable (dtype T)
 * @param numMinibatchesPerPhysicalSparseCore (int32)
 */
export function xlaSparseDenseMatmulWithCsrInput(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedGains: OutputLike, embeddingTable: OutputLike, numMinibatchesPerPhysicalSparseCore: OutputLike, options: XlaSparseDenseMatmulWithCsrInputOptions): Output {
  return op1('XlaSparseDenseMatmulWithCsrInput', [rowPointers, sortedSampleIds, sortedTokenIds, sortedGains, embeddingTable, numMinibatchesPerPhysicalSparseCore], options);
}

/** Options of {@link xlaSparseDenseMatmulWithStaticBufferSize} (TensorFlow op `XlaSparseDenseMatmulWithStaticBufferSize`). */
export interface XlaSparseDenseMatmulWithStaticBufferSizeOptions extends InputOpOptions {
  /** `input_size` (int). Minimum 0. */
  inputSize: number;
  /** `quantization_config_low` (float). */
  quantizationConfigLow: number;
  /** `quantization_config_high` (float). */
  quantizationConfigHigh: number;
  /** `quantization_config_num_buckets` (int). Minimum 0. */
  quantizationConfigNumBuckets: number;
  /** `max_ids_per_sparse_core` (int). Minimum 1. */
  maxIdsPerSparseCore: number;
  /** `max_unique_ids_per_sparse_core` (int). Minimum 1. */
  maxUniqueIdsPerSparseCore: number;
  /** `table_name` (string). */
  tableName: string;
  /** `num_sparsecores_per_device` (int). Default -1. */
  numSparsecoresPerDevice?: number;
}

/**
 * TensorFlow op `XlaSparseDenseMatmulWithStaticBufferSize`; outputs: activations (float32).
 * @param rowPointers (int32)
 * @param sortedSampleIds (int32)
 * @param sortedTokenIds (int32)
 * @param sortedGains (float32)
 * @param embeddingTable (float32)
 * @param numMinibatchesPerPhysicalSparseCore (int32)
 */
export function xlaSparseDenseMatmulWithStaticBufferSize(rowPointers: OutputLike, sortedSampleIds: OutputLike, sortedTokenIds: OutputLike, sortedGains: OutputLike, embeddingTable: OutputLike, numMinibatchesPerPhysicalSparseCore: OutputLike, options: XlaSparseDenseMatmulWithStaticBufferSizeOptions): Output {
  return op1('XlaSparseDenseMatmulWithStaticBufferSize', [rowPointers, sortedSampleIds, sortedTokenIds, sortedGains, embeddingTable, numMinibatchesPerPhysicalSparseCore], options);
}

/** Options of {@link xlaSparseGradientsStack} (TensorFlow op `XlaSparseGradientsStack`). */
export interface XlaSparseGradientsStackOptions extends InputOpOptions {
  /** `interleaved` (bool). */
  interleaved: boolean;
  /** `dtype` (type). */
  dtype: DType;
}

/**
 * TensorFlow op `XlaSparseGradientsStack`; outputs: stacked_gradients (dtype dtype).
 * @param unstackedGradients (list of num_tables, dtype input_dtype)
 */
export function xlaSparseGradientsStack(unstackedGradients: OutputLike[], options: XlaSparseGradientsStackOptions): Output {
  return op1('XlaSparseGradientsStack', [unstackedGradients], options);
}

/** Options of {@link xlaSplitND} (TensorFlow op `XlaSplitND`). */
export interface XlaSplitNDOptions extends InputOpOptions {
  /** `N` (int). Minimum 1. */
  n: number;
  /** `num_splits` (list(int)). */
  numSplits: number[];
  /** `paddings` (list(int)). Default []. */
  paddings?: number[];
}

/**
 * TensorFlow op `XlaSplitND`; outputs: outputs (list of N, dtype T).
 * @param input (dtype T)
 */
export function xlaSplitND(input: OutputLike, options: XlaSplitNDOptions): Output[] {
  return opList('XlaSplitND', [input], options);
}

/** Options of {@link xlaSpmdFullToShardShape} (TensorFlow op `XlaSpmdFullToShardShape`). */
export interface XlaSpmdFullToShardShapeOptions extends InputOpOptions {
  /** `manual_sharding` (string). */
  manualSharding: string;
  /** `dim` (int). Default -1. */
  dim?: number;
  /** `unspecified_dims` (list(int)). Default []. */
  unspecifiedDims?: number[];
}

/**
 * An op used by XLA SPMD partitioner to switch from automatic partitioning to
 *
 * manual partitioning. It annotates the input (full-shape, to be automatically partitioned) with the same sharding used by manual partitioning, and outputs a shard-shaped tensor to be consumed by later manually-partitioned ops. If the shape is not evenly partitionable, the padding region will be masked with 0s. The conversion can happen partially in subgroups, by specifying the dim attribute, where …
 *
 * TensorFlow op `XlaSpmdFullToShardShape`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function xlaSpmdFullToShardShape(input: OutputLike, options: XlaSpmdFullToShardShapeOptions): Output {
  return op1('XlaSpmdFullToShardShape', [input], options);
}

/** Options of {@link xlaSpmdShardToFullShape} (TensorFlow op `XlaSpmdShardToFullShape`). */
export interface XlaSpmdShardToFullShapeOptions extends InputOpOptions {
  /** `manual_sharding` (string). */
  manualSharding: string;
  /** `full_shape` (shape). */
  fullShape: number[] | null;
  /** `dim` (int). Default -1. */
  dim?: number;
  /** `unspecified_dims` (list(int)). Default []. */
  unspecifiedDims?: number[];
}

/**
 * An op used by XLA SPMD partitioner to switch from manual partitioning to
 *
 * automatic partitioning. It converts the shard-shaped, manually partitioned input into full-shaped tensor to be partitioned automatically with the same sharding used by manual partitioning. The conversion can happen partially in subgroups, by specifying the dim attribute, where only that dim will be converted.
 *
 * TensorFlow op `XlaSpmdShardToFullShape`; outputs: output (dtype T).
 * @param input (dtype T)
 */
export function xlaSpmdShardToFullShape(input: OutputLike, options: XlaSpmdShardToFullShapeOptions): Output {
  return op1('XlaSpmdShardToFullShape', [input], options);
}

/** Options of {@link xlaSvd} (TensorFlow op `XlaSvd`). */
export interface XlaSvdOptions extends InputOpOptions {
  /** `max_iter` (int): maximum number of sweep update, i.e., the whole lower triangular part or upper triangular part based on parameter lower. Heuristically, it has been argued that approximately log(min (M, N)) sweeps are needed in practice (Ref: Golub & van Loan "Matrix Computation"). */
  maxIter: number;
  /** `epsilon` (float): the tolerance ratio. */
  epsilon: number;
  /** `precision_config` (string): a serialized xla::PrecisionConfig proto. */
  precisionConfig: string;
}

/**
 * Computes the eigen decomposition of a batch of self-adjoint matrices
 *
 * (Note: Only real inputs are supported).
 *
 * TensorFlow op `XlaSvd`; outputs: s (dtype T), u (dtype T), v (dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64.
 * @param a (dtype T) the input tensor.
 */
export function xlaSvd(a: OutputLike, options: XlaSvdOptions): { s: Output; u: Output; v: Output } {
  return opOutputs<{ s: Output; u: Output; v: Output }>('XlaSvd', [a], options);
}

/** Options of {@link xlaVariadicReduce} (TensorFlow op `XlaVariadicReduce`). */
export interface XlaVariadicReduceOptions extends InputOpOptions {
  /** `dimensions_to_reduce` (list(int)): dimension numbers over which to reduce */
  dimensionsToReduce: number[];
  /** `reducer` (func): a reducer function to apply */
  reducer: string | FuncAttr;
}

/**
 * Wraps the variadic XLA Reduce operator.
 *
 * Semantics are documented at https://www.tensorflow.org/performance/xla/operation_semantics#variadic_reduce.
 *
 * TensorFlow op `XlaVariadicReduce`; outputs: output (list of N, dtype T).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64, bool.
 * @param input (list of N, dtype T) the input tensor(s)
 * @param initValue (list of N, dtype T) scalar initial value(s) for the reduction
 */
export function xlaVariadicReduce(input: OutputLike[], initValue: OutputLike[], options: XlaVariadicReduceOptions): Output[] {
  return opList('XlaVariadicReduce', [input, initValue], options);
}

/** Options of {@link xlaVariadicReduceV2} (TensorFlow op `XlaVariadicReduceV2`). */
export interface XlaVariadicReduceV2Options extends InputOpOptions {
  /** `dimensions_to_reduce` (list(int)): dimension numbers over which to reduce */
  dimensionsToReduce: number[];
  /** `reducer` (func): a reducer function to apply */
  reducer: string | FuncAttr;
}

/**
 * Wraps the variadic XLA Reduce operator.
 *
 * Semantics are documented at https://www.tensorflow.org/performance/xla/operation_semantics#variadic_reduce.
 *
 * TensorFlow op `XlaVariadicReduceV2`; outputs: outputs (list, dtypes T).
 * @param inputs (list, dtypes T) the input tensor(s)
 * @param initValues (list, dtypes T) scalar initial value(s) for the reduction
 */
export function xlaVariadicReduceV2(inputs: OutputLike[], initValues: OutputLike[], options: XlaVariadicReduceV2Options): Output[] {
  return opList('XlaVariadicReduceV2', [inputs, initValues], options);
}

/** Options of {@link xlaVariadicSort} (TensorFlow op `XlaVariadicSort`). */
export interface XlaVariadicSortOptions extends InputOpOptions {
  /** `comparator` (func): A comparator function to apply to 2*N scalars and returning a boolean. N is the number of sort inputs. If you want to sort in ascending order then the comparator should perform a less-than comparison. */
  comparator: string | FuncAttr;
  /** `is_stable` (bool): Whether to use stable sort. */
  isStable: boolean;
}

/**
 * Wraps the XLA Sort operator, documented at
 *
 * https://www.tensorflow.org/performance/xla/operation_semantics#sort .
 *
 * TensorFlow op `XlaVariadicSort`; outputs: outputs (list, dtypes T).
 * @param inputs (list, dtypes T) A list of `Tensor` of identical shape but possibly different types.
 * @param dimension (int32) The dimension along which to sort. Must be a compile-time constant.
 */
export function xlaVariadicSort(inputs: OutputLike[], dimension: OutputLike, options: XlaVariadicSortOptions): Output[] {
  return opList('XlaVariadicSort', [inputs, dimension], options);
}

/** Options of {@link xlaWhile} (TensorFlow op `XlaWhile`). */
export interface XlaWhileOptions extends InputOpOptions {
  /** `cond` (func): A function takes 'input' and returns a tensor. If the tensor is a scalar of non-boolean, the scalar is converted to a boolean according to the following rule: if the scalar is a numerical value, non-zero means True and zero means False; if the scalar is a string, non-empty means True and empty means False. If the tensor is not a scalar, non-emptiness means True and False otherwise. */
  cond: string | FuncAttr;
  /** `body` (func): A function that takes a list of tensors and returns another list of tensors. Both lists have the same types as specified by T. */
  body: string | FuncAttr;
}

/**
 * output = input; While (Cond(output)) { output = Body(output) }
 *
 * TensorFlow op `XlaWhile`; outputs: output (list, dtypes T).
 * @param input (list, dtypes T) A list of input tensors whose types are T.
 */
export function xlaWhile(input: OutputLike[], options: XlaWhileOptions): Output[] {
  return opList('XlaWhile', [input], options);
}
