/**
 * The comparison the fintech and healthcare examples share: raw tabular columns (numbers and
 * strings) with their preprocessing in the model graph (a normalization per number, a one-hot
 * string lookup per category, adapted on each run's training rows), one MLP trunk (32-16, relu),
 * a head per task, trained as single-task models (the Δm reference) and as one multi-task model
 * per weighting method. Binary tasks are scored by exact test AUC, regression tasks (trained on
 * targets standardised with the training rows) by test MAE in the target's units. Every run draws
 * its own split and initial weights from its seed; the table gives mean ± sd over runs.
 */
import { layers, losses, mtl, optimizers } from '../../lib';
import { Random } from '../../lib/data';
import type { SymbolicTensor } from '../../lib/nn';
import { rocAuc } from '../census-income';
import { meanSd, weightingNamed } from '../common';

export interface TabularTask {
  name: string;
  kind: 'binary' | 'regression';
  /** One value per row: 0/1 for binary tasks. */
  values: Float32Array;
  /** What the task is, for the table. */
  description: string;
  /** Regression: the unit of the MAE. */
  unit?: string;
}

export interface TabularData {
  numeric: Record<string, Float32Array>;
  categorical: Record<string, string[]>;
  tasks: TabularTask[];
  rows: number;
}

export const METHODS = ['equal', 'uncertainty', 'dwa', 'pcgrad', 'mgda'] as const;
export type Method = (typeof METHODS)[number];

export interface TabularOptions {
  runs: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  testFraction: number;
  seed: number;
  methods: Method[];
}

function take<T>(values: ArrayLike<T>, rows: number[]): T[] {
  return rows.map((r) => values[r]);
}

interface Split {
  numeric: Record<string, Float32Array>;
  categorical: Record<string, string[]>;
  targets: Record<string, Float32Array>;
  rows: number;
}

function subset(data: TabularData, rows: number[]): Split {
  return {
    numeric: Object.fromEntries(Object.entries(data.numeric).map(([k, v]) => [k, Float32Array.from(take(v, rows))])),
    categorical: Object.fromEntries(Object.entries(data.categorical).map(([k, v]) => [k, take(v, rows)])),
    targets: Object.fromEntries(data.tasks.map((t) => [t.name, Float32Array.from(take(t.values, rows))])),
    rows: rows.length,
  };
}

/** Test score of one task: AUC (binary) or MAE in the target's units (regression). */
export type Scores = Record<string, number>;

async function trainOnce(
  data: TabularData,
  tasks: TabularTask[],
  method: Method,
  train: Split,
  test: Split,
  seed: number,
  options: TabularOptions,
): Promise<{ scores: Scores; seconds: number }> {
  const inputs: Record<string, SymbolicTensor> = {};
  const parts: SymbolicTensor[] = [];
  for (const [column, values] of Object.entries(train.numeric)) {
    inputs[column] = layers.input({ name: column, shape: [1] });
    const norm = layers.normalization({ name: `${column}_norm` });
    await norm.adapt({ dtype: 'float32', shape: [values.length, 1], data: values });
    parts.push(norm.apply(inputs[column]));
  }
  for (const [column, values] of Object.entries(train.categorical)) {
    inputs[column] = layers.input({ name: column, shape: [], dtype: 'string' });
    const lookup = layers.stringLookup({ name: `${column}_onehot`, outputMode: 'one_hot' });
    await lookup.adapt(values);
    parts.push(lookup.apply(inputs[column]));
  }
  const features = parts.length === 1 ? parts[0] : layers.concatenate().apply(parts);
  const trunk = layers
    .sequential([layers.dense({ units: 32, activation: 'relu' }), layers.dense({ units: 16, activation: 'relu' })], { name: 'trunk' })
    .apply(features);
  // Regression targets standardised with the training rows, so the losses have comparable scales.
  const scale: Record<string, { mean: number; sd: number }> = {};
  for (const task of tasks.filter((t) => t.kind === 'regression')) {
    const v = train.targets[task.name];
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / v.length) || 1;
    scale[task.name] = { mean, sd };
  }
  const model = mtl.model({
    inputs,
    trunk,
    tasks: Object.fromEntries(
      tasks.map((t) => [
        t.name,
        t.kind === 'binary'
          ? { head: layers.dense({ units: 1, activation: 'sigmoid' }), loss: losses.binaryCrossentropy() }
          : { head: layers.dense({ units: 1 }), loss: losses.meanSquaredError() },
      ]),
    ),
    weighting: weightingNamed(method, seed),
    optimizer: optimizers.adam({ learningRate: options.learningRate }),
    seed,
  });
  const labels = (split: Split) =>
    Object.fromEntries(
      tasks.map((t) => [
        t.name,
        t.kind === 'binary' ? split.targets[t.name] : split.targets[t.name].map((x) => (x - scale[t.name].mean) / scale[t.name].sd),
      ]),
    );
  const started = performance.now();
  try {
    await model.fit(
      { ...train.numeric, ...train.categorical, ...labels(train) },
      { epochs: options.epochs, batchSize: options.batchSize, verbose: false },
    );
    const seconds = (performance.now() - started) / 1000;
    const predicted = await model.predict({ ...test.numeric, ...test.categorical }, { batchSize: 1024 });
    const scores: Scores = {};
    for (const task of tasks) {
      const p = predicted[task.name].data as Float32Array;
      const truth = test.targets[task.name];
      if (task.kind === 'binary') scores[task.name] = rocAuc(p, truth);
      else
        scores[task.name] =
          p.reduce((s, z, i) => s + Math.abs(z * scale[task.name].sd + scale[task.name].mean - truth[i]), 0) / truth.length;
    }
    return { scores, seconds };
  } finally {
    await model.close();
  }
}

export interface ComparisonResult {
  runs: Array<{ seed: number; single: Scores; multi: Record<string, Scores & { deltaM: number }>; seconds: Record<string, number> }>;
  table: string;
}

/** Runs the comparison and returns the per-run scores and a Markdown table (mean ± sd over runs). */
export async function compare(
  data: TabularData,
  options: TabularOptions,
  log: (line: string) => void = console.log,
): Promise<ComparisonResult> {
  const runs: ComparisonResult['runs'] = [];
  const higher = Object.fromEntries(data.tasks.map((t) => [t.name, t.kind === 'binary']));
  for (let r = 0; r < options.runs; r++) {
    const seed = options.seed + r;
    const order = Array.from({ length: data.rows }, (_, i) => i);
    Random.fromSeed(seed, 1).shuffle(order);
    const nTest = Math.round(data.rows * options.testFraction);
    const test = subset(
      data,
      order.slice(0, nTest).sort((a, b) => a - b),
    );
    const train = subset(
      data,
      order.slice(nTest).sort((a, b) => a - b),
    );
    const single: Scores = {};
    const seconds: Record<string, number> = {};
    for (const task of data.tasks) {
      const result = await trainOnce(data, [task], 'equal', train, test, seed, options);
      single[task.name] = result.scores[task.name];
      seconds[`single:${task.name}`] = result.seconds;
    }
    const multi: Record<string, Scores & { deltaM: number }> = {};
    for (const method of options.methods) {
      const result = await trainOnce(data, data.tasks, method, train, test, seed, options);
      multi[method] = { ...result.scores, deltaM: mtl.deltaM(result.scores, single, higher) };
      seconds[method] = result.seconds;
    }
    runs.push({ seed, single, multi, seconds });
    const show = (s: Scores) => data.tasks.map((t) => `${t.name} ${s[t.name].toFixed(t.kind === 'binary' ? 4 : 2)}`).join(', ');
    log(
      `  seed ${seed} (${train.rows} train / ${test.rows} test): single-task ${show(single)}; ${options.methods.map((m) => `${m}: ${show(multi[m])}, Δm ${multi[m].deltaM.toFixed(2)}%`).join('; ')}`,
    );
  }
  const head = `| model | ${data.tasks.map((t) => (t.kind === 'binary' ? `${t.name} AUC` : `${t.name} MAE (${t.unit ?? 'units'})`)).join(' | ')} | Δm vs single-task (%) | training time (s) |`;
  const lines = [head, `|${'---|'.repeat(data.tasks.length + 3)}`];
  const cell = (values: number[], task: TabularTask) => meanSd(values, task.kind === 'binary' ? 4 : 2);
  lines.push(
    `| single-task (one network per task) | ${data.tasks
      .map((t) =>
        cell(
          runs.map((r) => r.single[t.name]),
          t,
        ),
      )
      .join(' | ')} | 0 | ${meanSd(
      runs.map((r) => data.tasks.reduce((s, t) => s + r.seconds[`single:${t.name}`], 0)),
      1,
    )} |`,
  );
  for (const method of options.methods) {
    lines.push(
      `| multi-task, ${method} | ${data.tasks
        .map((t) =>
          cell(
            runs.map((r) => r.multi[method][t.name]),
            t,
          ),
        )
        .join(' | ')} | ${meanSd(
        runs.map((r) => r.multi[method].deltaM),
        2,
      )} | ${meanSd(
        runs.map((r) => r.seconds[method]),
        1,
      )} |`,
    );
  }
  return { runs, table: lines.join('\n') };
}
