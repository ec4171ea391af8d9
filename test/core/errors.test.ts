// Every misuse becomes a JS error with TensorFlow's code, and the process keeps working.
import { Graph, InvalidArgumentError, Session, Tensor, TensorFlowError, tensor } from '../../lib';
import { native } from '../../lib/core/library';

function addGraph() {
  const graph = new Graph();
  const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [2] } }).output(0);
  const y = graph.addOperation({ type: 'Neg', name: 'y', inputs: [x] }).output(0);
  return { graph, x, y };
}

async function stillWorks(): Promise<void> {
  const { graph, x, y } = addGraph();
  const session = new Session(graph);
  const [out] = await session.run([[x, tensor([1, -2])]], [y]);
  expect(Array.from(out.data() as Float32Array)).toEqual([-1, 2]);
  await session.close();
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TensorFlowError);
    expect((error as Error).message.length).toBeGreaterThan(10);
    return (error as TensorFlowError).code;
  }
  throw new Error('expected an error');
}

async function asyncCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TensorFlowError);
    return (error as TensorFlowError).code;
  }
  throw new Error('expected a rejection');
}

describe('error paths', () => {
  afterEach(stillWorks);

  test('a disposed tensor', async () => {
    const { graph, x, y } = addGraph();
    const session = new Session(graph);
    const t = tensor([1, 2]);
    t.dispose();
    expect(codeOf(() => t.data())).toBe('FAILED_PRECONDITION');
    expect(codeOf(() => t.shape)).toBe('FAILED_PRECONDITION');
    await expect(session.run([[x, t]], [y])).rejects.toMatchObject({ code: 'FAILED_PRECONDITION', message: /disposed/ });
    await session.close();
  });

  test('a disposed graph', () => {
    const { graph } = addGraph();
    graph.dispose();
    expect(codeOf(() => graph.operations())).toBe('FAILED_PRECONDITION');
    expect(codeOf(() => graph.addOperation({ type: 'NoOp' }))).toBe('FAILED_PRECONDITION');
    expect(codeOf(() => new Session(graph))).toBe('FAILED_PRECONDITION');
  });

  test('a closed session', async () => {
    const { graph, x, y } = addGraph();
    const session = new Session(graph);
    await session.close();
    expect(session.closed).toBe(true);
    expect(await asyncCodeOf(session.run([[x, tensor([1, 2])]], [y]))).toBe('FAILED_PRECONDITION');
    expect(codeOf(() => session.runSync([[x, tensor([1, 2])]], [y]))).toBe('FAILED_PRECONDITION');
    expect(codeOf(() => session.listDevices())).toBe('FAILED_PRECONDITION');
    await session.close(); // closing twice is fine
    const disposed = new Session(graph);
    disposed.dispose();
    expect(codeOf(() => disposed.runSync([[x, tensor([1, 2])]], [y]))).toBe('FAILED_PRECONDITION');
  });

  test('a feed of the wrong dtype', async () => {
    const { graph, x, y } = addGraph();
    const session = new Session(graph);
    const wrong = tensor([1, 2], 'int32');
    await expect(session.run([[x, wrong]], [y])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: /float/ });
    expect(codeOf(() => session.runSync([[x, wrong]], [y]))).toBe('INVALID_ARGUMENT');
    await session.close();
  });

  test('a feed of the wrong shape', async () => {
    const { graph, x, y } = addGraph();
    const session = new Session(graph);
    // Checked against the placeholder's static shape, as TensorFlow's Python client does.
    await expect(session.run([[x, tensor([1, 2, 3])]], [y])).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: /cannot feed a value of shape \[3\] to x:0, which has shape \[2\]/,
    });
    await expect(session.run([[x, tensor([[1, 2]])]], [y])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await session.close();
    // Shapes the kernels reject at run time (no static shape to check against).
    const graph2 = new Graph();
    const a = graph2.addOperation({ type: 'Placeholder', name: 'a', attrs: { dtype: 'float32' } }).output(0);
    const product = graph2.addOperation({ type: 'MatMul', inputs: [a, a] }).output(0);
    const session2 = new Session(graph2);
    await expect(session2.run([[a, tensor([[1, 2, 3]])]], [product])).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: /Matrix size-incompatible/,
    });
    await session2.close();
  });

  test('an unknown op type', () => {
    const graph = new Graph();
    expect(codeOf(() => graph.addOperation({ type: 'NoSuchOp' }))).toBe('NOT_FOUND');
    // The raw addon (no TypeScript checks) still returns TensorFlow's own error.
    const raw = new (native().Graph)();
    expect(codeOf(() => raw.addOperation({ type: 'NoSuchOp', name: 'z' }))).toBe('INVALID_ARGUMENT');
  });

  test('an unknown attribute', () => {
    const graph = new Graph();
    expect(() => graph.addOperation({ type: 'Placeholder', attrs: { dtype: 'float32', colour: 'red' } })).toThrow(
      /unknown attribute 'colour' \(Placeholder has dtype, shape\)/,
    );
    // (TensorFlow 2.21's C API itself accepts attributes its OpDef lacks, so this check is ours.)
  });

  test('attributes of the wrong type', () => {
    const graph = new Graph();
    expect(() => graph.addOperation({ type: 'Placeholder', attrs: { dtype: 3.5 as never } })).toThrow(InvalidArgumentError);
    expect(() => graph.addOperation({ type: 'Placeholder', attrs: { dtype: 'float33' as never } })).toThrow(/expects a dtype name/);
    expect(() => graph.addOperation({ type: 'Placeholder', attrs: { dtype: 'float32', shape: 'big' as never } })).toThrow(
      /expects a shape/,
    );
    // The raw addon: a bool where TensorFlow wants a type, and values of the wrong JS kind.
    const raw = new (native().Graph)();
    expect(codeOf(() => raw.addOperation({ type: 'Placeholder', name: 'p', attrs: [['dtype', 'bool', true]] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => raw.addOperation({ type: 'Placeholder', name: 'p', attrs: [['dtype', 'type', 'x']] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => raw.addOperation({ type: 'Placeholder', name: 'p', attrs: [['dtype', 'type', 99]] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => raw.addOperation({ type: 'Placeholder', name: 'p', attrs: [['dtype', 'weird', 1]] }))).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        raw.addOperation({
          type: 'Const',
          name: 'c',
          attrs: [
            ['dtype', 'type', 1],
            ['value', 'tensor', {}],
          ],
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });

  test('inputs that do not exist or do not fit', () => {
    const { graph, x } = addGraph();
    const raw = new (native().Graph)();
    raw.addOperation({ type: 'Placeholder', name: 'p', attrs: [['dtype', 'type', 1]] });
    expect(codeOf(() => raw.addOperation({ type: 'Neg', name: 'n', inputs: [['missing', 0]] }))).toBe('NOT_FOUND');
    expect(codeOf(() => raw.addOperation({ type: 'Neg', name: 'n', inputs: [['p', 5]] }))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => raw.addOperation({ type: 'Neg', name: 'n', inputs: [['p', -1]] }))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => raw.addOperation({ type: 'Neg', name: 'n', inputs: [] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => raw.addOperation({ type: 'AddN', name: 'n', inputs: [['p', 0]] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => graph.addOperation({ type: 'Neg', inputs: [x, x] }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => x.op.output(3))).toBe('OUT_OF_RANGE');
    const other = new Graph();
    expect(() => other.addOperation({ type: 'Neg', inputs: [x] })).toThrow(/belongs to another graph/);
    expect(codeOf(() => graph.addOperation({ type: 'Neg', name: 'y', inputs: [x], controlInputs: ['y' as never] }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  test('fetches and targets that do not exist', async () => {
    const { graph, x } = addGraph();
    const session = new Session(graph);
    expect(codeOf(() => session.runSync([[x, tensor([1, 2])]], ['missing:0']))).toBe('NOT_FOUND');
    expect(codeOf(() => session.runSync([[x, tensor([1, 2])]], ['y:7']))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => session.runSync(null, [], ['missing']))).toBe('NOT_FOUND');
    // A placeholder that is not fed.
    expect(codeOf(() => session.runSync(null, ['y:0']))).toBe('INVALID_ARGUMENT');
    await session.close();
  });

  test('ops that would abort TensorFlow are refused', () => {
    // A gradient through a TF1 while-loop exit without its loop context segfaults inside
    // TensorFlow's C++ gradient builder; hydra-tf checks the path first.
    const graph = new Graph();
    const x = graph.addOperation({ type: 'Placeholder', attrs: { dtype: 'float32', shape: [2] } }).output(0);
    const exit = graph.addOperation({ type: 'Exit', inputs: [x] }).output(0);
    const y = graph.addOperation({ type: 'Square', inputs: [exit] }).output(0);
    expect(codeOf(() => graph.addGradients([y], [x]))).toBe('UNIMPLEMENTED');
    expect(() => graph.addGradients([y], [x])).toThrow(/TF1 while loop/);
    const raw = new (native().Graph)();
    expect(codeOf(() => raw.addOperation({ type: 'SplitDedupData', name: 's' }))).toBe('UNIMPLEMENTED');
  });

  test('garbage where the addon expects objects, tensors, graphs or bytes', () => {
    const binding = native();
    const raw = new binding.Graph();
    expect(codeOf(() => new binding.Tensor(1, [2], 'not bytes'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => new binding.Tensor(1, [-2], new Float32Array(2)))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => new binding.Tensor(20, [1], new Uint8Array(8)))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => new binding.Tensor(7, [2], ['only one']))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => new binding.Tensor(1, new Array(300).fill(1), new Float32Array(1)))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => new binding.Session({} as never, null, null))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => new binding.Session(raw, new Uint8Array([255, 255, 255]), null))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => raw.addOperation(42 as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => raw.importGraphDef(new Uint8Array([1, 2, 3, 4, 5]), {}))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => raw.outputShape(['nothing', 0]))).toBe('NOT_FOUND');
    expect(codeOf(() => raw.opDef('NoSuchOp'))).toBe('NOT_FOUND');
    expect(codeOf(() => raw.addGradients(null, [], [], null))).toBe('INVALID_ARGUMENT');
    const session = new binding.Session(raw, null, null);
    expect(codeOf(() => session.runSync([['x', 0, 'tensor' as never]], [], []))).toBe('NOT_FOUND');
    expect(codeOf(() => session.runSync('feeds' as never, [], []))).toBe('INVALID_ARGUMENT');
    session.dispose();
    expect(() => Tensor.from({} as never)).toThrow(TensorFlowError);
  });
});
