// Op compatibility: a SavedModel that needs ops (or op attributes) the loaded TensorFlow lacks
// fails before TensorFlow sees it, with every missing op and the version it was saved with.
// The "newer TensorFlow" models are real Python fixtures with one op renamed in the function
// library and one in the top-level graph, as a SavedModel from a future TensorFlow would look.
import * as fs from 'fs';
import * as path from 'path';
import { TensorFlowError, savedModel, version } from '../../lib';
import type { MetaGraphDef } from '../../lib/proto';
import { copyModel, editSavedModel, fixture, maxAbsDiff, toTensor } from './fixtures';
import { tempDir } from '../support/tmp';

let scratch: string;
beforeAll(() => {
  scratch = tempDir('saved-model');
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** The first function-body node with op `op`, and its function's name. */
function functionNode(metaGraph: MetaGraphDef, op: string) {
  for (const fn of metaGraph.graphDef?.library?.function ?? []) {
    const node = (fn.nodeDef ?? []).find((n) => n.op === op);
    if (node) return { node, fn: fn.signature?.name as string };
  }
  throw new Error(`no ${op} in any function`);
}

async function rejection(promise: Promise<unknown>): Promise<TensorFlowError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TensorFlowError);
    return error as TensorFlowError;
  }
  throw new Error('expected a rejection');
}

test('a SavedModel needing ops this TensorFlow lacks fails, listing them and the version it was saved with', async () => {
  const dir = copyModel(fixture('keras_multi_head').dir, path.join(scratch, 'future-ops'));
  let matmul = { node: '', fn: '' };
  editSavedModel(dir, (metaGraph) => {
    (metaGraph.metaInfoDef as { tensorflowVersion?: string }).tensorflowVersion = '2.99.0';
    const found = functionNode(metaGraph, 'MatMul');
    found.node.op = 'MatMulV9';
    matmul = { node: found.node.name as string, fn: found.fn };
    const noOp = (metaGraph.graphDef?.node ?? []).find((n) => n.name === 'NoOp');
    (noOp as { op?: string }).op = 'FancyNoOp';
  });
  const error = await rejection(savedModel.load(dir));
  expect(error.code).toBe('NOT_FOUND');
  expect(error.message).toBe(
    `SavedModel ${dir} was saved with TensorFlow 2.99.0 and cannot run on the loaded TensorFlow ${version()}:\n` +
      'ops it needs that are not registered: FancyNoOp, MatMulV9\n' +
      '  FancyNoOp: node "NoOp" (FancyNoOp) in the graph\n' +
      `  MatMulV9: node "${matmul.node}" (MatMulV9) in function "${matmul.fn}"`,
  );
  // inspect reports the same without loading anything.
  const info = savedModel.inspect(dir);
  expect(info.compatibility).toEqual({
    tensorflowVersion: '2.21.0',
    missingOps: ['FancyNoOp', 'MatMulV9'],
    unknownAttrs: [],
    recursiveCalls: [],
  });
  expect(info.tensorflowVersion).toBe('2.99.0');
});

test('an op attribute this TensorFlow does not declare is named too; internal "_" attributes are fine', async () => {
  const dir = copyModel(fixture('tf1_simple_save').dir, path.join(scratch, 'future-attr'));
  editSavedModel(dir, (metaGraph) => {
    const matmul = (metaGraph.graphDef?.node ?? []).find((n) => n.op === 'MatMul');
    (matmul as { attr: Record<string, unknown> }).attr.precision_config = { s: Buffer.from('HIGHEST') };
    (matmul as { attr: Record<string, unknown> }).attr._hydra_note = { s: Buffer.from('ignored') };
  });
  const error = await rejection(savedModel.load(dir));
  expect(error.code).toBe('NOT_FOUND');
  expect(error.message).toContain('op attributes this TensorFlow does not know: MatMul.precision_config');
  expect(error.message).toContain('MatMul.precision_config: node "MatMul" (MatMul) in the graph');
  expect(error.message).not.toContain('_hydra_note');
});

test('the check passes for every Python fixture, and a model that passes still runs', async () => {
  for (const name of ['keras_multi_head', 'module_two_signatures', 'keras_bn_dropout', 'tf1_simple_save', 'module_vocab_asset']) {
    const info = savedModel.inspect(fixture(name).dir);
    expect({ name, ...info.compatibility }).toEqual({
      name,
      tensorflowVersion: '2.21.0',
      missingOps: [],
      unknownAttrs: [],
      recursiveCalls: [],
    });
  }
  const { dir, reference } = fixture('module_vocab_asset');
  const model = await savedModel.load(dir);
  const { ids } = await model.run({ words: toTensor(reference.cases[0].inputs.words) });
  // vocab.txt is zero/one/two/three, one per line: a word's id is its line number, -1 if absent.
  expect(Array.from(ids.data() as BigInt64Array)).toEqual([2n, 0n, -1n, 3n]);
  expect(maxAbsDiff(ids, reference.cases[0].outputs.ids)).toBe(0);
  model.dispose();
});
