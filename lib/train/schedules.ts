/**
 * Learning-rate schedules, computed in the graph from the step counter (the
 * number of completed training steps), with the same formula in JS (`valueAt`)
 * for tests, logs and plots. The formulas are Keras 3's
 * (keras.optimizers.schedules), evaluated in float32 in the graph as Keras does.
 */
import { Graph, Output, invalidArgument } from '../core';
import * as ops from '../ops';
import { Config, NameOrConfig, Serialized, lookup, nameAndConfig, serializeObject } from '../nn';

export interface Schedule {
  readonly name: string;
  /** The rate after `step` completed steps, as a float32 scalar in `graph`. */
  build(graph: Graph, step: Output): Output;
  /** The same, in JS. */
  valueAt(step: number): number;
  /** The name `schedules.get` knows its factory by (set by this module's factories). */
  readonly className?: string;
  /** Its options as JSON (set by this module's factories). */
  getConfig?(): Config;
}

/** A value for an error message: numbers as JS prints them (NaN, Infinity), anything else as JSON. */
function show(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function positive(what: string, value: number): number {
  if (typeof value !== 'number' || !(Number.isFinite(value) && value > 0))
    throw invalidArgument(`${what} must be a finite number > 0, got ${show(value)}`);
  return value;
}

function nonNegative(what: string, value: number): number {
  if (typeof value !== 'number' || !(Number.isFinite(value) && value >= 0))
    throw invalidArgument(`${what} must be a finite number >= 0, got ${show(value)}`);
  return value;
}

/** A misspelt option (`decay_steps`, `lr`) would otherwise silently fall back to a default. */
function checkKeys(kind: string, options: object, known: readonly string[]): void {
  if (options === null || typeof options !== 'object') throw invalidArgument(`${kind}: options must be an object`);
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw invalidArgument(`${kind}: unknown option "${key}" (known options: ${known.join(', ')})`);
  }
}

function isSchedule(value: unknown): value is Schedule {
  return Boolean(value) && typeof (value as Schedule).build === 'function' && typeof (value as Schedule).valueAt === 'function';
}

export interface ExponentialDecayOptions {
  initialLearningRate: number;
  decaySteps: number;
  decayRate: number;
  staircase?: boolean;
}

/** rate · decayRate^(step / decaySteps), the exponent floored when `staircase`. */
export function exponentialDecay(options: ExponentialDecayOptions): Schedule {
  checkKeys('exponentialDecay', options, ['initialLearningRate', 'decaySteps', 'decayRate', 'staircase']);
  const initial = nonNegative('exponentialDecay: initialLearningRate', options.initialLearningRate);
  const steps = positive('exponentialDecay: decaySteps', options.decaySteps);
  const rate = positive('exponentialDecay: decayRate', options.decayRate);
  const staircase = options.staircase ?? false;
  return {
    name: 'exponential_decay',
    className: 'exponentialDecay',
    getConfig: () => ({ initialLearningRate: initial, decaySteps: steps, decayRate: rate, staircase }),
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

export interface CosineDecayOptions {
  initialLearningRate: number;
  decaySteps: number;
  /** The final rate as a fraction of the initial one (default 0). */
  alpha?: number;
}

/** Cosine decay to alpha·rate over decaySteps, then flat (Keras's CosineDecay without warm-up). */
export function cosineDecay(options: CosineDecayOptions): Schedule {
  checkKeys('cosineDecay', options, ['initialLearningRate', 'decaySteps', 'alpha']);
  const initial = nonNegative('cosineDecay: initialLearningRate', options.initialLearningRate);
  const steps = positive('cosineDecay: decaySteps', options.decaySteps);
  const alpha = options.alpha ?? 0;
  if (typeof alpha !== 'number' || !(alpha >= 0 && alpha <= 1))
    throw invalidArgument(`cosineDecay: alpha must be in [0, 1], got ${show(alpha)}`);
  return {
    name: 'cosine_decay',
    className: 'cosineDecay',
    getConfig: () => ({ initialLearningRate: initial, decaySteps: steps, alpha }),
    build(graph, step) {
      const progress = ops.div(
        ops.minimum(ops.cast(step, { dstT: 'float32' }), ops.constant(graph, steps, 'float32')),
        ops.constant(graph, steps, 'float32'),
      );
      const cosine = ops.mul(ops.add(ops.cos(ops.mul(progress, Math.PI)), 1), 0.5);
      return ops.mul(ops.add(ops.mul(cosine, 1 - alpha), alpha), initial);
    },
    valueAt(step) {
      const progress = Math.min(step, steps) / steps;
      return initial * ((1 - alpha) * 0.5 * (1 + Math.cos(Math.PI * progress)) + alpha);
    },
  };
}

export interface LinearWarmupOptions {
  /** The rate reached at the end of the warm-up. */
  target: number;
  warmupSteps: number;
  /** The rate at step 0 (default 0). */
  initialLearningRate?: number;
  /** The schedule after the warm-up, counted from its end (default: stay at `target`). */
  after?: Schedule;
}

/**
 * Linear warm-up from `initialLearningRate` (default 0) to `target` over
 * warmupSteps, then `after` (a schedule, counted from the end of the warm-up) or the target.
 * With `after: cosineDecay({ initialLearningRate: target, ... })` this is Keras's
 * CosineDecay with warmup_target and warmup_steps.
 */
export function linearWarmup(options: LinearWarmupOptions): Schedule {
  checkKeys('linearWarmup', options, ['target', 'warmupSteps', 'initialLearningRate', 'after']);
  const target = positive('linearWarmup: target', options.target);
  const warmup = positive('linearWarmup: warmupSteps', options.warmupSteps);
  const start = nonNegative('linearWarmup: initialLearningRate', options.initialLearningRate ?? 0);
  const after = options.after;
  if (after !== undefined && !isSchedule(after)) throw invalidArgument('linearWarmup: after must be a schedule (from schedules.*)');
  return {
    name: 'linear_warmup',
    className: 'linearWarmup',
    getConfig: () => ({
      target,
      warmupSteps: warmup,
      initialLearningRate: start,
      ...(after ? { after: serialize(after, 'linearWarmup: after') } : {}),
    }),
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

/** A constant rate as a schedule (0 is allowed: it freezes the weights, as in Keras). */
export function constantRate(rate: number): Schedule {
  nonNegative('learningRate', rate);
  return {
    name: 'constant',
    className: 'constantRate',
    getConfig: () => ({ rate }),
    build: (graph) => ops.constant(graph, rate, 'float32'),
    valueAt: () => rate,
  };
}

/** Schedule factories by className, for configs. */
const FROM_CONFIG: Record<string, (config: Config) => Schedule> = {
  exponentialDecay: (c) => exponentialDecay(c as unknown as ExponentialDecayOptions),
  cosineDecay: (c) => cosineDecay(c as unknown as CosineDecayOptions),
  linearWarmup: (c) =>
    linearWarmup({ ...c, ...(c.after === undefined ? {} : { after: get(c.after as NameOrConfig) }) } as unknown as LinearWarmupOptions),
  constantRate: (c) => {
    checkKeys('constantRate', c, ['rate']);
    return constantRate(c.rate as number);
  },
};

/** The schedule family's lookup: { className: "exponentialDecay" | "cosineDecay" | "linearWarmup" | "constantRate", config } to a schedule. */
export function get(nameOrConfig: NameOrConfig | Schedule): Schedule {
  if (isSchedule(nameOrConfig)) return nameOrConfig;
  const { className, config } = nameAndConfig('schedule', nameOrConfig, 'schedules.get');
  return lookup('schedule', FROM_CONFIG, className, 'schedules.get')(config);
}

/** A schedule's { className, config } (custom schedules without a config are refused). */
export function serialize(schedule: Schedule, what = 'schedule'): Serialized {
  return serializeObject('schedule', schedule, what);
}
