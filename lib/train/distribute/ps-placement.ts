/**
 * Where a parameter-server job keeps each variable: on one task of the `ps` job, chosen greedily
 * by size (the task holding the fewest bytes so far, as Python's GreedyLoadBalancingStrategy does)
 * or round-robin (replica_device_setter's default). Optimizer slots live beside the variable
 * they belong to, so a slot's update never crosses the network and the slots do not shift the
 * placement of the variables created after them.
 *
 * Every worker builds its own graph, and a variable is shared between workers by its name on the
 * task that holds it: all workers must therefore place every variable on the same task. The
 * policy is a deterministic function of the order and sizes of the variables created, which is
 * the same in every process running the same model code. Slots are not counted, because in
 * synchronous training only the chief builds the optimizer.
 */
import { DType, DTYPE_SIZES, invalidArgument } from '../../core';

export type PlacementPolicy = 'greedy' | 'roundRobin';

/** What the placement sees of a variable being created. */
export interface VariableInfo {
  name: string;
  dtype: DType;
  shape: number[];
}

/** Bytes of a variable (elements × element size; 0 for a shape with an unknown dimension). */
export function variableBytes(info: VariableInfo): number {
  const elements = info.shape.reduce((n, d) => n * Math.max(d, 0), 1);
  return elements * (DTYPE_SIZES[info.dtype] ?? 8);
}

/** Assigns variables to the tasks of a ps job and remembers each choice. */
export class ParameterServerPlacement {
  /** Bytes placed on each task so far (slots included, for the report). */
  readonly bytes: number[];
  private readonly byName = new Map<string, number>();
  private placedCount = 0;
  /** Bytes counted by the policy (slots excluded, see the module comment). */
  private readonly policyBytes: number[];

  constructor(
    /** Number of tasks of the ps job. */
    readonly tasks: number,
    readonly policy: PlacementPolicy = 'greedy',
    readonly job = 'ps',
  ) {
    if (!Number.isInteger(tasks) || tasks < 1)
      throw invalidArgument(`parameter server placement: the "${job}" job needs at least 1 task, got ${tasks}`);
    if (policy !== 'greedy' && policy !== 'roundRobin')
      throw invalidArgument(`parameter server placement: policy must be "greedy" or "roundRobin", got ${JSON.stringify(policy)}`);
    this.bytes = new Array(tasks).fill(0);
    this.policyBytes = new Array(tasks).fill(0);
  }

  /** The device of task `index` of the ps job. */
  device(index: number): string {
    return `/job:${this.job}/task:${index}`;
  }

  /** The task that holds `info` (choosing one the first time the name is seen). */
  place(info: VariableInfo): number {
    const known = this.byName.get(info.name);
    // A variable replaced under the same name (a strategy's state for another task set) stays put.
    if (known !== undefined) return known;
    const owner = this.slotOwner(info.name);
    let task: number;
    if (owner !== undefined) {
      task = owner;
    } else {
      task = this.policy === 'roundRobin' ? this.placedCount % this.tasks : this.lightest();
      this.placedCount++;
      this.policyBytes[task] += variableBytes(info);
    }
    this.bytes[task] += variableBytes(info);
    this.byName.set(info.name, task);
    return task;
  }

  /** The task holding the variable named `name`, if placed. */
  taskOf(name: string): number | undefined {
    return this.byName.get(name);
  }

  /** Variable names by task. */
  assignments(): string[][] {
    const result: string[][] = Array.from({ length: this.tasks }, () => []);
    for (const [name, task] of this.byName) result[task].push(name);
    return result;
  }

  private lightest(): number {
    let best = 0;
    for (let i = 1; i < this.tasks; i++) if (this.policyBytes[i] < this.policyBytes[best]) best = i;
    return best;
  }

  /**
   * The task of the variable a slot belongs to: optimizers name slots
   * `<optimizer>/<variable>/<slot>` (optimizers.ts), after their variable was placed.
   */
  private slotOwner(name: string): number | undefined {
    const parts = name.split('/');
    if (parts.length < 3) return undefined;
    return this.byName.get(parts.slice(1, -1).join('/'));
  }
}
