#!/usr/bin/env node
// Kernel fuzz: builds registered ops on random small inputs and attributes through hydra-tf's public
// Graph/Session API and runs them, in CHILD processes, recording the cases that kill the process
// (a CHECK failure, a segfault: what no status can report). Seeded and time-bounded.
//
//   node scripts/kernel-fuzz.js [--seed N] [--budget-s S] [--cases K] [--ops A,B,...] [--sample N] [--json FILE]
//
// --ops limits the run to those op types; --sample N picks N op types at random (seeded) from the
// registry (the known crashers of lib/core/kernel-guards.ts are always included); no --ops nor --sample:
// every registered op. Inputs are Placeholders, half declaring their shape (written dtype[dims]) and
// half not (dtype[dims]?, seen by the kernel only). Prints one line per crash and a JSON summary (also to --json FILE).
// Exit status: 0 when no case crashed, 1 when one did, 2 when the fuzz itself could not run.
// lib/ is loaded from source (test/support/register-ts.js); the parent reads the op list, the children run.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { readFlags } = require('./args');

const root = path.resolve(__dirname, '..');
const core = path.join(root, 'lib', 'core');
// The children load lib/ from source (transpiled on require), so the fuzz tests the code as it is.
const registerTs = path.join(root, 'test', 'support', 'register-ts.js');

// Ops that end the process by design (Abort exits with its exit_without_error flag).
const EXITS_BY_DESIGN = new Set(['Abort']);
// A case with no progress for this long is a hang (a queue waiting forever, a collective waiting
// for peers); the child is killed and the fuzz moves on. Hangs are reported, they are not crashes.
const HANG_MS = 8000;
// Loading libtensorflow and transpiling lib/core on a busy machine can take a while.
const STARTUP_MS = 120000;

// ---------------------------------------------------------------------------------------------
// Child: builds and runs cases, writing "CASE <json>" before each run so that the parent knows
// which case was running when the process died.

/** mulberry32: a small seeded generator, so that a case can be replayed from its seed. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FEEDABLE = [
  'float32',
  'float64',
  'float16',
  'bfloat16',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'bool',
  'string',
  'complex64',
  'complex128',
];

function childMain(options) {
  require(registerTs);
  const lib = require(core);
  const { Graph, Session, Tensor, dtypeName } = lib;
  const defs = lib.opRegistry();
  const say = (line) => fs.writeSync(1, `${line}\n`);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hydra-kernel-fuzz-'));
  // File-writing ops given random names write into a scratch directory, never into the project.
  process.chdir(workDir);
  say('READY');
  for (const name of options.ops) {
    const def = defs.get(name);
    if (!def) continue;
    for (let k = 0; k < options.cases; k++) {
      const seed = (options.seed * 1000003 + hash(name) * 31 + k) >>> 0;
      const random = generator(seed);
      let made;
      try {
        made = makeCase(def, random, dtypeName);
      } catch (error) {
        say(`SKIP ${JSON.stringify({ op: name, why: error.message })}`);
        break;
      }
      say(`CASE ${JSON.stringify({ op: name, seed, inputs: made.describe, attrs: made.attrs })}`);
      const outcome = runCase(def, made, { Graph, Session, Tensor }, say);
      say(`DONE ${JSON.stringify({ op: name, outcome })}`);
    }
  }
  fs.rmSync(workDir, { recursive: true, force: true });
  say('END');
}

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function pick(random, items) {
  return items[Math.floor(random() * items.length)];
}

function allowedTypes(attr, dtypeName) {
  const codes = attr?.allowedValues?.list?.type ?? [];
  const names = [];
  for (const code of codes) {
    try {
      names.push(dtypeName(code));
    } catch {
      // quantized and other dtypes JS cannot make
    }
  }
  const feedable = (codes.length ? names : FEEDABLE).filter((d) => FEEDABLE.includes(d));
  if (feedable.length === 0) throw new Error(`type attribute ${attr?.name} allows no dtype JS can make`);
  return feedable;
}

/** Ranks 0..4 (scalars and matrices most often), dimensions 1..3 with an occasional 0. */
function randomShape(random) {
  const rank = pick(random, [0, 0, 1, 1, 2, 2, 3, 4]);
  return Array.from({ length: rank }, () => (random() < 0.08 ? 0 : 1 + Math.floor(random() * 3)));
}

function randomValues(random, dtype, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    if (dtype === 'bool') out.push(random() < 0.5);
    else if (dtype === 'string') out.push(pick(random, ['', 'a', 'ab', '0', '1.5', 'x y']));
    else if (dtype === 'int64' || dtype === 'uint64')
      out.push(BigInt(Math.floor(random() * (dtype === 'uint64' ? 5 : 7)) - (dtype === 'uint64' ? 0 : 2)));
    else if (/int/.test(dtype)) out.push(Math.floor(random() * (dtype.startsWith('u') ? 5 : 7)) - (dtype.startsWith('u') ? 0 : 2));
    else if (random() < 0.05) out.push(pick(random, [NaN, Infinity, -Infinity]));
    else out.push(Math.round((random() * 8 - 4) * 4) / 4);
  }
  return out;
}

/** A random value for an attribute without a default (or, sometimes, one with a default). */
function randomAttr(attr, random, dtypeName) {
  const minimum = Number(attr.minimum ?? 0);
  const length = Math.max(minimum, Math.floor(random() * 4));
  const strings = (attr.allowedValues?.list?.s ?? []).map((s) => Buffer.from(s).toString('utf8'));
  switch (attr.type) {
    case 'type':
      return pick(random, allowedTypes(attr, dtypeName));
    case 'list(type)':
      return Array.from({ length: Math.max(length, 1) }, () => pick(random, allowedTypes(attr, dtypeName)));
    case 'int':
      return Math.max(minimum, Math.floor(random() * 5) - 1);
    case 'list(int)':
      return Array.from({ length: pick(random, [length, 4, 2]) }, () => Math.floor(random() * 4) - (random() < 0.1 ? 1 : 0));
    case 'float':
      return pick(random, [0, 0.5, 1, 1.5, -1]);
    case 'list(float)':
      return Array.from({ length }, () => pick(random, [0.5, 1, 1.5, 2]));
    case 'bool':
      return random() < 0.5;
    case 'list(bool)':
      return Array.from({ length }, () => random() < 0.5);
    case 'string':
      if (strings.length) return pick(random, strings);
      if (attr.name === 'equation') return pick(random, ['ij->ji', 'ij,jk->ik', 'i,i->']);
      return pick(random, ['', 'a', 'NHWC', 'NCHW']);
    case 'list(string)':
      return Array.from({ length }, () => (strings.length ? pick(random, strings) : pick(random, ['a', ''])));
    case 'shape':
      return random() < 0.5 ? null : randomShape(random);
    case 'list(shape)':
      return Array.from({ length }, () => (random() < 0.5 ? null : randomShape(random)));
    default:
      throw new Error(`needs a ${attr.type} attribute (${attr.name})`);
  }
}

/** Chooses attributes and input values for one case of `def`. */
function makeCase(def, random, dtypeName) {
  if (EXITS_BY_DESIGN.has(def.name)) throw new Error('ends the process by design');
  if (def.deprecation) throw new Error('deprecated: graphs of the current version refuse it');
  const inputArgs = def.inputArg ?? [];
  if (inputArgs.some((arg) => arg.isRef)) throw new Error('takes reference-typed inputs');
  const attrDefs = new Map((def.attr ?? []).map((attr) => [attr.name, attr]));
  const chosen = {};
  const inferred = new Set();
  for (const arg of inputArgs) {
    if (arg.typeAttr) inferred.add(arg.typeAttr);
    if (arg.numberAttr) inferred.add(arg.numberAttr);
    if (arg.typeListAttr) inferred.add(arg.typeListAttr);
  }
  const typeOf = (attrName) => (chosen[attrName] ??= pick(random, allowedTypes(attrDefs.get(attrName), dtypeName)));
  const lengthOf = (attrName) =>
    (chosen[attrName] ??= Math.max(Number(attrDefs.get(attrName)?.minimum ?? 0), 1 + Math.floor(random() * 3)));
  const inputs = [];
  for (const arg of inputArgs) {
    let dtypes;
    if (arg.typeListAttr) {
      const attr = attrDefs.get(arg.typeListAttr);
      const length = Math.max(Number(attr?.minimum ?? 0), 1 + Math.floor(random() * 2));
      dtypes = chosen[arg.typeListAttr] ??= Array.from({ length }, () => pick(random, allowedTypes(attr, dtypeName)));
    } else {
      let element;
      if (arg.type) {
        element = dtypeName(arg.type);
        if (!FEEDABLE.includes(element)) throw new Error(`input ${arg.name} is ${element}, which JS cannot make`);
      } else {
        element = typeOf(arg.typeAttr);
      }
      dtypes = arg.numberAttr ? Array.from({ length: lengthOf(arg.numberAttr) }, () => element) : [element];
    }
    const list = Boolean(arg.numberAttr || arg.typeListAttr);
    // Half the inputs declare their shape, so that shape functions see known shapes too.
    inputs.push({ list, items: dtypes.map((dtype) => ({ dtype, shape: randomShape(random), declared: random() < 0.5 })) });
  }
  const attrs = {};
  for (const attr of def.attr ?? []) {
    if (inferred.has(attr.name)) continue;
    // Attributes with defaults are varied one time in four: defaults are what users mostly build.
    if (attr.defaultValue !== undefined && random() < 0.75) continue;
    attrs[attr.name] = randomAttr(attr, random, dtypeName);
  }
  for (const input of inputs) {
    for (const item of input.items) {
      const count = item.shape.reduce((a, b) => a * b, 1) * (item.dtype.startsWith('complex') ? 2 : 1);
      item.values = randomValues(
        random,
        item.dtype.startsWith('complex') ? (item.dtype === 'complex64' ? 'float32' : 'float64') : item.dtype,
        count,
      );
    }
  }
  const describe = inputs.map((input) => {
    const items = input.items.map((item) => `${item.dtype}[${item.shape.join(',')}]${item.declared ? '' : '?'}`);
    return input.list ? `(${items.join(', ')})` : items[0];
  });
  return { inputs, attrs, describe };
}

/** Builds the case on placeholders (shapes unknown at build time, as for fed data) and runs it. */
function runCase(def, made, { Graph, Session, Tensor }, say) {
  const graph = new Graph();
  const fed = [];
  let session;
  try {
    const inputs = made.inputs.map((input, i) => {
      const outputs = input.items.map((item, j) => {
        const attrs = item.declared ? { dtype: item.dtype, shape: item.shape } : { dtype: item.dtype };
        const x = graph.addOperation({ type: 'Placeholder', name: `x${i}_${j}`, attrs }).output(0);
        const data = item.dtype.startsWith('complex')
          ? new (item.dtype === 'complex64' ? Float32Array : Float64Array)(item.values)
          : item.values;
        fed.push([x, Tensor.from(data, { dtype: item.dtype, shape: item.shape })]);
        return x;
      });
      return input.list ? outputs : outputs[0];
    });
    let op;
    try {
      op = graph.addOperation({ type: def.name, name: 'fuzzed', inputs, attrs: made.attrs });
    } catch (error) {
      return `refused at build: ${error.code ?? error.name}`;
    }
    say('BUILT');
    // A blocking op (an empty queue, a barrier) fails after the timeout instead of hanging.
    session = new Session(graph, { intraOpThreads: 1, interOpThreads: 1, operationTimeoutMs: 2000 });
    try {
      for (const t of session.runSync(fed, op.outputs, [op])) t.dispose();
      return 'ran';
    } catch (error) {
      return `refused at run: ${error.code ?? error.name}`;
    }
  } catch (error) {
    return `harness: ${error.message.split('\n')[0]}`;
  } finally {
    for (const [, t] of fed) t.dispose();
    if (session) session.dispose();
    graph.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
// Parent: runs children over the op list, restarting after each crash at the next op.

function runChild(ops, options) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [__filename, '--child', JSON.stringify({ ops, seed: options.seed, cases: options.cases })], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2' },
    });
    let buffer = '';
    let stderr = '';
    const events = [];
    let timer = null;
    const arm = (ms) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        events.push({ kind: 'HANG' });
        child.kill('SIGKILL');
      }, ms);
    };
    arm(STARTUP_MS);
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const space = line.indexOf(' ');
        const kind = space < 0 ? line : line.slice(0, space);
        events.push({ kind, data: space < 0 ? null : JSON.parse(line.slice(space + 1)) });
        arm(HANG_MS);
      }
    });
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, events, stderr });
    });
  });
}

/** The line of a CHECK failure or fatal message in TensorFlow's log, if any. */
function fatalLine(stderr) {
  const lines = stderr.split('\n').filter((line) => /Check failed|F\d{4} |FATAL|terminate called|Segmentation/.test(line));
  return (lines[lines.length - 1] ?? '').replace(/^.*?\] /, '').slice(0, 300);
}

async function parentMain(options) {
  const started = Date.now();
  const deadline = started + options.budgetS * 1000;
  const summary = {
    seed: options.seed,
    casesPerOp: options.cases,
    opsPlanned: options.ops.length,
    opsDone: 0,
    cases: 0,
    outcomes: {},
    crashes: [],
    hangs: [],
    skipped: {},
  };
  let next = 0;
  let retries = 0;
  while (next < options.ops.length && Date.now() < deadline) {
    // Small batches: a child that dies costs at most a batch's worth of restart.
    const batch = options.ops.slice(next, next + 200);
    const result = await runChild(batch, options);
    let current = null;
    let lastDoneOp = null;
    for (const event of result.events) {
      if (event.kind === 'CASE') {
        current = { ...event.data, phase: 'build' };
        summary.cases += 1;
      } else if (event.kind === 'BUILT') {
        current.phase = 'run';
      } else if (event.kind === 'DONE') {
        const key = event.data.outcome.replace(/:.*$/, '');
        summary.outcomes[key] = (summary.outcomes[key] ?? 0) + 1;
        current = null;
        lastDoneOp = event.data.op;
      } else if (event.kind === 'SKIP') {
        summary.skipped[event.data.op] = event.data.why;
        lastDoneOp = event.data.op;
      }
    }
    const ended = result.events.some((e) => e.kind === 'END');
    if (ended && result.code === 0) {
      next += batch.length;
      summary.opsDone += batch.length;
      continue;
    }
    const hang = result.events.some((e) => e.kind === 'HANG');
    if (current) {
      const record = { ...current, signal: result.signal, code: result.code, message: fatalLine(result.stderr) };
      if (hang) summary.hangs.push(record);
      else {
        summary.crashes.push(record);
        console.log(
          `CRASH at ${record.phase} ${record.op} inputs ${record.inputs.join(' ')} attrs ${JSON.stringify(record.attrs)} seed ${record.seed}: ${record.signal ?? `exit ${record.code}`} ${record.message}`,
        );
      }
      const at = batch.indexOf(current.op);
      next += at + 1;
      summary.opsDone += at + 1;
    } else if (lastDoneOp === null && retries++ < 2) {
      // Died before its first case (the library failed to load): try the batch again, twice.
      console.error(
        `fuzz child died before its first case (${result.signal ?? `exit ${result.code}`}); retrying:\n${result.stderr.slice(-800)}`,
      );
    } else {
      // Died outside a case (loading the library, a harness bug): the fuzz cannot judge the ops.
      const at = lastDoneOp ? batch.indexOf(lastDoneOp) + 1 : 0;
      console.error(
        `fuzz child died outside a case (${result.signal ?? `exit ${result.code}`}) after ${lastDoneOp ?? 'no op'}:\n${result.stderr.slice(-1500)}`,
      );
      summary.harnessFailure = `child died outside a case after ${lastDoneOp ?? 'no op'}`;
      next += Math.max(at, 1);
      summary.opsDone += Math.max(at, 1);
      if (at === 0) break;
    }
  }
  summary.seconds = Math.round((Date.now() - started) / 1000);
  summary.complete = next >= options.ops.length;
  return summary;
}

function opsToFuzz(values) {
  require(registerTs);
  const lib = require(core);
  const all = [...lib.opRegistry().keys()].sort();
  if (values.ops) return values.ops;
  if (!values.sample) return all;
  const { KERNEL_GUARDS } = require(path.join(core, 'kernel-guards'));
  const random = generator(values.seed);
  const shuffled = [...all];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const known = Object.keys(KERNEL_GUARDS);
  return [...new Set([...known, ...shuffled.slice(0, values.sample)])];
}

async function main() {
  const values = readFlags(
    'kernel-fuzz',
    { seed: 1, budgetS: 600, cases: 4, ops: null, sample: null, json: null, child: null },
    {
      types: { ops: 'list', sample: 'integer', json: 'string', child: 'string', budgetS: 'number' },
      min: { seed: 0, budgetS: 1, cases: 1, sample: 1 },
    },
  );
  // --child JSON is how the parent starts each case's process.
  if (values.child !== null) return childMain(JSON.parse(values.child));
  const options = { seed: values.seed, budgetS: values.budgetS, cases: values.cases, ops: opsToFuzz(values) };
  const summary = await parentMain(options);
  const text = JSON.stringify(summary, null, 2);
  if (values.json) fs.writeFileSync(values.json, text);
  console.log(text);
  process.exitCode = summary.harnessFailure ? 2 : summary.crashes.length ? 1 : 0;
}

main();
