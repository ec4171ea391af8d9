#!/usr/bin/env node
'use strict';
// Makes libtensorflow (TensorFlow 2.21.0, CPU) available in deps/libtensorflow/ (ignored by git).
// See DESIGN.md, section "libtensorflow". Sources, first usable one wins:
//   1. LIBTENSORFLOW_PATH     a directory in the official C layout (lib/ + include/), used in place
//   2. LIBTENSORFLOW_ARCHIVE  an official libtensorflow-*.tar.gz, local path or http(s) URL
//   3. the platform package   @hydra-tf/libtensorflow-<platform>-<arch>, an optionalDependency of the
//                             published hydra-tf (scripts/pack-libtensorflow.js builds it): used in
//                             place from node_modules, nothing downloaded, no Python needed
//   4. default                the pinned tensorflow-cpu==2.21.0 wheel from PyPI (via pip download)
// Sources 1, 2 and 4 are described by deps/libtensorflow/manifest.json, which the addon loader reads;
// the loader finds the platform package by itself (lib/core/library.ts).
//
// Usage: node scripts/libtensorflow.js [--force] [--json]
// Plain CommonJS on Node's standard library only: it runs from `npm install`, before anything
// else in the package is built.

const fs = require('fs');
const fsp = fs.promises;
const path = require('path');
const os = require('os');
const crypto = require('crypto');
const http = require('http');
const https = require('https');
const { pipeline } = require('stream/promises');
const { spawn, spawnSync } = require('child_process');

const TF_VERSION = '2.21.0';
const WHEEL_REQUIREMENT = `tensorflow-cpu==${TF_VERSION}`;
const WHEEL_PREFIX = `tensorflow_cpu-${TF_VERSION}-`;

// sha256 of the official wheels on PyPI, keyed by file name (from pip's --report for each
// Python tag). libtensorflow_cc.so.2 does not link libpython, so whichever tag pip picks for
// the local interpreter serves.
const PINNED_WHEELS = {
  'tensorflow_cpu-2.21.0-cp310-cp310-manylinux_2_27_x86_64.whl':
    'd143e92f5c0661cdfa26eaca8f73cd2efd0ec53a68af8dec82f584ba8eb14b83',
  'tensorflow_cpu-2.21.0-cp311-cp311-manylinux_2_27_x86_64.whl':
    '2b847d217b02ee7731ed91431daf3250daa0196c3c94614d23be27232e6e5b6c',
  'tensorflow_cpu-2.21.0-cp312-cp312-manylinux_2_27_x86_64.whl':
    'dcc8afd32930e42d5296b6ee19078b773706830af4ea97fbe503b9f5e0f820cb',
  'tensorflow_cpu-2.21.0-cp313-cp313-manylinux_2_27_x86_64.whl':
    '05af7c26d35f4de910b5598c7b507e3981831a7b0f47fed9a405d995d51d7793',
};

// When the local Python has no matching wheel (too old, too new, not CPython), ask pip for
// the cp311 one explicitly: the file we pinned first.
const PIP_FALLBACK_TARGET = [
  '--python-version', '3.11', '--platform', 'manylinux_2_27_x86_64',
  '--implementation', 'cp', '--abi', 'cp311',
];

// Wheel members we need. The headers only serve to check the addon's own declarations.
// Patterns use unzip/fnmatch semantics, where `*` also matches `/`. In 2.21,
// tensorflow/c/tf_status.h includes xla/tsl/c/tsl_status.h, so c_api.h needs that one too.
const WHEEL_MEMBERS = [
  'tensorflow/libtensorflow_cc.so.2',
  'tensorflow/libtensorflow_framework.so.2',
  'tensorflow/include/tensorflow/c/*',
  'tensorflow/include/tsl/platform/ctstring*.h',
  'tensorflow/include/tensorflow/core/platform/ctstring*.h',
  'tensorflow/include/xla/tsl/c/tsl_status*.h',
];

const PACKAGE_ROOT = path.resolve(__dirname, '..');
const MANIFEST_NAME = 'manifest.json';
const MAIN_LIBRARIES = ['libtensorflow.so.2', 'libtensorflow_cc.so.2']; // official tarball, wheel
const FRAMEWORK_LIBRARY = 'libtensorflow_framework.so.2';
const C_API_HEADER = path.join('include', 'tensorflow', 'c', 'c_api.h');

const howToChoose = (cache) => [
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

/** The folder that holds lib/, include/ and manifest.json (HYDRA_TF_DEPS_DIR overrides it). */
function libtensorflowDir(packageRoot = PACKAGE_ROOT, env = process.env) {
  if (env.HYDRA_TF_DEPS_DIR) return path.resolve(env.HYDRA_TF_DEPS_DIR);
  return path.join(packageRoot, 'deps', 'libtensorflow');
}

/** Download cache shared by all checkouts: $HYDRA_TF_CACHE, $XDG_CACHE_HOME/hydra-tf or ~/.cache/hydra-tf. */
function cacheDir(env = process.env) {
  if (env.HYDRA_TF_CACHE) return path.resolve(env.HYDRA_TF_CACHE);
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'hydra-tf');
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

// ---------------------------------------------------------------------------------------------
// Manifest and layout

/**
 * Returns the parsed manifest.json, or null when there is none (or it is unreadable).
 * `root` is the package root (honouring HYDRA_TF_DEPS_DIR) or the libtensorflow folder itself.
 */
function readManifest(root = PACKAGE_ROOT) {
  const direct = path.join(root, MANIFEST_NAME);
  const file = fs.existsSync(direct) ? direct : path.join(libtensorflowDir(root), MANIFEST_NAME);
  try {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    return manifest && typeof manifest === 'object' && manifest.source ? manifest : null;
  } catch {
    return null;
  }
}

/** Finds the libraries and the C header under `root`; `problems` lists what is missing. */
function inspectLayout(root) {
  const libDir = path.join(root, 'lib');
  const mainName = MAIN_LIBRARIES.find((name) => fs.existsSync(path.join(libDir, name)));
  const layout = {
    root,
    library: mainName ? path.join(libDir, mainName) : null,
    framework: path.join(libDir, FRAMEWORK_LIBRARY),
    header: path.join(root, C_API_HEADER),
    problems: [],
  };
  // existsSync follows symlinks, so a dangling lib/libtensorflow.so.2 counts as missing.
  if (!layout.library) layout.problems.push(`lib/${MAIN_LIBRARIES.join(' or lib/')} missing`);
  if (!fs.existsSync(layout.framework)) layout.problems.push(`lib/${FRAMEWORK_LIBRARY} missing`);
  if (!fs.existsSync(layout.header)) layout.problems.push(`${C_API_HEADER} missing`);
  return layout;
}

/** The same layout once its folder is renamed to `root` (manifests record the final paths). */
function movedLayout(layout, root) {
  const move = (file) => path.join(root, path.relative(layout.root, file));
  return {
    ...layout,
    root,
    library: move(layout.library),
    framework: move(layout.framework),
    header: move(layout.header),
  };
}

/** True when the files a manifest points at are all still there. */
function manifestFilesExist(manifest) {
  return [manifest.library, manifest.framework].every((file) => file && fs.existsSync(file)) &&
    fs.existsSync(path.join(manifest.root || '', C_API_HEADER));
}

/** Best guess of the TF version of a lib/ folder, from versioned names like libtensorflow.so.2.15.0. */
function versionFromLibDir(root) {
  let names = [];
  try {
    names = fs.readdirSync(path.join(root, 'lib'));
  } catch {
    return null;
  }
  for (const name of names) {
    const match = /^libtensorflow(?:_cc|_framework)?\.so\.(\d+\.\d+\.\d+)$/.exec(name);
    if (match) return match[1];
  }
  return null;
}

function makeManifest(source, layout, fields) {
  return {
    source,
    version: fields.version || null,
    root: layout.root,
    library: layout.library,
    framework: layout.framework,
    sha256: fields.sha256 || null,
    origin: fields.origin,
  };
}

// ---------------------------------------------------------------------------------------------
// Filesystem helpers: build the whole folder beside its final place, then rename it in, so an
// interrupted install never leaves a half-filled deps/libtensorflow/.

function siblingPath(target, kind) {
  return path.join(path.dirname(target), `.${path.basename(target)}.${kind}-${process.pid}`);
}

function processIsAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Removes staging folders left behind by installs that were killed. */
async function removeStaleSiblings(target) {
  const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(target))}\\.(?:tmp|old)-(\\d+)$`);
  let names = [];
  try {
    names = await fsp.readdir(path.dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (match && !processIsAlive(Number(match[1]))) {
      await fsp.rm(path.join(path.dirname(target), name), { recursive: true, force: true });
    }
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runs `fill(stage)` on an empty staging folder, then swaps it in for `target`. */
async function replaceDirWith(target, fill) {
  await fsp.mkdir(path.dirname(target), { recursive: true });
  await removeStaleSiblings(target);
  const stage = siblingPath(target, 'tmp');
  await fsp.rm(stage, { recursive: true, force: true });
  await fsp.mkdir(stage);
  try {
    const result = await fill(stage);
    const old = siblingPath(target, 'old');
    const hadOld = await renameIfExists(target, old);
    await fsp.rename(stage, target);
    if (hadOld) await fsp.rm(old, { recursive: true, force: true });
    return result;
  } catch (error) {
    await fsp.rm(stage, { recursive: true, force: true });
    throw error;
  }
}

async function renameIfExists(from, to) {
  try {
    await fsp.rename(from, to);
    return true;
  } catch (error) {
    if (error.code === 'ENOENT') return false;
    throw error;
  }
}

async function writeManifest(dir, manifest) {
  await fsp.writeFile(path.join(dir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
}

async function sha256OfFile(file) {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

function isUrl(text) {
  return /^https?:\/\//i.test(text);
}

// ---------------------------------------------------------------------------------------------
// Child processes

function commandExists(command) {
  const result = spawnSync(command, ['--version'], { stdio: 'ignore' });
  return !(result.error && result.error.code === 'ENOENT');
}

/** Runs a command; resolves with its exit code and combined output, echoing it if asked. */
function run(command, args, { echo = null } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      if (echo) echo(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => resolve({ code: -1, output: output + error.message, error }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function lastLines(text, count = 6) {
  return text.trim().split('\n').slice(-count).map((line) => `      ${line}`).join('\n');
}

/** Finds a Python with pip (python3, then python); throws a reason when there is none. */
function findPythonWithPip() {
  const notes = [];
  for (const python of ['python3', 'python']) {
    const result = spawnSync(python, ['-m', 'pip', '--version'], { encoding: 'utf8' });
    if (result.error && result.error.code === 'ENOENT') {
      notes.push(`${python} not on PATH`);
    } else if (result.status !== 0) {
      notes.push(`${python} has no pip (${(result.stderr || '').trim().split('\n').pop()})`);
    } else {
      return python;
    }
  }
  throw new Error(`pip is needed to download the wheel: ${notes.join('; ')}`);
}

// ---------------------------------------------------------------------------------------------
// Source 1: LIBTENSORFLOW_PATH, used in place

function pathSource(dir) {
  const root = path.resolve(dir);
  return {
    label: `LIBTENSORFLOW_PATH=${dir}`,
    summary: `path ${root}`,
    isCurrent: (manifest) =>
      manifest.source === 'path' && manifest.origin === root && manifestFilesExist(manifest),
    install: async (settings) => {
      if (!fs.existsSync(root)) throw new Error(`${root} does not exist`);
      const layout = inspectLayout(root);
      if (layout.problems.length) {
        throw new Error(`not a libtensorflow folder: ${layout.problems.join(', ')}`);
      }
      const manifest = makeManifest('path', layout, { version: versionFromLibDir(root), origin: root });
      // The deps folder then holds only the manifest: files of an earlier source are dropped.
      await replaceDirWith(settings.depsDir, (stage) => writeManifest(stage, manifest));
      return { manifest, downloaded: false, did: `using ${root} in place (nothing copied)` };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Source 2: LIBTENSORFLOW_ARCHIVE, an official tarball by path or URL

function archiveSource(archive) {
  const origin = isUrl(archive) ? archive : path.resolve(archive);
  return {
    label: `LIBTENSORFLOW_ARCHIVE=${archive}`,
    summary: `archive ${origin}`,
    isCurrent: async (manifest, settings) => {
      if (manifest.source !== 'archive' || manifest.origin !== origin) return false;
      if (manifest.root !== settings.depsDir || !manifestFilesExist(manifest)) return false;
      if (settings.archiveSha256 && manifest.sha256 !== settings.archiveSha256) return false;
      // A local file may have been replaced under the same name; a URL is trusted by name
      // (checking it would mean downloading it again).
      if (!isUrl(origin) && fs.existsSync(origin)) return (await sha256OfFile(origin)) === manifest.sha256;
      return true;
    },
    install: async (settings) => {
      const { file, downloaded } = isUrl(origin)
        ? await cachedDownload(origin, settings)
        : { file: origin, downloaded: false };
      if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
      const sha256 = await sha256OfFile(file);
      if (settings.archiveSha256 && sha256 !== settings.archiveSha256) {
        const expected = settings.archiveSha256;
        throw new Error(`${file} has sha256 ${sha256}, LIBTENSORFLOW_ARCHIVE_SHA256 expects ${expected}`);
      }
      const manifest = await replaceDirWith(settings.depsDir, async (stage) => {
        settings.log(`libtensorflow: extracting ${file}`);
        // System tar keeps the lib/libtensorflow.so.2 -> libtensorflow.so.2.x.y symlinks.
        const result = await run('tar', ['-xzf', file, '-C', stage]);
        if (result.code !== 0) throw new Error(`tar -xzf ${file} failed:\n${lastLines(result.output)}`);
        const layout = inspectLayout(stage);
        if (layout.problems.length) {
          const missing = layout.problems.join(', ');
          throw new Error(`archive does not have the official layout at its top level: ${missing}`);
        }
        const version = versionFromLibDir(stage) || versionFromArchiveName(file);
        const final = movedLayout(layout, settings.depsDir);
        const built = makeManifest('archive', final, { version, sha256, origin });
        await writeManifest(stage, built);
        return built;
      });
      const fetched = downloaded ? `downloaded ${origin}, ` : '';
      return { manifest, downloaded, did: `${fetched}extracted ${file} into ${settings.depsDir}` };
    },
  };
}

function versionFromArchiveName(file) {
  const match = /-(\d+\.\d+\.\d+)\.tar\.gz$/.exec(path.basename(file));
  return match ? match[1] : null;
}

/** Downloads a URL into <cache>/archives/ once; later runs reuse the file without network. */
async function cachedDownload(url, settings) {
  const dir = path.join(settings.cacheDir, 'archives');
  const base = path.basename(new URL(url).pathname) || 'libtensorflow.tar.gz';
  // The URL's hash in the name keeps two URLs with the same file name apart.
  const key = crypto.createHash('sha256').update(url).digest('hex').slice(0, 12);
  const file = path.join(dir, `${key}-${base}`);
  if (fs.existsSync(file)) {
    settings.log(`libtensorflow: reusing cached download ${file}`);
    return { file, downloaded: false };
  }
  await fsp.mkdir(dir, { recursive: true });
  const partial = `${file}.part-${process.pid}`;
  settings.log(`libtensorflow: downloading ${url}`);
  try {
    await downloadTo(url, partial, settings.log);
    await fsp.rename(partial, file);
  } finally {
    await fsp.rm(partial, { force: true });
  }
  return { file, downloaded: true };
}

/** GET `url` into `file`, following redirects. */
async function downloadTo(url, file, log, redirectsLeft = 10) {
  const response = await httpGet(url);
  const status = response.statusCode;
  if (status >= 300 && status < 400 && response.headers.location) {
    response.resume();
    if (redirectsLeft === 0) throw new Error(`too many redirects from ${url}`);
    const next = new URL(response.headers.location, url).toString();
    return downloadTo(next, file, log, redirectsLeft - 1);
  }
  if (status !== 200) {
    response.resume();
    throw new Error(`GET ${url}: HTTP ${status}`);
  }
  const total = Number(response.headers['content-length']) || 0;
  let received = 0;
  let nextReport = 0.25;
  response.on('data', (chunk) => {
    received += chunk.length;
    if (total && received / total >= nextReport) {
      log(`libtensorflow:   ${Math.round((100 * received) / total)}% of ${(total / 1e6).toFixed(0)} MB`);
      nextReport += 0.25;
    }
  });
  await pipeline(response, fs.createWriteStream(file));
  if (total && received !== total) throw new Error(`GET ${url}: got ${received} of ${total} bytes`);
}

function httpGet(url) {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, resolve);
    request.on('error', (error) => reject(new Error(`GET ${url}: ${error.message}`)));
    // A stalled connection should fail the install, not hang it.
    request.setTimeout(60_000, () => request.destroy(new Error('no data for 60 s')));
  });
}

// ---------------------------------------------------------------------------------------------
// Source 3: the platform package installed next to hydra-tf by npm

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

function packageSource(found) {
  const label = `${found.name}@${found.version} (${found.dir})`;
  const manifest = () => ({
    source: 'package',
    version: found.version,
    root: found.dir,
    library: found.library,
    framework: found.framework,
    sha256: null,
    origin: `${found.name}@${found.version}`,
  });
  return {
    label,
    summary: `package ${found.name}@${found.version}`,
    // Nothing is copied: the loader uses the package in place, so it is current whenever it is whole.
    present: () => (found.problems.length ? null : manifest()),
    install: async () => {
      throw new Error(`installed, but incomplete: ${found.problems.join(', ')} (reinstall it)`);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Source 4 (default): the pinned tensorflow-cpu wheel from PyPI

function wheelSource() {
  return {
    label: `default ${WHEEL_REQUIREMENT} wheel from PyPI`,
    summary: `wheel ${TF_VERSION}`,
    isCurrent: (manifest, settings) => {
      if (manifest.source !== 'wheel' || manifest.version !== TF_VERSION) return false;
      if (manifest.root !== settings.depsDir || !manifestFilesExist(manifest)) return false;
      const pinned = PINNED_WHEELS[path.basename(manifest.origin || '')];
      return manifest.sha256 === pinned || (settings.allowUnpinnedWheel && Boolean(manifest.sha256));
    },
    install: async (settings) => {
      const { wheel, sha256, downloaded } = await obtainWheelWith(settings);
      const manifest = await replaceDirWith(settings.depsDir, async (stage) => {
        settings.log(`libtensorflow: unpacking libraries and C headers from ${path.basename(wheel)}`);
        await unpackWheel(wheel, stage);
        const layout = inspectLayout(stage);
        if (layout.problems.length) throw new Error(`${wheel} lacks ${layout.problems.join(', ')}`);
        const final = movedLayout(layout, settings.depsDir);
        const built = makeManifest('wheel', final, { version: TF_VERSION, sha256, origin: wheel });
        await writeManifest(stage, built);
        return built;
      });
      const how = downloaded ? 'downloaded' : 'cached, nothing downloaded';
      const did = `unpacked ${path.basename(wheel)} (${how}) into ${settings.depsDir}`;
      return { manifest, downloaded, did };
    },
  };
}

/**
 * The pinned wheel, from the cache or downloaded with pip, its sha256 checked.
 * Resolves with { wheel, sha256, downloaded }. `options`: { env, cacheDir, log }, all optional.
 */
function obtainWheel(options = {}) {
  return obtainWheelWith(resolveSettings(options));
}

async function obtainWheelWith(settings) {
  checkWheelPlatform();
  const wheelsDir = path.join(settings.cacheDir, 'wheels');
  let wheel = findCachedWheel(wheelsDir);
  const downloaded = !wheel;
  if (wheel) settings.log(`libtensorflow: using cached ${wheel}`);
  else wheel = await pipDownloadWheel(wheelsDir, settings);
  const sha256 = await checkWheelHash(wheel, settings);
  return { wheel, sha256, downloaded };
}

/** The wheel is built for glibc >= 2.27 on x86_64 Linux; anything else cannot load it. */
function checkWheelPlatform() {
  const here = `${process.platform} ${process.arch}`;
  const elsewhere = 'the wheel only serves linux x64: use LIBTENSORFLOW_PATH or LIBTENSORFLOW_ARCHIVE';
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`this is ${here}; ${elsewhere}`);
  const glibc = process.report.getReport().header.glibcVersionRuntime;
  if (!glibc) throw new Error(`this Linux has no glibc (musl?); ${elsewhere}`);
  const [major, minor] = glibc.split('.').map(Number);
  if (major < 2 || (major === 2 && minor < 27)) {
    throw new Error(`glibc ${glibc} is older than the 2.27 the wheel needs; ${elsewhere}`);
  }
}

/** A wheel already in the cache, pinned names first (pip names it after the Python tag). */
function findCachedWheel(wheelsDir) {
  let names = [];
  try {
    names = fs.readdirSync(wheelsDir).filter((name) => name.startsWith(WHEEL_PREFIX) && name.endsWith('.whl'));
  } catch {
    return null;
  }
  const rank = (name) => (name in PINNED_WHEELS ? 0 : 1);
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return names.length ? path.join(wheelsDir, names[0]) : null;
}

// What pip prints when PyPI is out of reach. Without the check, a network failure would look
// like "no matching distribution" and trigger a pointless second attempt.
const NETWORK_FAILURE = new RegExp([
  'NewConnectionError', 'Failed to establish a new connection', 'Temporary failure in name resolution',
  'Name or service not known', 'Network is unreachable', 'ConnectTimeout', 'ReadTimeout', 'ProxyError',
  'SSLError',
].join('|'));
const NO_MATCHING_WHEEL = /No matching distribution found|Could not find a version that satisfies/;

async function pipDownloadWheel(wheelsDir, settings) {
  const python = findPythonWithPip();
  await fsp.mkdir(wheelsDir, { recursive: true });
  const args = [
    '-m', 'pip', 'download', '--no-deps', '--only-binary=:all:', '--disable-pip-version-check',
    WHEEL_REQUIREMENT, '-d', wheelsDir,
  ];
  const echo = (chunk) => process.stderr.write(chunk);
  settings.log(`libtensorflow: ${python} ${args.join(' ')}`);
  let result = await run(python, args, { echo });
  if (result.code !== 0 && NO_MATCHING_WHEEL.test(result.output) && !NETWORK_FAILURE.test(result.output)) {
    settings.log('libtensorflow: no wheel for this Python; asking pip for the cp311 manylinux one instead');
    result = await run(python, [...args, ...PIP_FALLBACK_TARGET], { echo });
  }
  if (result.code !== 0) {
    const why = NETWORK_FAILURE.test(result.output)
      ? 'no network (pip could not reach PyPI)'
      : `${python} -m pip download failed`;
    throw new Error(`${why}:\n${lastLines(result.output)}`);
  }
  const wheel = findCachedWheel(wheelsDir);
  if (!wheel) throw new Error(`pip download succeeded but no ${WHEEL_PREFIX}*.whl is in ${wheelsDir}`);
  return wheel;
}

async function checkWheelHash(wheel, settings) {
  const name = path.basename(wheel);
  const sha256 = await sha256OfFile(wheel);
  const pinned = PINNED_WHEELS[name];
  if (pinned && sha256 !== pinned) {
    throw new Error(
      `hash mismatch for ${wheel}: sha256 ${sha256}, expected ${pinned} (delete the file to download it again)`);
  }
  if (!pinned && !settings.allowUnpinnedWheel) {
    throw new Error(
      `${wheel} (sha256 ${sha256}) is not in the pinned table; set HYDRA_TF_ALLOW_UNPINNED_WHEEL=1 to use it anyway`);
  }
  if (!pinned) settings.log(`libtensorflow: warning: using unpinned ${name} (sha256 ${sha256})`);
  return sha256;
}

/** Extracts the wheel members matching `patterns` (unzip/fnmatch syntax) into `dest`, keeping their paths. */
async function extractWheelMembers(wheel, patterns, dest) {
  if (commandExists('unzip')) {
    const result = await run('unzip', ['-q', '-o', wheel, ...patterns, '-d', dest]);
    if (result.code !== 0) {
      throw new Error(`unzip ${wheel} failed (exit ${result.code}):\n${lastLines(result.output)}`);
    }
  } else {
    await unzipWithPython(wheel, dest, patterns);
  }
}

/** Extracts only the needed members of the wheel (a zip) into stage/lib and stage/include. */
async function unpackWheel(wheel, stage) {
  const scratch = path.join(stage, '.wheel');
  await fsp.mkdir(scratch);
  await extractWheelMembers(wheel, WHEEL_MEMBERS, scratch);
  const inner = path.join(scratch, 'tensorflow');
  await fsp.mkdir(path.join(stage, 'lib'));
  for (const name of ['libtensorflow_cc.so.2', FRAMEWORK_LIBRARY]) {
    await fsp.rename(path.join(inner, name), path.join(stage, 'lib', name));
  }
  await fsp.rename(path.join(inner, 'include'), path.join(stage, 'include'));
  await fsp.rm(scratch, { recursive: true, force: true });
}

// Python's zipfile, for machines without unzip; `python -m zipfile -e` would unpack all 1.3 GB.
const PYTHON_UNZIP = `
import fnmatch, sys, zipfile
wheel, dest, patterns = sys.argv[1], sys.argv[2], sys.argv[3:]
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if not name.endswith('/') and any(fnmatch.fnmatchcase(name, p) for p in patterns):
            z.extract(name, dest)
`;

async function unzipWithPython(wheel, dest, patterns) {
  const python = ['python3', 'python'].find(commandExists);
  if (!python) throw new Error('neither unzip nor python3/python is on PATH to extract the wheel');
  const result = await run(python, ['-c', PYTHON_UNZIP, wheel, dest, ...patterns]);
  if (result.code !== 0) {
    throw new Error(`extracting ${wheel} with ${python} failed:\n${lastLines(result.output)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Driver

/** The sources to try, in order: explicit settings first, then the platform package, the wheel last. */
// A source the user named explicitly is the only one tried: silently falling back to a
// 273 MB CPU wheel after a typo in LIBTENSORFLOW_PATH would hide the mistake. The platform
// package is not a choice the user typed, so an incomplete one falls back to the wheel.
function plannedSources(settings) {
  if (settings.libtensorflowPath) return [pathSource(settings.libtensorflowPath)];
  if (settings.archive) return [archiveSource(settings.archive)];
  const found = findPlatformPackage(settings.packageRoot);
  return found ? [packageSource(found), wheelSource()] : [wheelSource()];
}

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
  const finish = (action, manifest, downloaded, message) =>
    ({ action, manifest, downloaded, message, seconds: (Date.now() - started) / 1000 });
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
  throw new Error([
    `libtensorflow: could not make TensorFlow ${TF_VERSION} available. Tried:`,
    ...failures,
    howToChoose(settings.cacheDir),
  ].join('\n'));
}

async function main(argv) {
  const flags = new Set(argv);
  if (flags.has('--help') || flags.has('-h')) {
    const usage = 'usage: node scripts/libtensorflow.js [--force] [--json]';
    process.stdout.write(`${usage}\n\n${howToChoose(cacheDir())}\n`);
    return;
  }
  const json = flags.has('--json');
  try {
    const result = await ensureLibtensorflow({ force: flags.has('--force') });
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
