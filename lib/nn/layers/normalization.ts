/**
 * BatchNormalization and LayerNormalization, computed from elementary ops the
 * way Keras 3 does on TensorFlow (tf.nn.moments, then x·inv + (β − mean·inv) with
 * inv = γ/√(var + ε)), so results match Keras and every op has a C++ gradient.
 */
import { Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { InitializerLike } from '../initializers';
import { CallContext, Layer, LayerOptions, knownShape } from '../layer';
import { Config } from '../config';
import { checkOptions, initializerConfig, regularizerConfig } from '../options';
import { RegularizerLike } from '../regularizers';

function moments(x: Output, axes: number[]): { mean: Output; variance: Output } {
  const mean = ops.reduceMean(x, axes, true);
  // E[(x − mean)²] with the mean's gradient stopped, as tf.nn.moments (Keras 3's moments on
  // TensorFlow): E[x²] − E[x]² loses most of float32's digits when |mean| ≫ std (features
  // around 100 came out 5e-3 off), and the stopped path carries no gradient anyway
  // (Σ(x − mean) = 0).
  const variance = ops.reduceMean(ops.squaredDifference(x, ops.stopGradient(mean)), axes, true);
  return { mean, variance };
}

function normalize(x: Output, mean: Output, variance: Output, gamma: Output | null, beta: Output | null, epsilon: number): Output {
  let inv = ops.rsqrt(ops.add(variance, ops.constant(x.graph, epsilon, x.dtype)));
  if (gamma) inv = ops.mul(inv, gamma);
  const shift = beta ? ops.sub(beta, ops.mul(mean, inv)) : ops.neg(ops.mul(mean, inv));
  return ops.add(ops.mul(x, inv), shift);
}

export interface BatchNormalizationOptions extends LayerOptions {
  /** Feature axis (default -1, the channels of NHWC). */
  axis?: number;
  momentum?: number;
  epsilon?: number;
  center?: boolean;
  scale?: boolean;
  betaInitializer?: InitializerLike;
  gammaInitializer?: InitializerLike;
  movingMeanInitializer?: InitializerLike;
  movingVarianceInitializer?: InitializerLike;
  betaRegularizer?: RegularizerLike;
  gammaRegularizer?: RegularizerLike;
}

export class BatchNormalization extends Layer {
  private readonly options: BatchNormalizationOptions;
  readonly momentum: number;
  readonly epsilon: number;

  constructor(options: BatchNormalizationOptions = {}) {
    checkOptions('batchNormalization', options, [
      'axis',
      'momentum',
      'epsilon',
      'center',
      'scale',
      'betaInitializer',
      'gammaInitializer',
      'movingMeanInitializer',
      'movingVarianceInitializer',
      'betaRegularizer',
      'gammaRegularizer',
    ]);
    super(options, 'batch_normalization');
    this.options = options;
    // Keras defaults.
    this.momentum = options.momentum ?? 0.99;
    this.epsilon = options.epsilon ?? 1e-3;
    if (!(this.momentum >= 0 && this.momentum <= 1)) throw invalidArgument(`batchNormalization "${this.name}": momentum must be in [0, 1]`);
    if (!(this.epsilon > 0)) throw invalidArgument(`batchNormalization "${this.name}": epsilon must be > 0`);
  }

  override getConfig(): Config {
    const o = this.options;
    return {
      ...super.getConfig(),
      axis: o.axis ?? -1,
      momentum: this.momentum,
      epsilon: this.epsilon,
      center: o.center ?? true,
      scale: o.scale ?? true,
      betaInitializer: initializerConfig(this.name, 'betaInitializer', o.betaInitializer, 'zeros'),
      gammaInitializer: initializerConfig(this.name, 'gammaInitializer', o.gammaInitializer, 'ones'),
      movingMeanInitializer: initializerConfig(this.name, 'movingMeanInitializer', o.movingMeanInitializer, 'zeros'),
      movingVarianceInitializer: initializerConfig(this.name, 'movingVarianceInitializer', o.movingVarianceInitializer, 'ones'),
      betaRegularizer: regularizerConfig(this.name, 'betaRegularizer', o.betaRegularizer),
      gammaRegularizer: regularizerConfig(this.name, 'gammaRegularizer', o.gammaRegularizer),
    };
  }

  private featureAxis(rank: number): number {
    const axis = this.options.axis ?? -1;
    const resolved = axis < 0 ? rank + axis : axis;
    if (resolved <= 0 || resolved >= rank)
      throw invalidArgument(`layer "${this.name}": axis ${axis} is not a feature axis of a rank-${rank} input`);
    return resolved;
  }

  protected override build(ctx: CallContext, [shape]: Array<number[] | null>): void {
    const known = knownShape(this.name, shape);
    const features = known[this.featureAxis(known.length)];
    if (features < 0) throw invalidArgument(`layer "${this.name}": the feature dimension must be known`);
    if (this.options.scale ?? true)
      this.addWeight(ctx, 'gamma', [features], {
        initializer: this.options.gammaInitializer ?? 'ones',
        regularizer: this.options.gammaRegularizer,
      });
    if (this.options.center ?? true)
      this.addWeight(ctx, 'beta', [features], {
        initializer: this.options.betaInitializer ?? 'zeros',
        regularizer: this.options.betaRegularizer,
      });
    this.addWeight(ctx, 'moving_mean', [features], { initializer: this.options.movingMeanInitializer ?? 'zeros', trainable: false });
    this.addWeight(ctx, 'moving_variance', [features], { initializer: this.options.movingVarianceInitializer ?? 'ones', trainable: false });
  }

  protected call(ctx: CallContext, [x]: Output[]): Output {
    const weight = (name: string) => this.weight(ctx.graph, name);
    const rank = (x.shape as number[]).length;
    const axis = this.featureAxis(rank);
    const reduction = Array.from({ length: rank }, (_, i) => i).filter((i) => i !== axis);
    const broadcast = (v: Output) =>
      axis === rank - 1
        ? v
        : ops.reshape(
            v,
            ops.constant(
              ctx.graph,
              Array.from({ length: rank }, (_, i) => (i === axis ? -1 : 1)),
              'int32',
            ),
          );
    const gamma = weight('gamma') ? broadcast(weight('gamma')!.read()) : null;
    const beta = weight('beta') ? broadcast(weight('beta')!.read()) : null;
    const movingMean = weight('moving_mean')!;
    const movingVariance = weight('moving_variance')!;
    if (!ctx.training) {
      return normalize(x, broadcast(movingMean.read()), broadcast(movingVariance.read()), gamma, beta, this.epsilon);
    }
    const { mean, variance } = moments(x, reduction);
    // moving = moving·momentum + batch·(1 − momentum), run with every training step.
    const update = (moving: typeof movingMean, batch: Output) => {
      const flat = ops.reshape(batch, ops.constant(ctx.graph, [-1], 'int32'));
      const next = ops.add(ops.mul(moving.read(), this.momentum), ops.mul(flat, 1 - this.momentum));
      ctx.state.updateOps.push(moving.assign(next));
    };
    update(movingMean, ops.stopGradient(mean));
    update(movingVariance, ops.stopGradient(variance));
    return normalize(x, mean, variance, gamma, beta, this.epsilon);
  }
}

export interface LayerNormalizationOptions extends LayerOptions {
  /** Axes normalized over (default -1). */
  axis?: number | number[];
  epsilon?: number;
  center?: boolean;
  scale?: boolean;
  betaInitializer?: InitializerLike;
  gammaInitializer?: InitializerLike;
}

export class LayerNormalization extends Layer {
  private readonly options: LayerNormalizationOptions;
  readonly epsilon: number;

  constructor(options: LayerNormalizationOptions = {}) {
    checkOptions('layerNormalization', options, ['axis', 'epsilon', 'center', 'scale', 'betaInitializer', 'gammaInitializer']);
    super(options, 'layer_normalization');
    this.options = options;
    this.epsilon = options.epsilon ?? 1e-3;
  }

  override getConfig(): Config {
    const o = this.options;
    const axis = o.axis ?? -1;
    return {
      ...super.getConfig(),
      axis: Array.isArray(axis) ? [...axis] : axis,
      epsilon: this.epsilon,
      center: o.center ?? true,
      scale: o.scale ?? true,
      betaInitializer: initializerConfig(this.name, 'betaInitializer', o.betaInitializer, 'zeros'),
      gammaInitializer: initializerConfig(this.name, 'gammaInitializer', o.gammaInitializer, 'ones'),
    };
  }

  private axes(rank: number): number[] {
    const given = this.options.axis ?? -1;
    return (Array.isArray(given) ? given : [given]).map((a) => (a < 0 ? rank + a : a)).sort();
  }

  protected override build(ctx: CallContext, [shape]: Array<number[] | null>): void {
    const known = knownShape(this.name, shape);
    const axes = this.axes(known.length);
    if (axes.some((a) => a <= 0 || a >= known.length || known[a] < 0))
      throw invalidArgument(`layer "${this.name}": axes ${JSON.stringify(this.options.axis ?? -1)} must be known, non-batch axes`);
    const paramShape = axes.map((a) => known[a]);
    if (this.options.scale ?? true) this.addWeight(ctx, 'gamma', paramShape, { initializer: this.options.gammaInitializer ?? 'ones' });
    if (this.options.center ?? true) this.addWeight(ctx, 'beta', paramShape, { initializer: this.options.betaInitializer ?? 'zeros' });
  }

  protected call(ctx: CallContext, [x]: Output[]): Output {
    const rank = (x.shape as number[]).length;
    const axes = this.axes(rank);
    const weight = (name: string) => this.weight(ctx.graph, name);
    const paramShape = Array.from({ length: rank }, (_, i) => (axes.includes(i) ? (x.shape as number[])[i] : 1));
    const shaped = (v: Output) => ops.reshape(v, ops.constant(ctx.graph, paramShape, 'int32'));
    const { mean, variance } = moments(x, axes);
    const gamma = weight('gamma') ? shaped(weight('gamma')!.read()) : null;
    const beta = weight('beta') ? shaped(weight('beta')!.read()) : null;
    return normalize(x, mean, variance, gamma, beta, this.epsilon);
  }
}
