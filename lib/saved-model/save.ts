/**
 * savedModel.save: writes a graph and its session's variables as a SavedModel that Python
 * (`tf.saved_model.load`, `tf.compat.v1.saved_model.load`), TF Serving, `saved_model_cli` and
 * hydra-tf itself load.
 *
 * The export is TF1-style (a MetaGraphDef with graph_def, saver_def and signature_defs; no TF2
 * object graph), the form TensorFlow's C++ loader and TF Serving read natively and Python's
 * tf.saved_model.load reads through its v1 path (load_v1_in_v2), which needs nothing more:
 * it restores variables by running saver_def.restore_op_name with the checkpoint path fed to
 * saver_def.filename_tensor_name, then prunes one function per signature.
 *
 * To write the variables, save adds saver.ts's subgraph to the caller's graph (once per graph and
 * set of variables), under a fresh "save" name scope: its filename, save tensor and restore op are
 * saver_def's filename_tensor_name, save_tensor_name and restore_op_name. It runs the save op
 * once with <tmp>/variables/variables fed as filename (checkpoint format V2, not sharded: one
 * variables.data-00000-of-00001 and a variables.index). Finding the initialised
 * variables adds one VarIsInitializedOp per variable (scope "save_check"), also once per graph.
 * Both stay in the graph, and so in the export: harmless, and cheaper than rebuilding. Everything
 * is written into a temporary directory beside the target and put in place by core's durable
 * directory replacement: a kill at any moment leaves the old or the new export, and `overwrite`
 * only ever replaces a SavedModel.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  dtypeCode,
  TensorFlowError,
  invalidArgument,
  makeError,
  Graph,
  Operation,
  Output,
  version,
  opRegistry,
  Session,
  durable,
} from '../core';
import { decode, encode, CheckpointFormatVersion } from '../proto';
import type { GraphDef, OpDef, SignatureDef, TensorInfo } from '../proto';
import { DEFAULT_TAGS, SAVED_MODEL_FILE, VARIABLES_DIR, VARIABLES_PREFIX } from './reader';
import { SAVED_MODEL_DIRECTORY } from './replace';
import { buildSaverGraph } from './saver';
import { INIT_OP_SIGNATURE_KEY } from './signatures';

/** A signature to export: named graph tensors in and out. */
export interface SignatureSpec {
  inputs: Record<string, Output>;
  outputs: Record<string, Output>;
  /** Default "tensorflow/serving/predict" (what TF Serving's Predict API expects). */
  methodName?: string;
}

export interface SaveOptions {
  graph: Graph;
  /** The session holding the variables' values (a session of `graph`). */
  session: Session;
  /** At least one; Python and TF Serving call "serving_default" unless told otherwise. */
  signatures: Record<string, SignatureSpec>;
  /** Default ["serve"]. */
  tags?: string[];
  /**
   * The variables to save (VarHandleOp, or TF1 VariableV2 nodes). Default: every variable in the
   * graph that is initialised in `session` (uninitialised ones hold nothing to save and are listed
   * in the result's `skippedVariables`).
   */
  variables?: Operation[];
  /** An operation loaders run after restoring the variables (e.g. to fill lookup tables). */
  initOp?: Operation;
  /**
   * Replace `dir` when it holds a SavedModel (saved_model.pb(txt), variables/, assets/, ... and
   * nothing else); a directory holding anything else is refused even so. Default false: refuse
   * any non-empty `dir`.
   */
  overwrite?: boolean;
}

export interface SaveResult {
  /** Absolute path of the SavedModel directory. */
  dir: string;
  tags: string[];
  signatures: string[];
  /** Checkpoint keys written (= variable node names). */
  variables: string[];
  /** Variables found in the graph but not initialised, so not saved. */
  skippedVariables: string[];
}

const VARIABLE_TYPES = new Set(['VarHandleOp', 'VariableV2']);
const METHOD_PREDICT = 'tensorflow/serving/predict';

/** The saver subgraph added to a graph for one set of variables. */
interface Saver {
  key: string;
  filename: Output;
  saveTensor: Output;
  restoreOp: Operation;
}

const saversByGraph = new WeakMap<Graph, Saver[]>();

/** A name scope no operation of the graph uses yet ("save", "save_1", ...). */
function freshScope(graph: Graph, base: string): string {
  const names = graph.operations().map((op) => op.name);
  for (let i = 0; ; i++) {
    const scope = i === 0 ? base : `${base}_${i}`;
    if (!names.some((name) => name === scope || name.startsWith(`${scope}/`))) return scope;
  }
}

/** The variable's TF_DataType code (a TF1 ref variable's base type). */
function variableDtype(variable: Operation): number {
  const code = variable.attr('dtype').type;
  if (code === undefined) throw invalidArgument(`variable '${variable.name}' (${variable.type}) has no dtype attribute`);
  return code > 100 ? code - 100 : code;
}

function buildSaver(graph: Graph, variables: Operation[]): Saver {
  const key = variables.map((v) => v.name).join('\n');
  const existing = saversByGraph.get(graph)?.find((saver) => saver.key === key);
  if (existing) return existing;
  const dtypes = variables.map(variableDtype);
  const names = variables.map((v) => v.name);
  const scope = freshScope(graph, 'save');
  const saver = graph.withNameScope(scope, () => {
    const built = buildSaverGraph(
      graph,
      variables.map((v, i) => ({
        key: names[i],
        dtype: dtypes[i],
        read: () =>
          v.type === 'VarHandleOp'
            ? graph.addOperation({ type: 'ReadVariableOp', name: 'read', inputs: [v.output(0)], attrs: { dtype: dtypes[i] } }).output(0)
            : graph.addOperation({ type: 'Identity', name: 'read', inputs: [v.output(0)] }).output(0),
        assign: (restored: Output) =>
          v.type === 'VarHandleOp'
            ? graph.addOperation({ type: 'AssignVariableOp', name: 'Assign', inputs: [v.output(0), restored], attrs: { dtype: dtypes[i] } })
            : graph.addOperation({ type: 'Assign', name: 'Assign', inputs: [v.output(0), restored] }),
      })),
    );
    return { key, filename: built.filename, saveTensor: built.saveTensor, restoreOp: built.restore };
  });
  saversByGraph.set(graph, [...(saversByGraph.get(graph) ?? []), saver]);
  return saver;
}

const checksByGraph = new WeakMap<Graph, { key: string; checks: Output[] }>();

/** The graph's variables that hold a value in `session` (and those that do not). */
async function initialisedVariables(graph: Graph, session: Session): Promise<{ initialised: Operation[]; skipped: Operation[] }> {
  const candidates = graph.operations().filter((op) => VARIABLE_TYPES.has(op.type));
  if (candidates.length === 0) return { initialised: [], skipped: [] };
  const key = candidates.map((v) => v.name).join('\n');
  const cached = checksByGraph.get(graph);
  const checks =
    cached?.key === key
      ? cached.checks
      : graph.withNameScope(freshScope(graph, 'save_check'), () =>
          candidates.map((v) =>
            graph
              .addOperation(
                v.type === 'VarHandleOp'
                  ? { type: 'VarIsInitializedOp', name: 'is_initialized', inputs: [v.output(0)] }
                  : { type: 'IsVariableInitialized', name: 'is_initialized', inputs: [v.output(0)], attrs: { dtype: variableDtype(v) } },
              )
              .output(0),
          ),
        );
  checksByGraph.set(graph, { key, checks });
  const flags = await session.run(null, checks);
  const initialised: Operation[] = [];
  const skipped: Operation[] = [];
  flags.forEach((flag, i) => {
    (flag.item() ? initialised : skipped).push(candidates[i]);
    flag.dispose();
  });
  return { initialised, skipped };
}

function tensorInfo(output: Output): TensorInfo {
  const shape = output.shape;
  return {
    name: output.name,
    dtype: dtypeCode(output.dtype),
    tensorShape: shape === null ? { unknownRank: true } : { dim: shape.map((size) => ({ size })) },
  };
}

function checkOwnOutput(graph: Graph, output: unknown, what: string): Output {
  if (!(output instanceof Output)) throw invalidArgument(`${what} must be an Output of the graph`);
  if (output.graph !== graph) throw invalidArgument(`${what} (${output.name}) belongs to another graph`);
  return output;
}

function signatureDefs(graph: Graph, signatures: Record<string, SignatureSpec>): Record<string, SignatureDef> {
  if (!signatures || typeof signatures !== 'object' || Object.keys(signatures).length === 0) {
    throw invalidArgument('save needs at least one signature, e.g. { serving_default: { inputs: { x }, outputs: { y } } }');
  }
  const defs: Record<string, SignatureDef> = {};
  for (const [name, spec] of Object.entries(signatures)) {
    if (name === '' || name.startsWith('__saved_model_')) throw invalidArgument(`signature name "${name}" is reserved or empty`);
    if (!spec || typeof spec !== 'object') throw invalidArgument(`signature "${name}" must be { inputs, outputs }`);
    const outputs = Object.entries(spec.outputs ?? {});
    if (outputs.length === 0) throw invalidArgument(`signature "${name}" has no outputs`);
    const side = (entries: Array<[string, Output]>, kind: string) =>
      Object.fromEntries(
        entries.map(([key, output]) => [key, tensorInfo(checkOwnOutput(graph, output, `signature "${name}" ${kind} "${key}"`))]),
      );
    defs[name] = {
      inputs: side(Object.entries(spec.inputs ?? {}), 'input'),
      outputs: side(outputs, 'output'),
      methodName: spec.methodName ?? METHOD_PREDICT,
    };
  }
  return defs;
}

/** OpDefs of the ops a GraphDef uses, without documentation (MetaInfoDef.stripped_op_list). */
function strippedOpList(graphDef: GraphDef): OpDef[] {
  const functions = new Set((graphDef.library?.function ?? []).map((f) => f.signature?.name));
  const types = new Set<string>();
  for (const node of graphDef.node ?? []) types.add(node.op ?? '');
  for (const fn of graphDef.library?.function ?? []) for (const node of fn.nodeDef ?? []) types.add(node.op ?? '');
  const registry = opRegistry();
  return [...types]
    .filter((type) => type && !functions.has(type) && registry.has(type))
    .sort()
    .map((type) => {
      const def = registry.get(type) as OpDef;
      const undocumented = <T extends { description?: string }>(items: T[] | undefined) =>
        items?.map(({ description: _, ...rest }) => rest as T);
      const { summary: _s, description: _d, ...rest } = def;
      return { ...rest, inputArg: undocumented(def.inputArg), outputArg: undocumented(def.outputArg), attr: undocumented(def.attr) };
    });
}

/** A length-delimited protobuf field: lets the GraphDef bytes TensorFlow produced go in untouched. */
function lengthDelimited(fieldNumber: number, payload: Uint8Array): Uint8Array {
  const header: number[] = [(fieldNumber << 3) | 2];
  let length = payload.length;
  while (length > 0x7f) {
    header.push((length & 0x7f) | 0x80);
    length >>>= 7;
  }
  header.push(length);
  return Buffer.concat([Buffer.from(header), payload]);
}

/** Writes `graph` with the variables' values in `session` as a SavedModel in `dir`. */
export async function save(dir: string, options: SaveOptions): Promise<SaveResult> {
  if (!options || typeof options !== 'object') throw invalidArgument('save needs options { graph, session, signatures }');
  const { graph, session } = options;
  if (!(graph instanceof Graph)) throw invalidArgument('save: options.graph must be a Graph');
  if (!(session instanceof Session)) throw invalidArgument('save: options.session must be a Session');
  if (session.graph !== graph) throw invalidArgument('save: options.session is not a session of options.graph');
  if (session.closed) throw invalidArgument('save: options.session has been closed');
  const target = durable.checkReplaceable(dir, options.overwrite ?? false, SAVED_MODEL_DIRECTORY);
  const tags = options.tags ?? [...DEFAULT_TAGS];
  if (!Array.isArray(tags) || tags.length === 0 || tags.some((tag) => typeof tag !== 'string' || tag === '')) {
    throw invalidArgument(`save: tags must be a non-empty array of non-empty strings, got ${JSON.stringify(tags)}`);
  }
  const signatureDef = signatureDefs(graph, options.signatures);
  if (options.initOp !== undefined) {
    if (!(options.initOp instanceof Operation) || options.initOp.graph !== graph)
      throw invalidArgument('save: initOp must be an Operation of the graph');
    signatureDef[INIT_OP_SIGNATURE_KEY] = {
      outputs: { [INIT_OP_SIGNATURE_KEY]: { name: options.initOp.name, tensorShape: { unknownRank: true } } },
    };
  }

  let variables: Operation[];
  let skipped: Operation[] = [];
  if (options.variables !== undefined) {
    if (!Array.isArray(options.variables))
      throw invalidArgument('save: variables must be an array of VarHandleOp (or VariableV2) operations');
    variables = options.variables.map((v, i) => {
      if (!(v instanceof Operation) || v.graph !== graph) throw invalidArgument(`save: variables[${i}] is not an Operation of the graph`);
      if (!VARIABLE_TYPES.has(v.type))
        throw invalidArgument(`save: variables[${i}] '${v.name}' is a ${v.type}, expected a VarHandleOp (or VariableV2)`);
      return v;
    });
    if (new Set(variables.map((v) => v.name)).size !== variables.length) throw invalidArgument('save: variables lists an operation twice');
  } else {
    ({ initialised: variables, skipped } = await initialisedVariables(graph, session));
  }
  variables = [...variables].sort((a, b) => (a.name < b.name ? -1 : 1));

  durable.checkReplaceable(target, options.overwrite ?? false, SAVED_MODEL_DIRECTORY); // again: the checks above awaited a session run
  const overwrite = options.overwrite ?? false;
  const temporary = durable.temporaryBeside(target);
  try {
    const variablesDir = path.join(temporary, VARIABLES_DIR);
    fs.mkdirSync(variablesDir);
    let saverDef: Record<string, unknown> | undefined;
    if (variables.length) {
      const saver = buildSaver(graph, variables);
      try {
        const [written] = await session.run([[saver.filename, path.join(variablesDir, VARIABLES_PREFIX)]], [saver.saveTensor]);
        written.dispose();
      } catch (error) {
        if (error instanceof TensorFlowError) {
          throw makeError(
            error.code,
            `save: cannot write the variables (${variables.map((v) => v.name).join(', ')}) to ${target}: ${error.message}`,
          );
        }
        throw error;
      }
      saverDef = {
        filenameTensorName: saver.filename.name,
        saveTensorName: saver.saveTensor.name,
        restoreOpName: saver.restoreOp.name,
        maxToKeep: 5,
        sharded: false,
        keepCheckpointEveryNHours: 10000,
        version: CheckpointFormatVersion.V2,
      };
    }
    // The GraphDef is taken after the saver exists, so it holds the save and restore ops.
    const graphDefBytes = graph.toGraphDef();
    const graphDef = decode<GraphDef>('tensorflow.GraphDef', graphDefBytes);
    const metaGraphWithoutGraph = encode('tensorflow.MetaGraphDef', {
      metaInfoDef: {
        tags,
        tensorflowVersion: version(),
        tensorflowGitVersion: `hydra-tf (libtensorflow ${version()})`,
        strippedOpList: { op: strippedOpList(graphDef) },
      },
      saverDef,
      signatureDef,
    });
    const metaGraph = Buffer.concat([metaGraphWithoutGraph, lengthDelimited(2, graphDefBytes)]);
    const savedModel = Buffer.concat([encode('tensorflow.SavedModel', { savedModelSchemaVersion: 1 }), lengthDelimited(2, metaGraph)]);
    fs.writeFileSync(path.join(temporary, SAVED_MODEL_FILE), savedModel);
    durable.commitReplacement(temporary, target, overwrite, SAVED_MODEL_DIRECTORY);
  } catch (error) {
    durable.discardTemporary(temporary);
    throw error;
  }
  return {
    dir: target,
    tags,
    signatures: Object.keys(signatureDef).filter((name) => name !== INIT_OP_SIGNATURE_KEY),
    variables: variables.map((v) => v.name),
    skippedVariables: skipped.map((v) => v.name),
  };
}
