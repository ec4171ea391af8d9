/**
 * The seam between the model runtime and a distribution strategy (Keras's tf.distribute.Strategy,
 * cut down to what a graph-mode runtime asks): where the session connects and with which
 * ConfigProto, which task this process is, where variables live, which part of the data this
 * process reads, whether it writes files, and the few graph hooks a synchronous strategy needs.
 * The runtime (runtime.ts), the trainer and multi-task objectives call these; every strategy is one
 * file of this folder (mirrored.ts: all-reduce; parameter-server.ts: variables on ps tasks).
 * Every hook is optional except the description of the task: a strategy that does not all-reduce
 * simply has no `allReduce`.
 */
import type { DType, Graph, Output, Session, SessionOptions } from '../../core';
import type { GraphState, Variable } from '../../nn';
import type { BuiltOptimizer, Optimizer } from '../optimizers';

/** What the runtime knows of a variable when it creates it (the placement callback's argument). */
export interface VariableInfo {
  /** Full name, e.g. "dense_1/kernel" (also its checkpoint key). */
  name: string;
  shape: number[];
  dtype: DType;
  trainable: boolean;
  /** State of this process only (metric accumulators): a strategy keeps it local. */
  perProcess?: boolean;
}

/** What applyGradients receives: the step's gradients and what the optimizer needs to apply them. */
export interface ApplyGradientsContext {
  graph: Graph;
  state: GraphState;
  optimizer: Optimizer;
  /** The variables to update and their gradients (same order). */
  variables: Variable[];
  gradients: Output[];
  /** The number of completed steps, read at the start of the step (int64). */
  step: Output;
  /** The step counter the trainer increments after the update. */
  stepVariable: Variable;
  learningRateScale: Output;
}

/** The optimizer's update as a strategy builds it; `countsStep`: the update increments the step counter itself (or leaves it to another process). */
export type AppliedGradients = BuiltOptimizer & { countsStep: boolean };

/** This process's place in the cluster. */
export interface TaskRole {
  /** Job name ("chief", "worker", "ps", ...). */
  type: string;
  index: number;
  /** The task that writes files and leads (Keras: the "chief" task, else worker 0). */
  isChief: boolean;
}

export interface DistributeStrategy {
  /** "multi_worker_mirrored", "parameter_server", ... (in logs and errors). */
  readonly name: string;
  /** This process's task. */
  readonly task: TaskRole;
  /** Replicas that each compute a gradient on their own part of every global batch (1: this process trains alone on its batches). */
  readonly replicas: number;
  /** This process's replica, in [0, replicas): its share of each global batch. */
  readonly replicaIndex: number;
  /**
   * How fit splits the data: 'batch' — every process reads the same global batches (same shuffle
   * seed) and keeps rows replicaIndex, replicaIndex + replicas, ... of each (fit's batchSize is the
   * global batch); 'none' — every process reads all of it with fit's batchSize as its own batch.
   */
  readonly dataSharding: 'batch' | 'none';
  /** Whether this process writes checkpoints, TensorBoard logs and SavedModels (the chief's job; others skip). */
  readonly writesFiles: boolean;
  /**
   * The options of the model's session: the base options with the target (this task's server,
   * started on first call) and the ConfigProto fields the strategy needs (device filters,
   * collective group leader...).
   */
  sessionOptions(base: SessionOptions): SessionOptions;
  /** The device of a variable the runtime creates (undefined: default placement). */
  variableDevice?(variable: VariableInfo): string | undefined;
  /**
   * Replaces running the initializers of `variables` (fresh ones, not restored): e.g. initialize
   * then take the chief's values (mirrored), or let the chief initialize and wait (parameter server).
   */
  initialize?(session: Session, graph: Graph, variables: Variable[]): Promise<void>;
  /**
   * Graph hook for synchronous strategies: each value reduced over the replicas (`mean` or `sum`),
   * the same on every replica. Called while the step is built, in the same order in every process.
   */
  allReduce?(graph: Graph, values: Output[], reduction: 'mean' | 'sum'): Output[];
  /**
   * Replaces the optimizer's update of a training step (parameter-server synchronous training:
   * the replicas hand their gradients to the ps and the chief alone applies their mean).
   */
  applyGradients?(context: ApplyGradientsContext): AppliedGradients;
  /** Rewrites an error of a run (a peer that died) into one naming the task (may probe the peers); others pass through. */
  explainError?(error: unknown): Promise<unknown>;
  /**
   * Wraps each training step's run (fit calls it with the run in flight and the session): e.g.
   * watch the peers while a step takes long and cancel it when one has died, so a dead worker is
   * noticed in seconds rather than at a collective's timeout.
   */
  guardRun?<T>(run: Promise<T>, session: Session): Promise<T>;
}

/** Whether `value` looks like a strategy (for option checks). */
export function isStrategy(value: unknown): value is DistributeStrategy {
  const candidate = value as DistributeStrategy | null;
  return (
    candidate !== null &&
    typeof candidate === 'object' &&
    typeof candidate.name === 'string' &&
    typeof candidate.sessionOptions === 'function' &&
    typeof candidate.task === 'object'
  );
}
