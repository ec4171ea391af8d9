/**
 * Weighting strategies from their { name, config } (what serializeWeighting wrote), through the
 * weighting registry (`mtl.weighting.get(name, config)`). Until that registry exists, through the
 * factories by their strategies' names. Read from lib/mtl's index at call time, not import time,
 * so this works with either layout of lib/mtl/weighting.
 */
import { lookup } from '../nn/config';
import * as root from './index';
import { Weighting } from './weighting/types';

type Config = Record<string, unknown>;
type Factories = Record<string, unknown> & { get?: (name: string, config: Config) => Weighting };

// The strategies' names (Weighting.name) and the factories that make them.
const FACTORY_OF: Record<string, string> = {
  equal: 'equal',
  weighted_sum: 'weightedSum',
  uncertainty: 'uncertainty',
  max: 'max',
  smooth_max: 'smoothMax',
  dwa: 'dwa',
  gls: 'gls',
  rlw: 'rlw',
  famo: 'famo',
  pcgrad: 'pcgrad',
  mgda: 'mgda',
  cagrad: 'cagrad',
  gradvac: 'gradvac',
  imtl_g: 'imtlG',
  nash_mtl: 'nashMtl',
  aligned_mtl: 'alignedMtl',
  upgrad: 'upgrad',
  gradnorm: 'gradnorm',
};

/** The strategy named `name` (its Weighting.name), made from `config`. */
export function weightingFromConfig(name: string, config: Config): Weighting {
  const factories = root.weighting as unknown as Factories;
  if (typeof factories.get === 'function') return factories.get(name, config);
  const factory = factories[lookup('weighting', FACTORY_OF, name, 'weighting')] as (options: unknown) => Weighting;
  return name === 'weighted_sum' ? factory(config.taskWeights ?? {}) : factory(config);
}
