/**
 * Synchronous parameter-server steps (the construction of Python's SyncReplicasOptimizer, from
 * TensorFlow's own ops): every replica puts its gradient of each variable into a
 * ResourceConditionalAccumulator that lives beside the variable on its ps task; the chief takes
 * the mean of N gradients per variable (blocking until all N replicas contributed), applies it
 * with the optimizer, counts the step and then releases every other replica through its own
 * token queue on the ps. A replica waits for its token before its run ends, so it cannot start
 * its next step before the update of this one is done, and, having one queue each, no replica
 * can take another's token: each update averages exactly one gradient of each replica, which is
 * the gradient of the global batch when the replicas' batches have equal size.
 *
 * The blocking ops (the take and the dequeue) have no timeout of their own: the session's run
 * time limit (RunOptions.timeout_in_ms, SessionOptions.runTimeoutMs) turns a replica that died
 * into a DeadlineExceededError on the others.
 */
import { Graph, Operation, Output } from '../../core';
import * as ops from '../../ops';
import { Variable } from '../../nn';

/** Shared names of the accumulators and queues on the ps tasks. */
const PREFIX = 'sync_replicas';

// Every gradient is up to date (the token queues keep the replicas in step), so the staleness
// check of the accumulator must accept all: a local step no accumulator step ever exceeds.
const ALWAYS_FRESH = 2n ** 62n;

export interface SyncStepOptions {
  graph: Graph;
  /** Trainable variables and their gradients on this replica (same order). */
  variables: Variable[];
  gradients: Output[];
  /** Replicas that contribute one gradient per step (chief included). */
  replicas: number;
  /** This replica's index (0: the chief, which applies the update). */
  replica: number;
  /** The device of a variable (its accumulator goes there). */
  deviceOf: (variable: Variable) => string;
  /** Where the token queues live (a ps task). */
  tokenDevice: string;
  /** Chief only: builds the optimizer update of `variables` from the averaged gradients. */
  apply: (averaged: Output[]) => Operation;
  /** Chief only: counts the step (runs after the update, before the other replicas are released). */
  countStep: () => Operation;
}

/** The device-qualified name of replica k's token queue. */
function tokenQueue(graph: Graph, device: string, replica: number): Output {
  return graph.withRootScope(() =>
    graph.withDevice(device, () =>
      ops.fifoQueueV2(graph, {
        componentTypes: ['int64'],
        shapes: [[]],
        sharedName: `${PREFIX}/token_${replica}`,
        name: `${PREFIX}/token_queue_${replica}`,
      }),
    ),
  );
}

/**
 * This replica's share of a synchronous step: the op that ends when the step's update is applied
 * (chief) or when the chief has released this replica (others).
 */
export function buildSyncStep(options: SyncStepOptions): Operation {
  const { graph, variables, gradients, replicas, replica } = options;
  const applies: Operation[] = [];
  const accumulators: Output[] = [];
  graph.withNameScope(PREFIX, () => {
    const localStep = ops.constant(graph, ALWAYS_FRESH, 'int64', 'local_step');
    variables.forEach((variable, i) => {
      const accumulator = graph.withRootScope(() =>
        graph.withDevice(options.deviceOf(variable), () =>
          ops.resourceConditionalAccumulator(graph, {
            dtype: variable.dtype,
            shape: variable.shape,
            sharedName: `${PREFIX}/${variable.name}`,
            reductionType: 'MEAN',
            name: `${PREFIX}/accumulator/${variable.name}`,
          }),
        ),
      );
      accumulators.push(accumulator);
      applies.push(ops.resourceAccumulatorApplyGradient(accumulator, localStep, gradients[i], { name: `apply/${variable.name}` }));
    });
  });
  if (replica !== 0) {
    const queue = tokenQueue(graph, options.tokenDevice, replica);
    return graph.withNameScope(PREFIX, () =>
      graph.withControlDependencies(applies, () => {
        const [token] = ops.queueDequeueV2(queue, { componentTypes: ['int64'], name: 'wait_for_update' });
        return graph.addOperation({ type: 'NoOp', name: 'step_done', controlInputs: [token.op] });
      }),
    );
  }
  const required = graph.withNameScope(PREFIX, () => ops.constant(graph, replicas, 'int32', 'replicas'));
  const averaged = graph.withNameScope(PREFIX, () =>
    graph.withControlDependencies(applies, () =>
      variables.map((variable, i) =>
        graph.withDevice(options.deviceOf(variable), () =>
          ops.resourceAccumulatorTakeGradient(accumulators[i], required, { dtype: variable.dtype, name: `take/${variable.name}` }),
        ),
      ),
    ),
  );
  const update = options.apply(averaged);
  const counted = graph.withControlDependencies([update], () => options.countStep());
  const queues = Array.from({ length: replicas - 1 }, (_, k) => tokenQueue(graph, options.tokenDevice, k + 1));
  return graph.withNameScope(PREFIX, () =>
    graph.withControlDependencies([counted], () => {
      const release = queues.map((queue, k) => ops.queueEnqueueV2(queue, [ops.constant(graph, 1n, 'int64')], { name: `release_${k + 1}` }));
      return graph.addOperation({ type: 'NoOp', name: 'step_done', controlInputs: [counted, ...release] });
    }),
  );
}
