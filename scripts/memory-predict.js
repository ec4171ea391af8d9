#!/usr/bin/env node
// Memory over N batch-1 `model.predict` calls on a multi-task model (bench (a)'s MLP, 3 tasks):
// RSS, V8's heap (total, used), external and ArrayBuffer memory every N/10 calls, so growth can
// be told apart (V8's heap sizing to the garbage per call, native memory, TensorFlow's allocator).
//   node scripts/memory-predict.js [COUNT=20000] [--gc]   (--gc: collect before each sample, needs --expose-gc)
// Needs the TypeScript build (dist/).
'use strict';

const path = require('path');
const { readFlags } = require('./args');
const { workloads } = require(path.join(__dirname, '..', 'bench', 'hydra', 'models'));

const { count, gc: collect } = readFlags('memory-predict', { count: 20000, gc: false }, { positionals: ['count'], min: { count: 10 } });
const mb = (bytes) => +(bytes / 2 ** 20).toFixed(1);
function sample(calls) {
  if (collect) global.gc?.();
  const m = process.memoryUsage();
  return {
    calls,
    rss: mb(m.rss),
    heapTotal: mb(m.heapTotal),
    heapUsed: mb(m.heapUsed),
    external: mb(m.external),
    arrayBuffers: mb(m.arrayBuffers),
  };
}

(async () => {
  const model = workloads.mlp.build();
  const features = new Float32Array(128).map((_, i) => Math.sin(i));
  // Warm-up: builds the graph and session (libtensorflow's ~280 MB are not growth).
  for (let i = 0; i < 200; i++) await model.predict({ features }, { batchSize: 1 });
  const rows = [sample(0)];
  const started = process.hrtime.bigint();
  for (let i = 1; i <= count; i++) {
    await model.predict({ features }, { batchSize: 1 });
    if (i % Math.max(1, Math.floor(count / 10)) === 0) rows.push(sample(i));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await model.close();
  const first = rows[0];
  const peak = Math.max(...rows.map((r) => r.rss));
  console.table(rows);
  // After the first tenth: what keeps growing, without the one-time costs of the first calls
  // (optimised code, TensorFlow's and oneDNN's caches for the callable's kernels).
  const steady = Math.max(...rows.slice(2).map((r) => r.rss)) - rows[1].rss;
  console.log(
    `predict x ${count}: RSS growth ${(peak - first.rss).toFixed(1)} MB (peak), ${steady.toFixed(1)} MB after the first ${rows[1].calls} calls, heapTotal ${first.heapTotal} -> ${rows[rows.length - 1].heapTotal} MB, ${((seconds * 1e6) / count).toFixed(0)} us/call`,
  );
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
