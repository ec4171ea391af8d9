/**
 * A functional model's architecture as versioned, plain JSON, and back: its inputs, every
 * layer once (className + config), the layer calls in order (which layer is applied to which
 * tensors; a layer applied twice stays one layer, so its weights stay shared), and the outputs
 * by name. Layers keep their names, so variable names, and with them checkpoints, match.
 */
import { DType, invalidArgument, isDType } from '../core';
import { Serialized, checkJson } from './config';
import { Layer, LayerNode, SymbolicTensor } from './layer';
import { DTypePolicyName } from './dtype-policy';
import { getLayer, serializeLayer } from './layers/registry';
import { Model, input } from './model';

export const MODEL_FORMAT = 'hydra-tf/model';
export const MODEL_VERSION = 1;

/** Where a tensor comes from: a model input by name, or output `index` of layer call `node`. */
export type TensorRef = { input: string } | { node: number; index: number };

/** A model input: its key in the model, shape without the batch dimension, dtype. */
export interface InputJSON {
  name: string;
  shape: Array<number | null>;
  dtype: DType;
  /** The input's own name when it differs from its key in the model. */
  inputName?: string;
}

/** One application of a layer (by name) to tensors. */
export interface NodeJSON {
  layer: string;
  inputs: TensorRef[];
}

/** The DAG between some inputs and some named outputs. */
export interface GraphJSON {
  inputs: InputJSON[];
  /** Every layer once, in the order of first use. */
  layers: Serialized[];
  /** Layer calls in an order where each comes after the calls it reads. */
  nodes: NodeJSON[];
  outputs: Array<{ name: string } & TensorRef>;
}

/** A functional model, versioned. */
export interface ModelJSON extends GraphJSON {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  name: string;
  /** The model's dtypePolicy option, when it had one. */
  dtypePolicy?: string;
}

type Named<T> = Record<string, T>;

/** The DAG from `inputs` to `outputs` as JSON; `owner` names the model in errors. */
export function serializeGraph(inputs: Named<SymbolicTensor>, outputs: Named<SymbolicTensor>, owner: string): GraphJSON {
  const inputKeys = new Map<LayerNode, string>();
  const inputList: InputJSON[] = [];
  for (const [key, tensor] of Object.entries(inputs)) {
    if (!(tensor instanceof SymbolicTensor) || tensor.node.layer !== null)
      throw invalidArgument(`${owner}: input "${key}" is not a model input (make it with layers.input)`);
    const spec = tensor.node.inputSpec as { dtype: DType; shape: Array<number | null> };
    inputKeys.set(tensor.node, key);
    const entry: InputJSON = { name: key, shape: [...spec.shape], dtype: spec.dtype };
    if (tensor.node.inputName !== undefined && tensor.node.inputName !== key) entry.inputName = tensor.node.inputName;
    inputList.push(entry);
  }
  const nodeIndex = new Map<LayerNode, number>();
  const nodes: NodeJSON[] = [];
  const layers: Layer[] = [];
  const ref = (tensor: SymbolicTensor): TensorRef => {
    const key = inputKeys.get(tensor.node);
    return key !== undefined ? { input: key } : { node: nodeIndex.get(tensor.node) as number, index: tensor.index };
  };
  const visiting = new Set<LayerNode>();
  const visit = (node: LayerNode, path: string): void => {
    if (inputKeys.has(node) || nodeIndex.has(node)) return;
    if (node.layer === null)
      throw invalidArgument(`${owner}: output ${path} depends on input "${node.inputName}", which is not among the model's inputs`);
    if (visiting.has(node)) throw invalidArgument(`${owner}: the layer graph has a cycle at "${node.layer.name}"`);
    visiting.add(node);
    for (const tensor of node.inputs) visit(tensor.node, path);
    visiting.delete(node);
    if (!layers.includes(node.layer)) layers.push(node.layer);
    nodeIndex.set(node, nodes.length);
    nodes.push({ layer: node.layer.name, inputs: node.inputs.map(ref) });
  };
  const outputList: GraphJSON['outputs'] = [];
  for (const [name, tensor] of Object.entries(outputs)) {
    if (!(tensor instanceof SymbolicTensor)) throw invalidArgument(`${owner}: output "${name}" is not a symbolic tensor`);
    visit(tensor.node, `"${name}"`);
    outputList.push({ name, ...ref(tensor) });
  }
  checkLayerNames(layers, owner);
  return { inputs: inputList, layers: layers.map(serializeLayer), nodes, outputs: outputList };
}

/**
 * Each layer once by name: two different layers of one name (at the top or nested in a
 * container) would come back as one, and a layer used both inside a container and on its
 * own would come back as two.
 */
function checkLayerNames(layers: Layer[], owner: string): void {
  const byName = new Map<string, Layer>();
  const where = new Map<Layer, string>();
  const add = (layer: Layer, place: string) => {
    const seen = where.get(layer);
    if (seen !== undefined)
      throw invalidArgument(
        `${owner}: layer "${layer.name}" is used both ${seen} and ${place}; a config holds each layer in one place (give each place its own layer)`,
      );
    where.set(layer, place);
    const other = byName.get(layer.name);
    if (other && other !== layer)
      throw invalidArgument(
        `${owner}: two different layers are named "${layer.name}"; layer names must be unique in a model to save it (they name its variables)`,
      );
    byName.set(layer.name, layer);
    for (const sub of layer.sublayers()) add(sub, `inside "${layer.name}"`);
  };
  for (const layer of layers) add(layer, 'in the model');
}

/** Rebuilds the DAG of `serializeGraph`: fresh layers (same names and configs) applied to fresh inputs. */
export function deserializeGraph(
  json: GraphJSON,
  owner: string,
): { inputs: Named<SymbolicTensor>; outputs: Named<SymbolicTensor>; layers: Layer[] } {
  for (const key of ['inputs', 'layers', 'nodes', 'outputs'] as const) {
    if (!Array.isArray(json[key])) throw invalidArgument(`${owner}: "${key}" must be an array`);
  }
  const inputs: Named<SymbolicTensor> = {};
  json.inputs.forEach((entry, i) => {
    if (!entry || typeof entry.name !== 'string' || !Array.isArray(entry.shape))
      throw invalidArgument(`${owner}: inputs[${i}] must be { name, shape, dtype }`);
    if (!isDType(entry.dtype)) throw invalidArgument(`${owner}: input "${entry.name}" has unknown dtype ${JSON.stringify(entry.dtype)}`);
    if (entry.name in inputs) throw invalidArgument(`${owner}: input "${entry.name}" is listed twice`);
    inputs[entry.name] = input({ name: entry.inputName ?? entry.name, shape: entry.shape, dtype: entry.dtype });
  });
  const layers = new Map<string, Layer>();
  json.layers.forEach((entry, i) => {
    const name = (entry as Serialized | null)?.config?.name;
    if (typeof name !== 'string') throw invalidArgument(`${owner}: layers[${i}] must be { className, config } with config.name`);
    if (layers.has(name)) throw invalidArgument(`${owner}: layer "${name}" is listed twice`);
    const layer = getLayer(entry);
    if (layer.name !== name)
      throw invalidArgument(
        `${owner}: the factory of layer class "${entry.className}" named the layer "${layer.name}", not "${name}" as its config says`,
      );
    layers.set(name, layer);
  });
  const results: SymbolicTensor[][] = [];
  const resolve = (reference: TensorRef, where: string): SymbolicTensor => {
    if (reference && typeof (reference as { input?: unknown }).input === 'string') {
      const key = (reference as { input: string }).input;
      if (!(key in inputs))
        throw invalidArgument(`${owner}: ${where} reads input "${key}", which is not among the inputs (${Object.keys(inputs).join(', ')})`);
      return inputs[key];
    }
    const { node, index } = (reference ?? {}) as { node?: unknown; index?: unknown };
    if (!Number.isInteger(node) || !Number.isInteger(index) || (node as number) < 0 || (node as number) >= results.length) {
      throw invalidArgument(`${owner}: ${where} reads ${JSON.stringify(reference)}, which is not an input or an earlier layer call`);
    }
    const tensor = results[node as number][index as number];
    if (!tensor)
      throw invalidArgument(
        `${owner}: ${where} reads output ${index} of call ${node}, which has ${results[node as number].length} output(s)`,
      );
    return tensor;
  };
  json.nodes.forEach((entry, i) => {
    const layer = layers.get(entry?.layer);
    if (!layer) throw invalidArgument(`${owner}: call ${i} applies layer ${JSON.stringify(entry?.layer)}, which is not among the layers`);
    if (!Array.isArray(entry.inputs)) throw invalidArgument(`${owner}: call ${i} ("${entry.layer}") needs an inputs array`);
    const args = entry.inputs.map((reference, k) => resolve(reference, `call ${i} ("${entry.layer}") input ${k}`));
    results.push(layer.apply(args, { multiOutput: true }));
  });
  const outputs: Named<SymbolicTensor> = {};
  for (const entry of json.outputs) {
    if (!entry || typeof entry.name !== 'string') throw invalidArgument(`${owner}: every output needs a name`);
    outputs[entry.name] = resolve(entry, `output "${entry.name}"`);
  }
  return { inputs, outputs, layers: [...layers.values()] };
}

/** Throws unless `json` is an object of `format` at `version` (the versions this code reads). */
export function checkFormat(json: unknown, format: string, version: number): void {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw invalidArgument(`expected a ${format} JSON object, got ${json === null ? 'null' : typeof json}`);
  const header = json as { format?: unknown; version?: unknown };
  if (header.format !== format) throw invalidArgument(`not a ${format} description: format is ${JSON.stringify(header.format)}`);
  if (header.version !== version)
    throw invalidArgument(`${format} version ${JSON.stringify(header.version)} is not supported (this hydra-tf reads version ${version})`);
}

/** A functional model's architecture as versioned JSON (inputs, layers with configs, layer calls, outputs); weights are not included. */
export function serializeModel(model: Model): ModelJSON {
  if (!(model instanceof Model)) throw invalidArgument('serializeModel: expected a functional model (nn.model)');
  const graph = serializeGraph(model.inputs, model.outputs, `model "${model.name}"`);
  const json: ModelJSON = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    name: model.name,
    ...(model.dtypePolicy ? { dtypePolicy: model.dtypePolicy.name } : {}),
    ...graph,
  };
  checkJson(json, `model "${model.name}"`);
  return json;
}

/** Rebuilds a model from serializeModel's JSON (an object or its text), with the same layer (hence variable) names. */
export function deserializeModel(json: ModelJSON | string): Model {
  const parsed: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  checkFormat(parsed, MODEL_FORMAT, MODEL_VERSION);
  const model = parsed as ModelJSON;
  if (typeof model.name !== 'string') throw invalidArgument(`${MODEL_FORMAT}: name must be a string`);
  const { inputs, outputs } = deserializeGraph(model, `model "${model.name}"`);
  return new Model({
    inputs,
    outputs,
    name: model.name,
    ...(model.dtypePolicy !== undefined ? { dtypePolicy: model.dtypePolicy as DTypePolicyName } : {}),
  });
}
