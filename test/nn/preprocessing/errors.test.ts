// Misuse of the preprocessing layers fails with an error naming the layer and the expectation:
// strings fed to numeric layers, unsupported dtypes, ids out of range and unknown tokens (errors
// at run time, never silent clipping), adapt after the model was built, missing state. And every
// adapted layer's config rebuilds an equal layer (what model.save relies on).
import { data, layers, nn } from '../../../lib';
import { runLayer } from './reference';

describe('preprocessing layers refuse what they cannot take', () => {
  test('strings into numeric layers, and unsupported dtypes, are refused when the layer is applied', () => {
    const text = layers.input({ name: 'text', shape: [1], dtype: 'string' });
    const flags = layers.input({ name: 'flags', shape: [1], dtype: 'bool' });
    const numbers = layers.input({ name: 'numbers', shape: [1] });
    expect(() => layers.normalization({ name: 'n', mean: 0, variance: 1 }).apply(text)).toThrow(
      /layer "n": got a string tensor; this layer takes numbers/,
    );
    expect(() => layers.discretization({ name: 'd', binBoundaries: [0] }).apply(text)).toThrow(/layer "d": got a string tensor/);
    expect(() => layers.categoryEncoding({ name: 'c', numTokens: 3 }).apply(text)).toThrow(/layer "c": got a string tensor/);
    expect(() => layers.categoryEncoding({ name: 'c2', numTokens: 3 }).apply(numbers)).toThrow(
      /layer "c2": input dtype float32 is not supported; expected an integer dtype/,
    );
    expect(() => layers.normalization({ name: 'n2', mean: 0, variance: 1 }).apply(flags)).toThrow(
      /layer "n2": input dtype bool is not supported/,
    );
    expect(() => layers.stringLookup({ name: 's', vocabulary: ['a'] }).apply(numbers)).toThrow(
      /layer "s": stringLookup takes string tensors, got float32/,
    );
    expect(() => layers.integerLookup({ name: 'i', vocabulary: [1] }).apply(text)).toThrow(
      /layer "i": integerLookup takes integer tensors, got string \(use stringLookup/,
    );
    expect(() => layers.textVectorization({ name: 't', vocabulary: ['a'] }).apply(numbers)).toThrow(
      /layer "t": textVectorization takes string tensors/,
    );
    expect(() => layers.hashing({ name: 'h', numBins: 3 }).apply(flags)).toThrow(/layer "h": hashing takes strings or numbers, got bool/);
  });

  test('adapt refuses data of the wrong kind', async () => {
    await expect(layers.normalization({ name: 'n' }).adapt([['a'], ['b']])).rejects.toThrow(
      /normalization "n" adapt: got strings; this layer takes numbers/,
    );
    await expect(layers.discretization({ name: 'd', numBins: 3 }).adapt(['x'])).rejects.toThrow(/discretization "d" adapt: got strings/);
    await expect(layers.integerLookup({ name: 'i' }).adapt([1.5, 2])).rejects.toThrow(
      /integerLookup "i" adapt: value 1.5 \(element 0\) is not an integer/,
    );
    await expect(layers.stringLookup({ name: 's' }).adapt([1, 2])).rejects.toThrow(/stringLookup "s" adapt: got numbers/);
    await expect(layers.discretization({ name: 'd2', binBoundaries: [1] }).adapt([1, 2])).rejects.toThrow(/adapt needs numBins/);
    await expect(layers.normalization({ name: 'n3' }).adapt([[1], ['a']])).rejects.toThrow(/mixes numbers and strings/);
    await expect(layers.normalization({ name: 'n4' }).adapt([[1, 2], [3]])).rejects.toThrow(/ragged/);
    await expect(layers.stringLookup({ name: 's2' }).adapt([].values())).rejects.toThrow(/the data has no batches/);
  });

  test('an id out of range stops the run with the layer named (Keras drops it silently)', async () => {
    const layer = layers.categoryEncoding({ name: 'colour_ids', numTokens: 4, outputMode: 'count' });
    await expect(runLayer(layer, { dtype: 'int32', shape: [2, 2], values: [0, 1, 3, 4] })).rejects.toThrow(
      /layer "colour_ids": ids must be in \[0, 4\)/,
    );
    await expect(runLayer(layer, { dtype: 'int32', shape: [2, 2], values: [0, 1, -1, 2] })).rejects.toThrow(/ids must be in \[0, 4\)/);
    const inRange = await runLayer(layer, { dtype: 'int32', shape: [2, 2], values: [0, 1, 3, 3] });
    expect(Array.from(inRange.data() as Float32Array)).toEqual([1, 1, 0, 0, 0, 0, 0, 2]);
    inRange.dispose();
  });

  test('a token outside the vocabulary with numOovIndices 0 is an error at run time', async () => {
    const layer = layers.stringLookup({ name: 'strict', vocabulary: ['a', 'b'], numOovIndices: 0 });
    await expect(runLayer(layer, { dtype: 'string', shape: [2], values: ['a', 'zebra'] })).rejects.toThrow(
      /stringLookup "strict": an input is not in the vocabulary and numOovIndices is 0/,
    );
    const known = await runLayer(layer, { dtype: 'string', shape: [2], values: ['b', 'a'] });
    expect(Array.from(known.data() as BigInt64Array, Number)).toEqual([1, 0]);
    known.dispose();
  });

  test('missing state: building a model graph before adapt, and adapting after, are errors', async () => {
    const x = layers.input({ name: 'x', shape: [2] });
    const norm = layers.normalization({ name: 'late' });
    // Applying before adapt is fine (shapes only) ...
    const y = norm.apply(x);
    const model = nn.model({ inputs: x, outputs: y });
    // ... building the real graph is not.
    await expect(runLayer(norm, { dtype: 'float32', shape: [1, 2], values: [1, 2] })).rejects.toThrow(
      /layer "late": no mean and variance; call adapt/,
    );
    await norm.adapt([
      [0, 0],
      [2, 4],
    ]);
    const out = await runLayer(norm, { dtype: 'float32', shape: [1, 2], values: [1, 2] });
    expect(Array.from(out.data() as Float32Array)).toEqual([0, 0]);
    out.dispose();
    await expect(norm.adapt([[5, 5]])).rejects.toThrow(/layer "late": adapt\(\) must come before the model is compiled or run/);
    expect(model).toBeDefined();
    const wide = layers.input({ name: 'words', shape: [], dtype: 'string' });
    expect(() => layers.stringLookup({ name: 'unknown_width', outputMode: 'multi_hot' }).apply(wide)).toThrow(
      /output mode "multi_hot" needs the vocabulary before the layer is applied/,
    );
  });

  test('options are checked when the layer is made', () => {
    expect(() => layers.normalization({ mean: [1, 2] })).toThrow(/give both mean and variance/);
    expect(() => layers.discretization({})).toThrow(/give binBoundaries, or numBins and call adapt/);
    expect(() => layers.discretization({ binBoundaries: [2, 1] })).toThrow(/must be sorted ascending/);
    expect(() => layers.stringLookup({ vocabulary: ['a', 'b', 'a'] })).toThrow(/the vocabulary repeats \["a"\]/);
    expect(() => layers.stringLookup({ outputMode: 'tf_idf', vocabulary: ['a'] })).toThrow(/needs idfWeights/);
    expect(() => layers.stringLookup({ maxTokens: 2, vocabulary: ['a', 'b'] })).toThrow(/more than maxTokens 2/);
    expect(() => layers.categoryEncoding({ numTokens: 3, outputMode: 'int' as never })).toThrow(
      /outputMode must be one of "one_hot", "multi_hot", "count"/,
    );
    expect(() => layers.textVectorization({ outputMode: 'multi_hot', outputSequenceLength: 3 })).toThrow(
      /outputSequenceLength only applies to output mode "int"/,
    );
    expect(() => layers.hashing({ numBins: 0 })).toThrow(/numBins must be a positive integer/);
  });
});

describe('adapt reads lib/data Datasets', () => {
  test('batched Datasets of one column adapt as the same data in one array', async () => {
    const values = Float32Array.from({ length: 40 }, (_, i) => (i * 7) % 13);
    const fromDataset = layers.normalization();
    await fromDataset.adapt(data.fromArrays({ x: values }, { shapes: { x: [1] } }).batch(8));
    const fromArray = layers.normalization();
    await fromArray.adapt({ dtype: 'float32', shape: [40, 1], data: values });
    const [a, b] = [fromDataset.statistics!, fromArray.statistics!];
    expect(a.mean[0]).toBeCloseTo(b.mean[0], 5);
    expect(a.variance[0]).toBeCloseTo(b.variance[0], 4);
    const words = ['b', 'a', 'b', 'c', 'b', 'a'];
    const lookup = layers.stringLookup();
    await lookup.adapt(data.fromArrays({ w: words }).batch(4));
    expect(lookup.getVocabulary()).toEqual(['[UNK]', 'b', 'a', 'c']);
    await expect(layers.stringLookup().adapt(data.fromArrays({ w: words, v: words }).batch(4))).rejects.toThrow(
      /exactly one column to adapt on, got \["w","v"\]/,
    );
  });
});

describe('adapted state travels in the config', () => {
  test('every layer rebuilt from its config has the same config and the same outputs', async () => {
    const cases: Array<[nn.PreprocessingLayer, unknown, { dtype: string; shape: number[]; values: Array<number | string> }]> = [
      [
        layers.normalization({ name: 'n' }),
        [
          [1, 10],
          [3, 30],
          [5, 20],
        ],
        { dtype: 'float32', shape: [2, 2], values: [2, 25, 0, 0] },
      ],
      [
        layers.discretization({ name: 'd', numBins: 3, outputMode: 'one_hot' }),
        [1, 2, 3, 4, 5, 6, 7, 8, 9],
        { dtype: 'float32', shape: [3], values: [0, 5, 9] },
      ],
      [
        layers.stringLookup({ name: 's', outputMode: 'tf_idf' }),
        [
          ['a', 'b'],
          ['a', 'c'],
        ],
        { dtype: 'string', shape: [2, 2], values: ['a', 'x', 'c', 'c'] },
      ],
      [layers.integerLookup({ name: 'i', maskToken: 0 }), [5, 6, 6, 0], { dtype: 'int64', shape: [3], values: [6, 0, 9] }],
      [
        layers.textVectorization({ name: 't', ngrams: 2, outputMode: 'count' }),
        ['One two, three!', 'two three'],
        { dtype: 'string', shape: [2], values: ['two three four', ''] },
      ],
    ];
    for (const [layer, data, input] of cases) {
      await layer.adapt(data);
      const serialized = nn.serializeLayer(layer);
      const rebuilt = nn.getLayer(serialized);
      expect(nn.serializeLayer(rebuilt)).toEqual(serialized);
      const [a, b] = [await runLayer(layer, input as never), await runLayer(rebuilt, input as never)];
      expect(b.array()).toEqual(a.array());
      a.dispose();
      b.dispose();
    }
  });
});
