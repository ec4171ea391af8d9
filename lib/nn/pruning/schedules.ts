/**
 * Sparsity schedules of magnitude pruning, as the TensorFlow Model Optimization toolkit defines
 * them (tensorflow_model_optimization/python/core/sparsity/keras/pruning_schedule.py, 0.8.1):
 *
 * - when: the mask is updated at step s iff begin ≤ s, (s ≤ end or end = -1), and
 *   (s − begin) mod frequency = 0 (`PruningSchedule._should_prune_in_step`);
 * - ConstantSparsity(target, begin, end = -1, frequency = 100): sparsity = target at those steps;
 * - PolynomialDecay(initial, final, begin, end, power = 3, frequency = 100):
 *   p = min(1, max(0, (s − begin) / (end − begin))), sparsity = (initial − final)·(1 − p)^power + final,
 *   in float32 as tfmot computes it;
 * - validation (`_validate_step`, `_validate_sparsity`): sparsities in [0, 1), begin ≥ 0, end = -1
 *   (constant only: prune until training ends) or end ≥ begin, frequency > 0.
 *
 * One deliberate difference: PolynomialDecay refuses end = begin, which tfmot accepts but where its
 * formula divides 0 by 0 at s = begin (a NaN sparsity).
 *
 * The step s is that of tfmot's `pruning_step`: the 1-based index of the training step (its
 * wrapper adds one before updating the mask, from 0 set at train begin), which is hydra-tf's step
 * counter (completed steps) + 1.
 */
import { Graph, Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { Config, NameOrConfig, Serialized, lookup, nameAndConfig } from '../config';

export interface PruningSchedule {
  /** The name `pruning.getSchedule` knows its factory by ("ConstantSparsity", "PolynomialDecay"). */
  readonly className: string;
  /** Its options as JSON. */
  getConfig(): Config;
  /** Whether the mask is recomputed at training step `step` (1-based). */
  shouldPrune(step: number): boolean;
  /** The target fraction of zeros at `step` (the float32 value the graph computes). */
  sparsityAt(step: number): number;
  /** In `graph`, from an int64 scalar step: whether to prune (bool scalar) and the sparsity (float32 scalar). */
  build(graph: Graph, step: Output): { shouldPrune: Output; sparsity: Output };
}

export interface ConstantSparsityOptions {
  /** Fraction of the weights set to zero, in [0, 1). */
  targetSparsity: number;
  /** First step at which the mask may be computed (steps count from 1, so 0 first prunes at step `frequency`). */
  beginStep: number;
  /** Last step that may update the mask; -1 (default): until training ends. */
  endStep?: number;
  /** Steps between mask updates (default 100). */
  frequency?: number;
}

export interface PolynomialDecayOptions {
  /** Sparsity at beginStep, in [0, 1). */
  initialSparsity: number;
  /** Sparsity from endStep on, in [0, 1). */
  finalSparsity: number;
  beginStep: number;
  /** Must be after beginStep (the formula divides by endStep − beginStep). */
  endStep: number;
  /** Exponent of the decay (default 3). */
  power?: number;
  /** Steps between mask updates (default 100). */
  frequency?: number;
}

const show = (value: unknown): string => (typeof value === 'number' ? String(value) : JSON.stringify(value));

function checkKeys(kind: string, options: object, known: readonly string[]): void {
  if (options === null || typeof options !== 'object') throw invalidArgument(`${kind}: options must be an object`);
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw invalidArgument(`${kind}: unknown option "${key}" (known options: ${known.join(', ')})`);
  }
}

function sparsityOption(kind: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value < 1))
    throw invalidArgument(`${kind}: ${name} must be in [0, 1), got ${show(value)}`);
  return value;
}

function stepOption(kind: string, name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min)
    throw invalidArgument(`${kind}: ${name} must be an integer >= ${min}, got ${show(value)}`);
  return value;
}

/** begin, end and frequency checked as tfmot's _validate_step does (end -1 only where allowed). */
function checkSteps(
  kind: string,
  begin: unknown,
  end: unknown,
  frequency: unknown,
  endMayBeOpen: boolean,
): { begin: number; end: number; frequency: number } {
  const b = stepOption(kind, 'beginStep', begin, 0);
  if (endMayBeOpen && end === -1) return { begin: b, end: -1, frequency: stepOption(kind, 'frequency', frequency, 1) };
  const e = stepOption(kind, 'endStep', end, 0);
  if (e < b)
    throw invalidArgument(
      `${kind}: endStep (${e}) is before beginStep (${b})${endMayBeOpen ? '; use -1 to prune until training ends' : ''}`,
    );
  if (!endMayBeOpen && e === b)
    throw invalidArgument(`${kind}: endStep must be after beginStep (both ${b}): the decay divides by endStep − beginStep`);
  return { begin: b, end: e, frequency: stepOption(kind, 'frequency', frequency, 1) };
}

function shouldPruneAt(step: number, begin: number, end: number, frequency: number): boolean {
  const inRange = step >= begin && (step <= end || end < 0);
  // floormod, as TensorFlow's: non-negative for a positive frequency.
  const offset = (((step - begin) % frequency) + frequency) % frequency;
  return inRange && offset === 0;
}

function shouldPruneGraph(graph: Graph, step: Output, begin: number, end: number, frequency: number): Output {
  const int = (value: number) => ops.constant(graph, BigInt(value), 'int64');
  const started = ops.greaterEqual(step, int(begin));
  const inRange = end < 0 ? started : ops.logicalAnd(started, ops.lessEqual(step, int(end)));
  const turn = ops.equal(ops.floorMod(ops.sub(step, int(begin)), int(frequency)), int(0));
  return ops.logicalAnd(inRange, turn, { name: 'should_prune' });
}

/** Constant sparsity `targetSparsity` every `frequency` steps in [beginStep, endStep] (tfmot's ConstantSparsity). */
export function constantSparsity(options: ConstantSparsityOptions): PruningSchedule {
  const kind = 'pruning.constantSparsity';
  checkKeys(kind, options, ['targetSparsity', 'beginStep', 'endStep', 'frequency']);
  const target = sparsityOption(kind, 'targetSparsity', options.targetSparsity);
  const { begin, end, frequency } = checkSteps(kind, options.beginStep, options.endStep ?? -1, options.frequency ?? 100, true);
  const value = Math.fround(target);
  return {
    className: 'ConstantSparsity',
    getConfig: () => ({ targetSparsity: target, beginStep: begin, endStep: end, frequency }),
    shouldPrune: (step) => shouldPruneAt(step, begin, end, frequency),
    sparsityAt: () => value,
    build: (graph, step) => ({
      shouldPrune: shouldPruneGraph(graph, step, begin, end, frequency),
      sparsity: ops.constant(graph, target, 'float32', 'sparsity'),
    }),
  };
}

/** Sparsity rising from `initialSparsity` to `finalSparsity` as (1 − p)^power, p the progress through [beginStep, endStep] (tfmot's PolynomialDecay). */
export function polynomialDecay(options: PolynomialDecayOptions): PruningSchedule {
  const kind = 'pruning.polynomialDecay';
  checkKeys(kind, options, ['initialSparsity', 'finalSparsity', 'beginStep', 'endStep', 'power', 'frequency']);
  const initial = sparsityOption(kind, 'initialSparsity', options.initialSparsity);
  const final = sparsityOption(kind, 'finalSparsity', options.finalSparsity);
  const { begin, end, frequency } = checkSteps(kind, options.beginStep, options.endStep, options.frequency ?? 100, false);
  const power = options.power ?? 3;
  if (typeof power !== 'number' || !Number.isFinite(power))
    throw invalidArgument(`${kind}: power must be a finite number, got ${show(power)}`);
  const f = Math.fround;
  return {
    className: 'PolynomialDecay',
    getConfig: () => ({ initialSparsity: initial, finalSparsity: final, beginStep: begin, endStep: end, power, frequency }),
    shouldPrune: (step) => shouldPruneAt(step, begin, end, frequency),
    // Each operation rounded to float32, in tfmot's order.
    sparsityAt(step) {
      const p = Math.min(1, Math.max(0, f(f(step - begin) / f(end - begin))));
      return f(f(f(initial - final) * f(f(1 - p) ** f(power))) + f(final));
    },
    build(graph, step) {
      const float = (value: number) => ops.constant(graph, value, 'float32');
      const progress = ops.realDiv(ops.cast(ops.sub(step, ops.constant(graph, BigInt(begin), 'int64')), 'float32'), float(end - begin));
      const p = ops.minimum(float(1), ops.maximum(float(0), progress));
      const decayed = ops.mul(float(initial - final), ops.pow(ops.sub(float(1), p), float(power)));
      return {
        shouldPrune: shouldPruneGraph(graph, step, begin, end, frequency),
        sparsity: ops.addV2(decayed, float(final), { name: 'sparsity' }),
      };
    },
  };
}

const factories: Record<string, (config: Config) => PruningSchedule> = {
  ConstantSparsity: (config) => constantSparsity(config as unknown as ConstantSparsityOptions),
  PolynomialDecay: (config) => polynomialDecay(config as unknown as PolynomialDecayOptions),
};

function isSchedule(value: unknown): value is PruningSchedule {
  const candidate = value as PruningSchedule | null;
  return (
    Boolean(candidate) &&
    typeof candidate!.build === 'function' &&
    typeof candidate!.sparsityAt === 'function' &&
    typeof candidate!.shouldPrune === 'function'
  );
}

/** A schedule from itself or `{ className, config }` ("ConstantSparsity", "PolynomialDecay"). */
export function getSchedule(value: PruningSchedule | NameOrConfig, what = 'pruning schedule'): PruningSchedule {
  if (isSchedule(value)) return value;
  const { className, config } = nameAndConfig('pruning schedule', value, what);
  return lookup('pruning schedule', factories, className, what)(config);
}

/** A schedule's `{ className, config }`. */
export function serializeSchedule(schedule: PruningSchedule, what = 'pruning schedule'): Serialized {
  if (!isSchedule(schedule) || typeof schedule.className !== 'string' || typeof schedule.getConfig !== 'function') {
    throw invalidArgument(
      `${what}: not a pruning schedule with a config (make it with pruning.constantSparsity or pruning.polynomialDecay)`,
    );
  }
  return { className: schedule.className, config: schedule.getConfig() };
}
