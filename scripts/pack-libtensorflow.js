#!/usr/bin/env node
'use strict';
// Builds the npm package that carries libtensorflow for one platform, @hydra-tf/libtensorflow-linux-x64
// (the libvips packages of sharp are the model): the two shared libraries of the pinned
// tensorflow-cpu wheel, stripped of their static symbol tables, plus TensorFlow's license and
// third-party notices from the same wheel, a generated README and package.json with os/cpu/libc,
// and no install scripts. The published hydra-tf lists it as an optionalDependency
// (scripts/pack-hydra-tf.js), so npm installs it next to hydra-tf and nothing is downloaded
// at install time.
//
// Usage: node scripts/pack-libtensorflow.js [--out DIR] [--no-strip] [--force] [--json]
//   --out DIR    where the package folder and its tarball go (default build-npm/, ignored by git;
//                not build/, which node-gyp deletes on every rebuild)
//   --no-strip   keep the symbol tables (about 20 MB more in the tarball; for comparisons)
//   --force      rebuild even when the folder and tarball match the wheel and this script
// Prints the sizes and timings; --json prints them as JSON (the tarball path is `tarball`).
// Needs: the wheel (cached, or pip to fetch it), unzip or python3, binutils (strip, nm), and
// this checkout's addon and dist/ (npm install), which load the stripped library as a check.

const fs = require('fs');
const fsp = fs.promises;
const path = require('path');
const crypto = require('crypto');
const { spawnSync } = require('child_process');
const { pipeline } = require('stream/promises');
const { TF_VERSION, platformPackageName, obtainWheel, extractWheelMembers, replaceDirWith } = require('./libtensorflow');
const { readFlags } = require('./args');

const ROOT = path.resolve(__dirname, '..');
const LIBRARIES = ['libtensorflow_cc.so.2', 'libtensorflow_framework.so.2'];
// Wheel member -> file in the package. tensorflow/include/LICENSE is the Apache-2.0 text TensorFlow
// ships with its headers; the notices list the licenses of the code linked into the libraries.
const WHEEL_FILES = {
  'tensorflow/libtensorflow_cc.so.2': 'lib/libtensorflow_cc.so.2',
  'tensorflow/libtensorflow_framework.so.2': 'lib/libtensorflow_framework.so.2',
  'tensorflow/include/LICENSE': 'LICENSE',
  'tensorflow/THIRD_PARTY_NOTICES.txt': 'THIRD_PARTY_NOTICES.txt',
};
// The npm registry documents no size limit, but has answered 413 Payload Too Large to tarballs of
// 206.5 MB, 229.9 MB and 232.9 MB (openai/codex#11318, npm/cli#4794, CurateLabs/graphforge#287)
// while one of about 185 MB went through (DioNanos/codex-termux#12); the npm CLI itself cannot
// publish a tarball over ~400 MB (it base64-encodes it into one string, npm/cli#5174). Stay below
// the smallest refusal seen (docs/install.md, "libtensorflow package").
const TARBALL_BUDGET_BYTES = 190e6;

function parseOptions(argv) {
  const flags = readFlags(
    'pack-libtensorflow',
    { out: path.join(ROOT, 'build-npm'), noStrip: false, force: false, json: false },
    { usage: 'node scripts/pack-libtensorflow.js' },
    argv,
  );
  return { out: path.resolve(flags.out), strip: !flags.noStrip, force: flags.force, json: flags.json };
}

/** Runs a tool to completion; throws with its output when it fails or is missing. */
function tool(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 2 ** 20, ...options });
  if (result.error) throw new Error(`${command}: ${result.error.code === 'ENOENT' ? 'not on PATH' : result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${(result.stderr || result.stdout).trim().slice(-2000)}`);
  }
  return result.stdout;
}

const seconds = (since) => Number(((Date.now() - since) / 1000).toFixed(1));
const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/** sha256 of the exported (dynamic) symbol table: what dlsym sees, which stripping must not change. */
function dynamicSymbolsDigest(library) {
  const symbols = tool('nm', ['-D', '--defined-only', library]);
  const functions = symbols.split('\n').filter((line) => / T TF_/.test(line)).length;
  return { digest: crypto.createHash('sha256').update(symbols).digest('hex'), cApiFunctions: functions };
}

// Loads the library through this checkout's addon (which dlsyms every C API function it uses) and
// runs a small graph, in a child process so the check's libtensorflow never meets another one.
const LOAD_CHECK = `
const hydra = require(process.argv[1]);
(async () => {
  const graph = new hydra.Graph();
  const a = graph.addOperation({ type: 'Const', name: 'a', attrs: { dtype: 'float32', value: hydra.tensor([[1, 2], [3, 4]]) } }).output(0);
  const product = graph.addOperation({ type: 'MatMul', name: 'product', inputs: [a, a] }).output(0);
  const session = new hydra.Session(graph);
  const [out] = await session.run([], [product]);
  await session.close();
  const location = hydra.libraryLocation();
  console.log(JSON.stringify({ version: hydra.version(), library: location.path, product: Array.from(out.data()) }));
})().catch((error) => { console.error(error.stack || error.message); process.exit(1); });
`;

function loadCheck(library) {
  const entry = path.join(ROOT, 'dist', 'lib', 'index.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run \`npm install\` (or \`npm run build\`) first`);
  const env = { ...process.env, HYDRA_TF_LIBRARY: library, TF_CPP_MIN_LOG_LEVEL: '2' };
  const report = JSON.parse(tool(process.execPath, ['-e', LOAD_CHECK, entry], { env }).trim().split('\n').pop());
  const expected = [7, 10, 15, 22];
  if (report.library !== library || report.version !== TF_VERSION || report.product.join() !== expected.join()) {
    throw new Error(`the packed library did not load and run as expected: ${JSON.stringify(report)}`);
  }
  return report;
}

function packageManifest(wheel, wheelSha256, strip) {
  return {
    name: platformPackageName(),
    version: TF_VERSION,
    description: `TensorFlow ${TF_VERSION} C library (CPU) for Linux x64 with glibc, for hydra-tf`,
    license: 'Apache-2.0',
    os: ['linux'],
    cpu: ['x64'],
    libc: ['glibc'],
    files: ['lib/', 'LICENSE', 'THIRD_PARTY_NOTICES.txt'],
    publishConfig: { access: 'public' },
    // Where the files come from, for `npm view` and for people auditing the package.
    libtensorflow: {
      version: TF_VERSION,
      flavour: 'cpu',
      wheel: path.basename(wheel),
      wheelSha256,
      strip: strip ? 'strip --strip-unneeded' : null,
      generatedBy: 'hydra-tf scripts/pack-libtensorflow.js',
    },
  };
}

function packageReadme(manifest) {
  const { wheel, wheelSha256, strip } = manifest.libtensorflow;
  const stripped = strip
    ? `, stripped of their static symbol tables with \`${strip}\`; the exported symbols, all that
  dynamic loading uses, are intact`
    : ', unchanged';
  return `# ${manifest.name}

TensorFlow ${TF_VERSION}'s C library (CPU flavour) for Linux x64 with glibc >= 2.27, packaged for
hydra-tf. npm installs it together with hydra-tf, which lists it as an optional dependency, and
hydra-tf loads \`lib/libtensorflow_cc.so.2\` from here at run time. Nothing is downloaded or built
at install time: this package has no install scripts.

- \`lib/libtensorflow_cc.so.2\` and \`lib/libtensorflow_framework.so.2\` come from the official wheel
  \`${wheel}\` (sha256 \`${wheelSha256}\`)${stripped}.
  The first finds the second next to it through its \`$ORIGIN\` runpath.
- No C headers: hydra-tf's addon declares the C API functions it uses itself.
- \`LICENSE\`: TensorFlow's license (Apache-2.0), from the same wheel; \`THIRD_PARTY_NOTICES.txt\`:
  the licenses of the third-party code inside the libraries, from the same wheel.

Generated by \`node scripts/pack-libtensorflow.js\` in the hydra-tf repository; do not edit.
`;
}

/** Identifies a build: the wheel, the options and this script; a folder built the same way is reused. */
function buildFingerprint(wheelSha256, strip) {
  const script = fs.readFileSync(__filename);
  return crypto.createHash('sha256').update(script).update(`${wheelSha256} ${strip}`).digest('hex');
}

async function reusable(recordFile, fingerprint) {
  try {
    const record = JSON.parse(await fsp.readFile(recordFile, 'utf8'));
    if (record.fingerprint !== fingerprint || !fs.existsSync(record.tarball) || !fs.existsSync(record.dir)) return null;
    const digest = crypto.createHash('sha512');
    await pipeline(fs.createReadStream(record.tarball), digest);
    return `sha512-${digest.digest('base64')}` === record.integrity ? record : null;
  } catch {
    return null;
  }
}

async function build(options) {
  const started = Date.now();
  const log = (line) => process.stderr.write(`${line}\n`);
  const { wheel, sha256: wheelSha256 } = await obtainWheel({ log });
  const name = platformPackageName();
  const dir = path.join(options.out, name.split('/')[1]);
  const recordFile = `${dir}.build.json`;
  const fingerprint = buildFingerprint(wheelSha256, options.strip);
  if (!options.force) {
    const record = await reusable(recordFile, fingerprint);
    if (record) {
      log(`pack-libtensorflow: ${path.relative(process.cwd(), record.tarball)} is up to date (same wheel, same script)`);
      return { ...record, reused: true };
    }
  }

  const timings = {};
  const sizes = {};
  await replaceDirWith(dir, async (stage) => {
    let since = Date.now();
    log(`pack-libtensorflow: extracting ${Object.keys(WHEEL_FILES).length} files from ${path.basename(wheel)}`);
    const scratch = path.join(stage, '.wheel');
    await fsp.mkdir(scratch);
    await extractWheelMembers(wheel, Object.keys(WHEEL_FILES), scratch);
    await fsp.mkdir(path.join(stage, 'lib'));
    for (const [member, file] of Object.entries(WHEEL_FILES)) {
      await fsp.rename(path.join(scratch, member), path.join(stage, file));
    }
    await fsp.rm(scratch, { recursive: true, force: true });
    timings.extractSeconds = seconds(since);

    since = Date.now();
    for (const library of LIBRARIES) {
      const file = path.join(stage, 'lib', library);
      const before = fs.statSync(file).size;
      const exported = dynamicSymbolsDigest(file);
      if (options.strip) {
        log(`pack-libtensorflow: strip --strip-unneeded ${library}`);
        tool('strip', ['--strip-unneeded', file]);
        const after = dynamicSymbolsDigest(file);
        if (after.digest !== exported.digest) throw new Error(`strip changed the exported symbols of ${library}`);
      }
      sizes[library] = { wheelBytes: before, packedBytes: fs.statSync(file).size, cApiFunctions: exported.cApiFunctions };
    }
    timings.stripSeconds = seconds(since);

    since = Date.now();
    const report = loadCheck(path.join(stage, 'lib', 'libtensorflow_cc.so.2'));
    timings.loadCheckSeconds = seconds(since);
    log(`pack-libtensorflow: the packed library loads and runs (TensorFlow ${report.version}, MatMul ${report.product.join(' ')})`);

    const manifest = packageManifest(wheel, wheelSha256, options.strip);
    await fsp.writeFile(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await fsp.writeFile(path.join(stage, 'README.md'), packageReadme(manifest));
  });

  let since = Date.now();
  log(`pack-libtensorflow: npm pack ${path.relative(process.cwd(), dir)} (gzip level 9: the slow step)`);
  const packed = JSON.parse(tool('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', options.out], { cwd: dir }))[0];
  timings.npmPackSeconds = seconds(since);
  const tarball = path.join(options.out, packed.filename);
  const record = {
    name,
    version: TF_VERSION,
    dir,
    tarball,
    integrity: packed.integrity,
    tarballBytes: packed.size,
    unpackedBytes: packed.unpackedSize,
    files: packed.files.map((file) => ({ path: file.path, bytes: file.size })),
    libraries: sizes,
    stripped: options.strip,
    wheel: path.basename(wheel),
    wheelSha256,
    timings: { ...timings, totalSeconds: seconds(started) },
    budgetBytes: TARBALL_BUDGET_BYTES,
    fingerprint,
  };
  await fsp.writeFile(recordFile, `${JSON.stringify(record, null, 2)}\n`);
  if (packed.size > TARBALL_BUDGET_BYTES) {
    throw new Error(
      `${tarball} is ${megabytes(packed.size)}, over the ${megabytes(TARBALL_BUDGET_BYTES)} budget: ` +
        'the npm registry refuses tarballs a little larger (docs/install.md, "libtensorflow package")',
    );
  }
  return { ...record, reused: false };
}

function summary(record) {
  const lines = [`${record.name}@${record.version}${record.reused ? ' (reused)' : ''}`];
  for (const [library, size] of Object.entries(record.libraries)) {
    const shrink = size.wheelBytes === size.packedBytes ? 'as in the wheel' : `${megabytes(size.wheelBytes)} in the wheel, stripped`;
    lines.push(
      `  lib/${library.padEnd(30)} ${megabytes(size.packedBytes).padStart(9)}  (${shrink}; ${size.cApiFunctions} TF_ functions exported)`,
    );
  }
  lines.push(
    `  unpacked ${megabytes(record.unpackedBytes)}, tarball ${megabytes(record.tarballBytes)} (budget ${megabytes(record.budgetBytes)})`,
  );
  lines.push(`  ${record.tarball}`);
  const t = record.timings;
  lines.push(
    `  extract ${t.extractSeconds} s, strip ${t.stripSeconds} s, load check ${t.loadCheckSeconds} s, npm pack ${t.npmPackSeconds} s, total ${t.totalSeconds} s`,
  );
  return lines.join('\n');
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const record = await build(options);
  process.stdout.write(options.json ? `${JSON.stringify(record, null, 2)}\n` : `${summary(record)}\n`);
}

main().catch((error) => {
  process.stderr.write(`pack-libtensorflow: ${error.message}\n`);
  process.exit(1);
});
