/**
 * Checkpoints in TensorFlow's bundle format through SaveV2 / RestoreV2 (saved-model's saver
 * subgraph, the one SavedModel exports use), keyed by variable name, so Python's
 * tf.train.load_checkpoint reads them, and crash-safe by construction.
 *
 * The protocol (a kill -9 at any moment leaves every pointer naming a complete checkpoint):
 *  1. every save writes a FRESH prefix `ckpt-<sequence>-<8 hex>` (SaveV2 renames its own data
 *     file, then its index, into place); nothing that exists is ever written again;
 *  2. the new index and data files and the directory are fsync'd;
 *  3. the `checkpoint` state file is replaced atomically (temporary sibling, fsync, rename, fsync
 *     of the directory). It is TensorFlow's CheckpointState text format, so Python's
 *     tf.train.latest_checkpoint / get_checkpoint_state read it; hydra-tf's named pointers (`last`,
 *     `best`, `backup`, any plain name) are protobuf comments in it, which TensorFlow's parsers skip:
 *        # hydra-tf pointer last: "ckpt-7-1a2b3c4d"
 *        # hydra-tf pointer best: "ckpt-5-9f8e7d6c"
 *        model_checkpoint_path: "ckpt-7-1a2b3c4d"
 *        all_model_checkpoint_paths: "ckpt-5-9f8e7d6c"
 *        all_model_checkpoint_paths: "ckpt-7-1a2b3c4d"
 *     `model_checkpoint_path` names the checkpoint written last (so Python's latest is `last`);
 *  4. only then are files of checkpoints no pointer names any more deleted: files matching the
 *     `ckpt-<sequence>-<8 hex>` pattern only (never anything else in the directory), leftovers
 *     of saves killed before step 3, and temporaries of killed saves of older hydra-tf versions
 *     (`.<name>.tmp-<pid>-<ms>.*`, when that process no longer runs).
 * A save therefore never destroys the previous state: before step 3 the old state file names old,
 * untouched files; after it, the new one names complete, synced files.
 *
 * Reading is defensive: the state file must be a regular file under 4 MiB, parse errors are
 * DATA_LOSS naming it, and paths in it must stay inside the directory (TensorFlow writes absolute
 * paths for its own checkpoints: those are followed only when they resolve inside it).
 *
 * Limit: one writing process per directory (two processes saving into one directory at the same
 * time may delete each other's unfinished files). Saves from one process are safe together.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Graph, Operation, Output, Session, Tensor, invalidArgument, makeError, notFound, durable } from '../core';
import { Variable } from '../nn';
import { buildSaverGraph } from '../saved-model';

const { fsyncPath, isTemporaryOf, processAlive, readSmallRegularFile, uniqueSuffix, writeFileDurably } = durable;

const STATE_FILE = 'checkpoint';
const STATE_MAX_BYTES = 4 * 1024 * 1024;
/** Names hydra-tf gives the checkpoints it writes; only files of this pattern are ever deleted. */
const OWN_PREFIX = /^ckpt-(\d+)-[0-9a-f]{8}$/;
/** A file of an own checkpoint: its index, a data shard, or BundleWriter's temporary of either. */
const OWN_FILE = /^(ckpt-\d+-[0-9a-f]{8})\.(?:index|data-\d{5}-of-\d{5})(?:\.tempstate\d+)?$/;
const POINTER_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** Temporary files of saves by hydra-tf versions before this protocol (`.<name>.tmp-<pid>-<ms>.index`, ...). */
const OLD_TEMPORARY = /^\.(?:[A-Za-z0-9_.-]+\.tmp-(\d+)-\d+\.(?:index|data-\d{5}-of-\d{5})(?:\.tempstate\d+)?|checkpoint\.tmp-(\d+))$/;
const POINTER_COMMENT = /^#\s*hydra-tf pointer ([^:\s]+):\s*"([^"\\]*)"\s*$/;

/** Prefixes being written by this process right now: never garbage, whatever the state file says. */
const savesInFlight = new Set<string>();

/** What a directory's state file holds, with every path resolved (absolute checkpoint prefixes). */
export interface CheckpointState {
  /** model_checkpoint_path: the checkpoint written last (what Python's tf.train.latest_checkpoint returns), or null. */
  latest: string | null;
  /** hydra-tf's named pointers (`last`, `best`, ...) and the checkpoint each names. */
  pointers: Record<string, string>;
  /** all_model_checkpoint_paths: every checkpoint the state keeps. */
  all: string[];
}

/** The state file as written: entries are the strings in the file (relative names, or TensorFlow's absolute paths). */
interface RawState {
  latest: string | null;
  pointers: Map<string, string>;
  all: string[];
}

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
    const built = graph.withRootScope(() =>
      graph.withNameScope(name, () =>
        buildSaverGraph(
          graph,
          variables.map((v) => ({ key: v.name, dtype: v.dtype, read: () => v.read(), assign: (restored: Output) => v.assign(restored) })),
        ),
      ),
    );
    [this.prefix, this.saveOp, this.restoreOp] = [built.filename, built.save, built.restore];
  }

  /**
   * Writes a checkpoint of every variable under a fresh prefix in `dir`, then points the pointer
   * `name` (a plain name: `last`, `best`, `backup`, ...) at it and records it as the latest.
   * Returns the new checkpoint's prefix (`<dir>/ckpt-<n>-<hex>`); `<dir>/<name>` also restores it.
   */
  async save(session: Session, dir: string, name: string): Promise<string> {
    checkPointerName(name);
    const root = checkDirectoryArgument(dir);
    if (fs.existsSync(root) && !isDirectory(root)) throw invalidArgument(`checkpoint directory ${root} exists and is not a directory`);
    fs.mkdirSync(root, { recursive: true });
    // Refuse early (before spending a save) if the state file cannot be read: writing a new one
    // over it would drop the checkpoints it names.
    const before = readRawState(root);
    const base = `ckpt-${nextSequence(root, before)}-${uniqueSuffix()}`;
    const prefix = path.join(root, base);
    savesInFlight.add(prefix);
    try {
      const value = Tensor.from(prefix, { dtype: 'string', shape: [] });
      try {
        await session.run([[this.prefix, value]], [], [this.saveOp]);
      } finally {
        value.dispose();
      }
      const files = fs.readdirSync(root).filter((f) => f.startsWith(`${base}.`));
      if (!files.includes(`${base}.index`)) throw makeError('DATA_LOSS', `SaveV2 wrote no index for checkpoint ${prefix}`);
      for (const file of files) fsyncPath(path.join(root, file));
      fsyncPath(root);
      // Read again: another save of this process may have committed while SaveV2 ran.
      const state = readRawState(root) ?? { latest: null, pointers: new Map(), all: [] };
      state.pointers.delete(name); // re-inserted last: the file lists pointers in the order they last moved
      state.pointers.set(name, base);
      state.latest = base;
      commitState(root, state, name);
    } catch (error) {
      // A failure after the state file's rename (its directory fsync) leaves the new checkpoint
      // named by the state: its files must stay.
      let named = true;
      try {
        const now = readRawState(root);
        named = now !== null && (now.latest === base || [...now.pointers.values()].includes(base));
      } catch {
        // unreadable: keep the files
      }
      if (!named) removeOwnFiles(root, base);
      throw error;
    } finally {
      savesInFlight.delete(prefix);
    }
    collectGarbage(root);
    return prefix;
  }

  /**
   * Restores every variable from a checkpoint: a prefix (as save returns), `<dir>/<pointer>`
   * (e.g. `ckpts/best`), or a directory (its latest checkpoint).
   */
  async restore(session: Session, prefixOrPointer: string): Promise<void> {
    const prefix = resolveCheckpoint(prefixOrPointer);
    const value = Tensor.from(prefix, { dtype: 'string', shape: [] });
    try {
      await session.run([[this.prefix, value]], [], [this.restoreOp]);
    } finally {
      value.dispose();
    }
  }
}

/**
 * Points `name` at the checkpoint the pointer `target` names, without writing any data (e.g. `best`
 * at the `last` just saved). Atomic like a save. Returns the checkpoint's prefix.
 */
export function pointCheckpoint(dir: string, name: string, target: string): string {
  checkPointerName(name);
  checkPointerName(target);
  const root = checkDirectoryArgument(dir);
  const state = readRawState(root);
  const entry = state?.pointers.get(target);
  if (!state || entry === undefined) throw notFound(`pointCheckpoint: no checkpoint pointer "${target}" in ${path.join(root, STATE_FILE)}`);
  state.pointers.delete(name);
  state.pointers.set(name, entry);
  state.latest ??= entry;
  commitState(root, state, name);
  collectGarbage(root);
  return resolveEntry(root, entry);
}

/**
 * Removes the pointer `name` from `dir`'s state (atomically), then the files of checkpoints no
 * pointer names any more; with `removeEmptyDirectory`, also the state file and the directory when
 * nothing else is left in them. Returns whether the pointer existed. The latest checkpoint stays latest
 * while another pointer names it; otherwise the latest becomes the newest one still named.
 */
export function removeCheckpointPointer(dir: string, name: string, options: { removeEmptyDirectory?: boolean } = {}): boolean {
  checkPointerName(name);
  const root = checkDirectoryArgument(dir);
  if (!isDirectory(root)) return false;
  const state = readRawState(root);
  const entry = state?.pointers.get(name);
  if (!state || entry === undefined) return false;
  state.pointers.delete(name);
  if (state.latest === entry && ![...state.pointers.values()].includes(entry)) {
    const remaining = [...state.pointers.values()].sort((a, b) => sequenceOf(b) - sequenceOf(a));
    state.latest = remaining[0] ?? null;
  }
  commitState(root, state, name);
  collectGarbage(root);
  if (options.removeEmptyDirectory) {
    // A state naming nothing goes, then the directory if nothing else is in it (never recursively).
    const left = readRawState(root);
    if (left && left.latest === null && left.pointers.size === 0 && left.all.length === 0) removeQuietly(path.join(root, STATE_FILE));
    if (fs.readdirSync(root).length === 0) {
      try {
        fs.rmdirSync(root);
      } catch {
        // something appeared meanwhile: it stays
      }
    }
  }
  return true;
}

/** The prefix of the latest checkpoint in `dir` (the state file's model_checkpoint_path), or null. */
export function latestCheckpoint(dir: string): string | null {
  const root = checkDirectoryArgument(dir);
  if (!isDirectory(root)) return null;
  const state = readRawState(root);
  if (!state?.latest) return null;
  const prefix = resolveEntry(root, state.latest);
  return hasIndex(prefix) ? prefix : null;
}

/** The prefix the pointer `name` (e.g. "best") names in `dir`, or null when there is no such pointer. */
export function checkpointPointer(dir: string, name: string): string | null {
  checkPointerName(name);
  const root = checkDirectoryArgument(dir);
  if (!isDirectory(root)) return null;
  const entry = readRawState(root)?.pointers.get(name);
  return entry === undefined ? null : resolveEntry(root, entry);
}

/** The state of a checkpoint directory (latest, pointers, kept checkpoints), or null when it has none. */
export function checkpointState(dir: string): CheckpointState | null {
  const root = checkDirectoryArgument(dir);
  if (!isDirectory(root)) return null;
  const raw = readRawState(root);
  if (!raw) return null;
  return {
    latest: raw.latest === null ? null : resolveEntry(root, raw.latest),
    pointers: Object.fromEntries([...raw.pointers].map(([name, entry]) => [name, resolveEntry(root, entry)])),
    all: raw.all.map((entry) => resolveEntry(root, entry)),
  };
}

/**
 * The checkpoint prefix that `prefixOrPointer` means: `<dir>/<pointer>` when the directory's state
 * has that pointer, else a prefix whose `.index` exists, else a directory's latest checkpoint.
 */
export function resolveCheckpoint(prefixOrPointer: string): string {
  if (typeof prefixOrPointer !== 'string' || prefixOrPointer === '' || prefixOrPointer.includes('\0')) {
    throw invalidArgument(
      `a checkpoint is named by a non-empty path (prefix, directory or <dir>/<pointer>), got ${JSON.stringify(prefixOrPointer)}`,
    );
  }
  const absolute = path.resolve(prefixOrPointer);
  const dir = path.dirname(absolute);
  const base = path.basename(absolute);
  // A pointer wins over a file of the same name: checkpoints of older hydra-tf versions were
  // written in place as `<dir>/last`, and the pointer names the newer one.
  if (POINTER_NAME.test(base) && isDirectory(dir)) {
    const entry = readRawState(dir)?.pointers.get(base);
    if (entry !== undefined) {
      const prefix = resolveEntry(dir, entry);
      checkCheckpointFiles(prefix, `pointer "${base}" in ${path.join(dir, STATE_FILE)}`);
      return prefix;
    }
  }
  if (hasIndex(absolute)) {
    checkCheckpointFiles(absolute, 'checkpoint');
    return absolute;
  }
  if (isDirectory(absolute)) {
    const latest = latestCheckpoint(absolute);
    if (latest === null) throw notFound(`no checkpoint in ${absolute} (no ${STATE_FILE} state file naming one)`);
    checkCheckpointFiles(latest, `the latest checkpoint of ${absolute}`);
    return latest;
  }
  throw notFound(
    `no checkpoint at ${prefixOrPointer}: no ${prefixOrPointer}.index, and no pointer "${base}" in ${path.join(dir, STATE_FILE)}`,
  );
}

function checkPointerName(name: string): void {
  if (typeof name !== 'string' || !POINTER_NAME.test(name)) {
    throw invalidArgument(
      `checkpoint name ${JSON.stringify(name)} is not a plain name: use 1-128 letters, digits, '_', '-' or '.', not starting with '.' or '-' (no path separators)`,
    );
  }
}

function checkDirectoryArgument(dir: string): string {
  if (typeof dir !== 'string' || dir === '' || dir.includes('\0'))
    throw invalidArgument(`a checkpoint directory must be a non-empty path, got ${JSON.stringify(dir)}`);
  return path.resolve(dir);
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function hasIndex(prefix: string): boolean {
  try {
    return fs.statSync(`${prefix}.index`).isFile();
  } catch {
    return false;
  }
}

/** TensorFlow reads these files blocking: a FIFO or device in their place would hang the restore. */
function checkCheckpointFiles(prefix: string, what: string): void {
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  const files = [`${base}.index`, ...fs.readdirSync(dir).filter((f) => f.startsWith(`${base}.data-`))];
  for (const file of files) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(path.join(dir, file));
    } catch {
      throw notFound(`${what}: checkpoint ${prefix} is missing ${file}`);
    }
    if (!stat.isFile()) throw invalidArgument(`${what}: ${path.join(dir, file)} is not a regular file`);
  }
}

/** An entry of the state file as an absolute prefix; entries leaving the directory are refused. */
function resolveEntry(dir: string, entry: string): string {
  const stateFile = path.join(dir, STATE_FILE);
  if (entry === '' || entry.includes('\0'))
    throw makeError('DATA_LOSS', `${stateFile} names an empty or invalid checkpoint path ${JSON.stringify(entry)}`);
  const resolved = path.resolve(dir, entry);
  const escapes = (from: string, to: string) => {
    const relative = path.relative(from, to);
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative);
  };
  let outside = escapes(dir, resolved);
  if (outside && path.isAbsolute(entry)) {
    // TensorFlow writes absolute paths; the same directory may be reached through a symlink.
    try {
      outside = escapes(fs.realpathSync(dir), path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved)));
    } catch {
      outside = true;
    }
  }
  if (!outside && !path.isAbsolute(entry)) {
    // A relative entry through a symlinked subdirectory could still leave the directory.
    try {
      outside = escapes(fs.realpathSync(dir), path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved)));
    } catch {
      // the subdirectory does not exist: nothing to follow
    }
  }
  if (outside)
    throw invalidArgument(
      `${stateFile} names checkpoint ${JSON.stringify(entry)}, which is outside ${dir}; only checkpoints inside the directory are followed`,
    );
  return resolved;
}

/** The sequence number for a new checkpoint: one more than any own checkpoint in the state or the directory. */
function nextSequence(dir: string, state: RawState | null): number {
  let highest = 0;
  const names = [
    ...fs.readdirSync(dir).map((f) => OWN_FILE.exec(f)?.[1] ?? ''),
    ...(state ? [state.latest ?? '', ...state.pointers.values(), ...state.all] : []),
  ];
  for (const name of names) {
    const match = OWN_PREFIX.exec(path.basename(name));
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest + 1;
}

/** Writes the state file atomically: pointers as comments, then the CheckpointState fields. */
function commitState(dir: string, state: RawState, moved: string): void {
  // Kept: what a pointer or the latest names, and checkpoints of other writers (e.g. Python's)
  // that the previous state listed; an old in-place checkpoint named like the moved pointer is
  // superseded by it (its files are left alone: they do not match the own pattern).
  const kept = new Set<string>();
  for (const entry of state.all) if (!OWN_PREFIX.test(entry) && entry !== moved) kept.add(entry);
  for (const entry of state.pointers.values()) kept.add(entry);
  if (state.latest !== null) kept.add(state.latest);
  const ordered = [...kept].sort((a, b) => sequenceOf(a) - sequenceOf(b));
  for (const entry of ordered) resolveEntry(dir, entry); // never write a state that cannot be read back
  const lines = [
    '# hydra-tf checkpoint state: TensorFlow CheckpointState text format. The comments are',
    "# hydra-tf's named pointers (see lib/train/checkpoint.ts); TensorFlow ignores them.",
    ...[...state.pointers].map(([name, entry]) => `# hydra-tf pointer ${name}: "${entry}"`),
  ];
  if (state.latest !== null) lines.push(`model_checkpoint_path: ${quote(state.latest)}`);
  for (const entry of ordered) lines.push(`all_model_checkpoint_paths: ${quote(entry)}`);
  writeFileDurably(path.join(dir, STATE_FILE), lines.join('\n') + '\n');
}

function sequenceOf(entry: string): number {
  const match = OWN_PREFIX.exec(path.basename(entry));
  return match ? Number(match[1]) : -1;
}

/**
 * Deletes files of own checkpoints that the state no longer names (and that no save of this
 * process is writing), and temporaries of state writes by processes that no longer run.
 */
function collectGarbage(dir: string): void {
  let state: RawState | null;
  try {
    state = readRawState(dir);
  } catch {
    return; // an unreadable state names nothing for sure: delete nothing
  }
  const referenced = new Set<string>();
  if (state) {
    for (const entry of [state.latest, ...state.pointers.values(), ...state.all])
      if (entry !== null) referenced.add(path.resolve(dir, entry));
  }
  for (const file of fs.readdirSync(dir)) {
    const own = OWN_FILE.exec(file);
    const leftover = own ? !referenced.has(path.join(dir, own[1])) && !savesInFlight.has(path.join(dir, own[1])) : false;
    const temporary = isTemporaryOf(file, STATE_FILE) ?? oldTemporary(file);
    // State temporaries are written synchronously: one of this process is a leftover of a failed write.
    if (leftover || (temporary && (temporary.pid === process.pid || !processAlive(temporary.pid)))) removeQuietly(path.join(dir, file));
  }
}

function oldTemporary(file: string): { pid: number } | null {
  const match = OLD_TEMPORARY.exec(file);
  return match ? { pid: Number(match[1] ?? match[2]) } : null;
}

function removeOwnFiles(dir: string, base: string): void {
  for (const file of fs.readdirSync(dir)) if (OWN_FILE.exec(file)?.[1] === base) removeQuietly(path.join(dir, file));
}

/** Garbage that cannot be removed now (permissions, a racing remover) is retried by the next save; it never fails one. */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // see above
  }
}

/** Reads and parses `<dir>/checkpoint`; null when there is none. */
function readRawState(dir: string): RawState | null {
  const file = path.join(dir, STATE_FILE);
  const bytes = readSmallRegularFile(file, STATE_MAX_BYTES, 'checkpoint state file');
  if (bytes === null) return null;
  const state = parseState(bytes, file);
  for (const [name, entry] of state.pointers) {
    if (!POINTER_NAME.test(name)) throw makeError('DATA_LOSS', `${file}: pointer name ${JSON.stringify(name)} is not a plain name`);
    if (entry.includes('/') || entry.includes('\\') || !POINTER_NAME.test(entry))
      throw makeError('DATA_LOSS', `${file}: pointer "${name}" names ${JSON.stringify(entry)}, not a plain checkpoint name`);
  }
  for (const entry of [state.latest, ...state.all]) if (entry !== null) resolveEntry(dir, entry);
  return state;
}

/**
 * A parser of the CheckpointState text format (what TensorFlow's text_format writes: fields,
 * ':' and quoted strings with C escapes, numbers for the timestamps, '#' comments).
 */
function parseState(bytes: Buffer, file: string): RawState {
  const text = bytes.toString('latin1'); // byte-exact: string escapes decode to bytes, then UTF-8
  const state: RawState = { latest: null, pointers: new Map(), all: [] };
  const fail = (at: number, why: string) => {
    const line = text.slice(0, at).split('\n').length;
    return makeError('DATA_LOSS', `checkpoint state file ${file} is not a CheckpointState (line ${line}: ${why})`);
  };
  let at = 0;
  const skipSpace = () => {
    for (;;) {
      while (at < text.length && /[\s,;]/.test(text[at])) at++;
      if (text[at] !== '#') return;
      const end = text.indexOf('\n', at);
      const comment = text.slice(at, end === -1 ? text.length : end).trimEnd();
      const pointer = POINTER_COMMENT.exec(comment);
      if (pointer) {
        state.pointers.delete(pointer[1]);
        state.pointers.set(pointer[1], pointer[2]);
      }
      at = end === -1 ? text.length : end + 1;
    }
  };
  const readString = (): string => {
    const parts: number[] = [];
    let any = false;
    for (;;) {
      skipSpace();
      const quoteChar = text[at];
      if (quoteChar !== '"' && quoteChar !== "'") break;
      any = true;
      at++;
      for (;;) {
        if (at >= text.length || text[at] === '\n') throw fail(at, 'unterminated string');
        const c = text[at++];
        if (c === quoteChar) break;
        if (c !== '\\') {
          parts.push(c.charCodeAt(0));
          continue;
        }
        const e = text[at++];
        const simple: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, "'": 39, '"': 34, '?': 63 };
        if (e in simple) parts.push(simple[e]);
        else if (/[0-7]/.test(e)) {
          let digits = e;
          while (digits.length < 3 && /[0-7]/.test(text[at] ?? '')) digits += text[at++];
          parts.push(parseInt(digits, 8) & 0xff);
        } else if (e === 'x' || e === 'X') {
          let digits = '';
          while (digits.length < 2 && /[0-9a-fA-F]/.test(text[at] ?? '')) digits += text[at++];
          if (!digits) throw fail(at, 'bad \\x escape');
          parts.push(parseInt(digits, 16));
        } else throw fail(at, `unknown escape \\${e}`);
      }
    }
    if (!any) throw fail(at, 'expected a quoted string');
    return Buffer.from(parts).toString('utf8');
  };
  for (;;) {
    skipSpace();
    if (at >= text.length) break;
    const field = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(at, at + 64))?.[0];
    if (!field) throw fail(at, `unexpected ${JSON.stringify(text[at])}`);
    at += field.length;
    skipSpace();
    if (text[at] !== ':') throw fail(at, `expected ':' after ${field}`);
    at++;
    if (field === 'model_checkpoint_path') state.latest = readString();
    else if (field === 'all_model_checkpoint_paths') state.all.push(readString());
    else if (field === 'all_model_checkpoint_timestamps' || field === 'last_preserved_timestamp') {
      skipSpace();
      const number = /^[-+]?(?:inf(?:inity)?|nan|[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)[fF]?/i.exec(text.slice(at, at + 64))?.[0];
      if (!number) throw fail(at, `expected a number for ${field}`);
      at += number.length;
    } else throw fail(at, `unknown field "${field}"`);
  }
  return state;
}

/** A string in text-format quoting: printable ASCII as is, every other byte octal-escaped. */
function quote(value: string): string {
  let out = '"';
  for (const byte of Buffer.from(value, 'utf8')) {
    if (byte === 0x22) out += '\\"';
    else if (byte === 0x5c) out += '\\\\';
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return out + '"';
}
