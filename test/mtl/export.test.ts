// A trained multi-task model exported as a SavedModel: Python loads it and computes
// the same outputs; hydra-tf reloads it too.
import { layers, mtl, optimizers, savedModel, tensor } from '../../lib';
import { maxAbsDiff } from '../support/numeric';
import { runPythonJson } from '../support/python';
import { tempDir } from '../support/tmp';

test('mtl.model(...).save: Python and hydra-tf load it and agree with predict()', async () => {
  const x = layers.input({ name: 'x', shape: [3] });
  const trunk = layers.dense({ units: 8, activation: 'relu' }).apply(layers.batchNormalization().apply(x));
  const model = mtl.model({
    inputs: { x },
    trunk: layers.dropout({ rate: 0.3 }).apply(trunk),
    tasks: {
      a: { head: layers.dense({ units: 2 }), loss: 'mse' },
      b: { head: layers.dense({ units: 1, activation: 'sigmoid' }), loss: 'binaryCrossentropy' },
    },
    weighting: mtl.weighting.uncertainty(),
    optimizer: optimizers.adam({ learningRate: 0.01 }),
    seed: 3,
  });
  const n = 64;
  const xs = Float32Array.from({ length: n * 3 }, (_, i) => Math.sin(i));
  const data = {
    x: xs,
    a: Float32Array.from({ length: n * 2 }, (_, i) => Math.cos(i)),
    b: Float32Array.from({ length: n }, (_, i) => i % 2),
  };
  await model.fit(data, { epochs: 3, batchSize: 16, verbose: false });
  const probe = Float32Array.from({ length: 4 * 3 }, (_, i) => (i - 6) / 5);
  const expected = await model.predict({ x: probe });
  const dir = tempDir('mtl-export');
  const result = await model.export(`${dir}/model`);
  expect(result.signatures).toEqual(['serving_default']);

  const python = runPythonJson<{ v2: Array<Record<string, { values: number[] }>> }>('check_export.py', {
    dir: `${dir}/model`,
    calls: [{ signature: 'serving_default', inputs: { x: { dtype: 'float32', shape: [4, 3], values: Array.from(probe) } } }],
  });
  expect(maxAbsDiff(python.v2[0].a.values, Array.from(expected.a.data as Float32Array))).toBeLessThanOrEqual(1e-6);
  expect(maxAbsDiff(python.v2[0].b.values, Array.from(expected.b.data as Float32Array))).toBeLessThanOrEqual(1e-6);

  const loaded = await savedModel.load(`${dir}/model`);
  const out = await loaded.run({ x: tensor(Array.from(probe), { shape: [4, 3] } as never) });
  expect(maxAbsDiff(Array.from(out.a.data() as Float32Array), Array.from(expected.a.data as Float32Array))).toBeLessThanOrEqual(1e-6);
  await loaded.close();
  await model.close();
});
