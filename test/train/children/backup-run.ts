// Child process: trains a small model with dropout and shuffling for 4 epochs under
// backupAndRestore(<dir>), and prints the final weights and the history as JSON. With
// HYDRA_KILL_AT=<epoch>:<step> it kills itself (SIGKILL, as kill -9) at that step instead.
import { nn, train } from '../../../lib';

const { layers } = nn;

async function main() {
  const [dir] = process.argv.slice(2);
  const killAt = process.env.HYDRA_KILL_AT?.split(':').map(Number);
  const x = layers.input({ name: 'x', shape: [3] });
  const hidden = layers.dropout({ rate: 0.3 }).apply(layers.dense({ units: 8, activation: 'relu' }).apply(x));
  const model = nn.model({ inputs: { x }, outputs: { y: layers.dense({ units: 1 }).apply(hidden) } });
  const trainer = train.compile(model, { optimizer: train.optimizers.adam({ learningRate: 0.01 }), loss: 'mse', seed: 4 });
  const n = 96;
  const data = {
    x: Float32Array.from({ length: n * 3 }, (_, i) => Math.sin(i * 1.3)),
    y: Float32Array.from({ length: n }, (_, i) => Math.cos(i * 0.7)),
  };
  let epoch = -1;
  const killer: train.callbacks.Callback = {
    onEpochBegin(e) {
      epoch = e;
    },
    onBatchEnd(step) {
      if (killAt && epoch === killAt[0] && step === killAt[1]) process.kill(process.pid, 'SIGKILL');
    },
  };
  const history = await trainer.fit(data, {
    epochs: 4,
    batchSize: 16,
    verbose: false,
    callbacks: [train.callbacks.backupAndRestore({ dir }), killer],
  });
  const weights = await trainer.getWeights();
  const out: Record<string, number[]> = {};
  for (const [name, tensor] of weights)
    if (/kernel|bias/.test(name) && !name.includes('/adam/')) out[name] = Array.from(tensor.data() as Float32Array);
  process.stdout.write(`RESULT ${JSON.stringify({ epochs: history.epochs, loss: history.history.loss, weights: out })}\n`);
  await trainer.close();
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
