/**
 * Many copies of one environment stepped together (Gymnasium's synchronous vector environment):
 * observations as one (copies × size) Float32Array for a batched forward run, episodes that end
 * restart at once (the final observation is kept for bootstrapping a truncated episode), every
 * result checked, and each copy seeded from one seed.
 */
import { invalidArgument } from '../../core';
import { Random } from '../../data';
import { Environment, checkAction, checkEnvironment, checkObservation, checkStep, observationSize } from './environment';

export interface VectorStep {
  /** Observations after the step, (copies × size); a copy whose episode ended shows its new episode's first one. */
  observations: Float32Array;
  rewards: Float64Array;
  /** 1 where the episode reached a terminal state. */
  dones: Uint8Array;
  /** 1 where the episode was cut short (time limit). */
  truncateds: Uint8Array;
  /** The last observation of each episode that ended this step, by copy index. */
  finalObservations: Map<number, Float32Array>;
  /** Episodes that ended this step: copy index, undiscounted return, length in steps. */
  episodes: Array<{ copy: number; return: number; length: number }>;
}

export class VectorEnvironment {
  readonly envs: Environment[];
  readonly observationSize: number;
  readonly actionCount: number;
  /** Current observations, (copies × size). */
  readonly observations: Float32Array;
  private readonly returns: Float64Array;
  private readonly lengths: Int32Array;
  private started = false;

  /** `count` copies made by `make` (each must declare the same spaces). */
  constructor(make: () => Environment, count: number) {
    if (typeof make !== 'function') throw invalidArgument('vectorEnvironment: give a function that makes one environment');
    if (!Number.isInteger(count) || count < 1) throw invalidArgument(`vectorEnvironment: count must be a positive integer, got ${count}`);
    this.envs = Array.from({ length: count }, (_, i) => checkEnvironment(make(), `environment copy ${i}`));
    const first = this.envs[0];
    this.observationSize = observationSize(first.observationSpace);
    this.actionCount = first.actionSpace.n;
    for (const env of this.envs) {
      if (observationSize(env.observationSpace) !== this.observationSize || env.actionSpace.n !== this.actionCount) {
        throw invalidArgument(`vectorEnvironment: copies of "${first.name}" declare different spaces ("${env.name}")`);
      }
    }
    this.observations = new Float32Array(count * this.observationSize);
    this.returns = new Float64Array(count);
    this.lengths = new Int32Array(count);
  }

  get count(): number {
    return this.envs.length;
  }

  get name(): string {
    return this.envs[0].name;
  }

  /** Resets every copy; copy i gets a seed derived from (seed, i). Returns the observations. */
  reset(seed: number): Float32Array {
    const random = Random.fromSeed(seed);
    this.envs.forEach((env, i) => {
      const observation = checkObservation(env, env.reset(random.int(0, 2 ** 31)), 'reset');
      this.observations.set(observation, i * this.observationSize);
    });
    this.returns.fill(0);
    this.lengths.fill(0);
    this.started = true;
    return this.observations;
  }

  /** Steps every copy with its action (one per copy); copies whose episode ended are reset. */
  step(actions: ArrayLike<number>): VectorStep {
    if (!this.started) throw invalidArgument(`vectorEnvironment "${this.name}": call reset(seed) before step`);
    if (!actions || actions.length !== this.count)
      throw invalidArgument(`vectorEnvironment "${this.name}": step needs ${this.count} actions (one per copy), got ${actions?.length}`);
    const n = this.count;
    const result: VectorStep = {
      observations: this.observations,
      rewards: new Float64Array(n),
      dones: new Uint8Array(n),
      truncateds: new Uint8Array(n),
      finalObservations: new Map(),
      episodes: [],
    };
    for (let i = 0; i < n; i++) {
      const env = this.envs[i];
      const step = checkStep(env, env.step(checkAction(env, actions[i])));
      result.rewards[i] = step.reward;
      result.dones[i] = step.done ? 1 : 0;
      result.truncateds[i] = step.truncated && !step.done ? 1 : 0;
      this.returns[i] += step.reward;
      this.lengths[i]++;
      let observation = step.observation;
      if (step.done || step.truncated) {
        result.finalObservations.set(i, observation);
        result.episodes.push({ copy: i, return: this.returns[i], length: this.lengths[i] });
        this.returns[i] = 0;
        this.lengths[i] = 0;
        observation = checkObservation(env, env.reset(), 'reset');
      }
      this.observations.set(observation, i * this.observationSize);
    }
    return result;
  }
}

/** `count` copies of the environment `make` creates, stepped together. */
export function vectorEnvironment(make: () => Environment, count: number): VectorEnvironment {
  return new VectorEnvironment(make, count);
}
