/**
 * Weight initializers, as in Keras: each builds the initial value in the graph
 * with TensorFlow's stateless random ops, seeded from the graph's seed and a
 * per-variable counter, so the same seed gives the same weights on every run.
 */
import { DType, Output, invalidArgument } from '../core';
import * as ops from '../ops';
import { Config, NameOrConfig, Serialized, lookup, nameAndConfig, serializeObject } from './config';
import { GraphState } from './variable';

/** Builds a variable's initial value; the factories here also attach their className and config. */
export interface Initializer {
  (state: GraphState, shape: number[], dtype: DType): Output;
  /** The name `get` knows it by (set by this module's factories). */
  readonly className?: string;
  /** Its options as JSON (set by this module's factories). */
  getConfig?(): Config;
}

type InitializerFunction = (state: GraphState, shape: number[], dtype: DType) => Output;

function configured(className: string, config: Config, fn: InitializerFunction): Initializer {
  return Object.assign(fn, { className, getConfig: () => structuredClone(config) });
}

/** Keras's fan computation: dense [in, out]; conv [...kernel, in, out] scaled by the receptive field. */
export function fans(shape: number[]): { fanIn: number; fanOut: number } {
  if (shape.length === 0) return { fanIn: 1, fanOut: 1 };
  if (shape.length === 1) return { fanIn: shape[0], fanOut: shape[0] };
  if (shape.length === 2) return { fanIn: shape[0], fanOut: shape[1] };
  const receptiveField = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return { fanIn: shape[shape.length - 2] * receptiveField, fanOut: shape[shape.length - 1] * receptiveField };
}

function seedTensor(state: GraphState): Output {
  const [a, b] = state.nextSeed();
  return ops.constant(state.graph, [BigInt(a), BigInt(b)], 'int64');
}

function shapeTensor(state: GraphState, shape: number[]): Output {
  return ops.constant(state.graph, shape, 'int32');
}

/** U(minval, maxval). */
export function randomUniform(minval = -0.05, maxval = 0.05): Initializer {
  return configured('randomUniform', { minval, maxval }, (state, shape, dtype) => {
    const unit = ops.statelessRandomUniform(shapeTensor(state, shape), seedTensor(state), { dtype });
    return ops.add(ops.mul(unit, maxval - minval), minval);
  });
}

/** N(mean, stddev²). */
export function randomNormal(mean = 0, stddev = 0.05): Initializer {
  return configured('randomNormal', { mean, stddev }, (state, shape, dtype) => {
    const unit = ops.statelessRandomNormal(shapeTensor(state, shape), seedTensor(state), { dtype });
    return ops.add(ops.mul(unit, stddev), mean);
  });
}

/** N(mean, stddev²) with values beyond two standard deviations redrawn. */
export function truncatedNormal(mean = 0, stddev = 0.05): Initializer {
  return configured('truncatedNormal', { mean, stddev }, (state, shape, dtype) => {
    const unit = ops.statelessTruncatedNormal(shapeTensor(state, shape), seedTensor(state), { dtype });
    return ops.add(ops.mul(unit, stddev), mean);
  });
}

// The standard deviation of a unit normal truncated to [-2, 2]; Keras divides by it
// so that truncated-normal initializers keep the intended variance.
const TRUNCATED_STDDEV = 0.87962566103423978;

/** Glorot/Xavier uniform: U(±sqrt(6 / (fanIn + fanOut))). */
export function glorotUniform(): Initializer {
  return configured('glorotUniform', {}, (state, shape, dtype) => {
    const { fanIn, fanOut } = fans(shape);
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    return randomUniform(-limit, limit)(state, shape, dtype);
  });
}

/** Glorot/Xavier normal: truncated N(0, 2 / (fanIn + fanOut)). */
export function glorotNormal(): Initializer {
  return configured('glorotNormal', {}, (state, shape, dtype) => {
    const { fanIn, fanOut } = fans(shape);
    return truncatedNormal(0, Math.sqrt(2 / (fanIn + fanOut)) / TRUNCATED_STDDEV)(state, shape, dtype);
  });
}

/** He uniform: U(±sqrt(6 / fanIn)). */
export function heUniform(): Initializer {
  return configured('heUniform', {}, (state, shape, dtype) => {
    const limit = Math.sqrt(6 / fans(shape).fanIn);
    return randomUniform(-limit, limit)(state, shape, dtype);
  });
}

/** He normal: truncated N(0, 2 / fanIn). */
export function heNormal(): Initializer {
  return configured('heNormal', {}, (state, shape, dtype) =>
    truncatedNormal(0, Math.sqrt(2 / fans(shape).fanIn) / TRUNCATED_STDDEV)(state, shape, dtype),
  );
}

export function zeros(): Initializer {
  return configured('zeros', {}, (state, shape, dtype) => ops.fill(shapeTensor(state, shape), ops.constant(state.graph, 0, dtype)));
}

export function ones(): Initializer {
  return configured('ones', {}, (state, shape, dtype) => ops.fill(shapeTensor(state, shape), ops.constant(state.graph, 1, dtype)));
}

/** Every element `value`, or exactly `values` (a nested array or typed array of the variable's shape). */
export function constant(value: number | ArrayLike<number> | unknown[]): Initializer {
  // The config keeps the values as plain (nested) arrays: typed arrays are not JSON.
  const configValue =
    typeof value === 'number' ? value : Array.isArray(value) ? structuredClone(value) : Array.from(value as ArrayLike<number>);
  return configured('constant', { value: configValue }, (state, shape, dtype) => {
    if (typeof value === 'number') return ops.fill(shapeTensor(state, shape), ops.constant(state.graph, value, dtype));
    const flat = Array.isArray(value) ? (value as unknown[]).flat(Infinity) : Array.from(value as ArrayLike<number>);
    const size = shape.reduce((a, b) => a * b, 1);
    if (flat.length !== size)
      throw invalidArgument(`constant initializer has ${flat.length} values, the variable's shape [${shape.join(', ')}] needs ${size}`);
    return ops.reshape(ops.constant(state.graph, flat as number[], dtype), shapeTensor(state, shape));
  });
}

/** Orthogonal matrix (Keras's default recurrent initializer): Q of a QR of a normal matrix, signs fixed by diag(R). */
export function orthogonal(gain = 1): Initializer {
  return configured('orthogonal', { gain }, (state, shape, dtype) => {
    const rows = shape.slice(0, -1).reduce((a, b) => a * b, 1);
    const cols = shape[shape.length - 1];
    const tall = rows < cols ? [cols, rows] : [rows, cols];
    const [a, b] = state.nextSeed();
    const normal = ops.statelessRandomNormal(
      ops.constant(state.graph, tall, 'int32'),
      ops.constant(state.graph, [BigInt(a), BigInt(b)], 'int64'),
      { dtype },
    );
    const { q, r } = ops.qr(normal);
    const signs = ops.sign(ops.matrixDiagPartV3(r, ops.constant(state.graph, 0, 'int32'), ops.constant(state.graph, 0, dtype)));
    let matrix = ops.mul(q, signs);
    if (rows < cols) matrix = ops.transpose(matrix, ops.constant(state.graph, [1, 0], 'int32'));
    return ops.reshape(ops.mul(matrix, gain), ops.constant(state.graph, shape, 'int32'));
  });
}

/** A number option of a config, or its default; anything else is an error naming the initializer. */
function numberOption(className: string, config: Config, key: string, fallback: number): number {
  const value = config[key] ?? fallback;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw invalidArgument(`initializer "${className}": ${key} must be a finite number, got ${JSON.stringify(value)}`);
  return value;
}

function checkConfigKeys(className: string, config: Config, known: string[]): void {
  for (const key of Object.keys(config)) {
    if (!known.includes(key))
      throw invalidArgument(`initializer "${className}": unknown option "${key}" (known options: ${known.join(', ') || 'none'})`);
  }
}

const BY_NAME: Record<string, (config: Config) => Initializer> = {
  glorotUniform,
  glorotNormal,
  heUniform,
  heNormal,
  zeros,
  ones,
  randomUniform: (c) => randomUniform(numberOption('randomUniform', c, 'minval', -0.05), numberOption('randomUniform', c, 'maxval', 0.05)),
  randomNormal: (c) => randomNormal(numberOption('randomNormal', c, 'mean', 0), numberOption('randomNormal', c, 'stddev', 0.05)),
  truncatedNormal: (c) =>
    truncatedNormal(numberOption('truncatedNormal', c, 'mean', 0), numberOption('truncatedNormal', c, 'stddev', 0.05)),
  constant: (c) => constant((c.value ?? 0) as number | unknown[]),
  orthogonal: (c) => orthogonal(numberOption('orthogonal', c, 'gain', 1)),
};

const OPTIONS: Record<string, string[]> = {
  randomUniform: ['minval', 'maxval'],
  randomNormal: ['mean', 'stddev'],
  truncatedNormal: ['mean', 'stddev'],
  constant: ['value'],
  orthogonal: ['gain'],
};

/** An initializer, its name ("glorotUniform", "heNormal", "zeros", ...) or its config ({ className, config }). */
export type InitializerLike = Initializer | string | Serialized;

/** An initializer by name or config, or as given; `what` names the place in errors. */
export function getInitializer(init: InitializerLike, what: string): Initializer {
  if (typeof init === 'function') return init;
  const { className, config } = nameAndConfig('initializer', init, what);
  const make = lookup('initializer', BY_NAME, className, what);
  checkConfigKeys(className, config, Object.prototype.hasOwnProperty.call(OPTIONS, className) ? OPTIONS[className] : []);
  return make(config);
}

/** The initializer family's lookup: a name ("heNormal") or { className, config } to an initializer. */
export function get(nameOrConfig: NameOrConfig | Initializer): Initializer {
  return getInitializer(nameOrConfig, 'initializers.get');
}

/** An initializer's { className, config } (names are expanded; custom functions have none and are refused). */
export function serialize(init: InitializerLike, what = 'initializer'): Serialized {
  const resolved = getInitializer(init, what);
  return serializeObject('initializer', resolved, what);
}
