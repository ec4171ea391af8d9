#!/usr/bin/env node
// CSV throughput: rows/s of fromCsv on a generated 100,000-row file, as a ratio against a naive
// peer in the same process (readline + split(',') + Number, which handles no quotes at all).
// Not a jest test (speed is never asserted). Run after building:
//   npm run build && node test/data/csv-throughput.bench.js [rows]
// (HYDRA_TF_DIST=/other/dist uses a build elsewhere, e.g. from `tsc --outDir /other/dist`.)
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const data = require(path.join(process.env.HYDRA_TF_DIST ?? path.join(__dirname, '..', '..', 'dist'), 'lib', 'data'));

const rows = Number(process.argv[2] ?? 100_000);
const repeats = 5;

function writeFile(file) {
  const lines = ['id,group,x1,x2,x3,label,text'];
  for (let i = 0; i < rows; i++) {
    lines.push(`${i},${i % 10},${(i % 997) / 7},${(i % 101) * 0.25},${-i / 3},${i % 2},row number ${i}`);
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

async function timeIt(label, run) {
  const times = [];
  let count = 0;
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    count = await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(repeats / 2)];
  if (count !== rows) throw new Error(`${label}: counted ${count} rows, expected ${rows}`);
  return { label, seconds: median, rowsPerSecond: rows / median };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hydra-csv-bench-'));
  const file = path.join(dir, 'bench.csv');
  writeFile(file);
  const megabytes = fs.statSync(file).size / 1e6;
  try {
    const results = [
      await timeIt('fromCsv', async () => {
        let n = 0;
        for await (const row of data.fromCsv(file)) if (row.id >= 0) n++;
        return n;
      }),
      await timeIt('fromCsv().batch(256)', async () => {
        let n = 0;
        for await (const batch of data.fromCsv(file, { types: { label: 'int32' } }).batch(256)) n += batch.id.shape[0];
        return n;
      }),
      await timeIt('peer: readline + split + Number', async () => {
        const input = fs.createReadStream(file, { encoding: 'utf8' });
        const lines = readline.createInterface({ input, crlfDelay: Infinity });
        let header = null;
        let n = 0;
        for await (const line of lines) {
          if (line === '') continue;
          const fields = line.split(',');
          if (header === null) {
            header = fields;
            continue;
          }
          const row = {};
          for (let c = 0; c < header.length; c++) row[header[c]] = c === 6 ? fields[c] : Number(fields[c]);
          if (row.id >= 0) n++;
        }
        return n;
      }),
    ];
    const peer = results[results.length - 1].rowsPerSecond;
    console.log(`${rows} rows, ${megabytes.toFixed(1)} MB, node ${process.version}, median of ${repeats}`);
    for (const r of results) {
      console.log(
        `${r.label.padEnd(34)} ${Math.round(r.rowsPerSecond).toLocaleString('en-US').padStart(10)} rows/s  ${(megabytes / r.seconds).toFixed(1).padStart(6)} MB/s  ${(r.rowsPerSecond / peer).toFixed(2)}x peer`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
