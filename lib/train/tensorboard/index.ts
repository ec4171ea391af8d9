// TensorBoard logging: scalar (and text) summaries in TensorFlow's events-file format, readable
// by TensorBoard and by tf.compat.v1.train.summary_iterator.
//
//   const writer = createSummaryWriter('logs/run1');
//   writer.scalars(step, { 'loss/digit': 0.41, 'metrics/accuracy': 0.87, learning_rate: 1e-3 });
//   await writer.close();
export { SummaryWriter, createSummaryWriter } from './summary-writer';
export type { SummaryWriterOptions, Step } from './summary-writer';
export { EventFileWriter, EVENTS_FILE_VERSION } from './event-writer';
export type { EventFileWriterOptions } from './event-writer';
export { RecordFileWriter, frameRecord } from './record-writer';
export { scalarValue, textValue, histogramValue, DEFAULT_BUCKET_LIMITS, SCALARS_PLUGIN, TEXT_PLUGIN } from './summaries';
export { crc32c, maskCrc32c, maskedCrc32c } from './crc32c';
