/** Option checking shared by layers: unknown options are errors, not silently ignored. */
import { invalidArgument } from '../core';
import { ActivationLike, serialize as serializeActivation } from './activations';
import { Serialized } from './config';
import { InitializerLike, serialize as serializeInitializer } from './initializers';
import { RegularizerLike, serialize as serializeRegularizer } from './regularizers';

/** Throws if `options` has a key outside `known`, naming the layer kind and the key. */
export function checkOptions(kind: string, options: object | undefined, known: readonly string[]): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object') throw invalidArgument(`${kind}: options must be an object`);
  const allowed = new Set([...known, 'name', 'trainable', 'dtypePolicy']);
  for (const key of Object.keys(options)) {
    if (!allowed.has(key)) {
      throw invalidArgument(`${kind}: unknown option "${key}" (known options: ${[...allowed].sort().join(', ')})`);
    }
  }
}

export function positiveInt(kind: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw invalidArgument(`${kind}: ${name} must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A pair from a number or a [h, w] array (kernel sizes, strides, pool sizes). */
export function pair(kind: string, name: string, value: number | [number, number]): [number, number] {
  const pairValue = typeof value === 'number' ? [value, value] : value;
  if (!Array.isArray(pairValue) || pairValue.length !== 2) throw invalidArgument(`${kind}: ${name} must be a number or [height, width]`);
  return [positiveInt(kind, name, pairValue[0]), positiveInt(kind, name, pairValue[1])];
}

export function padding(kind: string, value: string | undefined): 'VALID' | 'SAME' {
  const mode = (value ?? 'valid').toLowerCase();
  if (mode !== 'valid' && mode !== 'same')
    throw invalidArgument(`${kind}: padding must be "valid" or "same", got ${JSON.stringify(value)}`);
  return mode === 'valid' ? 'VALID' : 'SAME';
}

/** An initializer option as config: the given one or the layer's default, as { className, config }. */
export function initializerConfig(layer: string, key: string, value: InitializerLike | undefined, fallback: InitializerLike): Serialized {
  return serializeInitializer(value ?? fallback, `layer "${layer}": ${key}`);
}

/** A regularizer option as config: { className, config } or null for none. */
export function regularizerConfig(layer: string, key: string, value: RegularizerLike): Serialized | null {
  return serializeRegularizer(value, `layer "${layer}": ${key}`);
}

/** An activation option as config: its name ("linear" when absent). */
export function activationConfig(layer: string, key: string, value: ActivationLike, fallback: ActivationLike = 'linear'): string {
  return serializeActivation(value ?? fallback, `layer "${layer}": ${key}`);
}

/** The options of a layer with a kernel and an optional bias (Dense, Conv1D, Conv2D, MultiHeadAttention). */
export interface KernelBiasOptions {
  useBias?: boolean;
  kernelInitializer?: InitializerLike;
  biasInitializer?: InitializerLike;
  kernelRegularizer?: RegularizerLike;
  biasRegularizer?: RegularizerLike;
}

/** Their config entries, with Keras's defaults (a bias, glorotUniform kernel, zeros bias). */
export function kernelBiasConfig(layer: string, o: KernelBiasOptions) {
  return {
    useBias: o.useBias ?? true,
    kernelInitializer: initializerConfig(layer, 'kernelInitializer', o.kernelInitializer, 'glorotUniform'),
    biasInitializer: initializerConfig(layer, 'biasInitializer', o.biasInitializer, 'zeros'),
    kernelRegularizer: regularizerConfig(layer, 'kernelRegularizer', o.kernelRegularizer),
    biasRegularizer: regularizerConfig(layer, 'biasRegularizer', o.biasRegularizer),
  };
}

/** How the kernel and the bias weights are made (the bias null when useBias is false), for addWeight. */
export function kernelBiasWeights(o: KernelBiasOptions): {
  kernel: { initializer: InitializerLike; regularizer?: RegularizerLike };
  bias: { initializer: InitializerLike; regularizer?: RegularizerLike } | null;
} {
  return {
    kernel: { initializer: o.kernelInitializer ?? 'glorotUniform', regularizer: o.kernelRegularizer },
    bias: (o.useBias ?? true) ? { initializer: o.biasInitializer ?? 'zeros', regularizer: o.biasRegularizer } : null,
  };
}
