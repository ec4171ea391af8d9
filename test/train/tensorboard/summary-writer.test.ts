// SummaryWriter end to end: what a training loop logs (two task metrics and a decaying learning
// rate over 50 steps, with a NaN and an Infinity) is read back by TensorFlow 2.21's
// summary_iterator, by tf.data.TFRecordDataset (which checks every CRC), by TensorBoard's data
// provider (what its dashboards read) and by its older EventAccumulator, with the same tags, steps,
// wall times and float32 values; the records are byte for byte what tf.summary writes; and files,
// flushing, closing and errors behave.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TensorFlowError } from '../../../lib/core/errors';
import { decodeEvent, encodeEvent } from '../../../lib/proto';
import { EVENTS_FILE_VERSION, SummaryWriter, createSummaryWriter, scalarValue, textValue } from '../../../lib/train/tensorboard';
import { float32Bits, readEventsPy, readRecords } from './helpers';
import { REPO } from '../../support/python';
import { tempDir } from '../../support/tmp';

const freshDir = () => tempDir('tensorboard');

function eventsFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.includes('tfevents'))
    .sort();
}

/** Polls `condition` every 10 ms for up to `ms`. */
async function eventually(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return condition();
}

// ---------------------------------------------------------------------------- the training log

const STEPS = 50;
// Wall times a double holds exactly, so they can be compared with toBe.
const wallTime = (step: number) => 1_750_000_000.125 + step * 0.5;
const TAGS = {
  loss: 'loss/digit',
  accuracy: 'metrics/digit_accuracy',
  learningRate: 'learning_rate',
} as const;
const expected: Record<string, (step: number) => number> = {
  [TAGS.loss]: (s) => (s === 33 ? Infinity : 2.3 * Math.exp(-s / 20) + 0.05 * Math.sin(s)),
  [TAGS.accuracy]: (s) => (s === 17 ? NaN : 1 - 0.9 * Math.exp(-s / 15)),
  [TAGS.learningRate]: (s) => 1e-3 * 0.9 ** s,
};
const TEXT = { tag: 'notes', steps: [0, 49], body: (s: number) => `step ${s}: **trunk** + 2 heads ✓` };

interface ValueView {
  tag: string;
  plugin: string;
  kind: string;
  dtype?: string;
  shape?: number[];
  bits?: number;
  text?: string;
}
interface EventView {
  wallTime: number;
  step: number;
  what: string | null;
  fileVersion?: string;
  sourceWriter?: string;
  values?: ValueView[];
}
interface ReadResult {
  files: string[];
  events: Record<string, EventView[]>;
  tfrecordCounts: Record<string, number>;
  tensorboard: {
    runs: string[];
    scalars: Record<string, Record<string, { step: number; wallTime: number; bits: number }[]>>;
    text: Record<string, Record<string, { step: number; text: string }[]>>;
  };
  legacyAccumulator: { scalarTags: string[]; tensors: Record<string, { step: number; wallTime: number; bits?: number }[]> };
}

/** The points the training log should show for `tag`: step, wall time and float32 bits. */
function expectedPoints(tag: string) {
  return Array.from({ length: STEPS }, (_, step) => ({ step, wallTime: wallTime(step), bits: float32Bits(expected[tag](step)) }));
}

describe('SummaryWriter, read back by TensorFlow and TensorBoard', () => {
  let logDir: string;
  let writer: SummaryWriter;
  let read: { versions: { tensorflow: string; tensorboard: string; python: string }; result: ReadResult };

  beforeAll(async () => {
    logDir = path.join(freshDir(), 'run'); // does not exist yet: the writer creates it
    writer = createSummaryWriter(logDir);
    for (let step = 0; step < STEPS; step++) {
      writer.scalars(step, { [TAGS.loss]: expected[TAGS.loss](step), [TAGS.accuracy]: expected[TAGS.accuracy](step) }, wallTime(step));
      writer.scalar(TAGS.learningRate, expected[TAGS.learningRate](step), step, wallTime(step));
      if (TEXT.steps.includes(step)) writer.text(TEXT.tag, TEXT.body(step), step, wallTime(step));
    }
    await writer.close();
    read = await readEventsPy<ReadResult>(['read', logDir]);
  });

  test('Python is TensorFlow 2.21.0 with TensorBoard 2.x', () => {
    expect(read.versions.tensorflow).toBe('2.21.0');
    expect(read.versions.tensorboard).toMatch(/^2\.\d+\.\d+$/);
  });

  test('one events file, named events.out.tfevents.<seconds>.<host>.<pid>.<n>', () => {
    expect(read.result.files).toEqual([path.basename(writer.path)]);
    expect(path.dirname(writer.path)).toBe(logDir);
    const [, seconds, rest] = /^events\.out\.tfevents\.(\d+)\.(.*)$/.exec(read.result.files[0]) ?? [];
    expect(Math.abs(Number(seconds) - Date.now() / 1000)).toBeLessThan(600);
    expect(rest).toMatch(new RegExp(`^${os.hostname().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.${process.pid}\\.\\d+$`));
  });

  test('summary_iterator: the file starts with file_version "brain.Event:2"', () => {
    const [first] = read.result.events[read.result.files[0]];
    expect(first).toMatchObject({ what: 'file_version', fileVersion: 'brain.Event:2', sourceWriter: 'hydra-tf', step: 0 });
    expect(EVENTS_FILE_VERSION).toBe('brain.Event:2');
    expect(Math.abs(first.wallTime - Date.now() / 1000)).toBeLessThan(600);
  });

  test('summary_iterator: 3 tags x 50 steps of float32 scalars, exact steps, wall times and values (NaN, Inf included)', () => {
    const events = read.result.events[read.result.files[0]].slice(1);
    // Per step: one scalars() event with 2 values, one scalar() event; plus 2 text events.
    expect(events).toHaveLength(2 * STEPS + TEXT.steps.length);
    const byTag: Record<string, { step: number; wallTime: number; bits: number }[]> = {};
    for (const event of events) {
      expect(event.what).toBe('summary');
      for (const value of event.values ?? []) {
        if (value.plugin !== 'scalars') continue;
        expect(value).toMatchObject({ kind: 'tensor', dtype: 'float32', shape: [] });
        (byTag[value.tag] ??= []).push({ step: event.step, wallTime: event.wallTime, bits: value.bits as number });
      }
    }
    expect(Object.keys(byTag).sort()).toEqual(Object.values(TAGS).sort());
    for (const tag of Object.values(TAGS)) expect(byTag[tag]).toEqual(expectedPoints(tag));
    // The special values really are special (not, say, stored as 0).
    expect(byTag[TAGS.accuracy][17].bits).toBe(0x7fc00000); // float32 quiet NaN
    expect(byTag[TAGS.loss][33].bits).toBe(0x7f800000); // float32 +Infinity
    expect(byTag[TAGS.learningRate][10].bits).toBe(float32Bits(Math.fround(1e-3 * 0.9 ** 10)));
  });

  test("summary_iterator: the text summaries, as TensorBoard's text plugin stores them", () => {
    const events = read.result.events[read.result.files[0]];
    const texts = events.flatMap((e) => (e.values ?? []).filter((v) => v.plugin === 'text').map((v) => ({ step: e.step, ...v })));
    expect(texts).toEqual(
      TEXT.steps.map((step) => ({
        step,
        tag: TEXT.tag,
        plugin: 'text',
        kind: 'tensor',
        dtype: 'string',
        shape: [],
        text: TEXT.body(step),
      })),
    );
  });

  test('tf.data.TFRecordDataset reads all 103 records without a CRC error', () => {
    expect(read.result.tfrecordCounts).toEqual({ [read.result.files[0]]: 1 + 2 * STEPS + TEXT.steps.length });
  });

  test("TensorBoard's data provider (what its Scalars dashboard reads) lists the 3 tags with every point", () => {
    const { runs, scalars } = read.result.tensorboard;
    expect(runs).toEqual(['.']);
    expect(Object.keys(scalars)).toEqual(['.']);
    expect(Object.keys(scalars['.']).sort()).toEqual(Object.values(TAGS).sort());
    for (const tag of Object.values(TAGS)) {
      expect(scalars['.'][tag].map(({ step, wallTime, bits }) => ({ step, wallTime, bits }))).toEqual(expectedPoints(tag));
    }
  });

  test("TensorBoard's data provider shows the text summaries under the text plugin", () => {
    expect(read.result.tensorboard.text).toEqual({
      '.': { [TEXT.tag]: TEXT.steps.map((step) => ({ step, text: TEXT.body(step) })) },
    });
  });

  test('TensorBoard\'s older EventAccumulator: every point, under "tensors" as for tf.summary\'s own files', () => {
    const { scalarTags, tensors } = read.result.legacyAccumulator;
    // It only files TF1 simple_value summaries under "scalars"; TF2 writes tensors, and so do we.
    expect(scalarTags).toEqual([]);
    expect(Object.keys(tensors).sort()).toEqual([...Object.values(TAGS), TEXT.tag].sort());
    for (const tag of Object.values(TAGS)) expect(tensors[tag]).toEqual(expectedPoints(tag));
    expect(tensors[TEXT.tag].map((p) => p.step)).toEqual(TEXT.steps);
  });
});

// ---------------------------------------------------------------------------- TensorFlow's bytes

describe('records are byte for byte what tf.summary writes', () => {
  test('scalars (ordinary, NaN, -Infinity, step 0, step 2^40) and text', async () => {
    const items = [
      { kind: 'scalar', tag: 'loss', value: 0.5, step: 3 },
      { kind: 'scalar', tag: 'learning_rate', value: 1e-3 * 0.9 ** 7, step: 7 },
      { kind: 'scalar', tag: 'metrics/nan', value: NaN, step: 4 },
      { kind: 'scalar', tag: 'metrics/neg_inf', value: -Infinity, step: 0 },
      { kind: 'scalar', tag: 'far', value: 1.25, step: 2 ** 40 },
      { kind: 'text', tag: 'notes', text: 'hello ✓ *markdown*', step: 1 },
    ] as const;
    const { result } = await readEventsPy<{ records: string[] }>(
      ['reference', freshDir()],
      JSON.stringify(items.map((i) => (i.kind === 'scalar' ? { kind: i.kind, tag: i.tag, bits: float32Bits(i.value), step: i.step } : i))),
    );
    // wall_time is left out on both sides: it is the one field that cannot match.
    const ours = items.map((i) =>
      Buffer.from(
        encodeEvent({
          step: i.step,
          summary: { value: [i.kind === 'scalar' ? scalarValue(i.tag, i.value) : textValue(i.tag, i.text)] },
        }),
      ).toString('hex'),
    );
    expect(ours).toEqual(result.records);
  });
});

// ---------------------------------------------------------------------------- files and flushing

describe('SummaryWriter files, flushing and closing', () => {
  test('two writers in one directory, created in the same second, write distinct files', async () => {
    const dir = freshDir();
    const a = createSummaryWriter(dir);
    const b = createSummaryWriter(dir, { filenameSuffix: '.v2' });
    expect(a.path).not.toBe(b.path);
    expect(b.path.endsWith('.v2')).toBe(true);
    a.scalar('loss', 1, 0);
    b.scalar('loss', 2, 0);
    await Promise.all([a.close(), b.close()]);
    expect(eventsFiles(dir)).toEqual([path.basename(a.path), path.basename(b.path)].sort());
    const lastValue = (file: string) => {
      const records = readRecords(file);
      expect(records).toHaveLength(2);
      const tensor = decodeEvent(records[1]).summary?.value?.[0].tensor;
      return Buffer.from(tensor?.tensorContent ?? []).readFloatLE(0);
    };
    expect([lastValue(a.path), lastValue(b.path)]).toEqual([1, 2]);
  });

  test('close() writes everything still queued (500 events, no timed flush), and is idempotent', async () => {
    const dir = freshDir();
    const writer = createSummaryWriter(dir, { flushMs: Infinity, maxQueue: 1_000_000 });
    await writer.flush(); // the file_version header
    for (let step = 0; step < 500; step++) writer.scalar('loss', 1 / (step + 1), step);
    await new Promise((r) => setTimeout(r, 50));
    expect(readRecords(writer.path)).toHaveLength(1); // nothing but the header reached the file
    const closing = writer.close();
    expect(writer.close()).toBe(closing);
    await closing;
    expect(writer.closed).toBe(true);
    const records = readRecords(writer.path);
    expect(records).toHaveLength(501);
    records.slice(1).forEach((record, step) => {
      const event = decodeEvent(record);
      expect(event.step ?? 0).toBe(step);
      expect(Buffer.from(event.summary?.value?.[0].tensor?.tensorContent ?? []).readFloatLE(0)).toBe(Math.fround(1 / (step + 1)));
    });
  });

  test('a timed flush writes within flushMs without any flush() call', async () => {
    const writer = createSummaryWriter(freshDir(), { flushMs: 50, maxQueue: 1000 });
    writer.scalars(0, { a: 1, b: 2, c: 3 });
    expect(await eventually(() => readRecords(writer.path).length === 2, 2000)).toBe(true);
    await writer.close();
  });

  test('maxQueue queued events start a flush at once', async () => {
    const writer = createSummaryWriter(freshDir(), { flushMs: Infinity, maxQueue: 5 });
    await writer.flush();
    for (let step = 0; step < 4; step++) writer.scalar('loss', step, step);
    await new Promise((r) => setTimeout(r, 50));
    expect(readRecords(writer.path)).toHaveLength(1);
    writer.scalar('loss', 4, 4); // the 5th queued event
    expect(await eventually(() => readRecords(writer.path).length === 6, 2000)).toBe(true);
    await writer.close();
  });

  test('a process that exits without close() still writes its queued events', () => {
    const dir = freshDir();
    // A child Node process loading lib/ from TypeScript source (transpiled on require).
    const script = `
      const fs = require('fs'); const ts = require('typescript');
      require.extensions['.ts'] = (module, file) => module._compile(ts.transpileModule(fs.readFileSync(file, 'utf8'),
        { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText, file);
      const { createSummaryWriter } = require(${JSON.stringify(path.join(REPO, 'lib', 'train', 'tensorboard'))});
      const writer = createSummaryWriter(${JSON.stringify(dir)}, { flushMs: Infinity, maxQueue: 1e6 });
      for (let step = 0; step < 20; step++) writer.scalar('loss', 1 / (step + 1), step);
      // no close(): the script just ends with 20 events queued`;
    const child = spawnSync(process.execPath, ['-e', script], { cwd: REPO, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const [file] = eventsFiles(dir);
    const records = readRecords(path.join(dir, file));
    expect(records).toHaveLength(21);
    const last = decodeEvent(records[20]);
    expect(last.step).toBe(19);
    expect(Buffer.from(last.summary?.value?.[0].tensor?.tensorContent ?? []).readFloatLE(0)).toBe(Math.fround(1 / 20));
  });
});

// ---------------------------------------------------------------------------- errors

describe('SummaryWriter errors', () => {
  test('a log directory that cannot be created: FAILED_PRECONDITION naming the path', () => {
    const file = path.join(freshDir(), 'not-a-directory');
    fs.writeFileSync(file, '');
    const logDir = path.join(file, 'run');
    let error: unknown;
    try {
      createSummaryWriter(logDir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TensorFlowError);
    expect(error).toMatchObject({ code: 'FAILED_PRECONDITION' });
    expect((error as Error).message).toContain(`cannot create TensorBoard log directory "${logDir}"`);
    expect((error as Error).message).toContain('ENOTDIR');
  });

  test('bad options: INVALID_ARGUMENT naming the option', () => {
    const dir = freshDir();
    expect(() => createSummaryWriter(dir, { flushMs: 0 })).toThrow(/flushMs must be a number of milliseconds/);
    expect(() => createSummaryWriter(dir, { flushMs: 2 ** 31 })).toThrow(/flushMs/);
    expect(() => createSummaryWriter(dir, { maxQueue: 0 })).toThrow(/maxQueue must be an integer >= 1, got 0/);
    expect(() => createSummaryWriter(dir, { filenameSuffix: '/x' })).toThrow(/filenameSuffix/);
    expect(eventsFiles(dir)).toEqual([]); // nothing was created by the refused calls
  });

  test('bad tags, values and steps: INVALID_ARGUMENT naming the writer and the tag; nothing written', async () => {
    const writer = createSummaryWriter(freshDir(), { flushMs: Infinity });
    const where = `SummaryWriter("${writer.path}")`;
    expect(() => writer.scalar('', 1, 0)).toThrow(`${where}: a tag must be a non-empty string, got ""`);
    expect(() => writer.scalar('loss', '0.5' as unknown as number, 0)).toThrow(
      `${where}: scalar "loss": value must be a number, got string`,
    );
    expect(() => writer.scalar('loss', 0.5, 1.5)).toThrow(`${where}: scalar "loss": step must be an integer`);
    expect(() => writer.scalar('loss', 0.5, 2 ** 53)).toThrow(/step must be an integer/);
    expect(() => writer.scalar('loss', 0.5, 2n ** 63n)).toThrow(/step must be an integer/);
    expect(() => writer.scalar('loss', 0.5, 0, NaN)).toThrow(
      `${where}: scalar "loss": wallTime must be a finite number of seconds, got NaN`,
    );
    expect(() => writer.text('notes', 3 as unknown as string, 0)).toThrow(`${where}: text "notes": expected a string, got number`);
    // One bad entry refuses the whole step.
    expect(() => writer.scalars(0, { loss: 0.5, accuracy: null as unknown as number })).toThrow(
      'scalar "accuracy": value must be a number, got object',
    );
    expect(() => writer.scalar('x', 1, 0.5)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    writer.scalar('loss', 0.5, 2n ** 62n); // a bigint step within int64 is fine
    await writer.close();
    const records = readRecords(writer.path);
    expect(records).toHaveLength(2);
    expect(decodeEvent(records[1]).step).toBe(2n ** 62n);
  });

  test('logging after close(): FAILED_PRECONDITION', async () => {
    const writer = createSummaryWriter(freshDir());
    await writer.close();
    expect(() => writer.scalar('loss', 1, 0)).toThrow(`SummaryWriter("${writer.path}") is closed: cannot write scalar "loss"`);
    expect(() => writer.scalar('loss', 1, 0)).toThrow(expect.objectContaining({ code: 'FAILED_PRECONDITION' }));
  });
});
