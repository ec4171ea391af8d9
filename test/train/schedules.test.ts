// Learning-rate schedules: the in-graph value (float32, from an int64 step) at steps 0, 1, k, the
// end of the decay and beyond equals `valueAt`, the closed form written out here, and Keras 3's
// schedule with the same settings (test/fixtures/python/keras_reference.py); and the trainer's
// learning rate follows the schedule step by step, in what it reports and in the updates it makes.
//
// Tolerance: 1e-6 of the initial rate. The graph evaluates a handful of float32 ops (unit roundoff
// 6e-8) on values no larger than the initial rate; measured relative to each value instead, the
// cosine's 1 + cos(π) at the end of the decay would be a cancellation, not an error.
import { Graph, Session, Tensor } from '../../lib';
import * as ops from '../../lib/ops';
import { nn, schedules, train } from '../../lib';
import { runPythonJson } from '../support/python';

const TOLERANCE = 1e-6;

/** The schedule's in-graph value at each step (fed as the int64 step counter is). */
async function inGraph(schedule: schedules.Schedule, steps: number[]): Promise<number[]> {
  const graph = new Graph();
  const step = ops.placeholder(graph, { dtype: 'int64', shape: [] });
  const rate = schedule.build(graph, step);
  expect(rate.dtype).toBe('float32');
  const session = new Session(graph);
  try {
    const values: number[] = [];
    for (const s of steps) {
      const [value] = await session.run([[step, Tensor.from(BigInt(s), { dtype: 'int64', shape: [] })]], [rate]);
      values.push(value.item() as number);
    }
    return values;
  } finally {
    await session.close();
  }
}

interface Case {
  id: string;
  schedule: () => schedules.Schedule;
  /** The closed form, written out independently of lib. */
  closedForm: (step: number) => number;
  scale: number;
  steps: number[];
  keras: { class: string; config: Record<string, unknown> };
}

const cosine = (progress: number) => 0.5 * (1 + Math.cos(Math.PI * progress));
const CASES: Case[] = [
  {
    id: 'exponential',
    // 0.1 · 0.5^(step/4): halves every 4 steps.
    schedule: () => schedules.exponentialDecay({ initialLearningRate: 0.1, decaySteps: 4, decayRate: 0.5 }),
    closedForm: (step) => 0.1 * 0.5 ** (step / 4),
    scale: 0.1,
    steps: [0, 1, 3, 4, 9, 40],
    keras: { class: 'ExponentialDecay', config: { initial_learning_rate: 0.1, decay_steps: 4, decay_rate: 0.5 } },
  },
  {
    id: 'exponential-staircase',
    schedule: () => schedules.exponentialDecay({ initialLearningRate: 0.1, decaySteps: 4, decayRate: 0.5, staircase: true }),
    closedForm: (step) => 0.1 * 0.5 ** Math.floor(step / 4),
    scale: 0.1,
    steps: [0, 1, 3, 4, 9, 40],
    keras: { class: 'ExponentialDecay', config: { initial_learning_rate: 0.1, decay_steps: 4, decay_rate: 0.5, staircase: true } },
  },
  {
    id: 'cosine',
    // From 0.2 down to 0 over 10 steps, then 0.
    schedule: () => schedules.cosineDecay({ initialLearningRate: 0.2, decaySteps: 10 }),
    closedForm: (step) => 0.2 * cosine(Math.min(step, 10) / 10),
    scale: 0.2,
    steps: [0, 1, 5, 7, 10, 11, 100],
    keras: { class: 'CosineDecay', config: { initial_learning_rate: 0.2, decay_steps: 10 } },
  },
  {
    id: 'cosine-alpha',
    // Down to alpha·0.2 = 0.05, then flat.
    schedule: () => schedules.cosineDecay({ initialLearningRate: 0.2, decaySteps: 10, alpha: 0.25 }),
    closedForm: (step) => 0.2 * (0.75 * cosine(Math.min(step, 10) / 10) + 0.25),
    scale: 0.2,
    steps: [0, 1, 5, 7, 10, 11, 100],
    keras: { class: 'CosineDecay', config: { initial_learning_rate: 0.2, decay_steps: 10, alpha: 0.25 } },
  },
  {
    id: 'warmup',
    // 0.01 → 0.5 linearly over 4 steps, then 0.5: Keras's CosineDecay with alpha 1 (no decay) and a warm-up.
    schedule: () => schedules.linearWarmup({ initialLearningRate: 0.01, target: 0.5, warmupSteps: 4 }),
    closedForm: (step) => (step < 4 ? 0.01 + ((0.5 - 0.01) * step) / 4 : 0.5),
    scale: 0.5,
    steps: [0, 1, 3, 4, 5, 50],
    keras: {
      class: 'CosineDecay',
      config: { initial_learning_rate: 0.01, decay_steps: 10, alpha: 1, warmup_target: 0.5, warmup_steps: 4 },
    },
  },
  {
    id: 'warmup-cosine',
    // 0 → 0.5 over 4 steps, then cosine from 0.5 to 0.05 over the next 10: Keras's CosineDecay with a warm-up.
    schedule: () =>
      schedules.linearWarmup({
        target: 0.5,
        warmupSteps: 4,
        after: schedules.cosineDecay({ initialLearningRate: 0.5, decaySteps: 10, alpha: 0.1 }),
      }),
    closedForm: (step) => (step < 4 ? (0.5 * step) / 4 : 0.5 * (0.9 * cosine(Math.min(step - 4, 10) / 10) + 0.1)),
    scale: 0.5,
    steps: [0, 1, 3, 4, 5, 9, 14, 15, 60],
    keras: { class: 'CosineDecay', config: { initial_learning_rate: 0, decay_steps: 10, alpha: 0.1, warmup_target: 0.5, warmup_steps: 4 } },
  },
];

let keras: { schedules: Record<string, number[]> };
beforeAll(() => {
  keras = runPythonJson('keras_reference.py', {
    schedules: CASES.map((c) => ({ id: c.id, class: c.keras.class, config: c.keras.config, steps: c.steps })),
  });
});

describe('schedules', () => {
  for (const c of CASES) {
    test(`${c.id}: in the graph = valueAt = closed form = Keras at steps ${c.steps.join(', ')}`, async () => {
      const schedule = c.schedule();
      const graphValues = await inGraph(schedule, c.steps);
      c.steps.forEach((step, i) => {
        const closed = c.closedForm(step);
        expect(Math.abs(schedule.valueAt(step) - closed)).toBeLessThan(1e-12);
        expect(Math.abs(graphValues[i] - closed) / c.scale).toBeLessThan(TOLERANCE);
        expect(Math.abs(keras.schedules[c.id][i] - closed) / c.scale).toBeLessThan(TOLERANCE);
      });
    });
  }

  test('hand values: exponential halves every decaySteps; cosine is at half its range midway', async () => {
    const halving = schedules.exponentialDecay({ initialLearningRate: 0.1, decaySteps: 4, decayRate: 0.5 });
    expect(await inGraph(halving, [0, 4, 8])).toEqual([expect.closeTo(0.1, 8), expect.closeTo(0.05, 8), expect.closeTo(0.025, 8)]);
    const cos = schedules.cosineDecay({ initialLearningRate: 0.2, decaySteps: 10, alpha: 0.25 });
    // Midway: 0.2·(0.75·0.5 + 0.25) = 0.125; at the end and after: 0.2·0.25 = 0.05.
    expect(await inGraph(cos, [5, 10, 1000])).toEqual([expect.closeTo(0.125, 7), expect.closeTo(0.05, 7), expect.closeTo(0.05, 7)]);
    const warm = schedules.linearWarmup({ target: 0.4, warmupSteps: 8 });
    expect(await inGraph(warm, [0, 2, 8, 9])).toEqual([0, expect.closeTo(0.1, 7), expect.closeTo(0.4, 7), expect.closeTo(0.4, 7)]);
  });

  test("the trainer's learning rate follows the schedule, and each SGD step uses that step's rate", async () => {
    // y = w·x with w = 1 (no bias), one example x = 1, y = 0, mse: loss w², gradient 2w, so an SGD
    // step with rate r multiplies w by (1 − 2r). After n steps w = Π (1 − 2·rate(k)), k < n.
    const schedule = schedules.linearWarmup({
      target: 0.2,
      warmupSteps: 3,
      after: schedules.exponentialDecay({ initialLearningRate: 0.2, decaySteps: 2, decayRate: 0.5 }),
    });
    const x = nn.layers.input({ name: 'x', shape: [1] });
    const model = nn.model({
      inputs: { x },
      outputs: { y: nn.layers.dense({ units: 1, useBias: false, kernelInitializer: 'ones', name: 'line' }).apply(x) },
    });
    const trainer = train.compile(model, { optimizer: train.optimizers.sgd({ learningRate: schedule }), loss: 'mse' });
    const batch = {
      x: { dtype: 'float32' as const, shape: [1, 1], data: Float32Array.of(1) },
      y: { dtype: 'float32' as const, shape: [1, 1], data: Float32Array.of(0) },
    };
    await trainer.build(batch);
    let w = 1;
    try {
      for (let n = 0; n < 8; n++) {
        // Rates 0, 0.0667, 0.133, then 0.2, 0.141, 0.1, 0.0707, 0.05.
        expect(Math.abs((await trainer.getLearningRate()) - schedule.valueAt(n)) / 0.2).toBeLessThan(TOLERANCE);
        await trainer.trainOnBatch(batch);
        w *= 1 - 2 * schedule.valueAt(n);
        const kernel = (await trainer.getWeights()).get('line/kernel')!.data() as Float32Array;
        expect(Math.abs(kernel[0] - w)).toBeLessThan(TOLERANCE);
      }
    } finally {
      await trainer.close();
    }
  });

  test('bad input: names the schedule, the option and the range', () => {
    expect(() => schedules.exponentialDecay({ initialLearningRate: 0.1, decaySteps: 0, decayRate: 0.5 })).toThrow(
      'exponentialDecay: decaySteps must be a finite number > 0, got 0',
    );
    expect(() => schedules.exponentialDecay({ initialLearningRate: 0.1, decaySteps: 10, decayRate: -0.5 })).toThrow(
      'exponentialDecay: decayRate must be a finite number > 0, got -0.5',
    );
    expect(() => schedules.exponentialDecay({ initialLearningRate: -0.1, decaySteps: 10, decayRate: 0.5 })).toThrow(
      'exponentialDecay: initialLearningRate must be a finite number >= 0, got -0.1',
    );
    expect(() => schedules.exponentialDecay({ initial_learning_rate: 0.1, decaySteps: 10, decayRate: 0.5 } as never)).toThrow(
      /exponentialDecay: unknown option "initial_learning_rate" \(known options: initialLearningRate, decaySteps, decayRate, staircase\)/,
    );
    expect(() => schedules.cosineDecay({ initialLearningRate: 0.1, decaySteps: 10, alpha: 1.5 })).toThrow(
      'cosineDecay: alpha must be in [0, 1], got 1.5',
    );
    expect(() => schedules.cosineDecay({ initialLearningRate: 0.1, decaySteps: NaN })).toThrow(
      'cosineDecay: decaySteps must be a finite number > 0, got NaN',
    );
    expect(() => schedules.linearWarmup({ target: 0.1, warmupSteps: -1 })).toThrow(
      'linearWarmup: warmupSteps must be a finite number > 0, got -1',
    );
    expect(() => schedules.linearWarmup({ target: 0, warmupSteps: 5 })).toThrow('linearWarmup: target must be a finite number > 0, got 0');
    expect(() => schedules.linearWarmup({ target: 0.1, warmupSteps: 5, after: 0.01 as never })).toThrow(
      'linearWarmup: after must be a schedule (from schedules.*)',
    );
    expect(() => schedules.constantRate(-1)).toThrow('learningRate must be a finite number >= 0, got -1');
  });
});
