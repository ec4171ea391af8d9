// Shared harness of the loss-based weighting tests. A strategy is built on its own on scalar loss
// placeholders L = [0.5, 2, 4] and a step, as mtl.model builds it; its objective's value, its
// gradient with respect to each loss (TF_AddGradients through the strategy's graph) and its reported
// weights are compared with the formula evaluated in float64 by the test. Also: a short fit of a
// two-task regression, and 2 epochs + checkpoint + 2 resumed epochs against 4 straight epochs.
import { Graph, Output, Session, Tensor, layers, mtl, optimizers } from '../../../lib';
import * as ops from '../../../lib/ops';
import { GraphState, graphState } from '../../../lib/nn';
import { Random } from '../../../lib/data';
import type { Weighting, WeightingContext, WeightingResult } from '../../../lib/mtl';
import { withTempDir } from '../../support/tmp';

export const TASKS = ['a', 'b', 'c'];
export const L = [0.5, 2, 4];
/** float32 values of about this size, through a few ops, agree with float64 to well under this. */
export const TOLERANCE = 1e-6;

/** Largest relative deviation seen per strategy (absolute where the expected value is 0), printed after the file. */
const deviations: Record<string, number> = {};

/** Checks got against expected element by element, relative (absolute where expected is 0), and records the largest deviation. */
export function expectClose(strategy: string, got: number | number[], expected: number | number[], tolerance = TOLERANCE): void {
  const g = Array.isArray(got) ? got : [got];
  const e = Array.isArray(expected) ? expected : [expected];
  expect(g).toHaveLength(e.length);
  g.forEach((value, i) => {
    const deviation = e[i] === 0 ? Math.abs(value) : Math.abs(value - e[i]) / Math.abs(e[i]);
    deviations[strategy] = Math.max(deviations[strategy] ?? 0, deviation);
    if (!(deviation <= tolerance))
      throw new Error(
        `${strategy}: element ${i} is ${value}, expected ${e[i]} (relative deviation ${deviation.toExponential(2)} > ${tolerance})`,
      );
  });
}

/** Prints the largest deviations after the calling test file (call once at its top level). */
export function reportDeviations(): void {
  afterAll(() => {
    const lines = Object.entries(deviations).map(([name, d]) => `  ${name.padEnd(28)} ${d.toExponential(2)}`);
    if (lines.length) console.log(`largest relative deviation from the hand-computed formula:\n${lines.join('\n')}`);
  });
}

export interface StepValues {
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
export class LossHarness {
  readonly graph = new Graph();
  readonly state: GraphState;
  readonly losses: Output[];
  readonly step: Output;
  readonly result: WeightingResult;
  readonly session: Session;
  private readonly gradients: Array<Output | null>;

  constructor(
    weighting: Weighting,
    seed = 0,
    readonly taskNames = TASKS,
  ) {
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
    if (this.state.variables.length)
      await this.session.run(
        null,
        [],
        this.state.variables.map((v) => v.initializer),
      );
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
      const out = await this.session.run(feeds, fetches, options.train ? (this.result.updates ?? []) : []);
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

/** A LossHarness with its variables initialised. */
export async function built(weighting: Weighting, seed = 0, taskNames = TASKS): Promise<LossHarness> {
  return new LossHarness(weighting, seed, taskNames).init();
}

/** A two-task regression: y1 and y2 linear in x with different scales and a little noise. */
export function regressionData(n = 128): Record<string, Float32Array> {
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

/** A shared dense trunk with two linear heads (tasks y1, y2, mse), Adam 0.02, seed 1. */
export function twoTaskModel(weighting: Weighting) {
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

/** The fit test every loss-based strategy passes: finite losses that fall; its state is in the checkpointed variables. */
export function fitsTheTwoTaskRegression(name: string, make: () => Weighting, stateNames: string[]): void {
  test(`${name}: finite losses that fall; its state is in the checkpointed variables`, async () => {
    const { model } = twoTaskModel(make());
    const epochs = 6;
    const history = await model.fit(regressionData(), { epochs, batchSize: 16, verbose: false });
    const h = history.history;
    for (const key of ['loss', 'y1_loss', 'y2_loss', 'weight/y1', 'weight/y2']) expect(h[key].every(Number.isFinite)).toBe(true);
    for (const task of ['y1_loss', 'y2_loss']) expect(h[task][epochs - 1]).toBeLessThan(0.5 * h[task][0]);
    const extra = Object.keys(h)
      .filter((k) => /^(sigma|famo_z)\//.test(k))
      .map((k) => `, ${k} ${h[k][epochs - 1].toFixed(4)}`)
      .join('');
    console.log(
      `${name}: y1_loss ${h.y1_loss[0].toFixed(3)} → ${h.y1_loss[epochs - 1].toFixed(3)}, y2_loss ${h.y2_loss[0].toFixed(3)} → ${h.y2_loss[epochs - 1].toFixed(3)}; last epoch's mean weights ${h['weight/y1'][epochs - 1].toFixed(4)} / ${h['weight/y2'][epochs - 1].toFixed(4)}${extra}`,
    );
    const saved = await model.compiled.getWeights();
    for (const variable of stateNames) expect(saved.has(variable)).toBe(true);
    for (const t of saved.values()) t.dispose();
    await model.close();
  });
}

/**
 * The resume test of a stateful strategy: 2 epochs + checkpoint + 2 resumed epochs = 4 epochs.
 * (DWA's epoch 3 needs the epoch-2 mean losses, FAMO the logits and last log losses, RLW the step:
 * all must come back from the checkpoint for the resumed epochs to match.)
 */
export function resumesFromACheckpoint(name: string, make: () => Weighting): void {
  test(`${name}: 2 epochs + checkpoint + 2 resumed epochs = 4 epochs`, async () => {
    const data = regressionData();
    const options = { batchSize: 16, verbose: false };
    const straight = twoTaskModel(make()).model;
    const full = (await straight.fit(data, { ...options, epochs: 4 })).history;
    await straight.close();
    await withTempDir(name, async (dir) => {
      const first = twoTaskModel(make()).model;
      await first.fit(data, { ...options, epochs: 2 });
      await first.compiled.saveCheckpoint(dir);
      await first.close();
      const resumed = twoTaskModel(make()).model;
      await resumed.evaluate(data);
      await resumed.compiled.restoreCheckpoint(dir);
      const rest = (await resumed.fit(data, { ...options, epochs: 4, initialEpoch: 2 })).history;
      await resumed.close();
      for (const key of ['weight/y1', 'weight/y2', 'y1_loss', 'y2_loss'])
        expectClose(`${name} (resumed)`, rest[key], full[key].slice(2), 1e-5);
    });
  });
}
