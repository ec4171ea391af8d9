// Graphs: building, attributes of every kind, lookup, static shapes, GraphDef export/import, the op registry.
import { Graph, Output, Session, Tensor, opRegistry, tensor, version, proto } from '../../lib';

function constant(graph: Graph, value: Tensor, name?: string): Output {
  return graph.addOperation({ type: 'Const', name, attrs: { dtype: value.dtype, value } }).output(0);
}

describe('Graph', () => {
  test('relu(x·W + b) matches a JS reference', async () => {
    const rows = 5,
      inner = 4,
      cols = 3;
    const xs = Array.from({ length: rows * inner }, (_, i) => Math.sin(i + 1));
    const ws = Array.from({ length: inner * cols }, (_, i) => Math.cos(2 * i + 1));
    const bs = [0.1, -0.2, 0.3];
    const graph = new Graph();
    const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [-1, inner] } }).output(0);
    const w = constant(graph, Tensor.from(new Float32Array(ws), { shape: [inner, cols] }), 'W');
    const b = constant(graph, tensor(bs), 'b');
    const xw = graph.addOperation({ type: 'MatMul', inputs: [x, w] }).output(0);
    const sum = graph.addOperation({ type: 'BiasAdd', inputs: [xw, b] }).output(0);
    const y = graph.addOperation({ type: 'Relu', name: 'y', inputs: [sum] }).output(0);
    expect(y.shape).toEqual([-1, cols]);
    expect(y.dtype).toBe('float32');

    const session = new Session(graph);
    const [out] = await session.run([[x, Tensor.from(new Float32Array(xs), { shape: [rows, inner] })]], [y]);
    const got = out.data() as Float32Array;
    const f32 = (v: number) => Math.fround(v);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        let acc = 0;
        for (let k = 0; k < inner; k++) acc += f32(xs[r * inner + k]) * f32(ws[k * cols + c]);
        const expected = Math.max(0, acc + f32(bs[c]));
        expect(Math.abs(got[r * cols + c] - expected)).toBeLessThan(1e-5);
      }
    }
    expect(out.shape).toEqual([rows, cols]);
    await session.close();
  });

  test('operations are found by name, iterated, and expose inputs, outputs and devices', () => {
    const graph = new Graph();
    const a = constant(graph, tensor([1, 2]), 'a');
    const b = constant(graph, tensor([3, 4]), 'b');
    const add = graph.addOperation({ type: 'AddV2', name: 'sum', inputs: [a, b], controlInputs: [b.op], device: '/CPU:0' });
    expect(graph.operation('sum')?.type).toBe('AddV2');
    expect(graph.operation('nope')).toBeNull();
    expect(graph.operations().map((op) => op.name)).toEqual(['a', 'b', 'sum']);
    expect(add.inputs().map((o) => o.name)).toEqual(['a:0', 'b:0']);
    expect(add.controlInputs().map((op) => op.name)).toEqual(['b']);
    expect(add.device).toBe('/CPU:0');
    expect(add.numOutputs).toBe(1);
    expect(graph.output('sum:0').dtype).toBe('float32');
    // Names are made unique, and scoped.
    const again = graph.addOperation({ type: 'AddV2', name: 'sum', inputs: [a, b] });
    expect(again.name).toBe('sum_1');
    const scoped = graph.withNameScope('layer', () => graph.addOperation({ type: 'Identity', inputs: [a] }));
    expect(scoped.name).toBe('layer/Identity');
  });

  test('static output shapes come from shape inference', () => {
    const graph = new Graph();
    const x = graph.addOperation({ type: 'Placeholder', attrs: { dtype: 'float32', shape: [-1, 28, 28, 1] } }).output(0);
    const unknown = graph.addOperation({ type: 'Placeholder', attrs: { dtype: 'float32', shape: null } }).output(0);
    const shape = constant(graph, tensor([-1, 784], 'int32'));
    const flat = graph.addOperation({ type: 'Reshape', inputs: [x, shape] }).output(0);
    expect(x.shape).toEqual([-1, 28, 28, 1]);
    expect(unknown.shape).toBeNull();
    expect(flat.shape).toEqual([-1, 784]);
  });

  test('every attribute kind is set and read back', () => {
    const graph = new Graph();
    const value = tensor(
      [
        [1, 2],
        [3, 4],
      ],
      'int32',
    );
    const c = graph.addOperation({ type: 'Const', name: 'c', attrs: { dtype: 'int32', value } });
    const cAttr = c.attr('value');
    expect(cAttr.tensor?.dtype).toBe(3);
    // string, int, list(int), shape via StridedSlice / Placeholder / Assert-free ops
    const p = graph.addOperation({ type: 'Placeholder', name: 'p', attrs: { dtype: 'float32', shape: [2, -1] } });
    expect(p.attr('dtype').type).toBe(1);
    expect(p.attr('shape').shape?.dim?.map((d) => Number(d.size))).toEqual([2, -1]);
    const unknownRank = graph.addOperation({ type: 'Placeholder', attrs: { dtype: 'float32', shape: null } });
    expect(unknownRank.attr('shape').shape?.unknownRank).toBe(true);
    // float and bool
    const x = p.output(0);
    const leaky = graph.addOperation({ type: 'LeakyRelu', inputs: [x], attrs: { alpha: 0.25 } });
    expect(leaky.attr('alpha').f).toBeCloseTo(0.25, 7);
    const mm = graph.addOperation({ type: 'MatMul', inputs: [x, x], attrs: { transpose_a: true, transpose_b: false } });
    expect(mm.attr('transpose_a').b).toBe(true);
    // int and list(int)
    const conv = graph.addOperation({
      type: 'Conv2D',
      inputs: [
        graph.addOperation({ type: 'Placeholder', attrs: { dtype: 'float32', shape: [1, 8, 8, 3] } }).output(0),
        graph.addOperation({ type: 'Placeholder', attrs: { dtype: 'float32', shape: [3, 3, 3, 4] } }).output(0),
      ],
      attrs: { strides: [1, 2, 2, 1], padding: 'SAME', data_format: 'NHWC', dilations: [1, 1, 1, 1] },
    });
    expect(conv.attr('strides').list?.i?.map(Number)).toEqual([1, 2, 2, 1]);
    expect(Buffer.from(conv.attr('padding').s as Uint8Array).toString()).toBe('SAME');
    expect(conv.output(0).shape).toEqual([1, 4, 4, 4]);
    const cumsum = graph.addOperation({ type: 'Split', inputs: [constant(graph, scalar0()), x], attrs: { num_split: 2 } });
    expect(Number(cumsum.attr('num_split').i)).toBe(2);
    // list(type) and list(shape)
    const queue = graph.addOperation({
      type: 'FIFOQueueV2',
      attrs: { component_types: ['float32', 'int64'], shapes: [[2], []], capacity: 5, container: '', shared_name: 'q' },
    });
    expect(queue.attr('component_types').list?.type).toEqual([1, 9]);
    expect(queue.attr('shapes').list?.shape?.map((s) => (s.dim ?? []).map((d) => Number(d.size)))).toEqual([[2], []]);
    // list(string)
    const kernels = graph.addOperation({ type: 'Identity', inputs: [x], attrs: {} });
    expect(kernels.type).toBe('Identity');
    const print = graph.addOperation({
      type: 'DecodeCSV',
      inputs: [constant(graph, tensor(['1,a'])), [constant(graph, tensor([0], 'int32')), constant(graph, tensor(['z']))]],
      attrs: { OUT_TYPE: ['int32', 'string'], field_delim: ',', select_cols: [0, 1], na_value: 'NA' },
    });
    expect(print.attr('OUT_TYPE').list?.type).toEqual([3, 7]);
    // func, by name and as { func }: a function attribute (resolved only when the graph runs).
    const func = graph.addOperation({
      type: 'StatelessIf',
      inputs: [constant(graph, tensor(true)), [x]],
      attrs: { Tout: ['float32'], then_branch: { func: 'then_fn' }, else_branch: 'else_fn' },
    });
    expect(func.attr('then_branch').func?.name).toBe('then_fn');
    expect(func.attr('else_branch').func?.name).toBe('else_fn');
  });

  test('GraphDef exports and imports with a prefix and an input mapping', async () => {
    const source = new Graph();
    const x = source.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [2] } }).output(0);
    const two = constant(source, tensor([2, 2]), 'two');
    source.addOperation({ type: 'Mul', name: 'double', inputs: [x, two] });
    const graphDef = source.toGraphDef();
    const decoded = proto.decode<{ node?: Array<{ name?: string; op?: string }> }>('tensorflow.GraphDef', graphDef);
    expect(decoded.node?.map((n) => n.op)).toEqual(['Placeholder', 'Const', 'Mul']);

    const target = new Graph();
    const input = constant(target, tensor([5, 7]), 'input');
    const result = target.importGraphDef(graphDef, {
      prefix: 'imported',
      inputMap: { 'x:0': input },
      returnOutputs: ['double:0'],
      returnOperations: ['two'],
    });
    expect(result.outputs.map((o) => o.name)).toEqual(['imported/double:0']);
    expect(result.operations.map((o) => o.name)).toEqual(['imported/two']);
    expect(result.missingUnusedInputMappings).toEqual([]);
    const session = new Session(target);
    const [out] = await session.run(null, [result.outputs[0]]);
    expect(Array.from(out.data() as Float32Array)).toEqual([10, 14]);
    await session.close();

    const unused = target.importGraphDef(graphDef, { prefix: 'again', inputMap: { 'nothere:0': input } });
    expect(unused.missingUnusedInputMappings).toEqual(['nothere:0']);
  });

  test('the op registry of the loaded TensorFlow is readable', () => {
    expect(version()).toBe('2.21.0');
    const registry = opRegistry();
    expect(registry.size).toBeGreaterThan(1000);
    const matmul = registry.get('MatMul');
    expect(matmul?.inputArg?.map((a) => a.name)).toEqual(['a', 'b']);
    expect(matmul?.attr?.find((a) => a.name === 'transpose_a')?.type).toBe('bool');
    expect(registry.has('VarHandleOp')).toBe(true);
  });
});

function scalar0(): Tensor {
  return tensor(0, 'int32');
}
