// Configs of layers, initializers, regularizers and activations, and a functional model's
// architecture as versioned JSON: what goes in comes back (through JSON.stringify/parse), and
// a rebuilt model given the same weights computes the same numbers as the original.
import { Graph, Output, Session, nn, ops } from '../../lib';
import type { HostTensor } from '../../lib/data';
import { runForward } from '../parity/models';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildArchitectureModel, compile, data as childData, registerUserLayers } from './children/architecture-model';
import { tempDir } from '../support/tmp';

const { layers, initializers, regularizers, activations } = nn;

const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Deterministic weights by variable name (the same name gets the same values in any graph). */
function weightsByName(variable: nn.Variable): Float32Array {
  let seed = 0;
  for (const char of variable.name) seed = (seed * 31 + char.charCodeAt(0)) >>> 0;
  const size = variable.shape.reduce((a, b) => a * b, 1);
  const values = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    // Moving variances must stay positive; everything else in [-0.5, 0.5).
    const unit = seed / 2 ** 32;
    values[i] = variable.name.endsWith('moving_variance') ? 0.5 + unit : unit - 0.5;
  }
  return values;
}

function host(shape: number[], dtype: 'float32' | 'int32', fill: (i: number) => number): HostTensor {
  const size = shape.reduce((a, b) => a * b, 1);
  const data =
    dtype === 'int32' ? Int32Array.from({ length: size }, (_, i) => fill(i)) : Float32Array.from({ length: size }, (_, i) => fill(i));
  return { data, dtype, shape } as HostTensor;
}

/** A user-defined layer: y = x · factor · w, with one weight of the input's width. */
class Scale extends nn.Layer {
  readonly factor: number;
  constructor(options: { factor?: number; name?: string; trainable?: boolean } = {}) {
    super(options, 'scale');
    this.factor = options.factor ?? 1;
  }
  override getConfig() {
    return { ...super.getConfig(), factor: this.factor };
  }
  protected override build(ctx: nn.CallContext, [shape]: Array<number[] | null>): void {
    this.addWeight(ctx, 'w', [(shape as number[])[1]], { initializer: 'ones' });
  }
  protected call(ctx: nn.CallContext, [x]: Output[]): Output {
    const [w] = this.weights(ctx.graph);
    return ops.mul(ops.mul(x, w.read()), this.factor);
  }
}

/** A user-defined layer with two outputs: the first `at` features and the rest. */
class SplitAt extends nn.Layer {
  readonly at: number;
  constructor(options: { at: number; name?: string; trainable?: boolean }) {
    super(options, 'split_at');
    this.at = options.at;
  }
  override getConfig() {
    return { ...super.getConfig(), at: this.at };
  }
  protected call(ctx: nn.CallContext, [x]: Output[]): Output[] {
    const width = (x.shape as number[])[1];
    const c = (v: number[]) => ops.constant(ctx.graph, v, 'int32');
    return [ops.slice(x, c([0, 0]), c([-1, this.at])), ops.slice(x, c([0, this.at]), c([-1, width - this.at]))];
  }
}

nn.registerLayer('Scale', Scale);
nn.registerLayer('SplitAt', (config) => new SplitAt(config as { at: number }));

/** A model with every built-in layer kind, a shared layer applied twice, a container, user layers and a multi-output layer. */
function buildModel(): nn.Model {
  const x = layers.input({ name: 'x', shape: [8] });
  const image = layers.input({ name: 'image', shape: [6, 6, 2] });
  const ids = layers.input({ name: 'ids', shape: [5], dtype: 'int32' });
  const sequence = layers.input({ name: 'sequence', shape: [4, 3] });

  let h = layers
    .conv2d({
      name: 'conv',
      filters: 4,
      kernelSize: 3,
      padding: 'same',
      activation: 'relu',
      kernelInitializer: 'heNormal',
      kernelRegularizer: regularizers.l2(1e-3),
    })
    .apply(image);
  h = layers.batchNormalization({ name: 'bn', momentum: 0.9 }).apply(h);
  h = layers.maxPool2d({ name: 'pool', poolSize: 2 }).apply(h);
  h = layers.avgPool2d({ name: 'avg', poolSize: [1, 1], padding: 'same' }).apply(h);
  const imageFeatures = layers.globalAveragePooling2d({ name: 'gap' }).apply(h);

  const embedded = layers.flatten({ name: 'flat_ids' }).apply(layers.embedding({ name: 'emb', inputDim: 10, outputDim: 3 }).apply(ids));
  const recurrent = layers.lstm({ name: 'lstm', units: 5, returnSequences: false }).apply(sequence);

  const tower = layers.sequential(
    [
      layers.dense({
        name: 'tower_dense',
        units: 6,
        activation: 'gelu',
        kernelInitializer: initializers.randomNormal(0, 0.3),
        biasRegularizer: regularizers.l1l2({ l1: 1e-4, l2: 2e-4 }),
      }),
      layers.dropout({ name: 'drop', rate: 0.25, seed: 7 }),
      layers.layerNormalization({ name: 'ln', epsilon: 1e-5 }),
    ],
    { name: 'tower' },
  );
  const shared = layers.dense({ name: 'shared', units: 6, activation: 'tanh', biasInitializer: initializers.constant(0.1) });
  const a = shared.apply(tower.apply(x));
  const b = shared.apply(new Scale({ name: 'scale', factor: 2 }).apply(tower.apply(x)));

  const joined = layers.concatenate({ name: 'join' }).apply([a, b, imageFeatures, embedded, recurrent]);
  const [left, right] = new SplitAt({ name: 'split', at: 10 }).apply(joined, { multiOutput: true });
  const reshaped = layers.reshape({ name: 'reshape', targetShape: [2, 5] }).apply(left);
  const softmax = layers.activation({ name: 'softmax', activation: 'softmax' }).apply(reshaped);
  const head = layers.dense({ name: 'head', units: 2, useBias: false }).apply(right);
  return nn.model({ inputs: { x, image, ids, sequence }, outputs: { probabilities: softmax, score: head }, name: 'everything' });
}

const inputs: Record<string, HostTensor> = {
  x: host([3, 8], 'float32', (i) => Math.sin(i)),
  image: host([3, 6, 6, 2], 'float32', (i) => Math.cos(i * 0.37)),
  ids: host([3, 5], 'int32', (i) => (i * 7) % 10),
  sequence: host([3, 4, 3], 'float32', (i) => ((i % 11) - 5) / 5),
};

describe('serializeModel / deserializeModel', () => {
  test('round trip through JSON text gives the same description, layer names and variable names', () => {
    const original = buildModel();
    const json = nn.serializeModel(original);
    expect(json.format).toBe('hydra-tf/model');
    expect(json.version).toBe(1);
    const text = JSON.stringify(json);
    const rebuilt = nn.deserializeModel(text);
    expect(nn.serializeModel(rebuilt)).toEqual(viaJson(json));
    expect(rebuilt.name).toBe('everything');
    expect(rebuilt.layers().map((l) => l.name)).toEqual(original.layers().map((l) => l.name));
    const names = (model: nn.Model) => {
      const graph = new Graph();
      model.build(graph, model.placeholders(graph), { training: true });
      return model.weights(graph).map((v) => `${v.name} [${v.shape}]`);
    };
    expect(names(rebuilt)).toEqual(names(original));
  });

  test('layers named by their model (no names given) keep those names through JSON', () => {
    const x = layers.input({ name: 'x', shape: [3] });
    const tower = layers.sequential([layers.dense({ units: 4 }), layers.dense({ units: 4 })]);
    const [middle, last] = [layers.dense({ units: 2 }), layers.dense({ units: 1 })];
    const original = nn.model({ inputs: { x }, outputs: { y: last.apply(middle.apply(tower.apply(x))) } });
    const variables = (model: nn.Model) => {
      const graph = new Graph();
      model.build(graph, model.placeholders(graph), { training: false });
      return model.weights(graph).map((v) => v.name);
    };
    const json = viaJson(nn.serializeModel(original));
    expect(json.layers.map((l) => l.config.name)).toEqual([tower.name, middle.name, last.name]);
    const rebuilt = nn.deserializeModel(json);
    expect(rebuilt.layers().map((l) => l.name)).toEqual(original.layers().map((l) => l.name));
    // Four dense layers, each a kernel and a bias, all distinct.
    expect(new Set(variables(rebuilt)).size).toBe(8);
    expect(variables(rebuilt)).toEqual(variables(original));
  });

  test('a layer applied twice stays one layer with shared weights; a container keeps its layers inside', () => {
    const json = nn.serializeModel(buildModel());
    const sharedCalls = json.nodes.filter((node) => node.layer === 'shared');
    const towerCalls = json.nodes.filter((node) => node.layer === 'tower');
    expect(sharedCalls).toHaveLength(2);
    expect(towerCalls).toHaveLength(2);
    expect(json.layers.filter((l) => l.config.name === 'shared')).toHaveLength(1);
    // The tower's three layers live in its config, not at the top level.
    expect(json.layers.map((l) => l.config.name)).not.toContain('tower_dense');
    const tower = json.layers.find((l) => l.config.name === 'tower')!;
    expect((tower.config.layers as nn.Serialized[]).map((l) => l.className)).toEqual(['Dense', 'Dropout', 'LayerNormalization']);
    const rebuilt = nn.deserializeModel(json);
    const graph = new Graph();
    rebuilt.build(graph, rebuilt.placeholders(graph), { training: false });
    const shared = rebuilt.weights(graph).filter((v) => v.name.startsWith('shared/'));
    expect(shared.map((v) => v.name).sort()).toEqual(['shared/bias', 'shared/kernel']);
  });

  test('the rebuilt model, in a fresh graph with the same weights (by name), gives the same outputs bit for bit', async () => {
    const original = buildModel();
    const json = viaJson(nn.serializeModel(original));
    // Building other models first changes no name in the rebuilt one: names come from the JSON.
    buildModel();
    layers.dense({ units: 3 });
    const rebuilt = nn.deserializeModel(json);
    for (const training of [false, true]) {
      const a = await runForward(original, inputs, { training, weightsFor: weightsByName });
      const b = await runForward(rebuilt, inputs, { training, weightsFor: weightsByName });
      expect([...b.weightsBefore.keys()]).toEqual([...a.weightsBefore.keys()]);
      for (const key of ['probabilities', 'score']) {
        const left = a.outputs[key].data() as Float32Array;
        const right = b.outputs[key].data() as Float32Array;
        expect(left.length).toBeGreaterThan(0);
        // The same ops on the same values on the same (CPU, deterministic) kernels: equal exactly.
        expect(Array.from(right)).toEqual(Array.from(left));
      }
      // Training mode also runs the batch-norm moving-average updates and dropout; they agree too.
      for (const [name, value] of a.weightsAfter)
        expect(Array.from(b.weightsAfter.get(name)!.data() as Float32Array)).toEqual(Array.from(value.data() as Float32Array));
    }
  });

  test('merge, 1-D convolution and recurrent layers: a residual sequence model rebuilt from JSON gives the same outputs', async () => {
    const build = () => {
      const seq = layers.input({ name: 'seq', shape: [6, 3] });
      const conv = layers.conv1d({ name: 'conv', filters: 3, kernelSize: 3, padding: 'causal', activation: 'relu' }).apply(seq);
      const residual = layers.add({ name: 'residual' }).apply([seq, conv]);
      const gated = layers.multiply({ name: 'gate' }).apply([residual, layers.subtract({ name: 'delta' }).apply([seq, conv])]);
      const mixed = layers.average({ name: 'mix' }).apply([gated, layers.maximum({ name: 'top' }).apply([seq, conv])]);
      const pooled = layers.maxPool1d({ name: 'pool', poolSize: 2 }).apply(mixed);
      const rnn = layers.simpleRnn({ name: 'rnn', units: 4, returnSequences: true }).apply(pooled);
      const gru = layers.gru({ name: 'gru', units: 4, goBackwards: true }).apply(rnn);
      const gap = layers.globalAveragePooling1d({ name: 'gap' }).apply(rnn);
      const gmp = layers.globalMaxPooling1d({ name: 'gmp' }).apply(pooled);
      return nn.model({ inputs: { seq }, outputs: { y: layers.concatenate({ name: 'join' }).apply([gru, gap, gmp]) } });
    };
    const original = build();
    const json = viaJson(nn.serializeModel(original));
    expect(json.layers.map((l) => l.className)).toEqual([
      'Conv1D',
      'Add',
      'Subtract',
      'Multiply',
      'Maximum',
      'Average',
      'MaxPool1D',
      'SimpleRNN',
      'GRU',
      'GlobalAveragePooling1D',
      'GlobalMaxPooling1D',
      'Concatenate',
    ]);
    const rebuilt = nn.deserializeModel(json);
    expect(nn.serializeModel(rebuilt)).toEqual(json);
    const seq = host([2, 6, 3], 'float32', (i) => Math.sin(i * 0.7));
    const a = await runForward(original, { seq }, { training: false, weightsFor: weightsByName });
    const b = await runForward(rebuilt, { seq }, { training: false, weightsFor: weightsByName });
    expect([...b.weightsBefore.keys()]).toEqual([...a.weightsBefore.keys()]);
    expect(a.outputs.y.shape).toEqual([2, 11]);
    expect(Array.from(b.outputs.y.data() as Float32Array)).toEqual(Array.from(a.outputs.y.data() as Float32Array));
  });

  test('bidirectional: two unnamed wrappers in one model get distinct weights, kept through JSON, and the same outputs', async () => {
    const seq = layers.input({ name: 'seq', shape: [5, 3] });
    const first = layers.bidirectional({ layer: layers.gru({ units: 3, returnSequences: true }) }).apply(seq);
    const second = layers.bidirectional({ layer: layers.simpleRnn({ units: 2 }), mergeMode: 'sum' }).apply(first);
    const original = nn.model({ inputs: { seq }, outputs: { y: second } });
    const names = (model: nn.Model) => {
      const graph = new Graph();
      model.build(graph, model.placeholders(graph), { training: false });
      return model.weights(graph).map((v) => `${v.name} [${v.shape}]`);
    };
    expect(names(original)).toEqual([
      'bidirectional/forward_gru/kernel [3,9]',
      'bidirectional/forward_gru/recurrent_kernel [3,9]',
      'bidirectional/forward_gru/bias [2,9]',
      'bidirectional/backward_gru/kernel [3,9]',
      'bidirectional/backward_gru/recurrent_kernel [3,9]',
      'bidirectional/backward_gru/bias [2,9]',
      'bidirectional_1/forward_simple_rnn/kernel [6,2]',
      'bidirectional_1/forward_simple_rnn/recurrent_kernel [2,2]',
      'bidirectional_1/forward_simple_rnn/bias [2]',
      'bidirectional_1/backward_simple_rnn/kernel [6,2]',
      'bidirectional_1/backward_simple_rnn/recurrent_kernel [2,2]',
      'bidirectional_1/backward_simple_rnn/bias [2]',
    ]);
    const json = viaJson(nn.serializeModel(original));
    const rebuilt = nn.deserializeModel(json);
    expect(names(rebuilt)).toEqual(names(original));
    const input = host([2, 5, 3], 'float32', (i) => Math.cos(i * 0.3));
    const a = await runForward(original, { seq: input }, { training: false, weightsFor: weightsByName });
    const b = await runForward(rebuilt, { seq: input }, { training: false, weightsFor: weightsByName });
    expect(a.outputs.y.shape).toEqual([2, 2]);
    expect(Array.from(b.outputs.y.data() as Float32Array)).toEqual(Array.from(a.outputs.y.data() as Float32Array));
    expect(() => layers.bidirectional({ layer: layers.dense({ units: 2 }) })).toThrow('wraps lstm, gru or simpleRnn layers, got a Dense');
  });

  test('merge layers refuse inputs they cannot combine, naming the layer and the shapes', () => {
    const a = layers.input({ name: 'a', shape: [4, 3] });
    const b = layers.input({ name: 'b', shape: [4, 2] });
    const c = layers.input({ name: 'c', shape: [3] });
    expect(() => layers.add({ name: 'bad_add' }).apply([a, b])).toThrow(
      'layer "bad_add" (Add): input 1 has shape [?, 4, 2], which does not match input 0\'s [?, 4, 3]',
    );
    expect(() => layers.add({ name: 'bad_rank' }).apply([a, c])).toThrow('input 1 has shape [?, 3]');
    expect(() => layers.add({ name: 'alone' }).apply([a])).toThrow('layer "alone" (Add) needs at least 2 inputs, got 1');
    expect(() => layers.subtract({ name: 'three' }).apply([a, a, a])).toThrow('layer "three" (Subtract) takes exactly 2 inputs, got 3');
    expect(() => layers.gru({ name: 'flat', units: 2 }).apply(c)).toThrow('layer "flat": expects (batch, time, features)');
    expect(() => layers.conv1d({ name: 'c1', filters: 2, kernelSize: 2, padding: 'full' as never })).toThrow(
      'padding must be "valid", "same" or "causal"',
    );
  });

  test('a trained model rebuilt from its JSON in a fresh process (that built other models first) restores its checkpoint and predicts the same', async () => {
    registerUserLayers();
    const dir = tempDir('architecture');
    const model = buildArchitectureModel();
    const trainer = compile(model);
    await trainer.fit(childData, { epochs: 2, batchSize: 8, verbose: false });
    await trainer.saveCheckpoint(dir, 'trained');
    const { y } = await trainer.predict({ x: childData.x }, { batchSize: 16 });
    await trainer.close();
    const jsonFile = path.join(dir, 'model.json');
    fs.writeFileSync(jsonFile, JSON.stringify(nn.serializeModel(model)));
    const root = path.join(__dirname, '..', '..');
    const out = execFileSync(
      process.execPath,
      [
        '-r',
        path.join(root, 'test', 'support', 'register-ts.js'),
        path.join(__dirname, 'children', 'architecture-restore.ts'),
        jsonFile,
        dir,
      ],
      { encoding: 'utf8', cwd: root },
    );
    // The same graph, the same restored weights, the same kernels: equal exactly.
    expect(JSON.parse(out).y).toEqual(Array.from(y.data as Float32Array));
  }, 120_000);

  test('unknown format, version and className are refused with what is known', () => {
    const json = nn.serializeModel(buildModel());
    expect(() => nn.deserializeModel({ ...json, version: 2 as 1 })).toThrow(
      'hydra-tf/model version 2 is not supported (this hydra-tf reads version 1)',
    );
    expect(() => nn.deserializeModel({ ...json, format: 'keras' as 'hydra-tf/model' })).toThrow(
      'not a hydra-tf/model description: format is "keras"',
    );
    const renamed = viaJson(json);
    renamed.layers[0].className = 'Dense2';
    expect(() => nn.deserializeModel(renamed)).toThrow(/unknown layer class "Dense2" \(registered: .*Conv2D.*Dense.*\)/);
    const prototypeName = viaJson(json);
    prototypeName.layers[0].className = 'constructor';
    expect(() => nn.deserializeModel(prototypeName)).toThrow('unknown layer class "constructor"');
    const misspelt = viaJson(json);
    (misspelt.layers.find((l) => l.className === 'Dense')!.config as Record<string, unknown>).unit = 3;
    expect(() => nn.deserializeModel(misspelt)).toThrow(/layer "\w+" of class Dense: dense: unknown option "unit"/);
    const dangling = viaJson(json);
    dangling.nodes[0].inputs = [{ node: 99, index: 0 }];
    expect(() => nn.deserializeModel(dangling)).toThrow('which is not an input or an earlier layer call');
  });

  test('unregistered user layers, custom functions and non-JSON numbers are refused when saving', () => {
    class Unregistered extends Scale {}
    const x = layers.input({ name: 'x', shape: [4] });
    const custom = nn.model({ inputs: { x }, outputs: new Unregistered({ name: 'odd' }).apply(x), name: 'm1' });
    expect(() => nn.serializeModel(custom)).toThrow(
      'layer "odd" is of class "Unregistered", which is not registered: call registerLayer("Unregistered", Unregistered)',
    );
    const fn = nn.model({
      inputs: { x },
      outputs: layers.dense({ name: 'd', units: 2, activation: (t: Output) => ops.relu(t) }).apply(x),
      name: 'm2',
    });
    expect(() => nn.serializeModel(fn)).toThrow('layer "d": activation: a custom activation function has no config');
    const nan = nn.model({
      inputs: { x },
      outputs: layers.dense({ name: 'd2', units: 2, biasInitializer: initializers.constant(NaN) }).apply(x),
      name: 'm3',
    });
    expect(() => nn.serializeModel(nan)).toThrow('layer "d2" config.biasInitializer.config.value is NaN, which JSON cannot hold');
    const twin = layers.dense({ name: 'twin', units: 4 });
    const twin2 = layers.dense({ name: 'twin', units: 4 });
    const clash = nn.model({ inputs: { x }, outputs: twin2.apply(twin.apply(x)), name: 'm4' });
    expect(() => nn.serializeModel(clash)).toThrow('two different layers are named "twin"');
  });

  test('a user layer registered by class or factory round-trips, including a multi-output one', () => {
    const x = layers.input({ name: 'x', shape: [6] });
    const [first, rest] = new SplitAt({ name: 'cut', at: 2 }).apply(new Scale({ name: 's', factor: 3, trainable: false }).apply(x), {
      multiOutput: true,
    });
    const model = nn.model({ inputs: { x }, outputs: { first, rest }, name: 'user' });
    const json = viaJson(nn.serializeModel(model));
    expect(json.layers).toEqual([
      { className: 'Scale', config: { name: 's', trainable: false, factor: 3 } },
      { className: 'SplitAt', config: { name: 'cut', trainable: true, at: 2 } },
    ]);
    expect(json.outputs).toEqual([
      { name: 'first', node: 1, index: 0 },
      { name: 'rest', node: 1, index: 1 },
    ]);
    const rebuilt = nn.deserializeModel(json);
    expect(rebuilt.layers()[0]).toBeInstanceOf(Scale);
    expect(rebuilt.layers()[0].trainable).toBe(false);
    expect(rebuilt.outputs.rest.shape).toEqual([null, 4]);
    expect(() => nn.registerLayer('Scale', Scale)).toThrow('"Scale" is already registered');
    expect(() => nn.registerLayer('Dense', Scale)).toThrow('"Dense" is already registered');
  });
});

describe('layer configs', () => {
  const cases: Array<[string, () => nn.Layer]> = [
    [
      'Dense',
      () =>
        layers.dense({
          name: 'd',
          units: 3,
          activation: 'relu',
          useBias: false,
          kernelInitializer: initializers.truncatedNormal(0.1, 0.2),
          kernelRegularizer: 'l2',
        }),
    ],
    [
      'Conv2D',
      () =>
        layers.conv2d({
          name: 'c',
          filters: 2,
          kernelSize: [3, 1],
          strides: 2,
          padding: 'same',
          dilationRate: 1,
          biasRegularizer: regularizers.l1(0.5),
        }),
    ],
    ['MaxPool2D', () => layers.maxPool2d({ name: 'mp', poolSize: 3, strides: 1 })],
    ['AvgPool2D', () => layers.avgPool2d({ name: 'ap', padding: 'same' })],
    ['GlobalAveragePooling2D', () => layers.globalAveragePooling2d({ name: 'g', trainable: false })],
    ['Flatten', () => layers.flatten({ name: 'f' })],
    ['Reshape', () => layers.reshape({ name: 'r', targetShape: [-1, 2] })],
    ['Concatenate', () => layers.concatenate({ name: 'cat', axis: 1 })],
    ['Activation', () => layers.activation({ name: 'act', activation: activations.get('swish') })],
    ['Dropout', () => layers.dropout({ name: 'do', rate: 0.5 })],
    [
      'BatchNormalization',
      () =>
        layers.batchNormalization({
          name: 'b',
          axis: 1,
          epsilon: 1e-2,
          center: false,
          gammaRegularizer: regularizers.l2(0.1),
          movingVarianceInitializer: initializers.constant([1, 2]),
        }),
    ],
    ['LayerNormalization', () => layers.layerNormalization({ name: 'l', axis: [1, 2], scale: false })],
    ['Embedding', () => layers.embedding({ name: 'e', inputDim: 7, outputDim: 2, embeddingsInitializer: 'glorotNormal' })],
    [
      'LSTM',
      () =>
        layers.lstm({
          name: 'lstm',
          units: 2,
          recurrentActivation: 'tanh',
          unitForgetBias: false,
          recurrentInitializer: initializers.orthogonal(2),
        }),
    ],
    ['Add', () => layers.add({ name: 'sum' })],
    ['Subtract', () => layers.subtract({ name: 'diff' })],
    ['Multiply', () => layers.multiply({ name: 'prod', trainable: false })],
    ['Average', () => layers.average({ name: 'avg' })],
    ['Maximum', () => layers.maximum({ name: 'max' })],
    ['Minimum', () => layers.minimum({ name: 'min' })],
    [
      'Conv1D',
      () =>
        layers.conv1d({
          name: 'c1',
          filters: 3,
          kernelSize: 2,
          padding: 'causal',
          dilationRate: 2,
          kernelRegularizer: regularizers.l2(0.1),
        }),
    ],
    ['MaxPool1D', () => layers.maxPool1d({ name: 'mp1', poolSize: 3, strides: 1, padding: 'same' })],
    ['AvgPool1D', () => layers.avgPool1d({ name: 'ap1' })],
    ['GlobalAveragePooling1D', () => layers.globalAveragePooling1d({ name: 'gap1' })],
    ['GlobalMaxPooling1D', () => layers.globalMaxPooling1d({ name: 'gmp1' })],
    ['SimpleRNN', () => layers.simpleRnn({ name: 'rnn', units: 3, activation: 'relu', goBackwards: true, returnSequences: true })],
    [
      'GRU',
      () =>
        layers.gru({
          name: 'gru',
          units: 2,
          resetAfter: false,
          recurrentActivation: 'tanh',
          recurrentInitializer: initializers.orthogonal(2),
        }),
    ],
    [
      'Bidirectional',
      () => layers.bidirectional({ name: 'bi', layer: layers.gru({ name: 'g', units: 2, returnSequences: true }), mergeMode: 'ave' }),
    ],
    [
      'Bidirectional',
      () => layers.bidirectional({ name: 'bi_lstm', layer: layers.lstm({ name: 'l', units: 2, goBackwards: true }), mergeMode: null }),
    ],
    [
      'Sequential',
      () =>
        layers.sequential(
          [layers.dense({ name: 's1', units: 2 }), layers.sequential([layers.dense({ name: 's2', units: 1 })], { name: 'inner' })],
          { name: 'outer' },
        ),
    ],
  ];
  test.each(cases)('%s: getConfig → JSON → layers.get → getConfig is the same', (className, make) => {
    const layer = make();
    const serialized = nn.serializeLayer(layer);
    expect(serialized.className).toBe(className);
    const rebuilt = layers.get(viaJson(serialized));
    expect(rebuilt).toBeInstanceOf(layer.constructor as new (...args: never[]) => nn.Layer);
    expect(nn.serializeLayer(rebuilt)).toEqual(viaJson(serialized));
    expect(rebuilt.trainable).toBe(layer.trainable);
  });

  test('defaults are written out, so a config does not depend on the defaults of the version that reads it', () => {
    expect(nn.serializeLayer(layers.dense({ name: 'plain', units: 4 })).config).toEqual({
      name: 'plain',
      trainable: true,
      units: 4,
      activation: 'linear',
      useBias: true,
      kernelInitializer: { className: 'glorotUniform', config: {} },
      biasInitializer: { className: 'zeros', config: {} },
      kernelRegularizer: null,
      biasRegularizer: null,
    });
  });
});

describe('initializers, regularizers and activations: get and configs', () => {
  async function draw(init: nn.initializers.Initializer, shape: number[]): Promise<number[]> {
    const graph = new Graph();
    const value = init(nn.graphState(graph, 5), shape, 'float32');
    const session = new Session(graph);
    try {
      const [result] = await session.run(null, [value]);
      return Array.from(result.data() as Float32Array);
    } finally {
      await session.close();
    }
  }

  const made: Array<[string, () => nn.initializers.Initializer]> = [
    ['glorotUniform', () => initializers.glorotUniform()],
    ['glorotNormal', () => initializers.glorotNormal()],
    ['heUniform', () => initializers.heUniform()],
    ['heNormal', () => initializers.heNormal()],
    ['zeros', () => initializers.zeros()],
    ['ones', () => initializers.ones()],
    ['randomUniform', () => initializers.randomUniform(-2, 3)],
    ['randomNormal', () => initializers.randomNormal(1, 2)],
    ['truncatedNormal', () => initializers.truncatedNormal(-1, 0.5)],
    ['constant', () => initializers.constant(new Float32Array([1, 2, 3, 4, 5, 6]))],
    ['orthogonal', () => initializers.orthogonal(1.5)],
  ];
  test.each(made)('initializer %s: config round-trips and the rebuilt one draws the same values', async (className, make) => {
    const init = make();
    const serialized = initializers.serialize(init);
    expect(serialized.className).toBe(className);
    const rebuilt = initializers.get(viaJson(serialized));
    expect(initializers.serialize(rebuilt)).toEqual(viaJson(serialized));
    const [a, b] = [await draw(init, [2, 3]), await draw(rebuilt, [2, 3])];
    expect(b).toEqual(a);
    // The name alone gives the defaults.
    expect(initializers.get(className).className).toBe(className);
  });

  test('regularizers: config round-trips and the penalty is the same', async () => {
    // For w = (1, −2, 3): l1·Σ|w| = 0.3·6, l2·Σw² = 0.2·14, and 0.1·6 + 0.4·14 = 6.2.
    const expected = [1.8, 2.8, 6.2];
    for (const [i, regularizer] of [regularizers.l1(0.3), regularizers.l2(0.2), regularizers.l1l2({ l1: 0.1, l2: 0.4 })].entries()) {
      const serialized = regularizers.serialize(regularizer)!;
      const rebuilt = regularizers.get(viaJson(serialized));
      expect(regularizers.serialize(rebuilt)).toEqual(serialized);
      const graph = new Graph();
      const w = ops.constant(graph, [1, -2, 3], 'float32');
      const session = new Session(graph);
      const [p, q] = await session.run(null, [regularizer(w), rebuilt(w)]);
      await session.close();
      expect(q.data()[0]).toBe(p.data()[0]);
      expect(p.data()[0] as number).toBeCloseTo(expected[i], 5);
    }
    expect(regularizers.serialize('l1l2')).toEqual({ className: 'l1l2', config: { l1: 0.01, l2: 0.01 } });
    expect(regularizers.serialize(null)).toBeNull();
  });

  test('activations: names round-trip, known functions map back to their names', () => {
    for (const name of Object.keys(activations.ACTIVATIONS)) {
      expect(activations.serialize(activations.get(name))).toBe(name);
      expect(activations.get({ className: name })).toBe(activations.ACTIVATIONS[name]);
    }
    activations.register('cube', (x) => ops.mul(ops.mul(x, x), x));
    expect(activations.serialize(activations.get('cube'))).toBe('cube');
  });

  test('lookups use own properties only, and unknown names list the known ones', () => {
    // Before: a plain-object lookup resolved "constructor" to Object, used as an initializer/activation.
    expect(() => initializers.get('constructor')).toThrow('unknown initializer "constructor" (known: glorotUniform');
    expect(() => activations.get('constructor')).toThrow('unknown activation "constructor" (known: linear, relu');
    expect(() => activations.get('toString')).toThrow('unknown activation');
    expect(() => regularizers.get('__proto__')).toThrow('unknown regularizer "__proto__" (known: l1, l2, l1l2)');
    expect(() => layers.dense({ units: 2, activation: 'constructor' })).toThrow('unknown activation "constructor"');
    expect(() => initializers.get({ className: 'randomUniform', config: { min: 1 } })).toThrow(
      'initializer "randomUniform": unknown option "min" (known options: minval, maxval)',
    );
    expect(() => initializers.get(42 as unknown as string)).toThrow('an initializer must be a name or { className, config }');
    expect(() =>
      initializers.serialize((state, shape, dtype) =>
        ops.fill(ops.constant(state.graph, shape, 'int32'), ops.constant(state.graph, 0, dtype)),
      ),
    ).toThrow('this initializer has no config');
  });
});
