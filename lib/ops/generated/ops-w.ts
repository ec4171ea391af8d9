// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, FuncAttr, Graph, Operation, Output } from '../../core';
import { op1, opList, opNoOutput } from '../builder';
import type { InputOpOptions, OpOptions, OutputLike } from '../builder';

/**
 * TensorFlow op `Where`; outputs: index (int64).
 * T: one of float32, float64, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, float16, uint32, uint64, bool.
 * @param input (dtype T)
 */
export function where(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('Where', [input], options);
}

/** Options of {@link whileOp} (TensorFlow op `While`). */
export interface WhileOpOptions extends InputOpOptions {
  /** `cond` (func). */
  cond: string | FuncAttr;
  /** `body` (func). */
  body: string | FuncAttr;
  /** `output_shapes` (list(shape)). Default []. */
  outputShapes?: Array<number[] | null>;
  /** `parallel_iterations` (int). Default 10. */
  parallelIterations?: number;
}

/**
 * TensorFlow op `While`; outputs: output (list, dtypes T).
 * @param input (list, dtypes T)
 */
export function whileOp(input: OutputLike[], options: WhileOpOptions): Output[] {
  return opList('While', [input], options);
}

/** Options of {@link wholeFileReader} (TensorFlow op `WholeFileReader`). */
export interface WholeFileReaderOptions extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `WholeFileReader`; outputs: reader_handle (string). */
export function wholeFileReader(graph: Graph, options: WholeFileReaderOptions = {}): Output {
  return op1('WholeFileReader', graph, options);
}

/** Options of {@link wholeFileReaderV2} (TensorFlow op `WholeFileReaderV2`). */
export interface WholeFileReaderV2Options extends OpOptions {
  /** `container` (string). Default "". */
  container?: string;
  /** `shared_name` (string). Default "". */
  sharedName?: string;
}

/** TensorFlow op `WholeFileReaderV2`; outputs: reader_handle (resource). */
export function wholeFileReaderV2(graph: Graph, options: WholeFileReaderV2Options = {}): Output {
  return op1('WholeFileReaderV2', graph, options);
}

/** Options of {@link windowOp} (TensorFlow op `WindowOp`). */
export interface WindowOpOptions extends InputOpOptions {
  /** `output_types` (list(type)). At least 1 item(s). */
  outputTypes: DType[];
  /** `output_shapes` (list(shape)). At least 1 item(s). */
  outputShapes: Array<number[] | null>;
}

/**
 * TensorFlow op `WindowOp`; outputs: handle (variant).
 * @param inputs (list, dtypes Tinputs)
 */
export function windowOp(inputs: OutputLike[], options: WindowOpOptions): Output {
  return op1('WindowOp', [inputs], options);
}

/**
 * TensorFlow op `WorkerHeartbeat`; outputs: response (string).
 * @param request (string)
 */
export function workerHeartbeat(request: OutputLike, options: InputOpOptions = {}): Output {
  return op1('WorkerHeartbeat', [request], options);
}

/** Options of {@link writeAudioSummary} (TensorFlow op `WriteAudioSummary`). */
export interface WriteAudioSummaryOptions extends InputOpOptions {
  /** `max_outputs` (int). Minimum 1. Default 3. */
  maxOutputs?: number;
}

/**
 * TensorFlow op `WriteAudioSummary`.
 * @param writer (resource)
 * @param step (int64)
 * @param tag (string)
 * @param tensor (float32)
 * @param sampleRate (float32)
 */
export function writeAudioSummary(writer: OutputLike, step: OutputLike, tag: OutputLike, tensor: OutputLike, sampleRate: OutputLike, options: WriteAudioSummaryOptions = {}): Operation {
  return opNoOutput('WriteAudioSummary', [writer, step, tag, tensor, sampleRate], options);
}

/**
 * TensorFlow op `WriteFile`.
 * @param filename (string)
 * @param contents (string)
 */
export function writeFile(filename: OutputLike, contents: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('WriteFile', [filename, contents], options);
}

/**
 * TensorFlow op `WriteGraphSummary`.
 * @param writer (resource)
 * @param step (int64)
 * @param tensor (string)
 */
export function writeGraphSummary(writer: OutputLike, step: OutputLike, tensor: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('WriteGraphSummary', [writer, step, tensor], options);
}

/**
 * TensorFlow op `WriteHistogramSummary`.
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64, bool.
 * @param writer (resource)
 * @param step (int64)
 * @param tag (string)
 * @param values (dtype T)
 */
export function writeHistogramSummary(writer: OutputLike, step: OutputLike, tag: OutputLike, values: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('WriteHistogramSummary', [writer, step, tag, values], options);
}

/** Options of {@link writeImageSummary} (TensorFlow op `WriteImageSummary`). */
export interface WriteImageSummaryOptions extends InputOpOptions {
  /** `max_images` (int). Minimum 1. Default 3. */
  maxImages?: number;
}

/**
 * TensorFlow op `WriteImageSummary`.
 * T: one of uint8, float64, float32, float16.
 * @param writer (resource)
 * @param step (int64)
 * @param tag (string)
 * @param tensor (dtype T)
 * @param badColor (uint8)
 */
export function writeImageSummary(writer: OutputLike, step: OutputLike, tag: OutputLike, tensor: OutputLike, badColor: OutputLike, options: WriteImageSummaryOptions = {}): Operation {
  return opNoOutput('WriteImageSummary', [writer, step, tag, tensor, badColor], options);
}

/**
 * TensorFlow op `WriteRawProtoSummary`.
 * @param writer (resource)
 * @param step (int64)
 * @param tensor (string)
 */
export function writeRawProtoSummary(writer: OutputLike, step: OutputLike, tensor: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('WriteRawProtoSummary', [writer, step, tensor], options);
}

/**
 * TensorFlow op `WriteScalarSummary`.
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64.
 * @param writer (resource)
 * @param step (int64)
 * @param tag (string)
 * @param value (dtype T)
 */
export function writeScalarSummary(writer: OutputLike, step: OutputLike, tag: OutputLike, value: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('WriteScalarSummary', [writer, step, tag, value], options);
}

/**
 * TensorFlow op `WriteSummary`.
 * @param writer (resource)
 * @param step (int64)
 * @param tensor (dtype T)
 * @param tag (string)
 * @param summaryMetadata (string)
 */
export function writeSummary(writer: OutputLike, step: OutputLike, tensor: OutputLike, tag: OutputLike, summaryMetadata: OutputLike, options: InputOpOptions = {}): Operation {
  return opNoOutput('WriteSummary', [writer, step, tensor, tag, summaryMetadata], options);
}
