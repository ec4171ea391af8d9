// trainer.save and nn.load: one directory (config.json, checkpoint/, saved_model/); a model saved
// here, loaded in a fresh process that first built two unrelated models, continues with the same
// losses and weights, bit for bit, as the run that never stopped (dropout and shuffling on).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Tensor, nn, savedModel } from '../../lib';
import { buildSaveModel, continueData } from './children/save-model';
import { tempDir } from '../support/tmp';

const root = path.join(__dirname, '..', '..');

describe('save and continue', () => {
  test('a saved model continues in a fresh process exactly as the uninterrupted run', async () => {
    const dir = path.join(tempDir('save'), 'model');
    const data = continueData();
    const trainer = buildSaveModel();
    await trainer.fit(data, { epochs: 2, batchSize: 16, verbose: false });
    await trainer.save(dir);
    expect(fs.readdirSync(dir).sort()).toEqual(['checkpoint', 'config.json', 'saved_model']);
    const rest = await trainer.fit(data, { epochs: 4, initialEpoch: 2, batchSize: 16, verbose: false });
    const finalWeights = await trainer.getWeights();
    await trainer.close();

    // The uninterrupted run, for reference: the same losses.
    const whole = buildSaveModel();
    const all = await whole.fit(data, { epochs: 4, batchSize: 16, verbose: false });
    expect(all.history.loss.slice(2)).toEqual(rest.history.loss);
    await whole.close();

    const child = spawnSync(
      process.execPath,
      ['-r', path.join(root, 'test', 'support', 'register-ts.js'), path.join(__dirname, 'children', 'save-continue.ts'), dir],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2' },
        timeout: 240_000,
      },
    );
    const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    expect(line ? '' : child.stderr).toBe('');
    const continued = JSON.parse(line!.slice(7)) as { epochs: number[]; loss: number[]; weights: Record<string, number[]> };
    expect(continued.epochs).toEqual([2, 3]);
    expect(continued.loss).toEqual(rest.history.loss);
    expect(Object.keys(continued.weights).sort()).toEqual([...finalWeights.keys()].sort());
    for (const [name, tensor] of finalWeights) expect(continued.weights[name]).toEqual(Array.from(tensor.data() as Float32Array, Number));
  }, 300_000);

  test('the saved_model subdirectory serves the trained model', async () => {
    const dir = path.join(tempDir('save'), 'model');
    const trainer = buildSaveModel();
    const data = continueData();
    await trainer.fit(data, { epochs: 1, batchSize: 16, verbose: false });
    await trainer.save(dir);
    const expected = await trainer.predict({ x: data.x });
    const served = await savedModel.load(path.join(dir, 'saved_model'));
    const outputs = await served.run({ x: Tensor.from(data.x, { dtype: 'float32', shape: [80, 3] }) });
    expect(Array.from(outputs.y.data() as Float32Array)).toEqual(Array.from(expected.y.data as Float32Array));
    await served.close();
    await expect(trainer.save(dir)).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
    await trainer.save(dir, { overwrite: true });
    const again = await nn.load(dir);
    expect(Array.from((await again.predict({ x: data.x })).y.data as Float32Array)).toEqual(Array.from(expected.y.data as Float32Array));
    await trainer.close();
    await again.close();
  }, 120_000);
});
