// The Python references of the meta-gradient tests (test/fixtures/python/meta_reference.py, nested
// GradientTape), cached in test/fixtures/generated/meta and regenerated when the script changes.
// Without the Python environment the tests FAIL with the command that creates it; they never skip.
import * as fs from 'fs';
import * as path from 'path';
import { generatedReference } from '../../support/python-reference';

export interface ReferenceCase {
  name: string;
  learner: {
    inputSize: number;
    hidden: number[];
    outputs: number;
    activation: 'relu' | 'tanh';
    conv: { inputShape: number[]; filters: number[]; kernelSize: number } | null;
  };
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
  const dir = generatedReference('meta_reference.py', 'meta');
  return JSON.parse(fs.readFileSync(path.join(dir, 'reference.json'), 'utf8')).cases as ReferenceCase[];
}
