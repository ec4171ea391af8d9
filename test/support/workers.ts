// Loopback clusters for the distributed-training tests: free ports, TF_CONFIG per task, worker
// processes (lib/ from source) whose output is collected, and cleanup that never leaves one behind.
import { ChildProcess, spawn } from 'child_process';
import * as net from 'net';
import * as path from 'path';

export const repoRoot = path.resolve(__dirname, '..', '..');
const registerTs = path.join(__dirname, 'register-ts.js');

/** `n` distinct free loopback ports (all probes open at once, so no port is handed out twice). */
export async function freePorts(n: number): Promise<number[]> {
  const probes = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = probes.map((probe) => (probe.address() as net.AddressInfo).port);
  await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(resolve))));
  return ports;
}

export interface Worker {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  /** Resolves with the exit code (or 128 + signal number) and the time it ended (ms since epoch). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Resolves when a stdout line matches `pattern` (rejects if the process ends first). */
  line(pattern: RegExp): Promise<RegExpExecArray>;
}

const live = new Set<ChildProcess>();

/** Starts `script` (.ts) with `args` as task `index` of a worker job on `ports` (no TF_CONFIG when ports is null). */
export function startWorker(script: string, args: string[], ports: number[] | null, index = 0): Worker {
  const env: NodeJS.ProcessEnv = { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2' };
  if (ports) env.TF_CONFIG = JSON.stringify({ cluster: { worker: ports.map((p) => `127.0.0.1:${p}`) }, task: { type: 'worker', index } });
  else delete env.TF_CONFIG;
  const child = spawn(process.execPath, ['-r', registerTs, script, ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  const waiters: Array<{ pattern: RegExp; resolve: (m: RegExpExecArray) => void; reject: (e: Error) => void }> = [];
  const worker: Worker = {
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        live.delete(child);
        for (const w of waiters.splice(0))
          w.reject(
            new Error(`worker ${index} exited (${code ?? signal}) before printing ${w.pattern}; stderr:\n${worker.stderr.slice(-2000)}`),
          );
        resolve({ code, signal, at: Date.now() });
      });
    }),
    line(pattern) {
      const found = pattern.exec(worker.stdout);
      if (found) return Promise.resolve(found);
      if (child.exitCode !== null || child.signalCode !== null)
        return Promise.reject(new Error(`worker ${index} has exited; stderr:\n${worker.stderr.slice(-2000)}`));
      return new Promise((resolve, reject) => waiters.push({ pattern, resolve, reject }));
    },
  };
  child.stdout!.on('data', (chunk: Buffer) => {
    worker.stdout += chunk.toString();
    for (const w of [...waiters]) {
      const found = w.pattern.exec(worker.stdout);
      if (found) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(found);
      }
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (worker.stderr += chunk.toString()));
  return worker;
}

/** Kills every worker still running (SIGKILL) and waits for them: call from afterEach/afterAll. */
export async function killAll(): Promise<void> {
  const running = [...live];
  await Promise.all(
    running.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve(null);
          child.once('exit', resolve);
          child.kill('SIGKILL');
        }),
    ),
  );
}

/** Spawns `command` and resolves once its output matches `ready` (killed and rejected after 90 s, rejected if it exits first). */
export function spawnUntil(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(command, args, { env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not get ready in 90 s:\n${output}`));
    }, 90000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${signal ?? code}) before it was ready:\n${output}`));
    });
  });
}
