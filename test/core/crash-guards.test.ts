// No crash from JS: inputs that used to kill the process inside TensorFlow (a CHECK failure, an
// abort) are refused with an error. Every case runs in a child process, so a regression shows as a
// failed test naming the case, not as a dead test runner.
import { runInChild, survived } from '../support/child';

// A GraphDef whose node SplitDedupData has an empty tuple_mask: its shape function aborts TensorFlow.
const SPLIT_DEDUP = `
  const variantInput = { name: 'v', op: 'Placeholder', attr: { dtype: { type: 21 } } };
  const split = (input) => ({ name: 's', op: 'SplitDedupData', input: [input],
    attr: { integer_type: { type: 3 }, float_type: { type: 1 }, tuple_mask: { s: Buffer.alloc(0) } } });
  const fn = (name, nodes) => ({ signature: { name, inputArg: [{ name: 'v', type: 21 }] }, nodeDef: nodes });
  const graphDef = (message) => proto.encode('tensorflow.GraphDef', message);
  const refusal = (bytes) => { try { new core.Graph().importGraphDef(bytes); return 'imported'; } catch (e) { return describe(e); } };
`;

describe('importGraphDef applies the refusals of addOperation', () => {
  test('a SplitDedupData node (aborted the process before)', () => {
    const report = survived(runInChild(`${SPLIT_DEDUP} report(refusal(graphDef({ node: [variantInput, split('v')] })));`)) as {
      code: string;
      message: string;
    };
    expect(report.code).toBe('UNIMPLEMENTED');
    expect(report.message).toContain("node 's' (SplitDedupData)");
  });

  test('a SplitDedupData node in a function of the library', () => {
    const report = survived(
      runInChild(`${SPLIT_DEDUP} report(refusal(graphDef({ library: { function: [fn('f', [split('v')])] } })));`),
    ) as { code: string; message: string };
    expect(report.code).toBe('UNIMPLEMENTED');
    expect(report.message).toContain("node 's' of function 'f' (SplitDedupData)");
  });

  test('the library written twice: TensorFlow merges both, so the first copy is checked too', () => {
    const body = `${SPLIT_DEDUP}
      const first = graphDef({ library: { function: [fn('hidden', [split('v')])] } });
      const second = graphDef({ node: [variantInput], library: { function: [fn('shown', [])] } });
      const bytes = Buffer.concat([first, second]);
      // decode() merges the copies as TensorFlow does (a decoder keeping the last copy would see no SplitDedupData).
      const merged = proto.decode('tensorflow.GraphDef', bytes);
      report({ decodedFunctions: merged.library.function.map((f) => f.signature.name), refusal: refusal(bytes) });`;
    const report = survived(runInChild(body)) as { decodedFunctions: string[]; refusal: { code: string; message: string } };
    expect(report.decodedFunctions).toEqual(['hidden', 'shown']);
    expect(report.refusal.code).toBe('UNIMPLEMENTED');
    expect(report.refusal.message).toContain("of function 'hidden' (SplitDedupData)");
  });

  test('bytes that are not protobuf are refused before TensorFlow parses them', () => {
    const report = survived(
      runInChild(`report(refusal(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f])));`.replace('report(', `${SPLIT_DEDUP} report(`)),
    ) as { code: string; message: string };
    expect(report.code).toBe('INVALID_ARGUMENT');
    expect(report.message).toContain('not a well-formed GraphDef');
  });

  test('an ordinary GraphDef still imports', () => {
    const body = `
      const g = new core.Graph();
      const x = g.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32' } }).output(0);
      g.addOperation({ type: 'Neg', name: 'y', inputs: [x] });
      const copy = new core.Graph();
      copy.importGraphDef(g.toGraphDef(), { prefix: 'p' });
      const s = new core.Session(copy);
      const [y] = s.runSync([['p/x:0', core.tensor([1.5, -2])]], ['p/y:0']);
      report(Array.from(y.data()));`;
    expect(survived(runInChild(body))).toEqual([-1.5, 2]);
  });
});

describe('shapes whose element count overflows int64', () => {
  test.each([
    [
      'a string tensor of shape [2**32, 2**32, 0]',
      `[], { dtype: 'string', shape: [2 ** 32, 2 ** 32, 0] }`,
      /shape \[4294967296, 4294967296, 0\]: the product of dimensions 0\.\.1 exceeds 2\^63 - 1/,
    ],
    [
      'a uint8 tensor whose partial product passes 2**63 before a zero',
      `[], { dtype: 'uint8', shape: [2 ** 52, 2 ** 12, 0] }`,
      /exceeds 2\^63 - 1/,
    ],
    ['a typed array with such a shape', `new Float32Array(0), { shape: [2 ** 40, 2 ** 40, 0] }`, /exceeds 2\^63 - 1/],
  ])('the public API refuses %s', (_, args, message) => {
    const report = survived(runInChild(`try { core.Tensor.from(${args}); report('made'); } catch (e) { report(describe(e)); }`)) as {
      code: string;
      message: string;
    };
    expect(report.code).toBe('INVALID_ARGUMENT');
    expect(report.message).toMatch(message);
  });

  test.each([
    ['a string tensor [2**32, 2**32, 0]', `7, [2 ** 32, 2 ** 32, 0], []`],
    [
      'a uint8 tensor [2**62, 2, 0] (the byte path checked bytes, not the int64 element count)',
      `4, [2 ** 52, 2 ** 11, 0], new Uint8Array(0)`,
    ],
    ['a float32 tensor with BigInt dimensions [2n**62n, 4n, 0]', `1, [2n ** 62n, 4n, 0], new Float32Array(0)`],
  ])('the native constructor refuses %s (a CHECK failure before)', (_, args) => {
    const body = `const binding = require(${JSON.stringify(require.resolve('../../lib/core/library'))}).native();
      try { new binding.Tensor(${args}); report('made'); } catch (e) { report(describe(e)); }`;
    const report = survived(runInChild(body)) as { code: string; message: string };
    expect(report.code).toBe('INVALID_ARGUMENT');
    expect(report.message).toContain('exceeds 2^63 - 1');
  });

  test('a Placeholder shape attribute whose known dimensions overflow', () => {
    const body = `const g = new core.Graph();
      try { g.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [2 ** 40, 2 ** 40, 0] } }); report('made'); } catch (e) { report(describe(e)); }`;
    const report = survived(runInChild(body)) as { code: string; message: string };
    expect(report.code).toBe('INVALID_ARGUMENT');
    expect(report.message).toContain('exceeds 2^63 - 1');
  });
});

// Kernels that CHECK-fail on scalar inputs (lib/core/kernel-guards.ts): fed with unknown shapes they
// get a run-time rank check, built on known wrong shapes they are refused; right inputs still compute.
const KERNEL = `
  const g = new core.Graph();
  const placeholders = (n, dtype = 'float32') => Array.from({ length: n }, (_, i) => g.addOperation({ type: 'Placeholder', name: 'p' + i, attrs: { dtype } }).output(0));
  const constant = (name, value, dtype = 'float32') => g.addOperation({ type: 'Const', name, attrs: { dtype, value: core.tensor(value, dtype) } }).output(0);
  const outcome = (f) => { try { return { value: f() }; } catch (e) { return { error: describe(e) }; } };
  const run = (op, feeds) => { const s = new core.Session(g); try { return s.runSync(feeds, op.outputs).map((t) => ({ shape: t.shape, values: Array.from(t.data()) })); } finally { s.dispose(); } };
`;

type Outcome = { value?: Array<{ shape: number[]; values: number[] }>; error?: { code: string; message: string } };

describe('kernels that CHECK-fail on bad shapes are guarded', () => {
  test('CombinedNonMaxSuppression: scalar boxes and scores', () => {
    const body = `${KERNEL}
      const attrs = { pad_per_class: false, clip_boxes: false };
      const [boxes, scores] = placeholders(2);
      const limits = [constant('per_class', 2, 'int32'), constant('total', 2, 'int32'), constant('iou', 0.5), constant('score', 0)];
      const op = g.addOperation({ type: 'CombinedNonMaxSuppression', name: 'nms', inputs: [boxes, scores, ...limits], attrs });
      const fedScalars = outcome(() => run(op, [[boxes, core.tensor(1)], [scores, core.tensor(1)]]));
      // Two disjoint boxes, one class: both kept, the higher score first.
      const valid = outcome(() => run(op, [[boxes, core.tensor([[[[0, 0, 1, 1]], [[2, 2, 3, 3]]]])], [scores, core.tensor([[[0.3], [0.9]]])]]));
      const staticScalars = outcome(() => g.addOperation({ type: 'CombinedNonMaxSuppression', name: 'nms2', inputs: [constant('b', 1), constant('s', 1), ...limits], attrs }));
      report({ fedScalars, valid, staticScalars });`;
    const report = survived(runInChild(body)) as Record<string, Outcome>;
    expect(report.fedScalars.error?.code).toBe('INVALID_ARGUMENT');
    expect(report.fedScalars.error?.message).toMatch(/nms_input0_rank_check|expected shape \[\?,\?,\?,\?\]/);
    expect(report.valid.value?.map((t) => t.values)).toEqual([
      [2, 2, 3, 3, 0, 0, 1, 1],
      [expect.closeTo(0.9, 6), expect.closeTo(0.3, 6)],
      [0, 0],
      [2],
    ]);
    expect(report.staticScalars.error?.code).toBe('INVALID_ARGUMENT');
  });

  test('FakeQuantWithMinMaxVarsPerChannel: a scalar input', () => {
    const body = `${KERNEL}
      const [x, min, max] = placeholders(3);
      const op = g.addOperation({ type: 'FakeQuantWithMinMaxVarsPerChannel', name: 'fq', inputs: [x, min, max] });
      const fedScalars = outcome(() => run(op, [[x, core.tensor(0.5)], [min, core.tensor([0])], [max, core.tensor([1])]]));
      const valid = outcome(() => run(op, [[x, core.tensor([[0.5, 2]])], [min, core.tensor([0, 0])], [max, core.tensor([1, 1])]]));
      const staticScalar = outcome(() => g.addOperation({ type: 'FakeQuantWithMinMaxVarsPerChannel', name: 'fq2', inputs: [constant('x', 0.5), constant('lo', [0]), constant('hi', [1])] }));
      report({ fedScalars, valid, staticScalar });`;
    const report = survived(runInChild(body)) as Record<string, Outcome>;
    expect(report.fedScalars.error?.code).toBe('INVALID_ARGUMENT');
    // 8 bits over [0, 1]: steps of 1/255; 0.5 is 127.5 steps, rounded half up to 128; 2 clamps to 1.
    const [quantized] = report.valid.value ?? [];
    expect(quantized.values[0]).toBeCloseTo(128 / 255, 6);
    expect(quantized.values[1]).toBeCloseTo(1, 6);
    expect(report.staticScalar.error?.code).toBe('INVALID_ARGUMENT');
    expect(report.staticScalar.error?.message).toContain(
      "operation 'fq2' (FakeQuantWithMinMaxVarsPerChannel): input 0 has rank 0, expected 1..4",
    );
  });

  test('LSTMBlockCell: scalar inputs', () => {
    const body = `${KERNEL}
      const inputs = placeholders(8);
      const op = g.addOperation({ type: 'LSTMBlockCell', name: 'cell', inputs, attrs: { forget_bias: 1 } });
      const fedScalars = outcome(() => run(op, inputs.map((p) => [p, core.tensor(0.5)])));
      // batch 1, input size 1, cell size 1, zero weights: gates come from the bias alone.
      const b = [0.2, -0.4, 0.1, 0.7]; // i, ci, f, o
      const values = [[[0.3]], [[0.5]], [[0]], [[0], [0]].map(() => [0, 0, 0, 0]), [0], [0], [0], b];
      const valid = outcome(() => run(op, inputs.map((p, i) => [p, core.tensor(values[i])])));
      const staticScalar = outcome(() => g.addOperation({ type: 'LSTMBlockCell', name: 'cell2', inputs: inputs.map((_, i) => constant('c' + i, 0.5)) }));
      report({ fedScalars, valid, staticScalar });`;
    const report = survived(runInChild(body)) as Record<string, Outcome>;
    expect(report.fedScalars.error?.code).toBe('INVALID_ARGUMENT');
    const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
    const i = sigmoid(0.2);
    const ci = Math.tanh(-0.4);
    const f = sigmoid(0.1 + 1);
    const o = sigmoid(0.7);
    const cs = ci * i + 0.5 * f;
    const expected = [i, cs, f, o, ci, Math.tanh(cs), Math.tanh(cs) * o];
    const got = (report.valid.value ?? []).map((t) => t.values[0]);
    expect(got).toHaveLength(7);
    got.forEach((value, k) => expect(value).toBeCloseTo(expected[k], 5));
    expect(report.staticScalar.error?.code).toBe('INVALID_ARGUMENT');
  });

  test('TensorScatterAdd: updates of fewer dimensions than indices.shape[:-1], fed with unknown shapes', () => {
    const body = `${KERNEL}
      const [tensor, updates] = placeholders(2);
      const [indices] = placeholders(1, 'int32');
      const op = g.addOperation({ type: 'TensorScatterAdd', name: 'scatter', inputs: [tensor, indices, updates] });
      const zeros = core.tensor(new Float32Array(4), { shape: [2, 2] });
      // indices [2, 1, 2, 1] want updates [2, 1, 2, 2]; a vector of 2 crashed the kernel.
      const bad = outcome(() => run(op, [[tensor, zeros], [indices, core.tensor(new Int32Array(4), { shape: [2, 1, 2, 1] })], [updates, core.tensor([1, 2])]]));
      // Rows 1 and 0 of a 2x2 zero matrix get [1, 2] and [3, 4]: the matrix [[3, 4], [1, 2]].
      const valid = outcome(() => run(op, [[tensor, zeros], [indices, core.tensor([[1], [0]], 'int32')], [updates, core.tensor([[1, 2], [3, 4]])]]));
      const xla = outcome(() => g.addOperation({ type: 'XlaEinsum', name: 'xe', inputs: [tensor, updates], attrs: { equation: 'ij,jk->ik' } }));
      report({ bad, valid, xla });`;
    const report = survived(runInChild(body)) as Record<string, Outcome>;
    expect(report.bad.error?.code).toBe('INVALID_ARGUMENT');
    expect(report.bad.error?.message).toContain('scatter_updates_shape_must_be_indices_outer_and_tensor_inner');
    expect(report.valid.value?.[0]).toEqual({ shape: [2, 2], values: [3, 4, 1, 2] });
    expect(report.xla.error?.code).toBe('UNIMPLEMENTED');
  });

  test('ScatterNd: updates of fewer dimensions than indices.shape[:-1], fed with unknown shapes', () => {
    const body = `${KERNEL}
      const [indices, shape] = placeholders(2, 'int64');
      const [updates] = placeholders(1);
      const op = g.addOperation({ type: 'ScatterNd', name: 'scatter', inputs: [indices, updates, shape] });
      const bad = outcome(() => run(op, [[indices, core.tensor(new BigInt64Array(9), { shape: [1, 3, 3, 1] })], [updates, core.tensor([1])], [shape, core.tensor([2n, 2n], 'int64')]]));
      // Rows 1 and 0 of a 2x2 zero matrix get [1, 2] and [3, 4]: the matrix [[3, 4], [1, 2]].
      const valid = outcome(() => run(op, [[indices, core.tensor([[1n], [0n]], 'int64')], [updates, core.tensor([[1, 2], [3, 4]])], [shape, core.tensor([2n, 2n], 'int64')]]));
      report({ bad, valid });`;
    const report = survived(runInChild(body)) as Record<string, Outcome>;
    expect(report.bad.error?.code).toBe('INVALID_ARGUMENT');
    expect(report.bad.error?.message).toContain('scatter_updates_shape_must_be_indices_outer_and_shape_inner');
    expect(report.valid.value?.[0]).toEqual({ shape: [2, 2], values: [3, 4, 1, 2] });
  });

  test('CollectiveReduce: an input with no elements (SIGSEGV before)', () => {
    const body = `${KERNEL}
      const attrs = { group_size: 1, group_key: 2, instance_key: 1, merge_op: 'Add', final_op: 'Id', subdiv_offsets: [] };
      const [x] = placeholders(1, 'float64');
      const op = g.addOperation({ type: 'CollectiveReduce', name: 'reduce', inputs: [x], attrs });
      const empty = outcome(() => run(op, [[x, core.tensor(new Float64Array(0))]]));
      // A group of one: the reduction of one tensor is that tensor.
      const valid = outcome(() => run(op, [[x, core.tensor(new Float64Array([1.5, -2]))]]));
      const declared = g.addOperation({ type: 'Placeholder', name: 'empty', attrs: { dtype: 'float64', shape: [0] } }).output(0);
      const staticEmpty = outcome(() => g.addOperation({ type: 'CollectiveReduce', name: 'reduce2', inputs: [declared], attrs: { ...attrs, instance_key: 2 } }));
      report({ empty, valid, staticEmpty });`;
    const report = survived(runInChild(body)) as Record<string, Outcome>;
    expect(report.empty.error?.code).toBe('INVALID_ARGUMENT');
    expect(report.empty.error?.message).toContain('reduce_input_must_not_be_empty');
    expect(report.valid.value?.[0]).toEqual({ shape: [2], values: [1.5, -2] });
    expect(report.staticEmpty.error?.message).toContain('with no elements');
  });

  test('ops whose kernels crash and that no user needs are refused by name', () => {
    const body = `${KERNEL}
      const [x] = placeholders(1);
      report(outcome(() => g.addOperation({ type: 'DebugIdentityV3', name: 'dbg', inputs: [x] })));`;
    const report = survived(runInChild(body)) as Outcome;
    expect(report.error?.code).toBe('UNIMPLEMENTED');
    expect(report.error?.message).toContain("operation 'dbg' (DebugIdentityV3): hydra-tf refuses this op type");
  });

  test('conv backprop ops refuse strides the kernel would divide by', () => {
    const body = `${KERNEL}
      const [input] = placeholders(1);
      const sizes = constant('sizes', [1, 2, 2, 1], 'int32');
      const [grad] = placeholders(1);
      report(outcome(() => g.addOperation({ type: 'Conv2DBackpropFilter', name: 'bf', inputs: [input, sizes, grad], attrs: { strides: [1, 0, 1, 1], padding: 'SAME' } })));`;
    const report = survived(runInChild(body)) as Outcome;
    expect(report.error?.code).toBe('INVALID_ARGUMENT');
    expect(report.error?.message).toContain('attribute strides must be 4 integers >= 1, got [1,0,1,1]');
  });
});
