// Aligned-MTL: B = √λ_min V Λ^{-1/2} Vᵀ from a float64 eigen-decomposition, against numpy's eigh.
import { mtl } from '../../../lib';
import { RANDOM_SETS, relativeError, worstOver } from './harness';

const report: string[] = [];
afterAll(() => console.log(`aligned_mtl:\n${report.map((line) => `  ${line}`).join('\n')}`));

describe('Aligned-MTL', () => {
  test('orthogonal gradients of equal norm are already aligned (B = I); torchjd\'s example averaged is (0.2133, 0.9673, 0.9673)', () => {
    expect(relativeError(mtl.weighting.aggregate('aligned_mtl', [[1, 0], [0, 1]]).weights, [1, 1])).toBeLessThan(1e-12);
    expect(relativeError(mtl.weighting.aggregate('aligned_mtl', [[-4, 1, 1], [6, 1, 1]]).direction.map((x) => x / 2), [0.2133, 0.9673, 0.9673])).toBeLessThan(5e-5);
  });

  test.each(RANDOM_SETS)('%s: 100 random matrices against numpy, within 1e-5 relative', (set) => {
    const result = worstOver(set, 'aligned_mtl');
    report.push(`${set}: max relative error of d ${result.direction.toExponential(2)}, of the weights ${result.weights.toExponential(2)} (${result.count} matrices)`);
    expect(result.count).toBe(100);
    expect(result.direction).toBeLessThan(1e-5);
    expect(result.weights).toBeLessThan(1e-5);
  });
});
