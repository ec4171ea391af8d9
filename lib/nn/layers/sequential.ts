/** Sequential: layers applied one after another, itself a layer. */
import { Output, invalidArgument } from '../../core';
import { Config } from '../config';
import { CallContext, Layer, LayerOptions } from '../layer';

export class Sequential extends Layer {
  readonly layers: Layer[];

  constructor(layers: Layer[], options: LayerOptions = {}) {
    super(options, 'sequential');
    if (!Array.isArray(layers) || layers.length === 0) throw invalidArgument(`sequential "${this.name}" needs a non-empty array of layers`);
    layers.forEach((layer, i) => {
      if (!(layer instanceof Layer)) throw invalidArgument(`sequential "${this.name}": element ${i} is not a layer`);
    });
    this.layers = layers;
  }

  /** Name, trainable, and each layer's { className, config } in order. */
  override getConfig(): Config {
    return { ...super.getConfig(), layers: this.layers.map((layer) => ({ className: layer.className, config: layer.getConfig() })) };
  }

  override sublayers(): Layer[] {
    return this.layers;
  }

  protected call(ctx: CallContext, [x]: Output[]): Output {
    let h = x;
    for (const layer of this.layers) {
      const out = layer.invoke(ctx, [h]);
      if (out.length !== 1)
        throw invalidArgument(
          `sequential "${this.name}": layer "${layer.name}" has ${out.length} outputs; sequential layers must have one`,
        );
      h = out[0];
    }
    return h;
  }
}
