#!/usr/bin/env node
'use strict';
// Packs hydra-tf for publishing: `npm pack` of this checkout, with the libtensorflow platform
// packages (scripts/pack-libtensorflow.js) added to the packed package.json as optionalDependencies.
//
// Why only the packed manifest: while @hydra-tf/libtensorflow-linux-x64 is not on the registry
// the repository installs from, an optionalDependency in the repository's own package.json makes
// `npm ci` fail ("Missing: @hydra-tf/libtensorflow-linux-x64@ from lock file": npm cannot lock a
// 404), and once it is published, every development install would fetch 175 MB the checkout does
// not use (it builds against deps/libtensorflow, headers included). Users installing the published
// hydra-tf get the package; npm skips it on other platforms, and without it (a registry mirror that
// lacks it, --omit=optional) the install script falls back to the wheel.
//
// Usage: node scripts/pack-hydra-tf.js [--out DIR]   (default build-npm/)
// Prints the tarball's path as its last line. Publish that tarball (`npm publish <tarball>`),
// never the checkout: `npm publish` from the checkout is refused by the prepublishOnly script.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { TF_VERSION, platformPackageName } = require('./libtensorflow');
const { readFlags } = require('./args');

const ROOT = path.resolve(__dirname, '..');
// The platforms scripts/pack-libtensorflow.js builds a package for.
const PLATFORMS = [['linux', 'x64']];

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (result.error || result.status !== 0) {
    const output = `${result.stderr || ''}${result.stdout || ''}`.trim().slice(-3000);
    throw new Error(`${command} ${args.join(' ')} failed (${result.error ? result.error.message : `exit ${result.status}`}):\n${output}`);
  }
  return result.stdout;
}

function parseOptions(argv) {
  const flags = readFlags(
    'pack-hydra-tf',
    { out: path.join(ROOT, 'build-npm'), refusePublish: false },
    { usage: 'node scripts/pack-hydra-tf.js' },
    argv,
  );
  if (flags.refusePublish) refusePublish();
  return { out: path.resolve(flags.out) };
}

// `npm publish` from the checkout (prepublishOnly) would publish a manifest without the
// optionalDependencies: users would silently get the wheel download instead of the package.
function refusePublish() {
  throw new Error(
    'publish the tarball this script makes, not the checkout:\n' +
      '  node scripts/prebuild.js && node scripts/pack-hydra-tf.js && npm publish build-npm/hydra-tf-<version>.tgz',
  );
}

function main() {
  const { out } = parseOptions(process.argv.slice(2));
  fs.mkdirSync(out, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hydra-tf-pack-'));
  try {
    // npm's own pack first (it runs `prepare`, the TypeScript build, and applies `files`) ...
    const [first] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], ROOT));
    run('tar', ['-xzf', path.join(scratch, first.filename), '-C', scratch], ROOT);
    // ... then the same files again with the manifest completed.
    const staged = path.join(scratch, 'package');
    const manifestFile = path.join(staged, 'package.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    manifest.optionalDependencies = {
      ...manifest.optionalDependencies,
      ...Object.fromEntries(PLATFORMS.map(([platform, arch]) => [platformPackageName(platform, arch), TF_VERSION])),
    };
    delete manifest.scripts.prepublishOnly;
    fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], staged));
    if (packed.entryCount !== first.entryCount) {
      throw new Error(`the repacked tarball has ${packed.entryCount} files, npm pack gave ${first.entryCount}`);
    }
    const optional = Object.keys(manifest.optionalDependencies).join(', ');
    process.stderr.write(
      `pack-hydra-tf: ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1e6).toFixed(1)} MB, optionalDependencies ${optional}\n`,
    );
    process.stdout.write(`${path.join(out, packed.filename)}\n`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`pack-hydra-tf: ${error.message}\n`);
  process.exit(1);
}
