// Hostile SavedModels that escaped `trust: 'untrusted'` (issue 17): each case reads or writes a
// file, hangs, or crashes the process without the by-construction loader (one read of every file,
// regular files only, a private re-encoded copy, the allow-list). Where the attack is a real
// escape, the same model is also loaded trusted, to show that TensorFlow really does what the
// untrusted load refuses.
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { TensorFlowError, proto, savedModel } from '../../lib';
import type { MetaGraphDef } from '../../lib/proto';
import { REPO, copyModel, editSavedModel, fixture, maxAbsDiff, toTensor } from './fixtures';
import { runPythonJson } from '../support/python';
import { tempDir } from '../support/tmp';
import {
  datasetFromGraphModel,
  forwardingFunction,
  functionModel,
  harmlessInitModel,
  hiddenGraphDefModel,
  hiddenLibraryModel,
  opAsFunctionModel,
  functionNamedLikeOpModel,
  graphModel,
  wireField,
  writeModel,
  writerInitModel,
} from './hostile-models';

let scratch: string;
beforeAll(() => {
  scratch = tempDir('hostile');
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function refusal(dir: string, options: savedModel.LoadOptions = {}): Promise<TensorFlowError> {
  try {
    const model = await savedModel.load(dir, { trust: 'untrusted', ...options });
    model.dispose();
  } catch (error) {
    expect(error).toBeInstanceOf(TensorFlowError);
    return error as TensorFlowError;
  }
  throw new Error(`expected ${dir} to be refused`);
}

const CHILD = path.join(__dirname, 'load-in-child.js');
interface ChildResult {
  ok: boolean;
  code?: string;
  message?: string;
  ms: number;
  outputs?: Record<string, unknown>;
  untrusted?: Array<{ reason: string }>;
  compatibility?: { recursiveCalls: string[] };
}

/** Runs load/inspect jobs in a child process: a hang becomes a timeout and a crash a signal, not a dead test run. */
function inChild(
  jobs: Array<{ what: 'load' | 'inspect'; dir: string; trust?: 'trusted' | 'untrusted' }>,
  timeoutMs = 60_000,
): ChildResult[] {
  const result = spawnSync(process.execPath, [CHILD, JSON.stringify(jobs)], {
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' },
  });
  if (result.signal || result.status !== 0) {
    throw new Error(
      `child ${result.signal ? `killed by ${result.signal}` : `exited ${result.status}`} (timeout ${timeoutMs} ms):\n${(result.stderr ?? '').slice(-2000)}`,
    );
  }
  return JSON.parse(result.stdout.trim().split('\n').pop() as string) as ChildResult[];
}

/** saved_model.pb as protobuf's own parser reads it (Python's, merging fields written twice), re-serialized. */
function pythonReserialized(bytes: Uint8Array): Uint8Array {
  const { results } = runPythonJson<{ results: Record<string, { reserialized: string; error?: string }> }>('proto_check.py', {
    requests: [{ id: 'model', op: 'parse', type: 'tensorflow.SavedModel', bytes: Buffer.from(bytes).toString('base64') }],
  });
  if (results.model.error) throw new Error(results.model.error);
  return Buffer.from(results.model.reserialized, 'base64');
}

function nodeNames(bytes: Uint8Array): string[] {
  return (proto.decode('tensorflow.SavedModel', bytes).metaGraphs?.[0].graphDef?.node ?? []).map((node) => node.name as string);
}

describe('a field written twice in saved_model.pb (TensorFlow merges the copies)', () => {
  test('MetaGraphDef.graph_def twice, the WriteFile init op in the first copy: refused, nothing written', async () => {
    const marker = path.join(scratch, 'graph-def-twice.txt');
    const bytes = hiddenGraphDefModel(marker);
    const dir = writeModel(path.join(scratch, 'graph-def-twice'), bytes);
    // protobuf's own parser (Python's, with the semantics of TensorFlow's C++ one) merges the copies, and so does decode().
    expect(nodeNames(pythonReserialized(bytes))).toEqual(['init/path', 'init/contents', 'init', 'answer']);
    expect(nodeNames(bytes)).toEqual(['init/path', 'init/contents', 'init', 'answer']);
    const error = await refusal(dir);
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toContain(
      "saved_model.pb field meta_graphs[0].graph_def is written more than once (TensorFlow's parser would merge the copies; no protobuf serializer writes this)",
    );
    // The checker reads the merged graph TensorFlow would run, so it names the hidden op itself.
    expect(error.message).toContain('node "init" (WriteFile) in the graph: writes a file');
    expect(fs.existsSync(marker)).toBe(false);
    // inspect reports what the untrusted loader does.
    expect(savedModel.inspect(dir).untrusted.map((v) => v.node + ' ' + v.reason)).toEqual([
      "saved_model.pb field meta_graphs[0].graph_def is written more than once (TensorFlow's parser would merge the copies; no protobuf serializer writes this)",
      'init writes a file',
    ]);
    // And so does `hydra-tf inspect`, in both forms (bin/ runs the built dist/, made by `npm test`'s pretest).
    const bin = path.join(REPO, 'bin', 'hydra-tf.js');
    const env = { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' };
    const json = JSON.parse(execFileSync(process.execPath, [bin, 'inspect', dir, '--json'], { encoding: 'utf8', env }));
    expect(json.untrusted).toEqual(JSON.parse(JSON.stringify(savedModel.inspect(dir).untrusted)));
    const text = execFileSync(process.execPath, [bin, 'inspect', dir], { encoding: 'utf8', env });
    expect(text).toContain('untrusted   refused (2 reasons):\n  saved_model.pb field meta_graphs[0].graph_def is written more than once');
    // Trusted, TensorFlow merges both copies and runs the hidden op: the escape was real.
    const model = await savedModel.load(dir);
    model.dispose();
    expect(fs.readFileSync(marker, 'utf8')).toBe('hidden graph_def ran');
  });

  test('GraphDef.library twice, the writer function in the first copy: refused, nothing written', async () => {
    const marker = path.join(scratch, 'library-twice.txt');
    const dir = writeModel(path.join(scratch, 'library-twice'), hiddenLibraryModel(marker));
    const error = await refusal(dir);
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toContain('saved_model.pb field meta_graphs[0].graph_def.library is written more than once');
    // The merged library holds the writer, so the checker finds it inside the function.
    expect(error.message).toContain('node "write" (WriteFile) in function "hidden_writer": writes a file');
    expect(fs.existsSync(marker)).toBe(false);
    expect(savedModel.inspect(dir).untrusted).toHaveLength(2);
    const model = await savedModel.load(dir);
    model.dispose();
    expect(fs.readFileSync(marker, 'utf8')).toBe('hidden library ran');
  });
});

test('a function attribute naming an op instead of a library function (PartitionedCall f: "WriteFile") is refused', async () => {
  const marker = path.join(scratch, 'op-as-function.txt');
  const dir = writeModel(path.join(scratch, 'op-as-function'), opAsFunctionModel(marker));
  const error = await refusal(dir);
  expect(error.code).toBe('PERMISSION_DENIED');
  expect(error.message).toContain(
    'node "init" (StatefulPartitionedCall) in the graph: calls "WriteFile", which is not a function of the library (only library functions are checked; TensorFlow can also instantiate an op by its name)',
  );
  expect(fs.existsSync(marker)).toBe(false);
  // TensorFlow 2.21's PartitionedCall looks the name up in the library only (trusted, the load
  // fails); its function runtime does instantiate ops by name elsewhere (SymbolicGradient), so the
  // rule holds for every function-valued attribute rather than trusting each op's lookup.
  await expect(savedModel.load(dir)).rejects.toMatchObject({
    code: 'INVALID_ARGUMENT',
    message: expect.stringContaining('Failed to find function "WriteFile"'),
  });
  expect(fs.existsSync(marker)).toBe(false);
  // A library function named like an op is refused too (which of the two would run?).
  const named = writeModel(path.join(scratch, 'function-named-like-op'), functionNamedLikeOpModel());
  expect((await refusal(named)).message).toContain('function "Identity" has the name of a TensorFlow op');
});

test('DatasetFromGraph with a serialized dataset graph (TextLineDataset, ReadFile) in a string constant is refused', async () => {
  const secret = path.join(scratch, 'secret.txt');
  fs.writeFileSync(secret, 'api-key=12345\nsecond line\n');
  const { graphDef } = runPythonJson<{ graphDef: string }>('hostile_dataset_graph.py', { path: secret });
  const dir = writeModel(path.join(scratch, 'dataset-from-graph'), datasetFromGraphModel(Buffer.from(graphDef, 'base64')));
  const error = await refusal(dir);
  expect(error.code).toBe('PERMISSION_DENIED');
  expect(error.message).toContain(
    'node "dataset" (DatasetFromGraph) in the graph: runs a dataset graph carried in a string tensor (its ops are not checked)',
  );
  expect(error.message).toContain(
    'node "element" (DatasetToSingleElement) in the graph: is not on the allow-list of ops for untrusted models',
  );
  // Trusted, the model returns the file: the escape was real.
  const model = await savedModel.load(dir);
  const { line, contents } = await model.run({ suffix: '' });
  expect(line.strings()).toEqual(['api-key=12345']);
  expect(contents.strings()).toEqual(['api-key=12345\nsecond line\n']);
  model.dispose();
});

describe('asset files outside the assets directory', () => {
  const passwdLine = fs.existsSync('/etc/passwd') ? fs.readFileSync('/etc/passwd', 'utf8').split('\n')[0] : '';

  test('asset_file_def.filename "../../../../etc/passwd" is refused; trusted, TensorFlow reads /etc/passwd into the table', async () => {
    expect(passwdLine).not.toBe('');
    const dir = copyModel(fixture('module_vocab_asset').dir, path.join(scratch, 'asset-traversal'));
    const escape = `${'../'.repeat(dir.split('/').length + 1)}etc/passwd`;
    editSavedModel(dir, (metaGraph: MetaGraphDef) => {
      (metaGraph.assetFileDef ?? [])[0].filename = escape;
    });
    const error = await refusal(dir);
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toBe(
      `SavedModel ${dir}: asset file name ${JSON.stringify(escape)} contains ".." (it would leave the assets directory); untrusted models may only read files inside their assets directory`,
    );
    expect(savedModel.inspect(dir).untrusted.map((v) => v.file)).toEqual([`assets/${escape}`]);
    const model = await savedModel.load(dir);
    const { ids } = await model.run({ words: [passwdLine, 'zero'] });
    expect(Array.from(ids.data() as BigInt64Array)).toEqual([0n, -1n]);
    model.dispose();
  });

  test('an absolute asset file name, and an asset that is a symlink leaving the directory, are refused', async () => {
    const absolute = copyModel(fixture('module_vocab_asset').dir, path.join(scratch, 'asset-absolute'));
    editSavedModel(absolute, (metaGraph: MetaGraphDef) => {
      (metaGraph.assetFileDef ?? [])[0].filename = '/etc/passwd';
    });
    expect((await refusal(absolute)).message).toContain('asset file name "/etc/passwd" is an absolute path');

    const linked = copyModel(fixture('module_vocab_asset').dir, path.join(scratch, 'asset-symlink'));
    fs.rmSync(path.join(linked, 'assets', 'vocab.txt'));
    fs.symlinkSync('/etc/passwd', path.join(linked, 'assets', 'vocab.txt'));
    const error = await refusal(linked);
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toBe(
      `${linked}/assets/vocab.txt resolves to /etc/passwd, outside the SavedModel directory ${fs.realpathSync(linked)} (untrusted models may not link out of their directory)`,
    );
    // A symlink that stays inside the directory is fine.
    const inside = copyModel(fixture('module_vocab_asset').dir, path.join(scratch, 'asset-symlink-inside'));
    fs.renameSync(path.join(inside, 'assets', 'vocab.txt'), path.join(inside, 'vocab-elsewhere.txt'));
    fs.symlinkSync('../vocab-elsewhere.txt', path.join(inside, 'assets', 'vocab.txt'));
    const model = await savedModel.load(inside, { trust: 'untrusted' });
    const { ids } = await model.run({ words: ['two', 'zero', 'eleven'] });
    expect(Array.from(ids.data() as BigInt64Array)).toEqual([2n, 0n, -1n]);
    model.dispose();
  });
});

test('check-then-load race: saved_model.pb swapped every 2 ms over 200 loads never runs the refused op', async () => {
  const dir = path.join(scratch, 'race');
  const marker = path.join(scratch, 'race-marker.txt');
  writeModel(dir, harmlessInitModel());
  const harmless = path.join(scratch, 'race-harmless.pb');
  const hostile = path.join(scratch, 'race-hostile.pb');
  fs.writeFileSync(harmless, harmlessInitModel());
  fs.writeFileSync(hostile, writerInitModel(marker));
  // The swapper: a separate process (the loads' synchronous reads would stall a timer in this one).
  const swapper = spawn(
    process.execPath,
    [
      '-e',
      `const fs = require('fs'); const [dir, a, b] = process.argv.slice(1); let i = 0;
       setInterval(() => { const tmp = dir + '/.swap'; fs.copyFileSync(i++ % 2 ? a : b, tmp); fs.renameSync(tmp, dir + '/saved_model.pb'); }, 2);`,
      dir,
      harmless,
      hostile,
    ],
    { stdio: 'ignore' },
  );
  let ran = 0;
  let loaded = 0;
  let refused = 0;
  try {
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (let i = 0; i < 200; i++) {
      try {
        const model = await savedModel.load(dir, { trust: 'untrusted', scratchDir: scratch });
        loaded++;
        model.dispose();
      } catch (error) {
        if ((error as TensorFlowError).code !== 'PERMISSION_DENIED') throw error;
        refused++;
      }
      if (fs.existsSync(marker)) {
        ran++;
        fs.unlinkSync(marker);
      }
    }
  } finally {
    swapper.kill();
  }
  console.log(`race: ${loaded} loaded, ${refused} refused, refused op ran ${ran} times`);
  expect(ran).toBe(0);
  // Both versions were really seen: the swapping raced the loads.
  expect(loaded).toBeGreaterThan(0);
  expect(refused).toBeGreaterThan(0);
  // Every private copy was removed, and nothing else in the scratch directory was touched.
  expect(fs.readdirSync(scratch).filter((name) => name.startsWith('hydra-tf-untrusted-'))).toEqual([]);
  expect(fs.existsSync(harmless) && fs.existsSync(hostile)).toBe(true);
}, 300_000);

test('recursive functions (direct and mutual) are refused, trusted or not, instead of crashing the process', () => {
  const direct = writeModel(path.join(scratch, 'recursion-direct'), functionModel([forwardingFunction('loop', 'loop')], 'loop'));
  const mutual = writeModel(
    path.join(scratch, 'recursion-mutual'),
    functionModel([forwardingFunction('ping', 'pong'), forwardingFunction('pong', 'ping')], 'ping'),
  );
  const results = inChild([
    { what: 'load', dir: direct, trust: 'untrusted' },
    { what: 'load', dir: direct, trust: 'trusted' },
    { what: 'load', dir: mutual, trust: 'untrusted' },
    { what: 'inspect', dir: mutual },
  ]);
  expect(results.slice(0, 3).map((r) => [r.ok, r.code])).toEqual([
    [false, 'INVALID_ARGUMENT'],
    [false, 'INVALID_ARGUMENT'],
    [false, 'INVALID_ARGUMENT'],
  ]);
  expect(results[0].message).toBe(
    `SavedModel ${direct} cannot be loaded: its functions call themselves, and TensorFlow has no recursion (it would crash the process): loop -> loop`,
  );
  expect(results[2].message).toMatch(/: (ping -> pong -> ping|pong -> ping -> pong)$/);
  expect(results[3].compatibility?.recursiveCalls).toHaveLength(1);
  expect(results[3].untrusted?.map((v) => v.reason)).toEqual([
    expect.stringMatching(/^calls itself \((ping -> pong -> ping|pong -> ping -> pong)\); recursive functions are refused$/),
  ]);
});

describe('files that would block or never end (trusted loads too)', () => {
  function mkfifo(file: string): void {
    const made = spawnSync('mkfifo', [file]);
    if (made.status !== 0) throw new Error(`mkfifo ${file} failed: ${made.stderr}`);
  }

  test('saved_model.pb as a FIFO or a symlink to /dev/zero fails at once, for load and inspect', () => {
    const fifo = path.join(scratch, 'fifo-pb');
    fs.mkdirSync(fifo);
    mkfifo(path.join(fifo, 'saved_model.pb'));
    const zero = path.join(scratch, 'zero-pb');
    fs.mkdirSync(zero);
    fs.symlinkSync('/dev/zero', path.join(zero, 'saved_model.pb'));
    const results = inChild([
      { what: 'load', dir: fifo, trust: 'trusted' },
      { what: 'load', dir: fifo, trust: 'untrusted' },
      { what: 'inspect', dir: fifo },
      { what: 'load', dir: zero, trust: 'trusted' },
      { what: 'load', dir: zero, trust: 'untrusted' },
      { what: 'inspect', dir: zero },
    ]);
    for (const result of results.slice(0, 3)) {
      expect(result).toMatchObject({
        ok: false,
        code: 'INVALID_ARGUMENT',
        message: `${fifo}/saved_model.pb is a FIFO, not a regular file: SavedModel files must be regular files`,
      });
    }
    for (const result of results.slice(3)) {
      expect(result).toMatchObject({
        ok: false,
        code: 'INVALID_ARGUMENT',
        message: `${zero}/saved_model.pb is a character device, not a regular file: SavedModel files must be regular files`,
      });
    }
    for (const result of results) expect(result.ms).toBeLessThan(5000);
  });

  test('a variables file or fingerprint.pb as a FIFO, or a symlink to /dev/zero, fails at once; limits bound the sizes', async () => {
    const fifo = copyModel(fixture('keras_bn_dropout').dir, path.join(scratch, 'fifo-variables'));
    fs.rmSync(path.join(fifo, 'variables', 'variables.index'));
    mkfifo(path.join(fifo, 'variables', 'variables.index'));
    const zero = copyModel(fixture('keras_bn_dropout').dir, path.join(scratch, 'zero-variables'));
    const shard = fs.readdirSync(path.join(zero, 'variables')).find((name) => name.startsWith('variables.data-')) as string;
    fs.rmSync(path.join(zero, 'variables', shard));
    fs.symlinkSync('/dev/zero', path.join(zero, 'variables', shard));
    // TensorFlow's loader reads fingerprint.pb too (a trusted load of this one blocked for good).
    const fingerprint = copyModel(fixture('keras_multi_head').dir, path.join(scratch, 'fifo-fingerprint'));
    fs.rmSync(path.join(fingerprint, 'fingerprint.pb'));
    mkfifo(path.join(fingerprint, 'fingerprint.pb'));
    const results = inChild([
      { what: 'load', dir: fifo, trust: 'trusted' },
      { what: 'load', dir: fifo, trust: 'untrusted' },
      { what: 'load', dir: zero, trust: 'trusted' },
      { what: 'load', dir: zero, trust: 'untrusted' },
      { what: 'inspect', dir: zero },
      { what: 'load', dir: fingerprint, trust: 'trusted' },
      { what: 'load', dir: fingerprint, trust: 'untrusted' },
    ]);
    expect(results[5]).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
      message: `${fingerprint}/fingerprint.pb is a FIFO, not a regular file: SavedModel files must be regular files`,
    });
    // The private copy of an untrusted load holds no fingerprint: TensorFlow never opens the FIFO.
    expect(results[6]).toMatchObject({ ok: true });
    expect(results[0]).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
      message: `${fifo}/variables/variables.index is a FIFO, not a regular file: SavedModel files must be regular files`,
    });
    expect(results[1]).toMatchObject(results[0].ok === false ? { ok: false, code: 'INVALID_ARGUMENT', message: results[0].message } : {});
    expect(results[2]).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
      message: `${zero}/variables/${shard} is a character device, not a regular file: SavedModel files must be regular files`,
    });
    expect(results[3]).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(results[4].untrusted?.map((v) => v.reason)).toEqual([
      `${zero}/variables/${shard} is a character device, not a regular file: SavedModel files must be regular files`,
    ]);
    for (const result of results) expect(result.ms).toBeLessThan(5000);

    // Size limits, for saved_model.pb and for all files together.
    const { dir } = fixture('keras_bn_dropout');
    const pbSize = fs.statSync(path.join(dir, 'saved_model.pb')).size;
    await expect(savedModel.load(dir, { limits: { savedModelBytes: pbSize - 1 } })).rejects.toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
      message: `${dir}/saved_model.pb is ${pbSize} bytes, more than the limit of ${pbSize - 1} (limits.savedModelBytes)`,
    });
    await expect(savedModel.load(dir, { trust: 'untrusted', limits: { totalBytes: pbSize + 10 } })).rejects.toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
      message: expect.stringMatching(/ bytes, more than the limit of \d+ \(limits\.totalBytes, over all files\)$/),
    });
    expect(() => savedModel.inspect(dir, { limits: { assetFiles: -1 } })).toThrow(
      'limits.assetFiles must be a non-negative integer, got -1',
    );
  });
});

test('an untrusted load reads from a private copy and removes it, loaded or refused by TensorFlow', async () => {
  const copies = fs.mkdtempSync(path.join(scratch, 'copies-'));
  const { dir, reference } = fixture('keras_bn_dropout');
  const model = await savedModel.load(dir, { trust: 'untrusted', scratchDir: copies });
  expect(fs.readdirSync(copies)).toEqual([]);
  // The digests of the bytes the load read (cache keys need no second read of the files).
  const sha256 = (file: string) =>
    crypto
      .createHash('sha256')
      .update(fs.readFileSync(path.join(dir, file)))
      .digest('hex');
  expect(model.digests).toEqual({ savedModelSha256: sha256('saved_model.pb'), variablesIndexSha256: sha256('variables/variables.index') });
  // The variables were restored from the copy before it went: the outputs are Python's.
  const testCase = reference.cases[0];
  const outputs = await model.run(
    testCase.signature,
    Object.fromEntries(Object.entries(testCase.inputs).map(([key, value]) => [key, toTensor(value)])),
  );
  for (const [key, expected] of Object.entries(testCase.outputs)) expect(maxAbsDiff(outputs[key], expected)).toBeLessThanOrEqual(1e-5);
  model.dispose();
  // TensorFlow refuses this one after the copy is written (the restore reads a damaged shard).
  const damaged = copyModel(dir, path.join(scratch, 'damaged-shard'));
  const shard = fs.readdirSync(path.join(damaged, 'variables')).find((name) => name.startsWith('variables.data-')) as string;
  fs.truncateSync(path.join(damaged, 'variables', shard), 8);
  const error = await refusal(damaged, { scratchDir: copies });
  expect(error.message).not.toContain(copies);
  expect(fs.readdirSync(copies)).toEqual([]);
});

test('findMergedFields names message fields and oneofs written twice, and nothing in real SavedModels', () => {
  const attr = (value: object) => proto.encode('tensorflow.AttrValue', value);
  expect(proto.findMergedFields('tensorflow.AttrValue', Buffer.concat([attr({ s: 'a' }), attr({ list: { s: ['b'] } })]))).toEqual([
    'value (oneof)',
  ]);
  expect(proto.findMergedFields('tensorflow.AttrValue', Buffer.concat([attr({ s: 'a' }), attr({ s: 'b' })]))).toEqual(['value (oneof)']);
  // A scalar written twice means the same to every parser (the last wins): not reported.
  expect(
    proto.findMergedFields(
      'tensorflow.NodeDef',
      Buffer.concat([proto.encode('tensorflow.NodeDef', { name: 'a' }), proto.encode('tensorflow.NodeDef', { name: 'b' })]),
    ),
  ).toEqual([]);
  // Inside maps and repeated fields, with the path: FunctionDef.attr (field 5) entry whose value (field 2) is written twice.
  const typeAttr = proto.encode('tensorflow.AttrValue', { type: 1 });
  const entry = Buffer.concat([wireField(1, Buffer.from('T')), wireField(2, typeAttr), wireField(2, typeAttr)]);
  expect(proto.findMergedFields('tensorflow.FunctionDef', wireField(5, entry))).toEqual(['attr[0].value']);
  expect(
    proto.findMergedFields('tensorflow.FunctionDef', Buffer.concat([wireField(5, entry.subarray(0, entry.length - typeAttr.length - 2))])),
  ).toEqual([]);
  for (const name of ['keras_multi_head', 'module_two_signatures', 'keras_bn_dropout', 'tf1_simple_save', 'module_vocab_asset']) {
    expect({
      name,
      merged: proto.findMergedFields('tensorflow.SavedModel', fs.readFileSync(path.join(fixture(name).dir, 'saved_model.pb'))),
    }).toEqual({ name, merged: [] });
  }
});

test('kernels known to kill the process: attribute guards apply, rank-guarded ops are refused', () => {
  const float = { type: 1 };
  const placeholder = (name: string) => ({ name, op: 'Placeholder', attr: { dtype: float } });
  const transpose = (name: string, strides: number[]) => ({
    name,
    op: 'Conv2DBackpropInput',
    input: ['sizes', 'filter', 'grad'],
    attr: { T: float, strides: { list: { i: strides } }, padding: { s: Buffer.from('SAME') } },
  });
  const dir = writeModel(
    path.join(scratch, 'crashing-kernels'),
    graphModel([
      placeholder('filter'),
      placeholder('grad'),
      { name: 'sizes', op: 'Placeholder', attr: { dtype: { type: 3 } } },
      transpose('upsample', [1, 2, 2, 1]),
      transpose('zero_stride', [1, 0, 2, 1]),
      {
        name: 'cell',
        op: 'LSTMBlockCell',
        input: ['grad', 'grad', 'grad', 'filter', 'filter', 'filter', 'filter', 'filter'],
        attr: { T: float },
      },
    ]),
  );
  const refused = savedModel.inspect(dir).untrusted.map((v) => `${v.node}: ${v.reason}`);
  expect(refused).toEqual([
    'zero_stride: attribute strides must be 4 integers >= 1, got [1,0,2,1] (its kernel would kill the process: CHECK failure on the data_format index with strides of length 2)',
    'cell: its kernel can kill the process on hostile inputs (CHECK failure "d < dims()" on scalar inputs)',
  ]);
});
