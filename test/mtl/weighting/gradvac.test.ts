// GradVac: each task gradient pulled toward an EMA target cosine with the others. Its first step
// (targets 0: PCGrad's projection rule) through aggregate, against the Python reference in the same
// per-step task orders; then built in a graph on a fed float32 gradient matrix over several steps,
// against its weights and targets written out in float64; and in the representation-gradient mode.
import { mtl } from '../../../lib';
import { RANDOM_SETS, worstOver } from './harness';
import { Matrix, add, combine, dot, gramOf, matVec, norm, permutations, product, scale, unitVector } from './float64';
import { CLOSED_FORM, GradientHarness, PRINTED, THREE, TORCHJD, deviation, trainsTheSameInBothModes } from './gradient-harness';

const report: string[] = [];
afterAll(() => console.log(`gradvac:\n${report.map((line) => `  ${line}`).join('\n')}`));

/** GradVac's weights and updated targets for given per-task orders (the other tasks only). */
function gradvacReference(g: Matrix, targets: Matrix, orders: number[][], beta: number): { weights: number[]; targets: Matrix } {
  const k = g.length;
  const m = gramOf(g);
  const next = targets.map((r) => [...r]);
  const coefficients = orders.map((order, i) => {
    let c = unitVector(k, i);
    for (const j of order) {
      const mc = matVec(m, c);
      const normI = Math.sqrt(dot(c, mc));
      const normJ = Math.sqrt(m[j][j]);
      const cosine = Math.max(-1, Math.min(1, mc[j] / (normI * normJ)));
      const target = targets[i][j];
      if (cosine < target) {
        const amount =
          (normI * (target * Math.sqrt(1 - cosine ** 2) - cosine * Math.sqrt(1 - target ** 2))) / (normJ * Math.sqrt(1 - target ** 2));
        c = add(c, scale(unitVector(k, j), amount));
      }
      next[i][j] = (1 - beta) * target + beta * cosine;
    }
    return c;
  });
  return { weights: coefficients.reduce(add), targets: next };
}

describe('GradVac (first step)', () => {
  test.each(RANDOM_SETS)('%s: 100 random matrices, one step each, within 1e-5 relative', (set) => {
    const result = worstOver(set, 'gradvac');
    report.push(`${set} gradvac: max relative error of d ${result.direction.toExponential(2)} (${result.count} matrices)`);
    expect(result.count).toBe(100);
    expect(result.direction).toBeLessThan(1e-5);
  });

  test('bad options are refused naming the strategy', () => {
    expect(() => mtl.weighting.gradvac({ beta: 2 })).toThrow(/gradvac: beta/);
  });
});

describe('GradVac in a graph (float32)', () => {
  test('with its targets at 0 (the first step) GradVac is PCGrad; the targets then follow the EMA of the cosines', async () => {
    const harness = await GradientHarness.create(mtl.weighting.gradvac(), 2, 3);
    try {
      const first = await harness.run(TORCHJD, 0);
      expect(deviation(first.gradient, [0.5848, 3.8012, 3.8012])).toBeLessThan(PRINTED);
      // cos(g1, g2) = −22/√(18·38) = −0.84024: the targets become 0.01·cos on both off-diagonal entries.
      const cosine = -22 / Math.sqrt(18 * 38);
      const afterFirst = gradvacReference(
        TORCHJD,
        [
          [0, 0],
          [0, 0],
        ],
        [[1], [0]],
        0.01,
      );
      expect(afterFirst.targets[0][1]).toBeCloseTo(0.01 * cosine, 12);
      // Second step: cos = −0.84 < target −0.0084, so g_i is pulled to the target, not just to 0.
      const second = await harness.run(TORCHJD, 1);
      const expected = gradvacReference(TORCHJD, afterFirst.targets, [[1], [0]], 0.01);
      expect(deviation(second.weights, expected.weights)).toBeLessThan(CLOSED_FORM);
      expect(deviation(second.gradient, combine(expected.weights, TORCHJD))).toBeLessThan(CLOSED_FORM);
      // After the adjustment task 0's gradient has exactly the target cosine with task 1's.
      const adjusted = add(TORCHJD[0], scale(TORCHJD[1], expected.weights[1] - 1));
      expect(dot(adjusted, TORCHJD[1]) / (norm(adjusted) * norm(TORCHJD[1]))).toBeCloseTo(afterFirst.targets[0][1], 10);
    } finally {
      await harness.close();
    }
  });

  test('three tasks over several steps: one of the task orders, with the targets carried between steps', async () => {
    const harness = await GradientHarness.create(mtl.weighting.gradvac({ beta: 0.3 }), 3, 3);
    try {
      let targets = THREE.map(() => [0, 0, 0]);
      for (let step = 0; step < 4; step++) {
        const { weights } = await harness.run(THREE, step);
        const others = [0, 1, 2].map((i) => permutations([0, 1, 2].filter((j) => j !== i)));
        const candidates = product(others).map((orders) => gradvacReference(THREE, targets, orders, 0.3));
        const best = candidates.map((c) => ({ c, d: deviation(weights, c.weights) })).sort((x, y) => x.d - y.d)[0];
        expect(best.d).toBeLessThan(1e-5);
        // The targets depend on the order (a cosine is taken after the earlier adjustments): carry the matched order's.
        targets = best.c.targets;
      }
    } finally {
      await harness.close();
    }
  });
});

describe('GradVac in the representation-gradient mode', () => {
  trainsTheSameInBothModes('gradvac', () => mtl.weighting.gradvac(), report);
});
