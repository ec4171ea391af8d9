// fit's own batches of in-memory columns (transient) are made in TensorFlow's memory
// (Tensor.empty views) when a column holds at least ZERO_COPY_MIN_BYTES, fed without a copy and
// released as soon as they are fed; other batches are plain arrays, copied when fed.
// Rows here are 4096 float32 (16 KiB).
import { HostBatch, hostToTensor, isTransient } from '../../lib/data';
import { batchesOf } from '../../lib/train/feed';
import { concatBatches } from '../../lib/train/batches';

async function collect(source: AsyncIterable<HostBatch>): Promise<HostBatch[]> {
  const out: HostBatch[] = [];
  for await (const batch of source) out.push(batch);
  return out;
}

const WIDTH = 4096;
const columns = () => ({ x: Float32Array.from({ length: 6 * WIDTH }, (_, i) => i), y: Int32Array.from([0, 1, 2, 3, 4, 5]) });
const options = {
  batchSize: 4,
  shuffle: false,
  seed: 0,
  epoch: 0,
  what: 'test data',
  shapes: { inputs: { x: [WIDTH] }, outputs: { y: [] } },
};
const rows = (from: number, to: number) => Array.from({ length: (to - from) * WIDTH }, (_, i) => from * WIDTH + i);

describe('zero-copy batches', () => {
  test('transient column batches hold the rows, and their tensors share the batch memory', async () => {
    const [first, last] = await collect(batchesOf(columns(), { ...options, transient: true }));
    expect(first.x.shape).toEqual([4, WIDTH]);
    expect(Array.from(first.x.data as Float32Array)).toEqual(rows(0, 4));
    expect(Array.from(last.y.data as Int32Array)).toEqual([4, 5]);
    expect(isTransient(first)).toBe(true);
    const tensor = hostToTensor(first.x, 'float32', [2, 2, WIDTH]);
    (first.x.data as Float32Array)[0] = 99; // the same memory: the tensor sees it
    expect((tensor.data() as Float32Array)[0]).toBe(99);
    expect(tensor.shape).toEqual([2, 2, WIDTH]);
    tensor.dispose();
    // A small column (16 bytes of labels), fed as another dtype, or a plain typed array: a copy.
    const small = hostToTensor(first.y, 'int32', [4]);
    (first.y.data as Int32Array)[0] = 7;
    expect(Array.from(small.data() as Int32Array)).toEqual([0, 1, 2, 3]);
    small.dispose();
    const converted = hostToTensor(first.y, 'float32', [4]);
    expect(Array.from(converted.data() as Float32Array)).toEqual([7, 1, 2, 3]);
    const plain = { dtype: 'float32' as const, shape: [2], data: new Float32Array([1, 2]) };
    const copied = hostToTensor(plain, 'float32', [2]);
    plain.data[0] = 5;
    expect(Array.from(copied.data() as Float32Array)).toEqual([1, 2]);
    for (const t of [converted, copied]) t.dispose();
  });

  test("transient batches (fit's own) are released once their group is made or fed; others stay", async () => {
    const parts = await collect(batchesOf(columns(), { ...options, batchSize: 2, transient: true }));
    expect(parts.every(isTransient)).toBe(true);
    const group = concatBatches(parts.slice(0, 2));
    expect(Array.from(group.x.data as Float32Array)).toEqual(rows(0, 4));
    expect(isTransient(group)).toBe(true);
    // The parts' memory went with the copy; their views are detached, never dangling.
    expect(parts[0].x.data.length).toBe(0);
    expect(parts[2].x.data.length).toBe(2 * WIDTH); // not in the group
    const kept = await collect(batchesOf(columns(), { ...options, batchSize: 2 }));
    expect(isTransient(kept[0])).toBe(false);
    const keptGroup = concatBatches(kept.slice(0, 2));
    expect(isTransient(keptGroup)).toBe(false);
    expect(Array.from(kept[0].x.data as Float32Array)).toEqual(rows(0, 2));
    // Not transient: plain arrays, copied when fed.
    const copy = hostToTensor(kept[0].x, 'float32', [2, WIDTH]);
    (kept[0].x.data as Float32Array)[0] = -1;
    expect((copy.data() as Float32Array)[0]).toBe(0);
    copy.dispose();
  });
});
