/** Static weighted sum: Σ_i w_i L_i with fixed weights given per task (missing tasks weigh 1). */
import { invalidArgument } from '../../core';
import { Weighting } from './types';
import { vector, weightedLossSum } from './util';

export function weightedSum(taskWeights: Record<string, number>): Weighting {
  if (taskWeights === null || typeof taskWeights !== 'object' || Array.isArray(taskWeights))
    throw invalidArgument('weightedSum needs an object of task weights, e.g. weightedSum({ digit: 1, parity: 0.5 })');
  for (const [task, weight] of Object.entries(taskWeights)) {
    if (!(Number.isFinite(weight) && weight >= 0))
      throw invalidArgument(`weightedSum: the weight of task "${task}" must be a finite number >= 0, got ${weight}`);
  }
  return {
    name: 'weighted_sum',
    kind: 'loss',
    supportsRepresentation: false,
    getConfig: () => ({ taskWeights: { ...taskWeights } }),
    build({ graph, taskNames, modelTaskNames, losses }) {
      // Weights of tasks not trained now (fit with `tasks`) are unused, not an error.
      for (const task of Object.keys(taskWeights)) {
        if (!(modelTaskNames ?? taskNames).includes(task))
          throw invalidArgument(`weightedSum names task "${task}", which the model does not have (tasks: ${taskNames.join(', ')})`);
      }
      const weights = vector(
        graph,
        taskNames.map((t) => taskWeights[t] ?? 1),
      );
      return { objective: weightedLossSum(weights, losses), weights };
    },
  };
}
