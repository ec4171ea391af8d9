/**
 * Who writes files in a distributed job: the chief alone (strategy.writesFiles). Every replica
 * holds the same weights, so the others skip checkpoints, SavedModels and TensorBoard logs
 * entirely (Keras writes theirs to temporary directories and deletes them; nothing here needs a
 * collective to save, so skipping is the same with less I/O). A script that runs on every worker
 * can call save/export as it would alone: on a non-chief they write nothing and return the path
 * the chief writes (shared storage makes that the same file everywhere).
 */
import * as path from 'path';

/** The path a skipped write would have had (a checkpoint pointer `<dir>/<name>`, or the directory). */
export function skippedWrite(dir: string, name?: string): string {
  return name === undefined ? path.resolve(dir) : path.join(dir, name);
}
