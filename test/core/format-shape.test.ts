// formatShape: the one way error messages write a shape (unknown dimensions as TensorFlow writes them).
import { formatShape, layers } from '../../lib';

describe('formatShape', () => {
  test('known, unknown (negative or null) dimensions, scalars and unknown rank', () => {
    expect(formatShape([2, 3])).toBe('[2, 3]');
    expect(formatShape([-1, 28, 28, 1])).toBe('[?, 28, 28, 1]');
    expect(formatShape([null, 10])).toBe('[?, 10]');
    expect(formatShape([])).toBe('[]');
    expect(formatShape(null)).toBe('<unknown rank>');
  });

  test('layer errors use it', () => {
    const flat = layers.input({ name: 'flat', shape: [6] });
    expect(() => layers.conv2d({ filters: 1, kernelSize: 1 }).apply(flat)).toThrow('got shape [?, 6]');
  });
});
