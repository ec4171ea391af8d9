/**
 * requireNonEmpty: a pass that ends without a single element is an OutOfRangeError naming the
 * dataset and what needed the data, rather than an epoch that silently trains on nothing.
 */
import { outOfRange } from '../errors';
import { DatasetSpec, IterationPath, iterable } from '../spec';

export function requireNonEmptySpec<T>(upstream: DatasetSpec<T>, purpose: string): DatasetSpec<T> {
  if (upstream.cardinality === 0) throw emptyError(upstream, purpose);
  return {
    description: upstream.description,
    cardinality: upstream.cardinality,
    dtypes: upstream.dtypes,
    open: (path) => requireElements(upstream, purpose, path),
  };
}

function emptyError<T>(upstream: DatasetSpec<T>, purpose: string) {
  return outOfRange(`${purpose} needs data, but ${upstream.description} is empty`);
}

async function* requireElements<T>(upstream: DatasetSpec<T>, purpose: string, path: IterationPath): AsyncGenerator<T> {
  let any = false;
  for await (const element of iterable(upstream.open(path))) {
    any = true;
    yield element;
  }
  if (!any) throw emptyError(upstream, purpose);
}
