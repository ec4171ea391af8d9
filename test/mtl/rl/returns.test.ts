// Returns and GAE against closed forms: constant rewards give geometric sums, λ = 0 gives the
// one-step TD error, λ = 1 gives the Monte-Carlo return minus the value, truncation bootstraps
// from the final state's value while termination does not, and bad arrays are refused.
import { mtl } from '../../../lib';

const rl = mtl.rl;

const zeros = (n: number) => new Float64Array(n);

describe('discounted returns', () => {
  test('an episode of L steps with reward r: G_t = r(1 − γ^(L−t))/(1 − γ)', () => {
    const L = 7;
    const gamma = 0.9;
    const dones = zeros(L);
    dones[L - 1] = 1;
    const returns = rl.discountedReturns(
      { steps: L, copies: 1, rewards: new Float64Array(L).fill(2), nextValues: zeros(L), dones, truncateds: zeros(L) },
      gamma,
    );
    for (let t = 0; t < L; t++) expect(returns[t]).toBeCloseTo((2 * (1 - gamma ** (L - t))) / (1 - gamma), 12);
  });

  test('the rollout end bootstraps; an episode boundary inside the rollout cuts the sum', () => {
    // Copy 0: episode ends (done) at t = 1, new episode t = 2..3 cut by the rollout (bootstrap 10).
    // Copy 1: truncated at t = 2 with final-state value 5, then t = 3 bootstraps 10 again.
    const gamma = 0.5;
    const rewards = Float64Array.from([1, 1, 1, 1, 1, 1, 1, 1]);
    const dones = Float64Array.from([0, 0, 1, 0, 0, 0, 0, 0]);
    const truncateds = Float64Array.from([0, 0, 0, 0, 0, 1, 0, 0]);
    const nextValues = Float64Array.from([0, 0, 99, 0, 0, 5, 10, 10]);
    const g = rl.discountedReturns({ steps: 4, copies: 2, rewards, nextValues, dones, truncateds }, gamma);
    // Copy 0 (indices 0, 2, 4, 6): t=1 terminal → 1; t=0 → 1.5; t=3 → 1 + 5 = 6; t=2 → 1 + 3 = 4.
    expect([g[0], g[2], g[4], g[6]]).toEqual([1.5, 1, 4, 6]);
    // Copy 1 (indices 1, 3, 5, 7): t=2 truncated → 1 + 2.5 = 3.5; t=1 → 2.75; t=0 → 2.375; t=3 → 6.
    expect([g[1], g[3], g[5], g[7]]).toEqual([2.375, 2.75, 3.5, 6]);
  });
});

describe('generalized advantage estimation', () => {
  const random = (() => {
    let s = 12345;
    return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  })();
  const T = 6;
  const N = 3;
  const rewards = Float64Array.from({ length: T * N }, random);
  const values = Float64Array.from({ length: T * N }, random);
  const dones = Float64Array.from({ length: T * N }, (_, i) => (i === 7 ? 1 : 0));
  const truncateds = Float64Array.from({ length: T * N }, (_, i) => (i === 11 ? 1 : 0));
  // V(s_{t+1}): the next step's value inside an episode, a final-state value at truncation, a bootstrap at the end.
  const nextValues = Float64Array.from({ length: T * N }, (_, i) => (i + N < T * N && !truncateds[i] ? values[i + N] : random()));
  const rollout = { steps: T, copies: N, rewards, values, nextValues, dones, truncateds };

  test('λ = 0: the one-step TD error δ_t = r_t + γ(1 − d_t)V(s_{t+1}) − V(s_t)', () => {
    const gamma = 0.97;
    const { advantages, returns } = rl.generalizedAdvantages(rollout, gamma, 0);
    for (let i = 0; i < T * N; i++) {
      const delta = rewards[i] + gamma * (dones[i] ? 0 : nextValues[i]) - values[i];
      expect(advantages[i]).toBeCloseTo(delta, 12);
      expect(returns[i]).toBeCloseTo(delta + values[i], 12);
    }
  });

  test('λ = 1: the discounted return (bootstrapped at truncation and at the rollout end) minus V(s_t)', () => {
    const gamma = 0.9;
    const { advantages } = rl.generalizedAdvantages(rollout, gamma, 1);
    const mc = rl.discountedReturns(rollout, gamma);
    for (let i = 0; i < T * N; i++) expect(advantages[i]).toBeCloseTo(mc[i] - values[i], 12);
  });

  test('general λ: A_t = Σ_k (γλ)^k δ_{t+k} within the episode', () => {
    const gamma = 0.95;
    const lambda = 0.8;
    const { advantages } = rl.generalizedAdvantages(rollout, gamma, lambda);
    for (let c = 0; c < N; c++) {
      for (let t = 0; t < T; t++) {
        let sum = 0;
        for (let k = t; k < T; k++) {
          const i = k * N + c;
          sum += (gamma * lambda) ** (k - t) * (rewards[i] + gamma * (dones[i] ? 0 : nextValues[i]) - values[i]);
          if (dones[i] || truncateds[i]) break;
        }
        expect(advantages[t * N + c]).toBeCloseTo(sum, 12);
      }
    }
  });

  test('refuses NaN and mis-sized arrays, and γ, λ outside [0, 1]', () => {
    const bad = Float64Array.from(rewards);
    bad[4] = NaN;
    expect(() => rl.generalizedAdvantages({ ...rollout, rewards: bad }, 0.9, 0.9)).toThrow(
      /rewards\[4\] is NaN \(step 1, copy 1\); every entry must be finite/,
    );
    expect(() => rl.generalizedAdvantages({ ...rollout, values: values.subarray(1) }, 0.9, 0.9)).toThrow(
      /values needs 18 entries \(steps 6 × copies 3\), got 17/,
    );
    expect(() => rl.generalizedAdvantages(rollout, 1.1, 0.9)).toThrow(/gamma must be in \[0, 1\]/);
    expect(() => rl.generalizedAdvantages(rollout, 0.9, -0.1)).toThrow(/lambda must be in \[0, 1\]/);
  });
});
