/** Activation functions, by name or as functions of an Output. */
import { Output, invalidArgument } from '../core';
import * as ops from '../ops';

export type Activation = (x: Output) => Output;

/** GELU, exact form: x·Φ(x) = 0.5·x·(1 + erf(x/√2)) (Keras's default, approximate = false). */
function gelu(x: Output): Output {
  return ops.mul(ops.mul(x, 0.5), ops.add(ops.erf(ops.mul(x, Math.SQRT1_2)), 1));
}

export const ACTIVATIONS: Record<string, Activation> = {
  linear: (x) => x,
  relu: (x) => ops.relu(x),
  relu6: (x) => ops.relu6(x),
  gelu,
  sigmoid: (x) => ops.sigmoid(x),
  tanh: (x) => ops.tanh(x),
  softmax: (x) => ops.softmax(x),
  logSoftmax: (x) => ops.logSoftmax(x),
  // Keras's activation function leaky_relu uses negative slope 0.2.
  leakyRelu: (x) => ops.leakyRelu(x, { alpha: 0.2 }),
  elu: (x) => ops.elu(x),
  selu: (x) => ops.selu(x),
  softplus: (x) => ops.softplus(x),
  swish: (x) => ops.mul(x, ops.sigmoid(x)),
};

export type ActivationLike = Activation | keyof typeof ACTIVATIONS | null | undefined;

export function getActivation(activation: ActivationLike, what: string): Activation {
  if (activation === null || activation === undefined) return ACTIVATIONS.linear;
  if (typeof activation === 'function') return activation;
  const found = ACTIVATIONS[activation];
  if (!found) throw invalidArgument(`${what}: unknown activation "${String(activation)}" (known: ${Object.keys(ACTIVATIONS).join(', ')})`);
  return found;
}
