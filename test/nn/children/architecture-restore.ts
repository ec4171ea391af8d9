// Child process: builds unrelated models first, then rebuilds a model from its architecture JSON,
// restores a checkpoint written by another process and prints its predictions (JSON on stdout).
import * as fs from 'fs';
import { nn } from '../../../lib';
import { compile, data, registerUserLayers } from './architecture-model';

async function main() {
  const [jsonFile, dir] = process.argv.slice(2);
  registerUserLayers();
  for (let k = 0; k < 2; k++) {
    const a = nn.layers.input({ shape: [5] });
    nn.model({ inputs: [a], outputs: [nn.layers.dense({ units: 3 }).apply(nn.layers.dense({ units: 6 }).apply(a))] });
  }
  const model = nn.deserializeModel(fs.readFileSync(jsonFile, 'utf8'));
  const trainer = compile(model);
  await trainer.restoreCheckpoint(dir, { x: { dtype: 'float32', shape: [16, 3], data: data.x } });
  const { y } = await trainer.predict({ x: data.x }, { batchSize: 16 });
  process.stdout.write(JSON.stringify({ y: Array.from(y.data as Float32Array) }));
  await trainer.close();
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
