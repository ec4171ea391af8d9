'use strict';
// Where libtensorflow can come from at install time, in the order ./locate.js documents:
// LIBTENSORFLOW_PATH (used in place), LIBTENSORFLOW_ARCHIVE (an official tarball, extracted),
// the platform package (used in place), the pinned tensorflow-cpu wheel (unpacked). Each source
// says whether what deps/libtensorflow/manifest.json records is still current, and installs itself.

const fs = require('fs');
const fsp = fs.promises;
const path = require('path');
const crypto = require('crypto');
const http = require('http');
const https = require('https');
const { pipeline } = require('stream/promises');
const { spawnSync } = require('child_process');
const {
  FRAMEWORK_LIBRARY,
  inspectLayout,
  movedLayout,
  manifestFilesExist,
  versionFromLibDir,
  makeManifest,
  writeManifest,
} = require('./manifest');
const { replaceDirWith, sha256OfFile, run, lastLines, extractWheelMembers } = require('./staging');
const { findPlatformPackage } = require('./locate');

const TF_VERSION = '2.21.0';
const WHEEL_REQUIREMENT = `tensorflow-cpu==${TF_VERSION}`;
const WHEEL_PREFIX = `tensorflow_cpu-${TF_VERSION}-`;

// sha256 of the official wheels on PyPI, keyed by file name (from pip's --report for each
// Python tag). libtensorflow_cc.so.2 does not link libpython, so whichever tag pip picks for
// the local interpreter serves.
const PINNED_WHEELS = {
  'tensorflow_cpu-2.21.0-cp310-cp310-manylinux_2_27_x86_64.whl': 'd143e92f5c0661cdfa26eaca8f73cd2efd0ec53a68af8dec82f584ba8eb14b83',
  'tensorflow_cpu-2.21.0-cp311-cp311-manylinux_2_27_x86_64.whl': '2b847d217b02ee7731ed91431daf3250daa0196c3c94614d23be27232e6e5b6c',
  'tensorflow_cpu-2.21.0-cp312-cp312-manylinux_2_27_x86_64.whl': 'dcc8afd32930e42d5296b6ee19078b773706830af4ea97fbe503b9f5e0f820cb',
  'tensorflow_cpu-2.21.0-cp313-cp313-manylinux_2_27_x86_64.whl': '05af7c26d35f4de910b5598c7b507e3981831a7b0f47fed9a405d995d51d7793',
};

// When the local Python has no matching wheel (too old, too new, not CPython), ask pip for
// the cp311 one explicitly: the file we pinned first.
const PIP_FALLBACK_TARGET = ['--python-version', '3.11', '--platform', 'manylinux_2_27_x86_64', '--implementation', 'cp', '--abi', 'cp311'];

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

function isUrl(text) {
  return /^https?:\/\//i.test(text);
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
// LIBTENSORFLOW_PATH, used in place

function pathSource(dir) {
  const root = path.resolve(dir);
  return {
    label: `LIBTENSORFLOW_PATH=${dir}`,
    summary: `path ${root}`,
    isCurrent: (manifest) => manifest.source === 'path' && manifest.origin === root && manifestFilesExist(manifest),
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
// LIBTENSORFLOW_ARCHIVE, an official tarball by path or URL

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
      const { file, downloaded } = isUrl(origin) ? await cachedDownload(origin, settings) : { file: origin, downloaded: false };
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
// The platform package installed next to hydra-tf by npm (found by ./locate.js)

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
// Default: the pinned tensorflow-cpu wheel from PyPI

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
  let names;
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
const NETWORK_FAILURE = new RegExp(
  [
    'NewConnectionError',
    'Failed to establish a new connection',
    'Temporary failure in name resolution',
    'Name or service not known',
    'Network is unreachable',
    'ConnectTimeout',
    'ReadTimeout',
    'ProxyError',
    'SSLError',
  ].join('|'),
);
const NO_MATCHING_WHEEL = /No matching distribution found|Could not find a version that satisfies/;

async function pipDownloadWheel(wheelsDir, settings) {
  const python = findPythonWithPip();
  await fsp.mkdir(wheelsDir, { recursive: true });
  const args = [
    '-m',
    'pip',
    'download',
    '--no-deps',
    '--only-binary=:all:',
    '--disable-pip-version-check',
    WHEEL_REQUIREMENT,
    '-d',
    wheelsDir,
  ];
  const echo = (chunk) => process.stderr.write(chunk);
  settings.log(`libtensorflow: ${python} ${args.join(' ')}`);
  let result = await run(python, args, { echo });
  if (result.code !== 0 && NO_MATCHING_WHEEL.test(result.output) && !NETWORK_FAILURE.test(result.output)) {
    settings.log('libtensorflow: no wheel for this Python; asking pip for the cp311 manylinux one instead');
    result = await run(python, [...args, ...PIP_FALLBACK_TARGET], { echo });
  }
  if (result.code !== 0) {
    const why = NETWORK_FAILURE.test(result.output) ? 'no network (pip could not reach PyPI)' : `${python} -m pip download failed`;
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
    throw new Error(`hash mismatch for ${wheel}: sha256 ${sha256}, expected ${pinned} (delete the file to download it again)`);
  }
  if (!pinned && !settings.allowUnpinnedWheel) {
    throw new Error(`${wheel} (sha256 ${sha256}) is not in the pinned table; set HYDRA_TF_ALLOW_UNPINNED_WHEEL=1 to use it anyway`);
  }
  if (!pinned) settings.log(`libtensorflow: warning: using unpinned ${name} (sha256 ${sha256})`);
  return sha256;
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

// ---------------------------------------------------------------------------------------------

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

module.exports = { TF_VERSION, WHEEL_REQUIREMENT, PINNED_WHEELS, plannedSources, obtainWheelWith };
