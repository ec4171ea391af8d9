// Aligned-MTL: B = √λ_min V Λ^{-1/2} Vᵀ from a float64 eigen-decomposition, against numpy's eigh.
import { mtl } from '../../../lib';
import { RANDOM_SETS, relativeError, worstOver } from './harness';
import { gramOf, scale, sum, unitVector, type Matrix } from './float64';
import {
  ALIGNED,
  CLOSED_FORM,
  CONFLICTING,
  ORTHOGONAL,
  PARETO_STATIONARY,
  PRINTED,
  THREE,
  TORCHJD,
  deviation,
  once,
  trainsTheSameInBothModes,
} from './gradient-harness';

const report: string[] = [];
afterAll(() => console.log(`aligned_mtl:\n${report.map((line) => `  ${line}`).join('\n')}`));

/** Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations; vectors are columns. */
function symmetricEigen(input: Matrix): { values: number[]; vectors: Matrix } {
  const n = input.length;
  const a = input.map((r) => [...r]);
  const v = a.map((_, i) => unitVector(n, i));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p][q]) < 1e-300) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const [kp, kq] = [a[k][p], a[k][q]];
          a[k][p] = c * kp - s * kq;
          a[k][q] = s * kp + c * kq;
        }
        for (let k = 0; k < n; k++) {
          const [pk, qk] = [a[p][k], a[q][k]];
          a[p][k] = c * pk - s * qk;
          a[q][k] = s * pk + c * qk;
        }
        for (let k = 0; k < n; k++) {
          const [kp, kq] = [v[k][p], v[k][q]];
          v[k][p] = c * kp - s * kq;
          v[k][q] = s * kp + c * kq;
        }
      }
    }
  }
  const values = a.map((r, i) => r[i]);
  // Self-check: V diag(λ) Vᵀ must give the input back.
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const back = sum(values.map((l, k) => v[i][k] * l * v[j][k]));
      if (Math.abs(back - input[i][j]) > 1e-9 * (1 + Math.abs(input[i][j]))) throw new Error('symmetricEigen: reconstruction failed');
    }
  }
  return { values, vectors: v };
}

/** Aligned-MTL's α = B·1, B = √λ_min V Λ^{-1/2} Vᵀ over eigenvalues above λ_max·K·eps32. */
function alignedReference(g: Matrix): number[] {
  const m = gramOf(g);
  const k = g.length;
  const { values, vectors } = symmetricEigen(m);
  const tolerance = Math.max(...values) * k * 2 ** -23;
  const kept = values.map((l, i) => ({ l, i })).filter(({ l }) => l > tolerance);
  const smallest = Math.min(...kept.map(({ l }) => l));
  return Array.from({ length: k }, (_, p) =>
    sum(kept.map(({ l, i }) => (Math.sqrt(smallest) / Math.sqrt(l)) * vectors[p][i] * sum(vectors.map((r) => r[i])))),
  );
}

describe('Aligned-MTL', () => {
  test("orthogonal gradients of equal norm are already aligned (B = I); torchjd's example averaged is (0.2133, 0.9673, 0.9673)", () => {
    expect(
      relativeError(
        mtl.weighting.aggregate('aligned_mtl', [
          [1, 0],
          [0, 1],
        ]).weights,
        [1, 1],
      ),
    ).toBeLessThan(1e-12);
    expect(
      relativeError(
        mtl.weighting
          .aggregate('aligned_mtl', [
            [-4, 1, 1],
            [6, 1, 1],
          ])
          .direction.map((x) => x / 2),
        [0.2133, 0.9673, 0.9673],
      ),
    ).toBeLessThan(5e-5);
  });

  test.each(RANDOM_SETS)('%s: 100 random matrices against numpy, within 1e-5 relative', (set) => {
    const result = worstOver(set, 'aligned_mtl');
    report.push(
      `${set}: max relative error of d ${result.direction.toExponential(2)}, of the weights ${result.weights.toExponential(2)} (${result.count} matrices)`,
    );
    expect(result.count).toBe(100);
    expect(result.direction).toBeLessThan(1e-5);
    expect(result.weights).toBeLessThan(1e-5);
  });
});

describe('Aligned-MTL in a graph (float32)', () => {
  test('B = √λ_min V Λ^{-1/2} Vᵀ, weights B·1, against a Jacobi eigen-decomposition; rank-deficient Gram matrices drop their null space', async () => {
    for (const [name, g] of [
      ['CONFLICTING', CONFLICTING],
      ['ALIGNED', ALIGNED],
      ['ORTHOGONAL', ORTHOGONAL],
      ['TORCHJD', TORCHJD],
      ['THREE', THREE],
      ['PARETO_STATIONARY', PARETO_STATIONARY],
    ] as const) {
      const { weights } = await once(mtl.weighting.alignedMtl(), g as Matrix);
      const expected = alignedReference(g as Matrix);
      const d = deviation(weights, expected);
      report.push(`aligned_mtl ${name}: weights ${weights.map((x) => x.toFixed(5)).join(', ')}, deviation ${d.toExponential(2)}`);
      // SelfAdjointEigV2 in float32 on Gram matrices with condition numbers up to ~400: ~1e-5.
      expect(d).toBeLessThan(2e-5);
    }
    // torchjd's AlignedMTL averages (preference 1/K): ours is K times its update.
    expect(deviation(scale((await once(mtl.weighting.alignedMtl(), TORCHJD)).gradient, 1 / 2), [0.2133, 0.9673, 0.9673])).toBeLessThan(
      PRINTED,
    );
    // Orthogonal gradients of equal norm are already aligned: B = I.
    expect(deviation((await once(mtl.weighting.alignedMtl(), ORTHOGONAL)).weights, [1, 1])).toBeLessThan(CLOSED_FORM);
  });
});

describe('Aligned-MTL in the representation-gradient mode', () => {
  trainsTheSameInBothModes('aligned_mtl', () => mtl.weighting.alignedMtl(), report);
});
