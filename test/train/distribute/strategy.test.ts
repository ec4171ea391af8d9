// The strategy seam (lib/train/distribute/strategy.ts) in one process: what the runtime asks a
// strategy, and when. The cross-process strategies have their own tests (mirrored.test.ts, ...).
import * as fs from 'fs';
import * as path from 'path';
import { Graph, Output, Session, SessionOptions } from '../../../lib/core';
import * as ops from '../../../lib/ops';
import { callbacks, distribute, layers, mtl, optimizers, train } from '../../../lib';
import type { Variable } from '../../../lib/nn';
import { twoTaskData } from '../../support/two-task-data';
import { tempDir } from '../../support/tmp';

/** A strategy that records the runtime's calls; its all-reduce is the identity (replicas holding equal values). */
function recordingStrategy(options: { writesFiles?: boolean; allReduce?: boolean } = {}) {
  const calls = {
    sessionOptions: 0,
    devices: [] as string[],
    initialized: [] as string[],
    reduced: [] as Array<{ count: number; reduction: string }>,
  };
  const strategy: distribute.DistributeStrategy & { calls: typeof calls } = {
    name: 'recording',
    task: { type: 'worker', index: 0, isChief: options.writesFiles ?? true },
    replicas: 2,
    replicaIndex: 0,
    dataSharding: 'none',
    writesFiles: options.writesFiles ?? true,
    calls,
    sessionOptions(base: SessionOptions) {
      calls.sessionOptions++;
      return { ...base, allowSoftPlacement: true };
    },
    variableDevice(variable) {
      calls.devices.push(variable.name);
      return '/device:CPU:0';
    },
    async initialize(session: Session, _graph: Graph, variables: Variable[]) {
      calls.initialized.push(...variables.map((v) => v.name));
      await session.run(
        null,
        [],
        variables.map((v) => v.initializer),
      );
    },
    allReduce:
      options.allReduce === false
        ? undefined
        : (graph: Graph, values: Output[], reduction: 'mean' | 'sum') => {
            calls.reduced.push({ count: values.length, reduction });
            // Two replicas holding these same values: their mean is the value, their sum twice it.
            return reduction === 'mean'
              ? values
              : values.map((v) => ops.mul(v, ops.cast(ops.constant(graph, 2, 'int32'), { dstT: v.dtype })));
          },
  };
  return strategy;
}

function twoTaskModel(distributeWith?: distribute.DistributeStrategy, weighting?: mtl.weighting.Weighting) {
  const x = layers.input({ name: 'x', shape: [2] });
  const trunk = layers.dense({ units: 6, activation: 'tanh', name: 'trunk' }).apply(x);
  return mtl.model({
    inputs: { x },
    trunk,
    tasks: {
      sum: { head: layers.dense({ units: 1, name: 'sum_head' }), loss: 'mse', metrics: ['mae'] },
      diff: { head: layers.dense({ units: 1, name: 'diff_head' }), loss: 'mse' },
    },
    weighting,
    optimizer: optimizers.adam({ learningRate: 0.05 }),
    seed: 4,
    distribute: distributeWith,
  });
}

const flat = async (model: mtl.MultiTaskModel) => {
  const weights = await model.compiled.getWeights();
  return Object.fromEntries([...weights].map(([name, t]) => [name, Array.from(t.data() as Float32Array)]));
};

describe('distribution strategy seam', () => {
  test("the runtime asks the strategy for the session, each variable's device and the initialization", async () => {
    const strategy = recordingStrategy();
    const model = twoTaskModel(strategy);
    const data = twoTaskData(64);
    await model.fit(data, { epochs: 1, batchSize: 16, verbose: false });
    expect(strategy.calls.sessionOptions).toBe(1);
    for (const name of ['trunk/kernel', 'sum_head/kernel', 'diff_head/bias', 'global_step', 'epoch'])
      expect(strategy.calls.devices).toContain(name);
    expect(new Set(strategy.calls.initialized)).toEqual(new Set(strategy.calls.devices));
    const kernel = model.compiled.state.variable('trunk/kernel')!;
    expect(kernel.handle.op.device).toBe('/device:CPU:0');
    expect(model.compiled.distribute).toBe(strategy);
    await model.close();
  });

  test('all-reduce hooks: global losses, gradients and metric accumulators; identity replicas train as one process', async () => {
    const data = twoTaskData(64);
    for (const weighting of [mtl.weighting.uncertainty(), mtl.weighting.pcgrad()]) {
      const strategy = recordingStrategy();
      const distributed = twoTaskModel(strategy, weighting);
      const alone = twoTaskModel(undefined, weighting);
      const a = await distributed.fit(data, { epochs: 2, batchSize: 16, verbose: false, shuffle: false });
      const b = await alone.fit(data, { epochs: 2, batchSize: 16, verbose: false, shuffle: false });
      expect(await flat(distributed)).toEqual(await flat(alone));
      expect(a.history).toEqual(b.history);
      // The two task losses times their divisors and the divisors (summed), then either every
      // gradient (loss-based) or the task-gradient matrix and the heads' gradients
      // (gradient-based), then the metric accumulators (summed).
      expect(strategy.calls.reduced[0]).toEqual({ count: 4, reduction: 'sum' });
      if (weighting.kind === 'gradient') expect(strategy.calls.reduced[1]).toEqual({ count: 1, reduction: 'mean' });
      expect(strategy.calls.reduced.at(-1)).toEqual({ count: 2, reduction: 'sum' });
      await distributed.close();
      await alone.close();
    }
  });

  test('a process that does not write files skips checkpoints, backups and TensorBoard', async () => {
    const dir = tempDir('seam');
    try {
      const model = twoTaskModel(recordingStrategy({ writesFiles: false }));
      const data = twoTaskData(32);
      const cbs = [
        callbacks.modelCheckpoint({ dir: path.join(dir, 'ckpt'), saveBest: false }),
        callbacks.backupAndRestore({ dir: path.join(dir, 'backup'), deleteOnEnd: false }),
        callbacks.tensorBoard({ logDir: path.join(dir, 'logs') }),
      ];
      await model.fit(data, { epochs: 2, batchSize: 16, verbose: false, callbacks: cbs });
      expect(fs.readdirSync(dir)).toEqual([]);
      expect(model.compiled.writesFiles).toBe(false);
      await model.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('batch sharding keeps rows i, i + N, ... of each global batch; the global batch must split evenly', async () => {
    const batch = { x: { dtype: 'float32' as const, shape: [5, 2], data: Float32Array.from({ length: 10 }, (_, i) => i) } };
    expect(Array.from(distribute.shardBatch(batch, 2, 1)!.x.data as Float32Array)).toEqual([2, 3, 6, 7]);
    expect(distribute.shardBatch(batch, 2, 0)!.x.shape).toEqual([3, 2]);
    expect(distribute.shardBatch(batch, 6, 0)).toBeNull();
    const strategy = { ...recordingStrategy(), dataSharding: 'batch' as const };
    const model = twoTaskModel(strategy);
    await expect(model.fit(twoTaskData(32), { batchSize: 15, verbose: false })).rejects.toThrow(
      'fit: batchSize 15 is the global batch of 2 replicas (strategy "recording") and must be a multiple of 2',
    );
    await model.close();
  });

  test('distribute must be a strategy, given at the first compile, without jitCompile across replicas', async () => {
    expect(() => twoTaskModel({ name: 'x' } as never)).toThrow('mtl.model: distribute must be a strategy');
    const model = twoTaskModel();
    await model.fit(twoTaskData(16), { batchSize: 16, verbose: false });
    expect(() => train.compile(model.model, { optimizer: 'sgd', loss: 'mse', distribute: recordingStrategy() })).toThrow(
      'give `distribute` at the first compile',
    );
    await model.close();
    const fresh = twoTaskModel();
    expect(() => train.compile(fresh.model, { optimizer: 'sgd', loss: 'mse', jitCompile: true, distribute: recordingStrategy() })).toThrow(
      'compile: jitCompile cannot be combined with strategy "recording" across 2 replicas',
    );
  });
});
