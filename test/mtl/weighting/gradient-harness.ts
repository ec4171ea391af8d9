// Shared harness of the gradient-based weighting tests in a graph. A strategy is built, as
// mtl.model builds it, on a fed task-gradient matrix G (tasks × P, float32) in place of
// taskGradients(), and its combined gradient is compared with a float64 reference the test writes
// out, and with the values torchjd documents for J = [[-4, 1, 1], [6, 1, 1]] (printed to 4
// decimals: tolerance 5e-5). Also: the representation-gradient mode against the parameter mode,
// where they must coincide.
import { Graph, Operation, Output, Session, Tensor, layers, mtl, optimizers } from '../../../lib';
import * as ops from '../../../lib/ops';
import { graphState } from '../../../lib/nn';
import type { Weighting, WeightingContext, WeightingResult } from '../../../lib/mtl';
import type { Matrix } from './float64';

/** A strategy built on a fed (K, P) task-gradient matrix and a fed step. */
export class GradientHarness {
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

  static async create(weighting: Weighting, k: number, p: number): Promise<GradientHarness> {
    const harness = new GradientHarness(weighting, k, p);
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
      const fetched = await this.session.run(
        feeds,
        [this.result.sharedGradient!, this.result.weights, ...logKeys.map((key) => this.result.logs![key])],
        this.result.updates ?? [],
      );
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
export async function once(weighting: Weighting, g: Matrix, step = 0) {
  const harness = await GradientHarness.create(weighting, g.length, g[0].length);
  try {
    return await harness.run(g, step);
  } finally {
    await harness.close();
  }
}

/** Largest |got − expected| relative to max(1, max|expected|). */
export function deviation(got: number[], expected: number[]): number {
  expect(got).toHaveLength(expected.length);
  const size = Math.max(1, ...expected.map(Math.abs));
  return Math.max(...got.map((x, i) => Math.abs(x - expected[i]) / size));
}

// Matrices: rows are task gradients.
export const ORTHOGONAL: Matrix = [
  [1, 0],
  [0, 1],
];
/** cos = −0.995: strongly conflicting. */
export const CONFLICTING: Matrix = [
  [1, 0],
  [-1, 0.1],
];
/** cos = 0.86: aligned (no conflict). */
export const ALIGNED: Matrix = [
  [1, 0.2],
  [0.8, 0.4],
];
/** torchjd's documentation example. */
export const TORCHJD: Matrix = [
  [-4, 1, 1],
  [6, 1, 1],
];
/** Three tasks of different scales with two conflicting pairs. */
export const THREE: Matrix = [
  [2, 0, 0.5],
  [-1, 1, 0],
  [0.3, -0.8, 0.2],
];
/** Three tasks in a plane with 0 = 0.4·g1 + 0.4·g2 + 0.2·g3 inside their hull (Gram matrix of rank 2). */
export const PARETO_STATIONARY: Matrix = [
  [1, 0],
  [-1, 0.5],
  [0, -1],
];

/** Closed forms through a few float32 ops (M entries of order 1–40): well under this. */
export const CLOSED_FORM = 2e-6;
/** torchjd prints 4 decimals. */
export const PRINTED = 5e-5;

// ---------------------------------------------------------------------------------------------
// Representation mode. With a linear trunk z = xW + b and batches of one example, the shared
// parameters' gradient of any task is J·∂L/∂z with J·Jᵀ = (‖x‖² + 1)·I, so the parameter-mode
// Gram matrix is the representation-mode one times a constant. Every Gram-based strategy is
// invariant to that scale and combines the rows linearly, so the combined parameter gradient is
// exactly the chain rule applied to the combined representation gradient: both modes must train
// the same weights, up to float32 rounding.

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

async function trainTwoTasks(
  weighting: Weighting,
  mode: 'parameters' | 'representation',
  options: { activation?: 'relu'; batchSize: number; steps: number },
) {
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

/** The representation-mode test of a Gram-based strategy: it accepts the mode, and both modes train the same weights. */
export function trainsTheSameInBothModes(name: string, make: () => Weighting, report: string[]): void {
  test(`${name}: with a linear trunk and one example per step, both modes train the same weights`, async () => {
    const weighting = make();
    expect(weighting.supportsRepresentation).toBe(true);
    expect(weighting.kind).toBe('gradient');
    const parameters = await trainTwoTasks(weighting, 'parameters', { batchSize: 1, steps: 12 });
    const representation = await trainTwoTasks(make(), 'representation', { batchSize: 1, steps: 12 });
    const d = deviation(representation.kernel, parameters.kernel);
    report.push(`${name}: trunk kernel after 12 steps, representation vs parameter mode: max deviation ${d.toExponential(2)}`);
    expect(d).toBeLessThan(1e-5);
  });
}

/** A ReLU trunk with batches of 16 trains in representation mode (finite, decreasing loss). */
export function trainsAReluTrunkInRepresentationMode(name: string, make: () => Weighting): void {
  test(`${name}: a ReLU trunk with batches of 16 trains in representation mode (finite, decreasing loss)`, async () => {
    const before = await trainTwoTasks(make(), 'representation', { activation: 'relu', batchSize: 16, steps: 1 });
    const after = await trainTwoTasks(make(), 'representation', { activation: 'relu', batchSize: 16, steps: 40 });
    expect(Number.isFinite(after.evaluation.loss)).toBe(true);
    expect(after.evaluation.a_loss).toBeLessThan(before.evaluation.a_loss);
    expect(after.evaluation.b_loss).toBeLessThan(before.evaluation.b_loss);
  });
}
