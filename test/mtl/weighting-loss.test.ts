// Loss-based weighting strategies. Each formula is checked on hand-chosen losses
// L = [0.5, 2, 4]: the objective's value, its gradient with respect to each loss
// (TF_AddGradients through the strategy's graph) and the reported weights, against
// the formula evaluated in float64 here. Then DWA's epoch rule against the losses
// the trainer recorded, RLW's reproducibility, FAMO's update of its task logits,
// and a short fit of a two-task regression with every strategy.
import { Graph, Output, Session, Tensor, layers, mtl, optimizers } from '../../lib';
import * as ops from '../../lib/ops';
import { GraphState, graphState } from '../../lib/nn';
import { Random } from '../../lib/data';
import type { Weighting, WeightingContext, WeightingResult } from '../../lib/mtl';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const TASKS = ['a', 'b', 'c'];
const L = [0.5, 2, 4];
/** float32 values of about this size, through a few ops, agree with float64 to well under this. */
const TOLERANCE = 1e-6;

const sum = (xs: number[]) => xs.reduce((acc, x) => acc + x, 0);
const dot = (xs: number[], ys: number[]) => sum(xs.map((x, i) => x * ys[i]));
const softmax = (xs: number[]) => {
  const top = Math.max(...xs);
  const exps = xs.map((x) => Math.exp(x - top));
  return exps.map((e) => e / sum(exps));
};

/** Largest relative deviation seen per strategy (absolute where the expected value is 0), printed at the end. */
const deviations: Record<string, number> = {};

function expectClose(strategy: string, got: number | number[], expected: number | number[], tolerance = TOLERANCE): void {
  const g = Array.isArray(got) ? got : [got];
  const e = Array.isArray(expected) ? expected : [expected];
  expect(g).toHaveLength(e.length);
  g.forEach((value, i) => {
    const deviation = e[i] === 0 ? Math.abs(value) : Math.abs(value - e[i]) / Math.abs(e[i]);
    deviations[strategy] = Math.max(deviations[strategy] ?? 0, deviation);
    if (!(deviation <= tolerance)) throw new Error(`${strategy}: element ${i} is ${value}, expected ${e[i]} (relative deviation ${deviation.toExponential(2)} > ${tolerance})`);
  });
}

afterAll(() => {
  const lines = Object.entries(deviations).map(([name, d]) => `  ${name.padEnd(28)} ${d.toExponential(2)}`);
  console.log(`largest relative deviation from the hand-computed formula:\n${lines.join('\n')}`);
});

interface StepValues {
  objective: number;
  weights: number[];
  /** ∂objective/∂L_i. */
  gradients: number[];
  logs: Record<string, number>;
}

/**
 * A strategy built on its own on scalar loss placeholders and a step placeholder,
 * as mtl.model builds it, with ∂objective/∂L_i from TF's gradient builder.
 */
class Harness {
  readonly graph = new Graph();
  readonly state: GraphState;
  readonly losses: Output[];
  readonly step: Output;
  readonly result: WeightingResult;
  readonly session: Session;
  private readonly gradients: Array<Output | null>;

  constructor(weighting: Weighting, seed = 0, readonly taskNames = TASKS) {
    const graph = this.graph;
    this.state = graphState(graph, seed);
    this.losses = taskNames.map((t) => ops.placeholder(graph, { dtype: 'float32', shape: [], name: `loss/${t}` }));
    this.step = ops.placeholder(graph, { dtype: 'int64', shape: [], name: 'step' });
    const context: WeightingContext = {
      graph,
      state: this.state,
      taskNames,
      losses: this.losses,
      step: this.step,
      sharedVariables: [],
      representationMode: false,
      taskGradients: () => {
        throw new Error('a loss-based strategy asked for task gradients');
      },
    };
    this.result = graph.withNameScope(`weighting/${weighting.name}`, () => weighting.build(context));
    if (!this.result.objective) throw new Error(`${weighting.name} returned no objective`);
    this.gradients = graph.addGradients([this.result.objective], this.losses);
    this.session = new Session(graph);
  }

  async init(): Promise<this> {
    if (this.state.variables.length) await this.session.run(null, [], this.state.variables.map((v) => v.initializer));
    return this;
  }

  /** One evaluation at losses `values` (and step), running the strategy's updates when `train`. */
  async run(values: number[], options: { step?: number; train?: boolean } = {}): Promise<StepValues> {
    const feeds: Array<[Output, Tensor]> = this.losses.map((loss, i) => [loss, Tensor.from(values[i], { dtype: 'float32', shape: [] })]);
    feeds.push([this.step, Tensor.from(BigInt(options.step ?? 0), { dtype: 'int64', shape: [] })]);
    const logNames = Object.keys(this.result.logs ?? {});
    const gradients = this.gradients.map((g) => {
      if (!g) throw new Error('the objective does not depend on some loss');
      return g;
    });
    const fetches = [this.result.objective!, this.result.weights, ...gradients, ...logNames.map((n) => this.result.logs![n])];
    try {
      const out = await this.session.run(feeds, fetches, options.train ? this.result.updates ?? [] : []);
      const values = out.map((t) => Array.from(t.data() as Float32Array));
      out.forEach((t) => t.dispose());
      const k = this.taskNames.length;
      return {
        objective: values[0][0],
        weights: values[1],
        gradients: values.slice(2, 2 + k).map((v) => v[0]),
        logs: Object.fromEntries(logNames.map((n, i) => [n, values[2 + k + i][0]])),
      };
    } finally {
      feeds.forEach(([, t]) => t.dispose());
    }
  }

  async read(variable: string): Promise<number[]> {
    const v = this.state.variable(variable);
    if (!v) throw new Error(`no variable ${variable}`);
    const [t] = await this.session.run(null, [v.read()]);
    const values = Array.from(t.data() as Float32Array);
    t.dispose();
    return values;
  }

  async assign(variable: string, values: number[]): Promise<void> {
    const v = this.state.variable(variable);
    if (!v) throw new Error(`no variable ${variable}`);
    const slot = ops.placeholder(this.graph, { dtype: 'float32', shape: v.shape });
    const value = Tensor.from(values, { dtype: 'float32', shape: v.shape });
    await this.session.run([[slot, value]], [], [v.assign(slot)]);
    value.dispose();
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}

async function built(weighting: Weighting, seed = 0, taskNames = TASKS): Promise<Harness> {
  return new Harness(weighting, seed, taskNames).init();
}

describe('static strategies', () => {
  test('equal: Σ L_i, every weight 1', async () => {
    const h = await built(mtl.weighting.equal());
    const got = await h.run(L);
    expectClose('equal', got.objective, 6.5);
    expectClose('equal', got.gradients, [1, 1, 1]);
    expectClose('equal', got.weights, [1, 1, 1]);
    await h.close();
  });

  test('weightedSum: Σ w_i L_i, unnamed tasks weigh 1; bad weights and unknown tasks are refused', async () => {
    const h = await built(mtl.weighting.weightedSum({ a: 0.2, c: 3 }));
    const got = await h.run(L);
    expectClose('weightedSum', got.objective, 0.2 * 0.5 + 2 + 3 * 4);
    expectClose('weightedSum', got.gradients, [0.2, 1, 3]);
    expectClose('weightedSum', got.weights, [0.2, 1, 3]);
    await h.close();
    expect(() => mtl.weighting.weightedSum({ a: -1 })).toThrow(/weight of task "a" must be a finite number >= 0, got -1/);
    expect(() => new Harness(mtl.weighting.weightedSum({ z: 1 }))).toThrow(/names task "z", which the model does not have \(tasks: a, b, c\)/);
  });

  test('max: the largest loss; its gradient and weights are the one-hot of the argmax, split between ties', async () => {
    const h = await built(mtl.weighting.max());
    const got = await h.run(L);
    expectClose('max', got.objective, 4);
    expectClose('max', got.gradients, [0, 0, 1]);
    expectClose('max', got.weights, [0, 0, 1]);
    // Tied worst tasks: TensorFlow's Max gradient splits evenly, and the weights say so.
    const tie = await h.run([3, 3, 1]);
    expectClose('max', tie.objective, 3);
    expectClose('max', tie.gradients, [0.5, 0.5, 0]);
    expectClose('max', tie.weights, [0.5, 0.5, 0]);
    await h.close();
  });
});

describe('smooth max (STCH)', () => {
  /** μ log Σ exp(w (L − z)/μ) and its gradient weights w·softmax, in float64. */
  const stch = (losses: number[], mu: number, w = [1, 1, 1], z = [0, 0, 0]) => {
    const u = losses.map((l, i) => (w[i] * (l - z[i])) / mu);
    const top = Math.max(...u);
    const value = mu * (top + Math.log(sum(u.map((x) => Math.exp(x - top)))));
    return { value, weights: softmax(u).map((s, i) => w[i] * s) };
  };

  test('default μ = 1: log Σ exp L_i, weights softmax(L)', async () => {
    const h = await built(mtl.weighting.smoothMax());
    const got = await h.run(L);
    const want = stch(L, 1);
    expect(want.value).toBeCloseTo(Math.log(Math.exp(0.5) + Math.exp(2) + Math.exp(4)), 12);
    expectClose('smoothMax', got.objective, want.value);
    expectClose('smoothMax', got.gradients, want.weights);
    expectClose('smoothMax', got.weights, want.weights);
    // Losses far beyond exp's float32 range (e^89) still give the shifted, finite value.
    const large = await h.run([1000, 1001, 999]);
    expectClose('smoothMax', large.objective, 1001 + Math.log(1 + Math.exp(-1) + Math.exp(-2)));
    expectClose('smoothMax', large.gradients, softmax([1000, 1001, 999]));
    await h.close();
  });

  test('μ, preferences and ideal point; small μ approaches the max', async () => {
    const options = { mu: 0.5, preferences: { a: 2, c: 0.5 }, idealPoint: { a: 0.1, b: 0.2, c: 0.3 } };
    const h = await built(mtl.weighting.smoothMax(options));
    const got = await h.run(L);
    const want = stch(L, 0.5, [2, 1, 0.5], [0.1, 0.2, 0.3]);
    expectClose('smoothMax', got.objective, want.value);
    expectClose('smoothMax', got.gradients, want.weights);
    expectClose('smoothMax', got.weights, want.weights);
    await h.close();
    // μ = 0.01: the other terms are e^{-200} and e^{-350} of the largest, far below float32.
    const sharp = await built(mtl.weighting.smoothMax({ mu: 0.01 }));
    const nearMax = await sharp.run(L);
    expectClose('smoothMax', nearMax.objective, 4);
    expectClose('smoothMax', nearMax.gradients, [0, 0, 1]);
    await sharp.close();
  });

  test('refuses bad options and unknown tasks', () => {
    expect(() => mtl.weighting.smoothMax({ mu: 0 })).toThrow(/smoothMax: mu must be a finite number > 0, got 0/);
    expect(() => mtl.weighting.smoothMax({ preferences: { a: 0 } })).toThrow(/preference of task "a" must be a finite number > 0, got 0/);
    expect(() => mtl.weighting.smoothMax({ idealPoint: { a: NaN } })).toThrow(/ideal point of task "a" must be a finite number, got NaN/);
    expect(() => new Harness(mtl.weighting.smoothMax({ idealPoint: { q: 1 } }))).toThrow(/idealPoint names task "q", which the model does not have/);
  });
});

describe('uncertainty (Kendall et al. 2018)', () => {
  test('Σ L_i/(2e^{s_i}) + s_i/2: gradients in L and in s, weights 1/(2e^{s_i}), σ_i = e^{s_i/2}', async () => {
    const h = new Harness(mtl.weighting.uncertainty());
    const logVariance = h.state.variable('mtl/uncertainty/log_variance')!;
    const [dS] = h.graph.addGradients([h.result.objective!], [logVariance.handle]);
    await h.init();
    const s = [0.3, -0.2, 0.7];
    await h.assign('mtl/uncertainty/log_variance', s);
    const got = await h.run(L);
    const weights = s.map((si) => 0.5 * Math.exp(-si));
    expectClose('uncertainty', got.objective, sum(L.map((l, i) => weights[i] * l + s[i] / 2)));
    expectClose('uncertainty', got.gradients, weights);
    expectClose('uncertainty', got.weights, weights);
    expectClose('uncertainty', TASKS.map((t) => got.logs[`sigma/${t}`]), s.map((si) => Math.exp(si / 2)));
    const feeds: Array<[Output, Tensor]> = h.losses.map((loss, i) => [loss, Tensor.from(L[i], { dtype: 'float32', shape: [] })]);
    const [ds] = await h.session.run(feeds, [dS!]);
    // ∂/∂s_i = 1/2 − L_i/(2e^{s_i}): zero at the optimum e^{s_i} = L_i.
    expectClose('uncertainty', Array.from(ds.data() as Float32Array), L.map((l, i) => 0.5 - weights[i] * l));
    ds.dispose();
    feeds.forEach(([, t]) => t.dispose());
    // A fresh variable starts at the given log-variance.
    const fresh = await built(mtl.weighting.uncertainty({ initialLogVariance: Math.log(2) }));
    expectClose('uncertainty', (await fresh.run(L)).weights, [0.25, 0.25, 0.25]);
    await fresh.close();
    await h.close();
  });
});

describe('geometric mean (GLS)', () => {
  test('(Π L_i)^{1/K} = exp(mean log L_i); gradient weights GLS/(K L_i)', async () => {
    const h = await built(mtl.weighting.gls());
    const got = await h.run(L);
    const eps = 1e-8;
    const gls = Math.exp(sum(L.map((l) => Math.log(l + eps))) / 3);
    // ε changes nothing at float32 precision: Π L = 4, so GLS = ∛4.
    expect(gls).toBeCloseTo(Math.cbrt(4), 7);
    const weights = L.map((l) => gls / (3 * (l + eps)));
    expectClose('gls', got.objective, gls);
    expectClose('gls', got.gradients, weights);
    expectClose('gls', got.weights, weights);
    // A zero loss (no label for a task in the batch) gives finite values thanks to ε.
    const zero = await h.run([0, 2, 4]);
    expect([zero.objective, ...zero.gradients].every(Number.isFinite)).toBe(true);
    await h.close();
    expect(() => mtl.weighting.gls({ epsilon: -1 })).toThrow(/gls: epsilon must be a finite number >= 0, got -1/);
  });
});

describe('random loss weighting (RLW)', () => {
  test('weights sum to 1, change every step, repeat for the same seed and step; objective Σ λ_i L_i', async () => {
    const h = await built(mtl.weighting.rlw({ seed: 7 }));
    const steps = await Promise.all([0, 1, 2, 3].map((step) => h.run(L, { step })));
    for (const got of steps) {
      expectClose('rlw', sum(got.weights), 1);
      expect(got.weights.every((w) => w > 0)).toBe(true);
      expectClose('rlw', got.objective, dot(got.weights, L));
      expectClose('rlw', got.gradients, got.weights);
    }
    for (let i = 1; i < steps.length; i++) expect(steps[i].weights).not.toEqual(steps[i - 1].weights);
    // Same seed and step in another graph (a resumed run): the same weights, bit for bit.
    const again = await built(mtl.weighting.rlw({ seed: 7 }));
    expect((await again.run(L, { step: 2 })).weights).toEqual(steps[2].weights);
    // Without a seed, the model's seed is used.
    const modelSeed = await built(mtl.weighting.rlw(), 7);
    expect((await modelSeed.run(L, { step: 2 })).weights).toEqual(steps[2].weights);
    const otherSeed = await built(mtl.weighting.rlw({ seed: 8 }));
    expect((await otherSeed.run(L, { step: 2 })).weights).not.toEqual(steps[2].weights);
    // By symmetry of N(0, I), E[softmax(ε)_i] = 1/K. Over 1000 steps the standard error of
    // each mean is about 0.006 (a softmax weight of 3 normals has s.d. ≈ 0.2).
    const means = [0, 0, 0];
    for (let step = 0; step < 1000; step++) (await h.run(L, { step })).weights.forEach((w, i) => (means[i] += w / 1000));
    for (const m of means) expect(Math.abs(m - 1 / 3)).toBeLessThan(0.02);
    console.log(`rlw: mean weights over 1000 steps ${means.map((m) => m.toFixed(4)).join(' ')} (expected 1/3 each)`);
    await Promise.all([h, again, modelSeed, otherSeed].map((x) => x.close()));
    expect(() => mtl.weighting.rlw({ seed: 1.5 })).toThrow(/rlw: seed must be an integer, got 1.5/);
  });
});

describe('FAMO (Liu et al. 2023)', () => {
  const eps = 1e-8;
  /** c_i = (z_i/L_i) / Σ_j z_j/L_j with z = softmax(ξ). */
  const famoWeights = (xi: number[], losses: number[]) => {
    const z = softmax(xi);
    const ratio = z.map((zi, i) => zi / (losses[i] + eps));
    return ratio.map((r) => r / sum(ratio));
  };
  /** ξ − β(J_softmax(ξ)ᵀ δ + γ ξ), with the Jacobian written out: J_ij = z_i(1[i=j] − z_j). */
  const famoUpdate = (xi: number[], previous: number[], now: number[], beta: number, gamma: number) => {
    const z = softmax(xi);
    const delta = previous.map((p, i) => Math.log(p + eps) - Math.log(now[i] + eps));
    const jacobian = z.map((zi, i) => z.map((zj, j) => zi * ((i === j ? 1 : 0) - zj)));
    const vjp = xi.map((_, j) => sum(jacobian.map((rowI, i) => rowI[j] * delta[i])));
    return xi.map((x, j) => x - beta * (vjp[j] + gamma * x));
  };

  test('objective Σ stopGradient(c_i) L_i: gradient c_i = (z_i/L_i)/Σ z_j/L_j, value the z-weighted harmonic mean', async () => {
    const h = await built(mtl.weighting.famo());
    const xi = [0.1, -0.2, 0.3];
    await h.assign('mtl/famo/logits', xi);
    const got = await h.run(L);
    const c = famoWeights(xi, L);
    expectClose('famo', got.gradients, c);
    expectClose('famo', got.weights, c);
    const z = softmax(xi);
    expectClose('famo', got.objective, 1 / sum(z.map((zi, i) => zi / L[i])));
    expectClose('famo', TASKS.map((t) => got.logs[`famo_z/${t}`]), z);
    // Equal logits, equal losses' shares: c ∝ 1/L, the gradient of Σ log L_i / K rescaled.
    await h.assign('mtl/famo/logits', [0, 0, 0]);
    const flat = await h.run(L);
    const inverse = L.map((l) => 1 / l);
    expectClose('famo', flat.weights, inverse.map((v) => v / sum(inverse)));
    await h.close();
  });

  test('ξ update from the change of log losses between consecutive steps', async () => {
    const beta = 0.5;
    const gamma = 0.1;
    const h = await built(mtl.weighting.famo({ learningRate: beta, weightDecay: gamma }));
    const xi0 = [0.1, -0.2, 0.3];
    await h.assign('mtl/famo/logits', xi0);
    // Step 1: nothing to compare with yet, ξ stays; the log losses are kept.
    const losses1 = [0.5, 2, 4];
    const step1 = await h.run(losses1, { train: true });
    expectClose('famo', step1.weights, famoWeights(xi0, losses1));
    expectClose('famo', await h.read('mtl/famo/logits'), xi0);
    expectClose('famo', await h.read('mtl/famo/previous_log_losses'), losses1.map((l) => Math.log(l + eps)));
    // Step 2: the weights still come from ξ0 (read before the update), then ξ moves.
    const losses2 = [0.4, 1.9, 4.2];
    const step2 = await h.run(losses2, { train: true });
    expectClose('famo', step2.weights, famoWeights(xi0, losses2));
    const xi1 = famoUpdate(xi0, losses1, losses2, beta, gamma);
    const got1 = await h.read('mtl/famo/logits');
    expectClose('famo', got1, xi1);
    // The step itself (ξ1 − ξ0, about 0.03), to the precision float32 subtraction leaves it.
    expectClose('famo ξ step', got1.map((x, i) => x - xi0[i]), xi1.map((x, i) => x - xi0[i]), 1e-5);
    // Task c's loss rose, task a's fell most: c gains weight, a loses it.
    expect(xi1[2] - xi0[2]).toBeGreaterThan(0);
    expect(xi1[0] - xi0[0]).toBeLessThan(0);
    // Step 3 chains from the log losses of step 2.
    const losses3 = [0.3, 1.9, 4.5];
    await h.run(losses3, { train: true });
    expectClose('famo', await h.read('mtl/famo/logits'), famoUpdate(xi1, losses2, losses3, beta, gamma));
    await h.close();
  });

  test('default β = 0.025, γ = 0.001; bad options refused', async () => {
    const h = await built(mtl.weighting.famo());
    const xi0 = [0.4, 0, -0.4];
    await h.assign('mtl/famo/logits', xi0);
    await h.run([1, 1, 1], { train: true });
    await h.run([0.5, 1, 2], { train: true });
    const got = await h.read('mtl/famo/logits');
    const want = famoUpdate(xi0, [1, 1, 1], [0.5, 1, 2], 0.025, 0.001);
    expectClose('famo', got, want);
    expectClose('famo ξ step', got.map((x, i) => x - xi0[i]), want.map((x, i) => x - xi0[i]), 1e-4);
    await h.close();
    expect(() => mtl.weighting.famo({ learningRate: 0 })).toThrow(/famo: learningRate must be a finite number > 0, got 0/);
    expect(() => mtl.weighting.famo({ weightDecay: -1 })).toThrow(/famo: weightDecay must be a finite number >= 0, got -1/);
  });
});

describe('dynamic weight average (DWA, Liu et al. 2019)', () => {
  /** K·softmax(r/T), r_i = L̄_i(t−1)/L̄_i(t−2). */
  const dwaWeights = (last: number[], beforeLast: number[], temperature = 2) => softmax(last.map((l, i) => l / beforeLast[i] / temperature)).map((s) => s * last.length);

  test('weights 1 for two epochs, then K·softmax(r/T) from the epoch-mean loss ratios', async () => {
    const h = await built(mtl.weighting.dwa());
    const hook = h.result.onEpochEnd!;
    const epochs = [
      [1, 2, 4],
      [0.5, 1.8, 4.4],
      [0.25, 1.7, 4.4],
    ];
    await hook(0, { a: 1, b: 2, c: 4 }, h.session);
    let got = await h.run(L);
    expectClose('dwa', got.weights, [1, 1, 1]);
    expectClose('dwa', got.objective, sum(L));
    await hook(1, { a: 0.5, b: 1.8, c: 4.4 }, h.session);
    got = await h.run(L);
    const third = dwaWeights(epochs[1], epochs[0]);
    expectClose('dwa', got.weights, third);
    expectClose('dwa', got.gradients, third);
    expectClose('dwa', got.objective, dot(third, L));
    await hook(2, { a: 0.25, b: 1.7, c: 4.4 }, h.session);
    got = await h.run(L);
    expectClose('dwa', got.weights, dwaWeights(epochs[2], epochs[1]));
    expect(await h.read('mtl/dwa/epochs_seen')).toEqual([3]);
    await h.close();
    // T = 0.5 sharpens: the same ratios weigh task c (slowest) more.
    const sharp = await built(mtl.weighting.dwa({ temperature: 0.5 }));
    await sharp.result.onEpochEnd!(0, { a: 1, b: 2, c: 4 }, sharp.session);
    await sharp.result.onEpochEnd!(1, { a: 0.5, b: 1.8, c: 4.4 }, sharp.session);
    expectClose('dwa', (await sharp.run(L)).weights, dwaWeights(epochs[1], epochs[0], 0.5));
    await sharp.close();
    expect(() => mtl.weighting.dwa({ temperature: 0 })).toThrow(/dwa: temperature must be a finite number > 0, got 0/);
  });

  test('in fit: epochs 3 and 4 use the weights from the recorded epoch losses', async () => {
    const { model } = twoTaskModel(mtl.weighting.dwa());
    const history = await model.fit(regressionData(), { epochs: 4, batchSize: 32, verbose: false });
    const h = history.history;
    for (const epoch of [0, 1]) expectClose('dwa (fit)', [h['weight/y1'][epoch], h['weight/y2'][epoch]], [1, 1]);
    for (const epoch of [2, 3]) {
      const last = [h.y1_loss[epoch - 1], h.y2_loss[epoch - 1]];
      const beforeLast = [h.y1_loss[epoch - 2], h.y2_loss[epoch - 2]];
      const weights = dwaWeights(last, beforeLast);
      // The logged weight is the epoch mean of a value constant within the epoch.
      expectClose('dwa (fit)', [h['weight/y1'][epoch], h['weight/y2'][epoch]], weights);
      // So the epoch-mean objective is Σ w_i · (epoch-mean L_i), up to float32 sums.
      expectClose('dwa (fit) loss', h.loss[epoch], dot(weights, [h.y1_loss[epoch], h.y2_loss[epoch]]), 1e-5);
    }
    console.log(`dwa in fit: task losses ${h.y1_loss.map((v) => v.toFixed(4)).join(' ')} / ${h.y2_loss.map((v) => v.toFixed(4)).join(' ')}; weights ${h['weight/y1'].map((v) => v.toFixed(4)).join(' ')} / ${h['weight/y2'].map((v) => v.toFixed(4)).join(' ')}`);
    await model.close();
  });
});

// A two-task regression: y1 and y2 linear in x with different scales and a little noise.
function regressionData(n = 128): Record<string, Float32Array> {
  const random = Random.fromSeed(3);
  const x = new Float32Array(n * 3);
  const y1 = new Float32Array(n);
  const y2 = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 3; j++) x[i * 3 + j] = random.normal();
    y1[i] = x[i * 3] - 2 * x[i * 3 + 1] + 0.5 * x[i * 3 + 2] + 0.5 + 0.1 * random.normal();
    y2[i] = 3 * (0.3 * x[i * 3] + 0.8 * x[i * 3 + 1] - x[i * 3 + 2]) - 1 + 0.1 * random.normal();
  }
  return { x, y1, y2 };
}

function twoTaskModel(weighting: Weighting) {
  const input = layers.input({ name: 'x', shape: [3] });
  const trunk = layers.dense({ units: 16, activation: 'relu', name: 'shared' }).apply(input);
  const model = mtl.model({
    inputs: { x: input },
    trunk,
    tasks: {
      y1: { head: layers.dense({ units: 1, name: 'head1' }), loss: 'mse' },
      y2: { head: layers.dense({ units: 1, name: 'head2' }), loss: 'mse' },
    },
    weighting,
    optimizer: optimizers.adam({ learningRate: 0.02 }),
    seed: 1,
  });
  return { model };
}

describe('fit with every loss-based strategy', () => {
  const strategies: Array<[string, () => Weighting, string[]]> = [
    ['equal', () => mtl.weighting.equal(), []],
    ['weightedSum', () => mtl.weighting.weightedSum({ y1: 1, y2: 0.5 }), []],
    ['uncertainty', () => mtl.weighting.uncertainty(), ['mtl/uncertainty/log_variance']],
    ['max', () => mtl.weighting.max(), []],
    ['smoothMax', () => mtl.weighting.smoothMax(), []],
    ['dwa', () => mtl.weighting.dwa(), ['mtl/dwa/weights', 'mtl/dwa/last_epoch_losses', 'mtl/dwa/epochs_seen']],
    ['gls', () => mtl.weighting.gls(), []],
    ['rlw', () => mtl.weighting.rlw(), []],
    ['famo', () => mtl.weighting.famo(), ['mtl/famo/logits', 'mtl/famo/previous_log_losses', 'mtl/famo/has_previous']],
  ];
  test.each(strategies)('%s: finite losses that fall; its state is in the checkpointed variables', async (name, make, stateNames) => {
    const { model } = twoTaskModel(make());
    const epochs = 6;
    const history = await model.fit(regressionData(), { epochs, batchSize: 16, verbose: false });
    const h = history.history;
    for (const key of ['loss', 'y1_loss', 'y2_loss', 'weight/y1', 'weight/y2']) expect(h[key].every(Number.isFinite)).toBe(true);
    for (const task of ['y1_loss', 'y2_loss']) expect(h[task][epochs - 1]).toBeLessThan(0.5 * h[task][0]);
    const extra = Object.keys(h).filter((k) => /^(sigma|famo_z)\//.test(k)).map((k) => `, ${k} ${h[k][epochs - 1].toFixed(4)}`).join('');
    console.log(`${name}: y1_loss ${h.y1_loss[0].toFixed(3)} → ${h.y1_loss[epochs - 1].toFixed(3)}, y2_loss ${h.y2_loss[0].toFixed(3)} → ${h.y2_loss[epochs - 1].toFixed(3)}; last epoch's mean weights ${h['weight/y1'][epochs - 1].toFixed(4)} / ${h['weight/y2'][epochs - 1].toFixed(4)}${extra}`);
    const saved = await model.compiled.getWeights();
    for (const variable of stateNames) expect(saved.has(variable)).toBe(true);
    for (const t of saved.values()) t.dispose();
    await model.close();
  });
});

describe('resuming from a checkpoint continues the strategy\'s state', () => {
  // Epoch 3 of DWA needs the epoch-2 mean losses, FAMO the logits and last log losses,
  // RLW the step: all must come back from the checkpoint for the resumed epochs to match.
  test.each([
    ['dwa', () => mtl.weighting.dwa()],
    ['famo', () => mtl.weighting.famo({ learningRate: 0.5 })],
    ['rlw', () => mtl.weighting.rlw()],
  ] as Array<[string, () => Weighting]>)('%s: 2 epochs + checkpoint + 2 resumed epochs = 4 epochs', async (name, make) => {
    const data = regressionData();
    const options = { batchSize: 16, verbose: false };
    const straight = twoTaskModel(make()).model;
    const full = (await straight.fit(data, { ...options, epochs: 4 })).history;
    await straight.close();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hydra-tf-${name}-`));
    try {
      const first = twoTaskModel(make()).model;
      await first.fit(data, { ...options, epochs: 2 });
      await first.compiled.saveCheckpoint(dir);
      await first.close();
      const resumed = twoTaskModel(make()).model;
      await resumed.evaluate(data);
      await resumed.compiled.restoreCheckpoint(dir);
      const rest = (await resumed.fit(data, { ...options, epochs: 4, initialEpoch: 2 })).history;
      await resumed.close();
      for (const key of ['weight/y1', 'weight/y2', 'y1_loss', 'y2_loss']) expectClose(`${name} (resumed)`, rest[key], full[key].slice(2), 1e-5);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
