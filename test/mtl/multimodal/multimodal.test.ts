// Multimodal models: digit images with captions (half of which name another digit) and ink
// features; an image tower (conv), a text tower (TS tokenisation → embedding → masked mean or
// LSTM), fusion by concatenation and by a learned gate, two heads (digit, caption matches image).
// The pipeline keeps each example's modalities together, normalises each, and refuses an
// example missing a modality, naming it.
import { data, layers, losses, metrics, mtl, optimizers } from '../../../lib';

const { Vocabulary, MultimodalPipeline, captionDigits } = mtl.multimodal;

async function captioned(split: 'train' | 'test', n: number, seed: number) {
  const set = await data.loadMnist({ split });
  // The npm split is class-sorted: a stride gives every class.
  const stride = Math.floor(set.n / n);
  const images = new Float32Array(n * 784);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    images.set(set.images.subarray(i * stride * 784, (i * stride + 1) * 784), i * 784);
    labels[i] = set.labels[i * stride];
  }
  return captionDigits(images, labels, { seed, maxValue: 1 });
}

function pipelineFor(train: mtl.multimodal.CaptionedDigit[]) {
  const vocabulary = Vocabulary.fromTexts(train.map((e) => e.caption));
  return MultimodalPipeline.fit(train, {
    modalities: {
      image: { kind: 'image', shape: [28, 28, 1], maxValue: 1 },
      caption: { kind: 'text', vocabulary, length: 6 },
      meta: { kind: 'numeric', size: 3 },
    },
    labels: { digit: 'int32', match: 'float32' },
  });
}

function build(mode: 'concat' | 'gated', vocabularySize: number, encoder: 'mean' | 'lstm') {
  const image = layers.input({ name: 'image', shape: [28, 28, 1] });
  const caption = layers.input({ name: 'caption', shape: [6], dtype: 'int32' });
  const meta = layers.input({ name: 'meta', shape: [3] });
  const pixels = layers
    .sequential([
      layers.conv2d({ filters: 8, kernelSize: 3, activation: 'relu' }),
      layers.maxPool2d({ poolSize: 2 }),
      layers.flatten(),
      layers.dense({ units: 64, activation: 'relu' }),
    ])
    .apply(image);
  const imageTower = layers.concatenate().apply([pixels, meta]);
  const embedded = layers.embedding({ inputDim: vocabularySize, outputDim: 16 }).apply(caption);
  const textTower =
    encoder === 'mean' ? mtl.multimodal.maskedMeanPooling().apply([embedded, caption]) : layers.lstm({ units: 16 }).apply(embedded);
  const fused = mtl.multimodal.fusion({ mode, units: 32 }).apply([imageTower, textTower]);
  const trunk = layers.dense({ units: 64, activation: 'relu' }).apply(fused);
  return mtl.model({
    inputs: { image, caption, meta },
    trunk,
    tasks: {
      digit: {
        head: layers.dense({ units: 10 }),
        loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
        metrics: [metrics.sparseCategoricalAccuracy()],
      },
      match: {
        head: layers.dense({ units: 1 }),
        loss: losses.binaryCrossentropy({ fromLogits: true }),
        metrics: [metrics.binaryAccuracy({ fromLogits: true })],
      },
    },
    optimizer: optimizers.adam({ learningRate: 3e-3 }),
    seed: 3,
  });
}

describe('multimodal pipeline', () => {
  test('tokenisation: ids by frequency, 0 padding, 1 unknown, fixed length', () => {
    const vocabulary = Vocabulary.fromTexts(['a seven', 'a one', 'the one']);
    // "a" and "one" twice (alphabetical tie), then "seven", "the".
    expect(vocabulary.words).toEqual(['a', 'one', 'seven', 'the']);
    expect(vocabulary.size).toBe(6);
    expect(Array.from(vocabulary.encode('The ONE, a two', 6))).toEqual([5, 3, 2, 1, 0, 0]);
    expect(Array.from(vocabulary.encode('a a a a', 2))).toEqual([2, 2]);
  });

  test('each modality is normalised: images to [0, 1], numbers standardised with training statistics only', () => {
    const example = (v: number, caption: string) => ({ image: [0, 255, 51, v], caption, meta: [v, 7] });
    const train = [example(0, 'one'), example(10, 'two')];
    const pipeline = MultimodalPipeline.fit(train, {
      modalities: {
        image: { kind: 'image', shape: [2, 2] },
        caption: { kind: 'text', vocabulary: Vocabulary.fromTexts(['one', 'two']), length: 2 },
        meta: { kind: 'numeric', size: 2 },
      },
    });
    // Mean 5, population std 5 for the first feature; the constant second one gets std 1.
    expect(Array.from(pipeline.statistics.meta.mean)).toEqual([5, 7]);
    expect(Array.from(pipeline.statistics.meta.std)).toEqual([5, 1]);
    return pipeline
      .dataset([example(20, 'two')])
      .toArray()
      .then(([row]) => {
        const r = row as Record<string, { data: ArrayLike<number> }>;
        expect(Array.from(r.image.data)).toEqual([0, 1, 0.2, 20 / 255].map((v) => Math.fround(v)));
        // 20 is (20 - 5) / 5 = 3 standard deviations: evaluation data does not change the statistics.
        expect(Array.from(r.meta.data)).toEqual([3, 0]);
        expect(Array.from(r.caption.data)).toEqual([3, 0]);
      });
  });

  test('an example missing a modality is refused, naming the example and the modality', async () => {
    const train = await captioned('train', 20, 1);
    const pipeline = pipelineFor(train);
    const broken = train.map((e, i) => (i === 7 ? { ...e, caption: undefined } : e));
    expect(() => pipeline.dataset(broken as never)).toThrow(
      'multimodal data: example 7 is missing modality "caption" (text); every example needs "image", "caption", "meta"',
    );
    const short = train.map((e, i) => (i === 3 ? { ...e, image: Array.from(e.image).slice(0, 100) } : e));
    expect(() => pipeline.dataset(short as never)).toThrow(
      'multimodal data: example 3, modality "image" (image) must be an array of 784 numbers, got 100 values',
    );
    expect(() => MultimodalPipeline.fit(broken as never, pipeline.options)).toThrow(
      /multimodal training: example 7 is missing modality "caption"/,
    );
    const unlabelled = train.map((e, i) => (i === 2 ? { ...e, match: undefined } : e));
    expect(() => pipeline.dataset(unlabelled as never)).toThrow('multimodal data: example 2 has no numeric label "match" (got undefined)');
  });

  test('fusion layers: concat is n x units wide, gated units wide; gating three modalities is refused', () => {
    const a = layers.input({ name: 'a', shape: [4] });
    const b = layers.input({ name: 'b', shape: [3] });
    const c = layers.input({ name: 'c', shape: [2] });
    expect(mtl.multimodal.fusion({ mode: 'concat', units: 5 }).apply([a, b, c]).shape).toEqual([null, 15]);
    expect(mtl.multimodal.fusion({ mode: 'gated', units: 5 }).apply([a, b]).shape).toEqual([null, 5]);
    expect(() => mtl.multimodal.fusion({ mode: 'gated', units: 5, name: 'g3' }).apply([a, b, c])).toThrow(
      'fusion "g3": gated fusion mixes exactly two modalities, got 3',
    );
  });
});

describe('multimodal training (digits with captions)', () => {
  const results: Record<string, Record<string, number>> = {};
  afterAll(() => console.log(`multimodal test-set results: ${JSON.stringify(results)}`));

  test.each([
    ['concat', 'mean'],
    ['gated', 'lstm'],
  ] as const)('%s fusion with a %s text encoder learns both tasks', async (mode, encoder) => {
    const train = await captioned('train', 2000, 1);
    const test = await captioned('test', 500, 2);
    const pipeline = pipelineFor(train);
    const model = build(mode, (pipeline.options.modalities.caption as { vocabulary: mtl.multimodal.Vocabulary }).vocabulary.size, encoder);
    await model.fit(pipeline.dataset(train, 'training'), { epochs: 6, batchSize: 32, verbose: false });
    const logs = await model.evaluate(pipeline.dataset(test, 'test'), { batchSize: 100 });
    results[`${mode}+${encoder}`] = { digit: logs.digit_sparse_categorical_accuracy, match: logs.match_binary_accuracy };
    // A small CNN alone reaches ~0.9 on these digits; half the captions name the digit too.
    expect(logs.digit_sparse_categorical_accuracy).toBeGreaterThan(0.85);
    // Chance is 0.5 (half the captions match); better means the model compares image and text.
    expect(logs.match_binary_accuracy).toBeGreaterThan(0.7);
    await model.close();
  });
});
