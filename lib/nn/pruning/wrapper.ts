/**
 * PruneLowMagnitude: wraps a layer and prunes chosen weights (its kernel by default) by
 * magnitude on a sparsity schedule (tfmot's prune_low_magnitude).
 *
 * Each pruned weight gets a mask variable ("<wrapper>/kernel_mask", ones at first, checkpointed
 * with the model). Reads of the weight return weight·mask (a reparametrisation of the variable,
 * see Variable.readTransform), so the forward pass uses the masked kernel, gradients reach only
 * the kept weights, and checkpoints, getWeights and exported SavedModels hold the masked values.
 *
 * Each training step reports the achieved sparsity of each pruned weight as the step log
 * "pruning/<weight>/sparsity" (history, TensorBoard).
 *
 * In a training build, the step's mask update comes first: when the schedule says so for this
 * step (tfmot's 1-based pruning step: the step counter + 1), an `If` op keeps the
 * k = max(1, round(n·(1 − sparsity))) weights of largest |weight·mask| (round half to even, in
 * float32, as tfmot) and zeroes the others, in the mask and in the stored weight. The k are
 * TopKV2's: a tie at the threshold goes to the lower flat index, so exactly n − k weights are
 * zero (tfmot keeps every weight tied with the threshold, so it can keep more). The forward
 * pass reads the weight and mask after that update.
 *
 * Graphs with only inference builds (an export) get no mask at all: there the weight is a plain
 * variable, which the exporter fills with the masked values of the training runtime.
 */
import { DType, Graph, Operation, Output, invalidArgument } from '../../core';
import * as ops from '../../ops';
import { CallContext, Layer, LayerOptions } from '../layer';
import { Config, NameOrConfig } from '../config';
import { checkOptions } from '../options';
import { getLayer, registerLayer, serializeLayer } from '../layers/registry';
import { Variable } from '../variable';
import { PruningSchedule, getSchedule, serializeSchedule } from './schedules';

export interface PruneLowMagnitudeOptions extends LayerOptions {
  /** The layer to prune (or its { className, config }). Its own name and variable names stay. */
  layer: Layer | NameOrConfig;
  /** When and how much to prune (pruning.constantSparsity / polynomialDecay, or their config). */
  schedule: PruningSchedule | NameOrConfig;
  /** The layer's weights to prune, by their name in the layer (default ["kernel"]). */
  weights?: string[];
}

/** A pruned weight and its mask in one graph. */
interface Pruned {
  weight: Variable;
  mask: Variable;
}

/** The masks of one graph, and the mask update of the training build being made (if any). */
interface GraphMasks {
  pruned: Pruned[];
  pendingUpdate: Operation | null;
}

export class PruneLowMagnitude extends Layer {
  /** The wrapped layer. */
  readonly layer: Layer;
  readonly schedule: PruningSchedule;
  /** Names (in the wrapped layer) of the pruned weights. */
  readonly prunedWeights: string[];
  private readonly masks = new WeakMap<Graph, GraphMasks>();

  constructor(options: PruneLowMagnitudeOptions) {
    checkOptions('pruneLowMagnitude', options, ['layer', 'schedule', 'weights']);
    if (options?.layer === undefined)
      throw invalidArgument('pruneLowMagnitude: give the layer to prune as { layer: layers.dense({ units }) }');
    const layer = getLayer(options.layer);
    super(options, `prune_low_magnitude_${layer.name}`);
    const kind = `pruneLowMagnitude "${this.name}"`;
    if (layer instanceof PruneLowMagnitude) throw invalidArgument(`${kind}: layer "${layer.name}" is already pruned`);
    if (options.schedule === undefined)
      throw invalidArgument(`${kind}: give a schedule (pruning.constantSparsity({ ... }) or pruning.polynomialDecay({ ... }))`);
    this.schedule = getSchedule(options.schedule, `${kind}: schedule`);
    const weights = options.weights ?? ['kernel'];
    if (
      !Array.isArray(weights) ||
      weights.length === 0 ||
      weights.some((w) => typeof w !== 'string' || w === '') ||
      new Set(weights).size !== weights.length
    ) {
      throw invalidArgument(
        `${kind}: weights must be a non-empty list of distinct weight names (e.g. ["kernel"]), got ${JSON.stringify(options.weights)}`,
      );
    }
    this.prunedWeights = [...weights];
    this.layer = layer;
  }

  override getConfig(): Config {
    return {
      ...super.getConfig(),
      layer: serializeLayer(this.layer),
      schedule: serializeSchedule(this.schedule, `pruneLowMagnitude "${this.name}": schedule`),
      weights: [...this.prunedWeights],
    };
  }

  override sublayers(): Layer[] {
    return [this.layer];
  }

  protected override expectedInputs(): number | undefined {
    // The wrapped layer checks its own inputs.
    return undefined;
  }

  protected call(ctx: CallContext, inputs: Output[]): Output[] {
    this.layer.buildOnce(
      ctx,
      inputs.map((input) => input.shape),
    );
    let masks = this.masks.get(ctx.graph);
    if (!masks && ctx.training) masks = this.createMasks(ctx);
    if (masks && ctx.training) {
      const update = this.buildMaskUpdate(ctx, masks.pruned);
      masks.pendingUpdate = update;
      // The achieved sparsity after this step's update, in the step logs (history, TensorBoard).
      for (const { weight, mask } of masks.pruned) {
        const current = ctx.graph.withControlDependencies([update], () => mask.read());
        const kept = ops.mean(ops.reshape(current, ops.constant(ctx.graph, [-1], 'int32')), ops.constant(ctx.graph, 0, 'int32'));
        ctx.state.stepLogs.set(
          `pruning/${weight.name}/sparsity`,
          ops.sub(ops.constant(ctx.graph, 1, weight.dtype as DType), kept, { name: 'sparsity' }),
        );
      }
    }
    try {
      return this.layer.invoke(ctx, inputs);
    } finally {
      if (masks) masks.pendingUpdate = null;
    }
  }

  /** The wrapped layer's variable for weight `name` in `graph`. */
  private innerWeight(graph: Graph, name: string): Variable {
    // Exactly "<layer>/<name>", or "<layer>/<name>_<n>" in the scratch graph, which renames duplicates.
    const full = new RegExp(`^${`${this.layer.name}/${name}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(_\\d+)?$`);
    const found = this.layer.weights(graph).find((v) => full.test(v.name));
    if (!found) {
      const own = this.layer.weights(graph).map((v) => v.name.slice(this.layer.name.length + 1));
      throw invalidArgument(
        `pruneLowMagnitude "${this.name}": layer "${this.layer.name}" has no weight "${name}" (its weights: ${own.join(', ') || 'none'})`,
      );
    }
    if (!found.dtype.startsWith('float'))
      throw invalidArgument(`pruneLowMagnitude "${this.name}": weight "${found.name}" is ${found.dtype}, not a float`);
    return found;
  }

  private createMasks(ctx: CallContext): GraphMasks {
    const graph = ctx.graph;
    const masks: GraphMasks = { pruned: [], pendingUpdate: null };
    for (const name of this.prunedWeights) {
      const weight = this.innerWeight(graph, name);
      if (weight.readTransform)
        throw invalidArgument(`pruneLowMagnitude "${this.name}": weight "${weight.name}" is already reparametrised (pruned twice?)`);
      const mask = this.addWeight(ctx, `${name}_mask`, weight.shape, {
        initializer: 'ones',
        trainable: false,
        dtype: weight.dtype as DType,
      });
      weight.readTransform = (stored) => {
        // In a training build, both reads follow this step's mask update.
        const pending = masks.pendingUpdate;
        if (!pending) return ops.mul(stored, mask.read(), { name: `${weight.name}/masked` });
        const [value, current] = graph.withControlDependencies([pending], () => [
          ops.readVariableOp(weight.handle, { dtype: weight.dtype, name: `${weight.name}/ReadAfterPruning` }),
          mask.read(),
        ]);
        return ops.mul(value, current, { name: `${weight.name}/masked` });
      };
      masks.pruned.push({ weight, mask });
    }
    this.masks.set(graph, masks);
    return masks;
  }

  /** The conditional mask update of one training step (an If op over the weights' and masks' handles). */
  private buildMaskUpdate(ctx: CallContext, pruned: Pruned[]): Operation {
    const graph = ctx.graph;
    return graph.withNameScope('pruning', () => {
      const step = ops.addV2(ctx.state.stepVariable().read(`${this.name}/step`), ops.constant(graph, 1n, 'int64'), {
        name: 'pruning_step',
      });
      const { shouldPrune, sparsity } = this.schedule.build(graph, step);
      const base = graph.uniqueName('mask_update').replace(/[^A-Za-z0-9_]/g, '_');
      const dtypes = pruned.map((p) => p.weight.dtype as DType);
      addBranch(graph, `${base}_prune`, dtypes, true);
      addBranch(graph, `${base}_keep`, dtypes, false);
      const handles = pruned.flatMap((p) => [p.weight.handle, p.mask.handle]);
      return graph.addOperation({
        type: 'If',
        name: 'mask_update',
        inputs: [shouldPrune, [sparsity, ...handles]],
        attrs: { Tout: dtypes, then_branch: `${base}_prune`, else_branch: `${base}_keep`, _lower_using_switch_merge: true },
      });
    });
  }
}

/**
 * One branch of the mask update: arguments (sparsity, weight_0, mask_0, weight_1, ...), one
 * output per weight (its threshold, the smallest kept |w|, or -1 when not pruning).
 */
function addBranch(graph: Graph, name: string, dtypes: DType[], prune: boolean): void {
  const body = new Graph();
  try {
    const sparsity = ops.placeholder(body, { dtype: 'float32', shape: [], name: 'sparsity' });
    const handles = dtypes.map((_, i) => [
      ops.placeholder(body, { dtype: 'resource', shape: [], name: `weight_${i}` }),
      ops.placeholder(body, { dtype: 'resource', shape: [], name: `mask_${i}` }),
    ]);
    const outputs: Output[] = [];
    const assigns: Operation[] = [];
    dtypes.forEach((dtype, i) => {
      if (!prune) {
        outputs.push(ops.constant(body, -1, dtype));
        return;
      }
      const [weightHandle, maskHandle] = handles[i];
      const stored = ops.readVariableOp(weightHandle, { dtype });
      const effective = ops.mul(stored, ops.readVariableOp(maskHandle, { dtype }));
      const magnitudes = ops.reshape(ops.abs(effective), ops.constant(body, [-1], 'int32'));
      const count = ops.size(magnitudes, { outType: 'int32' });
      // tfmot's k, in float32: max(1, round(n · (1 − sparsity))).
      const keepFloat = ops.round(ops.mul(ops.cast(count, 'float32'), ops.sub(ops.constant(body, 1, 'float32'), sparsity)));
      const keep = ops.cast(ops.maximum(keepFloat, ops.constant(body, 1, 'float32')), 'int32');
      const { values, indices } = ops.topKV2(magnitudes, keep, { sorted: true });
      const ones = ops.fill(ops.expandDims(keep, ops.constant(body, 0, 'int32')), ops.constant(body, 1, dtype));
      const flat = ops.scatterNd(
        ops.expandDims(indices, ops.constant(body, -1, 'int32')),
        ones,
        ops.expandDims(count, ops.constant(body, 0, 'int32')),
      );
      const mask = ops.reshape(flat, ops.shape(stored, { outType: 'int32' }));
      assigns.push(ops.assignVariableOp(maskHandle, mask), ops.assignVariableOp(weightHandle, ops.mul(effective, mask)));
      const threshold = ops.gatherV2(values, ops.sub(keep, ops.constant(body, 1, 'int32')), ops.constant(body, 0, 'int32'));
      outputs.push(threshold);
    });
    const results = body.withControlDependencies(assigns, () => outputs.map((output) => ops.identity(output)));
    graph.addFunction(body, { name, inputs: [sparsity, ...handles.flat()], outputs: results, controlOutputs: assigns });
  } finally {
    body.dispose();
  }
}

registerLayer('PruneLowMagnitude', (config) => new PruneLowMagnitude(config as never));
