/**
 * shuffle: a seeded buffer shuffle, as in tf.data. With a buffer at least as large as the
 * dataset it is a uniform shuffle; smaller buffers trade randomness for memory on streams.
 */
import { invalidArgument } from '../../core';
import { Random } from '../random';
import { DatasetSpec, IterationPath, iterable } from '../spec';

export interface ShuffleOptions {
  /** Same seed, same orders. Omitted, a seed is drawn once from the OS when shuffle() is called. */
  seed?: number;
  /**
   * true (default): each pass has a new order, derived from the seed and the pass's epoch (and
   * repeat number), so epoch k's order is the same in every run. false: every pass has one order.
   */
  reshuffleEachIteration?: boolean;
}

export function shuffleSpec<T>(upstream: DatasetSpec<T>, bufferSize: number, options: ShuffleOptions = {}): DatasetSpec<T> {
  const seed = options.seed ?? Random.randomSeed();
  const reshuffle = options.reshuffleEachIteration ?? true;
  const description = `${upstream.description}.shuffle(${bufferSize}${options.seed === undefined ? '' : `, seed ${seed}`})`;
  if (!Number.isSafeInteger(bufferSize) || bufferSize < 1) {
    throw invalidArgument(`${description}: bufferSize must be a positive integer, got ${String(bufferSize)}`);
  }
  Random.fromSeed(seed); // checks the seed now rather than at the first pass
  const random = (path: IterationPath) => (reshuffle ? Random.fromSeed(seed, ...path) : Random.fromSeed(seed));
  const rows = upstream.rows;
  return {
    description,
    cardinality: upstream.cardinality,
    dtypes: upstream.dtypes,
    open: (path) => shuffleElements(upstream, bufferSize, random(path), path),
    // Over rows, the same buffer shuffle of their indices: the same order as the element path.
    rows: rows && { order: (path) => shuffleIndices(rows.order(path), bufferSize, random(path)), gather: rows.gather },
  };
}

/** shuffleElements on indices: the same draws of `random` in the same sequence, so the same order. */
function shuffleIndices(upstream: Int32Array, bufferSize: number, random: Random): Int32Array {
  const out = new Int32Array(upstream.length);
  // An Int32Array buffer (not a growing number[]): the indices stay untagged int32 words.
  const buffer = new Int32Array(Math.min(bufferSize, upstream.length));
  let held = 0;
  let next = 0;
  for (let i = 0; i < upstream.length; i++) {
    if (held < bufferSize) {
      buffer[held++] = upstream[i];
      continue;
    }
    const pick = random.int(0, bufferSize);
    out[next++] = buffer[pick];
    buffer[pick] = upstream[i];
  }
  while (held > 0) {
    const pick = random.int(0, held);
    out[next++] = buffer[pick];
    buffer[pick] = buffer[--held];
  }
  return out;
}

async function* shuffleElements<T>(upstream: DatasetSpec<T>, bufferSize: number, random: Random, path: IterationPath): AsyncGenerator<T> {
  const buffer: T[] = [];
  for await (const element of iterable(upstream.open(path))) {
    if (buffer.length < bufferSize) {
      buffer.push(element);
      continue;
    }
    const pick = random.int(0, bufferSize);
    const chosen = buffer[pick];
    buffer[pick] = element;
    yield chosen;
  }
  // Drain in random order: swap a random survivor to the end and pop it.
  while (buffer.length > 0) {
    const pick = random.int(0, buffer.length);
    const last = buffer.length - 1;
    const chosen = buffer[pick];
    buffer[pick] = buffer[last];
    buffer.pop();
    yield chosen;
  }
}
