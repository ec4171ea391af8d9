/**
 * Fine-tuning a Python-trained Keras CNN in hydra-tf. Python trains the teacher CNN of the Keras
 * distillation recipe on the npm digits and exports it with Keras 3's model.export()
 * (test/fixtures/python/make_teacher.py). hydra-tf imports that SavedModel directly as a layer
 * (its function calls inlined), unfreezes its last k Keras layers, keeps its digit task and
 * learns a new one (parity), then saves a SavedModel.
 *
 *   npm run example:finetune                 # --trainable 1 --epochs 4 --train 2000
 *   npm run example:finetune -- --trainable 2
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { data, layers, losses, metrics, mtl, optimizers } from '../lib';
import { spreadDigits } from './common';
import { readFlags } from './flags';

const REPO = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(REPO, 'test', 'fixtures');
const TEACHER = path.join(FIXTURES, 'generated', 'teacher');

/** Has Python make (or find up to date) the teacher and its model.export(). */
function python(script: string, ...args: string[]): void {
  const venv = path.join(REPO, '.venv', 'bin', 'python');
  if (!fs.existsSync(venv)) throw new Error(`${venv} is missing: run bash scripts/setup-python.sh`);
  const env = { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', CUDA_VISIBLE_DEVICES: '' };
  const result = spawnSync(venv, [path.join(FIXTURES, 'python', script), ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${script} failed (exit ${result.status})`);
}

/** `n` examples spread over the class-sorted split, with parity labels. */
async function digits(split: 'train' | 'test', n: number) {
  const { images: image, labels: digit } = await spreadDigits(split, n);
  return data.fromArrays({ image, digit, parity: Float32Array.from(digit, (d) => d % 2) }, { shapes: { image: [28, 28, 1] } });
}

async function main() {
  const {
    trainable,
    epochs,
    train: trainRows,
  } = readFlags('finetune-digits', { trainable: 1, epochs: 4, train: 2000 }, { min: { trainable: 0 } });
  python('make_teacher.py', TEACHER);

  // The Keras 3 model.export() itself: serving_default, input "image", output "output_0" (logits).
  const teacher = mtl.importSavedModel(path.join(TEACHER, 'model'), { trainable, name: 'teacher' });
  console.log(`imported layers ${teacher.layerNames.join(', ')}; training ${teacher.trainableLayers.join(', ') || 'none'}`);
  const image = layers.input({ name: 'image', shape: [28, 28, 1] });
  const model = mtl.model({
    inputs: { image },
    trunk: teacher.apply(image),
    tasks: {
      digit: {
        head: layers.activation({ activation: 'linear', name: 'digit_logits' }),
        loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
        metrics: [metrics.sparseCategoricalAccuracy()],
      },
      parity: {
        head: layers.dense({ units: 1, name: 'parity_head' }),
        loss: losses.binaryCrossentropy({ fromLogits: true }),
        metrics: [metrics.binaryAccuracy({ fromLogits: true })],
      },
    },
    optimizer: optimizers.adam({ learningRate: 3e-3 }),
    seed: 7,
  });
  const train = await digits('train', trainRows);
  const test = await digits('test', 2000);
  const before = await model.evaluate(test, { batchSize: 100 });
  const started = Date.now();
  await model.fit(train, { epochs, batchSize: 32 });
  const seconds = (Date.now() - started) / 1000;
  const after = await model.evaluate(test, { batchSize: 100 });
  const out = path.join(REPO, 'examples', 'results', 'finetune-digits');
  await model.export(out, { overwrite: true });
  const summary = {
    trainable: teacher.trainableLayers,
    epochs,
    seconds,
    before: { digit: before.digit_sparse_categorical_accuracy, parity: before.parity_binary_accuracy },
    after: { digit: after.digit_sparse_categorical_accuracy, parity: after.parity_binary_accuracy },
    savedModel: out,
  };
  console.log(JSON.stringify(summary, null, 1));
  fs.writeFileSync(`${out}.json`, `${JSON.stringify(summary, null, 1)}\n`);
  await model.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
