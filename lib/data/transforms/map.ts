/** map and filter: per-element functions, which may be async (e.g. reading an image file). */
import { DatasetSpec, IterationPath, iterable } from '../spec';

export type MapFn<T, U> = (element: T, index: number) => U | Promise<U>;
export type Predicate<T> = (element: T, index: number) => boolean | Promise<boolean>;

/**
 * Dtypes known for the source's keys are kept: a map usually adds or rewrites features while
 * the labels it passes through keep their type. batch(n, { dtypes }) overrides them.
 */
export function mapSpec<T, U>(upstream: DatasetSpec<T>, fn: MapFn<T, U>): DatasetSpec<U> {
  return {
    description: `${upstream.description}.map()`,
    cardinality: upstream.cardinality,
    dtypes: upstream.dtypes,
    open: (path) => mapElements(upstream, fn, path),
  };
}

async function* mapElements<T, U>(upstream: DatasetSpec<T>, fn: MapFn<T, U>, path: IterationPath): AsyncGenerator<U> {
  let index = 0;
  for await (const element of iterable(upstream.open(path))) yield await fn(element, index++);
}

export function filterSpec<T>(upstream: DatasetSpec<T>, predicate: Predicate<T>): DatasetSpec<T> {
  return {
    description: `${upstream.description}.filter()`,
    cardinality: upstream.cardinality === 0 ? 0 : null,
    dtypes: upstream.dtypes,
    open: (path) => filterElements(upstream, predicate, path),
  };
}

async function* filterElements<T>(upstream: DatasetSpec<T>, predicate: Predicate<T>, path: IterationPath): AsyncGenerator<T> {
  let index = 0;
  for await (const element of iterable(upstream.open(path))) {
    if (await predicate(element, index++)) yield element;
  }
}
