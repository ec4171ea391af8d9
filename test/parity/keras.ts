// The Keras side of the parity tests: cases go to test/fixtures/python/keras_parity.py in one
// JSON file (one Python process per test file: importing TensorFlow takes seconds), results
// come back the same way. Tensors travel as base64 of their bytes, so float32 values arrive exact.
// Without the Python environment the tests FAIL with the command that creates it; they never skip.
// PARITY_KEEP=/some/file.json keeps a copy of the spec, to rerun the Keras side by hand.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Tensor } from '../../lib';
import type { HostTensor } from '../../lib/data';
import type { ModelSpec } from './models';
import { pythonEnv, venvPython } from '../support/python';
import { tempDir } from '../support/tmp';

const REPO = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(REPO, 'test', 'fixtures', 'python', 'keras_parity.py');

export interface EncodedTensor {
  dtype: 'float32' | 'int32';
  shape: number[];
  b64: string;
}

export function encode(value: HostTensor | Tensor): EncodedTensor {
  const data = value instanceof Tensor ? value.data() : value.data;
  if (!(data instanceof Float32Array) && !(data instanceof Int32Array))
    throw new Error(`parity: cannot send a ${value.dtype} tensor to Python (float32 and int32 only)`);
  // Typed arrays are little-endian on every platform hydra-tf supports (x86-64).
  return {
    dtype: data instanceof Float32Array ? 'float32' : 'int32',
    shape: [...value.shape],
    b64: Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64'),
  };
}

export function decode(encoded: EncodedTensor): HostTensor {
  const bytes = Buffer.from(encoded.b64, 'base64');
  const copy = new Uint8Array(bytes).buffer;
  const data = encoded.dtype === 'float32' ? new Float32Array(copy) : new Int32Array(copy);
  return { dtype: encoded.dtype, shape: encoded.shape, data };
}

export type Weights = Record<string, EncodedTensor>;

export interface TrainCase {
  id: string;
  kind: 'train';
  model: ModelSpec;
  weights: Weights;
  optimizer: { kind: 'sgd' | 'adam'; options?: Record<string, number | boolean> };
  losses: Record<string, { kind: string; fromLogits?: boolean }>;
  lossWeights: Record<string, number> | null;
  batches: Array<Record<string, EncodedTensor>>;
}

export interface ForwardCase {
  id: string;
  kind: 'forward';
  model: ModelSpec;
  weights: Weights;
  inputs: Record<string, EncodedTensor>;
  training: boolean;
}

export interface CountCase {
  id: string;
  kind: 'count';
  model: ModelSpec;
  weights: Weights;
}

export interface CountResult {
  total: number;
  trainable: number;
  nonTrainable: number;
  layers: Record<string, number>;
}

export interface TrainResult {
  /** train_on_batch's logs, one per step: "loss" and, for several outputs, "<output>_loss". */
  losses: Array<Record<string, number>>;
  weights: Weights;
}

export interface ForwardResult {
  outputs: Record<string, EncodedTensor>;
  weights: Weights;
}

export interface KerasResults<R> {
  versions: { tensorflow: string; keras: string };
  cases: Record<string, R>;
}

/**
 * One Python process for a test file's cases. It starts importing TensorFlow at once (seconds),
 * while hydra-tf prepares the cases; `run` then hands it the spec and resolves with Keras's
 * results by case id. `cancel` ends it if the cases never come.
 */
export class KerasProcess {
  private readonly dir = tempDir('parity');
  private readonly child: ChildProcess;
  private readonly exited: Promise<{ code: number | null; stderr: string }>;

  constructor() {
    const python = venvPython('The parity tests compare hydra-tf with Keras 3 (TensorFlow 2.21) on the same models, weights and data.');
    this.child = spawn(python, [SCRIPT, this.dir], { env: pythonEnv(), stdio: ['pipe', 'ignore', 'pipe'] });
    this.exited = new Promise((resolve, reject) => {
      let stderr = '';
      this.child.stderr!.on('data', (chunk) => (stderr += chunk));
      // A process that died early shows in its exit code and stderr, not as EPIPE here.
      this.child.stdin!.on('error', () => undefined);
      this.child.on('error', reject);
      this.child.on('close', (code) => resolve({ code, stderr }));
    });
  }

  async run<R>(cases: Array<TrainCase | ForwardCase | CountCase>): Promise<KerasResults<R>> {
    const resultPath = path.join(this.dir, 'result.json');
    try {
      fs.writeFileSync(path.join(this.dir, 'spec.json'), JSON.stringify({ cases }));
      if (process.env.PARITY_KEEP) fs.copyFileSync(path.join(this.dir, 'spec.json'), process.env.PARITY_KEEP);
      this.child.stdin!.end('go\n');
      const { code, stderr } = await this.exited;
      if (code !== 0 || !fs.existsSync(resultPath)) {
        throw new Error(`${path.relative(REPO, SCRIPT)} failed (exit code ${code}):\n${stderr.split('\n').slice(-25).join('\n')}`);
      }
      return JSON.parse(fs.readFileSync(resultPath, 'utf8')) as KerasResults<R>;
    } finally {
      fs.rmSync(this.dir, { recursive: true, force: true });
    }
  }

  /** Ends the process (when hydra-tf's side failed before `run`). */
  async cancel(): Promise<void> {
    if (this.child.exitCode === null) this.child.kill();
    await this.exited.catch(() => undefined);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
