// Forward parity with Keras 3: every layer kind, alone in a model, with the same (non-default,
// random) weights on both sides, run on the same inputs. Outputs agree within 1e-5 absolute
// (float32 outputs of size ~1 carry rounding of ~1e-7 per op; 1e-5 leaves room for a few dozen
// ops and catches any difference of formula, constant or default, which shows at 1e-3 or more).
import { nn } from '../../lib';
import type { HostTensor } from '../../lib/data';
import { ForwardCase, ForwardResult, KerasProcess, decode, encode } from './keras';
import { LayerKind, ModelSpec, hydraModel, runForward } from './models';
import { Random, report } from './numbers';
import { maxAbsDiff } from '../support/numeric';

const TOLERANCE = 1e-5;

interface Case {
  id: string;
  model: ModelSpec;
  inputs: (random: Random) => Record<string, HostTensor>;
  /** Training behaviour (batch statistics, moving-average updates). Default: inference. */
  training?: boolean;
}

/** A model of one layer (named "layer") on one input "x" of per-example shape `shape`. */
function oneLayer(kind: LayerKind, options: Record<string, unknown>, shape: number[], dtype: 'float32' | 'int32' = 'float32'): ModelSpec {
  return { inputs: { x: { shape, dtype } }, layers: [{ name: 'layer', kind, inputs: ['x'], options }], outputs: { y: 'layer' } };
}

/** Inputs for `x`: `batch` examples uniform in [low, high). */
function floats(batch: number, shape: number[], low = -2, high = 2) {
  return (random: Random) => ({ x: random.floats([batch, ...shape], low, high) });
}

/** A merge layer (named "layer") on inputs a, b, c, ... of the given per-example shapes. */
function merge(kind: LayerKind, shapes: number[][]): ModelSpec {
  const names = shapes.map((_, i) => String.fromCharCode(97 + i));
  return {
    inputs: Object.fromEntries(names.map((n, i) => [n, { shape: shapes[i] }])),
    layers: [{ name: 'layer', kind, inputs: names }],
    outputs: { y: 'layer' },
  };
}

function mergeInputs(batch: number, shapes: number[][]) {
  return (random: Random) => Object.fromEntries(shapes.map((shape, i) => [String.fromCharCode(97 + i), random.floats([batch, ...shape])]));
}

/**
 * A multiHeadAttention (named "layer") on query q [T, F] and value v [S, Fv], and a key k [S, Fk]
 * and an int32 attention mask m [T, S] (1 attends, 0 not) when given.
 */
function attention(options: Record<string, unknown>, shapes: { q: number[]; v?: number[]; k?: number[]; mask?: number[] }): ModelSpec {
  const inputs: ModelSpec['inputs'] = { q: { shape: shapes.q } };
  const names = ['q'];
  if (shapes.v) inputs.v = { shape: shapes.v };
  names.push(shapes.v ? 'v' : 'q');
  if (shapes.k) inputs.k = { shape: shapes.k };
  if (shapes.k || shapes.mask) names.push(shapes.k ? 'k' : names[1]);
  if (shapes.mask) {
    inputs.m = { shape: shapes.mask, dtype: 'int32' };
    names.push('m');
  }
  const outputs: Record<string, string> = { y: 'layer' };
  if (options.returnAttentionScores) outputs.scores = 'layer#1';
  return { inputs, layers: [{ name: 'layer', kind: 'multiHeadAttention', inputs: names, options }], outputs };
}

/** Inputs for an attention spec: floats for q, v, k; a 0/1 mask whose first query row of example 0 attends to nothing. */
function attentionInputs(batch: number, shapes: { q: number[]; v?: number[]; k?: number[]; mask?: number[] }) {
  return (random: Random) => {
    const result: Record<string, HostTensor> = { q: random.floats([batch, ...shapes.q]) };
    if (shapes.v) result.v = random.floats([batch, ...shapes.v]);
    if (shapes.k) result.k = random.floats([batch, ...shapes.k]);
    if (shapes.mask) {
      const mask = random.ints([batch, ...shapes.mask], 2);
      (mask.data as Int32Array).fill(0, 0, shapes.mask[shapes.mask.length - 1]);
      result.m = mask;
    }
    return result;
  };
}

function encoder(options: Record<string, unknown>, shape: number[], mask = false): ModelSpec {
  const inputs: ModelSpec['inputs'] = { x: { shape } };
  if (mask) inputs.m = { shape: [shape[0], shape[0]], dtype: 'int32' };
  return {
    inputs,
    layers: [{ name: 'block', kind: 'transformerEncoder', inputs: mask ? ['x', 'm'] : ['x'], options }],
    outputs: { y: 'block' },
  };
}

const ACTIVATIONS = Object.keys(nn.activations.ACTIVATIONS);

const CASES: Case[] = [
  // Every activation hydra-tf knows, against Keras's function of the same name (leakyRelu is
  // keras.activations.leaky_relu, negative slope 0.2; gelu the exact erf form). Inputs reach
  // ±3, so the negative branches and saturation are exercised.
  ...ACTIVATIONS.map((activation) => ({
    id: `dense/${activation}`,
    model: oneLayer('dense', { units: 5, activation }, [6]),
    inputs: floats(4, [6], -3, 3),
  })),
  { id: 'dense/rank3 input', model: oneLayer('dense', { units: 5, activation: 'relu' }, [3, 6]), inputs: floats(4, [3, 6]) },
  { id: 'dense/no bias', model: oneLayer('dense', { units: 5, useBias: false }, [6]), inputs: floats(4, [6]) },
  { id: 'conv2d/valid', model: oneLayer('conv2d', { filters: 4, kernelSize: 3 }, [9, 9, 3]), inputs: floats(2, [9, 9, 3]) },
  {
    id: 'conv2d/same relu',
    model: oneLayer('conv2d', { filters: 4, kernelSize: 3, padding: 'same', activation: 'relu' }, [9, 9, 3]),
    inputs: floats(2, [9, 9, 3]),
  },
  {
    id: 'conv2d/strides 2 same',
    model: oneLayer('conv2d', { filters: 4, kernelSize: 3, strides: 2, padding: 'same' }, [9, 9, 3]),
    inputs: floats(2, [9, 9, 3]),
  },
  {
    id: 'conv2d/kernel 2x3 strides 2x1 valid',
    model: oneLayer('conv2d', { filters: 4, kernelSize: [2, 3], strides: [2, 1] }, [9, 9, 3]),
    inputs: floats(2, [9, 9, 3]),
  },
  {
    id: 'conv2d/dilation 2 same',
    model: oneLayer('conv2d', { filters: 4, kernelSize: 3, dilationRate: 2, padding: 'same' }, [9, 9, 3]),
    inputs: floats(2, [9, 9, 3]),
  },
  {
    id: 'conv2d/dilation 2 valid',
    model: oneLayer('conv2d', { filters: 4, kernelSize: 3, dilationRate: 2 }, [9, 9, 3]),
    inputs: floats(2, [9, 9, 3]),
  },
  // Odd sizes, so "same" pads and the last window of "valid" is cut.
  { id: 'maxPool2d/2', model: oneLayer('maxPool2d', { poolSize: 2 }, [7, 7, 3]), inputs: floats(2, [7, 7, 3]) },
  {
    id: 'maxPool2d/3 strides 2 same',
    model: oneLayer('maxPool2d', { poolSize: 3, strides: 2, padding: 'same' }, [7, 7, 3]),
    inputs: floats(2, [7, 7, 3]),
  },
  { id: 'avgPool2d/2', model: oneLayer('avgPool2d', { poolSize: 2 }, [7, 7, 3]), inputs: floats(2, [7, 7, 3]) },
  // Border windows average only the real elements (padding is not counted), in both.
  {
    id: 'avgPool2d/3 strides 2 same',
    model: oneLayer('avgPool2d', { poolSize: 3, strides: 2, padding: 'same' }, [7, 7, 3]),
    inputs: floats(2, [7, 7, 3]),
  },
  { id: 'globalAveragePooling2d', model: oneLayer('globalAveragePooling2d', {}, [5, 6, 3]), inputs: floats(2, [5, 6, 3]) },
  { id: 'flatten', model: oneLayer('flatten', {}, [3, 4, 2]), inputs: floats(2, [3, 4, 2]) },
  { id: 'reshape/[4, -1]', model: oneLayer('reshape', { targetShape: [4, -1] }, [3, 4, 2]), inputs: floats(2, [3, 4, 2]) },
  {
    id: 'concatenate/last axis',
    model: {
      inputs: { a: { shape: [3] }, b: { shape: [5] } },
      layers: [{ name: 'layer', kind: 'concatenate', inputs: ['a', 'b'] }],
      outputs: { y: 'layer' },
    },
    inputs: (random) => ({ a: random.floats([2, 3]), b: random.floats([2, 5]) }),
  },
  {
    id: 'concatenate/axis 1',
    model: {
      inputs: { a: { shape: [2, 3] }, b: { shape: [4, 3] } },
      layers: [{ name: 'layer', kind: 'concatenate', inputs: ['a', 'b'], options: { axis: 1 } }],
      outputs: { y: 'layer' },
    },
    inputs: (random) => ({ a: random.floats([2, 2, 3]), b: random.floats([2, 4, 3]) }),
  },
  { id: 'activation layer/gelu', model: oneLayer('activation', { activation: 'gelu' }, [2, 5]), inputs: floats(3, [2, 5], -3, 3) },
  { id: 'dropout/inference is the identity', model: oneLayer('dropout', { rate: 0.5 }, [10]), inputs: floats(4, [10]) },
  // Inference: the moving statistics (given, random) normalize.
  { id: 'batchNormalization/inference', model: oneLayer('batchNormalization', { momentum: 0.9 }, [4, 4, 3]), inputs: floats(4, [4, 4, 3]) },
  {
    id: 'batchNormalization/inference axis 1',
    model: oneLayer('batchNormalization', { axis: 1, epsilon: 1e-2 }, [3, 4, 5]),
    inputs: floats(4, [3, 4, 5]),
  },
  // Training: batch statistics normalize, and the moving statistics move (compared too).
  {
    id: 'batchNormalization/training',
    model: oneLayer('batchNormalization', { momentum: 0.9 }, [4, 4, 3]),
    inputs: floats(8, [4, 4, 3], -1, 3),
    training: true,
  },
  // Features far from zero (raw measurements, e.g. BN as the first layer): the variance must
  // be computed around the mean, as tf.nn.moments does, not as E[x²] − E[x]², which loses
  // most of float32's digits when the mean is large.
  {
    id: 'batchNormalization/training, features far from zero',
    model: oneLayer('batchNormalization', {}, [5]),
    inputs: floats(32, [5], 99, 101),
    training: true,
  },
  { id: 'layerNormalization/last axis', model: oneLayer('layerNormalization', {}, [8]), inputs: floats(4, [8]) },
  {
    id: 'layerNormalization/axes [-2, -1]',
    model: oneLayer('layerNormalization', { axis: [-2, -1], epsilon: 1e-5 }, [3, 4]),
    inputs: floats(4, [3, 4]),
  },
  { id: 'layerNormalization/features far from zero', model: oneLayer('layerNormalization', {}, [16]), inputs: floats(4, [16], 99, 101) },
  {
    id: 'embedding',
    model: oneLayer('embedding', { inputDim: 20, outputDim: 6 }, [7], 'int32'),
    inputs: (random) => ({ x: random.ints([3, 7], 20) }),
  },
  { id: 'lstm/last output', model: oneLayer('lstm', { units: 8 }, [12, 5]), inputs: floats(3, [12, 5], -1, 1) },
  { id: 'lstm/sequences', model: oneLayer('lstm', { units: 8, returnSequences: true }, [12, 5]), inputs: floats(3, [12, 5], -1, 1) },
  { id: 'lstm/100 steps', model: oneLayer('lstm', { units: 8, returnSequences: true }, [100, 5]), inputs: floats(3, [100, 5], -1, 1) },
  // Merge layers on two or three inputs; "broadcast" has a size-1 dimension on one side, which Keras allows.
  ...(['add', 'subtract', 'multiply', 'average', 'maximum', 'minimum'] as const).map((kind) => ({
    id: `${kind}/2 inputs`,
    model: merge(kind, [
      [4, 3],
      [4, 3],
    ]),
    inputs: mergeInputs(2, [
      [4, 3],
      [4, 3],
    ]),
  })),
  ...(['add', 'multiply', 'average', 'maximum', 'minimum'] as const).map((kind) => ({
    id: `${kind}/3 inputs`,
    model: merge(kind, [[5], [5], [5]]),
    inputs: mergeInputs(3, [[5], [5], [5]]),
  })),
  {
    id: 'add/broadcast [4, 1] + [4, 3]',
    model: merge('add', [
      [4, 1],
      [4, 3],
    ]),
    inputs: mergeInputs(2, [
      [4, 1],
      [4, 3],
    ]),
  },
  { id: 'conv1d/valid', model: oneLayer('conv1d', { filters: 4, kernelSize: 3 }, [11, 3]), inputs: floats(2, [11, 3]) },
  {
    id: 'conv1d/same relu strides 2',
    model: oneLayer('conv1d', { filters: 4, kernelSize: 3, strides: 2, padding: 'same', activation: 'relu' }, [11, 3]),
    inputs: floats(2, [11, 3]),
  },
  {
    id: 'conv1d/causal dilation 2',
    model: oneLayer('conv1d', { filters: 4, kernelSize: 3, dilationRate: 2, padding: 'causal' }, [11, 3]),
    inputs: floats(2, [11, 3]),
  },
  {
    id: 'conv1d/no bias dilation 2 valid',
    model: oneLayer('conv1d', { filters: 2, kernelSize: 2, dilationRate: 2, useBias: false }, [11, 3]),
    inputs: floats(2, [11, 3]),
  },
  { id: 'maxPool1d/2', model: oneLayer('maxPool1d', { poolSize: 2 }, [7, 3]), inputs: floats(2, [7, 3]) },
  {
    id: 'maxPool1d/3 strides 2 same',
    model: oneLayer('maxPool1d', { poolSize: 3, strides: 2, padding: 'same' }, [7, 3]),
    inputs: floats(2, [7, 3]),
  },
  {
    id: 'avgPool1d/3 strides 2 same',
    model: oneLayer('avgPool1d', { poolSize: 3, strides: 2, padding: 'same' }, [7, 3]),
    inputs: floats(2, [7, 3]),
  },
  { id: 'globalAveragePooling1d', model: oneLayer('globalAveragePooling1d', {}, [6, 3]), inputs: floats(2, [6, 3]) },
  { id: 'globalMaxPooling1d', model: oneLayer('globalMaxPooling1d', {}, [6, 3]), inputs: floats(2, [6, 3]) },
  { id: 'simpleRnn/last output', model: oneLayer('simpleRnn', { units: 6 }, [12, 5]), inputs: floats(3, [12, 5], -1, 1) },
  {
    id: 'simpleRnn/sequences relu',
    model: oneLayer('simpleRnn', { units: 6, activation: 'relu', returnSequences: true }, [12, 5]),
    inputs: floats(3, [12, 5], -1, 1),
  },
  {
    id: 'simpleRnn/go backwards sequences',
    model: oneLayer('simpleRnn', { units: 6, goBackwards: true, returnSequences: true }, [12, 5]),
    inputs: floats(3, [12, 5], -1, 1),
  },
  { id: 'gru/last output', model: oneLayer('gru', { units: 8 }, [12, 5]), inputs: floats(3, [12, 5], -1, 1) },
  { id: 'gru/sequences', model: oneLayer('gru', { units: 8, returnSequences: true }, [12, 5]), inputs: floats(3, [12, 5], -1, 1) },
  {
    id: 'gru/resetAfter false',
    model: oneLayer('gru', { units: 8, resetAfter: false, returnSequences: true }, [12, 5]),
    inputs: floats(3, [12, 5], -1, 1),
  },
  {
    id: 'gru/go backwards no bias',
    model: oneLayer('gru', { units: 8, goBackwards: true, useBias: false }, [12, 5]),
    inputs: floats(3, [12, 5], -1, 1),
  },
  { id: 'gru/100 steps', model: oneLayer('gru', { units: 8, returnSequences: true }, [100, 5]), inputs: floats(3, [100, 5], -1, 1) },
  {
    id: 'lstm/go backwards sequences',
    model: oneLayer('lstm', { units: 4, goBackwards: true, returnSequences: true }, [6, 3]),
    inputs: floats(3, [6, 3], -1, 1),
  },
  {
    id: 'bidirectional/gru concat',
    model: oneLayer('bidirectional', { layer: { kind: 'gru', name: 'rnn', options: { units: 5 } } }, [9, 4]),
    inputs: floats(3, [9, 4], -1, 1),
  },
  {
    id: 'bidirectional/lstm sequences sum',
    model: oneLayer(
      'bidirectional',
      { layer: { kind: 'lstm', name: 'rnn', options: { units: 5, returnSequences: true } }, mergeMode: 'sum' },
      [9, 4],
    ),
    inputs: floats(3, [9, 4], -1, 1),
  },
  {
    id: 'bidirectional/simpleRnn sequences ave',
    model: oneLayer(
      'bidirectional',
      { layer: { kind: 'simpleRnn', name: 'rnn', options: { units: 5, returnSequences: true } }, mergeMode: 'ave' },
      [9, 4],
    ),
    inputs: floats(3, [9, 4], -1, 1),
  },
  {
    id: 'bidirectional/gru sequences mul',
    model: oneLayer(
      'bidirectional',
      { layer: { kind: 'gru', name: 'rnn', options: { units: 5, returnSequences: true } }, mergeMode: 'mul' },
      [9, 4],
    ),
    inputs: floats(3, [9, 4], -1, 1),
  },
  // MultiHeadAttention: Keras 3.15's fused path (rank-3 query, no dropout, no scores) and its
  // Softmax-layer path (scores returned, dropout, higher-rank queries), with and without masks.
  {
    id: 'multiHeadAttention/self-attention',
    model: attention({ numHeads: 2, keyDim: 4 }, { q: [6, 8] }),
    inputs: attentionInputs(3, { q: [6, 8] }),
  },
  {
    id: 'multiHeadAttention/cross-attention, key, valueDim, outputShape',
    model: attention({ numHeads: 3, keyDim: 4, valueDim: 2, outputShape: 5 }, { q: [5, 8], v: [7, 6], k: [7, 3] }),
    inputs: attentionInputs(3, { q: [5, 8], v: [7, 6], k: [7, 3] }),
  },
  {
    id: 'multiHeadAttention/no bias, outputShape [2, 3]',
    model: attention({ numHeads: 2, keyDim: 3, useBias: false, outputShape: [2, 3] }, { q: [4, 6], v: [5, 6] }),
    inputs: attentionInputs(2, { q: [4, 6], v: [5, 6] }),
  },
  {
    id: 'multiHeadAttention/attention mask (a fully masked row)',
    model: attention({ numHeads: 2, keyDim: 4 }, { q: [5, 8], v: [7, 8], mask: [5, 7] }),
    inputs: attentionInputs(3, { q: [5, 8], v: [7, 8], mask: [5, 7] }),
  },
  // A padding mask [B, 1, S] broadcasts over the query positions (and the heads), as in Keras.
  {
    id: 'multiHeadAttention/padding mask [1, S] broadcast',
    model: attention({ numHeads: 2, keyDim: 4 }, { q: [5, 8], v: [7, 8], mask: [1, 7] }),
    inputs: attentionInputs(3, { q: [5, 8], v: [7, 8], mask: [1, 7] }),
  },
  {
    id: 'multiHeadAttention/causal',
    model: attention({ numHeads: 2, keyDim: 4, useCausalMask: true }, { q: [6, 8] }),
    inputs: attentionInputs(3, { q: [6, 8] }),
  },
  {
    id: 'multiHeadAttention/causal and attention mask',
    model: attention({ numHeads: 2, keyDim: 4, useCausalMask: true }, { q: [6, 8], mask: [6, 6] }),
    inputs: attentionInputs(3, { q: [6, 8], mask: [6, 6] }),
  },
  {
    id: 'multiHeadAttention/scores returned, masked',
    model: attention({ numHeads: 2, keyDim: 4, returnAttentionScores: true }, { q: [5, 8], v: [7, 8], mask: [5, 7] }),
    inputs: attentionInputs(3, { q: [5, 8], v: [7, 8], mask: [5, 7] }),
  },
  {
    id: 'multiHeadAttention/scores returned, causal',
    model: attention({ numHeads: 2, keyDim: 4, useCausalMask: true, returnAttentionScores: true }, { q: [6, 8] }),
    inputs: attentionInputs(2, { q: [6, 8] }),
  },
  {
    id: 'multiHeadAttention/dropout (inference), masked',
    model: attention({ numHeads: 2, keyDim: 4, dropout: 0.3 }, { q: [5, 8], v: [7, 8], mask: [5, 7] }),
    inputs: attentionInputs(3, { q: [5, 8], v: [7, 8], mask: [5, 7] }),
  },
  {
    id: 'multiHeadAttention/rank-4 query, default axes (2-D attention)',
    model: attention({ numHeads: 2, keyDim: 3, returnAttentionScores: true }, { q: [3, 4, 6], v: [2, 5, 6] }),
    inputs: attentionInputs(2, { q: [3, 4, 6], v: [2, 5, 6] }),
  },
  {
    id: 'multiHeadAttention/rank-4 query, attentionAxes [2]',
    model: attention({ numHeads: 2, keyDim: 3, attentionAxes: [2] }, { q: [3, 4, 6], v: [3, 5, 6] }),
    inputs: attentionInputs(2, { q: [3, 4, 6], v: [3, 5, 6] }),
  },
  { id: 'transformerEncoder/post-norm', model: encoder({ numHeads: 2, keyDim: 4, ffDim: 16 }, [6, 8]), inputs: floats(3, [6, 8]) },
  {
    id: 'transformerEncoder/normalizeFirst gelu, masked',
    model: encoder({ numHeads: 2, keyDim: 4, ffDim: 16, normalizeFirst: true, activation: 'gelu', epsilon: 1e-5 }, [6, 8], true),
    inputs: (random) => {
      const { q, m } = attentionInputs(3, { q: [6, 8], mask: [6, 6] })(random);
      return { x: q, m };
    },
  },
  {
    id: 'transformerEncoder/causal, dropout (inference)',
    model: encoder({ numHeads: 4, keyDim: 2, ffDim: 12, useCausalMask: true, dropout: 0.2 }, [6, 8]),
    inputs: floats(3, [6, 8]),
  },
];

function seedOf(text: string): number {
  return [...text].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0;
}

/**
 * Weights unlike any initializer's, so a default that only one side applies shows: kernels
 * uniform within the Glorot bound of their shape, vectors (biases, β, moving means) in
 * [-0.5, 0.5], scales (γ) and moving variances in [0.5, 1.5].
 */
function randomWeights(caseId: string) {
  return (variable: nn.Variable): Float32Array => {
    const random = new Random(seedOf(`${caseId}:${variable.name}`));
    const size = variable.shape.reduce((a, b) => a * b, 1);
    const short = variable.name.split('/').pop()!;
    let [low, high] = [-0.5, 0.5];
    if (short === 'gamma' || short === 'moving_variance') [low, high] = [0.5, 1.5];
    else if (variable.shape.length >= 2) {
      const { fanIn, fanOut } = nn.initializers.fans(variable.shape);
      high = Math.sqrt(6 / (fanIn + fanOut));
      low = -high;
    }
    return Float32Array.from({ length: size }, () => random.uniform(low, high));
  };
}

interface HydraForward {
  inputs: Record<string, HostTensor>;
  outputs: Record<string, Float32Array>;
  weightsAfter: Map<string, Float32Array>;
}

const hydra = new Map<string, HydraForward>();
const keras = new Map<string, ForwardResult>();

// One Python process computes every case's reference; under a loaded machine it can pass jest's 120 s default.
const KERAS_REFERENCE_TIMEOUT_MS = 600_000;

beforeAll(async () => {
  const python = new KerasProcess();
  try {
    const specs: ForwardCase[] = [];
    for (const c of CASES) {
      const inputs = c.inputs(new Random(seedOf(c.id)));
      const run = await runForward(hydraModel(c.model), inputs, { training: c.training ?? false, weightsFor: randomWeights(c.id) });
      hydra.set(c.id, {
        inputs,
        outputs: Object.fromEntries(Object.entries(run.outputs).map(([name, t]) => [name, t.data() as Float32Array])),
        weightsAfter: new Map([...run.weightsAfter].map(([name, t]) => [name, t.data() as Float32Array])),
      });
      specs.push({
        id: c.id,
        kind: 'forward',
        model: c.model,
        weights: Object.fromEntries([...run.weightsBefore].map(([name, t]) => [name, encode(t)])),
        inputs: Object.fromEntries(Object.entries(inputs).map(([name, t]) => [name, encode(t)])),
        training: c.training ?? false,
      });
    }
    const results = await python.run<ForwardResult>(specs);
    for (const [id, result] of Object.entries(results.cases)) keras.set(id, result);
  } finally {
    await python.cancel();
  }
}, KERAS_REFERENCE_TIMEOUT_MS);

const summary: Array<[string, ...Array<string | number>]> = [];
afterAll(() => report('forward parity (max abs difference of the outputs)', summary));

describe('forward parity with Keras 3: one layer, the same weights and inputs', () => {
  test('every activation hydra-tf offers is covered', () => {
    expect(ACTIVATIONS.sort()).toEqual([
      'elu',
      'gelu',
      'leakyRelu',
      'linear',
      'logSoftmax',
      'relu',
      'relu6',
      'selu',
      'sigmoid',
      'softmax',
      'softplus',
      'swish',
      'tanh',
    ]);
  });

  test.each(CASES.map((c) => [c.id]))('%s', (id) => {
    const ours = hydra.get(id)!;
    const theirs = keras.get(id)!;
    expect(Object.keys(theirs.outputs)).toEqual(Object.keys(ours.outputs));
    let worst = 0;
    for (const [name, values] of Object.entries(ours.outputs)) {
      const reference = decode(theirs.outputs[name]);
      const difference = maxAbsDiff(values, reference.data as Float32Array, `${id} output ${name}`);
      worst = Math.max(worst, difference);
      if (!(difference <= TOLERANCE))
        throw new Error(`${id}: output "${name}" differs from Keras's by up to ${difference.toExponential(2)} (tolerance ${TOLERANCE})`);
    }
    // Weights after the call: unchanged in inference; moved moving statistics in training.
    for (const [name, values] of ours.weightsAfter) {
      const difference = maxAbsDiff(values, decode(theirs.weights[name]).data as Float32Array, `${id} weight ${name}`);
      if (!(difference <= TOLERANCE))
        throw new Error(
          `${id}: weight "${name}" after the call differs from Keras's by up to ${difference.toExponential(2)} (tolerance ${TOLERANCE})`,
        );
    }
    summary.push([id.padEnd(52), worst]);
  });

  test('dropout in inference returns its input exactly', () => {
    const run = hydra.get('dropout/inference is the identity')!;
    expect(Array.from(run.outputs.y)).toEqual(Array.from(run.inputs.x.data as Float32Array));
  });

  test('batch normalization in training moved its moving statistics', () => {
    // The comparison above would be vacuous if neither side updated them.
    const run = hydra.get('batchNormalization/training, features far from zero')!;
    const mean = run.weightsAfter.get('layer/moving_mean')!;
    // moving = 0.99·moving + 0.01·batch mean (≈ 100): a move of ≈ 1 from the initial [-0.5, 0.5].
    expect(Math.min(...mean)).toBeGreaterThan(0.4);
  });
});
