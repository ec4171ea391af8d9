#!/usr/bin/env node
// The style checks of `npm test`, one test each, run side by side (each is one process on one core):
//   format: prettier --check . (.prettierrc, .prettierignore); fix with `npm run format`;
//   lint:   eslint . (eslint.config.js, type-aware for TypeScript); `npx eslint --fix .` fixes some findings;
//   types:  tsc -p tsconfig.eslint.json --noEmit: lib/, test/ and examples/ type-check (jest's ts-jest
//           compiles one file at a time without type-checking, so test type errors show up only here).
// Prints each tool's report, one line per check, and last "style checks: N passed, N failed";
// exits 1 when a check failed.
'use strict';

const path = require('path');
const { spawn } = require('child_process');

const root = path.resolve(__dirname, '..');

const CHECKS = [
  { name: 'format (prettier)', tool: 'prettier', args: ['--check', '.'], fix: 'run `npm run format` and commit the result' },
  { name: 'lint (eslint)', tool: 'eslint', args: ['.'], fix: 'fix the findings listed above (`npx eslint --fix .` fixes some)' },
  {
    name: 'types (tsc)',
    tool: 'typescript',
    bin: 'tsc',
    args: ['-p', 'tsconfig.eslint.json', '--noEmit', '--pretty', 'false'],
    fix: 'fix the type errors listed above (`npx tsc -p tsconfig.eslint.json --noEmit` lists them)',
  },
];

/** Runs one check to completion; resolves with its exit status, output and duration (never rejects). */
function runCheck(check) {
  const started = Date.now();
  return new Promise((resolve) => {
    let bin;
    try {
      const manifest = require.resolve(`${check.tool}/package.json`, { paths: [root] });
      const { bin: bins } = require(manifest);
      bin = path.join(path.dirname(manifest), typeof bins === 'string' ? bins : bins[check.bin ?? check.tool]);
    } catch {
      resolve({ check, status: null, output: `${check.tool} is not installed (a devDependency): run npm ci\n`, seconds: 0 });
      return;
    }
    const child = spawn(process.execPath, [bin, ...check.args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) =>
      resolve({ check, status: null, output: `${output}${error.message}\n`, seconds: (Date.now() - started) / 1000 }),
    );
    child.on('close', (status) => resolve({ check, status, output, seconds: (Date.now() - started) / 1000 }));
  });
}

async function main() {
  const results = await Promise.all(CHECKS.map(runCheck));
  let passed = 0;
  for (const { check, status, output, seconds } of results) {
    const took = `${seconds.toFixed(0)} s`;
    if (status === 0) {
      passed += 1;
      console.log(`${check.name}: passed (${took})`);
    } else {
      process.stdout.write(output.trimEnd().split('\n').slice(-200).join('\n') + '\n');
      const errors = output.match(/error TS\d+/g);
      const count = errors ? ` ${errors.length} error${errors.length === 1 ? '' : 's'};` : '';
      console.log(`✗ ${check.name}: failed (exit ${status}, ${took}):${count} ${check.fix}`);
    }
  }
  console.log(`style checks: ${passed} passed, ${results.length - passed} failed`);
  process.exitCode = passed === results.length ? 0 : 1;
}

main();
