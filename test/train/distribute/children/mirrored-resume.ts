// One worker of a synchronous run with backupAndRestore, made slow enough to be killed mid-epoch.
// Prints "RESUME <epoch>" once fit has chosen its first epoch, "STEP <epoch> <step>" after each
// step, and at the end (chief) "READBACK <json>": the last checkpoint restored into a fresh model.
// argv: <dir (shared by the workers)> <epochs> <collective timeout ms | default> [step delay ms]
import * as path from 'path';
import { callbacks, distribute, layers, mtl, optimizers } from '../../../../lib';
import type { Callback } from '../../../../lib/train/callbacks';
import { twoTaskData } from '../../../support/two-task-data';

function build(strategy?: distribute.DistributeStrategy) {
  const x = layers.input({ name: 'x', shape: [2] });
  const trunk = layers.dense({ units: 16, activation: 'tanh', name: 'trunk' }).apply(x);
  return mtl.model({
    inputs: { x },
    trunk,
    tasks: {
      sum: { head: layers.dense({ units: 1, name: 'sum_head' }), loss: 'mse' },
      diff: { head: layers.dense({ units: 1, name: 'diff_head' }), loss: 'mse' },
    },
    weighting: mtl.weighting.uncertainty(),
    optimizer: optimizers.adam({ learningRate: 0.01 }),
    seed: 3,
    distribute: strategy,
  });
}

async function main() {
  const [dir, epochsText, timeoutText, delayText = '40'] = process.argv.slice(2);
  const strategy = distribute.multiWorkerMirrored(timeoutText === 'default' ? {} : { collectiveTimeoutMs: Number(timeoutText) });
  const model = build(strategy);
  let epoch = 0;
  const report: Callback = {
    onTrainBegin(trainer) {
      process.stdout.write(`RESUME ${trainer.runtime.restoredEpoch ?? 0}\n`);
    },
    onEpochBegin(e) {
      epoch = e;
    },
    async onBatchEnd(step) {
      process.stdout.write(`STEP ${epoch} ${step}\n`);
      await new Promise((resolve) => setTimeout(resolve, Number(delayText)));
    },
  };
  const cbs = [
    callbacks.backupAndRestore({ dir: path.join(dir, 'backup') }),
    report,
    callbacks.modelCheckpoint({ dir: path.join(dir, 'ckpt'), saveBest: false }),
  ];
  const epochs = Number(epochsText);
  const history = await model.fit(twoTaskData(640, 5), { epochs, batchSize: 64, shuffle: true, verbose: false, callbacks: cbs });
  process.stdout.write(`DONE ${JSON.stringify(history.epochs)}\n`);
  if (strategy.writesFiles) {
    const trained = await model.compiled.getWeights();
    const fresh = build();
    await fresh.restoreCheckpoint(path.join(dir, 'ckpt', 'last'));
    const restored = await fresh.compiled.getWeights();
    let maxDiff = 0;
    for (const [name, value] of trained) {
      const a = value.data() as ArrayLike<number>;
      const b = restored.get(name)!.data() as ArrayLike<number>;
      for (let i = 0; i < a.length; i++) maxDiff = Math.max(maxDiff, Math.abs(Number(a[i]) - Number(b[i])));
    }
    const [epochValue] = await fresh.compiled.session.run(null, [fresh.runtime.epoch().read()]);
    process.stdout.write(`READBACK ${JSON.stringify({ maxDiff, epoch: Number(epochValue.item()), variables: trained.size })}\n`);
  }
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`CHILD-ERROR ${error.code ?? ''} ${error.message ?? error}\n`);
  process.exit(3);
});
