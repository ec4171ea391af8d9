/**
 * Task batches as users hand them over (nested arrays or typed arrays), checked and packed into
 * the [tasks, examples, ...] tensors a meta-learning program feeds.
 */
import { Tensor, invalidArgument, nestedArrayShape } from '../../core';

/** Values of one split: a nested array [n, ...shape] or a flat typed/plain array of n·size values. */
export type TaskValues = Float32Array | Float64Array | Int32Array | ArrayLike<number> | unknown[];

/** Inputs and targets of one split of a task. */
export interface TaskSplit {
  /** [n, ...inputShape] inputs. */
  x: TaskValues;
  /** [n, ...outputShape] float targets, or [n] int class ids for cross-entropy. */
  y: TaskValues;
}

/** One task: the support set to adapt on and the query set the adapted learner is judged on. */
export interface Task {
  support: TaskSplit;
  query: TaskSplit;
}

/** Draws task number `index` of a run (new random task each call). */
export type TaskSampler = (index: number) => Task | Promise<Task>;

/** What a target looks like: float values of `shape` per example, or one class id in [0, classes). */
export type TargetSpec = { kind: 'float'; shape: number[] } | { kind: 'class'; classes: number };

export interface PackedSplit {
  x: Float32Array;
  y: Float32Array | Int32Array;
  /** Examples per task. */
  count: number;
}

function flatten(values: unknown, what: string): { flat: number[] | ArrayLike<number>; shape: number[] | null } {
  if (ArrayBuffer.isView(values)) return { flat: values as unknown as ArrayLike<number>, shape: null };
  if (!Array.isArray(values))
    throw invalidArgument(`${what} must be an array or a typed array, got ${values === null ? 'null' : typeof values}`);
  const shape = nestedArrayShape(values, what);
  const flat = values.flat(Infinity) as number[];
  return { flat, shape };
}

function exampleCount(what: string, length: number, shape: number[] | null, exampleShape: number[]): number {
  const size = exampleShape.reduce((a, b) => a * b, 1);
  if (shape !== null && shape.length > 1) {
    const given = shape.slice(1);
    if (given.length !== exampleShape.length || given.some((d, i) => d !== exampleShape[i])) {
      throw invalidArgument(`${what} has shape [${shape.join(', ')}], expected [n, ${exampleShape.join(', ')}]`);
    }
    return shape[0];
  }
  if (length % size !== 0)
    throw invalidArgument(`${what} has ${length} values, not a whole number of examples of shape [${exampleShape.join(', ')}]`);
  return length / size;
}

/** Checks one split against the learner's shapes; returns its values as float32 / int32. */
export function packSplit(split: TaskSplit | undefined, what: string, inputShape: number[], target: TargetSpec): PackedSplit {
  if (!split || typeof split !== 'object') throw invalidArgument(`${what} is missing (a task is { support: { x, y }, query: { x, y } })`);
  if (split.x === undefined || split.y === undefined) throw invalidArgument(`${what} needs both x and y`);
  const xs = flatten(split.x, `${what} x`);
  const count = exampleCount(`${what} x`, xs.flat.length, xs.shape, inputShape);
  if (count === 0) throw invalidArgument(`${what} has no examples`);
  const x = new Float32Array(xs.flat.length);
  for (let i = 0; i < x.length; i++) {
    const v = xs.flat[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw invalidArgument(`${what} x value ${i} is ${String(v)}, not a finite number`);
    x[i] = v;
  }
  const ys = flatten(split.y, `${what} y`);
  if (target.kind === 'class') {
    if (ys.shape !== null && ys.shape.length > 1)
      throw invalidArgument(`${what} y has shape [${ys.shape.join(', ')}]; cross-entropy takes one class id per example, shape [${count}]`);
    if (ys.flat.length !== count) throw invalidArgument(`${what}: x holds ${count} examples but y holds ${ys.flat.length} labels`);
    const y = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const v = ys.flat[i];
      if (!(typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < target.classes))
        throw invalidArgument(`${what} y value ${i} is ${String(v)}, not a class id in [0, ${target.classes})`);
      y[i] = v;
    }
    return { x, y, count };
  }
  const yCount = exampleCount(`${what} y`, ys.flat.length, ys.shape, target.shape);
  if (yCount !== count) throw invalidArgument(`${what}: x holds ${count} examples but y holds ${yCount}`);
  const y = new Float32Array(ys.flat.length);
  for (let i = 0; i < y.length; i++) {
    const v = ys.flat[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw invalidArgument(`${what} y value ${i} is ${String(v)}, not a finite number`);
    y[i] = v;
  }
  return { x, y, count };
}

/** A meta-batch packed as tensors [tasks, n, ...]; every task must have the same support and query sizes. */
export interface PackedBatch {
  tasks: number;
  support: number;
  query: number;
  tensors: { supportX: Tensor; supportY: Tensor; queryX: Tensor; queryY: Tensor };
}

/** Checks and packs `tasks` (owner names the caller in errors). The caller disposes the tensors. */
export function packTasks(owner: string, tasks: Task[], inputShape: number[], target: TargetSpec): PackedBatch {
  if (!Array.isArray(tasks) || tasks.length === 0) throw invalidArgument(`${owner}: expected a non-empty array of tasks`);
  const packed = tasks.map((task, i) => {
    if (!task || typeof task !== 'object')
      throw invalidArgument(`${owner}: task ${i} is ${task === null ? 'null' : typeof task}, not { support: { x, y }, query: { x, y } }`);
    return {
      support: packSplit(task.support, `${owner}: task ${i} support`, inputShape, target),
      query: packSplit(task.query, `${owner}: task ${i} query`, inputShape, target),
    };
  });
  const first = packed[0];
  packed.forEach((p, i) => {
    if (p.support.count !== first.support.count)
      throw invalidArgument(
        `${owner}: task ${i} support has ${p.support.count} examples but task 0 has ${first.support.count} (a meta-batch needs equal sizes)`,
      );
    if (p.query.count !== first.query.count)
      throw invalidArgument(
        `${owner}: task ${i} query has ${p.query.count} examples but task 0 has ${first.query.count} (a meta-batch needs equal sizes)`,
      );
  });
  const n = tasks.length;
  const yShape = (count: number) => (target.kind === 'class' ? [n, count] : [n, count, ...target.shape]);
  const join = <T extends Float32Array | Int32Array>(parts: T[], make: (length: number) => T): T => {
    const out = make(parts.reduce((a, p) => a + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  };
  const yDtype = target.kind === 'class' ? 'int32' : 'float32';
  const makeY = (length: number) => (target.kind === 'class' ? new Int32Array(length) : new Float32Array(length));
  const tensors = {
    supportX: Tensor.from(
      join(
        packed.map((p) => p.support.x),
        (l) => new Float32Array(l),
      ),
      { dtype: 'float32', shape: [n, first.support.count, ...inputShape] },
    ),
    supportY: Tensor.from(
      join(
        packed.map((p) => p.support.y),
        makeY as (l: number) => Float32Array,
      ),
      { dtype: yDtype, shape: yShape(first.support.count) },
    ),
    queryX: Tensor.from(
      join(
        packed.map((p) => p.query.x),
        (l) => new Float32Array(l),
      ),
      { dtype: 'float32', shape: [n, first.query.count, ...inputShape] },
    ),
    queryY: Tensor.from(
      join(
        packed.map((p) => p.query.y),
        makeY as (l: number) => Float32Array,
      ),
      { dtype: yDtype, shape: yShape(first.query.count) },
    ),
  };
  return { tasks: n, support: first.support.count, query: first.query.count, tensors };
}
