// Child process: builds unrelated models first, then the names model; restores a checkpoint
// written by another process and prints its predictions (JSON on stdout).
import { buildNamesModel, buildUnrelatedModels, namesData } from './names-model';

async function main() {
  const [dir] = process.argv.slice(2);
  buildUnrelatedModels();
  const trainer = buildNamesModel();
  await trainer.restoreCheckpoint(dir, { x: { dtype: 'float32', shape: [16, 3], data: namesData.x } });
  const { y } = await trainer.predict({ x: namesData.x }, { batchSize: 16 });
  process.stdout.write(JSON.stringify({ y: Array.from(y.data as Float32Array) }));
  await trainer.close();
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
