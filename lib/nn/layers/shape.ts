/** Layers that only move data around: flatten, reshape, concatenate, activation. */
import { Output, invalidArgument, formatShape } from '../../core';
import * as ops from '../../ops';
import { ActivationLike, getActivation } from '../activations';
import { CallContext, Layer, LayerOptions, knownShape } from '../layer';
import { Config } from '../config';
import { activationConfig, checkOptions } from '../options';

function show(shape: number[]): string {
  return formatShape(shape);
}

/** (batch, d1, d2, ...) → (batch, d1·d2·...). */
export class Flatten extends Layer {
  constructor(options: LayerOptions = {}) {
    checkOptions('flatten', options, []);
    super(options, 'flatten');
  }
  protected call(ctx: CallContext, [x]: Output[]): Output {
    const shape = knownShape(this.name, x.shape);
    const rest = shape.slice(1);
    if (rest.some((d) => d < 0))
      throw invalidArgument(`layer "${this.name}": the non-batch dimensions must be known to flatten, got shape ${show(shape)}`);
    return ops.reshape(x, ops.constant(ctx.graph, [-1, rest.reduce((a, b) => a * b, 1)], 'int32'));
  }
}

export interface ReshapeOptions extends LayerOptions {
  /** The per-example target shape (without the batch dimension); one entry may be -1. */
  targetShape: number[];
}

export class Reshape extends Layer {
  private readonly targetShape: number[];
  constructor(options: ReshapeOptions) {
    checkOptions('reshape', options, ['targetShape']);
    super(options, 'reshape');
    const target = options?.targetShape;
    if (
      !Array.isArray(target) ||
      target.some((d) => !Number.isInteger(d) || d === 0 || d < -1) ||
      target.filter((d) => d === -1).length > 1
    ) {
      throw invalidArgument(
        `reshape "${this.name}": targetShape must be an array of positive sizes with at most one -1, got ${JSON.stringify(target)}`,
      );
    }
    this.targetShape = target;
  }
  override getConfig(): Config {
    return { ...super.getConfig(), targetShape: [...this.targetShape] };
  }
  protected call(ctx: CallContext, [x]: Output[]): Output {
    const shape = knownShape(this.name, x.shape);
    const size = shape.slice(1).reduce((a, b) => a * b, 1);
    const known = this.targetShape.filter((d) => d > 0).reduce((a, b) => a * b, 1);
    const fits = shape.slice(1).some((d) => d < 0) || (this.targetShape.includes(-1) ? size % known === 0 : size === known);
    if (!fits)
      throw invalidArgument(`layer "${this.name}": cannot reshape an input of shape ${show(shape)} to ${show([-1, ...this.targetShape])}`);
    if (!this.targetShape.includes(-1)) return ops.reshape(x, ops.constant(ctx.graph, [-1, ...this.targetShape], 'int32'));
    // Reshape takes one -1 only, and the batch dimension needs it: resolve the target's -1
    // here when the example size is known, else take the batch size from the input's shape.
    if (!shape.slice(1).some((d) => d < 0)) {
      return ops.reshape(x, ops.constant(ctx.graph, [-1, ...this.targetShape.map((d) => (d === -1 ? size / known : d))], 'int32'));
    }
    const batch = ops.stridedSlice(
      ops.shape(x, { outType: 'int32' }),
      ops.constant(ctx.graph, [0], 'int32'),
      ops.constant(ctx.graph, [1], 'int32'),
      ops.constant(ctx.graph, [1], 'int32'),
    );
    return ops.reshape(x, ops.concatV2([batch, ops.constant(ctx.graph, this.targetShape, 'int32')], ops.constant(ctx.graph, 0, 'int32')));
  }
}

export interface ConcatenateOptions extends LayerOptions {
  /** Axis to join on (negative counts from the end). Default -1. */
  axis?: number;
}

export class Concatenate extends Layer {
  private readonly axis: number;
  constructor(options: ConcatenateOptions = {}) {
    checkOptions('concatenate', options, ['axis']);
    super(options, 'concatenate');
    this.axis = options.axis ?? -1;
  }
  override getConfig(): Config {
    return { ...super.getConfig(), axis: this.axis };
  }
  protected override expectedInputs(): number | undefined {
    return undefined;
  }
  protected call(ctx: CallContext, inputs: Output[]): Output {
    if (inputs.length < 2) throw invalidArgument(`layer "${this.name}": concatenate needs at least 2 inputs, got ${inputs.length}`);
    const shapes = inputs.map((x) => knownShape(this.name, x.shape));
    const rank = shapes[0].length;
    const axis = this.axis < 0 ? rank + this.axis : this.axis;
    for (const [i, shape] of shapes.entries()) {
      const mismatch =
        shape.length !== rank || shape.some((d, k) => k !== axis && k !== 0 && d >= 0 && shapes[0][k] >= 0 && d !== shapes[0][k]);
      if (mismatch)
        throw invalidArgument(
          `layer "${this.name}": input ${i} has shape ${show(shape)}, which cannot be joined with ${show(shapes[0])} on axis ${this.axis}`,
        );
    }
    return ops.concatV2(inputs, ops.constant(ctx.graph, axis, 'int32'));
  }
}

export interface ActivationLayerOptions extends LayerOptions {
  activation: ActivationLike;
}

export class Activation extends Layer {
  private readonly fn: (x: Output) => Output;
  private readonly activation: ActivationLike;
  constructor(options: ActivationLayerOptions) {
    checkOptions('activation', options, ['activation']);
    super(options, 'activation');
    this.fn = getActivation(options.activation, `activation "${this.name}"`);
    this.activation = options.activation;
  }
  override getConfig(): Config {
    return { ...super.getConfig(), activation: activationConfig(this.name, 'activation', this.activation) };
  }
  protected call(_ctx: CallContext, [x]: Output[]): Output {
    return this.fn(x);
  }
}
