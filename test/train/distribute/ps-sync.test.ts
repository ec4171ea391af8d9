// The synchronous parameter-server step on a loopback cluster in this process (1 ps, 2 worker
// tasks): each update is w - lr * mean(g0, g1), each replica contributes once per step, and a
// replica that never comes makes the chief's run fail at the run time limit instead of hanging.
import { DeadlineExceededError, Graph, Server, Session, tensor } from '../../../lib/core';
import * as ops from '../../../lib/ops';
import { graphState } from '../../../lib/nn';
import { buildSyncStep } from '../../../lib/train/distribute/ps-sync';
import { freePorts } from '../../support/workers';

const PS = '/job:ps/task:0';
let cluster: { worker: string[]; ps: string[] };
let servers: Server[];

beforeAll(async () => {
  const ports = await freePorts(3);
  cluster = { worker: [`127.0.0.1:${ports[0]}`, `127.0.0.1:${ports[1]}`], ps: [`127.0.0.1:${ports[2]}`] };
  servers = [
    new Server({ cluster, jobName: 'worker', taskIndex: 0, start: true }),
    new Server({ cluster, jobName: 'worker', taskIndex: 1, start: true }),
    new Server({ cluster, jobName: 'ps', taskIndex: 0, start: true }),
  ];
});

/** Replica `replica`'s graph: w (on the ps, shared by name) updated by SGD from a fed gradient. */
function replicaGraph(replica: number, name: string) {
  const graph = new Graph();
  const state = graphState(graph, 0);
  const variable = graph.withDevice(PS, () =>
    state.createVariable(name, ops.constant(graph, [1, 2, 3], 'float32'), { trainable: true, shape: [3] }),
  );
  const step = graph.withDevice(PS, () =>
    state.createVariable(`${name}_step`, ops.constant(graph, 0n, 'int64'), { trainable: false, shape: [] }),
  );
  const gradient = ops.placeholder(graph, { dtype: 'float32', shape: [3], name: 'gradient' });
  const done = buildSyncStep({
    graph,
    variables: [variable],
    gradients: [gradient],
    replicas: 2,
    replica,
    deviceOf: () => PS,
    tokenDevice: PS,
    apply: ([mean]) => ops.resourceApplyGradientDescent(variable.handle, ops.constant(graph, 0.5, 'float32'), mean),
    countStep: () => ops.assignAddVariableOp(step.handle, ops.constant(graph, 1n, 'int64')),
  });
  const read = variable.read();
  return { graph, variable, step, gradient, done, read };
}

function sessionOf(graph: Graph, task: number, runTimeoutMs = 20000): Session {
  return new Session(graph, {
    target: servers[task].target,
    runTimeoutMs,
    config: { deviceFilters: ['/job:ps', `/job:worker/task:${task}`] },
  });
}

test('two replicas, three steps: each update is w - 0.5 * mean(g0, g1), counted once', async () => {
  const chief = replicaGraph(0, 'w_sync');
  const other = replicaGraph(1, 'w_sync');
  const chiefSession = sessionOf(chief.graph, 0);
  const otherSession = sessionOf(other.graph, 1);
  await chiefSession.run(null, [], [chief.variable.initializer, chief.step.initializer]);
  const expected = [1, 2, 3];
  const gradients = [
    [
      [2, 4, 6],
      [0, 0, 2],
    ],
    [
      [-1, 1, 0],
      [3, 1, 0],
    ],
    [
      [0.5, 0.5, 0.5],
      [0.25, 0, -4],
    ],
  ];
  for (const [g0, g1] of gradients) {
    // The other replica starts first: its run must wait for the chief's update.
    const waiting = otherSession.run([[other.gradient, tensor(g1)]], [], [other.done]);
    await chiefSession.run([[chief.gradient, tensor(g0)]], [], [chief.done]);
    await waiting;
    for (let i = 0; i < 3; i++) expected[i] -= 0.5 * ((g0[i] + g1[i]) / 2);
    const [w, step] = await otherSession.run(null, [other.read, other.step.read()]);
    expect(Array.from(w.data() as Float32Array)).toEqual(expected.map((v) => Math.fround(v)));
    w.dispose();
    step.dispose();
  }
  const [step] = await chiefSession.run(null, [chief.step.read()]);
  expect(step.item()).toBe(3n);
  await chiefSession.close();
  await otherSession.close();
});

test("a replica that never contributes: the chief's run fails with DeadlineExceeded at its run time limit, not a hang", async () => {
  const chief = replicaGraph(0, 'w_missing');
  const session = sessionOf(chief.graph, 0, 1500);
  await session.run(null, [], [chief.variable.initializer, chief.step.initializer]);
  const started = Date.now();
  await expect(session.run([[chief.gradient, tensor([1, 1, 1])]], [], [chief.done])).rejects.toBeInstanceOf(DeadlineExceededError);
  expect(Date.now() - started).toBeLessThan(15000);
  // Nothing was applied.
  const [w] = await session.run(null, [chief.read]);
  expect(Array.from(w.data() as Float32Array)).toEqual([1, 2, 3]);
  await session.close();
});
