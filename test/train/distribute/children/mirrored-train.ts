// One worker of a synchronous data-parallel run (or the single-process reference when TF_CONFIG
// is unset): trains two-task models on seeded data, one per weighting, one after the other in
// the same process (and cluster), and writes each one's weights and history as JSON.
// argv: <weighting name:stepsPerExecution[:masked],...> <out dir> [steps] [global batch] [files dir]
//   e.g. uncertainty:1,pcgrad:4 — the files <out dir>/<weighting>-<replica>.json. "masked": the
//   task "sum" is labelled on about half the examples only (a "sum_mask" column), and 7 more
//   examples make a last global batch that splits 4 + 3 over two replicas. "validated": fit also
//   validates on 200 other rows (global batches 128 + 72), and the result counts the validation
//   rows this replica evaluated (evalRows).
// With a files dir, each replica is told to write a checkpoint, TensorBoard logs and a SavedModel
// under <dir>/<weighting>-replica-<i>: only the chief's may exist afterwards.
import * as fs from 'fs';
import * as path from 'path';
import { callbacks, distribute, layers, mtl, optimizers } from '../../../../lib';
import { Trainer } from '../../../../lib/train/trainer';
import { twoTaskData } from '../../../support/two-task-data';

// Counts the rows every evaluation batch feeds (the trainer's feeds for 'evaluate').
let evalRows = 0;
const prototype = Trainer.prototype as unknown as {
  feeds: (this: unknown, batch: Record<string, { shape: number[] }>, mode: string, ...rest: unknown[]) => unknown;
};
const feeds = prototype.feeds;
prototype.feeds = function (batch, mode, ...rest) {
  if (mode === 'evaluate') evalRows += batch.x.shape[0];
  return feeds.call(this, batch, mode, ...rest);
};

async function train(
  strategy: distribute.MultiWorkerMirroredStrategy,
  weightingName: string,
  stepsPerExecution: number,
  variant: string | undefined,
  outDir: string,
  steps: number,
  batchSize: number,
  filesDir?: string,
) {
  const x = layers.input({ name: 'x', shape: [2] });
  const trunk = layers.dense({ units: 16, activation: 'tanh', name: 'trunk' }).apply(x);
  const model = mtl.model({
    inputs: { x },
    trunk,
    tasks: {
      sum: { head: layers.dense({ units: 1, name: 'sum_head' }), loss: 'mse', metrics: ['mae'] },
      diff: { head: layers.dense({ units: 1, name: 'diff_head' }), loss: 'mse', metrics: ['mae'] },
    },
    weighting: mtl.weighting.get(weightingName),
    optimizer: optimizers.adam({ learningRate: 0.01 }),
    // A different seed per worker: the chief's broadcast must make the initial weights equal.
    seed: 7 + strategy.replicaIndex * 1000,
    distribute: strategy,
  });
  const masked = variant === 'masked';
  const rows = steps * batchSize + (masked ? 7 : 0);
  const data: Record<string, Float32Array> = twoTaskData(rows, 11);
  if (masked) data.sum_mask = Float32Array.from({ length: rows }, (_, i) => ((i * 7919) % 13) % 2);
  const name = variant ? `${weightingName}-${variant}` : weightingName;
  evalRows = 0;
  const validation = variant === 'validated' ? twoTaskData(200, 23) : undefined;
  const own = filesDir ? path.join(filesDir, `${name}-replica-${strategy.replicaIndex}`) : null;
  const cbs = own
    ? [
        callbacks.modelCheckpoint({ dir: path.join(own, 'ckpt'), saveBest: false }),
        callbacks.tensorBoard({ logDir: path.join(own, 'logs') }),
      ]
    : [];
  const history = await model.fit(data, {
    epochs: 1,
    batchSize,
    shuffle: false,
    verbose: false,
    callbacks: cbs,
    stepsPerExecution,
    validation,
  });
  if (own) await model.save(path.join(own, 'model'));
  const weights = await model.compiled.getWeights();
  const values = Object.fromEntries([...weights].map(([name, t]) => [name, Array.from(t.data() as ArrayLike<number>, Number)]));
  const result = {
    replica: strategy.replicaIndex,
    replicas: strategy.replicas,
    writesFiles: strategy.writesFiles,
    history: history.history,
    weights: values,
    evalRows,
  };
  fs.writeFileSync(path.join(outDir, `${name}-${strategy.replicaIndex}.json`), JSON.stringify(result));
  await model.close();
}

async function main() {
  const [runs, outDir, stepsText = '20', batchText = '128', filesDir] = process.argv.slice(2);
  const strategy = distribute.multiWorkerMirrored();
  for (const run of runs.split(',')) {
    const [weightingName, stepsPerExecution = '1', variant] = run.split(':');
    await train(strategy, weightingName, Number(stepsPerExecution), variant, outDir, Number(stepsText), Number(batchText), filesDir);
  }
  // The gRPC server cannot stop: the process ends here.
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`CHILD-ERROR ${error.code ?? ''} ${error.stack ?? error}\n`);
  process.exit(3);
});
