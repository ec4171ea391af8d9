/**
 * Parameter-server training (Python's ParameterServerStrategy / replica_device_setter, on graph
 * sessions): the model's variables, optimizer slots and weighting state live on the tasks of the
 * `ps` job (ps-placement.ts), every worker computes on its own part of the data and sends
 * gradients there. Asynchronous (default): each worker applies its own updates as soon as it has
 * them (the ps serialises them per variable). Synchronous: the gradients of all replicas are
 * averaged before one update per step (ps-sync.ts), which equals one process training on the
 * global batch.
 *
 * Roles come from TF_CONFIG: the `chief` task (or worker 0 without one) initializes the
 * variables and alone writes files; the other workers wait until the variables are initialized.
 * ps tasks only serve (`hydra-tf server`, or Python's tf.distribute.Server).
 */
import {
  DeadlineExceededError,
  Graph,
  REMOTE_RUN_TIMEOUT_MS,
  Server,
  Session,
  SessionOptions,
  TensorFlowError,
  TfConfig,
  invalidArgument,
  makeError,
  parseTfConfig,
} from '../../core';
import * as ops from '../../ops';
import type { Variable } from '../../nn';
import { ParameterServerPlacement, PlacementPolicy } from './ps-placement';
import { buildSyncStep } from './ps-sync';
import { answers } from './mirrored';
import type { ApplyGradientsContext, AppliedGradients, DistributeStrategy, TaskRole, VariableInfo } from './strategy';

export interface ParameterServerOptions {
  /** 'async' (default): each worker applies its own gradients; 'sync': one update per step from the mean of every replica's gradient. */
  mode?: 'async' | 'sync';
  /** How variables are spread over the ps tasks: 'greedy' by bytes (default) or 'roundRobin'. */
  placement?: PlacementPolicy;
  /** The cluster and this task, as Python's TF_CONFIG JSON (default: the environment's TF_CONFIG). */
  tfConfig?: string;
  /** How long a non-chief worker waits for the chief to initialize the variables, in ms (default 60000). */
  initTimeoutMs?: number;
  /**
   * Time limit of each session run in ms (default: the session's, one minute for a cluster): a
   * synchronous step whose replicas do not all arrive in time fails with DeadlineExceededError.
   */
  runTimeoutMs?: number;
  /**
   * How fit splits the data: 'batch' (default) — fit's batchSize is the global batch, each worker
   * trains on its rows of it; 'none' — each worker reads its own data with batchSize as its batch.
   */
  dataSharding?: 'batch' | 'none';
}

const POLL_MS = 200;
/**
 * How long past its run time limit a synchronous step may go before the watchdog cancels it from
 * JS: RunOptions.timeout_in_ms does not always end a run blocked on the accumulator or a token
 * queue on a remote ps (TensorFlow then never answers), so the library bounds it itself.
 */
const WATCHDOG_GRACE_MS = 3000;
/** After cancelling, how long to wait for the run to end before giving up on it (it is left behind). */
const WATCHDOG_ABANDON_MS = 3000;

function describeTask(type: string, index: number): string {
  return `/job:${type}/task:${index}`;
}

/** The strategy for parameter-server training; see the module comment. */
export class ParameterServerStrategy implements DistributeStrategy {
  readonly name = 'parameter_server';
  readonly task: TaskRole;
  readonly replicas: number;
  readonly replicaIndex: number;
  readonly dataSharding: 'batch' | 'none';
  readonly writesFiles: boolean;
  readonly mode: 'async' | 'sync';
  /** Which ps task holds which variable (filled while the model is built). */
  readonly placement: ParameterServerPlacement;
  private readonly config: TfConfig;
  private readonly initTimeoutMs: number;
  private readonly runTimeoutMs?: number;
  private server: Server | null = null;

  constructor(options: ParameterServerOptions = {}) {
    if (options === null || typeof options !== 'object') throw invalidArgument('distribute.parameterServer: options must be an object');
    const mode = options.mode ?? 'async';
    if (mode !== 'async' && mode !== 'sync')
      throw invalidArgument(`distribute.parameterServer: mode must be "async" or "sync", got ${JSON.stringify(mode)}`);
    const initTimeoutMs = options.initTimeoutMs ?? 60000;
    if (!Number.isSafeInteger(initTimeoutMs) || initTimeoutMs <= 0)
      throw invalidArgument(`distribute.parameterServer: initTimeoutMs must be a positive integer, got ${initTimeoutMs}`);
    const sharding = options.dataSharding ?? 'batch';
    if (sharding !== 'batch' && sharding !== 'none')
      throw invalidArgument(`distribute.parameterServer: dataSharding must be "batch" or "none", got ${JSON.stringify(sharding)}`);
    this.config = parseTfConfig(options.tfConfig ?? process.env.TF_CONFIG);
    const { cluster, task } = this.config;
    const psTasks = Object.keys(cluster.ps ?? {}).length;
    if (psTasks === 0)
      throw invalidArgument(
        `distribute.parameterServer: the cluster has no "ps" job (jobs: ${Object.keys(cluster).join(', ')}); give the parameter servers as "ps" in TF_CONFIG`,
      );
    if (task.type === 'ps') {
      throw invalidArgument(
        `distribute.parameterServer: this process is ${describeTask('ps', task.index)}, which only serves: run \`hydra-tf server\` there (or Server.fromTfConfig().start())`,
      );
    }
    if (task.type !== 'chief' && task.type !== 'worker')
      throw invalidArgument(`distribute.parameterServer: task type "${task.type}" does not train (expected "chief" or "worker")`);
    const hasChief = cluster.chief !== undefined;
    const workers = Object.keys(cluster.worker ?? {}).length;
    this.replicas = (hasChief ? 1 : 0) + workers;
    this.replicaIndex = task.type === 'chief' ? 0 : task.index + (hasChief ? 1 : 0);
    const isChief = task.type === 'chief' || (!hasChief && task.type === 'worker' && task.index === 0);
    this.task = { type: task.type, index: task.index, isChief };
    this.writesFiles = isChief;
    this.mode = mode;
    this.dataSharding = sharding;
    this.initTimeoutMs = initTimeoutMs;
    this.runTimeoutMs = options.runTimeoutMs;
    this.placement = new ParameterServerPlacement(psTasks, options.placement ?? 'greedy');
  }

  /** This task's device prefix. */
  get device(): string {
    return describeTask(this.task.type, this.task.index);
  }

  private get chiefDevice(): string {
    return this.config.cluster.chief !== undefined ? describeTask('chief', 0) : describeTask('worker', 0);
  }

  /** This task's server (started on first use; it serves until the process exits). */
  startServer(): Server {
    if (!this.server) {
      this.server = Server.forTask({ cluster: this.config.cluster, jobName: this.task.type, taskIndex: this.task.index });
    }
    return this.server;
  }

  sessionOptions(base: SessionOptions): SessionOptions {
    const server = this.startServer();
    const filters = ['/job:ps', this.device];
    return {
      ...base,
      target: server.target,
      ...(this.runTimeoutMs !== undefined && base.runTimeoutMs === undefined ? { runTimeoutMs: this.runTimeoutMs } : {}),
      // Only the ps tasks and this one: the other workers may come and go.
      config: { ...(base.config ?? {}), deviceFilters: filters },
    };
  }

  variableDevice(variable: VariableInfo): string | undefined {
    // Per-process state (metric accumulators) stays with the worker that updates it.
    if (variable.perProcess) return undefined;
    return this.placement.device(this.placement.place(variable));
  }

  async initialize(session: Session, _graph: Graph, variables: Variable[]): Promise<void> {
    await this.waitForParameterServers();
    const remote = variables.filter((v) => v.handle.op.device.includes('/job:ps'));
    const local = variables.filter((v) => !remote.includes(v));
    const run = local.map((v) => v.initializer);
    if (this.task.isChief) run.push(...remote.map((v) => v.initializer));
    if (run.length) await session.run(null, [], run);
    if (!this.task.isChief && remote.length) await this.waitForChief(session, remote);
  }

  /**
   * Waits until every ps task accepts connections (or fails at initTimeoutMs): TensorFlow's master
   * waits for a missing task of the session's device filters forever, past any run time limit.
   */
  private async waitForParameterServers(): Promise<void> {
    const tasks = Object.entries(this.config.cluster.ps ?? {});
    const deadline = Date.now() + this.initTimeoutMs;
    for (;;) {
      const alive = await Promise.all(tasks.map(([, address]) => answers(address)));
      if (alive.every(Boolean)) return;
      if (Date.now() >= deadline) {
        const missing = tasks.filter((_, i) => !alive[i]).map(([index, address]) => `${describeTask('ps', Number(index))} at ${address}`);
        throw makeError(
          'UNAVAILABLE',
          `parameter server: ${this.device} waited ${this.initTimeoutMs} ms for the ps tasks; not answering: ${missing.join(', ')}. Is \`hydra-tf server\` running there?`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(0, deadline - Date.now()))));
    }
  }

  /** Polls until every variable of `remote` is initialized (by the chief), or fails at initTimeoutMs. */
  private async waitForChief(session: Session, remote: Variable[]): Promise<void> {
    const graph = remote[0].graph;
    const flags = graph.withRootScope(() =>
      graph.withNameScope('parameter_server', () =>
        ops.pack(
          remote.map((v) => ops.varIsInitializedOp(v.handle, { name: `is_initialized/${v.name}` })),
          { axis: 0, name: 'initialized' },
        ),
      ),
    );
    const deadline = Date.now() + this.initTimeoutMs;
    let missing: string[] = remote.map((v) => v.name);
    for (;;) {
      try {
        const [result] = await session.run(null, [flags]);
        const values = result.data() as Uint8Array;
        result.dispose();
        missing = remote.filter((_, i) => !values[i]).map((v) => v.name);
        if (!missing.length) return;
      } catch (error) {
        // A ps task not up yet answers UNAVAILABLE: keep waiting until the deadline like for the chief.
        if (!(error instanceof TensorFlowError) || (error.code !== 'UNAVAILABLE' && error.code !== 'DEADLINE_EXCEEDED')) throw error;
      }
      if (Date.now() >= deadline) {
        const list = missing.slice(0, 5).join(', ') + (missing.length > 5 ? `, ... (${missing.length} in all)` : '');
        throw new DeadlineExceededError(
          'DEADLINE_EXCEEDED',
          `parameter server: ${this.device} waited ${this.initTimeoutMs} ms for the chief (${this.chiefDevice}) to initialize the variables on the ps tasks; still uninitialized: ${list}. Is the chief running the same model?`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(0, deadline - Date.now()))));
    }
  }

  applyGradients(context: ApplyGradientsContext): AppliedGradients {
    const { graph, optimizer, state, gradients, variables, step, stepVariable, learningRateScale } = context;
    const count = () => ops.assignAddVariableOp(stepVariable.handle, ops.constant(graph, 1n, 'int64'), { name: 'increment_step' });
    if (this.mode === 'async') return { ...optimizer.build(state, gradients, variables, step, { learningRateScale }), countsStep: false };
    const chief: { built?: ReturnType<typeof optimizer.build> } = {};
    const deviceOf = (variable: Variable) => variable.handle.op.device;
    const update = buildSyncStep({
      graph,
      variables,
      gradients,
      replicas: this.replicas,
      replica: this.replicaIndex,
      deviceOf,
      tokenDevice: this.placement.device(0),
      apply: (averaged) => {
        chief.built = optimizer.build(state, averaged, variables, step, { learningRateScale });
        return chief.built.update;
      },
      countStep: count,
    });
    if (chief.built) return { update, learningRate: chief.built.learningRate, slots: chief.built.slots, countsStep: true };
    // The other replicas only hand over gradients; their learning rate is for logs.
    const learningRate = graph.withNameScope(optimizer.name, () => ops.mul(optimizer.schedule.build(graph, step), learningRateScale));
    return { update, learningRate, slots: [], countsStep: true };
  }

  /**
   * Synchronous mode: a step still in flight WATCHDOG_GRACE_MS past the run time limit is
   * cancelled by closing the session, and if even that does not end it, the step rejects with a
   * DeadlineExceededError WATCHDOG_ABANDON_MS later (the native run is abandoned; the session is
   * closed). So a missing replica always ends the step, whatever TensorFlow does.
   */
  guardRun<T>(run: Promise<T>, session: Session): Promise<T> {
    if (this.mode !== 'sync') return run;
    const limit = this.runTimeoutMs ?? REMOTE_RUN_TIMEOUT_MS;
    if (limit <= 0) return run;
    let cancel: NodeJS.Timeout | undefined;
    let abandon: NodeJS.Timeout | undefined;
    let cancelled = false;
    const watchdog = new Promise<never>((_, reject) => {
      cancel = setTimeout(() => {
        cancelled = true;
        session.close({ cancelAfterMs: 0 }).catch(() => undefined);
        abandon = setTimeout(
          () =>
            reject(
              makeError(
                'DEADLINE_EXCEEDED',
                `the step ran ${limit + WATCHDOG_GRACE_MS + WATCHDOG_ABANDON_MS} ms (runTimeoutMs ${limit}) and ignored cancellation; its session is closed`,
              ),
            ),
          WATCHDOG_ABANDON_MS,
        );
      }, limit + WATCHDOG_GRACE_MS);
    });
    const settle = () => {
      clearTimeout(cancel);
      clearTimeout(abandon);
    };
    run.catch(() => undefined); // if the watchdog wins, the abandoned run's own end is not an unhandled rejection
    return Promise.race([run, watchdog]).then(
      (value) => {
        settle();
        return value;
      },
      (error) => {
        settle();
        // The watchdog's cancellation makes the run end as CANCELLED: report it as the deadline it is.
        if (error instanceof TensorFlowError && error.code === 'CANCELLED' && cancelled)
          throw makeError('DEADLINE_EXCEEDED', `the step outlived its run time limit (${limit} ms) and was cancelled (${error.message})`);
        throw error;
      },
    );
  }

  async explainError(error: unknown): Promise<unknown> {
    if (!(error instanceof TensorFlowError)) return error;
    if (error.code === 'DEADLINE_EXCEEDED' && this.mode === 'sync' && !/parameter server:/.test(error.message)) {
      const waitingFor = this.task.isChief
        ? `a gradient from each of the ${this.replicas} replicas`
        : `the chief (${this.chiefDevice}) to apply the step`;
      return makeError(
        error.code,
        `parameter server (synchronous): ${this.device} timed out waiting for ${waitingFor}; did a worker stop or die? (${error.message})`,
      );
    }
    return error;
  }
}

/** Parameter-server training (see ParameterServerStrategy): `distribute.parameterServer({ mode: 'sync' })`. */
export function parameterServer(options: ParameterServerOptions = {}): ParameterServerStrategy {
  return new ParameterServerStrategy(options);
}
