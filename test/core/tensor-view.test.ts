// Tensor.empty and tensor.view(): a writable typed array over TensorFlow's own memory (no copy),
// reshape sharing that memory, and the hostile cases: views after dispose, views of a run's
// outputs, views outliving their tensor, views written while runs use them.
import { Graph, Session, Tensor, tensor } from '../../lib';

function identityGraph(dtype: 'float32' | 'int64' | 'bool' = 'float32') {
  const graph = new Graph();
  const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype } }).output(0);
  const y = graph.addOperation({ type: 'Identity', name: 'y', inputs: [x] }).output(0);
  const k = graph.addOperation({ type: 'Const', name: 'k', attrs: { dtype: 'float32', value: tensor([1, 2, 3], 'float32') } }).output(0);
  return { graph, x, y, k };
}

describe('Tensor.empty and view()', () => {
  test('empty is zero-filled, of the dtype and shape asked; the view writes the tensor a run reads', async () => {
    const t = Tensor.empty('float32', [2, 3]);
    expect(t.dtype).toBe('float32');
    expect(t.shape).toEqual([2, 3]);
    const view = t.view() as Float32Array;
    expect(view).toBeInstanceOf(Float32Array);
    expect(Array.from(view)).toEqual([0, 0, 0, 0, 0, 0]);
    // TensorFlow's allocator aligns to 64 bytes; the view is that memory, not a copy.
    expect(view.byteOffset).toBe(0);
    view.set([1, 2, 3, 4, 5, 6]);
    expect(Array.from(t.data() as Float32Array)).toEqual([1, 2, 3, 4, 5, 6]);
    const { graph, x, y } = identityGraph();
    const session = new Session(graph);
    const [out] = await session.run([[x, t]], [y]);
    expect(Array.from(out.data() as Float32Array)).toEqual([1, 2, 3, 4, 5, 6]);
    // A write after the run is seen by the next run: it is the same memory.
    view[0] = -7;
    const [again] = session.runSync([[x, t]], [y]);
    expect((again.data() as Float32Array)[0]).toBe(-7);
    expect(t.view()).toBe(view); // one view per tensor
    t.dispose();
    await session.close();
  });

  test('views of each dtype class: int64 as BigInt64Array, bool as Uint8Array, float16 as raw bits', () => {
    const big = Tensor.empty('int64', [2]);
    (big.view() as BigInt64Array)[1] = 2n ** 40n;
    expect(big.array()).toEqual([0n, 2n ** 40n]);
    const flags = Tensor.empty('bool', [3]);
    (flags.view() as Uint8Array)[2] = 1;
    expect(flags.array()).toEqual([false, false, true]);
    const half = Tensor.empty('float16', [1]);
    (half.view() as Uint16Array)[0] = 0x3c00; // 1.0 in IEEE half
    expect(half.item()).toBe(1);
    const empty = Tensor.empty('float32', [0, 4]);
    expect(empty.view().length).toBe(0);
    for (const t of [big, flags, half, empty]) t.dispose();
  });

  test("Tensor.from tensors have a view over their copy; a run's outputs have none (they may share a constant's memory)", async () => {
    const source = new Float32Array([1, 2]);
    const t = Tensor.from(source);
    const view = t.view() as Float32Array;
    view[0] = 9;
    expect(source[0]).toBe(1); // from() copied; the view is TensorFlow's copy
    expect(Array.from(t.data() as Float32Array)).toEqual([9, 2]);
    const { graph, k } = identityGraph();
    const session = new Session(graph);
    const [constant] = await session.run(null, [k]);
    expect(() => constant.view()).toThrow("a run's output has no writable view");
    const [stillOne] = await session.run(null, [k]);
    expect(Array.from(stillOne.data() as Float32Array)).toEqual([1, 2, 3]);
    t.dispose();
    await session.close();
  });

  test('dispose detaches the view: no access reaches freed memory, methods throw a TypeError', () => {
    const t = Tensor.empty('float32', [1024]);
    const view = t.view() as Float32Array;
    view.fill(3);
    t.dispose();
    expect(view.length).toBe(0);
    expect(view.byteLength).toBe(0);
    expect(view[0]).toBeUndefined();
    view[5] = 1; // ignored, as for any detached buffer
    expect(() => view.set([1])).toThrow(TypeError);
    expect(() => view.fill(1)).toThrow(TypeError);
    expect(() => t.view()).toThrow('disposed');
    t.dispose(); // twice is fine
  });

  test('a view outlives its tensor object: it holds the memory itself', async () => {
    // The tensor object becomes garbage; the view stays valid and is freed with it later.
    const make = () => {
      const t = Tensor.empty('float64', [4096]);
      const view = t.view() as Float64Array;
      view.fill(2.5);
      return view;
    };
    const views = Array.from({ length: 20 }, make);
    const gc = (global as { gc?: () => void }).gc;
    if (gc) gc();
    await new Promise((resolve) => setImmediate(resolve));
    for (const view of views) {
      expect(view.length).toBe(4096);
      expect(view[4095]).toBe(2.5);
      view[0] = 1;
    }
  });

  test('a run in flight keeps its feed when JS disposes it (and its view) meanwhile', async () => {
    const { graph, x, y } = identityGraph();
    const session = new Session(graph);
    const runs = [];
    for (let i = 0; i < 20; i++) {
      const t = Tensor.empty('float32', [256]);
      (t.view() as Float32Array).fill(i);
      runs.push(session.run([[x, t]], [y]).then(([out]) => (out.data() as Float32Array)[255]));
      t.dispose();
    }
    expect(await Promise.all(runs)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    await session.close();
  });

  test('reshape shares memory (no copy) and checks the element count', async () => {
    const t = Tensor.empty('int32', [2, 6]);
    const r = t.reshape([3, 2, 2]);
    expect(r.shape).toEqual([3, 2, 2]);
    (t.view() as Int32Array)[11] = 42;
    expect((r.data() as Int32Array)[11]).toBe(42);
    (r.view() as Int32Array)[0] = 7;
    expect((t.data() as Int32Array)[0]).toBe(7);
    // Disposing one leaves the other (and its view) valid.
    const rView = r.view() as Int32Array;
    t.dispose();
    expect(rView[11]).toBe(42);
    expect(Array.from(r.data() as Int32Array).slice(0, 1)).toEqual([7]);
    expect(() => r.reshape([5])).toThrow('cannot reshape a tensor of 12 elements into 5');
    expect(() => r.reshape([-1, 2])).toThrow('must be a non-negative integer');
    r.dispose();
    const { graph } = identityGraph();
    const session = new Session(graph);
    const [constant] = await session.run(null, ['k:0']);
    expect(() => constant.reshape([1, 3]).view()).toThrow("a run's output has no writable view");
    await session.close();
  });

  test('bad arguments are errors naming the problem', () => {
    expect(() => Tensor.empty('string', [2])).toThrow('Tensor.empty: a string tensor has no typed-array view');
    expect(() => Tensor.empty('nope' as never, [2])).toThrow("Tensor.empty: unknown dtype 'nope'");
    expect(() => Tensor.empty('float32', [2, -1])).toThrow('Tensor.empty: shape');
    expect(() => Tensor.empty('float32', [2 ** 40, 2 ** 40])).toThrow('exceeds 2^63 - 1');
    expect(() => Tensor.from(['a']).view()).toThrow('a string tensor has no typed-array view');
    // A dispose given another buffer never detaches it.
    const t = Tensor.empty('float32', [4]);
    const other = new Float32Array(4);
    (t.handle as unknown as { dispose(b: ArrayBuffer): void }).dispose(other.buffer);
    expect(other.length).toBe(4);
  });
});
