'use strict';
// deps/libtensorflow/ and its manifest.json: where the install step puts libtensorflow (or records
// where it is), the file layout it checks, and the manifest the loader reads (./locate.js).

const fs = require('fs');
const fsp = fs.promises;
const path = require('path');

const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST_NAME = 'manifest.json';
const MAIN_LIBRARIES = ['libtensorflow.so.2', 'libtensorflow_cc.so.2']; // official tarball, wheel
const FRAMEWORK_LIBRARY = 'libtensorflow_framework.so.2';
const C_API_HEADER = path.join('include', 'tensorflow', 'c', 'c_api.h');

/** The folder that holds lib/, include/ and manifest.json (HYDRA_TF_DEPS_DIR overrides it). */
function libtensorflowDir(packageRoot = PACKAGE_ROOT, env = process.env) {
  if (env.HYDRA_TF_DEPS_DIR) return path.resolve(env.HYDRA_TF_DEPS_DIR);
  return path.join(packageRoot, 'deps', 'libtensorflow');
}

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
  return (
    [manifest.library, manifest.framework].every((file) => file && fs.existsSync(file)) &&
    fs.existsSync(path.join(manifest.root || '', C_API_HEADER))
  );
}

/** Best guess of the TF version of a lib/ folder, from versioned names like libtensorflow.so.2.15.0. */
function versionFromLibDir(root) {
  let names;
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

async function writeManifest(dir, manifest) {
  await fsp.writeFile(path.join(dir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
}

module.exports = {
  PACKAGE_ROOT,
  MANIFEST_NAME,
  MAIN_LIBRARIES,
  FRAMEWORK_LIBRARY,
  C_API_HEADER,
  libtensorflowDir,
  readManifest,
  inspectLayout,
  movedLayout,
  manifestFilesExist,
  versionFromLibDir,
  makeManifest,
  writeManifest,
};
