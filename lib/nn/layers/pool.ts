/**
 * What the 1-D and 2-D max and average pooling layers share: their options, checks, config and
 * the pooling op's attributes (a 1-D pooling runs the 2-D op on a height-1 image).
 */
import { Output } from '../../core';
import * as ops from '../../ops';
import { CallContext, Layer, LayerOptions } from '../layer';
import { Config } from '../config';
import { checkOptions, pair, padding, positiveInt } from '../options';

export interface PoolOptions<Size> extends LayerOptions {
  poolSize?: Size;
  /** Defaults to poolSize. */
  strides?: Size;
  padding?: 'valid' | 'same';
}

/** A single size given as a number or a one-element array (Keras configs write tuples). */
export function single(kind: string, name: string, value: unknown): number {
  const v = Array.isArray(value) && value.length === 1 ? value[0] : value;
  return positiveInt(kind, name, v);
}

export abstract class Pool extends Layer {
  protected readonly size: number[];
  protected readonly strides: number[];
  protected readonly paddingMode: 'VALID' | 'SAME';

  constructor(
    options: PoolOptions<number | number[]>,
    kind: string,
    /** Spatial dimensions: 1 (steps) or 2 (height, width). */
    private readonly spatial: 1 | 2,
    /** Refuses an input shape of the wrong rank, naming the layer. */
    private readonly checkInput: (layer: string, shape: number[] | null) => void,
  ) {
    checkOptions(kind, options, ['poolSize', 'strides', 'padding']);
    super(options, kind);
    const label = `${kind} "${this.name}"`;
    const sizes = (key: string, value: unknown): number[] =>
      spatial === 1 ? [single(label, key, value)] : pair(label, key, value as number | [number, number]);
    this.size = sizes('poolSize', options.poolSize ?? 2);
    this.strides = sizes('strides', options.strides ?? (spatial === 1 ? this.size[0] : this.size));
    this.paddingMode = padding(label, options.padding);
  }

  override getConfig(): Config {
    // 1-D layers write plain numbers, 2-D layers pairs (the configs hydra-tf has always written).
    const shown = (sizes: number[]) => (this.spatial === 1 ? sizes[0] : [...sizes]);
    return {
      ...super.getConfig(),
      poolSize: shown(this.size),
      strides: shown(this.strides),
      padding: this.paddingMode === 'VALID' ? 'valid' : 'same',
    };
  }

  protected override build(_ctx: CallContext, [shape]: Array<number[] | null>): void {
    this.checkInput(this.name, shape);
  }

  /** Pools `x` with the 2-D op `pool` (maxPool or avgPool). */
  protected pool(ctx: CallContext, x: Output, pool: typeof ops.maxPool): Output {
    const window = this.spatial === 1 ? [1, ...this.size] : this.size;
    const strides = this.spatial === 1 ? [1, ...this.strides] : this.strides;
    const image = this.spatial === 1 ? ops.expandDims(x, ops.constant(ctx.graph, 1, 'int32')) : x;
    const y = pool(image, { ksize: [1, ...window, 1], strides: [1, ...strides, 1], padding: this.paddingMode, dataFormat: 'NHWC' });
    return this.spatial === 1 ? ops.squeeze(y, { squeezeDims: [1] }) : y;
  }
}
