#!/usr/bin/env node
// hydra-tf command line: `hydra-tf doctor [--json]`, `hydra-tf inspect <dir> [--tags a,b] [--json]`,
// `hydra-tf server [--cluster ... --job ... --task ...]`, `hydra-tf launch --workers N [--ps M] -- cmd`.
'use strict';

const path = require('path');
const fs = require('fs');
const { parseArgs } = require('util');

/**
 * One command's flags through node:util.parseArgs (strict: an unknown option is an error). Returns
 * { values, positionals }; throws an Error whose message says what is wrong with the command line
 * (the caller adds the command's usage).
 */
function commandFlags(args, options, { positionals = 0 } = {}) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: positionals > 0 });
  } catch (error) {
    const name = (/'(-[^' ]*)/.exec(error.message) || [])[1];
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new Error(`unknown option ${name}`, { cause: error });
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new Error(/does not take/.test(error.message) ? `${name} takes no value` : `${name} needs a value`, { cause: error });
    if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new Error(`unexpected argument ${(/'(.*)'/.exec(error.message) || [])[1]}`, { cause: error });
    throw error;
  }
  if (parsed.positionals.length > positionals) throw new Error(`unexpected argument ${parsed.positionals[positionals]}`);
  return parsed;
}

function loadLibrary() {
  const dist = path.join(__dirname, '..', 'dist', 'lib', 'index.js');
  if (!fs.existsSync(dist)) {
    console.error('hydra-tf: the TypeScript build is missing (dist/). Run `npm install` or `npm run build`.');
    process.exit(1);
  }
  return require(dist);
}

function doctor(args) {
  let json;
  try {
    json = Boolean(commandFlags(args, { json: { type: 'boolean' } }).values.json);
  } catch (error) {
    console.error(`hydra-tf doctor: ${error.message}\nusage: hydra-tf doctor [--json]`);
    process.exitCode = 1;
    return;
  }
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
  // Known before parsing, so that a bad command line is reported in the form asked for.
  const json = args.includes('--json');
  const report = (code, message) => {
    if (json) console.log(JSON.stringify({ error: { code, message } }, null, 2));
    else console.error(`hydra-tf inspect: ${message}`);
    process.exitCode = 1;
  };
  const usage = 'usage: hydra-tf inspect <saved-model-dir> [--tags serve,gpu] [--json]';
  let flags;
  try {
    flags = commandFlags(args, { json: { type: 'boolean' }, tags: { type: 'string' } }, { positionals: 1 });
  } catch (error) {
    report('INVALID_ARGUMENT', `${error.message}\n${usage}`);
    return;
  }
  if (flags.positionals.length !== 1) {
    report('INVALID_ARGUMENT', usage);
    return;
  }
  const tags = flags.values.tags === undefined ? undefined : flags.values.tags.split(',').filter(Boolean);
  const hydra = loadLibrary();
  let info;
  try {
    info = hydra.savedModel.inspect(flags.positionals[0], tags ? { tags } : {});
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
    if (eq <= 0)
      throw Object.assign(new Error(`--cluster "${value}" must be JSON or job=host:port,host:port`), { code: 'INVALID_ARGUMENT' });
    cluster[text.slice(0, eq)] = text
      .slice(eq + 1)
      .split(',')
      .filter(Boolean);
  }
  return cluster;
}

// `hydra-tf server`: serves one task of a cluster (TF_CONFIG, or --cluster/--job/--task) until
// SIGTERM or SIGINT. TensorFlow's gRPC server has no clean shutdown, so a signal ends the process.
function server(args) {
  const fail = (message) => {
    console.error(`hydra-tf server: ${message}`);
    process.exitCode = 1;
  };
  let flags;
  try {
    flags = commandFlags(args, {
      cluster: { type: 'string', multiple: true },
      job: { type: 'string' },
      task: { type: 'string' },
      protocol: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
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
      instance = new hydra.Server({
        cluster: parseClusterFlags(flags.cluster),
        jobName: flags.job,
        taskIndex: flags.task === undefined ? 0 : Number(flags.task),
        ...extra,
      });
    } else {
      if (flags.job !== undefined || flags.task !== undefined)
        throw new Error('--job and --task need --cluster (or give everything in TF_CONFIG)');
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

// `hydra-tf launch --workers N [--ps M] -- cmd args...`: a local cluster for development and CI.
// Every task gets a free loopback port and its own TF_CONFIG; workers run the command, ps tasks
// run `hydra-tf server`. Output lines are prefixed with the task. Ends when every worker has
// exited (the ps tasks are then terminated); a worker failing terminates the others.
async function launch(args) {
  const { spawn } = require('child_process');
  const net = require('net');
  const readline = require('readline');
  const dash = args.indexOf('--');
  const own = dash < 0 ? args : args.slice(0, dash);
  const command = dash < 0 ? [] : args.slice(dash + 1);
  const fail = (message) => {
    console.error(`hydra-tf launch: ${message}\n${LAUNCH_USAGE}`);
    process.exitCode = 1;
  };
  let flags;
  try {
    flags = commandFlags(own, { workers: { type: 'string' }, ps: { type: 'string' } }).values;
  } catch (error) {
    fail(error.message);
    return;
  }
  const count = (value, name, min) => {
    if (value === undefined) return min;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > 64)
      throw new Error(`--${name} must be an integer from ${min} to 64, got "${value}"`);
    return Number(value);
  };
  let workers;
  let ps;
  try {
    workers = count(flags.workers, 'workers', 1);
    ps = count(flags.ps, 'ps', 0);
  } catch (error) {
    fail(error.message);
    return;
  }
  if (command.length === 0) {
    fail('no command: give it after --');
    return;
  }
  // All probes open at once, so the ports are distinct; closed just before the tasks bind them.
  const probes = await Promise.all(
    Array.from(
      { length: workers + ps },
      () =>
        new Promise((resolve, reject) => {
          const probe = net.createServer();
          probe.on('error', reject);
          probe.listen(0, '127.0.0.1', () => resolve(probe));
        }),
    ),
  );
  const ports = probes.map((probe) => probe.address().port);
  await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(resolve))));
  const cluster = { worker: ports.slice(0, workers).map((port) => `127.0.0.1:${port}`) };
  if (ps > 0) cluster.ps = ports.slice(workers).map((port) => `127.0.0.1:${port}`);
  const tasks = [
    ...cluster.worker.map((_, index) => ({ type: 'worker', index, argv: command })),
    ...(cluster.ps || []).map((_, index) => ({ type: 'ps', index, argv: [process.execPath, __filename, 'server'] })),
  ];
  console.log(`hydra-tf launch: cluster ${JSON.stringify(cluster)}`);
  let exitCode = 0;
  let stopping = false;
  const running = new Set();
  const stopAll = () => {
    stopping = true;
    for (const task of running) task.child.kill('SIGTERM');
  };
  const ended = tasks.map(
    (task) =>
      new Promise((resolve) => {
        const label = `[${task.type} ${task.index}]`;
        const env = { ...process.env, TF_CONFIG: JSON.stringify({ cluster, task: { type: task.type, index: task.index } }) };
        task.child = spawn(task.argv[0], task.argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
        running.add(task);
        readline.createInterface({ input: task.child.stdout }).on('line', (line) => process.stdout.write(`${label} ${line}\n`));
        readline.createInterface({ input: task.child.stderr }).on('line', (line) => process.stderr.write(`${label} ${line}\n`));
        const finish = (code) => {
          running.delete(task);
          if (task.type === 'worker' && code !== 0 && !stopping) {
            console.error(`hydra-tf launch: ${task.type} ${task.index} exited with ${code}; stopping the other tasks`);
            if (exitCode === 0) exitCode = code;
            stopAll();
          }
          if (task.type === 'worker' && [...running].every((t) => t.type !== 'worker')) stopAll();
          resolve();
        };
        task.child.on('error', (error) => {
          console.error(`hydra-tf launch: ${label} could not start ${task.argv[0]}: ${error.message}`);
          finish(127);
        });
        task.child.on('exit', (code, signal) => finish(code !== null ? code : 128 + (require('os').constants.signals[signal] || 0)));
      }),
  );
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (exitCode === 0) exitCode = 128 + require('os').constants.signals[signal];
      stopAll();
    });
  }
  await Promise.all(ended);
  process.exitCode = exitCode;
}

const LAUNCH_USAGE = 'usage: hydra-tf launch --workers N [--ps M] -- <command> [args...]';

const COMMANDS = { doctor, inspect, setup, server, launch };

function main(argv) {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || !COMMANDS[command]) {
    console.log(
      'usage: hydra-tf <command> [options]\n\ncommands:\n' +
        '  doctor [--json]                        TensorFlow version, library path and devices\n' +
        '  inspect <dir> [--tags a,b] [--json]    a SavedModel: tags, signatures, ops, TensorFlow version\n' +
        '  setup [--force]                        fetch libtensorflow and build the addon (the npm install step)\n' +
        '  server [--cluster j=h:p,.. --job j --task i]  serve one task of a cluster (default: TF_CONFIG)\n' +
        '  launch --workers N [--ps M] -- cmd     a local cluster: cmd per worker with its TF_CONFIG',
    );
    process.exitCode = command && !['--help', '-h'].includes(command) ? 1 : 0;
    return;
  }
  Promise.resolve(COMMANDS[command](args)).catch((error) => {
    console.error(`hydra-tf ${command}: ${error.message}`);
    process.exitCode = 1;
  });
}

main(process.argv.slice(2));
