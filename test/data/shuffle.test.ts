// Seeded shuffle: reproducible orders, a new order per epoch derived from (seed, epoch), the
// buffer's locality bound, and uniformity of the full-buffer shuffle.
import { InvalidArgumentError } from '../../lib/core/errors';
import { Dataset, fromObjects } from '../../lib/data';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

async function pass<T>(ds: Dataset<T>, epoch?: number): Promise<T[]> {
  const out: T[] = [];
  const iterator = ds.iterate(epoch === undefined ? {} : { epoch });
  for (let r = await iterator.next(); !r.done; r = await iterator.next()) out.push(r.value);
  return out;
}

describe('shuffle', () => {
  test('is a permutation; the same seed gives the same order in a new dataset', async () => {
    const first = await fromObjects(range(100)).shuffle(100, { seed: 7 }).toArray();
    const again = await fromObjects(range(100)).shuffle(100, { seed: 7 }).toArray();
    const other = await fromObjects(range(100)).shuffle(100, { seed: 8 }).toArray();
    expect([...first].sort((a, b) => a - b)).toEqual(range(100));
    expect(first).not.toEqual(range(100));
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  test('each epoch reshuffles, reproducibly, and any epoch can be asked for directly', async () => {
    const make = () => fromObjects(range(50)).shuffle(50, { seed: 3 });
    const ds = make();
    const epochs = [await pass(ds), await pass(ds), await pass(ds)];
    expect(epochs[1]).not.toEqual(epochs[0]);
    expect(epochs[2]).not.toEqual(epochs[1]);
    // A fresh dataset repeats the sequence of epochs; epoch 2 alone (e.g. resuming) is epoch 2.
    const fresh = make();
    expect([await pass(fresh), await pass(fresh)]).toEqual(epochs.slice(0, 2));
    expect(await pass(make(), 2)).toEqual(epochs[2]);
    // After an explicit epoch, for-await continues from the next one.
    const resumed = make();
    await pass(resumed, 1);
    expect(await pass(resumed)).toEqual(epochs[2]);
  });

  test('reshuffleEachIteration: false keeps one order for every pass', async () => {
    const ds = fromObjects(range(30)).shuffle(30, { seed: 5, reshuffleEachIteration: false });
    const first = await pass(ds);
    expect(await pass(ds)).toEqual(first);
    expect(await pass(ds, 9)).toEqual(first);
  });

  test('repeat after shuffle gives each repetition its own order, reproducibly', async () => {
    const make = () => fromObjects(range(20)).shuffle(20, { seed: 1 }).repeat(3);
    const all = await make().toArray();
    const passes = [all.slice(0, 20), all.slice(20, 40), all.slice(40)];
    for (const p of passes) expect([...p].sort((a, b) => a - b)).toEqual(range(20));
    expect(new Set(passes.map((p) => p.join(','))).size).toBe(3);
    expect(await make().toArray()).toEqual(all);
  });

  test('a buffer of b never emits element i before position i - b + 1 (a streaming shuffle is local)', async () => {
    const b = 4;
    const ds = fromObjects(range(40)).shuffle(b, { seed: 9 });
    for (let epoch = 0; epoch < 50; epoch++) {
      const order = await pass(ds, epoch);
      order.forEach((element, position) => expect(element).toBeLessThanOrEqual(position + b - 1));
      expect([...order].sort((a, c) => a - c)).toEqual(range(40));
    }
    expect(await fromObjects(range(10)).shuffle(1, { seed: 1 }).toArray()).toEqual(range(10));
  });

  test('over 6000 epochs, each of the 6 orders of 3 elements appears equally often (chi-square)', async () => {
    const ds = fromObjects(['a', 'b', 'c']).shuffle(3, { seed: 12 });
    const counts = new Map<string, number>();
    const epochs = 6000;
    for (let epoch = 0; epoch < epochs; epoch++) {
      const key = (await pass(ds, epoch)).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    const expected = epochs / 6;
    const chiSquare = [...counts.values()].reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(20.52); // 5 degrees of freedom, p = 0.001
  });

  test('without a seed, two shuffles differ; bad sizes and seeds are refused', async () => {
    const a = await fromObjects(range(30)).shuffle(30).toArray();
    const b = await fromObjects(range(30)).shuffle(30).toArray();
    expect(a).not.toEqual(b); // equal with probability 1/30!
    expect(() => fromObjects([1]).shuffle(0)).toThrow(InvalidArgumentError);
    expect(() => fromObjects([1]).shuffle(0)).toThrow('fromObjects(1).shuffle(0): bufferSize must be a positive integer, got 0');
    expect(() => fromObjects([1]).shuffle(2, { seed: -4 })).toThrow(/seed must be a non-negative safe integer/);
    expect(() => fromObjects([1]).iterate({ epoch: -1 })).toThrow(/epoch must be a non-negative integer/);
  });
});
