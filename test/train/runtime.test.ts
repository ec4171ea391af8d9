// One runtime per model: compiling again, training another set of tasks and adding a task add
// programs to the same graph and session; weights stay where they are, nothing is copied.
import * as path from 'path';
import { layers, mtl, nn, optimizers, train } from '../../lib';
import { twoTaskData } from '../support/two-task-data';
import { tempDir } from '../support/tmp';

function buildMultiTask() {
  const x = layers.input({ name: 'x', shape: [2] });
  const trunk = layers.dense({ units: 8, activation: 'tanh' }).apply(x);
  return mtl.model({
    inputs: { x },
    trunk,
    tasks: { sum: { head: layers.dense({ units: 1 }), loss: 'mse' }, diff: { head: layers.dense({ units: 1 }), loss: 'mse' } },
    optimizer: optimizers.adam({ learningRate: 0.02 }),
    seed: 5,
  });
}

const values = (t: { data: unknown }) => Array.from(t.data as Float32Array);

describe('model runtime', () => {
  test('compiling a model again keeps its trained weights (Keras semantics)', async () => {
    const x = layers.input({ name: 'x', shape: [2] });
    const model = nn.model({
      inputs: { x },
      outputs: { y: layers.dense({ units: 1 }).apply(layers.dense({ units: 4, activation: 'tanh' }).apply(x)) },
    });
    const data = twoTaskData(64);
    const first = train.compile(model, { optimizer: optimizers.sgd({ learningRate: 0.1 }), loss: 'mse', seed: 2 });
    await first.fit({ x: data.x, y: data.sum }, { epochs: 3, batchSize: 16, verbose: false });
    const trained = await first.predict({ x: data.x });
    const second = train.compile(model, { optimizer: optimizers.adam({ learningRate: 0.01 }), loss: 'mae', metrics: ['mse'], seed: 2 });
    const again = await second.predict({ x: data.x });
    expect(values(again.y)).toEqual(values(trained.y));
    expect(second.graph).toBe(first.graph);
    // The new program trains the same variables.
    await second.fit({ x: data.x, y: data.sum }, { epochs: 1, batchSize: 16, verbose: false });
    expect(values((await first.predict({ x: data.x })).y)).toEqual(values((await second.predict({ x: data.x })).y));
    await second.close();
  });

  test('training another set of tasks and adding a task stay in one graph and session', async () => {
    const model = buildMultiTask();
    const data = twoTaskData(128);
    await model.fit(data, { epochs: 1, batchSize: 32, verbose: false });
    const { graph, session } = model.compiled;
    const before = await model.predict({ x: data.x });
    await model.fit(data, { epochs: 1, batchSize: 32, verbose: false, tasks: ['sum'] });
    expect(model.compiled.graph).toBe(graph);
    expect(model.compiled.session).toBe(session);
    const after = await model.predict({ x: data.x });
    expect(values(after.sum)).not.toEqual(values(before.sum));
    const extended = await model.addTask('first', { head: layers.dense({ units: 1 }), loss: 'mse' });
    const first = Float32Array.from({ length: 128 }, (_, i) => data.x[2 * i]);
    await extended.fit({ ...data, first }, { epochs: 1, batchSize: 32, verbose: false, tasks: ['first'], freezeTrunk: true });
    expect(extended.compiled.session).toBe(session);
    // Trunk frozen, old heads frozen: the old tasks' predictions are exactly what they were.
    const extendedPredictions = await extended.predict({ x: data.x });
    expect(values(extendedPredictions.sum)).toEqual(values(after.sum));
    expect(values(extendedPredictions.diff)).toEqual(values(after.diff));
    await model.close();
    await extended.close();
  });

  test('a multi-task model restores a checkpoint before any fit or predict', async () => {
    const dir = tempDir('runtime');
    const data = twoTaskData(64);
    const trained = buildMultiTask();
    await trained.fit(data, { epochs: 2, batchSize: 16, verbose: false });
    await trained.saveCheckpoint(dir, 'trained');
    const expected = await trained.predict({ x: data.x });
    await trained.close();
    const fresh = buildMultiTask();
    await fresh.restoreCheckpoint(dir);
    const restored = await fresh.predict({ x: data.x });
    expect(values(restored.sum)).toEqual(values(expected.sum));
    expect(values(restored.diff)).toEqual(values(expected.diff));
    await fresh.close();
  });
});

test('fit after restoring a checkpoint of the last epoch has nothing left to train', async () => {
  const dir = tempDir('runtime');
  const data = twoTaskData(32);
  const model = buildMultiTask();
  await model.fit(data, { epochs: 2, batchSize: 16, verbose: false });
  await model.saveCheckpoint(dir, 'done');
  const fresh = buildMultiTask();
  await fresh.restoreCheckpoint(path.join(dir, 'done'));
  const ended: string[] = [];
  const history = await fresh.fit(data, {
    epochs: 2,
    verbose: false,
    callbacks: [{ onTrainBegin: () => void ended.push('begin'), onTrainEnd: () => void ended.push('end') }],
  });
  expect(history).toEqual({ epochs: [], history: {} });
  expect(ended).toEqual(['begin', 'end']);
  // Asked for more epochs, it trains the third only.
  await fresh.restoreCheckpoint(path.join(dir, 'done'));
  expect((await fresh.fit(data, { epochs: 3, verbose: false })).epochs).toEqual([2]);
  await model.close();
  await fresh.close();
});
