// Multi-task architectures: forward passes against the papers' formulas computed in JS on the
// same weights, variable names and shapes, a few training steps, and configuration errors.
import { Graph, Session, Tensor, layers, mtl, nn, ops, optimizers } from '../../lib';
import { Random } from '../../lib/data';

const { architectures } = mtl;
const { initializers } = nn;

type Matrix = number[][];
interface Weight {
  values: Float32Array;
  shape: number[];
}

// ---- JS reference ---------------------------------------------------------------------------

function matmul(x: Matrix, w: Weight): Matrix {
  const [rows, cols] = w.shape;
  return x.map((row) => {
    if (row.length !== rows) throw new Error(`reference matmul: ${row.length} vs ${rows}`);
    return Array.from({ length: cols }, (_, j) => row.reduce((sum, v, i) => sum + v * w.values[i * cols + j], 0));
  });
}

function dense(x: Matrix, kernel: Weight, bias?: Weight, activation: 'relu' | 'linear' = 'linear'): Matrix {
  return matmul(x, kernel).map((row) =>
    row.map((v, j) => {
      const z = v + (bias ? bias.values[j] : 0);
      return activation === 'relu' ? Math.max(z, 0) : z;
    }),
  );
}

function softmax(z: Matrix): Matrix {
  return z.map((row) => {
    const m = Math.max(...row);
    const e = row.map((v) => Math.exp(v - m));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  });
}

/** Σ_e gate[:, e] · experts[e]. */
function mix(gate: Matrix, experts: Matrix[]): Matrix {
  return gate.map((g, b) => experts[0][b].map((_, j) => experts.reduce((sum, expert, e) => sum + g[e] * expert[b][j], 0)));
}

/** A ReLU MLP whose dense layers are "<prefix>/dense", "<prefix>/dense_1", ... */
function mlp(x: Matrix, w: Map<string, Weight>, prefix: string, depth: number): Matrix {
  let h = x;
  for (let i = 0; i < depth; i++) {
    const name = `${prefix}/dense${i === 0 ? '' : `_${i}`}`;
    h = dense(h, w.get(`${name}/kernel`)!, w.get(`${name}/bias`)!, 'relu');
  }
  return h;
}

function expectClose(actual: Matrix, expected: Matrix, tolerance = 1e-5): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, b) => {
    expect(row.length).toBe(expected[b].length);
    row.forEach((v, j) => {
      if (Math.abs(v - expected[b][j]) > tolerance)
        throw new Error(`row ${b} column ${j}: got ${v}, expected ${expected[b][j]} (±${tolerance})`);
    });
  });
}

// ---- running a model once -------------------------------------------------------------------

/** Deterministic weights in [-1, 1) from a variable's name (FNV-1a hash seeding the data Random). */
function weightsByName(variable: nn.Variable): Float32Array {
  let hash = 2166136261;
  for (const c of variable.name) hash = Math.imul(hash ^ c.charCodeAt(0), 16777619) >>> 0;
  const random = Random.fromSeed(hash);
  const size = variable.shape.reduce((a, b) => a * b, 1);
  return Float32Array.from({ length: size }, () => random.uniform(-1, 1));
}

/**
 * Builds `outputs` on input `x` into a fresh graph with inference behaviour, assigns each
 * variable the values `weightsFor` gives (null: keeps its initializer's), and runs it once.
 */
async function forward(
  input: nn.SymbolicTensor,
  outputs: Record<string, nn.SymbolicTensor>,
  x: Matrix,
  weightsFor: (variable: nn.Variable) => Float32Array | null = () => null,
): Promise<{ outputs: Record<string, Matrix>; weights: Map<string, Weight> }> {
  const model = nn.model({ inputs: { x: input }, outputs });
  const graph = new Graph();
  const state = nn.graphState(graph, 1);
  const placeholders = model.placeholders(graph);
  const built = model.build(graph, placeholders, { training: false });
  const variables = model.weights(graph);
  const session = new Session(graph);
  try {
    await session.run(
      null,
      [],
      state.variables.map((v) => v.initializer),
    );
    const assigned = variables.map((v) => [v, weightsFor(v)] as const).filter(([, values]) => values !== null);
    if (assigned.length) {
      const slots = assigned.map(([v]) => ops.placeholder(graph, { dtype: v.dtype, shape: v.shape }));
      await session.run(
        assigned.map(
          ([v, values], i) => [slots[i], Tensor.from(values!, { dtype: 'float32', shape: v.shape })] as [(typeof slots)[number], Tensor],
        ),
        [],
        assigned.map(([v], i) => v.assign(slots[i])),
      );
    }
    const values = await session.run(
      null,
      variables.map((v) => v.read()),
    );
    const weights = new Map(variables.map((v, i) => [v.name, { values: values[i].data() as Float32Array, shape: v.shape }]));
    const names = Object.keys(built);
    const results = await session.run(
      [[placeholders.x, Tensor.from(x.flat(), { dtype: 'float32', shape: [x.length, x[0].length] })]],
      names.map((n) => built[n]),
    );
    const asMatrix = (t: Tensor): Matrix => {
      const [rows, cols] = t.shape;
      const data = t.data() as Float32Array;
      return Array.from({ length: rows }, (_, r) => Array.from(data.subarray(r * cols, (r + 1) * cols)));
    };
    return { outputs: Object.fromEntries(names.map((n, i) => [n, asMatrix(results[i])])), weights };
  } finally {
    await session.close();
  }
}

/** Variable names and shapes of an architecture once built (sorted by name). */
function variableShapes(
  arch: { weights(graph: Graph): nn.Variable[] },
  input: nn.SymbolicTensor,
  outputs: Record<string, nn.SymbolicTensor>,
): Array<[string, number[]]> {
  const model = nn.model({ inputs: { x: input }, outputs });
  const graph = new Graph();
  model.build(graph, model.placeholders(graph), { training: false });
  return arch
    .weights(graph)
    .map((v) => [v.name, v.shape] as [string, number[]])
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

const X: Matrix = [
  [0.5, -1.0, 2.0],
  [1.5, 0.25, -0.75],
];

// ---- forward passes against the formulas ----------------------------------------------------

describe('MMoE', () => {
  test('hand-computed mixture with constant initializers: experts 3(i+1)·…, gates uniform and [1/4, 3/4]', async () => {
    // x = [1, 2]: expert i = relu((i+1)·(1 + 2)) = 3, 6. Gate a (zero kernel) is uniform: 4.5.
    // Gate b's logits are x·[[0, ln 3], [0, 0]] = [0, ln 3], softmax [1/4, 3/4]: 3/4 + 18/4 = 5.25.
    // x = [2, 0]: experts 2, 4; gate a: 3; gate b logits [0, 2 ln 3], softmax [1/10, 9/10]: 3.8.
    const input = layers.input({ name: 'x', shape: [2] });
    const arch = architectures.mmoe({
      tasks: ['a', 'b'],
      experts: 2,
      expert: ({ name, index }) =>
        layers.dense({ name, units: 1, useBias: false, activation: 'relu', kernelInitializer: initializers.constant(index + 1) }),
      gate: ({ name, gate }) =>
        layers.dense({
          name,
          units: 2,
          useBias: false,
          kernelInitializer:
            gate === 'a'
              ? initializers.constant(0)
              : initializers.constant([
                  [0, Math.log(3)],
                  [0, 0],
                ]),
        }),
    });
    const { representations, gates } = arch.applyWithGates(input);
    const run = await forward(input, { ...representations, gate_a: gates.a, gate_b: gates.b }, [
      [1, 2],
      [2, 0],
    ]);
    expectClose(run.outputs.a, [[4.5], [3]]);
    expectClose(run.outputs.b, [[5.25], [3.8]]);
    expectClose(run.outputs.gate_a, [
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    expectClose(run.outputs.gate_b, [
      [0.25, 0.75],
      [0.1, 0.9],
    ]);
  });

  test('default experts and gates: f^k(x) = Σ_e softmax(x W_k)_e · MLP_e(x), variables named after experts and gates', async () => {
    const input = layers.input({ name: 'x', shape: [3] });
    const arch = architectures.mmoe({ tasks: ['a', 'b'], experts: 3, expertUnits: [4, 2], name: 'mmoe_t' });
    const { representations, gates } = arch.applyWithGates(input);
    expect(representations.a.shape).toEqual([null, 2]);
    expect(gates.b.shape).toEqual([null, 3]);
    const outputs = { ...representations, gate_a: gates.a, gate_b: gates.b };
    // 3 experts × 2 dense layers × (kernel, bias) + 2 bias-free gates = 14 variables.
    expect(variableShapes(arch, input, outputs)).toEqual([
      ...[0, 1, 2].flatMap((e) => [
        [`mmoe_t/expert_${e}/dense/bias`, [4]],
        [`mmoe_t/expert_${e}/dense/kernel`, [3, 4]],
        [`mmoe_t/expert_${e}/dense_1/bias`, [2]],
        [`mmoe_t/expert_${e}/dense_1/kernel`, [4, 2]],
      ]),
      ['mmoe_t/gate_a/kernel', [3, 3]],
      ['mmoe_t/gate_b/kernel', [3, 3]],
    ]);
    const run = await forward(input, outputs, X, weightsByName);
    const w = run.weights;
    const experts = [0, 1, 2].map((e) => mlp(X, w, `mmoe_t/expert_${e}`, 2));
    for (const task of ['a', 'b']) {
      const gate = softmax(matmul(X, w.get(`mmoe_t/gate_${task}/kernel`)!));
      expectClose(run.outputs[`gate_${task}`], gate);
      expectClose(run.outputs[task], mix(gate, experts));
    }
    // Different gates, different mixtures: the test would not notice a shared gate otherwise.
    expect(Math.abs(run.outputs.a[0][0] - run.outputs.b[0][0]) + Math.abs(run.outputs.a[1][1] - run.outputs.b[1][1])).toBeGreaterThan(1e-3);
  });
});

describe('OMoE', () => {
  test('one gate for every task: every task reads Σ_e softmax(x W)_e · MLP_e(x)', async () => {
    const input = layers.input({ name: 'x', shape: [3] });
    const arch = architectures.omoe({ tasks: ['a', 'b', 'c'], experts: 2, expertUnits: [3], name: 'omoe_t' });
    expect(arch.gateNames).toEqual(['shared']);
    const { representations, gates } = arch.applyWithGates(input);
    const outputs = { ...representations, gate: gates.shared };
    expect(variableShapes(arch, input, outputs)).toEqual([
      ['omoe_t/expert_0/dense/bias', [3]],
      ['omoe_t/expert_0/dense/kernel', [3, 3]],
      ['omoe_t/expert_1/dense/bias', [3]],
      ['omoe_t/expert_1/dense/kernel', [3, 3]],
      ['omoe_t/gate_shared/kernel', [3, 2]],
    ]);
    const run = await forward(input, outputs, X, weightsByName);
    const w = run.weights;
    const gate = softmax(matmul(X, w.get('omoe_t/gate_shared/kernel')!));
    const expected = mix(
      gate,
      [0, 1].map((e) => mlp(X, w, `omoe_t/expert_${e}`, 1)),
    );
    expectClose(run.outputs.gate, gate);
    for (const task of ['a', 'b', 'c']) expectClose(run.outputs[task], expected);
  });
});

describe('CGC', () => {
  test('task k mixes its own then the shared experts: softmax(x W_k + b_k) · [E_k…, E_s…]', async () => {
    const input = layers.input({ name: 'x', shape: [3] });
    const arch = architectures.cgc({
      tasks: ['a', 'b'],
      taskExperts: { a: 1, b: 2 },
      sharedExperts: 2,
      expertUnits: [3],
      gateUseBias: true,
      name: 'cgc_t',
    });
    const { representations, gates } = arch.applyWithGates(input);
    const outputs = { ...representations, gate_a: gates.a, gate_b: gates.b };
    // 5 experts × (kernel, bias) + 2 gates × (kernel, bias); gate a weighs 1 + 2 experts, gate b 2 + 2.
    expect(variableShapes(arch, input, outputs)).toEqual([
      ['cgc_t/expert_a_0/dense/bias', [3]],
      ['cgc_t/expert_a_0/dense/kernel', [3, 3]],
      ['cgc_t/expert_b_0/dense/bias', [3]],
      ['cgc_t/expert_b_0/dense/kernel', [3, 3]],
      ['cgc_t/expert_b_1/dense/bias', [3]],
      ['cgc_t/expert_b_1/dense/kernel', [3, 3]],
      ['cgc_t/expert_shared_0/dense/bias', [3]],
      ['cgc_t/expert_shared_0/dense/kernel', [3, 3]],
      ['cgc_t/expert_shared_1/dense/bias', [3]],
      ['cgc_t/expert_shared_1/dense/kernel', [3, 3]],
      ['cgc_t/gate_a/bias', [3]],
      ['cgc_t/gate_a/kernel', [3, 3]],
      ['cgc_t/gate_b/bias', [4]],
      ['cgc_t/gate_b/kernel', [3, 4]],
    ]);
    const run = await forward(input, outputs, X, weightsByName);
    const w = run.weights;
    const E = (name: string) => mlp(X, w, `cgc_t/expert_${name}`, 1);
    const shared = [E('shared_0'), E('shared_1')];
    const own: Record<string, Matrix[]> = { a: [E('a_0')], b: [E('b_0'), E('b_1')] };
    for (const task of ['a', 'b']) {
      const gate = softmax(dense(X, w.get(`cgc_t/gate_${task}/kernel`)!, w.get(`cgc_t/gate_${task}/bias`)!));
      expectClose(run.outputs[`gate_${task}`], gate);
      expectClose(run.outputs[task], mix(gate, [...own[task], ...shared]));
    }
  });
});

describe('PLE', () => {
  test('two levels: level-1 task experts read g^{k,0}, shared experts read the shared gate g^{s,0} over all experts', async () => {
    const input = layers.input({ name: 'x', shape: [3] });
    const arch = architectures.ple({ tasks: ['a', 'b'], levels: 2, taskExperts: 1, sharedExperts: 1, expertUnits: [2], name: 'ple_t' });
    expect(arch.gateNames).toEqual(['level_0/a', 'level_0/b', 'level_0/shared', 'level_1/a', 'level_1/b']);
    const { representations, gates } = arch.applyWithGates(input);
    const outputs: Record<string, nn.SymbolicTensor> = { ...representations };
    for (const [name, gate] of Object.entries(gates)) outputs[`gate_${name.replace('/', '_')}`] = gate;
    const shapes = variableShapes(arch, input, outputs);
    // Level 0: 3 experts [3→2] + gates a, b over 2 experts and the shared gate over 3;
    // level 1: 3 experts [2→2] + gates a, b over 2 (no shared gate on the last level): 17.
    expect(shapes).toEqual([
      ...['a_0', 'b_0', 'shared_0'].flatMap((e) => [
        [`ple_t/level_0/expert_${e}/dense/bias`, [2]],
        [`ple_t/level_0/expert_${e}/dense/kernel`, [3, 2]],
      ]),
      ['ple_t/level_0/gate_a/kernel', [3, 2]],
      ['ple_t/level_0/gate_b/kernel', [3, 2]],
      ['ple_t/level_0/gate_shared/kernel', [3, 3]],
      ...['a_0', 'b_0', 'shared_0'].flatMap((e) => [
        [`ple_t/level_1/expert_${e}/dense/bias`, [2]],
        [`ple_t/level_1/expert_${e}/dense/kernel`, [2, 2]],
      ]),
      ['ple_t/level_1/gate_a/kernel', [2, 2]],
      ['ple_t/level_1/gate_b/kernel', [2, 2]],
    ]);
    const run = await forward(input, outputs, X, weightsByName);
    const w = run.weights;
    const E = (level: number, name: string, x: Matrix) => mlp(x, w, `ple_t/level_${level}/expert_${name}`, 1);
    const G = (level: number, name: string, x: Matrix) => softmax(matmul(x, w.get(`ple_t/level_${level}/gate_${name}/kernel`)!));
    // Level 0: everything reads x.
    const [ea, eb, es] = [E(0, 'a_0', X), E(0, 'b_0', X), E(0, 'shared_0', X)];
    const ga = G(0, 'a', X);
    const gb = G(0, 'b', X);
    const gs = G(0, 'shared', X);
    const a0 = mix(ga, [ea, es]);
    const b0 = mix(gb, [eb, es]);
    const s0 = mix(gs, [ea, eb, es]);
    expectClose(run.outputs.gate_level_0_shared, gs);
    // Level 1 (= CGC on the level-0 mixtures).
    const [fa, fb, fs] = [E(1, 'a_0', a0), E(1, 'b_0', b0), E(1, 'shared_0', s0)];
    const ha = G(1, 'a', a0);
    const hb = G(1, 'b', b0);
    expectClose(run.outputs.gate_level_1_a, ha);
    expectClose(run.outputs.a, mix(ha, [fa, fs]));
    expectClose(run.outputs.b, mix(hb, [fb, fs]));
  });

  test('levels: 1 is CGC: same variables (under level_0) and the same outputs on the same weights', async () => {
    const input = layers.input({ name: 'x', shape: [3] });
    const options = { tasks: ['a', 'b'], taskExperts: 2, sharedExperts: 1, expertUnits: [3] };
    const p = architectures.ple({ ...options, levels: 1, name: 'ple_one' });
    const c = architectures.cgc({ ...options, name: 'cgc_one' });
    const pr = p.apply(input);
    const cr = c.apply(input);
    // Give both the same weights: hash the name with its architecture prefix removed.
    const sameWeights = (v: nn.Variable) =>
      weightsByName({ ...v, name: v.name.replace(/^ple_one\/level_0\//, '').replace(/^cgc_one\//, '') } as nn.Variable);
    const run = await forward(input, { pa: pr.a, pb: pr.b, ca: cr.a, cb: cr.b }, X, sameWeights);
    expect(p.gateNames).toEqual(['level_0/a', 'level_0/b']);
    expectClose(run.outputs.pa, run.outputs.ca);
    expectClose(run.outputs.pb, run.outputs.cb);
  });
});

describe('cross-stitch', () => {
  test('α starts at 0.9 on the diagonal and 0.1/(K−1) off it; after each layer x̃_k = Σ_j α_kj x_j', async () => {
    const input = layers.input({ name: 'x', shape: [3] });
    const arch = architectures.crossStitch({ tasks: ['a', 'b', 'c'], units: [4, 2], name: 'cs_t' });
    const representations = arch.apply(input);
    expect(variableShapes(arch, input, representations)).toEqual([
      ...['a', 'b', 'c'].flatMap((t) => [
        [`cs_t/column_${t}/dense/bias`, [4]],
        [`cs_t/column_${t}/dense/kernel`, [3, 4]],
        [`cs_t/column_${t}/dense_1/bias`, [2]],
        [`cs_t/column_${t}/dense_1/kernel`, [4, 2]],
      ]),
      ['cs_t/stitch_0/alpha', [3, 3]],
      ['cs_t/stitch_1/alpha', [3, 3]],
    ]);
    // Columns get hashed weights; α keeps its initial value (then a second run with hashed α too).
    for (const keepAlpha of [true, false]) {
      const run = await forward(input, representations, X, (v) => (keepAlpha && v.name.endsWith('/alpha') ? null : weightsByName(v)));
      const w = run.weights;
      if (keepAlpha) {
        expect(Array.from(w.get('cs_t/stitch_0/alpha')!.values)).toEqual(
          Array.from(Float32Array.from([0.9, 0.05, 0.05, 0.05, 0.9, 0.05, 0.05, 0.05, 0.9])),
        );
      }
      const tasks = ['a', 'b', 'c'];
      let h = tasks.map(() => X);
      for (let l = 0; l < 2; l++) {
        const layer = l === 0 ? 'dense' : 'dense_1';
        const out = tasks.map((t, k) =>
          dense(h[k], w.get(`cs_t/column_${t}/${layer}/kernel`)!, w.get(`cs_t/column_${t}/${layer}/bias`)!, 'relu'),
        );
        const alpha = w.get(`cs_t/stitch_${l}/alpha`)!.values;
        h = tasks.map((_, k) => out[0].map((row, b) => row.map((_, j) => out.reduce((sum, o, i) => sum + alpha[k * 3 + i] * o[b][j], 0))));
      }
      tasks.forEach((t, k) => expectClose(run.outputs[t], h[k]));
    }
  });
});

describe('shared bottom', () => {
  test('h^k(f(x)): a tower on the bottom, or the bottom itself for a task without one', async () => {
    const input = layers.input({ name: 'x', shape: [3] });
    const arch = architectures.sharedBottom({
      bottom: [layers.dense({ name: 'sb_bottom', units: 4, activation: 'relu' })],
      towers: { a: [layers.dense({ name: 'sb_tower_a', units: 2, activation: 'relu' })], b: [] },
    });
    expect(arch.tasks).toEqual(['a', 'b']);
    const representations = arch.apply(input);
    expect(variableShapes(arch, input, representations)).toEqual([
      ['sb_bottom/bias', [4]],
      ['sb_bottom/kernel', [3, 4]],
      ['sb_tower_a/bias', [2]],
      ['sb_tower_a/kernel', [4, 2]],
    ]);
    const run = await forward(input, representations, X, weightsByName);
    const w = run.weights;
    const bottom = dense(X, w.get('sb_bottom/kernel')!, w.get('sb_bottom/bias')!, 'relu');
    expectClose(run.outputs.a, dense(bottom, w.get('sb_tower_a/kernel')!, w.get('sb_tower_a/bias')!, 'relu'));
    expectClose(run.outputs.b, bottom);
  });
});

// ---- training -------------------------------------------------------------------------------

describe('training a two-task model on each architecture', () => {
  // y_a = x0 + x1 and y_b = x2 − x3, x ~ N(0, I): each target has variance 2, so an untrained
  // model's summed MSE is about 4 (plus its own output variance). Both are linear in x, which
  // any of the architectures represents through its ReLU units and linear heads, so 80 Adam
  // steps at 0.01 should remove most of it: we ask for a tenth (measured: 0.3% to 0.9% left).
  const n = 512;
  const random = Random.fromSeed(7);
  const x = Float32Array.from({ length: n * 4 }, () => random.normal());
  const a = Float32Array.from({ length: n }, (_, i) => x[i * 4] + x[i * 4 + 1]);
  const b = Float32Array.from({ length: n }, (_, i) => x[i * 4 + 2] - x[i * 4 + 3]);

  const cases: Array<[string, () => mtl.architectures.Architecture]> = [
    [
      'sharedBottom',
      () =>
        architectures.sharedBottom({
          bottom: [layers.dense({ units: 16, activation: 'relu' })],
          towers: { a: [layers.dense({ units: 8, activation: 'relu' })], b: [layers.dense({ units: 8, activation: 'relu' })] },
        }),
    ],
    ['mmoe', () => architectures.mmoe({ tasks: ['a', 'b'], experts: 3, expertUnits: [16] })],
    ['omoe', () => architectures.omoe({ tasks: ['a', 'b'], experts: 3, expertUnits: [16] })],
    ['cgc', () => architectures.cgc({ tasks: ['a', 'b'], taskExperts: 1, sharedExperts: 2, expertUnits: [16] })],
    ['ple', () => architectures.ple({ tasks: ['a', 'b'], levels: 2, taskExperts: 1, sharedExperts: 1, expertUnits: [16] })],
    ['crossStitch', () => architectures.crossStitch({ tasks: ['a', 'b'], units: [16, 16] })],
  ];

  test.each(cases)('%s: the summed loss falls below a tenth of its starting value', async (kind, make) => {
    const input = layers.input({ name: 'x', shape: [4] });
    const arch = make();
    const model = mtl.model({
      inputs: { x: input },
      representations: arch.apply(input),
      tasks: { a: { head: layers.dense({ units: 1 }), loss: 'mse' }, b: { head: layers.dense({ units: 1 }), loss: 'mse' } },
      weighting: mtl.weighting.equal(),
      optimizer: optimizers.adam({ learningRate: 0.01 }),
      seed: 3,
    });
    try {
      const before = await model.evaluate({ x, a, b }, { batchSize: 128 });
      await model.fit({ x, a, b }, { epochs: 10, batchSize: 64, verbose: false });
      const after = await model.evaluate({ x, a, b }, { batchSize: 128 });
      console.log(
        `${kind}: loss ${before.loss.toFixed(3)} → ${after.loss.toFixed(3)} (a ${after.a_loss.toFixed(3)}, b ${after.b_loss.toFixed(3)})`,
      );
      expect(after.loss).toBeLessThan(0.1 * before.loss);
      // The architecture's own variables are trained (they are the model's shared variables).
      const trained = arch.weights(model.compiled.graph);
      expect(trained.length).toBeGreaterThan(0);
      expect(trained.every((v) => v.trainable)).toBe(true);
    } finally {
      await model.close();
    }
  });
});

// ---- configuration errors -------------------------------------------------------------------

describe('configuration errors name the architecture and the problem', () => {
  const loose = architectures as unknown as Record<string, (options: unknown) => unknown>;

  test('tasks', () => {
    expect(() => loose.mmoe({ experts: 2, expertUnits: [4] })).toThrow(/mmoe: tasks must be an array of task names, got undefined/);
    expect(() => architectures.mmoe({ tasks: [], experts: 2, expertUnits: [4] })).toThrow(/mmoe: needs at least 1 task, got 0/);
    expect(() => architectures.omoe({ tasks: ['a', 'a'], experts: 2, expertUnits: [4] })).toThrow(/omoe: task "a" is listed twice/);
    expect(() => architectures.mmoe({ tasks: ['a/b'], experts: 2, expertUnits: [4] })).toThrow(
      /mmoe: task 0 must be a name of letters, digits/,
    );
    expect(() => architectures.cgc({ tasks: ['a', 'shared'], taskExperts: 1, sharedExperts: 1, expertUnits: [4] })).toThrow(
      /cgc: "shared" cannot be a task name here/,
    );
    expect(() => architectures.crossStitch({ tasks: ['a'], units: [4] })).toThrow(/crossStitch: needs at least 2 tasks, got 1/);
    expect(() => architectures.sharedBottom({ tasks: ['a'], bottom: [layers.dense({ units: 2 })], towers: { b: [] } })).toThrow(
      /sharedBottom: towers has "b", which is not among the tasks \(a\)/,
    );
    expect(() => architectures.cgc({ tasks: ['a', 'b'], taskExperts: { a: 1 }, sharedExperts: 1, expertUnits: [4] })).toThrow(
      /cgc "cgc(_\d+)?": taskExperts has no count for task "b"/,
    );
  });

  test('expert counts and sizes', () => {
    expect(() => architectures.mmoe({ tasks: ['a', 'b'], experts: 0, expertUnits: [4] })).toThrow(
      /mmoe "mmoe(_\d+)?": experts must be a positive integer, got 0/,
    );
    expect(() => architectures.omoe({ tasks: ['a', 'b'], experts: -1, expertUnits: [4] })).toThrow(
      /experts must be a positive integer, got -1/,
    );
    expect(() => architectures.mmoe({ tasks: ['a', 'b'], experts: 1.5, expertUnits: [4] })).toThrow(
      /experts must be a positive integer, got 1.5/,
    );
    expect(() => architectures.cgc({ tasks: ['a', 'b'], taskExperts: 1, sharedExperts: 0, expertUnits: [4] })).toThrow(
      /sharedExperts must be a positive integer, got 0/,
    );
    expect(() => architectures.ple({ tasks: ['a', 'b'], levels: 0, taskExperts: 1, sharedExperts: 1, expertUnits: [4] })).toThrow(
      /ple "ple(_\d+)?": levels must be a positive integer, got 0/,
    );
    expect(() => architectures.mmoe({ tasks: ['a'], experts: 2 })).toThrow(/expertUnits must be a non-empty array of layer sizes/);
    expect(() => architectures.mmoe({ tasks: ['a'], experts: 2, expertUnits: [4, 0] })).toThrow(
      /expertUnits\[1\] must be a positive integer, got 0/,
    );
    expect(() => architectures.mmoe({ tasks: ['a'], experts: 2, expertUnits: [4], expert: () => layers.dense({ units: 4 }) })).toThrow(
      /give expertUnits or an expert factory, not both/,
    );
    expect(() => architectures.crossStitch({ tasks: ['a', 'b'], units: [] })).toThrow(
      /crossStitch "cross_stitch(_\d+)?": units must be a non-empty array/,
    );
    expect(() => architectures.sharedBottom({ bottom: [], towers: { a: [] } })).toThrow(/bottom must be a non-empty array of layers/);
  });

  test('unknown options are errors, as for layers', () => {
    expect(() => architectures.mmoe({ tasks: ['a'], experts: 2, expertUnits: [4], expertUnit: [4] } as never)).toThrow(
      /mmoe: unknown option "expertUnit" \(known options: .*expertUnits/,
    );
    expect(() =>
      architectures.ple({ tasks: ['a'], levels: 2, taskExperts: 1, sharedExperts: 1, expertUnits: [4], level: 2 } as never),
    ).toThrow(/ple: unknown option "level"/);
    expect(() => architectures.crossStitch({ tasks: ['a', 'b'], units: [4], alpha: 0.9 } as never)).toThrow(
      /crossStitch: unknown option "alpha"/,
    );
    expect(() => architectures.sharedBottom({ bottom: [layers.dense({ units: 2 })], tower: {} } as never)).toThrow(
      /sharedBottom: unknown option "tower"/,
    );
    expect(() => architectures.mmoe({ tasks: ['a'], experts: 2, expertUnits: [4], gateBiasInitializer: 'ones' })).toThrow(
      /gateBiasInitializer needs gateUseBias: true/,
    );
  });

  test('shape mismatches are reported when applied, naming the layers and shapes', () => {
    const input = layers.input({ name: 'x', shape: [3] });
    const wideGate = architectures.mmoe({
      tasks: ['a'],
      experts: 2,
      expertUnits: [4],
      gate: ({ name }) => layers.dense({ name, units: 3 }),
      name: 'mmoe_wide_gate',
    });
    expect(() => wideGate.apply(input)).toThrow(/mmoe_wide_gate: gate "mmoe_wide_gate\/gate_a" outputs \[\?, 3\], expected \[batch, 2\]/);
    const uneven = architectures.mmoe({
      tasks: ['a'],
      experts: 2,
      expert: ({ name, index }) => layers.dense({ name, units: 4 + index }),
      name: 'mmoe_uneven',
    });
    expect(() => uneven.apply(input)).toThrow(
      /experts must output the same shape to be mixed, but "mmoe_uneven\/expert_0" gives \[\?, 4\] and "mmoe_uneven\/expert_1" gives \[\?, 5\]/,
    );
    const image = layers.input({ name: 'image', shape: [2, 2, 3] });
    const ranked = architectures.mmoe({ tasks: ['a'], experts: 2, expertUnits: [4], name: 'mmoe_rank3' });
    expect(() => ranked.apply(image)).toThrow(/gate "mmoe_rank3\/gate_a" outputs \[\?, 2, 2, 2\], expected \[batch, 2\] .*rank-2 input/);
    const columns = architectures.crossStitch({
      tasks: ['a', 'b'],
      column: ({ name, index }) => [layers.dense({ name: `${name}/dense`, units: 2 + index })],
      name: 'cs_uneven',
    });
    expect(() => columns.apply(input)).toThrow(
      /cs_uneven: a cross-stitch unit mixes same-shaped activations, but after layer 0 column "a" gives \[\?, 2\] and "b" gives \[\?, 3\]/,
    );
  });
});
