/**
 * Reading a SavedModel directory in TypeScript: saved_model.pb, decoded and checked, and the
 * MetaGraphDef that a tag set selects. Loading reads it *before* TensorFlow does, so the op
 * checks (compat.ts, trust.ts) see the graph before anything of it runs.
 *
 * Every file is opened the same way (openModelFile): stat first and refuse anything but a regular
 * file (a FIFO or a device would block or never end), open without blocking, check the opened
 * descriptor again (the path may have been swapped in between), then read exactly the size fstat
 * gave, within a size limit. For untrusted loads the opened file must also lie inside the model's
 * directory (a symlink may point within it, never out of it).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { TensorFlowError, invalidArgument, notFound } from '../core';
import { decode, findMergedFields } from '../proto';
import type { MetaGraphDef, SavedModel } from '../proto';

/** The tag set TensorFlow Serving and `model.export()` use. */
export const DEFAULT_TAGS: readonly string[] = ['serve'];

/** The SavedModel directory layout (tensorflow/cc/saved_model/constants.h). */
export const SAVED_MODEL_FILE = 'saved_model.pb';
export const SAVED_MODEL_TEXT_FILE = 'saved_model.pbtxt';
export const VARIABLES_DIR = 'variables';
export const VARIABLES_PREFIX = 'variables';
export const ASSETS_DIR = 'assets';

/** Size limits for the files of a SavedModel (bytes). */
export interface ReadLimits {
  /** saved_model.pb. Default 1 GiB (TensorFlow's own parser stops at 2 GiB). */
  savedModelBytes?: number;
  /** All files TensorFlow reads: saved_model.pb, the variables, the assets. Default 64 GiB. */
  totalBytes?: number;
  /** Asset files. Default 10000. */
  assetFiles?: number;
}

export const DEFAULT_LIMITS: Readonly<Required<ReadLimits>> = Object.freeze({
  savedModelBytes: 2 ** 30,
  totalBytes: 64 * 2 ** 30,
  assetFiles: 10_000,
});

/** Checks user-given limits and fills in the defaults. */
export function resolveLimits(limits: ReadLimits | undefined): Required<ReadLimits> {
  if (limits === undefined) return { ...DEFAULT_LIMITS };
  if (limits === null || typeof limits !== 'object') throw invalidArgument('limits must be an object');
  const out = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(limits) as Array<keyof ReadLimits>) {
    if (!Object.prototype.hasOwnProperty.call(DEFAULT_LIMITS, key))
      throw invalidArgument(`limits has no option "${key}" (options: ${Object.keys(DEFAULT_LIMITS).join(', ')})`);
    const value = limits[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
      throw invalidArgument(`limits.${key} must be a non-negative integer, got ${JSON.stringify(value)}`);
    out[key] = value;
  }
  return out;
}

/** A SavedModel directory: the path as given (resolved, for messages) and its real path (for containment). */
export interface ModelRoot {
  dir: string;
  real: string;
}

/** Resolves and checks a SavedModel directory argument. */
export function modelRoot(dir: string): ModelRoot {
  if (typeof dir !== 'string' || dir === '') throw invalidArgument('a SavedModel directory must be a non-empty string');
  const absolute = path.resolve(dir);
  let stat: fs.Stats;
  let real: string;
  try {
    stat = fs.statSync(absolute);
    real = fs.realpathSync(absolute);
  } catch {
    throw notFound(`SavedModel directory ${absolute} does not exist`);
  }
  if (!stat.isDirectory()) throw invalidArgument(`SavedModel path ${absolute} is a file, expected a directory holding saved_model.pb`);
  return { dir: absolute, real };
}

function kindOf(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isDirectory()) return 'a directory';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

function inside(real: string, root: string): boolean {
  const relative = path.relative(root, real);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Where an open descriptor's file really is (Linux: /proc/self/fd; elsewhere null). */
function openedPath(fd: number): string | null {
  try {
    return fs.readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return null;
  }
}

/** An opened regular file of a SavedModel, and its size when opened. */
export interface OpenedFile {
  fd: number;
  path: string;
  size: number;
}

/**
 * Opens `<root>/<relative>` for reading, refusing anything but a regular file of at most
 * `limitBytes`, without ever blocking (FIFOs and devices are refused before and after opening).
 * With `confine`, the file must lie inside the model directory, symlinks resolved.
 */
export function openModelFile(
  root: ModelRoot,
  relative: string,
  options: { confine: boolean; limitBytes: number; limitName: string },
): OpenedFile {
  const file = path.join(root.dir, relative);
  let before: fs.Stats;
  try {
    before = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw notFound(`${file} does not exist`);
    throw new TensorFlowError(
      code === 'EACCES' ? 'PERMISSION_DENIED' : 'INVALID_ARGUMENT',
      `cannot read ${file}: ${(error as Error).message}`,
    );
  }
  if (!before.isFile()) throw invalidArgument(`${file} is ${kindOf(before)}, not a regular file: SavedModel files must be regular files`);
  let fd: number;
  try {
    // O_NONBLOCK: if the path became a FIFO since the stat, open returns at once instead of waiting for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TensorFlowError(
      code === 'EACCES' ? 'PERMISSION_DENIED' : 'INVALID_ARGUMENT',
      `cannot read ${file}: ${(error as Error).message}`,
    );
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw invalidArgument(`${file} is ${kindOf(stat)}, not a regular file: SavedModel files must be regular files`);
    if (options.confine) {
      // The file descriptor says where the file really is, whatever the path did meanwhile.
      const real = openedPath(fd) ?? fs.realpathSync(file);
      if (!inside(real, root.real)) {
        throw new TensorFlowError(
          'PERMISSION_DENIED',
          `${file} resolves to ${real}, outside the SavedModel directory ${root.real} (untrusted models may not link out of their directory)`,
        );
      }
    }
    if (stat.size > options.limitBytes) {
      throw new TensorFlowError(
        'RESOURCE_EXHAUSTED',
        `${file} is ${stat.size} bytes, more than the limit of ${options.limitBytes} (${options.limitName})`,
      );
    }
    return { fd, path: file, size: stat.size };
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
}

/** Reads exactly `file.size` bytes (a file that shrank meanwhile is an error), then closes it. */
export function readOpenedFile(file: OpenedFile): Buffer {
  try {
    const bytes = Buffer.allocUnsafe(file.size);
    let offset = 0;
    while (offset < file.size) {
      const read = fs.readSync(file.fd, bytes, offset, file.size - offset, offset);
      if (read === 0) throw new TensorFlowError('DATA_LOSS', `${file.path} shrank while being read (${offset} of ${file.size} bytes)`);
      offset += read;
    }
    return bytes;
  } finally {
    fs.closeSync(file.fd);
  }
}

/** A decoded saved_model.pb and where it came from. */
export interface SavedModelFile {
  dir: string;
  /** The directory's real path (symlinks resolved). */
  realDir: string;
  savedModel: SavedModel;
  /** Size of saved_model.pb in bytes. */
  byteLength: number;
  /** SHA-256 (hex) of the saved_model.pb bytes read (the only read of them). */
  sha256: string;
  /**
   * Message fields saved_model.pb writes more than once (e.g. `meta_graphs[0].graph_def`), which
   * TensorFlow's parser merges (and so does the decoded `savedModel`; other readers kept the last
   * copy, so the file reads differently in different tools). Empty for every file a protobuf
   * serializer writes.
   */
  mergedFields: string[];
}

/**
 * Reads and decodes `<dir>/saved_model.pb`, with errors that name the directory and the file.
 * `confine`: refuse a saved_model.pb that links out of the directory (untrusted loads, inspect).
 */
export function readSavedModel(dir: string, options: { confine?: boolean; limits?: ReadLimits } = {}): SavedModelFile {
  const root = modelRoot(dir);
  const limits = resolveLimits(options.limits);
  const absolute = root.dir;
  const file = path.join(absolute, SAVED_MODEL_FILE);
  if (!fs.existsSync(file)) {
    if (fs.existsSync(path.join(absolute, SAVED_MODEL_TEXT_FILE))) {
      throw new TensorFlowError(
        'UNIMPLEMENTED',
        `SavedModel ${absolute} has only the text form saved_model.pbtxt; hydra-tf reads the binary saved_model.pb ` +
          '(convert it in Python with tf.saved_model.load + tf.saved_model.save, or text_format.Parse + SerializeToString)',
      );
    }
    // lstat: a dangling symlink is "no file" to existsSync, but it is there.
    let dangling: boolean;
    try {
      dangling = fs.lstatSync(file).isSymbolicLink();
    } catch {
      dangling = false;
    }
    if (!dangling) throw notFound(`${absolute} is not a SavedModel: it has no ${SAVED_MODEL_FILE}`);
  }
  const opened = openModelFile(root, SAVED_MODEL_FILE, {
    confine: options.confine ?? false,
    limitBytes: Math.min(limits.savedModelBytes, limits.totalBytes),
    limitName: 'limits.savedModelBytes',
  });
  const bytes = readOpenedFile(opened);
  let savedModel: SavedModel;
  try {
    savedModel = decode('tensorflow.SavedModel', bytes);
  } catch (error) {
    throw new TensorFlowError(
      'DATA_LOSS',
      `${file} is not a valid SavedModel protobuf (${bytes.length} bytes; truncated or corrupt?): ${(error as Error).message}`,
    );
  }
  const metaGraphs = savedModel.metaGraphs ?? [];
  if (metaGraphs.length === 0) {
    throw new TensorFlowError('DATA_LOSS', `${file} holds no MetaGraph (${bytes.length} bytes; truncated or not a SavedModel?)`);
  }
  let mergedFields: string[];
  try {
    mergedFields = findMergedFields('tensorflow.SavedModel', bytes);
  } catch (error) {
    // protobufjs reads a known field whatever its wire type; the wire walk (like protobuf's own parsers) does not.
    throw new TensorFlowError(
      'DATA_LOSS',
      `${file} is not a valid SavedModel protobuf (${bytes.length} bytes; truncated or corrupt?): ${(error as Error).message}`,
    );
  }
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  return { dir: absolute, realDir: root.real, savedModel, byteLength: bytes.length, sha256, mergedFields };
}

/** The tags of a MetaGraph. */
export function tagsOf(metaGraph: MetaGraphDef): string[] {
  return [...(metaGraph.metaInfoDef?.tags ?? [])];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  return setA.size === setB.size && [...setA].every((tag) => setB.has(tag));
}

/**
 * The MetaGraph whose tag set equals `tags` (as TensorFlow matches them: same set, any order).
 * Without `tags`, a SavedModel with a single MetaGraph gives that one (as Python's
 * tf.saved_model.load does), otherwise the one tagged ["serve"].
 */
export function selectMetaGraph(file: SavedModelFile, tags?: readonly string[]): MetaGraphDef {
  const metaGraphs = file.savedModel.metaGraphs ?? [];
  const available = metaGraphs.map((graph) => JSON.stringify(tagsOf(graph))).join(', ');
  if (tags === undefined) {
    if (metaGraphs.length === 1) return metaGraphs[0];
    const serving = metaGraphs.find((graph) => sameSet(tagsOf(graph), DEFAULT_TAGS));
    if (serving) return serving;
    throw invalidArgument(`SavedModel ${file.dir} has ${metaGraphs.length} MetaGraphs (tag sets ${available}): say which with { tags }`);
  }
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) {
    throw invalidArgument(`tags must be an array of strings, got ${JSON.stringify(tags)}`);
  }
  const found = metaGraphs.find((graph) => sameSet(tagsOf(graph), tags));
  if (!found) throw notFound(`SavedModel ${file.dir} has no MetaGraph tagged ${JSON.stringify(tags)}; its tag sets are ${available}`);
  return found;
}
