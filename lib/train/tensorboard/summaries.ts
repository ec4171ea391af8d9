// Summary values laid out exactly as TensorFlow 2's tf.summary writes them (checked byte for byte
// in test/train/tensorboard): a scalar TensorProto in Summary.Value.tensor, and the TensorBoard plugin
// that owns it in metadata.plugin_data. TensorBoard's loaders derive the data class (scalar,
// tensor) from the plugin name, as they do for files TensorFlow writes.
import { invalidArgument } from '../../core';
import { DataTypeProto } from '../../proto';
import type { ProtoInput, SummaryValue } from '../../proto';

/** TensorBoard's plugin names (its scalar_metadata.PLUGIN_NAME and text_metadata.PLUGIN_NAME). */
export const SCALARS_PLUGIN = 'scalars';
export const TEXT_PLUGIN = 'text';

/**
 * `value` as a float32 scalar summary (tf.summary.scalar casts to float32 too). The 4 bytes go in
 * tensor_content, as TensorFlow's writer does, so NaN and ±Infinity are stored as is.
 */
export function scalarValue(tag: string, value: number): ProtoInput<SummaryValue> {
  const content = new Uint8Array(4);
  new DataView(content.buffer).setFloat32(0, value, true);
  return {
    tag,
    tensor: { dtype: DataTypeProto.DT_FLOAT, tensorShape: {}, tensorContent: content },
    metadata: { pluginData: { pluginName: SCALARS_PLUGIN } },
  };
}

/** `text` (UTF-8, Markdown as TensorBoard renders it) as a string scalar summary. */
export function textValue(tag: string, text: string): ProtoInput<SummaryValue> {
  return {
    tag,
    tensor: { dtype: DataTypeProto.DT_STRING, tensorShape: {}, stringVal: [Buffer.from(text, 'utf8')] },
    metadata: { pluginData: { pluginName: TEXT_PLUGIN } },
  };
}

/**
 * TensorFlow's default histogram bucket limits (tensorflow/core/lib/histogram/histogram.cc,
 * InitDefaultBuckets): ±1e-12·1.1^k up to 1e20, then ±DBL_MAX, around 0, ascending. Bucket i
 * counts the values in [limit[i-1], limit[i]).
 */
export const DEFAULT_BUCKET_LIMITS: readonly number[] = (() => {
  const positive: number[] = [];
  for (let v = 1e-12; v < 1e20; v *= 1.1) positive.push(v);
  positive.push(Number.MAX_VALUE);
  return [...positive.map((v) => -v).reverse(), 0, ...positive];
})();

/** The first index whose limit is greater than `value` (C++'s upper_bound). */
function bucketOf(value: number): number {
  let lo = 0;
  let hi = DEFAULT_BUCKET_LIMITS.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (DEFAULT_BUCKET_LIMITS[mid] > value) hi = mid;
    else lo = mid + 1;
  }
  return Math.min(lo, DEFAULT_BUCKET_LIMITS.length - 1);
}

/**
 * `values` as a HistogramProto summary (Summary.Value.histo, field 5), exactly as TensorFlow's
 * HistogramSummary op fills it: min, max, num, sum, sum_squares, and the default buckets with
 * each run of empty buckets folded into one (Histogram::EncodeToProto without
 * preserve_zero_buckets). What tf.compat.v1.summary.histogram writes, and TensorBoard's
 * histogram and distribution dashboards read. NaN and ±Infinity are refused, as by TensorFlow's op.
 */
export function histogramValue(tag: string, values: ArrayLike<number>): ProtoInput<SummaryValue> {
  const counts = new Float64Array(DEFAULT_BUCKET_LIMITS.length);
  let min = DEFAULT_BUCKET_LIMITS[DEFAULT_BUCKET_LIMITS.length - 1];
  let max = -DEFAULT_BUCKET_LIMITS[DEFAULT_BUCKET_LIMITS.length - 1];
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!Number.isFinite(value))
      throw invalidArgument(
        `histogram "${tag}": value ${i} is ${value} (a histogram takes finite values, as TensorFlow's HistogramSummary)`,
      );
    counts[bucketOf(value)] += 1;
    if (value < min) min = value;
    if (value > max) max = value;
    sum += value;
    sumSquares += value * value;
  }
  const bucketLimit: number[] = [];
  const bucket: number[] = [];
  for (let i = 0; i < counts.length;) {
    let end = DEFAULT_BUCKET_LIMITS[i];
    let count = counts[i];
    i++;
    if (count <= 0) {
      while (i < counts.length && counts[i] <= 0) {
        end = DEFAULT_BUCKET_LIMITS[i];
        count = counts[i];
        i++;
      }
    }
    bucketLimit.push(end);
    bucket.push(count);
  }
  return { tag, histo: { min, max, num: values.length, sum, sumSquares, bucketLimit, bucket } };
}
