// Tensors: every dtype round-trips through JS and through a TensorFlow graph.
import { Graph, Session, Tensor, scalar, tensor } from '../../lib';

function identityGraph(dtype: Parameters<typeof tensor>[1] & string) {
  const graph = new Graph();
  const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype } }).output(0);
  const y = graph.addOperation({ type: 'Identity', name: 'y', inputs: [x] }).output(0);
  return { graph, x, y, session: new Session(graph) };
}

const numericCases: Array<[string, ArrayLike<number | bigint>, string]> = [
  ['float32', new Float32Array([1.5, -2.25, 3e-8, Infinity]), 'Float32Array'],
  ['float64', new Float64Array([Math.PI, -1e300, 5e-324, 0]), 'Float64Array'],
  ['int8', new Int8Array([-128, -1, 0, 127]), 'Int8Array'],
  ['int16', new Int16Array([-32768, -2, 3, 32767]), 'Int16Array'],
  ['int32', new Int32Array([-2147483648, -7, 8, 2147483647]), 'Int32Array'],
  // Beyond 2^53: these are not representable as JS numbers and must survive exactly.
  ['int64', new BigInt64Array([-(2n ** 63n), 2n ** 53n + 1n, 9007199254740993n, 2n ** 63n - 1n]), 'BigInt64Array'],
  ['uint8', new Uint8Array([0, 1, 128, 255]), 'Uint8Array'],
  ['uint16', new Uint16Array([0, 1, 40000, 65535]), 'Uint16Array'],
];

describe('Tensor round trips', () => {
  test.each(numericCases)('%s from a typed array, in JS and through Identity', async (dtype, values, arrayName) => {
    const t = Tensor.from(values as never, { shape: [2, 2] });
    expect(t.dtype).toBe(dtype);
    expect(t.shape).toEqual([2, 2]);
    expect(t.data().constructor.name).toBe(arrayName);
    expect(Array.from(t.data() as ArrayLike<number | bigint>)).toEqual(Array.from(values));

    const { graph, x, y, session } = identityGraph(dtype as never);
    const [out] = await session.run([[x, t]], [y]);
    expect(out.dtype).toBe(dtype);
    expect(out.shape).toEqual([2, 2]);
    expect(Array.from(out.data() as ArrayLike<number | bigint>)).toEqual(Array.from(values));
    await session.close();
    graph.dispose();
  });

  test('int64 from nested BigInts keeps values beyond 2^53 exactly', () => {
    const big = 2n ** 60n + 12345n;
    const t = tensor([
      [big, -big],
      [1n, 0n],
    ]);
    expect(t.dtype).toBe('int64');
    expect(t.array()).toEqual([
      [big, -big],
      [1n, 0n],
    ]);
    expect(() => tensor([2 ** 53 + 2], 'int64')).toThrow(/safe integers or BigInts/);
  });

  test('bool from booleans round-trips through LogicalNot twice', async () => {
    const t = tensor([true, false, true]);
    expect(t.dtype).toBe('bool');
    expect(t.array()).toEqual([true, false, true]);
    const graph = new Graph();
    const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'bool' } }).output(0);
    const not = graph.addOperation({ type: 'LogicalNot', inputs: [x] }).output(0);
    const session = new Session(graph);
    const [once] = await session.run([[x, t]], [not]);
    expect(once.array()).toEqual([false, true, false]);
    await session.close();
  });

  test('strings (UTF-8, non-ASCII, long, empty, binary) round-trip through Identity', async () => {
    const values = ['', 'héllo wörld', '多任务学习', '🙂 emoji', 'x'.repeat(1000), 'a string longer than twenty-two bytes'];
    const t = tensor(values);
    expect(t.dtype).toBe('string');
    expect(t.strings()).toEqual(values);
    const { graph, x, y, session } = identityGraph('string');
    const [out] = await session.run([[x, t]], [y]);
    expect(out.strings()).toEqual(values);
    const binary = Buffer.from([0, 255, 1, 0, 128]);
    const [bytesOut] = await session.run([[x, tensor([binary])]], [y]);
    expect(bytesOut.bytes()[0].equals(binary)).toBe(true);
    await session.close();
    graph.dispose();
  });

  test('scalars and nested arrays infer shape and dtype', () => {
    const s = scalar(3.5);
    expect(s.shape).toEqual([]);
    expect(s.dtype).toBe('float32');
    expect(s.item()).toBe(3.5);
    expect(scalar(7, 'int32').item()).toBe(7);
    expect(scalar('ü').item()).toBe('ü');
    expect(scalar(true).item()).toBe(true);
    const nested = tensor([[[1, 2, 3]], [[4, 5, 6]]]);
    expect(nested.shape).toEqual([2, 1, 3]);
    expect(nested.array()).toEqual([[[1, 2, 3]], [[4, 5, 6]]]);
    expect(
      tensor(
        [
          [1, 2],
          [3, 4],
        ],
        'float64',
      ).data(),
    ).toEqual(new Float64Array([1, 2, 3, 4]));
    expect(tensor([], 'float32').shape).toEqual([0]);
    expect(Tensor.from(new Float32Array(0), { shape: [0, 3] }).shape).toEqual([0, 3]);
  });

  test('float16 and bfloat16 convert exactly representable values', () => {
    const values = [0, 1, -2, 0.5, 65504, 2 ** -14];
    expect(tensor(values, 'float16').array()).toEqual(values);
    expect(tensor([0, 1, -2, 0.5, 256, 2 ** -20], 'bfloat16').array()).toEqual([0, 1, -2, 0.5, 256, 2 ** -20]);
  });

  test('a typed array converts to another dtype on request', () => {
    expect(Tensor.from(new Float64Array([1, 2]), { dtype: 'int32' }).data()).toEqual(new Int32Array([1, 2]));
    expect(Tensor.from(new Int32Array([1, 2]), { dtype: 'int64' }).data()).toEqual(new BigInt64Array([1n, 2n]));
  });

  test('dispose frees the tensor and later use is a clear error', () => {
    const t = tensor([1, 2, 3]);
    expect(t.disposed).toBe(false);
    t.dispose();
    expect(t.disposed).toBe(true);
    expect(() => t.data()).toThrow(expect.objectContaining({ code: 'FAILED_PRECONDITION' }));
    t.dispose(); // twice is harmless
  });

  test('bad values are clear errors', () => {
    expect(() => tensor([[1, 2], [3]])).toThrow(/nested array is ragged at \[1\]: length 1, expected length 2/);
    expect(() => tensor([1, 'a'] as never)).toThrow(/element 1 \("a"\) is not a number/);
    expect(() => Tensor.from([1, 2, 3], { shape: [2, 2] })).toThrow(/do not fill shape \[2, 2\]/);
    expect(() => Tensor.from(new Float32Array(3), { shape: [2, 2] })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => Tensor.from([1], { dtype: 'float33' as never })).toThrow(/unknown dtype 'float33'/);
    expect(() => Tensor.from([1.5], { dtype: 'int32' })).toThrow(/not an integer/);
  });
});
