/**
 * GradVac, gradient vaccine (Wang et al., ICLR 2021, Algorithm 1): like PCGrad, but instead of
 * only removing conflicts it pulls each pair of task gradients towards a target similarity
 * φ̂_ij, an exponential moving average of their observed cosine (β = 0.01, as the paper):
 *   for each task i, for each other task j in random order:
 *     φ_ij = cos(g_i', g_j)
 *     if φ_ij < φ̂_ij:  g_i' ← g_i' + ‖g_i'‖(φ̂_ij√(1 − φ_ij²) − φ_ij√(1 − φ̂_ij²)) / (‖g_j‖√(1 − φ̂_ij²)) · g_j
 *     φ̂_ij ← (1 − β) φ̂_ij + β φ_ij
 *   update: Σ_i g_i'.
 * Each g_i' stays a combination c_iᵀG of the task gradients, so everything runs on the Gram
 * matrix M (g_i'·g_j = (M c_i)_j, ‖g_i'‖² = c_iᵀMc_i): the implied weights are Σ_i c_i, and the
 * representation mode works (there the cosines, and so the targets, are those of the
 * representation gradients).
 *
 * The targets start at 0 (GradVac then acts as PCGrad until they move) and live in a state
 * variable "mtl/gradvac/targets" (K × K, saved with checkpoints), updated with each step; the
 * whole model is one parameter group (LibMTL's group_type 0; the paper also uses per-layer groups).
 * The EMA moves every step, after the comparison, with the cosine of the partly adjusted g_i', as
 * in the paper's algorithm and torchjd's GradVac (LibMTL moves it only when it adjusts). The
 * random order is drawn per step from a stateless generator seeded by the step, as PCGrad's.
 */
import * as ops from '../../ops';
import { Output, invalidArgument } from '../../core';
import { Weighting } from './types';
import { combine, gram, row, stateVariable } from './util';
import { SOLVER_DTYPE, dot, unit } from './gram';

export interface GradVacOptions {
  /** EMA rate of the target similarities (default 0.01, as the paper). */
  beta?: number;
  /** Seed of the per-step task orders. */
  seed?: number;
}

export function gradvac(options: GradVacOptions = {}): Weighting {
  const beta = options.beta ?? 0.01;
  if (!(beta >= 0 && beta <= 1)) throw invalidArgument(`gradvac: beta must be in [0, 1], got ${beta}`);
  return {
    name: 'gradvac',
    kind: 'gradient',
    supportsRepresentation: true,
    getConfig: () => (options.seed === undefined ? { beta } : { beta, seed: options.seed }),
    build({ graph, state, taskNames, taskGradients, step }) {
      const k = taskNames.length;
      const g = taskGradients();
      // In float64 whatever the gradients' dtype (gram.ts), the targets kept in float32.
      const m = ops.cast(ops.stopGradient(gram(g)), SOLVER_DTYPE);
      const norms = ops.sqrt(ops.matrixDiagPart(m));
      const targetsVariable = stateVariable(state, 'mtl/gradvac/targets', 0, [k, k]);
      // One read: the update below depends on it, so it runs before the assignment.
      const stored = targetsVariable.read();
      const targets = ops.cast(stored, SOLVER_DTYPE);
      const seed = ops.pack([ops.constant(graph, BigInt(options.seed ?? 0x9a5ac), 'int64'), step], { axis: 0 });
      // For each i, the other tasks in random order and i itself last (its key is pushed below 0).
      const identity = ops.constant(
        graph,
        Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))),
        'float32',
      );
      const keys = ops.sub(
        ops.statelessRandomUniform(ops.constant(graph, [k, k], 'int32'), seed, { dtype: 'float32' }),
        ops.mul(identity, 2),
      );
      const orders = ops.topKV2(keys, ops.constant(graph, k, 'int32')).indices;
      const coefficients: Output[] = [];
      const targetMoves: Output[] = [];
      for (let i = 0; i < k; i++) {
        let c = unit(graph, i, k, SOLVER_DTYPE);
        const targetRow = row(targets, i);
        const order = ops.unpack(row(orders, i), { num: k, axis: 0 });
        const ei = ops.constant(
          graph,
          Array.from({ length: k }, (_, r) => [r === i ? 1 : 0]),
          SOLVER_DTYPE,
        ); // (K, 1)
        for (let position = 0; position < k - 1; position++) {
          const j = order[position];
          const mc = ops.reduceSum(ops.mul(m, c), [1]);
          const normI = ops.sqrt(ops.relu(dot(c, mc)));
          const normJ = row(norms, j);
          const cosine = ops.clipByValue(ops.divNoNan(row(mc, j), ops.mul(normI, normJ)), -1, 1);
          const target = row(targetRow, j);
          const sineTarget = ops.sqrt(ops.relu(ops.sub(1, ops.square(target))));
          const sineCosine = ops.sqrt(ops.relu(ops.sub(1, ops.square(cosine))));
          const amount = ops.divNoNan(
            ops.mul(normI, ops.sub(ops.mul(target, sineCosine), ops.mul(cosine, sineTarget))),
            ops.mul(normJ, sineTarget),
          );
          const adjust = ops.cast(ops.less(cosine, target), SOLVER_DTYPE);
          const ej = unit(graph, j, k, SOLVER_DTYPE);
          c = ops.add(c, ops.mul(ops.mul(adjust, amount), ej));
          // φ̂_ij ← φ̂_ij + β(φ_ij − φ̂_ij), placed at (i, j).
          targetMoves.push(ops.mul(ops.mul(ei, ops.expandDims(ej, 0)), ops.mul(ops.sub(cosine, target), beta)));
        }
        coefficients.push(c);
      }
      const weights = ops.cast(ops.addN(coefficients), g.dtype);
      const updates = k > 1 ? [targetsVariable.assign(ops.cast(ops.add(targets, ops.addN(targetMoves)), 'float32'))] : [];
      return { sharedGradient: combine(weights, g), weights, updates };
    },
  };
}
