// Bad input, refused with errors that name the object and the expectation: a teacher whose
// output does not match the student, a backbone output that does not exist, a cache written by
// a different backbone (or from other data), and misused options.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { FailedPreconditionError, NotFoundError, data, layers, losses, mtl, nn, optimizers } from '../../../lib';
import { BACKBONE_DIR, TEACHER_DIR, digits, ensureTeacher } from './fixtures';
import { removeDirectory, tempDir } from '../../support/tmp';

const sha = (dir: string) =>
  crypto
    .createHash('sha256')
    .update(fs.readFileSync(path.join(dir, 'saved_model.pb')))
    .digest('hex')
    .slice(0, 12);

function digitStudent(units: number) {
  const image = layers.input({ name: 'image', shape: [28, 28, 1] });
  const digit = layers.dense({ units }).apply(layers.flatten().apply(image));
  return nn.model({ inputs: { image }, outputs: { digit } });
}

async function someDigits(n: number, offset = 0) {
  const set = await digits('train', n + offset);
  return data.fromArrays({ image: set.image.slice(offset * 784), digit: set.digit.slice(offset) }, { shapes: { image: [28, 28, 1] } });
}

describe('transfer: bad input', () => {
  // Synchronous, so a first run that has Python train the teacher (minutes) is not cut by the test timeout.
  beforeAll(() => {
    ensureTeacher();
  });

  test("a teacher whose logits do not match the student's", async () => {
    const teacher = await mtl.teacher(TEACHER_DIR);
    const make = () =>
      mtl.distill({
        teacher,
        student: digitStudent(5),
        tasks: { digit: { loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }) } },
        optimizer: optimizers.adam(),
      });
    expect(make).toThrow(
      `task "digit": output "output_0" of teacher SavedModel ${TEACHER_DIR} has per-example shape [10], but the student's logits have [5]`,
    );
  });

  test('a teacher that does not say which output distills which task, or names what does not exist', async () => {
    const backbone = await mtl.teacher(BACKBONE_DIR, { signature: 'features' });
    const student = digitStudent(10);
    expect(() => mtl.distill({ teacher: backbone, student, alpha: 0, optimizer: 'adam' })).toThrow(
      `teacher SavedModel ${BACKBONE_DIR}: say which of its outputs distills which task, e.g. mtl.teacher(model, { outputs: { "digit": "logits" } }) (its outputs: logits, pooled; the student's tasks: digit)`,
    );
    await expect(mtl.teacher(BACKBONE_DIR, { signature: 'features', outputs: { digit: 'probabilities' } })).rejects.toThrow(
      `signature "features" of SavedModel ${BACKBONE_DIR} has no output "probabilities" (its outputs are "logits", "pooled"`,
    );
    const named = await mtl.teacher(BACKBONE_DIR, { signature: 'features', outputs: { parity: 'logits' } });
    expect(() => mtl.distill({ teacher: named, student, alpha: 0, optimizer: 'adam' })).toThrow(
      'outputs names task "parity", which the student does not have (its tasks: digit)',
    );
    await expect(mtl.teacher(BACKBONE_DIR, { signature: 'serve_features' })).rejects.toThrow(
      `SavedModel ${BACKBONE_DIR} has no signature "serve_features" (it has "features", "serve", "serving_default")`,
    );
  });

  test('a backbone output name that does not exist', async () => {
    const wrong = mtl.backbone(BACKBONE_DIR, { signature: 'features', output: 'embedding' });
    await expect(wrong).rejects.toThrow(NotFoundError);
    await expect(mtl.backbone(BACKBONE_DIR, { signature: 'features', output: 'embedding' })).rejects.toThrow(
      `signature "features" of SavedModel ${BACKBONE_DIR} has no output "embedding" (its outputs are "logits", "pooled"; an intermediate tensor is named "op:index")`,
    );
    // A Keras export keeps its layers inside functions: the tensor is not in the graph.
    await expect(mtl.backbone(BACKBONE_DIR, { signature: 'features', output: 'teacher/conv_2/BiasAdd:0' })).rejects.toThrow(
      `SavedModel ${BACKBONE_DIR} has no tensor "teacher/conv_2/BiasAdd:0" in its graph (signature "features" outputs: "logits", "pooled"). TF2/Keras exports keep their layers inside functions`,
    );
    await expect(mtl.backbone(BACKBONE_DIR, { signature: 'features' })).rejects.toThrow(
      'choose one of its outputs with { output } (it has "logits", "pooled")',
    );
  });

  test('a cache written by a different backbone is refused, naming both', async () => {
    const dir = tempDir('transfer');
    try {
      const sample = await someDigits(16);
      const pooled = await mtl.backbone(BACKBONE_DIR, { signature: 'features', output: 'pooled' });
      await mtl.extractFeatures({ backbone: pooled, data: sample, dir });
      // Another SavedModel (another saved_model.pb), writing the same column name.
      const other = await mtl.backbone(TEACHER_DIR);
      const attempt = mtl.extractFeatures({ backbone: other, data: sample, dir });
      await expect(attempt).rejects.toThrow(FailedPreconditionError);
      const message = await mtl.extractFeatures({ backbone: other, data: sample, dir }).then(
        () => '',
        (error: Error) => error.message,
      );
      expect(message).toContain(
        `feature cache ${dir} was written by a different backbone: it holds column "features": SavedModel saved_model.pb sha256 ${sha(BACKBONE_DIR)}…`,
      );
      expect(message).toContain(
        `signature "features", output "pooled", inputs (image: float32 [?, 28, 28, 1]); this run computes column "features": SavedModel saved_model.pb sha256 ${sha(TEACHER_DIR)}…`,
      );
      expect(message).toContain('signature "serving_default", output "output_0"');
      // The same SavedModel, another output: also another backbone.
      const logits = await mtl.backbone(BACKBONE_DIR, { signature: 'features', output: 'logits' });
      await expect(mtl.extractFeatures({ backbone: logits, data: sample, dir })).rejects.toThrow(
        'output "pooled", inputs (image: float32 [?, 28, 28, 1]); this run computes column "features": SavedModel',
      );
      // The right backbone still reads it.
      expect((await mtl.extractFeatures({ backbone: pooled, data: sample, dir })).count).toBe(16);
    } finally {
      removeDirectory(dir);
    }
  });

  test('resuming a cache with other data, or another shard size, is refused', async () => {
    const dir = tempDir('transfer');
    try {
      const pooled = await mtl.backbone(BACKBONE_DIR, { signature: 'features', output: 'pooled' });
      await mtl.extractFeatures({ backbone: pooled, data: await someDigits(16), dir, shardSize: 8 });
      await expect(mtl.extractFeatures({ backbone: pooled, data: await someDigits(16, 16), dir, shardSize: 8 })).rejects.toThrow(
        `feature cache ${dir}: shard 0 (shard-00000.bin) was computed from other data than this run's examples 0..7; use another directory for other data`,
      );
      await expect(mtl.extractFeatures({ backbone: pooled, data: await someDigits(16), dir, shardSize: 4 })).rejects.toThrow(
        `feature cache ${dir} was written with shardSize 8, this run uses 4; use the same shardSize to resume it`,
      );
      await expect(mtl.extractFeatures({ backbone: pooled, data: await someDigits(12), dir, shardSize: 8 })).rejects.toThrow(
        `feature cache ${dir} was made from 16 examples`,
      );
    } finally {
      removeDirectory(dir);
    }
  });

  test('a directory that is not a cache is neither written nor read', async () => {
    const dir = tempDir('transfer');
    try {
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
      const pooled = await mtl.backbone(BACKBONE_DIR, { signature: 'features', output: 'pooled' });
      await expect(mtl.extractFeatures({ backbone: pooled, data: await someDigits(4), dir })).rejects.toThrow(
        `${dir} is not empty and is not a feature cache (it has notes.txt); choose an empty or new directory`,
      );
      expect(() => mtl.openFeatureCache(dir)).toThrow(`${dir} is not a feature cache (no manifest.json)`);
    } finally {
      removeDirectory(dir);
    }
  });

  test('distillation options out of range', async () => {
    const teacher = await mtl.teacher(TEACHER_DIR);
    const base = {
      teacher,
      student: digitStudent(10),
      tasks: { digit: { loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }) } },
      optimizer: optimizers.adam(),
    };
    expect(() => mtl.distill({ ...base, alpha: 1.5 })).toThrow('distill: alpha must be a number in [0, 1], got 1.5');
    expect(() => mtl.distill({ ...base, temperature: -1 })).toThrow('distill: temperature must be a finite number > 0, got -1');
    expect(() => mtl.distill({ ...base, tasks: {} })).toThrow('distill: task "digit" needs a loss for its labels');
    expect(() => mtl.distill({ ...base, optimizer: undefined })).toThrow('distill: give an optimizer');
    // α > 0 needs labels in the data.
    const unlabelled = data.fromArrays({ image: (await digits('train', 4)).image }, { shapes: { image: [28, 28, 1] } });
    const distiller = mtl.distill(base);
    await expect(distiller.fit(unlabelled, { epochs: 1, verbose: false })).rejects.toThrow(
      'distill: task "digit" has alpha 0.1, so the data needs its labels "digit" (or set alpha: 0 to learn from the teacher alone)',
    );
    await distiller.close();
  });
});
