// Gradient-based weighting strategies. Each is built, as mtl.model builds it, on a fed task-
// gradient matrix G (tasks × P) in place of taskGradients(), and its combined gradient is checked
// against a float64 reference written out below (closed forms evaluated directly; the iterative
// solvers' problems solved exactly by enumerating active sets, or by nested golden-section
// search), and against the values torchjd documents for J = [[-4, 1, 1], [6, 1, 1]] (printed to
// 4 decimals: tolerance 5e-5). The solvers run exactly or to a tolerance (per-method tests with
// exact Python references on random matrices: test/mtl/weighting/); here they also report residuals. Then the representation-gradient mode
// against the parameter mode, where they must coincide, and GradNorm's weight rule.
import { Graph, Operation, Output, Session, Tensor, layers, mtl, optimizers } from '../../lib';
import * as ops from '../../lib/ops';
import { graphState } from '../../lib/nn';
import type { Weighting, WeightingContext, WeightingResult } from '../../lib/mtl';

type Matrix = number[][];

const sum = (xs: number[]) => xs.reduce((acc, x) => acc + x, 0);
const dot = (xs: number[], ys: number[]) => sum(xs.map((x, i) => x * ys[i]));
const norm = (xs: number[]) => Math.sqrt(dot(xs, xs));
const scale = (xs: number[], s: number) => xs.map((x) => x * s);
const add = (xs: number[], ys: number[]) => xs.map((x, i) => x + ys[i]);
const sub = (xs: number[], ys: number[]) => xs.map((x, i) => x - ys[i]);
const gramOf = (g: Matrix): Matrix => g.map((a) => g.map((b) => dot(a, b)));
const matVec = (m: Matrix, v: number[]) => m.map((r) => dot(r, v));
/** Σ_i w_i g_i. */
const combine = (w: number[], g: Matrix) => g[0].map((_, p) => sum(g.map((r, i) => w[i] * r[p])));
const unitVector = (k: number, i: number) => Array.from({ length: k }, (_, j) => (j === i ? 1 : 0));

/** Solves A x = b (Gaussian elimination with partial pivoting); throws on a singular A. */
function solve(a: Matrix, b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    if (Math.abs(m[pivot][c]) < 1e-14) throw new Error('singular');
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= f * m[c][j];
    }
  }
  const x = Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) x[r] = (m[r][n] - sum(m[r].slice(r + 1, n).map((v, j) => v * x[r + 1 + j]))) / m[r][r];
  return x;
}

/** Non-empty subsets of 0..k−1, as index lists. */
function subsets(k: number): number[][] {
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << k; mask++) out.push(Array.from({ length: k }, (_, i) => i).filter((i) => mask & (1 << i)));
  return out;
}

/** Every ordering of a list. */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** Cartesian product of lists. */
function product<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}

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

/** Minimiser of a convex function on [lo, hi] by golden-section search (to float64 resolution). */
function goldenSection(f: (x: number) => number, lo: number, hi: number): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [lo, hi];
  for (let i = 0; i < 200 && b - a > 1e-15; i++) {
    const c = b - r * (b - a);
    const d = a + r * (b - a);
    if (f(c) < f(d)) b = d;
    else a = c;
  }
  return (a + b) / 2;
}

// ---------------------------------------------------------------------------------------------
// float64 references

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

/** The min-norm point of the convex hull of the rows (exact: KKT on every support). */
function minNormReference(g: Matrix): number[] {
  const m = gramOf(g);
  const k = g.length;
  let best: { alpha: number[]; value: number } | null = null;
  for (const support of subsets(k)) {
    // [M_SS 1; 1ᵀ 0][α_S; ν] = [0; 1]: (Mα)_S = −ν, Σα = 1.
    const size = support.length;
    const system = [...support.map((i) => [...support.map((j) => m[i][j]), 1]), [...Array(size).fill(1), 0]];
    let x: number[];
    try {
      x = solve(system, [...Array(size).fill(0), 1]);
    } catch {
      continue;
    }
    const alpha = Array(k).fill(0);
    support.forEach((i, s) => (alpha[i] = x[s]));
    if (alpha.some((a) => a < -1e-12)) continue;
    const ma = matVec(m, alpha);
    const value = dot(alpha, ma);
    if (ma.some((v, i) => !support.includes(i) && v < value - 1e-12)) continue;
    if (!best || value < best.value) best = { alpha, value };
  }
  if (!best) throw new Error('minNormReference: no feasible support');
  return best.alpha;
}

/** CAGrad's dual minimiser w* (K = 2: golden section; K = 3: nested golden section; both convex). */
function cagradDualReference(m: Matrix, c: number): number[] {
  const k = m.length;
  const b = m.map((r) => sum(r) / k);
  const sqrtPhi = c * Math.sqrt(sum(m.map(sum)) / (k * k));
  const dual = (w: number[]) => dot(w, b) + sqrtPhi * Math.sqrt(Math.max(dot(w, matVec(m, w)), 0));
  if (k === 2) {
    const x = goldenSection((t) => dual([t, 1 - t]), 0, 1);
    return [x, 1 - x];
  }
  if (k !== 3) throw new Error('cagradDualReference: K = 2 or 3');
  const inner = (a: number) => goldenSection((t) => dual([a, t, 1 - a - t]), 0, 1 - a);
  const a = goldenSection((s) => dual([s, inner(s), 1 - s - inner(s)]), 0, 1);
  const bb = inner(a);
  return [a, bb, 1 - a - bb];
}

/** CAGrad's weights from the dual minimiser: (1/K + (√φ/‖g_w‖) w)·K/divisor. */
function cagradWeightsReference(g: Matrix, c: number, divisor: number): number[] {
  const m = gramOf(g);
  const k = g.length;
  const w = cagradDualReference(m, c);
  const sqrtPhi = c * Math.sqrt(sum(m.map(sum)) / (k * k));
  const normW = Math.sqrt(dot(w, matVec(m, w)));
  return w.map((wi) => ((1 / k + (sqrtPhi / normW) * wi) * k) / divisor);
}

/** The Frank-Wolfe gap of CAGrad's dual at w: ∇F(w)·w − min_i ∇F(w)_i ≥ F(w) − F*. */
function cagradDualGap(m: Matrix, c: number, w: number[]): number {
  const k = m.length;
  const s = sum(m.map((r, i) => r[i])) / k; // the module's normalisation, so the gap is in its units
  const mh = m.map((r) => r.map((x) => x / s));
  const b = mh.map((r) => sum(r) / k);
  const sqrtPhi = c * Math.sqrt(sum(mh.map(sum)) / (k * k));
  const mw = matVec(mh, w);
  const gradient = add(b, scale(mw, sqrtPhi / Math.sqrt(dot(w, mw))));
  return dot(gradient, w) - Math.min(...gradient);
}

/** UPGrad's weights: Σ_i argmin_{v ≥ e_i/K} vᵀM̂v with M̂ = M/tr(M) + 1e-4·I, each QP exact by support enumeration. */
function upgradReference(g: Matrix): number[] {
  const k = g.length;
  const m0 = gramOf(g);
  const tr = sum(m0.map((r, i) => r[i]));
  const m = m0.map((r, i) => r.map((x, j) => x / tr + (i === j ? 1e-4 : 0)));
  const projections = Array.from({ length: k }, (_, i) => {
    const u = scale(unitVector(k, i), 1 / k);
    const mu = matVec(m, u);
    const candidates = [[], ...subsets(k)].map((support) => {
      const lambda = Array(k).fill(0);
      if (support.length) {
        const x = solve(
          support.map((p) => support.map((q) => m[p][q])),
          support.map((p) => -mu[p]),
        );
        support.forEach((p, s) => (lambda[p] = x[s]));
      }
      const v = add(u, lambda);
      const gradient = matVec(m, v);
      const feasible = lambda.every((l) => l >= -1e-12) && gradient.every((x, p) => support.includes(p) || x >= -1e-12);
      return { v, feasible, value: dot(v, gradient) };
    });
    const best = candidates.filter((cand) => cand.feasible).sort((x, y) => x.value - y.value)[0];
    if (!best) throw new Error('upgradReference: no feasible support');
    return best.v;
  });
  return projections.reduce(add);
}

/** Nash-MTL's α for M/‖M‖_F: float64 damped Newton run to convergence (residual printed by the test). */
function nashReference(g: Matrix): number[] {
  const m0 = gramOf(g);
  const frobenius = Math.sqrt(sum(m0.flat().map((x) => x * x)));
  const m = m0.map((r) => r.map((x) => x / frobenius));
  const k = g.length;
  let alpha = Array(k).fill(Math.sqrt(k / Math.max(sum(m.map(sum)), 1e-4 * k)));
  for (let i = 0; i < 200; i++) {
    const residual = sub(matVec(m, alpha), alpha.map((a) => 1 / a));
    const hessian = m.map((r, p) => r.map((x, q) => x + (p === q ? 1 / alpha[p] ** 2 : 0)));
    const delta = scale(solve(hessian, residual), -1);
    const decrement = Math.sqrt(Math.max(dot(delta, matVec(hessian, delta)), 0));
    alpha = add(alpha, scale(delta, 1 / (1 + decrement)));
  }
  return alpha;
}

/** IMTL-G's α in torchjd's form, α ∝ M⁻¹·(‖g_i‖)_i, Σα = 1: an independent route to the paper's closed form. */
function imtlReference(g: Matrix): number[] {
  const m = gramOf(g);
  const v = solve(m, m.map((r, i) => Math.sqrt(r[i])));
  return scale(v, 1 / sum(v));
}

/** Aligned-MTL's α = B·1, B = √λ_min V Λ^{-1/2} Vᵀ over eigenvalues above λ_max·K·eps32. */
function alignedReference(g: Matrix): number[] {
  const m = gramOf(g);
  const k = g.length;
  const { values, vectors } = symmetricEigen(m);
  const tolerance = Math.max(...values) * k * 2 ** -23;
  const kept = values.map((l, i) => ({ l, i })).filter(({ l }) => l > tolerance);
  const smallest = Math.min(...kept.map(({ l }) => l));
  return Array.from({ length: k }, (_, p) => sum(kept.map(({ l, i }) => (Math.sqrt(smallest) / Math.sqrt(l)) * vectors[p][i] * sum(vectors.map((r) => r[i])))));
}

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
        const amount = (normI * (target * Math.sqrt(1 - cosine ** 2) - cosine * Math.sqrt(1 - target ** 2))) / (normJ * Math.sqrt(1 - target ** 2));
        c = add(c, scale(unitVector(k, j), amount));
      }
      next[i][j] = (1 - beta) * target + beta * cosine;
    }
    return c;
  });
  return { weights: coefficients.reduce(add), targets: next };
}

// ---------------------------------------------------------------------------------------------
// The harness: a strategy built on a fed (K, P) task-gradient matrix and a fed step.

class Harness {
  readonly graph = new Graph();
  readonly gradients: Output;
  readonly step: Output;
  readonly result: WeightingResult;
  readonly session: Session;

  private readonly initializers: Operation[];

  private constructor(weighting: Weighting, k: number, p: number) {
    const graph = this.graph;
    const state = graphState(graph, 0);
    this.gradients = ops.placeholder(graph, { dtype: 'float32', shape: [k, p], name: 'task_gradients' });
    this.step = ops.placeholder(graph, { dtype: 'int64', shape: [], name: 'step' });
    const taskNames = Array.from({ length: k }, (_, i) => `t${i}`);
    const context: WeightingContext = {
      graph,
      state,
      taskNames,
      losses: taskNames.map((_, i) => ops.constant(graph, i + 1, 'float32')),
      step: this.step,
      taskGradients: () => this.gradients,
      sharedVariables: [],
      representationMode: false,
    };
    this.result = weighting.build(context);
    this.session = new Session(graph);
    this.initializers = state.variables.map((v) => v.initializer);
  }

  static async create(weighting: Weighting, k: number, p: number): Promise<Harness> {
    const harness = new Harness(weighting, k, p);
    if (harness.initializers.length) await harness.session.run(null, [], harness.initializers);
    return harness;
  }

  /** One step: the combined gradient, the weights and the logs (and the strategy's updates run). */
  async run(g: Matrix, step = 0): Promise<{ gradient: number[]; weights: number[]; logs: Record<string, number> }> {
    const logKeys = Object.keys(this.result.logs ?? {});
    const feeds: Array<[Output, Tensor]> = [
      [this.gradients, Tensor.from(g, { dtype: 'float32' })],
      [this.step, Tensor.from(BigInt(step), { dtype: 'int64' })],
    ];
    try {
      const fetched = await this.session.run(feeds, [this.result.sharedGradient!, this.result.weights, ...logKeys.map((key) => this.result.logs![key])], this.result.updates ?? []);
      const values = fetched.map((t) => {
        const value = t.array();
        t.dispose();
        return value;
      });
      return {
        gradient: values[0] as number[],
        weights: values[1] as number[],
        logs: Object.fromEntries(logKeys.map((key, i) => [key, values[2 + i] as number])),
      };
    } finally {
      for (const [, t] of feeds) t.dispose();
    }
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}

/** Runs one strategy on one matrix. */
async function once(weighting: Weighting, g: Matrix, step = 0) {
  const harness = await Harness.create(weighting, g.length, g[0].length);
  try {
    return await harness.run(g, step);
  } finally {
    await harness.close();
  }
}

/** Largest |got − expected| relative to max(1, max|expected|). */
function deviation(got: number[], expected: number[]): number {
  expect(got).toHaveLength(expected.length);
  const size = Math.max(1, ...expected.map(Math.abs));
  return Math.max(...got.map((x, i) => Math.abs(x - expected[i]) / size));
}

const report: string[] = [];
afterAll(() => console.log(`solver residuals and deviations:\n${report.map((line) => `  ${line}`).join('\n')}`));

// Matrices: rows are task gradients.
const ORTHOGONAL: Matrix = [
  [1, 0],
  [0, 1],
];
/** cos = −0.995: strongly conflicting. */
const CONFLICTING: Matrix = [
  [1, 0],
  [-1, 0.1],
];
/** cos = 0.86: aligned (no conflict). */
const ALIGNED: Matrix = [
  [1, 0.2],
  [0.8, 0.4],
];
/** torchjd's documentation example. */
const TORCHJD: Matrix = [
  [-4, 1, 1],
  [6, 1, 1],
];
/** Three tasks of different scales with two conflicting pairs. */
const THREE: Matrix = [
  [2, 0, 0.5],
  [-1, 1, 0],
  [0.3, -0.8, 0.2],
];
/** Three tasks in a plane with 0 = 0.4·g1 + 0.4·g2 + 0.2·g3 inside their hull (Gram matrix of rank 2). */
const PARETO_STATIONARY: Matrix = [
  [1, 0],
  [-1, 0.5],
  [0, -1],
];

/** Closed forms through a few float32 ops (M entries of order 1–40): well under this. */
const CLOSED_FORM = 2e-6;
/** torchjd prints 4 decimals. */
const PRINTED = 5e-5;

describe('PCGrad', () => {
  test('two tasks: conflicting gradients are projected on each other\'s normal plane; aligned ones are summed', async () => {
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
      const candidates = product([0, 1, 2].map((i) => permutations([0, 1, 2].filter((j) => j !== i)))).map((orders) => pcgradReference(g, orders));
      const harness = await Harness.create(mtl.weighting.pcgrad(), 3, g[0].length);
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

describe('MGDA', () => {
  test('two tasks: the min-norm point of the segment, exactly', async () => {
    // α1 = (g2·(g2 − g1))/‖g1 − g2‖² = (1.01 + 1)/(4 + 0.01), clipped to [0, 1].
    const a = 2.01 / 4.01;
    const conflicting = await once(mtl.weighting.mgda(), CONFLICTING);
    expect(deviation(conflicting.weights, [a, 1 - a])).toBeLessThan(CLOSED_FORM);
    expect(deviation(conflicting.gradient, combine([a, 1 - a], CONFLICTING))).toBeLessThan(CLOSED_FORM);
    // Aligned: g2 is the shorter and g1·g2 = 0.88 ≥ ‖g2‖² = 0.8, so the answer is the vertex g2.
    expect(deviation((await once(mtl.weighting.mgda(), ALIGNED)).weights, [0, 1])).toBeLessThan(CLOSED_FORM);
    expect(deviation((await once(mtl.weighting.mgda(), ORTHOGONAL)).gradient, [0.5, 0.5])).toBeLessThan(CLOSED_FORM);
    expect(deviation((await once(mtl.weighting.mgda(), TORCHJD)).gradient, [0, 1, 1])).toBeLessThan(PRINTED);
    expect(deviation((await once(mtl.weighting.mgda({ rescale: true }), ORTHOGONAL)).gradient, [1, 1])).toBeLessThan(CLOSED_FORM);
  });

  test('three tasks: the exact min-norm point (its Frank-Wolfe gap vanishes up to float32 rounding of G)', async () => {
    for (const [name, g] of [
      ['THREE', THREE],
      ['PARETO_STATIONARY', PARETO_STATIONARY],
    ] as const) {
      const { weights, gradient } = await once(mtl.weighting.mgda(), g as Matrix);
      const m = gramOf(g as Matrix);
      const ma = matVec(m, weights);
      // Frank-Wolfe gap αᵀMα − min_i (Mα)_i ≥ f(α) − f* ≥ ½‖d − d*‖² for f = ½‖Gᵀα‖².
      const gap = dot(weights, ma) - Math.min(...ma);
      const exact = combine(minNormReference(g as Matrix), g as Matrix);
      const distance = norm(sub(gradient, exact));
      report.push(`mgda ${name}: Frank-Wolfe gap ${gap.toExponential(2)}, ‖d − d*‖ ${distance.toExponential(2)} (bound √(2·gap) ${Math.sqrt(2 * Math.max(gap, 0)).toExponential(2)}), ‖d*‖ ${norm(exact).toExponential(2)}`);
      expect(Math.abs(sum(weights) - 1)).toBeLessThan(1e-6);
      expect(Math.min(...weights)).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(1e-6);
      expect(distance).toBeLessThan(1e-6);
      expect(distance).toBeLessThanOrEqual(Math.sqrt(2 * Math.max(gap, 0)) + 1e-6);
    }
  });
});

describe('CAGrad', () => {
  test('two tasks: the closed-form dual solution matches a golden-section search and torchjd', async () => {
    for (const [name, g] of [
      ['CONFLICTING', CONFLICTING],
      ['ALIGNED', ALIGNED],
      ['ORTHOGONAL', ORTHOGONAL],
      ['TORCHJD', TORCHJD],
    ] as const) {
      const { weights, gradient } = await once(mtl.weighting.cagrad(), g as Matrix);
      const expected = cagradWeightsReference(g as Matrix, 0.5, 1.25);
      const d = deviation(weights, expected);
      report.push(`cagrad ${name}: weights ${weights.map((x) => x.toFixed(5)).join(', ')}, deviation ${d.toExponential(2)}`);
      expect(d).toBeLessThan(1e-5);
      expect(deviation(gradient, combine(expected, g as Matrix))).toBeLessThan(1e-5);
    }
    // torchjd's CAGrad(c=0.5) returns 1/K + (√φ/‖g_w‖)w without rescaling: rescale 0, divided by K = 2.
    const plain = await once(mtl.weighting.cagrad({ rescale: 0 }), TORCHJD);
    expect(deviation(scale(plain.gradient, 1 / 2), [0.1835, 1.2041, 1.2041])).toBeLessThan(PRINTED);
    // c = 0 is the mean gradient, times K (the sum).
    expect(deviation((await once(mtl.weighting.cagrad({ c: 0 }), CONFLICTING)).gradient, [0, 0.1])).toBeLessThan(CLOSED_FORM);
  });

  test('three tasks: the dual solved exactly has a vanishing Frank-Wolfe gap and matches a nested golden-section search', async () => {
    for (const [name, g] of [
      ['THREE', THREE],
      ['PARETO_STATIONARY', PARETO_STATIONARY],
    ] as const) {
      const { weights, gradient } = await once(mtl.weighting.cagrad(), g as Matrix);
      const m = gramOf(g as Matrix);
      // Back from the weights to the dual's w: weights·(1 + c²)/K − 1/K is proportional to w.
      const raw = weights.map((x) => (x * 1.25) / 3 - 1 / 3);
      const w = scale(raw, 1 / sum(raw));
      const gap = cagradDualGap(m, 0.5, w);
      const expected = cagradWeightsReference(g as Matrix, 0.5, 1.25);
      const d = deviation(gradient, combine(expected, g as Matrix));
      report.push(`cagrad ${name}: dual Frank-Wolfe gap ${gap.toExponential(2)} (normalised Gram), deviation of d ${d.toExponential(2)}`);
      expect(gap).toBeLessThan(1e-6);
      expect(d).toBeLessThan(1e-5);
    }
  });
});

describe('GradVac', () => {
  test('with its targets at 0 (the first step) GradVac is PCGrad; the targets then follow the EMA of the cosines', async () => {
    const harness = await Harness.create(mtl.weighting.gradvac(), 2, 3);
    try {
      const first = await harness.run(TORCHJD, 0);
      expect(deviation(first.gradient, [0.5848, 3.8012, 3.8012])).toBeLessThan(PRINTED);
      // cos(g1, g2) = −22/√(18·38) = −0.84024: the targets become 0.01·cos on both off-diagonal entries.
      const cosine = -22 / Math.sqrt(18 * 38);
      const afterFirst = gradvacReference(TORCHJD, [
        [0, 0],
        [0, 0],
      ], [[1], [0]], 0.01);
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
    const harness = await Harness.create(mtl.weighting.gradvac({ beta: 0.3 }), 3, 3);
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

describe('IMTL-G', () => {
  test('the paper\'s D/U closed form equals torchjd\'s α ∝ M⁻¹‖g‖, and the update has equal projections on every unit gradient', async () => {
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
      report.push(`imtl_g ${name}: weights deviation ${d.toExponential(2)}, projections ${projections.map((x) => x.toFixed(6)).join(', ')}`);
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

describe('Aligned-MTL', () => {
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
    expect(deviation(scale((await once(mtl.weighting.alignedMtl(), TORCHJD)).gradient, 1 / 2), [0.2133, 0.9673, 0.9673])).toBeLessThan(PRINTED);
    // Orthogonal gradients of equal norm are already aligned: B = I.
    expect(deviation((await once(mtl.weighting.alignedMtl(), ORTHOGONAL)).weights, [1, 1])).toBeLessThan(CLOSED_FORM);
  });
});

describe('UPGrad', () => {
  test('each task gradient projected on the dual cone, against the exact QP solutions; the update conflicts with no task', async () => {
    for (const [name, g] of [
      ['CONFLICTING', CONFLICTING],
      ['ALIGNED', ALIGNED],
      ['ORTHOGONAL', ORTHOGONAL],
      ['TORCHJD', TORCHJD],
      ['THREE', THREE],
      ['PARETO_STATIONARY', PARETO_STATIONARY],
    ] as const) {
      const { weights, gradient } = await once(mtl.weighting.upgrad(), g as Matrix);
      const expected = upgradReference(g as Matrix);
      const d = deviation(weights, expected);
      // No conflict: the QPs' KKT conditions (M/tr + εI)v_k ≥ 0 sum to g_i·d ≥ −ε·tr(M)·weights_i (ε = 1e-4),
      // which is g_i·d ≥ 0 but for the regularisation. PARETO_STATIONARY's dual cone is {0}: there d ≈ 0.
      const m = gramOf(g as Matrix);
      const tr = sum(m.map((r, i) => r[i]));
      const slack = Math.min(...(g as Matrix).map((gi, i) => dot(gi, gradient) + 1e-4 * tr * weights[i]));
      report.push(`upgrad ${name}: weights ${weights.map((x) => x.toFixed(5)).join(', ')}, deviation ${d.toExponential(2)}, min_i g_i·d + ε·tr·w_i ${slack.toExponential(2)}, ‖d‖ ${norm(gradient).toExponential(2)}`);
      expect(d).toBeLessThan(1e-5);
      expect(slack).toBeGreaterThan(-1e-6);
    }
    expect(deviation((await once(mtl.weighting.upgrad(), TORCHJD)).gradient, [0.2929, 1.9004, 1.9004])).toBeLessThan(PRINTED);
    // No conflict: every e_i/K is already in the dual cone, and UPGrad is the mean.
    expect(deviation((await once(mtl.weighting.upgrad(), ALIGNED)).weights, [0.5, 0.5])).toBeLessThan(CLOSED_FORM);
  });
});

describe('Nash-MTL', () => {
  test('Mα = 1/α by damped Newton steps to a residual tolerance, against a converged float64 solve; the update is clipped to norm 1 in parameter mode', async () => {
    for (const [name, g] of [
      ['CONFLICTING', CONFLICTING],
      ['ALIGNED', ALIGNED],
      ['ORTHOGONAL', ORTHOGONAL],
      ['TORCHJD', TORCHJD],
      ['THREE', THREE],
    ] as const) {
      const { weights, gradient, logs } = await once(mtl.weighting.nashMtl({ maxNorm: 0 }), g as Matrix);
      const expected = nashReference(g as Matrix);
      const d = deviation(weights, expected);
      report.push(`nash_mtl ${name}: ‖M̂α − 1/α‖ ${logs['nash_mtl/residual'].toExponential(2)} (float32), α deviation ${d.toExponential(2)}`);
      expect(logs['nash_mtl/residual']).toBeLessThan(1e-5);
      expect(d).toBeLessThan(1e-5);
      expect(deviation(gradient, combine(expected, g as Matrix))).toBeLessThan(1e-5);
    }
    // G = I: M̂ = I/√2, so α_i = 2^{1/4}.
    expect(deviation((await once(mtl.weighting.nashMtl({ maxNorm: 0 }), ORTHOGONAL)).weights, [2 ** 0.25, 2 ** 0.25])).toBeLessThan(CLOSED_FORM);
    // torchjd (20 CCP steps, stopping at a residual of 1e-3, then clipped to norm 1).
    const clipped = await once(mtl.weighting.nashMtl(), TORCHJD);
    expect(norm(clipped.gradient)).toBeCloseTo(1, 5);
    expect(deviation(clipped.gradient, [0.0542, 0.7061, 0.7061])).toBeLessThan(1e-3);
  });
});

describe('option checks name the strategy', () => {
  test('invalid options are refused when the strategy is created', () => {
    expect(() => mtl.weighting.cagrad({ c: -1 })).toThrow(/cagrad: c must be/);
    expect(() => mtl.weighting.cagrad({ maxIterations: 0 })).toThrow(/cagrad: maxIterations/);
    expect(() => mtl.weighting.upgrad({ maxIterations: 1.5 })).toThrow(/upgrad: maxIterations/);
    expect(() => mtl.weighting.nashMtl({ maxNorm: -1 })).toThrow(/nashMtl: maxNorm/);
    expect(() => mtl.weighting.gradvac({ beta: 2 })).toThrow(/gradvac: beta/);
    expect(() => mtl.weighting.gradnorm({ alpha: -1 })).toThrow(/gradnorm: alpha/);
  });

  test('GradNorm refuses the representation mode; the Gram-based strategies accept it', () => {
    expect(mtl.weighting.gradnorm().supportsRepresentation).toBe(false);
    for (const w of [mtl.weighting.pcgrad(), mtl.weighting.mgda(), mtl.weighting.cagrad(), mtl.weighting.gradvac(), mtl.weighting.imtlG(), mtl.weighting.nashMtl(), mtl.weighting.alignedMtl(), mtl.weighting.upgrad()]) {
      expect(w.supportsRepresentation).toBe(true);
      expect(w.kind).toBe('gradient');
    }
    const input = layers.input({ name: 'x', shape: [2] });
    const trunk = layers.dense({ units: 2, name: 'trunk' }).apply(input);
    expect(() =>
      mtl.model({
        inputs: { x: input },
        trunk,
        tasks: { a: { head: layers.dense({ units: 1, name: 'ha' }), loss: 'mse' }, b: { head: layers.dense({ units: 1, name: 'hb' }), loss: 'mse' } },
        weighting: mtl.weighting.gradnorm(),
        gradientMode: 'representation',
        optimizer: optimizers.sgd({ learningRate: 0.1 }),
      }),
    ).toThrow(/weighting "gradnorm" does not support the representation-gradient mode/);
  });
});

// ---------------------------------------------------------------------------------------------
// Representation mode. With a linear trunk z = xW + b and batches of one example, the shared
// parameters' gradient of any task is J·∂L/∂z with J·Jᵀ = (‖x‖² + 1)·I, so the parameter-mode
// Gram matrix is the representation-mode one times a constant. Every strategy here is invariant
// to that scale and combines the rows linearly, so the combined parameter gradient is exactly the
// chain rule applied to the combined representation gradient: both modes must train the same
// weights, up to float32 rounding.

function regressionData(n: number, seed: number): Record<string, Float32Array> {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  const x = new Float32Array(n * 3);
  const a = new Float32Array(n);
  const b = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 3; j++) x[i * 3 + j] = next();
    // Two tasks pulling the shared layer in conflicting directions.
    a[i] = x[i * 3] + 0.5 * x[i * 3 + 1];
    b[i] = -x[i * 3] + 2 * x[i * 3 + 2];
  }
  return { x, a, b };
}

async function trainTwoTasks(weighting: Weighting, mode: 'parameters' | 'representation', options: { activation?: 'relu'; batchSize: number; steps: number }) {
  const input = layers.input({ name: 'x', shape: [3] });
  const trunk = layers.dense({ units: 4, activation: options.activation, name: 'trunk' }).apply(input);
  const model = mtl.model({
    inputs: { x: input },
    trunk,
    tasks: {
      a: { head: layers.dense({ units: 1, name: 'head_a' }), loss: 'mse' },
      b: { head: layers.dense({ units: 1, name: 'head_b' }), loss: 'mse' },
    },
    weighting,
    gradientMode: mode,
    optimizer: optimizers.sgd({ learningRate: 0.05 }),
    seed: 3,
  });
  const data = regressionData(options.steps * options.batchSize, 7);
  const history = await model.fit(data, { epochs: 1, batchSize: options.batchSize, shuffle: false, verbose: false });
  const weights = await model.compiled.getWeights();
  const kernel = Array.from(weights.get('trunk/kernel')!.data() as Float32Array);
  for (const t of weights.values()) t.dispose();
  const evaluation = await model.evaluate(regressionData(256, 11), { batchSize: 64 });
  await model.close();
  return { kernel, history, evaluation };
}

describe('representation-gradient mode', () => {
  const strategies: Array<[string, () => Weighting]> = [
    ['pcgrad', () => mtl.weighting.pcgrad()],
    ['mgda', () => mtl.weighting.mgda()],
    ['cagrad', () => mtl.weighting.cagrad()],
    ['gradvac', () => mtl.weighting.gradvac()],
    ['imtl_g', () => mtl.weighting.imtlG()],
    ['aligned_mtl', () => mtl.weighting.alignedMtl()],
    ['upgrad', () => mtl.weighting.upgrad()],
    // The clipping acts on the parameter gradient only, so it is off for the comparison.
    ['nash_mtl', () => mtl.weighting.nashMtl({ maxNorm: 0 })],
  ];

  test.each(strategies)('%s: with a linear trunk and one example per step, both modes train the same weights', async (name, make) => {
    const parameters = await trainTwoTasks(make(), 'parameters', { batchSize: 1, steps: 12 });
    const representation = await trainTwoTasks(make(), 'representation', { batchSize: 1, steps: 12 });
    const d = deviation(representation.kernel, parameters.kernel);
    report.push(`${name}: trunk kernel after 12 steps, representation vs parameter mode: max deviation ${d.toExponential(2)}`);
    expect(d).toBeLessThan(1e-5);
  });

  test.each(strategies.slice(0, 2))('%s: a ReLU trunk with batches of 16 trains in representation mode (finite, decreasing loss)', async (_name, make) => {
    const before = await trainTwoTasks(make(), 'representation', { activation: 'relu', batchSize: 16, steps: 1 });
    const after = await trainTwoTasks(make(), 'representation', { activation: 'relu', batchSize: 16, steps: 40 });
    expect(Number.isFinite(after.evaluation.loss)).toBe(true);
    expect(after.evaluation.a_loss).toBeLessThan(before.evaluation.a_loss);
    expect(after.evaluation.b_loss).toBeLessThan(before.evaluation.b_loss);
  });
});

// ---------------------------------------------------------------------------------------------
// GradNorm's weight rule on a two-variable "network": L_i = s_i‖W − t_i‖² with fed scales s_i,
// so ∂L_i/∂W = 2s_i(W − t_i) and ‖∂L_i/∂W‖ = 2s_i‖W − t_i‖ are known in closed form.

describe('GradNorm', () => {
  test('log w_i steps on sign(G_i − Ḡ·r_i^α)·G_i/Ḡ, then Σ w = K; L_i(0) is the first step\'s; only ∂L_i/∂W is built', async () => {
    const graph = new Graph();
    const state = graphState(graph, 0);
    const w = state.createVariable('shared/kernel', ops.constant(graph, [1, 2], 'float32'), { trainable: true, shape: [2] });
    const scales = ops.placeholder(graph, { dtype: 'float32', shape: [2], name: 'scales' });
    const step = ops.placeholder(graph, { dtype: 'int64', shape: [], name: 'step' });
    const targets = [
      [0, 0],
      [1, 4],
    ];
    const read = w.read();
    const losses = targets.map((t, i) => ops.mul(ops.gatherV2(scales, ops.constant(graph, i, 'int32'), ops.constant(graph, 0, 'int32')), ops.reduceSum(ops.square(ops.sub(read, ops.constant(graph, t, 'float32'))))));
    const learningRate = 0.1;
    const alpha = 1.5;
    const result = mtl.weighting.gradnorm({ learningRate, alpha }).build({
      graph,
      state,
      taskNames: ['near', 'far'],
      losses,
      step,
      taskGradients: () => {
        throw new Error('GradNorm must not build the task-gradient matrix');
      },
      sharedVariables: [w],
      representationMode: false,
    });
    const session = new Session(graph);
    await session.run(null, [], state.variables.map((v) => v.initializer));
    const run = async (s: number[], at: number) => {
      const feeds: Array<[Output, Tensor]> = [
        [scales, Tensor.from(s, { dtype: 'float32' })],
        [step, Tensor.from(BigInt(at), { dtype: 'int64' })],
      ];
      const [objective, weights] = await session.run(feeds, [result.objective!, result.weights], result.updates);
      const values = { objective: objective.item() as number, weights: weights.array() as number[] };
      objective.dispose();
      weights.dispose();
      const [after] = await session.run(null, [state.variable('mtl/gradnorm/weights')!.read()]);
      const next = after.array() as number[];
      after.dispose();
      return { ...values, next };
    };
    // ‖W − t‖² = 5 and 4 (W = (1, 2)): ‖∇_W L_i‖ = 2s_i·(√5, 2).
    const distance = [5, 4];
    const reference = (s: number[], weights: number[], initial: number[]) => {
      const n = s.map((si, i) => 2 * si * Math.sqrt(distance[i]));
      const g = n.map((ni, i) => weights[i] * ni);
      const mean = sum(g) / 2;
      const ratio = s.map((si, i) => (si * distance[i]) / initial[i]);
      const r = ratio.map((x) => x / (sum(ratio) / 2));
      const stepped = weights.map((wi, i) => wi * Math.exp((-learningRate * Math.sign(g[i] - mean * r[i] ** alpha) * g[i]) / mean));
      return scale(stepped, 2 / sum(stepped));
    };
    try {
      // Step 0: L(0) = (5, 4) is recorded, r = 1, so the target is Ḡ and the larger G_i is pulled down.
      const first = await run([1, 1], 0);
      expect(first.weights).toEqual([1, 1]);
      expect(first.objective).toBeCloseTo(9, 5);
      const afterFirst = reference([1, 1], [1, 1], [5, 4]);
      expect(deviation(first.next, afterFirst)).toBeLessThan(CLOSED_FORM);
      expect(first.next[0]).toBeLessThan(1); // ‖∇L_near‖ = 2√5 > ‖∇L_far‖ = 4
      // Step 1: the "near" loss halves (its scale does), "far" stays: "far" now lags, so its target rises.
      const second = await run([0.5, 1], 1);
      expect(second.objective).toBeCloseTo(afterFirst[0] * 2.5 + afterFirst[1] * 4, 5);
      const afterSecond = reference([0.5, 1], afterFirst, [5, 4]);
      expect(deviation(second.next, afterSecond)).toBeLessThan(CLOSED_FORM);
      expect(sum(second.next)).toBeCloseTo(2, 6);
      const [recorded] = await session.run(null, [state.variable('mtl/gradnorm/initial_losses')!.read()]);
      expect(deviation(recorded.array() as number[], [5, 4])).toBeLessThan(CLOSED_FORM);
      recorded.dispose();
    } finally {
      await session.close();
    }
  });
});
