#!/usr/bin/env node
// `npm install` entry: make libtensorflow available (scripts/libtensorflow.js: the platform package
// @hydra-tf/libtensorflow-<platform>-<arch> when npm installed it, else the wheel), then
// build the addon unless a prebuilt or up-to-date one is there (scripts/build-native.js).
// The TypeScript build runs in `prepare`.
'use strict';

const { ensureLibtensorflow } = require('./libtensorflow');
const { build } = require('./build-native');
const { readFlags } = require('./args');

async function main() {
  // `hydra-tf setup --force` passes its flags here: fetch libtensorflow and rebuild the addon even when present.
  const { force } = readFlags('hydra-tf setup', { force: false });
  const started = Date.now();
  const result = await ensureLibtensorflow({ force, log: (line) => console.log(line) });
  console.log(result.message);
  build({ force });
  console.log(`hydra-tf: install step done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
