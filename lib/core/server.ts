/**
 * Server: an in-process TensorFlow gRPC server, one task of a cluster. Graph sessions reach
 * it (and through it every task of the cluster) with `new Session(graph, { target: server.target })`,
 * and ops run on a task when placed on `/job:<name>/task:<i>`.
 *
 * TensorFlow's gRPC server cannot shut down once started (TF_ServerStop answers UNIMPLEMENTED):
 * a started server serves until the process exits, and `join()` of a started server never
 * settles. Python's tf.distribute.Server behaves the same way.
 */
import { TensorFlowError, failedPrecondition, invalidArgument, makeError } from './errors';
import { NativeServer, native } from './library';
import { SessionOptions, configProto } from './session';
import { decode, encode } from '../proto';
import type { ClusterDef } from '../proto';

/** Job name -> task addresses ("host:port"), as a list (task i at index i) or by task index. */
export type ClusterSpec = Record<string, string[] | Record<number, string>>;

export interface ServerOptions {
  cluster: ClusterSpec;
  /** This server's job, one of the cluster's. */
  jobName: string;
  /** This server's task in its job (default 0). */
  taskIndex?: number;
  /** RPC protocol (default "grpc"). */
  protocol?: string;
  /** Settings of the sessions this server's master creates for remote clients. */
  defaultSession?: SessionOptions;
  /** Start serving at once (default false: call start()). */
  start?: boolean;
}

/** Python's TF_CONFIG, parsed and checked. */
export interface TfConfig {
  /** Job -> task index -> address. */
  cluster: Record<string, Record<number, string>>;
  task: { type: string; index: number };
}

const JOB_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
// host:port with the host a name, an IPv4 address or a bracketed IPv6 address.
const ADDRESS = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*):(\d{1,5})$/;

function checkAddress(address: unknown, where: string): string {
  if (typeof address !== 'string')
    throw invalidArgument(`${where}: a task address must be a "host:port" string, got ${JSON.stringify(address)}`);
  const match = ADDRESS.exec(address);
  if (!match || Number(match[2]) > 65535) throw invalidArgument(`${where}: "${address}" is not a "host:port" address (port 0..65535)`);
  return address;
}

/** The cluster as job -> (task index -> address), every name and address checked, no address used twice. */
function normalizeCluster(cluster: unknown, what: string): Map<string, Map<number, string>> {
  if (cluster === null || typeof cluster !== 'object' || Array.isArray(cluster)) {
    throw invalidArgument(`${what}: the cluster must be an object mapping job names to task addresses, got ${JSON.stringify(cluster)}`);
  }
  const jobs = new Map<string, Map<number, string>>();
  const seen = new Map<string, string>();
  for (const [name, tasks] of Object.entries(cluster as Record<string, unknown>)) {
    if (!JOB_NAME.test(name)) throw invalidArgument(`${what}: job name "${name}" must be a letter followed by letters, digits or _`);
    const byIndex = new Map<number, string>();
    let entries: [number, unknown][];
    if (Array.isArray(tasks)) {
      entries = tasks.map((address, index) => [index, address]);
    } else if (tasks !== null && typeof tasks === 'object') {
      entries = Object.entries(tasks as Record<string, unknown>).map(([key, address]) => {
        const index = Number(key);
        if (!/^\d+$/.test(key) || index > 0x7fffffff)
          throw invalidArgument(`${what}: job "${name}": task index "${key}" is not an integer >= 0`);
        return [index, address];
      });
    } else {
      throw invalidArgument(`${what}: job "${name}" must list its task addresses (an array of "host:port"), got ${JSON.stringify(tasks)}`);
    }
    if (entries.length === 0) throw invalidArgument(`${what}: job "${name}" has no tasks`);
    for (const [index, raw] of entries) {
      const where = `${what}: job "${name}" task ${index}`;
      const address = checkAddress(raw, where);
      const other = seen.get(address);
      if (other !== undefined) throw invalidArgument(`${where}: address ${address} is also ${other}'s`);
      if (!address.endsWith(':0')) seen.set(address, `/job:${name}/task:${index}`);
      byIndex.set(index, address);
    }
    jobs.set(name, byIndex);
  }
  if (jobs.size === 0) throw invalidArgument(`${what}: the cluster has no jobs`);
  return jobs;
}

function jobList(jobs: Map<string, Map<number, string>>): string {
  return [...jobs.keys()].join(', ');
}

function checkTask(jobs: Map<string, Map<number, string>>, jobName: unknown, taskIndex: unknown, what: string): void {
  if (typeof jobName !== 'string' || jobName === '')
    throw invalidArgument(`${what}: the task type (job name) must be a non-empty string, got ${JSON.stringify(jobName)}`);
  const tasks = jobs.get(jobName);
  if (!tasks) throw invalidArgument(`${what}: task type "${jobName}" is not a job of the cluster (jobs: ${jobList(jobs)})`);
  if (typeof taskIndex !== 'number' || !Number.isInteger(taskIndex) || taskIndex < 0) {
    throw invalidArgument(`${what}: task index must be an integer >= 0, got ${JSON.stringify(taskIndex)}`);
  }
  if (!tasks.has(taskIndex)) {
    throw invalidArgument(`${what}: task index ${taskIndex} is out of range for job "${jobName}" (tasks: ${[...tasks.keys()].join(', ')})`);
  }
}

/** A cluster spec as a tensorflow.ClusterDef message (jobs and tasks in order). */
export function clusterDef(cluster: ClusterSpec): ClusterDef {
  const jobs = normalizeCluster(cluster, 'cluster');
  return {
    job: [...jobs].map(([name, tasks]) => ({
      name,
      tasks: Object.fromEntries([...tasks].sort((a, b) => a[0] - b[0])),
    })),
  };
}

/**
 * Parses Python's TF_CONFIG JSON (`{"cluster": {"worker": ["host:port", ...], ...},
 * "task": {"type": "worker", "index": 0}}`); every problem is an InvalidArgumentError naming it.
 */
export function parseTfConfig(text: string | undefined = process.env.TF_CONFIG): TfConfig {
  if (text === undefined || text.trim() === '')
    throw invalidArgument('TF_CONFIG is not set (expected {"cluster": {...}, "task": {"type", "index"}})');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalidArgument(`TF_CONFIG is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw invalidArgument(`TF_CONFIG must be a JSON object, got ${text.slice(0, 80)}`);
  const config = parsed as Record<string, unknown>;
  if (config.cluster === undefined) throw invalidArgument('TF_CONFIG has no "cluster"');
  const jobs = normalizeCluster(config.cluster, 'TF_CONFIG');
  const task = config.task;
  if (task === undefined) throw invalidArgument('TF_CONFIG has no "task" (expected "task": {"type": <job>, "index": <i>})');
  if (task === null || typeof task !== 'object' || Array.isArray(task))
    throw invalidArgument(`TF_CONFIG: "task" must be an object {"type", "index"}, got ${JSON.stringify(task)}`);
  const { type, index } = task as Record<string, unknown>;
  if (type === undefined) throw invalidArgument('TF_CONFIG: "task" has no "type"');
  if (index === undefined) throw invalidArgument('TF_CONFIG: "task" has no "index"');
  checkTask(jobs, type, index, 'TF_CONFIG');
  return {
    cluster: Object.fromEntries([...jobs].map(([name, tasks]) => [name, Object.fromEntries(tasks)])),
    task: { type: type as string, index: index as number },
  };
}

/** Started servers of Server.forTask by task address, with the settings each was made with. */
const taskServers = new Map<string, { server: Server; settings: string }>();

/** One task of a cluster, served over gRPC from this process. */
export class Server {
  readonly jobName: string;
  readonly taskIndex: number;
  readonly cluster: ClusterDef;
  private handle: NativeServer | null;

  constructor(options: ServerOptions) {
    if (options === null || typeof options !== 'object')
      throw invalidArgument('Server: options must be an object { cluster, jobName, taskIndex? }');
    const jobs = normalizeCluster(options.cluster, 'Server');
    const taskIndex = options.taskIndex ?? 0;
    checkTask(jobs, options.jobName, taskIndex, 'Server');
    const protocol = options.protocol ?? 'grpc';
    if (typeof protocol !== 'string' || protocol === '')
      throw invalidArgument(`Server: protocol must be a non-empty string, got ${JSON.stringify(protocol)}`);
    this.jobName = options.jobName;
    this.taskIndex = taskIndex;
    this.cluster = clusterDef(options.cluster);
    const serverDef = encode('tensorflow.ServerDef', {
      cluster: this.cluster,
      jobName: this.jobName,
      taskIndex,
      protocol,
      defaultSessionConfig: options.defaultSession ? decode('tensorflow.ConfigProto', configProto(options.defaultSession)) : undefined,
    });
    try {
      this.handle = new (native().Server)(serverDef);
    } catch (error) {
      throw this.withContext(error);
    }
    if (options.start) this.start();
  }

  /**
   * A server for the task TF_CONFIG names (Python's JSON, by default the environment's),
   * with any other options given.
   */
  static fromTfConfig(
    env: string | undefined = process.env.TF_CONFIG,
    options: Omit<ServerOptions, 'cluster' | 'jobName' | 'taskIndex'> = {},
  ): Server {
    const config = parseTfConfig(env);
    return new Server({ ...options, cluster: config.cluster, jobName: config.task.type, taskIndex: config.task.index });
  }

  /**
   * This process's started server for the task `options` names, made on the first call and
   * returned again by later ones (a TF server cannot stop, so a process serves its task once
   * however many models train in it). Asking again for the same address with another cluster,
   * task, protocol or default session config is a FailedPreconditionError naming both.
   */
  static forTask(options: Omit<ServerOptions, 'start'>): Server {
    if (options === null || typeof options !== 'object')
      throw invalidArgument('Server.forTask: options must be an object { cluster, jobName, taskIndex? }');
    const jobs = normalizeCluster(options.cluster, 'Server.forTask');
    const taskIndex = options.taskIndex ?? 0;
    checkTask(jobs, options.jobName, taskIndex, 'Server.forTask');
    const address = jobs.get(options.jobName)!.get(taskIndex)!;
    const describe = (text: string): string => {
      const s = JSON.parse(text) as Record<string, unknown>;
      return `task /job:${s.jobName}/task:${s.taskIndex} of cluster ${JSON.stringify(s.cluster)}, protocol ${s.protocol}, default session ${JSON.stringify(s.defaultSession ?? {})}`;
    };
    const settings = JSON.stringify({
      cluster: clusterDef(options.cluster).job,
      jobName: options.jobName,
      taskIndex,
      protocol: options.protocol ?? 'grpc',
      defaultSession: options.defaultSession ? decode('tensorflow.ConfigProto', configProto(options.defaultSession)) : undefined,
    });
    // Port 0 binds a new port each time: such servers are never shared.
    const cached = address.endsWith(':0') ? undefined : taskServers.get(address);
    if (cached && !cached.server.disposed) {
      if (cached.settings !== settings) {
        throw failedPrecondition(
          `Server.forTask: this process already serves ${address} as ${describe(cached.settings)}; it cannot also serve it as ${describe(settings)} (a started TF server cannot stop: use one cluster per process)`,
        );
      }
      return cached.server;
    }
    const server = new Server({ ...options, start: true });
    if (!address.endsWith(':0')) taskServers.set(address, { server, settings });
    return server;
  }

  /** This task's device prefix, `/job:<name>/replica:0/task:<i>`. */
  get device(): string {
    return `/job:${this.jobName}/replica:0/task:${this.taskIndex}`;
  }

  /** This task's address as the cluster gives it. */
  get address(): string {
    const job = this.cluster.job?.find((j) => j.name === this.jobName);
    return job?.tasks?.[this.taskIndex] ?? '';
  }

  /** The session target of this server, "grpc://host:port" (the port actually bound). */
  get target(): string {
    return this.live('target').target;
  }

  /** True once started (and not stopped). */
  get started(): boolean {
    return this.handle !== null && this.handle.started;
  }

  get disposed(): boolean {
    return this.handle === null;
  }

  /** Starts serving (binding the task's port); a second call does nothing. */
  start(): void {
    try {
      this.live('start').start();
    } catch (error) {
      throw this.withContext(error);
    }
  }

  /**
   * Stops a server that has not started (its join() then resolves). A started server cannot
   * stop (TensorFlow lacks a clean shutdown): that is an UnimplementedError, and the server
   * serves until the process exits.
   */
  stop(): void {
    this.live('stop').stop();
  }

  /** Resolves when the server has stopped: never for a started one. Never blocks the event loop. */
  join(): Promise<void> {
    return this.live('join').join();
  }

  /** Releases the server: deleted if it never started, else left serving until the process exits. */
  dispose(): void {
    if (this.handle) this.handle.dispose();
    this.handle = null;
  }

  private live(method: string): NativeServer {
    if (!this.handle) throw makeError('FAILED_PRECONDITION', `Server.${method}: the Server for ${this.device} has been disposed`);
    return this.handle;
  }

  private withContext(error: unknown): unknown {
    if (!(error instanceof TensorFlowError)) return error;
    // gRPC's own words for a port it could not bind are "Could not start gRPC server".
    const hint = /could not start grpc server/i.test(error.message)
      ? ` (is port ${this.address.split(':').pop()} in use? TensorFlow binds it on every interface)`
      : '';
    return makeError(error.code, `Server ${this.device} at ${this.address}: ${error.message}${hint}`);
  }
}
