/**
 * The seam between multi-task models and weighting strategies (after LibMTL and
 * torchjd): a strategy receives the task losses (and, when it asks, the task
 * gradients with respect to the shared parameters or representation) and returns
 * either an objective to differentiate, or the combined gradient of the shared
 * part. Each strategy is one small module behind this interface.
 */
import { Graph, Operation, Output, Session } from '../../core';
import { GraphState, Variable } from '../../nn';

export interface WeightingContext {
  graph: Graph;
  state: GraphState;
  /** Task names, in the order of `losses` and of the rows of `taskGradients()`. */
  taskNames: string[];
  /** Every task of the model (`taskNames` may be the subset being trained). */
  modelTaskNames?: string[];
  /** Each task's reduced training loss (scalar). */
  losses: Output[];
  /** Completed training steps (int64 scalar). */
  step: Output;
  /**
   * The task gradients as a (tasks, P) matrix: row i is ∂L_i/∂θ_shared flattened
   * (or ∂L_i/∂z in representation mode). Built on first call, in the same graph.
   */
  taskGradients(): Output;
  /** The shared parameters (empty in representation mode means: not applicable). */
  sharedVariables: Variable[];
  /** True when taskGradients() are with respect to the shared representation. */
  representationMode: boolean;
  /**
   * Training across synchronous replicas: the mean over replicas of a tensor of the same shape on
   * every replica (absent otherwise). taskGradients() and the losses are already global; a
   * strategy that differentiates by itself (GradNorm) averages its gradients with this.
   */
  replicaMean?: (x: Output) => Output;
}

export interface WeightingResult {
  /** Loss-based: the objective (a scalar) differentiated with respect to every parameter. */
  objective?: Output;
  /** Gradient-based: the combined gradient of the shared part, shape (P,), matching taskGradients() columns. */
  sharedGradient?: Output;
  /** The task weights this step, shape (tasks,) (for traces; for gradient methods, the implied weights if any). */
  weights: Output;
  /** Variables the strategy learns with the model (e.g. log-variances); they get ∂objective/∂v. */
  variables?: Variable[];
  /** Ops run with each step (e.g. updates of the strategy's own state). */
  updates?: Operation[];
  /** Extra per-step scalars for logs. */
  logs?: Record<string, Output>;
  /** Epoch-level hook (DWA): gets that epoch's mean loss per task. */
  onEpochEnd?: (epoch: number, taskLosses: Record<string, number>, session: Session) => Promise<void>;
}

export interface Weighting {
  readonly name: string;
  /** "loss": needs only the losses; "gradient": needs task gradients. */
  readonly kind: 'loss' | 'gradient';
  /** Whether the strategy can work on gradients with respect to the shared representation. */
  readonly supportsRepresentation: boolean;
  /** The options that recreate the strategy with `weighting.get(name, config)` (JSON-serialisable). */
  getConfig(): Record<string, unknown>;
  build(context: WeightingContext): WeightingResult;
}
