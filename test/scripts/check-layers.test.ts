// The layer check (scripts/check-layers.js, run by `npm test`) on small fixture trees: it must
// fail on each kind of violation, so a broken configuration cannot pass silently. The check over
// lib/ itself is the "layer check" of npm test.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../support/tmp';

const root = path.resolve(__dirname, '..', '..');
const script = path.join(root, 'scripts', 'check-layers.js');

/** Writes `files` (path -> source) under a fresh directory with a tsconfig, and runs the check there. */
function check(files: Record<string, string>): { status: number | null; output: string } {
  const dir = tempDir('layers');
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'commonjs', strict: true }, include: ['lib/**/*.ts'] }),
  );
  for (const [file, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), source);
  }
  const result = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// A tree that keeps the rules: each layer's index, mtl entering nn and core through their indexes.
const CLEAN: Record<string, string> = {
  'lib/core/errors.ts': 'export const code = 3;\n',
  'lib/core/index.ts': "export { code } from './errors';\n",
  'lib/nn/options.ts': "import { code } from '../core';\nexport const positive = code;\n",
  'lib/nn/index.ts': "export { positive } from './options';\n",
  'lib/data/index.ts': "import { code } from '../core';\nexport const rows = code;\n",
  'lib/mtl/architectures/mmoe.ts':
    "import { positive } from '../../nn';\nimport { rows } from '../../data';\nexport const experts = positive + rows;\n",
  'lib/mtl/index.ts': "export { experts } from './architectures/mmoe';\n",
};

describe('layer check (dependency-cruiser, DESIGN.md section 3)', () => {
  jest.setTimeout(120_000);

  test('passes a tree that keeps the rules', () => {
    const { status, output } = check(CLEAN);
    expect(output).toContain('layer check: passed');
    expect(status).toBe(0);
  });

  test('fails on an import of a higher layer', () => {
    const { status, output } = check({
      ...CLEAN,
      'lib/core/errors.ts': "import { experts } from '../mtl';\nexport const code = experts;\n",
    });
    expect(status).toBe(1);
    expect(output).toContain('layer-core: lib/core/errors.ts → lib/mtl/index.ts');
  });

  test('fails on an import between sibling layers (data imports core only)', () => {
    const { status, output } = check({
      ...CLEAN,
      'lib/data/index.ts': "import { positive } from '../nn';\nexport const rows = positive;\n",
    });
    expect(status).toBe(1);
    expect(output).toContain('layer-data: lib/data/index.ts → lib/nn/index.ts');
  });

  test("fails on a file of another layer's folder imported past its index.ts", () => {
    const mmoe = "import { positive } from '../../nn/options';\nexport const experts = positive;\n";
    const { status, output } = check({ ...CLEAN, 'lib/mtl/architectures/mmoe.ts': mmoe });
    expect(status).toBe(1);
    expect(output).toContain('enter-through-index: lib/mtl/architectures/mmoe.ts → lib/nn/options.ts');
  });

  test('fails on a lazy require() of a higher layer', () => {
    const lazy = "export function load(): unknown {\n  return require('../mtl');\n}\nexport const positive = 1;\n";
    const { status, output } = check({ ...CLEAN, 'lib/nn/options.ts': lazy });
    expect(status).toBe(1);
    expect(output).toContain('layer-nn: lib/nn/options.ts → lib/mtl/index.ts');
  });
});
