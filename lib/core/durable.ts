/**
 * Durable file writes, whole-directory replacement and defensive small-file reads, shared by
 * checkpoints, SavedModel export and model directories.
 *
 * Durability: a rename is only atomic and lasting once the data it exposes and the directory entry
 * are on disk, so writers fsync the file, rename, then fsync the directory (POSIX's recipe; ext4,
 * xfs and btrfs honour it). Reads of files another process may have replaced open non-blocking and
 * check the type on the open descriptor, so a FIFO or device put in place of a file is refused
 * instead of blocking the event loop.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { TensorFlowError, failedPrecondition, invalidArgument, makeError } from './errors';

/** Flushes a file's or a directory's data and metadata to disk. */
export function fsyncPath(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    // Windows cannot open directories; its renames are durable once they return (MoveFileEx).
    if (process.platform === 'win32' && (error as NodeJS.ErrnoException).code === 'EISDIR') return;
    throw error;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    // Some file systems (e.g. directories on certain FUSE mounts) reject fsync of a directory: nothing more can be done there.
    if (!['EINVAL', 'ENOTSUP', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/** fsync of every file and directory under `root` (and `root` itself), children first. */
export function fsyncTree(root: string): void {
  const stat = fs.lstatSync(root);
  if (stat.isDirectory()) for (const entry of fs.readdirSync(root)) fsyncTree(path.join(root, entry));
  if (stat.isDirectory() || stat.isFile()) fsyncPath(root);
}

/** A random hex suffix for temporary names (8 characters). */
export function uniqueSuffix(): string {
  return crypto.randomBytes(4).toString('hex');
}

/**
 * Replaces `file` with `bytes` so that a crash at any moment leaves either the old or the new
 * content: write a temporary sibling, fsync it, rename it over `file`, fsync the directory.
 * The temporary name is `.<name>.tmp-<pid>-<8 hex>`; {@link isTemporaryOf} recognises it.
 */
export function writeFileDurably(file: string, bytes: string | Uint8Array): void {
  const dir = path.dirname(file);
  const temporary = path.join(dir, `.${path.basename(file)}.tmp-${process.pid}-${uniqueSuffix()}`);
  const fd = fs.openSync(temporary, 'wx', 0o644);
  try {
    fs.writeFileSync(fd, bytes);
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  fsyncPath(dir);
}

/** Whether `entry` (a file name) is a temporary left by {@link writeFileDurably} for `name`, and the pid that wrote it. */
export function isTemporaryOf(entry: string, name: string): { pid: number } | null {
  if (!entry.startsWith(`.${name}.tmp-`)) return null;
  const match = /^(\d+)-[0-9a-f]{8}$/.exec(entry.slice(name.length + 6));
  return match ? { pid: Number(match[1]) } : null;
}

/** Whether a process with this id exists (conservative: true when unsure, so nothing of a live writer is removed). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Reads a small regular file without ever blocking: opened non-blocking, type checked on the
 * descriptor (a FIFO, device, directory or socket is refused), at most `maxBytes` read.
 * Returns null when the file does not exist. `what` names the file in errors.
 */
export function readSmallRegularFile(file: string, maxBytes: number, what: string): Buffer | null {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'EISDIR') throw invalidArgument(`${what} ${file} is a directory, expected a regular file`);
    throw makeError(
      code === 'EACCES' || code === 'EPERM' ? 'PERMISSION_DENIED' : 'UNKNOWN',
      `cannot open ${what} ${file}: ${(error as Error).message}`,
    );
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw invalidArgument(`${what} ${file} is not a regular file (${describeType(stat)})`);
    if (stat.size > maxBytes) throw makeError('DATA_LOSS', `${what} ${file} is ${stat.size} bytes, more than the ${maxBytes} allowed`);
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) throw makeError('DATA_LOSS', `${what} ${file} grew past the ${maxBytes} bytes allowed while being read`);
    }
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

function describeType(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

/*
 * Replacing a whole directory so that a kill -9 at any moment leaves the old or the new one at the
 * target path (after {@link recoverInterruptedReplace}, which writers and readers run first), and
 * never deleting a directory the caller's {@link DirectoryKind} does not recognise as its own.
 * savedModel.save and model.save (lib/train's model directory) both put their output in place so.
 *
 * The protocol, for target `<parent>/<name>`:
 *  1. the new content is written into a fresh sibling `.<name>.tmp-<pid>-<8 hex>` and fsync'd
 *     (files, directories);
 *  2. a missing or empty target: the sibling is renamed onto it (one atomic rename);
 *  3. a target the kind recognises: rename target -> `.<name>.old-<pid>-<8 hex>`, rename sibling
 *     -> target, fsync the parent, then delete the backup;
 *  4. recovery: when the target is missing and a backup of a process that no longer runs exists,
 *     the backup is renamed back (the kill fell between the two renames of step 3: the old
 *     directory returns); leftover temporaries and backups of dead processes are deleted by the
 *     next replacement.
 * Only entries matching these two patterns for this target are ever renamed or deleted. Exports
 * by older hydra-tf versions left `.<name>.tmp-<pid>-<hex>` and `<that>.old`; both are recognised.
 *
 * Limit: between the two renames of step 3 the path is briefly missing; a reader that does not
 * run the recovery (Python, TF Serving) sees nothing there until hydra-tf's next save or load.
 */

/** What a replaced directory holds, for the checks and the messages. */
export interface DirectoryKind {
  /** Its name in messages: "SavedModel", "model". */
  noun: string;
  /** Why the non-empty directory `dir` (holding `entries`) is not one the caller may replace, or null when it is. */
  foreign(dir: string, entries: string[]): string | null;
  /** What overwrite replaces, for the refusal: "a directory that holds a SavedModel (or is empty)". */
  replaces: string;
}

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

/** Siblings of `target` that a replacement of it left: temporaries and backups, with the pid that made them. */
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

/** A leftover no running replacement of any process is using. */
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
 * Puts back the previous directory when a replacement was killed between its two renames (the
 * target is missing and a backup of a dead process exists). Returns whether it did.
 */
export function recoverInterruptedReplace(target: string): boolean {
  if (exists(target)) return false;
  const backups = leftoversOf(target).filter((l) => l.kind === 'backup' && abandoned(l) && fs.statSync(l.path).isDirectory());
  if (backups.length === 0) return false;
  // One at most under this protocol (each replacement recovers first); the newest if an older writer left more.
  backups.sort((a, b) => fs.statSync(b.path).mtimeMs - fs.statSync(a.path).mtimeMs);
  fs.renameSync(backups[0].path, target);
  fsyncPath(path.dirname(target));
  return true;
}

/** Deletes temporaries and backups of earlier replacements of `target` that were killed (only those of dead processes). */
function removeLeftovers(target: string): void {
  if (!exists(target)) return; // a backup may be all that is left: keep it
  for (const leftover of leftoversOf(target)) {
    if (!abandoned(leftover)) continue;
    try {
      fs.rmSync(leftover.path, { recursive: true, force: true });
    } catch {
      // retried by the next replacement; garbage never fails a save
    }
  }
}

/**
 * The absolute target after checking that a directory of `kind` may be written there: missing, an
 * empty directory, or (with `overwrite`) a directory `kind` recognises. Recovers an interrupted replacement first.
 */
export function checkReplaceable(dir: string, overwrite: boolean, kind: DirectoryKind): string {
  if (typeof dir !== 'string' || dir === '' || dir.includes('\0'))
    throw invalidArgument(`save needs the ${kind.noun} directory as a non-empty string`);
  const target = path.resolve(dir);
  if (path.dirname(target) === target)
    throw invalidArgument(`cannot save a ${kind.noun} to ${target}: the file-system root cannot be replaced`);
  recoverInterruptedReplace(target);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch {
    return target;
  }
  if (stat.isSymbolicLink())
    throw failedPrecondition(`cannot save a ${kind.noun} to ${target}: it is a symbolic link (give the directory it points to)`);
  if (!stat.isDirectory()) throw new TensorFlowError('ALREADY_EXISTS', `cannot save a ${kind.noun} to ${target}: it is a file`);
  const entries = fs.readdirSync(target);
  if (entries.length === 0) return target;
  if (!overwrite)
    throw new TensorFlowError(
      'ALREADY_EXISTS',
      `cannot save a ${kind.noun} to ${target}: the directory is not empty (pass overwrite: true to replace it)`,
    );
  const why = kind.foreign(target, entries);
  if (why)
    throw failedPrecondition(`cannot overwrite ${target}: ${why}; overwrite only replaces ${kind.replaces}, nothing else is ever deleted`);
  return target;
}

/** A fresh directory beside `target` (same file system, so the final rename is atomic), marked as in flight. */
export function temporaryBeside(target: string): string {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Not mkdtemp: its 0700 mode would keep other users (a TF Serving daemon) out of the result.
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${uniqueSuffix()}`);
  inFlight.add(temporary);
  fs.mkdirSync(temporary);
  return temporary;
}

/** Removes a temporary whose writing failed. */
export function discardTemporary(temporary: string): void {
  inFlight.delete(temporary);
  fs.rmSync(temporary, { recursive: true, force: true });
}

/** Moves the finished directory at `temporary` onto `target` (steps 1-3 above), then removes leftovers. */
export function commitReplacement(temporary: string, target: string, overwrite: boolean, kind: DirectoryKind): void {
  fsyncTree(temporary);
  const parent = path.dirname(target);
  // Checked again: the target may have changed while the temporary was written.
  checkReplaceable(target, overwrite, kind);
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
