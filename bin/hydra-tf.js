#!/usr/bin/env node
// hydra-tf command line: `hydra-tf doctor [--json]`.
'use strict';

const path = require('path');
const fs = require('fs');

function loadLibrary() {
  const dist = path.join(__dirname, '..', 'dist', 'lib', 'index.js');
  if (!fs.existsSync(dist)) {
    console.error('hydra-tf: the TypeScript build is missing (dist/). Run `npm install` or `npm run build`.');
    process.exit(1);
  }
  return require(dist);
}

function doctor(args) {
  const json = args.includes('--json');
  const hydra = loadLibrary();
  let report;
  try {
    const location = hydra.libraryLocation();
    report = {
      tensorflowVersion: hydra.version(),
      libraryPath: location.path,
      librarySource: location.source,
      devices: hydra.listDevices().map(({ name, type, memoryBytes }) => ({ name, type, memoryBytes })),
    };
  } catch (error) {
    if (json) console.log(JSON.stringify({ error: { code: error.code || 'UNKNOWN', message: error.message } }, null, 2));
    else console.error(`hydra-tf doctor: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(`TensorFlow ${report.tensorflowVersion}`);
  console.log(`library    ${report.libraryPath} (from ${report.librarySource})`);
  console.log(`node       ${process.version} (${process.platform}-${process.arch})`);
  console.log('devices');
  for (const device of report.devices) {
    console.log(`  ${device.type.padEnd(4)} ${device.name}  ${(device.memoryBytes / 2 ** 20).toFixed(0)} MiB`);
  }
}

const COMMANDS = { doctor };

function main(argv) {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || !COMMANDS[command]) {
    console.log('usage: hydra-tf <command> [options]\n\ncommands:\n  doctor [--json]   TensorFlow version, library path and devices');
    process.exitCode = command && !['--help', '-h'].includes(command) ? 1 : 0;
    return;
  }
  COMMANDS[command](args);
}

main(process.argv.slice(2));
