'use strict';
/**
 * (d) Binding overhead on a trivial graph: sum = a + b on two fed float32 scalars.
 *   node bench/hydra/binding.js --runs N --reps R --out result.json [--export DIR]
 * Times N runs of each: Session.runSync; Session.run awaited one at a time; Session.run with 8 in
 * flight (default run options, feeds and fetches named on every call); and the same three through
 * a callable (session.callable: handles resolved once) with inline runs (the ops run on the calling
 * thread: RunOptions.inter_op_thread_pool = -1), plus callable.bind's runSync (feeds and output
 * array bound once, as the C loop reuses its TF_Tensors). The feeds are Tensors made once (as the C program
 * reuses its TF_Tensors); each run's output is disposed.
 * --export writes the GraphDef and a spec for bench/c/tfbench.c (the same graph through the C API).
 */
const fs = require('fs');
const path = require('path');
const { Graph, Session, Tensor } = require('../../dist/lib');
const { median } = require('./stats');
const { readFlags } = require('../../scripts/args');

function args() {
  return readFlags(
    'bench/hydra/binding.js',
    { runs: 20000, reps: 3, warmup: 2000, out: null, export: null },
    { types: { out: 'string', export: 'string' }, min: { runs: 1, reps: 1, warmup: 0 } },
  );
}

async function main() {
  const options = args();
  const graph = new Graph();
  const a = graph.addOperation({ type: 'Placeholder', name: 'a', attrs: { dtype: 'float32', shape: [] } }).output(0);
  const b = graph.addOperation({ type: 'Placeholder', name: 'b', attrs: { dtype: 'float32', shape: [] } }).output(0);
  const sum = graph.addOperation({ type: 'Add', name: 'sum', inputs: [a, b] }).output(0);
  const session = new Session(graph);
  const feeds = [
    [a, Tensor.from(1.5, { dtype: 'float32' })],
    [b, Tensor.from(2.25, { dtype: 'float32' })],
  ];
  const fetches = [sum];
  const callable = session.callable({ feeds: feeds.map(([output]) => output), fetches, inline: true });
  const values = feeds.map(([, tensor]) => tensor);
  const into = [new Float32Array(1)];
  // The C loop's way: the fed TF_Tensors and the output array bound once (callable.bind).
  const bound = callable.bind(values, { into: [new Float32Array(1)] });

  // n awaited runs one after another, or n runs with 8 in flight (the sync loops are written out: no await).
  const sequential = (runOnce) => async (n) => {
    for (let i = 0; i < n; i++) (await runOnce())[0].dispose();
  };
  const inFlight = (runOnce) => async (n) => {
    let started = 0;
    const lane = async () => {
      while (started < n) {
        started++;
        (await runOnce())[0].dispose();
      }
    };
    await Promise.all(Array.from({ length: 8 }, lane));
  };
  const ways = {
    runSync: async (n) => {
      for (let i = 0; i < n; i++) session.runSync(feeds, fetches)[0].dispose();
    },
    runAwaited: sequential(() => session.run(feeds, fetches)),
    run8InFlight: inFlight(() => session.run(feeds, fetches)),
    callableSync: async (n) => {
      for (let i = 0; i < n; i++) callable.runSync(values)[0].dispose();
    },
    // The output written into a caller's Float32Array: no Tensor wrapper made or disposed per run.
    callableSyncInto: async (n) => {
      for (let i = 0; i < n; i++) callable.runSync(values, { into });
    },
    callableBound: async (n) => {
      for (let i = 0; i < n; i++) bound.runSync();
    },
    callableAwaited: sequential(() => callable.run(values)),
    callable8InFlight: inFlight(() => callable.run(values)),
  };
  if (bound.runSync()[0][0] !== 3.75) throw new Error('bench: the bound run did not give a + b');
  for (const check of [session.runSync(feeds, fetches)[0], callable.runSync(values)[0]]) {
    if (check.item() !== 3.75) throw new Error(`bench: a + b gave ${check.item()}`);
    check.dispose();
  }
  // Runs per second (wall clock) and CPU microseconds per run (all threads of the process).
  const result = { runs: options.runs, reps: {}, cpuUsPerRun: {}, median: {}, medianCpuUsPerRun: {} };
  for (const [name, way] of Object.entries(ways)) {
    await way(options.warmup);
    result.reps[name] = [];
    result.cpuUsPerRun[name] = [];
    for (let rep = 0; rep < options.reps; rep++) {
      const cpu = process.cpuUsage();
      const started = process.hrtime.bigint();
      await way(options.runs);
      result.reps[name].push(options.runs / (Number(process.hrtime.bigint() - started) / 1e9));
      const used = process.cpuUsage(cpu);
      result.cpuUsPerRun[name].push((used.user + used.system) / options.runs);
    }
    result.median[name] = median(result.reps[name]);
    result.medianCpuUsPerRun[name] = median(result.cpuUsPerRun[name]);
    process.stderr.write(
      `  hydra-tf trivial ${name}: ${result.median[name].toFixed(0)} runs/s, ${result.medianCpuUsPerRun[name].toFixed(1)} CPU us/run\n`,
    );
  }

  if (options.export) {
    fs.mkdirSync(options.export, { recursive: true });
    fs.writeFileSync(path.join(options.export, 'graph.pb'), graph.toGraphDef());
    const lines = [`graph ${path.resolve(options.export, 'graph.pb')}`];
    for (const [output, tensor] of feeds) {
      const file = path.resolve(options.export, `${output.op.name}.bin`);
      fs.writeFileSync(file, Buffer.from(tensor.data().buffer));
      lines.push(`feed ${output.name} 1 0 ${file} 1 reuse`);
    }
    lines.push(`fetch ${sum.name}`);
    fs.writeFileSync(path.join(options.export, 'spec.txt'), lines.join('\n') + '\n');
  }
  bound.dispose();
  for (const [, tensor] of feeds) tensor.dispose();
  await session.close();
  graph.dispose();
  const text = JSON.stringify(result, null, 2);
  if (options.out) fs.writeFileSync(options.out, text);
  else process.stdout.write(text + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
