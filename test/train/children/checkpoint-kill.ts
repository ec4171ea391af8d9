// Child of checkpoint-kill.test.ts: trains a small model "forever" with modelCheckpoint until the
// test kills it. Before each epoch's save it prints the epoch, the monitored value and the weights
// (one JSON line, written synchronously), so the test knows every state a checkpoint may hold.
import * as fs from 'fs';
import { nn, train } from '../../../lib';

const [dir, saveBest] = process.argv.slice(2);
const say = (value: unknown) => fs.writeSync(1, `${JSON.stringify(value)}\n`);

async function main(): Promise<void> {
  const { layers } = nn;
  const x = layers.input({ name: 'x', shape: [2] });
  const y = layers.dense({ units: 1, name: 'lin' }).apply(layers.dense({ units: 4, activation: 'tanh', name: 'hid' }).apply(x));
  const model = nn.model({ inputs: { x }, outputs: { y } });
  const xs = Float32Array.from({ length: 128 }, (_, i) => Math.sin(i * 1.7));
  const ys = Float32Array.from({ length: 64 }, (_, i) => xs[2 * i] - 0.5 * xs[2 * i + 1]);
  const trainer = train.compile(model, { optimizer: train.optimizers.adam({ learningRate: 0.05 }), loss: 'mse', seed: 3 });
  const report: train.callbacks.Callback = {
    async onEpochEnd(epoch, logs, t) {
      // A monitored value with new minima now and then, so "best" often lags behind "last".
      logs.wobble = Math.sin(epoch * 2.3);
      const weights: Record<string, number[]> = {};
      for (const [name, tensor] of await t.getWeights()) weights[name] = Array.from(tensor.data() as ArrayLike<number | bigint>, Number);
      say({ epoch, wobble: logs.wobble, weights });
    },
  };
  const checkpoints = train.callbacks.modelCheckpoint({ dir, monitor: 'wobble', saveBest: saveBest === 'true' });
  await trainer.fit({ x: xs, y: ys }, { epochs: 1_000_000, batchSize: 16, verbose: false, callbacks: [report, checkpoints] });
}

main().catch((error) => {
  say({ error: String(error && error.stack) });
  process.exitCode = 3;
});
