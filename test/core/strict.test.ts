// Strict conversions: a JS value that does not fit the dtype is refused, naming the value and the
// dtype, instead of wrapping silently; half-precision bits are taken raw only when asked.
import { InvalidArgumentError, Tensor, tensor } from '../../lib';
import { bfloat16ToNumber, float16ToNumber } from '../../lib/core/half';

function refusal(make: () => unknown): InvalidArgumentError {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return error as InvalidArgumentError;
  }
  throw new Error('expected an InvalidArgumentError, nothing was thrown');
}

describe('out-of-range integers are refused', () => {
  test('2**40 as int32 (wrapped to 0 before)', () => {
    const error = refusal(() => tensor([2 ** 40], 'int32'));
    expect(error.message).toContain('1099511627776');
    expect(error.message).toContain('int32');
  });

  test('[300, -1] as uint8 (44 and 255 before)', () => {
    expect(refusal(() => tensor([300, -1], 'uint8')).message).toMatch(/300.*uint8/);
    expect(refusal(() => tensor([1, -1], 'uint8')).message).toMatch(/-1.*uint8/);
  });

  test('2n**70n as int64 (0n before), and as uint64', () => {
    expect(refusal(() => tensor([2n ** 70n], 'int64')).message).toMatch(/1180591620717411303424.*int64/);
    expect(refusal(() => tensor([2n ** 64n], 'uint64')).message).toMatch(/18446744073709551616.*uint64/);
    expect(refusal(() => tensor([-1n], 'uint64')).message).toMatch(/-1.*uint64/);
    expect(refusal(() => tensor([-1], 'uint64')).message).toMatch(/-1.*uint64/);
  });

  test.each([
    ['int8', -129, 128],
    ['int16', -32769, 32768],
    ['int32', -2147483649, 2147483648],
    ['uint8', -1, 256],
    ['uint16', -1, 65536],
    ['uint32', -1, 4294967296],
  ] as const)('%s: the first value past each end is refused, the ends are kept', (dtype, below, above) => {
    expect(refusal(() => tensor([below], dtype)).message).toContain(dtype);
    expect(refusal(() => tensor([above], dtype)).message).toContain(dtype);
    expect(Array.from(tensor([below + 1, above - 1], dtype).data() as ArrayLike<number>)).toEqual([below + 1, above - 1]);
  });

  test('the extreme 64-bit values are kept exactly', () => {
    expect(Array.from(tensor([-(2n ** 63n), 2n ** 63n - 1n], 'int64').data() as BigInt64Array)).toEqual([-(2n ** 63n), 2n ** 63n - 1n]);
    expect(Array.from(tensor([0n, 2n ** 64n - 1n], 'uint64').data() as BigUint64Array)).toEqual([0n, 2n ** 64n - 1n]);
  });

  test('a typed array of another type is range-checked element by element', () => {
    expect(refusal(() => Tensor.from(new Int32Array([5, 70000]), { dtype: 'int16' })).message).toMatch(/70000.*int16/);
    expect(refusal(() => Tensor.from(new Float64Array([1, 2 ** 31]), { dtype: 'int32' })).message).toMatch(/2147483648.*int32/);
    expect(refusal(() => Tensor.from(new BigInt64Array([2n ** 40n]), { dtype: 'int32' })).message).toMatch(/1099511627776.*int32/);
    expect(Array.from(Tensor.from(new Int32Array([-3, 255]), { dtype: 'int16' }).data() as Int16Array)).toEqual([-3, 255]);
  });
});

describe('non-integers for integer dtypes are refused', () => {
  test.each(['int8', 'int16', 'int32', 'uint8', 'uint16', 'uint32', 'int64', 'uint64'] as const)('%s', (dtype) => {
    expect(refusal(() => tensor([1.5], dtype)).message).toMatch(new RegExp(`1\\.5.*${dtype}`));
    expect(refusal(() => tensor([NaN], dtype)).message).toMatch(new RegExp(`NaN.*${dtype}`));
    expect(refusal(() => tensor([Infinity], dtype)).message).toMatch(new RegExp(`Infinity.*${dtype}`));
  });

  test('a Float32Array with a fraction as int32', () => {
    expect(refusal(() => Tensor.from(new Float32Array([0.25]), { dtype: 'int32' })).message).toMatch(/0\.25.*int32/);
  });
});

describe('half precision from a Uint16Array', () => {
  test('is converted as numbers unless raw bits are asked for', () => {
    // 1 and 2 as numbers, not the subnormal bit patterns 0x0001 and 0x0002 (taken as raw bits before).
    expect(tensor(new Uint16Array([1, 2, 65504]), 'float16').array()).toEqual([1, 2, 65504]);
    expect(tensor(new Uint16Array([1, 2, 256]), 'bfloat16').array()).toEqual([1, 2, 256]);
  });

  test('raw: true takes the bits as they are', () => {
    // 0x3c00 is 1.0 in IEEE half; 0x3f80 is 1.0 in bfloat16.
    const half = Tensor.from(new Uint16Array([0x3c00, 0x0001]), { dtype: 'float16', raw: true });
    expect(half.array()).toEqual([1, float16ToNumber(1)]);
    expect(float16ToNumber(1)).toBe(2 ** -24);
    const brain = Tensor.from(new Uint16Array([0x3f80, 0xc000]), { dtype: 'bfloat16', raw: true });
    expect(brain.array()).toEqual([1, bfloat16ToNumber(0xc000)]);
    expect(bfloat16ToNumber(0xc000)).toBe(-2);
  });

  test('raw is refused where it means nothing', () => {
    expect(refusal(() => Tensor.from(new Float32Array([1]), { dtype: 'float16', raw: true })).message).toContain('raw');
    expect(refusal(() => Tensor.from(new Uint16Array([1]), { dtype: 'int32', raw: true })).message).toContain('raw');
    expect(refusal(() => Tensor.from([1], { dtype: 'float16', raw: true })).message).toContain('raw');
  });
});

describe('shapes are checked before TensorFlow sees them', () => {
  // Shapes whose running product overflows int64 would abort TensorFlow if the checks regressed:
  // those cases run in a child process, in crash-guards.test.ts.

  test('zero-size shapes that fit stay valid', () => {
    const t = tensor([], { dtype: 'string', shape: [0, 2 ** 40, 2 ** 20] });
    expect(t.shape).toEqual([0, 2 ** 40, 2 ** 20]);
    expect(t.size).toBe(0);
    expect(tensor([], { dtype: 'float32', shape: [2 ** 30, 2 ** 30, 0] }).shape).toEqual([2 ** 30, 2 ** 30, 0]);
  });

  test('negative, fractional and unsafe dimensions are refused', () => {
    expect(refusal(() => tensor([], { dtype: 'float32', shape: [-1, 0] })).message).toContain('-1');
    expect(refusal(() => tensor([], { dtype: 'float32', shape: [0.5, 0] })).message).toContain('0.5');
    expect(refusal(() => tensor([], { dtype: 'float32', shape: [2 ** 64, 0] })).message).toContain('18446744073709552000');
  });
});
