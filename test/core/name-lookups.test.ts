// Name-lookup tables answer by own property only: "constructor", "toString" and "__proto__" are
// names of Object.prototype, not of a dtype, an error code or a read limit.
import { TensorFlowError, isDType, makeError, tensor } from '../../lib';
import { savedModel } from '../../lib';

const PROTOTYPE_NAMES = ['constructor', 'toString', 'hasOwnProperty', '__proto__'];

describe('name lookups use own properties', () => {
  test.each(PROTOTYPE_NAMES)('isDType(%j) is false, and a tensor of that dtype is refused', (name) => {
    expect(isDType(name)).toBe(false);
    expect(() => tensor([1, 2], { dtype: name as never })).toThrow(TensorFlowError);
  });

  test.each(PROTOTYPE_NAMES)('makeError(%j) is an UNKNOWN TensorFlowError', (name) => {
    const error = makeError(name, 'from the runtime');
    expect(error).toBeInstanceOf(TensorFlowError);
    expect(error.code).toBe('UNKNOWN');
    expect(error.message).toBe('from the runtime');
  });

  test.each(['constructor', 'toString'])('savedModel.load refuses the read limit %j', async (name) => {
    await expect(savedModel.load('/nonexistent-dir', { limits: { [name]: 1 } as never })).rejects.toThrow(`limits has no option "${name}"`);
  });
});
