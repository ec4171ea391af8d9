// Initializers against their definitions (the ones Keras 3 documents), on variables large
// enough for the statistics to be sharp, and the reproducibility of seeded initial weights.
//
// Tolerances: for n independent draws, the sample mean has standard error σ/√n and the sample
// variance s² has standard error √(m4 − σ⁴)/√n (m4 the fourth moment). The tests allow 5
// standard errors: a correct initializer fails with probability < 1e-6 for a fresh seed (and
// the seeds are fixed, so the numbers never change), while a wrong constant (a fan, a factor 2,
// the truncation correction 0.8796) moves the variance by 10% or more: 15 standard errors or
// more at these sizes.
import { Graph, Session, nn, train } from '../../lib';
import type { HostBatch } from '../../lib/data';
import { report } from './numbers';

const summary: Array<[string, ...Array<string | number>]> = [];
afterAll(() => report('initializers (|mean| / SE, |variance − expected| / SE; orthogonality error)', summary));

async function draw(initializer: nn.initializers.Initializer, shape: number[], seed = 3): Promise<Float32Array> {
  const graph = new Graph();
  const state = nn.graphState(graph, seed);
  const value = initializer(state, shape, 'float32');
  const session = new Session(graph);
  try {
    const [result] = await session.run(null, [value]);
    return result.data() as Float32Array;
  } finally {
    await session.close();
  }
}

function moments(values: Float32Array): { mean: number; variance: number; maxAbs: number } {
  let sum = 0;
  let maxAbs = 0;
  for (const v of values) {
    sum += v;
    maxAbs = Math.max(maxAbs, Math.abs(v));
  }
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return { mean, variance: squares / values.length, maxAbs };
}

/** Checks mean 0 and variance `variance` within 5 standard errors; `kurtosis` is m4/σ⁴ of the distribution. */
function expectMoments(what: string, values: Float32Array, variance: number, kurtosis: number): void {
  const n = values.length;
  const stats = moments(values);
  const meanErrors = Math.abs(stats.mean) / (Math.sqrt(variance) / Math.sqrt(n));
  const varianceErrors = Math.abs(stats.variance - variance) / ((variance * Math.sqrt(kurtosis - 1)) / Math.sqrt(n));
  summary.push([what.padEnd(28), meanErrors.toFixed(2), varianceErrors.toFixed(2)]);
  expect(meanErrors).toBeLessThan(5);
  expect(varianceErrors).toBeLessThan(5);
}

// U(−a, a): σ² = a²/3, m4 = a⁴/5, so m4/σ⁴ = 9/5.
const UNIFORM_KURTOSIS = 9 / 5;

// The unit normal truncated to [−2, 2] (what TruncatedNormal draws): with φ(2) and
// Z = Φ(2) − Φ(−2) = erf(√2), m2 = 1 − 2·2·φ(2)/Z and m4 = 3·m2 − 2·2³·φ(2)/Z
// (integrating x^k·φ(x) by parts).
const PHI2 = Math.exp(-2) / Math.sqrt(2 * Math.PI);
const Z2 = 0.9544997361036416; // erf(√2)
const TRUNCATED_M2 = 1 - (4 * PHI2) / Z2;
const TRUNCATED_M4 = 3 * TRUNCATED_M2 - (16 * PHI2) / Z2;

describe('initializers against their definitions', () => {
  test("the truncated normal moments used below (sanity: √m2 is Keras's 0.87962566)", () => {
    expect(Math.sqrt(TRUNCATED_M2)).toBeCloseTo(0.87962566103423978, 9);
  });

  test('glorotUniform: U(±√(6 / (fanIn + fanOut))), dense [256, 512] and conv [3, 3, 32, 64]', async () => {
    for (const [shape, fanIn, fanOut] of [
      [[256, 512], 256, 512],
      // A conv kernel's fans count the receptive field: 3·3·32 in, 3·3·64 out.
      [[3, 3, 32, 64], 288, 576],
    ] as Array<[number[], number, number]>) {
      const values = await draw(nn.initializers.glorotUniform(), shape);
      const bound = Math.sqrt(6 / (fanIn + fanOut));
      const { maxAbs } = moments(values);
      // Inside the bound, and reaching it: the largest of ~2·10⁴+ uniform draws is within 0.1%.
      expect(maxAbs).toBeLessThanOrEqual(bound);
      expect(maxAbs).toBeGreaterThan(0.999 * bound);
      expectMoments(`glorotUniform [${shape.join(', ')}]`, values, (bound * bound) / 3, UNIFORM_KURTOSIS);
    }
  });

  test('heUniform: U(±√(6 / fanIn))', async () => {
    const values = await draw(nn.initializers.heUniform(), [512, 256], 4);
    const bound = Math.sqrt(6 / 512);
    expect(moments(values).maxAbs).toBeLessThanOrEqual(bound);
    expectMoments('heUniform [512, 256]', values, (bound * bound) / 3, UNIFORM_KURTOSIS);
  });

  test('heNormal: variance 2 / fanIn after truncation at two (pre-truncation) standard deviations', async () => {
    const values = await draw(nn.initializers.heNormal(), [512, 256], 5);
    const variance = 2 / 512;
    // Keras draws N(0, s²) truncated at ±2s with s = √(2/fanIn) / 0.8796, so the variance is 2/fanIn.
    const s = Math.sqrt(variance / TRUNCATED_M2);
    expect(moments(values).maxAbs).toBeLessThanOrEqual(2 * s * (1 + 1e-6));
    expect(moments(values).maxAbs).toBeGreaterThan(0.99 * 2 * s);
    expectMoments('heNormal [512, 256]', values, variance, TRUNCATED_M4 / (TRUNCATED_M2 * TRUNCATED_M2));
  });

  test('glorotNormal: variance 2 / (fanIn + fanOut) after truncation', async () => {
    const values = await draw(nn.initializers.glorotNormal(), [256, 512], 6);
    expectMoments('glorotNormal [256, 512]', values, 2 / 768, TRUNCATED_M4 / (TRUNCATED_M2 * TRUNCATED_M2));
  });

  test("orthogonal: QᵀQ = I for a tall matrix, QQᵀ = I for a wide one (an LSTM's recurrent kernel)", async () => {
    for (const [rows, cols] of [
      [96, 32],
      [32, 128],
    ]) {
      const w = await draw(nn.orthogonal(), [rows, cols], 7);
      const k = Math.min(rows, cols);
      // Gram matrix over the long side: columns of a tall Q, rows of a wide one.
      let worst = 0;
      for (let i = 0; i < k; i++) {
        for (let j = 0; j < k; j++) {
          let dot = 0;
          for (let t = 0; t < Math.max(rows, cols); t++)
            dot += rows >= cols ? w[t * cols + i] * w[t * cols + j] : w[i * cols + t] * w[j * cols + t];
          worst = Math.max(worst, Math.abs(dot - (i === j ? 1 : 0)));
        }
      }
      // Householder QR in float32: orthogonality to a few units of n·ε (128 · 6e-8 ≈ 8e-6).
      summary.push([`orthogonal [${rows}, ${cols}]`.padEnd(28), worst]);
      expect(worst).toBeLessThan(1e-5);
    }
  });
});

describe('seeded initial weights', () => {
  const build = () => {
    const { layers } = nn;
    const ids = layers.input({ name: 'ids', shape: [6], dtype: 'int32' });
    const image = layers.input({ name: 'image', shape: [6, 6, 2] });
    const sequence = layers
      .lstm({ units: 4, name: 'lstm' })
      .apply(layers.embedding({ inputDim: 10, outputDim: 3, name: 'embed' }).apply(ids));
    const conv = layers.flatten({ name: 'flat' }).apply(layers.conv2d({ filters: 3, kernelSize: 3, name: 'conv' }).apply(image));
    const joined = layers.concatenate({ name: 'join' }).apply([sequence, conv]);
    return nn.model({
      inputs: { ids, image },
      outputs: { y: layers.dense({ units: 2, kernelInitializer: 'heNormal', name: 'head' }).apply(joined) },
    });
  };
  const batch: HostBatch = {
    ids: { dtype: 'int32', shape: [1, 6], data: new Int32Array(6) },
    image: { dtype: 'float32', shape: [1, 6, 6, 2], data: new Float32Array(72) },
    y: { dtype: 'float32', shape: [1, 2], data: new Float32Array(2) },
  };
  async function initialWeights(seed: number): Promise<Map<string, number[]>> {
    const model = build();
    const trainer = train.compile(model, { optimizer: 'sgd', loss: 'mse', seed });
    await trainer.build(batch);
    const all = await trainer.getWeights();
    const names = model.weights(trainer.graph).map((v) => v.name);
    await trainer.close();
    return new Map(names.map((name) => [name, Array.from(all.get(name)!.data() as Float32Array)]));
  }

  test('the same seed gives identical weights in two compiles; another seed gives other weights', async () => {
    const [a, b, c] = [await initialWeights(5), await initialWeights(5), await initialWeights(6)];
    expect([...a.keys()]).toEqual([
      'embed/embeddings',
      'lstm/kernel',
      'lstm/recurrent_kernel',
      'lstm/bias',
      'conv/kernel',
      'conv/bias',
      'head/kernel',
      'head/bias',
    ]);
    expect(b).toEqual(a);
    for (const name of ['embed/embeddings', 'lstm/kernel', 'lstm/recurrent_kernel', 'conv/kernel', 'head/kernel'])
      expect(c.get(name)).not.toEqual(a.get(name));
    // Deterministic initializers do not depend on the seed: the LSTM's unit forget bias, zero biases.
    expect(c.get('lstm/bias')).toEqual(a.get('lstm/bias'));
    expect(a.get('lstm/bias')).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
