/**
 * Dynamic weight average (DWA; Liu, Johns & Davison, CVPR 2019, "End-to-End
 * Multi-Task Learning with Attention"): tasks whose loss fell slowly over
 * the last epoch get more weight in the next one,
 *   w_i(t) = K · exp(r_i(t−1) / T) / Σ_j exp(r_j(t−1) / T),  r_i(t−1) = L̄_i(t−1) / L̄_i(t−2),
 * from each task's mean training loss L̄ over an epoch, with temperature T (2 in
 * the paper); w_i = 1 for the first two epochs, when there is no ratio yet.
 *
 * The weights change once per epoch, so they live in a (tasks,) variable that the
 * trainer's epoch-end hook assigns; the last epoch's mean losses and the number of
 * epochs seen are variables too, so checkpoints carry all of DWA's state and a
 * resumed run continues with the weights it would have had.
 */
import { Tensor, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { Weighting } from './types';
import { numberOption, stateVariable, weightedLossSum } from './util';

export interface DynamicWeightAverageOptions {
  /** Softmax temperature T > 0 (default 2, as in the paper): larger is closer to equal weights. */
  temperature?: number;
}

/** The DWA weights K·softmax(r/T) for loss ratios r (a ratio that is not finite, e.g. 0/0, counts as 1). */
function dwaWeights(ratios: number[], temperature: number): number[] {
  const scaled = ratios.map((r) => (Number.isFinite(r) ? r : 1) / temperature);
  const top = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => (ratios.length * e) / total);
}

export function dwa(options: DynamicWeightAverageOptions = {}): Weighting {
  const temperature = numberOption('dwa', 'temperature', options.temperature, 2, '> 0');
  return {
    name: 'dwa',
    kind: 'loss',
    supportsRepresentation: false,
    getConfig: () => ({ temperature }),
    build({ graph, state, taskNames, losses }) {
      const k = taskNames.length;
      const weightsVariable = stateVariable(state, 'mtl/dwa/weights', 1, [k]);
      const lastLosses = stateVariable(state, 'mtl/dwa/last_epoch_losses', 0, [k]);
      const epochsSeen = stateVariable(state, 'mtl/dwa/epochs_seen', 0, []);
      const weights = weightsVariable.read();
      // Built now, with the step graph, so the epoch-end hook only feeds and runs.
      const newWeights = ops.placeholder(graph, { dtype: 'float32', shape: [k], name: 'new_weights' });
      const newLosses = ops.placeholder(graph, { dtype: 'float32', shape: [k], name: 'new_last_epoch_losses' });
      const newSeen = ops.placeholder(graph, { dtype: 'float32', shape: [], name: 'new_epochs_seen' });
      const assign = [weightsVariable.assign(newWeights), lastLosses.assign(newLosses), epochsSeen.assign(newSeen)];
      const previous = [lastLosses.read(), epochsSeen.read()];
      return {
        objective: weightedLossSum(ops.stopGradient(weights), losses),
        weights,
        async onEpochEnd(epoch, taskLosses, session) {
          const now = taskNames.map((t) => {
            const value = taskLosses[t];
            if (typeof value !== 'number') throw invalidArgument(`dwa: no mean loss for task "${t}" at the end of epoch ${epoch + 1}`);
            return value;
          });
          const [lastTensor, seenTensor, currentTensor] = await session.run(null, [...previous, weights]);
          const last = Array.from(lastTensor.data() as Float32Array);
          const seen = seenTensor.item() as number;
          const current = Array.from(currentTensor.data() as Float32Array);
          for (const t of [lastTensor, seenTensor, currentTensor]) t.dispose();
          // From the end of the second epoch on there are two epoch means to compare.
          const next =
            seen >= 1
              ? dwaWeights(
                  now.map((l, i) => l / last[i]),
                  temperature,
                )
              : current;
          const feeds: Array<[typeof newWeights, Tensor]> = [
            [newWeights, Tensor.from(next, { dtype: 'float32', shape: [k] })],
            [newLosses, Tensor.from(now, { dtype: 'float32', shape: [k] })],
            [newSeen, Tensor.from(seen + 1, { dtype: 'float32', shape: [] })],
          ];
          try {
            await session.run(feeds, [], assign);
          } finally {
            for (const [, t] of feeds) t.dispose();
          }
        },
      };
    },
  };
}
