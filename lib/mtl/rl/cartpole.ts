/**
 * CartPole (Barto, Sutton & Anderson 1983, "Neuronlike adaptive elements that can solve difficult
 * learning control problems"), with the frictionless equations, constants and termination of
 * Gymnasium's CartPole-v1: Euler integration with tau = 0.02 s, force ±10 N, the episode
 * terminates when |x| > 2.4 m or |θ| > 12°, reward 1 per step (the terminating one included),
 * truncation after 500 steps, start state uniform in [-0.05, 0.05]^4. The pole length and the
 * masses are parameters, so one definition gives a family of tasks.
 *
 * Dynamics (θ from vertical, l the half-length of the pole, m_p / m_c the pole / cart mass):
 *   temp = (F + m_p·l·θ̇²·sin θ) / (m_c + m_p)
 *   θ̈ = (g·sin θ − cos θ·temp) / (l·(4/3 − m_p·cos²θ / (m_c + m_p)))
 *   ẍ = temp − m_p·l·θ̈·cos θ / (m_c + m_p)
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

export interface CartPoleOptions {
  /** Full length of the pole in metres (Gymnasium: 1, its `length` being the half-length 0.5). */
  poleLength?: number;
  /** kg (Gymnasium: 0.1). */
  poleMass?: number;
  /** kg (Gymnasium: 1). */
  cartMass?: number;
  /** N (Gymnasium: 10). */
  forceMagnitude?: number;
  /** Steps before truncation (CartPole-v1: 500). */
  maxEpisodeSteps?: number;
  name?: string;
}

export const CARTPOLE = {
  gravity: 9.8,
  tau: 0.02,
  thetaThreshold: (12 * 2 * Math.PI) / 360,
  xThreshold: 2.4,
} as const;

const FLOAT32_MAX = 3.4028234663852886e38;

/** The accelerations (ẍ in m/s², θ̈ in rad/s²) at state (x, ẋ, θ, θ̇) under `force` (newtons), by the equations above. */
export function cartPoleDerivatives(
  state: readonly number[],
  force: number,
  p: { poleHalfLength: number; poleMass: number; cartMass: number; gravity?: number },
): { xAcceleration: number; thetaAcceleration: number } {
  const [, , theta, thetaDot] = state;
  const gravity = p.gravity ?? CARTPOLE.gravity;
  const totalMass = p.poleMass + p.cartMass;
  const poleMassLength = p.poleMass * p.poleHalfLength;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const temp = (force + poleMassLength * thetaDot * thetaDot * sin) / totalMass;
  const thetaAcceleration = (gravity * sin - cos * temp) / (p.poleHalfLength * (4 / 3 - (p.poleMass * cos * cos) / totalMass));
  const xAcceleration = temp - (poleMassLength * thetaAcceleration * cos) / totalMass;
  return { xAcceleration, thetaAcceleration };
}

export class CartPole implements Environment {
  readonly name: string;
  readonly observationSpace: BoxSpace;
  readonly actionSpace: DiscreteSpace = discrete(2);
  readonly poleLength: number;
  readonly poleMass: number;
  readonly cartMass: number;
  readonly forceMagnitude: number;
  /** (x, ẋ, θ, θ̇) in float64, as Gymnasium keeps it; observations are its float32 copy. */
  readonly state = new Float64Array(4);
  private random: Random | null = null;
  private readonly clock: EpisodeClock;

  constructor(options: CartPoleOptions = {}) {
    const positive = (key: keyof CartPoleOptions, fallback: number) => positiveParameter('cartPole', key, options[key], fallback);
    this.poleLength = positive('poleLength', 1);
    this.poleMass = positive('poleMass', 0.1);
    this.cartMass = positive('cartMass', 1);
    this.forceMagnitude = positive('forceMagnitude', 10);
    const changed = (['poleLength', 'poleMass', 'cartMass', 'forceMagnitude'] as const)
      .filter((k) => options[k] !== undefined)
      .map((k) => `${k}=${options[k]}`);
    this.name = options.name ?? `cartpole(${changed.join(',')})`;
    this.clock = new EpisodeClock(() => this.name, options.maxEpisodeSteps ?? 500);
    const t = CARTPOLE;
    this.observationSpace = box(
      4,
      [-2 * t.xThreshold, -FLOAT32_MAX, -2 * t.thetaThreshold, -FLOAT32_MAX],
      [2 * t.xThreshold, FLOAT32_MAX, 2 * t.thetaThreshold, FLOAT32_MAX],
    );
  }

  /** Steps after which an episode is truncated. */
  get maxEpisodeSteps(): number {
    return this.clock.maxSteps;
  }

  reset(seed?: number): Float32Array {
    if (seed !== undefined) this.random = Random.fromSeed(seed);
    this.random ??= Random.fromSeed(Random.randomSeed());
    for (let i = 0; i < 4; i++) this.state[i] = this.random.uniform(-0.05, 0.05);
    this.clock.start();
    return Float32Array.from(this.state);
  }

  /** Sets the state directly (tests, and starting from a given state); the episode restarts its clock. */
  setState(state: readonly number[]): Float32Array {
    if (state.length !== 4 || state.some((v) => !Number.isFinite(v)))
      throw invalidArgument(`environment "${this.name}": setState needs 4 finite numbers (x, ẋ, θ, θ̇)`);
    this.state.set(state);
    this.clock.start();
    return Float32Array.from(this.state);
  }

  step(action: number): StepResult {
    this.clock.beforeStep();
    checkAction(this, action);
    const force = action === 1 ? this.forceMagnitude : -this.forceMagnitude;
    const s = this.state;
    const { xAcceleration, thetaAcceleration } = cartPoleDerivatives([s[0], s[1], s[2], s[3]], force, {
      poleHalfLength: this.poleLength / 2,
      poleMass: this.poleMass,
      cartMass: this.cartMass,
    });
    const tau = CARTPOLE.tau;
    // Gymnasium's "euler": positions move with the old velocities.
    const x = s[0] + tau * s[1];
    const xDot = s[1] + tau * xAcceleration;
    const theta = s[2] + tau * s[3];
    const thetaDot = s[3] + tau * thetaAcceleration;
    s[0] = x;
    s[1] = xDot;
    s[2] = theta;
    s[3] = thetaDot;
    const done = x < -CARTPOLE.xThreshold || x > CARTPOLE.xThreshold || theta < -CARTPOLE.thetaThreshold || theta > CARTPOLE.thetaThreshold;
    const truncated = this.clock.afterStep(done);
    return { observation: Float32Array.from(s), reward: 1, done, truncated };
  }
}

/** A CartPole task (see CartPoleOptions); with no options, Gymnasium's CartPole-v1. */
export function cartPole(options: CartPoleOptions = {}): CartPole {
  return new CartPole(options);
}
