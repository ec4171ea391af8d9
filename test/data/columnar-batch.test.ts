// fromArrays(...).shuffle(n).batch(k) on typed-array columns gathers rows straight into batch
// columns (no element objects, no stacking): the same batches, in the same order, as the element
// path (forced here with an identity map, which does not keep row access), for every epoch.
import { HostBatch, fromArrays } from '../../lib/data';

const n = 23;
function columns() {
  return {
    x: Float32Array.from({ length: n * 3 }, (_, i) => i / 4),
    y: Int32Array.from({ length: n }, (_, i) => i * 7 - 50),
    id: BigInt64Array.from({ length: n }, (_, i) => BigInt(i) * 2n ** 40n),
    flag: Uint8Array.from({ length: n }, (_, i) => i % 2),
  };
}

async function pass(dataset: AsyncIterable<HostBatch> & { iterate(o: { epoch: number }): AsyncIterator<HostBatch> }, epoch: number) {
  const batches: Array<Record<string, { dtype: string; shape: number[]; data: unknown[] }>> = [];
  const iterator = dataset.iterate({ epoch });
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    batches.push(
      Object.fromEntries(
        Object.entries(next.value).map(([key, host]) => [
          key,
          { dtype: host.dtype, shape: host.shape, data: Array.from(host.data as ArrayLike<unknown>) },
        ]),
      ),
    );
  }
  return batches;
}

describe('columnar batches of fromArrays', () => {
  test.each([
    ['a buffer larger than the data (uniform shuffle)', 100, {}],
    ['a buffer smaller than the data', 5, {}],
    ['one order for every pass', 8, { reshuffleEachIteration: false }],
  ])('shuffle with %s: the same batches as the element path, epoch by epoch', async (_, bufferSize, shuffleOptions) => {
    const base = () => fromArrays(columns(), { shapes: { x: [3] } });
    const columnar = base()
      .shuffle(bufferSize as number, { seed: 9, ...(shuffleOptions as object) })
      .batch(4);
    const elements = base()
      .map((e) => e)
      .shuffle(bufferSize as number, { seed: 9, ...(shuffleOptions as object) })
      .batch(4);
    for (const epoch of [0, 1, 2]) {
      const got = await pass(columnar, epoch);
      expect(got).toEqual(await pass(elements, epoch));
      expect(got).toHaveLength(6); // 23 rows in batches of 4: five full, one of 3
      expect(got[0].x.shape).toEqual([4, 3]);
      expect(got[5].y.shape).toEqual([3]);
    }
    // Every row once per epoch.
    const rows = (await pass(columnar, 1)).flatMap((b) => b.y.data as number[]).sort((a, b) => a - b);
    expect(rows).toEqual(Array.from({ length: n }, (_, i) => i * 7 - 50));
  });

  test('unshuffled, dropRemainder, dtypes and fill values agree with the element path', async () => {
    const base = () => fromArrays(columns(), { shapes: { x: [3] } });
    const cases: Array<[string, (d: ReturnType<typeof base>) => unknown]> = [
      ['in order', (d) => d.batch(5)],
      ['dropRemainder', (d) => d.batch(5, { dropRemainder: true })],
      ['a dtype the source has', (d) => d.batch(5, { dtypes: { y: 'int32' } })],
      ['another dtype (element path)', (d) => d.batch(5, { dtypes: { y: 'float32' } })],
      ['fill values (element path)', (d) => d.batch(5, { missing: { z: 0 } })],
    ];
    for (const [, make] of cases) {
      const columnar = make(base()) as Parameters<typeof pass>[0];
      const elements = make(base().map((e) => e) as never) as Parameters<typeof pass>[0];
      expect(await pass(columnar, 0)).toEqual(await pass(elements, 0));
    }
    const dropped = await pass(base().batch(5, { dropRemainder: true }) as never, 0);
    expect(dropped).toHaveLength(4);
    expect(() => fromArrays({ y: new Int32Array(3) }).batch(5, { dropRemainder: true })).toThrow(
      'fewer than one batch of 5 with dropRemainder',
    );
  });

  test('a JS-array column takes the element path, with the same result', async () => {
    const data = { y: Int32Array.from([1, 2, 3]), name: ['a', 'b', 'c'] };
    const batches = await pass(fromArrays(data).batch(2) as never, 0);
    expect(batches[0].name.data).toEqual(['a', 'b']);
    expect(batches[1].y.data).toEqual([3]);
  });
});
