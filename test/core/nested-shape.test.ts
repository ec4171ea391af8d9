// One nested-array shape inference (core's nestedArrayShape) for Tensor.from, dataset elements,
// preprocessing adapt data and meta-learning tasks: the same shapes, and one message naming the
// first ragged element by its index path.
import { nestedArrayShape, tensor } from '../../lib/core';
import { data, layers, mtl } from '../../lib';

describe('nestedArrayShape', () => {
  test('shapes of regular nesting, empty dimensions included; a non-array is a scalar', () => {
    expect(nestedArrayShape(5)).toEqual([]);
    expect(nestedArrayShape('a')).toEqual([]);
    expect(nestedArrayShape([])).toEqual([0]);
    expect(nestedArrayShape([[], []])).toEqual([2, 0]);
    expect(
      nestedArrayShape([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([2, 3]);
    expect(nestedArrayShape([[[true], [false]]])).toEqual([1, 2, 1]);
    expect(nestedArrayShape([new Uint8Array([1, 2]), new Uint8Array([3])])).toEqual([2]); // byte strings are scalars
  });

  test('ragged nesting names the first ragged element by its path and what the first elements promised', () => {
    expect(() => nestedArrayShape([[1, 2], [3]])).toThrow(
      'nested array is ragged at [1]: length 1, expected length 2 (shape [2, 2] from the first elements)',
    );
    expect(() => nestedArrayShape([[1, 2], 3], 'x')).toThrow(
      'x is ragged at [1]: a scalar, expected length 2 (shape [2, 2] from the first elements)',
    );
    expect(() =>
      nestedArrayShape(
        [
          [1, [2]],
          [3, 4],
        ],
        () => 'features',
      ),
    ).toThrow('features is ragged at [0][1]: an array, expected a scalar (shape [2, 2] from the first elements)');
    expect(() =>
      nestedArrayShape([
        [[1], [2]],
        [[3], [4, 5]],
      ]),
    ).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('at [1][1]: length 2, expected length 1') }),
    );
  });

  test('every user names the ragged element the same way', async () => {
    expect(() => tensor([[1, 2], [3]])).toThrow('nested array is ragged at [1]: length 1, expected length 2');
    await expect(
      data
        .fromObjects([{ x: [[1, 2], [3]] }])
        .batch(1)
        .toArray(),
    ).rejects.toThrow(/key "x", element 0 is ragged at \[1\]: length 1, expected length 2/);
    await expect(
      layers.normalization({ name: 'ragged_norm' }).adapt([
        [1, 2],
        [3, [4]],
      ]),
    ).rejects.toThrow(/is ragged at \[1\]\[1\]: an array, expected a scalar/);
    const task = { support: { x: [[1], [2, 3], [4]], y: [[1], [2], [3]] }, query: { x: [[1]], y: [[1]] } };
    const learner = mtl.meta.maml({ learner: mtl.meta.mlp({ inputShape: [1], hidden: [2], outputs: 1 }), loss: 'mse' });
    try {
      await expect(learner.step([task])).rejects.toThrow(/task 0 support x is ragged at \[1\]: length 2, expected length 1/);
    } finally {
      await learner.close();
    }
  });
});
