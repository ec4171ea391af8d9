// IMTL-G: the paper's D/U closed form (float64) against the Python reference's other route,
// α ∝ M⁻¹‖g‖ in 60-digit decimals.
import { mtl } from '../../../lib';
import { RANDOM_SETS, relativeError, worstOver } from './harness';

const report: string[] = [];
afterAll(() => console.log(`imtl_g:\n${report.map((line) => `  ${line}`).join('\n')}`));

describe('IMTL-G', () => {
  test('torchjd\'s example gives (0.0767, 1, 1); two equal gradients give that gradient', () => {
    expect(relativeError(mtl.weighting.aggregate('imtl_g', [[-4, 1, 1], [6, 1, 1]]).direction, [0.0767, 1, 1])).toBeLessThan(5e-5);
    expect(relativeError(mtl.weighting.aggregate('imtl_g', [[1, 2], [1, 2]]).direction, [1, 2])).toBeLessThan(1e-12);
  });

  test.each(RANDOM_SETS)('%s: 100 random matrices against the reference, within 1e-5 relative', (set) => {
    const result = worstOver(set, 'imtl_g');
    report.push(`${set}: max relative error of d ${result.direction.toExponential(2)}, of the weights ${result.weights.toExponential(2)} (${result.count} matrices)`);
    expect(result.count).toBe(100);
    expect(result.direction).toBeLessThan(1e-5);
    expect(result.weights).toBeLessThan(1e-5);
  });

  test('round-trips through getConfig', () => {
    expect(mtl.weighting.get('imtl_g', mtl.weighting.imtlG().getConfig()).name).toBe('imtl_g');
  });
});
