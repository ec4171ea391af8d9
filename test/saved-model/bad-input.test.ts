// Bad input: each gives a TensorFlowError with the right code and a message naming the problem,
// and the process keeps working (after every test, a fixture loads and runs correctly).
import * as fs from 'fs';
import * as path from 'path';
import { TensorFlowError, proto, savedModel, tensor } from '../../lib';
import { copyModel, fixture, maxAbsDiff, toTensor } from './fixtures';
import { tempDir } from '../support/tmp';

let scratch: string;
beforeAll(() => {
  scratch = tempDir('saved-model');
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function stillWorks(): Promise<void> {
  const { dir, reference } = fixture('tf1_simple_save');
  const model = await savedModel.load(dir);
  const testCase = reference.cases[0];
  const { y } = await model.run({ x: toTensor(testCase.inputs.x), word: toTensor(testCase.inputs.word) });
  expect(maxAbsDiff(y, testCase.outputs.y)).toBeLessThanOrEqual(1e-5);
  model.dispose();
}

async function failure(promise: Promise<unknown>): Promise<TensorFlowError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TensorFlowError);
    return error as TensorFlowError;
  }
  throw new Error('expected a rejection');
}

describe('bad input to savedModel.load and run', () => {
  afterEach(stillWorks);

  test('a missing directory', async () => {
    const missing = path.join(scratch, 'no-such-model');
    const error = await failure(savedModel.load(missing));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe(`SavedModel directory ${missing} does not exist`);
  });

  test('a directory without saved_model.pb', async () => {
    const empty = fs.mkdtempSync(path.join(scratch, 'empty-'));
    const error = await failure(savedModel.load(empty));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe(`${empty} is not a SavedModel: it has no saved_model.pb`);
  });

  test('a truncated saved_model.pb', async () => {
    const dir = copyModel(fixture('keras_multi_head').dir, path.join(scratch, 'truncated'));
    const file = path.join(dir, 'saved_model.pb');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await failure(savedModel.load(dir));
    expect(error.code).toBe('DATA_LOSS');
    expect(error.message).toContain(
      `${file} is not a valid SavedModel protobuf (${Math.floor(bytes.length / 2)} bytes; truncated or corrupt?)`,
    );
  });

  test('a corrupt variables file', async () => {
    const dir = copyModel(fixture('keras_multi_head').dir, path.join(scratch, 'corrupt-variables'));
    const data = path.join(dir, 'variables', 'variables.data-00000-of-00001');
    const bytes = fs.readFileSync(data);
    // Flip every byte: each tensor's CRC32C in variables.index no longer matches.
    for (let i = 0; i < bytes.length; i++) bytes[i] ^= 0xff;
    fs.writeFileSync(data, bytes);
    const error = await failure(savedModel.load(dir));
    expect(error.code).toBe('DATA_LOSS');
    expect(error.message).toContain(`cannot load SavedModel from ${dir}`);
    expect(error.message).toMatch(/checksum|crc/i);
  });

  test('a missing variables file', async () => {
    const dir = copyModel(fixture('tf1_simple_save').dir, path.join(scratch, 'missing-variables'));
    fs.rmSync(path.join(dir, 'variables', 'variables.data-00000-of-00001'));
    const error = await failure(savedModel.load(dir));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain(`cannot load SavedModel from ${dir}`);
    expect(error.message).toContain('variables.data-00000-of-00001');
  });

  test('a wrong tag', async () => {
    const { dir } = fixture('keras_multi_head');
    const error = await failure(savedModel.load(dir, { tags: ['train'] }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe(`SavedModel ${dir} has no MetaGraph tagged ["train"]; its tag sets are ["serve"]`);
  });

  test('bad options', async () => {
    const { dir } = fixture('keras_multi_head');
    expect((await failure(savedModel.load(dir, { trust: 'maybe' as never }))).message).toBe(
      `trust must be 'trusted' or 'untrusted', got "maybe"`,
    );
    expect((await failure(savedModel.load(dir, { tags: 'serve' as never }))).message).toBe('tags must be an array of strings, got "serve"');
    expect((await failure(savedModel.load(42 as never))).code).toBe('INVALID_ARGUMENT');
  });

  describe('running', () => {
    let model: savedModel.LoadedModel;
    beforeAll(async () => {
      model = await savedModel.load(fixture('keras_multi_head').dir);
    });
    afterAll(() => model.dispose());
    const features = () => tensor(new Float32Array(10), { shape: [2, 5] });
    const image = () => tensor(new Float32Array(2 * 8 * 8 * 3), { shape: [2, 8, 8, 3] });

    test('an unknown signature', async () => {
      const error = await failure(model.run('predict', { image: image(), features: features() }));
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toBe(`SavedModel ${model.dir} has no signature "predict" (it has "serve", "serving_default")`);
    });

    test('an unknown input name', async () => {
      const error = await failure(model.run({ image: image(), features: features(), label: [1] }));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toBe('signature "serving_default" has no input "label" (its inputs are "features", "image")');
    });

    test('a missing input', async () => {
      const error = await failure(model.run({ image: image() }));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toBe('signature "serving_default": missing input "features"');
    });

    test('a feed of the wrong dtype', async () => {
      const error = await failure(model.run({ image: image(), features: tensor(new Int32Array(10), { shape: [2, 5] }) }));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toBe('signature "serving_default" input "features" expects dtype float32, got a tensor of dtype int32');
      // Plain values are converted with the signature's dtype, and refused if they cannot be.
      const strings = await failure(model.run({ image: image(), features: [['a', 'b', 'c', 'd', 'e']] }));
      expect(strings.message).toMatch(
        /^signature "serving_default" input "features" \(float32 \[\?, 5\]\): element 0 \("a"\) is not a number/,
      );
    });

    test('a feed of the wrong shape', async () => {
      const error = await failure(model.run({ image: tensor(new Float32Array(2 * 8 * 8), { shape: [2, 8, 8] }), features: features() }));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toBe('signature "serving_default" input "image" expects shape [?, 8, 8, 3], got [2, 8, 8]');
      const flat = await failure(model.run({ image: image(), features: new Float32Array(7) }));
      expect(flat.message).toBe(
        'signature "serving_default" input "features" expects shape [?, 5], got a typed array of 7 elements (not a multiple of 5)',
      );
    });

    test('an unknown output name and inputs that are not an object', async () => {
      const error = await failure(model.run({ image: image(), features: features() }, { outputs: ['logits'] }));
      expect(error.message).toBe('signature "serving_default" has no output "logits" (its outputs are "classification", "regression")');
      const notObject = await failure(model.run(tensor([1]) as never));
      expect(notObject.message).toMatch(/^signature "serving_default": inputs must be an object keyed by input name/);
    });

    test('batch sizes that disagree fail inside TensorFlow, with the signature named', async () => {
      const error = await failure(model.run({ image: image(), features: tensor(new Float32Array(15), { shape: [3, 5] }) }));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toMatch(/^signature "serving_default" of SavedModel .*keras_multi_head\/model: /);
    });
  });

  test('a disposed model', async () => {
    const model = await savedModel.load(fixture('tf1_simple_save').dir);
    model.dispose();
    const error = await failure(model.run({ x: [[1, 2, 3]], word: ['low'] }));
    expect(error.code).toBe('FAILED_PRECONDITION');
    expect(error.message).toBe(`the SavedModel ${model.dir} has been disposed`);
  });
});

describe('choosing a MetaGraph', () => {
  test('a SavedModel with two MetaGraphs: tags choose, the default is ["serve"], unreadable files are named', async () => {
    const scratchDir = tempDir('saved-model');
    try {
      const dir = copyModel(fixture('tf1_simple_save').dir, path.join(scratchDir, 'two-graphs'));
      editSavedModelAddingGraph(dir);
      expect(savedModel.inspect(dir).tagSets).toEqual([['serve'], ['serve', 'gpu']]);
      const serving = await savedModel.load(dir);
      expect(serving.tags).toEqual(['serve']);
      serving.dispose();
      const gpu = await savedModel.load(dir, { tags: ['gpu', 'serve'] });
      expect(gpu.tags).toEqual(['serve', 'gpu']);
      gpu.dispose();
      // A directory where saved_model.pb should be.
      const odd = fs.mkdtempSync(path.join(scratchDir, 'odd-'));
      fs.mkdirSync(path.join(odd, 'saved_model.pb'));
      const error = await failure(savedModel.load(odd));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toBe(`${odd}/saved_model.pb is a directory, not a regular file: SavedModel files must be regular files`);
    } finally {
      fs.rmSync(scratchDir, { recursive: true, force: true });
    }
  });
});

/** Appends a copy of the first MetaGraph tagged ["serve", "gpu"]. */
function editSavedModelAddingGraph(dir: string): void {
  const file = path.join(dir, 'saved_model.pb');
  const saved = proto.decode('tensorflow.SavedModel', fs.readFileSync(file));
  const copy = proto.decode('tensorflow.MetaGraphDef', proto.encode('tensorflow.MetaGraphDef', saved.metaGraphs![0]));
  copy.metaInfoDef!.tags = ['serve', 'gpu'];
  saved.metaGraphs!.push(copy);
  fs.writeFileSync(file, proto.encode('tensorflow.SavedModel', saved));
}
