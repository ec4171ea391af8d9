// Pruning schedules against tfmot's definitions (pruning_schedule.py of tensorflow-model-optimization
// 0.8.1, written out here independently of lib): which steps update the mask, the sparsity at each
// step, in the graph (float32 from an int64 step) and in JS, and the options tfmot refuses.
//
// Python's tfmot is not run: tensorflow-model-optimization needs tf-keras, whose 2.21 release
// requires the `tensorflow` distribution beside .venv's tensorflow-cpu (not a clean install), so
// the formula is the reference. Tolerance 1e-6: a handful of float32 ops on values in [0, 1].
import { Graph, Session, Tensor, nn } from '../../../lib';
import * as ops from '../../../lib/ops';

const { pruning } = nn;

/** tfmot's _should_prune_in_step. */
function shouldPrune(step: number, begin: number, end: number, frequency: number): boolean {
  return step >= begin && (step <= end || end < 0) && (step - begin) % frequency === 0;
}

/** tfmot's PolynomialDecay.__call__ in exact arithmetic. */
function polynomial(step: number, initial: number, final: number, begin: number, end: number, power: number): number {
  const p = Math.min(1, Math.max(0, (step - begin) / (end - begin)));
  return (initial - final) * (1 - p) ** power + final;
}

async function inGraph(schedule: nn.pruning.PruningSchedule, steps: number[]): Promise<Array<{ prune: boolean; sparsity: number }>> {
  const graph = new Graph();
  const step = ops.placeholder(graph, { dtype: 'int64', shape: [] });
  const built = schedule.build(graph, step);
  expect(built.shouldPrune.dtype).toBe('bool');
  expect(built.sparsity.dtype).toBe('float32');
  const session = new Session(graph);
  try {
    const values = [];
    for (const s of steps) {
      const [prune, sparsity] = await session.run(
        [[step, Tensor.from(BigInt(s), { dtype: 'int64', shape: [] })]],
        [built.shouldPrune, built.sparsity],
      );
      values.push({ prune: prune.item() as boolean, sparsity: sparsity.item() as number });
    }
    return values;
  } finally {
    await session.close();
  }
}

const STEPS = Array.from({ length: 131 }, (_, i) => i);

describe('pruning schedules', () => {
  test('constantSparsity: the target at steps begin, begin + frequency, ... up to end', async () => {
    const schedule = pruning.constantSparsity({ targetSparsity: 0.8, beginStep: 10, endStep: 100, frequency: 15 });
    const graph = await inGraph(schedule, STEPS);
    const expected = STEPS.filter((s) => shouldPrune(s, 10, 100, 15));
    expect(expected).toEqual([10, 25, 40, 55, 70, 85, 100]);
    expect(STEPS.filter((s) => schedule.shouldPrune(s))).toEqual(expected);
    expect(STEPS.filter((_, i) => graph[i].prune)).toEqual(expected);
    for (const value of graph) expect(value.sparsity).toBeCloseTo(0.8, 6);
    expect(schedule.sparsityAt(55)).toBeCloseTo(0.8, 6);
  });

  test('constantSparsity with endStep -1 prunes until training ends', async () => {
    const schedule = pruning.constantSparsity({ targetSparsity: 0.5, beginStep: 0, frequency: 100 });
    const steps = [0, 1, 99, 100, 101, 200, 10_000, 10_001];
    const graph = await inGraph(schedule, steps);
    const expected = [true, false, false, true, false, true, true, false];
    expect(steps.map((s) => shouldPrune(s, 0, -1, 100))).toEqual(expected);
    expect(steps.map((s) => schedule.shouldPrune(s))).toEqual(expected);
    expect(graph.map((v) => v.prune)).toEqual(expected);
    expect(schedule.getConfig()).toEqual({ targetSparsity: 0.5, beginStep: 0, endStep: -1, frequency: 100 });
  });

  test('polynomialDecay: (initial − final)(1 − p)^power + final, p clipped to [0, 1]', async () => {
    const schedule = pruning.polynomialDecay({
      initialSparsity: 0.5,
      finalSparsity: 0.9,
      beginStep: 10,
      endStep: 110,
      power: 3,
      frequency: 20,
    });
    const graph = await inGraph(schedule, STEPS);
    // Hand-computed points: p = 0.5 → −0.4 · 0.125 + 0.9 = 0.85; p = 0.25 → −0.4 · 0.421875 + 0.9 = 0.73125.
    expect(graph[60].sparsity).toBeCloseTo(0.85, 6);
    expect(graph[35].sparsity).toBeCloseTo(0.73125, 6);
    expect(graph[10].sparsity).toBeCloseTo(0.5, 6);
    expect(graph[0].sparsity).toBeCloseTo(0.5, 6);
    expect(graph[110].sparsity).toBeCloseTo(0.9, 6);
    expect(graph[130].sparsity).toBeCloseTo(0.9, 6);
    for (const s of STEPS) {
      const exact = polynomial(s, 0.5, 0.9, 10, 110, 3);
      expect(Math.abs(graph[s].sparsity - exact)).toBeLessThan(1e-6);
      expect(Math.abs(schedule.sparsityAt(s) - graph[s].sparsity)).toBeLessThan(1e-6);
    }
    const expected = STEPS.filter((s) => shouldPrune(s, 10, 110, 20));
    expect(expected).toEqual([10, 30, 50, 70, 90, 110]);
    expect(STEPS.filter((_, i) => graph[i].prune)).toEqual(expected);
    expect(STEPS.filter((s) => schedule.shouldPrune(s))).toEqual(expected);
  });

  test('polynomialDecay with power 1 is linear; a config round-trips through getSchedule', async () => {
    const schedule = pruning.polynomialDecay({ initialSparsity: 0, finalSparsity: 0.6, beginStep: 0, endStep: 30, power: 1, frequency: 1 });
    const graph = await inGraph(schedule, [0, 10, 15, 30, 45]);
    expect(graph.map((v) => v.sparsity)).toEqual([0, 0.2, 0.3, 0.6, 0.6].map((v) => expect.closeTo(v, 6)));
    const copy = pruning.getSchedule(pruning.serializeSchedule(schedule));
    expect(copy.getConfig()).toEqual({ initialSparsity: 0, finalSparsity: 0.6, beginStep: 0, endStep: 30, power: 1, frequency: 1 });
    expect(copy.sparsityAt(15)).toBe(schedule.sparsityAt(15));
    expect(pruning.getSchedule({ className: 'ConstantSparsity', config: { targetSparsity: 0.3, beginStep: 2 } }).getConfig()).toEqual({
      targetSparsity: 0.3,
      beginStep: 2,
      endStep: -1,
      frequency: 100,
    });
  });

  test('bad options are errors naming the schedule and the option', () => {
    const constant = (options: object) => () => pruning.constantSparsity(options as never);
    const decay = (options: object) => () =>
      pruning.polynomialDecay({ initialSparsity: 0, finalSparsity: 0.5, beginStep: 0, endStep: 10, ...options } as never);
    expect(constant({ targetSparsity: 1, beginStep: 0 })).toThrow('pruning.constantSparsity: targetSparsity must be in [0, 1), got 1');
    expect(constant({ targetSparsity: -0.1, beginStep: 0 })).toThrow('targetSparsity must be in [0, 1), got -0.1');
    expect(constant({ targetSparsity: NaN, beginStep: 0 })).toThrow('targetSparsity must be in [0, 1), got NaN');
    expect(constant({ targetSparsity: 0.5 })).toThrow('pruning.constantSparsity: beginStep must be an integer >= 0, got undefined');
    expect(constant({ targetSparsity: 0.5, beginStep: 10, endStep: 5 })).toThrow(
      'pruning.constantSparsity: endStep (5) is before beginStep (10); use -1 to prune until training ends',
    );
    expect(constant({ targetSparsity: 0.5, beginStep: 0, frequency: 0 })).toThrow(
      'pruning.constantSparsity: frequency must be an integer >= 1, got 0',
    );
    expect(constant({ targetSparsity: 0.5, beginStep: 0, frequncy: 10 })).toThrow('unknown option "frequncy"');
    expect(decay({ finalSparsity: 1 })).toThrow('pruning.polynomialDecay: finalSparsity must be in [0, 1), got 1');
    expect(decay({ initialSparsity: 1.5 })).toThrow('initialSparsity must be in [0, 1), got 1.5');
    expect(decay({ beginStep: 20 })).toThrow('pruning.polynomialDecay: endStep (10) is before beginStep (20)');
    expect(decay({ beginStep: 10 })).toThrow(
      'pruning.polynomialDecay: endStep must be after beginStep (both 10): the decay divides by endStep − beginStep',
    );
    expect(decay({ endStep: -1 })).toThrow('pruning.polynomialDecay: endStep must be an integer >= 0, got -1');
    expect(decay({ frequency: 0 })).toThrow('pruning.polynomialDecay: frequency must be an integer >= 1, got 0');
    expect(decay({ power: Infinity })).toThrow('pruning.polynomialDecay: power must be a finite number, got Infinity');
    expect(() => pruning.getSchedule({ className: 'Cubic', config: {} })).toThrow(
      'unknown pruning schedule "Cubic" (known: ConstantSparsity, PolynomialDecay)',
    );
  });
});
