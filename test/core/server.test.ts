// Servers: a loopback cluster of TensorFlow gRPC servers, sessions against a server's target,
// TF_CONFIG parsing, the lifecycle TensorFlow allows (no shutdown once started), join off the event loop.
import { ChildProcess, spawnSync } from 'child_process';
import * as net from 'net';
import * as path from 'path';
import { Graph, InvalidArgumentError, Server, Session, parseTfConfig, tensor } from '../../lib/core';
import { runInChild, survived } from '../support/child';
import { venvPython } from '../support/python';
import { freePorts, spawnUntil } from '../support/workers';

describe('TF_CONFIG', () => {
  const cluster = { chief: ['127.0.0.1:2220'], worker: ['127.0.0.1:2221', '127.0.0.1:2222'], ps: ['localhost:2223'] };
  const config = (task: unknown, c: unknown = cluster) => JSON.stringify({ cluster: c, task });

  test("Python's JSON is read: cluster by job, task type and index", () => {
    const parsed = parseTfConfig(config({ type: 'worker', index: 1 }));
    expect(parsed.task).toEqual({ type: 'worker', index: 1 });
    expect(parsed.cluster.worker).toEqual({ 0: '127.0.0.1:2221', 1: '127.0.0.1:2222' });
    expect(parsed.cluster.ps).toEqual({ 0: 'localhost:2223' });
  });

  const bad: Array<[string, string | undefined, RegExp]> = [
    ['unset', undefined, /TF_CONFIG is not set/],
    ['empty', '  ', /TF_CONFIG is not set/],
    ['malformed JSON', '{"cluster": {"worker": ["127.0.0.1:1"]}, "task": ', /TF_CONFIG is not valid JSON/],
    ['not an object', '[1, 2]', /TF_CONFIG must be a JSON object/],
    ['missing cluster', JSON.stringify({ task: { type: 'worker', index: 0 } }), /TF_CONFIG has no "cluster"/],
    ['empty cluster', config({ type: 'worker', index: 0 }, {}), /the cluster has no jobs/],
    ['missing task', JSON.stringify({ cluster }), /TF_CONFIG has no "task"/],
    ['task not an object', config('worker'), /"task" must be an object/],
    ['task without type', config({ index: 0 }), /"task" has no "type"/],
    ['task without index', config({ type: 'worker' }), /"task" has no "index"/],
    [
      'unknown task type',
      config({ type: 'evaluator', index: 0 }),
      /task type "evaluator" is not a job of the cluster \(jobs: chief, worker, ps\)/,
    ],
    ['index out of range', config({ type: 'worker', index: 2 }), /task index 2 is out of range for job "worker" \(tasks: 0, 1\)/],
    ['negative index', config({ type: 'worker', index: -1 }), /task index must be an integer >= 0, got -1/],
    ['fractional index', config({ type: 'worker', index: 0.5 }), /task index must be an integer >= 0, got 0.5/],
    ['index as a string', config({ type: 'worker', index: '0' }), /task index must be an integer >= 0, got "0"/],
    [
      'duplicate address',
      config({ type: 'worker', index: 0 }, { worker: ['127.0.0.1:2221', '127.0.0.1:2221'] }),
      /job "worker" task 1: address 127.0.0.1:2221 is also \/job:worker\/task:0's/,
    ],
    [
      'duplicate address across jobs',
      config({ type: 'ps', index: 0 }, { worker: ['h:1'], ps: ['h:1'] }),
      /job "ps" task 0: address h:1 is also \/job:worker\/task:0's/,
    ],
    ['address without port', config({ type: 'worker', index: 0 }, { worker: ['127.0.0.1'] }), /"127.0.0.1" is not a "host:port" address/],
    [
      'port out of range',
      config({ type: 'worker', index: 0 }, { worker: ['127.0.0.1:70000'] }),
      /"127.0.0.1:70000" is not a "host:port" address \(port 0..65535\)/,
    ],
    [
      'address not a string',
      config({ type: 'worker', index: 0 }, { worker: [2221] }),
      /a task address must be a "host:port" string, got 2221/,
    ],
    ['job not a list', config({ type: 'worker', index: 0 }, { worker: '127.0.0.1:1' }), /job "worker" must list its task addresses/],
    ['job with no tasks', config({ type: 'worker', index: 0 }, { worker: ['h:1'], ps: [] }), /job "ps" has no tasks/],
    ['bad job name', config({ type: 'worker', index: 0 }, { worker: ['h:1'], 'my job': ['h:2'] }), /job name "my job" must be a letter/],
  ];
  test.each(bad)('%s is an InvalidArgumentError naming the problem', (_label, text, message) => {
    for (const attempt of [() => parseTfConfig(text), () => Server.fromTfConfig(text)]) {
      let caught: unknown;
      try {
        attempt();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidArgumentError);
      expect((caught as Error).message).toMatch(message);
    }
  });

  test('parseTfConfig reads process.env.TF_CONFIG by default', () => {
    const saved = process.env.TF_CONFIG;
    process.env.TF_CONFIG = config({ type: 'chief', index: 0 });
    try {
      expect(parseTfConfig().task).toEqual({ type: 'chief', index: 0 });
    } finally {
      if (saved === undefined) delete process.env.TF_CONFIG;
      else process.env.TF_CONFIG = saved;
    }
  });
});

describe('a two-task loopback cluster', () => {
  let servers: Server[] = [];
  let ports: number[] = [];

  beforeAll(async () => {
    ports = await freePorts(2);
    const tfConfig = (index: number) =>
      JSON.stringify({ cluster: { worker: ports.map((p) => `127.0.0.1:${p}`) }, task: { type: 'worker', index } });
    servers = [Server.fromTfConfig(tfConfig(0)), Server.fromTfConfig(tfConfig(1))];
    for (const server of servers) server.start();
  });

  test('each server reports its task, its address and a grpc target on its port', () => {
    expect(servers.map((s) => s.device)).toEqual(['/job:worker/replica:0/task:0', '/job:worker/replica:0/task:1']);
    expect(servers.map((s) => s.target)).toEqual(ports.map((p) => `grpc://127.0.0.1:${p}`));
    expect(servers.every((s) => s.started)).toBe(true);
  });

  test("ops placed on both tasks run through one server's session: a * b on task 1, + a on task 0, from either server", async () => {
    const graph = new Graph();
    const on = (task: number) => `/job:worker/task:${task}`;
    const a = graph.addOperation({ type: 'Placeholder', name: 'a', attrs: { dtype: 'float32', shape: [3] }, device: on(0) }).output(0);
    const b = graph
      .addOperation({ type: 'Const', name: 'b', attrs: { dtype: 'float32', value: tensor([4, 5, 6]) }, device: on(1) })
      .output(0);
    const product = graph.addOperation({ type: 'Mul', name: 'product', inputs: [a, b], device: on(1) }).output(0);
    const total = graph.addOperation({ type: 'Add', name: 'total', inputs: [product, a], device: on(0) }).output(0);
    for (const target of servers.map((s) => s.target)) {
      const session = new Session(graph, { target });
      const [out] = await session.run({ a: tensor([3, 2, 1]) }, [total]);
      // 3*4+3, 2*5+2, 1*6+1
      expect(Array.from(out.data() as Float32Array)).toEqual([15, 12, 7]);
      const names = session.listDevices().map((d) => d.name);
      expect(names).toEqual(
        expect.arrayContaining(['/job:worker/replica:0/task:0/device:CPU:0', '/job:worker/replica:0/task:1/device:CPU:0']),
      );
      await session.close();
    }
  });

  test('state placed on task 1 lives on task 1: a variable set through server 0 is read through server 1', async () => {
    const graph = new Graph();
    const device = '/job:worker/task:1';
    const v = graph
      .addOperation({ type: 'VarHandleOp', name: 'v', attrs: { dtype: 'float32', shape: [], shared_name: 'server_test_v' }, device })
      .output(0);
    const value = graph.addOperation({ type: 'Placeholder', name: 'value', attrs: { dtype: 'float32', shape: [] }, device }).output(0);
    const assign = graph.addOperation({
      type: 'AssignVariableOp',
      name: 'assign',
      inputs: [v, value],
      attrs: { dtype: 'float32' },
      device,
    });
    const read = graph.addOperation({ type: 'ReadVariableOp', name: 'read', inputs: [v], attrs: { dtype: 'float32' }, device }).output(0);
    const writer = new Session(graph, { target: servers[0].target });
    await writer.run({ value: tensor(2.5) }, [], [assign]);
    const reader = new Session(graph, { target: servers[1].target });
    expect((await reader.run(null, [read]))[0].data()[0]).toBe(2.5);
    await writer.close();
    await reader.close();
  });

  test('a started server cannot stop (TensorFlow has no clean shutdown): UnimplementedError, and it keeps serving', async () => {
    expect(() => servers[1].stop()).toThrow(/Server.stop: TensorFlow's gRPC server cannot shut down once started/);
    try {
      servers[1].stop();
    } catch (error) {
      expect((error as Error).name).toBe('UnimplementedError');
    }
    servers[1].start(); // a second start does nothing
    const graph = new Graph();
    const c = graph
      .addOperation({ type: 'Const', attrs: { dtype: 'int32', value: tensor(7, 'int32') }, device: '/job:worker/task:1' })
      .output(0);
    const neg = graph.addOperation({ type: 'Neg', inputs: [c], device: '/job:worker/task:1' }).output(0);
    const session = new Session(graph, { target: servers[0].target });
    expect((await session.run(null, [neg]))[0].data()[0]).toBe(-7);
    await session.close();
  });

  test('a port in use is an error naming the task, its address and the port', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      expect(() => new Server({ cluster: { worker: [`127.0.0.1:${port}`] }, jobName: 'worker' })).toThrow(
        new RegExp(`Server /job:worker/replica:0/task:0 at 127.0.0.1:${port}: .*Could not start gRPC server \\(is port ${port} in use\\?`),
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

describe('lifecycle of a server not started', () => {
  test('stop, then join resolves; start after stop and any use after dispose are FailedPrecondition', async () => {
    const server = new Server({ cluster: { worker: [`127.0.0.1:${(await freePorts(1))[0]}`] }, jobName: 'worker' });
    expect(server.started).toBe(false);
    server.stop();
    server.stop(); // idempotent
    await expect(server.join()).resolves.toBeUndefined();
    expect(() => server.start()).toThrow(/Server.start: the Server has been stopped/);
    server.dispose();
    expect(server.disposed).toBe(true);
    expect(() => server.target).toThrow(/Server.target: the Server for \/job:worker\/replica:0\/task:0 has been disposed/);
    expect(() => server.start()).toThrow(expect.objectContaining({ name: 'FailedPreconditionError' }));
    server.dispose(); // twice is fine
  });

  test('a bad job or task index given directly is an InvalidArgumentError', () => {
    expect(() => new Server({ cluster: { worker: ['127.0.0.1:1'] }, jobName: 'ps' })).toThrow(
      /Server: task type "ps" is not a job of the cluster \(jobs: worker\)/,
    );
    expect(() => new Server({ cluster: { worker: ['127.0.0.1:1'] }, jobName: 'worker', taskIndex: 3 })).toThrow(InvalidArgumentError);
    expect(() => new Server({ cluster: { worker: ['127.0.0.1:1'] }, jobName: 'worker', protocol: '' })).toThrow(
      /protocol must be a non-empty string/,
    );
  });

  test('methods called on something that is not a native Server throw a TypeError, not a crash', () => {
    const server = new Server({ cluster: { worker: ['127.0.0.1:0'] }, jobName: 'worker' });
    const handle = (server as unknown as { handle: { start: () => void } }).handle;
    expect(() => handle.start.call({})).toThrow(expect.objectContaining({ name: 'TypeError' }));
    server.dispose();
  });
});

test('join() of a started server does not block the event loop (timers fire, the process exits at will)', () => {
  const outcome = runInChild(
    `
    const net = require('net');
    const probe = net.createServer();
    await new Promise((r) => probe.listen(0, '127.0.0.1', r));
    const port = probe.address().port;
    await new Promise((r) => probe.close(r));
    const server = new core.Server({ cluster: { worker: ['127.0.0.1:' + port] }, jobName: 'worker', start: true });
    let settled = false;
    server.join().then(() => { settled = true; });
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 10);
    await new Promise((r) => setTimeout(r, 500));
    clearInterval(timer);
    report({ ticks, settled, target: server.target, port });
    process.exit(0);
  `,
    120000,
  );
  const report = survived(outcome) as { ticks: number; settled: boolean; target: string; port: number };
  expect(report.settled).toBe(false);
  expect(report.ticks).toBeGreaterThanOrEqual(20);
  expect(report.target).toBe(`grpc://127.0.0.1:${report.port}`);
});

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe('clusters across processes', () => {
  const bin = path.join(__dirname, '..', '..', 'bin', 'hydra-tf.js');
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  /** (x * 2) + 1 with the Mul on `device` and the rest on this process's task. */
  async function computeOn(device: string, local: string, target: string): Promise<number[]> {
    const graph = new Graph();
    const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [2] }, device: local }).output(0);
    const two = graph.addOperation({ type: 'Const', attrs: { dtype: 'float32', value: tensor([2, 2]) }, device }).output(0);
    const doubled = graph.addOperation({ type: 'Mul', inputs: [x, two], device }).output(0);
    const one = graph.addOperation({ type: 'Const', attrs: { dtype: 'float32', value: tensor([1, 1]) }, device: local }).output(0);
    const y = graph.addOperation({ type: 'Add', inputs: [doubled, one], device: local }).output(0);
    const session = new Session(graph, { target });
    try {
      const names = session.listDevices().map((d) => d.name);
      expect(names).toContain(`${device}/device:CPU:0`);
      return Array.from((await session.run({ x: tensor([1.5, -4]) }, [y]))[0].data() as Float32Array);
    } finally {
      await session.close();
    }
  }

  test('`hydra-tf server` serves task 1 from TF_CONFIG for a session in this process, and exits 0 on SIGTERM', async () => {
    const ports = await freePorts(2);
    const cluster = { worker: ports.map((p) => `127.0.0.1:${p}`) };
    const local = new Server({ cluster, jobName: 'worker', taskIndex: 0, start: true });
    const { child, output } = await spawnUntil(
      process.execPath,
      [bin, 'server'],
      { TF_CONFIG: JSON.stringify({ cluster, task: { type: 'worker', index: 1 } }) },
      /serving at .*\n/,
    );
    children.push(child);
    expect(output()).toContain(`/job:worker/replica:0/task:1 serving at grpc://127.0.0.1:${ports[1]}`);
    // 1.5 * 2 + 1, -4 * 2 + 1
    expect(await computeOn('/job:worker/replica:0/task:1', '/job:worker/replica:0/task:0', local.target)).toEqual([4, -7]);
    child.kill('SIGTERM');
    expect(await exitOf(child)).toEqual({ code: 0, signal: null });
    expect(output()).toContain('SIGTERM, exiting');
  });

  test('`hydra-tf server` with a bad TF_CONFIG or flags exits 1 naming the problem', () => {
    const run = (args: string[], env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [bin, 'server', ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60000 });
    const malformed = run([], { TF_CONFIG: '{"cluster": ' });
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toMatch(/hydra-tf server: TF_CONFIG is not valid JSON/);
    const range = run([], { TF_CONFIG: JSON.stringify({ cluster: { worker: ['127.0.0.1:1'] }, task: { type: 'worker', index: 1 } }) });
    expect(range.status).toBe(1);
    expect(range.stderr).toMatch(/task index 1 is out of range for job "worker" \(tasks: 0\)/);
    const flags = run(['--cluster', 'worker=127.0.0.1:1,127.0.0.1:2', '--job', 'ps'], { TF_CONFIG: '' });
    expect(flags.status).toBe(1);
    expect(flags.stderr).toMatch(/task type "ps" is not a job of the cluster \(jobs: worker\)/);
  });

  test("`hydra-tf launch --workers 2 --ps 1` gives every task its TF_CONFIG: each worker multiplies the ps's 10 by (index + 2)", () => {
    const dist = path.join(__dirname, '..', '..', 'dist', 'lib');
    const worker = `
      const hydra = require(${JSON.stringify(dist)});
      (async () => {
        const { task } = JSON.parse(process.env.TF_CONFIG);
        const server = hydra.Server.fromTfConfig();
        server.start();
        const g = new hydra.Graph();
        const k = g.addOperation({ type: 'Const', attrs: { dtype: 'float32', value: hydra.tensor(10) }, device: '/job:ps/task:0' }).output(0);
        const m = g.addOperation({ type: 'Const', attrs: { dtype: 'float32', value: hydra.tensor(task.index + 2) }, device: server.device }).output(0);
        const y = g.addOperation({ type: 'Mul', inputs: [k, m], device: server.device }).output(0);
        // Only the ps and this task: the other worker may already have exited.
        const s = new hydra.Session(g, { target: server.target, config: { deviceFilters: ['/job:ps', server.device] } });
        console.log('result ' + (await s.run(null, [y]))[0].data()[0] + ' on ' + server.device);
        await s.close();
        process.exit(task.index === Number(process.env.FAIL_INDEX) ? 3 : 0);
      })().catch((e) => { console.error(e); process.exit(2); });`;
    const launch = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [bin, 'launch', '--workers', '2', '--ps', '1', '--', process.execPath, '-e', worker], {
        env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2', ...env },
        encoding: 'utf8',
        timeout: 120000,
      });
    const ok = launch({});
    expect(ok.status).toBe(0);
    const cluster = JSON.parse(/hydra-tf launch: cluster (.*)/.exec(ok.stdout)![1]) as { worker: string[]; ps: string[] };
    expect(cluster.worker).toHaveLength(2);
    expect(cluster.ps).toHaveLength(1);
    expect(new Set([...cluster.worker, ...cluster.ps]).size).toBe(3);
    expect(ok.stdout).toContain('[worker 0] result 20 on /job:worker/replica:0/task:0');
    expect(ok.stdout).toContain('[worker 1] result 30 on /job:worker/replica:0/task:1');
    expect(ok.stdout).toContain(`[ps 0] hydra-tf server: /job:ps/replica:0/task:0 serving at grpc://${cluster.ps[0]}`);
    expect(ok.stdout).toContain('[ps 0] hydra-tf server: SIGTERM, exiting');

    const failing = launch({ FAIL_INDEX: '1' });
    expect(failing.status).toBe(3);
    expect(failing.stderr).toContain('hydra-tf launch: worker 1 exited with 3; stopping the other tasks');

    const usage = spawnSync(process.execPath, [bin, 'launch', '--workers', '0', '--', 'true'], { encoding: 'utf8' });
    expect(usage.status).toBe(1);
    expect(usage.stderr).toContain('--workers must be an integer from 1 to 64, got "0"');
  }, 300000);

  test('a Python tf.distribute.Server as the ps task serves a hydra-tf worker (state kept on the ps)', async () => {
    const ports = await freePorts(2);
    const cluster = { worker: [`127.0.0.1:${ports[0]}`], ps: [`127.0.0.1:${ports[1]}`] };
    const python = venvPython();
    const script = [
      'import json, os, sys, tensorflow as tf',
      'c = json.loads(os.environ["TF_CONFIG"])',
      's = tf.distribute.Server(tf.train.ClusterSpec(c["cluster"]), job_name="ps", task_index=0, protocol="grpc", start=True)',
      'print("python ps serving at", s.target, flush=True)',
      's.join()',
    ].join('\n');
    // Python is no part of the code under test: it runs without the sanitizer run's preloaded libasan.
    const { child, output } = await spawnUntil(
      python,
      ['-c', script],
      { TF_CONFIG: JSON.stringify({ cluster, task: { type: 'ps', index: 0 } }), LD_PRELOAD: undefined },
      /python ps serving at .*\n/,
    );
    children.push(child);
    expect(output()).toContain(`grpc://127.0.0.1:${ports[1]}`);
    const worker = new Server({ cluster, jobName: 'worker', start: true });
    expect(await computeOn('/job:ps/replica:0/task:0', '/job:worker/replica:0/task:0', worker.target)).toEqual([4, -7]);

    // A variable on the ps, incremented by the worker through two separate sessions: it lives on the ps.
    const graph = new Graph();
    const ps = '/job:ps/task:0';
    const v = graph
      .addOperation({ type: 'VarHandleOp', name: 'v', attrs: { dtype: 'float32', shape: [], shared_name: 'interop_v' }, device: ps })
      .output(0);
    const init = graph.addOperation({
      type: 'AssignVariableOp',
      name: 'init',
      inputs: [v, graph.addOperation({ type: 'Const', attrs: { dtype: 'float32', value: tensor(10) }, device: ps }).output(0)],
      attrs: { dtype: 'float32' },
      device: ps,
    });
    const inc = graph.addOperation({
      type: 'AssignAddVariableOp',
      name: 'inc',
      inputs: [v, graph.addOperation({ type: 'Const', attrs: { dtype: 'float32', value: tensor(0.5) }, device: ps }).output(0)],
      attrs: { dtype: 'float32' },
      device: ps,
    });
    const read = graph
      .addOperation({ type: 'ReadVariableOp', name: 'read', inputs: [v], attrs: { dtype: 'float32' }, device: ps })
      .output(0);
    const first = new Session(graph, { target: worker.target });
    await first.run(null, [], [init]);
    await first.run(null, [], [inc]);
    await first.close();
    const second = new Session(graph, { target: worker.target });
    await second.run(null, [], [inc]);
    expect((await second.run(null, [read]))[0].data()[0]).toBe(11);
    await second.close();
    child.kill('SIGKILL');
    await exitOf(child);
  });
});
