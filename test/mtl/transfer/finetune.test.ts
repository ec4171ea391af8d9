// Fine-tuning a Python-trained model: the Keras teacher CNN (make_teacher.py), re-exported
// TF1-style by make_tf1_teacher.py, imported as a layer of an mtl model: its forward pass equals
// Python's, its last layer trains on a new task (digit parity) next to the original one while the
// frozen layers stay bitwise equal to the checkpoint, and the result saves and reloads. The Keras 3
// model.export() of the same teacher imports directly (test/mtl/transfer/keras-export.test.ts covers
// TF2 SavedModels in depth).
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Tensor, data, layers, losses, metrics, mtl, optimizers, savedModel } from '../../../lib';
import { decode, encode } from '../../../lib/proto';
import { pythonScript, runPythonSync } from '../../support/python';
import { TEACHER_DIR, TEACHER_ROOT, digits, ensureTeacher, packageTestDigits } from './fixtures';
import { removeDirectory, tempDir } from '../../support/tmp';

const GENERATOR = pythonScript('make_tf1_teacher.py');
const TF1_ROOT = path.join(path.dirname(TEACHER_ROOT), 'teacher-tf1');
const TF1_DIR = path.join(TF1_ROOT, 'model');

interface Tf1Reference {
  variables: Record<string, number[]>;
  ops: string[];
  /** Logits of the first test digit of each class 0..7. */
  logits: number[][];
}

/** The TF1-style re-export of the teacher, made (or found up to date) by Python. */
function ensureTf1Teacher(): Tf1Reference {
  ensureTeacher();
  const wanted = crypto
    .createHash('sha256')
    .update(fs.readFileSync(GENERATOR))
    .update(fs.readFileSync(path.join(TEACHER_ROOT, '.stamp')))
    .digest('hex');
  const stampFile = path.join(TF1_ROOT, '.stamp');
  if (!fs.existsSync(stampFile) || fs.readFileSync(stampFile, 'utf8').trim() !== wanted) {
    runPythonSync([GENERATOR, TEACHER_ROOT, TF1_ROOT], { timeoutMs: 600_000 });
  }
  return JSON.parse(fs.readFileSync(path.join(TF1_ROOT, 'reference.json'), 'utf8')) as Tf1Reference;
}

beforeAll(() => {
  ensureTf1Teacher();
});

async function digitsWithParity(split: 'train' | 'test', n: number) {
  const set = await digits(split, n);
  return { image: set.image, digit: set.digit, parity: Float32Array.from(set.digit, (d) => d % 2), n: set.n };
}

/** The teacher (last k layers trainable) with its own digit logits and a new parity head. */
function fineTuneModel(trainable: number) {
  const teacher = mtl.importSavedModel(TF1_DIR, { output: 'logits', trainable, name: 'teacher' });
  const image = layers.input({ name: 'image', shape: [28, 28, 1] });
  const trunk = teacher.apply(image);
  const model = mtl.model({
    inputs: { image },
    trunk,
    tasks: {
      // The teacher's logits as they are: the original task, kept while the new one is learned.
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
  return { teacher, model };
}

describe('mtl.importSavedModel', () => {
  test('the imported layers are found from input to output, and trainable picks the last k', () => {
    const all = mtl.importSavedModel(TF1_DIR, { output: 'logits' });
    expect(all.layerNames).toEqual(['conv_1', 'conv_2', 'logits']);
    expect(all.trainableLayers).toEqual(['conv_1', 'conv_2', 'logits']);
    expect(mtl.importSavedModel(TF1_DIR, { trainable: 2 }).trainableLayers).toEqual(['conv_2', 'logits']);
    expect(mtl.importSavedModel(TF1_DIR, { trainable: ['conv_1'] }).trainableLayers).toEqual(['conv_1']);
    expect(() => mtl.importSavedModel(TF1_DIR, { trainable: 4 })).toThrow(/layer count from 0 to 3/);
    expect(() => mtl.importSavedModel(TF1_DIR, { trainable: ['dense'] })).toThrow(
      /has no layer "dense" \(its layers: conv_1, conv_2, logits\)/,
    );
  });

  test('before training, the imported graph computes what Python computes (|Δlogit| < 1e-4)', async () => {
    const reference = ensureTf1Teacher();
    const { model } = fineTuneModel(1);
    const image = new Float32Array(8 * 784);
    for (let d = 0; d < 8; d++) image.set(packageTestDigits(d, 1), d * 784);
    // predict builds the training graph too, which wants every task's labels: zeros do.
    const predicted = await model.predict(
      data.fromArrays({ image, digit: new Int32Array(8), parity: new Float32Array(8) }, { shapes: { image: [28, 28, 1] } }),
    );
    const logits = predicted.digit.data as Float32Array;
    let worst = 0;
    reference.logits.forEach((row, i) => row.forEach((v, j) => (worst = Math.max(worst, Math.abs(v - logits[i * 10 + j])))));
    expect(worst).toBeLessThan(1e-4);
    await model.close();
  });

  test('fine-tuning the last layer on digit parity: frozen layers unchanged, parity learned, saved model reloads', async () => {
    const { model } = fineTuneModel(1);
    const train = await digitsWithParity('train', 8000);
    // 800 training digits, 80 per class (the train split is class-sorted: take a stride).
    const pick = Array.from({ length: 800 }, (_, i) => i * 10);
    const subset = (set: typeof train, idx: number[]) => ({
      image: Float32Array.from(idx.flatMap((i) => Array.from(set.image.subarray(i * 784, (i + 1) * 784)))),
      digit: Int32Array.from(idx, (i) => set.digit[i]),
      parity: Float32Array.from(idx, (i) => set.parity[i]),
    });
    const trainSet = subset(train, pick);
    const test = await digitsWithParity('test', 2004);
    const testSet = subset(
      test,
      Array.from({ length: 500 }, (_, i) => i * 4),
    );
    const shapes = { shapes: { image: [28, 28, 1] } };
    const before = await model.evaluate(data.fromArrays(testSet, shapes), { batchSize: 100 });
    const initial = await model.compiled.getWeights();
    await model.fit(data.fromArrays(trainSet, shapes), { epochs: 4, batchSize: 32, verbose: false });
    const after = await model.evaluate(data.fromArrays(testSet, shapes), { batchSize: 100 });
    const final = await model.compiled.getWeights();
    const same = (name: string) =>
      Buffer.from((initial.get(name)!.data() as Float32Array).buffer).equals(Buffer.from((final.get(name)!.data() as Float32Array).buffer));
    for (const name of ['teacher/conv_1/kernel', 'teacher/conv_1/bias', 'teacher/conv_2/kernel', 'teacher/conv_2/bias'])
      expect(same(name)).toBe(true);
    expect(same('teacher/logits/kernel')).toBe(false);
    // Parity is a function of the digit, which the teacher gets right 95.6 % of the time: a learned
    // head is within a few points of that; the untrained one (random weights on the logits) is not.
    console.log(
      `fine-tune: parity ${before.parity_binary_accuracy} -> ${after.parity_binary_accuracy}, digit ${before.digit_sparse_categorical_accuracy} -> ${after.digit_sparse_categorical_accuracy}`,
    );
    expect(after.parity_binary_accuracy).toBeGreaterThan(0.88);
    expect(after.parity_binary_accuracy).toBeGreaterThan(before.parity_binary_accuracy + 0.1);
    // The original task is kept while the new one is learned (the teacher: 0.956 on the whole test split).
    expect(after.digit_sparse_categorical_accuracy).toBeGreaterThan(0.9);

    const dir = tempDir('transfer');
    try {
      await model.export(path.join(dir, 'saved'));
      const loaded = await savedModel.load(path.join(dir, 'saved'));
      const image = testSet.image.subarray(0, 4 * 784);
      const input = Tensor.from(Float32Array.from(image), { dtype: 'float32', shape: [4, 28, 28, 1] });
      const out = await loaded.run({ image: input });
      input.dispose();
      const ours = await model.predict(
        data.fromArrays({ image: Float32Array.from(image), digit: new Int32Array(4), parity: new Float32Array(4) }, shapes),
      );
      const reloaded = out.parity.data() as Float32Array;
      reloaded.forEach((v, i) => expect(Math.abs(v - (ours.parity.data as Float32Array)[i])).toBeLessThan(1e-4));
      await loaded.close();
    } finally {
      removeDirectory(dir);
      for (const t of [...initial.values(), ...final.values()]) t.dispose();
      await model.close();
    }
  });

  test('an intermediate output with a control edge (as traced multi-output functions have) counts only the layers before it', async () => {
    // The TF1 teacher plus a second output "features" = Identity(pool_1, ^NoOp), as tf.function
    // traces a function returning { features, logits }: the NoOp waits for every variable read,
    // those of conv_2 and logits included.
    const dir = tempDir('transfer');
    const variant = path.join(dir, 'model');
    try {
      fs.cpSync(TF1_DIR, variant, { recursive: true });
      const file = path.join(variant, 'saved_model.pb');
      const saved = decode('tensorflow.SavedModel', fs.readFileSync(file));
      const graph = saved.metaGraphs![0].graphDef!;
      const pool = graph.node!.find((n) => n.op === 'MaxPool')!;
      const noOp = graph.node!.find((n) => n.op === 'NoOp' && (n.input ?? []).some((i) => i.includes('logits')))!;
      graph.node!.push({ name: 'features', op: 'Identity', input: [pool.name!, `^${noOp.name}`], attr: { T: { type: 1 } } });
      fs.writeFileSync(file, encode('tensorflow.SavedModel', saved as never));

      const teacher = mtl.importSavedModel(variant, { output: 'features:0', trainable: 1, name: 'teacher' });
      expect(teacher.layerNames).toEqual(['conv_1']);
      expect(teacher.trainableLayers).toEqual(['conv_1']);
      // It imports (the NoOp is left out) and trains exactly conv_1.
      const image = layers.input({ name: 'image', shape: [28, 28, 1] });
      const trunk = layers.flatten().apply(teacher.apply(image));
      const model = mtl.model({
        inputs: { image },
        trunk,
        tasks: { parity: { head: layers.dense({ units: 1, name: 'parity_head' }), loss: losses.binaryCrossentropy({ fromLogits: true }) } },
        optimizer: optimizers.sgd({ learningRate: 0.1 }),
        seed: 3,
      });
      try {
        const pixels = new Float32Array(4 * 784);
        for (let d = 0; d < 4; d++) pixels.set(packageTestDigits(d, 1), d * 784);
        await model.fit({ image: pixels, parity: Float32Array.from([0, 1, 0, 1]) }, { epochs: 1, batchSize: 4, verbose: false });
        const weights = await model.compiled.getWeights();
        expect([...weights.keys()].filter((name) => name.startsWith('teacher/')).sort()).toEqual([
          'teacher/conv_1/bias',
          'teacher/conv_1/kernel',
        ]);
        expect(
          model.compiled
            .trainableVariables()
            .map((v) => v.name)
            .sort(),
        ).toEqual(['parity_head/bias', 'parity_head/kernel', 'teacher/conv_1/bias', 'teacher/conv_1/kernel']);
        for (const t of weights.values()) t.dispose();
      } finally {
        await model.close();
      }
    } finally {
      removeDirectory(dir);
    }
  });

  test('the Keras 3 model.export() of the same teacher imports directly (its calls inlined): same layers, same logits as the TF1 re-export', async () => {
    // Before function inlining this export was refused ("computed inside a function call").
    const reference = ensureTf1Teacher();
    const keras = mtl.importSavedModel(TEACHER_DIR, { trainable: 1, name: 'teacher' });
    expect(keras.layerNames).toEqual(['conv_1', 'conv_2', 'logits']);
    expect(keras.trainableLayers).toEqual(['logits']);
    const image = layers.input({ name: 'image', shape: [28, 28, 1] });
    const model = mtl.model({
      inputs: { image },
      trunk: keras.apply(image),
      tasks: {
        digit: {
          head: layers.activation({ activation: 'linear', name: 'digit_logits' }),
          loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
        },
      },
      optimizer: optimizers.sgd({ learningRate: 0.01 }),
      seed: 7,
    });
    try {
      const pixels = new Float32Array(8 * 784);
      for (let d = 0; d < 8; d++) pixels.set(packageTestDigits(d, 1), d * 784);
      const predicted = await model.predict(
        data.fromArrays({ image: pixels, digit: new Int32Array(8) }, { shapes: { image: [28, 28, 1] } }),
      );
      const logits = predicted.digit.data as Float32Array;
      let worst = 0;
      reference.logits.forEach((row, i) => row.forEach((v, j) => (worst = Math.max(worst, Math.abs(v - logits[i * 10 + j])))));
      expect(worst).toBeLessThan(1e-4);
    } finally {
      await model.close();
    }
  });
});
