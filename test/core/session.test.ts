// Sessions: async runs on the thread pool, concurrency, the event loop, options, devices, closing.
import { Graph, Output, Session, configProto, listDevices, proto, tensor } from '../../lib';

function scaleGraph() {
  const graph = new Graph();
  const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32' } }).output(0);
  const k = graph.addOperation({ type: 'Const', name: 'k', attrs: { dtype: 'float32', value: tensor(3) } }).output(0);
  const y = graph.addOperation({ type: 'Mul', name: 'y', inputs: [x, k] }).output(0);
  return { graph, x, y };
}

/** A chain of `depth` n×n matmuls with tanh, to make a run that takes a while. */
function heavyGraph(n: number, depth: number) {
  const graph = new Graph();
  const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [n, n] } }).output(0);
  let h: Output = x;
  for (let i = 0; i < depth; i++) {
    h = graph.addOperation({ type: 'MatMul', inputs: [h, x] }).output(0);
    h = graph.addOperation({ type: 'Tanh', inputs: [h] }).output(0);
  }
  const sum = graph
    .addOperation({
      type: 'Sum',
      inputs: [h, graph.addOperation({ type: 'Const', attrs: { dtype: 'int32', value: tensor([0, 1], 'int32') } }).output(0)],
    })
    .output(0);
  return { graph, x, sum };
}

describe('Session', () => {
  test('8 concurrent runs on one session return correct, distinct results', async () => {
    const { graph, x, y } = scaleGraph();
    const session = new Session(graph);
    const inputs = Array.from({ length: 8 }, (_, i) => Float32Array.from({ length: 1000 }, (_, j) => i * 1000 + j));
    const results = await Promise.all(inputs.map((values) => session.run([[x, tensor(values)]], [y])));
    results.forEach(([out], i) => {
      const got = out.data() as Float32Array;
      expect(got.length).toBe(1000);
      for (let j = 0; j < 1000; j += 97) expect(got[j]).toBe(3 * (i * 1000 + j));
    });
    await session.close();
  });

  test('the event loop keeps turning while a 1–2 s run is in flight', async () => {
    const n = 1024;
    const input = tensor(
      Float32Array.from({ length: n * n }, (_, i) => ((i % 17) - 8) / (8 * n)),
      { shape: [n, n] },
    );
    // Calibrate the chain length so one run takes about 1.5 s on this machine.
    const probe = heavyGraph(n, 4);
    const probeSession = new Session(probe.graph);
    probeSession.runSync([[probe.x, input]], [probe.sum]);
    const started = process.hrtime.bigint();
    probeSession.runSync([[probe.x, input]], [probe.sum]);
    const perStepMs = Number(process.hrtime.bigint() - started) / 1e6 / 4;
    await probeSession.close();
    const depth = Math.max(4, Math.min(400, Math.round(1500 / perStepMs)));

    const { graph, x, sum } = heavyGraph(n, depth);
    const session = new Session(graph);
    session.runSync([[x, input]], [sum]); // warm-up: first run optimises the graph
    let last = process.hrtime.bigint();
    let maxGapMs = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = process.hrtime.bigint();
      maxGapMs = Math.max(maxGapMs, Number(now - last) / 1e6);
      last = now;
      ticks++;
    }, 10);
    const runStarted = process.hrtime.bigint();
    await session.run([[x, input]], [sum]);
    const runMs = Number(process.hrtime.bigint() - runStarted) / 1e6;
    clearInterval(timer);
    await session.close();
    console.log(`event loop during a ${runMs.toFixed(0)} ms run: largest setInterval(10) gap ${maxGapMs.toFixed(1)} ms, ${ticks} ticks`);
    expect(runMs).toBeGreaterThan(500);
    // A run that blocked the loop would leave one gap as long as the run itself.
    expect(maxGapMs).toBeLessThan(runMs / 4);
    expect(ticks).toBeGreaterThan(runMs / 40);
  });

  test('runSync computes the same as run', async () => {
    const { graph, x, y } = scaleGraph();
    const session = new Session(graph);
    const [a] = session.runSync({ 'x:0': [1, 2] }, [y]);
    const [b] = await session.run(new Map([[x, [1, 2]]]), ['y:0']);
    expect(Array.from(a.data() as Float32Array)).toEqual([3, 6]);
    expect(Array.from(b.data() as Float32Array)).toEqual([3, 6]);
    await session.close();
  });

  test('targets run operations without fetching', async () => {
    const graph = new Graph();
    const v = graph.addOperation({ type: 'VarHandleOp', name: 'v', attrs: { dtype: 'float32', shape: [], shared_name: 'v' } }).output(0);
    const init = graph.addOperation({
      type: 'AssignVariableOp',
      name: 'init',
      inputs: [v, graph.addOperation({ type: 'Const', attrs: { dtype: 'float32', value: tensor(41) } }).output(0)],
      attrs: { dtype: 'float32' },
    });
    const inc = graph.addOperation({
      type: 'AssignAddVariableOp',
      name: 'inc',
      inputs: [v, graph.addOperation({ type: 'Const', attrs: { dtype: 'float32', value: tensor(1) } }).output(0)],
      attrs: { dtype: 'float32' },
    });
    const read = graph.addOperation({ type: 'ReadVariableOp', name: 'read', inputs: [v], attrs: { dtype: 'float32' } }).output(0);
    const session = new Session(graph);
    await session.run(null, [], [init]);
    await session.run(null, [], ['inc']);
    const [value] = await session.run(null, [read]);
    expect(value.item()).toBe(42);
    expect(inc.type).toBe('AssignAddVariableOp');
    await session.close();
  });

  test('options become a ConfigProto (threads, GPU options) and the session accepts them on CPU', async () => {
    const bytes = configProto({
      intraOpThreads: 2,
      interOpThreads: 1,
      gpu: { allowGrowth: true, visibleDevices: '0', memoryFraction: 0.5 },
      allowSoftPlacement: true,
    });
    const decoded = proto.decode<Record<string, unknown>>('tensorflow.ConfigProto', bytes);
    expect(decoded.intraOpParallelismThreads).toBe(2);
    expect(decoded.interOpParallelismThreads).toBe(1);
    expect(decoded.gpuOptions).toMatchObject({ allowGrowth: true, visibleDeviceList: '0', perProcessGpuMemoryFraction: 0.5 });
    const { graph, x, y } = scaleGraph();
    const session = new Session(graph, {
      intraOpThreads: 2,
      interOpThreads: 1,
      gpu: { allowGrowth: true, memoryFraction: 0.5 },
      allowSoftPlacement: true,
    });
    const [out] = await session.run([[x, tensor([2])]], [y]);
    expect(out.item()).toBe(6);
    await session.close();
    expect(() => configProto({ gpu: { memoryFraction: 1.5 } })).toThrow(/memoryFraction/);
    expect(() => configProto({ intraOpThreads: -1 })).toThrow(/intraOpThreads/);
  });

  test('device placement: CPU works, a GPU request falls back with soft placement and fails clearly without', async () => {
    const devices = listDevices();
    expect(devices.length).toBeGreaterThanOrEqual(1);
    expect(devices[0]).toMatchObject({ type: 'CPU', name: expect.stringContaining('device:CPU:0') });
    expect(devices[0].memoryBytes).toBeGreaterThan(0);
    const hasGpu = devices.some((d) => d.type === 'GPU');

    const build = (device: string) => {
      const graph = new Graph();
      const a = graph.addOperation({ type: 'Const', attrs: { dtype: 'float32', value: tensor([1, 2]) }, device }).output(0);
      const b = graph.addOperation({ type: 'Neg', inputs: [a], device }).output(0);
      return { graph, b };
    };
    const cpu = build('/CPU:0');
    const cpuSession = new Session(cpu.graph);
    expect(Array.from((await cpuSession.run(null, [cpu.b]))[0].data() as Float32Array)).toEqual([-1, -2]);
    await cpuSession.close();

    const soft = build('/GPU:0');
    const softSession = new Session(soft.graph, { allowSoftPlacement: true });
    expect(Array.from((await softSession.run(null, [soft.b]))[0].data() as Float32Array)).toEqual([-1, -2]);
    await softSession.close();

    if (!hasGpu) {
      const hard = build('/GPU:0');
      const hardSession = new Session(hard.graph, { allowSoftPlacement: false });
      await expect(hardSession.run(null, [hard.b])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: /GPU/ });
      await hardSession.close();
    }
  });

  test('run metadata is returned when asked', async () => {
    const { graph, x, y } = scaleGraph();
    const session = new Session(graph);
    const runOptions = proto.encode('tensorflow.RunOptions', { traceLevel: 3 });
    const outputs = await session.run([[x, tensor([1])]], [y], [], { runOptions, collectMetadata: true });
    expect(outputs.runMetadata).toBeInstanceOf(Uint8Array);
    expect(outputs.runMetadata!.length).toBeGreaterThan(0);
    await session.close();
  });

  test('close and dispose while runs are in flight', async () => {
    const n = 512;
    const { graph, x, sum } = heavyGraph(n, 6);
    const input = tensor(new Float32Array(n * n).fill(0.001), { shape: [n, n] });
    const session = new Session(graph);
    const inFlight = [session.run([[x, input]], [sum]), session.run([[x, input]], [sum])];
    input.dispose(); // the runs keep their own reference to the feed
    const closed = session.close();
    await expect(session.run([[x, tensor(new Float32Array(n * n), { shape: [n, n] })]], [sum])).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
    });
    const results = await Promise.allSettled(inFlight);
    await closed;
    for (const result of results) expect(result.status).toBe('fulfilled');
    expect(session.closed).toBe(true);

    const second = new Session(graph);
    const again = new Float32Array(n * n).fill(0.001);
    const pending = second.run([[x, tensor(again, { shape: [n, n] })]], [sum]);
    second.dispose();
    graph.dispose(); // the session keeps the graph alive until it closes
    const [value] = await pending;
    expect(Number.isFinite(value.item() as number)).toBe(true);
  });
});
