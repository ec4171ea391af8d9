// Known results of gradient-based multi-task methods.
//
// 1. The two-objective toy of the CAGrad paper (Liu et al., NeurIPS 2021, Figure 1; its toy.py):
//    two scalars, two losses whose gradients conflict in narrow valleys. From the starts
//    (−8.5, 7.5), (−8.5, −5) and (9, 9), Adam on the mean gradient stalls in a valley from two
//    of them, while CAGrad (c = 0.5) reaches the optimum of the average loss, (0, −8.3552).
// 2. GradNorm (Chen et al., ICML 2018) on two regression tasks whose targets differ in scale by
//    100×: the small-scale task's weight rises, and the ratios L_i(t)/L_i(0) end closer together
//    than with equal weights.
import { Graph, Output, Session, layers, mtl, optimizers } from '../../lib';
import * as ops from '../../lib/ops';
import { graphState } from '../../lib/nn';
import { Random } from '../../lib/data';

// ---------------------------------------------------------------------------------------------
// The CAGrad toy, as toy.py defines it (float32, as there).

const LOWER = 0.000005;

/** f1, f2 of toy.py for each row (x1, x2) of x (N, 2). */
function toyLosses(x: Output): [Output, Output] {
  const graph = x.graph;
  const column = (j: number) => ops.gatherV2(x, ops.constant(graph, j, 'int32'), ops.constant(graph, 1, 'int32'));
  const x1 = column(0);
  const x2 = column(1);
  const tanhNeg = ops.tanh(ops.neg(x2));
  const logTerm = (inner: Output) => ops.add(ops.log(ops.maximum(ops.abs(inner), LOWER)), 6);
  // f1 = log(max(|0.5(−x1 − 7) − tanh(−x2)|, LOWER)) + 6;  f2 = log(max(|0.5(−x1 + 3) + tanh(−x2) + 2|, LOWER)) + 6
  const f1 = logTerm(ops.sub(ops.mul(ops.sub(ops.neg(x1), 7), 0.5), tanhNeg));
  const f2 = logTerm(ops.add(ops.add(ops.mul(ops.add(ops.neg(x1), 3), 0.5), tanhNeg), 2));
  const c1 = ops.relu(ops.tanh(ops.mul(x2, 0.5)));
  // fi_sq = ((−x1 ± 7)² + 0.1(−x2 − 8)²)/10 − 20
  const valley = ops.mul(ops.square(ops.sub(ops.neg(x2), 8)), 0.1);
  const f1Square = ops.sub(ops.div(ops.add(ops.square(ops.add(ops.neg(x1), 7)), valley), 10), 20);
  const f2Square = ops.sub(ops.div(ops.add(ops.square(ops.sub(ops.neg(x1), 7)), valley), 10), 20);
  const c2 = ops.relu(ops.tanh(ops.mul(x2, -0.5)));
  return [ops.add(ops.mul(f1, c1), ops.mul(f1Square, c2)), ops.add(ops.mul(f2, c1), ops.mul(f2Square, c2))];
}

/** The same losses in float64, for the final positions. */
function toyLossesJs(x1: number, x2: number): [number, number] {
  const t = Math.tanh(-x2);
  const f1 = Math.log(Math.max(Math.abs(0.5 * (-x1 - 7) - t), LOWER)) + 6;
  const f2 = Math.log(Math.max(Math.abs(0.5 * (-x1 + 3) + t + 2), LOWER)) + 6;
  const c1 = Math.max(Math.tanh(x2 * 0.5), 0);
  const f1Square = ((-x1 + 7) ** 2 + 0.1 * (-x2 - 8) ** 2) / 10 - 20;
  const f2Square = ((-x1 - 7) ** 2 + 0.1 * (-x2 - 8) ** 2) / 10 - 20;
  const c2 = Math.max(Math.tanh(-x2 * 0.5), 0);
  return [f1 * c1 + f1Square * c2, f2 * c1 + f2Square * c2];
}

const averageLoss = (x1: number, x2: number) => {
  const [a, b] = toyLossesJs(x1, x2);
  return (a + b) / 2;
};

/** The optimum of the average loss: on x1 = 0 (the squared terms average to (x1² + 49)/10 + ...), x2 by golden section. */
function averageOptimum(): { x2: number; value: number } {
  const r = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [-12, -4];
  for (let i = 0; i < 200; i++) {
    const c = b - r * (b - a);
    const d = a + r * (b - a);
    if (averageLoss(0, c) < averageLoss(0, d)) b = d;
    else a = c;
  }
  const x2 = (a + b) / 2;
  return { x2, value: averageLoss(0, x2) };
}

/**
 * toy.py runs Adam with lr 0.001 for 100 000 steps; CAGrad needs about 70 000 of them to come down
 * from the upper starts. At 3× the learning rate the trajectories are the same curves travelled
 * three times faster (Adam's step is about lr per coordinate), and 30 000 steps (about 8 s here)
 * leave CAGrad at the optimum from every start while the mean gradient is still stuck in its
 * valleys (a float64 re-run of toy.py at lr 0.003: x2 = 1.10 and 1.22 after 33 000 steps; at lr
 * 0.01 Adam's steps are large enough to jump out of the valleys, and nothing stalls).
 */
const LEARNING_RATE = 0.003;
const STEPS = 30000;
/** The optimum is a star about 0.3 units wide on the paper's 20-unit axes; 0.05 is well inside it. */
const POSITION_TOLERANCE = 0.05;

const STARTS: Array<[number, number]> = [
  [-8.5, 7.5],
  [-8.5, -5],
  [9, 9],
];

/**
 * Adam on the three starts at once, for both update rules: rows 0–2 follow the mean gradient
 * (toy.py's "sgd"), rows 3–5 follow CAGrad built by mtl.weighting.cagrad on each row's 2×2 task-
 * gradient matrix. One session run per step.
 */
async function runToy(learningRate: number, steps: number): Promise<number[][]> {
  const graph = new Graph();
  const state = graphState(graph, 0);
  const initial = ops.constant(graph, [...STARTS, ...STARTS], 'float32');
  const position = state.createVariable('x', initial, { trainable: true, shape: [6, 2] });
  const stepVariable = state.stepVariable();
  const step = stepVariable.read();
  const x = position.read();
  const [f1, f2] = toyLosses(x);
  // Rows are independent, so the gradient of the sum is each row's gradient.
  const [g1] = graph.addGradients([ops.reduceSum(f1)], [x]);
  const [g2] = graph.addGradients([ops.reduceSum(f2)], [x]);
  const rows = (g: Output) => ops.unpack(g!, { num: 6, axis: 0 });
  const [rows1, rows2] = [rows(g1!), rows(g2!)];
  const losses1 = ops.unpack(f1, { num: 6, axis: 0 });
  const losses2 = ops.unpack(f2, { num: 6, axis: 0 });
  // toy.py's CAGrad returns (g0 + λ g_w)/(1 + c): rescale 2, and the module's ×K undone.
  const cagrad = mtl.weighting.cagrad({ c: 0.5, rescale: 2 });
  const updates = Array.from({ length: 6 }, (_, i) => {
    const matrix = ops.pack([rows1[i], rows2[i]], { axis: 0 });
    if (i < 3) return ops.mul(ops.add(rows1[i], rows2[i]), 0.5);
    const built = cagrad.build({
      graph,
      state,
      taskNames: ['f1', 'f2'],
      losses: [losses1[i], losses2[i]],
      step,
      taskGradients: () => matrix,
      sharedVariables: [],
      representationMode: false,
    });
    return ops.mul(built.sharedGradient!, 0.5);
  });
  const direction = ops.pack(updates, { axis: 0 });
  // toy.py: torch.optim.Adam(lr), whose ε is 1e-8.
  const optimizer = optimizers.adam({ learningRate, epsilon: 1e-8 }).build(state, [direction], [position], step);
  const increment = graph.withControlDependencies([optimizer.update], () =>
    ops.assignAddVariableOp(stepVariable.handle, ops.constant(graph, 1n, 'int64')),
  );
  const session = new Session(graph);
  try {
    session.runSync(
      null,
      [],
      state.variables.map((v) => v.initializer),
    );
    for (let i = 0; i < steps; i++) session.runSync(null, [], [increment]);
    const [final] = session.runSync(null, [position.read()]);
    const values = final.array() as number[][];
    final.dispose();
    return values;
  } finally {
    await session.close();
  }
}

describe('known results: gradient-based methods', () => {
  test('CAGrad toy (Liu et al. 2021, Fig. 1): mean-gradient Adam stalls, CAGrad reaches the average-loss optimum from all three starts', async () => {
    const optimum = averageOptimum();
    const started = Date.now();
    const final = await runToy(LEARNING_RATE, STEPS);
    const seconds = (Date.now() - started) / 1000;
    const describe = (p: number[]) => `(${p[0].toFixed(4)}, ${p[1].toFixed(4)}) average loss ${averageLoss(p[0], p[1]).toFixed(4)}`;
    console.log(
      `CAGrad toy, Adam lr ${LEARNING_RATE}, ${STEPS} steps (${seconds.toFixed(1)} s); optimum (0, ${optimum.x2.toFixed(4)}), average loss ${optimum.value.toFixed(4)}\n` +
        STARTS.map((s, i) => `  start (${s.join(', ')}): mean gradient ${describe(final[i])}; CAGrad ${describe(final[3 + i])}`).join('\n'),
    );
    expect(optimum.x2).toBeCloseTo(-8.3552, 3); // the star in the paper's figure (toy.py: yy = −8.3552)
    // CAGrad: every start ends at the optimum.
    for (let i = 0; i < 3; i++) {
      const [x1, x2] = final[3 + i];
      expect(Math.abs(x1)).toBeLessThan(POSITION_TOLERANCE);
      expect(Math.abs(x2 - optimum.x2)).toBeLessThan(POSITION_TOLERANCE);
    }
    // Mean gradient: from (−8.5, −5) it reaches the optimum too, but from the two upper starts it is still
    // in the upper half-plane, in a valley of one task, far above the optimum.
    const stalled = [0, 2].filter((i) => final[i][1] > 0 && averageLoss(final[i][0], final[i][1]) > optimum.value + 10);
    expect(stalled.length).toBeGreaterThanOrEqual(1);
    expect(Math.abs(final[1][0])).toBeLessThan(POSITION_TOLERANCE);
  });
});

// ---------------------------------------------------------------------------------------------
// GradNorm on two linear regressions through a shared 2-unit linear layer (the bottleneck both
// tasks must shape): y_small = a·x and y_large = 100·b·x, x ~ N(0, I_10). Plain SGD (momentum
// 0.9), so the size of each task's gradient decides how fast the shared layer serves it; with
// squared error the large task's gradient on the shared layer is ~100× the small one's.

function scaledRegression(n: number, seed: number): Record<string, Float32Array> {
  const random = Random.fromSeed(seed);
  const a = Array.from({ length: 10 }, () => random.normal());
  const b = Array.from({ length: 10 }, () => random.normal());
  const x = new Float32Array(n * 10);
  const small = new Float32Array(n);
  const large = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let [sa, sb] = [0, 0];
    for (let j = 0; j < 10; j++) {
      const v = random.normal();
      x[i * 10 + j] = v;
      sa += a[j] * v;
      sb += b[j] * v;
    }
    small[i] = sa;
    large[i] = 100 * sb;
  }
  return { x, small, large };
}

async function trainScaled(weighting: ReturnType<typeof mtl.weighting.equal>) {
  const input = layers.input({ name: 'x', shape: [10] });
  const trunk = layers.dense({ units: 2, name: 'shared' }).apply(input);
  const model = mtl.model({
    inputs: { x: input },
    trunk,
    tasks: {
      small: { head: layers.dense({ units: 1, name: 'head_small' }), loss: 'mse' },
      large: { head: layers.dense({ units: 1, name: 'head_large' }), loss: 'mse' },
    },
    weighting,
    optimizer: optimizers.sgd({ learningRate: 3e-5, momentum: 0.9 }),
    seed: 1,
  });
  const data = scaledRegression(1024, 5);
  const before = await model.evaluate(data, { batchSize: 1024 });
  const history = await model.fit(data, { epochs: 16, batchSize: 64, shuffle: false, verbose: false });
  const after = await model.evaluate(data, { batchSize: 1024 });
  await model.close();
  const ratios = { small: after.small_loss / before.small_loss, large: after.large_loss / before.large_loss };
  // How far apart the training rates ended: |ln(L̃_small / L̃_large)| (0: even).
  const spread = Math.abs(Math.log(ratios.small / ratios.large));
  return {
    ratios,
    spread,
    weights: history.history['weight/small'],
    gradientNorms: [history.history['gradnorm/grad_norm/small']?.[0], history.history['gradnorm/grad_norm/large']?.[0]],
  };
}

describe('known results: GradNorm', () => {
  test("two regressions 100× apart in scale: the small task's weight rises and L_i(t)/L_i(0) even out (Chen et al. 2018)", async () => {
    const equal = await trainScaled(mtl.weighting.equal());
    const gradnorm = await trainScaled(mtl.weighting.gradnorm());
    const show = (r: { small: number; large: number }) => `L/L(0): small ${r.small.toExponential(2)}, large ${r.large.toExponential(2)}`;
    console.log(
      `GradNorm, 16 epochs of 16 steps: equal weights ${show(equal.ratios)}, spread ${equal.spread.toFixed(2)}; ` +
        `GradNorm ${show(gradnorm.ratios)}, spread ${gradnorm.spread.toFixed(2)}; ` +
        `first-epoch G_small ${gradnorm.gradientNorms[0]?.toExponential(2)}, G_large ${gradnorm.gradientNorms[1]?.toExponential(2)}; ` +
        `weight of the small task per epoch ${gradnorm.weights.map((w) => w.toFixed(3)).join(' ')}`,
    );
    // The small task's weight rises from 1 towards K = 2 (the large one's falls to keep Σw = 2), epoch after epoch at first.
    expect(gradnorm.weights[0]).toBeGreaterThan(1);
    for (let e = 1; e < 5; e++) expect(gradnorm.weights[e]).toBeGreaterThan(gradnorm.weights[e - 1]);
    expect(gradnorm.weights[gradnorm.weights.length - 1]).toBeGreaterThan(1.9);
    // Equal weights: the large task's gradient rules the shared layer, its loss falls by orders of magnitude
    // more than the small one's (spread > 5, a factor > 100). GradNorm: both train, within a factor of 1.65.
    expect(equal.spread).toBeGreaterThan(5);
    expect(gradnorm.spread).toBeLessThan(0.5);
    expect(gradnorm.ratios.small).toBeLessThan(0.5);
    expect(gradnorm.ratios.large).toBeLessThan(0.5);
  });
});
