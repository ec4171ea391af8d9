/**
 * One runtime per model: the graph, the session, the variables and the saver, living across
 * compiles. A compile (train.compile, a multi-task model training another set of tasks, a task
 * added) adds a program — placeholders, losses, metrics, a train step — to the same graph; the
 * variables it finds already there keep their values, and only variables it creates are
 * initialized. Nothing is copied between sessions.
 */
import { Graph, Operation, Output, Session, SessionOptions, Tensor, invalidArgument } from '../core';
import * as ops from '../ops';
import { GraphState, Model, Variable, graphState } from '../nn';
import { Saver } from './checkpoint';
import type { DistributeStrategy } from './distribute/strategy';

export class ModelRuntime {
  readonly graph = new Graph();
  readonly state: GraphState;
  private sessionValue: Session | null = null;
  private readonly initialized = new WeakSet<Variable>();
  /** Per-program variables (metric accumulators): not weights, not checkpointed. */
  private readonly transient = new WeakSet<Variable>();
  private saverValue: { saver: Saver; variables: Variable[] } | null = null;
  private epochVariable: Variable | null = null;
  private programs = 0;
  private closed = false;
  /**
   * Epochs completed according to the last restored checkpoint; the next fit starts there
   * (unless given initialEpoch) and clears it.
   */
  restoredEpoch: number | null = null;

  constructor(
    seed: number,
    private readonly sessionOptions: SessionOptions = {},
    /** How training is spread over processes (null: this process alone); see distribute/strategy.ts. */
    readonly distribute: DistributeStrategy | null = null,
  ) {
    this.state = graphState(this.graph, seed);
    if (distribute?.variableDevice) this.state.variableDevice = (variable) => distribute.variableDevice!(variable);
  }

  /** The session over the graph (created on first use; later programs extend the same graph). */
  get session(): Session {
    if (this.closed) throw invalidArgument('the model runtime is closed (model.close() was called)');
    this.sessionValue ??= new Session(
      this.graph,
      this.distribute ? this.distribute.sessionOptions(this.sessionOptions) : this.sessionOptions,
    );
    return this.sessionValue;
  }

  /** Whether this process writes checkpoints, logs and SavedModels (false on a distributed job's non-chief tasks). */
  get writesFiles(): boolean {
    return this.distribute?.writesFiles ?? true;
  }

  /** A fresh program index: program 0 builds at the graph's root, later ones under "program_<n>". */
  nextProgram(): number {
    return this.programs++;
  }

  /** Marks variables as per-program state (not weights: never checkpointed, never copied). */
  markTransient(variables: Variable[]): void {
    for (const variable of variables) this.transient.add(variable);
  }

  /** Every variable that makes the model's state: weights, optimizer slots, step, epoch, weighting state. */
  persistentVariables(): Variable[] {
    return this.state.variables.filter((v) => !this.transient.has(v));
  }

  /** The epochs-completed counter (int64, checkpointed), created with the first program. */
  epoch(): Variable {
    if (!this.epochVariable) {
      const graph = this.graph;
      const initial = graph.withRootScope(() => ops.constant(graph, 0n, 'int64', 'epoch/initial_value'));
      this.epochVariable = this.state.existingOrCreate('epoch', initial, { trainable: false, shape: [] });
    }
    return this.epochVariable;
  }

  /** Runs the initializers of the variables no program has initialized yet (existing ones keep their values). */
  async initializeNew(): Promise<void> {
    const fresh = this.state.variables.filter((v) => !this.initialized.has(v));
    if (!fresh.length) return;
    if (this.distribute?.initialize) await this.distribute.initialize(this.session, this.graph, fresh);
    else
      await this.session.run(
        null,
        [],
        fresh.map((v) => v.initializer),
      );
    for (const variable of fresh) this.initialized.add(variable);
  }

  private saver(): Saver {
    const variables = this.persistentVariables();
    const current = this.saverValue;
    if (current && current.variables.length === variables.length && current.variables.every((v, i) => v === variables[i]))
      return current.saver;
    const saver = new Saver(this.graph, variables);
    this.saverValue = { saver, variables };
    return saver;
  }

  /** Writes a checkpoint of the persistent variables in `dir`, pointed at by the pointer `name` (crash-safe, see checkpoint.ts). Returns its prefix. */
  async saveCheckpoint(dir: string, name: string): Promise<string> {
    return this.saver().save(this.session, dir, name);
  }

  /** Restores every persistent variable from a checkpoint (prefix, `<dir>/<pointer>` or directory: see Saver.restore); remembers its epoch. */
  async restoreCheckpoint(prefixOrPointer: string): Promise<void> {
    this.epoch();
    await this.initializeNew();
    await this.saver().restore(this.session, prefixOrPointer);
    const [epoch] = await this.session.run(null, [this.epoch().read()]);
    this.restoredEpoch = Number(epoch.item());
    epoch.dispose();
  }

  /** Records `epochs` completed epochs (checkpoints written after this carry it). */
  async setEpoch(epochs: number): Promise<void> {
    const variable = this.epoch();
    this.epochAssign ??= (() => {
      const value = this.graph.withRootScope(() => ops.placeholder(this.graph, { dtype: 'int64', shape: [], name: 'epoch/value' }));
      return { value, assign: variable.assign(value) };
    })();
    const value = Tensor.from(BigInt(epochs), { dtype: 'int64', shape: [] });
    try {
      await this.session.run([[this.epochAssign.value, value]], [], [this.epochAssign.assign]);
    } finally {
      value.dispose();
    }
  }
  private epochAssign: { value: Output; assign: Operation } | null = null;

  /** The value of every persistent variable, by name. */
  async getWeights(): Promise<Map<string, Tensor>> {
    const variables = this.persistentVariables();
    const values = await this.session.run(
      null,
      variables.map((v) => v.read()),
    );
    return new Map(variables.map((v, i) => [v.name, values[i]]));
  }

  /** Assigns variables by name (a name the model lacks is an error). */
  async setWeights(values: Map<string, Tensor>): Promise<void> {
    const assigns: Operation[] = [];
    const feeds: Array<[Output, Tensor]> = [];
    for (const [name, value] of values) {
      const variable = this.state.variable(name);
      if (!variable) throw invalidArgument(`setWeights: the model has no variable "${name}"`);
      const slot = this.graph.withRootScope(() => ops.placeholder(this.graph, { dtype: variable.dtype, shape: variable.shape }));
      assigns.push(variable.assign(slot));
      feeds.push([slot, value]);
    }
    await this.session.run(feeds, [], assigns);
  }

  /** Closes the session (idempotent); the graph goes with the runtime. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const session = this.sessionValue;
    this.sessionValue = null;
    if (session) await session.close();
  }

  get isClosed(): boolean {
    return this.closed;
  }
}

const attached = new WeakMap<Model, ModelRuntime>();

/**
 * The runtime of `model`, created on first use (`seed` and session options apply then). Every
 * compile of the model builds into it, so weights survive recompiling.
 */
export function runtimeOf(
  model: Model,
  options: { seed?: number; session?: SessionOptions; distribute?: DistributeStrategy } = {},
): ModelRuntime {
  let runtime = attached.get(model);
  if (!runtime || runtime.isClosed) {
    runtime = new ModelRuntime(options.seed ?? 0, options.session ?? {}, options.distribute ?? null);
    attached.set(model, runtime);
  } else {
    if (options.seed !== undefined) runtime.state.seed = options.seed;
    // The session and the variables' placement are fixed once the runtime exists.
    if (options.distribute && options.distribute !== runtime.distribute) {
      throw invalidArgument(
        `the model's runtime already runs ${runtime.distribute ? `with strategy "${runtime.distribute.name}"` : 'in this process alone'}; give \`distribute\` at the first compile (or close the model first)`,
      );
    }
  }
  return runtime;
}

/** Makes `model` use `runtime` (a multi-task model extended by addTask shares its original's runtime). */
export function attachRuntime(model: Model, runtime: ModelRuntime): void {
  attached.set(model, runtime);
}
