/**
 * Plain-JSON configs, as Keras's get / get_config / from_config: every object a user puts in
 * a model (layer, initializer, regularizer, activation, loss, metric, optimizer, schedule,
 * weighting) serialises to `{ className, config }`, and each family has one `get` that takes a
 * name or such an object. The helpers here are shared by the families.
 */
import { invalidArgument } from '../core';

/** A JSON value (what JSON.parse gives back). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** An object's config: JSON-safe options (name, numbers, nested serialised objects). */
export type Config = Record<string, unknown>;

/** The serialised form of any configurable object. */
export interface Serialized {
  className: string;
  config: Config;
}

/** A name ("glorotUniform") or a serialised object ({ className, config }). */
export type NameOrConfig = string | Serialized;

/** Something that can describe itself as a config. */
export interface Configurable {
  readonly className?: string;
  getConfig?(): Config;
}

/** Whether `value` looks like `{ className: string, config?: object }`. */
export function isSerialized(value: unknown): value is Serialized {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const candidate = value as { className?: unknown; config?: unknown };
  if (typeof candidate.className !== 'string') return false;
  return (
    candidate.config === undefined ||
    (candidate.config !== null && typeof candidate.config === 'object' && !Array.isArray(candidate.config))
  );
}

/**
 * Looks `name` up in `table` by own property only (so "constructor" or "toString" never
 * resolve to Object.prototype's), or throws listing the known names of `family`.
 */
export function lookup<T>(family: string, table: Record<string, T> | Map<string, T>, name: string, what?: string): T {
  const found = table instanceof Map ? table.get(name) : Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
  if (found === undefined) {
    const known = table instanceof Map ? [...table.keys()] : Object.keys(table);
    throw invalidArgument(`${what ? `${what}: ` : ''}unknown ${family} ${JSON.stringify(name)} (known: ${known.join(', ')})`);
  }
  return found;
}

/** Splits a name or `{ className, config }` into its parts, or throws naming `family`. */
export function nameAndConfig(family: string, value: unknown, what?: string): { className: string; config: Config } {
  if (typeof value === 'string') return { className: value, config: {} };
  if (isSerialized(value)) return { className: value.className, config: { ...(value.config ?? {}) } };
  throw invalidArgument(
    `${what ? `${what}: ` : ''}${/^[aeiou]/.test(family) ? 'an' : 'a'} ${family} must be a name or { className, config }, got ${describe(value)}`,
  );
}

/** The serialised form of `object`, which must carry a className and getConfig (built-in objects do). */
export function serializeObject(family: string, object: unknown, what: string): Serialized {
  const configurable = object as Configurable | null;
  if (
    configurable &&
    (typeof configurable === 'object' || typeof configurable === 'function') &&
    typeof configurable.className === 'string' &&
    typeof configurable.getConfig === 'function'
  ) {
    return { className: configurable.className, config: configurable.getConfig() };
  }
  throw invalidArgument(
    `${what}: this ${family} has no config (a custom function or object); make it with a factory of the ${family} family, or give it className and getConfig() and register it`,
  );
}

/**
 * Checks that `value` survives JSON.stringify/parse unchanged: JSON.stringify would turn NaN
 * and Infinity into null and drop undefined and functions without a word. `path` names the
 * place in errors ("layer "dense": kernelInitializer.config.value[3]").
 */
export function checkJson(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidArgument(`${path} is ${value}, which JSON cannot hold`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkJson(item, `${path}[${i}]`));
    return;
  }
  if (typeof value === 'object') {
    // A plain object of any realm (jest's sandbox and structuredClone give other Object.prototypes).
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== null && Object.getPrototypeOf(prototype) !== null)
      throw invalidArgument(`${path} is ${describe(value)}, not plain JSON (an array or a plain object)`);
    for (const [key, item] of Object.entries(value as object)) {
      if (item === undefined) continue;
      checkJson(item, `${path}.${key}`);
    }
    return;
  }
  throw invalidArgument(`${path} is ${describe(value)}, which JSON cannot hold`);
}

/** A copy of `config` without undefined entries (JSON drops them; equal configs then compare equal). */
export function compact(config: Config): Config {
  const result: Config = {};
  for (const [key, value] of Object.entries(config)) if (value !== undefined) result[key] = value;
  return result;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
