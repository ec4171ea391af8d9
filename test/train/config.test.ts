// Configs of losses, metrics, optimizers and learning-rate schedules: each object's
// { className, config } survives JSON.stringify/parse, `get` rebuilds an object with the same
// config, and the rebuilt object computes the same numbers as the original (same graph ops,
// same inputs: equal exactly). Lookups by name use own properties only.
import { Graph, Output, Session } from '../../lib';
import * as ops from '../../lib/ops';
import { GraphState } from '../../lib/nn';
import { losses, metrics, optimizers, schedules } from '../../lib/train';

const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

async function evaluate(build: (graph: Graph) => Output[]): Promise<number[][]> {
  const graph = new Graph();
  const outputs = build(graph);
  const session = new Session(graph);
  try {
    const values = await session.run(null, outputs);
    return values.map((t) => Array.from(t.data() as Float32Array));
  } finally {
    await session.close();
  }
}

describe('losses', () => {
  const cases: Array<[string, () => losses.Loss, 'float' | 'int']> = [
    ['meanSquaredError', () => losses.meanSquaredError({ reduction: 'sum' }), 'float'],
    ['meanAbsoluteError', () => losses.meanAbsoluteError(), 'float'],
    ['huber', () => losses.huber({ delta: 0.3, reduction: 'mean' }), 'float'],
    ['binaryCrossentropy', () => losses.binaryCrossentropy({ fromLogits: true }), 'float'],
    ['categoricalCrossentropy', () => losses.categoricalCrossentropy({ fromLogits: false, reduction: 'none' }), 'float'],
    ['sparseCategoricalCrossentropy', () => losses.sparseCategoricalCrossentropy({ fromLogits: true }), 'int'],
    ['klDivergence', () => losses.klDivergence(), 'float'],
  ];
  test.each(cases)('%s: config round-trips and the rebuilt loss gives the same per-example values', async (className, make, labels) => {
    const loss = make();
    const serialized = losses.serialize(loss) as { className: string; config: Record<string, unknown> };
    expect(serialized.className).toBe(className);
    const rebuilt = losses.get(viaJson(serialized));
    expect(losses.serialize(rebuilt)).toEqual(viaJson(serialized));
    expect([rebuilt.name, rebuilt.reduction, rebuilt.labels, rebuilt.kind, rebuilt.fromLogits]).toEqual([
      loss.name,
      loss.reduction,
      loss.labels,
      loss.kind,
      loss.fromLogits,
    ]);
    const [a, b] = await evaluate((graph) => {
      const yPred = ops.constant(
        graph,
        [
          [0.2, 0.5, 0.3],
          [0.6, 0.1, 0.3],
        ],
        'float32',
      );
      const yTrue =
        labels === 'int'
          ? ops.constant(graph, [1, 0], 'int32')
          : ops.constant(
              graph,
              [
                [0, 1, 0],
                [1, 0, 0],
              ],
              'float32',
            );
      return [loss.perExample(yTrue, yPred, 'x'), rebuilt.perExample(yTrue, yPred, 'x')];
    });
    expect(a.every(Number.isFinite)).toBe(true);
    expect(b).toEqual(a);
  });

  test('defaults are written out; names stay names; unknown names and options are refused', () => {
    expect(losses.serialize(losses.binaryCrossentropy())).toEqual({
      className: 'binaryCrossentropy',
      config: { reduction: 'sumOverBatchSize', fromLogits: false },
    });
    expect(losses.serialize(losses.huber())).toEqual({ className: 'huber', config: { reduction: 'sumOverBatchSize', delta: 1 } });
    expect(losses.serialize('mse')).toBe('mse');
    expect(losses.get('mse').name).toBe('mean_squared_error');
    // Before: the lookup read BY_NAME["constructor"] (Object) and returned {} as a loss.
    expect(() => losses.get('constructor')).toThrow('losses.get: unknown loss "constructor" (known: meanSquaredError, mse');
    expect(() => losses.get({ className: 'toString', config: {} })).toThrow('unknown loss "toString"');
    expect(() => losses.get({ className: 'huber', config: { detla: 2 } })).toThrow(
      'loss "huber": unknown option "detla" (known options: reduction, delta)',
    );
    const custom: losses.Loss = { name: 'mine', reduction: 'sum', labels: 'float', perExample: (t) => t };
    expect(() => losses.serialize(custom)).toThrow('this loss has no config');
  });

  test('a registered user loss round-trips', () => {
    const scaledMse = (config: Record<string, unknown>): losses.Loss => {
      const scale = config.scale as number;
      const base = losses.meanSquaredError();
      return {
        ...base,
        name: 'scaled_mse',
        className: 'scaledMse',
        getConfig: () => ({ scale }),
        perExample: (t, p, l) => ops.mul(base.perExample(t, p, l), scale),
      };
    };
    losses.register('scaledMse', scaledMse);
    const rebuilt = losses.get(viaJson(losses.serialize(scaledMse({ scale: 3 }))));
    expect(rebuilt.name).toBe('scaled_mse');
    expect(rebuilt.getConfig!()).toEqual({ scale: 3 });
    expect(() => losses.register('huber', scaledMse)).toThrow('"huber" is already a loss');
  });
});

describe('metrics', () => {
  const cases: Array<[string, () => metrics.Metric]> = [
    ['accuracy', () => metrics.accuracy({ name: 'acc' })],
    ['binaryAccuracy', () => metrics.binaryAccuracy({ threshold: 0.3, fromLogits: false })],
    ['categoricalAccuracy', () => metrics.categoricalAccuracy()],
    ['sparseCategoricalAccuracy', () => metrics.sparseCategoricalAccuracy({ name: 'sca' })],
    ['meanAbsoluteError', () => metrics.meanAbsoluteError()],
    ['meanSquaredError', () => metrics.meanSquaredError({ name: 'm' })],
    ['rootMeanSquaredError', () => metrics.rootMeanSquaredError()],
    ['precision', () => metrics.precision({ threshold: 0.4 })],
    ['recall', () => metrics.recall({ fromLogits: true })],
    ['auc', () => metrics.auc({ numThresholds: 50, fromLogits: true })],
  ];
  test.each(cases)('%s: config round-trips and the rebuilt metric gives the same result', async (className, make) => {
    const metric = make();
    const serialized = metrics.serialize(metric) as { className: string; config: Record<string, unknown> };
    expect(serialized.className).toBe(className);
    const rebuilt = metrics.get(viaJson(serialized));
    expect(metrics.serialize(rebuilt)).toEqual(viaJson(serialized));
    expect(rebuilt.name).toBe(metric.name);
    const run = async (m: metrics.Metric) => {
      const graph = new Graph();
      const state = new GraphState(graph, 0);
      const sparse = className === 'sparseCategoricalAccuracy';
      const yPred = ops.constant(
        graph,
        sparse
          ? [
              [0.2, 0.8],
              [0.9, 0.1],
              [0.4, 0.6],
            ]
          : [[0.9], [0.2], [0.6]],
        'float32',
      );
      const yTrue = ops.constant(graph, sparse ? [1, 1, 1] : [[1], [0], [0]], 'float32');
      const built = m.build(state, 'metric', yTrue, yPred, null);
      const session = new Session(graph);
      try {
        await session.run(
          null,
          [],
          state.variables.map((v) => v.initializer),
        );
        await session.run(null, [], [built.update]);
        const [value] = await session.run(null, [built.result]);
        return value.item() as number;
      } finally {
        await session.close();
      }
    };
    const [a, b] = [await run(metric), await run(rebuilt)];
    expect(Number.isFinite(a)).toBe(true);
    expect(b).toBe(a);
  });

  test('names stay names; unknown names and prototype names are refused', () => {
    expect(metrics.serialize('auc')).toBe('auc');
    expect(() => metrics.get('constructor')).toThrow('unknown metric "constructor"');
    expect(() => metrics.get({ className: 'hasOwnProperty', config: {} })).toThrow(
      'metrics.get: unknown metric "hasOwnProperty" (known: accuracy, binaryAccuracy',
    );
    expect(() => metrics.get({ className: 'auc', config: { thresholds: 3 } })).toThrow('auc: unknown option "thresholds"');
  });
});

describe('optimizers and schedules', () => {
  /** Three updates of w = (1, −2, 0.5) by the gradient of ½|w − (0.3, 0.3, 0.3)|²: the values after each. */
  async function trajectory(optimizer: optimizers.Optimizer): Promise<number[][]> {
    const graph = new Graph();
    const state = new GraphState(graph, 0);
    const w = state.createVariable('w', ops.constant(graph, [1, -2, 0.5], 'float32'), { trainable: true, shape: [3] });
    const loss = ops.mul(ops.reduceSum(ops.square(ops.sub(w.read(), ops.constant(graph, [0.3, 0.3, 0.3], 'float32')))), 0.5);
    const [gradient] = graph.addGradients([loss], [w.handle]) as Output[];
    const step = state.stepVariable();
    const built = optimizer.build(state, [gradient], [w], step.read());
    const increment = graph.withControlDependencies([built.update], () =>
      ops.assignAddVariableOp(step.handle, ops.constant(graph, 1n, 'int64')),
    );
    const session = new Session(graph);
    try {
      await session.run(
        null,
        [],
        state.variables.map((v) => v.initializer),
      );
      const result: number[][] = [];
      for (let i = 0; i < 3; i++) {
        await session.run(null, [], [increment]);
        const [value] = await session.run(null, [w.read()]);
        result.push(Array.from(value.data() as Float32Array));
      }
      return result;
    } finally {
      await session.close();
    }
  }

  const cases: Array<[string, () => optimizers.Optimizer]> = [
    ['sgd', () => optimizers.sgd({ learningRate: 0.1, momentum: 0.9, nesterov: true, clipNorm: 1 })],
    [
      'adam',
      () =>
        optimizers.adam({
          learningRate: schedules.exponentialDecay({ initialLearningRate: 0.05, decaySteps: 2, decayRate: 0.5, staircase: true }),
          beta1: 0.8,
        }),
    ],
    ['adamw', () => optimizers.adamw({ weightDecay: 0.1, name: 'my_adamw' })],
    [
      'rmsprop',
      () =>
        optimizers.rmsprop({
          learningRate: schedules.linearWarmup({
            target: 0.01,
            warmupSteps: 2,
            after: schedules.cosineDecay({ initialLearningRate: 0.01, decaySteps: 10, alpha: 0.1 }),
          }),
          rho: 0.8,
          globalClipNorm: 2,
        }),
    ],
    ['adagrad', () => optimizers.adagrad({ initialAccumulatorValue: 0.2, clipValue: 0.5 })],
  ];
  test.each(cases)('%s: config round-trips and the rebuilt optimizer takes the same steps', async (className, make) => {
    const optimizer = make();
    const serialized = optimizers.serialize(optimizer) as { className: string; config: Record<string, unknown> };
    expect(serialized.className).toBe(className);
    const rebuilt = optimizers.get(viaJson(serialized));
    expect(optimizers.serialize(rebuilt)).toEqual(viaJson(serialized));
    expect(rebuilt.name).toBe(optimizer.name);
    const [a, b] = [await trajectory(optimizer), await trajectory(rebuilt)];
    expect(a[2][0]).not.toBe(1);
    expect(b).toEqual(a);
  });

  test('a constant rate is a number in the config, defaults included', () => {
    expect(optimizers.serialize(optimizers.adam())).toEqual({ className: 'adam', config: { name: 'Adam', learningRate: 0.001 } });
    expect(optimizers.serialize('sgd')).toBe('sgd');
    expect(() => optimizers.get('constructor')).toThrow('unknown optimizer "constructor"');
    expect(() => optimizers.get({ className: 'valueOf', config: {} })).toThrow(
      'optimizers.get: unknown optimizer "valueOf" (known: sgd, adam, adamw, rmsprop, adagrad)',
    );
    expect(() => optimizers.get({ className: 'adam', config: { learning_rate: 1 } })).toThrow('adam: unknown option "learning_rate"');
  });

  test('schedules: config round-trips and the rebuilt schedule gives the same rates', () => {
    const list = [
      schedules.exponentialDecay({ initialLearningRate: 0.1, decaySteps: 7, decayRate: 0.9 }),
      schedules.cosineDecay({ initialLearningRate: 0.2, decaySteps: 100 }),
      schedules.linearWarmup({
        target: 0.3,
        warmupSteps: 10,
        after: schedules.exponentialDecay({ initialLearningRate: 0.3, decaySteps: 5, decayRate: 0.5, staircase: true }),
      }),
      schedules.constantRate(0.04),
    ];
    for (const schedule of list) {
      const serialized = schedules.serialize(schedule);
      const rebuilt = schedules.get(viaJson(serialized));
      expect(schedules.serialize(rebuilt)).toEqual(viaJson(serialized));
      for (const step of [0, 1, 5, 9, 10, 11, 37, 100, 1000]) expect(rebuilt.valueAt(step)).toBe(schedule.valueAt(step));
    }
    expect(() => schedules.get('constructor')).toThrow(
      'schedules.get: unknown schedule "constructor" (known: exponentialDecay, cosineDecay, linearWarmup, constantRate)',
    );
    expect(() => schedules.get({ className: 'cosineDecay', config: { initialLearningRate: 1, decaySteps: 5, warmup: 3 } })).toThrow(
      'cosineDecay: unknown option "warmup"',
    );
  });
});
