// savedModel.save: SavedModels written by hydra-tf load in Python (tf.saved_model.load and the
// tf.compat.v1 loader) with the same outputs, saved_model_cli reads them, and hydra-tf reloads them.
import * as fs from 'fs';
import * as path from 'path';
import { Graph, Operation, Session, Tensor, TensorFlowError, proto, savedModel, tensor } from '../../lib';
import { CheckpointFormatVersion } from '../../lib/proto';
import { TensorJson, fixture, maxAbsDiff, toTensor } from './fixtures';
import { runPythonJson, runVenvTool } from '../support/python';
import { tempDir } from '../support/tmp';

interface PythonResult {
  tensorflowVersion: string;
  v2?: Array<Record<string, TensorJson>>;
  v1?: Array<Record<string, TensorJson>>;
  v2Error?: string;
  v1Error?: string;
}

let scratch: string;
beforeAll(() => {
  scratch = tempDir('saved-model');
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Tensor -> the JSON form the Python helpers read. */
function json(t: Tensor): TensorJson {
  const values = t.dtype === 'string' ? t.strings() : Array.from(t.data() as ArrayLike<number | bigint>, Number);
  return { dtype: t.dtype, shape: t.shape, values };
}

/** Python loads `dir` both ways and runs `calls`; both must succeed. */
function pythonRuns(dir: string, calls: Array<{ signature: string; inputs: Record<string, TensorJson> }>): PythonResult {
  const result = runPythonJson<PythonResult>('check_export.py', { dir, calls });
  if (result.v2Error) throw new Error(`tf.saved_model.load failed on ${dir}:\n${result.v2Error}`);
  if (result.v1Error) throw new Error(`tf.compat.v1 loader failed on ${dir}:\n${result.v1Error}`);
  return result;
}

/**
 * A small two-task model in plain graph ops, with known weights:
 *   trunk = relu(x @ W + b)          W = [[1, -1], [2, 0], [0, 1]], b = [0.5, -0.5]
 *   score = trunk @ [[1], [2]]       (regression head)
 *   label = argmax(trunk) as int64   (classification head)
 * plus a step counter (int64) and a string variable, so non-float variables round-trip too.
 */
function twoTaskGraph() {
  const graph = new Graph();
  const constant = (value: unknown, dtype: 'float32' | 'int64' | 'int32' | 'string') =>
    graph.addOperation({ type: 'Const', attrs: { dtype, value: tensor(value as never, dtype) } }).output(0);
  const variable = (name: string, dtype: 'float32' | 'int64' | 'string', shape: number[], initial: unknown) => {
    const handle = graph.addOperation({ type: 'VarHandleOp', name, attrs: { dtype, shape, shared_name: name } });
    const init = graph.addOperation({
      type: 'AssignVariableOp',
      name: `${name}/assign`,
      inputs: [handle.output(0), constant(initial, dtype)],
      attrs: { dtype },
    });
    const read = graph
      .addOperation({ type: 'ReadVariableOp', name: `${name}/read`, inputs: [handle.output(0)], attrs: { dtype } })
      .output(0);
    return { handle, init, read };
  };
  const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [-1, 3] } }).output(0);
  const W = variable(
    'trunk/kernel',
    'float32',
    [3, 2],
    [
      [1, -1],
      [2, 0],
      [0, 1],
    ],
  );
  const b = variable('trunk/bias', 'float32', [2], [0.5, -0.5]);
  const head = variable('score/kernel', 'float32', [2, 1], [[1], [2]]);
  const step = variable('step', 'int64', [], 41);
  const note = variable('note', 'string', [], 'trained in node');
  const trunk = graph
    .addOperation({
      type: 'Relu',
      name: 'trunk',
      inputs: [
        graph
          .addOperation({ type: 'BiasAdd', inputs: [graph.addOperation({ type: 'MatMul', inputs: [x, W.read] }).output(0), b.read] })
          .output(0),
      ],
    })
    .output(0);
  const score = graph.addOperation({ type: 'MatMul', name: 'score', inputs: [trunk, head.read] }).output(0);
  const label = graph
    .addOperation({ type: 'ArgMax', name: 'label', inputs: [trunk, constant(1, 'int32')], attrs: { output_type: 'int64' } })
    .output(0);
  const stepOut = graph.addOperation({ type: 'Identity', name: 'step_out', inputs: [step.read] }).output(0);
  const noteOut = graph.addOperation({ type: 'Identity', name: 'note_out', inputs: [note.read] }).output(0);
  const inits = [W, b, head, step, note].map((v) => v.init);
  const increment = graph.addOperation({
    type: 'AssignAddVariableOp',
    name: 'step/increment',
    inputs: [step.handle.output(0), constant(1, 'int64')],
    attrs: { dtype: 'int64' },
  });
  return { graph, x, trunk, score, label, stepOut, noteOut, inits, increment, variables: [W, b, head, step, note].map((v) => v.handle) };
}

const X = [
  [1, 2, 3],
  [-1, 0, 2],
  [0.25, -0.5, 1],
];
/** trunk = relu(x W + b), score = trunk . [1, 2], label = argmax(trunk) */
function expected(xs: number[][]) {
  const trunk = xs.map((row) => [Math.max(0, row[0] + 2 * row[1] + 0.5), Math.max(0, -row[0] + row[2] - 0.5)]);
  return { trunk, score: trunk.map((t) => [t[0] + 2 * t[1]]), label: trunk.map((t) => (t[1] > t[0] ? 1 : 0)) };
}

async function exportTwoTask(dir: string) {
  const model = twoTaskGraph();
  const session = new Session(model.graph);
  await session.run(null, [], model.inits);
  const result = await savedModel.save(dir, {
    graph: model.graph,
    session,
    signatures: {
      serving_default: { inputs: { x: model.x }, outputs: { score: model.score, label: model.label } },
      features: { inputs: { x: model.x }, outputs: { trunk: model.trunk, step: model.stepOut, note: model.noteOut } },
    },
  });
  return { ...model, session, result };
}

describe('savedModel.save', () => {
  test('writes saved_model.pb (MetaGraphDef, complete V2 saver_def, signatures) and variables/ through SaveV2', async () => {
    const dir = path.join(scratch, 'two-task');
    const { result, session, graph } = await exportTwoTask(dir);
    expect(result).toEqual({
      dir,
      tags: ['serve'],
      signatures: ['serving_default', 'features'],
      variables: ['note', 'score/kernel', 'step', 'trunk/bias', 'trunk/kernel'],
      skippedVariables: [],
    });
    expect(fs.readdirSync(dir).sort()).toEqual(['saved_model.pb', 'variables']);
    expect(fs.readdirSync(path.join(dir, 'variables')).sort()).toEqual(['variables.data-00000-of-00001', 'variables.index']);
    // Nothing left beside the export: it was written in a temporary directory and renamed.
    expect(fs.readdirSync(scratch).filter((name) => name.includes('.tmp-'))).toEqual([]);

    const saved = proto.decode('tensorflow.SavedModel', fs.readFileSync(path.join(dir, 'saved_model.pb')));
    expect(saved.savedModelSchemaVersion).toBe(1);
    expect(saved.metaGraphs).toHaveLength(1);
    const meta = saved.metaGraphs![0];
    expect(meta.metaInfoDef?.tags).toEqual(['serve']);
    expect(meta.metaInfoDef?.tensorflowVersion).toBe('2.21.0');
    expect(meta.saverDef).toEqual({
      filenameTensorName: 'save/filename:0',
      saveTensorName: 'save/control_dependency:0',
      restoreOpName: 'save/restore_all',
      maxToKeep: 5,
      keepCheckpointEveryNHours: 10000,
      version: CheckpointFormatVersion.V2,
    });
    for (const name of ['save/filename', 'save/control_dependency', 'save/restore_all']) expect(graph.operation(name)).not.toBeNull();
    expect(meta.signatureDef?.serving_default).toEqual({
      inputs: { x: { name: 'x:0', dtype: 1, tensorShape: { dim: [{ size: -1 }, { size: 3 }] } } },
      outputs: {
        label: { name: 'label:0', dtype: 9, tensorShape: { dim: [{ size: -1 }] } },
        score: { name: 'score:0', dtype: 1, tensorShape: { dim: [{ size: -1 }, { size: 1 }] } },
      },
      methodName: 'tensorflow/serving/predict',
    });
    // The GraphDef went in byte for byte as TensorFlow produced it.
    const nodes = (meta.graphDef?.node ?? []).map((n) => n.name);
    expect(nodes).toEqual(graph.operations().map((op) => op.name));
    const ops = (meta.metaInfoDef?.strippedOpList?.op ?? []).map((op) => op.name);
    expect(ops).toEqual(expect.arrayContaining(['SaveV2', 'RestoreV2', 'VarHandleOp', 'MatMul', 'ArgMax']));
    expect(meta.metaInfoDef?.strippedOpList?.op?.every((op) => op.summary === undefined && op.description === undefined)).toBe(true);
    await session.close();
  });

  test('Python loads the export (tf.saved_model.load and tf.compat.v1) and computes the same; saved_model_cli reads it', async () => {
    const dir = path.join(scratch, 'two-task-python');
    const { session, score, label, trunk, stepOut, noteOut, x } = await exportTwoTask(dir);
    const [ourScore, ourLabel, ourTrunk, ourStep, ourNote] = await session.run([[x, tensor(X)]], [score, label, trunk, stepOut, noteOut]);
    const want = expected(X);
    expect(ourScore.array()).toEqual(want.score.map((r) => [Math.fround(r[0])]));
    expect(Array.from(ourLabel.data() as BigInt64Array, Number)).toEqual(want.label);

    const result = pythonRuns(dir, [
      { signature: 'serving_default', inputs: { x: json(tensor(X)) } },
      { signature: 'features', inputs: { x: json(tensor(X)) } },
    ]);
    expect(result.tensorflowVersion).toBe('2.21.0');
    for (const way of [result.v2!, result.v1!]) {
      expect(maxAbsDiff(ourScore, way[0].score)).toBe(0);
      expect(maxAbsDiff(ourLabel, way[0].label)).toBe(0);
      expect(maxAbsDiff(ourTrunk, way[1].trunk)).toBe(0);
      expect(maxAbsDiff(ourStep, way[1].step)).toBe(0);
      expect(way[1].step.values).toEqual([41]);
      expect(way[1].note).toEqual(json(ourNote));
      expect(way[1].note.values).toEqual(['trained in node']);
    }

    const cli = runVenvTool('saved_model_cli', ['show', '--all', '--dir', dir]);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain("MetaGraphDef with tag-set: 'serve' contains the following SignatureDefs:");
    expect(cli.stdout).toContain("signature_def['serving_default']:");
    expect(cli.stdout).toContain("signature_def['features']:");
    expect(cli.stdout).toMatch(/inputs\['x'\] tensor_info:\s+dtype: DT_FLOAT\s+shape: \(-1, 3\)\s+name: x:0/);
    expect(cli.stdout).toMatch(/outputs\['label'\] tensor_info:\s+dtype: DT_INT64\s+shape: \(-1\)\s+name: label:0/);
    expect(cli.stdout).toContain('Method name is: tensorflow/serving/predict');
    await session.close();
  });

  test('hydra-tf reloads its own export (also untrusted: its saver is the only checkpoint I/O)', async () => {
    const dir = path.join(scratch, 'two-task-reload');
    const original = await exportTwoTask(dir);
    await original.session.close();
    original.graph.dispose();
    const model = await savedModel.load(dir, { trust: 'untrusted' });
    expect(model.tensorflowVersion).toBe('2.21.0');
    expect(Object.keys(model.signatures)).toEqual(['features', 'serving_default']);
    const { score, label } = await model.run({ x: X });
    const want = expected(X);
    expect(score.array()).toEqual(want.score.map((r) => [Math.fround(r[0])]));
    expect(Array.from(label.data() as BigInt64Array, Number)).toEqual(want.label);
    const { step, note } = await model.run('features', { x: X });
    expect(step.item()).toBe(41n);
    expect(note.item()).toBe('trained in node');
    model.dispose();
  });

  test('a second save of the same graph writes the new values and reuses the saver subgraph', async () => {
    const dir = path.join(scratch, 'two-task-again');
    const model = await exportTwoTask(dir);
    const opCount = model.graph.operations().length;
    await model.session.run(null, [], [model.increment]);
    await expect(
      savedModel.save(dir, {
        graph: model.graph,
        session: model.session,
        signatures: { s: { inputs: {}, outputs: { step: model.stepOut } } },
      }),
    ).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      message: `cannot save a SavedModel to ${dir}: the directory is not empty (pass overwrite: true to replace it)`,
    });
    await savedModel.save(dir, {
      graph: model.graph,
      session: model.session,
      overwrite: true,
      signatures: { serving_default: { inputs: {}, outputs: { step: model.stepOut } } },
    });
    expect(model.graph.operations().length).toBe(opCount);
    const reloaded = await savedModel.load(dir);
    expect((await reloaded.run({})).step.item()).toBe(42n);
    reloaded.dispose();
    await model.session.close();
  });

  test('Python -> hydra-tf -> Python: a Keras export, loaded and re-exported by hydra-tf, gives Python the same outputs', async () => {
    const { dir, reference } = fixture('keras_multi_head');
    const model = await savedModel.load(dir);
    const signature = model.signatures.serving_default;
    const pick = (specs: Record<string, { tensorName: string }>) =>
      Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, model.graph.output(spec.tensorName)]));
    const out = path.join(scratch, 'keras-reexport');
    const result = await savedModel.save(out, {
      graph: model.graph,
      session: model.session,
      signatures: { serving_default: { inputs: pick(signature.inputs), outputs: pick(signature.outputs) } },
    });
    // Keras 3 exports carry a second, never-initialised handle per weight; those are left out.
    expect(result.variables.length).toBeGreaterThan(0);
    expect(result.skippedVariables.length).toBeGreaterThan(0);
    const testCase = reference.cases[0];
    const python = pythonRuns(out, [{ signature: 'serving_default', inputs: testCase.inputs }]);
    let worst = 0;
    for (const way of [python.v2!, python.v1!]) {
      for (const key of ['classification', 'regression']) {
        const produced = toTensor(way[0][key]);
        worst = Math.max(worst, maxAbsDiff(produced, testCase.outputs[key]));
      }
    }
    console.log(`Keras model re-exported by hydra-tf, run by Python: largest |difference| from the original ${worst}`);
    expect(worst).toBeLessThanOrEqual(1e-5);
    model.dispose();
  });

  test('a TF1 model re-exported with its table initialiser as initOp keeps working in Python', async () => {
    const { dir, reference } = fixture('tf1_simple_save');
    const model = await savedModel.load(dir);
    const graph = model.graph;
    const out = path.join(scratch, 'tf1-reexport');
    await savedModel.save(out, {
      graph,
      session: model.session,
      initOp: graph.operation('init_all_tables') as Operation,
      signatures: {
        serving_default: { inputs: { x: graph.output('x:0'), word: graph.output('word:0') }, outputs: { y: graph.output('y:0') } },
      },
    });
    const saved = proto.decode('tensorflow.SavedModel', fs.readFileSync(path.join(out, 'saved_model.pb')));
    expect(saved.metaGraphs![0].signatureDef?.__saved_model_init_op?.outputs?.__saved_model_init_op?.name).toBe('init_all_tables');
    const testCase = reference.cases[0];
    const python = pythonRuns(out, [{ signature: 'serving_default', inputs: testCase.inputs }]);
    for (const way of [python.v2!, python.v1!]) expect(maxAbsDiff(toTensor(way[0].y), testCase.outputs.y)).toBeLessThanOrEqual(1e-5);
    // hydra-tf too, untrusted: the old TF1 saver is still in the graph but never runs.
    const again = await savedModel.load(out, { trust: 'untrusted' });
    const { y } = await again.run({ x: toTensor(testCase.inputs.x), word: toTensor(testCase.inputs.word) });
    expect(maxAbsDiff(y, testCase.outputs.y)).toBeLessThanOrEqual(1e-5);
    again.dispose();
    model.dispose();
  });
});

describe('savedModel.save refuses bad requests and never leaves a half export', () => {
  async function failure(promise: Promise<unknown>): Promise<TensorFlowError> {
    try {
      await promise;
    } catch (error) {
      expect(error).toBeInstanceOf(TensorFlowError);
      return error as TensorFlowError;
    }
    throw new Error('expected a rejection');
  }

  test('a variable that holds no value: the error names it; no directory appears', async () => {
    const model = twoTaskGraph();
    const session = new Session(model.graph);
    await session.run(null, [], model.inits.slice(1)); // trunk/kernel is never assigned
    const dir = path.join(scratch, 'uninitialised');
    const signatures = { serving_default: { inputs: { x: model.x }, outputs: { score: model.score } } };
    const error = await failure(savedModel.save(dir, { graph: model.graph, session, signatures, variables: model.variables }));
    expect(error.code).toBe('FAILED_PRECONDITION');
    expect(error.message).toMatch(
      /^save: cannot write the variables \(note, score\/kernel, step, trunk\/bias, trunk\/kernel\) to .*uninitialised: .*trunk\/kernel/s,
    );
    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.readdirSync(scratch).filter((name) => name.includes('.tmp-'))).toEqual([]);
    // Left to find the variables itself, save skips the uninitialised one and says so.
    const result = await savedModel.save(dir, {
      graph: model.graph,
      session,
      signatures: { serving_default: { inputs: {}, outputs: { step: model.stepOut } } },
    });
    expect(result.skippedVariables).toEqual(['trunk/kernel']);
    await session.close();
  });

  test('bad arguments', async () => {
    const model = twoTaskGraph();
    const session = new Session(model.graph);
    await session.run(null, [], model.inits);
    const dir = path.join(scratch, 'bad-arguments');
    const base = {
      graph: model.graph,
      session,
      signatures: { serving_default: { inputs: { x: model.x }, outputs: { score: model.score } } },
    };
    const other = new Graph();
    const foreign = other.addOperation({ type: 'Placeholder', name: 'z', attrs: { dtype: 'float32' } }).output(0);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ signatures: {} }, 'save needs at least one signature, e.g. { serving_default: { inputs: { x }, outputs: { y } } }'],
      [{ signatures: { serving_default: { inputs: { x: model.x }, outputs: {} } } }, 'signature "serving_default" has no outputs'],
      [
        { signatures: { s: { inputs: { z: foreign }, outputs: { score: model.score } } } },
        'signature "s" input "z" (z:0) belongs to another graph',
      ],
      [{ signatures: { s: { inputs: {}, outputs: { y: 'score:0' } } } }, 'signature "s" output "y" must be an Output of the graph'],
      [
        { variables: [model.graph.operation('trunk') as Operation] },
        "save: variables[0] 'trunk' is a Relu, expected a VarHandleOp (or VariableV2)",
      ],
      [{ tags: [] }, 'save: tags must be a non-empty array of non-empty strings, got []'],
      [{ session: new Session(other) }, 'save: options.session is not a session of options.graph'],
    ];
    for (const [change, message] of cases) {
      const error = await failure(savedModel.save(dir, { ...base, ...change } as never));
      expect({ code: error.code, message: error.message }).toEqual({ code: 'INVALID_ARGUMENT', message });
    }
    const file = path.join(scratch, 'a-file');
    fs.writeFileSync(file, 'x');
    expect((await failure(savedModel.save(file, base))).message).toBe(`cannot save a SavedModel to ${file}: it is a file`);
    expect(fs.existsSync(dir)).toBe(false);
    await session.close();
    other.dispose();
  });

  test('an existing empty directory is fine', async () => {
    const model = twoTaskGraph();
    const session = new Session(model.graph);
    await session.run(null, [], model.inits);
    const dir = fs.mkdtempSync(path.join(scratch, 'empty-'));
    await savedModel.save(dir, {
      graph: model.graph,
      session,
      signatures: { serving_default: { inputs: { x: model.x }, outputs: { score: model.score } } },
    });
    expect(fs.existsSync(path.join(dir, 'saved_model.pb'))).toBe(true);
    await session.close();
  });
});
