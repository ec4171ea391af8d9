/**
 * Mixed precision, as Keras 3's dtype policies: a layer under `mixed_bfloat16` or `mixed_float16`
 * keeps its variables in float32 but computes in the half type. Its floating inputs are cast to
 * the compute dtype and its float32 variables are cast on read inside its call (Keras's
 * autocast scope); the model's outputs go back to float32, so losses, metrics and optimizer
 * updates stay in float32. Normalization layers compute in float32 (their statistics would lose
 * too much in 8 bits of mantissa) and cast their output back, as Keras's do.
 */
import { DType, Output, invalidArgument } from '../core';
import * as ops from '../ops';

export type DTypePolicyName = 'float32' | 'mixed_bfloat16' | 'mixed_float16';

/** A layer's dtype policy: the dtype its variables are stored in and the one it computes in. */
export interface DTypePolicy {
  readonly name: DTypePolicyName;
  readonly variableDtype: DType;
  readonly computeDtype: DType;
}

const POLICIES: Record<DTypePolicyName, DTypePolicy> = {
  float32: { name: 'float32', variableDtype: 'float32', computeDtype: 'float32' },
  mixed_bfloat16: { name: 'mixed_bfloat16', variableDtype: 'float32', computeDtype: 'bfloat16' },
  mixed_float16: { name: 'mixed_float16', variableDtype: 'float32', computeDtype: 'float16' },
};

export type DTypePolicyLike = DTypePolicyName | DTypePolicy;

/** The policy of a name (or the policy itself); `what` names the object in errors. */
export function getPolicy(value: DTypePolicyLike, what = 'dtypePolicy'): DTypePolicy {
  const name = typeof value === 'string' ? value : value?.name;
  if (typeof name === 'string' && Object.prototype.hasOwnProperty.call(POLICIES, name)) return POLICIES[name as DTypePolicyName];
  throw invalidArgument(
    `${what}: unknown dtype policy ${JSON.stringify(typeof value === 'string' ? value : (name ?? value))} (known: ${Object.keys(POLICIES).join(', ')})`,
  );
}

let globalPolicyValue: DTypePolicy = POLICIES.float32;

/** Sets the policy of layers created from now on without a `dtypePolicy` option (Keras's set_global_policy). */
export function setGlobalPolicy(policy: DTypePolicyLike): void {
  globalPolicyValue = getPolicy(policy, 'setGlobalPolicy');
}

/** The policy new layers get by default ('float32' unless setGlobalPolicy changed it). */
export function globalPolicy(): DTypePolicy {
  return globalPolicyValue;
}

/** Whether `policy` computes in another dtype than it stores variables in. */
export function isMixed(policy: DTypePolicy): boolean {
  return policy.computeDtype !== policy.variableDtype;
}

const FLOATING = new Set<DType>(['float32', 'float16', 'bfloat16', 'float64']);

/** `x` in `dtype` if it is floating (integer, boolean and string inputs pass unchanged). */
export function castFloating(x: Output, dtype: DType): Output {
  return FLOATING.has(x.dtype) && x.dtype !== dtype ? ops.cast(x, dtype) : x;
}

// Keras 3's BatchNormalization and LayerNormalization compute in float32 under a mixed policy.
const FLOAT32_LAYERS = new Set(['BatchNormalization', 'LayerNormalization']);

/** The dtype a layer of class `className` computes in under `policy`. */
export function layerComputeDtype(className: string, policy: DTypePolicy): DType {
  return FLOAT32_LAYERS.has(className) ? 'float32' : policy.computeDtype;
}
