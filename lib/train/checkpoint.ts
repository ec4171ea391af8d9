/**
 * Checkpoints in TensorFlow's bundle format through SaveV2 / RestoreV2, keyed by
 * variable name, so Python's tf.train.load_checkpoint reads them. A save goes to
 * a temporary prefix, is renamed into place, and only then does the
 * `checkpoint` state file (the text format TensorFlow's latest_checkpoint reads)
 * point at it: a crash mid-save leaves the previous checkpoint readable.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Graph, Operation, Output, Session, Tensor, invalidArgument, notFound } from '../core';
import * as ops from '../ops';
import { Variable } from '../nn';

/** The save and restore subgraphs for a list of variables. */
export class Saver {
  private readonly prefix: Output;
  private readonly saveOp: Operation;
  private readonly restoreOp: Operation;

  constructor(
    readonly graph: Graph,
    readonly variables: Variable[],
    name = 'saver',
  ) {
    if (variables.length === 0) throw invalidArgument('a checkpoint needs at least one variable');
    const names = variables.map((v) => v.name);
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate) throw invalidArgument(`two variables are named "${duplicate}"; checkpoint keys must be unique`);
    [this.prefix, this.saveOp, this.restoreOp] = graph.withRootScope(() =>
      graph.withNameScope(name, () => {
        const prefix = ops.placeholder(graph, { dtype: 'string', shape: [], name: 'prefix' });
        const tensorNames = ops.constant(graph, names, 'string');
        const slices = ops.constant(graph, names.map(() => ''), 'string');
        const save = ops.saveV2(prefix, tensorNames, slices, variables.map((v) => v.read()), { name: 'save' });
        const restored = ops.restoreV2(prefix, tensorNames, slices, { dtypes: variables.map((v) => v.dtype) });
        const assigns = variables.map((v, i) => v.assign(restored[i]));
        const restore = graph.addOperation({ type: 'NoOp', name: 'restore', controlInputs: assigns });
        return [prefix, save, restore] as const;
      }),
    );
  }

  /** Writes a checkpoint `<dir>/<name>` atomically and records it as the latest. Returns its prefix. */
  async save(session: Session, dir: string, name: string): Promise<string> {
    fs.mkdirSync(dir, { recursive: true });
    const final = path.join(dir, name);
    const temporary = path.join(dir, `.${name}.tmp-${process.pid}-${Date.now()}`);
    const prefix = Tensor.from(temporary, { dtype: 'string', shape: [] });
    try {
      await session.run([[this.prefix, prefix]], [], [this.saveOp]);
    } finally {
      prefix.dispose();
    }
    // Data shards first, the index last: a bundle is only found through its index.
    const written = fs.readdirSync(dir).filter((f) => f.startsWith(path.basename(temporary) + '.'));
    const index = written.find((f) => f.endsWith('.index'));
    if (!index) throw notFound(`SaveV2 wrote no index for ${final}`);
    for (const file of written.filter((f) => f !== index)) fs.renameSync(path.join(dir, file), path.join(dir, name + file.slice(path.basename(temporary).length)));
    fs.renameSync(path.join(dir, index), `${final}.index`);
    writeState(dir, name);
    return final;
  }

  /** Restores every variable from a checkpoint prefix (as returned by save or latestCheckpoint). */
  async restore(session: Session, prefix: string): Promise<void> {
    if (!fs.existsSync(`${prefix}.index`)) throw notFound(`no checkpoint at ${prefix} (missing ${prefix}.index)`);
    const value = Tensor.from(prefix, { dtype: 'string', shape: [] });
    try {
      await session.run([[this.prefix, value]], [], [this.restoreOp]);
    } finally {
      value.dispose();
    }
  }
}

/** Writes the `checkpoint` state file (CheckpointState text format) atomically, keeping older entries. */
function writeState(dir: string, latest: string): void {
  const all = listCheckpoints(dir).filter((n) => n !== latest);
  all.push(latest);
  const text = [`model_checkpoint_path: ${JSON.stringify(latest)}`, ...all.map((n) => `all_model_checkpoint_paths: ${JSON.stringify(n)}`)].join('\n') + '\n';
  const temporary = path.join(dir, `.checkpoint.tmp-${process.pid}`);
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, path.join(dir, 'checkpoint'));
}

function listCheckpoints(dir: string): string[] {
  const file = path.join(dir, 'checkpoint');
  if (!fs.existsSync(file)) return [];
  return [...fs.readFileSync(file, 'utf8').matchAll(/^all_model_checkpoint_paths:\s*"((?:[^"\\]|\\.)*)"/gm)].map((m) => JSON.parse(`"${m[1]}"`));
}

/** The prefix of the latest checkpoint in `dir` (from its state file), or null. */
export function latestCheckpoint(dir: string): string | null {
  const file = path.join(dir, 'checkpoint');
  if (!fs.existsSync(file)) return null;
  const match = /^model_checkpoint_path:\s*"((?:[^"\\]|\\.)*)"/m.exec(fs.readFileSync(file, 'utf8'));
  if (!match) return null;
  const name = JSON.parse(`"${match[1]}"`) as string;
  const prefix = path.isAbsolute(name) ? name : path.join(dir, name);
  return fs.existsSync(`${prefix}.index`) ? prefix : null;
}

/** Removes a checkpoint's files (not the state file entry). */
export function removeCheckpoint(prefix: string): void {
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  for (const file of fs.readdirSync(dir)) if (file === `${base}.index` || file.startsWith(`${base}.data-`)) fs.rmSync(path.join(dir, file));
}
