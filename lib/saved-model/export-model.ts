/**
 * Export of a trained model for serving: a clean graph with the model built in inference
 * behaviour, the trained values assigned to its variables, and one `serving_default`
 * signature. The caller (the trainer) builds the model and reads the values; this module
 * knows graphs, sessions and SavedModels only, so it stays below lib/train and lib/nn.
 */
import { DType, Graph, Operation, Output, Session, SessionOptions, Tensor, invalidArgument } from '../core';
import * as ops from '../ops';
import { SaveResult, save } from './save';

/** A resource variable of the export graph. */
export interface ExportVariable {
  /** Its name: the key its trained value is read under. */
  name: string;
  dtype: DType;
  shape: number[];
  /** The VarHandleOp output. */
  handle: Output;
  /** The op giving the variable its initial value. */
  initializer: Operation;
}

export interface ExportModelOptions {
  /** Builds the model into the (fresh) export graph: its input placeholders, named outputs and variables. */
  build(graph: Graph): { inputs: Record<string, Output>; outputs: Record<string, Output>; variables: ExportVariable[] };
  /** The trained values of the named variables, in order. */
  values(names: string[]): Promise<Tensor[]>;
  /** Outputs to export (default: every output the build gives). */
  outputs?: string[];
  session?: SessionOptions;
  overwrite?: boolean;
}

/** Writes a SavedModel of a trained model to `dir` (inputs → outputs as `serving_default`). */
export async function exportModel(dir: string, options: ExportModelOptions): Promise<SaveResult> {
  const graph = new Graph();
  try {
    const built = options.build(graph);
    const names = options.outputs ?? Object.keys(built.outputs);
    const outputs: Record<string, Output> = {};
    for (const name of names) {
      if (!built.outputs[name])
        throw invalidArgument(`export: the model has no output "${name}" (outputs: ${Object.keys(built.outputs).join(', ')})`);
      outputs[name] = graph.withRootScope(() => ops.identity(built.outputs[name], { name: `outputs/${name}` }));
    }
    const session = new Session(graph, options.session ?? {});
    try {
      await session.run(
        null,
        [],
        built.variables.map((v) => v.initializer),
      );
      const values = await options.values(built.variables.map((v) => v.name));
      const feeds: Array<[Output, Tensor]> = [];
      const assigns = built.variables.map((v, i) => {
        const slot = graph.withRootScope(() => ops.placeholder(graph, { dtype: v.dtype, shape: v.shape, name: `restore_value/${v.name}` }));
        feeds.push([slot, values[i]]);
        return ops.assignVariableOp(v.handle, slot, { name: `restore_value/${v.name}/Assign` });
      });
      try {
        await session.run(feeds, [], assigns);
      } finally {
        for (const value of values) value.dispose();
      }
      return await save(dir, {
        graph,
        session,
        signatures: { serving_default: { inputs: built.inputs, outputs } },
        variables: built.variables.map((v) => v.handle.op),
        overwrite: options.overwrite,
      });
    } finally {
      await session.close();
    }
  } finally {
    graph.dispose();
  }
}
