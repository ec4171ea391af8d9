// Callables (session.callable: feeds, fetches and targets resolved once) and inline runs
// (RunOptions.inter_op_thread_pool = -1, SessionOptions.interOpThreads = -1).
import { Callable, Graph, Session, Tensor, configProto, proto, tensor } from '../../lib';

/** y = x * 3 + b, with a counter variable bumped by the "bump" target. */
function graphWithState() {
  const graph = new Graph();
  const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [-1, 2] } }).output(0);
  const b = graph.addOperation({ type: 'Placeholder', name: 'b', attrs: { dtype: 'float32', shape: [] } }).output(0);
  const k = graph.addOperation({ type: 'Const', name: 'k', attrs: { dtype: 'float32', value: tensor(3) } }).output(0);
  const y = graph.addOperation({ type: 'AddV2', name: 'y', inputs: [graph.addOperation({ type: 'Mul', inputs: [x, k] }).output(0), b] }).output(0);
  const handle = graph.addOperation({ type: 'VarHandleOp', name: 'counter', attrs: { dtype: 'int32', shape: [], shared_name: 'counter' } }).output(0);
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
      expect(Array.from(sync.data())).toEqual(expected);
      expect(Array.from(async.data())).toEqual(expected);
      expect(sync.shape).toEqual([2, 2]);
      sync.dispose();
      async.dispose();
    }
    const [viaRun] = await session.run([[x, xs], [b, bias]], [y], [], { inline: true });
    expect(Array.from(viaRun.data())).toEqual(expected);
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
    expect(Array.from(y.data())).toEqual([4, 4]);
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
    expect(Array.from(result.data())).toEqual([3, 6]);
    await closed;
  });

  test('interOpThreads -1 (every run on the calling thread) is accepted; other negatives are not', async () => {
    const decoded = proto.decode('tensorflow.ConfigProto', configProto({ interOpThreads: -1 })) as { interOpParallelismThreads?: number };
    expect(decoded.interOpParallelismThreads).toBe(-1);
    expect(() => configProto({ interOpThreads: -2 })).toThrow(/interOpThreads/);
    const { graph, x, b, y } = graphWithState();
    const session = new Session(graph, { interOpThreads: -1 });
    const [out] = await session.run([[x, Tensor.from(new Float32Array([2, 3]), { shape: [1, 2] })], [b, Tensor.from(1, { dtype: 'float32' })]], [y]);
    expect(Array.from(out.data())).toEqual([7, 10]);
    await session.close();
  });

  test('inline merges with caller RunOptions (serialized protos concatenate as a merge)', async () => {
    const { graph, x, b, y } = graphWithState();
    const session = new Session(graph);
    const runOptions = proto.encode('tensorflow.RunOptions', { traceLevel: 3 });
    const callable = session.callable({ feeds: [x, b], fetches: [y], inline: true, runOptions });
    const outputs = await callable.run([Tensor.from(new Float32Array([1, 1]), { shape: [1, 2] }), Tensor.from(0, { dtype: 'float32' })], { collectMetadata: true });
    expect(Array.from(outputs[0].data())).toEqual([3, 3]);
    // Full tracing was asked for, so the metadata holds step stats.
    expect((outputs as Tensor[] & { runMetadata?: Uint8Array }).runMetadata?.length).toBeGreaterThan(0);
    await session.close();
  });
});
