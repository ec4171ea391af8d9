// Datasets from memory and generators, and the element-wise transforms: what comes out, in what
// order, how many (cardinality), and that every pass starts over.
import { InvalidArgumentError, OutOfRangeError } from '../../lib/core/errors';
import { Dataset, fromArrays, fromGenerator, fromObjects } from '../../lib/data';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const numbers = (n: number) => fromObjects(range(n));

describe('sources', () => {
  test('fromArrays: element i holds row i of every column; typed columns keep their dtype', async () => {
    const images = Float32Array.from(range(3 * 4), (i) => i / 10); // 3 examples of shape [2, 2]
    const ds = fromArrays(
      {
        image: images,
        label: new Uint8Array([7, 8, 9]),
        name: ['a', 'b', 'c'],
        pair: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      },
      { shapes: { image: [2, 2] } },
    );
    expect(ds.cardinality).toBe(3);
    expect(ds.dtypes).toEqual({ image: 'float32', label: 'uint8' });
    expect(ds.description).toBe('fromArrays({image, label, name, pair})');
    const elements = await ds.toArray();
    expect(elements.map((e) => e.label)).toEqual([7, 8, 9]);
    expect(elements.map((e) => e.name)).toEqual(['a', 'b', 'c']);
    expect(elements[2].pair).toEqual([5, 6]);
    expect(elements[1].image.shape).toEqual([2, 2]);
    expect(elements[1].image.dtype).toBe('float32');
    expect(Array.from(elements[1].image.data as Float32Array)).toEqual([0.4, 0.5, 0.6, 0.7].map(Math.fround));
    // A view into the column, not a copy.
    expect((elements[1].image.data as Float32Array).buffer).toBe(images.buffer);
  });

  test('fromArrays: columns that disagree, bad shapes and empty specs name the key and the counts', () => {
    expect(() => fromArrays({ x: [1, 2, 3], y: new Float32Array(2) })).toThrow(
      'fromArrays({x, y}): column "y" has 2 examples, but "x" has 3',
    );
    expect(() => fromArrays({ image: new Float32Array(10) }, { shapes: { image: [3] } })).toThrow(
      /column "image" has 10 values, not a multiple of 3 \(shape \[3\] per example\)/,
    );
    expect(() => fromArrays({ x: [1, 2] }, { shapes: { x: [2] } as never })).toThrow(/shapes.x applies to typed-array columns/);
    expect(() => fromArrays({ x: [1] }, { shapes: { y: [2] } as never })).toThrow(/shapes.y names no column \(columns: x\)/);
    expect(() => fromArrays({})).toThrow(InvalidArgumentError);
    expect(() => fromArrays({ x: 5 as never })).toThrow(/column "x" is number; expected a typed array/);
  });

  test('fromObjects and fromGenerator (sync and async), re-iterable', async () => {
    const objects = fromObjects([{ a: 1 }, { a: 2 }]);
    expect(await objects.toArray()).toEqual([{ a: 1 }, { a: 2 }]);
    expect(await objects.toArray()).toEqual([{ a: 1 }, { a: 2 }]);
    let calls = 0;
    const sync = fromGenerator(function* counter() {
      calls++;
      yield* [1, 2, 3];
    });
    expect(sync.cardinality).toBeNull();
    expect(sync.description).toBe('fromGenerator(counter)');
    expect(await sync.toArray()).toEqual([1, 2, 3]);
    expect(await sync.toArray()).toEqual([1, 2, 3]);
    expect(calls).toBe(2);
    const asyncGen = fromGenerator(async function* () {
      for (const x of [4, 5]) {
        await new Promise((resolve) => setImmediate(resolve));
        yield x;
      }
    });
    expect(await asyncGen.toArray()).toEqual([4, 5]);
    await expect(fromGenerator(() => 3 as never).toArray()).rejects.toThrow(/the factory returned number, not an iterable/);
    expect(() => fromObjects(5 as never)).toThrow(InvalidArgumentError);
  });
});

describe('transforms', () => {
  test('map (sync and async, with index) and filter', async () => {
    const doubled = numbers(5).map((x, i) => ({ x: x * 2, i }));
    expect(await doubled.toArray()).toEqual(range(5).map((i) => ({ x: 2 * i, i })));
    const slow = numbers(4).map(async (x) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return x + 100;
    });
    expect(await slow.toArray()).toEqual([100, 101, 102, 103]);
    const even = numbers(10).filter(async (x) => x % 2 === 0);
    expect(await even.toArray()).toEqual([0, 2, 4, 6, 8]);
    expect(even.cardinality).toBeNull();
    expect(doubled.cardinality).toBe(5);
  });

  test('take, skip, repeat, concatenate: elements and cardinalities', async () => {
    const ds = numbers(5);
    expect(await ds.take(2).toArray()).toEqual([0, 1]);
    expect(await ds.take(9).toArray()).toEqual([0, 1, 2, 3, 4]);
    expect(ds.take(9).cardinality).toBe(5);
    expect(await ds.skip(3).toArray()).toEqual([3, 4]);
    expect(ds.skip(7).cardinality).toBe(0);
    expect(await ds.repeat(2).toArray()).toEqual([0, 1, 2, 3, 4, 0, 1, 2, 3, 4]);
    expect(ds.repeat(2).cardinality).toBe(10);
    expect(ds.repeat().cardinality).toBe(Infinity);
    expect(await ds.repeat().take(7).toArray()).toEqual([0, 1, 2, 3, 4, 0, 1]);
    expect(await ds.take(2).concatenate(ds.skip(4)).toArray()).toEqual([0, 1, 4]);
    expect(ds.concatenate(ds).cardinality).toBe(10);
    expect(ds.filter(() => true).concatenate(ds).cardinality).toBeNull();
    expect(ds.repeat(0).cardinality).toBe(0);
    expect(() => ds.take(-1)).toThrow('fromObjects(5).take(-1): count must be a non-negative integer, got -1');
    expect(() => ds.repeat(1.5)).toThrow(InvalidArgumentError);
    await expect(ds.repeat().toArray()).rejects.toThrow(/endless dataset would never return; take\(n\) first/);
  });

  test('take stops pulling as soon as it has its elements', async () => {
    let produced = 0;
    const counted = fromGenerator(function* () {
      for (let i = 0; ; i++) {
        produced++;
        yield i;
      }
    });
    expect(await counted.take(3).toArray()).toEqual([0, 1, 2]);
    expect(produced).toBe(3);
  });

  test('zip merges feature dicts, stops with the shorter, and refuses a shared key', async () => {
    const images = fromArrays({
      image: [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
    });
    const labels = fromArrays({ label: new Int32Array([1, 0]) });
    const zipped = images.zip(labels);
    expect(zipped.cardinality).toBe(2);
    expect(zipped.dtypes).toEqual({ label: 'int32' });
    expect(await zipped.toArray()).toEqual([
      { image: [1, 2], label: 1 },
      { image: [3, 4], label: 0 },
    ]);
    expect(() => labels.zip(labels)).toThrow(/both datasets have the key "label"/);
    const untyped = fromObjects([{ a: 1 }]);
    await expect(untyped.zip(untyped).toArray()).rejects.toThrow(/element 0: both datasets have the key "a"/);
    await expect(untyped.zip(fromObjects([3]) as never).toArray()).rejects.toThrow(
      /zip merges feature dicts, but the second dataset's is number 3/,
    );
  });

  test('every for-await pass starts over, and a consumer can stop early', async () => {
    const ds = numbers(4).map((x) => x * x);
    const seen: number[] = [];
    for await (const x of ds) {
      seen.push(x);
      if (x === 4) break;
    }
    for await (const x of ds) seen.push(x);
    expect(seen).toEqual([0, 1, 4, 0, 1, 4, 9]);
  });

  test('an infinite repeat of an empty pass is an OutOfRangeError, not a hang', async () => {
    const empty = numbers(3).filter(() => false);
    await expect(empty.repeat().take(1).toArray()).rejects.toThrow(OutOfRangeError);
    await expect(empty.repeat().take(1).toArray()).rejects.toThrow(
      'fromObjects(3).filter().repeat(): pass 0 of fromObjects(3).filter() yielded no elements, so repeating it forever would never produce one',
    );
    expect(await empty.repeat(3).toArray()).toEqual([]);
  });

  test('requireNonEmpty: an OutOfRangeError naming the purpose and the dataset', async () => {
    const empty = numbers(3)
      .filter(() => false)
      .requireNonEmpty('fit()');
    await expect(empty.toArray()).rejects.toThrow(OutOfRangeError);
    await expect(empty.toArray()).rejects.toThrow('fit() needs data, but fromObjects(3).filter() is empty');
    expect(() => numbers(0).requireNonEmpty('evaluate()')).toThrow('evaluate() needs data, but fromObjects(0) is empty');
    expect(await numbers(2).requireNonEmpty('fit()').toArray()).toEqual([0, 1]);
  });

  test('errors from a map function reach the consumer unchanged', async () => {
    const failing = numbers(3).map((x) => {
      if (x === 1) throw new RangeError('bad element 1');
      return x;
    });
    await expect(failing.toArray()).rejects.toThrow(RangeError);
  });

  test('Dataset is an AsyncIterable usable by any for-await consumer', () => {
    expect(typeof numbers(1)[Symbol.asyncIterator]).toBe('function');
    expect(numbers(1)).toBeInstanceOf(Dataset);
  });
});
