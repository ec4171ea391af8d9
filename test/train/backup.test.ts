// backupAndRestore: a run killed mid-epoch (SIGKILL, as kill -9) and started again with the same
// command resumes at the interrupted epoch and ends with the same weights, bit for bit, as a run
// never interrupted (dropout and shuffling included: both follow the restored step and epoch).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../support/tmp';

const root = path.join(__dirname, '..', '..');
const script = path.join(__dirname, 'children', 'backup-run.ts');

function run(dir: string, killAt?: string) {
  const result = spawnSync(process.execPath, ['-r', path.join(root, 'test', 'support', 'register-ts.js'), script, dir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '2', ...(killAt ? { HYDRA_KILL_AT: killAt } : {}) },
    timeout: 240_000,
  });
  const line = result.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  return {
    signal: result.signal,
    status: result.status,
    stderr: result.stderr,
    result: line ? (JSON.parse(line.slice(7)) as { epochs: number[]; loss: number[]; weights: Record<string, number[]> }) : null,
  };
}

test('a run killed mid-epoch resumes at that epoch and ends with the weights of an uninterrupted run', () => {
  const base = tempDir('backup');
  const whole = run(path.join(base, 'whole'));
  expect(whole.stderr.includes('Error') ? whole.stderr : '').toBe('');
  expect(whole.result!.epochs).toEqual([0, 1, 2, 3]);

  const dir = path.join(base, 'interrupted');
  const killed = run(dir, '2:3');
  expect(killed.signal).toBe('SIGKILL');
  expect(killed.result).toBeNull();
  expect(fs.existsSync(path.join(dir, 'checkpoint'))).toBe(true);

  const resumed = run(dir);
  expect(resumed.result!.epochs).toEqual([2, 3]);
  expect(resumed.result!.loss).toEqual(whole.result!.loss.slice(2));
  expect(Object.keys(resumed.result!.weights).sort()).toEqual(Object.keys(whole.result!.weights).sort());
  for (const [name, values] of Object.entries(whole.result!.weights)) expect(resumed.result!.weights[name]).toEqual(values);
  // The backup is deleted once fit ends normally.
  expect(fs.readdirSync(dir).filter((f) => f.startsWith('ckpt-'))).toEqual([]);
}, 600_000);
