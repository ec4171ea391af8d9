// Callbacks, progress output, and files Python reads: checkpoints and TensorBoard scalars.
import * as fs from 'fs';
import * as path from 'path';
import { nn, train } from '../../lib';
import { readEventsPy } from './tensorboard/helpers';
import { pythonScript, runPythonSync } from '../support/python';
import { tempDir } from '../support/tmp';

const { layers } = nn;

function regression(seed = 1) {
  const x = layers.input({ name: 'x', shape: [2] });
  const y = layers
    .dense({ units: 1, name: `lin${seed}` })
    .apply(layers.dense({ units: 4, activation: 'tanh', name: `hid${seed}` }).apply(x));
  const model = nn.model({ inputs: { x }, outputs: { y } });
  const xs = Float32Array.from({ length: 128 }, (_, i) => Math.sin(i * 1.7));
  const ys = Float32Array.from({ length: 64 }, (_, i) => xs[2 * i] - 0.5 * xs[2 * i + 1]);
  return { model, data: { x: xs, y: ys } };
}

describe('callbacks', () => {
  test('early stopping stops when the monitored value stops improving (Keras patience rule)', async () => {
    const { model, data } = regression(1);
    // Learning rate 0: the loss never improves, so training stops after patience + 1 epochs.
    const trainer = train.compile(model, { optimizer: train.optimizers.sgd({ learningRate: 1e-30 }), loss: 'mse', seed: 2 });
    const history = await trainer.fit(data, {
      epochs: 20,
      batchSize: 16,
      verbose: false,
      callbacks: [train.callbacks.earlyStopping({ monitor: 'loss', patience: 2, minDelta: 1e-3 })],
    });
    expect(history.epochs).toEqual([0, 1, 2]);
    expect(trainer.stopTraining).toMatch(/early stopping: loss did not improve for 2 epoch\(s\)/);
    await trainer.close();
  });

  test('model checkpoints: "last" every epoch, "best" when val_loss improves; Python reads them and every variable matches', async () => {
    const { model, data } = regression(2);
    const dir = tempDir('hydra-ckpt-cb-');
    const trainer = train.compile(model, { optimizer: train.optimizers.adam({ learningRate: 0.05 }), loss: 'mse', seed: 3 });
    await trainer.fit(data, {
      epochs: 3,
      batchSize: 16,
      verbose: false,
      validation: data,
      callbacks: [train.callbacks.modelCheckpoint({ dir })],
    });
    // Pointers to fresh prefixes (never files overwritten in place): see test/train/checkpoint.test.ts.
    expect(fs.existsSync(`${train.checkpointPointer(dir, 'last')}.index`)).toBe(true);
    expect(fs.existsSync(`${train.checkpointPointer(dir, 'best')}.index`)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    const weights = await trainer.getWeights();
    const report = JSON.parse(runPythonSync([pythonScript('read_checkpoint.py'), train.checkpointPointer(dir, 'last')!]));
    expect(Object.keys(report.variables).sort()).toEqual([...weights.keys()].sort());
    for (const [name, tensor] of weights) {
      const py = report.variables[name];
      expect(py.shape).toEqual(tensor.shape);
      const ours = Array.from(tensor.data() as ArrayLike<number | bigint>, Number);
      expect(py.values).toEqual(ours);
    }
    // latest_checkpoint follows our state file.
    const latest = JSON.parse(runPythonSync([pythonScript('read_checkpoint.py'), dir]));
    expect(latest.latest).toBe(train.checkpointPointer(dir, 'last'));
    await trainer.close();
  });

  test('a crash during a save leaves the previous checkpoint readable', async () => {
    const { model, data } = regression(3);
    const dir = tempDir('hydra-ckpt-crash-');
    const trainer = train.compile(model, { optimizer: 'sgd', loss: 'mse', seed: 4 });
    await trainer.fit(data, { epochs: 1, batchSize: 16, verbose: false });
    const first = await trainer.saveCheckpoint(dir, 'ckpt-1');
    const before = fs.readFileSync(`${first}.index`);
    // A save that dies after SaveV2 wrote its temporary files but before the renames.
    fs.writeFileSync(path.join(dir, '.ckpt-2.tmp-999-1.index'), 'partial');
    fs.writeFileSync(path.join(dir, '.ckpt-2.tmp-999-1.data-00000-of-00001'), 'partial');
    expect(train.latestCheckpoint(dir)).toBe(first);
    expect(fs.readFileSync(`${first}.index`).equals(before)).toBe(true);
    const again = train.compile(regression(3).model, { optimizer: 'sgd', loss: 'mse', seed: 4 });
    await again.restoreCheckpoint(dir, {
      x: { dtype: 'float32', shape: [1, 2], data: new Float32Array(2) },
      y: { dtype: 'float32', shape: [1, 1], data: new Float32Array(1) },
    });
    const restored = await again.getWeights();
    const original = await trainer.getWeights();
    for (const [name, tensor] of original)
      expect(Array.from(restored.get(name)!.data() as Float32Array)).toEqual(Array.from(tensor.data() as Float32Array));
    await trainer.close();
    await again.close();
  });

  test('learning-rate scheduler and reduce-on-plateau change the rate the optimizer uses', async () => {
    const { model, data } = regression(4);
    const trainer = train.compile(model, { optimizer: train.optimizers.sgd({ learningRate: 0.1 }), loss: 'mse', seed: 5 });
    const history = await trainer.fit(data, {
      epochs: 3,
      batchSize: 16,
      verbose: false,
      callbacks: [train.callbacks.learningRateScheduler((epoch) => 0.1 * 0.5 ** epoch)],
    });
    expect(history.history.learning_rate.map((v) => Number(v.toPrecision(6)))).toEqual([0.1, 0.05, 0.025]);
    const plateau = train.compile(regression(5).model, { optimizer: train.optimizers.sgd({ learningRate: 1e-30 }), loss: 'mse', seed: 6 });
    const h2 = await plateau.fit(regression(5).data, {
      epochs: 3,
      batchSize: 16,
      verbose: false,
      callbacks: [train.callbacks.reduceLROnPlateau({ monitor: 'loss', patience: 1, factor: 0.5 })],
    });
    // Epoch 0 sets the best; no improvement at epoch 1 halves the rate seen at epoch 2.
    expect(h2.history.learning_rate[2] / h2.history.learning_rate[0]).toBeCloseTo(0.5, 5);
    await trainer.close();
    await plateau.close();
  });

  test('TensorBoard: every loss and metric per epoch, read back by TensorFlow', async () => {
    const { model, data } = regression(6);
    const logDir = tempDir('hydra-tb-');
    const trainer = train.compile(model, { optimizer: 'adam', loss: 'mse', metrics: ['mae'], seed: 7 });
    const history = await trainer.fit(data, {
      epochs: 3,
      batchSize: 16,
      verbose: false,
      validation: data,
      callbacks: [train.callbacks.tensorBoard({ logDir })],
    });
    const { result } = await readEventsPy<{ summary_iterator: Array<{ tag: string; step: number; value: number }> }>([
      'read',
      path.join(logDir, 'train'),
    ]);
    const read = (result as unknown as { summaryIterator?: unknown; summary_iterator?: unknown }).summary_iterator ?? result;
    const text = JSON.stringify(read);
    for (const tag of ['epoch_loss', 'epoch_mae', 'epoch_learning_rate']) expect(text).toContain(tag);
    expect(history.history.loss.length).toBe(3);
    await trainer.close();
  });
});
