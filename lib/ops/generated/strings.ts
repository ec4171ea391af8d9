// Generated from the op registry of TensorFlow 2.21.0 by lib/ops/codegen.ts. Do not edit.
// Regenerate with `npm run generate:ops` (`npm run generate:ops -- --check` checks it is current).
import type { DType, Output } from '../../core';
import { op1, opOutputs } from '../builder';
import type { InputOpOptions, OutputLike } from '../builder';

/** Options of {@link asString} (TensorFlow op `AsString`). */
export interface AsStringOptions extends InputOpOptions {
  /** `precision` (int). Default -1. */
  precision?: number;
  /** `scientific` (bool). Default false. */
  scientific?: boolean;
  /** `shortest` (bool). Default false. */
  shortest?: boolean;
  /** `width` (int). Default -1. */
  width?: number;
  /** `fill` (string). Default "". */
  fill?: string;
}

/**
 * TensorFlow op `AsString`; outputs: output (string).
 * T: one of float32, float64, int32, uint8, int16, int8, int64, bfloat16, uint16, float16, uint32, uint64, complex64, complex128, bool, variant, string.
 * @param input (dtype T)
 */
export function asString(input: OutputLike, options: AsStringOptions = {}): Output {
  return op1('AsString', [input], options);
}

/** Options of {@link reduceJoin} (TensorFlow op `ReduceJoin`). */
export interface ReduceJoinOptions extends InputOpOptions {
  /** `keep_dims` (bool). Default false. */
  keepDims?: boolean;
  /** `separator` (string). Default "". */
  separator?: string;
}

/**
 * TensorFlow op `ReduceJoin`; outputs: output (string).
 * @param inputs (string)
 * @param reductionIndices (int32)
 */
export function reduceJoin(inputs: OutputLike, reductionIndices: OutputLike, options: ReduceJoinOptions = {}): Output {
  return op1('ReduceJoin', [inputs, reductionIndices], options);
}

/**
 * TensorFlow op `RegexFullMatch`; outputs: output (bool).
 * @param input (string)
 * @param pattern (string)
 */
export function regexFullMatch(input: OutputLike, pattern: OutputLike, options: InputOpOptions = {}): Output {
  return op1('RegexFullMatch', [input, pattern], options);
}

/** Options of {@link regexReplace} (TensorFlow op `RegexReplace`). */
export interface RegexReplaceOptions extends InputOpOptions {
  /** `replace_global` (bool). Default true. */
  replaceGlobal?: boolean;
}

/**
 * TensorFlow op `RegexReplace`; outputs: output (string).
 * @param input (string)
 * @param pattern (string)
 * @param rewrite (string)
 */
export function regexReplace(input: OutputLike, pattern: OutputLike, rewrite: OutputLike, options: RegexReplaceOptions = {}): Output {
  return op1('RegexReplace', [input, pattern, rewrite], options);
}

/** Options of {@link staticRegexFullMatch} (TensorFlow op `StaticRegexFullMatch`). */
export interface StaticRegexFullMatchOptions extends InputOpOptions {
  /** `pattern` (string). */
  pattern: string;
}

/**
 * TensorFlow op `StaticRegexFullMatch`; outputs: output (bool).
 * @param input (string)
 */
export function staticRegexFullMatch(input: OutputLike, options: StaticRegexFullMatchOptions): Output {
  return op1('StaticRegexFullMatch', [input], options);
}

/** Options of {@link staticRegexReplace} (TensorFlow op `StaticRegexReplace`). */
export interface StaticRegexReplaceOptions extends InputOpOptions {
  /** `pattern` (string). */
  pattern: string;
  /** `rewrite` (string). */
  rewrite: string;
  /** `replace_global` (bool). Default true. */
  replaceGlobal?: boolean;
}

/**
 * TensorFlow op `StaticRegexReplace`; outputs: output (string).
 * @param input (string)
 */
export function staticRegexReplace(input: OutputLike, options: StaticRegexReplaceOptions): Output {
  return op1('StaticRegexReplace', [input], options);
}

/** Options of {@link stringFormat} (TensorFlow op `StringFormat`). */
export interface StringFormatOptions extends InputOpOptions {
  /** `template` (string). Default "%s". */
  template?: string;
  /** `placeholder` (string). Default "%s". */
  placeholder?: string;
  /** `summarize` (int). Default 3. */
  summarize?: number;
}

/**
 * TensorFlow op `StringFormat`; outputs: output (string).
 * @param inputs (list, dtypes T)
 */
export function stringFormat(inputs: OutputLike[], options: StringFormatOptions = {}): Output {
  return op1('StringFormat', [inputs], options);
}

/** Options of {@link stringJoin} (TensorFlow op `StringJoin`). */
export interface StringJoinOptions extends InputOpOptions {
  /** `separator` (string). Default "". */
  separator?: string;
}

/**
 * TensorFlow op `StringJoin`; outputs: output (string).
 * @param inputs (list of N, string)
 */
export function stringJoin(inputs: OutputLike[], options: StringJoinOptions = {}): Output {
  return op1('StringJoin', [inputs], options);
}

/** Options of {@link stringLength} (TensorFlow op `StringLength`). */
export interface StringLengthOptions extends InputOpOptions {
  /** `unit` (string). One of "BYTE", "UTF8_CHAR". Default "BYTE". */
  unit?: string;
}

/**
 * TensorFlow op `StringLength`; outputs: output (int32).
 * @param input (string)
 */
export function stringLength(input: OutputLike, options: StringLengthOptions = {}): Output {
  return op1('StringLength', [input], options);
}

/** Options of {@link stringLower} (TensorFlow op `StringLower`). */
export interface StringLowerOptions extends InputOpOptions {
  /** `encoding` (string). Default "". */
  encoding?: string;
}

/**
 * TensorFlow op `StringLower`; outputs: output (string).
 * @param input (string)
 */
export function stringLower(input: OutputLike, options: StringLowerOptions = {}): Output {
  return op1('StringLower', [input], options);
}

/** Options of {@link stringNGrams} (TensorFlow op `StringNGrams`). */
export interface StringNGramsOptions extends InputOpOptions {
  /** `separator` (string). */
  separator: string;
  /** `ngram_widths` (list(int)). At least 0 item(s). */
  ngramWidths: number[];
  /** `left_pad` (string). */
  leftPad: string;
  /** `right_pad` (string). */
  rightPad: string;
  /** `pad_width` (int). */
  padWidth: number;
  /** `preserve_short_sequences` (bool). */
  preserveShortSequences: boolean;
}

/**
 * TensorFlow op `StringNGrams`; outputs: ngrams (string), ngrams_splits (dtype Tsplits).
 * Tsplits: one of int32, int64.
 * @param data (string)
 * @param dataSplits (dtype Tsplits)
 */
export function stringNGrams(data: OutputLike, dataSplits: OutputLike, options: StringNGramsOptions): { ngrams: Output; ngramsSplits: Output } {
  return opOutputs<{ ngrams: Output; ngramsSplits: Output }>('StringNGrams', [data, dataSplits], options);
}

/** Options of {@link stringSplit} (TensorFlow op `StringSplit`). */
export interface StringSplitOptions extends InputOpOptions {
  /** `skip_empty` (bool). Default true. */
  skipEmpty?: boolean;
}

/**
 * TensorFlow op `StringSplit`; outputs: indices (int64), values (string), shape (int64).
 * @param input (string)
 * @param delimiter (string)
 */
export function stringSplit(input: OutputLike, delimiter: OutputLike, options: StringSplitOptions = {}): { indices: Output; values: Output; shape: Output } {
  return opOutputs<{ indices: Output; values: Output; shape: Output }>('StringSplit', [input, delimiter], options);
}

/** Options of {@link stringSplitV2} (TensorFlow op `StringSplitV2`). */
export interface StringSplitV2Options extends InputOpOptions {
  /** `maxsplit` (int). Default -1. */
  maxsplit?: number;
}

/**
 * TensorFlow op `StringSplitV2`; outputs: indices (int64), values (string), shape (int64).
 * @param input (string)
 * @param sep (string)
 */
export function stringSplitV2(input: OutputLike, sep: OutputLike, options: StringSplitV2Options = {}): { indices: Output; values: Output; shape: Output } {
  return opOutputs<{ indices: Output; values: Output; shape: Output }>('StringSplitV2', [input, sep], options);
}

/**
 * TensorFlow op `StringStrip`; outputs: output (string).
 * @param input (string)
 */
export function stringStrip(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('StringStrip', [input], options);
}

/** Options of {@link stringToHashBucket} (TensorFlow op `StringToHashBucket`). */
export interface StringToHashBucketOptions extends InputOpOptions {
  /** `num_buckets` (int). Minimum 1. */
  numBuckets: number;
}

/**
 * TensorFlow op `StringToHashBucket`; outputs: output (int64).
 * @param stringTensor (string)
 */
export function stringToHashBucket(stringTensor: OutputLike, options: StringToHashBucketOptions): Output {
  return op1('StringToHashBucket', [stringTensor], options);
}

/** Options of {@link stringToHashBucketFast} (TensorFlow op `StringToHashBucketFast`). */
export interface StringToHashBucketFastOptions extends InputOpOptions {
  /** `num_buckets` (int). Minimum 1. */
  numBuckets: number;
}

/**
 * TensorFlow op `StringToHashBucketFast`; outputs: output (int64).
 * @param input (string)
 */
export function stringToHashBucketFast(input: OutputLike, options: StringToHashBucketFastOptions): Output {
  return op1('StringToHashBucketFast', [input], options);
}

/** Options of {@link stringToHashBucketStrong} (TensorFlow op `StringToHashBucketStrong`). */
export interface StringToHashBucketStrongOptions extends InputOpOptions {
  /** `num_buckets` (int). Minimum 1. */
  numBuckets: number;
  /** `key` (list(int)). */
  key: number[];
}

/**
 * TensorFlow op `StringToHashBucketStrong`; outputs: output (int64).
 * @param input (string)
 */
export function stringToHashBucketStrong(input: OutputLike, options: StringToHashBucketStrongOptions): Output {
  return op1('StringToHashBucketStrong', [input], options);
}

/** Options of {@link stringToNumber} (TensorFlow op `StringToNumber`). */
export interface StringToNumberOptions extends InputOpOptions {
  /** `out_type` (type). One of float32, float64, int32, int64, uint32, uint64. Default 'float32'. */
  outType?: DType;
}

/**
 * TensorFlow op `StringToNumber`; outputs: output (dtype out_type).
 * @param stringTensor (string)
 */
export function stringToNumber(stringTensor: OutputLike, options: StringToNumberOptions = {}): Output {
  return op1('StringToNumber', [stringTensor], options);
}

/** Options of {@link stringUpper} (TensorFlow op `StringUpper`). */
export interface StringUpperOptions extends InputOpOptions {
  /** `encoding` (string). Default "". */
  encoding?: string;
}

/**
 * TensorFlow op `StringUpper`; outputs: output (string).
 * @param input (string)
 */
export function stringUpper(input: OutputLike, options: StringUpperOptions = {}): Output {
  return op1('StringUpper', [input], options);
}

/** Options of {@link substr} (TensorFlow op `Substr`). */
export interface SubstrOptions extends InputOpOptions {
  /** `unit` (string). One of "BYTE", "UTF8_CHAR". Default "BYTE". */
  unit?: string;
}

/**
 * TensorFlow op `Substr`; outputs: output (string).
 * T: one of int32, int64.
 * @param input (string)
 * @param pos (dtype T)
 * @param len (dtype T)
 */
export function substr(input: OutputLike, pos: OutputLike, len: OutputLike, options: SubstrOptions = {}): Output {
  return op1('Substr', [input, pos, len], options);
}

/** Options of {@link unicodeDecode} (TensorFlow op `UnicodeDecode`). */
export interface UnicodeDecodeOptions extends InputOpOptions {
  /** `input_encoding` (string). */
  inputEncoding: string;
  /** `errors` (string). One of "strict", "replace", "ignore". Default "replace". */
  errors?: string;
  /** `replacement_char` (int). Default 65533. */
  replacementChar?: number;
  /** `replace_control_characters` (bool). Default false. */
  replaceControlCharacters?: boolean;
  /** `Tsplits` (type). One of int32, int64. Default 'int64'. */
  tsplits?: DType;
}

/**
 * TensorFlow op `UnicodeDecode`; outputs: row_splits (dtype Tsplits), char_values (int32).
 * @param input (string)
 */
export function unicodeDecode(input: OutputLike, options: UnicodeDecodeOptions): { rowSplits: Output; charValues: Output } {
  return opOutputs<{ rowSplits: Output; charValues: Output }>('UnicodeDecode', [input], options);
}

/** Options of {@link unicodeDecodeWithOffsets} (TensorFlow op `UnicodeDecodeWithOffsets`). */
export interface UnicodeDecodeWithOffsetsOptions extends InputOpOptions {
  /** `input_encoding` (string). */
  inputEncoding: string;
  /** `errors` (string). One of "strict", "replace", "ignore". Default "replace". */
  errors?: string;
  /** `replacement_char` (int). Default 65533. */
  replacementChar?: number;
  /** `replace_control_characters` (bool). Default false. */
  replaceControlCharacters?: boolean;
  /** `Tsplits` (type). One of int32, int64. Default 'int64'. */
  tsplits?: DType;
}

/**
 * TensorFlow op `UnicodeDecodeWithOffsets`; outputs: row_splits (dtype Tsplits), char_values (int32), char_to_byte_starts (int64).
 * @param input (string)
 */
export function unicodeDecodeWithOffsets(input: OutputLike, options: UnicodeDecodeWithOffsetsOptions): { rowSplits: Output; charValues: Output; charToByteStarts: Output } {
  return opOutputs<{ rowSplits: Output; charValues: Output; charToByteStarts: Output }>('UnicodeDecodeWithOffsets', [input], options);
}

/** Options of {@link unicodeEncode} (TensorFlow op `UnicodeEncode`). */
export interface UnicodeEncodeOptions extends InputOpOptions {
  /** `errors` (string). One of "ignore", "replace", "strict". Default "replace". */
  errors?: string;
  /** `output_encoding` (string). One of "UTF-8", "UTF-16-BE", "UTF-32-BE". */
  outputEncoding: string;
  /** `replacement_char` (int). Default 65533. */
  replacementChar?: number;
}

/**
 * TensorFlow op `UnicodeEncode`; outputs: output (string).
 * Tsplits: one of int32, int64.
 * @param inputValues (int32)
 * @param inputSplits (dtype Tsplits)
 */
export function unicodeEncode(inputValues: OutputLike, inputSplits: OutputLike, options: UnicodeEncodeOptions): Output {
  return op1('UnicodeEncode', [inputValues, inputSplits], options);
}

/**
 * TensorFlow op `UnicodeScript`; outputs: output (int32).
 * @param input (int32)
 */
export function unicodeScript(input: OutputLike, options: InputOpOptions = {}): Output {
  return op1('UnicodeScript', [input], options);
}

/** Options of {@link unicodeTranscode} (TensorFlow op `UnicodeTranscode`). */
export interface UnicodeTranscodeOptions extends InputOpOptions {
  /** `input_encoding` (string). */
  inputEncoding: string;
  /** `output_encoding` (string). One of "UTF-8", "UTF-16-BE", "UTF-32-BE". */
  outputEncoding: string;
  /** `errors` (string). One of "strict", "replace", "ignore". Default "replace". */
  errors?: string;
  /** `replacement_char` (int). Default 65533. */
  replacementChar?: number;
  /** `replace_control_characters` (bool). Default false. */
  replaceControlCharacters?: boolean;
}

/**
 * TensorFlow op `UnicodeTranscode`; outputs: output (string).
 * @param input (string)
 */
export function unicodeTranscode(input: OutputLike, options: UnicodeTranscodeOptions): Output {
  return op1('UnicodeTranscode', [input], options);
}
