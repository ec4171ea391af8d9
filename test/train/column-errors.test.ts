// Columns that disagree on the number of examples: the error names the input (or labels) and
// the per-example shape expected, for fit, evaluate and predict, instead of "column x has 256
// examples, but img has 262144" (a flat image column read as one value per example).
import { nn, train } from '../../lib';
import { fromArrays } from '../../lib/data';

const { layers } = nn;

function imageModel() {
  const img = layers.input({ name: 'img', shape: [28, 28, 1] });
  const logits = layers.dense({ units: 10 }).apply(layers.flatten().apply(img));
  const model = nn.model({ inputs: { img }, outputs: { digit: logits } });
  return train.compile(model, { optimizer: 'sgd', loss: train.losses.sparseCategoricalCrossentropy({ fromLogits: true }), seed: 1 });
}

describe('row-count errors name the input and its per-example shape', () => {
  const labels = new Int32Array(256);

  test('a wrong image size (32x32 images for a 28x28x1 input)', async () => {
    const trainer = imageModel();
    try {
      const img = new Float32Array(256 * 32 * 32); // 262144 values
      const expected =
        'fit data: input "img": 262144 values do not split into examples of shape [28, 28, 1] (784 values each) for 256 examples (as in labels "digit"): 256 × 784 = 200704 values expected';
      await expect(trainer.fit({ img, digit: labels }, { epochs: 1, verbose: false })).rejects.toThrow(expected);
      await expect(trainer.evaluate({ img, digit: labels })).rejects.toThrow(expected.replace('fit data', 'evaluation data'));
      await expect(trainer.predict({ img })).rejects.toThrow(
        'prediction data: input "img": 262144 values do not split into examples of shape [28, 28, 1] (784 values each)',
      );
      // Divisible, into 512 examples: the input of known shape sets the count, the labels disagree.
      await expect(
        trainer.fit({ img: new Float32Array(512 * 784), digit: new Int32Array(300) }, { epochs: 1, verbose: false }),
      ).rejects.toThrow(
        'fit data: labels "digit": 300 values do not split into 512 examples (the output\'s shape is [10]: 10 values each, or one class id each) (as in input "img")',
      );
    } finally {
      await trainer.close();
    }
  });

  test('a wrong input name', async () => {
    const trainer = imageModel();
    try {
      await expect(trainer.fit({ image: new Float32Array(256 * 784), digit: labels }, { epochs: 1, verbose: false })).rejects.toThrow(
        'fit data: the data has no "img" for the model input of that name (data keys: image, digit; model inputs: img)',
      );
    } finally {
      await trainer.close();
    }
  });

  test('labels that do not split into the examples, and JS arrays of another length', async () => {
    const trainer = imageModel();
    try {
      const img = new Float32Array(256 * 784);
      await expect(trainer.fit({ img, digit: new Int32Array(300) }, { epochs: 1, verbose: false })).rejects.toThrow(
        'fit data: labels "digit": 300 values do not split into 256 examples (the output\'s shape is [10]: 10 values each, or one class id each) (as in input "img")',
      );
      await expect(trainer.fit({ img, digit: Array.from({ length: 255 }, () => 0) }, { epochs: 1, verbose: false })).rejects.toThrow(
        'fit data: labels "digit" is a JS array of 255 examples (one entry per example), but input "img" has 256 examples',
      );
    } finally {
      await trainer.close();
    }
  });

  test('Datasets and batches whose examples have another shape than the input', async () => {
    const trainer = imageModel();
    try {
      // A flat column without shapes: one value per example.
      await expect(
        trainer.fit(fromArrays({ img: new Float32Array(8 * 784), digit: new Int32Array(8 * 784) }), { epochs: 1, verbose: false }),
      ).rejects.toThrow(
        'fit data: input "img": batch 1 has examples of shape [], the input takes [28, 28, 1] (one value per example: a flat typed-array column in a Dataset needs fromArrays(..., { shapes: { img: [28, 28, 1] } }))',
      );
      const flat = {
        img: { dtype: 'float32' as const, shape: [8, 784], data: new Float32Array(8 * 784) },
        digit: { dtype: 'int32' as const, shape: [8], data: new Int32Array(8) },
      };
      await expect(trainer.evaluate([flat])).rejects.toThrow(
        'evaluation data: input "img": batch 1 has examples of shape [784], the input takes [28, 28, 1] (the same 784 values per example: reshape them to [28, 28, 1])',
      );
      await expect(trainer.predict(fromArrays({ img: new Float32Array(2 * 1024) }, { shapes: { img: [32, 32, 1] } }))).rejects.toThrow(
        'prediction data: input "img": batch 1 has examples of shape [32, 32, 1], the input takes [28, 28, 1]',
      );
    } finally {
      await trainer.close();
    }
  });

  test("fromArrays names both columns' per-example shapes", () => {
    expect(() => fromArrays({ x: new Float32Array(256), img: new Float32Array(262144) })).toThrow(
      'fromArrays({x, img}): column "img" has 262144 examples, but "x" has 256 ("img" has 262144 values of shape [] per example (give shapes.img for examples of several values); "x" has 256 values of shape [] per example (give shapes.x for examples of several values))',
    );
  });
});
