'use strict';
/**
 * One worker of the synchronous data-parallel benchmark (bench/distributed.js):
 *   TF_CONFIG=... node bench/hydra/distributed-worker.js --workload mlp|lenet --steps S --warmup W --out result.json
 * Trains the workload with distribute.multiWorkerMirrored() (one replica without TF_CONFIG), each
 * worker on the workload's batch (the global batch is N times it), and times S steps of fit after
 * W warm-up steps. Then times the all-reduce alone: one CollectiveReduce of as many floats as the
 * step reduces (the gradients and the task losses), the same ring the step runs. The chief also
 * reads the loopback interface's byte counters around the timed steps (/proc/net/dev).
 */
const fs = require('fs');
const { Graph, Session, distribute, ops } = require('../../dist/lib');
const { workloads } = require('./models');
const { median, secondsSince } = require('./stats');
const { readFlags } = require('../../scripts/args');

function args() {
  return readFlags(
    'bench/hydra/distributed-worker.js',
    { workload: 'mlp', steps: 40, warmup: 8, reduceRuns: 30, out: null },
    { types: { out: 'string' }, choices: { workload: Object.keys(workloads) }, min: { steps: 1, warmup: 0, reduceRuns: 1 } },
  );
}

/** Bytes received on the loopback interface so far (Linux; null elsewhere). */
function loopbackBytes() {
  try {
    const line = fs
      .readFileSync('/proc/net/dev', 'utf8')
      .split('\n')
      .find((l) => l.trim().startsWith('lo:'));
    return line ? Number(line.split(':')[1].trim().split(/\s+/)[0]) : null;
  } catch {
    return null;
  }
}

async function main() {
  const options = args();
  const workload = workloads[options.workload];
  const strategy = distribute.multiWorkerMirrored();
  const model = workload.build({ distribute: strategy });
  const n = strategy.replicas;
  const globalBatch = workload.batchSize * n;
  const columns = workload.data(globalBatch * Math.max(options.steps, options.warmup));
  const fit = (steps) => model.fit(columns, { epochs: 1, batchSize: globalBatch, stepsPerEpoch: steps, verbose: false, shuffle: false });
  await fit(options.warmup);
  const lo0 = strategy.writesFiles ? loopbackBytes() : null;
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await fit(options.steps);
  const seconds = secondsSince(start);
  const used = process.cpuUsage(cpu);
  const lo1 = strategy.writesFiles ? loopbackBytes() : null;
  const params = model.compiled.trainableVariables().reduce((sum, v) => sum + v.shape.reduce((a, b) => a * b, 1), 0);
  // The gradients, and each task's loss and divisor (distribute/step.ts globalLosses).
  const reduced = params + 2 * model.taskNames.length;

  // The all-reduce alone: the same number of floats, one packed CollectiveReduce, in its own graph.
  let allReduceMs = 0;
  if (n > 1) {
    const graph = new Graph();
    const x = ops.fill(ops.constant(graph, [reduced], 'int32'), ops.constant(graph, 0.5, 'float32'));
    const [mean] = strategy.allReduce(graph, [x], 'mean');
    const total = ops.reduceSum(mean);
    const session = new Session(graph, strategy.sessionOptions({}));
    for (let i = 0; i < 3; i++) (await session.run(null, [total]))[0].dispose();
    const times = [];
    for (let i = 0; i < options.reduceRuns; i++) {
      const t = process.hrtime.bigint();
      (await session.run(null, [total]))[0].dispose();
      times.push(secondsSince(t) * 1000);
    }
    allReduceMs = median(times);
  }
  const result = {
    workload: options.workload,
    replicas: n,
    replica: strategy.replicaIndex,
    batchPerWorker: workload.batchSize,
    steps: options.steps,
    msPerStep: (seconds * 1000) / options.steps,
    cpuMsPerStep: (used.user + used.system) / 1000 / options.steps,
    params,
    reducedFloatsPerStep: reduced,
    allReduceMs,
    loopbackBytesPerStep: lo0 !== null && lo1 !== null ? (lo1 - lo0) / options.steps : null,
  };
  fs.writeFileSync(options.out, JSON.stringify(result));
  // The gRPC server cannot stop: end the process.
  process.exit(0);
}

main().catch((error) => {
  console.error(error.stack ?? error);
  process.exit(1);
});
