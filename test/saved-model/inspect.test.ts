// `hydra-tf inspect <dir>` and savedModel.inspect: tags, signatures, op count and the TensorFlow
// version a SavedModel was saved with, checked against what Python's protobuf classes count.
import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';
import { savedModel } from '../../lib';
import { REPO, fixture } from './fixtures';

const bin = path.join(REPO, 'bin', 'hydra-tf.js');

function cli(args: string[]) {
  return spawnSync(process.execPath, [bin, 'inspect', ...args], { encoding: 'utf8', env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' } });
}

describe('savedModel.inspect', () => {
  test('counts and versions agree with Python for every fixture', () => {
    for (const name of [
      'keras_multi_head',
      'module_two_signatures',
      'keras_bn_dropout',
      'tf1_simple_save',
      'module_vocab_asset',
      'untrusted_file_access',
    ]) {
      const { dir, reference } = fixture(name);
      const info = savedModel.inspect(dir);
      const graph = (
        reference as unknown as {
          graph: { graphNodes: number; functions: number; functionNodes: number; savedWith: string; tags: string[] };
        }
      ).graph;
      expect({
        name,
        opCount: info.opCount,
        graphNodeCount: info.graphNodeCount,
        functionCount: info.functionCount,
        tensorflowVersion: info.tensorflowVersion,
        tags: info.tags,
      }).toEqual({
        name,
        opCount: graph.graphNodes + graph.functionNodes,
        graphNodeCount: graph.graphNodes,
        functionCount: graph.functions,
        tensorflowVersion: graph.savedWith,
        tags: graph.tags,
      });
      // Signatures as Python's protobuf classes see them (TensorFlow's internal init-op entry left out).
      const pythonNames = Object.keys(reference.signatures)
        .filter((s) => !s.startsWith('__saved_model_'))
        .sort();
      expect(Object.keys(info.signatures)).toEqual(pythonNames);
      for (const signatureName of pythonNames) {
        for (const side of ['inputs', 'outputs'] as const) {
          for (const [key, spec] of Object.entries(reference.signatures[signatureName][side])) {
            expect(info.signatures[signatureName][side][key]).toEqual({
              name: key,
              tensorName: spec.name,
              dtype: spec.dtype,
              shape: spec.shape,
            });
          }
        }
      }
    }
  });

  test('the TF1 model: its op types, variables, and nothing an untrusted load would refuse', () => {
    const info = savedModel.inspect(fixture('tf1_simple_save').dir);
    expect(info.variableCount).toBe(2); // W (VariableV2) and b (VarHandleOp)
    expect(info.opTypes).toMatchObject({ VariableV2: 1, VarHandleOp: 1, MatMul: 1, HashTableV2: 1, SaveV2: 1, RestoreV2: 1 });
    expect(Object.values(info.opTypes).reduce((a, b) => a + b, 0)).toBe(info.opCount);
    expect(info.untrusted).toEqual([]);
  });
});

describe('hydra-tf inspect', () => {
  test('--json prints what savedModel.inspect returns', () => {
    const { dir } = fixture('keras_multi_head');
    const out = execFileSync(process.execPath, [bin, 'inspect', dir, '--json'], { encoding: 'utf8' });
    const report = JSON.parse(out);
    expect(report).toEqual(JSON.parse(JSON.stringify(savedModel.inspect(dir))));
    expect(report.tags).toEqual(['serve']);
    expect(report.tensorflowVersion).toBe('2.21.0');
    expect(report.signatures.serving_default.inputs.image).toEqual({
      name: 'image',
      tensorName: 'serving_default_image:0',
      dtype: 'float32',
      shape: [-1, 8, 8, 3],
    });
    expect(report.signatures.serving_default.outputs.classification).toMatchObject({ dtype: 'float32', shape: [-1, 3] });
    expect(report.compatibility).toEqual({ tensorflowVersion: '2.21.0', missingOps: [], unknownAttrs: [], recursiveCalls: [] });
  });

  test('the text form lists tags, version, op count and each signature', () => {
    const { dir } = fixture('module_two_signatures');
    const info = savedModel.inspect(dir);
    const result = cli([dir]);
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toContain(`SavedModel ${dir}\n`);
    expect(out).toMatch(/^saved with {2}TensorFlow 2\.21\.0$/m);
    expect(out).toMatch(/^tags {8}serve$/m);
    expect(out).toContain(
      `ops         ${info.opCount} (${info.graphNodeCount} in the graph, ${info.opCount - info.graphNodeCount} in ${info.functionCount} functions)`,
    );
    expect(out).toMatch(/^compatible {2}yes, with TensorFlow 2\.21\.0$/m);
    expect(out).toMatch(/^signature "lookup" \(tensorflow\/serving\/predict\)$/m);
    expect(out).toMatch(/^ {4}ids +int64 +\[\?\] +lookup_ids:0$/m);
    expect(out).toMatch(/^ {4}words +string +\[\?\] +lookup_words:0$/m);
    expect(out).toMatch(/^ {4}shouted +string +\[\?\] +StatefulPartitionedCall:2$/m);
    expect(out).toMatch(/^signature "serving_default" \(tensorflow\/serving\/predict\)$/m);
    expect(out).toMatch(/^ {4}x +float32 +\[\?, 3\] +serving_default_x:0$/m);
  });

  test('an untrusted model shows what would be refused', () => {
    const result = cli([fixture('untrusted_file_access').dir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^untrusted {3}refused \(2 reasons\):$/m);
    expect(result.stdout).toMatch(/^ {2}node "ReadFile" \(ReadFile\) in function "__inference_read_\d+": reads a file$/m);
    expect(result.stdout).toMatch(/^ {2}node "WriteFile" \(WriteFile\) in function "__inference_write_\d+": writes a file$/m);
  });

  test('--tags selects the MetaGraph; errors exit 1 with the code and message', () => {
    const { dir } = fixture('keras_multi_head');
    expect(cli([dir, '--tags', 'serve', '--json']).status).toBe(0);
    const wrongTag = cli([dir, '--tags=gpu,serve', '--json']);
    expect(wrongTag.status).toBe(1);
    expect(JSON.parse(wrongTag.stdout)).toEqual({
      error: { code: 'NOT_FOUND', message: `SavedModel ${dir} has no MetaGraph tagged ["gpu","serve"]; its tag sets are ["serve"]` },
    });
    const missing = cli(['/nonexistent/model']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('hydra-tf inspect: SavedModel directory /nonexistent/model does not exist\n');
    const usage = cli([]);
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/usage: hydra-tf inspect <saved-model-dir>/);
  });
});
