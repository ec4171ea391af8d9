/**
 * Hard parameter sharing (Caruana, "Multitask Learning", 1997; the "Shared-Bottom" baseline of
 * the MMoE paper, eq. 1): a bottom network f shared by all tasks, then a tower h^k per task;
 * task k's representation is h^k(f(x)). Passing mtl.model a `trunk` does the same without
 * towers; this makes the towers, and the baseline for MMoE/PLE comparisons, explicit.
 */
import { Output, invalidArgument } from '../../core';
import { CallContext, Config, Layer, LayerOptions, serializeLayer, checkOptions } from '../../nn';
import { Architecture, ArchitectureLayer, chain, describe, requireOptions, taskList } from './architecture';

export interface SharedBottomOptions extends LayerOptions {
  /** The shared layers, applied in order. */
  bottom: Layer[];
  /** Each task's tower layers, applied to the bottom's output ([] or absent: the bottom's output itself). */
  towers?: Record<string, Layer[]>;
  /** Task names; default: the keys of `towers`. Tasks without a tower read the bottom's output. */
  tasks?: string[];
}

function layerArray(owner: string, what: string, value: unknown, allowEmpty: boolean): Layer[] {
  if (!Array.isArray(value) || (!allowEmpty && value.length === 0))
    throw invalidArgument(`${owner}: ${what} must be a ${allowEmpty ? '' : 'non-empty '}array of layers, got ${describe(value)}`);
  value.forEach((layer, i) => {
    if (!(layer instanceof Layer)) throw invalidArgument(`${owner}: ${what}[${i}] is not a layer (${describe(layer)})`);
  });
  return value;
}

export class SharedBottom extends ArchitectureLayer {
  readonly bottom: Layer[];
  /** Tower layers per task, in task order. */
  readonly towers: Layer[][];

  /** @internal Use sharedBottom(). */
  constructor(options: SharedBottomOptions) {
    requireOptions('sharedBottom', options);
    checkOptions('sharedBottom', options, ['bottom', 'towers', 'tasks']);
    const towers = options.towers ?? {};
    if (towers === null || typeof towers !== 'object' || Array.isArray(towers))
      throw invalidArgument(`sharedBottom: towers must be an object { task: layers }, got ${describe(towers)}`);
    const tasks = taskList('sharedBottom', options.tasks ?? Object.keys(towers));
    for (const key of Object.keys(towers))
      if (!tasks.includes(key))
        throw invalidArgument(`sharedBottom: towers has "${key}", which is not among the tasks (${tasks.join(', ')})`);
    super(options, 'shared_bottom', tasks, []);
    const owner = `sharedBottom "${this.name}"`;
    this.bottom = layerArray(owner, 'bottom', options.bottom, false);
    this.towers = tasks.map((task) => layerArray(owner, `towers.${task}`, towers[task] ?? [], true));
    const all = [...this.bottom, ...this.towers.flat()];
    const repeated = all.find((layer, i) => all.indexOf(layer) !== i);
    if (repeated)
      throw invalidArgument(`${owner}: layer "${repeated.name}" appears twice in the bottom and towers; give each place its own layer`);
    if (options.trainable === false) this.trainable = false;
  }

  /** Tasks, and the bottom's and each tower's layers as { className, config }. */
  override getConfig(): Config {
    const towers: Config = {};
    this.tasks.forEach((task, k) => (towers[task] = this.towers[k].map(serializeLayer)));
    return { ...super.getConfig(), tasks: [...this.tasks], bottom: this.bottom.map(serializeLayer), towers };
  }

  override sublayers(): Layer[] {
    return [...this.bottom, ...this.towers.flat()];
  }

  protected forward(ctx: CallContext, x: Output): { representations: Output[]; gates: Output[] } {
    const shared = chain(ctx, this.name, this.bottom, x);
    return { representations: this.towers.map((tower) => chain(ctx, this.name, tower, shared)), gates: [] };
  }
}

/**
 * Shared bottom with task towers:
 *
 *   mtl.architectures.sharedBottom({ bottom: [layers.dense({ units: 64, activation: 'relu' })],
 *     towers: { a: [layers.dense({ units: 8, activation: 'relu' })], b: [...] } }).apply(x)
 */
export function sharedBottom(options: SharedBottomOptions): Architecture<SharedBottom> {
  return new Architecture(new SharedBottom(options));
}
