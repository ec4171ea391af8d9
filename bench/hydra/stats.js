'use strict';
/** Small statistics helpers shared by the hydra-tf benchmarks and the orchestrator. */

function sorted(values) {
  return [...values].sort((a, b) => a - b);
}

/** The q-quantile (0..1) with linear interpolation. */
function quantile(values, q) {
  if (!values.length) return NaN;
  const s = sorted(values);
  const position = (s.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return s[low] + (s[high] - s[low]) * (position - low);
}

const median = (values) => quantile(values, 0.5);

/** Seconds since `start` (a process.hrtime.bigint()). */
function secondsSince(start) {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Runs `fn` and returns how long it took, in seconds. */
async function timed(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return secondsSince(start);
}

module.exports = { quantile, median, secondsSince, timed };
