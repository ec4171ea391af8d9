#!/usr/bin/env node
'use strict';
/**
 * (m) Mixed precision on the CPU: fit steps per second of the (a) MLP and the (b) LeNet workloads
 * built under the float32 policy and under mixed_bfloat16 (float32 variables, bfloat16 compute),
 * the same data, batch and stepsPerExecution (32). Each (workload, policy) runs in its own
 * process, alternating policies over the rounds; the numbers are medians.
 *
 *   node bench/mixed-precision.js [--quick] [--rounds N]     (or: npm run bench -- --only m)
 */
const { spawn } = require('child_process');
const path = require('path');
const { median } = require('./hydra/stats');

const POLICIES = ['float32', 'mixed_bfloat16'];

async function child(workloadName, policy, steps, warmup) {
  const { nn } = require('../dist/lib');
  const { workloads } = require('./hydra/models');
  const workload = workloads[workloadName];
  nn.mixedPrecision.setGlobalPolicy(policy);
  const model = workload.build();
  nn.mixedPrecision.setGlobalPolicy('float32');
  const columns = workload.data(steps * workload.batchSize);
  const fitOptions = { epochs: 1, batchSize: workload.batchSize, verbose: false, shuffle: true, stepsPerExecution: 32 };
  await model.fit(columns, { ...fitOptions, stepsPerEpoch: warmup });
  const started = process.hrtime.bigint();
  const history = await model.fit(columns, { ...fitOptions, stepsPerEpoch: steps });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await model.compiled.close();
  process.stdout.write(`RESULT ${JSON.stringify({ stepsPerSecond: steps / seconds, loss: history.history.loss[0] })}\n`);
}

function runChild(workload, policy, steps, warmup) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [__filename, '--child', workload, policy, String(steps), String(warmup)], {
      cwd: path.resolve(__dirname, '..'),
      env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2' },
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c) => (stdout += c));
    proc.stderr.on('data', (c) => (stderr += c));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`mixed-precision bench: ${workload}/${policy} failed (exit ${code}):\n${stderr.slice(-2000)}`));
      else resolve(JSON.parse(line.slice(7)));
    });
  });
}

/** Runs the comparison; returns { mlp: { float32: {...}, mixed_bfloat16: {...}, ratio }, lenet: ... }. */
async function run({ quick = false, rounds = quick ? 1 : 3, log = console.log } = {}) {
  const sizes = { mlp: quick ? 64 : 192, lenet: quick ? 32 : 96 };
  const results = {};
  for (const workload of ['mlp', 'lenet']) {
    const samples = Object.fromEntries(POLICIES.map((p) => [p, []]));
    for (let round = 0; round < rounds; round++) {
      for (const policy of round % 2 ? [...POLICIES].reverse() : POLICIES) {
        const result = await runChild(workload, policy, sizes[workload], 32);
        samples[policy].push(result.stepsPerSecond);
        log(`  (m) ${workload} ${policy}: ${result.stepsPerSecond.toFixed(1)} steps/s (loss ${result.loss.toFixed(4)})`);
      }
    }
    const medians = Object.fromEntries(POLICIES.map((p) => [p, { stepsPerSecond: median(samples[p]), samples: samples[p] }]));
    results[workload] = { ...medians, steps: sizes[workload], bfloat16OverFloat32: medians.mixed_bfloat16.stepsPerSecond / medians.float32.stepsPerSecond };
  }
  return results;
}

function table(results) {
  const rows = Object.entries(results).map(([workload, r]) => `| ${workload} | ${r.float32.stepsPerSecond.toFixed(1)} | ${r.mixed_bfloat16.stepsPerSecond.toFixed(1)} | ${r.bfloat16OverFloat32.toFixed(2)} |`);
  return ['| workload | float32 steps/s | mixed_bfloat16 steps/s | bfloat16 / float32 |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

module.exports = { run, table };

if (require.main === module) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    child(argv[1], argv[2], Number(argv[3]), Number(argv[4])).catch((error) => {
      console.error(error);
      process.exit(1);
    });
  } else {
    const quick = argv.includes('--quick');
    const roundsAt = argv.indexOf('--rounds');
    run({ quick, rounds: roundsAt >= 0 ? Number(argv[roundsAt + 1]) : undefined })
      .then((results) => console.log(`\n${table(results)}\n\n${JSON.stringify(results)}`))
      .catch((error) => {
        console.error(error);
        process.exit(1);
      });
  }
}
