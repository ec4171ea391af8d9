'use strict';
/**
 * Synchronous data-parallel training on loopback clusters (distribute.multiWorkerMirrored):
 * steps/s, bytes moved per step and the all-reduce's share of the step, for 1, 2 and 4 workers on
 * the (a) MLP and (b) LeNet workloads (bench/hydra/models.js).
 *   node bench/distributed.js [--quick] [--no-readme]     (npm run bench runs it as row (f))
 * Each cluster is fresh processes on free loopback ports with TF_CONFIG per worker (as
 * `hydra-tf launch` makes them); every worker trains on the workload's batch (weak scaling: the
 * global batch is N times it). Writes bench/results/distributed.json, prints the table, and
 * (full run) rewrites the table in bench/README.md between the bench:distributed markers.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const RESULTS = path.join(__dirname, 'results');
const WORKER = path.join(__dirname, 'hydra', 'distributed-worker.js');
const { readFlags } = require('../scripts/args');

async function freePorts(n) {
  const probes = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise((resolve, reject) => {
          const server = net.createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = probes.map((p) => p.address().port);
  await Promise.all(probes.map((p) => new Promise((resolve) => p.close(resolve))));
  return ports;
}

function runWorker(env, argv) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, ...argv], {
      cwd: ROOT,
      env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`distributed worker exited with ${code}:\n${stderr.slice(-2000)}`)),
    );
  });
}

/** One cluster of `n` workers training `workload`; resolves with every worker's result. */
async function cluster(workload, n, sizes) {
  const ports = await freePorts(n);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hydra-bench-dist-'));
  try {
    const workers = ports.map((_, index) => {
      const env =
        n > 1
          ? { TF_CONFIG: JSON.stringify({ cluster: { worker: ports.map((p) => `127.0.0.1:${p}`) }, task: { type: 'worker', index } }) }
          : { TF_CONFIG: '' };
      const out = path.join(scratch, `worker-${index}.json`);
      return runWorker(env, ['--workload', workload, '--steps', String(sizes.steps), '--warmup', String(sizes.warmup), '--out', out]).then(
        () => JSON.parse(fs.readFileSync(out, 'utf8')),
      );
    });
    return await Promise.all(workers);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

const fmt = (v, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? '' : v.toFixed(digits));

/** Every measurement of one cluster as a table row (the slowest worker sets the pace; the chief's counters). */
function row(label, results) {
  const n = results.length;
  const chief = results.find((r) => r.replica === 0);
  const msPerStep = Math.max(...results.map((r) => r.msPerStep));
  const floats = chief.reducedFloatsPerStep;
  // A ring all-reduce sends (and receives) 2(N-1)/N of the reduced bytes per worker.
  const ringBytes = n > 1 ? (2 * (n - 1) * floats * 4) / n : 0;
  const allReduceMs = Math.max(...results.map((r) => r.allReduceMs));
  return {
    workload: label,
    workers: String(n),
    stepsPerSecond: fmt(1000 / msPerStep, 1),
    examplesPerSecond: fmt((1000 / msPerStep) * chief.batchPerWorker * n, 0),
    msPerStep: fmt(msPerStep, 2),
    cpuMsPerStep: fmt(Math.max(...results.map((r) => r.cpuMsPerStep)), 2),
    ringKiB: fmt(ringBytes / 1024, 0),
    loopbackKiB: n > 1 && chief.loopbackBytesPerStep !== null ? fmt(chief.loopbackBytesPerStep / 1024, 0) : '',
    allReduceMs: n > 1 ? fmt(allReduceMs, 2) : '',
    share: n > 1 ? `${fmt((100 * allReduceMs) / msPerStep, 0)} %` : '',
    raw: { results, ringBytesPerWorker: ringBytes, msPerStep, allReduceMs },
  };
}

const HEADERS = {
  workload: 'workload (batch per worker)',
  workers: 'workers',
  stepsPerSecond: 'steps/s',
  examplesPerSecond: 'examples/s',
  msPerStep: 'ms/step',
  cpuMsPerStep: 'CPU ms/step (a worker)',
  ringKiB: 'ring KiB sent per worker per step',
  loopbackKiB: 'loopback KiB per step (all workers, measured)',
  allReduceMs: 'all-reduce alone, ms',
  share: 'all-reduce / step',
};

function markdown(rows) {
  const keys = Object.keys(HEADERS);
  return [
    `| ${keys.map((k) => HEADERS[k]).join(' | ')} |`,
    `|${keys.map((k, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((r) => `| ${keys.map((k) => r[k]).join(' | ')} |`),
  ].join('\n');
}

function text(rows) {
  const keys = Object.keys(HEADERS);
  const widths = keys.map((k) => Math.max(HEADERS[k].length, ...rows.map((r) => String(r[k]).length)));
  const line = (r) => keys.map((k, i) => (i === 0 ? String(r[k]).padEnd(widths[i]) : String(r[k]).padStart(widths[i]))).join('  ');
  return [line(HEADERS), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * The cost model for N machines with a fixed global batch: a step takes t_c / N of compute plus a
 * ring all-reduce of S gradient bytes, 2(N−1) message rounds of latency α and 2(N−1)/N · S bytes
 * over each link of bandwidth β: t(N) = t_c/N + 2(N−1)·α + 2(N−1)/N · S/β. t_c and S are this
 * run's (1-worker step time, bytes reduced per step); the links are assumptions named in the table.
 * The speed-up is t(1)/t(N); the best N is where adding a machine stops paying: the bandwidth
 * term tends to 2·S/β and the latency term grows as 2(N−1)·α while the compute shrinks as t_c/N.
 */
const LINKS = [
  { name: '1 Gb/s, α 100 µs', bytesPerMs: 1e9 / 8 / 1000, alphaMs: 0.1 },
  { name: '10 Gb/s, α 50 µs', bytesPerMs: 1e10 / 8 / 1000, alphaMs: 0.05 },
  { name: '100 Gb/s, α 20 µs', bytesPerMs: 1e11 / 8 / 1000, alphaMs: 0.02 },
];
const MACHINES = [2, 4, 8, 16, 32, 64];

function modelTime(tc, bytes, link, n) {
  return tc / n + (n > 1 ? 2 * (n - 1) * link.alphaMs + ((2 * (n - 1)) / n) * (bytes / link.bytesPerMs) : 0);
}

function costModel(rows) {
  const lines = [
    `| workload: t_c (1 worker), S | link | ${MACHINES.map((n) => `N=${n}`).join(' | ')} | best N (speed-up) |`,
    `| --- | --- |${MACHINES.map(() => ' ---: |').join('')} ---: |`,
  ];
  for (const label of [...new Set(rows.map((r) => r.workload))]) {
    const single = rows.find((r) => r.workload === label && r.workers === '1');
    // Compute time: the smaller of wall and CPU time per step (a loaded machine inflates wall time,
    // several busy threads inflate CPU time).
    const tc = Math.min(single.raw.msPerStep, single.raw.results[0].cpuMsPerStep);
    const bytes = single.raw.results[0].reducedFloatsPerStep * 4;
    for (const link of LINKS) {
      const speedup = (n) => tc / modelTime(tc, bytes, link, n);
      let best = 1;
      for (let n = 2; n <= 1024; n++) if (speedup(n) > speedup(best)) best = n;
      lines.push(
        `| ${label}: ${fmt(tc, 2)} ms, ${fmt(bytes / 1024, 0)} KiB | ${link.name} | ${MACHINES.map((n) => `${fmt(speedup(n), 2)}x`).join(' | ')} | ${best} (${fmt(speedup(best), 2)}x) |`,
      );
    }
  }
  return lines.join('\n');
}

/** Runs every cluster; returns { rows, markdown }. `log` prints progress. */
async function run({ quick = false, log = console.log } = {}) {
  const sizes = quick
    ? { mlp: { steps: 20, warmup: 5 }, lenet: { steps: 10, warmup: 3 } }
    : { mlp: { steps: 60, warmup: 10 }, lenet: { steps: 24, warmup: 6 } };
  const rows = [];
  for (const [workload, label] of [
    ['mlp', '(a) MLP (256)'],
    ['lenet', '(b) LeNet (128)'],
  ]) {
    for (const n of [1, 2, 4]) {
      log(`(f) ${label}: ${n} loopback worker${n > 1 ? 's' : ''}`);
      rows.push(row(label, await cluster(workload, n, sizes[workload])));
    }
  }
  return { rows, markdown: markdown(rows), model: costModel(rows), text: text(rows), cores: os.cpus().length, loadAverage: os.loadavg() };
}

function updateReadme(report) {
  const file = path.join(__dirname, 'README.md');
  const start = '<!-- bench:distributed:start -->';
  const end = '<!-- bench:distributed:end -->';
  const body = fs.readFileSync(file, 'utf8');
  const from = body.indexOf(start);
  const to = body.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`bench: ${file} lacks the ${start} / ${end} markers`);
  const stamp = `Measured ${(report.date ?? new Date().toISOString()).slice(0, 16).replace('T', ' ')} UTC, ${report.cores} cores shared by every worker, load average ${report.loadAverage.map((l) => l.toFixed(1)).join(' ')}.`;
  const model = `The cost model with this run's t_c and S plugged in (speed-up over one machine at the same global batch):\n\n${report.model}`;
  fs.writeFileSync(
    file,
    `${body.slice(0, from)}${start}\n${stamp}\n\n${report.markdown}\n\n${model}\n${end}${body.slice(to + end.length)}`,
  );
}

async function main() {
  const { quick, noReadme } = readFlags('bench/distributed.js', { quick: false, noReadme: false });
  const report = { date: new Date().toISOString(), ...(await run({ quick })) };
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, 'distributed.json'), JSON.stringify({ quick, ...report }, null, 2));
  console.log(`\n${report.text}\n\ncost model (speed-up over 1 machine, fixed global batch):\n${report.model}`);
  if (!quick && !noReadme) updateReadme(report);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}

module.exports = { run, updateReadme, costModel };
