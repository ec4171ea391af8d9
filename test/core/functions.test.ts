// Graph.addFunction: functions made from graph operations (TF_GraphToFunctionWithControlOutputs),
// called with (Stateful)PartitionedCall and used as While bodies.
import { Graph, Session, Tensor, ops, proto } from '../../lib';

describe('Graph.addFunction', () => {
  test('a function made from another graph computes the same as its operations', async () => {
    const body = new Graph();
    const x = ops.placeholder(body, { dtype: 'float32', shape: [-1], name: 'x' });
    const y = ops.addV2(ops.mul(x, ops.constant(body, 2, 'float32')), ops.constant(body, 1, 'float32'));
    const graph = new Graph();
    const definition = graph.addFunction(body, { name: 'twice_plus_one', inputs: [x], outputs: [y], outputNames: ['y'] });
    const decoded = proto.decode('tensorflow.FunctionDef', definition) as {
      signature: { name: string; inputArg: unknown[]; outputArg: Array<{ name: string }> };
    };
    expect(decoded.signature.name).toBe('twice_plus_one');
    expect(decoded.signature.inputArg).toHaveLength(1);
    expect(decoded.signature.outputArg.map((a) => a.name)).toEqual(['y']);
    const input = ops.placeholder(graph, { dtype: 'float32', shape: [-1], name: 'input' });
    const [called] = ops.partitionedCall([input], { tout: ['float32'], f: 'twice_plus_one' });
    const session = new Session(graph);
    const [result] = await session.run([[input, Tensor.from(new Float32Array([0, 1.5, -3]))]], [called]);
    expect(Array.from(result.data() as Float32Array)).toEqual([1, 4, -5]);
    await session.close();
    body.dispose();
  });

  test('control outputs run with the call: a counter bumped by a function from the same graph', async () => {
    const graph = new Graph();
    const handle = ops.varHandleOp(graph, { dtype: 'float32', shape: [], sharedName: 'counter', name: 'counter' });
    const init = ops.assignVariableOp(handle, ops.constant(graph, 0, 'float32'));
    const amount = ops.placeholder(graph, { dtype: 'float32', shape: [], name: 'amount' });
    const bump = ops.assignAddVariableOp(handle, amount);
    const doubled = ops.mul(amount, ops.constant(graph, 2, 'float32'));
    graph.addFunction(graph, {
      name: 'bump_by',
      inputs: [amount],
      outputs: [doubled],
      controlOutputs: [bump],
      operations: [bump, doubled.op, doubled.op.inputs()[1].op, handle.op],
    });
    const fed = ops.placeholder(graph, { dtype: 'float32', shape: [], name: 'fed' });
    const [twice] = ops.statefulPartitionedCall([fed], { tout: ['float32'], f: 'bump_by' });
    const read = ops.readVariableOp(handle, { dtype: 'float32' });
    const session = new Session(graph);
    await session.run(null, [], [init]);
    for (const value of [1.5, 2, 4]) {
      const [out] = await session.run([[fed, Tensor.from(value, { dtype: 'float32' })]], [twice]);
      expect(out.item()).toBe(2 * value);
    }
    const [count] = await session.run(null, [read]);
    expect(count.item()).toBe(7.5);
    await session.close();
  });

  test('bad specs are errors naming the problem', () => {
    const body = new Graph();
    const x = ops.placeholder(body, { dtype: 'float32', shape: [], name: 'x' });
    const y = ops.neg(x);
    const graph = new Graph();
    const other = ops.placeholder(graph, { dtype: 'float32', shape: [], name: 'other' });
    expect(() => graph.addFunction(body, { name: 'bad name', inputs: [x], outputs: [y] })).toThrow(/function name/);
    expect(() => graph.addFunction(body, { name: 'f', inputs: [other], outputs: [y] })).toThrow(/Output of the body graph/);
    expect(() => graph.addFunction({} as Graph, { name: 'f', inputs: [x], outputs: [y] })).toThrow(/Graph holding the function body/);
    // y needs x, which is neither an input nor among the operations.
    expect(() => graph.addFunction(body, { name: 'f', inputs: [], outputs: [y], operations: [y.op] })).toThrow(/f/);
    body.dispose();
  });
});
