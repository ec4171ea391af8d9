// prefetch: the next elements are computed while the consumer awaits other work (including a
// real TensorFlow session run on the thread pool), errors arrive in order, and a consumer that
// stops early stops the producer.
import { Graph, Output, Session, tensor } from '../../lib';
import { Dataset, fromArrays, fromGenerator } from '../../lib/data';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** An endless producer that logs each element it finishes and whether it was closed. */
function instrumented(log: string[], state = { made: 0, closed: false }) {
  const ds = fromGenerator(async function* () {
    try {
      for (let i = 0; ; i++) {
        await tick(); // producing takes a turn of the event loop, like real async work
        state.made++;
        log.push(`made ${i}`);
        yield i;
      }
    } finally {
      state.closed = true;
    }
  });
  return { ds, state };
}

async function consume(ds: Dataset<number>, count: number, log: string[], work: () => Promise<unknown>): Promise<number[]> {
  const got: number[] = [];
  const iterator = ds[Symbol.asyncIterator]();
  for (let k = 0; k < count; k++) {
    log.push(`ask ${k}`);
    const result = await iterator.next();
    got.push(result.value as number);
    await work();
  }
  await iterator.return?.();
  return got;
}

describe('prefetch', () => {
  test('while the consumer works, the next elements are already made (and without prefetch they are not)', async () => {
    const withLog: string[] = [];
    const { ds } = instrumented(withLog);
    // The consumer's work is 10 turns of the event loop: timing-free, so the counts are exact.
    const work = async () => {
      for (let i = 0; i < 10; i++) await tick();
    };
    expect(await consume(ds.prefetch(2), 4, withLog, work)).toEqual([0, 1, 2, 3]);
    // When the consumer asks for element k >= 1, elements k and k+1 are ready: exactly 2 ahead, no more.
    for (let k = 1; k < 4; k++) {
      const asked = withLog.indexOf(`ask ${k}`);
      expect(withLog.slice(0, asked).filter((e) => e.startsWith('made')).length).toBe(k + 2);
    }

    const withoutLog: string[] = [];
    const plain = instrumented(withoutLog).ds;
    await consume(plain, 4, withoutLog, work);
    for (let k = 1; k < 4; k++) {
      const asked = withoutLog.indexOf(`ask ${k}`);
      expect(withoutLog.slice(0, asked).filter((e) => e.startsWith('made')).length).toBe(k);
    }
  });

  test('the producer runs during a TensorFlow session run (on the thread pool)', async () => {
    const n = 400;
    const graph = new Graph();
    const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [n, n] } }).output(0);
    let h: Output = x;
    for (let i = 0; i < 6; i++)
      h = graph.addOperation({ type: 'Tanh', inputs: [graph.addOperation({ type: 'MatMul', inputs: [h, x] }).output(0)] }).output(0);
    const session = new Session(graph);
    const input = tensor(
      Float32Array.from({ length: n * n }, (_, i) => ((i % 7) - 3) / 100),
      { shape: [n, n] },
    );
    await session.run([[x, input]], [h]); // warm-up

    const log: string[] = [];
    const { ds } = instrumented(log);
    let run = 0;
    await consume(ds.prefetch(4), 3, log, async () => {
      log.push(`run ${run} start`);
      await session.run([[x, input]], [h]);
      log.push(`run ${run++} end`);
    });
    // Elements were made between the start and the end of a run: the event loop stayed free.
    for (let r = 0; r < 3; r++) {
      const during = log.slice(log.indexOf(`run ${r} start`), log.indexOf(`run ${r} end`));
      expect(during.some((e) => e.startsWith('made'))).toBe(true);
    }
    await session.close();
  });

  test('an upstream error reaches the consumer after the elements before it, once', async () => {
    const failure = new RangeError('element 3 is corrupt');
    const ds = fromGenerator(async function* () {
      for (let i = 0; i < 3; i++) yield i;
      throw failure;
    }).prefetch(8);
    const iterator = ds[Symbol.asyncIterator]();
    await tick(); // let the producer run into the error before anyone asks
    expect((await iterator.next()).value).toBe(0);
    expect((await iterator.next()).value).toBe(1);
    expect((await iterator.next()).value).toBe(2);
    await expect(iterator.next()).rejects.toBe(failure);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  test('breaking out of for-await stops the producer and runs its cleanup before the loop exits', async () => {
    const log: string[] = [];
    const { ds, state } = instrumented(log);
    for await (const x of ds.prefetch(3)) if (x === 4) break;
    expect(state.closed).toBe(true);
    const made = state.made;
    expect(made).toBeLessThanOrEqual(5 + 3);
    await sleep(20);
    expect(state.made).toBe(made); // nothing more is produced after the break
  });

  test('keeps order, cardinality and values; concurrent next() calls resolve in order', async () => {
    const ds = fromArrays({ x: new Int32Array([5, 6, 7, 8, 9]) }).map(async (e) => {
      await tick();
      return e.x;
    });
    const prefetched = ds.prefetch(2);
    expect(prefetched.cardinality).toBe(5);
    expect(await prefetched.toArray()).toEqual([5, 6, 7, 8, 9]);
    const iterator = prefetched[Symbol.asyncIterator]();
    const results = await Promise.all([iterator.next(), iterator.next(), iterator.next()]);
    expect(results.map((r) => r.value)).toEqual([5, 6, 7]);
    await iterator.return?.();
    expect(() => ds.prefetch(0)).toThrow(/bufferSize must be a positive integer, got 0/);
  });
});
