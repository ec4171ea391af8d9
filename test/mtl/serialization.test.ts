// Architectures' configs and a multi-task model's configuration as versioned JSON: what goes in
// comes back through JSON.stringify/parse, and the rebuilt model computes the same numbers:
// the same forward outputs for the same weights, and the same training losses from the same
// seed (same layer names, hence the same variables created in the same order from the same
// seeds: equal exactly).
import { layers, losses, metrics, mtl, nn, optimizers, schedules } from '../../lib';
import type { HostTensor } from '../../lib/data';
import { Random } from '../../lib/data';
import { runForward } from '../parity/models';

const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const { architectures } = mtl;

function weightsByName(variable: nn.Variable): Float32Array {
  let seed = 7;
  for (const char of variable.name) seed = (seed * 31 + char.charCodeAt(0)) >>> 0;
  return Float32Array.from({ length: variable.shape.reduce((a, b) => a * b, 1) }, () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32 - 0.5;
  });
}

describe('architecture configs', () => {
  const cases: Array<[string, () => mtl.architectures.Architecture]> = [
    [
      'MMoE',
      () =>
        architectures.mmoe({ name: 'mm', tasks: ['a', 'b'], experts: 3, expertUnits: [4, 2], expertActivation: 'gelu', gateUseBias: true }),
    ],
    ['OMoE', () => architectures.omoe({ name: 'om', tasks: ['a', 'b'], experts: 2, expertUnits: [3] })],
    [
      'CGC',
      () =>
        architectures.cgc({
          name: 'cg',
          tasks: ['a', 'b'],
          taskExperts: { a: 1, b: 2 },
          sharedExperts: 2,
          expertUnits: [3],
          kernelInitializer: 'heNormal',
        }),
    ],
    ['PLE', () => architectures.ple({ name: 'pl', tasks: ['a', 'b', 'c'], levels: 2, taskExperts: 1, sharedExperts: 1, expertUnits: [3] })],
    ['CrossStitch', () => architectures.crossStitch({ name: 'cs', tasks: ['a', 'b', 'c'], units: [4, 3], alphaSame: 0.8 })],
    [
      'SharedBottom',
      () =>
        architectures.sharedBottom({
          name: 'sb',
          bottom: [layers.dense({ name: 'sb_b', units: 4 })],
          towers: { a: [layers.dense({ name: 'sb_a', units: 2 })] },
          tasks: ['a', 'b'],
        }),
    ],
  ];
  test.each(cases)('%s: config → JSON → architectures.get → the same config, the same variables', (className, make) => {
    const architecture = make();
    const serialized = architectures.serialize(architecture);
    expect(serialized.className).toBe(className);
    const rebuilt = architectures.get(viaJson(serialized));
    expect(architectures.serialize(rebuilt)).toEqual(viaJson(serialized));
    expect(rebuilt.tasks).toEqual(architecture.tasks);
    expect(rebuilt.gateNames).toEqual(architecture.gateNames);
    expect(rebuilt.layer.sublayers().map((l) => l.name)).toEqual(architecture.layer.sublayers().map((l) => l.name));
  });

  test('experts, gates and columns made by factories are saved as the layers they made', () => {
    const moe = architectures.mmoe({
      name: 'custom',
      tasks: ['a', 'b'],
      experts: 2,
      expert: ({ name }) =>
        layers.sequential([layers.dense({ name: `${name}/d`, units: 3 }), layers.layerNormalization({ name: `${name}/ln` })], { name }),
      gate: ({ name, experts }) => layers.dense({ name, units: experts, activation: 'linear' }),
    });
    const serialized = viaJson(architectures.serialize(moe));
    expect(serialized.config.expertLayers).toHaveLength(2);
    expect(serialized.config.gateLayers).toHaveLength(2);
    expect(serialized.config).not.toHaveProperty('expertUnits');
    expect(architectures.serialize(architectures.get(serialized))).toEqual(serialized);
    const stitched = architectures.crossStitch({
      name: 'cc',
      tasks: ['a', 'b'],
      column: ({ name }) => [layers.dense({ name: `${name}/x`, units: 2 }), layers.dropout({ name: `${name}/drop`, rate: 0.1 })],
    });
    const columns = viaJson(architectures.serialize(stitched));
    expect(Object.keys(columns.config.columnLayers as object)).toEqual(['a', 'b']);
    expect(architectures.serialize(architectures.get(columns))).toEqual(columns);
    expect(() => architectures.get({ className: 'Dense', config: { units: 2 } })).toThrow('"Dense" is a layer class, not an architecture');
    expect(() => architectures.get({ className: 'MMoE', config: { tasks: ['a'], experts: 2, expertUnits: [2], expertz: 3 } })).toThrow(
      'unknown option "expertz"',
    );
  });

  test('a functional model holding a PLE: rebuilt from JSON, the same outputs for the same weights', async () => {
    const x = layers.input({ name: 'x', shape: [5] });
    const { representations, gates } = architectures
      .ple({ name: 'ple_net', tasks: ['a', 'b'], levels: 2, taskExperts: 2, sharedExperts: 1, expertUnits: [4] })
      .applyWithGates(x);
    const original = nn.model({
      inputs: { x },
      outputs: { a: representations.a, b: representations.b, gate: gates['level_1/a'] },
      name: 'with_ple',
    });
    const json = viaJson(nn.serializeModel(original));
    const rebuilt = nn.deserializeModel(json);
    const inputs: Record<string, HostTensor> = {
      x: { data: Float32Array.from({ length: 15 }, (_, i) => Math.sin(i)), dtype: 'float32', shape: [3, 5] } as HostTensor,
    };
    const a = await runForward(original, inputs, { training: false, weightsFor: weightsByName });
    const b = await runForward(rebuilt, inputs, { training: false, weightsFor: weightsByName });
    expect([...b.weightsBefore.keys()]).toEqual([...a.weightsBefore.keys()]);
    for (const key of ['a', 'b', 'gate'])
      expect(Array.from(b.outputs[key].data() as Float32Array)).toEqual(Array.from(a.outputs[key].data() as Float32Array));
  });
});

describe('multimodal layers', () => {
  test('masked mean pooling (two inputs) and gated fusion: rebuilt from JSON, the same outputs for the same weights', async () => {
    const ids = layers.input({ name: 'ids', shape: [4], dtype: 'int32' });
    const image = layers.input({ name: 'image', shape: [3] });
    const text = new mtl.multimodal.MaskedMeanPooling({ name: 'pool' }).apply([
      layers.embedding({ name: 'words', inputDim: 6, outputDim: 3 }).apply(ids),
      ids,
    ]);
    const fused = new mtl.multimodal.Fusion({ name: 'fuse', mode: 'gated', units: 2 }).apply([text, image]);
    const original = nn.model({ inputs: { ids, image }, outputs: { fused }, name: 'captioned' });
    const json = viaJson(nn.serializeModel(original));
    expect(json.layers.map((l) => l.className)).toEqual(['Embedding', 'MaskedMeanPooling', 'Fusion']);
    expect(json.nodes[1].inputs).toEqual([{ node: 0, index: 0 }, { input: 'ids' }]);
    const rebuilt = nn.deserializeModel(json);
    expect(nn.serializeModel(rebuilt)).toEqual(json);
    const inputs: Record<string, HostTensor> = {
      // Id 0 is padding: the second example's text is one real token.
      ids: { data: Int32Array.from([1, 2, 3, 0, 4, 0, 0, 0]), dtype: 'int32', shape: [2, 4] } as HostTensor,
      image: { data: Float32Array.from([0.1, -0.2, 0.3, 0.5, 0.4, -0.6]), dtype: 'float32', shape: [2, 3] } as HostTensor,
    };
    const a = await runForward(original, inputs, { training: false, weightsFor: weightsByName });
    const b = await runForward(rebuilt, inputs, { training: false, weightsFor: weightsByName });
    expect(Array.from(b.outputs.fused.data() as Float32Array)).toEqual(Array.from(a.outputs.fused.data() as Float32Array));
  });
});

test('a layer imported from a SavedModel says why it has no config', () => {
  const imported = new mtl.ImportedLayer({
    source: '/models/teacher',
    graphDef: new Uint8Array(),
    inputs: [{ tensor: 'x:0', dtype: 'float32' }],
    outputs: ['y:0'],
    variables: [],
    checkpointPrefix: '',
    trainable: 'none',
    name: 'teacher',
  });
  expect(() => nn.serializeLayer(imported)).toThrow(
    'imported layer "teacher" (from /models/teacher) has no config: it is a graph read from a SavedModel',
  );
});

function data(n: number) {
  const random = Random.fromSeed(11);
  const x = new Float32Array(n * 3);
  const sum = new Float32Array(n);
  const positive = new Float32Array(n);
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 3; j++) x[3 * i + j] = random.normal();
    sum[i] = x[3 * i] + x[3 * i + 1] - x[3 * i + 2];
    positive[i] = x[3 * i] > 0 ? 1 : 0;
    weights[i] = 0.5 + (i % 3);
  }
  return { x, sum, positive, w: weights };
}

describe('serializeMultiTask / deserializeMultiTask', () => {
  function trunkModel(extra: Partial<mtl.MultiTaskConfig> = {}) {
    const x = layers.input({ name: 'features', shape: [3] });
    const trunk = layers
      .sequential(
        [layers.dense({ name: 'trunk_1', units: 8, activation: 'relu' }), layers.dense({ name: 'trunk_2', units: 8, activation: 'tanh' })],
        { name: 'trunk' },
      )
      .apply(x);
    return mtl.model({
      name: 'two_tasks',
      inputs: { x },
      trunk,
      tasks: {
        sum: {
          head: layers.dense({ name: 'sum_head', units: 1 }),
          loss: losses.huber({ delta: 0.5 }),
          metrics: ['mae', metrics.rootMeanSquaredError({ name: 'rmse' })],
          sampleWeight: 'w',
        },
        positive: {
          head: layers.dense({ name: 'positive_head', units: 1 }),
          loss: 'binaryCrossentropy',
          metrics: ['accuracy'],
          labelMask: false,
        },
      },
      weighting: mtl.weighting.dwa({ temperature: 2 }),
      optimizer: optimizers.adam({
        learningRate: schedules.exponentialDecay({ initialLearningRate: 0.03, decaySteps: 4, decayRate: 0.9 }),
      }),
      seed: 13,
      diagnostics: true,
      stepsPerExecution: 2,
      ...extra,
    });
  }

  test('round trip through JSON text gives the same description', () => {
    const original = trunkModel();
    const json = mtl.serializeMultiTask(original);
    expect(json.format).toBe('hydra-tf/multi-task');
    expect(json.representation).toBe('trunk');
    expect(json.tasks.map((t) => t.name)).toEqual(['sum', 'positive']);
    expect(json.tasks[0]).toMatchObject({
      sampleWeight: 'w',
      metrics: ['mae', { className: 'rootMeanSquaredError', config: { name: 'rmse' } }],
    });
    expect(json.tasks[1]).toMatchObject({ loss: 'binaryCrossentropy', labelMask: false });
    expect(json.weighting).toEqual({ className: 'dwa', config: { temperature: 2 } });
    const config = mtl.deserializeMultiTask(JSON.stringify(json));
    expect(config.seed).toBe(13);
    const rebuilt = mtl.model(config);
    expect(mtl.serializeMultiTask(rebuilt)).toEqual(viaJson(json));
  });

  test('the rebuilt model trains to the same losses, step for step, as the original', async () => {
    const train = data(96);
    const run = async (model: mtl.MultiTaskModel) => {
      const history = await model.fit(train, { epochs: 3, batchSize: 16, verbose: false });
      const predictions = await model.predict({ x: train.x.slice(0, 12) });
      await model.close();
      return { history: history.history, predictions: Array.from(predictions.sum.data as Float32Array) };
    };
    const original = trunkModel();
    const json = viaJson(mtl.serializeMultiTask(original));
    const first = await run(original);
    // Other models built in between change nothing: every name comes from the JSON.
    trunkModel();
    const config = mtl.deserializeMultiTask(json);
    const second = await run(mtl.model(config));
    expect(first.history.loss).toHaveLength(3);
    expect(first.history.loss[2]).toBeLessThan(first.history.loss[0]);
    expect(second.history).toEqual(first.history);
    expect(second.predictions).toEqual(first.predictions);
  });

  test('layers frozen by fit({ tasks, freezeTrunk }) are saved trainable: the loaded model trains every task, as fit() with every task would', async () => {
    // (Diagnostics need trainable shared parameters, which freezeTrunk takes away.)
    const model = trunkModel({ diagnostics: false });
    await model.fit(data(32), { tasks: ['sum'], freezeTrunk: true, epochs: 1, batchSize: 16, verbose: false });
    expect(model.config.tasks.positive.head.trainable).toBe(false);
    const json = viaJson(mtl.serializeMultiTask(model));
    await model.close();
    const flags: boolean[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        const config = (value as { config?: { trainable?: unknown } }).config;
        if (typeof (value as { className?: unknown }).className === 'string' && typeof config?.trainable === 'boolean')
          flags.push(config.trainable);
        Object.values(value).forEach(collect);
      }
    };
    collect(json);
    // trunk, trunk_1, trunk_2, two heads.
    expect(flags).toHaveLength(5);
    expect(flags.every((flag) => flag)).toBe(true);
    const config = mtl.deserializeMultiTask(json);
    expect(config.tasks.positive.head.trainable).toBe(true);
    // A layer the user froze (no fit with tasks since) stays frozen.
    const own = trunkModel();
    own.config.tasks.sum.head.trainable = false;
    expect(mtl.serializeMultiTask(own).tasks[0].head.config.trainable).toBe(false);
  });

  test('per-task representations from an architecture; a weighted sum with its weights', () => {
    const x = layers.input({ name: 'x', shape: [4] });
    const representations = architectures.mmoe({ name: 'gatenet', tasks: ['ctr', 'cvr'], experts: 2, expertUnits: [3] }).apply(x);
    const original = mtl.model({
      name: 'moe',
      inputs: { x },
      representations,
      tasks: {
        ctr: {
          head: layers.dense({ name: 'ctr_head', units: 1 }),
          loss: losses.binaryCrossentropy({ fromLogits: true }),
          metrics: ['auc'],
        },
        cvr: { head: layers.dense({ name: 'cvr_head', units: 1 }), loss: 'mse' },
      },
      weighting: mtl.weighting.weightedSum({ ctr: 1, cvr: 0.25 }),
      optimizer: 'sgd',
      gradientMode: 'parameters',
      jitCompile: false,
    });
    const json = viaJson(mtl.serializeMultiTask(original));
    expect(json.representation).toBe('tasks');
    expect(json.graph.outputs.map((o) => o.name)).toEqual(['ctr', 'cvr']);
    expect(json.graph.layers.map((l) => l.className)).toEqual(['MMoE']);
    expect(json.optimizer).toBe('sgd');
    const config = mtl.deserializeMultiTask(json);
    expect(Object.keys(config.representations!)).toEqual(['ctr', 'cvr']);
    const rebuilt = mtl.model(config);
    expect(mtl.serializeMultiTask(rebuilt)).toEqual(json);
  });

  test('bad descriptions are refused with a reason', () => {
    const json = viaJson(mtl.serializeMultiTask(trunkModel()));
    expect(() => mtl.deserializeMultiTask({ ...json, version: 3 as 1 })).toThrow(
      'hydra-tf/multi-task version 3 is not supported (this hydra-tf reads version 1)',
    );
    expect(() => mtl.deserializeMultiTask({ ...json, format: 'hydra-tf/model' as 'hydra-tf/multi-task' })).toThrow(
      'not a hydra-tf/multi-task description',
    );
    expect(() => mtl.deserializeMultiTask({ ...json, weighting: { className: 'constructor', config: {} } })).toThrow(
      'unknown weighting "constructor"',
    );
    const badHead = viaJson(json);
    badHead.tasks[0].head.className = 'Densee';
    expect(() => mtl.deserializeMultiTask(badHead)).toThrow('unknown layer class "Densee"');
    // Saving: a strategy without a config cannot be written.
    const x = layers.input({ name: 'x', shape: [2] });
    const noConfig = { ...mtl.weighting.equal(), getConfig: undefined } as unknown as mtl.Weighting;
    const model = mtl.model({
      inputs: { x },
      trunk: x,
      tasks: { t: { head: layers.dense({ name: 't_head', units: 1 }), loss: 'mse' } },
      weighting: noConfig,
      optimizer: 'adam',
    });
    expect(() => mtl.serializeMultiTask(model)).toThrow('weighting "equal" has no getConfig()');
  });
});
