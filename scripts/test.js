#!/usr/bin/env node
// `npm test`: every test suite of the project, against the real libtensorflow.
//   1. the Python fixture environment (.venv with tensorflow-cpu 2.21), created if missing;
//   2. native tests (GoogleTest through CMake/ctest, and the check that the addon's
//      declarations of the C API match libtensorflow's headers);
//   3. the packaging checks, one test each: npm pack, then install the tarball with no compiler on
//      PATH (the prebuilt addon) and run a smoke script (scripts/check-prebuilt.sh); publish hydra-tf
//      and its libtensorflow platform package to a local registry and install from it with no
//      Python or compiler on PATH, then run the smoke script (scripts/check-registry-install.sh);
//   4. the layer check (scripts/check-layers.js: dependency-cruiser, DESIGN.md section 3's import
//      rules), one test; the style checks (scripts/check-style.js: prettier --check, eslint and
//      tsc --noEmit over lib/, test/ and examples/), one test each;
//   5. the jest suites (with --expose-gc so memory checks can collect garbage);
//   6. the core and SavedModel suites again against an ASan+UBSan build of the addon.
// Ends with the line "N passed, N failed", counted from the runners' own reports.
// A missing prerequisite is a failure, never a skip. Extra arguments go to jest.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const jestArgs = process.argv.slice(2);
const totals = { passed: 0, failed: 0 };

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
}

function fail(what, message) {
  console.error(`\n✗ ${what}: ${message}`);
  totals.failed += 1;
}

function pythonEnvironment() {
  const result = run('bash', [path.join(root, 'scripts', 'setup-python.sh')]);
  if (result.status !== 0) fail('Python fixture environment', `scripts/setup-python.sh exited with ${result.status}`);
}

function nativeTests() {
  const buildDir = path.join(root, 'build-native-tests');
  const configure = run('cmake', ['-S', root, '-B', buildDir, '-G', 'Ninja', '-DCMAKE_BUILD_TYPE=Release'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (configure.status !== 0) return fail('native tests', 'cmake could not configure (are cmake, ninja and GoogleTest installed?)');
  const build = run('cmake', ['--build', buildDir, '--target', 'hydra_tf_native_tests', 'hydra_tf_declarations_check'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) return fail('native tests', 'the native tests or the declarations check did not compile');
  const junit = path.join(buildDir, 'ctest-results.xml');
  fs.rmSync(junit, { force: true });
  run('ctest', ['--test-dir', buildDir, '--output-on-failure', '--output-junit', junit]);
  if (!fs.existsSync(junit)) return fail('native tests', 'ctest wrote no report');
  const report = fs.readFileSync(junit, 'utf8');
  const tests = Number(/<testsuite[^>]*\stests="(\d+)"/.exec(report)?.[1] ?? 0);
  const failures = Number(/<testsuite[^>]*\sfailures="(\d+)"/.exec(report)?.[1] ?? 0);
  const skipped = Number(/<testsuite[^>]*\sskipped="(\d+)"/.exec(report)?.[1] ?? 0);
  if (tests === 0) return fail('native tests', 'ctest ran no test');
  totals.passed += tests - failures - skipped;
  totals.failed += failures + skipped;
  console.log(`native tests: ${tests - failures - skipped} passed, ${failures + skipped} failed`);
}

/**
 * A packaging check script counted as one test: passed when it exits 0 and prints "<name>: passed".
 * Prints the script's last lines (its summary, or more of its output when it failed) and how long it took.
 */
function scriptCheck(name, script, summaryLines) {
  const started = Date.now();
  const result = spawnSync('bash', [path.join(root, 'scripts', script)], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  const stdout = result.stdout || '';
  const passed = result.status === 0 && stdout.includes(`${name}: passed`);
  process.stdout.write(
    `${stdout
      .trimEnd()
      .split('\n')
      .slice(passed ? -summaryLines : -60)
      .join('\n')}\n`,
  );
  const took = `${((Date.now() - started) / 1000).toFixed(0)} s`;
  if (passed) {
    totals.passed += 1;
    console.log(`${name}: 1 passed, 0 failed (${took})`);
  } else {
    process.stderr.write((result.stderr || '').slice(-3000));
    const why = result.error ? result.error.message : `exited with ${result.status}`;
    fail(name, `scripts/${script} ${why} after ${took}`);
  }
}

/** The packed tarball installs from prebuilds with no compiler on PATH, and works (scripts/check-prebuilt.sh). */
function packagingCheck() {
  scriptCheck('packaging check', 'check-prebuilt.sh', 6);
}

/**
 * hydra-tf installs from a registry (a local verdaccio) with libtensorflow from its platform package,
 * with no pip, Python or compiler on PATH, and works (scripts/check-registry-install.sh).
 */
function registryInstallCheck() {
  scriptCheck('registry install check', 'check-registry-install.sh', 8);
}

/** lib/ keeps DESIGN.md section 3's import rules (scripts/check-layers.js), one test. */
function layerCheck() {
  const result = run(process.execPath, [path.join(root, 'scripts', 'check-layers.js')]);
  if (result.status === 0) totals.passed += 1;
  else fail('layer check', 'an import in lib/ breaks the layer rules of DESIGN.md section 3 (listed above)');
}

/** Formatting (prettier), lint (eslint) and types (tsc), one test each (scripts/check-style.js, counted from its summary line). */
function styleChecks() {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'check-style.js')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  process.stdout.write(result.stdout || '');
  process.stderr.write(result.stderr || '');
  const summary = /^style checks: (\d+) passed, (\d+) failed$/m.exec(result.stdout || '');
  if (!summary)
    return fail(
      'style checks',
      `scripts/check-style.js printed no summary (${result.error ? result.error.message : `exit ${result.status}`})`,
    );
  totals.passed += Number(summary[1]);
  totals.failed += Number(summary[2]);
  if (Number(summary[2]) === 0 && result.status !== 0) fail('style checks', `scripts/check-style.js exited with ${result.status}`);
}

/** Runs jest with `args` (and env) and counts its report into the totals; returns false if it wrote none. */
function runJest(what, args, env = process.env) {
  const report = path.join(os.tmpdir(), `hydra-tf-jest-${process.pid}-${Date.now()}.json`);
  const jest = require.resolve('jest/bin/jest', { paths: [root] });
  const jestArgs = ['--expose-gc', jest, '--json', `--outputFile=${report}`, ...args];
  if (process.env.CI) jestArgs.push('--ci');
  run(process.execPath, jestArgs, { env });
  if (!fs.existsSync(report)) {
    fail(what, 'jest wrote no report');
    return null;
  }
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  fs.rmSync(report, { force: true });
  const skipped = result.numPendingTests + result.numTodoTests;
  totals.passed += result.numPassedTests;
  totals.failed += result.numFailedTests + skipped;
  // A suite that failed to run (syntax error, failing hook) has no failed tests of its own.
  const brokenSuites = result.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.every((a) => a.status !== 'failed'),
  );
  totals.failed += brokenSuites.length;
  for (const suite of brokenSuites)
    console.error(`✗ ${what}: test suite did not run: ${path.relative(root, suite.name)}\n${suite.message}`);
  if (skipped) console.error(`✗ ${what}: ${skipped} jest test(s) were skipped: a skipped test counts as failed`);
  if (result.numTotalTests === 0) fail(what, 'jest ran no test');
  return result;
}

function jestTests() {
  runJest('jest', jestArgs);
}

/**
 * The core and SavedModel suites again, against an AddressSanitizer + UndefinedBehaviorSanitizer
 * build of the addon (CMakeLists.txt, HYDRA_TF_SANITIZE) loaded through HYDRA_TF_ADDON. Node itself
 * is not instrumented, so libasan is preloaded; leak detection is off (V8 and TensorFlow keep
 * process-lifetime allocations). Any sanitizer report kills the process that made it, which fails
 * the test that was running; the suites are chosen to keep this under ~10 minutes on 2 cores.
 */
const SANITIZER_SUITES = ['test/core', 'test/saved-model'];
// Left out: suites that measure the process rather than the addon's memory use. RSS bounds mean
// nothing under ASan, whose allocator holds freed memory in quarantine (memory); wall-clock bounds
// and process-exit paths change under its runtime, which registers exit handlers of its own and
// slows every allocation (session's event-loop timing, hangs, abort); the export kill test starts 25
// child processes and kills them at random times (a file-protocol test, no addon memory to check).
// They run in the main pass.
const SANITIZER_EXCLUDED = [
  'test/core/memory.test.ts',
  'test/core/hangs.test.ts',
  'test/core/abort.test.ts',
  'test/core/session.test.ts',
  'test/saved-model/export-kill.test.ts',
];

function sanitizerTests() {
  const what = 'sanitizer build (ASan+UBSan)';
  const started = Date.now();
  const buildDir = path.join(root, 'build-sanitize');
  const configure = run(
    'cmake',
    [
      '-S',
      root,
      '-B',
      buildDir,
      '-G',
      'Ninja',
      '-DCMAKE_BUILD_TYPE=RelWithDebInfo',
      '-DHYDRA_TF_TESTS=OFF',
      '-DHYDRA_TF_SANITIZE=address,undefined',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (configure.status !== 0) return fail(what, 'cmake could not configure the sanitizer build');
  const build = run('cmake', ['--build', buildDir, '--target', 'hydra_tf'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const addon = path.join(buildDir, 'hydra_tf.node');
  if (build.status !== 0 || !fs.existsSync(addon)) return fail(what, 'the sanitizer build of the addon did not compile');
  const compiler = spawnSync(process.env.CXX || 'c++', ['-print-file-name=libasan.so'], { encoding: 'utf8' });
  const libasan = (compiler.stdout || '').trim();
  if (compiler.status !== 0 || !path.isAbsolute(libasan) || !fs.existsSync(libasan))
    return fail(what, `libasan.so not found (${libasan || compiler.error})`);
  const env = {
    ...process.env,
    HYDRA_TF_ADDON: addon,
    LD_PRELOAD: [libasan, process.env.LD_PRELOAD].filter(Boolean).join(':'),
    ASAN_OPTIONS: 'detect_leaks=0:abort_on_error=1:print_summary=1',
    UBSAN_OPTIONS: 'print_stacktrace=1:halt_on_error=1:abort_on_error=1',
  };
  const before = { ...totals };
  // The suites come first: jest's array options would take the paths after them as their own values.
  const result = runJest(
    what,
    [...SANITIZER_SUITES, '--runInBand', ...SANITIZER_EXCLUDED.map((suite) => `--testPathIgnorePatterns=${suite}`)],
    env,
  );
  if (!result) return;
  const took = `${((Date.now() - started) / 1000).toFixed(0)} s`;
  console.log(
    `${what}: ${totals.passed - before.passed} passed, ${totals.failed - before.failed} failed (${took}, suites ${SANITIZER_SUITES.join(' ')} without ${SANITIZER_EXCLUDED.join(' ')})`,
  );
}

const onlyJest = jestArgs.length > 0;
if (!onlyJest) {
  pythonEnvironment();
  nativeTests();
  packagingCheck();
  registryInstallCheck();
  layerCheck();
  styleChecks();
}
jestTests();
if (!onlyJest) sanitizerTests();
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed === 0 ? 0 : 1;
