#!/usr/bin/env node
// Builds the native addon with node-gyp unless a usable binary is already there:
// a prebuilt one in prebuilds/<platform>-<arch>/ (made by prebuildify), or a
// build/Release/hydra_tf.node newer than every file in native/.
// `--force` always rebuilds. No network is needed when Node's own headers are
// installed next to the node binary (they are passed to node-gyp as --nodedir).
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { readFlags } = require('./args');

const root = path.resolve(__dirname, '..');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

function prebuiltBinary() {
  const dir = path.join(root, 'prebuilds', `${process.platform}-${process.arch}`);
  if (!fs.existsSync(dir)) return null;
  const file = fs.readdirSync(dir).find((name) => name.endsWith('.node'));
  return file ? path.join(dir, file) : null;
}

function upToDateBuild() {
  const binary = path.join(root, 'build', 'Release', 'hydra_tf.node');
  if (!fs.existsSync(binary)) return null;
  const sources = Math.max(newestMtime(path.join(root, 'native')), fs.statSync(path.join(root, 'binding.gyp')).mtimeMs);
  return fs.statSync(binary).mtimeMs >= sources ? binary : null;
}

// node-gyp: the one npm runs scripts with, a local dependency, or npm's bundled copy.
function findNodeGyp() {
  const candidates = [];
  if (process.env.npm_config_node_gyp) candidates.push(process.env.npm_config_node_gyp);
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js', { paths: [root] }));
  } catch {
    // not installed locally
  }
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  candidates.push(path.join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push(path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates.find((candidate) => fs.existsSync(candidate)) || null;
}

// Node's headers installed with node itself (e.g. /usr/include/node): use them
// instead of letting node-gyp download a header tarball.
function localNodeDir() {
  if (process.env.npm_config_nodedir) return null;
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  return fs.existsSync(path.join(prefix, 'include', 'node', 'common.gypi')) ? prefix : null;
}

function build({ force = false } = {}) {
  if (!force) {
    const prebuilt = prebuiltBinary();
    if (prebuilt) {
      console.log(`hydra-tf: using prebuilt addon ${path.relative(root, prebuilt)}`);
      return;
    }
    const existing = upToDateBuild();
    if (existing) {
      console.log(`hydra-tf: addon is up to date (${path.relative(root, existing)})`);
      return;
    }
  }
  const nodeGyp = findNodeGyp();
  if (!nodeGyp) {
    throw new Error('hydra-tf: cannot find node-gyp to build the addon (install it with `npm install -g node-gyp`)');
  }
  const args = [nodeGyp, 'rebuild', `--jobs=${Math.max(1, require('os').cpus().length)}`];
  const nodedir = localNodeDir();
  if (nodedir) args.push(`--nodedir=${nodedir}`);
  console.log(`hydra-tf: building the addon (${['node', ...args.map((a) => path.basename(a))].join(' ')})`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`hydra-tf: node-gyp failed with exit code ${result.status}`);
}

module.exports = { build };

if (require.main === module) {
  try {
    build({ force: readFlags('build-native', { force: false }).force });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
