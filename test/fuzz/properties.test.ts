// Property-based fuzz (fast-check) over the public API: tensor(), Graph, Session and savedModel.load
// (of corrupted copies of a real SavedModel). A fixed seed and budget, each property in a child
// process: the only acceptable failures are TensorFlowErrors, and a case that kills the process
// fails its test naming the case. HYDRA_FUZZ_SEED picks another seed.
import * as fs from 'fs';
import * as path from 'path';
import { ensureFixtures, fixture } from '../saved-model/fixtures';
import { runInChild } from '../support/child';
import { tempDir } from '../support/tmp';

const seed = Number(process.env.HYDRA_FUZZ_SEED ?? 20261206);

interface PropertyReport {
  failed: boolean;
  numRuns: number;
  counterexample: string | null;
  error: string | null;
}

/**
 * Runs `property` (JavaScript: an expression building a fast-check property, with `fc`, `core`,
 * `proto`, `lib`, `expectError` and `lastCase` in scope) for `numRuns` runs in a child process.
 */
function checkProperty(property: string, numRuns: number, timeLimitMs = 60000): PropertyReport {
  const lastCaseFile = path.join(tempDir('prop'), 'last-case.json');
  const body = `
    const fc = require('fast-check');
    const { TensorFlowError } = core;
    // Every case is written down before it runs: if the process dies, the test names it.
    const lastCase = (value) => require('fs').writeFileSync(${JSON.stringify(lastCaseFile)}, fc.stringify(value));
    // The API's only way to refuse: a TensorFlowError. Anything else thrown is a bug.
    const expectError = (error) => { if (!(error instanceof TensorFlowError)) throw new Error('not a TensorFlowError: ' + (error && error.stack)); };
    const property = ${property};
    const details = await fc.check(property, { seed: ${seed}, numRuns: ${numRuns}, interruptAfterTimeLimit: ${timeLimitMs} });
    report({ failed: details.failed, numRuns: details.numRuns, counterexample: details.counterexample ? fc.stringify(details.counterexample) : null, error: details.errorInstance ? String(details.errorInstance.stack || details.errorInstance).slice(0, 2000) : null });`;
  const outcome = runInChild(body, timeLimitMs + 120000);
  if (outcome.signal !== null || outcome.status !== 0 || !outcome.report) {
    const last = fs.existsSync(lastCaseFile) ? fs.readFileSync(lastCaseFile, 'utf8') : '(none)';
    throw new Error(
      `the property's process died (${outcome.signal ?? `exit ${outcome.status}`}) on the case ${last}; report ${JSON.stringify(outcome.report)}\n${outcome.stderr}`,
    );
  }
  return outcome.report as PropertyReport;
}

function expectHolds(report: PropertyReport, minRuns: number): void {
  expect({ failed: report.failed, counterexample: report.counterexample, error: report.error }).toEqual({
    failed: false,
    counterexample: null,
    error: null,
  });
  expect(report.numRuns).toBeGreaterThanOrEqual(minRuns);
}

const INTEGER_RANGES = `{ int8: [-128, 127], int16: [-32768, 32767], int32: [-2147483648, 2147483647], uint8: [0, 255], uint16: [0, 65535], uint32: [0, 4294967295] }`;

describe(`fast-check properties, seed ${seed}`, () => {
  test('tensor(): integers in range round-trip exactly, for every integer dtype', () => {
    const property = `fc.property(
      fc.constantFrom(...Object.entries(${INTEGER_RANGES})).chain(([dtype, [min, max]]) =>
        fc.tuple(fc.constant(dtype), fc.array(fc.integer({ min, max }), { maxLength: 20 }))),
      ([dtype, values]) => { lastCase([dtype, values]); const t = core.tensor(values, dtype); return t.dtype === dtype && JSON.stringify(t.array()) === JSON.stringify(values); })`;
    expectHolds(checkProperty(property, 1000), 1000);
  });

  test('tensor(): 64-bit integers round-trip exactly, out-of-range BigInts are refused', () => {
    const property = `fc.property(fc.constantFrom('int64', 'uint64'), fc.bigInt({ min: -(2n ** 66n), max: 2n ** 66n }), (dtype, value) => {
      lastCase([dtype, value]);
      const fits = dtype === 'int64' ? BigInt.asIntN(64, value) === value : BigInt.asUintN(64, value) === value;
      try { const t = core.tensor([value], dtype); return fits && t.data()[0] === value; }
      catch (error) { expectError(error); return !fits && error.code === 'INVALID_ARGUMENT' && error.message.includes(String(value)) && error.message.includes(dtype); }
    })`;
    expectHolds(checkProperty(property, 1000), 1000);
  });

  test('tensor(): numbers an integer dtype cannot hold are refused naming the value and the dtype', () => {
    const property = `fc.property(
      fc.constantFrom(...Object.entries(${INTEGER_RANGES})),
      fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -(2 ** 40), max: 2 ** 40 })),
      ([dtype, [min, max]], value) => {
        lastCase([dtype, value]);
        const fits = Number.isInteger(value) && value >= min && value <= max;
        try { const t = core.tensor([value], dtype); return fits && t.data()[0] === value; }
        catch (error) { expectError(error); return !fits && error.message.includes(dtype); }
      })`;
    expectHolds(checkProperty(property, 2000), 2000);
  });

  test('tensor(): float64 and float32 values round-trip (float32 as Math.fround)', () => {
    const property = `fc.property(fc.array(fc.double(), { maxLength: 16 }), (values) => {
      lastCase(values);
      const d = Array.from(core.tensor(values, 'float64').data());
      const f = Array.from(core.tensor(values, 'float32').data());
      return values.every((v, i) => Object.is(d[i], v) && Object.is(f[i], Math.fround(v)));
    })`;
    expectHolds(checkProperty(property, 1000), 1000);
  });

  test('tensor(): any value with any options either makes a tensor of the asked shape or throws a TensorFlowError', () => {
    const property = `fc.property(
      fc.oneof(fc.anything({ withBigInt: true, withTypedArray: true, withBoxedValues: true, withNullPrototype: true }), fc.array(fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.bigInt())), fc.uint8Array()),
      fc.record({
        dtype: fc.oneof(fc.constantFrom('float32', 'float64', 'float16', 'bfloat16', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'bool', 'string', 'complex64', 'complex128', 'resource', 'variant'), fc.string()),
        shape: fc.array(fc.oneof(fc.nat(4), fc.integer(), fc.double(), fc.constantFrom(2 ** 31, 2 ** 32, 2 ** 53, 2 ** 63, -1, 0))),
        raw: fc.boolean(),
      }, { requiredKeys: [] }),
      (values, options) => {
        lastCase([values, options]);
        try {
          const t = core.Tensor.from(values, options);
          if (options.shape && JSON.stringify(t.shape) !== JSON.stringify(options.shape)) throw new Error('shape ' + JSON.stringify(t.shape) + ' is not the asked ' + JSON.stringify(options.shape));
          t.dispose();
        } catch (error) { expectError(error); }
      })`;
    expectHolds(checkProperty(property, 3000), 3000);
  });

  test('Graph: elementwise ops on random shapes broadcast and compute as in JS (float32)', () => {
    const property = `fc.property(
      // References round like float32 arithmetic: each operation of TensorFlow's kernel rounds to float32.
      fc.constantFrom(['Add', (a, b) => a + b], ['Sub', (a, b) => a - b], ['Mul', (a, b) => a * b], ['Maximum', Math.max], ['Minimum', Math.min], ['SquaredDifference', (a, b) => Math.fround(a - b) * Math.fround(a - b)]),
      fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 3 }),
      fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      ([type, reference], shape, keep, valueSeed) => {
        lastCase([type, shape, keep, valueSeed]);
        // b's shape: a's, with some dimensions 1 (and maybe fewer leading ones): broadcastable.
        const bShape = shape.map((d, i) => (keep[i] ? d : 1)).slice(keep[2] ? 0 : Math.min(1, shape.length));
        let s = valueSeed;
        const next = () => { s = (s * 1103515245 + 12345) % 2147483648; return Math.fround((s / 2147483648) * 8 - 4); };
        const size = (dims) => dims.reduce((x, y) => x * y, 1);
        const a = Array.from({ length: size(shape) }, next), b = Array.from({ length: size(bShape) }, next);
        const g = new core.Graph();
        const constant = (name, values, dims) => g.addOperation({ type: 'Const', name, attrs: { dtype: 'float32', value: core.tensor(new Float32Array(values), { shape: dims }) } }).output(0);
        const y = g.addOperation({ type, name: 'y', inputs: [constant('a', a, shape), constant('b', b, bShape)] }).output(0);
        if (JSON.stringify(y.shape) !== JSON.stringify(shape)) throw new Error('static shape ' + JSON.stringify(y.shape));
        const session = new core.Session(g);
        const [out] = session.runSync([], [y]);
        session.dispose();
        const got = Array.from(out.data());
        const strides = (dims) => dims.map((_, i) => size(dims.slice(i + 1)));
        const offset = bShape.length - shape.length;
        return JSON.stringify(out.shape) === JSON.stringify(shape) && got.every((v, flat) => {
          let rest = flat, bIndex = 0;
          strides(shape).forEach((stride, axis) => { const k = Math.floor(rest / stride); rest %= stride; const bAxis = axis + offset; if (bAxis >= 0 && bShape[bAxis] !== 1) bIndex += k * strides(bShape)[bAxis]; });
          return Object.is(v, Math.fround(reference(a[flat], b[bIndex])));
        });
      })`;
    expectHolds(checkProperty(property, 300), 300);
  });

  test('Graph: shape ops on random shapes and arguments either refuse with a TensorFlowError or give the static shape they promised', () => {
    const property = `fc.property(
      fc.constantFrom('Reshape', 'Transpose', 'Sum', 'ConcatV2', 'Slice', 'Pad', 'Tile', 'MatMul', 'ExpandDims', 'Squeeze', 'Reverse', 'StridedSlice', 'Gather', 'OneHot', 'Fill', 'Range'),
      fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
      fc.array(fc.integer({ min: -3, max: 4 }), { maxLength: 5 }),
      fc.array(fc.integer({ min: -3, max: 4 }), { maxLength: 5 }),
      fc.constantFrom('float32', 'int32', 'int64', 'bool', 'string', 'float16'),
      fc.boolean(),
      (type, shape, args1, args2, dtype, fedShape) => {
        lastCase([type, shape, args1, args2, dtype, fedShape]);
        const g = new core.Graph();
        const size = shape.reduce((x, y) => x * y, 1);
        const values = dtype === 'string' ? Array.from({ length: size }, (_, i) => 'v' + i) : dtype === 'bool' ? Array.from({ length: size }, (_, i) => i % 2 === 0) : dtype === 'int64' ? Array.from({ length: size }, (_, i) => BigInt(i)) : Array.from({ length: size }, (_, i) => i);
        const x = g.addOperation({ type: 'Placeholder', name: 'x', attrs: fedShape ? { dtype, shape } : { dtype } }).output(0);
        const ints = (name, v) => g.addOperation({ type: 'Const', name, attrs: { dtype: 'int32', value: core.tensor(new Int32Array(v)) } }).output(0);
        const scalar = (name, v) => g.addOperation({ type: 'Const', name, attrs: { dtype: 'int32', value: core.scalar(v, 'int32') } }).output(0);
        const inputs = {
          Reshape: () => [x, ints('s', args1)], Transpose: () => [x, ints('p', args1)], Sum: () => [x, ints('a', args1)],
          ConcatV2: () => [[x, x], scalar('axis', args1[0] ?? 0)], Slice: () => [x, ints('b', args1), ints('z', args2)],
          Pad: () => [x, g.addOperation({ type: 'Const', name: 'pads', attrs: { dtype: 'int32', value: core.tensor(new Int32Array([...args1, ...args2].slice(0, 2 * shape.length)), { shape: [Math.min(shape.length, Math.floor((args1.length + args2.length) / 2)), 2] }) } }).output(0)],
          Tile: () => [x, ints('m', args1)], MatMul: () => [x, x], ExpandDims: () => [x, scalar('d', args1[0] ?? 0)], Squeeze: () => [x], Reverse: () => [x, g.addOperation({ type: 'Const', name: 'r', attrs: { dtype: 'bool', value: core.tensor(args1.map((v) => v > 0)) } }).output(0)],
          StridedSlice: () => [x, ints('b', args1), ints('e', args2), ints('st', args1.map((v) => v || 1))], Gather: () => [x, ints('i', args1)],
          OneHot: () => [x, scalar('depth', args1[0] ?? 2), x, x], Fill: () => [ints('dims', args1), x], Range: () => [x, x, x],
        };
        let y;
        try {
          y = g.addOperation({ type, name: 'y', inputs: inputs[type](), attrs: type === 'Squeeze' ? { squeeze_dims: args1 } : {} }).output(0);
        } catch (error) { expectError(error); return true; }
        const promised = y.shape;
        const session = new core.Session(g);
        try {
          const [out] = session.runSync([[x, core.tensor(values, { dtype, shape })]], [y]);
          // With the input's shape unknown, shape inference guesses from the other arguments
          // (Reverse of a scalar passes it through whatever the axes); judge it on known inputs.
          if (promised === null || !fedShape) return true;
          return promised.length === out.shape.length && promised.every((d, i) => d === -1 || d === out.shape[i]);
        } catch (error) { expectError(error); return true; }
        finally { session.dispose(); }
      })`;
    expectHolds(checkProperty(property, 600), 600);
  });

  test('Graph: addOperation with arbitrary specs either builds or throws a TensorFlowError', () => {
    const property = `fc.property(
      fc.oneof(fc.constantFrom('Add', 'Const', 'Placeholder', 'Identity', 'MatMul', 'Reshape', 'NoSuchOp', '', 'SplitDedupData', 'DebugIdentityV3', 'LSTMBlockCell'), fc.string()),
      fc.oneof(fc.string(), fc.constantFrom('a/b', '/', 'x:0', '^x', '..', 'ä')),
      fc.anything({ withBigInt: true, withTypedArray: true }),
      fc.dictionary(fc.constantFrom('dtype', 'T', 'shape', 'value', 'transpose_a', 'N', 'Tshape', 'container'), fc.anything({ withBigInt: true, withTypedArray: true })),
      (type, name, inputs, attrs) => {
        lastCase([type, name, inputs, attrs]);
        const g = new core.Graph();
        try { g.addOperation({ type, name, inputs, attrs }); } catch (error) { expectError(error); }
        g.dispose();
      })`;
    expectHolds(checkProperty(property, 2000), 2000);
  });

  test('Session: run and runSync agree, and feeds of any dtype and shape give results or TensorFlowErrors', () => {
    const property = `fc.asyncProperty(
      fc.constantFrom('float32', 'float64', 'int32', 'int64', 'uint8', 'bool', 'string'),
      fc.constantFrom('float32', 'float64', 'int32', 'int64', 'uint8', 'bool', 'string'),
      fc.option(fc.array(fc.oneof(fc.constant(-1), fc.nat(3)), { maxLength: 3 })),
      fc.array(fc.nat(3), { maxLength: 3 }),
      fc.constantFrom('Identity', 'Neg', 'Abs', 'Square', 'Shape', 'Size', 'Rank', 'ZerosLike'),
      async (declared, fed, declaredShape, fedShape, type) => {
        lastCase([declared, fed, declaredShape, fedShape, type]);
        const g = new core.Graph();
        const x = g.addOperation({ type: 'Placeholder', name: 'x', attrs: declaredShape ? { dtype: declared, shape: declaredShape } : { dtype: declared } }).output(0);
        let y;
        try { y = g.addOperation({ type, name: 'y', inputs: [x] }).output(0); } catch (error) { expectError(error); return true; }
        const count = fedShape.reduce((a, b) => a * b, 1);
        const values = Array.from({ length: count }, (_, i) => fed === 'string' ? 's' + i : fed === 'bool' ? i % 2 === 0 : fed === 'int64' ? BigInt(i) : i);
        const feed = core.tensor(values, { dtype: fed, shape: fedShape });
        const session = new core.Session(g);
        const settle = async (f) => { try { const [t] = await f(); return { shape: t.shape, data: t.dtype === 'string' ? t.strings() : Array.from(t.data(), String) }; } catch (error) { expectError(error); return { error: error.code }; } };
        const sync = await settle(() => session.runSync([[x, feed]], [y]));
        const async = await settle(() => session.run([[x, feed]], [y]));
        await session.close();
        if (JSON.stringify(sync) !== JSON.stringify(async)) throw new Error('run and runSync differ: ' + JSON.stringify([sync, async]));
        return true;
      })`;
    expectHolds(checkProperty(property, 400), 400);
  });

  test('savedModel.load of corrupted copies of a real SavedModel: a model or a TensorFlowError, never a crash', () => {
    ensureFixtures();
    const { dir } = fixture('module_two_signatures');
    const property = `fc.asyncProperty(
      fc.constantFrom('saved_model.pb', 'variables/variables.index', 'variables/variables.data-00000-of-00001'),
      fc.constantFrom('flip', 'truncate', 'insert', 'zero', 'duplicate'),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 0, max: 255 }),
      fc.integer({ min: 1, max: 64 }),
      fc.constantFrom('trusted', 'untrusted'),
      async (file, kind, where, byte, length, trust) => {
        lastCase([file, kind, where, byte, length, trust]);
        const fs = require('fs'), os = require('os'), path = require('path');
        const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'hydra-corrupt-'));
        fs.cpSync(${JSON.stringify(dir)}, copy, { recursive: true });
        const target = path.join(copy, file);
        const bytes = fs.readFileSync(target);
        const at = Math.min(bytes.length - 1, Math.floor(where * bytes.length));
        let mutated;
        if (kind === 'flip') { mutated = Buffer.from(bytes); mutated[at] ^= 1 << (byte % 8); }
        else if (kind === 'truncate') mutated = bytes.subarray(0, at);
        else if (kind === 'insert') mutated = Buffer.concat([bytes.subarray(0, at), Buffer.alloc(length, byte), bytes.subarray(at)]);
        else if (kind === 'zero') { mutated = Buffer.from(bytes); mutated.fill(0, at, Math.min(bytes.length, at + length)); }
        else mutated = Buffer.concat([bytes.subarray(0, Math.min(bytes.length, at + length)), bytes.subarray(at)]);
        fs.writeFileSync(target, mutated);
        try {
          const model = await lib('saved-model').load(copy, { trust });
          try { await model.run('lookup', { ids: [7, 0], words: ['cherry', 'papaya'] }); } catch (error) { expectError(error); }
          await model.close();
        } catch (error) { expectError(error); }
        finally { fs.rmSync(copy, { recursive: true, force: true }); }
        return true;
      })`;
    expectHolds(checkProperty(property, 120, 120000), 120);
  });
});
