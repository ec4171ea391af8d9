/**
 * How savedModel.save puts an export in place, so that a kill -9 at any moment leaves the old or
 * the new model at the target path (after {@link recoverInterruptedSave}, which save and load run
 * first), and never touches a directory that is not a SavedModel.
 *
 * The protocol, for target `<parent>/<name>`:
 *  1. the export is written into a fresh sibling `.<name>.tmp-<pid>-<8 hex>` and fsync'd (files,
 *     directories);
 *  2. a missing or empty target: the sibling is renamed onto it (one atomic rename);
 *  3. a target holding a SavedModel (checked: saved_model.pb(txt), variables/, assets/, ... and
 *     nothing else): rename target -> `.<name>.old-<pid>-<8 hex>`, rename sibling -> target, fsync
 *     the parent, then delete the backup;
 *  4. recovery: when the target is missing and a backup of a process that no longer runs exists,
 *     the backup is renamed back (the kill fell between the two renames of step 3: the old model
 *     returns); leftover temporaries and backups of dead processes are deleted by the next save.
 * Only entries matching these two patterns for this target are ever renamed or deleted. Exports
 * by older hydra-tf versions left `.<name>.tmp-<pid>-<hex>` and `<that>.old`; both are recognised.
 *
 * Limit: between the two renames of step 3 the path is briefly missing; a reader that does not
 * run the recovery (Python, TF Serving) sees no model there until hydra-tf's next save or load.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TensorFlowError, failedPrecondition, invalidArgument, durable } from '../core';

const { fsyncPath, fsyncTree, processAlive, uniqueSuffix } = durable;

/** Top-level entries a SavedModel directory holds (TensorFlow, Keras and hydra-tf exports). */
const SAVED_MODEL_ENTRIES = new Set(['saved_model.pb', 'saved_model.pbtxt', 'variables', 'assets', 'assets.extra', 'fingerprint.pb', 'keras_metadata.pb']);
const VARIABLES_FILE = /^variables\.(?:index|data-\d{5}-of-\d{5})$/;

/** Temporaries being written by this process (never leftovers, whatever their pid says). */
const inFlight = new Set<string>();

interface Leftover {
  path: string;
  kind: 'temporary' | 'backup';
  pid: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Siblings of `target` that an export to it left: temporaries and backups, with the pid that made them. */
function leftoversOf(target: string): Leftover[] {
  const parent = path.dirname(target);
  const name = escapeRegExp(path.basename(target));
  const pattern = new RegExp(`^\\.${name}\\.(?:(tmp)-(\\d+)-[0-9a-f]{8}(\\.old)?|(old)-(\\d+)-[0-9a-f]{8})$`);
  let entries: string[];
  try {
    entries = fs.readdirSync(parent);
  } catch {
    return [];
  }
  const found: Leftover[] = [];
  for (const entry of entries) {
    const match = pattern.exec(entry);
    if (!match) continue;
    const backup = match[4] === 'old' || match[3] === '.old';
    found.push({ path: path.join(parent, entry), kind: backup ? 'backup' : 'temporary', pid: Number(match[2] ?? match[5]) });
  }
  return found;
}

/** A leftover no running save of any process is using. */
function abandoned(leftover: Leftover): boolean {
  if (inFlight.has(leftover.path)) return false;
  // This process's backups only exist inside the synchronous swap: one seen here is a leftover.
  if (leftover.pid === process.pid) return true;
  return !processAlive(leftover.pid);
}

function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts back the previous model when an export was killed between its two renames (the target is
 * missing and a backup of a dead process exists). Returns whether it did. Save and load call it.
 */
export function recoverInterruptedSave(target: string): boolean {
  if (exists(target)) return false;
  const backups = leftoversOf(target).filter((l) => l.kind === 'backup' && abandoned(l) && fs.statSync(l.path).isDirectory());
  if (backups.length === 0) return false;
  // One at most under this protocol (each save recovers first); the newest if an older writer left more.
  backups.sort((a, b) => fs.statSync(b.path).mtimeMs - fs.statSync(a.path).mtimeMs);
  fs.renameSync(backups[0].path, target);
  fsyncPath(path.dirname(target));
  return true;
}

/** Deletes temporaries and backups of earlier exports to `target` that were killed (only those of dead processes). */
function removeLeftovers(target: string): void {
  if (!exists(target)) return; // a backup may be all that is left of the model: keep it
  for (const leftover of leftoversOf(target)) {
    if (!abandoned(leftover)) continue;
    try {
      fs.rmSync(leftover.path, { recursive: true, force: true });
    } catch {
      // retried by the next save; garbage never fails an export
    }
  }
}

/** Why `dir` is not a SavedModel directory (an entry that does not belong to one), or null when it is one. */
function notASavedModel(dir: string, entries: string[]): string | null {
  const foreign = entries.filter((entry) => !SAVED_MODEL_ENTRIES.has(entry));
  if (foreign.length) return `it holds ${foreign.slice(0, 5).map((e) => JSON.stringify(e)).join(', ')}${foreign.length > 5 ? ', ...' : ''}, which ${foreign.length === 1 ? 'is' : 'are'} not part of a SavedModel`;
  const graphFile = entries.find((e) => e === 'saved_model.pb' || e === 'saved_model.pbtxt');
  if (!graphFile) return 'it has no saved_model.pb or saved_model.pbtxt';
  for (const entry of entries) {
    const stat = fs.lstatSync(path.join(dir, entry));
    const wantsDirectory = entry === 'variables' || entry === 'assets' || entry === 'assets.extra';
    if (wantsDirectory ? !stat.isDirectory() : !stat.isFile()) return `"${entry}" is not a ${wantsDirectory ? 'directory' : 'regular file'}`;
  }
  if (entries.includes('variables')) {
    const stray = fs.readdirSync(path.join(dir, 'variables')).filter((f) => !VARIABLES_FILE.test(f));
    if (stray.length) return `variables/ holds ${stray.slice(0, 5).map((e) => JSON.stringify(e)).join(', ')}, which ${stray.length === 1 ? 'is' : 'are'} not checkpoint files`;
  }
  return null;
}

/**
 * The absolute target after checking that an export may be written there: missing, an empty
 * directory, or (with `overwrite`) a directory holding a SavedModel and nothing else.
 */
export function checkTarget(dir: string, overwrite: boolean): string {
  if (typeof dir !== 'string' || dir === '' || dir.includes('\0')) throw invalidArgument('save needs the SavedModel directory as a non-empty string');
  const target = path.resolve(dir);
  if (path.dirname(target) === target) throw invalidArgument(`cannot save a SavedModel to ${target}: the file-system root cannot be replaced`);
  recoverInterruptedSave(target);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch {
    return target;
  }
  if (stat.isSymbolicLink()) throw failedPrecondition(`cannot save a SavedModel to ${target}: it is a symbolic link (give the directory it points to)`);
  if (!stat.isDirectory()) throw new TensorFlowError('ALREADY_EXISTS', `cannot save a SavedModel to ${target}: it is a file`);
  const entries = fs.readdirSync(target);
  if (entries.length === 0) return target;
  if (!overwrite) throw new TensorFlowError('ALREADY_EXISTS', `cannot save a SavedModel to ${target}: the directory is not empty (pass overwrite: true to replace it)`);
  const why = notASavedModel(target, entries);
  if (why) throw failedPrecondition(`cannot overwrite ${target}: ${why}; overwrite only replaces a directory that holds a SavedModel (or is empty), nothing else is ever deleted`);
  return target;
}

/** A fresh directory beside `target` (same file system, so the final rename is atomic), marked as in flight. */
export function temporaryBeside(target: string): string {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Not mkdtemp: its 0700 mode would keep other users (a TF Serving daemon) out of the export.
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${uniqueSuffix()}`);
  inFlight.add(temporary);
  fs.mkdirSync(temporary);
  return temporary;
}

/** Removes a temporary whose export failed. */
export function discardTemporary(temporary: string): void {
  inFlight.delete(temporary);
  fs.rmSync(temporary, { recursive: true, force: true });
}

/** Moves the finished export at `temporary` onto `target` (steps 1-3 above), then removes leftovers. */
export function commit(temporary: string, target: string, overwrite: boolean): void {
  fsyncTree(temporary);
  const parent = path.dirname(target);
  // Checked again: the target may have changed while the export was written.
  checkTarget(target, overwrite);
  if (!exists(target) || fs.readdirSync(target).length === 0) {
    // rename(2) replaces an empty directory atomically.
    fs.renameSync(temporary, target);
    fsyncPath(parent);
  } else {
    const backup = path.join(parent, `.${path.basename(target)}.old-${process.pid}-${uniqueSuffix()}`);
    fs.renameSync(target, backup);
    try {
      fs.renameSync(temporary, target);
    } catch (error) {
      fs.renameSync(backup, target);
      throw error;
    }
    fsyncPath(parent);
  }
  inFlight.delete(temporary);
  removeLeftovers(target); // the backup of step 3 among them
}
