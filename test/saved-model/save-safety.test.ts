// savedModel.save's directory replacement: `overwrite` only ever replaces a SavedModel (or an empty
// directory), and a kill at any moment leaves the old or the new model at the path.
import * as fs from 'fs';
import * as path from 'path';
import { Graph, Session, savedModel, tensor } from '../../lib';
import { withKillAt } from '../train/crash';
import { copyModel, fixture } from './fixtures';
import { tempDir } from '../support/tmp';

/** A PID above Linux's pid_max (4194304 at most): never a running process. */
const DEAD_PID = 9999999;

/** A graph with one float variable `v`; `set(x)` assigns it, `save(dir)` exports it with signature { v }. */
async function variableModel() {
  const graph = new Graph();
  const handle = graph.addOperation({ type: 'VarHandleOp', name: 'v', attrs: { dtype: 'float32', shape: [], shared_name: 'v' } });
  const value = graph.addOperation({ type: 'Placeholder', name: 'value', attrs: { dtype: 'float32', shape: [] } }).output(0);
  const assign = graph.addOperation({
    type: 'AssignVariableOp',
    name: 'assign',
    inputs: [handle.output(0), value],
    attrs: { dtype: 'float32' },
  });
  const read = graph
    .addOperation({ type: 'ReadVariableOp', name: 'read', inputs: [handle.output(0)], attrs: { dtype: 'float32' } })
    .output(0);
  const session = new Session(graph);
  return {
    session,
    set: (x: number) => session.run([[value, tensor(x, 'float32')]], [], [assign]),
    save: (dir: string, overwrite = true) =>
      savedModel.save(dir, {
        graph,
        session,
        overwrite,
        variables: [handle],
        signatures: { serving_default: { inputs: {}, outputs: { v: read } } },
      }),
  };
}

/** The value of `v` in the SavedModel at `dir`, as hydra-tf loads it. */
async function loadedValue(dir: string): Promise<number> {
  const model = await savedModel.load(dir);
  try {
    return (await model.run({})).v.item() as number;
  } finally {
    model.dispose();
  }
}

function tree(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('overwrite replaces only a SavedModel', () => {
  test('a project directory (package.json, src/) is refused, also as "." ; nothing in it is touched', async () => {
    const model = await variableModel();
    await model.set(1);
    const project = tempDir('project');
    fs.writeFileSync(path.join(project, 'package.json'), '{"name":"precious"}');
    fs.mkdirSync(path.join(project, 'src'));
    fs.writeFileSync(path.join(project, 'src', 'index.ts'), 'export {};');
    const before = tree(project);
    await expect(model.save(project)).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: `cannot overwrite ${project}: it holds "package.json", "src", which are not part of a SavedModel; overwrite only replaces a directory that holds a SavedModel (or is empty), nothing else is ever deleted`,
    });
    const cwd = process.cwd();
    process.chdir(project);
    try {
      await expect(model.save('.')).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
    } finally {
      process.chdir(cwd);
    }
    expect(tree(project)).toEqual(before);
    expect(fs.readdirSync(path.dirname(project)).filter((e) => e.startsWith(`.${path.basename(project)}.`))).toEqual([]);
    await model.session.close();
  });

  test('a SavedModel with a foreign file beside it, or in variables/, a file, a symlink: refused and left as they were', async () => {
    const model = await variableModel();
    await model.set(2);
    const root = tempDir('overwrite');
    const target = path.join(root, 'model');
    await model.save(target);
    const cases: Array<[string, () => void, () => void, RegExp]> = [
      [
        'notes beside',
        () => fs.writeFileSync(path.join(target, 'notes.txt'), 'mine'),
        () => fs.rmSync(path.join(target, 'notes.txt')),
        /it holds "notes.txt", which is not part of a SavedModel/,
      ],
      [
        'file in variables',
        () => fs.writeFileSync(path.join(target, 'variables', 'data.csv'), '1,2'),
        () => fs.rmSync(path.join(target, 'variables', 'data.csv')),
        /variables\/ holds "data.csv", which is not checkpoint files/,
      ],
      [
        'no graph',
        () => fs.renameSync(path.join(target, 'saved_model.pb'), path.join(root, 'pb')),
        () => fs.renameSync(path.join(root, 'pb'), path.join(target, 'saved_model.pb')),
        /it has no saved_model.pb or saved_model.pbtxt/,
      ],
    ];
    for (const [, damage, repair, message] of cases) {
      damage();
      const before = tree(target);
      await expect(model.save(target)).rejects.toMatchObject({ code: 'FAILED_PRECONDITION', message: expect.stringMatching(message) });
      expect(tree(target)).toEqual(before);
      repair();
    }
    const link = path.join(root, 'link');
    fs.symlinkSync(target, link);
    await expect(model.save(link)).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: expect.stringMatching(/is a symbolic link/),
    });
    fs.writeFileSync(path.join(root, 'file'), 'x');
    await expect(model.save(path.join(root, 'file'))).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
    expect(await loadedValue(target)).toBe(2);
    expect(fs.readdirSync(root).sort()).toEqual(['file', 'link', 'model']);
    await model.session.close();
  });

  test('a SavedModel (hydra-tf, or Python with assets and fingerprint) and an empty directory are replaced', async () => {
    const model = await variableModel();
    await model.set(3);
    const root = tempDir('overwrite-ok');
    const python = copyModel(fixture('module_vocab_asset').dir, path.join(root, 'python'));
    await model.save(python);
    expect(await loadedValue(python)).toBe(3);
    fs.mkdirSync(path.join(root, 'empty'));
    await model.save(path.join(root, 'empty'), false);
    await model.set(4);
    await model.save(path.join(root, 'empty'));
    expect(await loadedValue(path.join(root, 'empty'))).toBe(4);
    expect(fs.readdirSync(root).sort()).toEqual(['empty', 'python']);
    await model.session.close();
  });
});

describe('a kill during an export', () => {
  test('killed after each file-system step of an overwrite in turn: the path loads the old or the new model, and the next save leaves no hidden directories', async () => {
    const model = await variableModel();
    const root = tempDir('export-kill');
    const target = path.join(root, 'model');
    await model.set(10);
    await model.save(target);
    const seen = new Set<number>();
    let current = 10;
    let gaps = 0;
    for (let at = 1; ; at++) {
      await model.set(current + 1);
      const { killed } = await withKillAt(at, () => model.save(target));
      if (!killed) break;
      if (at > 200) throw new Error('an export took more than 200 file-system steps');
      if (!fs.existsSync(target)) gaps++;
      const value = await loadedValue(target); // recovers a killed swap first
      expect([current, current + 1]).toContain(value);
      seen.add(value - current);
      current = value;
    }
    // Some kills fell between the two renames (the path missing until the recovery)...
    expect(gaps).toBeGreaterThan(0);
    // ... and both outcomes occurred: before the swap the old model stays, after it the new one.
    expect([...seen].sort()).toEqual([0, 1]);
    expect(await loadedValue(target)).toBe(current + 1);
    expect(fs.readdirSync(root)).toEqual(['model']);
    await model.session.close();
  });

  test("leftovers of killed exports of dead processes (this version and older ones) are recovered or removed; a live writer's are kept", async () => {
    const model = await variableModel();
    const root = tempDir('export-leftovers');
    const target = path.join(root, 'm');
    await model.set(5);
    await model.save(target);
    // The old format's backup (`.m.tmp-<pid>-<hex>.old`), the target missing: load puts it back.
    fs.renameSync(target, path.join(root, `.m.tmp-${DEAD_PID}-0badc0de.old`));
    fs.mkdirSync(path.join(root, `.m.tmp-${DEAD_PID}-0badc0de`));
    expect(await loadedValue(target)).toBe(5);
    // A temporary of a running process (the parent of this one) is not touched, nor are other hidden entries.
    const live = path.join(root, `.m.tmp-${process.ppid}-12345678`);
    fs.mkdirSync(live);
    fs.mkdirSync(path.join(root, `.m.old-${DEAD_PID}-abcdef01`));
    fs.writeFileSync(path.join(root, '.m.keep'), 'not ours');
    await model.set(6);
    await model.save(target);
    expect(await loadedValue(target)).toBe(6);
    expect(fs.readdirSync(root).sort()).toEqual([path.basename(live), '.m.keep', 'm'].sort());
    await model.session.close();
  });
});
