/**
 * Smooth max over tasks, the smooth Tchebycheff scalarization (STCH; Lin et al., ICML
 * 2024, "Smooth Tchebycheff Scalarization for Multi-Objective Optimization"):
 *   μ · log Σ_i exp(w_i (L_i − z_i) / μ)
 * with preferences w (default 1) and ideal point z (default 0). As μ → 0 it tends
 * to the Tchebycheff max_i w_i (L_i − z_i); unlike the max it is differentiable
 * and trains every task, the worst ones most. Its gradient weights are
 * ∂/∂L_i = w_i · softmax(u)_i with u_i = w_i (L_i − z_i) / μ: the reported weights.
 * The log-sum-exp is shifted by its maximum (lib/ops logSumExp) so losses of any
 * size do not overflow exp.
 *
 * Unlike LibMTL's STCH, this is the plain scalarization of the losses: no warm-up
 * epochs and no log-normalisation by a nadir point (pass `idealPoint` to shift).
 */
import { invalidArgument } from '../../core';
import * as ops from '../../ops';
import { Weighting } from './types';
import { numberOption, stackLosses, vector } from './util';

export interface SmoothMaxOptions {
  /** Smoothing μ > 0, in loss units (default 1: LibMTL's default STCH_mu). */
  mu?: number;
  /** Preference w_i > 0 per task (default 1 for every task not named). */
  preferences?: Record<string, number>;
  /** Ideal point z_i per task, in loss units (default 0). */
  idealPoint?: Record<string, number>;
}

export function smoothMax(options: SmoothMaxOptions = {}): Weighting {
  const mu = numberOption('smoothMax', 'mu', options.mu, 1, '> 0');
  for (const [task, w] of Object.entries(options.preferences ?? {})) {
    if (!(Number.isFinite(w) && w > 0))
      throw invalidArgument(`smoothMax: the preference of task "${task}" must be a finite number > 0, got ${w}`);
  }
  for (const [task, z] of Object.entries(options.idealPoint ?? {})) {
    if (!Number.isFinite(z)) throw invalidArgument(`smoothMax: the ideal point of task "${task}" must be a finite number, got ${z}`);
  }
  return {
    name: 'smooth_max',
    kind: 'loss',
    supportsRepresentation: false,
    getConfig: () => ({ mu, preferences: { ...(options.preferences ?? {}) }, idealPoint: { ...(options.idealPoint ?? {}) } }),
    build({ graph, taskNames, losses }) {
      for (const [what, given] of [
        ['preferences', options.preferences],
        ['idealPoint', options.idealPoint],
      ] as const) {
        for (const task of Object.keys(given ?? {})) {
          if (!taskNames.includes(task))
            throw invalidArgument(
              `smoothMax: ${what} names task "${task}", which the model does not have (tasks: ${taskNames.join(', ')})`,
            );
        }
      }
      const preferences = vector(
        graph,
        taskNames.map((t) => options.preferences?.[t] ?? 1),
      );
      const ideal = vector(
        graph,
        taskNames.map((t) => options.idealPoint?.[t] ?? 0),
      );
      const scaled = ops.realDiv(ops.mul(preferences, ops.sub(stackLosses(losses), ideal)), mu);
      const objective = ops.mul(ops.logSumExp(scaled), mu);
      return { objective, weights: ops.mul(preferences, ops.softmax(scaled)) };
    },
  };
}
