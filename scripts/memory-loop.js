#!/usr/bin/env node
// Peak RSS growth of a synchronous loop that never disposes: `tensor` makes N 4 KB tensors,
// `run` makes N runSync calls each returning a 4 KB tensor. The event loop never turns, so
// only memory freed inside garbage collection comes back (docs/core.md, "A first graph": Tensor).
//   node --expose-gc scripts/memory-loop.js tensor 2000000
//   node --expose-gc scripts/memory-loop.js run 300000
// Needs the TypeScript build (dist/).
'use strict';

const path = require('path');
const { readFlags } = require('./args');
const { tensor, Graph, Session } = require(path.join(__dirname, '..', 'dist', 'lib'));

const { mode, count } = readFlags(
  'memory-loop',
  { mode: 'tensor', count: 2000000 },
  {
    positionals: ['mode', 'count'],
    choices: { mode: ['tensor', 'run'] },
    min: { count: 1 },
    usage: 'node --expose-gc scripts/memory-loop.js',
  },
);
const rssMb = () => process.memoryUsage().rss / 2 ** 20;
let step;
const values = new Float32Array(1024);
if (mode === 'tensor') {
  step = () => tensor(values);
} else {
  const graph = new Graph();
  const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [1024] } }).output(0);
  const y = graph.addOperation({ type: 'Neg', inputs: [x] }).output(0);
  const session = new Session(graph);
  const feed = tensor(values);
  step = () => session.runSync([[x, feed]], [y]);
}
// Warm up first: the first tensor loads libtensorflow (~280 MB), which is not growth.
for (let i = 0; i < 1000; i++) step();
global.gc?.();
const before = rssMb();
let peak = before;
const started = Date.now();
for (let i = 1; i <= count; i++) {
  step();
  if (i % 10000 === 0) peak = Math.max(peak, rssMb());
}
console.log(
  `${mode} x ${count}: RSS before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, growth ${(peak - before).toFixed(0)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
