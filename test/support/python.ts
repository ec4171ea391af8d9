// Running the Python fixture environment (<repo>/.venv: tensorflow-cpu 2.21, keras 3, numpy, made by
// scripts/setup-python.sh) from the tests. A missing environment is a failure with the command that
// creates it, never a skip.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const REPO = path.resolve(__dirname, '..', '..');
/** test/fixtures/python: the generators and helpers the tests run. */
export const PY_DIR = path.join(REPO, 'test', 'fixtures', 'python');

/**
 * The environment Python runs with: TensorFlow's C++ logs quiet, no .pyc files in the tree, no GPU,
 * Keras on TensorFlow. Without LD_PRELOAD: under the sanitizer run (scripts/test.js) libasan is
 * preloaded for Node's sake, and Python's TensorFlow, not built for it, would report errors of its own.
 */
export function pythonEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TF_CPP_MIN_LOG_LEVEL: '3',
    PYTHONDONTWRITEBYTECODE: '1',
    CUDA_VISIBLE_DEVICES: '',
    KERAS_BACKEND: 'tensorflow',
    ...extra,
  };
  delete env.LD_PRELOAD;
  return env;
}

/** <repo>/.venv/bin/python; throws, saying what `purpose` needs it for and how to create it, when it is missing. */
export function venvPython(purpose = 'These tests compare hydra-tf with TensorFlow 2.21 in Python.'): string {
  const python = path.join(REPO, '.venv', 'bin', 'python');
  if (!fs.existsSync(python)) {
    throw new Error(
      `The Python fixture environment is missing: ${python} does not exist.\n${purpose} Create it with:\n  bash scripts/setup-python.sh      (npm test does this for you)`,
    );
  }
  return python;
}

/** test/fixtures/python/<script>. */
export function pythonScript(script: string): string {
  return path.join(PY_DIR, script);
}

export interface PythonOptions {
  /** Written to the process's stdin. */
  input?: string;
  /** Variables added to pythonEnv(). */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Said in the error when the environment is missing (see venvPython). */
  purpose?: string;
}

function describeArgs(args: string[]): string {
  return args[0] === '-c' ? 'python -c' : `python ${path.relative(REPO, args[0])}${args.length > 1 ? ' ...' : ''}`;
}

/** Runs the venv's python with `args` (a script path and its arguments, or -c CODE ...); returns stdout, throws with stderr's tail if it fails. */
export function runPythonSync(args: string[], options: PythonOptions = {}): string {
  const result = spawnSync(venvPython(options.purpose), args, {
    input: options.input,
    env: pythonEnv(options.env),
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 300_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const how = result.error ? result.error.message : result.signal ? `signal ${result.signal}` : `exit ${result.status}`;
    throw new Error(`${describeArgs(args)} failed (${how}):\n${(result.stderr ?? '').slice(-4000)}`);
  }
  return result.stdout;
}

/** runPythonSync without blocking the event loop (TensorFlow takes seconds to import). */
export function runPythonAsync(args: string[], options: PythonOptions = {}): Promise<string> {
  const python = venvPython(options.purpose);
  return new Promise((resolve, reject) => {
    const child = spawn(python, args, {
      env: pythonEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 300_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else
        reject(
          new Error(
            `${describeArgs(args)} failed (${signal ? `signal ${signal}` : `exit ${code}`}):\n${Buffer.concat(err).toString('utf8').slice(-4000)}`,
          ),
        );
    });
    child.stdin.end(options.input ?? '');
  });
}

/** The last line of a script's stdout as JSON (TensorFlow may print before the result). */
export function lastJsonLine<T>(stdout: string): T {
  return JSON.parse(stdout.trim().split('\n').pop() as string) as T;
}

/** Runs test/fixtures/python/<script> with `request` as JSON on stdin; returns the last stdout line parsed as JSON. */
export function runPythonJson<T>(script: string, request: unknown, options: Omit<PythonOptions, 'input'> = {}): T {
  return lastJsonLine<T>(runPythonSync([pythonScript(script)], { ...options, input: JSON.stringify(request) }));
}

/** Runs a console script of the venv (e.g. saved_model_cli) with `args`; returns its status and output (the caller judges them). */
export function runVenvTool(
  tool: string,
  args: string[],
  options: Omit<PythonOptions, 'input'> = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(path.join(path.dirname(venvPython(options.purpose)), tool), args, {
    env: pythonEnv(options.env),
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
