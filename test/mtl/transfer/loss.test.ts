// The distillation loss T²·KL(softmax(t/T) ‖ softmax(s/T)) against the formula computed in JS,
// its gradient against the analytic one, and its use of ops with C++ gradients only.
import { Graph, Session, ops, tensor } from '../../../lib';
import { mtl } from '../../../lib';
import { reduceLoss } from '../../../lib/train/losses';

const softmax = (z: number[]) => {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
};

/** T²·Σ p_t (log p_t − log p_s), with p = softmax(z / T). */
function formula(teacher: number[], student: number[], T: number): number {
  const pt = softmax(teacher.map((v) => v / T));
  const ps = softmax(student.map((v) => v / T));
  return T * T * pt.reduce((sum, p, j) => sum + p * (Math.log(p) - Math.log(ps[j])), 0);
}

// Hand-chosen: a confident teacher, a uniform one, and a student that agrees with the first.
const teacherLogits = [
  [2, 1, 0.1],
  [0, 0, 0],
  [4, -2, 1],
];
const studentLogits = [
  [0.5, 2.5, -1],
  [1, -1, 3],
  [4, -2, 1],
];

// float32 leaves about 1e-7 of each log-probability difference (values near 1), scaled by T².
const tolerance = (T: number) => T * T * 1e-6;

async function run(T: number) {
  const graph = new Graph();
  const t = ops.constant(graph, tensor(teacherLogits, 'float32'));
  const s = ops.constant(graph, tensor(studentLogits, 'float32'));
  const loss = mtl.distillationLoss({ temperature: T });
  const perExample = loss.perExample(t, s, 'test');
  const total = reduceLoss(perExample, loss.reduction);
  ops.checkDifferentiable([total], [s]);
  const [gradient] = graph.addGradients([total], [s]);
  const session = new Session(graph);
  const [values, mean, grad] = await session.run(null, [perExample, total, gradient!]);
  await session.close();
  return { perExample: Array.from(values.data() as Float32Array), mean: mean.item() as number, gradient: grad.array() as number[][] };
}

describe('distillation loss', () => {
  test.each([1, 2, 10])('equals T²·KL(softmax(t/T) ‖ softmax(s/T)) per example, at T = %p', async (T) => {
    const { perExample, mean } = await run(T);
    const expected = teacherLogits.map((t, i) => formula(t, studentLogits[i], T));
    perExample.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(tolerance(T)));
    // A student equal to its teacher costs nothing.
    expect(Math.abs(perExample[2])).toBeLessThan(tolerance(T));
    expect(Math.abs(mean - expected.reduce((a, b) => a + b, 0) / 3)).toBeLessThan(tolerance(T));
  });

  test('its gradient is T·(softmax(s/T) − softmax(t/T)) / batch', async () => {
    const T = 4;
    const { gradient } = await run(T);
    studentLogits.forEach((s, i) => {
      const ps = softmax(s.map((v) => v / T));
      const pt = softmax(teacherLogits[i].map((v) => v / T));
      ps.forEach((p, j) => expect(gradient[i][j]).toBeCloseTo((T * (p - pt[j])) / 3, 6));
    });
  });

  test('the values the Keras recipe gets from its KL of clipped probabilities (T = 10)', async () => {
    // At T = 10 no probability is near Keras's 1e-7 clip, so the log-space form agrees with it.
    const { perExample } = await run(10);
    const keras = teacherLogits.map((t, i) => {
      const pt = softmax(t.map((v) => v / 10)).map((p) => Math.min(Math.max(p, 1e-7), 1));
      const ps = softmax(studentLogits[i].map((v) => v / 10)).map((p) => Math.min(Math.max(p, 1e-7), 1));
      return 100 * pt.reduce((sum, p, j) => sum + p * Math.log(p / ps[j]), 0);
    });
    perExample.forEach((v, i) => expect(Math.abs(v - keras[i])).toBeLessThan(tolerance(10)));
  });

  test('a temperature that is not a positive number is refused', () => {
    expect(() => mtl.distillationLoss({ temperature: 0 })).toThrow('temperature must be a finite number > 0, got 0');
    expect(() => mtl.distillationLoss({ temperature: Number.NaN })).toThrow('temperature must be a finite number > 0');
  });

  test('teacher and student logits of different shapes are refused, naming both', () => {
    const graph = new Graph();
    const t = ops.constant(graph, tensor([[1, 2, 3]], 'float32'));
    const s = ops.constant(graph, tensor([[1, 2]], 'float32'));
    expect(() => mtl.distillationLoss({ temperature: 2 }).perExample(t, s, 'task "digit"')).toThrow(
      'task "digit": the teacher\'s logits have shape [1, 3], the student\'s [1, 2]; they must match',
    );
  });
});
