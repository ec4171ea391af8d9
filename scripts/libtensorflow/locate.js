'use strict';
// How hydra-tf finds libtensorflow: the one resolution order, for the loader (lib/core/library.ts,
// at run time) and the install step (scripts/libtensorflow.js, ./sources.js). Plain CommonJS on
// Node's standard library: it runs from `npm install`, before anything is compiled.
//
// First usable one wins:
//   1. HYDRA_TF_LIBRARY     a library file (run time only: names a file to load, installs nothing)
//   2. LIBTENSORFLOW_PATH   a directory in the official C layout (lib/ + include/), used in place
//   3. an explicit install-time choice recorded in deps/libtensorflow/manifest.json:
//      LIBTENSORFLOW_PATH, or LIBTENSORFLOW_ARCHIVE (an official tarball, extracted there)
//   4. the platform package @hydra-tf/libtensorflow-<platform>-<arch>, resolved from hydra-tf's own
//      folder (npm installs it as an optionalDependency of the published package), used in place
//   5. deps/libtensorflow from the default tensorflow-cpu wheel
// The install step walks the same order for what it can provide (2 or 3 when set, else 4, else 5);
// a source the user named explicitly is the only one it tries.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { PACKAGE_ROOT, MANIFEST_NAME, C_API_HEADER, inspectLayout, libtensorflowDir } = require('./manifest');

// The loader also accepts macOS names (a user's own LIBTENSORFLOW_PATH build).
const LOADABLE_LIBRARIES = ['libtensorflow.so.2', 'libtensorflow_cc.so.2', 'libtensorflow.2.dylib', 'libtensorflow_cc.2.dylib'];

/** Download cache shared by all checkouts: $HYDRA_TF_CACHE, $XDG_CACHE_HOME/hydra-tf or ~/.cache/hydra-tf. */
function cacheDir(env = process.env) {
  if (env.HYDRA_TF_CACHE) return path.resolve(env.HYDRA_TF_CACHE);
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'hydra-tf');
}

/** The main library in `dir/lib` or `dir`, or null. */
function libraryInDirectory(dir) {
  for (const lib of [path.join(dir, 'lib'), dir]) {
    for (const name of LOADABLE_LIBRARIES) {
      const candidate = path.join(lib, name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** npm name of the package that carries libtensorflow for a platform (see scripts/pack-libtensorflow.js). */
function platformPackageName(platform = process.platform, arch = process.arch) {
  return `@hydra-tf/libtensorflow-${platform}-${arch}`;
}

/**
 * The platform package as Node resolves it from hydra-tf's own folder (so from the node_modules
 * npm installed hydra-tf's optionalDependencies into): { name, version, dir, library, framework,
 * problems } (`problems` lists missing libraries), or null when it is not installed.
 */
function findPlatformPackage(packageRoot = PACKAGE_ROOT) {
  const name = platformPackageName();
  let manifestFile;
  try {
    manifestFile = require.resolve(`${name}/package.json`, { paths: [packageRoot] });
  } catch {
    return null;
  }
  const dir = path.dirname(manifestFile);
  let version = null;
  try {
    version = JSON.parse(fs.readFileSync(manifestFile, 'utf8')).version || null;
  } catch {
    // an unreadable package.json: the library files decide below
  }
  const layout = inspectLayout(dir);
  // The package carries no headers: the addon declares the C API itself.
  const problems = layout.problems.filter((problem) => !problem.startsWith(C_API_HEADER));
  return { name, version, dir, library: layout.library, framework: layout.framework, problems };
}

/** What `npm install` recorded in <depsDir>/manifest.json as a location, or why it is of no use. */
function depsLocation(depsDir) {
  const manifestPath = path.join(depsDir, MANIFEST_NAME);
  if (!fs.existsSync(manifestPath)) {
    return { problem: `${manifestPath} (missing: run \`npm install\` or \`node scripts/libtensorflow.js\`)` };
  }
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return { problem: `${manifestPath} (unreadable: ${error.message})` };
  }
  const source = manifest.source || 'unknown';
  const origin = source === 'wheel' ? `wheel ${manifest.version}` : `${source} ${manifest.origin}`;
  if (manifest.library && fs.existsSync(manifest.library)) return { location: { path: manifest.library, source: 'deps', origin }, source };
  // The package folder may have moved since install: look next to the manifest.
  const moved = manifest.library && path.join(depsDir, 'lib', path.basename(manifest.library));
  if (moved && fs.existsSync(moved)) return { location: { path: moved, source: 'deps', origin }, source };
  return { problem: `${manifestPath} (names ${manifest.library}, which does not exist)` };
}

/**
 * The libtensorflow to load, in the order above: { location: { path, source, origin? } }, or
 * { tried: [why each candidate failed] }. `options`: { env, root (the hydra-tf package root) }.
 */
function resolveLibrary(options = {}) {
  const env = options.env || process.env;
  const tried = [];
  const explicitFile = env.HYDRA_TF_LIBRARY;
  if (explicitFile) {
    if (fs.existsSync(explicitFile)) return { location: { path: path.resolve(explicitFile), source: 'HYDRA_TF_LIBRARY' } };
    tried.push(`HYDRA_TF_LIBRARY=${explicitFile} (no such file)`);
  }
  const explicitDir = env.LIBTENSORFLOW_PATH;
  if (explicitDir) {
    const found = libraryInDirectory(explicitDir);
    if (found) return { location: { path: found, source: 'LIBTENSORFLOW_PATH' } };
    tried.push(`LIBTENSORFLOW_PATH=${explicitDir} (no lib/libtensorflow.so.2 or lib/libtensorflow_cc.so.2 there)`);
  }
  const root = options.root || PACKAGE_ROOT;
  const deps = depsLocation(libtensorflowDir(root, env));
  if (deps.location && (deps.source === 'path' || deps.source === 'archive')) return { location: deps.location };
  const found = findPlatformPackage(root);
  if (found && found.library)
    return { location: { path: found.library, source: 'package', origin: `${found.name}@${found.version || '?'}` } };
  tried.push(found ? `${found.name} (installed in ${found.dir}, but without a library)` : `${platformPackageName()} (not installed)`);
  if (deps.location) return { location: deps.location };
  tried.push(deps.problem);
  return { tried };
}

module.exports = { resolveLibrary, libraryInDirectory, platformPackageName, findPlatformPackage, cacheDir, libtensorflowDir };
