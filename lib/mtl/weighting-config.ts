/** Weighting strategies from their { name, config } (what serializeWeighting wrote): the weighting registry's `get`. */
import { Weighting } from './weighting/types';
import { get } from './weighting/registry';

/** The strategy named `name` (its Weighting.name), made from `config`. */
export function weightingFromConfig(name: string, config: Record<string, unknown>): Weighting {
  return get(name, config);
}
