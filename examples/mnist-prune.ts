/**
 * Magnitude pruning of the MNIST CNN (mnist-cnn.ts's model) with nn.pruning, as the TensorFlow
 * Model Optimization guide does it: train the dense model, then fine-tune copies of it whose
 * Conv2D and Dense kernels are pruned on a PolynomialDecay schedule from 0 to 50%, 80% and 90%
 * sparsity. Reports, next to the dense model trained for as many epochs in all, the test accuracy,
 * the achieved sparsity of the pruned kernels, and the exported SavedModel's size, raw and
 * gzip-compressed (pruned kernels hold zeros, which compress).
 *
 *   npm run example:prune                                  # npm digits, 10 + 4 epochs, seed 1
 *   npm run example:prune -- --dataset fashion --epochs 10 --fine-tune-epochs 4
 *
 * Writes examples/results/mnist-prune-<dataset>.json.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { Tensor, losses, nn, optimizers, train } from '../lib';
import { DatasetName, loadData, machine, mnistCnn, writeSummary } from './common';
import { readFlags } from './flags';

const SPARSITIES = [0.5, 0.8, 0.9];

interface Row {
  model: string;
  targetSparsity: number;
  /** Zeros / weights over the pruned kernels (for the dense model: over the same kernels). */
  kernelSparsity: number;
  testAccuracy: number;
  testLoss: number;
  savedModelBytes: number;
  savedModelGzipBytes: number;
}

function compile(model: nn.Model, seed: number, initialWeights?: Map<string, Tensor>): train.Trainer {
  return train.compile(model, {
    optimizer: optimizers.adam({ learningRate: 1e-3 }),
    loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
    metrics: ['accuracy'],
    seed,
    initialWeights,
  });
}

/** Every file of a directory tree, raw and gzip-compressed (level 9) one by one, in bytes. */
function directorySize(dir: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const bytes = fs.readFileSync(path.join(entry.parentPath, entry.name));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** Fraction of zeros over the named kernels. */
function sparsityOf(weights: Map<string, Tensor>, names: string[]): number {
  let zeros = 0;
  let total = 0;
  for (const name of names) {
    const values = weights.get(name)!.data() as Float32Array;
    total += values.length;
    for (const v of values) if (v === 0) zeros++;
  }
  return zeros / total;
}

async function main() {
  const options = readFlags(
    'mnist-prune',
    { dataset: 'digits', epochs: 10, fineTuneEpochs: 4, batchSize: 128, seed: 1 },
    { min: { seed: 0 }, choices: { dataset: ['digits', 'fashion'] } },
  );
  const data = await loadData(options.dataset as DatasetName);
  const trainColumns = { image: data.train.image, label: data.train.label };
  const testColumns = { image: data.test.image, label: data.test.label };
  const fit = { batchSize: options.batchSize, verbose: false };
  const stepsPerEpoch = Math.ceil(data.train.n / options.batchSize);
  const fineTuneSteps = options.fineTuneEpochs * stepsPerEpoch;
  console.log(
    `${data.description}: ${data.train.n} train / ${data.test.n} test; ${options.epochs} epochs dense, then ${options.fineTuneEpochs} epochs (${fineTuneSteps} steps) pruning`,
  );
  const exportRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'hydra-mnist-prune-'));
  const rows: Row[] = [];

  const evaluateAndExport = async (label: string, trainer: train.Trainer, target: number, kernels: string[]): Promise<Row> => {
    const test = await trainer.evaluate(testColumns, { batchSize: 1000, verbose: 0 });
    const dir = path.join(exportRoot, label.replace(/[^a-z0-9]+/gi, '-'));
    await trainer.exportSavedModel(dir);
    const size = directorySize(dir);
    const row = {
      model: label,
      targetSparsity: target,
      kernelSparsity: sparsityOf(await trainer.getWeights(), kernels),
      testAccuracy: test.accuracy,
      testLoss: test.loss,
      savedModelBytes: size.raw,
      savedModelGzipBytes: size.gzip,
    };
    console.log(
      `${label.padEnd(12)} kernels ${(100 * row.kernelSparsity).toFixed(2).padStart(6)}% zero  test accuracy ${(100 * row.testAccuracy).toFixed(2)}%  SavedModel ${size.raw} B, gzip ${size.gzip} B`,
    );
    return row;
  };

  // The dense model: options.epochs, then (as the baseline) as many more epochs as the pruned copies get.
  const dense = mnistCnn();
  const denseTrainer = compile(dense, options.seed);
  await denseTrainer.fit(trainColumns, { ...fit, epochs: options.epochs });
  const all = await denseTrainer.getWeights();
  // Only the layers' weights start the pruned copies (their own optimizer state and step count start afresh).
  const layerWeights = new Map(denseTrainer.trainableVariables().map((v) => [v.name, all.get(v.name)!]));
  await denseTrainer.fit(trainColumns, { ...fit, epochs: options.epochs + options.fineTuneEpochs, initialEpoch: options.epochs });

  for (const target of SPARSITIES) {
    // tfmot's guide: sparsity from 0 to the target over the first part of fine-tuning, mask updates every 100 steps.
    // The last update falls on endStep, so the target is reached exactly.
    const frequency = Math.min(100, Math.max(1, Math.floor(fineTuneSteps / 10)));
    const endStep = frequency * Math.max(1, Math.floor((0.75 * fineTuneSteps) / frequency));
    const schedule = nn.pruning.polynomialDecay({ initialSparsity: 0, finalSparsity: target, beginStep: 0, endStep, frequency });
    const pruned = nn.pruning.pruneModel(dense, { schedule });
    const trainer = compile(pruned, options.seed, layerWeights);
    await trainer.fit(trainColumns, { ...fit, epochs: options.fineTuneEpochs });
    rows.push(await evaluateAndExport(`pruned ${Math.round(100 * target)}%`, trainer, target, nn.pruning.prunedWeightNames(pruned)));
    await trainer.close();
  }
  const kernels = dense
    .layers()
    .filter((l) => nn.pruning.PRUNABLE_BY_DEFAULT.includes(l.className))
    .map((l) => `${l.name}/kernel`);
  rows.unshift(await evaluateAndExport('dense', denseTrainer, 0, kernels));
  await denseTrainer.close();
  fs.rmSync(exportRoot, { recursive: true, force: true });

  const file = writeSummary(`mnist-prune-${options.dataset}`, {
    example: 'mnist-prune',
    ...options,
    data: { description: data.description, train: data.train.n, test: data.test.n },
    rows,
    machine: machine(),
  });
  console.log(`summary: ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
