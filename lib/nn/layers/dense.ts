/** Dense: activation(x·kernel + bias), on the last axis of inputs of any rank >= 2. */
import { Output } from '../../core';
import * as ops from '../../ops';
import { ActivationLike, getActivation } from '../activations';
import { CallContext, Layer, LayerOptions, lastDim } from '../layer';
import { Config } from '../config';
import { KernelBiasOptions, activationConfig, checkOptions, kernelBiasConfig, kernelBiasWeights, positiveInt } from '../options';

export interface DenseOptions extends LayerOptions, KernelBiasOptions {
  units: number;
  activation?: ActivationLike;
}

const KNOWN = ['units', 'activation', 'useBias', 'kernelInitializer', 'biasInitializer', 'kernelRegularizer', 'biasRegularizer'];

export class Dense extends Layer {
  readonly units: number;
  private readonly options: DenseOptions;

  constructor(options: DenseOptions) {
    checkOptions('dense', options, KNOWN);
    super(options, 'dense');
    this.units = positiveInt(`dense "${this.name}"`, 'units', options?.units);
    getActivation(options.activation, `dense "${this.name}"`);
    this.options = options;
  }

  override getConfig(): Config {
    const o = this.options;
    return {
      ...super.getConfig(),
      units: this.units,
      activation: activationConfig(this.name, 'activation', o.activation),
      ...kernelBiasConfig(this.name, o),
    };
  }

  protected override build(ctx: CallContext, [shape]: Array<number[] | null>): void {
    const inputDim = lastDim(this.name, shape);
    const weights = kernelBiasWeights(this.options);
    this.addWeight(ctx, 'kernel', [inputDim, this.units], weights.kernel);
    if (weights.bias) this.addWeight(ctx, 'bias', [this.units], weights.bias);
  }

  protected call(ctx: CallContext, [x]: Output[]): Output {
    const [kernel, bias] = this.weights(ctx.graph);
    const shape = x.shape as number[];
    let y: Output;
    if (shape.length === 2) {
      y = ops.matMul(x, kernel.read());
    } else {
      // Higher ranks: fold the leading axes into one, multiply, unfold.
      const inputDim = shape[shape.length - 1];
      const flat = ops.reshape(x, ops.constant(ctx.graph, [-1, inputDim], 'int32'));
      const product = ops.matMul(flat, kernel.read());
      const leading = ops.stridedSlice(
        ops.shape(x, { outType: 'int32' }),
        ops.constant(ctx.graph, [0], 'int32'),
        ops.constant(ctx.graph, [-1], 'int32'),
        ops.constant(ctx.graph, [1], 'int32'),
      );
      y = ops.reshape(
        product,
        ops.concatV2([leading, ops.constant(ctx.graph, [this.units], 'int32')], ops.constant(ctx.graph, 0, 'int32')),
      );
    }
    if (bias) y = ops.biasAdd(y, bias.read());
    return getActivation(this.options.activation, this.name)(y);
  }
}
