// stepsPerExecution: k training steps in one session run (an in-graph While loop calling the
// step as a function). The batches and their order are those of k = 1, so training must give
// the same weights and the same history; only how often losses reach JS changes.
import { Output, layers, losses, mtl, ops, optimizers } from '../../lib';
import { Random } from '../../lib/data';

function data(n: number, seed = 11) {
  const random = Random.fromSeed(seed);
  const x = new Float32Array(n * 6);
  const value = new Float32Array(n);
  const label = new Int32Array(n);
  const valueMask = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 6; j++) x[i * 6 + j] = random.normal();
    value[i] = x[i * 6] * 2 - x[i * 6 + 1] + 0.1 * random.normal();
    label[i] = (x[i * 6 + 2] > 0 ? 1 : 0) + (x[i * 6 + 3] > 0 ? 2 : 0);
    valueMask[i] = i % 5 === 0 ? 0 : 1; // some examples have no "value" label
  }
  return { x, value, label, value_mask: valueMask };
}

/** Dropout, batch norm, a learned weighting (uncertainty: extra variables), two tasks, a label mask. */
function build(options: { dropout?: boolean; jitCompile?: boolean } = {}) {
  const x = layers.input({ name: 'x', shape: [6] });
  const trunk = layers
    .sequential([
      layers.dense({ units: 32, activation: 'relu', name: 'hidden_1' }),
      layers.batchNormalization({ name: 'norm' }),
      ...(options.dropout === false ? [] : [layers.dropout({ rate: 0.2, name: 'drop' })]),
      layers.dense({ units: 16, activation: 'relu', name: 'hidden_2' }),
    ])
    .apply(x);
  return mtl.model({
    inputs: { x },
    trunk,
    tasks: {
      value: { head: layers.dense({ units: 1, name: 'value_head' }), loss: 'mse', metrics: ['mae'] },
      label: {
        head: layers.dense({ units: 4, name: 'label_head' }),
        loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
        metrics: ['accuracy'],
      },
    },
    weighting: mtl.weighting.uncertainty(),
    optimizer: optimizers.adam({ learningRate: 0.01 }),
    seed: 3,
    jitCompile: options.jitCompile,
  });
}

async function weights(model: ReturnType<typeof build>): Promise<Map<string, Float32Array>> {
  const values = await model.compiled.getWeights();
  const result = new Map<string, Float32Array>();
  for (const [name, tensor] of values) {
    result.set(name, Float32Array.from(Array.from(tensor.data() as ArrayLike<number | bigint>, Number)));
    tensor.dispose();
  }
  return result;
}

describe('fit({ stepsPerExecution })', () => {
  test.each([
    ['rows gathered in the graph (columns copied into TensorFlow once)', true],
    ['rows gathered in JS, k batches at a time', false],
  ])(
    'k = 4 trains exactly as k = 1, %s: same weights, same history (uneven last batch, shuffling, stepsPerEpoch)',
    async (_, inGraphData) => {
      const train = data(1000); // batch 64: 15 full batches and one of 40
      const runs: Array<{ history: Record<string, number[]>; weights: Map<string, Float32Array> }> = [];
      for (const k of [1, 4]) {
        const model = build();
        const first = await model.fit(train, { epochs: 2, batchSize: 64, verbose: false, stepsPerExecution: k, inGraphData });
        // An epoch cut short at 6 steps (not a multiple of 4: groups of 4 then 2).
        const second = await model.fit(train, {
          epochs: 1,
          batchSize: 64,
          verbose: false,
          stepsPerExecution: k,
          stepsPerEpoch: 6,
          inGraphData,
        });
        const history = { ...first.history };
        for (const [key, values] of Object.entries(second.history)) history[`short_${key}`] = values;
        runs.push({ history, weights: await weights(model) });
        await model.close();
      }
      const [one, four] = runs;
      expect(Object.keys(four.history).sort()).toEqual(Object.keys(one.history).sort());
      for (const [key, values] of Object.entries(one.history)) {
        // Epoch means are sums of per-step values in another order: float rounding only.
        four.history[key].forEach((v, i) => expect(Math.abs(v - values[i])).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(values[i]))));
      }
      expect([...four.weights.keys()].sort()).toEqual([...one.weights.keys()].sort());
      let worst = 0;
      for (const [name, value] of one.weights) {
        const other = four.weights.get(name)!;
        for (let i = 0; i < value.length; i++) worst = Math.max(worst, Math.abs(value[i] - other[i]));
      }
      // The same kernels on the same batches in the same order: bit for bit.
      expect(worst).toBe(0);
      const steps = one.weights.get('global_step') ?? four.weights.get('global_step');
      if (steps) expect(Array.from(four.weights.get('global_step')!)).toEqual(Array.from(steps));
    },
  );

  test('batches given as a list (copied together in groups) train as k = 1 too', async () => {
    const columns = data(600);
    // Batches of 64 rows and a last one of 24, as a list of HostBatches.
    const batches = [];
    for (let start = 0; start < 600; start += 64) {
      const end = Math.min(600, start + 64);
      batches.push({
        x: { dtype: 'float32' as const, shape: [end - start, 6], data: columns.x.slice(start * 6, end * 6) },
        value: { dtype: 'float32' as const, shape: [end - start], data: columns.value.slice(start, end) },
        label: { dtype: 'int32' as const, shape: [end - start], data: columns.label.slice(start, end) },
        value_mask: { dtype: 'float32' as const, shape: [end - start], data: columns.value_mask.slice(start, end) },
      });
    }
    const found: Array<Map<string, Float32Array>> = [];
    for (const k of [1, 3]) {
      const model = build();
      await model.fit(batches, { epochs: 2, verbose: false, stepsPerExecution: k });
      found.push(await weights(model));
      await model.close();
    }
    for (const [name, value] of found[0]) expect(Array.from(found[1].get(name)!)).toEqual(Array.from(value));
  });

  test('callbacks see every k steps; the step counter advances by k', async () => {
    const model = build();
    const seen: number[] = [];
    await model.fit(data(640), {
      epochs: 1,
      batchSize: 64,
      verbose: false,
      stepsPerExecution: 3,
      callbacks: [{ onBatchEnd: async (step: number) => void seen.push(step) }],
    });
    expect(seen).toEqual([3, 6, 9, 10]);
    // The groups of 3 ran as one session run each: through the loop.
    expect(model.compiled.graph.operations().filter((op) => op.type === 'While')).toHaveLength(1);
    await model.close();
  });

  test('bad values are errors; divergence names the steps of the run', async () => {
    const model = build();
    const train = data(256);
    await expect(model.fit(train, { batchSize: 64, verbose: false, stepsPerExecution: 0 })).rejects.toThrow(
      /stepsPerExecution must be a positive integer/,
    );
    await expect(model.fit(train, { batchSize: 64, verbose: false, stepsPerExecution: 1.5 })).rejects.toThrow(/stepsPerExecution/);
    // A NaN input of example 130 (a NaN label is refused before any step: on-batch-inputs.test.ts).
    const broken = { ...train, x: Float32Array.from(train.x, (v, i) => (i === 130 * 6 ? NaN : v)) };
    await expect(model.fit(broken, { batchSize: 64, verbose: false, shuffle: false, stepsPerExecution: 2 })).rejects.toThrow(
      /diverged at epoch 1, steps 3-4/,
    );
    await model.close();
  });
});

describe('jitCompile (XLA)', () => {
  test('the XLA-compiled step trains as the unfused one, within float rounding', async () => {
    const train = data(512);
    const results: Array<{ loss: number[]; weights: Map<string, Float32Array> }> = [];
    for (const jitCompile of [false, true]) {
      // No dropout: XLA's Philox stream differs from the CPU kernel's, so masks would differ (see below).
      const model = build({ dropout: false, jitCompile });
      const history = await model.fit(train, { epochs: 2, batchSize: 64, verbose: false, stepsPerExecution: jitCompile ? 4 : 1 });
      if (jitCompile) expect(model.compiled.graph.operations().some((op) => op.type === 'While')).toBe(true);
      results.push({ loss: history.history.loss, weights: await weights(model) });
      await model.close();
    }
    const [plain, xla] = results;
    let worst = 0;
    for (const [name, value] of plain.weights) {
      const other = xla.weights.get(name)!;
      for (let i = 0; i < value.length; i++) worst = Math.max(worst, Math.abs(value[i] - other[i]) / Math.max(1, Math.abs(value[i])));
    }
    console.log(
      `jitCompile: largest weight difference after 16 steps ${worst.toExponential(2)}, losses ${plain.loss.map((l, i) => Math.abs(l - xla.loss[i]).toExponential(2)).join(', ')}`,
    );
    expect(worst).toBeLessThan(1e-4);
    plain.loss.forEach((l, i) => expect(Math.abs(l - xla.loss[i])).toBeLessThan(1e-4 * Math.abs(l)));
  });

  test("dropout compiles under XLA and trains (its masks come from XLA's own Philox stream)", async () => {
    const model = build({ jitCompile: true });
    const history = await model.fit(data(512), { epochs: 3, batchSize: 64, verbose: false, stepsPerExecution: 4 });
    expect(history.history.loss.every(Number.isFinite)).toBe(true);
    expect(history.history.loss[2]).toBeLessThan(history.history.loss[0]);
    await model.close();
  });

  test('a step with an op XLA cannot compile fails with the op named, not a crash', async () => {
    // A loss using the V1 stateless random op, which has no XLA kernel in TensorFlow 2.21.
    const noisyMse = {
      name: 'noisy_mse',
      reduction: 'sumOverBatchSize' as const,
      labels: 'float' as const,
      perExample(yTrue: Output, yPred: Output) {
        const noise = ops.stopGradient(
          ops.statelessRandomUniform(ops.shape(yPred, { outType: 'int32' }), ops.constant(yPred.graph, [1n, 2n], 'int64'), {
            dtype: 'float32',
          }),
        );
        return ops.mean(
          ops.square(ops.sub(ops.add(yPred, ops.mul(noise, 0)), ops.reshape(yTrue, ops.shape(yPred)))),
          ops.constant(yPred.graph, [-1], 'int32'),
        );
      },
    };
    const x = layers.input({ name: 'x', shape: [6] });
    const model = mtl.model({
      inputs: { x },
      trunk: layers.dense({ units: 4 }).apply(x),
      tasks: { value: { head: layers.dense({ units: 1 }), loss: noisyMse } },
      optimizer: optimizers.sgd(),
      jitCompile: true,
    });
    const { x: xs, value } = data(128);
    await expect(model.fit({ x: xs, value }, { batchSize: 64, verbose: false })).rejects.toThrow(/XLA.*StatelessRandomUniform/);
    await model.close();
  });
});
