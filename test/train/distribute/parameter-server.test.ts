// Parameter-server training on loopback clusters: variable placement (by size, round-robin) read
// from the graph's device strings; the synchronous variant against one process on the global
// batch; a worker whose chief never initializes; a Python tf.distribute.Server as the ps task;
// and (child processes, `hydra-tf launch`) the demo model's accuracy against one process.
import { ChildProcess, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { DeadlineExceededError, Graph, Server, Session, makeError } from '../../../lib/core';
import * as ops from '../../../lib/ops';
import { layers, mtl, optimizers } from '../../../lib';
import { Variable, graphState as nnGraphState } from '../../../lib/nn';
import { parameterServer } from '../../../lib/train/distribute/parameter-server';
import { ParameterServerPlacement, variableBytes } from '../../../lib/train/distribute/ps-placement';
import { twoTaskData } from '../../support/two-task-data';
import { venvPython } from '../../support/python';
import { tempDir } from '../../support/tmp';
import { freePorts, spawnUntil } from '../../support/workers';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** A loopback cluster of `workers` worker tasks and `ps` ps tasks, and the TF_CONFIG of each task. */
async function loopbackCluster(workers: number, ps: number) {
  const ports = await freePorts(workers + ps);
  const cluster = { worker: ports.slice(0, workers).map((p) => `127.0.0.1:${p}`), ps: ports.slice(workers).map((p) => `127.0.0.1:${p}`) };
  const tfConfig = (type: string, index: number) => JSON.stringify({ cluster, task: { type, index } });
  return { cluster, tfConfig };
}

/** A two-task model (sum and difference of x's two features) on a small tanh trunk. */
function twoTaskModel(options: { distribute?: ReturnType<typeof parameterServer>; learningRate?: number } = {}) {
  const x = layers.input({ name: 'x', shape: [2] });
  const trunk = layers.dense({ units: 16, activation: 'tanh', name: 'trunk' }).apply(x);
  return mtl.model({
    inputs: { x },
    trunk,
    tasks: {
      sum: { head: layers.dense({ units: 1, name: 'sum_head' }), loss: 'mse', metrics: ['mae'] },
      diff: { head: layers.dense({ units: 1, name: 'diff_head' }), loss: 'mse' },
    },
    weighting: mtl.weighting.uncertainty(),
    optimizer: optimizers.adam({ learningRate: options.learningRate ?? 0.05 }),
    seed: 11,
    distribute: options.distribute,
  });
}

async function weightsOf(model: ReturnType<typeof twoTaskModel>, names: string[]): Promise<Map<string, number[]>> {
  const all = await model.compiled.getWeights();
  const result = new Map<string, number[]>();
  for (const name of names) result.set(name, Array.from(all.get(name)!.data() as Float32Array));
  for (const tensor of all.values()) tensor.dispose();
  return result;
}

describe('placement', () => {
  // dense 784->64 kernel 200,704 B, bias 256 B; dense 64->10 kernel 2,560 B, bias 40 B.
  const shapes: Array<[string, number[]]> = [
    ['hidden/kernel', [784, 64]],
    ['hidden/bias', [64]],
    ['out/kernel', [64, 10]],
    ['out/bias', [10]],
  ];

  function build(policy: 'greedy' | 'roundRobin', tasks: number) {
    const graph = new Graph();
    const state = nnGraphState(graph, 0);
    const placement = new ParameterServerPlacement(tasks, policy);
    state.variableDevice = (info) => placement.device(placement.place(info));
    const variables = shapes.map(([name, shape]) =>
      state.createVariable(name, ops.fill(ops.constant(graph, shape, 'int32'), ops.constant(graph, 0, 'float32')), {
        trainable: true,
        shape,
      }),
    );
    // Adam's slots, built as the trainer builds them.
    const step = ops.constant(graph, 0n, 'int64');
    optimizers.adam().build(
      state,
      variables.map((v) => v.read()),
      variables,
      step,
    );
    const deviceOf = (name: string) => state.variable(name)!.handle.op.device;
    return { state, placement, deviceOf };
  }

  test('greedy by size: each variable goes to the ps task holding the fewest bytes; slots beside their variable', () => {
    const { deviceOf, placement } = build('greedy', 2);
    // kernel -> ps0 (tie, lowest index); bias -> ps1 (0 B); out/kernel -> ps1 (256 < 200,704); out/bias -> ps1 (2,816 < 200,704).
    expect(shapes.map(([name]) => deviceOf(name))).toEqual(['/job:ps/task:0', '/job:ps/task:1', '/job:ps/task:1', '/job:ps/task:1']);
    for (const [name] of shapes) {
      expect(deviceOf(`Adam/${name}/m`)).toBe(deviceOf(name));
      expect(deviceOf(`Adam/${name}/v`)).toBe(deviceOf(name));
    }
    // Each task's bytes: its variables and their two slots (3x).
    const bytes = shapes.map(([, shape]) => variableBytes({ name: '', dtype: 'float32', shape }));
    expect(placement.bytes).toEqual([3 * bytes[0], 3 * (bytes[1] + bytes[2] + bytes[3])]);
  });

  test('round-robin: variables in creation order over the tasks; slots beside their variable', () => {
    const { deviceOf } = build('roundRobin', 3);
    expect(shapes.map(([name]) => deviceOf(name))).toEqual(['/job:ps/task:0', '/job:ps/task:1', '/job:ps/task:2', '/job:ps/task:0']);
    expect(deviceOf('Adam/out/bias/m')).toBe('/job:ps/task:0');
  });

  test('a model compiled with the strategy: weights, slots, step and weighting state on ps, metric accumulators on the worker', async () => {
    const { cluster, tfConfig } = await loopbackCluster(1, 2);
    const servers = [0, 1].map((taskIndex) => new Server({ cluster, jobName: 'ps', taskIndex, start: true }));
    const strategy = parameterServer({ tfConfig: tfConfig('worker', 0), placement: 'roundRobin' });
    const model = twoTaskModel({ distribute: strategy });
    await model.evaluate(twoTaskData(8), { batchSize: 8 });
    const variables: Variable[] = model.compiled.state.variables;
    const device = (name: string) => variables.find((v) => v.name === name)!.handle.op.device;
    const trunk = ['trunk/kernel', 'trunk/bias', 'sum_head/kernel', 'sum_head/bias', 'diff_head/kernel', 'diff_head/bias'];
    expect(trunk.map(device)).toEqual([
      '/job:ps/task:0',
      '/job:ps/task:1',
      '/job:ps/task:0',
      '/job:ps/task:1',
      '/job:ps/task:0',
      '/job:ps/task:1',
    ]);
    expect(device('Adam/trunk/kernel/m')).toBe('/job:ps/task:0');
    const psNames = variables.filter((v) => v.handle.op.device.startsWith('/job:ps/')).map((v) => v.name);
    // The weighting's learned log-variances and their Adam slots too.
    expect(psNames).toEqual(
      expect.arrayContaining(['global_step', 'epoch', 'mtl/uncertainty/log_variance', 'Adam/mtl/uncertainty/log_variance/m']),
    );
    const local = variables.filter((v) => v.handle.op.device === '').map((v) => v.name);
    expect(local.length).toBeGreaterThan(0);
    expect(local.every((name) => /metrics\//.test(name))).toBe(true);
    await model.close();
    for (const server of servers) server.dispose();
  });
});

describe('synchronous parameter servers', () => {
  test('2 workers with 32 rows each equal 1 process on the global batch of 64 for 5 steps (within 1e-5)', async () => {
    const data = twoTaskData(320, 5);
    const { cluster, tfConfig } = await loopbackCluster(2, 1);
    const ps = new Server({ cluster, jobName: 'ps', start: true });
    const chief = twoTaskModel({ distribute: parameterServer({ tfConfig: tfConfig('worker', 0), mode: 'sync', runTimeoutMs: 30000 }) });
    const worker = twoTaskModel({ distribute: parameterServer({ tfConfig: tfConfig('worker', 1), mode: 'sync', runTimeoutMs: 30000 }) });
    const single = twoTaskModel();
    const fitOptions = { epochs: 1, batchSize: 64, shuffle: false, verbose: false };
    await Promise.all([chief.fit(data, fitOptions), worker.fit(data, fitOptions)]);
    await single.fit(data, fitOptions);
    const names = ['trunk/kernel', 'trunk/bias', 'sum_head/kernel', 'diff_head/bias', 'Adam/trunk/kernel/m', 'Adam/trunk/kernel/v'];
    const distributed = await weightsOf(chief, names);
    const reference = await weightsOf(single, names);
    let largest = 0;
    for (const name of names) {
      const a = distributed.get(name)!;
      const b = reference.get(name)!;
      a.forEach((v, i) => (largest = Math.max(largest, Math.abs(v - b[i]))));
    }
    expect(largest).toBeLessThan(1e-5);
    // The weights moved: 5 steps of Adam at 0.05.
    const initial = twoTaskModel();
    await initial.evaluate(twoTaskData(8), { batchSize: 8 });
    const start = await weightsOf(initial, ['trunk/kernel']);
    expect(Math.max(...start.get('trunk/kernel')!.map((v, i) => Math.abs(v - reference.get('trunk/kernel')![i])))).toBeGreaterThan(0.05);
    // One update per global step: 320 / 64.
    const [step] = await chief.compiled.session.run(null, [chief.compiled.state.variable('global_step')!.read()]);
    expect(step.item()).toBe(5n);
    for (const model of [chief, worker, single, initial]) await model.close();
    ps.dispose();
  });
});

describe('synchronous parameter servers: a replica missing', () => {
  test("the chief's step fails at the run time limit with an error saying it waited for the replicas' gradients", async () => {
    const { cluster, tfConfig } = await loopbackCluster(2, 1);
    const ps = new Server({ cluster, jobName: 'ps', start: true });
    const chief = twoTaskModel({ distribute: parameterServer({ tfConfig: tfConfig('worker', 0), mode: 'sync', runTimeoutMs: 1500 }) });
    const started = Date.now();
    await expect(chief.fit(twoTaskData(64), { epochs: 1, batchSize: 32, verbose: false })).rejects.toThrow(
      expect.objectContaining({
        name: 'DeadlineExceededError',
        message: expect.stringContaining(
          'parameter server (synchronous): /job:worker/task:0 timed out waiting for a gradient from each of the 2 replicas',
        ),
      }),
    );
    expect(Date.now() - started).toBeLessThan(20000);
    await chief.close();
    ps.dispose();
  });
});

describe('synchronous parameter servers: the library bounds a step TensorFlow never ends', () => {
  const tfConfig = JSON.stringify({
    cluster: { worker: ['127.0.0.1:1', '127.0.0.1:2'], ps: ['127.0.0.1:3'] },
    task: { type: 'worker', index: 0 },
  });

  test('a run that ignores its time limit and the cancellation rejects with DeadlineExceeded at limit + 6 s, its session closed at once', async () => {
    const strategy = parameterServer({ tfConfig, mode: 'sync', runTimeoutMs: 200 });
    const closes: unknown[] = [];
    const session = { close: async (options: unknown) => void closes.push(options) } as unknown as Session;
    const started = Date.now();
    await expect(strategy.guardRun(new Promise<never>(() => undefined), session)).rejects.toBeInstanceOf(DeadlineExceededError);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(200 + 3000 + 3000 - 50);
    expect(took).toBeLessThan(200 + 3000 + 3000 + 2000);
    expect(closes).toEqual([{ cancelAfterMs: 0 }]);
  });

  test("a run the watchdog's close cancels is a DeadlineExceeded too; a run that ends in time is untouched; async mode is not guarded", async () => {
    const strategy = parameterServer({ tfConfig, mode: 'sync', runTimeoutMs: 100 });
    let fail: (error: Error) => void = () => undefined;
    const run = new Promise<never>((_, reject) => (fail = reject));
    const session = { close: async () => fail(makeError('CANCELLED', 'Session has been closed')) } as unknown as Session;
    await expect(strategy.guardRun(run, session)).rejects.toThrow(
      expect.objectContaining({ name: 'DeadlineExceededError', message: expect.stringContaining('outlived its run time limit (100 ms)') }),
    );
    const untouched = {
      close: async () => {
        throw new Error('closed a session in time');
      },
    } as unknown as Session;
    await expect(strategy.guardRun(Promise.resolve(7), untouched)).resolves.toBe(7);
    const never = new Promise<never>(() => undefined);
    expect(parameterServer({ tfConfig, mode: 'async', runTimeoutMs: 100 }).guardRun(never, untouched)).toBe(never);
  });
});

describe('initialization', () => {
  test('a worker whose ps task never starts fails with an UnavailableError naming the ps task (TensorFlow alone would wait forever)', async () => {
    const { cluster, tfConfig } = await loopbackCluster(1, 1);
    const model = twoTaskModel({ distribute: parameterServer({ tfConfig: tfConfig('worker', 0), initTimeoutMs: 1000 }) });
    const started = Date.now();
    await expect(model.fit(twoTaskData(64), { epochs: 1, batchSize: 32, verbose: false })).rejects.toThrow(
      expect.objectContaining({
        name: 'UnavailableError',
        message: expect.stringContaining(
          `parameter server: /job:worker/task:0 waited 1000 ms for the ps tasks; not answering: /job:ps/task:0 at ${cluster.ps[0]}`,
        ),
      }),
    );
    expect(Date.now() - started).toBeLessThan(15000);
    await model.close();
  });

  test('a worker whose chief never initializes the variables fails with a DeadlineExceededError naming the chief', async () => {
    const { cluster, tfConfig } = await loopbackCluster(2, 1);
    const ps = new Server({ cluster, jobName: 'ps', start: true });
    const model = twoTaskModel({ distribute: parameterServer({ tfConfig: tfConfig('worker', 1), initTimeoutMs: 1500 }) });
    const started = Date.now();
    let caught: unknown;
    try {
      await model.fit(twoTaskData(64), { epochs: 1, batchSize: 32, verbose: false });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DeadlineExceededError);
    expect((caught as Error).message).toMatch(
      /parameter server: \/job:worker\/task:1 waited 1500 ms for the chief \(\/job:worker\/task:0\) to initialize the variables on the ps tasks; still uninitialized: trunk\/kernel, /,
    );
    expect(Date.now() - started).toBeLessThan(20000);
    await model.close();
    ps.dispose();
  });
});

describe('interop', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  test('a Python tf.distribute.Server as the ps task serves a hydra-tf worker: 6 steps equal 1 process (within 1e-5)', async () => {
    const { tfConfig } = await loopbackCluster(1, 1);
    const python = venvPython();
    const script = path.join(repoRoot, 'test', 'fixtures', 'python', 'ps_server.py');
    // Python is no part of the code under test: it runs without the sanitizer run's preloaded libasan.
    const { child, output } = await spawnUntil(
      python,
      [script],
      { TF_CONFIG: tfConfig('ps', 0), LD_PRELOAD: undefined },
      /python ps serving at .*\n/,
    );
    children.push(child);
    const strategy = parameterServer({ tfConfig: tfConfig('worker', 0) });
    const remote = twoTaskModel({ distribute: strategy });
    const single = twoTaskModel();
    const data = twoTaskData(192, 8);
    const fitOptions = { epochs: 1, batchSize: 32, shuffle: false, verbose: false };
    await remote.fit(data, fitOptions);
    await single.fit(data, fitOptions);
    // Every weight lives on the Python process.
    expect(remote.compiled.state.variable('trunk/kernel')!.handle.op.device).toBe('/job:ps/task:0');
    const names = ['trunk/kernel', 'sum_head/kernel', 'diff_head/bias', 'Adam/trunk/kernel/v'];
    const a = await weightsOf(remote, names);
    const b = await weightsOf(single, names);
    for (const name of names) a.get(name)!.forEach((v, i) => expect(Math.abs(v - b.get(name)![i])).toBeLessThan(1e-5));
    expect(output()).toContain('tensorflow 2.21');
    await remote.close();
    await single.close();
    child.kill('SIGKILL');
  });
});

describe('the demo model across processes (hydra-tf launch: 1 ps, 2 workers)', () => {
  test('asynchronous parameter servers reach the single-process digit accuracy within 1 point', () => {
    const bin = path.join(repoRoot, 'bin', 'hydra-tf.js');
    const registerTs = path.join(repoRoot, 'test', 'support', 'register-ts.js');
    const example = path.join(repoRoot, 'examples', 'parameter-server.ts');
    const out = tempDir('ps');
    const common = ['--train', '3000', '--epochs', '3'];
    const env = { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2' };
    const single = spawnSync(process.execPath, ['-r', registerTs, example, ...common, '--single', 'yes', '--batch-size', '32'], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
      timeout: 300000,
    });
    expect(single.status).toBe(0);
    const singleResult = JSON.parse(single.stdout.trim().split('\n').pop()!);
    const launched = spawnSync(
      process.execPath,
      [
        bin,
        'launch',
        '--workers',
        '2',
        '--ps',
        '1',
        '--',
        process.execPath,
        '-r',
        registerTs,
        example,
        ...common,
        '--batch-size',
        '64',
        '--out',
        out,
      ],
      {
        cwd: repoRoot,
        env,
        encoding: 'utf8',
        timeout: 300000,
      },
    );
    expect(launched.status).toBe(0);
    const line = launched.stdout.split('\n').find((l) => l.startsWith('[worker 0] {'));
    expect(line).toBeDefined();
    const chief = JSON.parse(line!.slice('[worker 0] '.length));
    expect(chief.role).toBe('worker 0 (chief)');
    expect(chief.replicas).toBe(2);
    expect(Math.abs(chief.digitAccuracy - singleResult.digitAccuracy)).toBeLessThanOrEqual(0.01);
    // The chief alone wrote a checkpoint.
    const other = JSON.parse(
      launched.stdout
        .split('\n')
        .find((l) => l.startsWith('[worker 1] {'))!
        .slice('[worker 1] '.length),
    );
    expect(other.saved).toBeNull();
    expect(chief.saved).toMatch(new RegExp(`^${out}`));
    expect(fs.readdirSync(out).some((name) => name.endsWith('.index'))).toBe(true);
    fs.rmSync(out, { recursive: true, force: true });
    // Both trained to a useful model (10 classes: chance is 0.1).
    expect(singleResult.digitAccuracy).toBeGreaterThan(0.85);
  }, 600000);
});
