// MGDA: the min-norm point of the convex hull of the task gradients, exact (support enumeration up
// to 10 tasks, Wolfe's active-set method beyond), against the Python reference's exact solutions.
import { mtl } from '../../../lib';
import { RANDOM_SETS, relativeError, worstOver } from './harness';

const report: string[] = [];
afterAll(() => console.log(`mgda:\n${report.map((line) => `  ${line}`).join('\n')}`));

describe('MGDA', () => {
  test('the issue\'s three tasks: d* = (28, 32)/113 with weights (53, 0, 60)/113, by either solver', () => {
    // The hull's closest point to 0 lies on the edge g1–g3: α = (g3·(g3 − g1))/‖g1 − g3‖² = 60/113 on g3.
    const g = [
      [-4, 4],
      [2, 3],
      [4, -3],
    ];
    for (const solver of ['enumerate', 'active-set', 'auto']) {
      const { direction, weights } = mtl.weighting.aggregate('mgda', g, { solver });
      expect(relativeError(weights, [53 / 113, 0, 60 / 113])).toBeLessThan(1e-6);
      expect(relativeError(direction, [28 / 113, 32 / 113])).toBeLessThan(1e-6);
    }
    // Frank-Wolfe with 50 iterations gave (0.395, 0.495).
  });

  test('two tasks and degenerate hulls: the segment\'s closest point, a vertex, the origin inside the hull, equal gradients', () => {
    expect(relativeError(mtl.weighting.aggregate('mgda', [[1, 0], [-1, 0.1]]).weights, [2.01 / 4.01, 2 / 4.01])).toBeLessThan(1e-12);
    expect(relativeError(mtl.weighting.aggregate('mgda', [[1, 0.2], [0.8, 0.4]]).weights, [0, 1])).toBeLessThan(1e-12);
    // 0 = 0.4·g1 + 0.4·g2 + 0.2·g3: the update is 0 (Pareto-stationary).
    const stationary = mtl.weighting.aggregate('mgda', [[1, 0], [-1, 0.5], [0, -1]]);
    expect(Math.max(...stationary.direction.map(Math.abs))).toBeLessThan(1e-12);
    expect(Math.abs(stationary.weights.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
    // Equal gradients (a singular KKT system on their common support): the update is that gradient.
    // The segment (1, 2)–(3, −1): α = (g3·(g3 − g1))/‖g1 − g3‖² = 9/13 on (1, 2), split in any way between the copies.
    expect(relativeError(mtl.weighting.aggregate('mgda', [[1, 2], [1, 2], [3, -1]]).direction, [21 / 13, 14 / 13])).toBeLessThan(1e-12);
    expect(relativeError(mtl.weighting.aggregate('mgda', [[1, 0], [0, 1]], { rescale: true }).direction, [1, 1])).toBeLessThan(1e-12);
  });

  test.each(RANDOM_SETS)('%s: 100 random matrices against the exact reference, within 1e-5 relative (both solvers)', (set) => {
    for (const solver of ['enumerate', 'active-set']) {
      const result = worstOver(set, 'mgda', { solver });
      report.push(`${set} ${solver}: max relative error of d ${result.direction.toExponential(2)}, of the weights ${result.weights.toExponential(2)} (${result.count} matrices)`);
      expect(result.count).toBe(100);
      expect(result.direction).toBeLessThan(1e-5);
      expect(result.weights).toBeLessThan(1e-5);
    }
  });

  test.each(['12x30_unit', '12x30_disparate'])('%s: twelve tasks (the active-set solver by default)', (set) => {
    const result = worstOver(set, 'mgda');
    report.push(`${set} auto: max relative error of d ${result.direction.toExponential(2)}, of the weights ${result.weights.toExponential(2)}`);
    expect(result.direction).toBeLessThan(1e-5);
  });

  test('options are checked when the strategy is made, and round-trip through getConfig', () => {
    expect(() => mtl.weighting.mgda({ tolerance: 0 })).toThrow(/mgda: tolerance must be/);
    expect(() => mtl.weighting.mgda({ solver: 'newton' as never })).toThrow(/mgda: solver must be/);
    const config = mtl.weighting.mgda({ rescale: true }).getConfig();
    expect(mtl.weighting.get('mgda', JSON.parse(JSON.stringify(config))).getConfig()).toEqual(config);
  });
});
