// Variable names come from the model's own structure (layer kinds and their order in the model),
// never from a process-wide counter: a checkpoint restores in any process, whatever it built first.
import { execFileSync } from 'child_process';
import * as path from 'path';
import { nn } from '../../lib';
import { buildNamesModel, buildUnrelatedModels, namesData } from './children/names-model';
import { tempDir } from '../support/tmp';

const root = path.join(__dirname, '..', '..');

describe('stable variable names', () => {
  test('two models built one after the other get the same variable names', async () => {
    const first = buildNamesModel();
    await first.build({ x: { dtype: 'float32', shape: [2, 3], data: new Float32Array(6) } });
    buildUnrelatedModels();
    const second = buildNamesModel();
    await second.build({ x: { dtype: 'float32', shape: [2, 3], data: new Float32Array(6) } });
    const names = (t: typeof first) => t.model.weights(t.graph).map((v) => v.name);
    expect(names(first)).toEqual(['dense/kernel', 'dense/bias', 'dense_1/kernel', 'dense_1/bias', 'dense_2/kernel', 'dense_2/bias']);
    expect(names(second)).toEqual(names(first));
    await first.close();
    await second.close();
  });

  test('a layer keeps the name its first model gave it; a new layer beside it gets the next free one', () => {
    const x = nn.layers.input({ name: 'x', shape: [2] });
    const shared = nn.layers.dense({ units: 2 });
    const a = nn.model({ inputs: { x }, outputs: { y: shared.apply(x) } });
    const head = nn.layers.dense({ units: 1 });
    const b = nn.model({ inputs: { x }, outputs: { z: head.apply(shared.apply(x)) } });
    expect(a.layers().map((l) => l.name)).toEqual(['dense']);
    expect(b.layers().map((l) => l.name)).toEqual(['dense', 'dense_1']);
  });

  test('a checkpoint written here restores in a fresh process that first built two unrelated models', async () => {
    const dir = tempDir('names');
    const trainer = buildNamesModel();
    await trainer.fit(namesData, { epochs: 2, batchSize: 8, verbose: false });
    await trainer.saveCheckpoint(dir, 'trained');
    const { y } = await trainer.predict({ x: namesData.x }, { batchSize: 16 });
    await trainer.close();
    const out = execFileSync(
      process.execPath,
      ['-r', path.join(root, 'test', 'support', 'register-ts.js'), path.join(__dirname, 'children', 'names-restore.ts'), dir],
      { encoding: 'utf8', cwd: root },
    );
    expect(JSON.parse(out).y).toEqual(Array.from(y.data as Float32Array));
  }, 120_000);
});
