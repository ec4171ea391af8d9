/**
 * Durable file writes and defensive small-file reads, shared by checkpoints and SavedModel export.
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
import { invalidArgument, makeError } from './errors';

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
    throw makeError(code === 'EACCES' || code === 'EPERM' ? 'PERMISSION_DENIED' : 'UNKNOWN', `cannot open ${what} ${file}: ${(error as Error).message}`);
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
