#!/usr/bin/env node
'use strict';
// Makes libtensorflow (TensorFlow 2.21.0, CPU) available in deps/libtensorflow/ (ignored by git).
// See DESIGN.md, section "libtensorflow". The resolution order is scripts/libtensorflow/locate.js's
// (the loader's too); the sources are in scripts/libtensorflow/sources.js, the staging of folders
// in staging.js, deps/libtensorflow/manifest.json in manifest.js.
//
// Usage: node scripts/libtensorflow.js [--force] [--json]
// Plain CommonJS on Node's standard library only: it runs from `npm install`, before anything
// else in the package is built.

const path = require('path');
const { PACKAGE_ROOT, libtensorflowDir, readManifest } = require('./libtensorflow/manifest');
const { cacheDir, platformPackageName } = require('./libtensorflow/locate');
const { TF_VERSION, WHEEL_REQUIREMENT, PINNED_WHEELS, plannedSources, obtainWheelWith } = require('./libtensorflow/sources');
const { extractWheelMembers, replaceDirWith } = require('./libtensorflow/staging');
const { parseFlags, usage } = require('./args');

const howToChoose = (cache) =>
  [
    'Any one of these works:',
    `  - the platform package ${platformPackageName()}, which npm installs with hydra-tf from the`,
    '    registry (it is an optionalDependency: check that optional dependencies are not omitted)',
    `  - the default: the ${WHEEL_REQUIREMENT} wheel from PyPI (needs linux x64, python3 with pip`,
    `    and access to PyPI, or the wheel already in ${path.join(cache, 'wheels')}/)`,
    '  - LIBTENSORFLOW_PATH=/dir/with/lib-and-include',
    '    (lib/libtensorflow.so.2 or lib/libtensorflow_cc.so.2, lib/libtensorflow_framework.so.2,',
    '    include/tensorflow/c/c_api.h)',
    '  - LIBTENSORFLOW_ARCHIVE=/path/or/url/libtensorflow-cpu-linux-x86_64-2.x.tar.gz',
    'With npm: npm install --libtensorflow-path=... or --libtensorflow-archive=...',
  ].join('\n');

// ---------------------------------------------------------------------------------------------
// Settings

/** Reads a setting from the environment, or from `npm install --<name-with-dashes>=...`. */
function setting(env, name) {
  return env[name] || env[`npm_config_${name.toLowerCase()}`] || '';
}

function resolveSettings(options) {
  const env = options.env || process.env;
  const packageRoot = path.resolve(options.packageRoot || PACKAGE_ROOT);
  return {
    env,
    force: Boolean(options.force),
    log: options.log || ((line) => process.stderr.write(`${line}\n`)),
    packageRoot,
    depsDir: path.resolve(options.depsDir || libtensorflowDir(packageRoot, env)),
    cacheDir: path.resolve(options.cacheDir || cacheDir(env)),
    libtensorflowPath: setting(env, 'LIBTENSORFLOW_PATH'),
    archive: setting(env, 'LIBTENSORFLOW_ARCHIVE'),
    archiveSha256: (setting(env, 'LIBTENSORFLOW_ARCHIVE_SHA256') || '').toLowerCase(),
    allowUnpinnedWheel: env.HYDRA_TF_ALLOW_UNPINNED_WHEEL === '1',
  };
}

/**
 * The pinned wheel, from the cache or downloaded with pip, its sha256 checked.
 * Resolves with { wheel, sha256, downloaded }. `options`: { env, cacheDir, log }, all optional.
 */
function obtainWheel(options = {}) {
  return obtainWheelWith(resolveSettings(options));
}

// ---------------------------------------------------------------------------------------------
// Driver

/** The manifest of what `source` would provide when it is usable as it is, else null. */
async function presentManifest(source, current, settings) {
  if (source.present) return source.present();
  if (settings.force || !current) return null;
  return (await source.isCurrent(current, settings)) ? current : null;
}

/**
 * Makes libtensorflow available and describes it in <depsDir>/manifest.json (the platform
 * package is used in place and left undescribed there: the loader finds it itself).
 * options: { force, env, packageRoot, depsDir, cacheDir, log(line) }, all optional.
 * Resolves with { action: 'present' | 'installed', manifest, downloaded, message, seconds };
 * rejects with an Error naming every source and why it failed.
 */
async function ensureLibtensorflow(options = {}) {
  const settings = resolveSettings(options);
  const started = Date.now();
  const finish = (action, manifest, downloaded, message) => ({
    action,
    manifest,
    downloaded,
    message,
    seconds: (Date.now() - started) / 1000,
  });
  const current = readManifest(settings.depsDir);
  const failures = [];
  for (const source of plannedSources(settings)) {
    const present = await presentManifest(source, current, settings);
    if (present) {
      const message = `libtensorflow: already present (${source.summary}), nothing downloaded`;
      return finish('present', present, false, message);
    }
    try {
      const { manifest, downloaded, did } = await source.install(settings);
      return finish('installed', manifest, downloaded, `libtensorflow: ${did}`);
    } catch (error) {
      failures.push(`  - ${source.label}: ${error.message}`);
      settings.log(`libtensorflow: ${source.label} did not work: ${error.message.split('\n')[0]}`);
    }
  }
  throw new Error(
    [`libtensorflow: could not make TensorFlow ${TF_VERSION} available. Tried:`, ...failures, howToChoose(settings.cacheDir)].join('\n'),
  );
}

async function main(argv) {
  let flags;
  try {
    flags = parseFlags('libtensorflow', { force: false, json: false }, {}, argv);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  if (flags.help) {
    process.stdout.write(`${usage('node scripts/libtensorflow.js', { force: false, json: false })}\n\n${howToChoose(cacheDir())}\n`);
    return;
  }
  const json = flags.json;
  try {
    const result = await ensureLibtensorflow({ force: flags.force });
    if (json) process.stdout.write(`${JSON.stringify({ ok: true, ...result }, null, 2)}\n`);
    else process.stdout.write(`${result.message} (${result.seconds.toFixed(1)} s)\n`);
  } catch (error) {
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: error.message }, null, 2)}\n`);
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}

module.exports = {
  ensureLibtensorflow,
  readManifest,
  libtensorflowDir,
  cacheDir,
  platformPackageName,
  obtainWheel,
  extractWheelMembers,
  replaceDirWith,
  TF_VERSION,
  PINNED_WHEELS,
};

if (require.main === module) main(process.argv.slice(2));
