// Per-step diagnostics: a multi-task model's per-task gradient norms and cosine, each step, equal
// their definitions on a fixed batch (the gradients written out by hand for a linear model);
// MMoE / CGC / PLE gate means equal the gates' outputs averaged over the batch (read from a second
// model built on the same layers); the TensorBoard callback writes the per-step values, weight
// histograms (TensorFlow's own HistogramSummary op, run in Python on the same values, gives the
// same HistogramProto) and the graph, all read back with tf.compat.v1.train.summary_iterator and
// TensorBoard's EventAccumulator.
import * as fs from 'fs';
import * as path from 'path';
import { callbacks, layers, mtl, nn, optimizers, train } from '../../lib';
import type { Logs } from '../../lib/train';
import { histogramValue } from '../../lib/train/tensorboard';
import { runPythonJson } from '../support/python';
import { tempDir } from '../support/tmp';

const ROWS = 8;
const X = Float32Array.from({ length: ROWS * 3 }, (_, i) => Math.sin(1.3 * i + 0.4));
const A = Float32Array.from({ length: ROWS }, (_, i) => Math.cos(0.7 * i));
const B = Float32Array.from({ length: ROWS }, (_, i) => 0.5 * i - 1);

/** Captures each step's own logs and the weights at each epoch's end. */
function recorder() {
  const steps: Logs[] = [];
  const epochWeights: Array<Map<string, Float32Array>> = [];
  const callback: callbacks.Callback = {
    onBatchEnd: (_step, _logs, _trainer, stepLogs) => void steps.push({ ...stepLogs }),
    onEpochEnd: async (_epoch, _logs, trainer) => {
      const weights = await trainer.getWeights();
      epochWeights.push(
        new Map(
          [...weights]
            .filter(([, value]) => value.dtype === 'float32')
            .map(([name, value]) => [name, Float32Array.from(value.data() as Float32Array)]),
        ),
      );
    },
  };
  return { steps, epochWeights, callback };
}

function linearModel(learningRate: number) {
  const x = layers.input({ name: 'x', shape: [3] });
  const trunk = layers.dense({ units: 2, useBias: false, name: 'trunk' }).apply(x);
  return mtl.model({
    inputs: { x },
    trunk,
    tasks: {
      a: { head: layers.dense({ units: 1, useBias: false, name: 'head_a' }), loss: 'mse' },
      b: { head: layers.dense({ units: 1, useBias: false, name: 'head_b' }), loss: 'mse' },
    },
    optimizer: optimizers.sgd({ learningRate }),
    diagnostics: true,
    seed: 3,
  });
}

describe('per-step diagnostics', () => {
  test('gradient norms and cosine of each step equal ∂L_t/∂W written out for a linear model', async () => {
    // Learning rate 0: every step sees the same weights, so the definitions apply to all of them.
    const model = linearModel(0);
    const record = recorder();
    await model.fit({ x: X, a: A, b: B }, { epochs: 1, batchSize: 4, shuffle: false, verbose: false, callbacks: [record.callback] });
    const w = record.epochWeights[0];
    const W = w.get('trunk/kernel')!; // [3, 2]
    // L_t = mean_b (x_b W v_t − y_b)²  ⇒  ∂L_t/∂W[i][j] = (2/n) Σ_b r_b x_b[i] v_t[j].
    const gradient = (v: Float32Array, y: Float32Array, rows: number[]) => {
      const g = new Float64Array(6);
      for (const b of rows) {
        let prediction = 0;
        for (let j = 0; j < 2; j++) for (let i = 0; i < 3; i++) prediction += X[3 * b + i] * W[2 * i + j] * v[j];
        const r = prediction - y[b];
        for (let i = 0; i < 3; i++) for (let j = 0; j < 2; j++) g[2 * i + j] += (2 / rows.length) * r * X[3 * b + i] * v[j];
      }
      return g;
    };
    const norm = (g: Float64Array) => Math.sqrt(g.reduce((s, v) => s + v * v, 0));
    expect(record.steps).toHaveLength(2);
    record.steps.forEach((logs, step) => {
      const rows = [0, 1, 2, 3].map((k) => 4 * step + k);
      const ga = gradient(w.get('head_a/kernel')!, A, rows);
      const gb = gradient(w.get('head_b/kernel')!, B, rows);
      const cosine = ga.reduce((s, v, k) => s + v * gb[k], 0) / (norm(ga) * norm(gb));
      expect(logs['grad_norm/a']).toBeCloseTo(norm(ga), 5);
      expect(logs['grad_norm/b']).toBeCloseTo(norm(gb), 5);
      expect(logs['grad_cos/a/b']).toBeCloseTo(cosine, 5);
    });
    // The two batches differ, and so do their diagnostics: these are per step, not epoch means.
    expect(record.steps[0]['grad_cos/a/b']).not.toBeCloseTo(record.steps[1]['grad_cos/a/b'], 3);
    await model.close();
  });

  const ARCHITECTURES = {
    mmoe: () => mtl.architectures.mmoe({ tasks: ['a', 'b'], experts: 3, expertUnits: [4] }),
    cgc: () => mtl.architectures.cgc({ tasks: ['a', 'b'], taskExperts: 1, sharedExperts: 2, expertUnits: [4] }),
    ple: () => mtl.architectures.ple({ tasks: ['a', 'b'], levels: 2, taskExperts: 1, sharedExperts: 2, expertUnits: [4] }),
  };

  test.each(Object.keys(ARCHITECTURES))("%s: gate means per expert equal the gates' outputs averaged over the batch", async (kind) => {
    const x = layers.input({ name: 'x', shape: [3] });
    const architecture = ARCHITECTURES[kind as keyof typeof ARCHITECTURES]();
    const { representations, gates } = architecture.applyWithGates(x);
    const model = mtl.model({
      inputs: { x },
      representations,
      tasks: {
        a: { head: layers.dense({ units: 1, name: 'head_a' }), loss: 'mse' },
        b: { head: layers.dense({ units: 1, name: 'head_b' }), loss: 'mse' },
      },
      optimizer: optimizers.sgd({ learningRate: 0 }),
      seed: 7,
    });
    const record = recorder();
    const history = await model.fit({ x: X, a: A, b: B }, { epochs: 1, batchSize: ROWS, verbose: false, callbacks: [record.callback] });
    // The gates themselves, from a second model on the same layers with the trained weights.
    const outputKey = (gate: string) => gate.replace(/\//g, '__');
    const probe = nn.model({
      inputs: { x },
      outputs: Object.fromEntries(Object.entries(gates).map(([gate, tensor]) => [outputKey(gate), tensor])),
    });
    const probeTrainer = train.compile(probe, { optimizer: 'sgd', loss: 'mse' });
    await probeTrainer.build();
    const names = new Set(probe.weights(probeTrainer.graph).map((v) => v.name));
    await probeTrainer.setWeights(new Map([...(await model.compiled.getWeights())].filter(([name]) => names.has(name))));
    const outputs = await probeTrainer.predict({ x: X });
    const step = record.steps[0];
    let checked = 0;
    for (const gate of architecture.gateNames) {
      const values = outputs[outputKey(gate)];
      const experts = values.shape[1];
      for (let e = 0; e < experts; e++) {
        let mean = 0;
        for (let b = 0; b < ROWS; b++) mean += (values.data as Float32Array)[b * experts + e] / ROWS;
        const key = `gate/${architecture.name}/${gate}/expert_${e}`;
        expect(step[key]).toBeCloseTo(mean, 6);
        expect(history.history[key][0]).toBeCloseTo(mean, 6);
        checked++;
      }
    }
    // Gate weights of each gate sum to one over its experts.
    const perGate = architecture.gateNames.map((gate) =>
      Object.entries(step)
        .filter(([key]) => key.startsWith(`gate/${architecture.name}/${gate}/expert_`))
        .reduce((s, [, v]) => s + v, 0),
    );
    for (const total of perGate) expect(total).toBeCloseTo(1, 6);
    expect(checked).toBeGreaterThanOrEqual(kind === 'ple' ? 12 : 6);
    await probeTrainer.close();
    await model.close();
  });

  test('TensorBoard: per-step scalars, weight histograms as TensorFlow makes them, and the graph, read by Python', async () => {
    const logDir = tempDir('diagnostics');
    const model = linearModel(0.05);
    const record = recorder();
    await model.fit(
      { x: X, a: A, b: B },
      {
        epochs: 2,
        batchSize: 4,
        shuffle: false,
        verbose: false,
        callbacks: [record.callback, callbacks.tensorBoard({ logDir, histogramFreq: 1 })],
      },
    );
    await model.close();
    const reference = {
      'trunk/kernel@0': Array.from(record.epochWeights[0].get('trunk/kernel')!),
      'head_a/kernel@1': Array.from(record.epochWeights[1].get('head_a/kernel')!),
    };
    const read = runPythonJson<{
      scalars: Record<string, Array<[number, number]>>;
      histograms: Record<
        string,
        Array<{
          step: number;
          min: number;
          max: number;
          num: number;
          sum: number;
          sumSquares: number;
          bucketLimit: number[];
          bucket: number[];
        }>
      >;
      graphNodes: string[];
      reference: Record<
        string,
        { min: number; max: number; num: number; sum: number; sumSquares: number; bucketLimit: number[]; bucket: number[] }
      >;
      tensorboard: { histograms: string[]; graph: boolean; histogramCounts: Record<string, number> };
    }>('read_diagnostics.py', { logDir: path.join(logDir, 'train'), reference });
    // Every step's own values, at steps 1..4.
    for (const key of ['grad_norm/a', 'grad_norm/b', 'grad_cos/a/b']) {
      expect(read.scalars[key]).toEqual(record.steps.map((logs, i) => [i + 1, Math.fround(logs[key])]));
    }
    // A histogram of every weight at each epoch, whose statistics are the weights'.
    expect(Object.keys(read.histograms).sort()).toEqual(['head_a/kernel/histogram', 'head_b/kernel/histogram', 'trunk/kernel/histogram']);
    for (const [epoch, weights] of record.epochWeights.entries()) {
      for (const name of ['trunk/kernel', 'head_a/kernel', 'head_b/kernel']) {
        const values = Array.from(weights.get(name)!);
        const written = read.histograms[`${name}/histogram`][epoch];
        expect(written.step).toBe(epoch);
        expect(written.num).toBe(values.length);
        expect(written.min).toBe(Math.min(...values));
        expect(written.max).toBe(Math.max(...values));
        expect(written.sum).toBeCloseTo(
          values.reduce((s, v) => s + v, 0),
          12,
        );
        expect(written.bucket.reduce((s, v) => s + v, 0)).toBe(values.length);
      }
    }
    // TensorFlow's HistogramSummary op on the same values: the same proto, field for field.
    expect(read.histograms['trunk/kernel/histogram'][0]).toEqual({ step: 0, ...read.reference['trunk/kernel@0'] });
    expect(read.histograms['head_a/kernel/histogram'][1]).toEqual({ step: 1, ...read.reference['head_a/kernel@1'] });
    // The graph: the training step and the model's variables are in it.
    expect(read.graphNodes).toEqual(expect.arrayContaining(['train_step', 'trunk/kernel', 'head_a/kernel']));
    // TensorBoard's own loader sees the histograms (one per epoch) and the graph.
    expect(read.tensorboard).toEqual({
      histograms: ['head_a/kernel/histogram', 'head_b/kernel/histogram', 'trunk/kernel/histogram'],
      graph: true,
      histogramCounts: { 'head_a/kernel/histogram': 2, 'head_b/kernel/histogram': 2, 'trunk/kernel/histogram': 2 },
    });
    fs.rmSync(logDir, { recursive: true, force: true });
  }, 120_000);

  test('histograms refuse non-finite values; an empty one has a single empty bucket', () => {
    expect(() => histogramValue('w', [1, NaN])).toThrow('histogram "w": value 1 is NaN');
    expect(() => histogramValue('w', [Infinity])).toThrow('histogram "w": value 0 is Infinity');
    const empty = histogramValue('w', []).histo!;
    expect(empty.num).toBe(0);
    expect(empty.bucket).toEqual([0]);
    expect(empty.bucketLimit).toEqual([Number.MAX_VALUE]);
  });
});
