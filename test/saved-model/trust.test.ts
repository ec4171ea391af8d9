// trust: 'untrusted' inspects the graph and the function library before anything runs and
// refuses ops that touch files, the network or the process, naming op, node and function; the
// model's own variable save/restore (and its own asset files) stay allowed.
import * as fs from 'fs';
import * as path from 'path';
import { TensorFlowError, opRegistry, savedModel } from '../../lib';
import type { MetaGraphDef, NodeDef } from '../../lib/proto';
import { copyModel, editSavedModel, fixture, functionNamed, stringConst } from './fixtures';
import { tempDir } from '../support/tmp';

let scratch: string;
beforeAll(() => {
  scratch = tempDir('saved-model');
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function refusal(dir: string): Promise<TensorFlowError> {
  try {
    await savedModel.load(dir, { trust: 'untrusted' });
  } catch (error) {
    expect(error).toBeInstanceOf(TensorFlowError);
    expect((error as TensorFlowError).code).toBe('PERMISSION_DENIED');
    return error as TensorFlowError;
  }
  throw new Error(`expected ${dir} to be refused`);
}

function graphNodes(metaGraph: MetaGraphDef): NodeDef[] {
  return metaGraph.graphDef?.node as NodeDef[];
}

describe('untrusted SavedModels made by Python', () => {
  test('ReadFile and WriteFile inside the function library are refused, naming op, node and function', async () => {
    const { dir } = fixture('untrusted_file_access');
    const error = await refusal(dir);
    expect(error.message).toMatch(
      new RegExp(
        `^SavedModel ${dir} was refused \\(trust: 'untrusted'\\): it uses ops outside the allow-list for untrusted models, or uses them in ways that reach files, the network or the process:\\n` +
          '(  node "(ReadFile|WriteFile)" \\((ReadFile|WriteFile)\\) in function "__inference_(read|write)_\\d+": (reads|writes) a file\\n?){2}$',
      ),
    );
    expect(error.message).toContain('node "ReadFile" (ReadFile) in function "__inference_read_');
    expect(error.message).toContain('node "WriteFile" (WriteFile) in function "__inference_write_');
    // The top-level graph holds only PartitionedCalls: a check of graph_def.node alone would pass it.
    const info = savedModel.inspect(dir);
    expect(info.untrusted.map((v) => [v.op, v.node]).sort()).toEqual([
      ['ReadFile', 'ReadFile'],
      ['WriteFile', 'WriteFile'],
    ]);
    expect(info.untrusted.every((v) => v.function !== undefined)).toBe(true);
  });

  test('the same model, trusted, really reads and writes files: that is what the check prevents', async () => {
    const { dir } = fixture('untrusted_file_access');
    const model = await savedModel.load(dir, { trust: 'trusted' });
    const secret = path.join(scratch, 'secret.txt');
    fs.writeFileSync(secret, 'api-key=12345');
    const { contents } = await model.run({ path: secret });
    expect(contents.strings()).toEqual(['api-key=12345']);
    const planted = path.join(scratch, 'planted.txt');
    const { written } = await model.run('write', { path: planted, contents: 'hello' });
    expect(written.item()).toBe(5);
    expect(fs.readFileSync(planted, 'utf8')).toBe('hello');
    model.dispose();
  });

  test('tf.py_function (EagerPyFunc) is refused', async () => {
    const error = await refusal(fixture('untrusted_py_function').dir);
    expect(error.message).toMatch(
      /node "EagerPyFunc" \(EagerPyFunc\) in function "__inference_serve_\d+": calls back into a Python interpreter$/,
    );
  });

  test('legitimate models load untrusted: variable restore, lookup tables, asset files', async () => {
    for (const name of ['keras_multi_head', 'module_two_signatures', 'keras_bn_dropout', 'tf1_simple_save', 'module_vocab_asset']) {
      const { dir } = fixture(name);
      expect({ name, refused: savedModel.inspect(dir).untrusted }).toEqual({ name, refused: [] });
      const model = await savedModel.load(dir, { trust: 'untrusted' });
      model.dispose();
    }
  });
});

describe('untrusted SavedModels edited to misuse checkpoint, asset and print ops', () => {
  test('a restore function reading a checkpoint from a path of its own choosing', async () => {
    const dir = copyModel(fixture('keras_bn_dropout').dir, path.join(scratch, 'restore-elsewhere'));
    let restoreFunction = '';
    editSavedModel(dir, (metaGraph) => {
      const restore = functionNamed(metaGraph, '__inference__traced_restore_');
      restoreFunction = restore.signature?.name as string;
      restore.nodeDef?.push(stringConst('elsewhere', '/etc/hydra-victim/model'));
      const read = restore.nodeDef?.find((node) => node.op === 'RestoreV2') as NodeDef;
      (read.input as string[])[0] = 'elsewhere:output:0';
    });
    const error = await refusal(dir);
    expect(error.message).toContain(
      `node "RestoreV2" (RestoreV2) in function "${restoreFunction}": reads a checkpoint from a path other than the one the loader gives (the saver's filename tensor)`,
    );
    // Trusted, TensorFlow really does read from that path (and fails, since there is none).
    await expect(savedModel.load(dir)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('/etc/hydra-victim/model'),
    });
  });

  test('a signature that reaches the saver: SaveV2 and RestoreV2 outside their subgraphs', async () => {
    const dir = copyModel(fixture('tf1_simple_save').dir, path.join(scratch, 'signature-saves'));
    editSavedModel(dir, (metaGraph) => {
      const outputs = metaGraph.signatureDef?.serving_default.outputs as Record<string, object>;
      outputs.leak = { name: 'save/Identity:0', dtype: 7, tensorShape: {} };
      outputs.peek = { name: 'save/RestoreV2:0', dtype: 1, tensorShape: { unknownRank: true } };
    });
    const error = await refusal(dir);
    expect(error.message).toContain('node "save/SaveV2" (SaveV2) in the graph: writes a checkpoint when the model loads or runs');
    expect(error.message).toContain(
      'node "save/MergeV2Checkpoints" (MergeV2Checkpoints) in the graph: writes a checkpoint when the model loads or runs',
    );
    expect(error.message).toContain(
      `node "save/RestoreV2" (RestoreV2) in the graph: reads a checkpoint when a signature or the init op runs (only the saver's restore op may)`,
    );
  });

  test('a file read and a file print in the top-level graph; printing to stderr is fine', async () => {
    const dir = copyModel(fixture('tf1_simple_save').dir, path.join(scratch, 'graph-read'));
    editSavedModel(dir, (metaGraph) => {
      graphNodes(metaGraph).push(
        stringConst('path', '/etc/passwd'),
        { name: 'steal', op: 'ReadFile', input: ['path'] },
        { name: 'log_to_file', op: 'PrintV2', input: ['path'], attr: { output_stream: { s: Buffer.from('file:///tmp/hydra-log') } } },
        { name: 'log_to_stderr', op: 'PrintV2', input: ['path'], attr: { output_stream: { s: Buffer.from('stderr') } } },
      );
    });
    const error = await refusal(dir);
    expect(error.message).toContain('node "steal" (ReadFile) in the graph: reads a file');
    expect(error.message).toContain('node "log_to_file" (PrintV2) in the graph: prints to "file:///tmp/hydra-log" (a file)');
    expect(error.message).not.toContain('log_to_stderr');
  });

  test("a vocabulary table reading a file that is not one of the model's assets", async () => {
    const dir = copyModel(fixture('module_vocab_asset').dir, path.join(scratch, 'vocab-elsewhere'));
    editSavedModel(dir, (metaGraph) => {
      const initialiser = functionNamed(metaGraph, '__inference__initializer_');
      initialiser.nodeDef?.push(stringConst('passwd', '/etc/passwd'));
      const init = initialiser.nodeDef?.find((node) => node.op === 'InitializeTableFromTextFileV2') as NodeDef;
      (init.input as string[])[1] = 'passwd:output:0';
    });
    const error = await refusal(dir);
    expect(error.message).toMatch(
      /node "text_file_init\/InitializeTableFromTextFileV2" \(InitializeTableFromTextFileV2\) in function "__inference__initializer_\d+": reads a file that is not one of the SavedModel's assets/,
    );
  });
});

test('the conditional lists and the known dangers name real TensorFlow 2.21 ops, none of them on the allow-list', () => {
  const registry = opRegistry();
  const conditional = [
    ...Object.keys(savedModel.ATTRIBUTE_RULES),
    ...Object.keys(savedModel.CHECKPOINT_READ_OPS),
    ...savedModel.CHECKPOINT_WRITE_OPS,
    ...Object.keys(savedModel.ASSET_READ_OPS),
  ];
  const dangers = Object.keys(savedModel.KNOWN_DANGERS);
  expect([...conditional, ...dangers].filter((op) => !registry.has(op))).toEqual([]);
  expect([...conditional, ...dangers].filter((op) => savedModel.ALLOWED_OPS.has(op))).toEqual([]);
  // Every registered op whose name says it reads or writes files is refused (not on the allow-list).
  const fileOps = [...registry.keys()].filter((op) =>
    /^(Read|Write)File$|MatchingFiles|RecordReader|RecordDataset|TextLine|WholeFile|SummaryWriter|PyFunc|^Rpc|Dataset/.test(op),
  );
  expect(fileOps.length).toBeGreaterThan(50);
  expect(fileOps.filter((op) => savedModel.ALLOWED_OPS.has(op))).toEqual([]);
});
