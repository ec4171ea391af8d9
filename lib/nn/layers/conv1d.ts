/**
 * Conv1D and 1-D pooling over sequences (batch, steps, channels). Built as the 2-D ops on a
 * height-1 image, as TensorFlow's conv1d and pool1d are; "causal" padding pads the start of
 * the sequence so that output t sees inputs up to t only (Keras's Conv1D).
 */
import { Output, invalidArgument, formatShape } from '../../core';
import * as ops from '../../ops';
import { ActivationLike, getActivation } from '../activations';
import { CallContext, Layer, LayerOptions, knownShape, lastDim } from '../layer';
import { Config } from '../config';
import { KernelBiasOptions, activationConfig, checkOptions, kernelBiasConfig, kernelBiasWeights, positiveInt } from '../options';
import { Pool, PoolOptions, single } from './pool';

export interface Conv1DOptions extends LayerOptions, KernelBiasOptions {
  filters: number;
  kernelSize: number;
  strides?: number;
  padding?: 'valid' | 'same' | 'causal';
  dilationRate?: number;
  activation?: ActivationLike;
}

function checkRank3(layer: string, shape: number[] | null): void {
  const known = knownShape(layer, shape);
  if (known.length !== 3)
    throw invalidArgument(`layer "${layer}": expects inputs of rank 3 (batch, steps, channels), got shape ${formatShape(known)}`);
}

export class Conv1D extends Layer {
  private readonly options: Conv1DOptions;
  private readonly kernel: number;
  private readonly strides: number;
  private readonly dilation: number;
  private readonly paddingMode: 'valid' | 'same' | 'causal';

  constructor(options: Conv1DOptions) {
    checkOptions('conv1d', options, [
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
    super(options, 'conv1d');
    const kind = `conv1d "${this.name}"`;
    positiveInt(kind, 'filters', options.filters);
    this.kernel = single(kind, 'kernelSize', options.kernelSize);
    this.strides = single(kind, 'strides', options.strides ?? 1);
    this.dilation = single(kind, 'dilationRate', options.dilationRate ?? 1);
    const mode = (options.padding ?? 'valid').toLowerCase();
    if (mode !== 'valid' && mode !== 'same' && mode !== 'causal')
      throw invalidArgument(`${kind}: padding must be "valid", "same" or "causal", got ${JSON.stringify(options.padding)}`);
    this.paddingMode = mode;
    if (this.strides > 1 && this.dilation > 1)
      throw invalidArgument(`${kind}: strides > 1 and dilationRate > 1 cannot be combined (as in Keras)`);
    getActivation(options.activation, kind);
    this.options = options;
  }

  override getConfig(): Config {
    const o = this.options;
    return {
      ...super.getConfig(),
      filters: o.filters,
      kernelSize: this.kernel,
      strides: this.strides,
      padding: this.paddingMode,
      dilationRate: this.dilation,
      activation: activationConfig(this.name, 'activation', o.activation),
      ...kernelBiasConfig(this.name, o),
    };
  }

  protected override build(ctx: CallContext, [shape]: Array<number[] | null>): void {
    checkRank3(this.name, shape);
    const channels = lastDim(this.name, shape);
    // Keras's kernel shape (kernel_size, in_channels, filters), so weights move between the two.
    const weights = kernelBiasWeights(this.options);
    this.addWeight(ctx, 'kernel', [this.kernel, channels, this.options.filters], weights.kernel);
    if (weights.bias) this.addWeight(ctx, 'bias', [this.options.filters], weights.bias);
  }

  protected call(ctx: CallContext, [x]: Output[]): Output {
    const graph = ctx.graph;
    const [kernel, bias] = this.weights(graph);
    let input = x;
    if (this.paddingMode === 'causal') {
      const left = this.dilation * (this.kernel - 1);
      input = ops.pad(
        input,
        ops.constant(
          graph,
          [
            [0, 0],
            [left, 0],
            [0, 0],
          ],
          'int32',
        ),
      );
    }
    const image = ops.expandDims(input, ops.constant(graph, 1, 'int32'));
    const filter = ops.expandDims(kernel.read(), ops.constant(graph, 0, 'int32'));
    let y = ops.conv2d(image, filter, {
      strides: [1, 1, this.strides, 1],
      padding: this.paddingMode === 'same' ? 'SAME' : 'VALID',
      dilations: [1, 1, this.dilation, 1],
      dataFormat: 'NHWC',
    });
    y = ops.squeeze(y, { squeezeDims: [1] });
    if (bias) y = ops.biasAdd(y, bias.read());
    return getActivation(this.options.activation, this.name)(y);
  }
}

export type Pool1DOptions = PoolOptions<number>;

export class MaxPool1D extends Pool {
  constructor(options: Pool1DOptions = {}) {
    super(options, 'max_pooling1d', 1, checkRank3);
  }
  protected call(ctx: CallContext, [x]: Output[]): Output {
    return this.pool(ctx, x, ops.maxPool);
  }
}

export class AvgPool1D extends Pool {
  constructor(options: Pool1DOptions = {}) {
    super(options, 'average_pooling1d', 1, checkRank3);
  }
  protected call(ctx: CallContext, [x]: Output[]): Output {
    return this.pool(ctx, x, ops.avgPool);
  }
}

/** Mean over the steps: (batch, steps, channels) → (batch, channels). */
export class GlobalAveragePooling1D extends Layer {
  constructor(options: LayerOptions = {}) {
    checkOptions('globalAveragePooling1d', options, []);
    super(options, 'global_average_pooling1d');
  }
  protected override build(_ctx: CallContext, [shape]: Array<number[] | null>): void {
    checkRank3(this.name, shape);
  }
  protected call(_ctx: CallContext, [x]: Output[]): Output {
    return ops.reduceMean(x, 1);
  }
}

/** Maximum over the steps: (batch, steps, channels) → (batch, channels). */
export class GlobalMaxPooling1D extends Layer {
  constructor(options: LayerOptions = {}) {
    checkOptions('globalMaxPooling1d', options, []);
    super(options, 'global_max_pooling1d');
  }
  protected override build(_ctx: CallContext, [shape]: Array<number[] | null>): void {
    checkRank3(this.name, shape);
  }
  protected call(_ctx: CallContext, [x]: Output[]): Output {
    return ops.reduceMax(x, 1);
  }
}
