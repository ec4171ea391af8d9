// A small regression model whose dense layers pruneModel prunes (60% from step 5, every 5 steps),
// and its data; shared by save-export.test.ts and the child process that loads what it saved.
import { layers, nn, optimizers, train } from '../../../../lib';

export const ROWS = 40;

export function prunedData() {
  return {
    x: Float32Array.from({ length: ROWS * 6 }, (_, i) => Math.sin(i * 0.91)),
    y: Float32Array.from({ length: ROWS * 3 }, (_, i) => Math.cos(i * 0.37)),
  };
}

export function denseModel(): nn.Model {
  const x = layers.input({ name: 'x', shape: [6] });
  const hidden = layers.dense({ units: 12, activation: 'relu', name: 'hidden' }).apply(x);
  return nn.model({ inputs: { x }, outputs: { y: layers.dense({ units: 3, name: 'out' }).apply(hidden) }, name: 'pruned' });
}

export function buildPrunedTrainer(): train.Trainer {
  const model = nn.pruning.pruneModel(denseModel(), {
    schedule: nn.pruning.constantSparsity({ targetSparsity: 0.6, beginStep: 0, frequency: 5 }),
  });
  return train.compile(model, { optimizer: optimizers.adam({ learningRate: 0.02 }), loss: 'meanSquaredError', seed: 5 });
}
