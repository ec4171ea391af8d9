// batch: stacking feature dicts into HostBatches (dtypes, shapes, missing keys, ragged features),
// the empty-dataset error, and toTensors into real TensorFlow tensors.
import { InvalidArgumentError, OutOfRangeError } from '../../lib/core/errors';
import { Dataset, HostBatch, fromArrays, fromObjects, toTensors } from '../../lib/data';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function values(batch: HostBatch, key: string): unknown[] {
  return Array.from(batch[key].data as ArrayLike<unknown>);
}

describe('batch', () => {
  test('stacks a multi-input, multi-task feature dict key by key, with the batch as the first dimension', async () => {
    const n = 5;
    const ds = fromArrays(
      {
        image: Float32Array.from(range(n * 6), (i) => i), // [2, 3] per example
        text: ['a', 'b', 'c', 'd', 'e'],
        label_digit: new Uint8Array([3, 1, 4, 1, 5]),
        label_parity: [1, 1, 0, 1, 1],
        weight: [true, false, true, true, false],
        id: [10n, 11n, 12n, 13n, 14n],
      },
      { shapes: { image: [2, 3] } },
    );
    const batched = ds.batch(2);
    expect(batched.cardinality).toBe(3);
    const batches = await batched.toArray();
    expect(batches.map((b) => b.image.shape)).toEqual([
      [2, 2, 3],
      [2, 2, 3],
      [1, 2, 3],
    ]);
    const [first, , last] = batches;
    expect(first.image).toEqual({ dtype: 'float32', shape: [2, 2, 3], data: Float32Array.from(range(12)) });
    expect(first.text).toEqual({ dtype: 'string', shape: [2], data: ['a', 'b'] });
    expect(first.label_digit).toEqual({ dtype: 'uint8', shape: [2], data: new Uint8Array([3, 1]) });
    expect(first.label_parity).toEqual({ dtype: 'float32', shape: [2], data: new Float32Array([1, 1]) });
    expect(first.weight).toEqual({ dtype: 'bool', shape: [2], data: new Uint8Array([1, 0]) });
    expect(first.id).toEqual({ dtype: 'int64', shape: [2], data: new BigInt64Array([10n, 11n]) });
    expect(values(last, 'image')).toEqual(range(6).map((i) => 24 + i));
    expect(values(last, 'text')).toEqual(['e']);

    const dropped = await ds.batch(2, { dropRemainder: true }).toArray();
    expect(dropped).toHaveLength(2);
    expect(ds.batch(2, { dropRemainder: true }).cardinality).toBe(2);
  });

  test('numbers are float32 unless dtypes says otherwise; nested arrays and typed arrays keep their shapes', async () => {
    const ds = fromObjects([
      {
        label: 2,
        box: [
          [0, 1, 2],
          [3, 4, 5],
        ],
        embedding: new Float64Array([0.1, 0.2]),
      },
      {
        label: 7,
        box: [
          [6, 7, 8],
          [9, 10, 11],
        ],
        embedding: new Float64Array([0.3, 0.4]),
      },
    ]);
    const [plain] = await ds.batch(2).toArray();
    expect(plain.label).toEqual({ dtype: 'float32', shape: [2], data: new Float32Array([2, 7]) });
    expect(plain.box.shape).toEqual([2, 2, 3]);
    expect(values(plain, 'box')).toEqual(range(12));
    expect(plain.embedding).toEqual({ dtype: 'float64', shape: [2, 2], data: new Float64Array([0.1, 0.2, 0.3, 0.4]) });
    const [typed] = await ds.batch(2, { dtypes: { label: 'int32', embedding: 'float32', box: 'int64' } }).toArray();
    expect(typed.label).toEqual({ dtype: 'int32', shape: [2], data: new Int32Array([2, 7]) });
    expect(typed.embedding.data).toEqual(Float32Array.from([0.1, 0.2, 0.3, 0.4]));
    expect(typed.box.data).toEqual(BigInt64Array.from(range(12), BigInt));
  });

  test('dtypes known from the source survive map, so labels stay integers', async () => {
    const ds = fromArrays({ label: new Uint8Array([3, 4, 5]) }).map((x) => ({ ...x, parity: x.label % 2 }));
    const [batch] = await ds.batch(3).toArray();
    expect(batch.label).toEqual({ dtype: 'uint8', shape: [3], data: new Uint8Array([3, 4, 5]) });
    expect(batch.parity).toEqual({ dtype: 'float32', shape: [3], data: new Float32Array([1, 0, 1]) });
    // A map that turns the label into fractions must say so, rather than truncate silently.
    const fractions = fromArrays({ label: new Uint8Array([3, 4]) }).map((x) => ({ label: x.label / 10 }));
    await expect(fractions.batch(2).toArray()).rejects.toThrow(/key "label", element 0: number 0.3 is not an integer \(dtype uint8\)/);
    expect((await fractions.batch(2, { dtypes: { label: 'float32' } }).toArray())[0].label.data).toEqual(new Float32Array([0.3, 0.4]));
  });

  test('ragged features name the key, both elements and both shapes (indices count across batches)', async () => {
    const ds = fromObjects([{ x: [1, 2] }, { x: [3, 4] }, { x: [5, 6] }, { x: [7, 8, 9] }]);
    await expect(ds.batch(2).toArray()).rejects.toThrow(InvalidArgumentError);
    await expect(ds.batch(2).toArray()).rejects.toThrow('fromObjects(4).batch(2): key "x": element 3 has shape [3], but element 2 has [2]');
    await expect(
      fromObjects([{ x: [[1, 2], [3]] }])
        .batch(1)
        .toArray(),
    ).rejects.toThrow(/key "x", element 0 is ragged/);
  });

  test('a key missing from some elements is an error naming the key and the element', async () => {
    const ds = fromObjects([{ x: 1, y: 1 }, { x: 2 }, { x: 3, y: null }]);
    await expect(ds.batch(3).toArray()).rejects.toThrow(
      'fromObjects(3).batch(3): key "y" is missing from element 1 (element 0 has it); give a fill value with batch(n, { missing: { "y": value } }) if that is expected',
    );
  });

  test('missing: fills absent values and adds a <key>_mask column of 1 (present) / 0 (filled)', async () => {
    const ds = fromObjects([
      { image: [1, 1], digit: 3 },
      { image: [2, 2], parity: 1 },
      { image: [3, 3], digit: 5, parity: null },
    ]);
    const [batch] = await ds.batch(3, { missing: { digit: -1, parity: 0 }, dtypes: { digit: 'int32' } }).toArray();
    expect(Object.keys(batch)).toEqual(['image', 'digit', 'digit_mask', 'parity', 'parity_mask']);
    expect(batch.digit).toEqual({ dtype: 'int32', shape: [3], data: new Int32Array([3, -1, 5]) });
    expect(batch.digit_mask).toEqual({ dtype: 'float32', shape: [3], data: new Float32Array([1, 0, 1]) });
    expect(batch.parity.data).toEqual(new Float32Array([0, 1, 0]));
    expect(batch.parity_mask.data).toEqual(new Float32Array([0, 1, 0]));
    // A key no element of the batch has still appears (every batch has the same keys).
    const [none] = await fromObjects([{ image: [1] }])
      .batch(1, { missing: { digit: [0, 0] } })
      .toArray();
    expect(none.digit).toEqual({ dtype: 'float32', shape: [1, 2], data: new Float32Array([0, 0]) });
    expect(none.digit_mask.data).toEqual(new Float32Array([0]));
    await expect(ds.batch(3, { missing: { digit: [0, 0] } }).toArray()).rejects.toThrow(
      /key "digit": the missing fill value has shape \[2\], but element 0 has \[\]/,
    );
    expect(() => ds.batch(3, { missing: { digit: null } })).toThrow(/missing.digit must be a fill value/);
  });

  test('values that do not fit the dtype are errors naming key, element and value', async () => {
    await expect(
      fromObjects([{ y: 1 }, { y: 300 }])
        .batch(2, { dtypes: { y: 'uint8' } })
        .toArray(),
    ).rejects.toThrow('fromObjects(2).batch(2): key "y", element 1: number 300 is outside [0, 255] (dtype uint8)');
    await expect(
      fromObjects([{ y: 1 }, { y: 'cat' }])
        .batch(2)
        .toArray(),
    ).rejects.toThrow(/key "y", element 1: the string "cat" is not a number \(dtype float32\)/);
    await expect(
      fromObjects([{ y: 2 ** 60 }])
        .batch(1, { dtypes: { y: 'int64' } })
        .toArray(),
    ).rejects.toThrow(/is not a safe integer or a bigint/);
    await expect(
      fromObjects([{ y: -1n }])
        .batch(1, { dtypes: { y: 'uint64' } })
        .toArray(),
    ).rejects.toThrow(/bigint -1 does not fit in uint64/);
    await expect(
      fromObjects([{ y: 2n ** 63n }])
        .batch(1)
        .toArray(),
    ).rejects.toThrow(/bigint 9223372036854775808 does not fit in int64/);
    await expect(
      fromObjects([{ y: {} }])
        .batch(1)
        .toArray(),
    ).rejects.toThrow(/key "y", element 0 is an object \(Object\); expected a number/);
    await expect((fromObjects([5]) as unknown as Dataset<object>).batch(1).toArray()).rejects.toThrow(
      /element 0 is number 5; batch\(\) needs records of features/,
    );
    expect(() => fromObjects([{ y: 1 }]).batch(1, { dtypes: { y: 'float' as never } })).toThrow(/dtypes.y is 'float', not a dtype name/);
    expect(() => fromObjects([{ y: 1 }]).batch(0)).toThrow('fromObjects(1).batch(0): size must be a positive integer, got 0');
  });

  test('an empty dataset is an OutOfRangeError: at once when known, else when the pass ends', async () => {
    expect(() => fromObjects([]).batch(4)).toThrow(OutOfRangeError);
    expect(() => fromObjects([]).batch(4)).toThrow(
      'fromObjects(0).batch(4): fromObjects(0) is empty (it has 0 elements); there is no batch to make',
    );
    expect(() => fromObjects([{ x: 1 }]).batch(4, { dropRemainder: true })).toThrow(
      /has 1 element\(s\), fewer than one batch of 4 with dropRemainder/,
    );
    const filtered = fromObjects([{ x: 1 }, { x: 2 }]).filter((e) => e.x > 5);
    await expect(filtered.batch(4).toArray()).rejects.toThrow(OutOfRangeError);
    await expect(filtered.batch(4).toArray()).rejects.toThrow(
      'fromObjects(2).filter().batch(4): fromObjects(2).filter() yielded no elements; there is no batch to make',
    );
    const few = fromObjects([{ x: 1 }, { x: 2 }]).filter(() => true);
    await expect(few.batch(4, { dropRemainder: true }).toArray()).rejects.toThrow(
      /yielded 2 element\(s\), fewer than one batch of 4 with dropRemainder/,
    );
  });
});

describe('toTensors', () => {
  test('turns every key of a batch into a TensorFlow tensor with the same dtype, shape and values', async () => {
    const [batch] = await fromArrays(
      {
        image: Float32Array.from(range(8), (i) => i / 2),
        label: new Uint8Array([9, 4]),
        text: ['hello', 'wörld'],
        flag: [true, false],
        id: [1n, -(2n ** 62n)],
      },
      { shapes: { image: [2, 2] } },
    )
      .batch(2)
      .toArray();
    const tensors = toTensors(batch);
    expect(tensors.image.dtype).toBe('float32');
    expect(tensors.image.shape).toEqual([2, 2, 2]);
    expect(Array.from(tensors.image.data() as Float32Array)).toEqual(range(8).map((i) => i / 2));
    expect(tensors.label.dtype).toBe('uint8');
    expect(Array.from(tensors.label.data() as Uint8Array)).toEqual([9, 4]);
    expect(tensors.text.dtype).toBe('string');
    expect(tensors.text.strings()).toEqual(['hello', 'wörld']);
    expect(tensors.flag.dtype).toBe('bool');
    expect(tensors.flag.array()).toEqual([true, false]);
    expect(tensors.id.dtype).toBe('int64');
    expect(tensors.id.array()).toEqual([1n, -(2n ** 62n)]);
    for (const t of Object.values(tensors)) t.dispose();
  });

  test('a malformed HostTensor names its key', () => {
    expect(() => toTensors({ x: { dtype: 'float32', shape: [3], data: new Float32Array(2) } })).toThrow(
      'toTensors: key "x": 2 value(s) do not fill shape [3]',
    );
    expect(() => toTensors({ x: { dtype: 'int32', shape: [1], data: new Float32Array(1) } })).toThrow(
      /dtype int32 needs Int32Array data, got Float32Array/,
    );
  });
});
