/**
 * Acrobot (Sutton 1996, "Generalization in reinforcement learning: successful examples using
 * sparse coarse coding"; Sutton & Barto 1998, §11.3), as Gymnasium's Acrobot-v1 defines it: two
 * links hanging from a pivot, torque −1, 0 or +1 on the joint between them, the "book" equations
 * of motion, one fourth-order Runge-Kutta step of 0.2 s per action, angles wrapped to [−π, π],
 * angular velocities clipped to ±4π and ±9π, reward −1 per step until the free end rises one link
 * length above the pivot (−cos θ1 − cos(θ1 + θ2) > 1: terminal, reward 0), 500-step truncation,
 * start state uniform in [−0.1, 0.1]^4. Observation: cos θ1, sin θ1, cos θ2, sin θ2, θ̇1, θ̇2.
 * Link lengths and masses are parameters, so one definition gives a family of tasks.
 *
 * With d1 = m1·lc1² + m2·(l1² + lc2² + 2·l1·lc2·cos θ2) + I1 + I2, d2 = m2·(lc2² + l1·lc2·cos θ2) + I2,
 *   φ2 = m2·lc2·g·cos(θ1 + θ2 − π/2)
 *   φ1 = −m2·l1·lc2·θ̇2²·sin θ2 − 2·m2·l1·lc2·θ̇2·θ̇1·sin θ2 + (m1·lc1 + m2·l1)·g·cos(θ1 − π/2) + φ2
 *   θ̈2 = (τ + d2/d1·φ1 − m2·l1·lc2·θ̇1²·sin θ2 − φ2) / (m2·lc2² + I2 − d2²/d1)
 *   θ̈1 = −(d2·θ̈2 + φ1) / d1
 */
import { invalidArgument } from '../../core';
import { Random } from '../../data';
import {
  BoxSpace,
  DiscreteSpace,
  Environment,
  EpisodeClock,
  StepResult,
  box,
  checkAction,
  discrete,
  positiveParameter,
} from './environment';

export interface AcrobotOptions {
  /** Length of the first link, m (Gymnasium: 1); the second link's length does not enter the dynamics. */
  link1Length?: number;
  /** Masses of the links, kg (Gymnasium: 1 and 1). */
  link1Mass?: number;
  link2Mass?: number;
  /** Distance from each link's joint to its centre of mass, m (Gymnasium: 0.5 and 0.5). */
  link1CenterOfMass?: number;
  link2CenterOfMass?: number;
  /** Moment of inertia of each link (Gymnasium: 1 and 1). */
  link1Inertia?: number;
  link2Inertia?: number;
  maxEpisodeSteps?: number;
  name?: string;
}

export interface AcrobotParameters {
  l1: number;
  m1: number;
  m2: number;
  lc1: number;
  lc2: number;
  i1: number;
  i2: number;
  g: number;
}

export const ACROBOT = { dt: 0.2, maxVelocity1: 4 * Math.PI, maxVelocity2: 9 * Math.PI, torques: [-1, 0, 1] } as const;

/** (θ̇1, θ̇2, θ̈1, θ̈2) at state (θ1, θ2, θ̇1, θ̇2) under `torque`, by the book equations above. */
export function acrobotDerivatives(state: readonly number[], torque: number, p: AcrobotParameters): [number, number, number, number] {
  const [theta1, theta2, dtheta1, dtheta2] = state;
  const { l1, m1, m2, lc1, lc2, i1, i2, g } = p;
  const d1 = m1 * lc1 ** 2 + m2 * (l1 ** 2 + lc2 ** 2 + 2 * l1 * lc2 * Math.cos(theta2)) + i1 + i2;
  const d2 = m2 * (lc2 ** 2 + l1 * lc2 * Math.cos(theta2)) + i2;
  const phi2 = m2 * lc2 * g * Math.cos(theta1 + theta2 - Math.PI / 2);
  const phi1 =
    -m2 * l1 * lc2 * dtheta2 ** 2 * Math.sin(theta2) -
    2 * m2 * l1 * lc2 * dtheta2 * dtheta1 * Math.sin(theta2) +
    (m1 * lc1 + m2 * l1) * g * Math.cos(theta1 - Math.PI / 2) +
    phi2;
  const ddtheta2 =
    (torque + (d2 / d1) * phi1 - m2 * l1 * lc2 * dtheta1 ** 2 * Math.sin(theta2) - phi2) / (m2 * lc2 ** 2 + i2 - d2 ** 2 / d1);
  const ddtheta1 = -(d2 * ddtheta2 + phi1) / d1;
  return [dtheta1, dtheta2, ddtheta1, ddtheta2];
}

/** One classical Runge-Kutta step of `dt` seconds with the torque held. */
export function acrobotRungeKutta(state: readonly number[], torque: number, p: AcrobotParameters, dt: number = ACROBOT.dt): number[] {
  const f = (s: readonly number[]) => acrobotDerivatives(s, torque, p);
  const add = (s: readonly number[], k: readonly number[], h: number) => s.map((v, i) => v + h * k[i]);
  const k1 = f(state);
  const k2 = f(add(state, k1, dt / 2));
  const k3 = f(add(state, k2, dt / 2));
  const k4 = f(add(state, k3, dt));
  return state.map((v, i) => v + (dt / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]));
}

/** Gymnasium's wrap: shifts x by whole periods into [low, high]. */
function wrap(x: number, low: number, high: number): number {
  const period = high - low;
  while (x > high) x -= period;
  while (x < low) x += period;
  return x;
}

export class Acrobot implements Environment {
  readonly name: string;
  readonly observationSpace: BoxSpace = box(
    6,
    [-1, -1, -1, -1, -ACROBOT.maxVelocity1, -ACROBOT.maxVelocity2],
    [1, 1, 1, 1, ACROBOT.maxVelocity1, ACROBOT.maxVelocity2],
  );
  readonly actionSpace: DiscreteSpace = discrete(3);
  readonly parameters: AcrobotParameters;
  /** (θ1, θ2, θ̇1, θ̇2) in float64. */
  readonly state = new Float64Array(4);
  private random: Random | null = null;
  private readonly clock: EpisodeClock;

  constructor(options: AcrobotOptions = {}) {
    const positive = (key: keyof AcrobotOptions, fallback: number) => positiveParameter('acrobot', key, options[key], fallback);
    this.parameters = {
      l1: positive('link1Length', 1),
      m1: positive('link1Mass', 1),
      m2: positive('link2Mass', 1),
      lc1: positive('link1CenterOfMass', 0.5),
      lc2: positive('link2CenterOfMass', 0.5),
      i1: positive('link1Inertia', 1),
      i2: positive('link2Inertia', 1),
      g: 9.8,
    };
    const keys = [
      'link1Length',
      'link1Mass',
      'link2Mass',
      'link1CenterOfMass',
      'link2CenterOfMass',
      'link1Inertia',
      'link2Inertia',
    ] as const;
    this.name =
      options.name ??
      `acrobot(${keys
        .filter((k) => options[k] !== undefined)
        .map((k) => `${k}=${options[k]}`)
        .join(',')})`;
    this.clock = new EpisodeClock(() => this.name, options.maxEpisodeSteps ?? 500);
  }

  /** Steps after which an episode is truncated. */
  get maxEpisodeSteps(): number {
    return this.clock.maxSteps;
  }

  private observe(): Float32Array {
    const [t1, t2, d1, d2] = this.state;
    return Float32Array.of(Math.cos(t1), Math.sin(t1), Math.cos(t2), Math.sin(t2), d1, d2);
  }

  reset(seed?: number): Float32Array {
    if (seed !== undefined) this.random = Random.fromSeed(seed);
    this.random ??= Random.fromSeed(Random.randomSeed());
    for (let i = 0; i < 4; i++) this.state[i] = this.random.uniform(-0.1, 0.1);
    this.clock.start();
    return this.observe();
  }

  /** Sets (θ1, θ2, θ̇1, θ̇2) directly (tests, and starting from a given state); the episode restarts its clock. */
  setState(state: readonly number[]): Float32Array {
    if (state.length !== 4 || state.some((v) => !Number.isFinite(v)))
      throw invalidArgument(`environment "${this.name}": setState needs 4 finite numbers (θ1, θ2, θ̇1, θ̇2)`);
    this.state.set(state);
    this.clock.start();
    return this.observe();
  }

  step(action: number): StepResult {
    this.clock.beforeStep();
    checkAction(this, action);
    const next = acrobotRungeKutta(Array.from(this.state), ACROBOT.torques[action], this.parameters);
    this.state[0] = wrap(next[0], -Math.PI, Math.PI);
    this.state[1] = wrap(next[1], -Math.PI, Math.PI);
    this.state[2] = Math.min(ACROBOT.maxVelocity1, Math.max(-ACROBOT.maxVelocity1, next[2]));
    this.state[3] = Math.min(ACROBOT.maxVelocity2, Math.max(-ACROBOT.maxVelocity2, next[3]));
    const done = -Math.cos(this.state[0]) - Math.cos(this.state[1] + this.state[0]) > 1;
    const truncated = this.clock.afterStep(done);
    return { observation: this.observe(), reward: done ? 0 : -1, done, truncated };
  }
}

/** An Acrobot task (see AcrobotOptions); with no options, Gymnasium's Acrobot-v1. */
export function acrobot(options: AcrobotOptions = {}): Acrobot {
  return new Acrobot(options);
}
