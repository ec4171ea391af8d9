// Mixed precision as a user meets it: the dtype policy on a layer and as the global default,
// configs that keep it, a mixed_float16 model saved after a loss-scale change and loaded again
// with its scale, and a checkpoint Python reads (every variable float32, the scale included).
import * as path from 'path';
import { mtl, nn, train } from '../../lib';
import type { HostBatch } from '../../lib/data';
import { pythonScript, runPythonSync } from '../support/python';
import { tempDir } from '../support/tmp';

function mlp(policy: 'mixed_bfloat16' | 'mixed_float16'): nn.Model {
  const x = nn.input({ name: 'x', shape: [4] });
  const h = nn.layers.dense({ name: 'hidden', units: 8, activation: 'relu', dtypePolicy: policy }).apply(x);
  const y = nn.layers.dense({ name: 'out', units: 2, dtypePolicy: policy }).apply(h);
  return nn.model({ inputs: { x }, outputs: { y } });
}

function batch(targetScale: number): HostBatch {
  const x = Float32Array.from({ length: 32 }, (_, i) => Math.sin(i));
  const y = Float32Array.from({ length: 16 }, (_, i) => targetScale * Math.cos(i));
  return { x: { dtype: 'float32', shape: [8, 4], data: x }, y: { dtype: 'float32', shape: [8, 2], data: y } };
}

afterEach(() => nn.mixedPrecision.setGlobalPolicy('float32'));

describe('dtype policies', () => {
  test('a layer computes in its policy (symbolic dtype), keeps it in its config, and the global setter sets the default', () => {
    const mixed = nn.layers.dense({ units: 3, dtypePolicy: 'mixed_bfloat16' });
    expect(mixed.dtypePolicy).toMatchObject({ name: 'mixed_bfloat16', variableDtype: 'float32', computeDtype: 'bfloat16' });
    expect(mixed.getConfig().dtypePolicy).toBe('mixed_bfloat16');
    expect(nn.getLayer({ className: 'Dense', config: mixed.getConfig() }).dtypePolicy.name).toBe('mixed_bfloat16');
    // float32 layers' configs are as before (no dtypePolicy key).
    expect(nn.layers.dense({ units: 3 }).getConfig()).not.toHaveProperty('dtypePolicy');
    nn.mixedPrecision.setGlobalPolicy('mixed_float16');
    const x = nn.input({ shape: [5] });
    const y = nn.layers.dense({ units: 3 }).apply(x);
    expect(y.dtype).toBe('float16');
    expect(nn.layers.dense({ units: 3, dtypePolicy: 'float32' }).apply(y).dtype).toBe('float32');
  });

  test('an unknown policy is refused with the known ones', () => {
    expect(() => nn.layers.dense({ name: 'd', units: 3, dtypePolicy: 'mixed_float8' as never })).toThrow(
      'layer "d": unknown dtype policy "mixed_float8" (known: float32, mixed_bfloat16, mixed_float16)',
    );
    expect(() => nn.mixedPrecision.setGlobalPolicy('half' as never)).toThrow('setGlobalPolicy: unknown dtype policy "half"');
  });

  test('mixed_float16 with a custom objective is refused (only the default objective scales its loss)', async () => {
    const trainer = train.compile(mlp('mixed_float16'), {
      optimizer: 'sgd',
      loss: 'mse',
      objective: ({ graph, losses, variables }) => ({
        total: losses[0].loss,
        variables,
        gradients: graph.addGradients(
          [losses[0].loss],
          variables.map((v) => v.handle),
        ),
      }),
    });
    await expect(trainer.trainOnBatch(batch(1))).rejects.toThrow(
      'mixed_float16: dynamic loss scaling needs an objective that differentiates the scaled loss',
    );
    await trainer.close();
  });
});

describe('multi-task models under mixed_float16', () => {
  function multiTask(weighting?: mtl.weighting.Weighting): mtl.MultiTaskModel {
    nn.mixedPrecision.setGlobalPolicy('mixed_float16');
    const x = nn.input({ name: 'x', shape: [4] });
    const trunk = nn.layers.dense({ name: 'trunk', units: 8, activation: 'tanh' }).apply(x);
    const model = mtl.model({
      inputs: { x },
      trunk,
      tasks: {
        a: { head: nn.layers.dense({ name: 'a_out', units: 1 }), loss: train.losses.meanSquaredError() },
        b: { head: nn.layers.dense({ name: 'b_out', units: 1 }), loss: train.losses.meanSquaredError() },
      },
      optimizer: train.optimizers.sgd({ learningRate: 0.1 }),
      ...(weighting ? { weighting } : {}),
      seed: 5,
    });
    nn.mixedPrecision.setGlobalPolicy('float32');
    return model;
  }
  const columns = (targetScale: number) => ({
    x: Float32Array.from({ length: 32 }, (_, i) => Math.sin(i)),
    a: Float32Array.from({ length: 8 }, (_, i) => targetScale * Math.cos(i)),
    b: Float32Array.from({ length: 8 }, (_, i) => targetScale * Math.sin(2 * i)),
  });

  test('a loss-based weighting scales its loss: an overflowing step is skipped and halves the scale, a normal one trains', async () => {
    const model = multiTask(mtl.weighting.uncertainty());
    await model.fit(columns(1e5), { epochs: 1, batchSize: 8, verbose: false });
    const trainer = model.compiled;
    const skipped = await trainer.getWeights();
    expect(skipped.get('loss_scale/dynamic_scale')!.data()[0]).toBe(2 ** 14);
    expect(skipped.get('loss_scale/iterations')!.data()[0]).toBe(0n);
    await model.fit(columns(1), { epochs: 1, batchSize: 8, verbose: false });
    const trained = await trainer.getWeights();
    expect(trained.get('loss_scale/iterations')!.data()[0]).toBe(1n);
    expect(trained.get('loss_scale/dynamic_scale')!.data()[0]).toBe(2 ** 14);
    expect(Array.from(trained.get('trunk/kernel')!.data() as Float32Array)).not.toEqual(
      Array.from(skipped.get('trunk/kernel')!.data() as Float32Array),
    );
    await model.close();
  });

  test('a gradient-based weighting is refused with the reason', async () => {
    const model = multiTask(mtl.weighting.pcgrad());
    await expect(model.fit(columns(1), { epochs: 1, batchSize: 8, verbose: false })).rejects.toThrow(
      'use mixed_bfloat16, which needs no loss scaling',
    );
    await model.close();
  });
});

describe('mixed_float16 save and load', () => {
  test('the halved loss scale, the policies and the predictions survive save/load; Python reads float32 variables', async () => {
    const dir = path.join(tempDir('mixed'), 'model');
    const trainer = train.compile(mlp('mixed_float16'), { optimizer: train.optimizers.adam({ learningRate: 0.01 }), loss: 'mse', seed: 3 });
    await trainer.trainOnBatch(batch(1));
    const before = await trainer.getWeights();
    // Targets ×1e5: the float16 gradient of the scaled loss overflows, the step is skipped.
    await trainer.trainOnBatch(batch(1e5));
    const after = await trainer.getWeights();
    expect(after.get('loss_scale/dynamic_scale')!.data()[0]).toBe(2 ** 14);
    expect(Array.from(after.get('hidden/kernel')!.data() as Float32Array)).toEqual(
      Array.from(before.get('hidden/kernel')!.data() as Float32Array),
    );
    expect(after.get('loss_scale/iterations')!.data()[0]).toBe(1n);
    await trainer.trainOnBatch(batch(1));
    const expected = await trainer.predict({ x: (batch(1).x as { data: Float32Array }).data.slice() } as never);
    const weights = await trainer.getWeights();
    await trainer.save(dir);
    await trainer.close();

    const loaded = await nn.load(dir);
    expect(loaded.model.layers().map((l) => l.dtypePolicy.name)).toEqual(['mixed_float16', 'mixed_float16']);
    const restored = await loaded.getWeights();
    expect(restored.get('loss_scale/dynamic_scale')!.data()[0]).toBe(2 ** 14);
    expect(restored.get('loss_scale/step_counter')!.data()[0]).toBe(1n);
    const predicted = await loaded.predict({ x: (batch(1).x as { data: Float32Array }).data.slice() } as never);
    expect(predicted.y.dtype).toBe('float32');
    expect(Array.from(predicted.y.data as Float32Array)).toEqual(Array.from(expected.y.data as Float32Array));
    await loaded.close();

    const report = JSON.parse(runPythonSync([pythonScript('read_checkpoint.py'), path.join(dir, 'checkpoint')]));
    const variables = report.variables as Record<string, { dtype: string; values: number[] }>;
    expect(variables['hidden/kernel'].dtype).toBe('float32');
    expect(variables['out/bias'].dtype).toBe('float32');
    expect(variables['loss_scale/dynamic_scale']).toMatchObject({ dtype: 'float32', values: [2 ** 14] });
    expect(variables['hidden/kernel'].values).toEqual(Array.from(weights.get('hidden/kernel')!.data() as Float32Array));
  }, 120_000);
});
