/**
 * A multi-task model's configuration as versioned, plain JSON, and back: the functional graph
 * from the inputs to the shared trunk (or to each task's representation), each task's head,
 * loss, metrics, sample-weight and label-mask keys and weight, the weighting strategy, the
 * optimizer and the training options. Layers keep their names, so variable names (and with
 * them checkpoints) match. Session options (threads, devices) belong to the machine, not the
 * model, and are not saved. Weights are not part of this; see model.save.
 */
import { invalidArgument } from '../core';
import {
  GraphJSON,
  Layer,
  LayerNode,
  Serialized,
  SymbolicTensor,
  deserializeGraph,
  getLayer,
  serializeGraph,
  serializeLayer,
  checkJson,
  checkFormat,
} from '../nn';
import { losses, metrics, optimizers } from '../train';
import { MultiTaskConfig, MultiTaskModel, TaskSpec } from './model';
import { Weighting } from './weighting/types';
import { get as getWeighting } from './weighting/registry';

export const MULTI_TASK_FORMAT = 'hydra-tf/multi-task';
export const MULTI_TASK_VERSION = 1;

/** One task: its head layer and training options. */
export interface TaskJSON {
  name: string;
  head: Serialized;
  /** A loss name, or a loss's { className, config }. */
  loss: Serialized | string;
  /** Metric names (resolved against the loss when compiled) or metrics' { className, config }. */
  metrics: Array<Serialized | string>;
  sampleWeight?: string;
  classWeight?: Record<string, number>;
  /** A batch key, or false for none; absent means the default ("<task>_mask" when the data has it). */
  labelMask?: string | false;
  weight?: number;
}

/** A multi-task model, versioned. */
export interface MultiTaskJSON {
  format: typeof MULTI_TASK_FORMAT;
  version: typeof MULTI_TASK_VERSION;
  name: string;
  /**
   * The DAG from the inputs to the representation the heads read: one output "trunk" when
   * `representation` is "trunk", else one output per task, named by the task.
   */
  graph: GraphJSON;
  representation: 'trunk' | 'tasks';
  /** In the model's task order (the order of task weights and gradient rows). */
  tasks: TaskJSON[];
  weighting: Serialized;
  optimizer: Serialized | string;
  seed?: number;
  gradientMode?: 'parameters' | 'representation';
  diagnostics?: boolean;
  stepsPerExecution?: number;
  jitCompile?: boolean;
  /** mtl.model's dtypePolicy option, when it had one. */
  dtypePolicy?: string;
}

/** Layers reachable from `tensors` (with their sublayers), to tell a head that is also part of the trunk. */
function graphLayers(tensors: SymbolicTensor[]): Set<Layer> {
  const layers = new Set<Layer>();
  const seen = new Set<LayerNode>();
  const addLayer = (layer: Layer) => {
    if (layers.has(layer)) return;
    layers.add(layer);
    layer.sublayers().forEach(addLayer);
  };
  const visit = (node: LayerNode) => {
    if (seen.has(node)) return;
    seen.add(node);
    if (node.layer) addLayer(node.layer);
    node.inputs.forEach((input) => visit(input.node));
  };
  tensors.forEach((tensor) => visit(tensor.node));
  return layers;
}

function withSublayers(layer: Layer): Layer[] {
  return [layer, ...layer.sublayers().flatMap(withSublayers)];
}

/** Sets trainable in a serialised layer's config and in every layer config nested in it (containers, architectures). */
function unfreeze(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(unfreeze);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const entry = value as { className?: unknown; config?: Record<string, unknown> };
  if (typeof entry.className === 'string' && entry.config && typeof entry.config.trainable === 'boolean') entry.config.trainable = true;
  Object.values(value).forEach(unfreeze);
}

/** A weighting strategy's { className: its name, config }. */
export function serializeWeighting(weighting: Weighting): Serialized {
  // The interface requires getConfig; a plain-object strategy typed loosely may still lack it.
  if (typeof (weighting as Partial<Weighting>).getConfig !== 'function')
    throw invalidArgument(
      `weighting "${weighting.name}" has no getConfig(), so it cannot be saved (give user-defined strategies a getConfig and register them with mtl.weighting.register)`,
    );
  return { className: weighting.name, config: weighting.getConfig() };
}

/**
 * A multi-task model's configuration as versioned JSON (graph to the trunk or representations, tasks, weighting, optimizer,
 * options); weights are not included.
 */
export function serializeMultiTask(model: MultiTaskModel): MultiTaskJSON {
  if (!(model instanceof MultiTaskModel)) throw invalidArgument('serializeMultiTask: expected a multi-task model (mtl.model)');
  const config = model.config;
  const owner = `multi-task model "${model.model.name}"`;
  const representation = config.trunk ? 'trunk' : 'tasks';
  const outputs: Record<string, SymbolicTensor> = config.trunk ? { trunk: config.trunk } : { ...config.representations! };
  const graph = serializeGraph(config.inputs, outputs, owner);
  const inGraph = graphLayers(Object.values(outputs));
  const graphNames = new Set([...inGraph].map((layer) => layer.name));
  const tasks = model.taskNames.map((name): TaskJSON => {
    const spec = config.tasks[name];
    const what = `${owner}, task "${name}"`;
    if (inGraph.has(spec.head))
      throw invalidArgument(`${what}: the head "${spec.head.name}" is also part of the trunk; a saved model holds each layer in one place`);
    for (const layer of withSublayers(spec.head)) {
      if (graphNames.has(layer.name))
        throw invalidArgument(
          `${what}: the head's layer "${layer.name}" has the name of a trunk layer; layer names must be unique to save a model`,
        );
    }
    const task: TaskJSON = {
      name,
      head: serializeLayer(spec.head),
      loss: losses.serialize(spec.loss, `${what}: loss`),
      metrics: (spec.metrics ?? []).map((metric, i) => metrics.serialize(metric, `${what}: metrics[${i}]`)),
    };
    if (spec.sampleWeight !== undefined) task.sampleWeight = spec.sampleWeight;
    if (spec.classWeight !== undefined) task.classWeight = { ...spec.classWeight };
    if (spec.labelMask !== undefined) task.labelMask = spec.labelMask;
    if (spec.weight !== undefined) task.weight = spec.weight;
    return task;
  });
  // fit({ tasks, freezeTrunk }) freezes heads and trunk for that training only; a loaded model
  // trains every task, so it gets the flags fit() with every task would set (all trainable),
  // not a head frozen for good without anything saying so.
  const target = model.trainingTarget;
  if (target.freezeTrunk || target.tasks.length !== model.taskNames.length) {
    graph.layers.forEach(unfreeze);
    tasks.forEach((task) => unfreeze(task.head));
  }
  const json: MultiTaskJSON = {
    format: MULTI_TASK_FORMAT,
    version: MULTI_TASK_VERSION,
    name: model.model.name,
    graph,
    representation,
    tasks,
    weighting: serializeWeighting(model.weighting),
    optimizer: optimizers.serialize(config.optimizer, `${owner}: optimizer`),
    ...(model.model.dtypePolicy ? { dtypePolicy: model.model.dtypePolicy.name } : {}),
  };
  for (const key of ['seed', 'gradientMode', 'diagnostics', 'stepsPerExecution', 'jitCompile'] as const) {
    if (config[key] !== undefined) (json as unknown as Record<string, unknown>)[key] = config[key];
  }
  checkJson(json, owner);
  return json;
}

/**
 * The configuration serializeMultiTask wrote (an object or its text), with fresh layers of the
 * same names: `mtl.model(deserializeMultiTask(json))` rebuilds the model.
 */
export function deserializeMultiTask(json: MultiTaskJSON | string): MultiTaskConfig {
  const parsed: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  checkFormat(parsed, MULTI_TASK_FORMAT, MULTI_TASK_VERSION);
  const description = parsed as MultiTaskJSON;
  const owner = `multi-task model "${description.name}"`;
  if (typeof description.name !== 'string') throw invalidArgument(`${MULTI_TASK_FORMAT}: name must be a string`);
  if (description.representation !== 'trunk' && description.representation !== 'tasks')
    throw invalidArgument(`${owner}: representation must be "trunk" or "tasks", got ${JSON.stringify(description.representation)}`);
  if (!Array.isArray(description.tasks) || description.tasks.length === 0)
    throw invalidArgument(`${owner}: tasks must be a non-empty array`);
  const { inputs, outputs } = deserializeGraph(description.graph, owner);
  const tasks: Record<string, TaskSpec> = {};
  for (const task of description.tasks) {
    if (!task || typeof task.name !== 'string') throw invalidArgument(`${owner}: every task needs a name`);
    if (Object.prototype.hasOwnProperty.call(tasks, task.name)) throw invalidArgument(`${owner}: task "${task.name}" is listed twice`);
    const what = `${owner}, task "${task.name}"`;
    // Names stay names: a metric name is resolved against the task's loss when compiled.
    const spec: TaskSpec = {
      head: getLayer(task.head),
      loss: typeof task.loss === 'string' ? task.loss : losses.getLoss(task.loss, `${what}: loss`),
      metrics: (task.metrics ?? []).map((metric) => (typeof metric === 'string' ? metric : metrics.get(metric))),
    };
    if (task.sampleWeight !== undefined) spec.sampleWeight = task.sampleWeight;
    if (task.classWeight !== undefined) spec.classWeight = task.classWeight;
    if (task.labelMask !== undefined) spec.labelMask = task.labelMask;
    if (task.weight !== undefined) spec.weight = task.weight;
    tasks[task.name] = spec;
  }
  let trunk: SymbolicTensor | undefined;
  let representations: Record<string, SymbolicTensor> | undefined;
  if (description.representation === 'trunk') {
    trunk = outputs.trunk;
    if (!trunk) throw invalidArgument(`${owner}: the graph has no output "trunk"`);
  } else {
    representations = {};
    for (const name of Object.keys(tasks)) {
      if (!outputs[name]) throw invalidArgument(`${owner}: the graph has no representation for task "${name}"`);
      representations[name] = outputs[name];
    }
  }
  const weighting = description.weighting;
  if (!weighting || typeof weighting.className !== 'string') throw invalidArgument(`${owner}: weighting must be { className, config }`);
  const config: MultiTaskConfig = {
    name: description.name,
    inputs,
    ...(trunk ? { trunk } : { representations }),
    tasks,
    weighting: getWeighting(weighting.className, weighting.config ?? {}),
    optimizer: typeof description.optimizer === 'string' ? description.optimizer : optimizers.get(description.optimizer),
  };
  for (const key of ['seed', 'gradientMode', 'diagnostics', 'stepsPerExecution', 'jitCompile', 'dtypePolicy'] as const) {
    if (description[key] !== undefined) (config as unknown as Record<string, unknown>)[key] = description[key];
  }
  return config;
}
