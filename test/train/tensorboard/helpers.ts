// Shared by the TensorBoard tests: the Python reader (test/fixtures/python/read_events.py) and a
// TFRecord reader that checks both checksums of every record with lib's crc32c.
import * as fs from 'fs';
import { maskedCrc32c } from '../../../lib/train/tensorboard';
import { pythonScript, runPythonAsync } from '../../support/python';

const READ_EVENTS = pythonScript('read_events.py');

export interface PythonVersions {
  python: string;
  tensorflow: string;
  tensorboard: string;
}

/** Runs read_events.py MODE ARGS with `input` on stdin; resolves with its parsed JSON. */
export async function readEventsPy<R>(args: string[], input = ''): Promise<{ versions: PythonVersions; result: R }> {
  const stdout = await runPythonAsync([READ_EVENTS, ...args], {
    input,
    purpose: 'These tests read the events files back with TensorFlow 2.21 and TensorBoard.',
  });
  return JSON.parse(stdout);
}

/** The data of every record in a TFRecord file; throws on a bad length or checksum. */
export function readRecords(file: string): Uint8Array[] {
  const bytes = fs.readFileSync(file);
  const records: Uint8Array[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    if (bytes.length - offset < 12) throw new Error(`${file}: truncated header at byte ${offset}`);
    const length = Number(bytes.readBigUInt64LE(offset));
    if (bytes.readUInt32LE(offset + 8) !== maskedCrc32c(bytes.subarray(offset, offset + 8))) {
      throw new Error(`${file}: bad length checksum at byte ${offset}`);
    }
    const data = bytes.subarray(offset + 12, offset + 12 + length);
    if (data.length !== length || bytes.length < offset + 16 + length) throw new Error(`${file}: truncated record at byte ${offset}`);
    if (bytes.readUInt32LE(offset + 12 + length) !== maskedCrc32c(data)) {
      throw new Error(`${file}: bad data checksum at byte ${offset}`);
    }
    records.push(data);
    offset += 16 + length;
  }
  return records;
}

/** The float32 value of a uint32 bit pattern (how read_events.py sends floats). */
export function float32FromBits(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits, true);
  return view.getFloat32(0, true);
}

/** The uint32 bit pattern of Math.fround(value). */
export function float32Bits(value: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, value, true);
  return view.getUint32(0, true);
}
