// PCGrad through aggregate, against the Python reference's projections in the same per-step task
// orders (the orders' random keys from TensorFlow's StatelessRandomUniform with the same seed and
// step; the rule in numpy). Then PCGrad built in a graph on a fed float32 gradient matrix, against
// its projections written out in float64, and in the representation-gradient mode.
import { mtl } from '../../../lib';
import { RANDOM_SETS, worstOver } from './harness';
import { Matrix, add, dot, permutations, product, scale, sub } from './float64';
import {
  ALIGNED,
  CLOSED_FORM,
  CONFLICTING,
  GradientHarness,
  ORTHOGONAL,
  PRINTED,
  THREE,
  TORCHJD,
  deviation,
  once,
  trainsAReluTrunkInRepresentationMode,
  trainsTheSameInBothModes,
} from './gradient-harness';

const report: string[] = [];
afterAll(() => console.log(`pcgrad:\n${report.map((line) => `  ${line}`).join('\n')}`));

/** PCGrad with the given order of the other tasks for each projected task. */
function pcgradReference(g: Matrix, orders: number[][]): number[] {
  const projected = g.map((gi, i) => {
    let current = [...gi];
    for (const j of orders[i]) {
      const d = dot(current, g[j]);
      if (d < 0) current = sub(current, scale(g[j], d / dot(g[j], g[j])));
    }
    return current;
  });
  return projected.reduce(add);
}

describe('PCGrad', () => {
  test.each(RANDOM_SETS)('%s: 100 random matrices, one step each, within 1e-5 relative', (set) => {
    const result = worstOver(set, 'pcgrad');
    report.push(`${set} pcgrad: max relative error of d ${result.direction.toExponential(2)} (${result.count} matrices)`);
    expect(result.count).toBe(100);
    expect(result.direction).toBeLessThan(1e-5);
  });
});

describe('PCGrad in a graph (float32)', () => {
  test("two tasks: conflicting gradients are projected on each other's normal plane; aligned ones are summed", async () => {
    // g1' = g1 − (g1·g2/‖g2‖²) g2 = (1, 0) + (1/1.01)(−1, 0.1); g2' = g2 + g1 = (0, 0.1).
    const conflicting = await once(mtl.weighting.pcgrad(), CONFLICTING);
    expect(deviation(conflicting.gradient, [1 - 1 / 1.01, 0.1 / 1.01 + 0.1])).toBeLessThan(CLOSED_FORM);
    expect(deviation((await once(mtl.weighting.pcgrad(), ALIGNED)).gradient, [1.8, 0.6])).toBeLessThan(CLOSED_FORM);
    expect(deviation((await once(mtl.weighting.pcgrad(), ORTHOGONAL)).gradient, [1, 1])).toBeLessThan(CLOSED_FORM);
    expect(deviation((await once(mtl.weighting.pcgrad(), TORCHJD)).gradient, [0.5848, 3.8012, 3.8012])).toBeLessThan(PRINTED);
  });

  test('three tasks: the result is PCGrad for one of the orders of the other tasks, and the orders change with the step', async () => {
    // SELF_CONFLICT: g1 = (−1, −3) projected on g2 = (0, 1) and g3 = (2, 2), in either order, ends at
    // (−0.5, 0.5) or (1, 0), both with g1'·g1 = −1 < 0: an implementation that shuffles g1 itself into
    // its list would project it once more (the paper's Algorithm 1 draws from the other tasks only).
    const SELF_CONFLICT: Matrix = [
      [-1, -3],
      [0, 1],
      [2, 2],
    ];
    for (const g of [THREE, SELF_CONFLICT]) {
      const candidates = product([0, 1, 2].map((i) => permutations([0, 1, 2].filter((j) => j !== i)))).map((orders) =>
        pcgradReference(g, orders),
      );
      const harness = await GradientHarness.create(mtl.weighting.pcgrad(), 3, g[0].length);
      const seen = new Set<string>();
      try {
        for (let step = 0; step < 12; step++) {
          const { gradient } = await harness.run(g, step);
          const closest = Math.min(...candidates.map((c) => deviation(gradient, c)));
          expect(closest).toBeLessThan(CLOSED_FORM);
          seen.add(gradient.map((x) => x.toFixed(4)).join(','));
        }
      } finally {
        await harness.close();
      }
      // Different orders give different updates here, so random orders must show more than one.
      expect(seen.size).toBeGreaterThan(1);
    }
  });
});

describe('PCGrad in the representation-gradient mode', () => {
  trainsTheSameInBothModes('pcgrad', () => mtl.weighting.pcgrad(), report);
  trainsAReluTrunkInRepresentationMode('pcgrad', () => mtl.weighting.pcgrad());
});
