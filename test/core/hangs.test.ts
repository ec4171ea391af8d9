// No hangs: runs blocked inside TensorFlow (a dequeue from an empty queue, an unreachable
// remote target) neither starve Node's thread pool nor hold close() or process exit forever.
// Each case runs in a child process with a time limit, so a hang fails the test instead of
// hanging jest.
import { configProto, proto } from '../../lib';
import { runInChild, survived } from '../support/child';

// A graph whose 'take' output blocks until the queue has an element (it never does), and a
// small computation beside it.
const blockingGraph = `
  const graph = new core.Graph();
  const queue = graph.addOperation({ type: 'FIFOQueueV2', name: 'queue', attrs: { component_types: ['float32'], shapes: [[]], capacity: 10 } }).output(0);
  const count = graph.addOperation({ type: 'Const', name: 'count', attrs: { dtype: 'int32', value: core.tensor(3, 'int32') } }).output(0);
  const take = graph.addOperation({ type: 'QueueDequeueManyV2', name: 'take', inputs: [queue, count], attrs: { component_types: ['float32'] } }).output(0);
  const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [2] } }).output(0);
  const y = graph.addOperation({ type: 'Neg', name: 'y', inputs: [x] }).output(0);
  const within = (promise, ms) => Promise.race([promise.then((value) => ({ value }), (error) => ({ error: describe(error) })), new Promise((resolve) => setTimeout(() => resolve('timed out'), ms))]);
`;

test('six runs blocked on a queue do not starve fs.readFile or another run; close cancels them', () => {
  const outcome = runInChild(
    `${blockingGraph}
    const session = new core.Session(graph);
    const blocked = Array.from({ length: 6 }, () => session.run(null, [take]));
    const settled = blocked.map((run) => run.then(() => 'resolved', (error) => describe(error)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    const read = await within(require('fs').promises.readFile(__filename === '[eval]' ? process.execPath : __filename).then((b) => b.length > 0), 10000);
    const other = new core.Session(graph);
    const small = await within(other.run([[x, core.tensor([1, 2])]], [y]).then(([t]) => Array.from(t.data())), 10000);
    const smallOnSame = await within(session.run([[x, core.tensor([3, 4])]], [y]).then(([t]) => Array.from(t.data())), 10000);
    const unblockedMs = Date.now() - started;
    const closeStarted = Date.now();
    const closed = await within(session.close({ cancelAfterMs: 100 }), 20000);
    const closeMs = Date.now() - closeStarted;
    await other.close();
    report({ read, small, smallOnSame, unblockedMs, closed, closeMs, runs: await Promise.all(settled) });
  `,
    60000,
  );
  const report = survived(outcome) as Record<string, unknown>;
  console.log(JSON.stringify(report));
  expect(report.read).toEqual({ value: true });
  expect(report.small).toEqual({ value: [-1, -2] });
  expect(report.smallOnSame).toEqual({ value: [-3, -4] });
  expect(report.unblockedMs).toBeLessThan(5000);
  expect(report.closed).toEqual({});
  expect(report.closeMs).toBeLessThan(5000);
  expect(report.runs).toHaveLength(6);
  for (const run of report.runs as Array<{ name: string; code: string }>)
    expect(run).toMatchObject({ name: 'CancelledError', code: 'CANCELLED' });
});

test('close without options waits CLOSE_GRACE_MS for a blocked run, then cancels it; dispose does the same', () => {
  const outcome = runInChild(
    `${blockingGraph}
    const session = new core.Session(graph);
    const run = session.run(null, [take]).then(() => 'resolved', (error) => describe(error));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await session.close();
    const closeMs = Date.now() - started;
    const second = new core.Session(graph);
    const secondRun = second.run(null, [take]).then(() => 'resolved', (error) => ({ ...describe(error), at: Date.now() }));
    const disposedAt = Date.now();
    second.dispose({ cancelAfterMs: 50 });
    const secondResult = await secondRun;
    report({ closeMs, run: await run, closed: session.closed, second: secondResult.code, secondMs: secondResult.at - disposedAt, grace: core.CLOSE_GRACE_MS });
  `,
    60000,
  );
  const report = survived(outcome) as Record<string, unknown>;
  expect(report.grace).toBe(5000);
  expect(report.closeMs).toBeGreaterThanOrEqual(4900);
  expect(report.closeMs).toBeLessThan(9000);
  expect(report.run).toMatchObject({ name: 'CancelledError' });
  expect(report.closed).toBe(true);
  expect(report.second).toBe('CANCELLED');
  expect(report.secondMs).toBeLessThan(3000);
});

test('process.exit() with a blocked run in flight exits at once, with its code', () => {
  const started = Date.now();
  const outcome = runInChild(
    `${blockingGraph}
    const session = new core.Session(graph);
    session.run(null, [take]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    report('exiting');
    process.exit(7);
  `,
    60000,
  );
  expect(outcome.report).toBe('exiting');
  expect({ status: outcome.status, signal: outcome.signal }).toEqual({ status: 7, signal: null });
  // The cleanup hook cancels the run rather than waiting (up to 5 s) for it.
  expect(Date.now() - started).toBeLessThan(30000);
});

test('a run against an unreachable grpc:// target fails within its timeout instead of hanging', () => {
  const outcome = runInChild(
    `
    const net = require('net');
    const server = net.createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = server.address().port;
    await new Promise((resolve) => server.close(resolve));
    const graph = new core.Graph();
    const c = graph.addOperation({ type: 'Const', name: 'c', attrs: { dtype: 'float32', value: core.tensor([1]) } }).output(0);
    const results = [];
    for (const runOptions of [undefined, proto.encode('tensorflow.RunOptions', { traceLevel: 0 })]) {
      const session = new core.Session(graph, { target: 'grpc://127.0.0.1:' + port, runTimeoutMs: 1500 });
      const started = Date.now();
      const error = await session.run(null, [c], [], { runOptions }).then(() => null, (e) => describe(e));
      results.push({ name: error && error.name, ms: Date.now() - started });
      await session.close();
    }
    report(results);
  `,
    60000,
  );
  const results = survived(outcome) as Array<{ name: string; ms: number }>;
  expect(results).toHaveLength(2);
  for (const { name, ms } of results) {
    expect(['DeadlineExceededError', 'UnavailableError']).toContain(name);
    // runTimeoutMs is 1500: measured ~2.1 s (gRPC retries the connection until the deadline).
    expect(ms).toBeLessThan(15000);
  }
});

test('remote sessions get a default run timeout, bounding session creation too; local ones none', () => {
  const decode = (bytes: Uint8Array) => proto.decode('tensorflow.ConfigProto', bytes) as { operationTimeoutInMs?: number | bigint };
  expect(Number(decode(configProto({ target: 'grpc://10.0.0.1:2222' })).operationTimeoutInMs)).toBe(60000);
  expect(Number(decode(configProto({ target: 'grpc://10.0.0.1:2222', runTimeoutMs: 2500 })).operationTimeoutInMs)).toBe(2500);
  expect(Number(decode(configProto({ target: 'grpc://10.0.0.1:2222', operationTimeoutMs: 700 })).operationTimeoutInMs)).toBe(700);
  expect(decode(configProto({ target: 'grpc://10.0.0.1:2222', runTimeoutMs: 0 })).operationTimeoutInMs ?? 0).toEqual(0);
  expect(decode(configProto({})).operationTimeoutInMs ?? 0).toEqual(0);
  expect(() => configProto({ target: 'grpc://h:1', runTimeoutMs: -1 })).toThrow(/runTimeoutMs/);
});

test('a worker thread with a blocked run terminates, and the process then exits cleanly', () => {
  const outcome = runInChild(
    `
    const { Worker } = require('worker_threads');
    const worker = new Worker(\`
      const core = require(\${JSON.stringify(path.join(process.cwd(), 'lib', 'core'))});
      const graph = new core.Graph();
      const queue = graph.addOperation({ type: 'FIFOQueueV2', name: 'queue', attrs: { component_types: ['float32'], shapes: [[]] } }).output(0);
      const take = graph.addOperation({ type: 'QueueDequeueV2', name: 'take', inputs: [queue], attrs: { component_types: ['float32'] } }).output(0);
      const session = new core.Session(graph);
      session.run(null, [take]).catch(() => {});
      setTimeout(() => require('worker_threads').parentPort.postMessage('blocked'), 300);
    \`, { eval: true });
    await new Promise((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
    const started = Date.now();
    await worker.terminate();
    report({ terminateMs: Date.now() - started });
  `,
    60000,
  );
  // Before: the worker's teardown waited forever for the run; then the addon, unloaded with the
  // worker, left an exit handler behind and the process died of SIGSEGV at exit.
  const report = survived(outcome) as { terminateMs: number };
  expect(report.terminateMs).toBeLessThan(5000);
});
