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
const { savedModel } = require('../../dist/lib');
const { random } = require('./models');
const { quantile } = require('./stats');

function args() {
  const out = { dir: null, latencyRuns: 2000, throughputRuns: 1000, warmup: 50, out: null, export: null };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) out.dir = argv[i];
    else if (argv[i] === '--out') out.out = argv[++i];
    else if (argv[i] === '--export') out.export = argv[++i];
    else out[argv[i].slice(2).replace(/-(\w)/g, (_, c) => c.toUpperCase())] = Number(argv[++i]);
  }
  return out;
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
    latencyUs: { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: Math.max(...latencies), mean: latencies.reduce((a, b) => a + b, 0) / latencies.length },
    cpuUsPerCall: (used.user + used.system) / options.latencyRuns,
    batch256SamplesPerSecond: (options.throughputRuns * 256) / seconds,
  };
  process.stderr.write(`  hydra-tf savedModel.run: batch-1 p50 ${result.latencyUs.p50.toFixed(0)} us, p99 ${result.latencyUs.p99.toFixed(0)} us; batch-256 ${result.batch256SamplesPerSecond.toFixed(0)} samples/s\n`);

  if (options.export) {
    const signature = model.signatures.serving_default;
    fs.mkdirSync(options.export, { recursive: true });
    for (const [name, list] of [['single', singles], ['batch', batches]]) {
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
