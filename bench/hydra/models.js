'use strict';
/**
 * The benchmark workloads, built with hydra-tf's public API. bench/python/models.py builds the
 * same models in Keras 3 (same layers, sizes, initializers, losses, metrics and optimizer), so
 * both peers train the same computation.
 */
const { layers, losses, metrics, mtl, optimizers } = require('../../dist/lib');

/** Deterministic pseudo-random numbers (mulberry32), so every peer can be fed the same data. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * (a) shared-bottom MLP: 128 tabular features -> dense 256 relu -> dense 128 relu (shared) ->
 * per task a dense 64 relu tower and a head: "price" (regression, MSE), "click" (binary,
 * cross-entropy from logits), "segment" (10 classes, sparse cross-entropy from logits).
 */
const mlp = {
  name: 'mlp',
  batchSize: 256,
  inputShape: [128],
  build(options = {}) {
    const features = layers.input({ name: 'features', shape: [128] });
    const trunk = layers
      .sequential(
        [
          layers.dense({ units: 256, activation: 'relu', name: 'bottom_1' }),
          layers.dense({ units: 128, activation: 'relu', name: 'bottom_2' }),
        ],
        { name: 'bottom' },
      )
      .apply(features);
    const tower = (name, units) =>
      layers.sequential(
        [layers.dense({ units: 64, activation: 'relu', name: `${name}_tower` }), layers.dense({ units, name: `${name}_out` })],
        { name: `${name}_head` },
      );
    return mtl.model({
      inputs: { features },
      trunk,
      tasks: {
        price: { head: tower('price', 1), loss: losses.meanSquaredError(), metrics: [metrics.meanAbsoluteError({ name: 'mae' })] },
        click: {
          head: tower('click', 1),
          loss: losses.binaryCrossentropy({ fromLogits: true }),
          metrics: [metrics.binaryAccuracy({ fromLogits: true, name: 'accuracy' })],
        },
        segment: {
          head: tower('segment', 10),
          loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
          metrics: [metrics.sparseCategoricalAccuracy({ name: 'accuracy' })],
        },
      },
      optimizer: optimizers.adam({ learningRate: 1e-3 }),
      jitCompile: options.jitCompile ?? false,
      ...(options.session ? { session: options.session } : {}),
      seed: 1,
      distribute: options.distribute,
    });
  },
  /** Columns of n examples (flat typed arrays, as a user passes them to fit). */
  data(n, seed = 7) {
    const next = random(seed);
    const features = new Float32Array(n * 128);
    for (let i = 0; i < features.length; i++) features[i] = next() * 2 - 1;
    const price = new Float32Array(n);
    const click = new Float32Array(n);
    const segment = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      price[i] = features[i * 128] + 0.5 * features[i * 128 + 1];
      click[i] = features[i * 128 + 2] > 0 ? 1 : 0;
      segment[i] = Math.floor(next() * 10);
    }
    return { features, price, click, segment };
  },
  shapes: { features: [128] },
};

/**
 * (b) LeNet-style conv net on 28x28x1: conv 6@5x5 same relu, max-pool 2, conv 16@5x5 valid relu,
 * max-pool 2, flatten, dense 120 relu, dense 84 relu (shared); heads "digit" (10 classes) and
 * "parity" (binary).
 */
const lenet = {
  name: 'lenet',
  batchSize: 128,
  build(options = {}) {
    const image = layers.input({ name: 'image', shape: [28, 28, 1] });
    const trunk = layers
      .sequential(
        [
          layers.conv2d({ filters: 6, kernelSize: 5, padding: 'same', activation: 'relu', name: 'conv_1' }),
          layers.maxPool2d({ poolSize: 2, name: 'pool_1' }),
          layers.conv2d({ filters: 16, kernelSize: 5, activation: 'relu', name: 'conv_2' }),
          layers.maxPool2d({ poolSize: 2, name: 'pool_2' }),
          layers.flatten({ name: 'flatten' }),
          layers.dense({ units: 120, activation: 'relu', name: 'dense_1' }),
          layers.dense({ units: 84, activation: 'relu', name: 'dense_2' }),
        ],
        { name: 'trunk' },
      )
      .apply(image);
    return mtl.model({
      inputs: { image },
      trunk,
      tasks: {
        digit: {
          head: layers.dense({ units: 10, name: 'digit_out' }),
          loss: losses.sparseCategoricalCrossentropy({ fromLogits: true }),
          metrics: [metrics.sparseCategoricalAccuracy({ name: 'accuracy' })],
        },
        parity: {
          head: layers.dense({ units: 1, name: 'parity_out' }),
          loss: losses.binaryCrossentropy({ fromLogits: true }),
          metrics: [metrics.binaryAccuracy({ fromLogits: true, name: 'accuracy' })],
        },
      },
      optimizer: optimizers.adam({ learningRate: 1e-3 }),
      jitCompile: options.jitCompile ?? false,
      ...(options.session ? { session: options.session } : {}),
      seed: 1,
      distribute: options.distribute,
    });
  },
  data(n, seed = 7) {
    const next = random(seed);
    const image = new Float32Array(n * 784);
    for (let i = 0; i < image.length; i++) image[i] = next();
    const digit = new Int32Array(n);
    const parity = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      digit[i] = Math.floor(next() * 10);
      parity[i] = digit[i] % 2;
    }
    return { image, digit, parity };
  },
  shapes: { image: [28, 28, 1] },
};

module.exports = { workloads: { mlp, lenet }, random };
