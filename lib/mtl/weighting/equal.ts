/** Equal weighting: Σ_i L_i (LibMTL's EW). */
import * as ops from '../../ops';
import { Weighting } from './types';
import { stackLosses } from './util';

export function equal(): Weighting {
  return {
    name: 'equal',
    kind: 'loss',
    supportsRepresentation: false,
    getConfig: () => ({}),
    build({ losses }) {
      return { objective: ops.addN(losses), weights: ops.onesLike(stackLosses(losses)) };
    },
  };
}
