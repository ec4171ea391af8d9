/**
 * OMoE, One-gate Mixture-of-Experts (the MoE baseline of Ma et al., KDD 2018, eq. 5): n experts
 * and a single gate g(x) = softmax(W x) shared by all tasks; every task reads the same mixture
 * Σ_e g(x)_e f_e(x) and differs only in its tower. The MMoE paper's control for "does a gate per
 * task matter".
 */
import { Architecture } from './architecture';
import { MMoEOptions, MixtureOfExperts } from './mmoe';

export type OMoEOptions = MMoEOptions;

/**
 * OMoE: `experts` shared experts and one gate, "<name>/gate_shared/kernel"; its gate output is
 * named "shared".
 */
export function omoe(options: OMoEOptions): Architecture<MixtureOfExperts> {
  return new Architecture(new MixtureOfExperts('omoe', options));
}
