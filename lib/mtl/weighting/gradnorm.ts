/**
 * GradNorm (Chen et al., ICML 2018): learned task weights w (Σ w_i = K) that keep the tasks
 * training at similar rates. The model minimises Σ_i w_i L_i; the weights follow their own rule:
 *   G_i = ‖∇_W w_i L_i‖ on the last shared layer W,   Ḡ = mean_i G_i,
 *   L̃_i = L_i / L_i(0),   r_i = L̃_i / mean_j L̃_j,
 *   L_grad = Σ_i |G_i − Ḡ·r_i^α|   with the target Ḡ·r_i^α held constant (α = 1.5 by default).
 * A task that lags (large r_i) gets a larger target gradient norm, so its weight rises.
 *
 * Here:
 * - W is every shared variable of the last shared layer (the layer of the last shared variable,
 *   e.g. the kernel and bias of the last trunk dense layer), or the variables of the layer named
 *   by `layer`. Only ∂L_i/∂W is built (one small gradient subgraph per task), not the full
 *   task-gradient matrix; hence no representation mode.
 * - L_i(0) are the losses of the first step, kept in the state variable
 *   "mtl/gradnorm/initial_losses" (LibMTL uses the first epoch's mean instead).
 * - The weights live in the state variable "mtl/gradnorm/weights" and are updated with each step
 *   (an `updates` op, after the step's gradients have read them) with their own learning rate,
 *   then renormalised to Σ w = K, as the paper does. G_i = w_i‖∇_W L_i‖ is linear in w_i, so
 *   ∂L_grad/∂w_i = sign(G_i − target_i)·‖∇_W L_i‖ exactly, without a gradient subgraph.
 * - The departure: the step is a plain gradient step on log w_i of L_grad/Ḡ (Ḡ held constant),
 *     w_i ← w_i · exp(−lr · sign(G_i − target_i) · G_i/Ḡ),
 *   instead of a step on w_i of L_grad (which the paper takes with its optimiser). L_grad is in
 *   units of gradient norm, so a fixed learning rate on it would depend on the scale of the
 *   network's gradients; and tasks whose gradients differ by orders of magnitude need weights
 *   that do too, which additive steps of a fixed size cannot reach without jumping between 0
 *   and far too much (they did, on the 100× test). In log space the change per step is at most
 *   lr·K relative, whatever the scales, and weights stay positive (no clamp needed). LibMTL,
 *   too, learns the weights in log space (through a softmax).
 */
import * as ops from '../../ops';
import { Output, invalidArgument } from '../../core';
import { Variable } from '../../nn';
import { Weighting } from './types';
import { numberOption, row, stackLosses, stateVariable } from './util';
import { scalar } from './gram';

export interface GradNormOptions {
  /** Strength of the restoring force towards a common training rate (default 1.5). */
  alpha?: number;
  /** Learning rate of the task weights: the largest relative change per step is about learningRate·K (default 0.025). */
  learningRate?: number;
  /** Name of the shared layer whose variables are W (default: the layer of the last shared variable). */
  layer?: string;
}

export function gradnorm(options: GradNormOptions = {}): Weighting {
  const alpha = numberOption('gradnorm', 'alpha', options.alpha, 1.5, '>= 0');
  const learningRate = numberOption('gradnorm', 'learningRate', options.learningRate, 0.025, '> 0');
  return {
    name: 'gradnorm',
    kind: 'gradient',
    supportsRepresentation: false,
    getConfig: () => (options.layer === undefined ? { alpha, learningRate } : { alpha, learningRate, layer: options.layer }),
    build({ graph, state, taskNames, losses, step, sharedVariables, replicaMean }) {
      const k = taskNames.length;
      const last = lastLayerVariables(sharedVariables, options.layer);
      const weightsVariable = stateVariable(state, 'mtl/gradnorm/weights', 1, [k]);
      const initialVariable = stateVariable(state, 'mtl/gradnorm/initial_losses', 0, [k]);
      // One read of each: everything below, including the assignments, uses these.
      const weights = weightsVariable.read();
      const recorded = initialVariable.read();
      const current = ops.stopGradient(stackLosses(losses));
      const objective = ops.reduceSum(ops.mul(ops.stopGradient(weights), stackLosses(losses)));

      // ‖∇_W L_i‖ for each task (a task that does not reach W has norm 0).
      const norms = ops.pack(
        losses.map((loss, i) => {
          const gradients = graph.addGradients(
            [loss],
            last.map((v) => v.handle),
            { prefix: graph.uniqueName(`gradnorm/${taskNames[i]}`) },
          );
          // Across replicas: the norm of the global batch's gradient, the same on every replica.
          const squares = gradients
            .filter((d): d is Output => d !== null)
            .map((d) => ops.reduceSum(ops.square(replicaMean ? replicaMean(d) : d)));
          return squares.length ? ops.sqrt(ops.addN(squares)) : scalar(graph, 0);
        }),
        { axis: 0 },
      );
      const gradientNorms = ops.stopGradient(norms);
      const weighted = ops.mul(weights, gradientNorms); // G_i
      const meanNorm = ops.reduceMean(weighted);

      const firstStep = ops.equal(step, ops.constant(graph, 0n, 'int64'));
      const initial = ops.selectV2(firstStep, current, recorded);
      const ratios = ops.divNoNan(current, initial); // L̃_i
      const relative = ops.divNoNan(ratios, ops.reduceMean(ratios)); // r_i
      const targets = ops.mul(meanNorm, ops.pow(relative, alpha));

      // ∂(L_grad/Ḡ)/∂log w_i = sign(G_i − target_i)·G_i/Ḡ.
      const gradient = ops.divNoNan(ops.mul(ops.sign(ops.sub(weighted, targets)), weighted), meanNorm);
      const stepped = ops.mul(weights, ops.exp(ops.mul(gradient, -learningRate)));
      const total = ops.reduceSum(stepped);
      // Weights underflowing to 0 would need thousands of steps the same way; fall back to equal weights rather than divide by 0.
      const renormalised = ops.selectV2(ops.greater(total, 0), ops.mul(ops.div(stepped, total), k), ops.onesLike(stepped));
      const updates = [weightsVariable.assign(renormalised), initialVariable.assign(initial)];

      const logs: Record<string, Output> = {};
      taskNames.forEach((t, i) => {
        logs[`gradnorm/loss_ratio/${t}`] = row(ratios, i);
        logs[`gradnorm/grad_norm/${t}`] = row(weighted, i);
      });
      return { objective, weights, updates, logs };
    },
  };
}

/** W: the variables of the named shared layer, or of the layer of the last shared variable. */
function lastLayerVariables(shared: Variable[], layer: string | undefined): Variable[] {
  if (shared.length === 0) throw invalidArgument('gradnorm needs shared parameters, but the trunk has no trainable variables');
  const layerOf = (v: Variable) => v.name.slice(0, Math.max(0, v.name.lastIndexOf('/')));
  const wanted = layer ?? layerOf(shared[shared.length - 1]);
  const chosen = shared.filter((v) => layerOf(v) === wanted);
  if (chosen.length === 0) {
    const layers = [...new Set(shared.map(layerOf))];
    throw invalidArgument(`gradnorm: no shared variable belongs to layer "${wanted}" (shared layers: ${layers.join(', ')})`);
  }
  return chosen;
}
