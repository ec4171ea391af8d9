#!/usr/bin/env node
// Smoke test of an installed hydra-tf (run from a project that installed the package):
// export a small SavedModel, load it and run it, then train one step of a small model.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const hydra = require('hydra-tf');

async function main() {
  const { layers, nn, train, savedModel, tensor, version } = hydra;
  console.log(`hydra-tf smoke: TensorFlow ${version()}, addon ${require.resolve('hydra-tf')}`);
  const x = layers.input({ name: 'x', shape: [3] });
  const model = nn.model({ inputs: { x }, outputs: { y: layers.dense({ units: 2, name: 'smoke_dense' }).apply(x) } });
  const trainer = train.compile(model, { optimizer: 'sgd', loss: 'mse', seed: 1 });
  const data = { x: Float32Array.from({ length: 12 }, (_, i) => i / 12), y: new Float32Array(8) };
  const logs = await trainer.trainOnBatch({
    x: { dtype: 'float32', shape: [4, 3], data: data.x },
    y: { dtype: 'float32', shape: [4, 2], data: data.y },
  });
  if (!Number.isFinite(logs.loss)) throw new Error(`training step gave loss ${logs.loss}`);
  console.log(`trained one step: loss ${logs.loss.toFixed(6)}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hydra-smoke-'));
  await trainer.exportSavedModel(path.join(dir, 'model'));
  const loaded = await savedModel.load(path.join(dir, 'model'));
  const out = await loaded.run({ x: tensor([[1, 2, 3]]) });
  const [expected] = Object.values(await trainer.predict({ x: Float32Array.from([1, 2, 3]) }));
  const got = Array.from(out.y.data());
  const want = Array.from(expected.data);
  if (got.some((v, i) => Math.abs(v - want[i]) > 1e-6)) throw new Error(`SavedModel output ${got} differs from predict ${want}`);
  console.log(`loaded the SavedModel and ran it: [${got.map((v) => v.toFixed(4)).join(', ')}]`);
  await loaded.close();
  await trainer.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('smoke: ok');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
