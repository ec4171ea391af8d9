#!/usr/bin/env node
'use strict';
/**
 * (m) Mixed precision on the CPU: fit steps per second of the (a) MLP and the (b) LeNet workloads
 * built under the float32 policy and under mixed_bfloat16 (float32 variables, bfloat16 compute),
 * the same data, batch and stepsPerExecution (32), alternated in blocks within one process per
 * workload; the numbers are medians over the blocks.
 *
 *   node bench/mixed-precision.js [--quick] [--blocks N]     (or: npm run bench -- --only m)
 */
const { spawn } = require('child_process');
const path = require('path');
const { median } = require('./hydra/stats');
const { readFlags } = require('../scripts/args');

const POLICIES = ['float32', 'mixed_bfloat16'];

/**
 * One process per workload holds both models (same seed, data and options) and alternates them
 * in blocks of `steps` fit steps: on a loaded machine a change in load then falls on both.
 */
async function child(workloadName, steps, blocks, warmup) {
  const { nn } = require('../dist/lib');
  const { workloads } = require('./hydra/models');
  const workload = workloads[workloadName];
  const models = {};
  for (const policy of POLICIES) {
    nn.mixedPrecision.setGlobalPolicy(policy);
    models[policy] = workload.build();
  }
  nn.mixedPrecision.setGlobalPolicy('float32');
  const columns = workload.data(steps * workload.batchSize);
  const fitOptions = { epochs: 1, batchSize: workload.batchSize, verbose: false, shuffle: true, stepsPerExecution: 32 };
  for (const policy of POLICIES) await models[policy].fit(columns, { ...fitOptions, stepsPerEpoch: warmup });
  const samples = Object.fromEntries(POLICIES.map((p) => [p, []]));
  const losses = {};
  for (let block = 0; block < blocks; block++) {
    for (const policy of block % 2 ? [...POLICIES].reverse() : POLICIES) {
      const started = process.hrtime.bigint();
      const history = await models[policy].fit(columns, { ...fitOptions, stepsPerEpoch: steps });
      samples[policy].push(steps / (Number(process.hrtime.bigint() - started) / 1e9));
      losses[policy] = history.history.loss[0];
    }
  }
  for (const policy of POLICIES) await models[policy].compiled.close();
  process.stdout.write(`RESULT ${JSON.stringify({ samples, losses })}\n`);
}

function runChild(workload, steps, blocks, warmup) {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [__filename, '--child', '--workload', workload, '--steps', String(steps), '--blocks', String(blocks), '--warmup', String(warmup)],
      {
        cwd: path.resolve(__dirname, '..'),
        env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2' },
      },
    );
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c) => (stdout += c));
    proc.stderr.on('data', (c) => (stderr += c));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`mixed-precision bench: ${workload} failed (exit ${code}):\n${stderr.slice(-2000)}`));
      else resolve(JSON.parse(line.slice(7)));
    });
  });
}

/** Runs the comparison; returns { mlp: { float32: {...}, mixed_bfloat16: {...}, bfloat16OverFloat32 }, lenet: ... }. */
async function run({ quick = false, blocks = quick ? 2 : 6, log = console.log } = {}) {
  const sizes = { mlp: quick ? 64 : 128, lenet: quick ? 32 : 64 };
  const results = {};
  for (const workload of ['mlp', 'lenet']) {
    const { samples, losses } = await runChild(workload, sizes[workload], blocks, 32);
    const medians = Object.fromEntries(
      POLICIES.map((p) => [p, { stepsPerSecond: median(samples[p]), samples: samples[p], lastLoss: losses[p] }]),
    );
    for (const p of POLICIES)
      log(
        `  (m) ${workload} ${p}: ${medians[p].stepsPerSecond.toFixed(1)} steps/s (blocks: ${samples[p].map((v) => v.toFixed(0)).join(', ')}; loss ${losses[p].toFixed(4)})`,
      );
    // Blocks run back to back: the median of their ratios is the comparison least moved by load.
    const pairedRatio = median(samples.mixed_bfloat16.map((v, i) => v / samples.float32[i]));
    results[workload] = {
      ...medians,
      stepsPerBlock: sizes[workload],
      bfloat16OverFloat32: medians.mixed_bfloat16.stepsPerSecond / medians.float32.stepsPerSecond,
      pairedRatio,
    };
  }
  return results;
}

function table(results) {
  const rows = Object.entries(results).map(
    ([workload, r]) =>
      `| ${workload} | ${r.float32.stepsPerSecond.toFixed(1)} | ${r.mixed_bfloat16.stepsPerSecond.toFixed(1)} | ${r.bfloat16OverFloat32.toFixed(2)} | ${r.pairedRatio.toFixed(2)} |`,
  );
  return [
    '| workload | float32 steps/s | mixed_bfloat16 steps/s | ratio of medians | median of block ratios |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

module.exports = { run, table };

if (require.main === module) {
  // --child and its sizes are how run() starts the one process per workload.
  const flags = readFlags(
    'bench/mixed-precision.js',
    { quick: false, blocks: null, child: false, workload: 'mlp', steps: null, warmup: null },
    { types: { blocks: 'integer', steps: 'integer', warmup: 'integer' }, min: { blocks: 1, steps: 1, warmup: 1 } },
  );
  if (flags.child) {
    child(flags.workload, flags.steps, flags.blocks, flags.warmup).catch((error) => {
      console.error(error);
      process.exit(1);
    });
  } else {
    run({ quick: flags.quick, blocks: flags.blocks ?? undefined })
      .then((results) => console.log(`\n${table(results)}\n\n${JSON.stringify(results)}`))
      .catch((error) => {
        console.error(error);
        process.exit(1);
      });
  }
}
