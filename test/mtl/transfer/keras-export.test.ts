// Fine-tuning TF2 SavedModels (Keras 3 model.export(), tf.saved_model.save): their function calls
// are inlined on import, so the graph computes what Python computes and trains as Keras trains.
// Fixtures and Keras's numbers come from test/fixtures/python/make_keras_finetune.py: for each run,
// 10 SGD steps on the same batches with the same layers frozen, in inference mode (batch norm uses
// its moving statistics, dropout is off: what the exported graph computes).
import * as fs from 'fs';
import * as path from 'path';
import { UnimplementedError, data, layers, losses, mtl, nn, optimizers } from '../../../lib';
import { decode } from '../../../lib/proto';
import type { DType } from '../../../lib';
import { REPO, runPythonJson } from '../../support/python';
import { generatedReference } from '../../support/python-reference';
import { tempDir } from '../../support/tmp';
import { savable } from '../children/mtl-save-model';
import { maxAbsDiff } from '../../support/numeric';

const ROOT = path.join(REPO, 'test', 'fixtures', 'generated', 'keras_finetune');

interface Flat {
  shape: number[];
  values: number[];
}
interface Run {
  trainable: string[];
  output: string;
  lr: number;
  batches: Array<{ inputs: Record<string, Flat>; y: Flat }>;
  losses: number[];
  initial: Record<string, number[]>;
  final: Record<string, number[]>;
  /** Weights after Keras's model.fit on the same batches (models whose training mode is their inference mode). */
  fitFinal?: Record<string, number[]>;
}
interface Reference {
  forward: { inputs: Record<string, Flat>; outputs: Record<string, Flat> };
  runs: Run[];
}

function ensureFixtures(): void {
  generatedReference('make_keras_finetune.py', 'keras_finetune');
}

function reference(name: string): Reference {
  return JSON.parse(fs.readFileSync(path.join(ROOT, name, 'reference.json'), 'utf8')) as Reference;
}

const modelDir = (name: string) => path.join(ROOT, name, 'model');
const DTYPES: Record<string, DType> = { tokens: 'int32', ids: 'int32' };
const typed = (name: string, flat: Flat) => (DTYPES[name] === 'int32' ? Int32Array.from(flat.values) : Float32Array.from(flat.values));

/** An mtl model whose tasks are the imported outputs as they are (linear heads), MSE loss, SGD. */
function build(fixture: string, inputNames: string[], outputs: string[], trainable: string[] | 'all', lr: number) {
  const ref = reference(fixture);
  const imported = mtl.importSavedModel(modelDir(fixture), { input: inputNames, output: outputs, trainable, name: 'imported' });
  const inputs = Object.fromEntries(
    inputNames.map((name) => [
      name,
      layers.input({ name, shape: ref.forward.inputs[name].shape.slice(1), dtype: DTYPES[name] ?? 'float32' }),
    ]),
  );
  const applied = imported.apply(
    inputNames.map((n) => inputs[n]),
    { multiOutput: true },
  );
  const task = (i: number) => ({ head: layers.activation({ activation: 'linear', name: `out_${i}` }), loss: losses.meanSquaredError() });
  const model = mtl.model({
    inputs,
    representations: Object.fromEntries(outputs.map((_, i) => [`y${i}`, applied[i]])),
    tasks: Object.fromEntries(outputs.map((_, i) => [`y${i}`, task(i)])),
    optimizer: optimizers.sgd({ learningRate: lr }),
    seed: 1,
  });
  return { imported, model };
}

function shapesOf(inputs: Record<string, Flat>): Record<string, number[]> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.shape.slice(1)]));
}

const FIXTURES: Record<string, { inputs: string[]; outputs: string[] }> = {
  cnn: { inputs: ['image'], outputs: ['output_0'] },
  text: { inputs: ['tokens'], outputs: ['output_0'] },
  lstm: { inputs: ['seq'], outputs: ['output_0'] }, // While over tensor lists -> 5 unrolled steps, GatherV2 + Pack
  gru: { inputs: ['seq'], outputs: ['output_0'] }, // the same for a GRU over 6 steps
  acts: { inputs: ['x'], outputs: ['output_0'] }, // swish's IdentityN read through, exact GELU's Erfc -> 1 - Erf
  two_io: { inputs: ['a', 'b'], outputs: ['output_0', 'output_1'] },
  module: { inputs: ['x'], outputs: ['y'] },
  // Rewritten for gradients on import (each also checked against Python's forward values above):
  gather: { inputs: ['ids'], outputs: ['y'] }, // ResourceGather -> ReadVariableOp + GatherV2
  cond: { inputs: ['x'], outputs: ['y'] }, // If on a constant predicate -> its branch
  loop: { inputs: ['x'], outputs: ['y'] }, // While with a static trip count (3) -> 3 body copies
};

// At collection time: the fine-tuning runs below are listed from the fixtures' reference files.
ensureFixtures();

describe('importSavedModel of TF2 SavedModels (function calls inlined)', () => {
  test.each(Object.keys(FIXTURES))('%s: before training, the inlined graph computes what Python computes (|Δ| < 1e-5)', async (fixture) => {
    const { inputs, outputs } = FIXTURES[fixture];
    const ref = reference(fixture);
    const { model } = build(fixture, inputs, outputs, 'all', 0.1);
    try {
      const n = ref.forward.inputs[inputs[0]].shape[0];
      const columns: Record<string, Float32Array | Int32Array> = {};
      for (const name of inputs) columns[name] = typed(name, ref.forward.inputs[name]);
      outputs.forEach((key, i) => (columns[`y${i}`] = new Float32Array(n * ref.forward.outputs[key].shape[1])));
      const shapes = {
        ...shapesOf(ref.forward.inputs),
        ...Object.fromEntries(outputs.map((key, i) => [`y${i}`, ref.forward.outputs[key].shape.slice(1)])),
      };
      const predicted = await model.predict(data.fromArrays(columns, { shapes }));
      outputs.forEach((key, i) => {
        const diff = maxAbsDiff(predicted[`y${i}`].data as Float32Array, ref.forward.outputs[key].values);
        expect(diff).toBeLessThan(1e-5);
      });
    } finally {
      await model.close();
    }
  });

  test("an imported layer's config imports the SavedModel again, with the same layers training (what mtl.load rebuilds)", () => {
    const original = mtl.importSavedModel(modelDir('cnn'), { trainable: ['bn', 'logits'], name: 'backbone' });
    const saved = nn.serializeLayer(original);
    expect(saved).toEqual({
      className: 'ImportedLayer',
      config: { name: 'backbone', trainable: true, source: modelDir('cnn'), layers: ['bn', 'logits'] },
    });
    const rebuilt = nn.getLayer(JSON.parse(JSON.stringify(saved))) as mtl.ImportedLayer;
    expect(rebuilt).toBeInstanceOf(mtl.ImportedLayer);
    expect([rebuilt.name, rebuilt.layerNames, rebuilt.trainableLayers]).toEqual(['backbone', original.layerNames, ['bn', 'logits']]);
    const twoOutputs = nn.serializeLayer(mtl.importSavedModel(modelDir('two_io'), { input: ['a', 'b'], output: ['output_1'] }));
    expect(twoOutputs.config).toMatchObject({ input: ['a', 'b'], output: ['output_1'] });
  });

  test("an intermediate tensor inside the functions (a Keras layer's output) is an output: its layers are the ones before it", async () => {
    const ref = reference('cnn');
    const hidden = mtl.importSavedModel(modelDir('cnn'), { output: 'dense_1_1/Relu:0', trainable: 1 });
    expect(hidden.layerNames).toEqual(['conv', 'bn', 'dense_1']);
    expect(hidden.trainableLayers).toEqual(['dense_1']);
    expect(() => mtl.importSavedModel(modelDir('cnn'), { output: 'Relu' })).toThrow(/output "Relu" matches 2 nodes/);
    expect(() => mtl.importSavedModel(modelDir('cnn'), { output: 'nothing_1/Relu' })).toThrow(/no output "nothing_1\/Relu"/);
    const image = layers.input({ name: 'image', shape: [8, 8, 1] });
    const model = mtl.model({
      inputs: { image },
      trunk: hidden.apply(image),
      tasks: { h: { head: layers.activation({ activation: 'linear', name: 'out' }), loss: losses.meanSquaredError() } },
      optimizer: optimizers.sgd({ learningRate: 0.1 }),
    });
    try {
      const h = (
        await model.predict(
          data.fromArrays(
            { image: typed('image', ref.forward.inputs.image), h: new Float32Array(3 * 8) },
            { shapes: { image: [8, 8, 1], h: [8] } },
          ),
        )
      ).h.data as Float32Array;
      // Python's logits are this hidden layer times the logits layer's weights (from the checkpoint Keras exported).
      const kernel = ref.runs[0].initial['logits/kernel'];
      const bias = ref.runs[0].initial['logits/bias'];
      const logits = Array.from({ length: 9 }, (_, k) => {
        const [row, col] = [Math.floor(k / 3), k % 3];
        let sum = bias[col];
        for (let j = 0; j < 8; j++) sum += h[row * 8 + j] * kernel[j * 3 + col];
        return sum;
      });
      expect(maxAbsDiff(logits, ref.forward.outputs.output_0.values)).toBeLessThan(1e-5);
    } finally {
      await model.close();
    }
  });

  test('layers are the Keras layers, from input to output; moving statistics never train', () => {
    const cnn = mtl.importSavedModel(modelDir('cnn'), { trainable: 2 });
    expect(cnn.layerNames).toEqual(['conv', 'bn', 'dense_1', 'logits']);
    expect(cnn.trainableLayers).toEqual(['dense_1', 'logits']);
    expect(mtl.importSavedModel(modelDir('text'), { trainable: ['conv1d'] }).trainableLayers).toEqual(['conv1d']);
    expect(mtl.importSavedModel(modelDir('module')).layerNames.sort()).toEqual(['b', 'w']);
    expect(mtl.importSavedModel(modelDir('lstm'), { trainable: 1 }).layerNames).toEqual(['lstm', 'logits']);
    expect(() => mtl.importSavedModel(modelDir('cnn'), { trainable: ['dense'] })).toThrow(
      /has no layer "dense" \(its layers: conv, bn, dense_1, logits\)/,
    );
  });

  test('what each rewrite replaced is gone from the imported graph', () => {
    const opsOf = (fixture: string) => {
      const layer = mtl.importSavedModel(modelDir(fixture), {
        input: FIXTURES[fixture].inputs,
        output: FIXTURES[fixture].outputs,
      }) as unknown as { config: { graphDef: Uint8Array } };
      return new Set((decode('tensorflow.GraphDef', layer.config.graphDef).node ?? []).map((n) => n.op));
    };
    for (const fixture of Object.keys(FIXTURES)) {
      const types = opsOf(fixture);
      for (const op of [
        'StatefulPartitionedCall',
        'PartitionedCall',
        'ResourceGather',
        'If',
        'StatelessIf',
        'While',
        'StatelessWhile',
        'TensorListStack',
        'TensorListGetItem',
        'Erfc',
        'IdentityN',
      ]) {
        expect([fixture, op, types.has(op)]).toEqual([fixture, op, false]);
      }
    }
    expect(opsOf('gather').has('GatherV2')).toBe(true);
    // The loop body ran 3 times: 3 MatMuls reading the one variable.
    expect(
      (
        decode(
          'tensorflow.GraphDef',
          (mtl.importSavedModel(modelDir('loop')) as unknown as { config: { graphDef: Uint8Array } }).config.graphDef,
        ).node ?? []
      ).filter((n) => n.op === 'MatMul'),
    ).toHaveLength(3);
  });

  test('a layer whose gradient would cross an op with no C++ gradient is refused before training, naming op, node, Keras layer and the fallback', () => {
    // refused: Dense "dense" -> Lambda "cumprod_act" (tf.math.cumprod, no C++ gradient) -> Dense "logits".
    const imported = () => mtl.importSavedModel(modelDir('refused'), { trainable: ['dense', 'logits'] });
    const x = layers.input({ name: 'x', shape: [4] });
    let error: unknown;
    try {
      imported().apply(x);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnimplementedError);
    const message = (error as Error).message.split(modelDir('refused')).join('<dir>');
    expect(message).toMatch(
      /cannot train layers "dense", "logits": op "Cumprod" \(node "[^"]*cumprod_act_1\/Cumprod", Keras layer "cumprod_act"\) has no gradient/,
    );
    expect(message).toMatch(/mtl\.backbone.*mtl\.extractFeatures/);
    expect(message).not.toMatch(/test\/fixtures|examples\//);
    const doc = fs.readFileSync(path.join(REPO, 'docs', 'transfer.md'), 'utf8');
    const sections = [...message.matchAll(/docs\/transfer\.md, "([^"]+)"/g)].map((m) => m[1]);
    expect(sections).toEqual(['Fine-tuning a Keras model', 'Transfer learning']);
    for (const section of sections) expect(doc).toMatch(new RegExp(`^#+ ${section}$`, 'm'));
    // Training only the layer after it works (the fallback the message gives).
    expect(() => mtl.importSavedModel(modelDir('refused'), { trainable: ['logits'] }).apply(x)).not.toThrow();
  });

  const runs = Object.keys(FIXTURES).flatMap((fixture) =>
    reference(fixture).runs.map(
      (run, index) => [`${fixture} #${index} (${run.output}, trainable ${run.trainable.join(', ')})`, fixture, index] as const,
    ),
  );
  test.each(runs)(
    '%s: 10 SGD steps agree with Keras (losses and trained weights within 1e-4, frozen weights bit for bit)',
    async (_label, fixture, index) => {
      const { inputs } = FIXTURES[fixture];
      const run = reference(fixture).runs[index];
      const { model } = build(fixture, inputs, [run.output], run.trainable, run.lr);
      try {
        const batchData = run.batches.map((batch) => {
          const columns: Record<string, Float32Array | Int32Array> = { y0: Float32Array.from(batch.y.values) };
          for (const name of inputs) columns[name] = typed(name, batch.inputs[name]);
          return data.fromArrays(columns, { shapes: { ...shapesOf(batch.inputs), y0: batch.y.shape.slice(1) } });
        });
        await model.predict(batchData[0]); // builds the model, so the initial weights can be read
        const initial = await model.compiled.getWeights();
        const ours: number[] = [];
        for (const [i, batch] of batchData.entries()) {
          const history = await model.fit(batch, { epochs: 1, batchSize: run.batches[i].y.shape[0], shuffle: false, verbose: false });
          ours.push(history.history.loss[0]);
        }
        const final = await model.compiled.getWeights();
        const lossDiff = maxAbsDiff(ours, run.losses);
        // Single-output models without dropout or batch norm were also trained by Keras's model.fit.
        expect(run.fitFinal !== undefined).toBe(['text', 'lstm', 'gru', 'acts'].includes(fixture));
        let trainedDiff = 0;
        const layerOf = (name: string) => name.split('/')[0];
        // Only the variables the chosen output depends on are imported: all but the other head's.
        const missing = Object.keys(run.final).filter((name) => !final.has(`imported/${name}`));
        const otherHead = fixture === 'two_io' ? (run.output === 'output_0' ? 'head_2' : 'head_1') : undefined;
        expect(missing.filter((name) => layerOf(name) !== otherHead)).toEqual([]);
        for (const [name, values] of Object.entries(run.final)) {
          const key = `imported/${name}`;
          const mine = final.get(key);
          if (!mine) continue;
          const layer = layerOf(name);
          const start = initial.get(key)!.data() as Float32Array;
          expect(maxAbsDiff(start, run.initial[name])).toBe(0);
          const end = mine.data() as Float32Array;
          const trained = run.trainable.includes(layer) && !/moving_/.test(name);
          if (trained) {
            trainedDiff = Math.max(trainedDiff, maxAbsDiff(end, values));
            if (run.fitFinal) trainedDiff = Math.max(trainedDiff, maxAbsDiff(end, run.fitFinal[name]));
            expect(maxAbsDiff(end, start)).toBeGreaterThan(0);
          } else {
            expect(
              Buffer.from(end.buffer, end.byteOffset, end.byteLength).equals(Buffer.from(start.buffer, start.byteOffset, start.byteLength)),
            ).toBe(true);
          }
        }
        console.log(`${fixture} #${index}: max |Δloss| ${lossDiff.toExponential(2)}, max |Δweight| ${trainedDiff.toExponential(2)}`);
        expect(lossDiff).toBeLessThan(1e-4);
        expect(trainedDiff).toBeLessThan(1e-4);
        for (const t of [...initial.values(), ...final.values()]) t.dispose();
      } finally {
        await model.close();
      }
    },
  );

  test('round trip: a fine-tuned import exports a SavedModel that Python (tf.saved_model.load, keras.layers.TFSMLayer) runs with the same outputs', async () => {
    const run = reference('text').runs[0];
    const { model } = build('text', ['tokens'], ['output_0'], run.trainable, run.lr);
    const dir = tempDir('keras-export');
    try {
      for (const batch of run.batches.slice(0, 3)) {
        const columns = { tokens: typed('tokens', batch.inputs.tokens), y0: Float32Array.from(batch.y.values) };
        await model.fit(data.fromArrays(columns, { shapes: { tokens: [12], y0: [2] } }), {
          epochs: 1,
          batchSize: 4,
          shuffle: false,
          verbose: false,
        });
      }
      const probe = reference('text').forward.inputs.tokens;
      const ours = (
        await model.predict(
          data.fromArrays(
            { tokens: typed('tokens', probe), y0: new Float32Array(probe.shape[0] * 2) },
            { shapes: { tokens: [12], y0: [2] } },
          ),
        )
      ).y0.data as Float32Array;
      // Training moved the outputs away from the exported model's (else the check proves nothing).
      expect(maxAbsDiff(ours, reference('text').forward.outputs.output_0.values)).toBeGreaterThan(1e-3);
      // The SavedModel for serving (what model.save writes under saved_model/).
      const exported = path.join(dir, 'model');
      await model.export(exported);
      const inputs = { tokens: { dtype: 'int32', shape: probe.shape, values: probe.values } };
      const v2 = runPythonJson<{ v2: Array<Record<string, { values: number[] }>>; v2Error?: string }>('check_export.py', {
        dir: exported,
        calls: [{ signature: 'serving_default', inputs }],
      });
      expect(v2.v2Error).toBeUndefined();
      expect(maxAbsDiff(v2.v2[0].y0.values, ours)).toBeLessThan(1e-6);
      const tfsm = runPythonJson<{ outputs: Record<string, { values: number[] }> }>('check_tfsm_layer.py', { dir: exported, inputs });
      expect(maxAbsDiff(tfsm.outputs.y0.values, ours)).toBeLessThan(1e-6);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await model.close();
    }
  });

  test('model.save / mtl.load of a fine-tuned import: the config imports the SavedModel again, the checkpoint restores the trained weights', async () => {
    const imported = mtl.importSavedModel(modelDir('text'), { trainable: ['conv1d', 'logits'], name: 'backbone' });
    const tokens = layers.input({ name: 'tokens', shape: [12], dtype: 'int32' });
    const model = mtl.model({
      inputs: { tokens },
      trunk: imported.apply(tokens),
      tasks: { y: { head: layers.activation({ activation: 'linear', name: 'out' }), loss: losses.meanSquaredError() } },
      weighting: savable(mtl.weighting.equal()),
      optimizer: optimizers.sgd({ learningRate: 0.1 }),
    });
    const batch = () =>
      data.fromArrays(
        { tokens: Int32Array.from({ length: 48 }, (_, i) => (i * 7) % 50), y: Float32Array.from({ length: 8 }, (_, i) => i / 8) },
        { shapes: { tokens: [12], y: [2] } },
      );
    const dir = tempDir('keras-save');
    try {
      await model.fit(batch(), { epochs: 3, batchSize: 4, verbose: false });
      const ours = Array.from((await model.predict(batch())).y.data as Float32Array);
      await model.save(path.join(dir, 'model'));
      const loaded = await mtl.load(path.join(dir, 'model'));
      try {
        expect(Array.from((await loaded.predict(batch())).y.data as Float32Array)).toEqual(ours);
        expect(
          loaded.compiled
            .trainableVariables()
            .map((v) => v.name)
            .sort(),
        ).toEqual(['backbone/conv1d/bias', 'backbone/conv1d/kernel', 'backbone/logits/bias', 'backbone/logits/kernel']);
      } finally {
        await loaded.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await model.close();
    }
  });
});
