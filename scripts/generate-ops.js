#!/usr/bin/env node
// `npm run generate:ops`: regenerates lib/ops/generated/ from the op registry of the loaded
// libtensorflow (TF_GetAllOpList): the typed op wrappers (lib/ops/codegen.ts) and the table of
// ops with a C++ gradient (probed by lib/ops/gradient-probe.ts).
//   --check   write nothing; exit 1 and name the files that differ from what would be generated.
// The TypeScript sources are loaded directly (transpiled in memory), not from dist/, so the
// check never runs a stale build of the generator.
'use strict';

const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const { readFlags } = require('./args');

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'lib', 'ops', 'generated');

// Type-checking is tsc's job (npm test runs it); here the sources only need to run.
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
  });
  module._compile(outputText, filename);
};

const { opRegistry, version } = require('../lib/core');
const { generateAll } = require('../lib/ops/codegen');
const { probeGradients } = require('../lib/ops/gradient-probe');

function main() {
  const { check } = readFlags('generate-ops', { check: false });
  const started = Date.now();
  const registry = opRegistry();
  const table = probeGradients(registry.values());
  const { files, generated, skipped } = generateAll(registry.values(), version(), table);

  const existing = fs.existsSync(outDir) ? fs.readdirSync(outDir).filter((name) => name.endsWith('.ts')) : [];
  const changed = [...files]
    .filter(([name, text]) => !existing.includes(name) || fs.readFileSync(path.join(outDir, name), 'utf8') !== text)
    .map(([name]) => name);
  const stale = existing.filter((name) => !files.has(name));

  if (check) {
    if (changed.length || stale.length) {
      const rel = (name) => path.relative(root, path.join(outDir, name));
      for (const name of changed) console.error(`differs: ${rel(name)}`);
      for (const name of stale) console.error(`not generated any more: ${rel(name)}`);
      console.error(`lib/ops/generated is not what TensorFlow ${version()} produces; run \`npm run generate:ops\`.`);
      process.exit(1);
    }
    console.log(`lib/ops/generated is current (TensorFlow ${version()}, ${files.size} files).`);
    return;
  }

  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, text] of files) fs.writeFileSync(path.join(outDir, name), text);
  for (const name of stale) fs.rmSync(path.join(outDir, name));
  const reasons = {};
  for (const { reason } of skipped) reasons[reason] = (reasons[reason] || 0) + 1;
  console.log(`TensorFlow ${version()}: ${registry.size} ops in the registry`);
  console.log(`  wrappers: ${generated.length} ops in ${files.size - 2} files`);
  console.log(
    `  skipped: ${skipped.length} (${Object.entries(reasons)
      .map(([r, n]) => `${n} ${r}`)
      .join(', ')})`,
  );
  for (const { op, detail } of skipped.filter((s) => s.reason === 'name clash')) console.log(`    ${op}: ${detail}`);
  console.log(
    `  gradients: ${table.hasGradient.length} with, ${table.stopsGradient.length} stop, ${table.noGradient.length} without, ` +
      `${table.notDifferentiable.length} not differentiable, ${Object.keys(table.unknown).length} unknown`,
  );
  console.log(`  wrote ${changed.length} changed file(s), removed ${stale.length}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
