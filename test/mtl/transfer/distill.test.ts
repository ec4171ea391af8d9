// Distillation on small problems: a student learning from a hydra-tf teacher, multi-task
// distillation (a teacher per task; one multi-head teacher), and feature distillation from the
// Python teacher's pooled convolution features through a learned projection.
import { Tensor, layers, losses, mtl, nn, optimizers, savedModel, train } from '../../../lib';
import { Random } from '../../../lib/data';
import { BACKBONE_DIR, digitDataset, digits, ensureTeacher } from './fixtures';
import { removeDirectory, tempDir } from '../../support/tmp';

/** x ~ N(0, I₂); "sector": which third of the circle x points to (3 classes); "quadrant": x₀·x₁ > 0 (2 classes). */
function points(n: number, seed: number) {
  const random = Random.fromSeed(seed);
  const x = new Float32Array(2 * n);
  const sector = new Int32Array(n);
  const quadrant = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = random.normal();
    const b = random.normal();
    x[2 * i] = a;
    x[2 * i + 1] = b;
    const angle = Math.atan2(b, a);
    sector[i] = angle < -Math.PI / 3 ? 0 : angle < Math.PI / 3 ? 1 : 2;
    quadrant[i] = a * b > 0 ? 1 : 0;
  }
  return { x, sector, quadrant };
}

const sparse = () => losses.sparseCategoricalCrossentropy({ fromLogits: true });

function argmaxRows(data: Float32Array, classes: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < data.length / classes; i++) {
    let best = 0;
    for (let j = 1; j < classes; j++) if (data[i * classes + j] > data[i * classes + best]) best = j;
    out.push(best);
  }
  return out;
}

const agreement = (a: number[], b: number[]) => a.filter((v, i) => v === b[i]).length / a.length;

/** A trained single-task teacher (a compiled nn model), 32 tanh units. */
async function sectorTeacher(data: ReturnType<typeof points>) {
  const x = layers.input({ name: 'x', shape: [2] });
  const sector = layers.dense({ units: 3 }).apply(layers.dense({ units: 32, activation: 'tanh' }).apply(x));
  const teacher = train.compile(nn.model({ inputs: { x }, outputs: { sector } }), {
    optimizer: optimizers.adam({ learningRate: 0.02 }),
    loss: sparse(),
    metrics: ['sparseCategoricalAccuracy'],
    seed: 1,
  });
  await teacher.fit({ x: data.x, sector: data.sector }, { epochs: 15, batchSize: 32, verbose: false });
  return teacher;
}

/** A trained multi-task model with the given tasks ("sector": 3 classes, "quadrant": 2). */
async function mtlTeacher(tasks: Array<'sector' | 'quadrant'>, data: ReturnType<typeof points>) {
  const x = layers.input({ name: 'x', shape: [2] });
  const trunk = layers.dense({ units: 32, activation: 'tanh' }).apply(x);
  const specs: Record<string, mtl.TaskSpec> = {};
  for (const task of tasks)
    specs[task] = { head: layers.dense({ units: task === 'sector' ? 3 : 2 }), loss: sparse(), metrics: ['sparseCategoricalAccuracy'] };
  const model = mtl.model({ inputs: { x }, trunk, tasks: specs, optimizer: optimizers.adam({ learningRate: 0.02 }), seed: 2 });
  await model.fit({ x: data.x, sector: data.sector, quadrant: data.quadrant }, { epochs: 20, batchSize: 32, verbose: false });
  return model;
}

function mtlStudent() {
  const x = layers.input({ name: 'x', shape: [2] });
  const trunk = layers.dense({ units: 16, activation: 'tanh' }).apply(x);
  return mtl.model({
    inputs: { x },
    trunk,
    tasks: {
      sector: { head: layers.dense({ units: 3 }), loss: sparse(), metrics: ['sparseCategoricalAccuracy'] },
      quadrant: { head: layers.dense({ units: 2 }), loss: sparse(), metrics: ['sparseCategoricalAccuracy'] },
    },
    optimizer: optimizers.adam({ learningRate: 0.02 }),
    seed: 3,
  });
}

// Synchronous, so a first run that has Python train the teacher (minutes) is not cut by the test timeout.
beforeAll(() => {
  ensureTeacher();
});

const trainData = points(1024, 1);
const heldOut = points(512, 2);

describe('mtl.distill', () => {
  test('a student learns a hydra-tf teacher; the objective is α·label loss + (1 − α)·T²·KL', async () => {
    const teacherModel = await sectorTeacher(trainData);
    const x = layers.input({ name: 'x', shape: [2] });
    const sector = layers.dense({ units: 3 }).apply(layers.dense({ units: 16, activation: 'tanh' }).apply(x));
    const distiller = mtl.distill({
      teacher: await mtl.teacher(teacherModel),
      student: nn.model({ inputs: { x }, outputs: { sector } }),
      tasks: { sector: { loss: sparse(), metrics: ['sparseCategoricalAccuracy'] } },
      alpha: 0.3,
      temperature: 2,
      optimizer: optimizers.adam({ learningRate: 0.02 }),
      seed: 4,
    });
    const history = await distiller.fit({ x: trainData.x, sector: trainData.sector }, { epochs: 12, batchSize: 32, verbose: false });
    const h = history.history;
    // Every step's total is 0.3·L + 0.7·KD, so the epoch means are too (float32 sums).
    h.loss.forEach((total, e) =>
      expect(Math.abs(total - (0.3 * h.sector_loss[e] + 0.7 * h['distill/sector_loss'][e]))).toBeLessThan(1e-5 * total + 1e-6),
    );
    expect(h['distill/sector_loss'][11]).toBeLessThan(0.3 * h['distill/sector_loss'][0]);
    // The student reproduces its teacher's decisions on points neither has seen.
    const teacherPredictions = argmaxRows((await teacherModel.predict({ x: heldOut.x })).sector.data as Float32Array, 3);
    const studentPredictions = argmaxRows(
      (await distiller.predict({ x: heldOut.x, sector: heldOut.sector })).sector.data as Float32Array,
      3,
    );
    expect(agreement(studentPredictions, teacherPredictions)).toBeGreaterThan(0.95);
    await distiller.close();
    await teacherModel.close();
  });

  test('multi-task: a teacher per task, from unlabelled data (α = 0); the mtl student gets the weights', async () => {
    const sectorModel = await sectorTeacher(trainData);
    const quadrantModel = await mtlTeacher(['quadrant'], trainData);
    const student = mtlStudent();
    const distiller = mtl.distill({
      teacher: [await mtl.teacher(sectorModel), await mtl.teacher(quadrantModel)],
      student,
      alpha: 0,
      temperature: 2,
      seed: 5,
    });
    // No labels at all: the teachers are the only signal.
    const history = await distiller.fit({ x: trainData.x }, { epochs: 25, batchSize: 32, verbose: false });
    expect(Object.keys(history.history).sort()).toEqual(['distill/quadrant_loss', 'distill/sector_loss', 'learning_rate', 'loss']);
    const labelled = { x: heldOut.x, sector: heldOut.sector, quadrant: heldOut.quadrant };
    const teacherSector = (await sectorModel.evaluate({ x: heldOut.x, sector: heldOut.sector })).sparse_categorical_accuracy;
    const teacherQuadrant = (await quadrantModel.evaluate(labelled)).quadrant_sparse_categorical_accuracy;
    const distilled = await distiller.evaluate(labelled);
    // Within 5 points of the teachers, on points neither has seen, without having seen a label.
    expect(distilled.sector_sparse_categorical_accuracy).toBeGreaterThan(teacherSector - 0.05);
    expect(distilled.quadrant_sparse_categorical_accuracy).toBeGreaterThan(teacherQuadrant - 0.05);
    // The mtl student itself now holds the distilled weights.
    const own = await student.evaluate(labelled);
    expect(own.sector_sparse_categorical_accuracy).toBeCloseTo(distilled.sector_sparse_categorical_accuracy, 6);
    expect(own.quadrant_sparse_categorical_accuracy).toBeCloseTo(distilled.quadrant_sparse_categorical_accuracy, 6);
    // Because distillation trained the student's own variables: one runtime, nothing copied.
    expect(distiller.compiled.session).toBe(student.compiled.session);
    await Promise.all([distiller.close(), student.close(), sectorModel.close(), quadrantModel.close()]);
  });

  test("multi-task: one multi-head teacher, its heads matched to the student's tasks by name", async () => {
    const teacherModel = await mtlTeacher(['sector', 'quadrant'], trainData);
    const distiller = mtl.distill({ teacher: await mtl.teacher(teacherModel), student: mtlStudent(), alpha: 0.1, temperature: 2, seed: 6 });
    expect(distiller.tasks.map((t) => [t.name, t.teacher?.output])).toEqual([
      ['sector', 'sector'],
      ['quadrant', 'quadrant'],
    ]);
    await distiller.fit(
      { x: trainData.x, sector: trainData.sector, quadrant: trainData.quadrant },
      { epochs: 25, batchSize: 32, verbose: false },
    );
    const labelled = { x: heldOut.x, sector: heldOut.sector, quadrant: heldOut.quadrant };
    const teacher = await teacherModel.evaluate(labelled);
    const student = await distiller.evaluate(labelled);
    expect(student.sector_sparse_categorical_accuracy).toBeGreaterThan(teacher.sector_sparse_categorical_accuracy - 0.05);
    expect(student.quadrant_sparse_categorical_accuracy).toBeGreaterThan(teacher.quadrant_sparse_categorical_accuracy - 0.05);
    await Promise.all([distiller.close(), teacherModel.close()]);
  });

  test("feature distillation: a learned projection brings the student's features to the Python teacher's", async () => {
    ensureTeacher();
    const loaded = await savedModel.load(BACKBONE_DIR);
    const set = await digits('train', 256);
    const image = layers.input({ name: 'image', shape: [28, 28, 1] });
    const hidden = layers
      .dense({ units: 32, activation: 'relu', name: 'fd_hidden' })
      .apply(layers.flatten({ name: 'fd_flatten' }).apply(image));
    const digit = layers.dense({ units: 10, name: 'fd_logits' }).apply(hidden);
    const distiller = mtl.distill({
      teacher: await mtl.teacher(loaded, { signature: 'features', outputs: { digit: 'logits' } }),
      features: [
        { name: 'pooled', student: hidden, teacher: await mtl.backbone(loaded, { signature: 'features', output: 'pooled' }), weight: 0.5 },
      ],
      student: nn.model({ inputs: { image }, outputs: { digit } }),
      tasks: { digit: { loss: sparse() } },
      alpha: 0.5,
      temperature: 4,
      optimizer: optimizers.adam({ learningRate: 0.01 }),
      seed: 7,
    });
    const history = await distiller.fit(digitDataset(set), { epochs: 10, batchSize: 32, verbose: false });
    const matching = history.history['features/pooled_loss'];
    expect(matching[9]).toBeLessThan(0.5 * matching[0]);
    history.history.loss.forEach((total, e) => {
      const parts = 0.5 * history.history.digit_loss[e] + 0.5 * history.history['distill/digit_loss'][e] + 0.5 * matching[e];
      expect(Math.abs(total - parts)).toBeLessThan(1e-5 * total + 1e-6);
    });
    // The projection is trained with the student but is not part of it.
    const projection = distiller.compiled.state.variables.filter((v) => v.name.startsWith('distill_projection_pooled/'));
    expect(projection.map((v) => [v.name, v.shape])).toEqual([
      ['distill_projection_pooled/kernel', [32, 512]],
      ['distill_projection_pooled/bias', [512]],
    ]);
    const studentWeights = await distiller.studentWeights();
    expect([...studentWeights.keys()].sort()).toEqual(['fd_hidden/bias', 'fd_hidden/kernel', 'fd_logits/bias', 'fd_logits/kernel']);
    studentWeights.forEach((t: Tensor) => t.dispose());
    const dir = tempDir('transfer');
    try {
      await distiller.evaluate(digitDataset(set));
      await distiller.save(`${dir}/student`);
      const exported = await savedModel.load(`${dir}/student`);
      expect(Object.keys(exported.signatures.serving_default.outputs)).toEqual(['digit']);
      await exported.close();
    } finally {
      removeDirectory(dir);
    }
    await distiller.close();
    await loaded.close();
  });
});
