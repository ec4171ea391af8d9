// Shared by the TensorBoard tests: the Python reader (test/fixtures/python/read_events.py) and a
// TFRecord reader that checks both checksums of every record with lib's crc32c.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { maskedCrc32c } from '../../lib/train/tensorboard';

export const REPO = path.resolve(__dirname, '..', '..');
const READ_EVENTS = path.join(REPO, 'test', 'fixtures', 'python', 'read_events.py');

export interface PythonVersions { python: string; tensorflow: string; tensorboard: string }

/** Runs read_events.py MODE ARGS with `input` on stdin; resolves with its parsed JSON. */
export function readEventsPy<R>(args: string[], input = ''): Promise<{ versions: PythonVersions; result: R }> {
  const python = path.join(REPO, '.venv', 'bin', 'python');
  if (!fs.existsSync(python)) {
    throw new Error(
      `The Python fixture environment is missing: ${python} does not exist.\n` +
        'These tests read the events files back with TensorFlow 2.21 and TensorBoard. Create it with:\n' +
        '  bash scripts/setup-python.sh',
    );
  }
  return new Promise((resolve, reject) => {
    const child = spawn(python, [READ_EVENTS, ...args], {
      env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', PYTHONDONTWRITEBYTECODE: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(Buffer.concat(out).toString('utf8')));
      else reject(new Error(`read_events.py ${args.join(' ')} exited with ${code}:\n${Buffer.concat(err).toString('utf8').slice(-4000)}`));
    });
    child.stdin.end(input);
  });
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

/** A fresh, empty temporary directory (the tests remove theirs in afterAll). */
export function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `hydra-tf-${name}-`));
}
