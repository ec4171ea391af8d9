// The untrusted-SavedModel allow-list and the preprocessing layers: every op the seven layers
// build (in every output mode) is on it, including the in-memory table ops (HashTableV2 filled
// by InitializeTableV2 from constants, LookupTableFindV2, LookupTableImportV2), while the table
// initialisers that read files stay off it (InitializeTableFromTextFile* are only admitted for
// a SavedModel's own assets, see trust.ts; InitializeTableFromDataset never).
import { Graph, Output, nn, ops, savedModel } from '../../../lib';
import type { DType } from '../../../lib';

test('the table ops that only compute are allowed; those that read files or datasets are not', () => {
  for (const op of ['HashTableV2', 'InitializeTableV2', 'LookupTableFindV2', 'LookupTableImportV2', 'LookupTableSizeV2'])
    expect(savedModel.ALLOWED_OPS.has(op)).toBe(true);
  for (const op of ['InitializeTableFromTextFile', 'InitializeTableFromTextFileV2', 'InitializeTableFromDataset'])
    expect(savedModel.ALLOWED_OPS.has(op)).toBe(false);
});

test('every op the preprocessing layers build is on the allow-list', async () => {
  const cases: Array<[nn.PreprocessingLayer, unknown, DType, number[]]> = [
    [
      nn.layers.normalization({ invert: true }),
      [
        [1, 2],
        [3, 5],
      ],
      'float32',
      [-1, 2],
    ],
    [nn.layers.discretization({ numBins: 3, outputMode: 'count' }), [[1], [2], [3], [4]], 'float32', [-1, 1]],
    [nn.layers.categoryEncoding({ numTokens: 4, outputMode: 'multi_hot' }), null, 'int32', [-1, 2]],
    [
      nn.layers.stringLookup({ numOovIndices: 2, maskToken: '', outputMode: 'tf_idf' }),
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      'string',
      [-1, 2],
    ],
    [nn.layers.stringLookup({ numOovIndices: 0, salt: 3 }), ['a', 'b'], 'string', [-1]],
    [nn.layers.integerLookup({ numOovIndices: 3, oovMethod: 'farmhash', salt: 5 }), [1, 2, 2], 'int64', [-1]],
    [nn.layers.hashing({ numBins: 5, maskValue: 0, outputMode: 'one_hot' }), null, 'float32', [-1, 1]],
    [nn.layers.textVectorization({ ngrams: 2, outputMode: 'tf_idf' }), ['A b, c', 'b c d'], 'string', [-1]],
    [nn.layers.textVectorization({ outputSequenceLength: 4 }), ['A b, c', 'b c d'], 'string', [-1]],
  ];
  const graph = new Graph();
  const state = nn.graphState(graph, 1);
  for (const [layer, data, dtype, shape] of cases) {
    if (data !== null) await layer.adapt(data);
    layer.invoke({ graph, state, training: false }, [ops.placeholder(graph, { dtype, shape }) as Output]);
  }
  const types = new Set(graph.operations().map((op) => op.type));
  expect([...types].filter((t) => !savedModel.ALLOWED_OPS.has(t))).toEqual([]);
  for (const op of [
    'HashTableV2',
    'InitializeTableV2',
    'LookupTableFindV2',
    'StringToHashBucketFast',
    'StringToHashBucketStrong',
    'StringSplitV2',
    'StringNGrams',
    'StaticRegexReplace',
    'RaggedBincount',
    'DenseBincount',
    'Bucketize',
    'Assert',
  ])
    expect(types).toContain(op);
  graph.dispose();
});
