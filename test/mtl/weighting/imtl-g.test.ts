// IMTL-G: the paper's D/U closed form (float64) against the Python reference's other route,
// α ∝ M⁻¹‖g‖ in 60-digit decimals.
import { mtl } from '../../../lib';
import { RANDOM_SETS, relativeError, worstOver } from './harness';
import { dot, gramOf, norm, scale, solve, sum, type Matrix } from './float64';
import {
  ALIGNED,
  CLOSED_FORM,
  CONFLICTING,
  ORTHOGONAL,
  PRINTED,
  THREE,
  TORCHJD,
  deviation,
  once,
  trainsTheSameInBothModes,
} from './gradient-harness';

const report: string[] = [];
afterAll(() => console.log(`imtl_g:\n${report.map((line) => `  ${line}`).join('\n')}`));

/** IMTL-G's α in torchjd's form, α ∝ M⁻¹·(‖g_i‖)_i, Σα = 1: an independent route to the paper's closed form. */
function imtlReference(g: Matrix): number[] {
  const m = gramOf(g);
  const v = solve(
    m,
    m.map((r, i) => Math.sqrt(r[i])),
  );
  return scale(v, 1 / sum(v));
}

describe('IMTL-G', () => {
  test("torchjd's example gives (0.0767, 1, 1); two equal gradients give that gradient", () => {
    expect(
      relativeError(
        mtl.weighting.aggregate('imtl_g', [
          [-4, 1, 1],
          [6, 1, 1],
        ]).direction,
        [0.0767, 1, 1],
      ),
    ).toBeLessThan(5e-5);
    expect(
      relativeError(
        mtl.weighting.aggregate('imtl_g', [
          [1, 2],
          [1, 2],
        ]).direction,
        [1, 2],
      ),
    ).toBeLessThan(1e-12);
  });

  test.each(RANDOM_SETS)('%s: 100 random matrices against the reference, within 1e-5 relative', (set) => {
    const result = worstOver(set, 'imtl_g');
    report.push(
      `${set}: max relative error of d ${result.direction.toExponential(2)}, of the weights ${result.weights.toExponential(2)} (${result.count} matrices)`,
    );
    expect(result.count).toBe(100);
    expect(result.direction).toBeLessThan(1e-5);
    expect(result.weights).toBeLessThan(1e-5);
  });

  test('round-trips through getConfig', () => {
    expect(mtl.weighting.get('imtl_g', mtl.weighting.imtlG().getConfig()).name).toBe('imtl_g');
  });
});

describe('IMTL-G in a graph (float32)', () => {
  test("the paper's D/U closed form equals torchjd's α ∝ M⁻¹‖g‖, and the update has equal projections on every unit gradient", async () => {
    for (const [name, g] of [
      ['CONFLICTING', CONFLICTING],
      ['ALIGNED', ALIGNED],
      ['ORTHOGONAL', ORTHOGONAL],
      ['TORCHJD', TORCHJD],
      ['THREE', THREE],
    ] as const) {
      const { weights, gradient } = await once(mtl.weighting.imtlG(), g as Matrix);
      const expected = imtlReference(g as Matrix);
      const d = deviation(weights, expected);
      const projections = (g as Matrix).map((gi) => dot(gradient, gi) / norm(gi));
      report.push(
        `imtl_g ${name}: weights deviation ${d.toExponential(2)}, projections ${projections.map((x) => x.toFixed(6)).join(', ')}`,
      );
      expect(d).toBeLessThan(1e-5);
      for (const p of projections) expect(Math.abs(p - projections[0])).toBeLessThan(1e-5 * Math.max(1, Math.abs(projections[0])));
    }
    expect(deviation((await once(mtl.weighting.imtlG(), TORCHJD)).gradient, [0.0767, 1, 1])).toBeLessThan(PRINTED);
    // Two equal gradients: D·Uᵀ = 0; the ridge keeps the solve defined and the update is that gradient.
    const equal = await once(mtl.weighting.imtlG(), [
      [1, 2],
      [1, 2],
    ]);
    expect(deviation(equal.gradient, [1, 2])).toBeLessThan(CLOSED_FORM);
  });
});

describe('IMTL-G in the representation-gradient mode', () => {
  trainsTheSameInBothModes('imtl_g', () => mtl.weighting.imtlG(), report);
});
