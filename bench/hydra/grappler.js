'use strict';
/**
 * What TensorFlow's graph optimiser (Grappler, configured in the session's ConfigProto) does
 * to a training step: the (a) or (b) model trained with `fit` (K steps per run) under several
 * RewriterConfig / OptimizerOptions settings, one model per setting in this process, their reps
 * interleaved (setting 1, 2, ..., then again) so that machine load falls on all alike.
 * Prints per setting the median wall and CPU ms per step and the ratio to the default.
 *
 *   node bench/hydra/grappler.js [--workload mlp|lenet] [--steps 128] [--reps 5] [--only name,name]
 */
const { workloads } = require('./models');
const { median, secondsSince } = require('./stats');
const { readFlags } = require('../../scripts/args');

const ON = 1;
const OFF = 2;
const AGGRESSIVE = 3;
/** The settings compared; each is ConfigProto fields (camelCase) given to the model's session. */
const SETTINGS = {
  default: {},
  metaOptimizerOff: { graphOptions: { rewriteOptions: { disableMetaOptimizer: true } } },
  remappingOff: { graphOptions: { rewriteOptions: { remapping: OFF } } },
  arithmeticOff: { graphOptions: { rewriteOptions: { arithmeticOptimization: OFF } } },
  constantFoldingOff: { graphOptions: { rewriteOptions: { constantFolding: OFF } } },
  dependencyOff: { graphOptions: { rewriteOptions: { dependencyOptimization: OFF } } },
  aggressive: {
    graphOptions: { rewriteOptions: { arithmeticOptimization: AGGRESSIVE, constantFolding: AGGRESSIVE, metaOptimizerIterations: 2 } },
  },
  classicL0: { graphOptions: { optimizerOptions: { optLevel: -1 } } },
  loopAndFunctionOn: {
    graphOptions: { rewriteOptions: { loopOptimization: ON, functionOptimization: ON, commonSubgraphElimination: ON } },
  },
};

function args() {
  return readFlags(
    'bench/hydra/grappler.js',
    { workload: 'mlp', steps: 128, reps: 5, spe: 32, only: Object.keys(SETTINGS) },
    { choices: { workload: Object.keys(workloads), only: Object.keys(SETTINGS) }, min: { steps: 1, reps: 1, spe: 1 } },
  );
}

async function measured(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await fn();
  const wall = secondsSince(start);
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1e6 };
}

async function main() {
  const options = args();
  const workload = workloads[options.workload];
  const columns = workload.data(options.steps * workload.batchSize);
  const fitOptions = { epochs: 1, batchSize: workload.batchSize, verbose: false, shuffle: true, stepsPerExecution: options.spe };
  const models = {};
  for (const name of options.only) {
    if (!SETTINGS[name]) throw new Error(`grappler: unknown setting ${name} (known: ${Object.keys(SETTINGS).join(', ')})`);
    models[name] = workload.build({ session: { config: SETTINGS[name] } });
    await models[name].fit(columns, { ...fitOptions, stepsPerEpoch: 2 * options.spe });
  }
  const samples = Object.fromEntries(options.only.map((name) => [name, []]));
  for (let rep = 0; rep < options.reps; rep++) {
    for (const name of options.only) {
      const m = await measured(() => models[name].fit(columns, { ...fitOptions, stepsPerEpoch: options.steps }));
      samples[name].push({ ms: (m.wall * 1000) / options.steps, cpuMs: (m.cpu * 1000) / options.steps });
    }
  }
  const base = samples.default
    ? { ms: median(samples.default.map((s) => s.ms)), cpuMs: median(samples.default.map((s) => s.cpuMs)) }
    : null;
  const rows = {};
  for (const name of options.only) {
    const ms = median(samples[name].map((s) => s.ms));
    const cpuMs = median(samples[name].map((s) => s.cpuMs));
    rows[name] = {
      ms: +ms.toFixed(3),
      cpuMs: +cpuMs.toFixed(3),
      ...(base ? { wallVsDefault: +(ms / base.ms).toFixed(3), cpuVsDefault: +(cpuMs / base.cpuMs).toFixed(3) } : {}),
    };
  }
  for (const model of Object.values(models)) await model.close();
  console.log(
    JSON.stringify({ workload: options.workload, steps: options.steps, reps: options.reps, stepsPerExecution: options.spe, rows }, null, 2),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
