/**
 * Returns and advantages over a rollout, in float64, for (steps × copies) arrays laid out
 * time-major (index t·copies + c). Generalized advantage estimation (Schulman et al. 2016,
 * "High-dimensional continuous control using generalized advantage estimation"):
 *   δ_t = r_t + γ·(1 − done_t)·V(s_{t+1}) − V(s_t)
 *   A_t = δ_t + γλ·(1 − done_t)·(1 − truncated_t)·A_{t+1}
 * where V(s_{t+1}) is the value of the state the step reached (for a truncated episode its
 * final observation, so the time limit does not pass for a terminal state), and the value
 * targets are A_t + V(s_t) (the λ-returns).
 */
import { invalidArgument } from '../../core';

export interface RolloutArrays {
  steps: number;
  copies: number;
  rewards: ArrayLike<number>;
  /** V(s_t). */
  values: ArrayLike<number>;
  /** V(s_{t+1}): the value of the state each step reached (ignored where done). */
  nextValues: ArrayLike<number>;
  dones: ArrayLike<number>;
  truncateds: ArrayLike<number>;
}

function check(r: RolloutArrays, gamma: number, lambda: number): void {
  if (!Number.isInteger(r.steps) || r.steps < 1 || !Number.isInteger(r.copies) || r.copies < 1)
    throw invalidArgument(`returns: steps and copies must be positive integers, got ${r.steps} and ${r.copies}`);
  if (!(gamma >= 0 && gamma <= 1)) throw invalidArgument(`returns: gamma must be in [0, 1], got ${gamma}`);
  if (!(lambda >= 0 && lambda <= 1)) throw invalidArgument(`returns: lambda must be in [0, 1], got ${lambda}`);
  const size = r.steps * r.copies;
  for (const key of ['rewards', 'values', 'nextValues', 'dones', 'truncateds'] as const) {
    const array = r[key];
    if (!array || array.length !== size)
      throw invalidArgument(`returns: ${key} needs ${size} entries (steps ${r.steps} × copies ${r.copies}), got ${array?.length}`);
    for (let i = 0; i < size; i++) {
      if (!Number.isFinite(array[i]))
        throw invalidArgument(
          `returns: ${key}[${i}] is ${array[i]} (step ${Math.floor(i / r.copies)}, copy ${i % r.copies}); every entry must be finite`,
        );
    }
  }
}

/** GAE(γ, λ) advantages and λ-return value targets. */
export function generalizedAdvantages(
  rollout: RolloutArrays,
  gamma: number,
  lambda: number,
): { advantages: Float64Array; returns: Float64Array } {
  check(rollout, gamma, lambda);
  const { steps, copies, rewards, values, nextValues, dones, truncateds } = rollout;
  const advantages = new Float64Array(steps * copies);
  const returns = new Float64Array(steps * copies);
  for (let c = 0; c < copies; c++) {
    let next = 0;
    for (let t = steps - 1; t >= 0; t--) {
      const i = t * copies + c;
      const live = dones[i] ? 0 : 1;
      const continues = live && !truncateds[i] ? 1 : 0;
      const delta = rewards[i] + gamma * live * nextValues[i] - values[i];
      // The last step of the rollout has no A_{t+1} inside it: δ alone (its bootstrap is in nextValues).
      next = delta + (t === steps - 1 ? 0 : gamma * lambda * continues * next);
      advantages[i] = next;
      returns[i] = next + values[i];
    }
  }
  return { advantages, returns };
}

/**
 * Discounted returns G_t = r_t + γ·G_{t+1} within each episode, bootstrapped with nextValues
 * where an episode is truncated or the rollout ends (GAE with λ = 1 and V = 0 elsewhere).
 */
export function discountedReturns(rollout: Omit<RolloutArrays, 'values'>, gamma: number): Float64Array {
  const zeros = new Float64Array(rollout.steps * rollout.copies);
  const { steps, copies, nextValues, truncateds } = rollout;
  // Only the bootstraps count: inside an episode the next value is the return itself.
  const boundary = Float64Array.from({ length: steps * copies }, (_, i) =>
    Math.floor(i / copies) === steps - 1 || truncateds[i] ? nextValues[i] : 0,
  );
  return generalizedAdvantages({ ...rollout, values: zeros, nextValues: boundary }, gamma, 1).returns;
}
