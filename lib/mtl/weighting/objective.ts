/**
 * The gradient plumbing beside the Weighting interface (as LibMTL's AbsWeighting holds it): builds
 * a strategy into the trainer's objective. Loss-based strategies return an objective that is
 * differentiated with respect to every parameter; gradient-based ones get the task-gradient
 * matrix (parameters or shared representation) and return the shared part's combined gradient,
 * which is split back per variable (or pushed through the trunk in representation mode), while
 * task-specific parameters follow their own losses.
 */
import { Graph, Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { Variable } from '../../nn';
import type { ObjectiveContext, ObjectiveResult } from '../../train';
import { Weighting, WeightingContext } from './types';
import { gradientDiagnostics, taskGradientMatrix } from '../gradients';

export interface ObjectiveSetup {
  /** Variables of one task's head in the training graph. */
  taskVariables(task: string, graph: Graph): Variable[];
  /** Whether a variable belongs to a head that is frozen (incremental training). */
  frozen(variable: Variable, graph: Graph): boolean;
  /** The shared representation (the trunk's output) in training mode, if the model has one. */
  representation: Output | null;
  /** Differentiate with respect to the shared representation instead of the shared parameters. */
  representationMode: boolean;
  /** Log per-task gradient norms and cosines every step. */
  diagnostics: boolean;
  /** Every task of the model (the trained ones may be a subset). */
  modelTaskNames?: string[];
}

/** The trainer's objective for one weighting: total (the "loss" log), variables, their gradients, updates and logs. */
export function weightingObjective(weighting: Weighting, context: ObjectiveContext, setup: ObjectiveSetup): ObjectiveResult {
  const { graph, state, losses, regularization, variables } = context;
  const taskNames = losses.map((l) => l.name);
  const specific = new Set(taskNames.flatMap((t) => setup.taskVariables(t, graph)));
  // Frozen tasks (incremental training) keep their heads out of the update.
  const shared = variables.filter((v) => !specific.has(v) && !setup.frozen(v, graph));
  const own = variables.filter((v) => specific.has(v));
  const { representation, representationMode } = setup;
  if (representationMode && !representation) throw invalidArgument('the representation-gradient mode needs a shared `trunk`');
  // Synchronous replicas: the losses are already the global batch's; task gradients are averaged
  // over replicas before the strategy combines them, so every replica combines the same matrix.
  const replicaMean = context.replicaMean;
  if (replicaMean && representationMode && weighting.kind === 'gradient') {
    throw invalidArgument(
      `weighting "${weighting.name}": the representation-gradient mode cannot train across replicas (its gradients are per example of each replica's batch); use gradientMode "parameters"`,
    );
  }
  let matrix: Output | null = null;
  const lossOutputs = losses.map((l) => l.loss);
  const weightingContext: WeightingContext = {
    graph,
    state,
    taskNames,
    modelTaskNames: setup.modelTaskNames,
    losses: lossOutputs,
    step: state.stepVariable().read('global_step/Read_for_weighting'),
    sharedVariables: shared,
    representationMode,
    replicaMean,
    taskGradients: () =>
      (matrix ??= graph.withNameScope('task_gradients', () => {
        const local = taskGradientMatrix(
          graph,
          lossOutputs,
          representationMode ? [representation!] : shared.map((v) => v.handle),
          taskNames,
          representationMode ? [null] : shared.map((v) => v.shape),
        );
        return replicaMean ? replicaMean(local) : local;
      })),
  };
  const result = graph.withNameScope(`weighting/${weighting.name}`, () => weighting.build(weightingContext));
  const logs: Record<string, Output> = { ...(result.logs ?? {}) };
  const weights = ops.stopGradient(result.weights);
  // One Unpack for every task's weight log (not a GatherV2 per task in every step).
  const perTask = ops.unpack(weights, { num: taskNames.length, axis: 0 });
  taskNames.forEach((t, i) => (logs[`weight/${t}`] = perTask[i]));
  // Free for strategies that built the task-gradient matrix; GradNorm, a gradient method that needs only ∂L_i/∂W, does not pay for it unless asked.
  const matrixBuilt = matrix !== null;
  if (setup.diagnostics || matrixBuilt) Object.assign(logs, gradientDiagnostics(weightingContext.taskGradients(), taskNames));
  const extra = result.variables ?? [];
  const all = [...variables, ...extra.filter((v) => !variables.includes(v))];
  if (result.objective) {
    const total = regularization ? ops.add(result.objective, regularization) : result.objective;
    ops.checkDifferentiable(
      [total],
      all.map((v) => v.handle),
    );
    // evaluate's "loss": a loss-based strategy's own objective on the evaluation losses (its state
    // read, not updated); a gradient method's objective is the weighted sum with its last weights.
    const evaluation =
      weighting.kind === 'loss'
        ? (evalLosses: Output[]) => {
            const taskGradients = () => {
              throw invalidArgument(`weighting "${weighting.name}": a loss-based strategy asked for task gradients`);
            };
            const rebuilt = graph.withNameScope(`weighting/${weighting.name}`, () =>
              weighting.build({ ...weightingContext, losses: evalLosses, taskGradients }),
            );
            return rebuilt.objective!;
          }
        : undefined;
    // mixed_float16 (train/loss-scale.ts): the gradients of the scaled objective; the weights saw unscaled losses.
    const differentiated = context.lossScale ? ops.mul(total, context.lossScale) : total;
    return {
      total,
      variables: all,
      gradients: graph.addGradients(
        [differentiated],
        all.map((v) => v.handle),
      ),
      lossScaled: context.lossScale !== undefined,
      updates: result.updates,
      logs,
      onEpochEnd: result.onEpochEnd,
      evaluation,
      taskWeights: weights,
    };
  }
  if (!result.sharedGradient) throw invalidArgument(`weighting "${weighting.name}" returned neither an objective nor a shared gradient`);
  // Task-specific parameters follow their own (unweighted) losses, as in LibMTL.
  const plain = ops.addN(lossOutputs);
  const withRegularization = regularization ? ops.add(plain, regularization) : plain;
  const ownGradients = own.length
    ? graph.addGradients(
        [withRegularization],
        own.map((v) => v.handle),
      )
    : [];
  let sharedGradients: Array<Output | null>;
  if (representationMode) {
    const z = representation!;
    const dz = ops.reshape(result.sharedGradient, ops.shape(z, { outType: 'int32' }));
    sharedGradients = graph.addGradients(
      [z],
      shared.map((v) => v.handle),
      { dx: [dz] },
    );
  } else {
    sharedGradients = splitFlat(result.sharedGradient, shared);
  }
  if (regularization && shared.length) {
    const penalty = graph.addGradients(
      [regularization],
      shared.map((v) => v.handle),
    );
    sharedGradients = sharedGradients.map((g, i) => (g && penalty[i] ? ops.add(g, penalty[i]!) : (g ?? penalty[i])));
  }
  const extraGradients =
    extra.length && result.updates === undefined
      ? graph.addGradients(
          [plain],
          extra.map((v) => v.handle),
        )
      : extra.map(() => null);
  const total = ops.add(
    ops.reduceSum(ops.mul(weights, ops.pack(lossOutputs, { axis: 0 }))),
    regularization ?? ops.constant(graph, 0, 'float32'),
  );
  return {
    total,
    variables: [...shared, ...own, ...extra],
    gradients: [...sharedGradients, ...ownGradients, ...extraGradients],
    // The shared gradient comes from the replica-mean task gradients (parameters mode): already global.
    replicated: [
      ...sharedGradients.map(() => Boolean(replicaMean) && !representationMode),
      ...ownGradients.map(() => false),
      ...extraGradients.map(() => false),
    ],
    updates: result.updates,
    logs,
    onEpochEnd: result.onEpochEnd,
    taskWeights: weights,
  };
}

/** Splits a flat (P,) gradient back into one gradient per variable. */
function splitFlat(flat: Output, variables: Variable[]): Output[] {
  let offset = 0;
  return variables.map((v) => {
    const size = v.shape.reduce((a, b) => a * b, 1);
    const slice = ops.slice(flat, ops.constant(flat.graph, [offset], 'int32'), ops.constant(flat.graph, [size], 'int32'));
    offset += size;
    return ops.reshape(slice, ops.constant(flat.graph, v.shape, 'int32'));
  });
}
