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
    const report = survived(runInChild(`${SPLIT_DEDUP} report(refusal(graphDef({ node: [variantInput, split('v')] })));`)) as { code: string; message: string };
    expect(report.code).toBe('UNIMPLEMENTED');
    expect(report.message).toContain("node 's' (SplitDedupData)");
  });

  test('a SplitDedupData node in a function of the library', () => {
    const report = survived(runInChild(`${SPLIT_DEDUP} report(refusal(graphDef({ library: { function: [fn('f', [split('v')])] } })));`)) as { code: string; message: string };
    expect(report.code).toBe('UNIMPLEMENTED');
    expect(report.message).toContain("node 's' of function 'f' (SplitDedupData)");
  });

  test('the library written twice: TensorFlow merges both, so the first copy is checked too', () => {
    const body = `${SPLIT_DEDUP}
      const first = graphDef({ library: { function: [fn('hidden', [split('v')])] } });
      const second = graphDef({ node: [variantInput], library: { function: [fn('shown', [])] } });
      const bytes = Buffer.concat([first, second]);
      // What a decoder that keeps the last copy sees: no SplitDedupData at all.
      const lastCopy = proto.decode('tensorflow.GraphDef', bytes);
      report({ decodedFunctions: lastCopy.library.function.map((f) => f.signature.name), refusal: refusal(bytes) });`;
    const report = survived(runInChild(body)) as { decodedFunctions: string[]; refusal: { code: string; message: string } };
    expect(report.decodedFunctions).toEqual(['shown']);
    expect(report.refusal.code).toBe('UNIMPLEMENTED');
    expect(report.refusal.message).toContain("of function 'hidden' (SplitDedupData)");
  });

  test('bytes that are not protobuf are refused before TensorFlow parses them', () => {
    const report = survived(runInChild(`report(refusal(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f])));`.replace('report(', `${SPLIT_DEDUP} report(`))) as { code: string; message: string };
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
  test('a string tensor of shape [2**32, 2**32, 0] from the public API', () => {
    const report = survived(runInChild(`try { core.tensor([], { dtype: 'string', shape: [2 ** 32, 2 ** 32, 0] }); report('made'); } catch (e) { report(describe(e)); }`)) as { code: string; message: string };
    expect(report.code).toBe('INVALID_ARGUMENT');
    expect(report.message).toContain('exceeds 2^63 - 1');
  });

  test.each([
    ['a string tensor [2**32, 2**32, 0]', `7, [2 ** 32, 2 ** 32, 0], []`],
    ['a uint8 tensor [2**62, 2, 0] (the byte path checked bytes, not the int64 element count)', `4, [2 ** 52, 2 ** 11, 0], new Uint8Array(0)`],
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
