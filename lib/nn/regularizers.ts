/** Weight penalties added to the training objective (Keras semantics: l1·Σ|w| + l2·Σw²). */
import { Output, invalidArgument } from '../core';
import * as ops from '../ops';
import { Config, NameOrConfig, Serialized, lookup, nameAndConfig, serializeObject } from './config';

/** A penalty on one weight (a scalar); the factories here also attach their className and config. */
export interface Regularizer {
  (weight: Output): Output;
  /** The name `get` knows it by (set by this module's factories). */
  readonly className?: string;
  /** Its factors as JSON (set by this module's factories). */
  getConfig?(): Config;
}

function check(value: number, what: string): number {
  if (!(typeof value === 'number' && Number.isFinite(value) && value >= 0))
    throw invalidArgument(`${what} must be a finite number >= 0, got ${value}`);
  return value;
}

function configured(className: string, config: Config, fn: (weight: Output) => Output): Regularizer {
  return Object.assign(fn, { className, getConfig: () => ({ ...config }) });
}

/** l1·Σ|w|. */
export function l1(factor = 0.01): Regularizer {
  check(factor, 'l1 factor');
  return configured('l1', { l1: factor }, (w) => ops.mul(ops.reduceSum(ops.abs(w)), factor));
}

/** l2·Σw² (as Keras: no factor 1/2). */
export function l2(factor = 0.01): Regularizer {
  check(factor, 'l2 factor');
  return configured('l2', { l2: factor }, (w) => ops.mul(ops.reduceSum(ops.square(w)), factor));
}

/** l1·Σ|w| + l2·Σw². */
export function l1l2(options: { l1?: number; l2?: number } = {}): Regularizer {
  const a = check(options.l1 ?? 0.01, 'l1 factor');
  const b = check(options.l2 ?? 0.01, 'l2 factor');
  return configured('l1l2', { l1: a, l2: b }, (w) =>
    ops.add(ops.mul(ops.reduceSum(ops.abs(w)), a), ops.mul(ops.reduceSum(ops.square(w)), b)),
  );
}

function checkKeys(className: string, config: Config, known: string[]): void {
  for (const key of Object.keys(config))
    if (!known.includes(key))
      throw invalidArgument(`regularizer "${className}": unknown option "${key}" (known options: ${known.join(', ')})`);
}

const BY_NAME: Record<string, (config: Config) => Regularizer> = {
  l1: (c) => (checkKeys('l1', c, ['l1']), l1(c.l1 as number | undefined)),
  l2: (c) => (checkKeys('l2', c, ['l2']), l2(c.l2 as number | undefined)),
  l1l2: (c) => (checkKeys('l1l2', c, ['l1', 'l2']), l1l2(c as { l1?: number; l2?: number })),
};

/** A regularizer, its name ("l2", default factor 0.01), its config, or null for none. */
export type RegularizerLike = Regularizer | string | Serialized | null | undefined;

/** A regularizer by name or config, or as given (null/undefined: none); `what` names the place in errors. */
export function getRegularizer(regularizer: RegularizerLike, what: string): Regularizer | null {
  if (regularizer === null || regularizer === undefined) return null;
  if (typeof regularizer === 'function') return regularizer;
  const { className, config } = nameAndConfig('regularizer', regularizer, what);
  return lookup('regularizer', BY_NAME, className, what)(config);
}

/** The regularizer family's lookup: "l1", "l2", "l1l2" or { className, config } to a regularizer. */
export function get(nameOrConfig: NameOrConfig | Regularizer): Regularizer {
  return getRegularizer(nameOrConfig, 'regularizers.get') as Regularizer;
}

/** A regularizer's { className, config }, or null for none (custom functions have no config and are refused). */
export function serialize(regularizer: RegularizerLike, what = 'regularizer'): Serialized | null {
  const resolved = getRegularizer(regularizer, what);
  return resolved === null ? null : serializeObject('regularizer', resolved, what);
}
