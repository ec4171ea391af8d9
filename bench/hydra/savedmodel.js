'use strict';
/**
 * (c) hydra-tf serving a Python-trained SavedModel (made by bench/python/savedmodel.py):
 *   node bench/hydra/savedmodel.js DIR --latency-runs N --throughput-runs M --out result.json [--export SPECDIR]
 * savedModel.load, then model.run({ features }) awaited one at a time: batch-1 latency
 * (p50, p99) and batch-256 throughput. Each call includes converting the input (a Float32Array)
 * and reading every output back (data()), as the Python peer does with NumPy.
 * --export writes a spec for bench/c/tfbench.c to run the same signature through the C API.
 */
const fs = require('fs');
const path = require('path');
const os = require('os');
const { savedModel } = require('../../dist/lib');
const { random, workloads } = require('./models');
const { quantile } = require('./stats');
const { readFlags } = require('../../scripts/args');

function args() {
  return readFlags(
    'bench/hydra/savedmodel.js',
    { dir: null, latencyRuns: 2000, throughputRuns: 1000, warmup: 50, out: null, export: null },
    {
      types: { dir: 'string', out: 'string', export: 'string' },
      min: { latencyRuns: 1, throughputRuns: 1, warmup: 0 },
      positionals: ['dir'],
    },
  );
}

async function main() {
  const options = args();
  const next = random(11);
  const inputs = (n) => Float32Array.from({ length: n * 128 }, () => next() * 2 - 1);
  const singles = Array.from({ length: 16 }, () => inputs(1));
  const batches = Array.from({ length: 4 }, () => inputs(256));
  // inline: small batches run their ops on the worker thread (no inter-op pool hand-overs), as a user serving a small model would set it.
  const model = await savedModel.load(path.join(options.dir, 'saved_model'), { inline: true });
  const call = async (x) => {
    const outputs = await model.run({ features: x });
    for (const tensor of Object.values(outputs)) {
      tensor.data();
      tensor.dispose();
    }
  };
  for (let i = 0; i < options.warmup; i++) {
    await call(singles[i % singles.length]);
    await call(batches[i % batches.length]);
  }
  const latencies = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < options.latencyRuns; i++) {
    const started = process.hrtime.bigint();
    await call(singles[i % singles.length]);
    latencies.push(Number(process.hrtime.bigint() - started) / 1e3);
  }
  const used = process.cpuUsage(cpu);
  const started = process.hrtime.bigint();
  for (let i = 0; i < options.throughputRuns; i++) await call(batches[i % batches.length]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const result = {
    latencyUs: {
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      max: Math.max(...latencies),
      mean: latencies.reduce((a, b) => a + b, 0) / latencies.length,
    },
    cpuUsPerCall: (used.user + used.system) / options.latencyRuns,
    batch256SamplesPerSecond: (options.throughputRuns * 256) / seconds,
  };
  process.stderr.write(
    `  hydra-tf savedModel.run: batch-1 p50 ${result.latencyUs.p50.toFixed(0)} us, p99 ${result.latencyUs.p99.toFixed(0)} us; batch-256 ${result.batch256SamplesPerSecond.toFixed(0)} samples/s\n`,
  );

  result.variants = await variants(options, singles);
  for (const [name, v] of Object.entries(result.variants)) {
    process.stderr.write(
      `  hydra-tf (c) ${name}: p50 ${v.p50.toFixed(0)} us, p99 ${v.p99.toFixed(0)} us, CPU ${v.cpuUsPerCall.toFixed(0)} us/call\n`,
    );
  }

  if (options.export) {
    const signature = model.signatures.serving_default;
    fs.mkdirSync(options.export, { recursive: true });
    for (const [name, list] of [
      ['single', singles],
      ['batch', batches],
    ]) {
      const file = path.resolve(options.export, `${name}.bin`);
      fs.writeFileSync(file, Buffer.concat(list.map((x) => Buffer.from(x.buffer, x.byteOffset, x.byteLength))));
      const lines = [
        `savedmodel ${path.resolve(options.dir, 'saved_model')} serve`,
        `feed ${signature.inputs.features.tensorName} 1 2 ${name === 'single' ? 1 : 256} 128 ${file} ${list.length} fresh`,
        ...Object.values(signature.outputs).map((o) => `fetch ${o.tensorName}`),
      ];
      fs.writeFileSync(path.join(options.export, `${name}.txt`), lines.join('\n') + '\n');
    }
  }
  await model.close();
  const text = JSON.stringify(result, null, 2);
  if (options.out) fs.writeFileSync(options.out, text);
  else process.stdout.write(text + '\n');
}

/**
 * Batch-1 ways of serving, timed in one process with their calls interleaved (blocks of 100,
 * rotating), so machine load falls on all alike: the Keras SavedModel loaded with default options,
 * inline and with TensorFlow's pool; its callable's runSync writing into caller arrays (no worker
 * hop: the p99 without the hop); and bench (a)'s multi-task model: `model.predict` against its
 * own export loaded inline.
 */
async function variants(options, singles) {
  const dir = path.join(options.dir, 'saved_model');
  const byDefault = await savedModel.load(dir);
  const inline = await savedModel.load(dir, { inline: true });
  const pool = await savedModel.load(dir, { inline: false });
  const readAll = (outputs) => {
    for (const tensor of Object.values(outputs)) {
      tensor.data();
      tensor.dispose();
    }
  };
  const signature = inline.signatures.serving_default;
  const outputs = Object.values(signature.outputs);
  const callable = inline.session.callable({
    feeds: [signature.inputs.features.tensorName],
    fetches: outputs.map((o) => o.tensorName),
    inline: true,
  });
  const into = outputs.map((o) => new Float32Array(o.shape.slice(1).reduce((a, b) => a * b, 1)));
  const { Tensor } = require('../../dist/lib');
  const mtlModel = workloads.mlp.build();
  await mtlModel.predict({ features: singles[0] }, { batchSize: 1 });
  const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hydra-bench-'));
  await mtlModel.export(path.join(exportDir, 'm'));
  const exported = await savedModel.load(path.join(exportDir, 'm'), { inline: true });
  const ways = {
    loadDefault: (x) => byDefault.run({ features: x }).then(readAll),
    loadInline: (x) => inline.run({ features: x }).then(readAll),
    loadPool: (x) => pool.run({ features: x }).then(readAll),
    runSyncInto: async (x) => {
      const t = Tensor.from(x, { shape: [1, 128] });
      callable.runSync([t], { into });
      t.dispose();
    },
    mtlPredict: (x) => mtlModel.predict({ features: x }, { batchSize: 1 }),
    mtlExportInline: (x) => exported.run({ features: x }).then(readAll),
  };
  const samples = Object.fromEntries(Object.keys(ways).map((k) => [k, { latencies: [], cpu: 0, calls: 0 }]));
  for (const way of Object.values(ways)) for (let i = 0; i < options.warmup; i++) await way(singles[i % singles.length]);
  const block = 100;
  for (let done = 0; done < options.latencyRuns; done += block) {
    for (const [name, way] of Object.entries(ways)) {
      const s = samples[name];
      const cpu = process.cpuUsage();
      for (let i = 0; i < block; i++) {
        const started = process.hrtime.bigint();
        await way(singles[(done + i) % singles.length]);
        s.latencies.push(Number(process.hrtime.bigint() - started) / 1e3);
      }
      const used = process.cpuUsage(cpu);
      s.cpu += used.user + used.system;
      s.calls += block;
    }
  }
  await mtlModel.close();
  for (const m of [byDefault, inline, pool, exported]) await m.close();
  fs.rmSync(exportDir, { recursive: true, force: true });
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [
      name,
      { p50: quantile(s.latencies, 0.5), p99: quantile(s.latencies, 0.99), cpuUsPerCall: s.cpu / s.calls },
    ]),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
