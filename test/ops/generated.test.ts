// lib/ops/generated must be exactly what the generator makes from the loaded TensorFlow's op
// registry (the same check as `npm run generate:ops -- --check`), so CI fails when they drift.
import * as fs from 'fs';
import * as path from 'path';
import { opRegistry, version } from '../../lib';
import { generateAll } from '../../lib/ops/codegen';
import { probeGradients } from '../../lib/ops/gradient-probe';

const generatedDir = path.join(__dirname, '..', '..', 'lib', 'ops', 'generated');

test('lib/ops/generated is current (else run `npm run generate:ops`)', () => {
  // A different TensorFlow (LIBTENSORFLOW_PATH) has a different registry: say so plainly.
  const header = fs.readFileSync(path.join(generatedDir, 'index.ts'), 'utf8');
  expect(version()).toBe(/TensorFlow (\S+) by/.exec(header)?.[1]);
  const registry = opRegistry();
  const { files } = generateAll(registry.values(), version(), probeGradients(registry.values()));
  const committed = fs
    .readdirSync(generatedDir)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  expect(committed).toEqual([...files.keys()].sort());
  const differing = [...files]
    .filter(([name, text]) => fs.readFileSync(path.join(generatedDir, name), 'utf8') !== text)
    .map(([name]) => name);
  expect(differing).toEqual([]);
});

test('every generated file says it is generated, from which TensorFlow, and how to regenerate it', () => {
  for (const name of fs.readdirSync(generatedDir)) {
    const head = fs.readFileSync(path.join(generatedDir, name), 'utf8').split('\n').slice(0, 2).join('\n');
    expect(head).toContain(`Generated from the op registry of TensorFlow ${version()}`);
    expect(head).toContain('Do not edit.');
    expect(head).toContain('npm run generate:ops');
  }
});
