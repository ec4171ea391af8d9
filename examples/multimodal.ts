/**
 * A multimodal multi-task model: digit images paired with captions ("a handwritten seven"; half
 * of them name another digit) and three ink features. Image tower: conv; text tower: tokenised in
 * TypeScript, embedding, then masked mean pooling or an LSTM; fusion by concatenation or by a
 * learned gate; two heads: the digit, and whether the caption matches the image.
 *
 *   npm run example:multimodal               # every fusion x encoder, --epochs 6 --train 4000
 */
import * as fs from 'fs';
import * as path from 'path';
import { layers, losses, metrics, mtl, optimizers } from '../lib';
import { spreadDigits } from './common';
import { readFlags } from './flags';

const { Vocabulary, MultimodalPipeline, captionDigits } = mtl.multimodal;

async function captioned(split: 'train' | 'test', n: number, seed: number) {
  const { images, labels } = await spreadDigits(split, n);
  return captionDigits(images, labels, { seed, maxValue: 1 });
}

function build(mode: 'concat' | 'gated', encoder: 'mean' | 'lstm', vocabularySize: number, length: number) {
  const image = layers.input({ name: 'image', shape: [28, 28, 1] });
  const caption = layers.input({ name: 'caption', shape: [length], dtype: 'int32' });
  const meta = layers.input({ name: 'meta', shape: [3] });
  const pixels = layers
    .sequential([
      layers.conv2d({ filters: 8, kernelSize: 3, activation: 'relu' }),
      layers.maxPool2d({ poolSize: 2 }),
      layers.flatten(),
      layers.dense({ units: 64, activation: 'relu' }),
    ])
    .apply(image);
  const imageTower = layers.concatenate().apply([pixels, meta]);
  const embedded = layers.embedding({ inputDim: vocabularySize, outputDim: 16 }).apply(caption);
  const textTower =
    encoder === 'mean' ? mtl.multimodal.maskedMeanPooling().apply([embedded, caption]) : layers.lstm({ units: 16 }).apply(embedded);
  const fused = mtl.multimodal.fusion({ mode, units: 32 }).apply([imageTower, textTower]);
  return mtl.model({
    inputs: { image, caption, meta },
    trunk: layers.dense({ units: 64, activation: 'relu' }).apply(fused),
    tasks: {
      digit: {
        head: layers.dense({ units: 10 }),
        loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
        metrics: [metrics.sparseCategoricalAccuracy()],
      },
      match: {
        head: layers.dense({ units: 1 }),
        loss: losses.binaryCrossentropy({ fromLogits: true }),
        metrics: [metrics.binaryAccuracy({ fromLogits: true })],
      },
    },
    optimizer: optimizers.adam({ learningRate: 3e-3 }),
    seed: 3,
  });
}

async function main() {
  const { epochs, train: trainRows } = readFlags('multimodal', { epochs: 6, train: 4000 });
  const train = await captioned('train', trainRows, 1);
  const test = await captioned('test', 2000, 2);
  const length = 6;
  const vocabulary = Vocabulary.fromTexts(train.map((e) => e.caption));
  const pipeline = MultimodalPipeline.fit(train as never, {
    modalities: {
      image: { kind: 'image', shape: [28, 28, 1], maxValue: 1 },
      caption: { kind: 'text', vocabulary, length },
      meta: { kind: 'numeric', size: 3 },
    },
    labels: { digit: 'int32', match: 'float32' },
  });
  console.log(
    `vocabulary: ${vocabulary.size} ids; "${train[0].caption}" -> [${Array.from(vocabulary.encode(train[0].caption, length)).join(', ')}]`,
  );
  const results: Record<string, unknown> = {};
  for (const [mode, encoder] of [
    ['concat', 'mean'],
    ['gated', 'mean'],
    ['concat', 'lstm'],
    ['gated', 'lstm'],
  ] as const) {
    const model = build(mode, encoder, vocabulary.size, length);
    const started = Date.now();
    await model.fit(pipeline.dataset(train, 'training'), { epochs, batchSize: 32, verbose: false });
    const logs = await model.evaluate(pipeline.dataset(test, 'test'), { batchSize: 100 });
    results[`${mode}+${encoder}`] = {
      digit: logs.digit_sparse_categorical_accuracy,
      match: logs.match_binary_accuracy,
      seconds: (Date.now() - started) / 1000,
    };
    console.log(
      `${mode} fusion, ${encoder} text encoder: digit ${logs.digit_sparse_categorical_accuracy.toFixed(3)}, match ${logs.match_binary_accuracy.toFixed(3)}`,
    );
    await model.close();
  }
  const file = path.join(__dirname, '..', '..', 'examples', 'results', 'multimodal.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ epochs, train: train.length, test: test.length, results }, null, 1)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
