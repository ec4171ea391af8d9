/**
 * multiWorkerMirrored: synchronous data-parallel training (Keras's MultiWorkerMirroredStrategy).
 * Every worker runs the same script; each holds a full copy of the variables, trains on its
 * share of every global batch, and averages gradients with TensorFlow's collective all-reduce
 * (CollectiveReduce, a ring over gRPC) inside the step's session run, so every replica applies
 * the same update. Initial values are broadcast from the chief (CollectiveBcastSend/Recv): a
 * broadcast moves each value once, where an all-reduce of chief-masked values would move it
 * 2(N−1)/N times and round −0 + 0.
 *
 * Each worker's session runs against its own server with device filters for itself (so it never
 * waits on the other tasks), and `experimental.collective_group_leader` names the chief, which
 * resolves the group of devices for every collective. A worker that dies leaves the others'
 * collectives waiting for data that never comes (TensorFlow's ring does not notice a dead peer):
 * a step in flight for long gets the peers' ports checked and is cancelled once one stops
 * answering (guardRun), and every collective carries a timeout as the last resort (a peer alive
 * but stuck); the error names the task that no longer answers (explainError).
 */
import * as net from 'net';
import { Graph, Output, Server, Session, SessionOptions, TensorFlowError, invalidArgument, makeError, parseTfConfig } from '../../core';
import * as ops from '../../ops';
import type { Variable } from '../../nn';
import type { DistributeStrategy, TaskRole } from './strategy';

export interface MultiWorkerMirroredOptions {
  /** Python's TF_CONFIG JSON (default: the environment's). Without one, a single replica in this process. */
  tfConfig?: string;
  /**
   * How long a collective of a training step waits for the other workers before failing, in
   * milliseconds (default 60000): the bound on noticing a worker that is alive but stuck (one
   * whose server stopped answering is noticed by the peer checks of `guardRun` in seconds).
   * Raise it when one worker may lag the others by more (e.g. the chief writing a huge checkpoint).
   */
  collectiveTimeoutMs?: number;
  /** How long the initial broadcast waits for every worker to start, in milliseconds (default 0: the session's run timeout). */
  startupTimeoutMs?: number;
}

/** A replica: one task of the chief or worker job. */
interface Replica {
  type: string;
  index: number;
  address: string;
}

const GROUP_KEY = 1;
const DEFAULT_COLLECTIVE_TIMEOUT_MS = 60000;
const PROBE_TIMEOUT_MS = 2000;
/** A step in flight this long gets its peers checked, then every PROBE_INTERVAL_MS. */
const PROBE_AFTER_MS = 2000;
const PROBE_INTERVAL_MS = 1000;
/** Failed checks in a row before a peer counts as dead (one lost connection attempt is not enough). */
const PROBE_FAILURES = 2;

function taskName(replica: Replica): string {
  return `${replica.type} ${replica.index} (/job:${replica.type}/replica:0/task:${replica.index} at ${replica.address})`;
}

/** Whether something accepts connections at `address` ("host:port") within the probe timeout. */
export function answers(address: string): Promise<boolean> {
  const split = address.lastIndexOf(':');
  const host = address.slice(0, split).replace(/^\[|\]$/g, '');
  const port = Number(address.slice(split + 1));
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (alive: boolean) => {
      socket.destroy();
      resolve(alive);
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export class MultiWorkerMirroredStrategy implements DistributeStrategy {
  readonly name = 'multi_worker_mirrored';
  readonly task: TaskRole;
  readonly replicas: number;
  readonly replicaIndex: number;
  readonly dataSharding = 'batch' as const;
  readonly writesFiles: boolean;
  /** Every replica, in replica order (chief first). */
  private readonly members: Replica[];
  private readonly cluster: Record<string, Record<number, string>> | null;
  private readonly collectiveTimeoutMs: number;
  private readonly startupTimeoutMs: number;
  private instanceKey = 0;

  constructor(options: MultiWorkerMirroredOptions = {}) {
    const text = options.tfConfig ?? process.env.TF_CONFIG;
    this.collectiveTimeoutMs = options.collectiveTimeoutMs ?? DEFAULT_COLLECTIVE_TIMEOUT_MS;
    this.startupTimeoutMs = options.startupTimeoutMs ?? 0;
    for (const [key, value] of [
      ['collectiveTimeoutMs', this.collectiveTimeoutMs],
      ['startupTimeoutMs', this.startupTimeoutMs],
    ] as const) {
      if (!(Number.isFinite(value) && value >= 0))
        throw invalidArgument(`multiWorkerMirrored: ${key} must be a number of milliseconds >= 0, got ${value}`);
    }
    if (text === undefined || text.trim() === '') {
      // No cluster: one replica in this process (the same script runs alone or under `hydra-tf launch`).
      this.cluster = null;
      this.members = [{ type: 'worker', index: 0, address: '' }];
      this.task = { type: 'worker', index: 0, isChief: true };
    } else {
      const config = parseTfConfig(text);
      this.cluster = config.cluster;
      const jobTasks = (job: string) =>
        Object.entries(config.cluster[job] ?? {})
          .map(([index, address]) => ({ type: job, index: Number(index), address }))
          .sort((a, b) => a.index - b.index);
      this.members = [...jobTasks('chief'), ...jobTasks('worker')];
      const { type, index } = config.task;
      if (type !== 'chief' && type !== 'worker') {
        throw invalidArgument(
          `multiWorkerMirrored: this task is "${type}" ${index}, but every task of this strategy trains (jobs "chief" and "worker"); a "${type}" task runs \`hydra-tf server\``,
        );
      }
      this.task = { type, index, isChief: this.members[0].type === type && this.members[0].index === index };
    }
    this.replicas = this.members.length;
    this.replicaIndex = this.members.findIndex((m) => m.type === this.task.type && m.index === this.task.index);
    this.writesFiles = this.task.isChief;
  }

  /** This task's device, where its variables, step and collectives run. */
  get device(): string {
    return `/job:${this.task.type}/replica:0/task:${this.task.index}/device:CPU:0`;
  }

  /** The chief's device prefix, the collective group leader. */
  private get leader(): string {
    const chief = this.members[0];
    return `/job:${chief.type}/replica:0/task:${chief.index}`;
  }

  /** This process's server (started on first use; null without a cluster). */
  server(): Server | null {
    if (!this.cluster) return null;
    // The group leader must be in the server's own default config: its collective executor is made with the server.
    return Server.forTask({
      cluster: this.cluster,
      jobName: this.task.type,
      taskIndex: this.task.index,
      defaultSession: { config: { experimental: { collectiveGroupLeader: this.leader } } },
    });
  }

  sessionOptions(base: SessionOptions): SessionOptions {
    const server = this.server();
    if (!server) return base;
    const config = base.config ?? {};
    const experimental = { ...((config.experimental as Record<string, unknown>) ?? {}), collectiveGroupLeader: this.leader };
    // Device filters: the session sees only this task, so it never contacts (or waits for) the others.
    return {
      ...base,
      target: server.target,
      config: { ...config, experimental, deviceFilters: [`/job:${this.task.type}/task:${this.task.index}`] },
    };
  }

  private nextInstanceKey(): number {
    return ++this.instanceKey;
  }

  async initialize(session: Session, graph: Graph, variables: Variable[]): Promise<void> {
    await session.run(
      null,
      [],
      variables.map((v) => v.initializer),
    );
    if (this.replicas <= 1) return;
    // The chief's values to every replica: one broadcast per variable, keys taken in the same order everywhere.
    const timeoutSeconds = this.startupTimeoutMs / 1000;
    const targets = graph.withRootScope(() =>
      graph.withNameScope('replica_broadcast', () =>
        graph.withDevice(this.device, () =>
          variables.map((v) => {
            const common = {
              groupSize: this.replicas,
              groupKey: GROUP_KEY,
              instanceKey: this.nextInstanceKey(),
              shape: v.shape,
              timeoutSeconds,
            };
            if (this.task.isChief) return ops.collectiveBcastSend(v.read(), common).op;
            return v.assign(ops.collectiveBcastRecv(graph, { ...common, t: v.dtype }));
          }),
        ),
      ),
    );
    await session.run(null, [], targets);
  }

  allReduce(graph: Graph, values: Output[], reduction: 'mean' | 'sum'): Output[] {
    if (this.replicas <= 1) return values;
    const timeoutSeconds = this.collectiveTimeoutMs / 1000;
    const reduce = (x: Output) =>
      ops.collectiveReduce(x, {
        groupSize: this.replicas,
        groupKey: GROUP_KEY,
        instanceKey: this.nextInstanceKey(),
        mergeOp: 'Add',
        finalOp: reduction === 'mean' ? 'Div' : 'Id',
        subdivOffsets: [0],
        timeoutSeconds,
      });
    return graph.withDevice(this.device, () => {
      const result: Output[] = new Array(values.length);
      // One collective per dtype over the values concatenated: a ring all-reduce pays its
      // 2(N−1) message rounds once instead of once per tensor.
      const packs = new Map<string, number[]>();
      values.forEach((value, i) => {
        const shape = value.shape;
        if (shape && shape.every((d) => d >= 0)) packs.set(value.dtype, [...(packs.get(value.dtype) ?? []), i]);
        else result[i] = reduce(value);
      });
      for (const positions of packs.values()) {
        if (positions.length === 1) {
          result[positions[0]] = reduce(values[positions[0]]);
          continue;
        }
        const flat = positions.map((i) => ops.reshape(values[i], ops.constant(graph, [-1], 'int32')));
        const reduced = reduce(ops.concatV2(flat, ops.constant(graph, 0, 'int32')));
        let offset = 0;
        for (const i of positions) {
          const shape = values[i].shape!;
          const size = shape.reduce((a, b) => a * b, 1);
          const part = ops.slice(reduced, ops.constant(graph, [offset], 'int32'), ops.constant(graph, [size], 'int32'));
          result[i] = ops.reshape(part, ops.constant(graph, shape, 'int32'));
          offset += size;
        }
      }
      return result;
    });
  }

  /** The peers whose servers do not accept connections now. */
  private async deadPeers(): Promise<Replica[]> {
    const peers = this.members.filter((_, i) => i !== this.replicaIndex);
    const alive = await Promise.all(peers.map((peer) => answers(peer.address)));
    return peers.filter((_, i) => !alive[i]);
  }

  /** Peers a guarded step found dead (and cancelled its run for), for explainError. */
  private suspected: Replica[] = [];

  guardRun<T>(run: Promise<T>, session: Session): Promise<T> {
    if (this.replicas <= 1) return run;
    // A step stuck on a peer whose process died would wait for the collective timeout: once a
    // step has been in flight a while, check the peers, and cancel the run (closing the session,
    // which aborts its collectives at once) when one has been unreachable twice in a row.
    let timer: NodeJS.Timeout | null = null;
    let settled = false;
    const failures = new Map<Replica, number>();
    const check = async () => {
      const dead = await this.deadPeers();
      if (settled) return;
      for (const peer of this.members) failures.set(peer, dead.includes(peer) ? (failures.get(peer) ?? 0) + 1 : 0);
      const gone = dead.filter((peer) => (failures.get(peer) ?? 0) >= PROBE_FAILURES);
      if (gone.length) {
        this.suspected = gone;
        session.close({ cancelAfterMs: 0 }).catch(() => undefined);
        return;
      }
      timer = setTimeout(probe, PROBE_INTERVAL_MS);
    };
    // A probe that throws leaves the step to the collective timeout rather than end the process (unhandled rejection).
    const probe = () => void check().catch(() => undefined);
    timer = setTimeout(probe, PROBE_AFTER_MS);
    const stop = () => {
      settled = true;
      if (timer) clearTimeout(timer);
    };
    return run.then(
      (value) => {
        stop();
        return value;
      },
      (error) => {
        stop();
        throw error;
      },
    );
  }

  async explainError(error: unknown): Promise<unknown> {
    if (this.replicas <= 1 || !(error instanceof TensorFlowError)) return error;
    if (!['DEADLINE_EXCEEDED', 'UNAVAILABLE', 'ABORTED', 'CANCELLED', 'INTERNAL', 'UNKNOWN'].includes(error.code)) return error;
    const now = await this.deadPeers();
    const dead = now.length ? now : this.suspected;
    if (!dead.length) {
      if (error.code !== 'DEADLINE_EXCEEDED' || !/collective/i.test(error.message)) return error;
      // Every peer answers, yet a collective timed out: one of them is alive but not progressing.
      const peers = this.members.filter((_, i) => i !== this.replicaIndex);
      return makeError(
        'DEADLINE_EXCEEDED',
        `${this.name}: a collective of the training step on ${taskName(this.members[this.replicaIndex])} waited ${this.collectiveTimeoutMs / 1000} s (collectiveTimeoutMs) for ${peers.map(taskName).join(', ')}; ${peers.length > 1 ? 'their servers answer, so one of them is' : 'its server answers, so it is'} alive but not progressing (stopped, overloaded, or lagging by more than the timeout).`,
      );
    }
    const first = error.message.split('\n').find((line) => line.trim() && !line.startsWith('From ')) ?? error.message;
    const how =
      error.code === 'CANCELLED' && this.suspected.length
        ? 'cancelled its training step, which waited on it'
        : `had its training step's all-reduce fail (${error.code}: ${first.trim()})`;
    return makeError(
      'UNAVAILABLE',
      `${this.name}: ${dead.map(taskName).join(', ')} ${dead.length > 1 ? 'are' : 'is'} unavailable (its server does not answer); ${taskName(this.members[this.replicaIndex])} ${how}. Restart every worker with the same command (backupAndRestore resumes from the last checkpoint).`,
    );
  }
}

/**
 * Synchronous data-parallel training over the workers of TF_CONFIG (or `tfConfig`); a single
 * replica without one. fit's batchSize is the global batch, split evenly over the workers.
 */
export function multiWorkerMirrored(options: MultiWorkerMirroredOptions = {}): MultiWorkerMirroredStrategy {
  return new MultiWorkerMirroredStrategy(options);
}
