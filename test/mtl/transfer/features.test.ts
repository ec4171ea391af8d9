// Feature extraction: the Python teacher's pooled convolution features as a frozen backbone,
// cached on disk in shards (resumable after an interruption, identical to an uninterrupted run),
// read back as a dataset to train new heads on; an intermediate tensor of a hydra-tf export.
import * as fs from 'fs';
import * as path from 'path';
import { data, layers, losses, mtl, nn, optimizers, savedModel, train } from '../../../lib';
import { BACKBONE_DIR, digits, ensureTeacher, packageTestDigits } from './fixtures';
import { removeDirectory, tempDir } from '../../support/tmp';

/** { image [28, 28, 1], digit, parity } for the first n digits of a split. */
async function digitsWithParity(split: 'train' | 'test', n: number) {
  const set = await digits(split, n);
  const parity = Int32Array.from(set.digit, (d) => d % 2);
  return data.fromArrays({ image: set.image, digit: set.digit, parity }, { shapes: { image: [28, 28, 1] } });
}

async function pooled() {
  ensureTeacher();
  return mtl.backbone(BACKBONE_DIR, { signature: 'features', output: 'pooled' });
}

async function elements(cache: mtl.FeatureCache) {
  return (await cache.dataset().toArray()) as Array<Record<string, { data: Float32Array } | number>>;
}

// Synchronous, so a first run that has Python train the teacher (minutes) is not cut by the test timeout.
beforeAll(() => {
  ensureTeacher();
});

describe('mtl.extractFeatures', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir('transfer')));
  afterEach(() => removeDirectory(dir));

  test("the cached features are the SavedModel's, as Python computes them", async () => {
    const reference = ensureTeacher();
    const image = packageTestDigits(0, 2);
    const cache = await mtl.extractFeatures({
      backbone: await pooled(),
      data: data.fromArrays({ image }, { shapes: { image: [28, 28, 1] } }),
      dir: path.join(dir, 'c'),
    });
    expect(cache.count).toBe(2);
    expect(cache.columns).toEqual([{ name: 'features', dtype: 'float32', shape: [512], source: 'model' }]);
    const rows = await elements(cache);
    rows.forEach((row, i) => {
      const got = (row.features as { data: Float32Array }).data;
      const worst = Math.max(...Array.from(got, (v, j) => Math.abs(v - reference.firstTest.pooled[i][j])));
      expect(worst).toBeLessThan(1e-4);
    });
  });

  test("plain typed-array columns take the backbone's input shape, as fit does", async () => {
    const reference = ensureTeacher();
    const image = packageTestDigits(0, 2);
    // A flat column of 2 × 784 values, no shapes given: 2 images of [28, 28, 1], not 1568 scalars.
    const cache = await mtl.extractFeatures({ backbone: await pooled(), data: { image }, dir: path.join(dir, 'plain') });
    expect(cache.count).toBe(2);
    const rows = await elements(cache);
    rows.forEach((row, i) => {
      const got = (row.features as { data: Float32Array }).data;
      expect(Math.max(...Array.from(got, (v, j) => Math.abs(v - reference.firstTest.pooled[i][j])))).toBeLessThan(1e-4);
    });
    // A column that does not split into images is named with the shape expected.
    await expect(
      mtl.extractFeatures({ backbone: await pooled(), data: { image: image.subarray(0, 1000) }, dir: path.join(dir, 'bad') }),
    ).rejects.toThrow(/input "image": 1000 values do not split into examples of shape \[28, 28, 1\] \(784 values each\)/);
  });

  test('an interrupted extraction resumes after its last shard and ends identical to an uninterrupted one', async () => {
    const backbone = await pooled();
    const digitsData = await digitsWithParity('train', 320);
    const options = { backbone, data: digitsData, shardSize: 64, batchSize: 32 };
    const whole = await mtl.extractFeatures({ ...options, dir: path.join(dir, 'whole') });
    expect(whole.count).toBe(320);
    expect(whole.manifest.shards.map((s) => s.examples)).toEqual([64, 64, 64, 64, 64]);
    expect(whole.columns.map((c) => [c.name, c.dtype, c.shape, c.source])).toEqual([
      ['digit', 'int32', [], 'data'],
      ['parity', 'int32', [], 'data'],
      ['features', 'float32', [512], 'model'],
    ]);
    // One shard holds 64 examples × (512 floats + 2 ints).
    expect(whole.manifest.shards[0].bytes).toBe(64 * (512 * 4 + 2 * 4));

    const resumedDir = path.join(dir, 'resumed');
    const controller = new AbortController();
    const first: boolean[] = [];
    await expect(
      mtl.extractFeatures({
        ...options,
        dir: resumedDir,
        signal: controller.signal,
        onProgress: (p) => (first.push(p.computed), p.shards === 2 && controller.abort()),
      }),
    ).rejects.toThrow(`extractFeatures into ${resumedDir} was aborted after 2 shard(s) (128 examples); run it again to resume`);
    expect(first).toEqual([true, true]);
    expect(() => mtl.openFeatureCache(resumedDir)).toThrow(
      `feature cache ${resumedDir} is incomplete (2 shard(s) written); run extractFeatures again`,
    );

    const second: boolean[] = [];
    const resumed = await mtl.extractFeatures({ ...options, dir: resumedDir, onProgress: (p) => second.push(p.computed) });
    expect(second).toEqual([false, false, true, true, true]);
    expect(resumed.manifest.shards.map((s) => s.sha256)).toEqual(whole.manifest.shards.map((s) => s.sha256));
    for (const s of whole.manifest.shards)
      expect(fs.readFileSync(path.join(resumedDir, s.file)).equals(fs.readFileSync(path.join(whole.dir, s.file)))).toBe(true);
    const [a, b] = [await elements(whole), await elements(resumed)];
    expect(b.length).toBe(320);
    expect(b.map((e) => e.digit)).toEqual(a.map((e) => e.digit));

    // A third run finds every shard and computes nothing.
    const third: boolean[] = [];
    await mtl.extractFeatures({ ...options, dir: resumedDir, onProgress: (p) => third.push(p.computed) });
    expect(third).toEqual([false, false, false, false, false]);
    await backbone.close();
  });

  test("new heads (two new tasks) train on the cache of the teacher's logits, streamed from disk", async () => {
    ensureTeacher();
    // The teacher's 10 logits as a frozen embedding; the heads learn tasks it was not trained for.
    const backbone = await mtl.backbone(BACKBONE_DIR, { signature: 'features', output: 'logits', name: 'embedding' });
    const withTasks = async (split: 'train' | 'test', n: number) => {
      const set = await digits(split, n);
      return data.fromArrays(
        { image: set.image, parity: Int32Array.from(set.digit, (d) => d % 2), large: Int32Array.from(set.digit, (d) => (d >= 5 ? 1 : 0)) },
        { shapes: { image: [28, 28, 1] } },
      );
    };
    const trainCache = await mtl.extractFeatures({
      backbone,
      data: await withTasks('train', 1024),
      dir: path.join(dir, 'train'),
      shardSize: 256,
    });
    const testCache = await mtl.extractFeatures({
      backbone,
      data: await withTasks('test', 512),
      dir: path.join(dir, 'test'),
      shardSize: 256,
    });
    expect(trainCache.columns.map((c) => c.name)).toEqual(['parity', 'large', 'embedding']);
    const embedding = trainCache.input('embedding');
    expect(embedding.shape).toEqual([null, 10]);
    const sparse = () => losses.sparseCategoricalCrossentropy({ fromLogits: true });
    const heads = mtl.model({
      inputs: { embedding },
      trunk: layers.dense({ units: 32, activation: 'relu' }).apply(embedding),
      tasks: {
        parity: { head: layers.dense({ units: 2 }), loss: sparse(), metrics: ['sparseCategoricalAccuracy'] },
        large: { head: layers.dense({ units: 2 }), loss: sparse(), metrics: ['sparseCategoricalAccuracy'] },
      },
      optimizer: optimizers.adam({ learningRate: 0.01 }),
      seed: 1,
    });
    const history = await heads.fit(trainCache.dataset({ shuffle: { seed: 1 } }), {
      epochs: 10,
      batchSize: 32,
      shuffle: false,
      verbose: false,
    });
    expect(history.history.parity_loss[9]).toBeLessThan(history.history.parity_loss[0]);
    const result = await heads.evaluate(testCache.dataset(), { batchSize: 128 });
    // Both are functions of the digit, which the teacher's logits give right 95.6 % of the time on
    // the test split: heads that read them well lose little more than the teacher's own errors.
    expect(result.parity_sparse_categorical_accuracy).toBeGreaterThan(0.9);
    expect(result.large_sparse_categorical_accuracy).toBeGreaterThan(0.9);
    await heads.close();
    await backbone.close();
  });

  test('shuffled reads visit every example once per pass, in a new order each pass', async () => {
    const backbone = await pooled();
    const cache = await mtl.extractFeatures({
      backbone,
      data: await digitsWithParity('train', 96),
      dir: path.join(dir, 'c'),
      shardSize: 32,
    });
    const ids = async (dataset: data.Dataset<Record<string, unknown>>) => {
      const out: number[] = [];
      for await (const e of dataset) out.push((e.features as { data: Float32Array }).data[0]);
      return out;
    };
    const plain = await ids(cache.dataset());
    const shuffled = cache.dataset({ shuffle: { seed: 3 } });
    const [one, two] = [await ids(shuffled), await ids(shuffled)];
    expect([...one].sort()).toEqual([...plain].sort());
    expect([...two].sort()).toEqual([...plain].sort());
    expect(one).not.toEqual(plain);
    expect(two).not.toEqual(one);
  });

  test('an intermediate tensor by name, from a hydra-tf export (its graph is not in functions)', async () => {
    const x = layers.input({ name: 'x', shape: [3] });
    const hidden = layers.dense({ units: 4, activation: 'relu', name: 'probe_hidden' }).apply(x);
    const y = layers.dense({ units: 1, name: 'probe_out' }).apply(hidden);
    const trainer = train.compile(nn.model({ inputs: { x }, outputs: { y } }), {
      optimizer: optimizers.sgd({ learningRate: 0.1 }),
      loss: 'mse',
      seed: 2,
    });
    const points = Float32Array.from({ length: 30 }, (_, i) => Math.sin(i));
    await trainer.fit({ x: points, y: Float32Array.from({ length: 10 }, (_, i) => i / 10) }, { epochs: 2, batchSize: 5, verbose: false });
    await trainer.exportSavedModel(path.join(dir, 'model'));
    const weights = await trainer.getWeights();
    const loaded = await savedModel.load(path.join(dir, 'model'));
    const relu = loaded.graph.operations().find((op) => op.type === 'Relu' && op.name.includes('probe_hidden'));
    expect(relu).toBeDefined();
    const backbone = await mtl.backbone(loaded, { output: `${relu!.name}:0` });
    const cache = await mtl.extractFeatures({
      backbone,
      data: data.fromArrays({ x: points }, { shapes: { x: [3] } }),
      dir: path.join(dir, 'c'),
    });
    const kernel = weights.get('probe_hidden/kernel')!.data() as Float32Array;
    const bias = weights.get('probe_hidden/bias')!.data() as Float32Array;
    const rows = await elements(cache);
    rows.forEach((row, i) => {
      const got = (row.features as { data: Float32Array }).data;
      for (let j = 0; j < 4; j++) {
        let z = bias[j];
        for (let k = 0; k < 3; k++) z += points[3 * i + k] * kernel[k * 4 + j];
        expect(got[j]).toBeCloseTo(Math.max(0, z), 5);
      }
    });
    await loaded.close();
    await trainer.close();
  });
});
