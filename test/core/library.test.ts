// Which libtensorflow the loader picks: explicit settings, then an explicit install-time choice,
// then the platform package npm installs next to hydra-tf, then the wheel in deps/libtensorflow;
// and how the install step treats the platform package. Each case lays out a fake project with
// hydra-tf in node_modules (empty files stand in for the libraries: both only look at paths),
// without loading or downloading anything.
import * as fs from 'fs';
import * as path from 'path';
import { resolveLibrary } from '../../lib';
import { tempDir } from '../support/tmp';

const packageName = `@hydra-tf/libtensorflow-${process.platform}-${process.arch}`;
const roots: string[] = [];

function touch(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  return file;
}

/** A fake project with hydra-tf in node_modules, and optionally the platform package and a deps manifest. */
function layout(options: { platformPackage?: boolean; deps?: 'wheel' | 'archive' | 'path' }) {
  const project = tempDir('resolve');
  roots.push(project);
  const root = path.join(project, 'node_modules', 'hydra-tf');
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'hydra-tf', version: '0.1.0' }));
  const files: { packageLibrary?: string; depsLibrary?: string } = {};
  if (options.platformPackage) {
    const dir = path.join(project, 'node_modules', ...packageName.split('/'));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: packageName, version: '2.21.0' }));
    files.packageLibrary = touch(path.join(dir, 'lib', 'libtensorflow_cc.so.2'));
  }
  if (options.deps) {
    const depsDir = path.join(root, 'deps', 'libtensorflow');
    files.depsLibrary = touch(path.join(depsDir, 'lib', 'libtensorflow_cc.so.2'));
    const manifest = { source: options.deps, version: '2.21.0', library: files.depsLibrary, origin: '/somewhere/libtensorflow.tar.gz' };
    fs.writeFileSync(path.join(depsDir, 'manifest.json'), JSON.stringify(manifest));
  }
  return { root, ...files };
}

afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

test('the platform package comes before the wheel in deps/libtensorflow', () => {
  const { root, packageLibrary } = layout({ platformPackage: true, deps: 'wheel' });
  expect(resolveLibrary({ root, env: {} })).toEqual({ path: packageLibrary, source: 'package', origin: `${packageName}@2.21.0` });
});

test('without the platform package, the wheel in deps/libtensorflow is used', () => {
  const { root, depsLibrary } = layout({ deps: 'wheel' });
  expect(resolveLibrary({ root, env: {} })).toEqual({ path: depsLibrary, source: 'deps', origin: 'wheel 2.21.0' });
});

test('an explicit install-time choice recorded in deps/libtensorflow beats the platform package', () => {
  for (const choice of ['archive', 'path'] as const) {
    const { root, depsLibrary } = layout({ platformPackage: true, deps: choice });
    expect(resolveLibrary({ root, env: {} })).toMatchObject({
      path: depsLibrary,
      source: 'deps',
      origin: `${choice} /somewhere/libtensorflow.tar.gz`,
    });
  }
});

test('LIBTENSORFLOW_PATH and HYDRA_TF_LIBRARY beat the platform package', () => {
  const { root } = layout({ platformPackage: true, deps: 'wheel' });
  const own = path.join(roots[roots.length - 1], 'own');
  const ownLibrary = touch(path.join(own, 'lib', 'libtensorflow.so.2'));
  expect(resolveLibrary({ root, env: { LIBTENSORFLOW_PATH: own } })).toEqual({ path: ownLibrary, source: 'LIBTENSORFLOW_PATH' });
  expect(resolveLibrary({ root, env: { HYDRA_TF_LIBRARY: ownLibrary, LIBTENSORFLOW_PATH: '/nonexistent' } })).toEqual({
    path: ownLibrary,
    source: 'HYDRA_TF_LIBRARY',
  });
});

test('nothing found: the error names the platform package and deps/libtensorflow', () => {
  const { root } = layout({});
  expect(() => resolveLibrary({ root, env: {} })).toThrow(
    expect.objectContaining({
      code: 'NOT_FOUND',
      message: expect.stringMatching(new RegExp(`${packageName} \\(not installed\\)[\\s\\S]*manifest\\.json \\(missing`)),
    }),
  );
});

test('a platform package without its library is skipped, and said so', () => {
  const { root, depsLibrary, packageLibrary } = layout({ platformPackage: true, deps: 'wheel' });
  fs.rmSync(packageLibrary!);
  expect(resolveLibrary({ root, env: {} })).toMatchObject({ path: depsLibrary, source: 'deps' });
  fs.rmSync(depsLibrary!);
  expect(() => resolveLibrary({ root, env: {} })).toThrow(/installed in .*, but without a library/);
});

describe('the install step (scripts/libtensorflow.js)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ensureLibtensorflow } = require('../../scripts/libtensorflow.js');
  const quiet = { log: () => undefined };

  test('takes the platform package in place: nothing downloaded, nothing written to deps', async () => {
    const { root, packageLibrary } = layout({ platformPackage: true });
    fs.writeFileSync(path.join(path.dirname(packageLibrary!), 'libtensorflow_framework.so.2'), '');
    const depsDir = path.join(root, 'deps', 'libtensorflow');
    const cacheDir = path.join(root, 'empty-cache');
    const result = await ensureLibtensorflow({ ...quiet, packageRoot: root, depsDir, cacheDir, env: {} });
    expect(result).toMatchObject({ action: 'present', downloaded: false });
    expect(result.manifest).toMatchObject({ source: 'package', library: packageLibrary, origin: `${packageName}@2.21.0` });
    expect(result.message).toBe(`libtensorflow: already present (package ${packageName}@2.21.0), nothing downloaded`);
    expect(fs.existsSync(depsDir)).toBe(false);
    expect(fs.existsSync(cacheDir)).toBe(false);
  });

  test('an explicit LIBTENSORFLOW_PATH wins over the platform package', async () => {
    const { root } = layout({ platformPackage: true });
    const own = path.join(root, 'own');
    touch(path.join(own, 'lib', 'libtensorflow.so.2'));
    touch(path.join(own, 'lib', 'libtensorflow_framework.so.2'));
    touch(path.join(own, 'include', 'tensorflow', 'c', 'c_api.h'));
    const depsDir = path.join(root, 'deps', 'libtensorflow');
    const result = await ensureLibtensorflow({ ...quiet, packageRoot: root, depsDir, env: { LIBTENSORFLOW_PATH: own } });
    expect(result.manifest).toMatchObject({ source: 'path', origin: own });
    expect(resolveLibrary({ root, env: {} })).toMatchObject({ source: 'deps', path: path.join(own, 'lib', 'libtensorflow.so.2') });
  });
});
