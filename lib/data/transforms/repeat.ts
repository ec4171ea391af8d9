/** repeat: several passes over a dataset, each a fresh pass (a new shuffle order, a reopened file). */
import { invalidArgument } from '../../core';
import { outOfRange } from '../errors';
import { DatasetSpec, IterationPath, iterable } from '../spec';

/** count: number of passes; omitted, the dataset repeats forever. */
export function repeatSpec<T>(upstream: DatasetSpec<T>, count?: number): DatasetSpec<T> {
  const description = `${upstream.description}.repeat(${count ?? ''})`;
  if (count !== undefined && (!Number.isSafeInteger(count) || count < 0)) {
    throw invalidArgument(`${description}: count must be a non-negative integer or omitted (forever), got ${String(count)}`);
  }
  const known = upstream.cardinality;
  let cardinality: number | null;
  if (known === 0 || count === 0) cardinality = 0;
  else if (count === undefined) cardinality = Infinity;
  else cardinality = known === null ? null : known * count;
  return { description, cardinality, dtypes: upstream.dtypes, open: (path) => repeatElements(upstream, count, path, description) };
}

async function* repeatElements<T>(
  upstream: DatasetSpec<T>,
  count: number | undefined,
  path: IterationPath,
  description: string,
): AsyncGenerator<T> {
  for (let pass = 0; count === undefined || pass < count; pass++) {
    let yielded = 0;
    for await (const element of iterable(upstream.open([...path, pass]))) {
      yielded++;
      yield element;
    }
    // An empty pass repeated forever would spin without ever yielding: say so instead.
    if (yielded === 0 && count === undefined) {
      throw outOfRange(
        `${description}: pass ${pass} of ${upstream.description} yielded no elements, so repeating it forever would never produce one`,
      );
    }
  }
}
