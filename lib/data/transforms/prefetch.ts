/**
 * prefetch: keeps up to n elements computed ahead of the consumer. JS is single-threaded, so
 * the overlap comes from the consumer awaiting something that runs elsewhere (a session run on
 * the libuv pool, a file read): while it waits, the event loop is free to run the producer.
 */
import { invalidArgument } from '../../core';
import { DatasetSpec } from '../spec';

export function prefetchSpec<T>(upstream: DatasetSpec<T>, bufferSize: number): DatasetSpec<T> {
  const description = `${upstream.description}.prefetch(${bufferSize})`;
  if (!Number.isSafeInteger(bufferSize) || bufferSize < 1) {
    throw invalidArgument(`${description}: bufferSize must be a positive integer, got ${String(bufferSize)}`);
  }
  return {
    description,
    cardinality: upstream.cardinality,
    dtypes: upstream.dtypes,
    open: (path) => new Prefetcher(() => upstream.open(path), bufferSize),
  };
}

type Settled<T> = { kind: 'value'; value: T } | { kind: 'done' } | { kind: 'error'; error: unknown };

/**
 * An async queue in front of an iterator. Results are delivered in order, an upstream error
 * after the elements that preceded it. `return()` (a consumer's break) stops pulling, waits for
 * the pull in flight, then closes the upstream, so files are closed when the break completes.
 */
class Prefetcher<T> implements AsyncIterableIterator<T> {
  private source: AsyncIterator<T> | null = null;
  private readonly ready: Array<Settled<T>> = [];
  private inFlight: Promise<void> | null = null;
  /** The upstream finished or failed: nothing more will be pulled. */
  private exhausted = false;
  private closed = false;
  /** Consumers waiting for the next result (several if next() is called without awaiting). */
  private waiters: Array<() => void> = [];

  constructor(
    private readonly openSource: () => AsyncIterator<T>,
    private readonly bufferSize: number,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      if (this.closed) return { done: true, value: undefined };
      this.fill();
      const settled = this.ready.shift();
      if (settled !== undefined) {
        this.fill(); // a slot is free again: keep the producer busy while the consumer works
        if (settled.kind === 'value') return { done: false, value: settled.value };
        this.closed = true;
        if (settled.kind === 'error') throw settled.error;
        return { done: true, value: undefined };
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  async return(): Promise<IteratorResult<T>> {
    this.closed = true;
    this.ready.length = 0;
    this.wakeAll();
    // An iterator may not be closed while a next() on it is pending; let that pull land first.
    while (this.inFlight) await this.inFlight;
    if (this.source && !this.exhausted) {
      this.exhausted = true;
      await this.source.return?.();
    }
    return { done: true, value: undefined };
  }

  /** Starts one pull if there is room and the upstream may have more; each pull chains the next. */
  private fill(): void {
    if (this.inFlight || this.exhausted || this.closed || this.ready.length >= this.bufferSize) return;
    let next: Promise<IteratorResult<T>>;
    try {
      // Opened on the first pull, so a dataset that is never read opens no file.
      this.source ??= this.openSource();
      next = this.source.next();
    } catch (error) {
      next = Promise.reject(error);
    }
    const pull = next.then(
      (result) => {
        if (result.done) {
          this.exhausted = true;
          this.ready.push({ kind: 'done' });
        } else this.ready.push({ kind: 'value', value: result.value });
      },
      (error: unknown) => {
        this.exhausted = true;
        this.ready.push({ kind: 'error', error });
      },
    );
    this.inFlight = pull.then(() => {
      this.inFlight = null;
      this.wakeAll();
      this.fill();
    });
  }

  private wakeAll(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
