#!/usr/bin/env node
// Compiles the examples (and the library they import) into dist/ so that concurrent runs are safe:
// `hydra-tf launch --workers N -- npm run demo` starts this in every worker at once, and a worker
// already running the demo may still be loading modules while another compiles. tsc writes files
// in place (truncate, then write), so a reader could see half a file. Here tsc writes to a fresh
// directory beside the output and each file is then renamed into place: a rename replaces a file
// atomically, so a reader sees the old complete file or the new one, never a part. Concurrent runs
// need no lock (each has its own directory) and end with the same complete build.
// Usage: node scripts/build-examples.js [--out DIR]   (default: the tsconfig's dist/)
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { readFlags } = require('./args');

const root = path.resolve(__dirname, '..');

function moveTree(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) moveTree(source, target);
    else fs.renameSync(source, target);
  }
}

function main() {
  const out = path.resolve(readFlags('build-examples', { out: path.join(root, 'dist') }).out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Beside the output, so that the renames stay on one file system (atomic).
  const staging = fs.mkdtempSync(path.join(path.dirname(out), `.${path.basename(out)}-build-`));
  try {
    const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
    const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'examples', 'tsconfig.json'), '--outDir', staging], { stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`build-examples: tsc failed (${result.status ?? result.signal}); ${out} left as it was`);
      return result.status || 1;
    }
    moveTree(staging, out);
    return 0;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

process.exitCode = main();
