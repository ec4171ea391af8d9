/**
 * Weight initializers, as in Keras: each builds the initial value in the graph
 * with TensorFlow's stateless random ops, seeded from the graph's seed and a
 * per-variable counter, so the same seed gives the same weights on every run.
 */
import { DType, Output, invalidArgument } from '../core';
import * as ops from '../ops';
import { GraphState } from './variable';

export type Initializer = (state: GraphState, shape: number[], dtype: DType) => Output;

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
  return (state, shape, dtype) => {
    const unit = ops.statelessRandomUniform(shapeTensor(state, shape), seedTensor(state), { dtype });
    return ops.add(ops.mul(unit, maxval - minval), minval);
  };
}

/** N(mean, stddev²). */
export function randomNormal(mean = 0, stddev = 0.05): Initializer {
  return (state, shape, dtype) => {
    const unit = ops.statelessRandomNormal(shapeTensor(state, shape), seedTensor(state), { dtype });
    return ops.add(ops.mul(unit, stddev), mean);
  };
}

/** N(mean, stddev²) with values beyond two standard deviations redrawn. */
export function truncatedNormal(mean = 0, stddev = 0.05): Initializer {
  return (state, shape, dtype) => {
    const unit = ops.statelessTruncatedNormal(shapeTensor(state, shape), seedTensor(state), { dtype });
    return ops.add(ops.mul(unit, stddev), mean);
  };
}

// The standard deviation of a unit normal truncated to [-2, 2]; Keras divides by it
// so that truncated-normal initializers keep the intended variance.
const TRUNCATED_STDDEV = 0.87962566103423978;

/** Glorot/Xavier uniform: U(±sqrt(6 / (fanIn + fanOut))). */
export function glorotUniform(): Initializer {
  return (state, shape, dtype) => {
    const { fanIn, fanOut } = fans(shape);
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    return randomUniform(-limit, limit)(state, shape, dtype);
  };
}

/** Glorot/Xavier normal: truncated N(0, 2 / (fanIn + fanOut)). */
export function glorotNormal(): Initializer {
  return (state, shape, dtype) => {
    const { fanIn, fanOut } = fans(shape);
    return truncatedNormal(0, Math.sqrt(2 / (fanIn + fanOut)) / TRUNCATED_STDDEV)(state, shape, dtype);
  };
}

/** He uniform: U(±sqrt(6 / fanIn)). */
export function heUniform(): Initializer {
  return (state, shape, dtype) => {
    const limit = Math.sqrt(6 / fans(shape).fanIn);
    return randomUniform(-limit, limit)(state, shape, dtype);
  };
}

/** He normal: truncated N(0, 2 / fanIn). */
export function heNormal(): Initializer {
  return (state, shape, dtype) => truncatedNormal(0, Math.sqrt(2 / fans(shape).fanIn) / TRUNCATED_STDDEV)(state, shape, dtype);
}

export function zeros(): Initializer {
  return (state, shape, dtype) => ops.fill(shapeTensor(state, shape), ops.constant(state.graph, 0, dtype));
}

export function ones(): Initializer {
  return (state, shape, dtype) => ops.fill(shapeTensor(state, shape), ops.constant(state.graph, 1, dtype));
}

/** Every element `value`, or exactly `values` (a nested array or typed array of the variable's shape). */
export function constant(value: number | ArrayLike<number> | unknown[]): Initializer {
  return (state, shape, dtype) => {
    if (typeof value === 'number') return ops.fill(shapeTensor(state, shape), ops.constant(state.graph, value, dtype));
    const flat = Array.isArray(value) ? (value as unknown[]).flat(Infinity) : Array.from(value as ArrayLike<number>);
    const size = shape.reduce((a, b) => a * b, 1);
    if (flat.length !== size) throw invalidArgument(`constant initializer has ${flat.length} values, the variable's shape [${shape.join(', ')}] needs ${size}`);
    return ops.reshape(ops.constant(state.graph, flat as number[], dtype), shapeTensor(state, shape));
  };
}

const BY_NAME: Record<string, () => Initializer> = {
  glorotUniform,
  glorotNormal,
  heUniform,
  heNormal,
  zeros,
  ones,
  randomUniform: () => randomUniform(),
  randomNormal: () => randomNormal(),
  truncatedNormal: () => truncatedNormal(),
};

export type InitializerLike = Initializer | keyof typeof BY_NAME;

/** An initializer by name ("glorotUniform", "heNormal", "zeros", ...) or as given. */
export function getInitializer(init: InitializerLike, what: string): Initializer {
  if (typeof init === 'function') return init;
  const make = BY_NAME[init];
  if (!make) throw invalidArgument(`${what}: unknown initializer "${String(init)}" (known: ${Object.keys(BY_NAME).join(', ')})`);
  return make();
}
