/** take and skip: the first n elements, or all but them. */
import { invalidArgument } from '../../core';
import { DatasetSpec, IterationPath, iterable } from '../spec';

export function checkCount(count: number, what: string): void {
  if (!Number.isSafeInteger(count) || count < 0)
    throw invalidArgument(`${what}: count must be a non-negative integer, got ${String(count)}`);
}

export function takeSpec<T>(upstream: DatasetSpec<T>, count: number): DatasetSpec<T> {
  const description = `${upstream.description}.take(${count})`;
  checkCount(count, description);
  const known = upstream.cardinality;
  return {
    description,
    cardinality: known === null ? (count === 0 ? 0 : null) : Math.min(known, count),
    dtypes: upstream.dtypes,
    open: (path) => takeElements(upstream, count, path),
  };
}

async function* takeElements<T>(upstream: DatasetSpec<T>, count: number, path: IterationPath): AsyncGenerator<T> {
  if (count === 0) return; // not even opened: take(0) of a file touches no file
  let taken = 0;
  for await (const element of iterable(upstream.open(path))) {
    yield element;
    // Stop before pulling element count+1: upstream work (or a file read) is never wasted.
    if (++taken >= count) break;
  }
}

export function skipSpec<T>(upstream: DatasetSpec<T>, count: number): DatasetSpec<T> {
  const description = `${upstream.description}.skip(${count})`;
  checkCount(count, description);
  const known = upstream.cardinality;
  return {
    description,
    cardinality: known === null ? null : Math.max(0, known - count),
    dtypes: upstream.dtypes,
    open: (path) => skipElements(upstream, count, path),
  };
}

async function* skipElements<T>(upstream: DatasetSpec<T>, count: number, path: IterationPath): AsyncGenerator<T> {
  let seen = 0;
  for await (const element of iterable(upstream.open(path))) {
    if (seen++ >= count) yield element;
  }
}
