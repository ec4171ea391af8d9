// A model with default-named layers, an MMoE, and a registered user layer, built by the test;
// its child process knows only the JSON (and registers the same user layer class).
import { Output, mtl, nn, ops, train } from '../../../lib';

const { layers } = nn;

/** y = x · factor, elementwise; a user layer with one option and no weights. */
export class Times extends nn.Layer {
  readonly factor: number;
  constructor(options: { factor: number; name?: string; trainable?: boolean }) {
    super(options, 'times');
    this.factor = options.factor;
  }
  override getConfig() {
    return { ...super.getConfig(), factor: this.factor };
  }
  protected call(_ctx: nn.CallContext, [x]: Output[]): Output {
    return ops.mul(x, this.factor);
  }
}

export function registerUserLayers(): void {
  // The config is what Times.getConfig wrote.
  nn.registerLayer('Times', (config) => new Times(config as { factor: number; name?: string; trainable?: boolean }));
}

export function buildArchitectureModel(): nn.Model {
  const x = layers.input({ name: 'x', shape: [3] });
  const hidden = new Times({ factor: 0.5 }).apply(layers.dense({ units: 4, activation: 'tanh' }).apply(x));
  const { a, b } = mtl.architectures.mmoe({ tasks: ['a', 'b'], experts: 2, expertUnits: [3] }).apply(hidden);
  return nn.model({ inputs: { x }, outputs: { y: layers.dense({ units: 2 }).apply(layers.concatenate().apply([a, b])) } });
}

/** Compiles a model the same way in both processes (the compile options are not part of the architecture). */
export function compile(model: nn.Model) {
  return train.compile(model, { optimizer: train.optimizers.adam({ learningRate: 0.05 }), loss: 'mse', seed: 3 });
}

export const data = {
  x: Float32Array.from({ length: 48 }, (_, i) => Math.sin(i * 0.7)),
  y: Float32Array.from({ length: 32 }, (_, i) => Math.cos(i * 0.3)),
};
