// Child process: loads a pruned model another process saved (nn.load), prints its weights and
// predictions, then trains its third epoch (steps 11-15; the mask is recomputed at step 15) and
// prints the weights again.
import { nn } from '../../../../lib';
import { prunedData } from './pruned-model';

async function main() {
  const [dir] = process.argv.slice(2);
  const trainer = await nn.load(dir);
  const values = async () =>
    Object.fromEntries(
      [...(await trainer.getWeights())].map(([name, tensor]) => [name, Array.from(tensor.data() as Float32Array, Number)]),
    );
  const weights = await values();
  const prediction = Array.from((await trainer.predict({ x: prunedData().x })).y.data as Float32Array);
  const prunedNames = nn.pruning.prunedWeightNames(trainer.model);
  await trainer.fit(prunedData(), { epochs: 3, batchSize: 8, verbose: false });
  const after = await values();
  process.stdout.write(`RESULT ${JSON.stringify({ weights, prediction, prunedNames, after })}\n`);
  await trainer.close();
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
