/**
 * Cross-stitch networks (Misra et al., "Cross-stitch Networks for Multi-task Learning",
 * CVPR 2016): one column (network) per task, all of the same structure, and after each layer l
 * a cross-stitch unit that mixes the columns' activations with a learned K×K matrix α^l:
 * x̃_k = Σ_j α^l_kj x_j, elementwise over the activation. Section 5.2 of the paper initialises
 * α as a convex combination, α_same on the diagonal and α_different off it, and finds
 * (α_same, α_different) = (0.9, 0.1) best; for K tasks we keep the rows summing to one with
 * α_other = (1 − α_same)/(K − 1).
 *
 * The paper also scales the α learning rate up (by 10²–10³) relative to the columns; hydra-tf's
 * optimizers have one learning rate, so α trains at the columns' rate here.
 */
import { Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import {
  CallContext,
  Config,
  Dense,
  Layer,
  LayerOptions,
  initializers,
  serializeLayer,
  ActivationLike,
  getActivation,
  InitializerLike,
  activationConfig,
  checkOptions,
  initializerConfig,
  positiveInt,
} from '../../nn';
import { Architecture, ArchitectureLayer, describe, requireOptions, shapeText, taskList } from './architecture';

export interface CrossStitchOptions extends LayerOptions {
  /** Task names, one column each (at least two). */
  tasks: string[];
  /** Dense columns: the units of each layer, e.g. [64, 32] (or give `column`). */
  units?: number[];
  /** Activation of the dense columns' layers (default "relu"). */
  activation?: ActivationLike;
  kernelInitializer?: InitializerLike;
  biasInitializer?: InitializerLike;
  /**
   * A custom column: called once per task, returns that column's fresh layers (the same
   * structure for every task; a cross-stitch unit follows each layer). Name them under `name`.
   */
  column?: (spec: { task: string; name: string; index: number }) => Layer[];
  /** α's diagonal at initialisation (default 0.9, the paper's best). */
  alphaSame?: number;
  /** α's off-diagonal at initialisation (default (1 − alphaSame)/(K − 1), rows summing to one). */
  alphaOther?: number;
}

const KNOWN = ['tasks', 'units', 'activation', 'kernelInitializer', 'biasInitializer', 'column', 'alphaSame', 'alphaOther'];

export class CrossStitch extends ArchitectureLayer {
  /** columns[k][l]: task k's layer l. */
  readonly columns: Layer[][];
  /** α at initialisation, row-major K×K. */
  readonly initialAlpha: number[];
  private readonly options: CrossStitchOptions;

  /** @internal Use crossStitch(). */
  constructor(options: CrossStitchOptions) {
    requireOptions('crossStitch', options);
    checkOptions('crossStitch', options, KNOWN);
    const tasks = taskList('crossStitch', options.tasks, { min: 2 });
    super(options, 'cross_stitch', tasks, []);
    const owner = `crossStitch "${this.name}"`;
    this.columns = tasks.map((task, index) => this.makeColumn(owner, options, task, index));
    const depth = this.columns[0].length;
    this.columns.forEach((column, k) => {
      if (column.length !== depth)
        throw invalidArgument(
          `${owner}: every column needs the same number of layers, but "${tasks[0]}" has ${depth} and "${tasks[k]}" has ${column.length}`,
        );
    });
    const all = this.columns.flat();
    const shared = all.find((layer, i) => all.indexOf(layer) !== i);
    if (shared)
      throw invalidArgument(
        `${owner}: layer "${shared.name}" appears twice; each column needs its own layers (make them in the column factory)`,
      );
    const K = tasks.length;
    const same = options.alphaSame ?? 0.9;
    const other = options.alphaOther ?? (1 - same) / (K - 1);
    for (const [key, value] of [
      ['alphaSame', same],
      ['alphaOther', other],
    ] as const) {
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw invalidArgument(`${owner}: ${key} must be a finite number, got ${JSON.stringify(value)}`);
    }
    this.initialAlpha = Array.from({ length: K * K }, (_, i) => (Math.floor(i / K) === i % K ? same : other));
    this.options = options;
    if (options.trainable === false) this.trainable = false;
  }

  private makeColumn(owner: string, options: CrossStitchOptions, task: string, index: number): Layer[] {
    const name = `${this.name}/column_${task}`;
    if (options.column !== undefined) {
      if (typeof options.column !== 'function')
        throw invalidArgument(`${owner}: column must be a function ({ task, name, index }) => Layer[]`);
      const clash = (['units', 'activation', 'kernelInitializer', 'biasInitializer'] as const).filter((k) => options[k] !== undefined);
      if (clash.length)
        throw invalidArgument(
          `${owner}: ${clash.join(', ')} configure the default dense columns; with a column factory, set them on the layers it makes`,
        );
      const layers = options.column({ task, name, index });
      if (!Array.isArray(layers) || layers.length === 0)
        throw invalidArgument(
          `${owner}: the column factory must return a non-empty array of layers for task "${task}", got ${describe(layers)}`,
        );
      layers.forEach((layer, i) => {
        if (!(layer instanceof Layer)) throw invalidArgument(`${owner}: column "${task}" element ${i} is not a layer`);
      });
      return layers;
    }
    if (!Array.isArray(options.units) || options.units.length === 0) {
      throw invalidArgument(
        `${owner}: units must be a non-empty array of layer sizes (e.g. [32, 16]), or give a column factory; got ${JSON.stringify(options.units)}`,
      );
    }
    getActivation(options.activation ?? 'relu', owner);
    return options.units.map(
      (units, i) =>
        new Dense({
          name: `${name}/dense${i === 0 ? '' : `_${i}`}`,
          units: positiveInt(owner, `units[${i}]`, units),
          activation: options.activation ?? 'relu',
          kernelInitializer: options.kernelInitializer,
          biasInitializer: options.biasInitializer,
        }),
    );
  }

  /** Tasks, α at initialisation, and the dense columns' options or, for a column factory, each column's layers. */
  override getConfig(): Config {
    const K = this.tasks.length;
    const config: Config = {
      ...super.getConfig(),
      tasks: [...this.tasks],
      alphaSame: this.initialAlpha[0],
      alphaOther: this.initialAlpha[1 % (K * K)],
    };
    if (this.options.column) {
      const columns: Config = {};
      this.tasks.forEach((task, k) => (columns[task] = this.columns[k].map(serializeLayer)));
      config.columnLayers = columns;
    } else {
      config.units = [...(this.options.units as number[])];
      config.activation = activationConfig(this.name, 'activation', this.options.activation, 'relu');
      config.kernelInitializer = initializerConfig(this.name, 'kernelInitializer', this.options.kernelInitializer, 'glorotUniform');
      config.biasInitializer = initializerConfig(this.name, 'biasInitializer', this.options.biasInitializer, 'zeros');
    }
    return config;
  }

  override sublayers(): Layer[] {
    return this.columns.flat();
  }

  protected override build(ctx: CallContext): void {
    const K = this.tasks.length;
    for (let l = 0; l < this.columns[0].length; l++) {
      this.addWeight(ctx, `stitch_${l}/alpha`, [K, K], { initializer: initializers.constant(this.initialAlpha) });
    }
  }

  protected forward(ctx: CallContext, x: Output): { representations: Output[]; gates: Output[] } {
    const K = this.tasks.length;
    let activations = this.tasks.map(() => x);
    for (let l = 0; l < this.columns[0].length; l++) {
      activations = this.columns.map((column, k) => {
        const out = column[l].invoke(ctx, [activations[k]]);
        if (out.length !== 1)
          throw invalidArgument(`${this.name}: layer "${column[l].name}" has ${out.length} outputs; column layers must have one`);
        return out[0];
      });
      const first = shapeText(activations[0]);
      activations.forEach((a, k) => {
        if (shapeText(a) !== first) {
          throw invalidArgument(
            `${this.name}: a cross-stitch unit mixes same-shaped activations, but after layer ${l} column "${this.tasks[0]}" gives ${first} and "${this.tasks[k]}" gives ${shapeText(a)}`,
          );
        }
      });
      const alpha = this.weight(ctx.graph, `stitch_${l}/alpha`)!;
      activations = ctx.graph.withNameScope(`stitch_${l}`, () => {
        // [K, batch, ...] → [K, batch·…], α·that, and back: one matmul mixes every element.
        const stacked = ops.pack(activations, { axis: 0 });
        const flat = ops.reshape(stacked, ops.constant(ctx.graph, [K, -1], 'int32'));
        const mixed = ops.reshape(ops.matMul(alpha.read(), flat), ops.shape(stacked, { outType: 'int32' }));
        return ops.unpack(mixed, { num: K, axis: 0 });
      });
    }
    return { representations: activations, gates: [] };
  }
}

/**
 * Cross-stitch: a column per task with a learned K×K mix after every layer. Variables
 * "<name>/column_<task>/dense[_i]/{kernel,bias}" and "<name>/stitch_<l>/alpha" [K, K].
 *
 *   mtl.architectures.crossStitch({ tasks: ['depth', 'normals'], units: [64, 32] }).apply(x)
 */
export function crossStitch(options: CrossStitchOptions): Architecture<CrossStitch> {
  return new Architecture(new CrossStitch(options));
}
