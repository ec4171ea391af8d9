// callable.bind: fed tensors and output arrays bound once; runSync() feeds the same TF_Tensors
// (new values written into their views) and copies the outputs into the same arrays.
import { BoundRun, Graph, Session, Tensor } from '../../lib';

/** y = 3x + b (x: [?, 2] float32, b: scalar float32) and z = x summed (a second output). */
function graph() {
  const g = new Graph();
  const x = g.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [-1, 2] } }).output(0);
  const b = g.addOperation({ type: 'Placeholder', name: 'b', attrs: { dtype: 'float32', shape: [] } }).output(0);
  const k = g
    .addOperation({ type: 'Const', name: 'k', attrs: { dtype: 'float32', value: Tensor.from(3, { dtype: 'float32' }) } })
    .output(0);
  const y = g.addOperation({ type: 'AddV2', name: 'y', inputs: [g.addOperation({ type: 'Mul', inputs: [x, k] }).output(0), b] }).output(0);
  const axes = g
    .addOperation({ type: 'Const', name: 'axes', attrs: { dtype: 'int32', value: Tensor.from([0, 1], { dtype: 'int32' }) } })
    .output(0);
  const z = g.addOperation({ type: 'Sum', name: 'z', inputs: [x, axes] }).output(0);
  return { g, x, b, y, z };
}

describe('Callable.bind', () => {
  test('each run reads the values written into the bound tensors and writes the arrays', async () => {
    const { g, x, b, y, z } = graph();
    const session = new Session(g);
    const callable = session.callable({ feeds: [x, b], fetches: [y, z], inline: true });
    const xs = Tensor.empty('float32', [2, 2]);
    const bias = Tensor.empty('float32', []);
    const into = [new Float32Array(4), new Float32Array(1)];
    const run = callable.bind([xs, bias], { into });
    expect(run).toBeInstanceOf(BoundRun);
    const xv = xs.view() as Float32Array;
    const bv = bias.view() as Float32Array;
    for (const [values, offset] of [
      [[1, -2, 0.5, 4], 0.25],
      [[0, 1, 2, 3], -1],
    ] as Array<[number[], number]>) {
      xv.set(values);
      bv[0] = offset;
      const result = run.runSync();
      expect(result.every((array, i) => array === into[i])).toBe(true); // the bound arrays themselves, no Tensors
      expect(Array.from(into[0])).toEqual(values.map((v) => 3 * v + offset));
      expect(into[1][0]).toBeCloseTo(
        values.reduce((s, v) => s + v, 0),
        6,
      );
    }
    run.dispose();
    xs.dispose();
    bias.dispose();
    await session.close();
  });

  test('outputs without an array come back as Tensors the caller owns; without into, all do', async () => {
    const { g, x, b, y, z } = graph();
    const session = new Session(g);
    const callable = session.callable({ feeds: [x, b], fetches: [y, z] });
    const xs = Tensor.from(new Float32Array([1, 2]), { shape: [1, 2] });
    const bias = Tensor.from(1, { dtype: 'float32' });
    const partial = callable.bind([xs, bias], { into: [null, new Float32Array(1)] });
    const [first, second] = partial.runSync();
    expect(first).toBeInstanceOf(Tensor);
    expect(Array.from((first as Tensor).data() as Float32Array)).toEqual([4, 7]);
    expect(Array.from(second as Float32Array)).toEqual([3]);
    (first as Tensor).dispose();
    const plain = callable.bind([xs, bias]);
    const outputs = plain.runSync() as Tensor[];
    expect(outputs.map((t) => Array.from(t.data() as Float32Array))).toEqual([[4, 7], [3]]);
    outputs.forEach((t) => t.dispose());
    partial.dispose();
    plain.dispose();
    await session.close();
  });

  test('bad values, shapes and arrays are refused at bind; a wrong-sized output at the run', async () => {
    const { g, x, b, y } = graph();
    const session = new Session(g);
    const callable = session.callable({ feeds: [x, b], fetches: [y] });
    const xs = Tensor.from(new Float32Array([1, 2]), { shape: [1, 2] });
    const bias = Tensor.from(0, { dtype: 'float32' });
    expect(() => callable.bind([xs])).toThrow(/feeds 2 tensor\(s\) \(x:0, b:0\), got 1/);
    expect(() => callable.bind([xs, 0 as unknown as Tensor])).toThrow(/value 1 \(for b:0\) must be a Tensor/);
    expect(() => callable.bind([bias, bias])).toThrow(/cannot feed a value of shape \[\] to x:0, which has shape \[\?, 2\]/);
    expect(() => callable.bind([xs, bias], { into: [new Int32Array(2)] })).toThrow(/into\[0\] is Int32Array; y:0 is float32/);
    const wrong = callable.bind([xs, bias], { into: [new Float32Array(3)] });
    expect(() => wrong.runSync()).toThrow(/output 0 has shape \[1, 2\] \(8 bytes\) but into\[0\] holds 12 bytes/);
    wrong.dispose();
    await session.close();
  });

  test('disposed tensors, a disposed binding and a closed session are clear errors, never a crash', async () => {
    const { g, x, b, y } = graph();
    const session = new Session(g);
    const callable = session.callable({ feeds: [x, b], fetches: [y], inline: true });
    const xs = Tensor.from(new Float32Array([1, 2]), { shape: [1, 2] });
    const bias = Tensor.from(0, { dtype: 'float32' });
    const gone = Tensor.from(0, { dtype: 'float32' });
    gone.dispose();
    expect(() => callable.bind([xs, gone])).toThrow(/value 1 \(for b:0\): the Tensor has been disposed/);
    const into = [new Float32Array(2)];
    const run = callable.bind([xs, bias], { into });
    run.runSync();
    expect(Array.from(into[0])).toEqual([3, 6]);
    bias.dispose(); // bound, then disposed by its owner: refused, not fed
    expect(() => run.runSync()).toThrow(/bound feed 1: the Tensor has been disposed/);
    const other = callable.bind([xs, Tensor.from(1, { dtype: 'float32' })], { into });
    other.dispose();
    expect(() => other.runSync()).toThrow(/the bound run has been disposed/);
    const live = callable.bind([xs, Tensor.from(1, { dtype: 'float32' })], { into });
    await session.close();
    expect(() => live.runSync()).toThrow(/the Session has been closed/);
    expect(() => callable.bind([xs, xs])).toThrow();
  });
});
