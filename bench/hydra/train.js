'use strict';
/**
 * hydra-tf training benchmark for one workload (bench/hydra/models.js):
 *   node bench/hydra/train.js --workload mlp|lenet --steps S --warmup W --reps R --out result.json
 *        [--steps-per-execution K] [--export DIR] [--event-loop]
 *
 * Each rep times S training steps several ways, from what a user writes down to the bare run:
 *   fit           model.fit(columns, { epochs: 1, batchSize, stepsPerEpoch: S, stepsPerExecution: K }):
 *                 the user's call (data pipeline, shuffling, tensor creation, trainer; K steps per
 *                 session run, as Keras's steps_per_execution);
 *   fitOneStep    the same with one step per session run (stepsPerExecution 1);
 *   fitXla        (--xla) fit with stepsPerExecution K on a second model compiled with
 *                 jitCompile: true (each step one XLA program, as Keras's jit_compile);
 *   trainOnBatch  the trainer's step on batches already stacked (no data pipeline);
 *   runFresh      session.run of the train step with tensors made from the batch each step
 *                 (Tensor.from + run + reading the losses: no trainer logic);
 *   runReused     session.run with tensors made once (the binding and the runtime only);
 *   runSyncReused the same through runSync (no thread-pool hop).
 * and, outside the timed steps, the cost of the pieces alone: stacking batches (the data
 * pipeline) and creating the batch's tensors.
 *
 * --export DIR writes the compiled training graph (trainer.graph.toGraphDef()), its feeds,
 * fetches, train_step target and variable initialisers, and the batches' raw bytes, for the
 * C program (bench/c/tfbench.c) to run the identical graph: spec.txt, one step per run, and
 * loop.txt, K steps per run through the same in-graph loop fit uses (when K > 1).
 * --event-loop measures the event-loop delay instead: during a fit of S steps on the columns, and
 * during a fit on S batches stacked beforehand (no data pipeline).
 */
const fs = require('fs');
const path = require('path');
const { monitorEventLoopDelay } = require('perf_hooks');
const { Tensor } = require('../../dist/lib');
const { batchesOf } = require('../../dist/lib/train/feed');
const { workloads } = require('./models');
const { median, quantile, secondsSince } = require('./stats');
const { readFlags } = require('../../scripts/args');

/** Runs `fn`; returns the wall-clock seconds and the process's CPU seconds (all threads) it took. */
async function measured(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await fn();
  const wall = secondsSince(start);
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1e6 };
}

function args() {
  return readFlags(
    'bench/hydra/train.js',
    { workload: 'mlp', steps: 200, warmup: 20, reps: 3, stepsPerExecution: 1, out: null, export: null, eventLoop: false, xla: false },
    {
      types: { out: 'string', export: 'string' },
      choices: { workload: Object.keys(workloads) },
      min: { steps: 1, warmup: 1, reps: 1, stepsPerExecution: 1 },
    },
  );
}

const DTYPE_CODES = { float32: 1, int32: 3, int64: 9 };

async function main() {
  const options = args();
  const workload = workloads[options.workload];
  if (!workload) throw new Error(`unknown workload ${options.workload}`);
  const batchSize = workload.batchSize;
  const steps = options.steps;
  const columns = workload.data(steps * batchSize);
  const model = workload.build();
  const stepsPerExecution = options.stepsPerExecution;
  const fitOptions = { epochs: 1, batchSize, verbose: false, shuffle: true, stepsPerExecution };
  const fitOneStep = { ...fitOptions, stepsPerExecution: 1 };

  // Warm-up: builds the graph and the session, and runs the first (graph-optimising) steps, in
  // both ways of running fit.
  const compileSeconds = (await measured(() => model.fit(columns, { ...fitOneStep, stepsPerEpoch: 1 }))).wall;
  await model.fit(columns, { ...fitOneStep, stepsPerEpoch: options.warmup });
  await model.fit(columns, { ...fitOptions, stepsPerEpoch: Math.max(options.warmup, 2 * stepsPerExecution) });
  const trainer = model.compiled;
  const session = trainer.session;
  const internals = () => trainer.stepInternals();
  const shapes = internals().columnShapes;

  // A few stacked batches, cycled through by the loops below (and written for the C program).
  const batches = [];
  for await (const batch of batchesOf(columns, { batchSize, shuffle: false, seed: 0, epoch: 0, what: 'bench', shapes })) {
    batches.push(batch);
    if (batches.length === 8) break;
  }

  // The exact feeds, fetches and targets of one training step: the trainer's compiled step.
  await trainer.trainOnBatch(batches[0]);
  const stepCallables = internals().steps.compiled().single;
  if (stepCallables.length !== 1) throw new Error(`bench: expected one compiled training step, found ${stepCallables.length}`);
  const stepCallable = stepCallables[0];
  const captured = {
    feeds: stepCallable.feeds.map((output) => ({ output, name: output.name, dtype: output.dtype, shape: null })),
    fetches: stepCallable.fetches.map((f) => f.name),
    targets: [internals().trainStep.name],
  };
  const inputs = internals().inputs;
  // Which batch key each fed placeholder takes: a model input, or a task's labels ("labels/<task>").
  const feedKeys = captured.feeds.map(({ output }) => {
    const input = Object.keys(inputs).find((key) => inputs[key].op.name === output.op.name);
    if (input) return input;
    const label = /^labels\/(.+)$/.exec(output.op.name);
    if (label && batches[0][label[1]]) return label[1];
    throw new Error(`bench: cannot tell which batch key feeds ${output.name}`);
  });
  captured.feeds.forEach((feed, i) => (feed.shape = batches[0][feedKeys[i]].shape));
  const makeTensors = (batch) =>
    captured.feeds.map((feed, i) => {
      const host = batch[feedKeys[i]];
      return Tensor.from(host.data, { dtype: feed.dtype, shape: host.shape });
    });
  const fetchOutputs = captured.fetches.map((name) => trainer.graph.output(name));
  const targetOps = captured.targets.map((name) => trainer.graph.operation(name));

  if (options.export) {
    exportForC(options.export, trainer, captured, feedKeys, batches);
    if (stepsPerExecution > 1) exportLoopForC(options.export, trainer, feedKeys, batches, stepsPerExecution, columns);
  }

  const result = {
    workload: workload.name,
    batchSize,
    stepsPerRep: steps,
    warmupSteps: options.warmup,
    compileSeconds,
    stepsPerExecution,
    graphOps: trainer.graph.operations().length,
    feeds: captured.feeds.map((f) => ({ name: f.name, dtype: f.dtype, shape: f.shape })),
    fetches: captured.fetches,
    targets: captured.targets,
    reps: [],
  };

  if (options.eventLoop) {
    result.eventLoop = await eventLoopDuringFit(model, columns, fitOptions, steps);
    // The same steps on batches stacked beforehand: what is left without the data pipeline.
    const stacked = Array.from({ length: steps }, (_, s) => batches[s % batches.length]);
    result.eventLoopStacked = await eventLoopDuringFit(model, stacked, fitOptions, steps);
  } else {
    const reusedTensors = batches.map(makeTensors);
    let xlaModel = null;
    if (options.xla) {
      xlaModel = workload.build({ jitCompile: true });
      await xlaModel.fit(columns, { ...fitOptions, stepsPerEpoch: Math.max(options.warmup, 2 * stepsPerExecution) });
    }
    for (let rep = 0; rep < options.reps; rep++) {
      const seconds = {};
      seconds.fit = await measured(() => model.fit(columns, { ...fitOptions, stepsPerEpoch: steps }));
      seconds.fitOneStep = await measured(() => model.fit(columns, { ...fitOneStep, stepsPerEpoch: steps }));
      if (xlaModel) seconds.fitXla = await measured(() => xlaModel.fit(columns, { ...fitOptions, stepsPerEpoch: steps }));
      seconds.trainOnBatch = await measured(async () => {
        for (let s = 0; s < steps; s++) await trainer.trainOnBatch(batches[s % batches.length]);
      });
      seconds.runFresh = await measured(async () => {
        for (let s = 0; s < steps; s++) {
          const tensors = makeTensors(batches[s % batches.length]);
          const outputs = await session.run(
            tensors.map((t, i) => [captured.feeds[i].output, t]),
            fetchOutputs,
            targetOps,
          );
          for (const o of outputs) {
            o.data();
            o.dispose();
          }
          for (const t of tensors) t.dispose();
        }
      });
      seconds.runReused = await measured(async () => {
        for (let s = 0; s < steps; s++) {
          const tensors = reusedTensors[s % batches.length];
          const outputs = await session.run(
            tensors.map((t, i) => [captured.feeds[i].output, t]),
            fetchOutputs,
            targetOps,
          );
          for (const o of outputs) o.dispose();
        }
      });
      seconds.runSyncReused = await measured(async () => {
        for (let s = 0; s < steps; s++) {
          const tensors = reusedTensors[s % batches.length];
          const outputs = session.runSync(
            tensors.map((t, i) => [captured.feeds[i].output, t]),
            fetchOutputs,
            targetOps,
          );
          for (const o of outputs) o.dispose();
        }
      });
      // The pieces alone, per step: stacking batches from the columns (what fit's pipeline does,
      // shuffled), and turning a stacked batch into tensors.
      seconds.pipeline = await measured(async () => {
        let n = 0;
        for await (const batch of batchesOf(columns, { batchSize, shuffle: true, seed: 1, epoch: rep, what: 'bench', shapes })) {
          void batch;
          if (++n >= steps) break;
        }
      });
      seconds.tensorFrom = await measured(() => {
        for (let s = 0; s < steps; s++) for (const t of makeTensors(batches[s % batches.length])) t.dispose();
      });
      const per = (f) => Object.fromEntries(Object.entries(seconds).map(([k, v]) => [k, f(v)]));
      const samplesPerSecond = per((v) => (steps * batchSize) / v.wall);
      const msPerStep = per((v) => (v.wall * 1000) / steps);
      const cpuMsPerStep = per((v) => (v.cpu * 1000) / steps);
      result.reps.push({ samplesPerSecond, msPerStep, cpuMsPerStep });
      process.stderr.write(
        `  hydra-tf ${workload.name} rep ${rep + 1}: fit ${samplesPerSecond.fit.toFixed(0)} samples/s, ${msPerStep.fit.toFixed(2)} ms/step (runSyncReused ${msPerStep.runSyncReused.toFixed(2)} ms)\n`,
      );
    }
    for (const tensors of reusedTensors) for (const t of tensors) t.dispose();
    if (xlaModel) await xlaModel.close();
    result.median = {};
    for (const kind of Object.keys(result.reps[0].msPerStep)) {
      result.median[kind] = {
        msPerStep: median(result.reps.map((r) => r.msPerStep[kind])),
        cpuMsPerStep: median(result.reps.map((r) => r.cpuMsPerStep[kind])),
        samplesPerSecond: median(result.reps.map((r) => r.samplesPerSecond[kind])),
      };
    }
  }
  await model.close();
  const text = JSON.stringify(result, null, 2);
  if (options.out) fs.writeFileSync(options.out, text);
  else process.stdout.write(text + '\n');
}

/**
 * Event-loop delay while fit runs S steps: perf_hooks' histogram (resolution 1 ms) and the
 * lateness of a setInterval(1 ms) timer (how late each tick fired, beyond its 1 ms).
 */
async function eventLoopDuringFit(model, columns, fitOptions, steps) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const lateness = [];
  let last = process.hrtime.bigint();
  const timer = setInterval(() => {
    const now = process.hrtime.bigint();
    lateness.push(Math.max(0, Number(now - last) / 1e6 - 1));
    last = now;
  }, 1);
  histogram.enable();
  const start = process.hrtime.bigint();
  await model.fit(columns, { ...fitOptions, stepsPerEpoch: steps });
  const seconds = secondsSince(start);
  histogram.disable();
  clearInterval(timer);
  return {
    fitSeconds: seconds,
    steps,
    // monitorEventLoopDelay reports nanoseconds; its samples include the 1 ms resolution timer's own period.
    histogramMs: {
      p50: histogram.percentile(50) / 1e6,
      p99: histogram.percentile(99) / 1e6,
      max: histogram.max / 1e6,
      mean: histogram.mean / 1e6,
    },
    intervalLatenessMs: { ticks: lateness.length, p50: quantile(lateness, 0.5), p99: quantile(lateness, 0.99), max: Math.max(...lateness) },
  };
}

/**
 * Writes loop.txt: the graph with fit's step loop (built by the warm-up), fetching the loop's sums.
 * fit on in-memory columns uses the in-graph data loop: every row fed (made once, as fit does per
 * fit call) and K x batch row indices per run (fresh each run); otherwise the loop takes K stacked
 * batches per run (cycled from the exported batches, fresh each run).
 */
function exportLoopForC(dir, trainer, feedKeys, batches, k, columns) {
  const loops = trainer.stepInternals().steps.compiled().loops;
  if (loops.length !== 1) throw new Error(`bench: expected one step loop after the warm-up, found ${loops.length}`);
  const callable = loops[0];
  const gather = callable.feeds.length === feedKeys.length + 1;
  fs.writeFileSync(path.join(dir, 'loop-graph.pb'), trainer.graph.toGraphDef());
  const lines = [`graph ${path.resolve(dir, 'loop-graph.pb')}`];
  for (const variable of trainer.state.variables) lines.push(`init ${variable.initializer.name}`);
  const batchRows = batches[0][feedKeys[0]].shape[0];
  feedKeys.forEach((key, i) => {
    const feed = callable.feeds[i];
    const code = DTYPE_CODES[feed.dtype];
    const first = batches[0][key];
    const file = path.resolve(dir, `loop_feed_${i}.bin`);
    if (gather) {
      const data = columns[key];
      const rows = data.length / (first.data.length / first.shape[0]);
      fs.writeFileSync(file, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      const shape = [rows, ...first.shape.slice(1)];
      lines.push(`feed ${feed.name} ${code} ${shape.length} ${shape.join(' ')} ${file} 1 reuse`);
    } else {
      const chunks = Array.from({ length: k }, (_, s) => {
        const data = batches[s % batches.length][key].data;
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      });
      fs.writeFileSync(file, Buffer.concat(chunks));
      const shape = [k, ...first.shape];
      lines.push(`feed ${feed.name} ${code} ${shape.length} ${shape.join(' ')} ${file} 1 fresh`);
    }
  });
  if (gather) {
    // Row indices of K batches: a seeded permutation of the rows, cut to K x batch.
    const rows = columns[feedKeys[0]].length / (batches[0][feedKeys[0]].data.length / batchRows);
    const order = Int32Array.from({ length: rows }, (_, i) => i);
    let seed = 12345;
    for (let i = rows - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const indices = order.slice(0, k * batchRows);
    const file = path.resolve(dir, 'loop_indices.bin');
    fs.writeFileSync(file, Buffer.from(indices.buffer));
    lines.push(`feed ${callable.feeds[feedKeys.length].name} ${DTYPE_CODES.int32} 2 ${k} ${batchRows} ${file} 1 fresh`);
  }
  for (const fetch of callable.fetches) lines.push(`fetch ${fetch.name}`);
  fs.writeFileSync(path.join(dir, 'loop.txt'), lines.join('\n') + '\n');
}

/** Writes the training graph, its step's feeds/fetches/targets and the batches for bench/c. */
function exportForC(dir, trainer, captured, feedKeys, batches) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'graph.pb'), trainer.graph.toGraphDef());
  const lines = [`graph ${path.resolve(dir, 'graph.pb')}`];
  for (const variable of trainer.state.variables) lines.push(`init ${variable.initializer.name}`);
  captured.feeds.forEach((feed, i) => {
    const code = DTYPE_CODES[feed.dtype];
    if (!code) throw new Error(`bench: feed ${feed.name} has dtype ${feed.dtype}, which the C program does not handle`);
    const file = path.resolve(dir, `feed_${i}.bin`);
    const chunks = batches.map((batch) => {
      const data = batch[feedKeys[i]].data;
      return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    });
    fs.writeFileSync(file, Buffer.concat(chunks));
    lines.push(`feed ${feed.name} ${code} ${feed.shape.length} ${feed.shape.join(' ')} ${file} ${batches.length} fresh`);
  });
  for (const fetch of captured.fetches) lines.push(`fetch ${fetch}`);
  for (const target of captured.targets) lines.push(`target ${target}`);
  fs.writeFileSync(path.join(dir, 'spec.txt'), lines.join('\n') + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
