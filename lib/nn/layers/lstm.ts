/**
 * LSTM over (batch, time, features), unrolled statically over the time axis
 * (the number of steps must be known when the model is built). Keras's gate
 * order (input, forget, cell, output), unit forget bias, orthogonal recurrent kernel.
 */
import { Output, invalidArgument, formatShape } from '../../core';
import * as ops from '../../ops';
import { ActivationLike, getActivation } from '../activations';
import { InitializerLike, orthogonal } from '../initializers';
import { CallContext, Layer, knownShape } from '../layer';
import { Config, compact } from '../config';
import { activationConfig, checkOptions, initializerConfig, positiveInt, regularizerConfig } from '../options';
import { RecurrentOptions } from './recurrent';

export interface LSTMOptions extends RecurrentOptions {
  recurrentActivation?: ActivationLike;
  unitForgetBias?: boolean;
}

export { orthogonal };

export class LSTM extends Layer {
  private readonly options: LSTMOptions;
  readonly units: number;

  constructor(options: LSTMOptions) {
    checkOptions('lstm', options, [
      'units',
      'activation',
      'recurrentActivation',
      'returnSequences',
      'goBackwards',
      'useBias',
      'unitForgetBias',
      'kernelInitializer',
      'recurrentInitializer',
      'biasInitializer',
      'kernelRegularizer',
      'recurrentRegularizer',
      'biasRegularizer',
    ]);
    super(options, 'lstm');
    this.units = positiveInt(`lstm "${this.name}"`, 'units', options?.units);
    this.options = options;
  }

  override getConfig(): Config {
    const o = this.options;
    return compact({
      ...super.getConfig(),
      units: this.units,
      activation: activationConfig(this.name, 'activation', o.activation, 'tanh'),
      recurrentActivation: activationConfig(this.name, 'recurrentActivation', o.recurrentActivation, 'sigmoid'),
      returnSequences: o.returnSequences ?? false,
      // Only when set: configs written before the option existed stay as they were.
      goBackwards: o.goBackwards ? true : undefined,
      useBias: o.useBias ?? true,
      unitForgetBias: o.unitForgetBias ?? true,
      kernelInitializer: initializerConfig(this.name, 'kernelInitializer', o.kernelInitializer, 'glorotUniform'),
      recurrentInitializer: initializerConfig(this.name, 'recurrentInitializer', o.recurrentInitializer, orthogonal()),
      // Absent means the unit-forget-bias default, which is not an initializer of its own.
      biasInitializer:
        o.biasInitializer === undefined ? undefined : initializerConfig(this.name, 'biasInitializer', o.biasInitializer, 'zeros'),
      kernelRegularizer: regularizerConfig(this.name, 'kernelRegularizer', o.kernelRegularizer),
      recurrentRegularizer: regularizerConfig(this.name, 'recurrentRegularizer', o.recurrentRegularizer),
      biasRegularizer: regularizerConfig(this.name, 'biasRegularizer', o.biasRegularizer),
    });
  }

  protected override build(ctx: CallContext, [shape]: Array<number[] | null>): void {
    const known = knownShape(this.name, shape);
    if (known.length !== 3 || known[1] < 0 || known[2] < 0) {
      throw invalidArgument(
        `layer "${this.name}": expects (batch, time, features) with known time and features (it is unrolled), got ${formatShape(known)}`,
      );
    }
    const units = this.units;
    this.addWeight(ctx, 'kernel', [known[2], 4 * units], {
      initializer: this.options.kernelInitializer ?? 'glorotUniform',
      regularizer: this.options.kernelRegularizer,
    });
    this.addWeight(ctx, 'recurrent_kernel', [units, 4 * units], {
      initializer: this.options.recurrentInitializer ?? orthogonal(),
      regularizer: this.options.recurrentRegularizer,
    });
    if (this.options.useBias ?? true) {
      const unitForgetBias = this.options.unitForgetBias ?? true;
      const biasInitializer: InitializerLike =
        this.options.biasInitializer ??
        (unitForgetBias
          ? (state, _shape, dtype) =>
              ops.constant(
                state.graph,
                Array.from({ length: 4 * units }, (_, i) => (i >= units && i < 2 * units ? 1 : 0)),
                dtype,
              )
          : 'zeros');
      this.addWeight(ctx, 'bias', [4 * units], { initializer: biasInitializer, regularizer: this.options.biasRegularizer });
    }
  }

  protected call(ctx: CallContext, [x]: Output[]): Output {
    const [kernel, recurrent, bias] = this.weights(ctx.graph);
    const steps = (x.shape as number[])[1];
    const activation = getActivation(this.options.activation ?? 'tanh', this.name);
    const gateActivation = getActivation(this.options.recurrentActivation ?? 'sigmoid', this.name);
    const graph = ctx.graph;
    const W = kernel.read();
    const U = recurrent.read();
    const b = bias ? bias.read() : null;
    const inputs = ops.unpack(x, { num: steps, axis: 1 });
    if (this.options.goBackwards) inputs.reverse();
    const batch = ops.stridedSlice(
      ops.shape(x, { outType: 'int32' }),
      ops.constant(graph, [0], 'int32'),
      ops.constant(graph, [1], 'int32'),
      ops.constant(graph, [1], 'int32'),
    );
    const zeros = ops.fill(
      ops.concatV2([batch, ops.constant(graph, [this.units], 'int32')], ops.constant(graph, 0, 'int32')),
      ops.constant(graph, 0, x.dtype),
    );
    let h = zeros;
    let c = zeros;
    const outputs: Output[] = [];
    for (let t = 0; t < steps; t++) {
      let z = ops.add(ops.matMul(inputs[t], W), ops.matMul(h, U));
      if (b) z = ops.biasAdd(z, b);
      const [i, f, g, o] = ops.split(ops.constant(graph, 1, 'int32'), z, { numSplit: 4 });
      c = ops.add(ops.mul(gateActivation(f), c), ops.mul(gateActivation(i), activation(g)));
      h = ops.mul(gateActivation(o), activation(c));
      outputs.push(h);
    }
    return this.options.returnSequences ? ops.pack(outputs, { axis: 1 }) : h;
  }
}
