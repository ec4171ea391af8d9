// Model tools against Keras 3: parameter counts (total, trainable, non-trainable, per layer) of
// the same architectures built by both libraries, and the summary table's rows; a multi-task
// model's summary with its per-task head section.
import { mtl, nn, train } from '../../lib';
import { CountCase, CountResult, KerasProcess } from './keras';
import { ModelSpec, hydraModel } from './models';

const ARCHITECTURES: Record<string, ModelSpec> = {
  // Batch norm's moving statistics are non-trainable; a frozen dense layer too.
  mlp: {
    inputs: { x: { shape: [10] } },
    layers: [
      { name: 'hidden', kind: 'dense', inputs: ['x'], options: { units: 16, activation: 'relu' } },
      { name: 'bn', kind: 'batchNormalization', inputs: ['hidden'] },
      { name: 'drop', kind: 'dropout', inputs: ['bn'], options: { rate: 0.2 } },
      { name: 'frozen', kind: 'dense', inputs: ['drop'], options: { units: 8, trainable: false } },
      { name: 'out', kind: 'dense', inputs: ['frozen'], options: { units: 3, useBias: false } },
    ],
    outputs: { y: 'out' },
  },
  convnet: {
    inputs: { image: { shape: [12, 12, 3] } },
    layers: [
      { name: 'conv', kind: 'conv2d', inputs: ['image'], options: { filters: 8, kernelSize: 3, padding: 'same' } },
      { name: 'pool', kind: 'maxPool2d', inputs: ['conv'], options: { poolSize: 2 } },
      { name: 'conv_nb', kind: 'conv2d', inputs: ['pool'], options: { filters: 4, kernelSize: [3, 2], useBias: false } },
      { name: 'gap', kind: 'globalAveragePooling2d', inputs: ['conv_nb'] },
      { name: 'flat', kind: 'flatten', inputs: ['conv_nb'] },
      { name: 'both', kind: 'concatenate', inputs: ['gap', 'flat'] },
      { name: 'out', kind: 'dense', inputs: ['both'], options: { units: 5 } },
    ],
    outputs: { y: 'out' },
  },
  sequences: {
    inputs: { tokens: { shape: [9], dtype: 'int32' } },
    layers: [
      { name: 'embed', kind: 'embedding', inputs: ['tokens'], options: { inputDim: 30, outputDim: 6 } },
      { name: 'lstm', kind: 'lstm', inputs: ['embed'], options: { units: 5, returnSequences: true } },
      { name: 'gru', kind: 'gru', inputs: ['lstm'], options: { units: 4, returnSequences: true, resetAfter: false } },
      { name: 'gru_after', kind: 'gru', inputs: ['gru'], options: { units: 3, returnSequences: true } },
      {
        name: 'bi',
        kind: 'bidirectional',
        inputs: ['gru_after'],
        options: { layer: { kind: 'simpleRnn', name: 'rnn', options: { units: 4, returnSequences: true } } },
      },
      { name: 'conv', kind: 'conv1d', inputs: ['bi'], options: { filters: 6, kernelSize: 3, padding: 'causal' } },
      { name: 'residual', kind: 'add', inputs: ['conv', 'embed'] },
      { name: 'gmp', kind: 'globalMaxPooling1d', inputs: ['residual'] },
      { name: 'out', kind: 'dense', inputs: ['gmp'], options: { units: 2 } },
    ],
    outputs: { y: 'out' },
  },
  attention: {
    inputs: { seq: { shape: [7, 12] }, memory: { shape: [5, 6] } },
    layers: [
      { name: 'block', kind: 'transformerEncoder', inputs: ['seq'], options: { numHeads: 3, keyDim: 4, ffDim: 20 } },
      {
        name: 'cross',
        kind: 'multiHeadAttention',
        inputs: ['block', 'memory'],
        options: { numHeads: 2, keyDim: 5, valueDim: 3, outputShape: 8 },
      },
      { name: 'nobias', kind: 'multiHeadAttention', inputs: ['cross', 'cross'], options: { numHeads: 2, keyDim: 2, useBias: false } },
      { name: 'norm', kind: 'layerNormalization', inputs: ['nobias'] },
      { name: 'pool', kind: 'globalAveragePooling1d', inputs: ['norm'] },
      { name: 'out', kind: 'dense', inputs: ['pool'], options: { units: 1 } },
    ],
    outputs: { y: 'out' },
  },
};

const keras = new Map<string, CountResult>();

// One Python process computes every case's reference; under a loaded machine it can pass jest's 120 s default.
const KERAS_REFERENCE_TIMEOUT_MS = 600_000;

beforeAll(async () => {
  const python = new KerasProcess();
  try {
    const cases: CountCase[] = Object.entries(ARCHITECTURES).map(([id, model]) => ({ id, kind: 'count', model, weights: {} }));
    const results = await python.run<CountResult>(cases);
    for (const [id, result] of Object.entries(results.cases)) keras.set(id, result);
  } finally {
    await python.cancel();
  }
}, KERAS_REFERENCE_TIMEOUT_MS);

describe('parameter counts and summary() against Keras 3', () => {
  test.each(Object.keys(ARCHITECTURES).map((id) => [id]))(
    "%s: total, trainable, non-trainable and per-layer counts equal Keras's",
    (id) => {
      const model = hydraModel(ARCHITECTURES[id]);
      const reference = keras.get(id)!;
      const counts = model.paramCounts();
      expect({ total: counts.total, trainable: counts.trainable, nonTrainable: counts.nonTrainable }).toEqual({
        total: reference.total,
        trainable: reference.trainable,
        nonTrainable: reference.nonTrainable,
      });
      expect(model.countParams()).toBe(reference.total);
      const rows = nn.summarize(model).rows.filter((r) => r.className !== 'InputLayer');
      expect(Object.fromEntries(rows.map((r) => [r.name, r.params]))).toEqual(reference.layers);
      // The table shows each of those rows and the totals.
      const text = model.summary();
      for (const row of rows)
        expect(text).toMatch(new RegExp(`│ ${row.name} \\(${row.className}\\) +│ [^│]+│ +${row.params.toLocaleString('en-US')} │`));
      expect(text).toContain(`Total params: ${reference.total.toLocaleString('en-US')} (`);
      expect(text).toContain(`Non-trainable params: ${reference.nonTrainable.toLocaleString('en-US')} (`);
    },
  );

  test('the table: inputs first, output shapes as Keras writes them, connections by layer[call][output]', () => {
    const text = hydraModel(ARCHITECTURES.convnet).summary();
    const lines = text.split('\n');
    expect(lines[0]).toBe('Model: "model"');
    expect(lines[2]).toMatch(/^┃ Layer \(type\) +┃ Output Shape +┃ Param # ┃ Connected to +┃$/);
    expect(text).toMatch(/│ image \(InputLayer\) +│ \(None, 12, 12, 3\) +│ +0 │ - +│/);
    expect(text).toMatch(/│ gap \(GlobalAveragePooling2D\) +│ \(None, 4\) +│ +0 │ conv_nb\[0\]\[0\] +│/);
    // conv: 3·3·3·8 + 8 = 224 parameters; 4 bytes each.
    expect(text).toMatch(/│ conv \(Conv2D\) +│ \(None, 12, 12, 8\) +│ +224 │ image\[0\]\[0\] +│/);
    // A layer reading two inputs lists both, one per line.
    const both = lines.findIndex((l) => l.includes('both (Concatenate)'));
    expect(lines[both]).toContain('gap[0][0]');
    expect(lines[both + 1]).toMatch(/│ +│ +│ +│ flat\[0\]\[0\] +│/);
    // Every line of the table has the same width.
    const tableLines = lines.slice(
      1,
      lines.findIndex((l) => l.startsWith(' Total')),
    );
    expect(new Set(tableLines.map((l) => l.length)).size).toBe(1);
  });

  test('a multi-task model: the layer table, then each task head and the shared parameters', async () => {
    const x = nn.input({ name: 'x', shape: [6] });
    const trunk = nn.layers.dense({ name: 'trunk', units: 8, activation: 'relu' }).apply(x);
    const model = mtl.model({
      inputs: { x },
      trunk,
      tasks: {
        digit: {
          head: nn.layers.dense({ name: 'digit_head', units: 10 }),
          loss: train.losses.sparseCategoricalCrossentropy({ fromLogits: true }),
        },
        score: {
          head: nn.layers.sequential(
            [nn.layers.dense({ name: 'score_hidden', units: 4 }), nn.layers.dense({ name: 'score_out', units: 1 })],
            { name: 'score_tower' },
          ),
          loss: 'mse',
        },
      },
      optimizer: 'adam',
    });
    // trunk 6·8+8 = 56; digit 8·10+10 = 90; score 8·4+4 + 4·1+1 = 41.
    expect(model.countParams()).toBe(56 + 90 + 41);
    const text = model.summary();
    expect(text).toMatch(/│ digit +│ digit_head \(Dense\) +│ \(None, 10\) +│ +90 │ [a-z_]+ +│/);
    expect(text).toMatch(/│ score +│ score_tower \(Sequential\) +│ \(None, 1\) +│ +41 │ [a-z_]+ +│/);
    expect(text).toContain(' Shared params: 56 (trainable 56)');
    expect(text).toContain(' Total params: 187 (748.00 B)');
    expect(text.indexOf('Task heads:')).toBeGreaterThan(text.indexOf('trunk (Dense)'));
    await model.close();
  });
});
