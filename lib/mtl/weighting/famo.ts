/**
 * FAMO (Liu, Feng, Stone & Liu, NeurIPS 2023, "FAMO: Fast Adaptive Multitask
 * Optimization"): balances the tasks' rates of improvement without task
 * gradients. Task logits ξ (a (tasks,) state variable), z = softmax(ξ); the model
 * descends Σ_i z_i log L_i, whose gradient, rescaled to unit total weight, is
 *   Σ_i c_i ∇L_i,  c_i = (z_i / L_i) / Σ_j (z_j / L_j).
 * The objective is built as Σ_i stopGradient(c_i) · L_i, so its gradient is exactly
 * that (its value, 1 / Σ_j z_j/L_j, is the z-weighted harmonic mean of the losses).
 * Then ξ learns from how much each log loss fell:
 *   δ_i = log L_i(prev) − log L_i(now),  ξ ← ξ − β (J_softmax(ξ)ᵀ δ + γ ξ),
 * with J_softmax(ξ)ᵀ δ = z ⊙ (δ − (z·δ)·1), so tasks that improved less gain weight.
 *
 * Approximation: the paper (Algorithm 1) re-evaluates the losses on the same batch
 * after the model update, which costs a second forward pass per step. Here δ
 * compares the losses of consecutive steps, i.e. the next step's batch, so a step
 * stays one session run; the update of ξ therefore lags one step and δ carries
 * batch-to-batch noise. The previous log losses are kept in a state variable; the
 * first step (no previous losses) leaves ξ unchanged.
 *
 * Also unlike the paper's code, ξ takes the plain gradient step as the paper
 * writes it (the official code and LibMTL feed the same direction to Adam, whose
 * normalised steps move ξ far faster; per-step log-loss changes are small, so
 * with β = 0.025 ξ moves slowly). A loss of 0 would make log L infinite: ε (1e-8,
 * as in that code) is added to every loss.
 */
import * as ops from '../../ops';
import { Weighting } from './types';
import { numberOption, row, stackLosses, stateVariable } from './util';

export interface FamoOptions {
  /** Step size β of the task logits ξ (default 0.025, the paper's code). */
  learningRate?: number;
  /** Weight decay γ of the task logits ξ (default 0.001, the paper's code). */
  weightDecay?: number;
  /** Added to every loss before dividing or taking its log (default 1e-8). */
  epsilon?: number;
}

export function famo(options: FamoOptions = {}): Weighting {
  const beta = numberOption('famo', 'learningRate', options.learningRate, 0.025, '> 0');
  const gamma = numberOption('famo', 'weightDecay', options.weightDecay, 0.001, '>= 0');
  const epsilon = numberOption('famo', 'epsilon', options.epsilon, 1e-8, '>= 0');
  return {
    name: 'famo',
    kind: 'loss',
    supportsRepresentation: false,
    getConfig: () => ({ learningRate: beta, weightDecay: gamma, epsilon }),
    build({ state, taskNames, losses }) {
      const k = taskNames.length;
      const logitsVariable = stateVariable(state, 'mtl/famo/logits', 0, [k]);
      const previousVariable = stateVariable(state, 'mtl/famo/previous_log_losses', 0, [k]);
      const hasPreviousVariable = stateVariable(state, 'mtl/famo/has_previous', 0, []);
      const logits = logitsVariable.read();
      const previous = previousVariable.read();
      const hasPrevious = hasPreviousVariable.read();

      const shifted = ops.stopGradient(ops.add(stackLosses(losses), epsilon));
      const z = ops.softmax(logits);
      const ratio = ops.realDiv(z, shifted);
      const weights = ops.stopGradient(ops.realDiv(ratio, ops.reduceSum(ratio)));
      const objective = ops.reduceSum(ops.mul(weights, stackLosses(losses)));

      const logLosses = ops.log(shifted);
      const delta = ops.sub(previous, logLosses);
      const softmaxVjp = ops.mul(z, ops.sub(delta, ops.reduceSum(ops.mul(z, delta))));
      const step = ops.mul(ops.add(softmaxVjp, ops.mul(logits, gamma)), ops.mul(hasPrevious, beta));
      // Every assignment must run after this step's read of the old value: only ξ's
      // has a data edge to its read, the other two would otherwise race theirs.
      const updates = state.graph.withControlDependencies([logits.op, previous.op, hasPrevious.op], () => [
        logitsVariable.assign(ops.sub(logits, step)),
        previousVariable.assign(logLosses),
        hasPreviousVariable.assign(ops.constant(state.graph, 1, 'float32')),
      ]);
      const logs = Object.fromEntries(taskNames.map((t, i) => [`famo_z/${t}`, row(z, i)]));
      return { objective, weights, updates, logs };
    },
  };
}
