// Mixed precision follow-ups: attention and the transformer block under mixed policies (the
// container's policy reaches its sublayers; float16's masked scores stay finite), and the
// model-level dtypePolicy option of nn.model, compile and mtl.model, which must train exactly as
// the global setter does and survive the saved config.
import * as fs from 'fs';
import * as path from 'path';
import { mtl, nn, train } from '../../lib';
import type { HostBatch } from '../../lib/data';
import { tempDir } from '../support/tmp';

type Policy = 'mixed_bfloat16' | 'mixed_float16';

afterEach(() => nn.mixedPrecision.setGlobalPolicy('float32'));

/** x [8, 4, 6], a 0/1 mask [8, 4, 4] whose first query row of every example attends to nothing, targets y [8, 3]. */
function sequenceBatch(): HostBatch {
  const x = Float32Array.from({ length: 8 * 4 * 6 }, (_, i) => Math.sin(0.7 * i));
  const m = Int32Array.from({ length: 8 * 4 * 4 }, (_, i) => (i % 16 < 4 ? 0 : (i * 7) % 3 === 0 ? 0 : 1));
  const y = Float32Array.from({ length: 8 * 3 }, (_, i) => Math.cos(i));
  return {
    x: { dtype: 'float32', shape: [8, 4, 6], data: x },
    m: { dtype: 'int32', shape: [8, 4, 4], data: m },
    y: { dtype: 'float32', shape: [8, 3], data: y },
  };
}

/** A transformer block, attention with dropout (Keras's Softmax-layer path), pooled to y [3]. */
function sequenceModel(options: { blockPolicy?: Policy; dtypePolicy?: Policy } = {}): nn.Model {
  const x = nn.input({ name: 'x', shape: [4, 6] });
  const m = nn.input({ name: 'm', shape: [4, 4], dtype: 'int32' });
  const block = nn.layers
    .transformerEncoder({
      name: 'block',
      numHeads: 2,
      keyDim: 3,
      ffDim: 8,
      ...(options.blockPolicy ? { dtypePolicy: options.blockPolicy } : {}),
    })
    .apply([x, m]);
  const attended = nn.layers
    .multiHeadAttention({ name: 'mha', numHeads: 2, keyDim: 3, dropout: 0.1, seed: 4 })
    .apply([block, block, block, m]);
  const pooled = nn.layers.flatten({ name: 'flat' }).apply(attended);
  const y = nn.layers.dense({ name: 'out', units: 3, dtypePolicy: 'float32' }).apply(pooled);
  return nn.model({ inputs: { x, m }, outputs: { y }, ...(options.dtypePolicy ? { dtypePolicy: options.dtypePolicy } : {}) });
}

/** Losses of `steps` training steps and the final predictions (SGD, seed 9). */
async function trainRun(
  model: nn.Model,
  compileExtra: Record<string, unknown> = {},
  steps = 3,
): Promise<{ losses: number[]; predictions: number[]; scale: number | null }> {
  const trainer = train.compile(model, { optimizer: train.optimizers.sgd({ learningRate: 0.05 }), loss: 'mse', seed: 9, ...compileExtra });
  const batch = sequenceBatch();
  const losses: number[] = [];
  for (let i = 0; i < steps; i++) losses.push((await trainer.trainOnBatch(batch)).loss);
  const predicted = await trainer.predict({
    x: (batch.x as { data: Float32Array }).data,
    m: (batch.m as { data: Int32Array }).data,
  } as never);
  const scale = (await trainer.getWeights()).get('loss_scale/dynamic_scale');
  await trainer.close();
  return { losses, predictions: Array.from(predicted.y.data as Float32Array), scale: scale ? (scale.data() as Float32Array)[0] : null };
}

describe('attention under mixed policies', () => {
  test("a transformer block's sublayers (ffn included) take the block's policy, not the global one", () => {
    nn.mixedPrecision.setGlobalPolicy('mixed_float16');
    const pinned = nn.layers.transformerEncoder({ numHeads: 2, keyDim: 3, ffDim: 8, dropout: 0.1, dtypePolicy: 'float32' });
    nn.mixedPrecision.setGlobalPolicy('float32');
    const mixed = nn.layers.transformerEncoder({ numHeads: 2, keyDim: 3, ffDim: 8, dropout: 0.1, dtypePolicy: 'mixed_bfloat16' });
    const x = nn.input({ shape: [4, 6] });
    expect(mixed.apply(x).dtype).toBe('bfloat16');
    expect(pinned.apply(x).dtype).toBe('float32');
    const all = (layer: nn.Layer): nn.Layer[] => layer.sublayers().flatMap((sub) => [sub, ...all(sub)]);
    expect(all(mixed)).toHaveLength(8); // attention (+ its dropout), two norms, two dense, two dropouts
    expect(all(mixed).map((l) => l.dtypePolicy.name)).toEqual(all(mixed).map(() => 'mixed_bfloat16'));
    expect(all(pinned).map((l) => l.dtypePolicy.name)).toEqual(all(pinned).map(() => 'float32'));
  });

  test.each(['mixed_bfloat16', 'mixed_float16'] as const)(
    '%s: a masked transformer and dropout attention train (finite losses, no skipped float16 step)',
    async (policy) => {
      // Both attention paths (fused in the block, Softmax-layer with dropout) with a fully masked
      // query row: its weights are zeroed after the softmax, and no gradient may come out NaN.
      const run = await trainRun(sequenceModel({ dtypePolicy: policy }));
      expect(run.losses.every(Number.isFinite)).toBe(true);
      expect(run.losses[2]).toBeLessThan(run.losses[0]);
      if (policy === 'mixed_float16') expect(run.scale).toBe(2 ** 15);
    },
    60_000,
  );
});

describe("the model's dtypePolicy option", () => {
  test('nn.model and compile: every layer not given its own policy takes it, and training equals the global setter exactly', async () => {
    nn.mixedPrecision.setGlobalPolicy('mixed_float16');
    const viaGlobal = sequenceModel();
    nn.mixedPrecision.setGlobalPolicy('float32');
    const viaModel = sequenceModel({ dtypePolicy: 'mixed_float16' });
    const viaCompile = sequenceModel();
    const policies = (model: nn.Model) => model.layers().map((l) => `${l.name}:${l.dtypePolicy.name}`);
    expect(policies(viaModel)).toEqual(policies(viaGlobal));
    // The layer given float32 keeps it.
    expect(viaModel.layers().find((l) => l.name === 'out')!.dtypePolicy.name).toBe('float32');
    expect(viaModel.layers().find((l) => l.name === 'block/ffn_inner')!.dtypePolicy.name).toBe('mixed_float16');
    const reference = await trainRun(viaGlobal);
    expect(await trainRun(viaModel)).toEqual(reference);
    expect(await trainRun(viaCompile, { dtypePolicy: 'mixed_float16' })).toEqual(reference);
    expect(viaCompile.dtypePolicy!.name).toBe('mixed_float16');
    expect(() => nn.model({ inputs: viaModel.inputs, outputs: viaModel.outputs, dtypePolicy: 'half' as never })).toThrow(
      'model "model": dtypePolicy: unknown dtype policy "half"',
    );
  }, 120_000);

  test('a container given its own policy keeps it (and so do its sublayers) under a model policy', () => {
    const model = sequenceModel({ blockPolicy: 'mixed_bfloat16', dtypePolicy: 'mixed_float16' });
    const byName = Object.fromEntries(model.layers().map((l) => [l.name, l.dtypePolicy.name]));
    expect(byName).toMatchObject({
      block: 'mixed_bfloat16',
      'block/attention': 'mixed_bfloat16',
      'block/ffn_output': 'mixed_bfloat16',
      mha: 'mixed_float16',
      out: 'float32',
    });
  });

  test('saved in the model config: the round trip rebuilds the same policies and the same training', async () => {
    const model = sequenceModel({ dtypePolicy: 'mixed_bfloat16' });
    const json = nn.serializeModel(model);
    expect(json.dtypePolicy).toBe('mixed_bfloat16');
    const restored = nn.deserializeModel(JSON.stringify(json));
    expect(restored.dtypePolicy!.name).toBe('mixed_bfloat16');
    expect(restored.layers().map((l) => l.dtypePolicy.name)).toEqual(model.layers().map((l) => l.dtypePolicy.name));
    expect(await trainRun(restored, {}, 2)).toEqual(await trainRun(model, {}, 2));
    // No option: no key, as before.
    expect(nn.serializeModel(sequenceModel())).not.toHaveProperty('dtypePolicy');
  }, 120_000);

  test("compile's option survives save and nn.load (in the model's config), predictions equal", async () => {
    const dir = path.join(tempDir('model-policy'), 'model');
    const trainer = train.compile(sequenceModel(), { optimizer: 'sgd', loss: 'mse', seed: 2, dtypePolicy: 'mixed_bfloat16' });
    const batch = sequenceBatch();
    await trainer.trainOnBatch(batch);
    const feed = { x: (batch.x as { data: Float32Array }).data, m: (batch.m as { data: Int32Array }).data } as never;
    const expected = await trainer.predict(feed);
    await trainer.save(dir);
    await trainer.close();
    const loaded = await nn.load(dir);
    expect(loaded.model.dtypePolicy!.name).toBe('mixed_bfloat16');
    expect(loaded.model.layers().find((l) => l.name === 'block/attention')!.dtypePolicy.name).toBe('mixed_bfloat16');
    expect(Array.from((await loaded.predict(feed)).y.data as Float32Array)).toEqual(Array.from(expected.y.data as Float32Array));
    await loaded.close();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  }, 120_000);

  test('mtl.model: trunk and heads take it; serializeMultiTask keeps it; training equals the global setter exactly', async () => {
    const make = (dtypePolicy?: Policy) => {
      const x = nn.input({ name: 'x', shape: [4] });
      const trunk = nn.layers.dense({ name: 'trunk', units: 8, activation: 'tanh' }).apply(x);
      return mtl.model({
        inputs: { x },
        trunk,
        tasks: {
          a: { head: nn.layers.dense({ name: 'a_out', units: 1 }), loss: train.losses.meanSquaredError() },
          b: { head: nn.layers.dense({ name: 'b_out', units: 1, dtypePolicy: 'float32' }), loss: train.losses.meanSquaredError() },
        },
        optimizer: train.optimizers.sgd({ learningRate: 0.1 }),
        seed: 5,
        ...(dtypePolicy ? { dtypePolicy } : {}),
      });
    };
    const columns = {
      x: Float32Array.from({ length: 32 }, (_, i) => Math.sin(i)),
      a: Float32Array.from({ length: 8 }, (_, i) => Math.cos(i)),
      b: Float32Array.from({ length: 8 }, (_, i) => Math.sin(2 * i)),
    };
    const run = async (model: mtl.MultiTaskModel) => {
      const history = await model.fit(columns, { epochs: 3, batchSize: 8, verbose: false });
      const weights = await model.compiled.getWeights();
      const kernel = Array.from(weights.get('trunk/kernel')!.data() as Float32Array);
      await model.close();
      return { history: history.history, kernel, scale: (weights.get('loss_scale/dynamic_scale')!.data() as Float32Array)[0] };
    };
    nn.mixedPrecision.setGlobalPolicy('mixed_float16');
    const viaGlobal = make();
    nn.mixedPrecision.setGlobalPolicy('float32');
    const viaModel = make('mixed_float16');
    expect(viaModel.model.layers().map((l) => l.dtypePolicy.name)).toEqual(['mixed_float16', 'mixed_float16', 'float32']);
    const json = mtl.serializeMultiTask(viaModel);
    expect(json.dtypePolicy).toBe('mixed_float16');
    const restored = mtl.model(mtl.deserializeMultiTask(JSON.stringify(json)));
    expect(restored.model.dtypePolicy!.name).toBe('mixed_float16');
    const reference = await run(viaGlobal);
    expect(reference.scale).toBe(2 ** 15);
    expect(await run(viaModel)).toEqual(reference);
    expect(await run(restored)).toEqual(reference);
  }, 120_000);
});
