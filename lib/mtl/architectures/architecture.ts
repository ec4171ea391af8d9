/**
 * What every multi-task architecture is: one multi-output layer whose outputs are the
 * per-task representations (in task order) followed by its gates (if it has any), and a
 * small wrapper whose `apply` maps those outputs to task names, ready for mtl.model's
 * `representations`. One layer, not a bundle of loose ones, so that the model's layer
 * list, freezing (`trainable`) and weights see the architecture as a unit.
 */
import { Graph, Output, invalidArgument, formatShape } from '../../core';
import * as ops from '../../ops';
import { CallContext, Layer, LayerOptions, SymbolicTensor, Variable } from '../../nn';

/** The per-task representations and the gate outputs ([batch, experts] softmax weights) by name. */
export interface ArchitectureOutputs {
  representations: Record<string, SymbolicTensor>;
  gates: Record<string, SymbolicTensor>;
}

/** The layer behind an architecture: outputs are `tasks` representations, then `gateNames` gates. */
export abstract class ArchitectureLayer extends Layer {
  /** Task names, in the order of the representation outputs. */
  readonly tasks: readonly string[];
  /** Gate names (e.g. "a", "shared", "level_0/a"), in the order of the gate outputs. */
  readonly gateNames: readonly string[];

  protected constructor(options: LayerOptions, defaultName: string, tasks: string[], gateNames: string[]) {
    super(options, defaultName);
    this.tasks = tasks;
    this.gateNames = gateNames;
  }

  /** Builds the architecture on one input: one representation per task, one softmax output per gate. */
  protected abstract forward(ctx: CallContext, x: Output): { representations: Output[]; gates: Output[] };

  protected call(ctx: CallContext, [x]: Output[]): Output[] {
    const { representations, gates } = this.forward(ctx, x);
    if (representations.length !== this.tasks.length || gates.length !== this.gateNames.length) {
      throw invalidArgument(
        `${this.name}: built ${representations.length} representations and ${gates.length} gates, expected ${this.tasks.length} and ${this.gateNames.length}`,
      );
    }
    if (ctx.training) reportGateMeans(ctx, this.name, this.gateNames, gates);
    return [...representations, ...gates];
  }
}

/**
 * Gate utilisation: each gate's weight of each expert averaged over the batch, reported every
 * training step as "gate/<layer>/<gate>/expert_<e>" (experts in the order the gate weighs them).
 * One Mean and one Unpack per gate; the trainer packs every step log into a single fetch.
 */
function reportGateMeans(ctx: CallContext, owner: string, names: readonly string[], gates: Output[]): void {
  const graph = ctx.graph;
  gates.forEach((gate, g) => {
    const experts = gate.shape?.[1];
    if (experts === undefined || experts < 1) return;
    const perExpert = graph.withNameScope(`gate_means/${names[g]}`, () =>
      ops.unpack(ops.mean(gate, ops.constant(graph, [0], 'int32')), { num: experts, axis: 0 }),
    );
    perExpert.forEach((mean, e) => ctx.state.stepLogs.set(`gate/${owner}/${names[g]}/expert_${e}`, mean));
  });
}

/** A multi-task architecture: `apply(x)` gives one symbolic representation per task. */
export class Architecture<L extends ArchitectureLayer = ArchitectureLayer> {
  constructor(readonly layer: L) {}

  get name(): string {
    return this.layer.name;
  }

  get tasks(): readonly string[] {
    return this.layer.tasks;
  }

  get gateNames(): readonly string[] {
    return this.layer.gateNames;
  }

  /** One representation per task, by task name (for mtl.model's `representations`). */
  apply(x: SymbolicTensor): Record<string, SymbolicTensor> {
    return this.applyWithGates(x).representations;
  }

  /**
   * The representations and, for diagnostics, the gates' softmax outputs ([batch, experts]).
   * Gates cost nothing extra: they are computed for the representations anyway, and a model
   * only runs the ones it outputs.
   */
  applyWithGates(x: SymbolicTensor): ArchitectureOutputs {
    if (Array.isArray(x)) throw invalidArgument(`${this.name}: takes one input tensor, got an array (concatenate the inputs first)`);
    const outputs = this.layer.apply(x, { multiOutput: true });
    const representations: Record<string, SymbolicTensor> = {};
    const gates: Record<string, SymbolicTensor> = {};
    this.tasks.forEach((task, i) => (representations[task] = outputs[i]));
    this.gateNames.forEach((gate, i) => (gates[gate] = outputs[this.tasks.length + i]));
    return { representations, gates };
  }

  /** The architecture's variables in `graph` (experts, gates, towers, cross-stitch units). */
  weights(graph: Graph): Variable[] {
    return this.layer.weights(graph);
  }

  /** The architecture's options as plain JSON (its layer's config; see architectures.get). */
  getConfig(): Record<string, unknown> {
    return this.layer.getConfig();
  }

  get className(): string {
    return this.layer.className;
  }

  get trainable(): boolean {
    return this.layer.trainable;
  }
  set trainable(value: boolean) {
    this.layer.trainable = value;
  }
}

// Task names become parts of layer and variable names ("mmoe/gate_<task>/kernel"), so they
// follow the layer-name alphabet, without "/" so a name maps back to one task.
const TASK_NAME = /^[A-Za-z0-9_.-]+$/;

/** Checks `tasks`: an array of at least `min` distinct names usable in variable names. */
export function taskList(kind: string, tasks: unknown, options: { min?: number; reserved?: string[] } = {}): string[] {
  const min = options.min ?? 1;
  if (!Array.isArray(tasks)) throw invalidArgument(`${kind}: tasks must be an array of task names, got ${describe(tasks)}`);
  if (tasks.length < min) throw invalidArgument(`${kind}: needs at least ${min} task${min === 1 ? '' : 's'}, got ${tasks.length}`);
  tasks.forEach((task, i) => {
    if (typeof task !== 'string' || !TASK_NAME.test(task)) {
      throw invalidArgument(
        `${kind}: task ${i} must be a name of letters, digits, _ . - (it becomes part of variable names), got ${JSON.stringify(task)}`,
      );
    }
    if (tasks.indexOf(task) !== i) throw invalidArgument(`${kind}: task "${task}" is listed twice`);
    if (options.reserved?.includes(task))
      throw invalidArgument(`${kind}: "${task}" cannot be a task name here (it names the shared experts)`);
  });
  return [...tasks];
}

/** Throws unless `options` is a plain object (before reading its fields). */
export function requireOptions(kind: string, options: unknown): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw invalidArgument(`${kind}: needs an options object, got ${describe(options)}`);
  }
}

/** Builds `layers` one after another on `x`, each required to have a single output. */
export function chain(ctx: CallContext, owner: string, layers: readonly Layer[], x: Output): Output {
  let h = x;
  for (const layer of layers) {
    const out = layer.invoke(ctx, [h]);
    if (out.length !== 1) throw invalidArgument(`${owner}: layer "${layer.name}" has ${out.length} outputs; each layer here must have one`);
    h = out[0];
  }
  return h;
}

/** A static shape as text ("[null, 16]"). */
export function shapeText(output: Output): string {
  const shape = output.shape;
  return formatShape(shape);
}

export function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
