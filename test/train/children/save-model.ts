// The model and data of the save-and-continue test (shared by the test and its child process).
import { nn, train } from '../../../lib';

const { layers } = nn;

/** Unnamed layers, dropout, Adam, an L2 penalty and a metric: every piece of state a resume needs. */
export function buildSaveModel() {
  const x = layers.input({ name: 'x', shape: [3] });
  const hidden = layers
    .dropout({ rate: 0.25 })
    .apply(layers.dense({ units: 8, activation: 'relu', kernelRegularizer: nn.regularizers.l2(0.001) }).apply(x));
  const model = nn.model({ inputs: { x }, outputs: { y: layers.dense({ units: 1 }).apply(hidden) } });
  return train.compile(model, { optimizer: train.optimizers.adam({ learningRate: 0.01 }), loss: 'mse', metrics: ['mae'], seed: 21 });
}

export function continueData() {
  const n = 80;
  return {
    x: Float32Array.from({ length: n * 3 }, (_, i) => Math.sin(i * 0.9)),
    y: Float32Array.from({ length: n }, (_, i) => Math.cos(i * 0.4)),
  };
}
