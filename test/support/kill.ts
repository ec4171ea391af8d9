// Random kill -9 of a child process that writes files, for the crash-safety tests: start the child
// (lib/ from source), wait until it has done something worth losing, wait a random delay, SIGKILL.
import { spawn } from 'child_process';
import * as path from 'path';

export const repoRoot = path.resolve(__dirname, '..', '..');
const registerTs = path.join(__dirname, 'register-ts.js');

/** A small seeded generator (mulberry32), so that a failing run can be repeated with the same delays. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface KilledChild {
  /** The JSON lines the child printed before it died. */
  lines: unknown[];
  signal: NodeJS.Signals | null;
  pid: number;
  stderr: string;
}

/**
 * Runs `script` (a .ts file) with `args`; once `ready(lines)` holds, waits `delayMs` and kills it
 * with SIGKILL. Resolves after the child is gone (reaped). Rejects if the child ends by itself.
 */
export function runAndKill(
  script: string,
  args: string[],
  ready: (lines: unknown[]) => boolean,
  delayMs: number,
  timeoutMs = 60000,
): Promise<KilledChild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', registerTs, script, ...args], {
      cwd: repoRoot,
      env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: unknown[] = [];
    let pending = '';
    let stderr = '';
    let armed = false;
    let killedOnPurpose = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child ${script} was not ready within ${timeoutMs} ms; stderr:\n${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-20000)));
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) if (part.trim()) lines.push(JSON.parse(part));
      if (!armed && ready(lines)) {
        armed = true;
        setTimeout(() => {
          killedOnPurpose = true;
          child.kill('SIGKILL');
        }, delayMs);
      }
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      // Lines completed before the kill: a partial last line is what a kill mid-write leaves.
      if (pending.trim()) {
        try {
          lines.push(JSON.parse(pending));
        } catch {
          // cut off by the kill
        }
      }
      if (!killedOnPurpose)
        reject(
          new Error(
            `child ${script} ended by itself (status ${status}, signal ${signal}); output ${JSON.stringify(lines.slice(-3))}; stderr:\n${stderr.slice(-2000)}`,
          ),
        );
      else resolve({ lines, signal, pid: child.pid!, stderr });
    });
  });
}
