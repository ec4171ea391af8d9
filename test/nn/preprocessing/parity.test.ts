// Every preprocessing layer against Keras 3's layer of the same options on the same data (the
// cases of test/fixtures/python/keras_preprocessing.py): adapt on Keras's adapt data, then the
// outputs on Keras's inputs. Ids, counts and hashes must be equal, and learnt state (vocabulary
// order, quantile boundaries) equal to Keras's. Floats within 2e-6 relative, except after
// Normalization.adapt: Keras sums its statistics in float32, hydra-tf in float64 then rounds, so
// the means may differ by an ulp (checked at 2e-6 relative); the outputs are checked twice: built
// from Keras's own statistics (2e-6), and from hydra-tf's within what the statistics' difference
// implies, |Δmean|/std + |y|·|Δstd|/std (a feature with std 0.009 turns one ulp of a mean of 0.5
// into 7e-6).
import { nn } from '../../../lib';
import { adaptData, flat, kerasPreprocessing, runLayer } from './reference';

const reference = kerasPreprocessing();

// Output dtypes where hydra-tf differs from Keras on purpose: lookups encode to float32 in every
// non-int mode (Keras's StringLookup/IntegerLookup give int64 counts), so the result feeds a Dense.
function expectedDtype(className: string, config: Record<string, unknown>, kerasDtype: string): string {
  if (
    (className === 'StringLookup' || className === 'IntegerLookup' || className === 'TextVectorization') &&
    (config.outputMode ?? 'int') !== 'int'
  )
    return 'float32';
  return kerasDtype;
}

describe(`preprocessing layers against Keras ${reference.versions.keras} (TensorFlow ${reference.versions.tensorflow})`, () => {
  test.each(reference.cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const layer = nn.getLayer({ className: c.className, config: c.config }) as nn.PreprocessingLayer;
    if (c.adapt) await layer.adapt(adaptData(c.adapt));
    if (c.state?.vocabulary) expect((layer as unknown as { getVocabulary(): unknown[] }).getVocabulary()).toEqual(c.state.vocabulary);
    if (c.state?.binBoundaries) expect((layer as nn.Discretization).binBoundaries).toEqual(c.state.binBoundaries);
    if (c.state?.mean) {
      const stats = (layer as nn.Normalization).statistics!;
      expect(stats.mean.length).toBe((c.state.mean as number[]).length);
      stats.mean.forEach((m, i) =>
        expect(Math.abs(m - (c.state!.mean as number[])[i])).toBeLessThanOrEqual(2e-6 * Math.max(1, Math.abs(m))),
      );
      stats.variance.forEach((v, i) =>
        expect(Math.abs(v - (c.state!.variance as number[])[i])).toBeLessThanOrEqual(2e-6 * Math.max(1e-3, Math.abs(v))),
      );
    }
    let tolerance = (i: number, want: number) => 2e-6 * Math.max(1, Math.abs(want));
    if (c.className === 'Normalization' && c.state?.mean) {
      const kerasMean = c.state.mean as number[];
      const kerasVariance = c.state.variance as number[];
      const same = nn.getLayer({ className: 'Normalization', config: { ...c.config, mean: kerasMean, variance: kerasVariance } });
      const exact = await runLayer(same, c.input);
      flat(exact).forEach((v, i) =>
        expect(Math.abs((v as number) - (c.output.values[i] as number))).toBeLessThanOrEqual(
          2e-6 * Math.max(1, Math.abs(c.output.values[i] as number)),
        ),
      );
      exact.dispose();
      const stats = (layer as nn.Normalization).statistics!;
      const positions = kerasMean.length;
      tolerance = (i, want) => {
        const p = i % positions;
        const std = Math.sqrt(kerasVariance[p]);
        return (
          Math.abs(stats.mean[p] - kerasMean[p]) / std +
          (Math.abs(want) * Math.abs(Math.sqrt(stats.variance[p]) - std)) / std +
          2e-6 * Math.max(1, Math.abs(want))
        );
      };
    }
    const out = await runLayer(layer, c.input);
    try {
      expect({ dtype: out.dtype, shape: out.shape }).toEqual({
        dtype: expectedDtype(c.className, c.config, c.output.dtype),
        shape: c.output.shape,
      });
      const got = flat(out);
      if (c.output.dtype === 'float32') {
        got.forEach((v, i) => {
          const want = c.output.values[i] as number;
          expect(Math.abs((v as number) - want)).toBeLessThanOrEqual(tolerance(i, want));
        });
      } else {
        expect(got).toEqual(c.output.values);
      }
    } finally {
      out.dispose();
    }
  });
});
