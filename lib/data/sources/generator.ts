/** fromGenerator: any (async) iterable, made anew for every pass by calling the factory. */
import { invalidArgument } from '../../core';
import { Dataset } from '../dataset';
import { NO_DTYPES, iterable } from '../spec';

export interface FromGeneratorOptions {
  /** Names the dataset in errors (default: the function's name). */
  name?: string;
}

/**
 * A dataset from a factory such as `function* () { ... }` or `async function* () { ... }`. The
 * factory is called once per pass, so the dataset is re-iterable like the others; its iterator's
 * return() runs when a consumer stops early, so a generator's finally blocks do run.
 */
export function fromGenerator<T>(factory: () => Iterable<T> | AsyncIterable<T>, options: FromGeneratorOptions = {}): Dataset<T> {
  if (typeof factory !== 'function')
    throw invalidArgument(`fromGenerator: expected a function returning an iterable, got ${typeof factory}`);
  const description = `fromGenerator(${options.name ?? factory.name ?? ''})`;
  return new Dataset({ description, cardinality: null, dtypes: NO_DTYPES, open: () => generate(factory, description) });
}

async function* generate<T>(factory: () => Iterable<T> | AsyncIterable<T>, description: string): AsyncGenerator<T> {
  const made = factory() as Partial<Iterable<T> & AsyncIterable<T>> | null;
  if (made && typeof made[Symbol.asyncIterator] === 'function') {
    yield* iterable(made[Symbol.asyncIterator]!());
  } else if (made && typeof made[Symbol.iterator] === 'function') {
    yield* made as Iterable<T>;
  } else {
    throw invalidArgument(`${description}: the factory returned ${made === null ? 'null' : typeof made}, not an iterable`);
  }
}
