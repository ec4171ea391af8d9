// The Python references of the meta-gradient tests (test/fixtures/python/meta_reference.py, nested
// GradientTape), cached in test/fixtures/generated/meta and regenerated when the script changes.
// Without the Python environment the tests FAIL with the command that creates it; they never skip.
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..', '..', '..');
const PY_DIR = path.join(REPO, 'test', 'fixtures', 'python');
const GENERATOR = path.join(PY_DIR, 'meta_reference.py');
const GENERATED = path.join(REPO, 'test', 'fixtures', 'generated', 'meta');

export interface ReferenceCase {
  name: string;
  learner: { inputSize: number; hidden: number[]; outputs: number; activation: 'relu' | 'tanh' };
  loss: 'mse' | 'crossEntropy';
  innerSteps: number;
  innerLearningRate: number;
  firstOrder: boolean;
  metaSgd: boolean;
  weights: Record<string, number[]>;
  rates: Record<string, number[]> | null;
  tasks: Array<{ support: { x: number[]; y: number[] }; query: { x: number[]; y: number[] } }>;
  metaLoss: number;
  metaGradient: Record<string, number[]>;
}

/** The reference cases, generated on first use (or when the generator changed). */
export function references(): ReferenceCase[] {
  const wanted = crypto.createHash('sha256').update(fs.readFileSync(GENERATOR)).update(fs.readFileSync(path.join(PY_DIR, 'requirements.txt'))).digest('hex');
  const stampFile = path.join(GENERATED, '.stamp');
  const stamp = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : '';
  if (stamp !== wanted) {
    const python = path.join(REPO, '.venv', 'bin', 'python');
    if (!fs.existsSync(python)) throw new Error(`The Python fixture environment is missing (${python}). Create it with: bash scripts/setup-python.sh`);
    const result = spawnSync(python, [GENERATOR, GENERATED], { encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0) throw new Error(`meta_reference.py failed (exit ${result.status}):\n${(result.stderr ?? '').slice(-4000)}`);
  }
  return JSON.parse(fs.readFileSync(path.join(GENERATED, 'reference.json'), 'utf8')).cases as ReferenceCase[];
}
