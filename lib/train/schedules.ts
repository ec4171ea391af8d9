/**
 * Learning-rate schedules, computed in the graph from the step counter (the
 * number of completed training steps), with the same formula in JS (`valueAt`)
 * for tests, logs and plots.
 */
import { Graph, Output, invalidArgument } from '../core';
import * as ops from '../ops';

export interface Schedule {
  readonly name: string;
  /** The rate after `step` completed steps, as a float32 scalar in `graph`. */
  build(graph: Graph, step: Output): Output;
  /** The same, in JS. */
  valueAt(step: number): number;
}

function positive(what: string, value: number): number {
  if (!(Number.isFinite(value) && value > 0)) throw invalidArgument(`${what} must be a finite number > 0, got ${value}`);
  return value;
}

/** rate · decayRate^(step / decaySteps), the exponent floored when `staircase`. */
export function exponentialDecay(options: { initialLearningRate: number; decaySteps: number; decayRate: number; staircase?: boolean }): Schedule {
  const initial = positive('exponentialDecay initialLearningRate', options.initialLearningRate);
  const steps = positive('exponentialDecay decaySteps', options.decaySteps);
  const rate = positive('exponentialDecay decayRate', options.decayRate);
  const staircase = options.staircase ?? false;
  return {
    name: 'exponential_decay',
    build(graph, step) {
      let exponent = ops.div(ops.cast(step, { dstT: 'float32' }), ops.constant(graph, steps, 'float32'));
      if (staircase) exponent = ops.floor(exponent);
      return ops.mul(ops.pow(ops.constant(graph, rate, 'float32'), exponent), initial);
    },
    valueAt(step) {
      const exponent = staircase ? Math.floor(step / steps) : step / steps;
      return initial * rate ** exponent;
    },
  };
}

/** Cosine decay to alpha·rate over decaySteps, then flat (Keras's CosineDecay without warm-up). */
export function cosineDecay(options: { initialLearningRate: number; decaySteps: number; alpha?: number }): Schedule {
  const initial = positive('cosineDecay initialLearningRate', options.initialLearningRate);
  const steps = positive('cosineDecay decaySteps', options.decaySteps);
  const alpha = options.alpha ?? 0;
  if (!(alpha >= 0 && alpha <= 1)) throw invalidArgument(`cosineDecay alpha must be in [0, 1], got ${alpha}`);
  return {
    name: 'cosine_decay',
    build(graph, step) {
      const progress = ops.div(ops.minimum(ops.cast(step, { dstT: 'float32' }), ops.constant(graph, steps, 'float32')), ops.constant(graph, steps, 'float32'));
      const cosine = ops.mul(ops.add(ops.cos(ops.mul(progress, Math.PI)), 1), 0.5);
      return ops.mul(ops.add(ops.mul(cosine, 1 - alpha), alpha), initial);
    },
    valueAt(step) {
      const progress = Math.min(step, steps) / steps;
      return initial * ((1 - alpha) * 0.5 * (1 + Math.cos(Math.PI * progress)) + alpha);
    },
  };
}

/**
 * Linear warm-up from `initialLearningRate` (default 0) to `target` over
 * warmupSteps, then `after` (a schedule, counted from the end of the warm-up) or the target.
 */
export function linearWarmup(options: { target: number; warmupSteps: number; initialLearningRate?: number; after?: Schedule }): Schedule {
  const target = positive('linearWarmup target', options.target);
  const warmup = positive('linearWarmup warmupSteps', options.warmupSteps);
  const start = options.initialLearningRate ?? 0;
  const after = options.after;
  return {
    name: 'linear_warmup',
    build(graph, step) {
      const s = ops.cast(step, { dstT: 'float32' });
      const fraction = ops.div(ops.minimum(s, ops.constant(graph, warmup, 'float32')), ops.constant(graph, warmup, 'float32'));
      const warming = ops.add(ops.mul(fraction, target - start), start);
      if (!after) return warming;
      const later = after.build(graph, ops.maximum(ops.sub(s, ops.constant(graph, warmup, 'float32')), ops.constant(graph, 0, 'float32')));
      return ops.selectV2(ops.less(s, ops.constant(graph, warmup, 'float32')), warming, later);
    },
    valueAt(step) {
      if (step < warmup || !after) return start + ((target - start) * Math.min(step, warmup)) / warmup;
      return after.valueAt(step - warmup);
    },
  };
}

/** A constant rate as a schedule. */
export function constantRate(rate: number): Schedule {
  positive('learningRate', rate);
  return { name: 'constant', build: (graph) => ops.constant(graph, rate, 'float32'), valueAt: () => rate };
}
