// Bad inputs to mtl.meta give errors that name the object and the expectation.
import { Output, ops, mtl } from '../../../lib';

jest.setTimeout(60_000);

const learner = mtl.meta.mlp({ inputShape: [1], hidden: [4], outputs: 1 });
const task = (k = 3) => ({
  support: { x: Array.from({ length: k }, (_, i) => [i]), y: Array.from({ length: k }, (_, i) => [i * 2]) },
  query: { x: [[0.5], [1.5]], y: [[1], [3]] },
});

describe('mtl.meta input checks', () => {
  const meta = mtl.meta.maml({ learner, loss: 'mse' });
  afterAll(() => meta.close());

  test('a missing task sampler', async () => {
    await expect(meta.fit(undefined as never, { iterations: 1 })).rejects.toThrow(
      /maml.fit: sampleTask must be a function \(index\) => \{ support: \{ x, y \}, query: \{ x, y \} \}, got undefined/,
    );
  });
  test('a task without a query set', async () => {
    await expect(meta.step([{ support: task().support } as never])).rejects.toThrow(/maml.step: task 0 query is missing/);
  });
  test('a batch of the wrong example shape', async () => {
    await expect(
      meta.step([
        {
          ...task(),
          support: {
            x: [
              [1, 2],
              [3, 4],
            ],
            y: [[1], [2]],
          },
        },
      ]),
    ).rejects.toThrow(/task 0 support x has shape \[2, 2\], expected \[n, 1\]/);
  });
  test('x and y of different lengths', async () => {
    await expect(meta.step([{ ...task(), query: { x: [[1], [2]], y: [[1]] } }])).rejects.toThrow(
      /task 0 query: x holds 2 examples but y holds 1/,
    );
  });
  test('tasks of different sizes in one meta-batch', async () => {
    await expect(meta.step([task(3), task(4)])).rejects.toThrow(/task 1 support has 4 examples but task 0 has 3/);
  });
  test('non-finite values', async () => {
    await expect(meta.step([{ ...task(), support: { x: [[1], [NaN], [2]], y: [[1], [2], [3]] } }])).rejects.toThrow(
      /task 0 support x value 1 is NaN, not a finite number/,
    );
    await expect(meta.step([{ ...task(), query: { x: [[1], [2]], y: [[1], [Infinity]] } }])).rejects.toThrow(
      /task 0 query y value 1 is Infinity/,
    );
  });
  test('ragged nested arrays', async () => {
    await expect(meta.step([{ ...task(), support: { x: [[1], [2, 3], [4]], y: [[1], [2], [3]] } }])).rejects.toThrow(
      /support x is ragged at \[1\]/,
    );
  });
  test('class ids out of range for cross-entropy', async () => {
    const classifier = mtl.meta.maml({ learner: mtl.meta.mlp({ inputShape: [2], hidden: [3], outputs: 2 }), loss: 'crossEntropy' });
    try {
      await expect(
        classifier.step([
          {
            support: {
              x: [
                [0, 1],
                [1, 0],
              ],
              y: [0, 2],
            },
            query: { x: [[0, 1]], y: [1] },
          },
        ]),
      ).rejects.toThrow(/task 0 support y value 1 is 2, not a class id in \[0, 2\)/);
    } finally {
      await classifier.close();
    }
  });
  test('bad options', () => {
    expect(() => mtl.meta.maml({ learner, loss: 'mse', innerLearningRate: -1 })).toThrow(
      /innerLearningRate must be a finite number > 0, got -1/,
    );
    expect(() => mtl.meta.maml({ learner, loss: 'mse', innerSteps: 0 })).toThrow(/innerSteps must be an integer > 0, got 0/);
    expect(() => mtl.meta.maml({ learner, loss: 'mse', lr: 0.1 } as never)).toThrow(/unknown option "lr"/);
    expect(() => mtl.meta.maml({ loss: 'mse' } as never)).toThrow(/options.learner must be a learner/);
    expect(() => mtl.meta.maml({ learner, loss: 'hinge' as never })).toThrow(/loss must be 'mse', 'crossEntropy' or a function/);
    expect(() => mtl.meta.reptile({ learner, loss: 'mse', learnInnerLearningRate: true })).toThrow(/Meta-SGD\) needs MAML's meta-gradient/);
    expect(() => mtl.meta.mlp({ inputShape: [1], hidden: [4], outputs: 1, activation: 'gelu' as never })).toThrow(
      /unknown activation "gelu"/,
    );
  });
  test('setWeights of the wrong size or name', async () => {
    await expect(meta.setWeights({ 'mlp/dense_0/kernel': [1, 2] })).rejects.toThrow(
      /"mlp\/dense_0\/kernel" needs 4 values \(shape \[1, 4\]\), got 2/,
    );
    await expect(meta.setWeights({ nope: [1] })).rejects.toThrow(/no parameter "nope"/);
  });
});

describe('second order through an op without a C++ gradient of its gradient', () => {
  // Relu's gradient is ReluGrad, which has no gradient in TensorFlow's C++ registry.
  const native = mtl.meta.learner({
    name: 'native_relu',
    inputShape: [1],
    outputShape: [1],
    parameters: [{ name: 'w', shape: [1, 1] }],
    forward: (weights, x): Output => ops.batchMatMulV2(ops.relu(x), weights.w),
  });
  const nativeHidden = mtl.meta.learner({
    name: 'native_relu',
    inputShape: [1],
    outputShape: [1],
    parameters: [
      { name: 'w1', shape: [1, 3] },
      { name: 'w2', shape: [3, 1] },
    ],
    forward: (weights, x): Output => ops.batchMatMulV2(ops.relu(ops.batchMatMulV2(x, weights.w1)), weights.w2),
  });
  test('is refused naming ReluGrad and the fix', async () => {
    const meta = mtl.meta.maml({ learner: nativeHidden, loss: 'mse' });
    try {
      await expect(meta.step([task()])).rejects.toThrow(
        /second-order maml: .*op "ReluGrad" .*has no gradient in TensorFlow 2\.21's C\+\+ gradient registry.*mtl\.meta\.activations/,
      );
    } finally {
      await meta.close();
    }
  });
  test('first-order MAML takes the same learner', async () => {
    for (const l of [native, nativeHidden]) {
      const meta = mtl.meta.maml({ learner: l, loss: 'mse', firstOrder: true });
      try {
        const { loss } = await meta.step([task()]);
        expect(Number.isFinite(loss)).toBe(true);
      } finally {
        await meta.close();
      }
    }
  });
});

test('convNet refuses shapes it cannot convolve and pool', () => {
  expect(() => mtl.meta.convNet({ inputShape: [28, 28], filters: [4], outputs: 2 })).toThrow(
    /inputShape must be \[height, width, channels\], got \[28, 28\]/,
  );
  expect(() => mtl.meta.convNet({ inputShape: [5, 5, 1], filters: [4, 4], outputs: 2 })).toThrow(
    /block 1 gets a 1×1 map, too small for a 3×3 kernel and 2×2 pooling/,
  );
});
