// Summary values laid out exactly as TensorFlow 2's tf.summary writes them (checked byte for byte
// in test/tensorboard): a scalar TensorProto in Summary.Value.tensor, and the TensorBoard plugin
// that owns it in metadata.plugin_data. TensorBoard's loaders derive the data class (scalar,
// tensor) from the plugin name, as they do for files TensorFlow writes.
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
