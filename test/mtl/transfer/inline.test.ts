// Function inlining (lib/saved-model/inline.ts) on hand-made GraphDefs: the cases Keras exports do
// not exercise (attribute placeholders, direct calls of library functions, a name collision,
// control edges on a call, recursion, a missing function), checked by running the result.
import { Graph, Session, Tensor, opRegistry } from '../../../lib/core';
import { encode } from '../../../lib/proto';
import type { AttrValue, FunctionDef, GraphDef, NodeDef } from '../../../lib/proto/types';
import { inlineFunctionCalls } from '../../../lib/saved-model/inline';

const FLOAT: AttrValue = { type: 1 };
const INT32: AttrValue = { type: 3 };
const scalarInt = (v: number): AttrValue => ({ tensor: { dtype: 3, tensorShape: {}, intVal: [v] } });
const scalarFloat = (v: number): AttrValue => ({ tensor: { dtype: 1, tensorShape: {}, floatVal: [v] } });
const opDef = (op: string) => opRegistry().get(op);

/** split(x, 2, axis 1) -> a = Cast<out_type>(first half), b = 3 * second half; a NoOp as control return. */
const splitScaled: FunctionDef = {
  signature: {
    name: 'split_scaled',
    inputArg: [{ name: 'x', type: 1 }],
    outputArg: [
      { name: 'a', type: 1 },
      { name: 'b', type: 1 },
    ],
    attr: [{ name: 'out_type', type: 'type' }],
    controlOutput: ['side'],
  },
  nodeDef: [
    { name: 'dim', op: 'Const', attr: { dtype: INT32, value: scalarInt(1) } },
    { name: 's', op: 'Split', input: ['dim:output:0', 'x'], attr: { T: FLOAT, num_split: { i: 2 } } },
    { name: 'c', op: 'Cast', input: ['s:output:0'], attr: { SrcT: FLOAT, DstT: { placeholder: 'out_type' } } },
    { name: 'three', op: 'Const', attr: { dtype: FLOAT, value: scalarFloat(3) } },
    { name: 'm', op: 'Mul', input: ['s:output:1', 'three:output:0'], attr: { T: FLOAT } },
    { name: 'n', op: 'NoOp', input: ['^m'] },
  ],
  ret: { a: 'c:y:0', b: 'm:z:0' },
  controlRet: { side: 'n' },
};

/** y = a + b of split_scaled(x), called directly (op = the function's name). */
const outer: FunctionDef = {
  signature: { name: 'outer', inputArg: [{ name: 'x', type: 1 }], outputArg: [{ name: 'y', type: 1 }] },
  nodeDef: [
    { name: 'call', op: 'split_scaled', input: ['x'], attr: { out_type: FLOAT } },
    { name: 'sum', op: 'AddV2', input: ['call:a:0', 'call:b:0'], attr: { T: FLOAT } },
  ],
  ret: { y: 'sum:z:0' },
};

function graph(nodes: NodeDef[], functions: FunctionDef[]): GraphDef {
  return { node: nodes, library: { function: functions }, versions: { producer: 1500 } };
}

const x: NodeDef = { name: 'x', op: 'Placeholder', attr: { dtype: FLOAT, shape: { shape: { dim: [{ size: 2 }, { size: 4 }] } } } };

async function run(def: GraphDef, fetch: string, targets: string[] = []): Promise<number[]> {
  const g = new Graph();
  g.importGraphDef(encode('tensorflow.GraphDef', def as never));
  const session = new Session(g);
  const input = Tensor.from(Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8]), { dtype: 'float32', shape: [2, 4] });
  try {
    const [out] = await session.run({ x: input }, [fetch], targets);
    const values = Array.from(out.data() as Float32Array);
    out.dispose();
    return values;
  } finally {
    input.dispose();
    await session.close();
  }
}

describe('inlineFunctionCalls', () => {
  test('nested calls (PartitionedCall, then a direct call) become plain ops computing the same values', async () => {
    const before = graph(
      [
        x,
        {
          name: 'p',
          op: 'PartitionedCall',
          input: ['x'],
          attr: { f: { func: { name: 'outer' } }, Tin: { list: { type: [1] } }, Tout: { list: { type: [1] } } },
        },
        { name: 'p/existing', op: 'Const', attr: { dtype: FLOAT, value: scalarFloat(0) } },
        { name: 'out', op: 'Identity', input: ['p'], attr: { T: FLOAT } },
        { name: 'after', op: 'NoOp', input: ['^p'] },
      ],
      [splitScaled, outer],
    );
    const expected = [1 + 9, 2 + 12, 5 + 21, 6 + 24];
    expect(await run(before, 'out')).toEqual(expected);
    const { graph: after, outputs, inlined } = inlineFunctionCalls(before, ['out', 'after'], opDef);
    expect(inlined).toBe(2);
    expect(outputs).toEqual(['out', 'after']);
    const ops = new Map((after.node ?? []).map((n) => [n.name, n]));
    expect([...ops.values()].filter((n) => n.op === 'PartitionedCall' || n.op === 'split_scaled')).toEqual([]);
    // "p/" is taken by another node, so the body is prefixed "p_inlined_1/"; the nested call's under it.
    expect(ops.get('p_inlined_1/sum')?.op).toBe('AddV2');
    expect(ops.get('p_inlined_1/call/c')?.attr?.DstT).toEqual(FLOAT); // the placeholder, bound from the call
    expect(ops.get('p_inlined_1/sum')?.input).toEqual(['p_inlined_1/call/c', 'p_inlined_1/call/m']);
    expect(ops.get('p_inlined_1/call/m')?.input?.[0]).toBe('p_inlined_1/call/s:1'); // "s:output:1": Split's second output
    // The call is a NoOp waiting for the body's returns and control returns: ^p keeps its meaning.
    expect(ops.get('p')?.op).toBe('NoOp');
    expect(ops.get('p_inlined_1/call')?.input).toEqual(
      expect.arrayContaining(['^p_inlined_1/call/n', '^p_inlined_1/call/c', '^p_inlined_1/call/m']),
    );
    expect(await run(after, 'out', ['after'])).toEqual(expected);
  });

  test("the call's control inputs hold back the body; an unused call is left alone", () => {
    const before = graph(
      [
        x,
        { name: 'gate', op: 'NoOp' },
        {
          name: 'p',
          op: 'PartitionedCall',
          input: ['x', '^gate'],
          attr: { f: { func: { name: 'split_scaled', attr: { out_type: FLOAT } } } },
        },
        { name: 'unused', op: 'PartitionedCall', input: ['x'], attr: { f: { func: { name: 'missing' } } } },
        { name: 'out', op: 'Identity', input: ['p:1'], attr: { T: FLOAT } },
      ],
      [splitScaled],
    );
    const { graph: after } = inlineFunctionCalls(before, ['out'], opDef);
    const ops = new Map((after.node ?? []).map((n) => [n.name, n]));
    expect(ops.get('out')?.input).toEqual(['p/m']);
    expect(ops.get('p/dim')?.input).toEqual(['^gate']); // a source of the body waits for the call's control inputs
    expect(ops.get('unused')?.op).toBe('PartitionedCall');
  });

  test('a missing function and a recursive one are refused, naming the node and the function', () => {
    const missing = graph([x, { name: 'p', op: 'PartitionedCall', input: ['x'], attr: { f: { func: { name: 'nowhere' } } } }], []);
    expect(() => inlineFunctionCalls(missing, ['p'], opDef)).toThrow(
      /node "p" \(PartitionedCall\): its function "nowhere" is not in the graph's function library/,
    );
    const loop: FunctionDef = {
      signature: { name: 'loop', inputArg: [{ name: 'x', type: 1 }], outputArg: [{ name: 'y', type: 1 }] },
      nodeDef: [
        {
          name: 'again',
          op: 'PartitionedCall',
          input: ['x'],
          attr: { f: { func: { name: 'loop' } }, Tin: { list: { type: [1] } }, Tout: { list: { type: [1] } } },
        },
      ],
      ret: { y: 'again:output:0' },
    };
    const recursive = graph([x, { name: 'p', op: 'PartitionedCall', input: ['x'], attr: { f: { func: { name: 'loop' } } } }], [loop]);
    expect(() => inlineFunctionCalls(recursive, ['p'], opDef)).toThrow(/the function calls itself \(loop -> loop\)/);
  });
});
