#!/usr/bin/env node
// The layer check of `npm test`: dependency-cruiser with .dependency-cruiser.js over lib/
// (DESIGN.md section 3: each layer imports only the layers below it, and enters another layer's
// folder through its index.ts). Exits 1 on any violation, naming the rule and both files.
// Usage: node scripts/check-layers.js [project-directory]   (default: this repository; the tests
// point it at a small fixture tree to show that a violation fails)
'use strict';

const path = require('path');
const { spawnSync } = require('child_process');
const { readFlags } = require('./args');

const root = path.resolve(__dirname, '..');
const project = path.resolve(readFlags('check-layers', { project: root }, { positionals: ['project'] }).project);
// The package exports only an ESM API; its command-line entry is run by path.
const depcruise = path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const args = [depcruise, 'lib', '--config', path.join(root, '.dependency-cruiser.js'), '--output-type', 'err'];
const result = spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8' });
process.stdout.write(result.stdout || '');
process.stderr.write(result.stderr || '');
if (result.error) {
  console.error(`layer check: dependency-cruiser did not run: ${result.error.message}`);
  process.exitCode = 1;
} else {
  process.exitCode = result.status === 0 ? 0 : 1;
  console.log(`layer check: ${result.status === 0 ? 'passed' : 'failed'}`);
}
