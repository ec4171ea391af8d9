/**
 * A SavedModel's graph for building on it (mtl.importSavedModel): the MetaGraph and a signature,
 * read with the checks savedModel.load uses (regular files, size limits), without running anything.
 */
import * as path from 'path';
import type { MetaGraphDef } from '../proto';
import { readSavedModel, selectMetaGraph, VARIABLES_DIR, VARIABLES_PREFIX } from './reader';
import { DEFAULT_SIGNATURE, Signature, findSignature, parseSignatures } from './signatures';

export interface SavedModelGraph {
  /** The SavedModel's directory, resolved. */
  dir: string;
  metaGraph: MetaGraphDef;
  signature: Signature;
  /** The prefix of its variables checkpoint (<dir>/variables/variables). */
  checkpointPrefix: string;
}

/** Reads `dir`'s MetaGraph for `tags` (default: the only one, else ["serve"]) and its signature `signature` (default "serving_default"). */
export function readModelGraph(dir: string, options: { tags?: string[]; signature?: string } = {}): SavedModelGraph {
  const file = readSavedModel(dir);
  const metaGraph = selectMetaGraph(file, options.tags);
  const signature = findSignature(
    parseSignatures(metaGraph.signatureDef),
    options.signature ?? DEFAULT_SIGNATURE,
    `SavedModel ${file.dir}`,
  );
  return { dir: file.dir, metaGraph, signature, checkpointPrefix: path.join(file.dir, VARIABLES_DIR, VARIABLES_PREFIX) };
}
