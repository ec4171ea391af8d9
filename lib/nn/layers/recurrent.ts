/**
 * SimpleRNN and GRU over (batch, time, features), unrolled statically over the time axis like
 * the LSTM (the number of steps must be known when the model is built). Weights have Keras 3's
 * shapes and gate order, so they move between the two: GRU gates (update z, reset r, candidate
 * h), and with resetAfter (Keras 3's default) a bias of shape [2, 3·units], its row 0 for the
 * input projection and row 1 for the recurrent one.
 */
import { Output, invalidArgument, formatShape } from '../../core';
import * as ops from '../../ops';
import { ActivationLike, getActivation } from '../activations';
import { InitializerLike, orthogonal } from '../initializers';
import { CallContext, Layer, LayerOptions, knownShape } from '../layer';
import { Config } from '../config';
import { activationConfig, checkOptions, initializerConfig, positiveInt, regularizerConfig } from '../options';
import { RegularizerLike } from '../regularizers';

export interface RecurrentOptions extends LayerOptions {
  units: number;
  activation?: ActivationLike;
  /** Return the whole sequence (batch, time, units) instead of the last output (batch, units). */
  returnSequences?: boolean;
  /** Read the sequence from its end; with returnSequences, outputs come in that (reversed) order, as in Keras. */
  goBackwards?: boolean;
  useBias?: boolean;
  kernelInitializer?: InitializerLike;
  recurrentInitializer?: InitializerLike;
  biasInitializer?: InitializerLike;
  kernelRegularizer?: RegularizerLike;
  recurrentRegularizer?: RegularizerLike;
  biasRegularizer?: RegularizerLike;
}

const COMMON = [
  'units',
  'activation',
  'returnSequences',
  'goBackwards',
  'useBias',
  'kernelInitializer',
  'recurrentInitializer',
  'biasInitializer',
  'kernelRegularizer',
  'recurrentRegularizer',
  'biasRegularizer',
];

/** What the recurrent layers share: options, checks, the unrolled loop. */
export abstract class Recurrent extends Layer {
  protected readonly options: RecurrentOptions;
  readonly units: number;

  constructor(options: RecurrentOptions, kind: string, extra: string[]) {
    checkOptions(kind, options, [...COMMON, ...extra]);
    super(options, kind);
    this.units = positiveInt(`${kind} "${this.name}"`, 'units', options?.units);
    getActivation(options.activation ?? 'tanh', `${kind} "${this.name}"`);
    this.options = options;
  }

  get returnSequences(): boolean {
    return this.options.returnSequences ?? false;
  }

  override getConfig(): Config {
    const o = this.options;
    return {
      ...super.getConfig(),
      units: this.units,
      activation: activationConfig(this.name, 'activation', o.activation, 'tanh'),
      returnSequences: o.returnSequences ?? false,
      goBackwards: o.goBackwards ?? false,
      useBias: o.useBias ?? true,
      kernelInitializer: initializerConfig(this.name, 'kernelInitializer', o.kernelInitializer, 'glorotUniform'),
      recurrentInitializer: initializerConfig(this.name, 'recurrentInitializer', o.recurrentInitializer, orthogonal()),
      biasInitializer: initializerConfig(this.name, 'biasInitializer', o.biasInitializer, 'zeros'),
      kernelRegularizer: regularizerConfig(this.name, 'kernelRegularizer', o.kernelRegularizer),
      recurrentRegularizer: regularizerConfig(this.name, 'recurrentRegularizer', o.recurrentRegularizer),
      biasRegularizer: regularizerConfig(this.name, 'biasRegularizer', o.biasRegularizer),
    };
  }

  /** Input features, after checking the input is (batch, time, features) with time and features known. */
  protected features(shape: number[] | null): number {
    const known = knownShape(this.name, shape);
    if (known.length !== 3 || known[1] < 0 || known[2] < 0) {
      throw invalidArgument(
        `layer "${this.name}": expects (batch, time, features) with known time and features (it is unrolled), got ${formatShape(known)}`,
      );
    }
    return known[2];
  }

  protected addKernels(ctx: CallContext, features: number, gates: number, biasShape: number[]): void {
    const o = this.options;
    this.addWeight(ctx, 'kernel', [features, gates * this.units], {
      initializer: o.kernelInitializer ?? 'glorotUniform',
      regularizer: o.kernelRegularizer,
    });
    this.addWeight(ctx, 'recurrent_kernel', [this.units, gates * this.units], {
      initializer: o.recurrentInitializer ?? orthogonal(),
      regularizer: o.recurrentRegularizer,
    });
    if (o.useBias ?? true)
      this.addWeight(ctx, 'bias', biasShape, { initializer: o.biasInitializer ?? 'zeros', regularizer: o.biasRegularizer });
  }

  /** One step: the new state from the input x_t (batch, features) and the state h (batch, units). */
  protected abstract step(ctx: CallContext, x: Output, h: Output): Output;

  /** Called once per graph build before the steps (reads the weights). */
  protected abstract prepare(ctx: CallContext): void;

  protected call(ctx: CallContext, [x]: Output[]): Output {
    const graph = ctx.graph;
    const steps = (x.shape as number[])[1];
    this.prepare(ctx);
    const inputs = ops.unpack(x, { num: steps, axis: 1 });
    if (this.options.goBackwards) inputs.reverse();
    const batch = ops.stridedSlice(
      ops.shape(x, { outType: 'int32' }),
      ops.constant(graph, [0], 'int32'),
      ops.constant(graph, [1], 'int32'),
      ops.constant(graph, [1], 'int32'),
    );
    let h = ops.fill(
      ops.concatV2([batch, ops.constant(graph, [this.units], 'int32')], ops.constant(graph, 0, 'int32')),
      ops.constant(graph, 0, x.dtype),
    );
    const outputs: Output[] = [];
    for (const input of inputs) {
      h = this.step(ctx, input, h);
      outputs.push(h);
    }
    return this.returnSequences ? ops.pack(outputs, { axis: 1 }) : h;
  }
}

/** h_t = activation(x_t·W + b + h_{t−1}·U). */
export class SimpleRNN extends Recurrent {
  private weightsRead: { W: Output; U: Output; b: Output | null } | null = null;

  constructor(options: RecurrentOptions) {
    super(options, 'simple_rnn', []);
  }

  protected override build(ctx: CallContext, [shape]: Array<number[] | null>): void {
    this.addKernels(ctx, this.features(shape), 1, [this.units]);
  }

  protected prepare(ctx: CallContext): void {
    const [kernel, recurrent, bias] = this.weights(ctx.graph);
    this.weightsRead = { W: kernel.read(), U: recurrent.read(), b: bias ? bias.read() : null };
  }

  protected step(_ctx: CallContext, x: Output, h: Output): Output {
    const { W, U, b } = this.weightsRead!;
    let z = ops.matMul(x, W);
    if (b) z = ops.biasAdd(z, b);
    return getActivation(this.options.activation ?? 'tanh', this.name)(ops.add(z, ops.matMul(h, U)));
  }
}

export interface GRUOptions extends RecurrentOptions {
  recurrentActivation?: ActivationLike;
  /** Apply the reset gate after the recurrent projection (Keras 3's default, cuDNN's form). Default true. */
  resetAfter?: boolean;
}

/**
 * z = σ(x·W_z + h·U_z + b_z), r = σ(x·W_r + h·U_r + b_r),
 * resetAfter: ĥ = tanh(x·W_h + b_h + r ⊙ (h·U_h + b'_h)); otherwise ĥ = tanh(x·W_h + (r ⊙ h)·U_h + b_h);
 * h' = z ⊙ h + (1 − z) ⊙ ĥ.
 */
export class GRU extends Recurrent {
  private weightsRead: { W: Output; U: Output; inputBias: Output | null; recurrentBias: Output | null } | null = null;

  constructor(options: GRUOptions) {
    super(options, 'gru', ['recurrentActivation', 'resetAfter']);
    getActivation(options.recurrentActivation ?? 'sigmoid', `gru "${this.name}"`);
  }

  private get resetAfter(): boolean {
    return (this.options as GRUOptions).resetAfter ?? true;
  }

  override getConfig(): Config {
    const o = this.options as GRUOptions;
    return {
      ...super.getConfig(),
      recurrentActivation: activationConfig(this.name, 'recurrentActivation', o.recurrentActivation, 'sigmoid'),
      resetAfter: this.resetAfter,
    };
  }

  protected override build(ctx: CallContext, [shape]: Array<number[] | null>): void {
    this.addKernels(ctx, this.features(shape), 3, this.resetAfter ? [2, 3 * this.units] : [3 * this.units]);
  }

  protected prepare(ctx: CallContext): void {
    const [kernel, recurrent, bias] = this.weights(ctx.graph);
    let inputBias: Output | null = null;
    let recurrentBias: Output | null = null;
    if (bias && this.resetAfter) [inputBias, recurrentBias] = ops.unpack(bias.read(), { num: 2, axis: 0 });
    else if (bias) inputBias = bias.read();
    this.weightsRead = { W: kernel.read(), U: recurrent.read(), inputBias, recurrentBias };
  }

  protected step(ctx: CallContext, x: Output, h: Output): Output {
    const { W, U, inputBias, recurrentBias } = this.weightsRead!;
    const graph = ctx.graph;
    const activation = getActivation(this.options.activation ?? 'tanh', this.name);
    const gate = getActivation((this.options as GRUOptions).recurrentActivation ?? 'sigmoid', this.name);
    const axis = ops.constant(graph, 1, 'int32');
    let xw = ops.matMul(x, W);
    if (inputBias) xw = ops.biasAdd(xw, inputBias);
    const [xz, xr, xh] = ops.split(axis, xw, { numSplit: 3 });
    let candidate: Output;
    let z: Output;
    if (this.resetAfter) {
      let hu = ops.matMul(h, U);
      if (recurrentBias) hu = ops.biasAdd(hu, recurrentBias);
      const [hz, hr, hh] = ops.split(axis, hu, { numSplit: 3 });
      z = gate(ops.add(xz, hz));
      const r = gate(ops.add(xr, hr));
      candidate = activation(ops.add(xh, ops.mul(r, hh)));
    } else {
      const [Uz, Ur, Uh] = ops.split(axis, U, { numSplit: 3 });
      z = gate(ops.add(xz, ops.matMul(h, Uz)));
      const r = gate(ops.add(xr, ops.matMul(h, Ur)));
      candidate = activation(ops.add(xh, ops.matMul(ops.mul(r, h), Uh)));
    }
    // z·h + (1 − z)·ĥ, written as Keras writes it (the same float roundings).
    const one = ops.constant(graph, 1, z.dtype);
    return ops.add(ops.mul(z, h), ops.mul(ops.sub(one, z), candidate));
  }
}
