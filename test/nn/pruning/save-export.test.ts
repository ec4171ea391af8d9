// A pruned model's masks are model state: the config round-trips (the wrapper, its schedule and the
// wrapped layer), trainer.save → nn.load in a fresh process brings back the masks and the step
// counter, and training continues there exactly as in the process that never stopped. The exported
// SavedModel is stripped: Python loads it with plain kernels holding the zeros, no mask variable,
// no mask op, and it computes what the pruned model predicts.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { nn } from '../../../lib';
import { runPythonJson } from '../../support/python';
import { ROWS, buildPrunedTrainer, denseModel, prunedData } from './children/pruned-model';
import { tempDir } from '../../support/tmp';

const root = path.join(__dirname, '..', '..', '..');
// JSON writes -0 (a negative weight times 0) as 0: compare values with -0 made 0.
const plain = (tensor: { data(): unknown }) => Array.from(tensor.data() as ArrayLike<number | bigint>, (v) => Number(v) + 0);
const zeros = (values: ArrayLike<number>) => Array.from(values).filter((v) => v === 0).length;
// 60% of 72 and of 36 weights: keep round(28.8) = 29 and round(14.4) = 14.
const EXPECTED_ZEROS: Record<string, number> = { 'hidden/kernel': 43, 'out/kernel': 22 };

describe('pruned models: save, load, export', () => {
  test('pruneModel keeps layer names and wraps the chosen layers; the config round-trips', () => {
    const dense = denseModel();
    const pruned = nn.pruning.pruneModel(dense, {
      schedule: nn.pruning.polynomialDecay({ initialSparsity: 0.1, finalSparsity: 0.7, beginStep: 0, endStep: 50 }),
      filter: (layer) => layer.name === 'hidden',
    });
    expect(pruned.layers().map((l) => `${l.name}:${l.className}`)).toEqual([
      'prune_low_magnitude_hidden:PruneLowMagnitude',
      'hidden:Dense',
      'out:Dense',
    ]);
    expect(nn.pruning.prunedWeightNames(pruned)).toEqual(['hidden/kernel']);
    const json = nn.serializeModel(pruned);
    const wrapper = json.layers[0];
    expect(wrapper.className).toBe('PruneLowMagnitude');
    expect(wrapper.config.schedule).toEqual({
      className: 'PolynomialDecay',
      config: { initialSparsity: 0.1, finalSparsity: 0.7, beginStep: 0, endStep: 50, power: 3, frequency: 100 },
    });
    expect((wrapper.config.layer as { config: { name: string } }).config.name).toBe('hidden');
    expect(nn.serializeModel(nn.deserializeModel(JSON.parse(JSON.stringify(json))))).toEqual(json);
  });

  test('masks survive save and load in a fresh process; the export has plain kernels with the zeros', async () => {
    const dir = path.join(tempDir('prune'), 'model');
    const data = prunedData();
    const trainer = buildPrunedTrainer();
    await trainer.fit(data, { epochs: 2, batchSize: 8, verbose: false });
    await trainer.save(dir);
    const saved = await trainer.getWeights();
    const prediction = Array.from((await trainer.predict({ x: data.x })).y.data as Float32Array);
    expect(String(saved.get('global_step')!.item())).toBe('10');
    for (const [name, count] of Object.entries(EXPECTED_ZEROS)) {
      const wrapper = `prune_low_magnitude_${name.split('/')[0]}/kernel_mask`;
      expect(zeros(saved.get(wrapper)!.data() as Float32Array)).toBe(count);
      expect(zeros(saved.get(name)!.data() as Float32Array)).toBe(count);
    }
    // The run that never stopped: its third epoch (mask update at step 15).
    await trainer.fit(data, { epochs: 3, initialEpoch: 2, batchSize: 8, verbose: false });
    const continued = await trainer.getWeights();
    await trainer.close();

    const child = spawnSync(
      process.execPath,
      ['-r', path.join(root, 'test', 'support', 'register-ts.js'), path.join(__dirname, 'children', 'load-pruned.ts'), dir],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2' },
        timeout: 240_000,
      },
    );
    const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    expect(line ? '' : child.stderr).toBe('');
    const loaded = JSON.parse(line!.slice(7)) as {
      weights: Record<string, number[]>;
      prediction: number[];
      prunedNames: string[];
      after: Record<string, number[]>;
    };
    expect(loaded.prunedNames).toEqual(['hidden/kernel', 'out/kernel']);
    for (const [name, tensor] of saved) expect(loaded.weights[name]).toEqual(plain(tensor));
    expect(loaded.prediction).toEqual(prediction);
    for (const [name, tensor] of continued) expect(loaded.after[name]).toEqual(plain(tensor));
    expect(loaded.after.global_step).toEqual([15]);

    const exported = runPythonJson<{
      variables: Record<string, { shape: number[]; zeros: number }>;
      opTypes: string[];
      maskNames: string[];
      outputs: Record<string, number[]>;
    }>('check_pruned_export.py', {
      dir: path.join(dir, 'saved_model'),
      inputs: { x: { shape: [ROWS, 6], values: Array.from(data.x) } },
    });
    expect(Object.keys(exported.variables).sort()).toEqual(['hidden/bias', 'hidden/kernel', 'out/bias', 'out/kernel']);
    expect(exported.variables['hidden/kernel']).toEqual({ shape: [6, 12], zeros: 43 });
    expect(exported.variables['out/kernel']).toEqual({ shape: [12, 3], zeros: 22 });
    expect(exported.maskNames).toEqual([]);
    expect(exported.opTypes).not.toContain('If');
    expect(exported.opTypes).not.toContain('TopKV2');
    expect(exported.outputs.y).toEqual(prediction.map((v) => expect.closeTo(v, 5)));
  }, 300_000);
});
