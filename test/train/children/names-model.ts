// A small model with default (unnamed) layers, built the same way by a test and by its child process.
import { nn, train } from '../../../lib';

const { layers } = nn;

/** Two unnamed dense layers and a sequential of two more: every variable name comes from the model. */
export function buildNamesModel() {
  const x = layers.input({ name: 'x', shape: [3] });
  const hidden = layers.dense({ units: 4, activation: 'tanh' }).apply(x);
  const tower = layers.sequential([layers.dense({ units: 4, activation: 'relu' }), layers.dense({ units: 2 })]).apply(hidden);
  const model = nn.model({ inputs: { x }, outputs: { y: tower } });
  return train.compile(model, { optimizer: train.optimizers.adam({ learningRate: 0.05 }), loss: 'mse', seed: 11 });
}

/** Unrelated models a process builds first (they must not shift the names of the next one). */
export function buildUnrelatedModels(): void {
  for (let k = 0; k < 2; k++) {
    const a = layers.input({ shape: [5] });
    const h = layers.dense({ units: 3 }).apply(layers.dense({ units: 6 }).apply(a));
    nn.model({ inputs: [a], outputs: [h] });
  }
}

export const namesData = {
  x: Float32Array.from({ length: 48 }, (_, i) => Math.sin(i * 0.7)),
  y: Float32Array.from({ length: 32 }, (_, i) => Math.cos(i * 0.3)),
};
