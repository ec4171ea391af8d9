// Crash-safe checkpoints: fresh prefixes, an atomically replaced state file with named pointers,
// validated names and paths, defensive reads, and what Python's tf.train reads from all of it.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { nn, train } from '../../lib';
import { withKillAt } from './crash';
// The module object itself (an import-star copy would not reach the library): the fsync test patches it.
import realFs = require('fs');
import { runPythonSync } from '../support/python';
import { tempDir } from '../support/tmp';

const { layers } = nn;
const EXAMPLE = {
  x: { dtype: 'float32' as const, shape: [1, 2], data: new Float32Array(2) },
  y: { dtype: 'float32' as const, shape: [1, 1], data: new Float32Array(1) },
};

function regression() {
  const x = layers.input({ name: 'x', shape: [2] });
  const y = layers.dense({ units: 1, name: 'lin' }).apply(layers.dense({ units: 4, activation: 'tanh', name: 'hid' }).apply(x));
  const model = nn.model({ inputs: { x }, outputs: { y } });
  const xs = Float32Array.from({ length: 128 }, (_, i) => Math.sin(i * 1.7));
  const ys = Float32Array.from({ length: 64 }, (_, i) => xs[2 * i] - 0.5 * xs[2 * i + 1]);
  return { model, data: { x: xs, y: ys } };
}

function compile() {
  const { model, data } = regression();
  return { trainer: train.compile(model, { optimizer: train.optimizers.adam({ learningRate: 0.05 }), loss: 'mse', seed: 3 }), data };
}

type Weights = Record<string, number[]>; // int64 (the step counter) as numbers

async function weightsOf(trainer: train.Trainer): Promise<Weights> {
  const out: Weights = {};
  for (const [name, tensor] of await trainer.getWeights()) out[name] = Array.from(tensor.data() as ArrayLike<number | bigint>, Number);
  return out;
}

/** The weights a fresh trainer (a restarted process) restores from `what`. */
async function restoredFrom(what: string): Promise<Weights> {
  const { trainer } = compile();
  try {
    await trainer.restoreCheckpoint(what, EXAMPLE);
    return await weightsOf(trainer);
  } finally {
    await trainer.close();
  }
}

function py(code: string, ...args: string[]): unknown {
  return JSON.parse(runPythonSync(['-c', code, ...args]));
}

describe('checkpoints survive a kill at any moment', () => {
  test('saving "last" again, killed after each file-system step in turn: "last" and the latest restore the old or the new weights, and the next save cleans up', async () => {
    const { trainer, data } = compile();
    const dir = tempDir('hydra-ckpt-kill-');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a checkpoint');
    await trainer.fit(data, { epochs: 1, batchSize: 16, verbose: false, shuffle: false });
    await trainer.saveCheckpoint(dir, 'last');
    const old = await weightsOf(trainer);
    await trainer.fit(data, { epochs: 1, batchSize: 16, verbose: false, shuffle: false });
    const next = await weightsOf(trainer);
    expect(next).not.toEqual(old);
    let steps = 0;
    for (let at = 1; ; at++) {
      const { killed, mutations } = await withKillAt(at, () => trainer.saveCheckpoint(dir, 'last'));
      if (!killed) break;
      if (at > 100) throw new Error(`a save still had ${mutations} file-system steps at kill point ${at}`);
      steps++;
      for (const what of [path.join(dir, 'last'), dir]) {
        const restored = await restoredFrom(what);
        expect([old, next]).toContainEqual(restored);
      }
    }
    // The save has several steps that a kill can interrupt (fsyncs, the state write, the rename, the clean-up).
    expect(steps).toBeGreaterThanOrEqual(4);
    // After a complete save: only the state file, the one checkpoint "last" names, and the foreign file.
    const latest = train.latestCheckpoint(dir)!;
    const base = path.basename(latest);
    expect(fs.readdirSync(dir).sort()).toEqual(['checkpoint', 'notes.txt', `${base}.data-00000-of-00001`, `${base}.index`].sort());
    expect(train.checkpointPointer(dir, 'last')).toBe(latest);
    expect(await restoredFrom(path.join(dir, 'last'))).toEqual(await weightsOf(trainer));
    await trainer.close();
  });
});

describe('checkpoint pointers', () => {
  test('modelCheckpoint keeps "best" and "last" apart: the latest is "last" (in hydra-tf and Python), "best" restores the best epoch', async () => {
    const { trainer, data } = compile();
    const dir = tempDir('hydra-ckpt-best-');
    const perEpoch: Weights[] = [];
    const record: train.callbacks.Callback = { onEpochEnd: async (_epoch, _logs, t) => void perEpoch.push(await weightsOf(t)) };
    // Monitoring the training loss as if larger were better: epoch 0 stays "best", later epochs are only "last".
    const history = await trainer.fit(data, {
      epochs: 3,
      batchSize: 16,
      verbose: false,
      callbacks: [record, train.callbacks.modelCheckpoint({ dir, monitor: 'loss', mode: 'max' })],
    });
    expect(history.history.loss[2]).toBeLessThan(history.history.loss[0]);
    const last = train.checkpointPointer(dir, 'last')!;
    const best = train.checkpointPointer(dir, 'best')!;
    expect(last).not.toBe(best);
    expect(train.latestCheckpoint(dir)).toBe(last);
    expect(await restoredFrom(dir)).toEqual(perEpoch[2]);
    expect(await restoredFrom(path.join(dir, 'last'))).toEqual(perEpoch[2]);
    expect(await restoredFrom(path.join(dir, 'best'))).toEqual(perEpoch[0]);
    const report = py(
      `import json, sys, tensorflow as tf
state = tf.train.get_checkpoint_state(sys.argv[1])
def values(prefix):
    r = tf.train.load_checkpoint(prefix)
    return {k: r.get_tensor(k).reshape(-1).tolist() for k in r.get_variable_to_shape_map()}
print(json.dumps({"model": state.model_checkpoint_path, "all": list(state.all_model_checkpoint_paths),
  "latest": tf.train.latest_checkpoint(sys.argv[1]), "latest_values": values(sys.argv[1]), "best_values": values(sys.argv[2])}))`,
      dir,
      best,
    ) as { model: string; all: string[]; latest: string; latest_values: Weights; best_values: Weights };
    expect(report.latest).toBe(last);
    expect(report.model).toBe(last);
    expect(report.all.sort()).toEqual([best, last].sort());
    // Python reads float32 values as doubles of the same floats.
    expect(report.latest_values).toEqual(perEpoch[2]);
    expect(report.best_values).toEqual(perEpoch[0]);
    await trainer.close();
  });

  test('when "best" improves with "last", it points at the same files (no second copy)', async () => {
    const { trainer, data } = compile();
    const dir = tempDir('hydra-ckpt-same-');
    await trainer.fit(data, {
      epochs: 2,
      batchSize: 16,
      verbose: false,
      callbacks: [train.callbacks.modelCheckpoint({ dir, monitor: 'loss' })],
    });
    expect(train.checkpointPointer(dir, 'best')).toBe(train.checkpointPointer(dir, 'last'));
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.index'))).toHaveLength(1);
    await trainer.close();
  });

  test('checkpoint names are plain names: nothing is written outside the directory', async () => {
    const { trainer, data } = compile();
    await trainer.fit(data, { epochs: 1, batchSize: 16, verbose: false });
    const parent = tempDir('hydra-ckpt-names-');
    const dir = path.join(parent, 'ckpts');
    for (const name of ['../evil', '..', 'a/b', '', '.hidden', 'x\ny', '/abs', 'a\\b', '-flag']) {
      await expect(trainer.saveCheckpoint(dir, name)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/is not a plain name/),
      });
    }
    expect(fs.readdirSync(parent)).toEqual(fs.existsSync(dir) ? ['ckpts'] : []);
    if (fs.existsSync(dir)) expect(fs.readdirSync(dir)).toEqual([]);
    await trainer.close();
  });

  test('the state file cannot send a restore outside the directory; TensorFlow-style absolute paths inside it are followed', async () => {
    const { trainer, data } = compile();
    await trainer.fit(data, { epochs: 1, batchSize: 16, verbose: false });
    const outside = tempDir('hydra-ckpt-outside-');
    const elsewhere = await trainer.saveCheckpoint(outside, 'ckpt');
    const dir = tempDir('hydra-ckpt-escape-');
    for (const entry of [elsewhere, `../${path.basename(outside)}/${path.basename(elsewhere)}`]) {
      fs.writeFileSync(path.join(dir, 'checkpoint'), `model_checkpoint_path: "${entry}"\nall_model_checkpoint_paths: "${entry}"\n`);
      expect(() => train.latestCheckpoint(dir)).toThrow(
        /names checkpoint .* which is outside .*only checkpoints inside the directory are followed/,
      );
      await expect(restoredFrom(dir)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    }
    // A pointer comment naming a path is refused too.
    fs.writeFileSync(path.join(dir, 'checkpoint'), `# hydra-tf pointer last: "../${path.basename(outside)}/${path.basename(elsewhere)}"\n`);
    await expect(restoredFrom(path.join(dir, 'last'))).rejects.toMatchObject({ code: 'DATA_LOSS' });
    // Inside: an absolute path as Python writes it.
    fs.rmSync(path.join(dir, 'checkpoint'));
    const inside = await trainer.saveCheckpoint(dir, 'mine');
    fs.writeFileSync(path.join(dir, 'checkpoint'), `model_checkpoint_path: "${inside}"\nall_model_checkpoint_paths: "${inside}"\n`);
    expect(train.latestCheckpoint(dir)).toBe(inside);
    expect(await restoredFrom(dir)).toEqual(await weightsOf(trainer));
    await trainer.close();
  });

  test('a bad state file is a clear error naming it, never a hang, a raw SyntaxError or EISDIR; a save does not write over it', async () => {
    const { trainer, data } = compile();
    await trainer.fit(data, { epochs: 1, batchSize: 16, verbose: false });
    const dir = tempDir('hydra-ckpt-bad-');
    const kept = await trainer.saveCheckpoint(dir, 'last');
    const state = path.join(dir, 'checkpoint');
    const cases: Array<[string, () => void, RegExp, string]> = [
      [
        'garbage',
        () => fs.writeFileSync(state, 'model_checkpoint_path: "unterminated\n'),
        /checkpoint state file .*checkpoint is not a CheckpointState \(line 1: unterminated string\)/,
        'DATA_LOSS',
      ],
      ['unknown field', () => fs.writeFileSync(state, '{"model_checkpoint_path": "x"}'), /is not a CheckpointState/, 'DATA_LOSS'],
      [
        'directory',
        () => fs.mkdirSync(state),
        /checkpoint state file .*checkpoint is not a regular file \(a directory\)/,
        'INVALID_ARGUMENT',
      ],
      [
        'FIFO',
        () => execFileSync('mkfifo', [state]),
        /checkpoint state file .*checkpoint is not a regular file \(a FIFO\)/,
        'INVALID_ARGUMENT',
      ],
      ['too large', () => fs.writeFileSync(state, Buffer.alloc(5 * 1024 * 1024, 0x20)), /more than the 4194304 allowed/, 'DATA_LOSS'],
    ];
    const good = fs.readFileSync(state);
    for (const [, make, message, code] of cases) {
      fs.rmSync(state, { recursive: true, force: true });
      make();
      expect(() => train.latestCheckpoint(dir)).toThrow(message);
      await expect(restoredFrom(path.join(dir, 'last'))).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
      await expect(trainer.saveCheckpoint(dir, 'last')).rejects.toMatchObject({ code });
      expect(fs.existsSync(`${kept}.index`)).toBe(true);
    }
    fs.rmSync(state, { recursive: true, force: true });
    fs.writeFileSync(state, good);
    expect(train.latestCheckpoint(dir)).toBe(kept);
    await trainer.close();
  });

  test("removing a pointer deletes the checkpoint only it named; leftovers of killed saves of older versions go, a live process's stay", async () => {
    const { trainer, data } = compile();
    await trainer.fit(data, { epochs: 1, batchSize: 16, verbose: false });
    const dir = tempDir('hydra-ckpt-remove-');
    const dead = 9999999; // above Linux's largest pid_max: never a running process
    const leftovers = [
      `.last.tmp-${dead}-1733.index`,
      `.last.tmp-${dead}-1733.data-00000-of-00001`,
      `.checkpoint.tmp-${dead}`,
      `.checkpoint.tmp-${dead}-0badc0de`,
    ];
    const kept = [`.last.tmp-${process.ppid}-1733.index`, '.last.tmp-x.index', 'ckpt-1.index'];
    for (const file of [...leftovers, ...kept]) fs.writeFileSync(path.join(dir, file), 'partial');
    const last = await trainer.saveCheckpoint(dir, 'last');
    await trainer.fit(data, { epochs: 1, batchSize: 16, verbose: false });
    const backup = await trainer.saveCheckpoint(dir, 'backup');
    expect(train.latestCheckpoint(dir)).toBe(backup);
    expect(train.removeCheckpointPointer(dir, 'backup')).toBe(true);
    expect(train.removeCheckpointPointer(dir, 'backup')).toBe(false);
    expect(train.checkpointState(dir)).toEqual({ latest: last, pointers: { last }, all: [last] });
    const own = [`${path.basename(last)}.index`, `${path.basename(last)}.data-00000-of-00001`];
    expect(fs.readdirSync(dir).sort()).toEqual(['checkpoint', ...own, ...kept].sort());
    fs.writeFileSync(path.join(dir, 'file'), '');
    await expect(trainer.saveCheckpoint(path.join(dir, 'file'), 'last')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/exists and is not a directory/),
    });
    await trainer.close();
  });

  test('backupAndRestore at the end of training removes only its own backup: other files in its directory stay', async () => {
    const { trainer, data } = compile();
    const dir = tempDir('hydra-ckpt-backup-');
    fs.writeFileSync(path.join(dir, 'package.json'), '{}');
    fs.mkdirSync(path.join(dir, 'src'));
    await trainer.fit(data, {
      epochs: 2,
      batchSize: 16,
      verbose: false,
      callbacks: [train.callbacks.modelCheckpoint({ dir, monitor: 'loss' }), train.callbacks.backupAndRestore({ dir })],
    });
    // The backup's pointer is gone; modelCheckpoint's pointers, their files and the user's files remain.
    expect(train.checkpointPointer(dir, 'backup')).toBeNull();
    const last = train.checkpointPointer(dir, 'last')!;
    expect(fs.readdirSync(dir).sort()).toEqual(
      ['checkpoint', 'package.json', 'src', `${path.basename(last)}.data-00000-of-00001`, `${path.basename(last)}.index`].sort(),
    );
    expect(await restoredFrom(path.join(dir, 'last'))).toEqual(await weightsOf(trainer));
    await trainer.close();
  });

  test('an I/O error after the state file was replaced fails the save, but the checkpoint the state names keeps its files', async () => {
    const { trainer, data } = compile();
    await trainer.fit(data, { epochs: 1, batchSize: 16, verbose: false });
    const dir = tempDir('hydra-ckpt-eio-');
    await trainer.saveCheckpoint(dir, 'last');
    // fsyncs of a save: index, data, directory, state temporary, then (after the rename) the directory.
    const fsync = realFs.fsyncSync;
    let calls = 0;
    realFs.fsyncSync = (fd: number) => {
      if (++calls === 5) throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
      return fsync(fd);
    };
    try {
      await expect(trainer.saveCheckpoint(dir, 'last')).rejects.toThrow(/EIO/);
    } finally {
      realFs.fsyncSync = fsync;
    }
    const latest = train.latestCheckpoint(dir);
    expect(latest).toBe(train.checkpointPointer(dir, 'last'));
    expect(await restoredFrom(path.join(dir, 'last'))).toEqual(await weightsOf(trainer));
    await trainer.close();
  });

  test('the state Python writes (absolute paths, timestamps) is read; a checkpoint Python wrote restores here and stays listed', async () => {
    const { trainer, data } = compile();
    await trainer.fit(data, { epochs: 1, batchSize: 16, verbose: false });
    const source = tempDir('hydra-ckpt-src-');
    await trainer.saveCheckpoint(source, 'last');
    const dir = tempDir('hydra-ckpt-py-');
    // Python writes every tensor of our checkpoint back, floats doubled, as "ckpt-7" with its own state file.
    py(
      `import os, sys, tensorflow as tf
r = tf.train.load_checkpoint(sys.argv[1])
names = sorted(r.get_variable_to_shape_map())
values = [r.get_tensor(n) * (2 if r.get_tensor(n).dtype.kind == "f" else 1) for n in names]
prefix = os.path.join(sys.argv[2], "ckpt-7")
tf.raw_ops.SaveV2(prefix=prefix, tensor_names=names, shape_and_slices=[""] * len(names), tensors=values)
tf.compat.v1.train.update_checkpoint_state(sys.argv[2], prefix, all_model_checkpoint_paths=[prefix], all_model_checkpoint_timestamps=[1.5])
print("{}")`,
      source,
      dir,
    );
    const text = fs.readFileSync(path.join(dir, 'checkpoint'), 'utf8');
    expect(text).toContain(`model_checkpoint_path: "${path.join(dir, 'ckpt-7')}"`);
    expect(text).toContain('all_model_checkpoint_timestamps: 1.5');
    expect(train.latestCheckpoint(dir)).toBe(path.join(dir, 'ckpt-7'));
    const ours = await weightsOf(trainer);
    const restored = await restoredFrom(dir);
    expect(restored['hid/kernel']).toEqual(ours['hid/kernel'].map((v) => 2 * v));
    // Saving next to it keeps Python's checkpoint listed and its files in place.
    const mine = await trainer.saveCheckpoint(dir, 'last');
    expect(train.checkpointState(dir)).toEqual({ latest: mine, pointers: { last: mine }, all: [path.join(dir, 'ckpt-7'), mine] });
    expect(fs.existsSync(path.join(dir, 'ckpt-7.index'))).toBe(true);
    const report = py(
      `import json, sys, tensorflow as tf
s = tf.train.get_checkpoint_state(sys.argv[1])
print(json.dumps([s.model_checkpoint_path, list(s.all_model_checkpoint_paths)]))`,
      dir,
    );
    expect(report).toEqual([mine, [path.join(dir, 'ckpt-7'), mine]]);
    await trainer.close();
  });
});
