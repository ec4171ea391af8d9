/**
 * The files TensorFlow's loader reads besides saved_model.pb -- the variables (checkpoint index and
 * data shards), the asset files the MetaGraph names, and fingerprint.pb -- opened once, checked (regular files,
 * size limits, inside the directory for untrusted loads), and for untrusted loads copied into a
 * private directory that TensorFlow loads instead of the original: what TensorFlow reads is then
 * exactly what was checked, whatever happens to the original directory meanwhile.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TensorFlowError, invalidArgument } from '../core';
import { decode } from '../proto';
import type { AssetFileDef, MetaGraphDef } from '../proto';
import { ASSETS_DIR, ModelRoot, OpenedFile, ReadLimits, SAVED_MODEL_FILE, VARIABLES_DIR, VARIABLES_PREFIX, openModelFile } from './reader';

/** A file of the SavedModel, relative to its directory, opened for reading. */
export interface ModelFile extends OpenedFile {
  relative: string;
}

/** A file the loader would refuse, and why. */
export interface FileProblem {
  /** Path relative to the SavedModel directory (as the MetaGraph or the directory names it). */
  file: string;
  code: string;
  reason: string;
}

const DATA_SHARD = /^variables\.data-\d{5}-of-\d{5}$/;
const FINGERPRINT_FILE = 'fingerprint.pb';
const CHUNK_BYTES = 1 << 20;

/**
 * The asset file names the loader feeds to the graph: TensorFlow's loader takes
 * meta_graph_def.asset_file_def, or when that is empty the `saved_model_assets` collection.
 */
export function assetFileNames(metaGraph: MetaGraphDef): string[] {
  const direct = (metaGraph.assetFileDef ?? []).map((asset) => asset.filename ?? '');
  if (direct.length) return direct;
  const names: string[] = [];
  for (const any of metaGraph.collectionDef?.saved_model_assets?.anyList?.value ?? []) {
    try {
      names.push(decode<AssetFileDef>('tensorflow.AssetFileDef', any.value ?? new Uint8Array(0)).filename ?? '');
    } catch {
      names.push('');
    }
  }
  return names;
}

/**
 * Why an asset file name could reach outside `<dir>/assets` (null: it cannot). TensorFlow joins
 * the name to the assets directory as given, so "../x" or "/etc/passwd" would be read.
 */
export function assetNameProblem(name: string): string | null {
  if (name === '') return 'is empty';
  if (name.includes('\0')) return 'contains a NUL character';
  if (path.isAbsolute(name) || name.startsWith('/')) return 'is an absolute path';
  const parts = name.split(/[\\/]/);
  if (parts.some((part) => part === '..')) return 'contains ".." (it would leave the assets directory)';
  if (parts.some((part) => part === '' || part === '.')) return 'is not a plain relative path (empty or "." component)';
  return null;
}

/** The checkpoint files the loader restores from: variables/variables.index and its data shards. */
function variableFileNames(root: ModelRoot): string[] {
  const dir = path.join(root.dir, VARIABLES_DIR);
  const index = `${VARIABLES_PREFIX}.index`;
  let exists: boolean;
  try {
    fs.lstatSync(path.join(dir, index));
    exists = true;
  } catch {
    exists = false;
  }
  // TensorFlow's loader skips the restore when there is no index (a model without variables).
  if (!exists) return [];
  const shards = fs
    .readdirSync(dir)
    .filter((name) => DATA_SHARD.test(name))
    .sort();
  return [index, ...shards].map((name) => `${VARIABLES_DIR}/${name}`);
}

/**
 * Opens every variable and asset file the loader would read, checking each. `collect`: return
 * the problems instead of throwing the first (inspect). `usedBytes`: saved_model.pb's size,
 * counted in limits.totalBytes. The caller closes the returned files (closeModelFiles).
 */
export function openModelFiles(
  root: ModelRoot,
  metaGraph: MetaGraphDef,
  options: { confine: boolean; limits: Required<ReadLimits>; usedBytes: number; collect?: boolean },
): { files: ModelFile[]; problems: FileProblem[] } {
  const files: ModelFile[] = [];
  const problems: FileProblem[] = [];
  let total = options.usedBytes;
  const problem = (file: string, error: unknown) => {
    if (!options.collect) throw error;
    const e = error as TensorFlowError;
    problems.push({ file, code: e.code ?? 'UNKNOWN', reason: e.message });
  };
  const open = (relative: string) => {
    try {
      const opened = openModelFile(root, relative, {
        confine: options.confine,
        limitBytes: options.limits.totalBytes - total,
        limitName: 'limits.totalBytes, over all files',
      });
      total += opened.size;
      files.push({ ...opened, relative });
    } catch (error) {
      problem(relative, error);
    }
  };
  try {
    let variables: string[] = [];
    try {
      variables = variableFileNames(root);
    } catch (error) {
      problem(
        VARIABLES_DIR,
        new TensorFlowError('INVALID_ARGUMENT', `cannot list ${path.join(root.dir, VARIABLES_DIR)}: ${(error as Error).message}`),
      );
    }
    for (const relative of variables) open(relative);
    // TensorFlow's loader also reads fingerprint.pb when there is one (a FIFO there blocks it);
    // the private copy of an untrusted load has none.
    if (!options.confine && (fs.existsSync(path.join(root.dir, FINGERPRINT_FILE)) || isSymlink(path.join(root.dir, FINGERPRINT_FILE))))
      open(FINGERPRINT_FILE);
    const assets = assetFileNames(metaGraph);
    if (assets.length > options.limits.assetFiles) {
      problem(
        ASSETS_DIR,
        new TensorFlowError(
          'RESOURCE_EXHAUSTED',
          `SavedModel ${root.dir} names ${assets.length} asset files, more than the limit of ${options.limits.assetFiles} (limits.assetFiles)`,
        ),
      );
    }
    const seen = new Set<string>();
    for (const name of assets.slice(0, options.limits.assetFiles)) {
      const relative = `${ASSETS_DIR}/${name}`;
      if (seen.has(relative)) continue;
      seen.add(relative);
      const why = assetNameProblem(name);
      if (why && options.confine) {
        problem(
          relative,
          new TensorFlowError(
            'PERMISSION_DENIED',
            `SavedModel ${root.dir}: asset file name ${JSON.stringify(name)} ${why}; untrusted models may only read files inside their assets directory`,
          ),
        );
        continue;
      }
      // A trusted model may name any file (TensorFlow joins the name to <dir>/assets as path.join
      // does, and reads it): still a regular file within the limits, so the init op cannot block.
      if (!fs.existsSync(path.join(root.dir, relative)) && !isSymlink(path.join(root.dir, relative))) {
        // TensorFlow fails when it opens it; untrusted, we say so before loading.
        if (options.confine)
          problem(
            relative,
            new TensorFlowError('NOT_FOUND', `SavedModel ${root.dir}: asset file ${relative} named by the MetaGraph does not exist`),
          );
        continue;
      }
      open(relative);
    }
  } catch (error) {
    closeModelFiles(files);
    throw error;
  }
  return { files, problems };
}

function isSymlink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * SHA-256 (hex) of an opened model file, read with positional reads from its descriptor (the
 * copy that may follow reads from offset 0 again), up to the size fstat gave when opened.
 */
export function hashModelFile(file: ModelFile): string {
  const hash = crypto.createHash('sha256');
  const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(1, file.size)));
  let offset = 0;
  while (offset < file.size) {
    const read = fs.readSync(file.fd, buffer, 0, Math.min(buffer.length, file.size - offset), offset);
    if (read === 0) throw new TensorFlowError('DATA_LOSS', `${file.path} shrank while being read (${offset} of ${file.size} bytes)`);
    hash.update(buffer.subarray(0, read));
    offset += read;
  }
  return hash.digest('hex');
}

/** Closes files openModelFiles opened (those not yet consumed by a copy). */
export function closeModelFiles(files: ModelFile[]): void {
  for (const file of files) {
    if (file.fd < 0) continue;
    try {
      fs.closeSync(file.fd);
    } catch {
      // Already closed: nothing to do.
    }
    file.fd = -1;
  }
}

function readAt(fd: number, buffer: Buffer, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) =>
    fs.read(fd, buffer, 0, length, position, (error, bytes) => (error ? reject(error) : resolve(bytes))),
  );
}

function writeAll(fd: number, buffer: Uint8Array, length: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let offset = 0;
    const step = () =>
      fs.write(fd, buffer, offset, length - offset, null, (error, written) => {
        if (error) return reject(error);
        offset += written;
        if (offset < length) step();
        else resolve();
      });
    step();
  });
}

/** A private copy of a SavedModel that TensorFlow loads; remove() deletes exactly what was made. */
export interface PrivateCopy {
  dir: string;
  remove(): void;
}

/**
 * Writes `savedModelBytes` as saved_model.pb and the opened `files` (read once, on the libuv
 * pool, up to the size fstat gave when opened) into a fresh 0700 directory under `parent`
 * (default: the OS temporary directory). Closes the files.
 */
export async function writePrivateCopy(savedModelBytes: Uint8Array, files: ModelFile[], parent?: string): Promise<PrivateCopy> {
  const base = parent ?? os.tmpdir();
  if (typeof base !== 'string' || base === '') throw invalidArgument('scratchDir must be a non-empty string');
  // mkdtemp creates the directory with mode 0700 and a name no one else can have chosen.
  const dir = fs.mkdtempSync(path.join(base, 'hydra-tf-untrusted-'));
  const createdFiles: string[] = [];
  const createdDirs: string[] = [dir];
  const remove = () => {
    for (const file of createdFiles) {
      try {
        fs.unlinkSync(file);
      } catch {
        // Never created or already gone.
      }
    }
    for (const made of [...createdDirs].reverse()) {
      try {
        fs.rmdirSync(made);
      } catch {
        // TensorFlow may have left something inside our own directory: remove that directory only.
        if (made === dir) fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  };
  const makeDirFor = (relative: string) => {
    const parts = relative.split('/').slice(0, -1);
    let current = dir;
    for (const part of parts) {
      current = path.join(current, part);
      if (!createdDirs.includes(current)) {
        fs.mkdirSync(current, { mode: 0o700 });
        createdDirs.push(current);
      }
    }
  };
  const create = (relative: string): number => {
    makeDirFor(relative);
    const target = path.join(dir, relative);
    const fd = fs.openSync(target, 'wx', 0o600);
    createdFiles.push(target);
    return fd;
  };
  try {
    const pb = create(SAVED_MODEL_FILE);
    try {
      await writeAll(pb, savedModelBytes, savedModelBytes.length);
    } finally {
      fs.closeSync(pb);
    }
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (const file of files) {
      const out = create(file.relative);
      try {
        let offset = 0;
        while (offset < file.size) {
          const read = await readAt(file.fd, buffer, Math.min(CHUNK_BYTES, file.size - offset), offset);
          if (read === 0) throw new TensorFlowError('DATA_LOSS', `${file.path} shrank while being read (${offset} of ${file.size} bytes)`);
          await writeAll(out, buffer, read);
          offset += read;
        }
      } finally {
        fs.closeSync(out);
        fs.closeSync(file.fd);
        file.fd = -1;
      }
    }
  } catch (error) {
    closeModelFiles(files);
    remove();
    throw error;
  }
  return { dir, remove };
}
