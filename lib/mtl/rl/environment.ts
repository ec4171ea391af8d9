/**
 * The environment contract (Gymnasium's, in TypeScript): an environment is a plain object with
 * declared spaces, `reset(seed?)` and `step(action)`, so users add their own by writing one.
 * `done` means the episode reached a terminal state (Gymnasium's `terminated`: no value after
 * it); `truncated` means it was cut short (a time limit: the next state still has a value).
 * Helpers here check what an environment gives back, so a bad environment fails with its name.
 */
import { failedPrecondition, invalidArgument } from '../../core';

/** Actions 0..n-1. */
export interface DiscreteSpace {
  kind: 'discrete';
  n: number;
}

/** Real vectors of `shape` between `low` and `high` (±Infinity allowed), element by element. */
export interface BoxSpace {
  kind: 'box';
  shape: number[];
  low: number[];
  high: number[];
}

export interface StepResult {
  /** The next observation (the final one when the episode ended). */
  observation: Float32Array;
  reward: number;
  /** The episode reached a terminal state (no bootstrapping past it). */
  done: boolean;
  /** The episode was cut short (time limit); its last state still has a value. */
  truncated: boolean;
}

export interface Environment {
  /** Names the environment in errors and reports ("cartpole(poleLength=1)"). */
  readonly name: string;
  readonly observationSpace: BoxSpace;
  readonly actionSpace: DiscreteSpace;
  /** Starts an episode; a seed reseeds the environment's generator (later resets continue it). */
  reset(seed?: number): Float32Array;
  step(action: number): StepResult;
}

/** A box space of one axis; `low`/`high` a number (every element) or one per element. */
export function box(size: number, low: number | number[], high: number | number[]): BoxSpace {
  if (!Number.isInteger(size) || size < 1) throw invalidArgument(`box: size must be a positive integer, got ${size}`);
  const list = (v: number | number[]) => (Array.isArray(v) ? [...v] : new Array<number>(size).fill(v));
  const space: BoxSpace = { kind: 'box', shape: [size], low: list(low), high: list(high) };
  if (space.low.length !== size || space.high.length !== size) throw invalidArgument(`box: low and high need ${size} elements`);
  return space;
}

export function discrete(n: number): DiscreteSpace {
  if (!Number.isInteger(n) || n < 1) throw invalidArgument(`discrete: n must be a positive integer, got ${n}`);
  return { kind: 'discrete', n };
}

/** Elements per observation. */
export function observationSize(space: BoxSpace): number {
  return space.shape.reduce((a, b) => a * b, 1);
}

/** Refuses an action that is not an integer in [0, n) (NaN, 1.5, -1, n, a string...). */
export function checkAction(env: { name: string; actionSpace: DiscreteSpace }, action: unknown): number {
  const n = env.actionSpace.n;
  if (typeof action !== 'number' || !Number.isInteger(action) || action < 0 || action >= n) {
    throw invalidArgument(
      `environment "${env.name}": action ${typeof action === 'number' ? action : (JSON.stringify(action) ?? String(action))} is not an integer in [0, ${n})`,
    );
  }
  return action;
}

/** Refuses a malformed environment object before anything runs. */
export function checkEnvironment(env: unknown, what: string): Environment {
  const e = env as Environment;
  if (!e || typeof e !== 'object')
    throw invalidArgument(`${what}: not an environment (an object with reset, step, observationSpace and actionSpace)`);
  const name = typeof e.name === 'string' ? e.name : what;
  if (typeof e.reset !== 'function' || typeof e.step !== 'function')
    throw invalidArgument(`environment "${name}": needs reset(seed?) and step(action) methods`);
  const o = e.observationSpace;
  if (!o || o.kind !== 'box' || !Array.isArray(o.shape) || o.shape.some((d) => !Number.isInteger(d) || d < 1)) {
    throw invalidArgument(`environment "${name}": observationSpace must be a box with a shape of positive sizes`);
  }
  const a = e.actionSpace;
  if (!a || a.kind !== 'discrete' || !Number.isInteger(a.n) || a.n < 1)
    throw invalidArgument(`environment "${name}": actionSpace must be discrete with n >= 1 actions`);
  return e;
}

/** Checks an observation: a Float32Array (or number array) of the declared size, every value finite. */
export function checkObservation(env: Environment, value: unknown, where: string): Float32Array {
  const size = observationSize(env.observationSpace);
  const array = value instanceof Float32Array ? value : Array.isArray(value) ? Float32Array.from(value as number[]) : null;
  if (!array)
    throw invalidArgument(
      `environment "${env.name}": ${where} returned ${describe(value)} as observation (expected a Float32Array of ${size})`,
    );
  if (array.length !== size)
    throw invalidArgument(
      `environment "${env.name}": ${where} returned an observation of ${array.length} values, the observation space has ${size}`,
    );
  for (let i = 0; i < size; i++) {
    if (!Number.isFinite(array[i]))
      throw invalidArgument(
        `environment "${env.name}": ${where} returned observation element ${i} = ${array[i]} (observations must be finite)`,
      );
  }
  return array;
}

/** Checks a step result: finite reward, boolean flags, a valid observation. */
export function checkStep(env: Environment, result: unknown): StepResult {
  const r = result as StepResult;
  if (!r || typeof r !== 'object')
    throw invalidArgument(
      `environment "${env.name}": step returned ${describe(result)} (expected { observation, reward, done, truncated })`,
    );
  if (typeof r.reward !== 'number' || !Number.isFinite(r.reward))
    throw invalidArgument(`environment "${env.name}": step returned reward ${String(r.reward)} (rewards must be finite numbers)`);
  if (typeof r.done !== 'boolean' || typeof r.truncated !== 'boolean')
    throw invalidArgument(
      `environment "${env.name}": step must return boolean done and truncated, got ${describe(r.done)} and ${describe(r.truncated)}`,
    );
  return { observation: checkObservation(env, r.observation, 'step'), reward: r.reward, done: r.done, truncated: r.truncated };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'an object';
  return `${typeof value} ${String(value)}`;
}

/**
 * The episode bookkeeping every built-in environment shares: a step before reset or after the
 * episode ended is an error (Gymnasium only warns; silently stepping a finished episode corrupts
 * returns), and episodes are truncated at `maxSteps`.
 */
export class EpisodeClock {
  private steps = 0;
  private state: 'new' | 'running' | 'ended' = 'new';

  constructor(
    private readonly envName: () => string,
    readonly maxSteps: number,
  ) {
    if (!Number.isInteger(maxSteps) || maxSteps < 1) throw invalidArgument(`maxEpisodeSteps must be a positive integer, got ${maxSteps}`);
  }

  start(): void {
    this.steps = 0;
    this.state = 'running';
  }

  /** Call at the start of step(). */
  beforeStep(): void {
    if (this.state === 'new') throw failedPrecondition(`environment "${this.envName()}": step called before reset`);
    if (this.state === 'ended')
      throw failedPrecondition(
        `environment "${this.envName()}": step called after the episode ended (done or truncated); call reset first`,
      );
  }

  /** Call at the end of step() with whether it terminated; returns whether the step truncates the episode. */
  afterStep(done: boolean): boolean {
    this.steps++;
    const truncated = !done && this.steps >= this.maxSteps;
    if (done || truncated) this.state = 'ended';
    return truncated;
  }

  get elapsed(): number {
    return this.steps;
  }
}

/** A physical parameter of environment `env` (or its default), checked to be a positive finite number. */
export function positiveParameter(env: string, key: string, value: unknown, fallback: number): number {
  const x = value ?? fallback;
  if (typeof x !== 'number' || !(x > 0) || !Number.isFinite(x))
    throw invalidArgument(`${env}: ${key} must be a positive finite number, got ${String(x)}`);
  return x;
}
