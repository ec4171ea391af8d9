// The environments against their published definitions: CartPole's equations of motion
// (Barto, Sutton & Anderson 1983 without friction, as Gymnasium's CartPole-v1 writes them), its
// thresholds and time limit; the grid world's moves, rewards and limits; vectorised stepping;
// and the errors a misused or broken environment gives.
import { mtl } from '../../../lib';

const rl = mtl.rl;

/** One Euler step of CartPole-v1 written out from Gymnasium's step() (independent of the library's code). */
function gymStep(state: number[], action: number, p = { masscart: 1, masspole: 0.1, length: 0.5, forceMag: 10 }): number[] {
  const [x, xDot, theta, thetaDot] = state;
  const gravity = 9.8;
  const totalMass = p.masspole + p.masscart;
  const polemassLength = p.masspole * p.length;
  const force = action === 1 ? p.forceMag : -p.forceMag;
  const costheta = Math.cos(theta);
  const sintheta = Math.sin(theta);
  const temp = (force + polemassLength * thetaDot ** 2 * sintheta) / totalMass;
  const thetaacc = (gravity * sintheta - costheta * temp) / (p.length * (4.0 / 3.0 - (p.masspole * costheta ** 2) / totalMass));
  const xacc = temp - (polemassLength * thetaacc * costheta) / totalMass;
  const tau = 0.02;
  return [x + tau * xDot, xDot + tau * xacc, theta + tau * thetaDot, thetaDot + tau * thetaacc];
}

describe('CartPole', () => {
  test('from rest, pushing right: the accelerations worked by hand', () => {
    // M = 1.1, temp = 10/1.1; θ̈ = −temp / (0.5·(4/3 − 0.1/1.1)) = −14.6341...; ẍ = temp − 0.05·θ̈/1.1 = 9.7560...
    const env = rl.cartPole();
    env.setState([0, 0, 0, 0]);
    const { observation, reward, done, truncated } = env.step(1);
    const temp = 10 / 1.1;
    const thetaAcc = -temp / (0.5 * (4 / 3 - 0.1 / 1.1));
    expect(thetaAcc).toBeCloseTo(-14.634146, 5);
    const xAcc = temp - (0.05 * thetaAcc) / 1.1;
    expect(xAcc).toBeCloseTo(9.756098, 5);
    expect(Array.from(env.state)).toEqual([0, 0.02 * xAcc, 0, 0.02 * thetaAcc]);
    expect(Array.from(observation)).toEqual(Array.from(Float32Array.from([0, 0.02 * xAcc, 0, 0.02 * thetaAcc])));
    expect([reward, done, truncated]).toEqual([1, false, false]);
  });

  test('200 steps from given states match the published equations exactly (float64 state)', () => {
    for (const [i, params] of [
      { poleLength: 1, poleMass: 0.1, cartMass: 1 },
      { poleLength: 2.5, poleMass: 0.4, cartMass: 0.7 },
      { poleLength: 0.3, poleMass: 0.05, cartMass: 2 },
    ].entries()) {
      const env = rl.cartPole({ ...params, maxEpisodeSteps: 10_000 });
      let state = [0.01 * i, -0.2, 0.03, 0.1];
      env.setState(state);
      for (let t = 0; t < 200; t++) {
        const action = (t * 7 + i) % 3 === 0 ? 0 : 1;
        const expected = gymStep(state, action, {
          masscart: params.cartMass,
          masspole: params.poleMass,
          length: params.poleLength / 2,
          forceMag: 10,
        });
        const result = env.step(action);
        expect(Array.from(env.state)).toEqual(expected);
        const outside = Math.abs(expected[0]) > 2.4 || Math.abs(expected[2]) > (12 * 2 * Math.PI) / 360;
        expect(result.done).toBe(outside);
        if (result.done) break;
        state = expected;
      }
    }
  });

  test('terminates just past 12 degrees and 2.4 m, not before', () => {
    const limit = (12 * 2 * Math.PI) / 360;
    const env = rl.cartPole();
    // θ moves by tau·θ̇ = 0.02·θ̇ in one step (positions use the old velocities).
    env.setState([0, 0, limit - 0.001, 0.04]);
    expect(env.step(0).done).toBe(false); // θ = limit − 0.0002
    env.setState([0, 0, limit - 0.001, 0.06]);
    expect(env.step(0).done).toBe(true); // θ = limit + 0.0002
    env.setState([0, 0, -limit + 0.001, -0.06]);
    expect(env.step(1).done).toBe(true);
    env.setState([2.4 - 0.001, 0.04, 0, 0]);
    expect(env.step(1).done).toBe(false);
    env.setState([2.4 - 0.001, 0.06, 0, 0]);
    expect(env.step(1).done).toBe(true);
    env.setState([-2.4 + 0.001, -0.06, 0, 0]);
    expect(env.step(0).done).toBe(true);
  });

  test('truncates at 500 steps (CartPole-v1) under a balancing controller, with reward 1 per step', () => {
    const env = rl.cartPole();
    expect(env.maxEpisodeSteps).toBe(500);
    let observation = env.reset(3);
    let total = 0;
    let last = { done: false, truncated: false };
    for (let t = 0; t < 500; t++) {
      // Push towards where the pole falls, corrected for the cart's drift.
      const [x, xDot, theta, thetaDot] = observation;
      last = env.step(theta + 0.5 * thetaDot + 0.01 * x + 0.1 * xDot > 0 ? 1 : 0);
      observation = (last as { observation: Float32Array } & typeof last).observation;
      total += 1;
      if (t < 499) expect([last.done, last.truncated]).toEqual([false, false]);
    }
    expect(total).toBe(500);
    expect(last).toMatchObject({ done: false, truncated: true });
    expect(() => env.step(0)).toThrow(/after the episode ended/);
  });

  test('reset: uniform in [-0.05, 0.05]^4, reproducible by seed, continuing the stream without one', () => {
    const env = rl.cartPole();
    const a = Array.from(env.reset(42));
    const b = Array.from(env.reset());
    expect(Array.from(env.reset(42))).toEqual(a);
    expect(b).not.toEqual(a);
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    for (let i = 0; i < 2000; i++) {
      for (const v of env.reset()) {
        min = Math.min(min, v);
        max = Math.max(max, v);
        sum += v;
      }
    }
    expect(min).toBeGreaterThanOrEqual(-0.05);
    expect(max).toBeLessThanOrEqual(0.05);
    // Mean of 8000 uniforms on [-0.05, 0.05]: standard error 0.05/√3/√8000 ≈ 3.2e-4.
    expect(Math.abs(sum / 8000)).toBeLessThan(1.5e-3);
  });

  test('spaces and names', () => {
    const env = rl.cartPole({ poleLength: 2 });
    expect(env.name).toBe('cartpole(poleLength=2)');
    expect(env.actionSpace).toEqual({ kind: 'discrete', n: 2 });
    expect(env.observationSpace.shape).toEqual([4]);
    expect(env.observationSpace.high[0]).toBeCloseTo(4.8);
    expect(env.observationSpace.high[2]).toBeCloseTo((24 * Math.PI) / 180);
    expect(() => rl.cartPole({ poleLength: -1 })).toThrow(/poleLength must be a positive finite number/);
    expect(() => rl.cartPole({ poleMass: NaN })).toThrow(/poleMass/);
  });
});

/** Gymnasium's Acrobot-v1 _dsdt ("book"), written out independently; `nips` drops the θ̇1² term as the NIPS paper's version does. */
function acrobotDsdt(s: number[], a: number, nips = false): number[] {
  const [m1, m2, l1, lc1, lc2, I1, I2, g] = [1, 1, 1, 0.5, 0.5, 1, 1, 9.8];
  const [theta1, theta2, dtheta1, dtheta2] = s;
  const d1 = m1 * lc1 ** 2 + m2 * (l1 ** 2 + lc2 ** 2 + 2 * l1 * lc2 * Math.cos(theta2)) + I1 + I2;
  const d2 = m2 * (lc2 ** 2 + l1 * lc2 * Math.cos(theta2)) + I2;
  const phi2 = m2 * lc2 * g * Math.cos(theta1 + theta2 - Math.PI / 2.0);
  const phi1 =
    -m2 * l1 * lc2 * dtheta2 ** 2 * Math.sin(theta2) -
    2 * m2 * l1 * lc2 * dtheta2 * dtheta1 * Math.sin(theta2) +
    (m1 * lc1 + m2 * l1) * g * Math.cos(theta1 - Math.PI / 2) +
    phi2;
  const ddtheta2 = nips
    ? (a + (d2 / d1) * phi1 - phi2) / (m2 * lc2 ** 2 + I2 - d2 ** 2 / d1)
    : (a + (d2 / d1) * phi1 - m2 * l1 * lc2 * dtheta1 ** 2 * Math.sin(theta2) - phi2) / (m2 * lc2 ** 2 + I2 - d2 ** 2 / d1);
  const ddtheta1 = -(d2 * ddtheta2 + phi1) / d1;
  return [dtheta1, dtheta2, ddtheta1, ddtheta2];
}

function rk4(s: number[], a: number, dt: number, nips = false): number[] {
  const at = (y: number[], k: number[], h: number) => y.map((v, i) => v + h * k[i]);
  const k1 = acrobotDsdt(s, a, nips);
  const k2 = acrobotDsdt(at(s, k1, dt / 2), a, nips);
  const k3 = acrobotDsdt(at(s, k2, dt / 2), a, nips);
  const k4 = acrobotDsdt(at(s, k3, dt), a, nips);
  return s.map((v, i) => v + (dt / 6.0) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]));
}

/** Total mechanical energy of Acrobot-v1's double pendulum (kinetic ½q̇ᵀMq̇ plus potential, θ from hanging down). */
function acrobotEnergy([t1, t2, d1, d2]: number[]): number {
  const D1 = 0.25 + (1 + 0.25 + Math.cos(t2)) + 2;
  const D2 = 0.25 + 0.5 * Math.cos(t2) + 1;
  const D22 = 0.25 + 1;
  return 0.5 * (D1 * d1 * d1 + 2 * D2 * d1 * d2 + D22 * d2 * d2) - 1.5 * 9.8 * Math.cos(t1) - 0.5 * 9.8 * Math.cos(t1 + t2);
}

describe('Acrobot', () => {
  test('steps match Gymnasium Acrobot-v1 (RK4 of the book equations, wrap, clip, termination) exactly', () => {
    const env = rl.acrobot({ maxEpisodeSteps: 10_000 });
    const wrap = (x: number) => {
      while (x > Math.PI) x -= 2 * Math.PI;
      while (x < -Math.PI) x += 2 * Math.PI;
      return x;
    };
    const clip = (x: number, m: number) => Math.min(m, Math.max(-m, x));
    for (const start of [
      [0.05, -0.02, 0.01, 0.03],
      [2.9, 0.4, 3.5, -8],
      [-1.2, 2.5, -12, 27],
    ]) {
      let state = start;
      env.setState(state);
      for (let t = 0; t < 150; t++) {
        const action = (t * 5 + Math.round(Math.abs(start[0]) * 10)) % 3;
        const ns = rk4(state, action - 1, 0.2);
        const expected = [wrap(ns[0]), wrap(ns[1]), clip(ns[2], 4 * Math.PI), clip(ns[3], 9 * Math.PI)];
        const result = env.step(action);
        expect(Array.from(env.state)).toEqual(expected);
        const terminal = -Math.cos(expected[0]) - Math.cos(expected[1] + expected[0]) > 1.0;
        expect([result.done, result.reward]).toEqual([terminal, terminal ? 0 : -1]);
        expect(Array.from(result.observation)).toEqual(
          Array.from(
            Float32Array.of(
              Math.cos(expected[0]),
              Math.sin(expected[0]),
              Math.cos(expected[1]),
              Math.sin(expected[1]),
              expected[2],
              expected[3],
            ),
          ),
        );
        if (terminal) {
          env.reset(t);
          break;
        }
        state = expected;
      }
    }
  });

  test('the book equations conserve energy without torque; the NIPS variant does not', () => {
    const env = rl.acrobot();
    let state = [0.5, -0.3, 0.2, 0.1];
    let nips = state;
    const e0 = acrobotEnergy(state);
    let drift = 0;
    let nipsDrift = 0;
    for (let t = 0; t < 100; t++) {
      state = rl.acrobotRungeKutta(state, 0, env.parameters, 0.02);
      nips = rk4(nips, 0, 0.02, true);
      drift = Math.max(drift, Math.abs(acrobotEnergy(state) - e0));
      nipsDrift = Math.max(nipsDrift, Math.abs(acrobotEnergy(nips) - e0));
    }
    // RK4's error at dt = 0.02 over 2 s: ~1e-7 of an energy of 17.6 J; the variant's missing term costs ~1e-2.
    expect(drift).toBeLessThan(1e-6);
    expect(nipsDrift).toBeGreaterThan(1e-3);
    // Torque does work: +1 N·m for 20 s changes the energy.
    let pushed = [0.5, -0.3, 0.2, 0.1];
    for (let t = 0; t < 100; t++) pushed = rl.acrobotRungeKutta(pushed, 1, env.parameters);
    expect(Math.abs(acrobotEnergy(pushed) - e0)).toBeGreaterThan(0.1);
  });

  test('reset, spaces, truncation at 500 steps', () => {
    const env = rl.acrobot({ link2Mass: 2 });
    expect(env.name).toBe('acrobot(link2Mass=2)');
    expect(env.actionSpace.n).toBe(3);
    expect(env.maxEpisodeSteps).toBe(500);
    const first = Array.from(env.reset(3));
    expect(Array.from(env.reset(3))).toEqual(first);
    for (let i = 0; i < 200; i++) {
      env.reset();
      for (const v of env.state) expect(Math.abs(v)).toBeLessThanOrEqual(0.1);
    }
    // Doing nothing from rest near the bottom never reaches the height: truncated at step 500.
    env.reset(1);
    let result = env.step(1);
    for (let t = 1; t < 500; t++) result = env.step(1);
    expect(result).toMatchObject({ done: false, truncated: true, reward: -1 });
    expect(() => rl.acrobot({ link1Mass: 0 })).toThrow(/link1Mass must be a positive finite number/);
  });
});

describe('grid world', () => {
  test('moves, walls, the goal reward and termination', () => {
    const env = rl.gridWorld({ size: 3, goal: [0, 2] });
    env.reset(1);
    env.position[0] = 2;
    env.position[1] = 0;
    expect(env.step(3)).toMatchObject({ reward: -0.04, done: false }); // left into the wall: stays
    expect(env.position).toEqual([2, 0]);
    expect(Array.from(env.step(0).observation)).toEqual([0.5, 0]); // up
    expect(Array.from(env.step(1).observation)).toEqual([0.5, 0.5]); // right
    env.step(0);
    const last = env.step(1);
    expect(last).toMatchObject({ reward: 1, done: true, truncated: false });
    expect(Array.from(last.observation)).toEqual([0, 1]);
  });

  test('truncates after 4·size steps; starts are uniform over the non-goal cells', () => {
    const env = rl.gridWorld({ size: 4, goal: [3, 3] });
    expect(env.maxEpisodeSteps).toBe(16);
    env.reset(5);
    env.position[0] = 0;
    env.position[1] = 0;
    let result = env.step(0);
    for (let t = 1; t < 16; t++) {
      expect(result.truncated).toBe(false);
      result = env.step(0);
    }
    expect(result).toMatchObject({ truncated: true, done: false });
    const counts = new Map<string, number>();
    for (let i = 0; i < 15_000; i++) {
      env.reset();
      const key = env.position.join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.has('3,3')).toBe(false);
    expect(counts.size).toBe(15);
    // 1000 expected per cell; binomial sd ≈ 30.
    for (const c of counts.values()) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });

  test('slip: the intended move with probability 1 − p, each other direction p/3', () => {
    const env = rl.gridWorld({ size: 9, goal: [0, 0], slip: 0.3, maxEpisodeSteps: 1 });
    const counts = [0, 0, 0, 0];
    env.reset(11);
    for (let i = 0; i < 20_000; i++) {
      env.reset();
      env.position[0] = 4;
      env.position[1] = 4;
      env.step(1);
      const [r, c] = env.position;
      counts[r === 3 ? 0 : c === 5 ? 1 : r === 5 ? 2 : 3]++;
    }
    expect(counts[1] / 20_000).toBeCloseTo(0.7, 1);
    for (const k of [0, 2, 3]) expect(Math.abs(counts[k] / 20_000 - 0.1)).toBeLessThan(0.012);
  });
});

describe('vector environment', () => {
  test('steps copies together, resets finished episodes and keeps their final observation and return', () => {
    const envs = rl.vectorEnvironment(() => rl.gridWorld({ size: 2, goal: [1, 1], maxEpisodeSteps: 3 }), 3);
    const first = Array.from(envs.reset(7));
    expect(Array.from(envs.reset(7))).toEqual(first);
    // Put the copies at (0,0), (0,1), (1,0); action down reaches the goal from (0,1) only.
    envs.envs.forEach((env, i) => {
      const grid = env as InstanceType<typeof rl.GridWorld>;
      grid.position[0] = i === 2 ? 1 : 0;
      grid.position[1] = i === 1 ? 1 : 0;
    });
    const step = envs.step([2, 2, 3]);
    expect(Array.from(step.dones)).toEqual([0, 1, 0]);
    expect(Array.from(step.rewards)).toEqual([-0.04, 1, -0.04]);
    expect(Array.from(step.finalObservations.get(1)!)).toEqual([1, 1]);
    expect(step.episodes).toEqual([{ copy: 1, return: 1, length: 1 }]);
    // The finished copy restarted somewhere other than the goal.
    expect(Array.from(step.observations.subarray(2, 4))).not.toEqual([1, 1]);
    envs.step([3, 3, 3]);
    const third = envs.step([3, 3, 3]);
    // Copies 0 and 2 hit the 3-step limit; copy 1 is 2 steps into its new episode.
    expect(Array.from(third.truncateds)).toEqual([1, 0, 1]);
    expect(third.episodes.map((e) => [e.copy, e.length])).toEqual([
      [0, 3],
      [2, 3],
    ]);
    expect(third.episodes[0].return).toBeCloseTo(-0.12, 12);
  });
});

describe('hostile use gives clear errors', () => {
  test('bad actions', () => {
    const env = rl.cartPole();
    env.reset(0);
    for (const bad of [NaN, 2, -1, 0.5, Infinity]) expect(() => env.step(bad)).toThrow(/action .* is not an integer in \[0, 2\)/);
    expect(() => env.step('1' as unknown as number)).toThrow(/action "1" is not an integer in \[0, 2\)/);
    const grid = rl.gridWorld();
    grid.reset(0);
    expect(() => grid.step(4)).toThrow(/gridworld\(size=5,goal=4:4\)": action 4 is not an integer in \[0, 4\)/);
  });

  test('step before reset and after the episode ended', () => {
    const env = rl.cartPole();
    expect(() => env.step(0)).toThrow(/step called before reset/);
    env.setState([0, 0, 0.3, 0]);
    expect(env.step(0).done).toBe(true);
    expect(() => env.step(0)).toThrow(/cartpole\(\)": step called after the episode ended \(done or truncated\); call reset first/);
    env.reset(1);
    expect(() => env.step(0)).not.toThrow();
  });

  test("a user environment's NaN reward, wrong observation or flags are refused, naming it", () => {
    const make = (result: Partial<{ observation: unknown; reward: unknown; done: unknown; truncated: unknown }>) => () => ({
      name: 'broken',
      observationSpace: rl.box(2, -1, 1),
      actionSpace: rl.discrete(2),
      reset: () => Float32Array.of(0, 0),
      step: () => ({ observation: Float32Array.of(0, 0), reward: 0, done: false, truncated: false, ...result }) as never,
    });
    const run = (result: Parameters<typeof make>[0]) => {
      const envs = rl.vectorEnvironment(make(result), 2);
      envs.reset(0);
      return () => envs.step([0, 1]);
    };
    expect(run({ reward: NaN })).toThrow(/environment "broken": step returned reward NaN \(rewards must be finite numbers\)/);
    expect(run({ reward: '1' })).toThrow(/reward 1 \(rewards must be finite/);
    expect(run({ observation: Float32Array.of(0, NaN) })).toThrow(/observation element 1 = NaN/);
    expect(run({ observation: Float32Array.of(0) })).toThrow(/an observation of 1 values, the observation space has 2/);
    expect(run({ done: 0 })).toThrow(/boolean done and truncated/);
    expect(run({})).not.toThrow();
    const envs = rl.vectorEnvironment(make({}), 2);
    expect(() => envs.step([0, 0])).toThrow(/call reset\(seed\) before step/);
    envs.reset(0);
    expect(() => envs.step([0])).toThrow(/step needs 2 actions \(one per copy\), got 1/);
    expect(() => envs.step([0, 7])).toThrow(/"broken": action 7 is not an integer in \[0, 2\)/);
    expect(() => rl.vectorEnvironment(() => ({ name: 'x' }) as never, 1)).toThrow(
      /environment "x": needs reset\(seed\?\) and step\(action\) methods/,
    );
  });
});
