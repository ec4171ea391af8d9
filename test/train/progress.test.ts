// Progress in Keras's layout: a live bar on a (fake) TTY, one line per epoch otherwise, nothing
// at verbose 0; and fit, evaluate, predict and the teachers' / feature extraction pass using it.
import { nn, train } from '../../lib';
import { fromArrays } from '../../lib/data';
import { MemorySink, computeShards } from '../../lib/mtl/transfer/precompute';
import { ProgressBar, ProgressReporter, formatValue, resolveVerbosity } from '../../lib/train/progress';

// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

/** A stream that records what is written; a TTY of `columns` when given. */
function fakeStream(options: { isTTY: boolean; columns?: number }) {
  const chunks: string[] = [];
  return {
    isTTY: options.isTTY,
    columns: options.columns,
    write: (chunk: string) => chunks.push(chunk),
    chunks,
    text: () => plain(chunks.join('')),
  };
}

/** A clock the test moves by hand (ms). */
function fakeClock() {
  const clock = { t: 0, now: () => clock.t };
  return clock;
}

describe('the progress bar', () => {
  test("a TTY: Keras's layout (count, 20-cell bar, time left, time per step, logs), redrawn in place", () => {
    const stream = fakeStream({ isTTY: true, columns: 200 });
    const clock = fakeClock();
    const progress = new ProgressReporter(stream, 'auto', { stepsPerEpoch: 40, now: clock.now });
    expect(progress.verbose).toBe(1);
    progress.epochBegin(1, 5);
    // The first step is slow (graph building); the rate leaves it out once there are more.
    clock.t = 1000;
    progress.batchEnd(1, { loss: 0.9 });
    clock.t = 1000 + 11 * 81;
    progress.batchEnd(12, { loss: 0.31, acc: 0.9 });
    const lines = stream.chunks.map(plain);
    expect(lines[0]).toBe('Epoch 2/5\n');
    // 12/40 fills 6 of 20 cells; 28 steps left at 81 ms are 2.3 s.
    expect(lines[2]).toBe('\r12/40 ━━━━━━━━━━━━━━━━━━━━ 2s 81ms/step - loss: 0.3100 - acc: 0.9000');
    expect(stream.chunks[2]).toContain(`\x1b[32m${'━'.repeat(6)}\x1b[0m\x1b[37m${'━'.repeat(14)}`);
    // Within 50 ms of the last draw: not redrawn; the epoch's end always is, with the time taken and a newline.
    clock.t += 10;
    progress.batchEnd(13, { loss: 0.3, acc: 0.9 });
    expect(stream.chunks).toHaveLength(3);
    clock.t = 4000;
    progress.epochEnd(1, 5, 40, { loss: 0.25, acc: 0.95, val_loss: 0.0001 });
    expect(plain(stream.chunks[3])).toBe(
      '\r40/40 ━━━━━━━━━━━━━━━━━━━━ 4s 77ms/step - loss: 0.2500 - acc: 0.9500 - val_loss: 1.0000e-04\x1b[K\n'.replace('\x1b[K', ''),
    );
  });

  test('a TTY narrower than the line: cut to the width (a wrapped line would break the redraw)', () => {
    const stream = fakeStream({ isTTY: true, columns: 40 });
    const bar = new ProgressBar({ target: 100, verbose: 1, stream, now: fakeClock().now });
    bar.update(50, { loss: 1.5, accuracy: 0.5, auc: 0.7 });
    const line = plain(stream.chunks[0]).replace('\r', '');
    expect(line).toHaveLength(39);
    expect(line.startsWith(' 50/100 ━━━━━━━━━━')).toBe(true);
  });

  test('not a TTY (logs, CI): one line per epoch, with the epoch, and nothing in between', () => {
    const stream = fakeStream({ isTTY: false });
    const clock = fakeClock();
    const progress = new ProgressReporter(stream, 'auto', { now: clock.now });
    expect(progress.verbose).toBe(2);
    for (let epoch = 0; epoch < 3; epoch++) {
      progress.epochBegin(epoch, 3);
      for (let step = 1; step <= 10; step++) {
        clock.t += 20;
        progress.batchEnd(step, { loss: 1 / step });
      }
      progress.epochEnd(epoch, 3, 10, { loss: 0.5, digit_accuracy: 0.9 });
    }
    const lines = stream.text().split('\n');
    expect(lines).toEqual([
      'Epoch 1/3 - 10/10 - 0s - 20ms/step - loss: 0.5000 - digit_accuracy: 0.9000',
      'Epoch 2/3 - 10/10 - 0s - 20ms/step - loss: 0.5000 - digit_accuracy: 0.9000',
      'Epoch 3/3 - 10/10 - 0s - 20ms/step - loss: 0.5000 - digit_accuracy: 0.9000',
      '',
    ]);
  });

  test('unknown steps: the first epoch counts them ("/Unknown"), the next ones know them', () => {
    const stream = fakeStream({ isTTY: true, columns: 120 });
    const clock = fakeClock();
    const progress = new ProgressReporter(stream, 1, { now: clock.now });
    progress.epochBegin(0, 2);
    clock.t = 500;
    progress.batchEnd(3, { loss: 2 });
    expect(stream.text()).toContain('\r      3/Unknown 1s 167ms/step - loss: 2.0000');
    progress.epochEnd(0, 2, 6, { loss: 1 });
    expect(stream.text()).toContain('\r6/6 ━━━━━━━━━━━━━━━━━━━━ 1s 83ms/step - loss: 1.0000\n');
    progress.epochBegin(1, 2);
    clock.t = 600;
    progress.batchEnd(2, { loss: 1 });
    expect(stream.text()).toContain('\r2/6 ━━━━━━');
  });

  test("verbose 0 prints nothing; verbose values are Keras's", () => {
    const stream = fakeStream({ isTTY: true });
    const progress = new ProgressReporter(stream, 0);
    progress.epochBegin(0, 2);
    progress.batchEnd(1, { loss: 1 });
    progress.epochEnd(0, 2, 1, { loss: 1 });
    progress.message('early stopping');
    expect(stream.chunks).toEqual([]);
    expect(resolveVerbosity(true, { write: () => 0, isTTY: false })).toBe(2);
    expect(resolveVerbosity(false, { write: () => 0, isTTY: true })).toBe(0);
    expect(() => resolveVerbosity(3 as never, { write: () => 0 })).toThrow("verbose must be 0, 1, 2, 'auto' or a boolean, got 3");
    expect([formatValue(0.31), formatValue(0.0001), formatValue(-2e-7), formatValue(12345.678)]).toEqual([
      '0.3100',
      '1.0000e-04',
      '-2.0000e-07',
      '12345.6780',
    ]);
  });
});

describe("fit, evaluate, predict and the teachers' pass report progress", () => {
  let written: string[] = [];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    written = [];
    spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => spy.mockRestore());

  test('verbose 2: one line per epoch (steps known from the columns), one per evaluate; 0: none', async () => {
    const x = nn.input({ name: 'x', shape: [3] });
    const model = nn.model({ inputs: { x }, outputs: { y: nn.layers.dense({ units: 1 }).apply(x) } });
    const trainer = train.compile(model, { optimizer: 'sgd', loss: 'mse', seed: 1 });
    const data = { x: Float32Array.from({ length: 60 }, (_, i) => i / 60), y: Float32Array.from({ length: 20 }, (_, i) => i / 20) };
    await trainer.fit(data, { epochs: 3, batchSize: 8, verbose: 2, validation: data });
    const lines = plain(written.join('')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    lines.forEach((line, epoch) =>
      expect(line).toMatch(
        new RegExp(
          `^Epoch ${epoch + 1}/3 - 3/3 - \\d+s - \\d+(ms|us|s)/step - loss: [\\d.]+ - val_loss: [\\d.]+ - learning_rate: 0\\.0100$`,
        ),
      ),
    );
    written = [];
    await trainer.evaluate(data, { batchSize: 8, verbose: 2 });
    expect(plain(written.join(''))).toMatch(/^3\/3 - \d+s - \d+(ms|us|s)\/step - loss: [\d.]+\n$/);
    written = [];
    await trainer.predict(data, { verbose: 0 });
    await trainer.fit(data, { epochs: 1, verbose: 0 });
    await trainer.evaluate(data, { verbose: false });
    expect(written).toEqual([]);
    await trainer.close();
  });

  test('the pass that computes teacher outputs and features: one line over the examples', async () => {
    const data = fromArrays({ x: Float32Array.from({ length: 50 }, (_, i) => i), id: Int32Array.from({ length: 50 }, (_, i) => i) });
    const sink = new MemorySink();
    const examples = await computeShards({
      data,
      shardSize: 16,
      batchSize: 8,
      jobs: [],
      keep: ['x', 'id'],
      sink,
      what: 'extractFeatures into cache',
      verbose: 2,
    });
    expect(examples).toBe(50);
    expect(plain(written.join(''))).toMatch(/^extractFeatures into cache - 50\/50 - \d+s - \d+(ms|us|s)\/example\n$/);
  });
});
