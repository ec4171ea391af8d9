#!/usr/bin/env node
// hydra-tf command line: `hydra-tf doctor [--json]`, `hydra-tf inspect <dir> [--tags a,b] [--json]`,
// `hydra-tf server [--cluster ... --job ... --task ...]`.
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
      libraryOrigin: location.origin || null,
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
  const origin = report.libraryOrigin ? `: ${report.libraryOrigin}` : '';
  console.log(`library    ${report.libraryPath} (from ${report.librarySource}${origin})`);
  console.log(`node       ${process.version} (${process.platform}-${process.arch})`);
  console.log('devices');
  for (const device of report.devices) {
    console.log(`  ${device.type.padEnd(4)} ${device.name}  ${(device.memoryBytes / 2 ** 20).toFixed(0)} MiB`);
  }
}

// `hydra-tf inspect <dir>`: a SavedModel's tags, signatures, op count and TensorFlow version, read
// from saved_model.pb without running anything (lib/saved-model/inspect.ts).
function inspect(args) {
  const json = args.includes('--json');
  const rest = args.filter((arg) => arg !== '--json');
  let tags;
  const tagsAt = rest.findIndex((arg) => arg === '--tags' || arg.startsWith('--tags='));
  if (tagsAt >= 0) {
    const value = rest[tagsAt].startsWith('--tags=') ? rest[tagsAt].slice('--tags='.length) : rest[tagsAt + 1];
    rest.splice(tagsAt, rest[tagsAt].startsWith('--tags=') ? 1 : 2);
    tags = (value || '').split(',').filter(Boolean);
  }
  const report = (code, message) => {
    if (json) console.log(JSON.stringify({ error: { code, message } }, null, 2));
    else console.error(`hydra-tf inspect: ${message}`);
    process.exitCode = 1;
  };
  if (rest.length !== 1 || rest[0].startsWith('--')) {
    report('INVALID_ARGUMENT', 'usage: hydra-tf inspect <saved-model-dir> [--tags serve,gpu] [--json]');
    return;
  }
  const hydra = loadLibrary();
  let info;
  try {
    info = hydra.savedModel.inspect(rest[0], tags ? { tags } : {});
  } catch (error) {
    report(error.code || 'UNKNOWN', error.message);
    return;
  }
  console.log(json ? JSON.stringify(info, null, 2) : hydra.savedModel.formatInfo(info));
}

/** Runs the install step (libtensorflow, addon) by hand: for installs whose scripts npm skipped. */
function setup(args) {
  const { spawnSync } = require('child_process');
  const script = path.join(__dirname, '..', 'scripts', 'install.js');
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
}

// `--cluster` values: a JSON object ({"worker": ["h:p", ...]}) or `job=h:p,h:p` (repeatable).
function parseClusterFlags(values) {
  const cluster = {};
  for (const value of values) {
    const text = value.trim();
    if (text.startsWith('{')) {
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw Object.assign(new Error(`--cluster is not valid JSON: ${error.message}`), { code: 'INVALID_ARGUMENT' });
      }
      Object.assign(cluster, parsed);
      continue;
    }
    const eq = text.indexOf('=');
    if (eq <= 0) throw Object.assign(new Error(`--cluster "${value}" must be JSON or job=host:port,host:port`), { code: 'INVALID_ARGUMENT' });
    cluster[text.slice(0, eq)] = text.slice(eq + 1).split(',').filter(Boolean);
  }
  return cluster;
}

// `hydra-tf server`: serves one task of a cluster (TF_CONFIG, or --cluster/--job/--task) until
// SIGTERM or SIGINT. TensorFlow's gRPC server has no clean shutdown, so a signal ends the process.
function server(args) {
  const { parseArgs } = require('util');
  const fail = (message) => {
    console.error(`hydra-tf server: ${message}`);
    process.exitCode = 1;
  };
  let flags;
  try {
    flags = parseArgs({
      args,
      options: {
        cluster: { type: 'string', multiple: true },
        job: { type: 'string' },
        task: { type: 'string' },
        protocol: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(`${error.message}\n${SERVER_USAGE}`);
    return;
  }
  if (flags.help) {
    console.log(SERVER_USAGE);
    return;
  }
  const hydra = loadLibrary();
  let instance;
  try {
    const extra = flags.protocol ? { protocol: flags.protocol } : {};
    if (flags.cluster) {
      if (flags.task !== undefined && !/^\d+$/.test(flags.task)) throw new Error(`--task must be an integer >= 0, got "${flags.task}"`);
      if (!flags.job) throw new Error('--job is required with --cluster');
      instance = new hydra.Server({ cluster: parseClusterFlags(flags.cluster), jobName: flags.job, taskIndex: flags.task === undefined ? 0 : Number(flags.task), ...extra });
    } else {
      if (flags.job !== undefined || flags.task !== undefined) throw new Error('--job and --task need --cluster (or give everything in TF_CONFIG)');
      instance = hydra.Server.fromTfConfig(process.env.TF_CONFIG, extra);
    }
    instance.start();
  } catch (error) {
    fail(error.message);
    return;
  }
  const stop = (signal) => {
    console.log(`hydra-tf server: ${signal}, exiting (${instance.device})`);
    process.exit(0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  console.log(`hydra-tf server: ${instance.device} serving at ${instance.target}`);
  instance.join().catch((error) => fail(error.message));
}

const SERVER_USAGE =
  'usage: hydra-tf server                                   (task and cluster from TF_CONFIG)\n' +
  '       hydra-tf server --cluster worker=h:p,h:p [--cluster ps=h:p] --job worker [--task 0] [--protocol grpc]\n' +
  '       (--cluster also takes JSON: \'{"worker": ["h:p", "h:p"]}\')';

const COMMANDS = { doctor, inspect, setup, server };

function main(argv) {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || !COMMANDS[command]) {
    console.log(
      'usage: hydra-tf <command> [options]\n\ncommands:\n' +
        '  doctor [--json]                        TensorFlow version, library path and devices\n' +
        '  inspect <dir> [--tags a,b] [--json]    a SavedModel: tags, signatures, ops, TensorFlow version\n' +
        '  setup [--force]                        fetch libtensorflow and build the addon (the npm install step)\n' +
        '  server [--cluster j=h:p,.. --job j --task i]  serve one task of a cluster (default: TF_CONFIG)',
    );
    process.exitCode = command && !['--help', '-h'].includes(command) ? 1 : 0;
    return;
  }
  COMMANDS[command](args);
}

main(process.argv.slice(2));
