// The directory model.save writes (config.json, checkpoint/, saved_model/) is put in place by the
// same replacement as savedModel.save: overwrite replaces only a directory model.save wrote, a
// failed or killed save leaves the old or the new model, and load puts back a model whose save
// was killed between its two renames.
import * as fs from 'fs';
import * as path from 'path';
import { train } from '../../lib';
import { withKillAt } from './crash';
import { tempDir } from '../support/tmp';

/** A PID above Linux's pid_max (4194304 at most): never a running process. */
const DEAD_PID = 9999999;

function temporaryDirectory(): string {
  return tempDir('model-directory');
}

/** Writes a model directory whose config holds `n` (parts write small files, as checkpoint and export would). */
function write(dir: string, n: number, overwrite = true, failIn?: 'checkpoint' | 'export') {
  return train.writeModelDirectory(dir, {
    config: { kind: 'functional', model: { n } },
    overwrite,
    checkpoint: async (into: string, pointer: string) => {
      fs.mkdirSync(into, { recursive: true });
      fs.writeFileSync(path.join(into, `${pointer}.index`), `checkpoint ${n}`);
      if (failIn === 'checkpoint') throw new Error('checkpoint failed');
    },
    exportTo: async (into: string) => {
      fs.mkdirSync(into, { recursive: true });
      fs.writeFileSync(path.join(into, 'saved_model.pb'), `export ${n}`);
      if (failIn === 'export') throw new Error('export failed');
    },
  });
}

function savedNumber(dir: string): number {
  const { config, checkpoint } = train.readModelDirectory(dir, 'functional', 'load');
  expect(fs.readFileSync(`${checkpoint}.index`, 'utf8')).toBe(`checkpoint ${(config.model as { n: number }).n}`);
  return (config.model as { n: number }).n;
}

function tree(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('model directory replacement', () => {
  test('written in place; overwrite replaces only a directory model.save wrote, never anything else', async () => {
    const root = temporaryDirectory();
    const target = path.join(root, 'model');
    expect(await write(target, 1, false)).toBe(target);
    expect(tree(target)).toEqual(['checkpoint', 'checkpoint/saved.index', 'config.json', 'saved_model', 'saved_model/saved_model.pb']);
    await expect(write(target, 2, false)).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      message: expect.stringMatching(/the directory is not empty \(pass overwrite: true to replace it\)/),
    });
    await write(target, 3);
    expect(savedNumber(target)).toBe(3);

    const project = path.join(root, 'project');
    fs.mkdirSync(path.join(project, 'src'), { recursive: true });
    fs.writeFileSync(path.join(project, 'package.json'), '{}');
    const before = tree(project);
    await expect(write(project, 4)).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: expect.stringMatching(/^cannot overwrite .*project: it is not a directory model.save wrote/),
    });
    expect(tree(project)).toEqual(before);
    fs.symlinkSync(target, path.join(root, 'link'));
    await expect(write(path.join(root, 'link'), 5)).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: expect.stringMatching(/is a symbolic link/),
    });
    fs.mkdirSync(path.join(root, 'empty'));
    await write(path.join(root, 'empty'), 6, false);
    expect(savedNumber(path.join(root, 'empty'))).toBe(6);
    expect(fs.readdirSync(root).sort()).toEqual(['empty', 'link', 'model', 'project']);
  });

  test('a part that fails leaves the previous model and no temporary', async () => {
    const root = temporaryDirectory();
    const target = path.join(root, 'model');
    await write(target, 1);
    await expect(write(target, 2, true, 'checkpoint')).rejects.toThrow('checkpoint failed');
    await expect(write(target, 3, true, 'export')).rejects.toThrow('export failed');
    expect(savedNumber(target)).toBe(1);
    expect(fs.readdirSync(root)).toEqual(['model']);
  });

  test('killed after each file-system step of an overwrite in turn: load finds the old or the new model, and the next save leaves no hidden directories', async () => {
    const root = temporaryDirectory();
    const target = path.join(root, 'model');
    await write(target, 10);
    let current = 10;
    let gaps = 0;
    const seen = new Set<number>();
    for (let at = 1; ; at++) {
      const { killed } = await withKillAt(at, () => write(target, current + 1));
      if (!killed) break;
      if (at > 200) throw new Error('a save took more than 200 file-system steps');
      if (!fs.existsSync(target)) gaps++;
      const value = savedNumber(target); // recovers a killed swap first
      expect([current, current + 1]).toContain(value);
      seen.add(value - current);
      current = value;
    }
    expect(gaps).toBeGreaterThan(0);
    expect([...seen].sort()).toEqual([0, 1]);
    expect(savedNumber(target)).toBe(current + 1);
    expect(fs.readdirSync(root)).toEqual(['model']);
  });

  test("leftovers of saves killed in dead processes are recovered or removed; a live writer's are kept", async () => {
    const root = temporaryDirectory();
    const target = path.join(root, 'm');
    await write(target, 5);
    fs.renameSync(target, path.join(root, `.m.old-${DEAD_PID}-0badc0de`));
    fs.mkdirSync(path.join(root, `.m.tmp-${DEAD_PID}-0badc0de`));
    expect(savedNumber(target)).toBe(5);
    const live = `.m.tmp-${process.ppid}-12345678`;
    fs.mkdirSync(path.join(root, live));
    fs.writeFileSync(path.join(root, '.m.keep'), 'not ours');
    await write(target, 6);
    expect(savedNumber(target)).toBe(6);
    expect(fs.readdirSync(root).sort()).toEqual([live, '.m.keep', 'm'].sort());
  });
});
