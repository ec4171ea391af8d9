// Callables (session.callable: feeds, fetches and targets resolved once) and inline runs
// (RunOptions.inter_op_thread_pool = -1, SessionOptions.interOpThreads = -1).
import { Callable, Graph, Session, Tensor, configProto, proto, tensor } from '../../lib';

/** y = x * 3 + b, with a counter variable bumped by the "bump" target. */
function graphWithState() {
  const graph = new Graph();
  const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [-1, 2] } }).output(0);
  const b = graph.addOperation({ type: 'Placeholder', name: 'b', attrs: { dtype: 'float32', shape: [] } }).output(0);
  const k = graph.addOperation({ type: 'Const', name: 'k', attrs: { dtype: 'float32', value: tensor(3) } }).output(0);
  const y = graph
    .addOperation({ type: 'AddV2', name: 'y', inputs: [graph.addOperation({ type: 'Mul', inputs: [x, k] }).output(0), b] })
    .output(0);
  const handle = graph
    .addOperation({ type: 'VarHandleOp', name: 'counter', attrs: { dtype: 'int32', shape: [], shared_name: 'counter' } })
    .output(0);
  const zero = graph.addOperation({ type: 'Const', attrs: { dtype: 'int32', value: tensor(0, 'int32') } }).output(0);
  const one = graph.addOperation({ type: 'Const', attrs: { dtype: 'int32', value: tensor(1, 'int32') } }).output(0);
  const init = graph.addOperation({ type: 'AssignVariableOp', name: 'init', inputs: [handle, zero] });
  const bump = graph.addOperation({ type: 'AssignAddVariableOp', name: 'bump', inputs: [handle, one] });
  const read = graph.addOperation({ type: 'ReadVariableOp', name: 'read', inputs: [handle], attrs: { dtype: 'int32' } }).output(0);
  return { graph, x, b, y, init, bump, read };
}

describe('Session.callable', () => {
  test('computes what Session.run computes, inline or not, sync or async', async () => {
    const { graph, x, b, y } = graphWithState();
    const session = new Session(graph);
    const xs = Tensor.from(new Float32Array([1, -2, 0.5, 4]), { shape: [2, 2] });
    const bias = Tensor.from(0.25, { dtype: 'float32' });
    const expected = [3.25, -5.75, 1.75, 12.25]; // 3x + 0.25
    for (const inline of [false, true]) {
      const callable = session.callable({ feeds: [x, b], fetches: [y], inline });
      expect(callable).toBeInstanceOf(Callable);
      const [sync] = callable.runSync([xs, bias]);
      const [async] = await callable.run([xs, bias]);
      expect(Array.from(sync.data() as Float32Array)).toEqual(expected);
      expect(Array.from(async.data() as Float32Array)).toEqual(expected);
      expect(sync.shape).toEqual([2, 2]);
      sync.dispose();
      async.dispose();
    }
    const [viaRun] = await session.run(
      [
        [x, xs],
        [b, bias],
      ],
      [y],
      [],
      { inline: true },
    );
    expect(Array.from(viaRun.data() as Float32Array)).toEqual(expected);
    await session.close();
  });

  test('targets run every time; feeds may be named "op:index" and values plain', async () => {
    const { graph, init, bump, read } = graphWithState();
    const session = new Session(graph);
    await session.run(null, [], [init]);
    const step = session.callable({ targets: [bump], inline: true });
    for (let i = 0; i < 5; i++) expect(step.runSync([])).toEqual([]);
    await Promise.all([step.run([]), step.run([]), step.run([])]);
    const [count] = await session.run(null, [read]);
    expect(count.item()).toBe(8);
    const named = session.callable({ feeds: ['x:0', 'b:0'], fetches: ['y:0'] });
    const [y] = named.runSync([[[1, 1]], 1]); // plain values take the feeds' dtypes
    expect(Array.from(y.data() as Float32Array)).toEqual([4, 4]);
    await session.close();
  });

  test('bad feeds, fetches and values are JS errors', async () => {
    const { graph, x, b, y } = graphWithState();
    const session = new Session(graph);
    const other = graphWithState();
    expect(() => session.callable({ feeds: ['nope:0'], fetches: [y] })).toThrow(/nope/);
    expect(() => session.callable({ feeds: [x], fetches: [other.y] })).toThrow(/another graph/);
    expect(() => session.callable({ fetches: ['y:7'] })).toThrow(/y:7|output|index/i);
    const callable = session.callable({ feeds: [x, b], fetches: [y] });
    const bias = Tensor.from(1, { dtype: 'float32' });
    expect(() => callable.runSync([Tensor.from(new Float32Array(2), { shape: [2] })])).toThrow(/feeds 2 tensor/);
    expect(() => callable.runSync([Tensor.from(new Float32Array(3), { shape: [1, 3] }), bias])).toThrow(/shape \[1, 3\].*x:0/);
    await expect(callable.run([Tensor.from(new Int32Array(2), { shape: [1, 2] }), bias])).rejects.toThrow(/int32|float/);
    expect(() => callable.runSync('x' as never)).toThrow(/array of values/);
    const disposed = Tensor.from(new Float32Array(2), { shape: [1, 2] });
    disposed.dispose();
    expect(() => callable.runSync([disposed, bias])).toThrow(/disposed/);
    await session.close();
    expect(() => callable.runSync([Tensor.from(new Float32Array(2), { shape: [1, 2] }), bias])).toThrow(/closed/);
    await expect(callable.run([Tensor.from(new Float32Array(2), { shape: [1, 2] }), bias])).rejects.toThrow(/closed/);
    expect(() => session.callable({ fetches: [y] })).toThrow(/closed/);
  });

  test('a run in flight keeps the session until it ends; close waits for it', async () => {
    const { graph, x, b, y } = graphWithState();
    const session = new Session(graph);
    const callable = session.callable({ feeds: [x, b], fetches: [y], inline: true });
    const pending = callable.run([Tensor.from(new Float32Array([1, 2]), { shape: [1, 2] }), Tensor.from(0, { dtype: 'float32' })]);
    const closed = session.close();
    const [result] = await pending;
    expect(Array.from(result.data() as Float32Array)).toEqual([3, 6]);
    await closed;
  });

  test('interOpThreads -1 (every run on the calling thread) is accepted; other negatives are not', async () => {
    const decoded = proto.decode('tensorflow.ConfigProto', configProto({ interOpThreads: -1 })) as { interOpParallelismThreads?: number };
    expect(decoded.interOpParallelismThreads).toBe(-1);
    expect(() => configProto({ interOpThreads: -2 })).toThrow(/interOpThreads/);
    const { graph, x, b, y } = graphWithState();
    const session = new Session(graph, { interOpThreads: -1 });
    const [out] = await session.run(
      [
        [x, Tensor.from(new Float32Array([2, 3]), { shape: [1, 2] })],
        [b, Tensor.from(1, { dtype: 'float32' })],
      ],
      [y],
    );
    expect(Array.from(out.data() as Float32Array)).toEqual([7, 10]);
    await session.close();
  });

  test('inline merges with caller RunOptions (serialized protos concatenate as a merge)', async () => {
    const { graph, x, b, y } = graphWithState();
    const session = new Session(graph);
    const runOptions = proto.encode('tensorflow.RunOptions', { traceLevel: 3 });
    const callable = session.callable({ feeds: [x, b], fetches: [y], inline: true, runOptions });
    const outputs = await callable.run([Tensor.from(new Float32Array([1, 1]), { shape: [1, 2] }), Tensor.from(0, { dtype: 'float32' })], {
      collectMetadata: true,
    });
    expect(Array.from(outputs[0].data() as Float32Array)).toEqual([3, 3]);
    // Full tracing was asked for, so the metadata holds step stats.
    expect((outputs as Tensor[] & { runMetadata?: Uint8Array }).runMetadata?.length).toBeGreaterThan(0);
    await session.close();
  });
});

describe('callable runs with into (outputs written into caller buffers)', () => {
  test('runSync and run write every output into its buffer and return those buffers', async () => {
    const { graph, x, b, y, init, read } = graphWithState();
    const session = new Session(graph);
    await session.run(null, [], [init]);
    const callable = session.callable({ feeds: [x, b], fetches: [y, read], inline: true });
    const xs = Tensor.from(new Float32Array([1, -2, 0.5, 4]), { shape: [2, 2] });
    const bias = Tensor.from(0.25, { dtype: 'float32' });
    const ys = new Float32Array(4);
    const counter = new Int32Array(1).fill(-1);
    const into = [ys, counter];
    const result = callable.runSync([xs, bias], { into });
    expect(result).toBe(into);
    expect(Array.from(ys)).toEqual([3.25, -5.75, 1.75, 12.25]);
    expect(counter[0]).toBe(0);
    ys.fill(0);
    const awaited = await callable.run([xs, Tensor.from(1, { dtype: 'float32' })], { into });
    expect(awaited).toBe(into);
    expect(Array.from(ys)).toEqual([4, -5, 2.5, 13]);
    // A null slot gets a Tensor, the others are written.
    const mixed = callable.runSync([xs, bias], { into: [ys, null] });
    expect(mixed[0]).toBe(ys);
    expect(mixed[1]).toBeInstanceOf(Tensor);
    expect((mixed[1] as Tensor).item()).toBe(0);
    (mixed[1] as Tensor).dispose();
    // A view over another tensor's memory is a fine target (written after the run).
    const target = Tensor.empty('float32', [2, 2]);
    callable.runSync([xs, bias], { into: [target.view(), null] }).forEach((o) => o instanceof Tensor && o.dispose());
    expect(Array.from(target.data() as Float32Array)).toEqual([3.25, -5.75, 1.75, 12.25]);
    target.dispose();
    await session.close();
  });

  test('wrong buffers are errors naming the output, and nothing is written', async () => {
    const { graph, x, b, y, init, read } = graphWithState();
    const session = new Session(graph);
    await session.run(null, [], [init]);
    const callable = session.callable({ feeds: [x, b], fetches: [y, read] });
    const xs = Tensor.from(new Float32Array([1, 2, 3, 4]), { shape: [2, 2] });
    const bias = Tensor.from(0, { dtype: 'float32' });
    const counter = new Int32Array(1).fill(-1);
    expect(() => callable.runSync([xs, bias], { into: [new Float64Array(4), counter] })).toThrow(
      'into[0] is Float64Array; y:0 is float32, written into a Float32Array',
    );
    expect(() => callable.runSync([xs, bias], { into: [new Float32Array(4)] })).toThrow(
      'into has 1 entries; the callable fetches 2 (y:0, read:0)',
    );
    expect(() => callable.runSync([xs, bias], { into: [[1, 2, 3, 4] as never, null] })).toThrow('into[0] is Array');
    expect(() => callable.runSync([xs, bias], { into: 'no' as never })).toThrow('into must be an array');
    // The size is the run's: a buffer of 3 floats for a [2, 2] output, checked before any copy.
    expect(() => callable.runSync([xs, bias], { into: [new Float32Array(3), counter] })).toThrow(
      'output 0 has shape [2, 2] (16 bytes) but into[0] holds 12 bytes',
    );
    expect(counter[0]).toBe(-1);
    await expect(callable.run([xs, bias], { into: [new Float32Array(5), counter] })).rejects.toThrow('into[0] holds 20 bytes');
    expect(counter[0]).toBe(-1);
    // A buffer detached while the run is in flight: an error, not a write into freed memory.
    const view = Tensor.empty('float32', [2, 2]);
    const pending = callable.run([xs, bias], { into: [view.view(), null] });
    view.dispose();
    await expect(pending).rejects.toThrow('(a detached buffer?)');
    await session.close();
  });

  test('concurrent runs each write their own buffers', async () => {
    const { graph, x, b, y } = graphWithState();
    const session = new Session(graph);
    const callable = session.callable({ feeds: [x, b], fetches: [y] });
    const xs = Tensor.from(new Float32Array([1, 1]), { shape: [1, 2] });
    const buffers = Array.from({ length: 16 }, () => new Float32Array(2));
    await Promise.all(buffers.map((buffer, i) => callable.run([xs, Tensor.from(i, { dtype: 'float32' })], { into: [buffer] })));
    buffers.forEach((buffer, i) => expect(Array.from(buffer)).toEqual([3 + i, 3 + i]));
    await session.close();
  });

  test('an addon without into support (every output returned as a tensor) still fills the buffers', async () => {
    const { graph, x, b, y } = graphWithState();
    const session = new Session(graph);
    const callable = session.callable({ feeds: [x, b], fetches: [y] });
    // What an addon built before `into` does: ignore the argument.
    const native = callable.handle as unknown as { runSync: (...a: unknown[]) => unknown };
    const original = native.runSync.bind(native);
    Object.defineProperty(native, 'runSync', { value: (tensors: unknown, metadata: unknown) => original(tensors, metadata) });
    const xs = Tensor.from(new Float32Array([1, 2]), { shape: [1, 2] });
    const ys = new Float32Array(2);
    expect(callable.runSync([xs, Tensor.from(1, { dtype: 'float32' })], { into: [ys] })[0]).toBe(ys);
    expect(Array.from(ys)).toEqual([4, 7]);
    expect(() => callable.runSync([xs, Tensor.from(1, { dtype: 'float32' })], { into: [new Float32Array(3)] })).toThrow(
      'output 0 has shape [1, 2] (8 bytes) but into[0] holds 12 bytes',
    );
    await session.close();
  });

  test('string outputs cannot be written into typed arrays', async () => {
    const graph = new Graph();
    const s = graph.addOperation({ type: 'Const', name: 's', attrs: { dtype: 'string', value: tensor(['a']) } }).output(0);
    const session = new Session(graph);
    const callable = session.callable({ fetches: [s] });
    expect(() => callable.runSync([], { into: [new Uint8Array(1)] })).toThrow(
      'into[0]: s:0 is a string output, which has no typed array; pass null there',
    );
    const [t] = callable.runSync([], { into: [null] }) as Tensor[];
    expect(t.strings()).toEqual(['a']);
    await session.close();
  });
});
