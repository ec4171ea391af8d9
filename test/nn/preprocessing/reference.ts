// Keras 3's preprocessing layers on fixed data (test/fixtures/python/keras_preprocessing.py),
// generated once and cached in test/fixtures/generated/keras_preprocessing (regenerated when the
// generator or requirements.txt change: sha256 stamp). Without the Python environment the tests
// FAIL with the command that creates it; they never skip.
import * as fs from 'fs';
import * as path from 'path';
import { Graph, Output, Session, Tensor, nn, ops } from '../../../lib';
import type { DType } from '../../../lib';
import { TensorJson, toTensor } from '../../saved-model/fixtures';
import { generatedReference } from '../../support/python-reference';

export interface PreprocessingCase {
  id: string;
  className: string;
  config: Record<string, unknown>;
  adapt: TensorJson | { batches: TensorJson[] } | null;
  input: TensorJson;
  output: TensorJson;
  state?: Record<string, unknown>;
}

export interface PreprocessingReference {
  versions: { tensorflow: string; keras: string };
  cases: PreprocessingCase[];
}

let cached: PreprocessingReference | null = null;

/** Keras's results, generated when missing or stale. */
export function kerasPreprocessing(): PreprocessingReference {
  if (cached) return cached;
  const out = generatedReference('keras_preprocessing.py', 'keras_preprocessing', { timeoutMs: 300_000 });
  cached = JSON.parse(fs.readFileSync(path.join(out, 'reference.json'), 'utf8')) as PreprocessingReference;
  return cached;
}

/**
 * A reference tensor as adapt data: nested arrays (int64 as numbers, which adapt reads as
 * integers); several batches as an iterator of them (an array would be one batch).
 */
export function adaptData(json: TensorJson | { batches: TensorJson[] }): unknown {
  const nested = (t: TensorJson) => {
    const build = (offset: number, depth: number): unknown => {
      if (depth === t.shape.length) return t.values[offset];
      const stride = t.shape.slice(depth + 1).reduce((a, b) => a * b, 1);
      return Array.from({ length: t.shape[depth] }, (_, i) => build(offset + i * stride, depth + 1));
    };
    return build(0, 0);
  };
  return 'batches' in json ? json.batches.map(nested).values() : nested(json);
}

/** Builds `layer` on a placeholder of the input's dtype and shape (batch unknown) in a fresh graph and runs it. */
export async function runLayer(layer: nn.Layer, input: TensorJson): Promise<Tensor> {
  const graph = new Graph();
  const state = nn.graphState(graph, 1);
  const x = ops.placeholder(graph, { dtype: input.dtype as DType, shape: [-1, ...input.shape.slice(1)] });
  const [y] = layer.invoke({ graph, state, training: false }, [x]) as Output[];
  const session = new Session(graph);
  const fed = toTensor(input);
  try {
    const [out] = await session.run([[x, fed]], [y]);
    return out;
  } finally {
    fed.dispose();
    await session.close();
  }
}

/** Flat values of a tensor as numbers (int64 as Number) or strings. */
export function flat(t: Tensor): Array<number | string> {
  if (t.dtype === 'string') return t.strings();
  return Array.from(t.data() as ArrayLike<number | bigint>, Number);
}
