// Mixed precision parity with Keras 3: the same models under mixed_bfloat16 and mixed_float16
// (float32 variables, half-precision compute, float32 losses), from the same weights on the same
// data: forward outputs, 20 training steps (per-step losses, final weights) and, under
// mixed_float16, Keras's dynamic loss scale step by step, including a step whose scaled
// gradients overflow float16 (targets ×1e4 at step 5), which both must skip and halve the scale.
//
// Tolerances: both sides run the same TensorFlow kernels on the same half-precision casts, but
// the graphs differ (Grappler fuses differently, sums run in other orders). A bfloat16 value
// carries 8 significant bits: one rounding moves it by up to 2^-9 ≈ 2e-3 relative, and one such
// difference in a hidden activation propagates to the output. So the forward outputs and
// losses are compared at 1e-2 relative (≈ 5 bfloat16 roundings; float16 has 11 bits, 2^-12),
// the final weights (float32, moved by 20 updates computed from half-precision gradients) at
// 1e-2 relative with an absolute floor of 2e-3, a fifth of one Adam step at lr 0.01. Measured
// (PARITY_REPORT=1): the convnets agree exactly, the MLPs within one half-precision ulp; the
// masked transformer block and attention cases give equal forward outputs, losses within 4.3e-4
// relative and weights within the tolerance (largest plain relative difference 3.1e-2).
// Exact agreement needs the same intra-op thread count on both sides (a half-precision gradient
// summed in other shards rounds differently and SGD carries it: 2.3x the weight tolerance with one
// thread against Keras's two). TensorFlow sizes that pool once per process, from the first session:
// no test creates a session with other thread counts, so both sides run TensorFlow's default.
import { Tensor, nn, train } from '../../lib';
import type { HostBatch, HostTensor } from '../../lib/data';
import { EncodedTensor, ForwardCase, ForwardResult, KerasProcess, TrainCase, TrainResult, decode, encode } from './keras';
import { ModelSpec, hydraModel, runForward } from './models';
import { Random, relativeDifference, report, toleranceUsed } from './numbers';

const STEPS = 20;
const BATCH = 16;
const RTOL = 1e-2;
const ATOL = 2e-3;
/**
 * Outputs near zero (a sum of terms of size ~0.5 that cancel) can differ by one ulp of the
 * terms: 2^-8 ≈ 3.9e-3 in bfloat16 (measured: exactly one such ulp, 0.5898 vs 0.5938), 2^-11 in float16.
 */
const OUTPUT_ATOL: Record<Policy, number> = { mixed_bfloat16: 2 ** -8, mixed_float16: 2 ** -11 };
/** The step whose targets are scaled ×1e4: its float16 gradients overflow at scale 2^15. */
const OVERFLOW_STEP = 5;

type Policy = 'mixed_bfloat16' | 'mixed_float16';

const MLP: ModelSpec = {
  inputs: { x: { shape: [8] } },
  layers: [
    { name: 'hidden1', kind: 'dense', inputs: ['x'], options: { units: 16, activation: 'relu' } },
    { name: 'hidden2', kind: 'dense', inputs: ['hidden1'], options: { units: 12, activation: 'tanh' } },
    { name: 'out', kind: 'dense', inputs: ['hidden2'], options: { units: 3 } },
  ],
  outputs: { y: 'out' },
};

const CONVNET: ModelSpec = {
  inputs: { image: { shape: [8, 8, 3] } },
  layers: [
    { name: 'conv1', kind: 'conv2d', inputs: ['image'], options: { filters: 6, kernelSize: 3, padding: 'same', activation: 'relu' } },
    { name: 'pool1', kind: 'maxPool2d', inputs: ['conv1'], options: { poolSize: 2 } },
    { name: 'flatten', kind: 'flatten', inputs: ['pool1'] },
    { name: 'logits', kind: 'dense', inputs: ['flatten'], options: { units: 4 } },
  ],
  outputs: { label: 'logits' },
};

/** A post-norm transformer block over [6, 8] with an int32 attention mask [6, 6] (1 attends). */
const TRANSFORMER: ModelSpec = {
  inputs: { x: { shape: [6, 8] }, m: { shape: [6, 6], dtype: 'int32' } },
  layers: [{ name: 'block', kind: 'transformerEncoder', inputs: ['x', 'm'], options: { numHeads: 2, keyDim: 4, ffDim: 16 } }],
  outputs: { y: 'block' },
};

/** Attention alone on Keras's Softmax-layer path (scores returned), masked as above. */
const ATTENTION_SCORES: ModelSpec = {
  inputs: TRANSFORMER.inputs,
  layers: [
    {
      name: 'mha',
      kind: 'multiHeadAttention',
      inputs: ['x', 'x', 'x', 'm'],
      options: { numHeads: 2, keyDim: 4, returnAttentionScores: true },
    },
  ],
  outputs: { y: 'mha' },
};

/** Sequences x, a random 0/1 mask whose first query row of example 0 attends to nothing, targets a smooth function of x. */
function transformerBatch(random: Random): HostBatch {
  const x = random.floats([BATCH, 6, 8]);
  const m = random.ints([BATCH, 6, 6], 2);
  (m.data as Int32Array).fill(0, 0, 6);
  const v = x.data as Float32Array;
  const y = Float32Array.from(v, (value, i) => Math.tanh(value + 0.5 * v[i - (i % 8) + ((i + 3) % 8)]));
  return { x, m, y: { dtype: 'float32', shape: [BATCH, 6, 8], data: y } };
}

function mlpBatch(random: Random, step: number): HostBatch {
  const x = random.floats([BATCH, 8]);
  const v = x.data as Float32Array;
  const scale = step === OVERFLOW_STEP ? 1e4 : 1;
  const y = Float32Array.from({ length: BATCH * 3 }, (_, i) => {
    const r = Math.floor(i / 3);
    const k = i % 3;
    return (
      scale *
      (k === 0 ? Math.sin(v[r * 8] + 2 * v[r * 8 + 1]) : k === 1 ? v[r * 8 + 2] * v[r * 8 + 3] : Math.tanh(v[r * 8 + 5] - v[r * 8 + 6]))
    );
  });
  return { x, y: { dtype: 'float32', shape: [BATCH, 3], data: y } };
}

function convBatch(random: Random): HostBatch {
  const image = random.floats([BATCH, 8, 8, 3], -0.5, 1.5);
  const pixels = image.data as Float32Array;
  const label = Int32Array.from({ length: BATCH }, (_, b) => {
    const sums = [0, 0, 0, 0];
    for (let h = 0; h < 8; h++) for (let w = 0; w < 8; w++) sums[(h < 4 ? 0 : 2) + (w < 4 ? 0 : 1)] += pixels[((b * 8 + h) * 8 + w) * 3];
    return sums.indexOf(Math.max(...sums));
  });
  return { image, label: { dtype: 'int32', shape: [BATCH], data: label } };
}

interface Case {
  id: string;
  policy: Policy;
  model: ModelSpec;
  loss: 'mlp' | 'conv';
  optimizer: { kind: 'sgd' | 'adam'; options: Record<string, number> };
  batches: HostBatch[];
  /** An explicit loss scale optimizer's options (otherwise compile's default wrapping). */
  lossScale?: { dynamicGrowthSteps: number };
}

function cases(): Case[] {
  const mlpBatches = (seed: number, overflow: boolean) => {
    const random = new Random(seed);
    return Array.from({ length: STEPS }, (_, step) => mlpBatch(random, overflow ? step : -1));
  };
  const convBatches = () => {
    const random = new Random(99);
    return Array.from({ length: STEPS }, () => convBatch(random));
  };
  const transformerBatches = () => {
    const random = new Random(23);
    return Array.from({ length: STEPS }, () => transformerBatch(random));
  };
  const adam = { kind: 'adam' as const, options: { learningRate: 0.01 } };
  const sgd = { kind: 'sgd' as const, options: { learningRate: 0.05, momentum: 0.9 } };
  return [
    { id: 'mlp/mixed_bfloat16/adam', policy: 'mixed_bfloat16', model: MLP, loss: 'mlp', optimizer: adam, batches: mlpBatches(7, false) },
    { id: 'convnet/mixed_bfloat16/sgd', policy: 'mixed_bfloat16', model: CONVNET, loss: 'conv', optimizer: sgd, batches: convBatches() },
    {
      id: 'mlp/mixed_float16/adam+overflow',
      policy: 'mixed_float16',
      model: MLP,
      loss: 'mlp',
      optimizer: adam,
      batches: mlpBatches(7, true),
    },
    { id: 'convnet/mixed_float16/sgd', policy: 'mixed_float16', model: CONVNET, loss: 'conv', optimizer: sgd, batches: convBatches() },
    // The growth rule: the scale doubles after every 4 finite steps in a row (and halves at step 5).
    // Attention under mixed policies: half-precision projections, Keras's float32 softmax of the
    // fused path. SGD, not Adam: the key bias's gradient is zero analytically (softmax ignores a
    // shift shared by a row's logits), so in half precision it is rounding noise, which Adam
    // would normalize into full-size steps of random sign on either side (measured: 0.86 relative).
    {
      id: 'transformer+mask/mixed_bfloat16/sgd',
      policy: 'mixed_bfloat16',
      model: TRANSFORMER,
      loss: 'mlp',
      optimizer: sgd,
      batches: transformerBatches(),
    },
    {
      id: 'transformer+mask/mixed_float16/sgd',
      policy: 'mixed_float16',
      model: TRANSFORMER,
      loss: 'mlp',
      optimizer: sgd,
      batches: transformerBatches(),
    },
    {
      id: 'attention-scores+mask/mixed_bfloat16/sgd',
      policy: 'mixed_bfloat16',
      model: ATTENTION_SCORES,
      loss: 'mlp',
      optimizer: sgd,
      batches: transformerBatches(),
    },
    {
      id: 'attention-scores+mask/mixed_float16/sgd',
      policy: 'mixed_float16',
      model: ATTENTION_SCORES,
      loss: 'mlp',
      optimizer: sgd,
      batches: transformerBatches(),
    },
    {
      id: 'mlp/mixed_float16/sgd+growth4',
      policy: 'mixed_float16',
      model: MLP,
      loss: 'mlp',
      optimizer: sgd,
      batches: mlpBatches(11, true),
      lossScale: { dynamicGrowthSteps: 4 },
    },
  ];
}

/** The spec's model with every layer created under `policy` (through the global setter, as a user would). */
function modelUnder(policy: Policy, spec: ModelSpec): nn.Model {
  nn.mixedPrecision.setGlobalPolicy(policy);
  try {
    return hydraModel(spec);
  } finally {
    nn.mixedPrecision.setGlobalPolicy('float32');
  }
}

const lossSpec = (c: Case): TrainCase['losses'] =>
  c.loss === 'mlp' ? { y: { kind: 'meanSquaredError' } } : { label: { kind: 'sparseCategoricalCrossentropy', fromLogits: true } };

const hydraLosses = new Map<string, Array<Record<string, number>>>();
const hydraWeights = new Map<string, Map<string, Tensor>>();
const hydraForward = new Map<string, Record<string, Tensor>>();
const kerasTrain = new Map<string, TrainResult>();
const kerasForward = new Map<string, ForwardResult>();
const checkpointDtypes = new Map<string, string[]>();

const ALL = cases().filter((c) => !process.env.ONLY || c.id.includes(process.env.ONLY));

// One Python process computes every case's reference; under a loaded machine it can pass jest's 120 s default.
const KERAS_REFERENCE_TIMEOUT_MS = 600_000;

beforeAll(async () => {
  const keras = new KerasProcess();
  try {
    const specs: Array<TrainCase | ForwardCase> = [];
    const runs: Array<() => Promise<void>> = [];
    for (const c of ALL) {
      const model = modelUnder(c.policy, c.model);
      const inner = c.optimizer.kind === 'adam' ? train.optimizers.adam(c.optimizer.options) : train.optimizers.sgd(c.optimizer.options);
      const trainer = train.compile(model, {
        optimizer: c.lossScale ? train.lossScaleOptimizer(inner, c.lossScale) : inner,
        loss: c.loss === 'mlp' ? train.losses.meanSquaredError() : train.losses.sparseCategoricalCrossentropy({ fromLogits: true }),
        seed: 17,
      });
      await trainer.build(c.batches[0]);
      const names = model.weights(trainer.graph).map((v) => v.name);
      const initial = await trainer.getWeights();
      const weights: Record<string, EncodedTensor> = Object.fromEntries(names.map((name) => [name, encode(initial.get(name)!)]));
      const encodeBatch = (batch: HostBatch) =>
        Object.fromEntries(Object.entries(batch).map(([key, value]) => [key, encode(value as HostTensor)]));
      specs.push({
        id: c.id,
        kind: 'train',
        model: c.model,
        weights,
        optimizer: c.optimizer,
        losses: lossSpec(c),
        lossWeights: null,
        batches: c.batches.map(encodeBatch),
        policy: c.policy,
        ...(c.lossScale ? { lossScale: c.lossScale } : {}),
      } as TrainCase);
      const inputs = Object.fromEntries(Object.keys(c.model.inputs).map((key) => [key, c.batches[1][key] as HostTensor]));
      specs.push({
        id: `${c.id}/forward`,
        kind: 'forward',
        model: c.model,
        weights,
        inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, encode(v)])),
        training: false,
        policy: c.policy,
      } as ForwardCase);
      runs.push(async () => {
        const forward = await runForward(modelUnder(c.policy, c.model), inputs, {
          training: false,
          weightsFor: (v) => initial.get(v.name)!.data() as Float32Array,
        });
        hydraForward.set(c.id, forward.outputs);
        const losses: Array<Record<string, number>> = [];
        for (const batch of c.batches) {
          const logs = await trainer.trainOnBatch(batch);
          const all = await trainer.getWeights();
          const scale = all.get('loss_scale/dynamic_scale');
          losses.push(scale ? { ...logs, loss_scale: (scale.data() as Float32Array)[0] } : logs);
        }
        const all = await trainer.getWeights();
        hydraLosses.set(c.id, losses);
        hydraWeights.set(c.id, new Map(names.map((name) => [name, all.get(name)!])));
        checkpointDtypes.set(
          c.id,
          [...all.values()].map((t) => t.dtype),
        );
        await trainer.close();
      });
    }
    const results = keras.run<TrainResult | ForwardResult>(specs);
    results.catch(() => undefined);
    for (const run of runs) await run();
    const done = await results;
    for (const [id, result] of Object.entries(done.cases)) {
      if (id.endsWith('/forward')) kerasForward.set(id.slice(0, -'/forward'.length), result as ForwardResult);
      else kerasTrain.set(id, result as TrainResult);
    }
  } finally {
    await keras.cancel();
  }
}, KERAS_REFERENCE_TIMEOUT_MS);

const summary: Array<[string, ...Array<string | number>]> = [];
afterAll(() =>
  report('mixed precision parity (largest relative difference among values >= 1e-2: forward, losses, final weights)', summary),
);

describe('mixed precision parity with Keras 3 (mixed_bfloat16, mixed_float16 with dynamic loss scaling)', () => {
  test.each(ALL.map((c) => [c.id]))('%s: forward outputs, 20 steps of losses and final weights agree within 1e-2 relative', (id) => {
    const forward = hydraForward.get(id)!;
    const kerasOut = kerasForward.get(id)!;
    let forwardRelative = 0;
    for (const [key, encoded] of Object.entries(kerasOut.outputs)) {
      const ours = forward[key].data() as Float32Array;
      const theirs = decode(encoded).data as Float32Array;
      expect(forward[key].dtype).toBe('float32');
      expect(
        toleranceUsed(ours, theirs, RTOL, OUTPUT_ATOL[ALL.find((c) => c.id === id)!.policy], `${id} output ${key}`),
      ).toBeLessThanOrEqual(1);
      forwardRelative = Math.max(forwardRelative, relativeDifference(ours, theirs));
    }
    const ours = hydraLosses.get(id)!;
    const theirs = kerasTrain.get(id)!.losses;
    expect(ours).toHaveLength(STEPS);
    expect(theirs).toHaveLength(STEPS);
    const lossesOurs = ours.map((l) => l.loss);
    const lossesTheirs = theirs.map((l) => l.loss);
    expect(toleranceUsed(lossesOurs, lossesTheirs, RTOL, 1e-4, `${id} losses`)).toBeLessThanOrEqual(1);
    let weightRelative = 0;
    for (const [name, encoded] of Object.entries(kerasTrain.get(id)!.weights)) {
      const mine = hydraWeights.get(id)!.get(name)!;
      expect(mine.dtype).toBe('float32');
      const a = mine.data() as Float32Array;
      const b = decode(encoded).data as Float32Array;
      expect(toleranceUsed(a, b, RTOL, ATOL, `${id} weight ${name}`)).toBeLessThanOrEqual(1);
      weightRelative = Math.max(weightRelative, relativeDifference(a, b));
    }
    summary.push([id, forwardRelative, relativeDifference(lossesOurs, lossesTheirs), weightRelative]);
  });

  test('mixed_float16: the loss scale follows Keras step by step (2^15, halved at the overflow step, doubled after the growth steps)', () => {
    for (const c of ALL.filter((c) => c.policy === 'mixed_float16')) {
      const ours = hydraLosses.get(c.id)!.map((l) => l.loss_scale);
      const theirs = kerasTrain.get(c.id)!.losses.map((l) => l.loss_scale);
      expect(ours).toEqual(theirs);
      // The rules, step by step: after step s the scale is the one Keras's rules give.
      const growth = c.lossScale?.dynamicGrowthSteps ?? 2000;
      const overflow = c.id.includes('overflow') || c.lossScale !== undefined;
      let scale = 2 ** 15;
      let finiteInARow = 0;
      const expected = ours.map((_, step) => {
        if (overflow && step === OVERFLOW_STEP) {
          scale /= 2;
          finiteInARow = 0;
        } else if (++finiteInARow === growth) {
          scale *= 2;
          finiteInARow = 0;
        }
        return scale;
      });
      expect(ours).toEqual(expected);
    }
  });

  test('variables stay float32 (weights, slots, loss scale)', () => {
    for (const c of ALL) {
      const dtypes = checkpointDtypes.get(c.id)!;
      expect(dtypes.filter((d) => d === 'bfloat16' || d === 'float16')).toEqual([]);
    }
  });
});
