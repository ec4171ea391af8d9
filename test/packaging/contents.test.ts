// The npm package ships what runs and nothing else: the compiled library, the command, the addon's
// sources and build file (for installs without a prebuilt addon), the install step and the
// libtensorflow locator it shares with the library, the prebuilt addon, and the documentation error
// messages point to. No code generators, tests, benchmarks, examples, native tests or source maps.
// (scripts/check-prebuilt.sh and scripts/check-registry-install.sh install the packed tarball and run it.)
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..', '..');

/** The files `npm pack` would put in the tarball (package-relative paths), without running any script. */
function packedFiles(): string[] {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`npm pack --dry-run failed (exit ${result.status}):\n${result.stderr.slice(-3000)}`);
  const [pack] = JSON.parse(result.stdout) as Array<{ files: Array<{ path: string }> }>;
  return pack.files.map((f) => f.path).sort();
}

/** The relative `require('./...')` targets of a CommonJS file, resolved to package-relative paths. */
function relativeRequires(file: string): string[] {
  const source = fs.readFileSync(path.join(REPO, file), 'utf8');
  return [...source.matchAll(/require\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)].map((m) => {
    const target = path.relative(REPO, path.resolve(path.dirname(path.join(REPO, file)), m[1]));
    return target.endsWith('.js') || target.endsWith('.json') ? target : `${target}.js`;
  });
}

describe('the npm package', () => {
  let files: string[];
  beforeAll(() => {
    files = packedFiles();
  });

  test('holds the library, the command, the install step and the addon sources', () => {
    if (!files.includes('dist/lib/index.js'))
      throw new Error('dist/lib is not built: run `npx tsc -p tsconfig.json` (npm test does) before this test');
    for (const file of [
      'package.json',
      'README.md',
      'dist/lib/index.js',
      'dist/lib/index.d.ts',
      'bin/hydra-tf.js',
      'scripts/install.js',
      'binding.gyp',
    ]) {
      expect([file, files.includes(file)]).toEqual([file, true]);
    }
    // Every source binding.gyp compiles (npm install builds them when no prebuilt addon fits).
    const gyp = fs.readFileSync(path.join(REPO, 'binding.gyp'), 'utf8');
    const sources = [...gyp.matchAll(/"(native\/[^"]+\.cc)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThan(0);
    const headers = fs
      .readdirSync(path.join(REPO, 'native'))
      .filter((f) => /\.(h|inc)$/.test(f))
      .map((f) => `native/${f}`);
    for (const file of [...sources, ...headers]) expect([file, files.includes(file)]).toEqual([file, true]);
    // The documentation that error messages cite (e.g. lib/mtl/transfer's refusals name docs/transfer.md).
    expect(files).toContain('docs/transfer.md');
    expect(files).toContain('docs/saved-models.md');
  });

  test('every script it ships finds the modules it requires in the package', () => {
    // The library loads the locator from scripts/ at run time (lib/core/library.ts).
    const library = fs.readFileSync(path.join(REPO, 'lib', 'core', 'library.ts'), 'utf8');
    expect(library).toMatch(/path\.join\(root, 'scripts', 'libtensorflow', 'locate\.js'\)/);
    expect(files).toContain('scripts/libtensorflow/locate.js');
    const missing: string[] = [];
    for (const file of files.filter((f) => /^(scripts|bin)\/.*\.js$/.test(f))) {
      for (const target of relativeRequires(file)) if (!files.includes(target)) missing.push(`${file} requires ${target}`);
    }
    expect(missing).toEqual([]);
    // bin/hydra-tf.js setup runs the install step by path.
    expect(fs.readFileSync(path.join(REPO, 'bin', 'hydra-tf.js'), 'utf8')).toMatch(
      /path\.join\(__dirname, '\.\.', 'scripts', 'install\.js'\)/,
    );
  });

  test('ships no code generator, test, benchmark, example, native test or source map', () => {
    const unwanted = files.filter(
      (f) =>
        /^(test|bench|examples|lib|\.ci|native\/test|native\/check)\//.test(f) ||
        /^scripts\/(generate-|proto\/|check-|pack-|prebuild|kernel-fuzz|memory-|smoke|test\.js|setup-python|build-examples)/.test(f) ||
        /^dist\/lib\/ops\/codegen\./.test(f) ||
        f === 'dist/lib/ops/gradient-probe.js' ||
        f === 'CMakeLists.txt' ||
        f.endsWith('.map') ||
        (f.endsWith('.ts') && !f.endsWith('.d.ts')),
    );
    expect(unwanted).toEqual([]);
    // The generators exist in the checkout (so the patterns above are not vacuous).
    for (const file of ['scripts/generate-ops.js', 'scripts/generate-protos.js', 'native/test/tf_api_test.cc', 'lib/ops/codegen.ts']) {
      expect([file, fs.existsSync(path.join(REPO, file))]).toEqual([file, true]);
    }
  });
});
