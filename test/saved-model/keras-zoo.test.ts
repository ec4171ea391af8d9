// Real models that only compute load untrusted: a Keras 3 export with many layer kinds
// (test/fixtures/python/make_keras_zoo.py: convolutions of every kind, recurrent layers in While
// loops, attention, normalization, a StringLookup table, ...) passes the allow-list, loads from
// its private copy, and gives Python's outputs on the same inputs.
import { savedModel } from '../../lib';
import { kerasZoo, maxAbsDiff, toTensor } from './fixtures';

test('a Keras 3 export with many layer kinds loads untrusted and agrees with Python', async () => {
  const { dir, reference } = kerasZoo();
  const info = savedModel.inspect(dir);
  expect(info.untrusted).toEqual([]);
  // The op mix the allow-list must admit: recurrent loops, tables, transposed and depthwise convolutions.
  for (const op of [
    'While',
    'TensorListReserve',
    'HashTableV2',
    'LookupTableFindV2',
    'Conv2DBackpropInput',
    'DepthwiseConv2dNative',
    'Einsum',
  ]) {
    expect(Object.keys(info.opTypes)).toContain(op);
  }
  const model = await savedModel.load(dir, { trust: 'untrusted' });
  try {
    const inputs = Object.fromEntries(Object.entries(reference.inputs).map(([key, value]) => [key, toTensor(value)]));
    const outputs = await model.run('serve', inputs);
    for (const [key, expected] of Object.entries(reference.outputs)) {
      expect({ key, diff: maxAbsDiff(outputs[key], expected) <= 1e-5 }).toEqual({ key, diff: true });
      outputs[key].dispose();
    }
    Object.values(inputs).forEach((tensor) => tensor.dispose());
  } finally {
    model.dispose();
  }
});
