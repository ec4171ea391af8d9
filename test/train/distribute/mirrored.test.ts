// Synchronous data-parallel training across processes (distribute.multiWorkerMirrored) on
// loopback clusters: the same weights as one process on the global batch, the chief alone writing
// files, and a worker killed mid-epoch that the other reports by name, then a restart that resumes.
import * as fs from 'fs';
import * as path from 'path';
import { distribute } from '../../../lib';
import { freePorts, killAll, startWorker } from '../../support/workers';
import { maxAbsDiffOfRecords } from '../../support/numeric';
import { tempDir } from '../../support/tmp';

const children = path.join(__dirname, 'children');
const train = path.join(children, 'mirrored-train.ts');
const resume = path.join(children, 'mirrored-resume.ts');

afterEach(killAll);

interface RunResult {
  replica: number;
  replicas: number;
  writesFiles: boolean;
  history: Record<string, number[]>;
  weights: Record<string, number[]>;
  evalRows: number;
}

const read = (file: string): RunResult => JSON.parse(fs.readFileSync(file, 'utf8'));

async function succeeded(worker: ReturnType<typeof startWorker>): Promise<void> {
  const { code, signal } = await worker.exited;
  if (code !== 0) throw new Error(`worker ended with ${code ?? signal}:\n${worker.stderr.slice(-3000)}`);
}

describe('multiWorkerMirrored', () => {
  test('without TF_CONFIG: one replica in this process, the chief', () => {
    const saved = process.env.TF_CONFIG;
    delete process.env.TF_CONFIG;
    try {
      const strategy = distribute.multiWorkerMirrored();
      expect([strategy.replicas, strategy.replicaIndex, strategy.writesFiles, strategy.server()]).toEqual([1, 0, true, null]);
    } finally {
      if (saved !== undefined) process.env.TF_CONFIG = saved;
    }
    const worker1 = distribute.multiWorkerMirrored({
      tfConfig: JSON.stringify({
        cluster: { chief: ['127.0.0.1:1'], worker: ['127.0.0.1:2', '127.0.0.1:3'] },
        task: { type: 'worker', index: 1 },
      }),
    });
    expect([worker1.replicas, worker1.replicaIndex, worker1.task.isChief, worker1.writesFiles]).toEqual([3, 2, false, false]);
    expect(() =>
      distribute.multiWorkerMirrored({
        tfConfig: JSON.stringify({ cluster: { worker: ['127.0.0.1:2'], ps: ['127.0.0.1:4'] }, task: { type: 'ps', index: 0 } }),
      }),
    ).toThrow('multiWorkerMirrored: this task is "ps" 0, but every task of this strategy trains');
    expect(() => distribute.multiWorkerMirrored({ collectiveTimeoutMs: -1 })).toThrow(
      'collectiveTimeoutMs must be a number of milliseconds >= 0',
    );
  });

  test("one server per process: a second model's strategy reuses the first's server; the same address in another cluster is a clear error", async () => {
    const [port, other] = await freePorts(2);
    const tfConfig = JSON.stringify({ cluster: { worker: [`127.0.0.1:${port}`] }, task: { type: 'worker', index: 0 } });
    const first = distribute.multiWorkerMirrored({ tfConfig });
    const second = distribute.multiWorkerMirrored({ tfConfig });
    const server = first.server()!;
    expect(server.started).toBe(true);
    expect(second.server()).toBe(server);
    expect(second.sessionOptions({}).target).toBe(`grpc://127.0.0.1:${port}`);
    const conflicting = distribute.parameterServer({
      tfConfig: JSON.stringify({
        cluster: { worker: [`127.0.0.1:${port}`], ps: [`127.0.0.1:${other}`] },
        task: { type: 'worker', index: 0 },
      }),
    });
    expect(() => conflicting.startServer()).toThrow(
      new RegExp(
        `^Server.forTask: this process already serves 127.0.0.1:${port} as task /job:worker/task:0 of cluster .*; it cannot also serve it as task /job:worker/task:0 of cluster .*"ps"`,
      ),
    );
  });

  test('2 workers with batch 64 each reach the weights of 1 process with batch 128 after 20 steps (uncertainty, PCGrad 4 steps per run, GLS, GradNorm, a label mask and an uneven last batch); only the chief writes', async () => {
    const dir = tempDir('mirrored');
    try {
      // One process, then a cluster of two, each training the models one after the other:
      // uncertainty (loss-based, learned variables), PCGrad (gradient-based; 4 steps per session
      // run: the in-graph step loop, collectives inside it), the geometric mean of the losses
      // (nonlinear in them) and GradNorm (differentiates by itself, updates its weights); then PCGrad
      // with a task labelled on half the examples and a last batch split 4 + 3; then uncertainty
      // validated on 200 rows, each replica evaluating its half (val_ figures those of all 200).
      const weightings = ['uncertainty', 'pcgrad', 'gls', 'gradnorm', 'pcgrad-masked', 'uncertainty-validated'];
      const runs = 'uncertainty:1,pcgrad:4,gls:1,gradnorm:1,pcgrad:1:masked,uncertainty:1:validated';
      const singleDir = path.join(dir, 'single');
      const pairDir = path.join(dir, 'pair');
      const filesDir = path.join(dir, 'files');
      fs.mkdirSync(singleDir);
      fs.mkdirSync(pairDir);
      const ports = await freePorts(2);
      const workers = [
        startWorker(train, [runs, singleDir, '20', '128'], null),
        ...[0, 1].map((i) => startWorker(train, [runs, pairDir, '20', '128', filesDir], ports, i)),
      ];
      for (const worker of workers) await succeeded(worker);
      for (const weighting of weightings) {
        const single = read(path.join(singleDir, `${weighting}-0.json`));
        const pair = [0, 1].map((i) => read(path.join(pairDir, `${weighting}-${i}.json`)));
        expect(single.replicas).toBe(1);
        expect(pair.map((p) => [p.replica, p.replicas, p.writesFiles])).toEqual([
          [0, 2, true],
          [1, 2, false],
        ]);
        const validated = weighting.endsWith('-validated');
        expect([single.evalRows, ...pair.map((p) => p.evalRows)]).toEqual(validated ? [200, 100, 100] : [0, 0, 0]);
        if (validated)
          expect(
            Object.keys(single.history)
              .filter((k) => k.startsWith('val_'))
              .sort(),
          ).toEqual(['val_diff_loss', 'val_diff_mae', 'val_loss', 'val_sum_loss', 'val_sum_mae']);
        for (const replica of pair) {
          const diff = maxAbsDiffOfRecords(single.weights, replica.weights);
          process.stdout.write(
            `${weighting}: max |w(2 workers × 64) − w(1 × 128)| after 20 steps = ${diff.toExponential(2)} (replica ${replica.replica})\n`,
          );
          expect(diff).toBeLessThanOrEqual(1e-5);
          // Logged losses and metrics are the global batch's, on every replica.
          for (const [key, values] of Object.entries(single.history)) expect(replica.history[key][0]).toBeCloseTo(values[0], 5);
        }
        expect(fs.readdirSync(path.join(filesDir, `${weighting}-replica-0`)).sort()).toEqual(['ckpt', 'logs', 'model']);
        expect(fs.existsSync(path.join(filesDir, `${weighting}-replica-1`))).toBe(false);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);

  test('a worker alive but stopped (SIGSTOP): the other fails at the collective timeout, naming it', async () => {
    const dir = tempDir('mirrored-stop');
    try {
      const ports = await freePorts(2);
      const workers = [0, 1].map((i) => startWorker(resume, [dir, '3', '4000'], ports, i));
      await workers[1].line(/^STEP 0 3$/m);
      const stoppedAt = Date.now();
      workers[1].child.kill('SIGSTOP');
      const survivor = await workers[0].exited;
      process.stdout.write(`SIGSTOP of worker 1: worker 0 failed after ${survivor.at - stoppedAt} ms\n`);
      expect(survivor.code).toBe(3);
      expect(workers[0].stderr).toMatch(
        /CHILD-ERROR DEADLINE_EXCEEDED multi_worker_mirrored: a collective of the training step on worker 0 .* waited 4 s \(collectiveTimeoutMs\) for worker 1 \(\/job:worker\/replica:0\/task:1 at 127\.0\.0\.1:\d+\); its server answers, so it is alive but not progressing/,
      );
      expect(survivor.at - stoppedAt).toBeLessThan(30000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);

  test('kill -9 of a worker mid-epoch: the other fails naming it within 30 s; both restarted resume from the last checkpoint and finish', async () => {
    const dir = tempDir('mirrored-kill');
    try {
      const ports = await freePorts(2);
      const epochs = '5';
      // The default collective timeout (60 s): the peer checks of a step in flight notice the death.
      const timeoutMs = 'default';
      const args = [dir, epochs, timeoutMs];
      const first = [0, 1].map((i) => startWorker(resume, args, ports, i));
      await Promise.all(first.map((w) => w.line(/^RESUME 0$/m)));
      // Mid-epoch: epoch 2 (0-based) has begun and is not over (10 steps per epoch).
      await first[1].line(/^STEP 2 4$/m);
      const killedAt = Date.now();
      first[1].child.kill('SIGKILL');
      const survivor = await first[0].exited;
      const detectedMs = survivor.at - killedAt;
      process.stdout.write(`kill -9 of worker 1: worker 0 failed after ${detectedMs} ms\n`);
      expect(survivor.code).toBe(3);
      expect(first[0].stderr).toMatch(
        /CHILD-ERROR UNAVAILABLE multi_worker_mirrored: worker 1 \(\/job:worker\/replica:0\/task:1 at 127\.0\.0\.1:\d+\) is unavailable \(its server does not answer\); worker 0 .* cancelled its training step/,
      );
      expect(detectedMs).toBeLessThan(30000);
      // Restarted with the same command: both resume after the last completed epoch (2, backed up at epoch 1's end).
      const restartedAt = Date.now();
      const second = [0, 1].map((i) => startWorker(resume, args, ports, i));
      const resumed = await Promise.all(second.map((w) => w.line(/^RESUME (\d+)$/m)));
      process.stdout.write(`restart to resumed training (both workers restored the backup): ${Date.now() - restartedAt} ms\n`);
      expect(resumed.map((m) => Number(m[1]))).toEqual([2, 2]);
      for (const worker of second) await succeeded(worker);
      process.stdout.write(`restart to finish: ${Date.now() - restartedAt} ms\n`);
      expect(/^DONE (.*)$/m.exec(second[0].stdout)![1]).toBe('[2,3,4]');
      const readback = JSON.parse(/^READBACK (.*)$/m.exec(second[0].stdout)![1]) as { maxDiff: number; epoch: number; variables: number };
      expect(readback).toEqual({ maxDiff: 0, epoch: 5, variables: readback.variables });
      expect(readback.variables).toBeGreaterThan(10);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);
});
