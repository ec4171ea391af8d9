// Hostile SavedModels that escaped `trust: 'untrusted'` (issue 17): each case reads or writes a
// file, hangs, or crashes the process without the by-construction loader (one read of every file,
// regular files only, a private re-encoded copy, the allow-list). Where the attack is a real
// escape, the same model is also loaded trusted, to show that TensorFlow really does what the
// untrusted load refuses.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { TensorFlowError, savedModel } from '../../lib';
import type { MetaGraphDef } from '../../lib/proto';
import { copyModel, editSavedModel, fixture, maxAbsDiff, runPython, temporaryDirectory, toTensor } from './fixtures';
import {
  datasetFromGraphModel,
  forwardingFunction,
  functionModel,
  harmlessInitModel,
  hiddenGraphDefModel,
  hiddenLibraryModel,
  writeModel,
  writerInitModel,
} from './hostile-models';

let scratch: string;
beforeAll(() => {
  scratch = temporaryDirectory('hydra-tf-hostile-');
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
function inChild(jobs: Array<{ what: 'load' | 'inspect'; dir: string; trust?: 'trusted' | 'untrusted' }>, timeoutMs = 60_000): ChildResult[] {
  const result = spawnSync(process.execPath, [CHILD, JSON.stringify(jobs)], { encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' } });
  if (result.signal || result.status !== 0) {
    throw new Error(`child ${result.signal ? `killed by ${result.signal}` : `exited ${result.status}`} (timeout ${timeoutMs} ms):\n${(result.stderr ?? '').slice(-2000)}`);
  }
  return JSON.parse(result.stdout.trim().split('\n').pop() as string) as ChildResult[];
}

describe('a field written twice in saved_model.pb (TensorFlow merges the copies)', () => {
  test('MetaGraphDef.graph_def twice, the WriteFile init op in the first copy: refused, nothing written', async () => {
    const marker = path.join(scratch, 'graph-def-twice.txt');
    const dir = writeModel(path.join(scratch, 'graph-def-twice'), hiddenGraphDefModel(marker));
    const error = await refusal(dir);
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toContain('init is the init op, but the graph has no node "init"');
    expect(fs.existsSync(marker)).toBe(false);
    // inspect reports what the untrusted loader does.
    expect(savedModel.inspect(dir).untrusted.map((v) => v.reason)).toEqual(['is the init op, but the graph has no node "init"']);
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
    expect(error.message).toContain(
      'node "init" (StatefulPartitionedCall) in the graph: calls "hidden_writer", which is not a function of the library (TensorFlow would run the op of that name)',
    );
    expect(fs.existsSync(marker)).toBe(false);
    expect(savedModel.inspect(dir).untrusted).toHaveLength(1);
    const model = await savedModel.load(dir);
    model.dispose();
    expect(fs.readFileSync(marker, 'utf8')).toBe('hidden library ran');
  });
});

test('DatasetFromGraph with a serialized dataset graph (TextLineDataset, ReadFile) in a string constant is refused', async () => {
  const secret = path.join(scratch, 'secret.txt');
  fs.writeFileSync(secret, 'api-key=12345\nsecond line\n');
  const { graphDef } = runPython<{ graphDef: string }>('hostile_dataset_graph.py', { path: secret });
  const dir = writeModel(path.join(scratch, 'dataset-from-graph'), datasetFromGraphModel(Buffer.from(graphDef, 'base64')));
  const error = await refusal(dir);
  expect(error.code).toBe('PERMISSION_DENIED');
  expect(error.message).toContain('node "dataset" (DatasetFromGraph) in the graph: runs a dataset graph carried in a string tensor (its ops are not checked)');
  expect(error.message).toContain('node "element" (DatasetToSingleElement) in the graph: is not on the allow-list of ops for untrusted models');
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
  const mutual = writeModel(path.join(scratch, 'recursion-mutual'), functionModel([forwardingFunction('ping', 'pong'), forwardingFunction('pong', 'ping')], 'ping'));
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
  expect(results[3].untrusted?.map((v) => v.reason)).toEqual([expect.stringMatching(/^calls itself \((ping -> pong -> ping|pong -> ping -> pong)\); recursive functions are refused$/)]);
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
      expect(result).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: `${fifo}/saved_model.pb is a FIFO, not a regular file: SavedModel files must be regular files` });
    }
    for (const result of results.slice(3)) {
      expect(result).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: `${zero}/saved_model.pb is a character device, not a regular file: SavedModel files must be regular files` });
    }
    for (const result of results) expect(result.ms).toBeLessThan(5000);
  });

  test('a variables file as a FIFO or a symlink to /dev/zero fails at once; limits bound the sizes', async () => {
    const fifo = copyModel(fixture('keras_bn_dropout').dir, path.join(scratch, 'fifo-variables'));
    fs.rmSync(path.join(fifo, 'variables', 'variables.index'));
    mkfifo(path.join(fifo, 'variables', 'variables.index'));
    const zero = copyModel(fixture('keras_bn_dropout').dir, path.join(scratch, 'zero-variables'));
    const shard = fs.readdirSync(path.join(zero, 'variables')).find((name) => name.startsWith('variables.data-')) as string;
    fs.rmSync(path.join(zero, 'variables', shard));
    fs.symlinkSync('/dev/zero', path.join(zero, 'variables', shard));
    const results = inChild([
      { what: 'load', dir: fifo, trust: 'trusted' },
      { what: 'load', dir: fifo, trust: 'untrusted' },
      { what: 'load', dir: zero, trust: 'trusted' },
      { what: 'load', dir: zero, trust: 'untrusted' },
      { what: 'inspect', dir: zero },
    ]);
    expect(results[0]).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: `${fifo}/variables/variables.index is a FIFO, not a regular file: SavedModel files must be regular files` });
    expect(results[1]).toMatchObject(results[0].ok === false ? { ok: false, code: 'INVALID_ARGUMENT', message: results[0].message } : {});
    expect(results[2]).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: `${zero}/variables/${shard} is a character device, not a regular file: SavedModel files must be regular files` });
    expect(results[3]).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(results[4].untrusted?.map((v) => v.reason)).toEqual([`${zero}/variables/${shard} is a character device, not a regular file: SavedModel files must be regular files`]);
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
    expect(() => savedModel.inspect(dir, { limits: { assetFiles: -1 } })).toThrow('limits.assetFiles must be a non-negative integer, got -1');
  });
});

test('an untrusted load reads from a private copy and removes it, loaded or refused by TensorFlow', async () => {
  const copies = fs.mkdtempSync(path.join(scratch, 'copies-'));
  const { dir, reference } = fixture('keras_bn_dropout');
  const model = await savedModel.load(dir, { trust: 'untrusted', scratchDir: copies });
  expect(fs.readdirSync(copies)).toEqual([]);
  // The variables were restored from the copy before it went: the outputs are Python's.
  const testCase = reference.cases[0];
  const outputs = await model.run(testCase.signature, Object.fromEntries(Object.entries(testCase.inputs).map(([key, value]) => [key, toTensor(value)])));
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
