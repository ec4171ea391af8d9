/** Conv2D and 2-D pooling, NHWC (batch, height, width, channels). */
import { Output, invalidArgument, formatShape } from '../../core';
import * as ops from '../../ops';
import { ActivationLike, getActivation } from '../activations';
import { CallContext, Layer, LayerOptions, knownShape, lastDim } from '../layer';
import { Config } from '../config';
import {
  KernelBiasOptions,
  activationConfig,
  checkOptions,
  kernelBiasConfig,
  kernelBiasWeights,
  pair,
  padding,
  positiveInt,
} from '../options';
import { Pool, PoolOptions } from './pool';

export interface Conv2DOptions extends LayerOptions, KernelBiasOptions {
  filters: number;
  kernelSize: number | [number, number];
  strides?: number | [number, number];
  padding?: 'valid' | 'same';
  dilationRate?: number | [number, number];
  activation?: ActivationLike;
}

function checkRank4(layer: string, shape: number[] | null): void {
  const known = knownShape(layer, shape);
  if (known.length !== 4)
    throw invalidArgument(`layer "${layer}": expects inputs of rank 4 (batch, height, width, channels), got shape ${formatShape(known)}`);
}

export class Conv2D extends Layer {
  private readonly options: Conv2DOptions;
  private readonly kernel: [number, number];
  private readonly strides: [number, number];
  private readonly dilations: [number, number];
  private readonly paddingMode: 'VALID' | 'SAME';

  constructor(options: Conv2DOptions) {
    checkOptions('conv2d', options, [
      'filters',
      'kernelSize',
      'strides',
      'padding',
      'dilationRate',
      'activation',
      'useBias',
      'kernelInitializer',
      'biasInitializer',
      'kernelRegularizer',
      'biasRegularizer',
    ]);
    super(options, 'conv2d');
    const kind = `conv2d "${this.name}"`;
    positiveInt(kind, 'filters', options.filters);
    this.kernel = pair(kind, 'kernelSize', options.kernelSize);
    this.strides = pair(kind, 'strides', options.strides ?? 1);
    this.dilations = pair(kind, 'dilationRate', options.dilationRate ?? 1);
    this.paddingMode = padding(kind, options.padding);
    getActivation(options.activation, kind);
    this.options = options;
  }

  override getConfig(): Config {
    const o = this.options;
    return {
      ...super.getConfig(),
      filters: o.filters,
      kernelSize: [...this.kernel],
      strides: [...this.strides],
      padding: this.paddingMode === 'VALID' ? 'valid' : 'same',
      dilationRate: [...this.dilations],
      activation: activationConfig(this.name, 'activation', o.activation),
      ...kernelBiasConfig(this.name, o),
    };
  }

  protected override build(ctx: CallContext, [shape]: Array<number[] | null>): void {
    checkRank4(this.name, shape);
    const channels = lastDim(this.name, shape);
    const weights = kernelBiasWeights(this.options);
    this.addWeight(ctx, 'kernel', [...this.kernel, channels, this.options.filters], weights.kernel);
    if (weights.bias) this.addWeight(ctx, 'bias', [this.options.filters], weights.bias);
  }

  protected call(ctx: CallContext, [x]: Output[]): Output {
    const [kernel, bias] = this.weights(ctx.graph);
    let y = ops.conv2d(x, kernel.read(), {
      strides: [1, ...this.strides, 1],
      padding: this.paddingMode,
      dilations: [1, ...this.dilations, 1],
      dataFormat: 'NHWC',
    });
    if (bias) y = ops.biasAdd(y, bias.read());
    return getActivation(this.options.activation, this.name)(y);
  }
}

export type Pool2DOptions = PoolOptions<number | [number, number]>;

export class MaxPool2D extends Pool {
  constructor(options: Pool2DOptions = {}) {
    super(options, 'max_pooling2d', 2, checkRank4);
  }
  protected call(ctx: CallContext, [x]: Output[]): Output {
    return this.pool(ctx, x, ops.maxPool);
  }
}

export class AvgPool2D extends Pool {
  constructor(options: Pool2DOptions = {}) {
    super(options, 'average_pooling2d', 2, checkRank4);
  }
  protected call(ctx: CallContext, [x]: Output[]): Output {
    return this.pool(ctx, x, ops.avgPool);
  }
}

/** Mean over height and width: (batch, h, w, c) → (batch, c). */
export class GlobalAveragePooling2D extends Layer {
  constructor(options: LayerOptions = {}) {
    checkOptions('globalAveragePooling2d', options, []);
    super(options, 'global_average_pooling2d');
  }
  protected override build(_ctx: CallContext, [shape]: Array<number[] | null>): void {
    checkRank4(this.name, shape);
  }
  protected call(_ctx: CallContext, [x]: Output[]): Output {
    return ops.reduceMean(x, [1, 2]);
  }
}
