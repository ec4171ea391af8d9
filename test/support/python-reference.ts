// Python-made references cached under test/fixtures/generated/<name>: the generator runs again
// only when its stamp (sha256 of the script and requirements.txt, which the script writes last)
// is stale. Without the Python environment this FAILS with the command that creates it.
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..', '..');
const PY_DIR = path.join(REPO, 'test', 'fixtures', 'python');

/** Runs test/fixtures/python/<script> OUT_DIR when stale; returns OUT_DIR (test/fixtures/generated/<name>). */
export function generatedReference(script: string, name: string): string {
  const generator = path.join(PY_DIR, script);
  const out = path.join(REPO, 'test', 'fixtures', 'generated', name);
  const wanted = crypto.createHash('sha256').update(fs.readFileSync(generator)).update(fs.readFileSync(path.join(PY_DIR, 'requirements.txt'))).digest('hex');
  const stampFile = path.join(out, '.stamp');
  const stamp = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : '';
  if (stamp !== wanted) {
    const python = path.join(REPO, '.venv', 'bin', 'python');
    if (!fs.existsSync(python)) throw new Error(`The Python fixture environment is missing (${python}). Create it with: bash scripts/setup-python.sh`);
    const result = spawnSync(python, [generator, out], { encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0) throw new Error(`${script} failed (exit ${result.status}):\n${(result.stderr ?? '').slice(-4000)}`);
  }
  return out;
}
