// model.save and mtl.load for multi-task models: a model saved here, loaded in a fresh process
// that first built two unrelated models, continues with the same losses, task weights and final
// state, bit for bit, as the run that never stopped (dropout, shuffling, learned task weights).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildMultiTaskSaveModel, multiTaskData } from './children/mtl-save-model';
import { tempDir } from '../support/tmp';

const root = path.join(__dirname, '..', '..');

test('a saved multi-task model continues in a fresh process exactly as the uninterrupted run', async () => {
  const dir = path.join(tempDir('mtl-save'), 'model');
  const data = multiTaskData();
  const model = buildMultiTaskSaveModel();
  await model.fit(data, { epochs: 2, batchSize: 16, verbose: false });
  await model.save(dir);
  expect(fs.readdirSync(dir).sort()).toEqual(['checkpoint', 'config.json', 'saved_model']);
  const rest = await model.fit(data, { epochs: 4, initialEpoch: 2, batchSize: 16, verbose: false });
  const finalState = await model.compiled.getWeights();
  await model.close();

  const child = spawnSync(
    process.execPath,
    ['-r', path.join(root, 'test', 'support', 'register-ts.js'), path.join(__dirname, 'children', 'mtl-continue.ts'), dir],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2' },
      timeout: 240_000,
    },
  );
  const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  expect(line ? '' : child.stderr).toBe('');
  const continued = JSON.parse(line!.slice(7)) as {
    epochs: number[];
    history: Record<string, number[]>;
    weights: Record<string, number[]>;
  };
  expect(continued.epochs).toEqual([2, 3]);
  for (const key of ['loss', 'a_loss', 'b_loss', 'a_mae', 'weight/a', 'weight/b'])
    expect(continued.history[key]).toEqual(rest.history[key]);
  expect(Object.keys(continued.weights).sort()).toEqual([...finalState.keys()].sort());
  for (const [name, tensor] of finalState) expect(continued.weights[name]).toEqual(Array.from(tensor.data() as Float32Array, Number));
}, 300_000);
