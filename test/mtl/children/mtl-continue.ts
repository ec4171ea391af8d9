// Child process: builds two unrelated models first, then mtl.load's a model another process saved
// and continues training it to epoch 4; prints the history and final state as JSON.
import { mtl } from '../../../lib';
import { buildUnrelatedModels } from '../../train/children/names-model';
import { multiTaskData } from './mtl-save-model';

async function main() {
  const [dir] = process.argv.slice(2);
  buildUnrelatedModels();
  const model = await mtl.load(dir);
  const history = await model.fit(multiTaskData(), { epochs: 4, batchSize: 16, verbose: false });
  const weights: Record<string, number[]> = {};
  for (const [name, tensor] of await model.compiled.getWeights()) weights[name] = Array.from(tensor.data() as Float32Array, Number);
  process.stdout.write(`RESULT ${JSON.stringify({ epochs: history.epochs, history: history.history, weights })}\n`);
  await model.close();
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
