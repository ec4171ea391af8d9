/**
 * Pruning a whole model: a copy of a functional model in which the chosen layers are wrapped in
 * PruneLowMagnitude. The copy is rebuilt from the model's config, so every layer keeps its name
 * and its variables theirs: weights of the dense model (getWeights) start the pruned one
 * (compile's initialWeights), and its export has the dense model's variable names.
 */
import { invalidArgument } from '../../core';
import { Config, NameOrConfig, isSerialized } from '../config';
import { Layer } from '../layer';
import { Model } from '../model';
import { deserializeModel, serializeModel } from '../serialization';
import { PruningSchedule, serializeSchedule } from './schedules';
import { PruneLowMagnitude } from './wrapper';

/** Layer classes pruned when no filter is given (their "kernel" is pruned). */
export const PRUNABLE_BY_DEFAULT = ['Dense', 'Conv1D', 'Conv2D'];

export interface PruneModelOptions {
  schedule: PruningSchedule | NameOrConfig;
  /** Which layers to prune (default: Dense, Conv1D and Conv2D layers, nested ones included). */
  filter?: (layer: Layer) => boolean;
  /** The weights to prune in each chosen layer (default ["kernel"]). */
  weights?: string[];
}

/** A copy of `model` with its chosen layers pruned by magnitude on `schedule` (a new model: compile it anew). */
export function pruneModel(model: Model, options: PruneModelOptions): Model {
  if (!(model instanceof Model)) throw invalidArgument('pruning.pruneModel: expected a functional model (nn.model)');
  if (!options || options.schedule === undefined)
    throw invalidArgument('pruning.pruneModel: give a schedule (pruning.constantSparsity or pruning.polynomialDecay)');
  const filter = options.filter ?? ((layer: Layer) => PRUNABLE_BY_DEFAULT.includes(layer.className));
  if (typeof filter !== 'function') throw invalidArgument('pruning.pruneModel: filter must be a function (layer) => boolean');
  const chosen = new Set(
    model
      .layers()
      .filter((layer) => !(layer instanceof PruneLowMagnitude) && filter(layer))
      .map((layer) => layer.name),
  );
  if (chosen.size === 0)
    throw invalidArgument(
      `pruning.pruneModel: no layer of model "${model.name}" matches the filter (layers: ${model
        .layers()
        .map((l) => `${l.name} (${l.className})`)
        .join(', ')})`,
    );
  // Resolved (and checked) once, so every wrapper gets the same config.
  const schedule =
    isSerialized(options.schedule) || typeof options.schedule === 'string'
      ? options.schedule
      : serializeSchedule(options.schedule as PruningSchedule);
  const json = serializeModel(model);
  const wrap = (entry: unknown): unknown => {
    if (Array.isArray(entry)) return entry.map(wrap);
    if (!isSerialized(entry)) return entry;
    const config: Config = Object.fromEntries(Object.entries(entry.config ?? {}).map(([key, value]) => [key, wrap(value)]));
    const wrapped = { className: entry.className, config };
    if (typeof config.name !== 'string' || !chosen.has(config.name) || entry.className === 'PruneLowMagnitude') return wrapped;
    return {
      className: 'PruneLowMagnitude',
      config: {
        name: `prune_low_magnitude_${config.name}`,
        trainable: config.trainable ?? true,
        layer: wrapped,
        schedule,
        ...(options.weights ? { weights: options.weights } : {}),
      },
    };
  };
  json.layers = json.layers.map((entry) => wrap(entry) as typeof entry);
  // Calls name the layer they apply: the top-level ones now apply its wrapper.
  json.nodes = json.nodes.map((node) => (chosen.has(node.layer) ? { ...node, layer: `prune_low_magnitude_${node.layer}` } : node));
  return deserializeModel(json);
}

/** Names of the variables `model` prunes ("conv2d/kernel", ...), those its PruneLowMagnitude layers mask. */
export function prunedWeightNames(model: Model): string[] {
  if (!(model instanceof Model)) throw invalidArgument('pruning.prunedWeightNames: expected a functional model (nn.model)');
  return model
    .layers()
    .filter((layer): layer is PruneLowMagnitude => layer instanceof PruneLowMagnitude)
    .flatMap((wrapper) => wrapper.prunedWeights.map((name) => `${wrapper.layer.name}/${name}`));
}

/**
 * Refuses jitCompile for a model that prunes, naming the first pruned layer: the mask update
 * runs under a cond (Switch/Merge) with a step-dependent TopK size, which XLA cannot compile; it
 * would otherwise fail at the first training step with XLA's "unsupported operations".
 */
export function checkPruningWithoutJit(model: Model): void {
  const wrapper = model.layers().find((layer) => layer instanceof PruneLowMagnitude);
  if (wrapper)
    throw invalidArgument(
      `jitCompile: layer "${wrapper.name}" prunes weights (its mask update is conditional control flow XLA cannot compile); train pruned models without jitCompile`,
    );
}
