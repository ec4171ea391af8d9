/**
 * Validation under a synchronous strategy: each replica evaluates its rows of every validation
 * batch (shardBatches, as for training), then the replicas sum what they counted, so the figures
 * are those of one process over the whole validation set. The metric accumulators (totals,
 * counts, confusion sums) are summed in place; the loss sums and the example count, kept in JS,
 * go through one all-reduce of a fed float64 vector.
 */
import { Graph, Operation, Output, Session, tensor } from '../../core';
import * as ops from '../../ops';
import type { Variable } from '../../nn';
import type { DistributeStrategy } from './strategy';
import { metricSync } from './step';

export interface ValidationSync {
  /** Sums the evaluation metrics' accumulators over the replicas (null: none). */
  metrics: Operation | null;
  /** Fed: this replica's [examples, loss sums...] (float64). */
  local: Output;
  /** The sum of `local` over the replicas. */
  total: Output;
  width: number;
}

/** Builds the sums of a validation pass over the replicas (`width` numbers fed per replica). */
export function buildValidationSync(strategy: DistributeStrategy, graph: Graph, accumulators: Variable[], width: number): ValidationSync {
  return graph.withNameScope('replica_validation', () => {
    const metrics = metricSync(strategy, graph, accumulators);
    const local = ops.placeholder(graph, { dtype: 'float64', shape: [width], name: 'local_sums' });
    const [total] = strategy.allReduce!(graph, [local], 'sum');
    return { metrics, local, total, width };
  });
}

/** Runs the sums: the metric accumulators summed in place, and the summed [examples, loss sums...]. */
export async function sumOverReplicas(sync: ValidationSync, session: Session, local: number[]): Promise<number[]> {
  const fed = tensor(Float64Array.from(local), 'float64');
  try {
    const [total] = await session.run([[sync.local, fed]], [sync.total], sync.metrics ? [sync.metrics] : []);
    const values = Array.from(total.data() as Float64Array);
    total.dispose();
    return values;
  } finally {
    fed.dispose();
  }
}
