// Test helpers: the SavedModels Python makes (test/fixtures/python/make_saved_models.py), made on
// demand and cached in test/fixtures/generated/saved_models; comparisons of tensors with Python's
// numbers; copies and edits of SavedModels. (Running Python: test/support/python.ts.)
//
// The fixtures are regenerated when the generator script or requirements.txt changed (sha256 stamp).
// Without the Python environment the tests FAIL with the command that creates it; they never skip.
import * as fs from 'fs';
import * as path from 'path';
import { Tensor, proto, tensor } from '../../lib';
import type { DType } from '../../lib';
import { DataTypeProto } from '../../lib/proto';
import type { FunctionDef, MetaGraphDef, NodeDef } from '../../lib/proto';
import * as numeric from '../support/numeric';
import { generatedReference } from '../support/python-reference';

export const REPO = path.resolve(__dirname, '..', '..');
export const GENERATED = path.join(REPO, 'test', 'fixtures', 'generated', 'saved_models');

/** A tensor as the generator writes it: flat values in row-major order. */
export interface TensorJson {
  dtype: DType;
  shape: number[];
  values: Array<number | string | boolean>;
}

export interface Reference {
  fixture: string;
  description: string;
  tensorflowVersion: string;
  tags: string[];
  signatures: Record<
    string,
    {
      inputs: Record<string, { name: string; dtype: string | null; shape: number[] | null }>;
      outputs: Record<string, { name: string; dtype: string | null; shape: number[] | null }>;
      methodName: string;
    }
  >;
  cases: Array<{ signature: string; inputs: Record<string, TensorJson>; outputs: Record<string, TensorJson> }>;
  facts: Record<string, unknown>;
}

const SAVED_MODEL_PURPOSE = 'The SavedModel tests load models made by TensorFlow 2.21 in Python and compare with its outputs.';

let ensured = false;
/** Makes the fixtures if they are missing or older than the generator (make_saved_models.py). */
export function ensureFixtures(): void {
  if (ensured) return;
  generatedReference('make_saved_models.py', 'saved_models', { purpose: SAVED_MODEL_PURPOSE });
  ensured = true;
}

/** A generated fixture: its SavedModel directory and Python's reference numbers. */
export function fixture(name: string): { dir: string; reference: Reference } {
  ensureFixtures();
  const root = path.join(GENERATED, name);
  return { dir: path.join(root, 'model'), reference: JSON.parse(fs.readFileSync(path.join(root, 'reference.json'), 'utf8')) };
}

/** A Tensor holding a reference tensor's values (int64 as BigInt, exactly). */
export function toTensor(json: TensorJson): Tensor {
  if (json.dtype === 'int64')
    return tensor(BigInt64Array.from(json.values.map((v) => BigInt(v as number))), { dtype: 'int64', shape: json.shape });
  return tensor(json.values as never, { dtype: json.dtype, shape: json.shape });
}

/** A reference tensor as a nested JS array, for feeding plain values. */
export function toNested(json: TensorJson): unknown {
  const build = (offset: number, depth: number): unknown => {
    if (depth === json.shape.length) return json.values[offset];
    const stride = json.shape.slice(depth + 1).reduce((a, b) => a * b, 1);
    return Array.from({ length: json.shape[depth] }, (_, i) => build(offset + i * stride, depth + 1));
  };
  return build(0, 0);
}

/** Largest |hydra-tf - Python| over the elements; throws if dtype or shape differ. */
export function maxAbsDiff(actual: Tensor, expected: TensorJson): number {
  if (actual.dtype !== expected.dtype) throw new Error(`dtype ${actual.dtype}, Python has ${expected.dtype}`);
  if (JSON.stringify(actual.shape) !== JSON.stringify(expected.shape))
    throw new Error(`shape [${actual.shape}], Python has [${expected.shape}]`);
  return numeric.maxAbsDiff(Array.from(actual.data() as ArrayLike<number | bigint>, Number), expected.values.map(Number));
}

/** Copies a SavedModel directory (to damage or edit the copy). */
export function copyModel(dir: string, into: string): string {
  fs.cpSync(dir, into, { recursive: true });
  return into;
}

/** Rewrites `<dir>/saved_model.pb` after `edit` changed its first MetaGraph (to make bad models). */
export function editSavedModel(dir: string, edit: (metaGraph: MetaGraphDef) => void): void {
  const file = path.join(dir, 'saved_model.pb');
  const saved = proto.decode('tensorflow.SavedModel', fs.readFileSync(file));
  edit((saved.metaGraphs as MetaGraphDef[])[0]);
  fs.writeFileSync(file, proto.encode('tensorflow.SavedModel', saved));
}

/** The library function whose name starts with `prefix` (TF2 names end in a counter). */
export function functionNamed(metaGraph: MetaGraphDef, prefix: string): FunctionDef {
  const found = (metaGraph.graphDef?.library?.function ?? []).find((fn) => fn.signature?.name?.startsWith(prefix));
  if (!found) throw new Error(`no function named ${prefix}* in the MetaGraph`);
  return found;
}

/** A scalar string Const NodeDef. */
export function stringConst(name: string, value: string): NodeDef {
  return {
    name,
    op: 'Const',
    attr: {
      dtype: { type: DataTypeProto.DT_STRING },
      value: { tensor: { dtype: DataTypeProto.DT_STRING, tensorShape: {}, stringVal: [Buffer.from(value)] } },
    },
  };
}

/** The Keras 3 export with many layer kinds (make_keras_zoo.py), made when missing or stale, and Python's outputs. */
export function kerasZoo(): { dir: string; reference: { inputs: Record<string, TensorJson>; outputs: Record<string, TensorJson> } } {
  const zoo = generatedReference('make_keras_zoo.py', 'keras_zoo', { purpose: SAVED_MODEL_PURPOSE });
  return { dir: path.join(zoo, 'model'), reference: JSON.parse(fs.readFileSync(path.join(zoo, 'reference.json'), 'utf8')) };
}
