// Child process: builds two unrelated models first, then loads a model another process saved
// (nn.load) and continues training it to epoch 4; prints the history and final weights as JSON.
import { nn } from '../../../lib';
import { buildUnrelatedModels } from './names-model';
import { continueData } from './save-model';

async function main() {
  const [dir] = process.argv.slice(2);
  buildUnrelatedModels();
  const trainer = await nn.load(dir);
  const history = await trainer.fit(continueData(), { epochs: 4, batchSize: 16, verbose: false });
  const weights: Record<string, number[]> = {};
  for (const [name, tensor] of await trainer.getWeights()) weights[name] = Array.from(tensor.data() as Float32Array, Number);
  process.stdout.write(`RESULT ${JSON.stringify({ epochs: history.epochs, loss: history.history.loss, weights })}\n`);
  await trainer.close();
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
