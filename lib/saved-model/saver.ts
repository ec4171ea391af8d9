/**
 * The one save/restore subgraph of hydra-tf: SaveV2 and RestoreV2 over a list of variables, keyed
 * by name, in TensorFlow's checkpoint format V2 (one shard: `<prefix>.index` and
 * `<prefix>.data-00000-of-00001`; no MergeV2Checkpoints, as nothing is sharded). savedModel.save
 * writes an export's variables with it (its filename, save tensor and restore op are the
 * SaverDef's), lib/train's checkpoints write training state with it; Python reads both
 * (tf.train.load_checkpoint, tf.saved_model.load).
 *
 * Built in the caller's name scope:
 *   filename  PlaceholderWithDefault(Const "filename/input" = defaultFilename)
 *   SaveV2(filename, tensor_names, shape_and_slices = "", reads...) + Identity "control_dependency" after it
 *   RestoreV2(filename, tensor_names, shape_and_slices) -> the variables' assigns + NoOp "restore_all"
 * the names Python's tf.compat.v1.train.Saver gives them.
 */
import { DType, Graph, Operation, Output, invalidArgument, tensor } from '../core';

/** A variable as a saver sees it: the checkpoint key, the value to write, and how a restored value is assigned. */
export interface SaverVariable {
  /** The checkpoint key (unique in one saver). */
  key: string;
  /** The dtype stored under the key (a TF_DataType code or a name). */
  dtype: DType | number;
  /** Builds the read whose value is saved. */
  read(): Output;
  /** Builds the op that writes a restored value (of `dtype`) into the variable. */
  assign(restored: Output): Operation;
}

/** The ops of a saver subgraph. */
export interface SaverGraph {
  /** The checkpoint prefix to write or read (a string scalar; feed it). */
  filename: Output;
  /** The SaveV2 operation. */
  save: Operation;
  /** `filename` after the save has run: what a SaverDef names as its save tensor. */
  saveTensor: Output;
  /** Runs every assign of the restored values. */
  restore: Operation;
}

/** Adds SaveV2 / RestoreV2 for `variables` to `graph` in the current name scope. */
export function buildSaverGraph(graph: Graph, variables: SaverVariable[], defaultFilename = 'model'): SaverGraph {
  if (variables.length === 0) throw invalidArgument('a checkpoint needs at least one variable');
  const keys = variables.map((v) => v.key);
  const duplicate = keys.find((key, i) => keys.indexOf(key) !== i);
  if (duplicate !== undefined) throw invalidArgument(`two variables are named "${duplicate}"; checkpoint keys must be unique`);
  const dtypes = variables.map((v) => v.dtype);
  const constant = (name: string, values: string[] | string) =>
    graph.addOperation({ type: 'Const', name, attrs: { dtype: 'string', value: tensor(values, 'string') } }).output(0);
  const filename = graph
    .addOperation({
      type: 'PlaceholderWithDefault',
      name: 'filename',
      inputs: [constant('filename/input', defaultFilename)],
      attrs: { dtype: 'string', shape: [] },
    })
    .output(0);
  const tensorNames = constant('tensor_names', keys);
  const slices = constant(
    'shape_and_slices',
    keys.map(() => ''),
  );
  const values = variables.map((v) => v.read());
  const save = graph.addOperation({ type: 'SaveV2', name: 'SaveV2', inputs: [filename, tensorNames, slices, values], attrs: { dtypes } });
  const saveTensor = graph
    .addOperation({ type: 'Identity', name: 'control_dependency', inputs: [filename], controlInputs: [save] })
    .output(0);
  const restored = graph.addOperation({ type: 'RestoreV2', name: 'RestoreV2', inputs: [filename, tensorNames, slices], attrs: { dtypes } });
  const assigns = variables.map((v, i) => v.assign(restored.output(i)));
  const restore = graph.addOperation({ type: 'NoOp', name: 'restore_all', controlInputs: assigns });
  return { filename, save, saveTensor, restore };
}
