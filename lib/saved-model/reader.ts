/**
 * Reading a SavedModel directory in TypeScript: saved_model.pb, decoded and checked, and the
 * MetaGraphDef that a tag set selects. Loading reads it *before* TensorFlow does, so the op
 * checks (compat.ts, trust.ts) see the graph before anything of it runs.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TensorFlowError, invalidArgument, notFound } from '../core/errors';
import { decode } from '../proto';
import type { MetaGraphDef, SavedModel } from '../proto/types';

/** The tag set TensorFlow Serving and `model.export()` use. */
export const DEFAULT_TAGS: readonly string[] = ['serve'];

/** The SavedModel directory layout (tensorflow/cc/saved_model/constants.h). */
export const SAVED_MODEL_FILE = 'saved_model.pb';
export const SAVED_MODEL_TEXT_FILE = 'saved_model.pbtxt';
export const VARIABLES_DIR = 'variables';
export const VARIABLES_PREFIX = 'variables';

/** A decoded saved_model.pb and where it came from. */
export interface SavedModelFile {
  dir: string;
  savedModel: SavedModel;
  /** Size of saved_model.pb in bytes. */
  byteLength: number;
}

/** Reads and decodes `<dir>/saved_model.pb`, with errors that name the directory and the file. */
export function readSavedModel(dir: string): SavedModelFile {
  if (typeof dir !== 'string' || dir === '') throw invalidArgument('a SavedModel directory must be a non-empty string');
  const absolute = path.resolve(dir);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch {
    throw notFound(`SavedModel directory ${absolute} does not exist`);
  }
  if (!stat.isDirectory()) throw invalidArgument(`SavedModel path ${absolute} is a file, expected a directory holding saved_model.pb`);
  const file = path.join(absolute, SAVED_MODEL_FILE);
  if (!fs.existsSync(file)) {
    if (fs.existsSync(path.join(absolute, SAVED_MODEL_TEXT_FILE))) {
      throw new TensorFlowError(
        'UNIMPLEMENTED',
        `SavedModel ${absolute} has only the text form saved_model.pbtxt; hydra-tf reads the binary saved_model.pb ` +
          '(convert it in Python with tf.saved_model.load + tf.saved_model.save, or text_format.Parse + SerializeToString)',
      );
    }
    throw notFound(`${absolute} is not a SavedModel: it has no ${SAVED_MODEL_FILE}`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TensorFlowError(code === 'EACCES' ? 'PERMISSION_DENIED' : 'INVALID_ARGUMENT', `cannot read ${file}: ${(error as Error).message}`);
  }
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
  return { dir: absolute, savedModel, byteLength: bytes.length };
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
