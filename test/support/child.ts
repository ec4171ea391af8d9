// Runs code that might kill its process (a TensorFlow CHECK failure, a segfault) in a child Node
// process, so that a test observes the crash instead of dying of it. The child loads lib/ from source.
import { spawnSync } from 'child_process';
import * as path from 'path';

export const repoRoot = path.resolve(__dirname, '..', '..');
const registerTs = path.join(__dirname, 'register-ts.js');

export interface ChildOutcome {
  /** Exit status, null when a signal ended the child. */
  status: number | null;
  signal: NodeJS.Signals | null;
  /** What the child printed with `report(value)` (JSON-decoded), or undefined. */
  report: unknown;
  stderr: string;
}

/**
 * Runs `body` (JavaScript, an async function body) in a fresh Node process with `core` (lib/core),
 * `proto` (lib/proto), `lib(folder)` (requires lib/<folder>), `describe(error)` and `report(value)` in scope; `report` prints one JSON value for the test to read.
 */
export function runInChild(body: string, timeoutMs = 120000): ChildOutcome {
  const script = `
    const path = require('path');
    const core = require(${JSON.stringify(path.join(repoRoot, 'lib', 'core'))});
    const proto = require(${JSON.stringify(path.join(repoRoot, 'lib', 'proto'))});
    // The whole library only on demand: most children need core alone, and start faster without it.
    const lib = (folder) => require(path.join(${JSON.stringify(path.join(repoRoot, 'lib'))}, folder));
    const report = (value) => require('fs').writeSync(1, 'REPORT ' + JSON.stringify(value, (k, v) => typeof v === 'bigint' ? v.toString() : v) + '\\n');
    const describe = (error) => ({ name: error && error.name, code: error && error.code, message: String(error && error.message) });
    (async () => { ${body} })().catch((error) => { report({ uncaught: describe(error) }); process.exitCode = 3; });
  `;
  const result = spawnSync(process.execPath, ['-r', registerTs, '-e', script], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2' },
    maxBuffer: 64 * 2 ** 20,
  });
  const line = (result.stdout ?? '').split('\n').find((l) => l.startsWith('REPORT '));
  return {
    status: result.status,
    signal: result.signal,
    report: line ? JSON.parse(line.slice(7)) : undefined,
    stderr: (result.stderr ?? '').slice(-3000),
  };
}

/** Expects the child to have exited normally; returns its report. */
export function survived(outcome: ChildOutcome): unknown {
  if (outcome.signal !== null || outcome.status !== 0) {
    throw new Error(
      `the child process died (${outcome.signal ?? `exit ${outcome.status}`}); report ${JSON.stringify(outcome.report)}; stderr:\n${outcome.stderr}`,
    );
  }
  return outcome.report;
}
