// The multi-task model and data of the save-and-continue test (shared by the test and its child).
import { layers, mtl, optimizers } from '../../../lib';

/** A weighting with a configuration (built-in strategies get theirs with the weighting registry). */
export function savable(weighting: mtl.Weighting, config: Record<string, unknown> = {}): mtl.Weighting {
  return typeof (weighting as { getConfig?: unknown }).getConfig === 'function'
    ? weighting
    : Object.assign(Object.create(weighting), { getConfig: () => config });
}

/** Unnamed layers, dropout in the trunk, learned task weights (uncertainty), Adam. */
export function buildMultiTaskSaveModel() {
  const x = layers.input({ name: 'x', shape: [3] });
  const trunk = layers.dropout({ rate: 0.2 }).apply(layers.dense({ units: 8, activation: 'tanh' }).apply(x));
  return mtl.model({
    inputs: { x },
    trunk,
    tasks: { a: { head: layers.dense({ units: 1 }), loss: 'mse', metrics: ['mae'] }, b: { head: layers.dense({ units: 1 }), loss: 'mse' } },
    weighting: savable(mtl.weighting.uncertainty()),
    optimizer: optimizers.adam({ learningRate: 0.01 }),
    seed: 8,
  });
}

export function multiTaskData() {
  const n = 64;
  return {
    x: Float32Array.from({ length: n * 3 }, (_, i) => Math.sin(i * 0.7)),
    a: Float32Array.from({ length: n }, (_, i) => Math.cos(i * 0.3)),
    b: Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.11) * 3),
  };
}
