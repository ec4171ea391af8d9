/**
 * Tabular multi-task learning on real data: the Palmer penguins (Gorman, Williams & Fraser 2014;
 * 344 birds of three species on three islands), as the npm package `vega-datasets` ships them
 * (data/penguins.json, a devDependency). From beak length, beak depth, flipper length, island and
 * sex, one small MLP trunk and two heads predict
 *   species   — Adelie, Chinstrap or Gentoo (3 logits, sparse categorical cross-entropy);
 *   body_mass — the body mass, standardised with the training set's mean and sd (MSE); reported
 *               as the mean absolute error in grams.
 *
 * Data handling: the two birds with no measurements at all (no beak, flipper or body mass) are
 * dropped, so every remaining row has both labels (no label mask is needed); the 9 remaining birds
 * without a recorded sex (null, or "." once) get a third sex category, "unknown". The three measurements
 * are standardised with training-set statistics; island and sex are one-hot. Each run draws a
 * split stratified by species (`--test-fraction` of each species for test) and new initial
 * weights from its seed.
 *
 * The multi-task model is trained with each weighting strategy (equal, uncertainty, PCGrad, MGDA).
 * Reported next to it: single-task models with the same trunk, seed and epochs (the reference for
 * Δm), and floors that need no network: the training set's majority species and mean mass, and
 * ordinary least squares on the same features for the mass. The test set is small (69 birds), so
 * the example repeats everything over `--runs` splits and reports mean ± sd.
 *
 *   npm run example:penguins -- [--epochs 50] [--seed 1] [--runs 10] [--batch-size 32] [--learning-rate 0.003]
 *                               [--test-fraction 0.2] [--methods equal,uncertainty,pcgrad,mgda]
 *
 * Writes examples/results/penguins.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import { layers, losses, metrics, mtl, optimizers } from '../lib';
import { Random } from '../lib/data';
import { countParameters, finishRun, meanOf, meanSd, signed, weightingNamed } from './common';
import { readFlags } from './flags';

const SPECIES = ['Adelie', 'Chinstrap', 'Gentoo'] as const;
const ISLANDS = ['Biscoe', 'Dream', 'Torgersen'] as const;
const SEXES = ['FEMALE', 'MALE'] as const; // anything else is "unknown"
const MEASUREMENTS = ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)'] as const;
const MASS = 'Body Mass (g)';
/** 3 standardised measurements, 3 one-hot islands, 3 one-hot sexes (female, male, unknown). */
const FEATURES = MEASUREMENTS.length + ISLANDS.length + SEXES.length + 1;

const METHODS = ['equal', 'uncertainty', 'pcgrad', 'mgda'] as const;
type Method = (typeof METHODS)[number];
const TASKS = ['species', 'body_mass'] as const;
type Task = (typeof TASKS)[number];

const defaults = { epochs: 50, seed: 1, runs: 10, batchSize: 32, learningRate: 0.003, testFraction: 0.2, methods: METHODS.join(',') };
type Options = typeof defaults;

interface Penguin {
  species: number;
  island: number;
  sex: number; // 0 female, 1 male, 2 unknown
  measurements: number[];
  massGrams: number;
}

/** data/penguins.json of the installed vega-datasets (its "exports" map hides the data files from require.resolve). */
function findPenguinsJson(): { file: string; version: string } {
  for (const dir of require.resolve.paths('vega-datasets') ?? []) {
    const file = path.join(dir, 'vega-datasets', 'data', 'penguins.json');
    if (fs.existsSync(file)) {
      const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'vega-datasets', 'package.json'), 'utf8')) as { version: string };
      return { file, version };
    }
  }
  throw new Error('penguins: the npm package vega-datasets is not installed (npm install --save-dev vega-datasets@3.2.1)');
}

function loadPenguins(file: string): { penguins: Penguin[]; dropped: number; unknownSex: number } {
  const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
  const penguins: Penguin[] = [];
  let dropped = 0;
  for (const [i, row] of rows.entries()) {
    const measurements = MEASUREMENTS.map((key) => row[key]);
    const mass = row[MASS];
    if (measurements.some((v) => typeof v !== 'number') || typeof mass !== 'number') {
      dropped++;
      continue;
    }
    const species = SPECIES.indexOf(row.Species as (typeof SPECIES)[number]);
    const island = ISLANDS.indexOf(row.Island as (typeof ISLANDS)[number]);
    if (species < 0 || island < 0)
      throw new Error(
        `penguins: row ${i} has species ${JSON.stringify(row.Species)}, island ${JSON.stringify(row.Island)}; expected one of ${SPECIES.join('/')}, ${ISLANDS.join('/')}`,
      );
    const sex = SEXES.indexOf(row.Sex as (typeof SEXES)[number]);
    penguins.push({ species, island, sex: sex < 0 ? SEXES.length : sex, measurements: measurements as number[], massGrams: mass });
  }
  return { penguins, dropped, unknownSex: penguins.filter((p) => p.sex === SEXES.length).length };
}

/** Indices of a split stratified by species: `testFraction` of each species (rounded) for test. */
function stratifiedSplit(penguins: Penguin[], testFraction: number, random: Random): { train: number[]; test: number[] } {
  const train: number[] = [];
  const test: number[] = [];
  SPECIES.forEach((_, s) => {
    const members = penguins.map((p, i) => (p.species === s ? i : -1)).filter((i) => i >= 0);
    random.shuffle(members);
    const nTest = Math.round(members.length * testFraction);
    test.push(...members.slice(0, nTest));
    train.push(...members.slice(nTest));
  });
  return { train: train.sort((a, b) => a - b), test: test.sort((a, b) => a - b) };
}

interface Standardiser {
  mean: number[];
  sd: number[];
}

const sdOf = (values: number[]) => Math.sqrt(values.reduce((s, v) => s + (v - meanOf(values)) ** 2, 0) / values.length);

/** Model columns: `features` (n·9), `species` (n class ids), `body_mass` (n standardised masses). */
function columns(penguins: Penguin[], rows: number[], scale: Standardiser, mass: { mean: number; sd: number }) {
  const features = new Float32Array(rows.length * FEATURES);
  rows.forEach((r, k) => {
    const p = penguins[r];
    const x = features.subarray(k * FEATURES, (k + 1) * FEATURES);
    p.measurements.forEach((v, j) => (x[j] = (v - scale.mean[j]) / scale.sd[j]));
    x[MEASUREMENTS.length + p.island] = 1;
    x[MEASUREMENTS.length + ISLANDS.length + p.sex] = 1;
  });
  return {
    features,
    species: Int32Array.from(rows, (r) => penguins[r].species),
    body_mass: Float32Array.from(rows, (r) => (penguins[r].massGrams - mass.mean) / mass.sd),
  };
}

type Columns = ReturnType<typeof columns>;

/** Least squares with an intercept (normal equations, Gaussian elimination with partial pivoting; a tiny ridge keeps them solvable). */
function leastSquares(x: Float32Array, y: Float32Array, n: number, d: number): (row: Float32Array) => number {
  const m = d + 1;
  const a = Array.from({ length: m }, () => new Float64Array(m + 1));
  for (let i = 0; i < n; i++) {
    const row = [1, ...x.subarray(i * d, (i + 1) * d)];
    for (let p = 0; p < m; p++) {
      for (let q = 0; q < m; q++) a[p][q] += row[p] * row[q];
      a[p][m] += row[p] * y[i];
    }
  }
  for (let p = 1; p < m; p++) a[p][p] += 1e-6; // the one-hot groups each sum to the intercept column
  for (let c = 0; c < m; c++) {
    let pivot = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    for (let r = 0; r < m; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let q = c; q <= m; q++) a[r][q] -= f * a[c][q];
    }
  }
  const w = a.map((row, i) => row[m] / row[i]);
  return (row) => w[0] + row.reduce((s, v, j) => s + v * w[j + 1], 0);
}

interface Scores {
  accuracy?: number;
  maeGrams?: number;
  seconds: number;
  parameters: number;
  lastEpoch: Record<string, number>;
}

async function trainOnce(
  tasks: readonly Task[],
  method: Method,
  trainSet: Columns,
  testSet: Columns,
  massSd: number,
  seed: number,
  options: Options,
): Promise<Scores> {
  const features = layers.input({ name: 'features', shape: [FEATURES] });
  const trunk = layers
    .sequential(
      [layers.dense({ units: 32, activation: 'relu', name: 'shared1' }), layers.dense({ units: 32, activation: 'relu', name: 'shared2' })],
      { name: 'trunk' },
    )
    .apply(features);
  const specs: Record<Task, mtl.TaskSpec> = {
    species: {
      head: layers.dense({ units: SPECIES.length, name: 'species_logits' }),
      loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
      metrics: [metrics.sparseCategoricalAccuracy({ name: 'accuracy' })],
    },
    body_mass: {
      head: layers.dense({ units: 1, name: 'body_mass_z' }),
      loss: losses.meanSquaredError(),
      metrics: [metrics.meanAbsoluteError({ name: 'mae' })],
    },
  };
  const model = mtl.model({
    inputs: { features },
    trunk,
    tasks: Object.fromEntries(tasks.map((t) => [t, specs[t]])),
    weighting: weightingNamed(method, seed),
    optimizer: optimizers.adam({ learningRate: options.learningRate }),
    seed,
  });
  const pick = (set: Columns) => ({ features: set.features, ...Object.fromEntries(tasks.map((t) => [t, set[t]])) });
  const started = performance.now();
  try {
    const history = await model.fit(pick(trainSet), { epochs: options.epochs, batchSize: options.batchSize, verbose: false });
    const seconds = (performance.now() - started) / 1000;
    const predictions = await model.predict({ features: testSet.features }, { batchSize: 1000 });
    const n = testSet.species.length;
    const scores: Scores = { seconds, parameters: countParameters(model.compiled), lastEpoch: {} };
    if (tasks.includes('species')) {
      const logits = predictions.species.data as Float32Array;
      let correct = 0;
      for (let k = 0; k < n; k++) {
        const row = logits.subarray(k * 3, k * 3 + 3);
        if (row.indexOf(Math.max(...row)) === testSet.species[k]) correct++;
      }
      scores.accuracy = correct / n;
    }
    if (tasks.includes('body_mass')) {
      const z = predictions.body_mass.data as Float32Array;
      // Standardised errors times the training sd are errors in grams (the mean cancels).
      scores.maeGrams = (z.reduce((s, v, k) => s + Math.abs(v - testSet.body_mass[k]), 0) / n) * massSd;
    }
    const last = (key: string) => history.history[key][history.history[key].length - 1];
    scores.lastEpoch = Object.fromEntries(Object.keys(history.history).map((key) => [key, last(key)]));
    return scores;
  } finally {
    await model.close();
  }
}

interface Run {
  seed: number;
  train: number;
  test: number;
  majorityAccuracy: number;
  meanMassMaeGrams: number;
  leastSquaresMaeGrams: number;
  singleTask: { species: Scores; body_mass: Scores };
  multiTask: Partial<Record<Method, Scores & { deltaM: number }>>;
}

async function main(): Promise<void> {
  const options = readFlags('penguins', defaults, {
    min: { seed: 0, learningRate: 1e-6, testFraction: 0.01 },
    choices: { methods: METHODS },
    list: ['methods'],
  });
  if (options.testFraction >= 1) throw new Error('penguins: --test-fraction must be below 1');
  const methods = options.methods.split(',') as Method[];
  const started = performance.now();
  const source = findPenguinsJson();
  const { penguins, dropped, unknownSex } = loadPenguins(source.file);
  console.log(
    `Palmer penguins from vega-datasets@${source.version}: ${penguins.length} birds (${dropped} dropped: no measurements; ${unknownSex} with sex unknown); ` +
      `MLP 32-32 trunk, ${options.epochs} epochs, batch ${options.batchSize}, Adam ${options.learningRate}; ${options.runs} run(s) from seed ${options.seed}`,
  );
  const runs: Run[] = [];
  for (let r = 0; r < options.runs; r++) {
    const seed = options.seed + r;
    const split = stratifiedSplit(penguins, options.testFraction, Random.fromSeed(seed, 1));
    const trainRows = split.train.map((i) => penguins[i]);
    // Training-set statistics only: the test birds are not looked at until scoring.
    const scale = {
      mean: MEASUREMENTS.map((_, j) => meanOf(trainRows.map((p) => p.measurements[j]))),
      sd: MEASUREMENTS.map((_, j) => sdOf(trainRows.map((p) => p.measurements[j]))),
    };
    const mass = { mean: meanOf(trainRows.map((p) => p.massGrams)), sd: sdOf(trainRows.map((p) => p.massGrams)) };
    const trainSet = columns(penguins, split.train, scale, mass);
    const testSet = columns(penguins, split.test, scale, mass);
    const nTest = split.test.length;

    const counts = SPECIES.map((_, s) => trainRows.filter((p) => p.species === s).length);
    const majority = counts.indexOf(Math.max(...counts));
    const majorityAccuracy = testSet.species.filter((s) => s === majority).length / nTest;
    const meanMassMaeGrams = split.test.reduce((s, i) => s + Math.abs(penguins[i].massGrams - mass.mean), 0) / nTest;
    const ols = leastSquares(trainSet.features, trainSet.body_mass, split.train.length, FEATURES);
    let olsError = 0;
    for (let k = 0; k < nTest; k++)
      olsError += Math.abs(ols(testSet.features.subarray(k * FEATURES, (k + 1) * FEATURES)) - testSet.body_mass[k]);
    const leastSquaresMaeGrams = (olsError / nTest) * mass.sd;

    const species = await trainOnce(['species'], 'equal', trainSet, testSet, mass.sd, seed, options);
    const bodyMass = await trainOnce(['body_mass'], 'equal', trainSet, testSet, mass.sd, seed, options);
    console.log(
      `  seed ${seed} (${split.train.length} train / ${nTest} test): majority species ${(100 * majorityAccuracy).toFixed(1)}%, mean mass MAE ${meanMassMaeGrams.toFixed(0)} g, ` +
        `least squares MAE ${leastSquaresMaeGrams.toFixed(0)} g; single-task accuracy ${(100 * species.accuracy!).toFixed(1)}%, MAE ${bodyMass.maeGrams!.toFixed(0)} g ` +
        `(${species.seconds.toFixed(1)} + ${bodyMass.seconds.toFixed(1)} s)`,
    );
    const multiTask: Run['multiTask'] = {};
    for (const method of methods) {
      const scores = await trainOnce(TASKS, method, trainSet, testSet, mass.sd, seed, options);
      const deltaM = mtl.deltaM(
        { species: scores.accuracy!, body_mass: scores.maeGrams! },
        { species: species.accuracy!, body_mass: bodyMass.maeGrams! },
        { species: true, body_mass: false },
      );
      multiTask[method] = { ...scores, deltaM };
      console.log(
        `  seed ${seed} ${method.padEnd(11)} accuracy ${(100 * scores.accuracy!).toFixed(1)}%, MAE ${scores.maeGrams!.toFixed(0)} g, Δm ${signed(deltaM.toFixed(2))}% (${scores.parameters} parameters, ${scores.seconds.toFixed(1)} s)`,
      );
    }
    runs.push({
      seed,
      train: split.train.length,
      test: nTest,
      majorityAccuracy,
      meanMassMaeGrams,
      leastSquaresMaeGrams,
      singleTask: { species, body_mass: bodyMass },
      multiTask,
    });
  }

  const over = (f: (run: Run) => number) => runs.map(f);
  console.log(
    `\ntest species accuracy and body-mass MAE${runs.length > 1 ? ` (mean ± sd over ${runs.length} runs, each its own split)` : ''}:`,
  );
  console.log('| model | species accuracy (%) | body mass MAE (g) | Δm vs single-task (%) | training time (s) |');
  console.log('|---|---|---|---|---|');
  console.log(
    `| majority species / mean mass (no model) | ${meanSd(
      over((r) => r.majorityAccuracy),
      1,
      100,
    )} | ${meanSd(
      over((r) => r.meanMassMaeGrams),
      0,
    )} | — | — |`,
  );
  console.log(
    `| least squares (mass only) | — | ${meanSd(
      over((r) => r.leastSquaresMaeGrams),
      0,
    )} | — | — |`,
  );
  console.log(
    `| single-task (one MLP per task) | ${meanSd(
      over((r) => r.singleTask.species.accuracy!),
      1,
      100,
    )} | ${meanSd(
      over((r) => r.singleTask.body_mass.maeGrams!),
      0,
    )} | 0 | ` +
      `${meanSd(
        over((r) => r.singleTask.species.seconds + r.singleTask.body_mass.seconds),
        1,
      )} |`,
  );
  for (const method of methods) {
    const m = (r: Run) => r.multiTask[method]!;
    console.log(
      `| multi-task, ${method} | ${meanSd(
        over((r) => m(r).accuracy!),
        1,
        100,
      )} | ${meanSd(
        over((r) => m(r).maeGrams!),
        0,
      )} | ${signed(
        meanSd(
          over((r) => m(r).deltaM),
          2,
        ),
      )} | ${meanSd(
        over((r) => m(r).seconds),
        1,
      )} |`,
    );
  }
  finishRun('penguins', started, {
    ...options,
    methods,
    data: {
      source: `vega-datasets@${source.version} data/penguins.json`,
      birds: penguins.length,
      dropped,
      unknownSex,
      features: [...MEASUREMENTS, ...ISLANDS.map((i) => `island=${i}`), 'sex=female', 'sex=male', 'sex=unknown'],
    },
    runs,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
