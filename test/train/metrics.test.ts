// Metrics in the graph, aggregated over batches: fixed predictions and labels split over three
// batches give the value computed here over all examples at once (by the metric's definition),
// and Keras 3's metric on the same batches (test/fixtures/python/keras_reference.py, one run);
// sample weights included; reset brings every metric back to 0. In the trainer, validation
// metrics (val_*) are kept apart from training metrics.
//
// Tolerance 1e-6: a metric here is a ratio of float32 sums of at most a few dozen terms, each
// rounding at 6e-8 relative.
import { Graph, Output, Session, Tensor } from '../../lib';
import type { DType } from '../../lib';
import * as ops from '../../lib/ops';
import { nn, train } from '../../lib';
import { GraphState } from '../../lib/nn';
import { metrics, optimizers } from '../../lib/train';
import { runPythonJson } from '../support/python';

const TOLERANCE = 1e-6;

interface Batch {
  yTrue: number[] | number[][] | number[][][];
  yPred: number[] | number[][] | number[][][];
  weights?: number[];
}

function shapeOf(value: unknown): number[] {
  const shape: number[] = [];
  let v = value;
  while (Array.isArray(v)) {
    shape.push(v.length);
    v = v[0];
  }
  return shape;
}

/** Runs the metric's update once per batch (fed through placeholders with a free batch dimension); returns the result, then the result after reset. */
async function aggregate(
  metric: metrics.Metric,
  batches: Batch[],
  labelDtype: DType = 'float32',
): Promise<{ result: number; afterReset: number }> {
  const graph = new Graph();
  const state = new GraphState(graph, 0);
  const labelShape = [-1, ...shapeOf(batches[0].yTrue).slice(1)];
  const predShape = [-1, ...shapeOf(batches[0].yPred).slice(1)];
  const yTrue = ops.placeholder(graph, { dtype: labelDtype, shape: labelShape, name: 'y_true' });
  const yPred = ops.placeholder(graph, { dtype: 'float32', shape: predShape, name: 'y_pred' });
  const weighted = batches.some((b) => b.weights);
  const weights: Output | null = weighted ? ops.placeholder(graph, { dtype: 'float32', shape: [-1], name: 'weights' }) : null;
  const built = metric.build(state, `metrics/${metric.name}`, yTrue, yPred, weights);
  const session = new Session(graph);
  try {
    await session.run(
      null,
      [],
      state.variables.map((v) => v.initializer),
    );
    for (const batch of batches) {
      const feeds: Array<[Output, Tensor]> = [
        [yTrue, Tensor.from(batch.yTrue.flat(2) as number[], { dtype: labelDtype, shape: shapeOf(batch.yTrue) })],
        [yPred, Tensor.from(batch.yPred.flat(2) as number[], { dtype: 'float32', shape: shapeOf(batch.yPred) })],
      ];
      if (weights) feeds.push([weights, Tensor.from(batch.weights!, { dtype: 'float32', shape: [batch.weights!.length] })]);
      await session.run(feeds, [], [built.update]);
    }
    const [result] = await session.run(null, [built.result]);
    await session.run(null, [], [built.reset]);
    const [afterReset] = await session.run(null, [built.result]);
    return { result: result.item() as number, afterReset: afterReset.item() as number };
  } finally {
    await session.close();
  }
}

// Deterministic pseudo-random numbers (an LCG), so the data is fixed but not hand-picked.
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function split<T>(items: T[], sizes: number[]): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(items.slice(at, at + size));
    at += size;
  }
  return out;
}

// Binary: 30 probabilities on a 0.001 grid (never on one of AUC's thresholds k/199), labels
// correlated with them, weights 0.5, 1, 1.5, 2; batches of 12, 10 and 8.
const rand = lcg(12345);
const BINARY = Array.from({ length: 30 }, (_, i) => {
  const p = Math.round((0.001 + 0.998 * rand()) * 1000) / 1000;
  return { p, y: rand() < 0.2 + 0.6 * p ? 1 : 0, w: 0.5 + (i % 4) / 2 };
});
const BINARY_SIZES = [12, 10, 8];
const binaryBatches = (weighted: boolean): Batch[] =>
  split(BINARY, BINARY_SIZES).map((rows) => ({
    yTrue: rows.map((r) => [r.y]),
    yPred: rows.map((r) => [r.p]),
    weights: weighted ? rows.map((r) => r.w) : undefined,
  }));

// Categorical: 9 examples, 3 classes (distinct maxima), batches of 4, 3, 2.
const CATEGORICAL = [
  { p: [0.7, 0.2, 0.1], k: 0 },
  { p: [0.1, 0.3, 0.6], k: 1 },
  { p: [0.2, 0.5, 0.3], k: 1 },
  { p: [0.4, 0.35, 0.25], k: 2 },
  { p: [0.05, 0.05, 0.9], k: 2 },
  { p: [0.3, 0.6, 0.1], k: 0 },
  { p: [0.5, 0.1, 0.4], k: 0 },
  { p: [0.2, 0.2, 0.6], k: 1 },
  { p: [0.1, 0.8, 0.1], k: 1 },
].map((row, i) => ({ ...row, w: [1, 2, 0.5, 1.5][i % 4] }));
const CATEGORICAL_SIZES = [4, 3, 2];
const oneHot = (k: number) => [0, 1, 2].map((j) => (j === k ? 1 : 0));
const categoricalBatches = (weighted: boolean): Batch[] =>
  split(CATEGORICAL, CATEGORICAL_SIZES).map((rows) => ({
    yTrue: rows.map((r) => oneHot(r.k)),
    yPred: rows.map((r) => r.p),
    weights: weighted ? rows.map((r) => r.w) : undefined,
  }));
const sparseBatches = (weighted: boolean, column: boolean): Batch[] =>
  split(CATEGORICAL, CATEGORICAL_SIZES).map((rows) => ({
    yTrue: rows.map((r) => (column ? [r.k] : r.k)) as number[] | number[][],
    yPred: rows.map((r) => r.p),
    weights: weighted ? rows.map((r) => r.w) : undefined,
  }));

// Regression: 7 examples with 2 outputs, batches of 3, 2, 2.
const REGRESSION = [
  { t: [1, 2], p: [1.5, 1] },
  { t: [0, -1], p: [0.25, -2] },
  { t: [3, 3], p: [2, 4.5] },
  { t: [-2, 0.5], p: [-2, 0.5] },
  { t: [1, 1], p: [0, 0] },
  { t: [0.5, -0.5], p: [1, 0.5] },
  { t: [2, -3], p: [2.75, -1] },
].map((row, i) => ({ ...row, w: [2, 1, 0.5, 3][i % 4] }));
const REGRESSION_SIZES = [3, 2, 2];
const regressionBatches = (weighted: boolean): Batch[] =>
  split(REGRESSION, REGRESSION_SIZES).map((rows) => ({
    yTrue: rows.map((r) => r.t),
    yPred: rows.map((r) => r.p),
    weights: weighted ? rows.map((r) => r.w) : undefined,
  }));

/** Σ w·v / Σ w over examples (w = 1 without weights). */
function weightedMean<T>(rows: T[], value: (row: T) => number, weight: ((row: T) => number) | null): number {
  let total = 0;
  let count = 0;
  for (const row of rows) {
    const w = weight ? weight(row) : 1;
    total += w * value(row);
    count += w;
  }
  return total / count;
}

const argmax = (xs: number[]) => xs.indexOf(Math.max(...xs));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

interface Scored {
  p: number;
  y: number;
  w: number;
}

/** Weighted confusion counts at one threshold (prediction > threshold, as float32 compares). */
function confusion(threshold: number, weighted: boolean, rows: Scored[] = BINARY) {
  const counts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const r of rows) {
    const w = weighted ? r.w : 1;
    const positive = Math.fround(r.p) > Math.fround(threshold);
    if (positive && r.y) counts.tp += w;
    else if (positive) counts.fp += w;
    else if (r.y) counts.fn += w;
    else counts.tn += w;
  }
  return counts;
}

/** Keras's ROC AUC by its definition: counts at n thresholds (ends nudged by 1e-7), trapezoids over (FPR, TPR). */
function thresholdedAuc(n: number, weighted: boolean, rows: Scored[] = BINARY): number {
  const thresholds = Array.from({ length: n }, (_, i) => (i === 0 ? -1e-7 : i === n - 1 ? 1 + 1e-7 : i / (n - 1)));
  const rates = thresholds.map((t) => {
    const c = confusion(t, weighted, rows);
    return { tpr: c.tp / (c.tp + c.fn), fpr: c.fp / (c.fp + c.tn) };
  });
  let area = 0;
  for (let i = 0; i + 1 < n; i++) area += ((rates[i].fpr - rates[i + 1].fpr) * (rates[i].tpr + rates[i + 1].tpr)) / 2;
  return area;
}

/** The exact ROC AUC: the probability that a positive outranks a negative (ties count half), weighted. */
function exactAuc(weighted: boolean): number {
  let wins = 0;
  let pairs = 0;
  for (const a of BINARY) {
    if (!a.y) continue;
    for (const b of BINARY) {
      if (b.y) continue;
      const w = weighted ? a.w * b.w : 1;
      wins += w * (a.p > b.p ? 1 : a.p === b.p ? 0.5 : 0);
      pairs += w;
    }
  }
  return wins / pairs;
}

interface Case {
  id: string;
  metric: () => metrics.Metric;
  batches: Batch[];
  labelDtype?: DType;
  /** Computed over all examples at once. */
  expected: number;
  keras?: { class: string; config?: Record<string, unknown> };
}

const CASES: Case[] = [];
for (const weighted of [false, true]) {
  const tag = weighted ? ' weighted' : '';
  const wBinary = weighted ? (r: (typeof BINARY)[number]) => r.w : null;
  const wCategorical = weighted ? (r: (typeof CATEGORICAL)[number]) => r.w : null;
  const wRegression = weighted ? (r: (typeof REGRESSION)[number]) => r.w : null;
  const c05 = confusion(0.5, weighted);
  const c07 = confusion(0.7, weighted);
  CASES.push(
    {
      id: `binary accuracy${tag}`,
      metric: () => metrics.binaryAccuracy(),
      batches: binaryBatches(weighted),
      expected: weightedMean(BINARY, (r) => Number((r.p > 0.5 ? 1 : 0) === r.y), wBinary),
      keras: { class: 'BinaryAccuracy' },
    },
    {
      id: `categorical accuracy${tag}`,
      metric: () => metrics.categoricalAccuracy(),
      batches: categoricalBatches(weighted),
      expected: weightedMean(CATEGORICAL, (r) => Number(argmax(r.p) === r.k), wCategorical),
      keras: { class: 'CategoricalAccuracy' },
    },
    {
      id: `sparse categorical accuracy${tag}`,
      metric: () => metrics.sparseCategoricalAccuracy(),
      batches: sparseBatches(weighted, false),
      labelDtype: 'int32',
      expected: weightedMean(CATEGORICAL, (r) => Number(argmax(r.p) === r.k), wCategorical),
      keras: { class: 'SparseCategoricalAccuracy' },
    },
    {
      id: `sparse categorical accuracy, labels (batch, 1)${tag}`,
      metric: () => metrics.sparseCategoricalAccuracy(),
      batches: sparseBatches(weighted, true),
      labelDtype: 'int32',
      expected: weightedMean(CATEGORICAL, (r) => Number(argmax(r.p) === r.k), wCategorical),
      keras: { class: 'SparseCategoricalAccuracy' },
    },
    {
      id: `precision${tag}`,
      metric: () => metrics.precision(),
      batches: binaryBatches(weighted),
      expected: c05.tp / (c05.tp + c05.fp),
      keras: { class: 'Precision' },
    },
    {
      id: `recall${tag}`,
      metric: () => metrics.recall(),
      batches: binaryBatches(weighted),
      expected: c05.tp / (c05.tp + c05.fn),
      keras: { class: 'Recall' },
    },
    {
      id: `precision at 0.7${tag}`,
      metric: () => metrics.precision({ threshold: 0.7 }),
      batches: binaryBatches(weighted),
      expected: c07.tp / (c07.tp + c07.fp),
      keras: { class: 'Precision', config: { thresholds: 0.7 } },
    },
    {
      id: `recall at 0.7${tag}`,
      metric: () => metrics.recall({ threshold: 0.7 }),
      batches: binaryBatches(weighted),
      expected: c07.tp / (c07.tp + c07.fn),
      keras: { class: 'Recall', config: { thresholds: 0.7 } },
    },
    {
      id: `auc${tag}`,
      metric: () => metrics.auc(),
      batches: binaryBatches(weighted),
      expected: thresholdedAuc(200, weighted),
      keras: { class: 'AUC' },
    },
    {
      id: `mae${tag}`,
      metric: () => metrics.meanAbsoluteError(),
      batches: regressionBatches(weighted),
      expected: weightedMean(REGRESSION, (r) => mean(r.t.map((t, j) => Math.abs(r.p[j] - t))), wRegression),
      keras: { class: 'MeanAbsoluteError' },
    },
    {
      id: `mse${tag}`,
      metric: () => metrics.meanSquaredError(),
      batches: regressionBatches(weighted),
      expected: weightedMean(REGRESSION, (r) => mean(r.t.map((t, j) => (r.p[j] - t) ** 2)), wRegression),
      keras: { class: 'MeanSquaredError' },
    },
    {
      id: `rmse${tag}`,
      metric: () => metrics.rootMeanSquaredError(),
      batches: regressionBatches(weighted),
      expected: Math.sqrt(weightedMean(REGRESSION, (r) => mean(r.t.map((t, j) => (r.p[j] - t) ** 2)), wRegression)),
      keras: { class: 'RootMeanSquaredError' },
    },
  );
}

// Shapes beyond (batch, k): a weight per example over every element of its row.
const RANK3 = [
  {
    t: [
      [0, 0],
      [0, 0],
    ],
    p: [
      [1, 2],
      [3, 4],
    ],
    w: 1,
  },
  {
    t: [
      [1, 1],
      [1, 1],
    ],
    p: [
      [1, 3],
      [0, 1],
    ],
    w: 3,
  },
  {
    t: [
      [0, 1],
      [2, 3],
    ],
    p: [
      [0.5, 1],
      [2, 1],
    ],
    w: 0.5,
  },
];
CASES.push({
  id: 'mae on (batch, 2, 2), weighted',
  metric: () => metrics.meanAbsoluteError(),
  batches: [RANK3.slice(0, 2), RANK3.slice(2)].map((rows) => ({
    yTrue: rows.map((r) => r.t),
    yPred: rows.map((r) => r.p),
    weights: rows.map((r) => r.w),
  })),
  // Per-example means 2.5, 0.75, 0.625; weighted: (2.5 + 2.25 + 0.3125) / 4.5.
  expected: (2.5 * 1 + 0.75 * 3 + 0.625 * 0.5) / 4.5,
  keras: { class: 'MeanAbsoluteError' },
});
// Two columns of probabilities, one weight per example (AUC over every element, Keras's
// multi_label=false): the first 20 binary examples in pairs, each pair weighted by its first's weight.
const PAIRS = Array.from({ length: 10 }, (_, i) => ({ a: BINARY[2 * i], b: BINARY[2 * i + 1], w: BINARY[2 * i].w }));
CASES.push({
  id: 'auc on (batch, 2), weighted',
  metric: () => metrics.auc(),
  batches: split(PAIRS, [6, 4]).map((rows) => ({
    yTrue: rows.map((r) => [r.a.y, r.b.y]),
    yPred: rows.map((r) => [r.a.p, r.b.p]),
    weights: rows.map((r) => r.w),
  })),
  expected: thresholdedAuc(
    200,
    true,
    PAIRS.flatMap((r) => [
      { ...r.a, w: r.w },
      { ...r.b, w: r.w },
    ]),
  ),
  keras: { class: 'AUC' },
});

let keras: { versions: Record<string, string>; metrics: Record<string, { result: number; after_reset: number }> };
beforeAll(() => {
  const request = CASES.filter((c) => c.keras).map((c) => ({
    id: c.id,
    class: c.keras!.class,
    config: c.keras!.config ?? {},
    y_true_dtype: c.labelDtype ?? 'float32',
    batches: c.batches.map((b) => ({ y_true: b.yTrue, y_pred: b.yPred, sample_weight: b.weights })),
  }));
  // Keras's MAE on (batch,) predictions, for the documented difference below.
  request.push({
    id: 'mae rank 1',
    class: 'MeanAbsoluteError',
    config: {},
    y_true_dtype: 'float32',
    batches: [
      { y_true: [0, 0, 0], y_pred: [1, 2, 3], sample_weight: undefined },
      { y_true: [0], y_pred: [10], sample_weight: undefined },
    ],
  });
  keras = runPythonJson('keras_reference.py', { metrics: request });
});

describe('metrics over batches', () => {
  for (const c of CASES) {
    test(`${c.id}: three batches = all examples at once${c.keras ? ' = Keras' : ''}; reset gives 0`, async () => {
      const { result, afterReset } = await aggregate(c.metric(), c.batches, c.labelDtype);
      expect(Math.abs(result - c.expected)).toBeLessThan(TOLERANCE);
      if (c.keras) {
        expect(Math.abs(result - keras.metrics[c.id].result)).toBeLessThan(TOLERANCE);
        expect(keras.metrics[c.id].after_reset).toBe(0);
      }
      expect(afterReset).toBe(0);
    });
  }

  test('the data is not degenerate: both classes, some errors, AUC between 0.5 and 1', () => {
    expect(BINARY.filter((r) => r.y).length).toBeGreaterThan(5);
    expect(BINARY.filter((r) => !r.y).length).toBeGreaterThan(5);
    const accuracy = CASES.find((c) => c.id === 'binary accuracy')!.expected;
    expect(accuracy).toBeGreaterThan(0.5);
    expect(accuracy).toBeLessThan(1);
    // 200 thresholds approximate the exact (rank) AUC to within the mass of pairs closer than 1/199.
    const auc = thresholdedAuc(200, false);
    expect(auc).toBeGreaterThan(0.6);
    expect(Math.abs(auc - exactAuc(false))).toBeLessThan(0.02);
  });

  test('hand values: precision and recall on four examples; AUC of a perfect and of a reversed ranking', async () => {
    // Predictions 0.9, 0.6, 0.4, 0.2 with labels 1, 0, 1, 0: at 0.5, TP 1, FP 1, FN 1.
    const batches: Batch[] = [
      { yTrue: [[1], [0]], yPred: [[0.9], [0.6]] },
      { yTrue: [[1], [0]], yPred: [[0.4], [0.2]] },
    ];
    expect((await aggregate(metrics.precision(), batches)).result).toBeCloseTo(0.5, 7);
    expect((await aggregate(metrics.recall(), batches)).result).toBeCloseTo(0.5, 7);
    expect((await aggregate(metrics.binaryAccuracy(), batches)).result).toBeCloseTo(0.5, 7);
    const perfect: Batch[] = [
      { yTrue: [[1], [0]], yPred: [[0.8], [0.3]] },
      { yTrue: [[1], [0]], yPred: [[0.6], [0.1]] },
    ];
    expect((await aggregate(metrics.auc(), perfect)).result).toBeCloseTo(1, 6);
    const reversed: Batch[] = [
      { yTrue: [[0], [1]], yPred: [[0.8], [0.3]] },
      { yTrue: [[0], [1]], yPred: [[0.6], [0.1]] },
    ];
    expect((await aggregate(metrics.auc(), reversed)).result).toBeCloseTo(0, 6);
    // Logits through fromLogits: the same ranking, the same AUC as the probabilities.
    const logit = (p: number) => Math.log(p / (1 - p));
    const asLogits = binaryBatches(false).map((b) => ({ ...b, yPred: (b.yPred as number[][]).map(([p]) => [logit(p)]) }));
    expect(Math.abs((await aggregate(metrics.auc({ fromLogits: true }), asLogits)).result - thresholdedAuc(200, false))).toBeLessThan(
      TOLERANCE,
    );
  });

  test('RMSE is the root of the pooled mean, not the mean of batch roots', async () => {
    // Batch 1 errors (1, 1), batch 2 errors (3, 3)... one output each: pooled MSE 5, RMSE √5; batch roots average 2.
    const batches: Batch[] = [
      { yTrue: [[0], [0]], yPred: [[1], [-1]] },
      { yTrue: [[0], [0]], yPred: [[3], [3]] },
    ];
    expect((await aggregate(metrics.rootMeanSquaredError(), batches)).result).toBeCloseTo(Math.sqrt(5), 6);
  });

  test('no examples yet, or all weights 0: every metric is 0, not NaN', async () => {
    const zeroWeights: Batch[] = [{ yTrue: [[1], [0]], yPred: [[0.9], [0.2]], weights: [0, 0] }];
    for (const make of [
      metrics.binaryAccuracy,
      metrics.precision,
      metrics.recall,
      metrics.auc,
      metrics.meanAbsoluteError,
      metrics.rootMeanSquaredError,
    ]) {
      expect((await aggregate(make(), zeroWeights)).result).toBe(0);
    }
  });

  test("(batch,) predictions count examples; Keras's MAE averages batch means there (a kept difference)", async () => {
    // Errors 1, 2, 3 in a batch of 3 and 10 alone: 16/4 = 4 per example; Keras reduces a rank-1 batch
    // to one number, giving (2 + 10)/2 = 6. Accuracy on (batch,) is per example in both.
    const batches: Batch[] = [
      { yTrue: [0, 0, 0], yPred: [1, 2, 3] },
      { yTrue: [0], yPred: [10] },
    ];
    expect((await aggregate(metrics.meanAbsoluteError(), batches)).result).toBeCloseTo(4, 6);
    expect(keras.metrics['mae rank 1'].result).toBeCloseTo(6, 6);
    const binary: Batch[] = [
      { yTrue: [1, 0, 1], yPred: [0.9, 0.2, 0.4] },
      { yTrue: [1], yPred: [0.9] },
    ];
    expect((await aggregate(metrics.binaryAccuracy(), binary)).result).toBeCloseTo(0.75, 7);
  });

  test('"accuracy" picks binary, sparse or categorical from the shapes, as Keras does', async () => {
    // One column: binary. Labels of lower rank, or one column of ids: sparse. Else categorical, int one-hot labels too.
    expect((await aggregate(metrics.accuracy(), binaryBatches(false))).result).toBeCloseTo(CASES[0].expected, 6);
    const categoricalExpected = weightedMean(CATEGORICAL, (r) => Number(argmax(r.p) === r.k), null);
    expect((await aggregate(metrics.accuracy(), sparseBatches(false, false), 'int32')).result).toBeCloseTo(categoricalExpected, 6);
    expect((await aggregate(metrics.accuracy(), sparseBatches(false, true), 'int32')).result).toBeCloseTo(categoricalExpected, 6);
    expect((await aggregate(metrics.accuracy(), categoricalBatches(false))).result).toBeCloseTo(categoricalExpected, 6);
    expect((await aggregate(metrics.accuracy(), categoricalBatches(false), 'int32')).result).toBeCloseTo(categoricalExpected, 6);
  });
});

describe('metrics in the trainer', () => {
  test('validation metrics (val_*) come from the validation data only, training metrics from the training data only', async () => {
    // The model outputs its input (kernel 1, bias 0, learning rate 0), so the predictions are the
    // probabilities below, and every metric is a count over them.
    const x = nn.layers.input({ name: 'x', shape: [1] });
    const model = nn.model({
      inputs: { x },
      outputs: { y: nn.layers.dense({ units: 1, kernelInitializer: 'ones', biasInitializer: 'zeros', name: 'identity' }).apply(x) },
    });
    const trainer = train.compile(model, {
      optimizer: optimizers.sgd({ learningRate: 0 }),
      loss: 'mse',
      metrics: ['accuracy', 'auc', 'precision', 'recall', 'mae'],
    });
    // Training: predicted (> 0.5) 1 0 1 0 1 0 1 0 against 1 0 0 1 1 0 1 1: 5 of 8 right; TP 3, FP 1,
    // FN 2; |errors| sum to 3.0; positives {.9 .4 .6 .8 .3} outrank negatives {.2 .7 .1} in 12 of 15 pairs.
    const trainData = { x: Float32Array.of(0.9, 0.2, 0.7, 0.4, 0.6, 0.1, 0.8, 0.3), y: Float32Array.of(1, 0, 0, 1, 1, 0, 1, 1) };
    const trainExpected = { accuracy: 5 / 8, precision: 3 / 4, recall: 3 / 5, mae: 3 / 8, auc: 12 / 15 };
    // Validation: predicted 0 1 1 0 1 against 1 0 1 0 1: 3 of 5; TP 2, FP 1, FN 1; |errors| sum to 2.1;
    // positives {.3 .6 .9} outrank negatives {.8 .1} in 4 of 6 pairs.
    const valData = { x: Float32Array.of(0.3, 0.8, 0.6, 0.1, 0.9), y: Float32Array.of(1, 0, 1, 0, 1) };
    const valExpected = { accuracy: 3 / 5, precision: 2 / 3, recall: 2 / 3, mae: 2.1 / 5, auc: 4 / 6 };
    try {
      const history = await trainer.fit(trainData, { epochs: 3, batchSize: 3, verbose: false, validation: valData });
      expect(Object.keys(history.history).sort()).toEqual([
        'accuracy',
        'auc',
        'learning_rate',
        'loss',
        'mae',
        'precision',
        'recall',
        'val_accuracy',
        'val_auc',
        'val_loss',
        'val_mae',
        'val_precision',
        'val_recall',
      ]);
      // Every epoch: training metrics reset at its start and untouched by the validation after it.
      for (const [name, value] of Object.entries(trainExpected)) {
        for (const epochValue of history.history[name]) expect(Math.abs(epochValue - value)).toBeLessThan(TOLERANCE);
        for (const epochValue of history.history[`val_${name}`])
          expect(Math.abs(epochValue - valExpected[name as keyof typeof valExpected])).toBeLessThan(TOLERANCE);
      }
      // evaluate() fills the validation variables only: the same numbers again, and training is unaffected.
      const evaluated = await trainer.evaluate(valData, { batchSize: 2 });
      for (const [name, value] of Object.entries(valExpected)) expect(Math.abs(evaluated[name] - value)).toBeLessThan(TOLERANCE);
      const again = await trainer.fit(trainData, { epochs: 1, batchSize: 8, verbose: false });
      for (const [name, value] of Object.entries(trainExpected)) expect(Math.abs(again.history[name][0] - value)).toBeLessThan(TOLERANCE);
    } finally {
      await trainer.close();
    }
  });
});

describe('metrics: bad input', () => {
  test('unknown names and options, invalid thresholds', () => {
    expect(() => metrics.getMetric('f1' as never, 'metric of output "y"')).toThrow(
      /metric of output "y": unknown metric "f1" \(known: accuracy, binaryAccuracy, .*rmse, or a metric from metrics\.\*\)/,
    );
    expect(() => metrics.getMetric('hasOwnProperty' as never, 'metric of output "y"')).toThrow(/unknown metric "hasOwnProperty"/);
    expect(() => metrics.auc({ numThresholds: 2 })).toThrow('auc: numThresholds must be an integer >= 3, got 2');
    expect(() => metrics.auc({ numThresholds: 10.5 })).toThrow('auc: numThresholds must be an integer >= 3, got 10.5');
    expect(() => metrics.auc({ num_thresholds: 100 } as never)).toThrow(
      /auc: unknown option "num_thresholds" \(known options: numThresholds, name, fromLogits\)/,
    );
    expect(() => metrics.precision({ threshold: 1.5 })).toThrow('precision: threshold must be in [0, 1], got 1.5');
    expect(() => metrics.recall({ threshold: -0.1 })).toThrow('recall: threshold must be in [0, 1], got -0.1');
    expect(() => metrics.binaryAccuracy({ threshold: NaN })).toThrow('binaryAccuracy: threshold must be a finite number, got NaN');
  });

  test('labels that do not match the predictions are refused when the graph is built', () => {
    const graph = new Graph();
    const state = new GraphState(graph, 0);
    const yTrue = ops.placeholder(graph, { dtype: 'float32', shape: [-1, 3] });
    const yPred = ops.placeholder(graph, { dtype: 'float32', shape: [-1, 2] });
    expect(() => metrics.meanSquaredError().build(state, 'mse', yTrue, yPred, null)).toThrow(
      /metric "mse": label shape \[\?, 3\] does not match prediction shape \[\?, 2\]/,
    );
  });
});
