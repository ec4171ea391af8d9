// MultiHeadAttention and the transformer encoder block outside the Keras parity suite: weight
// names and shapes as Keras's, configs through JSON, a masked transformer model saved with
// trainer.save and loaded with nn.load predicting the same, and the errors users meet.
import * as path from 'path';
import { Graph, nn, train } from '../../lib';
import type { HostTensor } from '../../lib/data';
import { runForward } from '../parity/models';
import { tempDir } from '../support/tmp';

const { layers } = nn;
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function host(shape: number[], dtype: 'float32' | 'int32', fn: (i: number) => number): HostTensor {
  const size = shape.reduce((a, b) => a * b, 1);
  const data =
    dtype === 'float32' ? Float32Array.from({ length: size }, (_, i) => fn(i)) : Int32Array.from({ length: size }, (_, i) => fn(i));
  return { dtype, shape, data };
}

function weightNames(model: nn.Model): string[] {
  const graph = new Graph();
  model.build(graph, model.placeholders(graph), { training: false });
  return model.weights(graph).map((v) => `${v.name} [${v.shape}]`);
}

/** Deterministic weights by variable name. */
function weightsByName(variable: nn.Variable): Float32Array {
  let seed = 7;
  for (const char of variable.name) seed = (seed * 31 + char.charCodeAt(0)) >>> 0;
  return Float32Array.from({ length: variable.shape.reduce((a, b) => a * b, 1) }, () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return (seed / 2 ** 32 - 0.5) * 0.6;
  });
}

function maskedModel(): nn.Model & { block?: nn.SymbolicTensor } {
  const seq = layers.input({ name: 'seq', shape: [5, 6] });
  const mask = layers.input({ name: 'mask', shape: [5, 5], dtype: 'int32' });
  const block = layers.transformerEncoder({ name: 'block', numHeads: 2, keyDim: 3, ffDim: 8, dropout: 0.1, seed: 3 }).apply([seq, mask]);
  const [attended, scores] = layers
    .multiHeadAttention({ name: 'cross', numHeads: 1, keyDim: 2, valueDim: 4, outputShape: 3, returnAttentionScores: true })
    .apply([block, seq], { multiOutput: true });
  const pooled = layers.globalAveragePooling1d({ name: 'pool' }).apply(attended);
  return Object.assign(nn.model({ inputs: { seq, mask }, outputs: { y: layers.dense({ name: 'out', units: 1 }).apply(pooled), scores } }), {
    block,
  });
}

describe('multiHeadAttention and transformerEncoder', () => {
  test("weights have Keras's names and shapes ([features, heads, keyDim] kernels)", () => {
    const model = maskedModel();
    expect(weightNames(model)).toEqual([
      'block/attention/query/kernel [6,2,3]',
      'block/attention/query/bias [2,3]',
      'block/attention/key/kernel [6,2,3]',
      'block/attention/key/bias [2,3]',
      'block/attention/value/kernel [6,2,3]',
      'block/attention/value/bias [2,3]',
      'block/attention/attention_output/kernel [2,3,6]',
      'block/attention/attention_output/bias [6]',
      'block/attention_norm/gamma [6]',
      'block/attention_norm/beta [6]',
      'block/ffn_inner/kernel [6,8]',
      'block/ffn_inner/bias [8]',
      'block/ffn_output/kernel [8,6]',
      'block/ffn_output/bias [6]',
      'block/output_norm/gamma [6]',
      'block/output_norm/beta [6]',
      'cross/query/kernel [6,1,2]',
      'cross/query/bias [1,2]',
      'cross/key/kernel [6,1,2]',
      'cross/key/bias [1,2]',
      'cross/value/kernel [6,1,4]',
      'cross/value/bias [1,4]',
      'cross/attention_output/kernel [1,4,3]',
      'cross/attention_output/bias [3]',
      'out/kernel [3,1]',
      'out/bias [1]',
    ]);
    expect(model.outputs.scores.shape).toEqual([null, 1, 5, 5]);
  });

  test.each([
    [
      'MultiHeadAttention',
      () =>
        layers.multiHeadAttention({
          name: 'mha',
          numHeads: 3,
          keyDim: 2,
          valueDim: 5,
          dropout: 0.2,
          useBias: false,
          outputShape: [2, 4],
          attentionAxes: [1],
          useCausalMask: true,
          returnAttentionScores: true,
          seed: 9,
          kernelRegularizer: 'l2',
        }),
    ],
    [
      'TransformerEncoder',
      () =>
        layers.transformerEncoder({
          name: 'enc',
          numHeads: 2,
          keyDim: 4,
          ffDim: 32,
          dropout: 0.1,
          activation: 'gelu',
          epsilon: 1e-5,
          normalizeFirst: true,
          useCausalMask: true,
          seed: 4,
        }),
    ],
  ] as Array<[string, () => nn.Layer]>)('%s: getConfig → JSON → layers.get → getConfig is the same', (className, make) => {
    const serialized = nn.serializeLayer(make());
    expect(serialized.className).toBe(className);
    const rebuilt = layers.get(viaJson(serialized));
    expect(nn.serializeLayer(rebuilt)).toEqual(viaJson(serialized));
  });

  test('a masked transformer model rebuilt from JSON gives the same outputs; masked keys do not matter', async () => {
    const original = maskedModel();
    const json = viaJson(nn.serializeModel(original));
    const rebuilt = nn.deserializeModel(json);
    expect(weightNames(rebuilt)).toEqual(weightNames(original));
    const seq = host([2, 5, 6], 'float32', (i) => Math.sin(i * 0.37));
    // Example 0 sees keys 0..2 only, example 1 everything.
    const mask = host([2, 5, 5], 'int32', (i) => (i < 25 ? Number(i % 5 < 3) : 1));
    const a = await runForward(original, { seq, mask }, { training: false, weightsFor: weightsByName });
    const b = await runForward(rebuilt, { seq, mask }, { training: false, weightsFor: weightsByName });
    for (const key of ['y', 'scores'])
      expect(Array.from(b.outputs[key].data() as Float32Array)).toEqual(Array.from(a.outputs[key].data() as Float32Array));
    // The block's output at positions 0..2 of example 0 does not depend on positions 3, 4 through
    // attention: change them and compare the block's output there (a model ending at the block).
    const block = nn.model({ inputs: original.inputs, outputs: { h: original.block! } });
    const changed = host([2, 5, 6], 'float32', (i) => (i < 30 && i >= 18 ? 5 : Math.sin(i * 0.37)));
    const before = (
      await runForward(block, { seq, mask }, { training: false, weightsFor: weightsByName })
    ).outputs.h.data() as Float32Array;
    const after = (
      await runForward(block, { seq: changed, mask }, { training: false, weightsFor: weightsByName })
    ).outputs.h.data() as Float32Array;
    expect(Array.from(after.slice(0, 18))).toEqual(Array.from(before.slice(0, 18)));
    expect(Math.abs(after[20] - before[20])).toBeGreaterThan(1e-3);
  });

  test('trainer.save and nn.load: a trained transformer classifier predicts the same after loading', async () => {
    const tokens = layers.input({ name: 'tokens', shape: [6], dtype: 'int32' });
    const embedded = layers.embedding({ name: 'embed', inputDim: 10, outputDim: 8 }).apply(tokens);
    const encoded = layers.transformerEncoder({ name: 'block', numHeads: 2, keyDim: 4, ffDim: 16, useCausalMask: true }).apply(embedded);
    const logits = layers.dense({ name: 'logits', units: 2 }).apply(layers.globalAveragePooling1d().apply(encoded));
    const trainer = train.compile(nn.model({ inputs: { tokens }, outputs: { label: logits } }), {
      optimizer: train.optimizers.adam({ learningRate: 0.01 }),
      loss: train.losses.sparseCategoricalCrossentropy({ fromLogits: true }),
      seed: 2,
    });
    const ids = host([32, 6], 'int32', (i) => (i * 7 + Math.floor(i / 6)) % 10);
    const label = host([32], 'int32', (r) => Number((ids.data as Int32Array)[r * 6] >= 5));
    const history = await trainer.fit({ tokens: ids.data, label: label.data }, { epochs: 5, batchSize: 8, verbose: false });
    expect(history.history.loss[4]).toBeLessThan(history.history.loss[0]);
    const dir = path.join(tempDir('attention'), 'model');
    await trainer.save(dir);
    const expected = await trainer.predict({ tokens: ids.data });
    await trainer.close();
    const loaded = await nn.load(dir);
    const predicted = await loaded.predict({ tokens: ids.data });
    expect(Array.from(predicted.label.data as Float32Array)).toEqual(Array.from(expected.label.data as Float32Array));
    await loaded.close();
  });

  test('errors name the layer and what it expects', () => {
    const q = layers.input({ name: 'q', shape: [4, 6] });
    const flat = layers.input({ name: 'flat', shape: [6] });
    const v3 = layers.input({ name: 'v3', shape: [4, 2, 6] });
    expect(() => layers.multiHeadAttention({ numHeads: 0, keyDim: 2 })).toThrow('numHeads must be a positive integer, got 0');
    expect(() => layers.multiHeadAttention({ numHeads: 2, keyDim: 2, dropout: 1 })).toThrow('dropout must be in [0, 1)');
    expect(() => layers.multiHeadAttention({ numHeads: 2, keyDim: 2, heads: 3 } as never)).toThrow('unknown option "heads"');
    expect(() => layers.multiHeadAttention({ name: 'one', numHeads: 2, keyDim: 2 }).apply(q)).toThrow(
      'layer "one" (MultiHeadAttention) takes [query, value], [query, value, key] or [query, value, key, attentionMask], got 1 input(s)',
    );
    expect(() => layers.multiHeadAttention({ name: 'flat', numHeads: 2, keyDim: 2 }).apply([flat, flat])).toThrow(
      'the query must be at least [batch, positions, features], got [?, 6]',
    );
    expect(() => layers.multiHeadAttention({ name: 'ranks', numHeads: 2, keyDim: 2 }).apply([q, v3])).toThrow('must have the same rank');
    expect(() => layers.multiHeadAttention({ name: 'axes', numHeads: 2, keyDim: 2, attentionAxes: 3 }).apply([q, q])).toThrow(
      'attentionAxes 3 must name axes of the query between the batch axis and the features (1..1)',
    );
    expect(() => layers.transformerEncoder({ numHeads: 2, keyDim: 2 } as never)).toThrow('ffDim must be a positive integer');
  });
});
