/**
 * Fine-tuning a SavedModel trained elsewhere (Python, or a hydra-tf export): its graph and its
 * variables become an ImportedLayer of a hydra-tf model, whose last k layers (or all) train.
 *
 *   const backbone = mtl.importSavedModel('py/model', { output: 'logits', trainable: 1 });
 *   const image = layers.input({ name: 'image', shape: [28, 28, 1] });
 *   const trunk = backbone.apply(image);
 *   const model = mtl.model({ inputs: { image }, trunk, tasks: { parity: { head, loss } }, optimizer });
 *
 * What can be fine-tuned: Keras 3 `model.export()` and `tf.saved_model.save` SavedModels, TF1-style
 * SavedModels and hydra-tf's own exports. TF2 graphs compute inside function calls
 * (StatefulPartitionedCall), which TensorFlow's C API cannot differentiate; they are inlined and
 * ops without a C++ gradient rewritten (lib/saved-model/inline.ts). Their captured variables are
 * named and flagged trainable from the object graph and restored from the checkpoint keys the
 * SavedModel's own restore function uses; a TF1 graph's variables are stored under their node
 * names. What cannot train: a layer whose gradient would cross an op with no C++ gradient; that
 * is refused when the layer is built (ImportedLayer), naming the op, the node and the Keras layer,
 * with the feature-extraction fallback in the message.
 */
import { DType, dtypeName, invalidArgument, makeError, notFound, opRegistry, parseTensorName } from '../../core';
import { registerLayer } from '../../nn';
import { encode } from '../../proto';
import type { GraphDef, NodeDef } from '../../proto';
import {
  CALL_OPS,
  SavedVariableInfo,
  boundVariables,
  readModelGraph,
  restoredCheckpointKeys,
  rewriteForGradients,
} from '../../saved-model';
import { FEATURE_EXTRACTION_FALLBACK, ImportedLayer, ImportedVariable, TrainableLayers } from './imported-layer';

export interface ImportSavedModelOptions {
  /** The MetaGraph's tags (default: the only one, else ["serve"]). */
  tags?: string[];
  /** Default "serving_default". */
  signature?: string;
  /** The signature input(s) the layer's input(s) replace, in apply() order (default: the signature's only input). */
  input?: string | string[];
  /**
   * A signature output name, or a graph tensor "op:index" (an intermediate layer; inside a TF2
   * SavedModel's functions, the op's name or its end, e.g. "dense_1_1/Relu:0"); a list makes
   * the layer multi-output (apply(x, { multiOutput: true })). Default: the only output.
   */
  output?: string | string[];
  /**
   * Which imported layers train: 'all' (default), 'none', the last k layers (a number), or layer
   * names. A layer is a variable name's first scope ("conv_2" for "conv_2/kernel"; Keras 3 variable
   * paths, so the Keras layers), ordered from input to output.
   */
  trainable?: TrainableLayers;
  /** The layer's name (default "imported"): its variables are "<name>/<variable>". */
  name?: string;
}

/** Op types that call a function of the graph's library (how TF2 SavedModels compute). */
const FUNCTION_CALLS = new Set(['StatefulPartitionedCall', 'PartitionedCall', 'TPUPartitionedCall', 'SymbolicGradient']);

export { FEATURE_EXTRACTION_FALLBACK };

function nodeOf(input: string): string {
  return parseTensorName(input.startsWith('^') ? input.slice(1) : input)[0];
}

/**
 * The nodes whose values `output` is computed from (data edges only), stopping at `stops`.
 * Control edges are not followed: in traced graphs each output has a control edge to a NoOp
 * that waits for every variable read of the function, so following it would reach the layers
 * after an intermediate output and count them as its layers.
 */
function ancestors(nodes: Map<string, NodeDef>, start: string, stops: Set<string>): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const name = stack.pop() as string;
    if (seen.has(name) || stops.has(name)) continue;
    const node = nodes.get(name);
    if (!node) continue;
    seen.add(name);
    for (const input of node.input ?? []) if (!input.startsWith('^')) stack.push(nodeOf(input));
  }
  return seen;
}

/** `node` without its control inputs from nodes outside `kept` (not imported, so they cannot be waited for). */
function withinKept(node: NodeDef, kept: Set<string>): NodeDef {
  const inputs = node.input ?? [];
  if (!inputs.some((input) => input.startsWith('^') && !kept.has(input.slice(1)))) return node;
  return { ...node, input: inputs.filter((input) => !input.startsWith('^') || kept.has(input.slice(1))) };
}

/**
 * Layer order: a layer's position is the depth (longest path from the model input) of the
 * first op that mixes one of its variables with the input; earlier layers come first.
 */
function layerOrder(nodes: Map<string, NodeDef>, kept: Set<string>, inputNodes: Set<string>, variables: string[]): Map<string, number> {
  const depth = new Map<string, number>([...inputNodes].map((n) => [n, 0]));
  const visit = (name: string): number => {
    if (depth.has(name)) return depth.get(name) as number;
    depth.set(name, -1); // cycles (none in a plain graph) end here
    let best = -1;
    for (const input of nodes.get(name)?.input ?? []) {
      const source = nodeOf(input);
      if (!inputNodes.has(source) && !kept.has(source)) continue;
      const d = visit(source);
      if (d >= 0) best = Math.max(best, d + 1);
    }
    depth.set(name, best);
    return best;
  };
  for (const name of kept) visit(name);
  const consumers = new Map<string, string[]>();
  for (const name of kept) {
    for (const input of nodes.get(name)?.input ?? []) {
      const source = nodeOf(input);
      const list = consumers.get(source);
      if (list) list.push(name);
      else consumers.set(source, [name]);
    }
  }
  const first = new Map<string, number>();
  for (const variable of variables) {
    let best = Infinity;
    const stack = [...(consumers.get(variable) ?? [])];
    const seen = new Set<string>();
    while (stack.length) {
      const name = stack.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      const d = depth.get(name) ?? -1;
      if (d >= 0) best = Math.min(best, d);
      else stack.push(...(consumers.get(name) ?? []));
    }
    first.set(variable, best);
  }
  return first;
}

function shapeOf(node: NodeDef, what: string): number[] {
  const shape = node.attr?.shape?.shape;
  if (!shape || shape.unknownRank) throw invalidArgument(`${what}: variable "${node.name}" has no known shape`);
  const dims = (shape.dim ?? []).map((d) => Number(d.size ?? 0));
  if (dims.some((d) => d < 0)) throw invalidArgument(`${what}: variable "${node.name}" has a partly unknown shape [${dims.join(', ')}]`);
  return dims;
}

/**
 * A SavedModel's graph, from `input` to `output`, as a layer whose variables start from the
 * SavedModel's checkpoint and whose last layers train (see the module comment for which
 * SavedModels qualify).
 */
export function importSavedModel(dir: string, options: ImportSavedModelOptions = {}): ImportedLayer {
  const model = readModelGraph(dir, { tags: options.tags, signature: options.signature });
  const { metaGraph, signature } = model;
  const what = `importSavedModel ${model.dir}`;
  const inputNames = Object.keys(signature.inputs);
  const inputKeys =
    options.input === undefined
      ? inputNames.length === 1
        ? inputNames
        : []
      : Array.isArray(options.input)
        ? options.input
        : [options.input];
  if (inputKeys.length === 0 || inputKeys.some((key) => !(key in signature.inputs))) {
    throw invalidArgument(
      `${what}: choose the input with { input } (a name or a list of names; signature "${signature.name}" has ${inputNames.map((n) => `"${n}"`).join(', ')})`,
    );
  }
  const outputNames = Object.keys(signature.outputs);
  const outputKeys =
    options.output === undefined
      ? outputNames.length === 1
        ? outputNames
        : []
      : Array.isArray(options.output)
        ? options.output
        : [options.output];
  if (outputKeys.length === 0)
    throw invalidArgument(
      `${what}: choose the output with { output } (signature "${signature.name}" has ${outputNames.map((n) => `"${n}"`).join(', ')})`,
    );
  const outputKey = outputKeys.join(', ');
  const signatureOutputs = outputKeys.map((key) => (key in signature.outputs ? signature.outputs[key].tensorName : key));
  const inputTensors = inputKeys.map((key) => signature.inputs[key].tensorName);
  const inputDtypes = inputKeys.map((key) => signature.inputs[key].dtype as DType);

  let graphDef = metaGraph.graphDef ?? {};
  let nodes = new Map((graphDef.node ?? []).map((n) => [n.name as string, n]));
  // A tensor that is not in the outer graph may be inside the signature's functions (a Keras
  // layer's output): those are looked up once everything the signature computes is inlined.
  const inner = signatureOutputs.map((tensor) => !nodes.has(parseTensorName(tensor)[0]));
  const roots = inner.some(Boolean)
    ? [...signatureOutputs.filter((_, i) => !inner[i]), ...Object.values(signature.outputs).map((o) => o.tensorName)]
    : signatureOutputs;
  const inputNodes = new Set(inputTensors.map((t) => parseTensorName(t)[0]));
  const stops = () => new Set([...inputNodes, ...[...nodes.values()].filter((n) => n.op === 'VarHandleOp').map((n) => n.name as string)]);

  // TF2 SavedModels compute inside function calls: inline them, and learn from the object graph
  // and the saver's restore function what each captured variable is called and where it is stored.
  const savedVariables = new Map<string, SavedVariableInfo>();
  let checkpointKeys = new Map<string, string>();
  let outputTensors = roots;
  const topCalls = roots
    .flatMap((t) => [...ancestors(nodes, parseTensorName(t)[0], stops())])
    .filter((name) => FUNCTION_CALLS.has(nodes.get(name)?.op ?? ''));
  if (topCalls.length) {
    const unsupported = topCalls.find((name) => !CALL_OPS.has(nodes.get(name)?.op ?? ''));
    if (unsupported) {
      const op = nodes.get(unsupported)?.op;
      throw makeError(
        'UNIMPLEMENTED',
        `${what}: output "${outputKey}" is computed by op "${op}" (node "${unsupported}"), a function call hydra-tf cannot inline. ${FEATURE_EXTRACTION_FALLBACK}`,
      );
    }
    for (const name of new Set(topCalls)) {
      const call = nodes.get(name) as NodeDef;
      const fnName = call.attr?.f?.func?.name ?? '';
      const bound = metaGraph.objectGraphDef ? boundVariables(metaGraph.objectGraphDef, fnName) : undefined;
      if (!bound) continue;
      const dataInputs = (call.input ?? []).filter((i) => !i.startsWith('^'));
      const captures = dataInputs.slice(dataInputs.length - bound.length);
      captures.forEach((input, k) => {
        const info = bound[k];
        if (info) savedVariables.set(nodeOf(input), info);
      });
    }
    const restoreOp = metaGraph.saverDef?.restoreOpName;
    if (restoreOp) checkpointKeys = restoredCheckpointKeys(metaGraph.graphDef ?? {}, restoreOp, (op) => opRegistry().get(op));
  }
  // Inline the calls, and rewrite ops with no C++ gradient into equivalents that have one.
  const rewritten = rewriteForGradients(graphDef, outputTensors, (op) => opRegistry().get(op));
  graphDef = rewritten.graph;
  nodes = new Map((graphDef.node ?? []).map((n) => [n.name as string, n]));
  let outer = 0;
  outputTensors = signatureOutputs.map((tensor, i) => (inner[i] ? innerTensor(nodes, tensor, outputKeys[i]) : rewritten.outputs[outer++]));

  const variableNodes = stops();
  for (const name of inputNodes) variableNodes.delete(name);
  const kept = new Set(outputTensors.flatMap((t) => [...ancestors(nodes, parseTensorName(t)[0], stops())]));
  const calls = [...kept].filter((name) => FUNCTION_CALLS.has(nodes.get(name)?.op ?? ''));
  if (calls.length) {
    const op = nodes.get(calls[0])?.op;
    throw makeError(
      'UNIMPLEMENTED',
      `${what}: output "${outputKey}" is computed inside a function call (op "${op}", node "${calls[0]}"${calls.length > 1 ? ` and ${calls.length - 1} more` : ''}) that could not be inlined. ` +
        `TensorFlow's C API has no gradient for "${op}" and cannot reach the variables inside it. ` +
        FEATURE_EXTRACTION_FALLBACK,
    );
  }
  const reftypes = [...kept].filter((name) => ['VariableV2', 'Variable'].includes(nodes.get(name)?.op ?? ''));
  if (reftypes.length)
    throw makeError(
      'UNIMPLEMENTED',
      `${what}: variable "${reftypes[0]}" is a TF1 reference variable (${nodes.get(reftypes[0])?.op}); hydra-tf fine-tunes resource variables (VarHandleOp) only. ${FEATURE_EXTRACTION_FALLBACK}`,
    );
  const read = new Set<string>();
  for (const name of kept) for (const input of nodes.get(name)?.input ?? []) read.add(nodeOf(input));
  const used = [...variableNodes].filter((v) => read.has(v));
  if (!used.some(() => true) && options.trainable !== 'none')
    throw invalidArgument(`${what}: output "${outputKey}" depends on no variable; there is nothing to fine-tune`);
  for (const [i, inputNode] of [...inputNodes].entries()) {
    if (!read.has(inputNode) && !outputTensors.some((t) => parseTensorName(t)[0] === inputNode)) {
      throw invalidArgument(`${what}: output "${outputKey}" does not depend on input "${inputKeys[i]}"`);
    }
  }

  if (checkpointKeys.size > 0) {
    const unknown = used.filter((node) => !checkpointKeys.has(node));
    if (unknown.length)
      throw notFound(
        `${what}: variable "${unknown[0]}"${unknown.length > 1 ? ` and ${unknown.length - 1} more` : ''} is not restored by the SavedModel's restore function (${metaGraph.saverDef?.restoreOpName}), so its value cannot be found in the checkpoint`,
      );
  }
  const positions = layerOrder(nodes, kept, inputNodes, used);
  const names = variableNames(used, savedVariables);
  const variables: ImportedVariable[] = used.map((node) => {
    const def = nodes.get(node) as NodeDef;
    const name = names.get(node) as string;
    // The layer is the first scope: Keras nests a layer's own sublayers under it ("lstm/lstm_cell/kernel").
    const slash = name.indexOf('/');
    return {
      node,
      name,
      layer: slash > 0 ? name.slice(0, slash) : name,
      dtype: dtypeName(Number(def.attr?.dtype?.type ?? 0)) as DType,
      shape: shapeOf(def, what),
      checkpointKey: checkpointKeys.get(node) ?? node,
      position: positions.get(node) ?? Infinity,
      trainable: savedVariables.get(node)?.trainable ?? true,
    };
  });
  const pruned: GraphDef = {
    node: [...kept].map((name) => withinKept(nodes.get(name) as NodeDef, kept)),
    versions: graphDef.versions,
    library: graphDef.library,
  };
  return new ImportedLayer({
    source: model.dir,
    graphDef: encode('tensorflow.GraphDef', pruned as never),
    inputs: inputTensors.map((tensor, i) => ({ tensor, dtype: inputDtypes[i] })),
    outputs: outputTensors,
    variables,
    checkpointPrefix: model.checkpointPrefix,
    trainable: options.trainable ?? 'all',
    name: options.name ?? 'imported',
    importOptions: JSON.parse(
      JSON.stringify({ tags: options.tags, signature: options.signature, input: options.input, output: options.output }),
    ) as Record<string, unknown>,
  });
}

// Configs name the class "ImportedLayer"; rebuilding one imports its SavedModel again.
registerLayer('ImportedLayer', (config) => {
  const c = config as Omit<ImportSavedModelOptions, 'trainable' | 'name'> & {
    source?: unknown;
    layers?: unknown;
    trainable?: unknown;
    name?: unknown;
  };
  if (typeof c.source !== 'string')
    throw invalidArgument(`ImportedLayer config: "source" must be the SavedModel directory, got ${JSON.stringify(c.source)}`);
  const layer = importSavedModel(c.source, {
    tags: c.tags,
    signature: c.signature,
    input: c.input,
    output: c.output,
    trainable: Array.isArray(c.layers) ? (c.layers as string[]) : 'all',
    name: typeof c.name === 'string' ? c.name : undefined,
  });
  if (c.trainable === false) layer.trainable = false;
  return layer;
});

/**
 * A tensor inside the inlined functions, by its node's name or the end of it ("dense_1_1/Relu"
 * for "StatefulPartitionedCall_1/StatefulPartitionedCall/model_1/dense_1_1/Relu"), with ":index".
 */
function innerTensor(nodes: Map<string, NodeDef>, tensor: string, key: string): string {
  const [name, index] = parseTensorName(tensor);
  const found = nodes.has(name) ? [name] : [...nodes.keys()].filter((n) => n.endsWith(`/${name}`));
  if (found.length === 1) return index === 0 ? found[0] : `${found[0]}:${index}`;
  if (found.length === 0)
    throw notFound(
      `importSavedModel: no output "${key}": it is neither a signature output nor a node of the graph or of its functions (an intermediate tensor is "op:index", e.g. "dense_1_1/Relu:0"; Keras 3 names a layer's ops "<layer>_1/...")`,
    );
  throw invalidArgument(
    `importSavedModel: output "${key}" matches ${found.length} nodes (${found
      .slice(0, 4)
      .map((n) => `"${n}"`)
      .join(', ')}${found.length > 4 ? ', ...' : ''}); give more of the name`,
  );
}

/**
 * The hydra-tf weight name of each imported variable: its Python name from the object graph
 * (Keras 3: "dense_1/kernel") or else its node name, without a first scope every variable shares
 * when that scope is the model's name ("teacher/conv_1/kernel" -> "conv_1/kernel").
 */
function variableNames(nodes: string[], saved: Map<string, SavedVariableInfo>): Map<string, string> {
  const names = new Map(nodes.map((node) => [node, saved.get(node)?.name || node]));
  const parts = [...names.values()].map((name) => name.split('/'));
  const first = parts[0]?.[0];
  // Only a scope above several layers is the model's (a lone "lstm/lstm_cell/kernel" keeps its layer).
  if (parts.length > 0 && parts.every((p) => p.length >= 3 && p[0] === first) && new Set(parts.map((p) => p[1])).size > 1) {
    for (const [node, name] of names) names.set(node, name.slice(first.length + 1));
  }
  return names;
}
