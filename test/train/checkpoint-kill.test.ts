// 25 random kill -9 during training with modelCheckpoint, with and without "best": after every
// kill, "last" (the latest) and "best" restore exactly the weights of an epoch they may hold, in
// hydra-tf and, for a few runs, in Python. Seed and delays are printed on failure.
import * as fs from 'fs';
import * as path from 'path';
import { nn, train } from '../../lib';
import { runAndKill, seededRandom } from '../support/kill';
import { runPythonSync } from '../support/python';
import { tempDir } from '../support/tmp';

const RUNS = 25;
const MAX_DELAY_MS = 400;
const PYTHON_RUNS = 3;
const SEED = Number(process.env.HYDRA_KILL_SEED ?? 20261206);
const child = path.join(__dirname, 'children', 'checkpoint-kill.ts');

interface EpochLine {
  epoch: number;
  wobble: number;
  weights: Record<string, number[]>;
}

type Weights = Record<string, number[]>;

/** The same model as the child's, restoring `what` as a fresh process would. */
async function restored(what: string): Promise<Weights> {
  const { layers } = nn;
  const x = layers.input({ name: 'x', shape: [2] });
  const y = layers.dense({ units: 1, name: 'lin' }).apply(layers.dense({ units: 4, activation: 'tanh', name: 'hid' }).apply(x));
  const trainer = train.compile(nn.model({ inputs: { x }, outputs: { y } }), {
    optimizer: train.optimizers.adam({ learningRate: 0.05 }),
    loss: 'mse',
    seed: 3,
  });
  try {
    await trainer.restoreCheckpoint(what, {
      x: { dtype: 'float32', shape: [1, 2], data: new Float32Array(2) },
      y: { dtype: 'float32', shape: [1, 1], data: new Float32Array(1) },
    });
    const out: Weights = {};
    for (const [name, tensor] of await trainer.getWeights()) out[name] = Array.from(tensor.data() as ArrayLike<number | bigint>, Number);
    return out;
  } finally {
    await trainer.close();
  }
}

/** The epoch modelCheckpoint's "best" holds after `upTo` (Keras's rule: a strictly lower value). */
function bestEpoch(lines: EpochLine[], upTo: number): number {
  let best = 0;
  for (let e = 1; e <= upTo; e++) if (lines[e].wobble < lines[best].wobble) best = e;
  return best;
}

describe.each([true, false])('random kill -9 during training with modelCheckpoint (saveBest: %s)', (saveBest) => {
  test(`${RUNS} kills: the latest and best checkpoints always restore, to an epoch they may hold`, async () => {
    const random = seededRandom(SEED + (saveBest ? 1 : 0));
    const forPython: Array<{ dir: string; latest: number[]; best: number[] | null }> = [];
    const outcomes = { latestOld: 0, latestNew: 0, bestDiffers: 0 };
    for (let run = 0; run < RUNS; run++) {
      const dir = tempDir('ckpt-kill9');
      const delay = Math.floor(random() * MAX_DELAY_MS);
      const context = `run ${run} (seed ${SEED}, delay ${delay} ms, dir ${dir})`;
      // Ready once epoch 1 is reported: epoch 0's checkpoints are then complete.
      const { lines } = await runAndKill(child, [dir, String(saveBest)], (l) => l.length >= 2, delay);
      const epochs = lines.filter((l): l is EpochLine => typeof (l as EpochLine).epoch === 'number');
      const k = epochs.length - 1;
      expect({ context, reported: k >= 1 }).toEqual({ context, reported: true });
      // The save of epoch k may or may not have completed; nothing older may be lost.
      const latest = train.latestCheckpoint(dir);
      expect({ context, latest: latest !== null }).toEqual({ context, latest: true });
      const last = await restored(path.join(dir, 'last'));
      expect(await restored(dir)).toEqual(last);
      const lastEpoch = [k, k - 1].find((e) => JSON.stringify(epochs[e].weights) === JSON.stringify(last));
      expect({ context, lastEpoch }).toEqual({ context, lastEpoch: expect.any(Number) });
      if (lastEpoch === k) outcomes.latestNew++;
      else outcomes.latestOld++;
      let best: Weights | null = null;
      if (saveBest) {
        best = await restored(path.join(dir, 'best'));
        const candidates = [bestEpoch(epochs, k), bestEpoch(epochs, k - 1)];
        const holds = candidates.find((e) => JSON.stringify(epochs[e].weights) === JSON.stringify(best));
        expect({ context, bestEpoch: holds, candidates }).toEqual({ context, bestEpoch: expect.any(Number), candidates });
        if (holds !== lastEpoch) outcomes.bestDiffers++;
      } else {
        expect(train.checkpointPointer(dir, 'best')).toBeNull();
      }
      if (run < PYTHON_RUNS) forPython.push({ dir, latest: last['lin/kernel'], best: best && best['lin/kernel'] });
      else fs.rmSync(dir, { recursive: true, force: true });
    }
    console.log(`checkpoint kills (saveBest ${saveBest}): ${JSON.stringify(outcomes)} (seed ${SEED})`);
    // The kills landed both before and after a save completed, and "best" was often an older epoch.
    expect(outcomes.latestOld + outcomes.latestNew).toBe(RUNS);
    if (saveBest) expect(outcomes.bestDiffers).toBeGreaterThan(0);
    // Python reads the same checkpoints (latest_checkpoint follows the state file to "last").
    const script = `import json, sys, tensorflow as tf
out = []
for d in sys.argv[1:]:
    best = None
    for line in open(d + "/checkpoint"):
        if line.startswith("# hydra-tf pointer best:"):
            best = tf.train.load_checkpoint(d + "/" + line.split('"')[1]).get_tensor("lin/kernel").reshape(-1).tolist()
    out.append({"latest": tf.train.load_checkpoint(tf.train.latest_checkpoint(d)).get_tensor("lin/kernel").reshape(-1).tolist(), "best": best})
print(json.dumps(out))`;
    const report = JSON.parse(runPythonSync(['-c', script, ...forPython.map((r) => r.dir)]));
    expect(report).toEqual(forPython.map((r) => ({ latest: r.latest, best: r.best })));
    for (const r of forPython) fs.rmSync(r.dir, { recursive: true, force: true });
  }, 600_000);
});
