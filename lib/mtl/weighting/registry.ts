/** The registry of weighting strategies by name: `get(name, config)` recreates one from its getConfig(). */
import { invalidArgument } from '../../core';
import { Weighting } from './types';
import { equal } from './equal';
import { weightedSum } from './weighted-sum';
import { uncertainty } from './uncertainty';
import { max } from './max';
import { smoothMax } from './smooth-max';
import { dwa } from './dwa';
import { gls } from './gls';
import { rlw } from './rlw';
import { famo } from './famo';
import { pcgrad } from './pcgrad';
import { mgda } from './mgda';
import { cagrad } from './cagrad';
import { gradvac } from './gradvac';
import { imtlG } from './imtl-g';
import { nashMtl } from './nash-mtl';
import { alignedMtl } from './aligned-mtl';
import { upgrad } from './upgrad';
import { gradnorm } from './gradnorm';

/** Makes a strategy from its config (the object its getConfig() returned). */
export type WeightingFactory = (config: Record<string, unknown>) => Weighting;

const from =
  <T>(make: (options: T) => Weighting): WeightingFactory =>
  (config) =>
    make(config as unknown as T);

const builtIn: Array<[string, WeightingFactory]> = [
  ['equal', () => equal()],
  ['weighted_sum', (config) => weightedSum((config.taskWeights ?? {}) as Record<string, number>)],
  ['uncertainty', from(uncertainty)],
  ['max', () => max()],
  ['smooth_max', from(smoothMax)],
  ['dwa', from(dwa)],
  ['gls', from(gls)],
  ['rlw', from(rlw)],
  ['famo', from(famo)],
  ['pcgrad', from(pcgrad)],
  ['mgda', from(mgda)],
  ['cagrad', from(cagrad)],
  ['gradvac', from(gradvac)],
  ['imtl_g', () => imtlG()],
  ['nash_mtl', from(nashMtl)],
  ['aligned_mtl', () => alignedMtl()],
  ['upgrad', from(upgrad)],
  ['gradnorm', from(gradnorm)],
];

const registry = new Map<string, WeightingFactory>(builtIn);

/** The names `get` knows (built-in and registered). */
export function names(): string[] {
  return [...registry.keys()];
}

/** The strategy registered as `name`, made from `config` (default {}). */
export function get(name: string, config: Record<string, unknown> = {}): Weighting {
  if (typeof name !== 'string') throw invalidArgument(`weighting.get: the name must be a string, got ${typeof name}`);
  const factory = registry.get(name);
  if (!factory) throw invalidArgument(`weighting.get: unknown weighting "${name}" (known: ${names().join(', ')})`);
  if (config === null || typeof config !== 'object' || Array.isArray(config))
    throw invalidArgument(`weighting.get("${name}"): config must be a plain object`);
  return factory(config);
}

/** Registers a user-defined strategy under `name` (its Weighting.name), so `get` and saved models find it. */
export function register(name: string, factory: WeightingFactory): void {
  if (typeof name !== 'string' || name.length === 0) throw invalidArgument('weighting.register: the name must be a non-empty string');
  if (typeof factory !== 'function')
    throw invalidArgument(`weighting.register("${name}"): the factory must be a function (config) => Weighting`);
  if (builtIn.some(([known]) => known === name)) throw invalidArgument(`weighting.register: "${name}" is a built-in weighting`);
  registry.set(name, factory);
}
