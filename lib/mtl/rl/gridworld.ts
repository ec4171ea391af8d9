/**
 * A grid-world family (the gridworld of Sutton & Barto's Reinforcement Learning, §3–4, with a
 * goal cell): a `size`×`size` grid, actions up/right/down/left (a move into the border leaves
 * the agent in place), reward +1 on entering the goal (terminal) and `stepReward` (default
 * −0.04) on every other step, truncation after `maxEpisodeSteps` (default 4·size). With `slip`
 * p, the move goes to a uniformly chosen other direction with probability p (FrozenLake-like).
 * Tasks differ by their goal cell, so a shared policy needs to know which task it acts in.
 * Observation: (row, column) of the agent scaled to [0, 1]; episodes start in a uniformly drawn
 * cell other than the goal.
 */
import { invalidArgument } from '../../core';
import { Random } from '../../data';
import { BoxSpace, DiscreteSpace, Environment, EpisodeClock, StepResult, box, checkAction, discrete } from './environment';

export interface GridWorldOptions {
  /** Cells per side (default 5). */
  size?: number;
  /** [row, column] of the goal (default the corner [size-1, size-1]). */
  goal?: [number, number];
  stepReward?: number;
  goalReward?: number;
  slip?: number;
  maxEpisodeSteps?: number;
  name?: string;
}

/** Row and column change of each action: up, right, down, left. */
export const GRID_MOVES: ReadonlyArray<readonly [number, number]> = [
  [-1, 0],
  [0, 1],
  [1, 0],
  [0, -1],
];

export class GridWorld implements Environment {
  readonly name: string;
  readonly observationSpace: BoxSpace = box(2, 0, 1);
  readonly actionSpace: DiscreteSpace = discrete(4);
  readonly size: number;
  readonly goal: [number, number];
  readonly stepReward: number;
  readonly goalReward: number;
  readonly slip: number;
  /** The agent's [row, column]. */
  readonly position: [number, number] = [0, 0];
  private random: Random | null = null;
  private readonly clock: EpisodeClock;

  constructor(options: GridWorldOptions = {}) {
    const size = options.size ?? 5;
    if (!Number.isInteger(size) || size < 2) throw invalidArgument(`gridWorld: size must be an integer >= 2, got ${size}`);
    this.size = size;
    const goal = options.goal ?? [size - 1, size - 1];
    if (!Array.isArray(goal) || goal.length !== 2 || goal.some((g) => !Number.isInteger(g) || g < 0 || g >= size)) {
      throw invalidArgument(`gridWorld: goal must be [row, column] inside the ${size}x${size} grid, got ${JSON.stringify(goal)}`);
    }
    this.goal = [goal[0], goal[1]];
    this.stepReward = finite('stepReward', options.stepReward ?? -0.04);
    this.goalReward = finite('goalReward', options.goalReward ?? 1);
    this.slip = options.slip ?? 0;
    if (!(this.slip >= 0 && this.slip < 1)) throw invalidArgument(`gridWorld: slip must be in [0, 1), got ${options.slip}`);
    this.name = options.name ?? `gridworld(size=${size},goal=${this.goal.join(':')})`;
    this.clock = new EpisodeClock(() => this.name, options.maxEpisodeSteps ?? 4 * size);
  }

  /** Steps after which an episode is truncated. */
  get maxEpisodeSteps(): number {
    return this.clock.maxSteps;
  }

  private observe(): Float32Array {
    const scale = this.size - 1;
    return Float32Array.of(this.position[0] / scale, this.position[1] / scale);
  }

  reset(seed?: number): Float32Array {
    if (seed !== undefined) this.random = Random.fromSeed(seed);
    this.random ??= Random.fromSeed(Random.randomSeed());
    // A uniform cell among the size² − 1 that are not the goal.
    let cell = this.random.int(0, this.size * this.size - 1);
    if (cell >= this.goal[0] * this.size + this.goal[1]) cell++;
    this.position[0] = Math.floor(cell / this.size);
    this.position[1] = cell % this.size;
    this.clock.start();
    return this.observe();
  }

  step(action: number): StepResult {
    this.clock.beforeStep();
    checkAction(this, action);
    let move = action;
    if (this.slip > 0 && this.random!.uniform() < this.slip) move = (action + 1 + this.random!.int(0, 3)) % 4;
    const [dr, dc] = GRID_MOVES[move];
    this.position[0] = Math.min(this.size - 1, Math.max(0, this.position[0] + dr));
    this.position[1] = Math.min(this.size - 1, Math.max(0, this.position[1] + dc));
    const done = this.position[0] === this.goal[0] && this.position[1] === this.goal[1];
    const truncated = this.clock.afterStep(done);
    return { observation: this.observe(), reward: done ? this.goalReward : this.stepReward, done, truncated };
  }
}

function finite(key: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw invalidArgument(`gridWorld: ${key} must be a finite number, got ${String(value)}`);
  return value;
}

/** A grid-world task (see GridWorldOptions). */
export function gridWorld(options: GridWorldOptions = {}): GridWorld {
  return new GridWorld(options);
}
