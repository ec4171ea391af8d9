'use strict';
/**
 * The input pipeline: `fromArrays(columns).shuffle(n).batch(128).prefetch(2)` over (a)'s data
 * (128 float32 features, three labels), in examples per second, against the per-example path
 * (the same chain with an identity map, which makes and stacks one object per example, as every
 * chain did before the columnar path) and against fit's in-memory column path. Interleaved
 * reps in one process; wall and CPU time.
 *   node bench/hydra/pipeline.js [--rows 20000] [--reps 5] [--out file]
 */
const fs = require('fs');
const { data: hydraData } = require('../../dist/lib');
const { batchesOf } = require('../../dist/lib/train/feed');
const { workloads } = require('./models');
const { median } = require('./stats');
const { readFlags } = require('../../scripts/args');

function args() {
  return readFlags('bench/hydra/pipeline.js', { rows: 20000, reps: 5, out: null }, { types: { out: 'string' }, min: { rows: 1, reps: 1 } });
}

async function main() {
  const options = args();
  const columns = workloads.mlp.data(options.rows);
  const shapes = { features: [128] };
  const dataset = (perExample) => {
    const source = hydraData.fromArrays(columns, { shapes });
    return (perExample ? source.map((e) => e) : source).shuffle(options.rows, { seed: 1 }).batch(128).prefetch(2);
  };
  const ways = {
    columnar: async (epoch) => {
      const iterator = dataset(false).iterate({ epoch });
      while (!(await iterator.next()).done);
    },
    perExample: async (epoch) => {
      const iterator = dataset(true).iterate({ epoch });
      while (!(await iterator.next()).done);
    },
    fitColumns: async (epoch) => {
      for await (const batch of batchesOf(columns, {
        batchSize: 128,
        shuffle: true,
        seed: 1,
        epoch,
        what: 'bench',
        shapes: { inputs: shapes, outputs: {} },
      }))
        void batch;
    },
  };
  const samples = Object.fromEntries(Object.keys(ways).map((k) => [k, { wall: [], cpu: [] }]));
  for (const way of Object.values(ways)) await way(0);
  for (let rep = 1; rep <= options.reps; rep++) {
    for (const [name, way] of Object.entries(ways)) {
      const cpu = process.cpuUsage();
      const started = process.hrtime.bigint();
      await way(rep);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      const used = process.cpuUsage(cpu);
      samples[name].wall.push(options.rows / wall);
      samples[name].cpu.push((used.user + used.system) / options.rows);
    }
  }
  const result = { rows: options.rows, reps: options.reps };
  for (const [name, s] of Object.entries(samples)) {
    result[name] = { examplesPerSecond: median(s.wall), cpuUsPerExample: median(s.cpu) };
    process.stderr.write(
      `  hydra-tf pipeline ${name}: ${result[name].examplesPerSecond.toFixed(0)} examples/s, ${result[name].cpuUsPerExample.toFixed(2)} CPU us/example\n`,
    );
  }
  const text = JSON.stringify(result, null, 2);
  if (options.out) fs.writeFileSync(options.out, text);
  else process.stdout.write(text + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
