// Training parity with Keras 3 (TensorFlow backend): the same model in hydra-tf and in Keras,
// from the same initial weights (hydra-tf's, moved to Keras), trained 20 steps on the same
// batches with SGD (momentum) and with Adam. Every step's loss (regularization included,
// computed before the update, as train_on_batch reports it), every output's loss, and the
// final weights (BN moving statistics included) agree within 1e-4 relative, with the absolute
// floors for values near zero given below.
import { Tensor, nn, train } from '../../lib';
import type { HostBatch, HostTensor } from '../../lib/data';
import { EncodedTensor, KerasProcess, TrainCase, TrainResult, decode, encode } from './keras';
import { LossSpec, ModelSpec, OptimizerSpec, hydraLoss, hydraModel, hydraOptimizer } from './models';
import { Random, relativeDifference, report, toleranceUsed } from './numbers';
import { maxAbsDiff } from '../support/numeric';

const STEPS = 20;
const BATCH = 16;

// Agreement means |a − b| <= RTOL·max(|a|, |b|) + atol, element by element.
const RTOL = 1e-4;
// Losses, and weights trained with SGD: SGD's steps are proportional to the gradients, so
// rounding differences (float32 sums in another order) stay proportional too; 1e-6 is a few
// dozen float32 roundings of a value of size 0.5 (spacing 6e-8), accumulated over 20 steps.
const ATOL = 1e-6;
/**
 * Weights trained with Adam: a thousandth of one step. Adam's steps have size ~lr whatever the
 * gradient's size (m/√v), so for a weight whose gradients alternate in sign (m ≈ 0) rounding
 * differences of the gradients are not damped but turned into fractions of a step (seen:
 * 1.1e-6 = 1.1e-4 of a step at lr 0.01, on near-zero LSTM kernel entries, after 20 steps).
 */
function weightAtol(optimizer: OptimizerSpec): number {
  return optimizer.kind === 'adam' ? 1e-3 * (optimizer.options?.learningRate ?? 0.001) : ATOL;
}

interface Architecture {
  model: ModelSpec;
  losses: Record<string, LossSpec>;
  lossWeights?: Record<string, number>;
  /** The next batch (inputs, and labels by output name) from `random`. */
  batch: (random: Random) => HostBatch;
}

function column(rows: number, per: number, fn: (row: number, k: number) => number): Float32Array {
  return Float32Array.from({ length: rows * per }, (_, i) => fn(Math.floor(i / per), i % per));
}

function sequenceArchitecture(vocabulary: number, tokens: (random: Random) => HostTensor): Architecture {
  return {
    model: {
      inputs: { tokens: { shape: [10], dtype: 'int32' } },
      layers: [
        { name: 'embed', kind: 'embedding', inputs: ['tokens'], options: { inputDim: vocabulary, outputDim: 5 } },
        { name: 'lstm', kind: 'lstm', inputs: ['embed'], options: { units: 8 } },
        { name: 'norm', kind: 'layerNormalization', inputs: ['lstm'] },
        { name: 'logits', kind: 'dense', inputs: ['norm'], options: { units: 3 } },
      ],
      outputs: { label: 'logits' },
    },
    losses: { label: { kind: 'sparseCategoricalCrossentropy', fromLogits: true } },
    batch: (random) => {
      const ids = tokens(random);
      const t = ids.data as Int32Array;
      // The class: the first id's residue mod 3 (the LSTM must carry it through 10 steps).
      return { tokens: ids, label: { dtype: 'int32', shape: [BATCH], data: Int32Array.from({ length: BATCH }, (_, r) => t[r * 10] % 3) } };
    },
  };
}

const ARCHITECTURES: Record<string, Architecture> = {
  // (a) An MLP with L2 penalties on kernels (and one bias): the loss includes l2·Σw².
  mlp_l2: {
    model: {
      inputs: { x: { shape: [8] } },
      layers: [
        { name: 'hidden1', kind: 'dense', inputs: ['x'], options: { units: 16, activation: 'relu', kernelRegularizer: { l2: 0.01 } } },
        {
          name: 'hidden2',
          kind: 'dense',
          inputs: ['hidden1'],
          options: { units: 12, activation: 'tanh', kernelRegularizer: { l2: 0.01 }, biasRegularizer: { l2: 0.005 } },
        },
        { name: 'out', kind: 'dense', inputs: ['hidden2'], options: { units: 3 } },
      ],
      outputs: { y: 'out' },
    },
    losses: { y: { kind: 'meanSquaredError' } },
    batch: (random) => {
      const x = random.floats([BATCH, 8]);
      const v = x.data as Float32Array;
      const at = (row: number, k: number) => v[row * 8 + k];
      const targets = [
        (r: number) => Math.sin(at(r, 0) + 2 * at(r, 1)),
        (r: number) => at(r, 2) * at(r, 3) - at(r, 4),
        (r: number) => Math.tanh(at(r, 5) - at(r, 6) + at(r, 7)),
      ];
      return { x, y: { dtype: 'float32', shape: [BATCH, 3], data: column(BATCH, 3, (row, k) => targets[k](row)) } };
    },
  },
  // (b) A small conv net with batch normalization (batch statistics in training, moving
  // statistics updated every step). The convolution before BN has no bias, as usual: BN
  // cancels a bias, whose gradient is then pure rounding noise that Adam would amplify
  // into steps of size lr in arbitrary directions, in both libraries, differently.
  convnet_bn: {
    model: {
      inputs: { image: { shape: [8, 8, 3] } },
      layers: [
        { name: 'conv1', kind: 'conv2d', inputs: ['image'], options: { filters: 6, kernelSize: 3, padding: 'same', useBias: false } },
        { name: 'bn1', kind: 'batchNormalization', inputs: ['conv1'], options: { momentum: 0.9, epsilon: 1e-3 } },
        { name: 'relu1', kind: 'activation', inputs: ['bn1'], options: { activation: 'relu' } },
        { name: 'pool1', kind: 'maxPool2d', inputs: ['relu1'], options: { poolSize: 2 } },
        { name: 'conv2', kind: 'conv2d', inputs: ['pool1'], options: { filters: 8, kernelSize: 3, activation: 'relu' } },
        { name: 'flatten', kind: 'flatten', inputs: ['conv2'] },
        { name: 'logits', kind: 'dense', inputs: ['flatten'], options: { units: 4 } },
      ],
      outputs: { label: 'logits' },
    },
    losses: { label: { kind: 'sparseCategoricalCrossentropy', fromLogits: true } },
    batch: (random) => {
      // Inputs with a non-zero mean (0.5), as images and post-ReLU features have.
      const image = random.floats([BATCH, 8, 8, 3], -0.5, 1.5);
      const pixels = image.data as Float32Array;
      // The class: which quadrant of channel 0 is brightest.
      const label = Int32Array.from({ length: BATCH }, (_, b) => {
        const sums = [0, 0, 0, 0];
        for (let h = 0; h < 8; h++)
          for (let w = 0; w < 8; w++) sums[(h < 4 ? 0 : 2) + (w < 4 ? 0 : 1)] += pixels[((b * 8 + h) * 8 + w) * 3];
        return sums.indexOf(Math.max(...sums));
      });
      return { image, label: { dtype: 'int32', shape: [BATCH], data: label } };
    },
  },
  // (c) Two outputs on a shared trunk, trained on 0.8·L_digit + 0.3·L_value.
  two_outputs: {
    model: {
      inputs: { features: { shape: [6] } },
      layers: [
        { name: 'trunk', kind: 'dense', inputs: ['features'], options: { units: 16, activation: 'tanh' } },
        { name: 'digit_head', kind: 'dense', inputs: ['trunk'], options: { units: 4 } },
        { name: 'value_head', kind: 'dense', inputs: ['trunk'], options: { units: 1 } },
      ],
      outputs: { digit: 'digit_head', value: 'value_head' },
    },
    losses: { digit: { kind: 'sparseCategoricalCrossentropy', fromLogits: true }, value: { kind: 'meanSquaredError' } },
    lossWeights: { digit: 0.8, value: 0.3 },
    batch: (random) => {
      const features = random.floats([BATCH, 6]);
      const f = features.data as Float32Array;
      const digit = Int32Array.from({ length: BATCH }, (_, r) => Math.min(3, Math.floor((f[r * 6 + 3] + 1) * 2)));
      const value = column(BATCH, 1, (r) => f[r * 6] * f[r * 6 + 1] + f[r * 6 + 2]);
      return {
        features,
        digit: { dtype: 'int32', shape: [BATCH], data: digit },
        value: { dtype: 'float32', shape: [BATCH, 1], data: value },
      };
    },
  },
  // Beyond the three asked for: gradients through an embedding lookup, an LSTM unrolled
  // over 10 steps (Keras runs a while loop) and layer normalization. Trained with SGD: ids
  // repeat within a batch, and Keras 3 (3.15, TensorFlow backend) squares an embedding's
  // gradient per occurrence in Adam's second moment (Σg² where Adam's definition, tf.keras 2,
  // PyTorch and hydra-tf use (Σg)²; see the last test), so Adam can only agree without repeats.
  sequence: sequenceArchitecture(12, (random) => random.ints([BATCH, 10], 12)),
  // Adam: every id at most once per batch (a permutation of a vocabulary of BATCH·10 ids).
  sequence_distinct_ids: sequenceArchitecture(BATCH * 10, (random) => {
    const ids = Int32Array.from({ length: BATCH * 10 }, (_, i) => i);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    return { dtype: 'int32', shape: [BATCH, 10], data: ids };
  }),
  // A residual block: the skip connection is an Add merge layer (gradients reach the input
  // projection through both branches), then a Maximum/Average/Subtract mix of the branches.
  residual: {
    model: {
      inputs: { x: { shape: [8] } },
      layers: [
        { name: 'proj', kind: 'dense', inputs: ['x'], options: { units: 8, activation: 'tanh' } },
        { name: 'branch1', kind: 'dense', inputs: ['proj'], options: { units: 8, activation: 'relu' } },
        { name: 'branch2', kind: 'dense', inputs: ['branch1'], options: { units: 8 } },
        { name: 'skip', kind: 'add', inputs: ['proj', 'branch2'] },
        { name: 'top', kind: 'maximum', inputs: ['skip', 'proj'] },
        { name: 'mean', kind: 'average', inputs: ['skip', 'top', 'branch1'] },
        { name: 'gap', kind: 'subtract', inputs: ['mean', 'branch2'] },
        { name: 'gated', kind: 'multiply', inputs: ['gap', 'proj'] },
        { name: 'out', kind: 'dense', inputs: ['gated'], options: { units: 2 } },
      ],
      outputs: { y: 'out' },
    },
    losses: { y: { kind: 'meanSquaredError' } },
    batch: (random) => {
      const x = random.floats([BATCH, 8]);
      const v = x.data as Float32Array;
      return {
        x,
        y: {
          dtype: 'float32',
          shape: [BATCH, 2],
          data: column(BATCH, 2, (r, k) => (k === 0 ? Math.sin(v[r * 8] + v[r * 8 + 1]) : v[r * 8 + 2] * v[r * 8 + 3])),
        },
      };
    },
  },
  // A causal 1-D convolution, 1-D max pooling and a GRU (Keras 3: resetAfter, a [2, 3·units]
  // bias; Keras runs a while loop, hydra-tf the unrolled steps), then the last state classified.
  conv_gru: {
    model: {
      inputs: { seq: { shape: [12, 3] } },
      layers: [
        { name: 'conv', kind: 'conv1d', inputs: ['seq'], options: { filters: 6, kernelSize: 3, padding: 'causal', activation: 'relu' } },
        { name: 'pool', kind: 'maxPool1d', inputs: ['conv'], options: { poolSize: 2 } },
        { name: 'gru', kind: 'gru', inputs: ['pool'], options: { units: 8 } },
        { name: 'logits', kind: 'dense', inputs: ['gru'], options: { units: 3 } },
      ],
      outputs: { label: 'logits' },
    },
    losses: { label: { kind: 'sparseCategoricalCrossentropy', fromLogits: true } },
    batch: (random) => {
      const seq = random.floats([BATCH, 12, 3], -1, 1);
      const v = seq.data as Float32Array;
      // The class: where channel 0 is largest (first, middle or last third of the sequence).
      const label = Int32Array.from({ length: BATCH }, (_, b) => {
        let best = 0;
        for (let t = 1; t < 12; t++) if (v[(b * 12 + t) * 3] > v[(b * 12 + best) * 3]) best = t;
        return Math.floor(best / 4);
      });
      return { seq, label: { dtype: 'int32', shape: [BATCH], data: label } };
    },
  },
  // A SimpleRNN read backwards, its whole sequence averaged over time.
  rnn_pool: {
    model: {
      inputs: { seq: { shape: [8, 4] } },
      layers: [
        { name: 'rnn', kind: 'simpleRnn', inputs: ['seq'], options: { units: 6, returnSequences: true, goBackwards: true } },
        { name: 'gap', kind: 'globalAveragePooling1d', inputs: ['rnn'] },
        { name: 'gmp', kind: 'globalMaxPooling1d', inputs: ['rnn'] },
        { name: 'both', kind: 'concatenate', inputs: ['gap', 'gmp'] },
        { name: 'out', kind: 'dense', inputs: ['both'], options: { units: 1 } },
      ],
      outputs: { y: 'out' },
    },
    losses: { y: { kind: 'meanSquaredError' } },
    batch: (random) => {
      const seq = random.floats([BATCH, 8, 4], -1, 1);
      const v = seq.data as Float32Array;
      return { seq, y: { dtype: 'float32', shape: [BATCH, 1], data: column(BATCH, 1, (r) => v[r * 32] - v[r * 32 + 29]) } };
    },
  },
  // A bidirectional LSTM over a sequence (both directions' weights trained), its states concatenated.
  bidirectional: {
    model: {
      inputs: { seq: { shape: [8, 3] } },
      layers: [
        { name: 'bi', kind: 'bidirectional', inputs: ['seq'], options: { layer: { kind: 'lstm', name: 'rnn', options: { units: 5 } } } },
        { name: 'out', kind: 'dense', inputs: ['bi'], options: { units: 1 } },
      ],
      outputs: { y: 'out' },
    },
    losses: { y: { kind: 'meanSquaredError' } },
    batch: (random) => {
      const seq = random.floats([BATCH, 8, 3], -1, 1);
      const v = seq.data as Float32Array;
      // Needs both ends of the sequence: the first step's channel 0 times the last step's channel 1.
      return { seq, y: { dtype: 'float32', shape: [BATCH, 1], data: column(BATCH, 1, (r) => v[r * 24] * v[r * 24 + 22]) } };
    },
  },
  // A transformer encoder block over a float sequence (attention, layer norms, feed-forward),
  // mean-pooled into a regression: every attention weight is trained.
  transformer: {
    model: {
      inputs: { seq: { shape: [6, 8] } },
      layers: [
        { name: 'block', kind: 'transformerEncoder', inputs: ['seq'], options: { numHeads: 2, keyDim: 4, ffDim: 16 } },
        { name: 'pool', kind: 'globalAveragePooling1d', inputs: ['block'] },
        { name: 'out', kind: 'dense', inputs: ['pool'], options: { units: 1 } },
      ],
      outputs: { y: 'out' },
    },
    losses: { y: { kind: 'meanSquaredError' } },
    batch: (random) => {
      const seq = random.floats([BATCH, 6, 8], -1, 1);
      const v = seq.data as Float32Array;
      // Position 0's channel 0 times position 5's channel 1: information must move across positions.
      return { seq, y: { dtype: 'float32', shape: [BATCH, 1], data: column(BATCH, 1, (r) => v[r * 48] * v[r * 48 + 41]) } };
    },
  },
  // Causal multi-head attention with a padding mask (keys past each example's length are masked),
  // a classification from the last position.
  masked_attention: {
    model: {
      inputs: { seq: { shape: [6, 8] }, mask: { shape: [6, 6], dtype: 'int32' } },
      layers: [
        {
          name: 'mha',
          kind: 'multiHeadAttention',
          inputs: ['seq', 'seq', 'seq', 'mask'],
          options: { numHeads: 2, keyDim: 4, valueDim: 3, useCausalMask: true },
        },
        { name: 'flat', kind: 'flatten', inputs: ['mha'] },
        { name: 'logits', kind: 'dense', inputs: ['flat'], options: { units: 3 } },
      ],
      outputs: { label: 'logits' },
    },
    losses: { label: { kind: 'sparseCategoricalCrossentropy', fromLogits: true } },
    batch: (random) => {
      const seq = random.floats([BATCH, 6, 8], -1, 1);
      const v = seq.data as Float32Array;
      const mask = new Int32Array(BATCH * 36);
      const label = new Int32Array(BATCH);
      for (let b = 0; b < BATCH; b++) {
        const length = 2 + Math.floor(random.next() * 5);
        for (let t = 0; t < 6; t++) for (let s = 0; s < length; s++) mask[b * 36 + t * 6 + s] = 1;
        label[b] = v[b * 48] > 0.3 ? 2 : v[b * 48] > -0.3 ? 1 : 0;
      }
      return { seq, mask: { dtype: 'int32', shape: [BATCH, 6, 6], data: mask }, label: { dtype: 'int32', shape: [BATCH], data: label } };
    },
  },
  // (d) The optimizers' defaults (no options on either side). A linear model on tiny inputs
  // (1e-3) and targets (1e-4): gradients are ~1e-7, the size of Adam's epsilon, so Adam's
  // steps depend on epsilon by tens of percent (1e-7 in Keras 3, 1e-8 in Keras 2 and PyTorch)
  // and on the default learning rate. The losses are ~1e-8, below the comparison's absolute
  // floor; the final weights are what this case checks.
  defaults_tiny: {
    model: {
      inputs: { x: { shape: [3] } },
      layers: [{ name: 'linear', kind: 'dense', inputs: ['x'], options: { units: 2 } }],
      outputs: { y: 'linear' },
    },
    losses: { y: { kind: 'meanSquaredError' } },
    batch: (random) => ({ x: random.floats([BATCH, 3], -1e-3, 1e-3), y: random.floats([BATCH, 2], -1e-4, 1e-4) }),
  },
  // SGD's default learning rate (0.01) needs gradients of a normal size to show.
  defaults_unit: {
    model: {
      inputs: { x: { shape: [3] } },
      layers: [{ name: 'linear', kind: 'dense', inputs: ['x'], options: { units: 2 } }],
      outputs: { y: 'linear' },
    },
    losses: { y: { kind: 'meanSquaredError' } },
    batch: (random) => ({ x: random.floats([BATCH, 3]), y: random.floats([BATCH, 2], -2, 2) }),
  },
};

const OPTIMIZERS: Record<string, OptimizerSpec> = {
  sgd: { kind: 'sgd', options: { learningRate: 0.05, momentum: 0.9 } },
  // β1, β2 and ε are each library's defaults (0.9, 0.999, 1e-7 in Keras 3).
  adam: { kind: 'adam', options: { learningRate: 0.01 } },
  sgd_defaults: { kind: 'sgd' },
  adam_defaults: { kind: 'adam' },
};

const CASES: Array<{ id: string; architecture: string; optimizer: string }> = [
  ...['mlp_l2', 'convnet_bn', 'two_outputs'].flatMap((architecture) =>
    ['sgd', 'adam'].map((optimizer) => ({ id: `${architecture}/${optimizer}`, architecture, optimizer })),
  ),
  ...['residual', 'conv_gru', 'rnn_pool', 'bidirectional', 'transformer', 'masked_attention'].flatMap((architecture) =>
    ['sgd', 'adam'].map((optimizer) => ({ id: `${architecture}/${optimizer}`, architecture, optimizer })),
  ),
  { id: 'sequence/sgd', architecture: 'sequence', optimizer: 'sgd' },
  { id: 'sequence_distinct_ids/adam', architecture: 'sequence_distinct_ids', optimizer: 'adam' },
  { id: 'defaults_tiny/adam_defaults', architecture: 'defaults_tiny', optimizer: 'adam_defaults' },
  { id: 'defaults_unit/sgd_defaults', architecture: 'defaults_unit', optimizer: 'sgd_defaults' },
];

interface HydraRun {
  losses: Array<Record<string, number>>;
  weights: Map<string, Tensor>;
}

function batchesFor(architecture: string): HostBatch[] {
  // Seeded by the architecture only: SGD and Adam see the same 20 batches.
  const random = new Random([...architecture].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));
  return Array.from({ length: STEPS }, () => ARCHITECTURES[architecture].batch(random));
}

const hydraRuns = new Map<string, HydraRun>();
const kerasRuns = new Map<string, TrainResult>();
const initialWeights = new Map<string, Record<string, EncodedTensor>>();
let versions: { tensorflow: string; keras: string } | null = null;

/** hydra-tf's side of a case: compiled with seed 17 and built on the first batch. */
async function hydraTrainer(architecture: string, optimizer: OptimizerSpec, batches: HostBatch[]) {
  const arch = ARCHITECTURES[architecture];
  const model = hydraModel(arch.model);
  const trainer = train.compile(model, {
    optimizer: hydraOptimizer(optimizer),
    loss: Object.fromEntries(Object.entries(arch.losses).map(([name, spec]) => [name, hydraLoss(spec)])),
    lossWeights: arch.lossWeights,
    seed: 17,
  });
  await trainer.build(batches[0]);
  return { trainer, names: model.weights(trainer.graph).map((v) => v.name) };
}

async function trainHydra(trainer: train.Trainer, names: string[], batches: HostBatch[]): Promise<HydraRun> {
  const losses: Array<Record<string, number>> = [];
  for (const batch of batches) losses.push(await trainer.trainOnBatch(batch));
  const all = await trainer.getWeights();
  await trainer.close();
  return { losses, weights: new Map(names.map((name) => [name, all.get(name)!])) };
}

// One Python process computes every case's reference; under a loaded machine it can pass jest's 120 s default.
const KERAS_REFERENCE_TIMEOUT_MS = 600_000;

beforeAll(async () => {
  const keras = new KerasProcess();
  try {
    // hydra-tf: build each model, read its initial weights; they and the batches go to Keras.
    const prepared = await Promise.all(
      CASES.map(async (c) => {
        const arch = ARCHITECTURES[c.architecture];
        const batches = batchesFor(c.architecture);
        const { trainer, names } = await hydraTrainer(c.architecture, OPTIMIZERS[c.optimizer], batches);
        const all = await trainer.getWeights();
        const initial: Record<string, EncodedTensor> = Object.fromEntries(names.map((name) => [name, encode(all.get(name)!)]));
        const spec: TrainCase = {
          id: c.id,
          kind: 'train',
          model: arch.model,
          weights: initial,
          optimizer: OPTIMIZERS[c.optimizer],
          losses: arch.losses,
          lossWeights: arch.lossWeights ?? null,
          batches: batches.map((batch) => Object.fromEntries(Object.entries(batch).map(([key, value]) => [key, encode(value)]))),
        };
        initialWeights.set(c.id, initial);
        return { c, trainer, names, batches, spec };
      }),
    );
    const results = keras.run<TrainResult>(prepared.map((p) => p.spec));
    // Awaited below; if hydra-tf fails first, its error is the one to see.
    results.catch(() => undefined);
    // While Keras trains: hydra-tf's 20 steps of each case.
    for (const { c, trainer, names, batches } of prepared) hydraRuns.set(c.id, await trainHydra(trainer, names, batches));
    const done = await results;
    versions = done.versions;
    for (const [id, result] of Object.entries(done.cases)) kerasRuns.set(id, result);
  } finally {
    await keras.cancel();
  }
}, KERAS_REFERENCE_TIMEOUT_MS);

const summary: Array<[string, ...Array<string | number>]> = [];
afterAll(() =>
  report(
    'training parity (largest relative difference among values >= 1e-2: losses, final weights; share of the weight tolerance used)',
    summary,
  ),
);

describe('training parity with Keras 3: 20 steps from the same weights on the same batches', () => {
  test('the reference is Keras 3 on TensorFlow 2.21', () => {
    expect(versions?.tensorflow).toBe('2.21.0');
    expect(versions?.keras).toMatch(/^3\./);
  });

  test.each(CASES.map((c) => [c.id]))('%s: per-step losses and final weights agree within 1e-4 relative', (id) => {
    const hydra = hydraRuns.get(id)!;
    const keras = kerasRuns.get(id)!;
    expect(hydra.losses).toHaveLength(STEPS);
    expect(keras.losses).toHaveLength(STEPS);
    // The same logs: "loss", plus each output's unweighted loss when there are several.
    expect(Object.keys(hydra.losses[0]).sort()).toEqual(Object.keys(keras.losses[0]).sort());

    let lossRelative = 0;
    for (const key of Object.keys(keras.losses[0])) {
      const ours = hydra.losses.map((l) => l[key]);
      const theirs = keras.losses.map((l) => l[key]);
      lossRelative = Math.max(lossRelative, relativeDifference(ours, theirs));
      const used = toleranceUsed(ours, theirs, RTOL, ATOL, `${id} ${key}`);
      if (!(used <= 1))
        throw new Error(
          `${id}: "${key}" is outside the tolerance (${used.toFixed(2)}× of it)\n  hydra-tf ${ours.join(', ')}\n  Keras    ${theirs.join(', ')}`,
        );
    }
    // Training did something: the losses moved (the defaults case on tiny data excepted, whose
    // losses are ~1e-8 and whose weights are compared below).
    if (!id.startsWith('defaults_tiny')) expect(Math.abs(hydra.losses[STEPS - 1].loss - hydra.losses[0].loss)).toBeGreaterThan(1e-3);

    let weightRelative = 0;
    let weightUsed = 0;
    const atol = weightAtol(OPTIMIZERS[CASES.find((c) => c.id === id)!.optimizer]);
    expect([...hydra.weights.keys()].sort()).toEqual(Object.keys(keras.weights).sort());
    const optimizerKind = OPTIMIZERS[CASES.find((c) => c.id === id)!.optimizer].kind;
    for (const [name, value] of hydra.weights) {
      const theirs = decode(keras.weights[name]);
      expect(value.shape).toEqual(theirs.shape);
      const ours = value.data() as Float32Array;
      // An attention key bias has a zero gradient (q·b_k is the same for every key, and softmax
      // ignores a constant): its computed gradient is rounding noise, which Adam (m/√v) turns
      // into steps of size ~lr in both libraries, unrelated to each other. It is compared under
      // SGD (where it must not move: the absolute floor 1e-6) and checked to stay put below.
      if (optimizerKind === 'adam' && /\/key\/bias$/.test(name)) continue;
      weightRelative = Math.max(weightRelative, relativeDifference(ours, theirs.data as Float32Array));
      const used = toleranceUsed(ours, theirs.data as Float32Array, RTOL, atol, `${id} ${name}`);
      weightUsed = Math.max(weightUsed, used);
      if (!(used <= 1)) throw new Error(`${id}: final weight "${name}" is outside the tolerance (${used.toFixed(2)}× of it)`);
    }
    summary.push([id.padEnd(28), lossRelative, weightRelative, weightUsed.toFixed(2)]);
  });

  test.each([
    ['transformer/sgd', 'block/attention/key/bias'],
    ['masked_attention/sgd', 'mha/key/bias'],
  ])('%s: the attention key bias (zero gradient) stays where it started', (id, name) => {
    const start = decode(initialWeights.get(id)![name]).data as Float32Array;
    const trained = hydraRuns.get(id)!.weights.get(name)!.data() as Float32Array;
    expect(maxAbsDiff(trained, start)).toBeLessThan(1e-6);
    // While the other projections moved.
    const query = name.replace('key/bias', 'query/bias');
    expect(
      maxAbsDiff(
        hydraRuns.get(id)!.weights.get(query)!.data() as Float32Array,
        decode(initialWeights.get(id)![query]).data as Float32Array,
      ),
    ).toBeGreaterThan(1e-4);
  });

  // The defaults cases would pass vacuously if the comparison could not see a wrong default.
  // Trained again in hydra-tf with the defaults of other libraries (Adam ε = 1e-8 as in Keras 2
  // and PyTorch; SGD's learning rate 0.001), they must differ from Keras 3 far beyond the tolerance.
  test.each([
    ['defaults_tiny', 'adam_defaults', { kind: 'adam', options: { epsilon: 1e-8 } }],
    ['defaults_unit', 'sgd_defaults', { kind: 'sgd', options: { learningRate: 0.001 } }],
  ] as Array<[string, string, OptimizerSpec]>)('%s/%s: a different default would be caught', async (architecture, optimizer, other) => {
    const batches = batchesFor(architecture);
    const { trainer, names } = await hydraTrainer(architecture, other, batches);
    // The same seed, hence the same initial weights as the case Keras trained.
    const initial = await trainer.getWeights();
    for (const name of names) expect(encode(initial.get(name)!)).toEqual(initialWeights.get(`${architecture}/${optimizer}`)![name]);
    const run = await trainHydra(trainer, names, batches);
    const keras = kerasRuns.get(`${architecture}/${optimizer}`)!;
    const atol = weightAtol(OPTIMIZERS[optimizer]);
    const worst = Math.max(
      ...names.map((name) =>
        toleranceUsed(run.weights.get(name)!.data() as Float32Array, decode(keras.weights[name]).data as Float32Array, RTOL, atol),
      ),
    );
    expect(worst).toBeGreaterThan(10);
  });

  // Where hydra-tf and Keras 3 part ways on purpose. Keras 3.15 on TensorFlow gets an
  // embedding's gradient as IndexedSlices with one slice per occurrence of an id and squares the
  // slices before summing them, so an id seen k times adds Σg² to Adam's second moment instead of
  // (Σg)² (reproduce: Embedding(2, 1) on ids [[0, 0, 1]], loss = sum of outputs, one Adam step:
  // Keras's v is [0.002, 0.001], the definition's [0.004, 0.001]). hydra-tf differentiates the
  // lookup into a dense gradient, as Adam's definition, tf.keras 2 (which de-duplicated the
  // slices) and PyTorch's dense Adam do.
  test("Adam's second moment of an embedding uses the summed gradient of a repeated id", async () => {
    const tokens = nn.input({ name: 'tokens', shape: [3], dtype: 'int32' });
    const embed = nn.layers.embedding({ inputDim: 2, outputDim: 1, embeddingsInitializer: 'zeros', name: 'embed' });
    const model = nn.model({ inputs: { tokens }, outputs: { y: nn.layers.flatten().apply(embed.apply(tokens)) } });
    const trainer = train.compile(model, { optimizer: train.optimizers.adam({ learningRate: 0.1 }), loss: 'mse' });
    // Predictions 0, targets 1: ∂L/∂prediction = 2·(0 − 1)/3 for each of the 3 positions, so
    // id 0 (twice) has gradient −4/3 and id 1 has −2/3; v = (1 − β2)·g² after one step.
    await trainer.trainOnBatch({
      tokens: { dtype: 'int32', shape: [1, 3], data: Int32Array.from([0, 0, 1]) },
      y: { dtype: 'float32', shape: [1, 3], data: Float32Array.from([1, 1, 1]) },
    });
    const v = (await trainer.getWeights()).get('Adam/embed/embeddings/v')!.data() as Float32Array;
    await trainer.close();
    // Within 2e-5: TensorFlow's fused Adam computes 1 − β2 in float32 (0.00099998713, 1.3e-5 low).
    [0.001 * (16 / 9), 0.001 * (4 / 9)].forEach((expected, id) => expect(Math.abs(v[id] / expected - 1)).toBeLessThan(2e-5));
    expect(v[0] / v[1]).toBeCloseTo(4, 5); // Keras 3.15: 2
  });
});
