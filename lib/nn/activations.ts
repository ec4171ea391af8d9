/** Activation functions, by name or as functions of an Output. */
import { Output, invalidArgument } from '../core';
import * as ops from '../ops';
import { isSerialized, lookup } from './config';

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

/** An activation function, its name ("relu"), { className: name }, or null/undefined for linear. */
export type ActivationLike = Activation | string | { className: string; config?: Record<string, unknown> } | null | undefined;

/** An activation by name or as given; `what` names the place in errors. */
export function getActivation(activation: ActivationLike, what: string): Activation {
  if (activation === null || activation === undefined) return ACTIVATIONS.linear;
  if (typeof activation === 'function') return activation;
  const name = isSerialized(activation) ? activation.className : activation;
  if (typeof name !== 'string')
    throw invalidArgument(`${what}: an activation must be a name, a function or { className }, got ${JSON.stringify(activation)}`);
  return lookup('activation', ACTIVATIONS, name, what);
}

/** The activation family's lookup: a name ("relu", "gelu", ...) or { className } to the function. */
export function get(nameOrConfig: ActivationLike): Activation {
  return getActivation(nameOrConfig, 'activations.get');
}

/** An activation's name for configs: names stay names, known functions map back to theirs; other functions are refused. */
export function serialize(activation: ActivationLike, what = 'activation'): string {
  if (activation === null || activation === undefined) return 'linear';
  if (typeof activation === 'function') {
    const name = Object.keys(ACTIVATIONS).find((key) => ACTIVATIONS[key] === activation);
    if (name === undefined)
      throw invalidArgument(
        `${what}: a custom activation function has no config; register it with activations.register(name, fn) and pass the name`,
      );
    return name;
  }
  getActivation(activation, what);
  return isSerialized(activation) ? activation.className : (activation as string);
}

/** Adds a user-defined activation under `name`, so layers can name it and configs can hold it. */
export function register(name: string, activation: Activation): void {
  if (typeof name !== 'string' || name.length === 0) throw invalidArgument('activations.register: the name must be a non-empty string');
  if (typeof activation !== 'function')
    throw invalidArgument(`activations.register("${name}"): the activation must be a function (x: Output) => Output`);
  if (Object.prototype.hasOwnProperty.call(ACTIVATIONS, name) && ACTIVATIONS[name] !== activation)
    throw invalidArgument(`activations.register: "${name}" is already an activation`);
  ACTIVATIONS[name] = activation;
}
