// Hostile SavedModels for the untrusted-loading tests, built with lib/proto's encoders (and, where
// TensorFlow's parser must see a field written twice, by concatenating encoded messages: the wire
// format of "this field, then this field again").
import * as fs from 'fs';
import * as path from 'path';
import { proto } from '../../lib';
import { DataTypeProto } from '../../lib/proto';
import type { FunctionDef, GraphDef, MetaGraphDef, NodeDef } from '../../lib/proto';
import { stringConst } from './fixtures';

const PRODUCER = 1700;

function varint(value: number): number[] {
  const out: number[] = [];
  while (value > 0x7f) {
    out.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  out.push(value);
  return out;
}

/** One length-delimited field (a message, bytes or string) on the wire. */
export function wireField(fieldNumber: number, bytes: Uint8Array): Uint8Array {
  return Buffer.concat([Buffer.from([...varint((fieldNumber << 3) | 2), ...varint(bytes.length)]), bytes]);
}

/** saved_model.pb bytes: schema version 1, then each MetaGraphDef given as bytes. */
export function savedModelBytes(...metaGraphs: Uint8Array[]): Uint8Array {
  return Buffer.concat([Buffer.from([0x08, 0x01]), ...metaGraphs.map((bytes) => wireField(2, bytes))]);
}

/** Field numbers (tensorflow/core/protobuf/meta_graph.proto, graph.proto). */
export const META_GRAPH_DEF_GRAPH_DEF = 2;
export const GRAPH_DEF_LIBRARY = 2;

export const META_INFO = { metaGraphVersion: '2.21.0', tags: ['serve'], tensorflowVersion: '2.21.0' };

/** A WriteFile node that writes `contents` to `file`, with its two string constants (in the graph). */
export function writeFileNodes(name: string, file: string, contents: string): NodeDef[] {
  return [
    stringConst(`${name}/path`, file),
    stringConst(`${name}/contents`, contents),
    { name, op: 'WriteFile', input: [`${name}/path`, `${name}/contents`] },
  ];
}

export function floatConst(name: string, value: number): NodeDef {
  return {
    name,
    op: 'Const',
    attr: {
      dtype: { type: DataTypeProto.DT_FLOAT },
      value: { tensor: { dtype: DataTypeProto.DT_FLOAT, tensorShape: {}, floatVal: [value] } },
    },
  };
}

/** A signature `serving_default` with no inputs and one float output. */
export function constantSignature(tensorName: string, dtype = DataTypeProto.DT_FLOAT): MetaGraphDef['signatureDef'] {
  return {
    serving_default: {
      inputs: {},
      outputs: { out: { name: tensorName, dtype, tensorShape: {} } },
      methodName: 'tensorflow/serving/predict',
    },
  };
}

export function initSignature(node: string): MetaGraphDef['signatureDef'] {
  return { __saved_model_init_op: { outputs: { __saved_model_init_op: { name: node } } } };
}

/** A graph function call node (StatefulPartitionedCall) with no inputs and no outputs. */
export function callNode(name: string, fn: string, inputs: string[] = [], inTypes: number[] = [], outTypes: number[] = []): NodeDef {
  return {
    name,
    op: 'StatefulPartitionedCall',
    input: inputs,
    attr: {
      f: { func: { name: fn } },
      Tin: { list: { type: inTypes } },
      Tout: { list: { type: outTypes } },
      config: { s: new Uint8Array(0) },
      config_proto: { s: new Uint8Array(0) },
      executor_type: { s: new Uint8Array(0) },
    },
  };
}

/** A library function with no arguments whose body writes `contents` to `file`. */
export function writerFunction(name: string, file: string, contents: string): FunctionDef {
  const constant = (node: string, value: string): NodeDef => ({ ...stringConst(node, value) });
  return {
    signature: { name, isStateful: true },
    nodeDef: [
      constant('path', file),
      constant('contents', contents),
      { name: 'write', op: 'WriteFile', input: ['path:output:0', 'contents:output:0'] },
    ],
  };
}

/** A function of one float returning one float through a call of `callee` (a recursion when callee calls back). */
export function forwardingFunction(name: string, callee: string): FunctionDef {
  return {
    signature: {
      name,
      inputArg: [{ name: 'x', type: DataTypeProto.DT_FLOAT }],
      outputArg: [{ name: 'y', type: DataTypeProto.DT_FLOAT }],
      isStateful: true,
    },
    nodeDef: [callNode('call', callee, ['x'], [DataTypeProto.DT_FLOAT], [DataTypeProto.DT_FLOAT])],
    ret: { y: 'call:output:0' },
  };
}

/** A SavedModel whose serving_default feeds x (float scalar) to the function `entry`. */
export function functionModel(library: FunctionDef[], entry: string): Uint8Array {
  const graphDef: GraphDef = {
    node: [
      { name: 'x', op: 'Placeholder', attr: { dtype: { type: DataTypeProto.DT_FLOAT }, shape: { shape: {} } } },
      callNode('out', entry, ['x'], [DataTypeProto.DT_FLOAT], [DataTypeProto.DT_FLOAT]),
    ],
    library: { function: library },
    versions: { producer: PRODUCER },
  };
  return savedModelBytes(
    proto.encode('tensorflow.MetaGraphDef', {
      metaInfoDef: META_INFO,
      graphDef,
      signatureDef: {
        serving_default: {
          inputs: { x: { name: 'x:0', dtype: DataTypeProto.DT_FLOAT, tensorShape: {} } },
          outputs: { y: { name: 'out:0', dtype: DataTypeProto.DT_FLOAT, tensorShape: {} } },
          methodName: 'tensorflow/serving/predict',
        },
      },
    }),
  );
}

/**
 * A model that writes `marker` when it loads, with the writer hidden by writing the MetaGraphDef's
 * graph_def twice: first a GraphDef holding only the WriteFile init op, then the visible one. A
 * decoder that keeps the last copy sees a graph of one constant; TensorFlow merges both.
 */
export function hiddenGraphDefModel(marker: string): Uint8Array {
  const hidden = proto.encode('tensorflow.GraphDef', { node: writeFileNodes('init', marker, 'hidden graph_def ran') });
  const visible = proto.encode('tensorflow.MetaGraphDef', {
    metaInfoDef: META_INFO,
    graphDef: { node: [floatConst('answer', 42)], versions: { producer: PRODUCER } },
    signatureDef: { ...constantSignature('answer:0'), ...initSignature('init') },
  });
  return savedModelBytes(Buffer.concat([wireField(META_GRAPH_DEF_GRAPH_DEF, hidden), visible]));
}

/**
 * A model that writes `marker` when it loads, through a function hidden by writing
 * GraphDef.library twice: the first library holds the writer, the second (visible) a harmless one.
 */
export function hiddenLibraryModel(marker: string): Uint8Array {
  const hiddenLibrary = proto.encode('tensorflow.FunctionDefLibrary', {
    function: [writerFunction('hidden_writer', marker, 'hidden library ran')],
  });
  const visibleGraph = proto.encode('tensorflow.GraphDef', {
    node: [floatConst('answer', 42), callNode('init', 'hidden_writer')],
    library: { function: [{ signature: { name: 'harmless' }, nodeDef: [] }] },
    versions: { producer: PRODUCER },
  });
  const graphDef = Buffer.concat([wireField(GRAPH_DEF_LIBRARY, hiddenLibrary), visibleGraph]);
  const rest = proto.encode('tensorflow.MetaGraphDef', {
    metaInfoDef: META_INFO,
    signatureDef: { ...constantSignature('answer:0'), ...initSignature('init') },
  });
  return savedModelBytes(Buffer.concat([rest, wireField(META_GRAPH_DEF_GRAPH_DEF, graphDef)]));
}

/** A plain model whose init op writes `marker` (refused by any check that sees it). */
export function writerInitModel(marker: string): Uint8Array {
  return savedModelBytes(
    proto.encode('tensorflow.MetaGraphDef', {
      metaInfoDef: META_INFO,
      graphDef: {
        node: [floatConst('answer', 42), ...writeFileNodes('init', marker, 'refused init op ran')],
        versions: { producer: PRODUCER },
      },
      signatureDef: { ...constantSignature('answer:0'), ...initSignature('init') },
    }),
  );
}

/** The same model with a harmless init op (a NoOp). */
export function harmlessInitModel(): Uint8Array {
  return savedModelBytes(
    proto.encode('tensorflow.MetaGraphDef', {
      metaInfoDef: META_INFO,
      graphDef: { node: [floatConst('answer', 42), { name: 'init', op: 'NoOp' }], versions: { producer: PRODUCER } },
      signatureDef: { ...constantSignature('answer:0'), ...initSignature('init') },
    }),
  );
}

/**
 * serving_default returns (first line, whole contents) of a file, through DatasetFromGraph fed a
 * serialized dataset GraphDef (TextLineDataset, ReadFile) held in a string constant (joined with
 * the input `suffix`, fed '', so that constant folding leaves the dataset to the run).
 */
export function datasetFromGraphModel(serializedGraph: Uint8Array): Uint8Array {
  const graph: NodeDef = {
    name: 'graph',
    op: 'Const',
    attr: {
      dtype: { type: DataTypeProto.DT_STRING },
      value: { tensor: { dtype: DataTypeProto.DT_STRING, tensorShape: {}, stringVal: [serializedGraph] } },
    },
  };
  return savedModelBytes(
    proto.encode('tensorflow.MetaGraphDef', {
      metaInfoDef: META_INFO,
      graphDef: {
        node: [
          graph,
          // graph + suffix (fed ''): not a constant to grappler, so the dataset is made when the signature runs.
          { name: 'suffix', op: 'Placeholder', attr: { dtype: { type: DataTypeProto.DT_STRING }, shape: { shape: {} } } },
          { name: 'graph_in', op: 'StringJoin', input: ['graph', 'suffix'], attr: { N: { i: 2 } } },
          { name: 'dataset', op: 'DatasetFromGraph', input: ['graph_in'] },
          {
            name: 'element',
            op: 'DatasetToSingleElement',
            input: ['dataset'],
            attr: {
              output_types: { list: { type: [DataTypeProto.DT_STRING, DataTypeProto.DT_STRING] } },
              output_shapes: { list: { shape: [{}, {}] } },
              metadata: { s: new Uint8Array(0) },
            },
          },
        ],
        versions: { producer: PRODUCER },
      },
      signatureDef: {
        serving_default: {
          inputs: { suffix: { name: 'suffix:0', dtype: DataTypeProto.DT_STRING, tensorShape: {} } },
          outputs: {
            line: { name: 'element:0', dtype: DataTypeProto.DT_STRING, tensorShape: {} },
            contents: { name: 'element:1', dtype: DataTypeProto.DT_STRING, tensorShape: {} },
          },
          methodName: 'tensorflow/serving/predict',
        },
      },
    }),
  );
}

/** Writes a SavedModel directory holding only saved_model.pb. */
export function writeModel(dir: string, bytes: Uint8Array): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'saved_model.pb'), bytes);
  return dir;
}

/**
 * A model whose init op is a StatefulPartitionedCall with f: "WriteFile" -- an op, not a library
 * function (TensorFlow's function runtime can instantiate an op by name).
 */
export function opAsFunctionModel(marker: string): Uint8Array {
  const call = callNode('init', 'WriteFile', ['init/path', 'init/contents'], [DataTypeProto.DT_STRING, DataTypeProto.DT_STRING]);
  return savedModelBytes(
    proto.encode('tensorflow.MetaGraphDef', {
      metaInfoDef: META_INFO,
      graphDef: {
        node: [
          floatConst('answer', 42),
          stringConst('init/path', marker),
          stringConst('init/contents', 'op called as a function ran'),
          call,
        ],
        versions: { producer: PRODUCER },
      },
      signatureDef: { ...constantSignature('answer:0'), ...initSignature('init') },
    }),
  );
}

/** A library function named like an op ("Identity"), called by its name. */
export function functionNamedLikeOpModel(): Uint8Array {
  const fn: FunctionDef = {
    signature: {
      name: 'Identity',
      inputArg: [{ name: 'x', type: DataTypeProto.DT_FLOAT }],
      outputArg: [{ name: 'y', type: DataTypeProto.DT_FLOAT }],
    },
    nodeDef: [],
    ret: { y: 'x' },
  };
  return functionModel([fn], 'Identity');
}

/** A graph (not meant to run) with the given nodes, for checks only. */
export function graphModel(nodes: NodeDef[]): Uint8Array {
  return savedModelBytes(
    proto.encode('tensorflow.MetaGraphDef', { metaInfoDef: META_INFO, graphDef: { node: nodes, versions: { producer: PRODUCER } } }),
  );
}
